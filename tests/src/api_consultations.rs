//! Consultations through the API: who may open them, their feedback windows (upcoming, open,
//! closed, late), the reviewers' filter and summary.

use serde_json::{json, Value};

use crate::app::{anonymous, consultation, day, field_codes, unique, TestApp};

fn answering(id: i64, title: &str) -> Value {
    let mut body = anonymous(title);
    body["consultation"] = json!(id.to_string());
    body
}

#[tokio::test]
async fn only_admins_open_consultations_and_bad_forms_name_their_fields() {
    let app = TestApp::shared();
    let body = consultation(&unique("Roles"), &day(-1), &day(30), false);
    let none = app.post_json("/api/v1/admin/consultations").body(body.to_string()).send().await.unwrap();
    assert_eq!(none.status(), 401);
    let reviewer = app.as_reviewer().await;
    assert_eq!(reviewer.post("/api/v1/admin/consultations", &body).send().await.unwrap().status(), 403);

    let admin = app.as_admin().await;
    let bad = json!({"title": "", "question": "", "topic": "weather", "opens_on": "2026-02-30", "closes_on": ""});
    let r = admin.post("/api/v1/admin/consultations", &bad).send().await.unwrap();
    let fields: Vec<String> = field_codes(r).await.into_iter().map(|(f, _)| f).collect();
    assert_eq!(fields, ["title", "question", "topic", "opens_on", "closes_on"]);
    let backwards = consultation("Backwards", &day(5), &day(1), false);
    let r = admin.post("/api/v1/admin/consultations", &backwards).send().await.unwrap();
    assert_eq!(field_codes(r).await, [("closes_on".to_owned(), "invalid_date".to_owned())]);
    let unknown = json!({"title": "x", "question": "y", "opens_on": day(0), "closes_on": day(1), "is_featured": true});
    let r = admin.post("/api/v1/admin/consultations", &unknown).send().await.unwrap();
    assert_eq!(field_codes(r).await, [("is_featured".to_owned(), "unknown_field".to_owned())]);

    let id = admin.open_consultation(&body).await;
    let listed: Vec<Value> = app.get("/api/v1/consultations").await.json().await.unwrap();
    let mine = listed.iter().find(|c| c["id"] == json!(id)).expect("listed publicly");
    assert_eq!(mine["phase"], "open");
    assert_eq!(mine["closes_on"], json!(day(30)));
    let one: Value = app.get(&format!("/api/v1/consultations/{id}")).await.json().await.unwrap();
    assert_eq!(one["title"], body["title"]);
    assert_eq!(app.get("/api/v1/consultations/999999").await.status(), 404);
    assert_eq!(app.get("/api/v1/consultations/x").await.status(), 404);
}

#[tokio::test]
async fn feedback_is_taken_only_inside_the_window_or_marked_late() {
    let app = TestApp::shared();
    let admin = app.as_admin().await;
    let open = admin.open_consultation(&consultation(&unique("Open"), &day(-3), &day(3), false)).await;
    let upcoming = admin.open_consultation(&consultation(&unique("Upcoming"), &day(2), &day(9), true)).await;
    let closed = admin.open_consultation(&consultation(&unique("Closed"), &day(-9), &day(-2), false)).await;
    let late = admin.open_consultation(&consultation(&unique("Late"), &day(-9), &day(-2), true)).await;

    let tn = app.submit_ok(&answering(open, &unique("On time"))).await;
    let receipt: Value = app.receipt(&tn).await.json().await.unwrap();
    assert_eq!(receipt["consultation"]["id"], json!(open));
    assert_eq!(receipt["late"], json!(false));

    for id in [upcoming, closed] {
        let r = app.submit(&answering(id, &unique("Refused"))).await;
        assert_eq!(field_codes(r).await, [("consultation".to_owned(), "not_allowed_now".to_owned())], "{id}");
    }
    let r = app.submit(&answering(999_999, &unique("Nowhere"))).await;
    assert_eq!(field_codes(r).await, [("consultation".to_owned(), "not_found".to_owned())]);
    let r = app.submit(&json!({"consultation": "1 OR 1=1", "title": ""})).await;
    assert!(field_codes(r).await.contains(&("consultation".to_owned(), "unknown_choice".to_owned())));

    let tn = app.submit_ok(&answering(late, &unique("After the close"))).await;
    let receipt: Value = app.receipt(&tn).await.json().await.unwrap();
    assert_eq!(receipt["late"], json!(true));

    // Closing an open consultation early stops new feedback at once.
    let mut changed = consultation("Closed early", &day(-3), &day(-1), false);
    changed["topic"] = json!("");
    let r = admin.put(&format!("/api/v1/admin/consultations/{open}"), &changed).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.json::<Value>().await.unwrap()["phase"], "closed");
    let r = app.submit(&answering(open, &unique("Too late now"))).await;
    assert_eq!(field_codes(r).await, [("consultation".to_owned(), "not_allowed_now".to_owned())]);
}

#[tokio::test]
async fn reviewers_filter_by_consultation_and_read_its_summary() {
    let app = TestApp::shared();
    let admin = app.as_admin().await;
    let id = admin.open_consultation(&consultation(&unique("Summary"), &day(-1), &day(5), false)).await;
    let mut carrier = answering(id, &unique("Carrier view"));
    carrier["entity_type"] = json!("sea_carrier");
    for body in [answering(id, &unique("Mexico view")), answering(id, &unique("Mexico again")), carrier] {
        assert_eq!(app.submit(&body).await.status(), 201);
    }
    assert_eq!(app.submit(&anonymous(&unique("Not in it"))).await.status(), 201);

    let reviewer = app.as_reviewer().await;
    let page: Value = reviewer.get_json(&format!("/api/v1/review/submissions?consultation={id}")).await;
    assert_eq!(page["total"], json!(3));
    assert_eq!(page["items"].as_array().unwrap().len(), 3);

    let s: Value = reviewer.get_json(&format!("/api/v1/review/consultations/{id}")).await;
    assert_eq!(s["total"], json!(3));
    assert_eq!(s["late"], json!(0));
    let received = s["by_status"].as_array().unwrap().iter().find(|c| c["status"] == "received").unwrap();
    assert_eq!(received["count"], json!(3));
    assert_eq!(s["by_topic"], json!([{"topic": "validations", "count": 3}]));
    assert_eq!(
        s["by_entity_type"],
        json!([{"entity_type": "highway_carrier_us_mexico", "count": 2}, {"entity_type": "sea_carrier", "count": 1}])
    );
    let none = app.get(&format!("/api/v1/review/consultations/{id}")).await;
    assert_eq!(none.status(), 401, "the summary is for reviewers");
}
