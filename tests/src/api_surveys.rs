//! Benefit surveys and analytics through the API: rounds, answering (rules, windows,
//! idempotency, proposals), the reviewers' figures against hand-computed values, the CSV, the
//! public summary's suppression and the feedback analytics.

use serde_json::{json, Value};
use shared::survey::Benefit;

use crate::app::{day, field_codes, unique, Session, TestApp};

async fn open_round(admin: &Session, opens: i64, closes: i64) -> i64 {
    let body = json!({"title": unique("Round"), "opens_on": day(opens), "closes_on": day(closes)});
    let r = admin.post("/api/v1/admin/surveys", &body).send().await.unwrap();
    assert_eq!(r.status(), 201);
    r.json::<Value>().await.unwrap()["id"].as_i64().unwrap()
}

/// A survey where every core benefit is "no" except those given as (benefit, value, hours).
fn survey(entity: &str, tier: &str, used: &[(Benefit, u8, Option<u32>)]) -> Value {
    let answers: Vec<Value> = Benefit::asked(false)
        .into_iter()
        .map(|b| match used.iter().find(|(x, _, _)| *x == b) {
            Some((_, v, hours)) => json!({"benefit": b.code(), "used": "yes", "value": v.to_string(),
                                          "hours_saved": hours.map(|h| h.to_string()).unwrap_or_default()}),
            None => json!({"benefit": b.code(), "used": "no"}),
        })
        .collect();
    json!({"entity_type": entity, "ctpat_status": tier, "answers": answers})
}

async fn answer(app: &TestApp, round: i64, body: &Value) -> reqwest::Response {
    app.post_json(&format!("/api/v1/surveys/{round}/responses")).body(body.to_string()).send().await.unwrap()
}

#[tokio::test]
async fn rounds_are_opened_by_admins_and_answered_only_while_open() {
    let app = TestApp::shared();
    let admin = app.as_admin().await;
    let reviewer = app.as_reviewer().await;
    let body = json!({"title": "x", "opens_on": day(0), "closes_on": day(3)});
    assert_eq!(reviewer.post("/api/v1/admin/surveys", &body).send().await.unwrap().status(), 403);
    let bad = admin.post("/api/v1/admin/surveys", &json!({"title": "", "opens_on": "soon"})).send().await.unwrap();
    let keys: Vec<String> = field_codes(bad).await.into_iter().map(|f| f.0).collect();
    assert_eq!(keys, ["title", "opens_on", "closes_on"]);

    let open = open_round(&admin, -1, 10).await;
    let closed = open_round(&admin, -30, -20).await;
    let listed: Vec<Value> = app.get("/api/v1/surveys").await.json().await.unwrap();
    assert_eq!(listed.iter().find(|r| r["id"] == json!(open)).unwrap()["phase"], "open");
    assert_eq!(listed.iter().find(|r| r["id"] == json!(closed)).unwrap()["phase"], "closed");

    let ok = survey("sea_carrier", "tier_2", &[(Benefit::MraRecognition, 4, Some(8))]);
    let r = answer(&app, open, &ok).await;
    assert_eq!(r.status(), 201);
    let receipt: Value = r.json().await.unwrap();
    assert_eq!(receipt["answered"], json!(10));
    assert!(receipt["proposal_tracking_number"].is_null());
    let tn = receipt["tracking_number"].as_str().unwrap();
    let again: Value = app.get(&format!("/api/v1/survey-receipts/{tn}")).await.json().await.unwrap();
    assert_eq!(again["round"]["id"], json!(open));

    assert_eq!(
        field_codes(answer(&app, closed, &ok).await).await,
        [("round".to_owned(), "not_allowed_now".to_owned())]
    );
    assert_eq!(answer(&app, 999_999, &ok).await.status(), 404);
}

