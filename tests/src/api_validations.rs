//! Validation experience reports through the API: the field-office list, the report's rules and
//! receipt, the standardization proposal landing in the triage queue, the dashboard's figures
//! against hand computation, and the CSV's suppression of small groups.

use serde_json::{json, Value};

use crate::app::{unique, Session, TestApp};

async fn add_office(admin: &Session) -> (i64, String) {
    let name = unique("Field Office");
    let r = admin.post("/api/v1/admin/field-offices", &json!({"name": name})).send().await.unwrap();
    assert_eq!(r.status(), 201);
    (r.json::<Value>().await.unwrap()["id"].as_i64().unwrap(), name)
}

fn report(office: i64, weeks: u32, usefulness: u8) -> Value {
    json!({
        "month": "2026-03", "kind": "revalidation", "entity_type": "us_importer", "ctpat_status": "tier_2",
        "mode": "virtual", "field_office": office.to_string(), "days_notice_to_visit": "30", "days_on_site": "2",
        "weeks_to_report": weeks.to_string(), "recommendations": "3", "required_actions": "1", "clarity": "4",
        "consistency_with_criteria": "4", "consistency_with_earlier": "3", "usefulness": usefulness.to_string()
    })
}

async fn send(app: &TestApp, body: &Value) -> reqwest::Response {
    app.post_json("/api/v1/validation-reports").body(body.to_string()).send().await.unwrap()
}

#[tokio::test]
async fn offices_are_kept_by_admins_and_reports_follow_the_shared_rules() {
    let app = TestApp::shared();
    let admin = app.as_admin().await;
    let reviewer = app.as_reviewer().await;
    assert_eq!(reviewer.post("/api/v1/admin/field-offices", &json!({"name": "X"})).send().await.unwrap().status(), 403);
    let (office, name) = add_office(&admin).await;
    let dup = admin.post("/api/v1/admin/field-offices", &json!({"name": name.to_uppercase()})).send().await.unwrap();
    assert_eq!(dup.status(), 400, "names are unique, whatever the case");
    let listed: Vec<Value> = app.get("/api/v1/field-offices").await.json().await.unwrap();
    assert!(listed.iter().any(|o| o["id"] == json!(office)));

    let r = send(&app, &report(office, 12, 4)).await;
    assert_eq!(r.status(), 201);
    let receipt: Value = r.json().await.unwrap();
    let tn = receipt["tracking_number"].as_str().unwrap();
    assert!(receipt["proposal_tracking_number"].is_null());
    let again: Value = app.get(&format!("/api/v1/validation-reports/{tn}")).await.json().await.unwrap();
    assert_eq!(again["tracking_number"], json!(tn));

    let mut bad = report(office, 12, 4);
    bad["month"] = json!("2099-01");
    bad["days_on_site"] = json!("400");
    bad["usefulness"] = json!("");
    bad["kind"] = json!("validation");
    let r = send(&app, &bad).await;
    assert_eq!(r.status(), 400);
    let v: Value = r.json().await.unwrap();
    let fields: Vec<&str> = v["fields"].as_array().unwrap().iter().map(|f| f["field"].as_str().unwrap()).collect();
    assert_eq!(fields, ["month", "days_on_site", "usefulness", "consistency_with_earlier"]);

    // A retired office takes no new reports.
    let r =
        admin.patch(&format!("/api/v1/admin/field-offices/{office}"), &json!({"active": false})).send().await.unwrap();
    assert_eq!(r.json::<Value>().await.unwrap()["active"], json!(false));
    let r = send(&app, &report(office, 12, 4)).await;
    assert_eq!(r.status(), 400);
    assert_eq!(r.json::<Value>().await.unwrap()["fields"][0]["field"], "field_office");
}

#[tokio::test]
async fn a_standardization_proposal_lands_in_the_triage_queue() {
    let app = TestApp::shared();
    let admin = app.as_admin().await;
    let (office, _) = add_office(&admin).await;
    let text = unique("Publish one document list for every revalidation");
    let mut body = report(office, 8, 5);
    body["standardize"] = json!(text);
    let r = send(&app, &body).await;
    assert_eq!(r.status(), 201);
    let proposal = r.json::<Value>().await.unwrap()["proposal_tracking_number"].as_str().unwrap().to_owned();
    let status: Value = app.receipt(&proposal).await.json().await.unwrap();
    assert_eq!(status["topic"], "validations");
    assert_eq!(app.count_submissions_titled(&text).await, 1);
}

#[tokio::test]
async fn the_dashboard_compares_field_offices_and_the_csv_withholds_small_groups() {
    let app = TestApp::shared();
    let admin = app.as_admin().await;
    let (fast, _) = add_office(&admin).await;
    let (slow, _) = add_office(&admin).await;
    let (small, _) = add_office(&admin).await;
    for (office, weeks, useful) in [
        (fast, 4, 4),
        (fast, 6, 4),
        (fast, 8, 4),
        (fast, 10, 4),
        (fast, 12, 4),
        (slow, 16, 2),
        (slow, 18, 2),
        (slow, 20, 2),
        (slow, 22, 2),
        (slow, 24, 2),
        (small, 50, 1),
    ] {
        assert_eq!(send(&app, &report(office, weeks, useful)).await.status(), 201);
    }
    let reviewer = app.as_reviewer().await;
    let get = |office: i64| {
        let reviewer = reviewer.clone();
        async move {
            reviewer.get_json::<Value>(&format!("/api/v1/review/analytics/validations?field_office={office}")).await
        }
    };
    let d = get(slow).await;
    assert_eq!(d["overall"]["reports"], json!(5));
    let weeks = d["overall"]["measures"].as_array().unwrap().iter().find(|m| m[0] == "weeks_to_report").unwrap();
    assert_eq!((weeks[1]["median"].clone(), weeks[1]["q1"].clone()), (json!(20.0), json!(18.0)));

    // Unfiltered, the spread across offices names these two (others' reports may be there too,
    // so only check that the slow office is at least as slow as the fast one is fast).
    let all: Value = reviewer.get_json("/api/v1/review/analytics/validations").await;
    let spread = all["spreads"].as_array().unwrap().iter().find(|s| s["figure"] == "weeks_to_report").unwrap();
    assert!(spread["highest"].as_f64().unwrap() >= 20.0 && spread["lowest"].as_f64().unwrap() <= 8.0, "{spread}");
    assert_eq!(spread["large"], json!(true));
    assert_ne!(spread["highest_office"], json!(small), "an office with fewer than 5 reports is not compared");

    let csv = reviewer
        .get(&format!("/api/v1/review/analytics/validations.csv?field_office={small}"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(csv.contains("fewer than 5"), "{csv}");
    assert!(!csv.contains(",50.0000"), "the small office's figures are withheld: {csv}");
    assert_eq!(app.get("/api/v1/review/analytics/validations").await.status(), 401);
}