#[tokio::test]
async fn answers_follow_the_shared_rules_and_a_proposal_becomes_feedback() {
    let app = TestApp::shared();
    let admin = app.as_admin().await;
    let round = open_round(&admin, -1, 10).await;
    let mut bad = survey("", "tier_2", &[(Benefit::FewerExams, 4, None)]);
    bad["answers"][0]["value"] = json!("9");
    bad["answers"][1]["used"] = json!("");
    bad["answers"][2]["cost_saved"] = json!("a lot");
    bad["trade_compliance"] = json!(true);
    let got = field_codes(answer(&app, round, &bad).await).await;
    let want = [
        ("entity_type", "required"),
        ("fewer_exams-value", "out_of_range"),
        ("front_of_line-used", "required"),
        ("stratified_exemption-cost_saved", "not_a_number"),
        ("tc_portal-used", "required"),
        ("tc_identity_theft-used", "required"),
        ("tc_trade_data-used", "required"),
        ("tc_expedited_rulings-used", "required"),
    ];
    assert_eq!(got, want.map(|(f, c)| (f.to_owned(), c.to_owned())));
    let r = answer(&app, round, &bad).await;
    let v: Value = r.json().await.unwrap();
    assert!(
        v["fields"][1]["message"].as_str().unwrap().starts_with("Fewer CBP examinations: "),
        "messages name the benefit: {}",
        v["fields"][1]["message"]
    );

    // Trade Compliance benefits for an enrolled importer; a proposal lands in the queue.
    let title = unique("Benefit proposal: faster drawback");
    let mut full = survey("us_importer", "tier_3", &[(Benefit::FewerExams, 5, Some(20))]);
    full["trade_compliance"] = json!(true);
    for b in ["tc_portal", "tc_identity_theft", "tc_trade_data", "tc_expedited_rulings"] {
        full["answers"].as_array_mut().unwrap().push(json!({"benefit": b, "used": "yes", "value": "3"}));
    }
    full["proposal_title"] = json!(title);
    full["proposal"] = json!("Expedite drawback claims for Tier III importers.");
    let r = app
        .post_json(&format!("/api/v1/surveys/{round}/responses"))
        .header("Idempotency-Key", unique("k").replace(' ', "-"))
        .body(full.to_string());
    let r = r.send().await.unwrap();
    assert_eq!(r.status(), 201);
    let receipt: Value = r.json().await.unwrap();
    assert_eq!(receipt["answered"], json!(14));
    let proposal = receipt["proposal_tracking_number"].as_str().expect("the proposal's tracking number").to_owned();
    let status: Value = app.receipt(&proposal).await.json().await.unwrap();
    assert_eq!(status["topic"], "benefits");
    assert_eq!(app.count_submissions_titled(&title).await, 1);

    // The same key and body: the same receipt, nothing stored twice.
    let key = unique("again").replace(' ', "-");
    let send = || {
        app.post_json(&format!("/api/v1/surveys/{round}/responses"))
            .header("Idempotency-Key", key.clone())
            .body(survey("exporter", "tier_1", &[]).to_string())
            .send()
    };
    let first: Value = send().await.unwrap().json().await.unwrap();
    let second = send().await.unwrap();
    assert_eq!(second.headers()["idempotent-replayed"], "true");
    assert_eq!(second.json::<Value>().await.unwrap()["tracking_number"], first["tracking_number"]);
}

#[tokio::test]
async fn reviewer_figures_match_hand_computation_and_the_public_summary_withholds_small_cells() {
    let app = TestApp::shared();
    let admin = app.as_admin().await;
    let round = open_round(&admin, -2, 5).await;
    // Five importers rate fewer exams 5, 4, 4, 2 (and one did not use it), hours 10, 10, 30;
    // one sea carrier rates it 3.
    let importer = |v: Option<(u8, Option<u32>)>| match v {
        Some((value, hours)) => survey("us_importer", "tier_2", &[(Benefit::FewerExams, value, hours)]),
        None => survey("us_importer", "tier_2", &[]),
    };
    for body in [
        importer(Some((5, Some(10)))),
        importer(Some((4, Some(10)))),
        importer(Some((4, Some(30)))),
        importer(Some((2, None))),
        importer(None),
        survey("sea_carrier", "tier_3", &[(Benefit::FewerExams, 3, None)]),
    ] {
        assert_eq!(answer(&app, round, &body).await.status(), 201);
    }

    let reviewer = app.as_reviewer().await;
    let d: Value = reviewer.get_json(&format!("/api/v1/review/analytics/benefits?round={round}")).await;
    assert_eq!(d["respondents"], json!(6));
    let fewer = d["benefits"].as_array().unwrap().iter().find(|b| b["benefit"] == "fewer_exams").unwrap();
    assert_eq!(
        (fewer["responses"].clone(), fewer["used"].clone(), fewer["not_used"].clone()),
        (json!(6), json!(5), json!(1))
    );
    assert!((fewer["share_used"].as_f64().unwrap() - 5.0 / 6.0).abs() < 1e-9);
    // Ratings 5, 4, 4, 2, 3: mean 3.6, median 4; s = 1.1402, t(4) = 2.776 → 3.6 ± 1.4155.
    let value = &fewer["value"];
    assert!((value["mean"].as_f64().unwrap() - 3.6).abs() < 1e-9);
    assert_eq!(value["median"], json!(4.0));
    assert!((value["ci_low"].as_f64().unwrap() - 2.1845).abs() < 1e-3, "{value}");
    let hours = fewer["metrics"].as_array().unwrap().iter().find(|m| m["metric"] == "hours_saved").unwrap();
    assert_eq!((hours["summary"]["median"].clone(), hours["summary"]["q3"].clone()), (json!(10.0), json!(20.0)));
    let sea: Value =
        reviewer.get_json(&format!("/api/v1/review/analytics/benefits?round={round}&entity_type=sea_carrier")).await;
    assert_eq!(sea["respondents"], json!(1));
    let csv = reviewer.get(&format!("/api/v1/review/analytics/benefits.csv?round={round}")).send().await.unwrap();
    assert_eq!(csv.headers()["content-type"], "text/csv; charset=utf-8");
    let text = csv.text().await.unwrap();
    assert!(text.contains("benefit,measure,responses"), "{}", &text[..200.min(text.len())]);
    assert!(text.lines().any(|l| l.contains("fewer_exams,value_1_to_5,6,5,1,0,0.8333")), "{text}");
    assert_eq!(app.get("/api/v1/review/analytics/benefits").await.status(), 401);

    // Public: the importers' cell (5 responses) is shown, the sea carrier's (1) is not.
    let public: Value = app.get(&format!("/api/v1/benefits?round={round}")).await.json().await.unwrap();
    let row = public["benefits"].as_array().unwrap().iter().find(|b| b["benefit"] == "fewer_exams").unwrap();
    assert_eq!(row["all"]["responses"], json!(6));
    let cells = row["by_entity_type"].as_array().unwrap();
    let importers = cells.iter().find(|c| c[0] == "us_importer").unwrap();
    assert_eq!(importers[1]["responses"], json!(5));
    assert_eq!(importers[1]["suppressed"], json!(false));
    let carriers = cells.iter().find(|c| c[0] == "sea_carrier").unwrap();
    assert_eq!(
        carriers[1],
        json!({"responses": null, "share_used": null, "mean_value": null, "median_value": null, "suppressed": true})
    );
    // No public cell anywhere rests on fewer than five responses.
    for b in public["benefits"].as_array().unwrap() {
        for cell in std::iter::once(&b["all"]).chain(b["by_entity_type"].as_array().unwrap().iter().map(|c| &c[1])) {
            if let Some(n) = cell["responses"].as_u64() {
                assert!(n >= 5, "{cell}");
            }
        }
    }
    let filtered = app.get("/api/v1/benefits?entity_type=sea_carrier").await;
    assert_eq!(filtered.status(), 400, "no public drill-down that could single out a respondent");
}

#[tokio::test]
async fn feedback_analytics_count_volume_backlog_and_the_funnel() {
    let app = TestApp::shared();
    let r = app.submit(&crate::app::anonymous(&unique("Counted"))).await;
    assert_eq!(r.status(), 201);
    let reviewer = app.as_reviewer().await;
    let d: Value = reviewer.get_json("/api/v1/review/analytics/feedback").await;
    assert!(d["total"].as_u64().unwrap() >= 1);
    let funnel: Vec<u64> = d["funnel"].as_array().unwrap().iter().map(|s| s["count"].as_u64().unwrap()).collect();
    assert_eq!(funnel.len(), 5);
    assert!(funnel[0] >= funnel[1] && funnel[1] >= funnel[2], "{funnel:?}");
    assert!(d["volume_by_topic"].as_array().unwrap().iter().any(|w| w["group"] == "validations"));
    let backlog: u64 = d["backlog_by_age"].as_array().unwrap().iter().map(|b| b["count"].as_u64().unwrap()).sum();
    assert!(backlog >= 1);
    let csv = reviewer.get("/api/v1/review/analytics/feedback.csv").send().await.unwrap().text().await.unwrap();
    assert!(csv.contains("funnel,received"));
    assert_eq!(app.get("/api/v1/review/analytics/feedback").await.status(), 401);
}
