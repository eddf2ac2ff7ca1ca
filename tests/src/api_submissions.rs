//! Submitting feedback and reading receipts through the JSON API.

use serde_json::{json, Value};
use shared::api::{ReceiptStatus, SubmissionReceipt};
use shared::receipt::TrackingNumber;

use crate::app::{anonymous, identified, unique, TestApp};

async fn body(r: reqwest::Response) -> Value {
    r.json().await.expect("a JSON body")
}

fn field_codes(error: &Value) -> Vec<(String, String)> {
    error["fields"]
        .as_array()
        .map(|fs| {
            fs.iter()
                .map(|f| (f["field"].as_str().unwrap().to_owned(), f["code"].as_str().unwrap().to_owned()))
                .collect()
        })
        .unwrap_or_default()
}

#[tokio::test]
async fn health_reports_the_worker_and_the_database() {
    let app = TestApp::shared();
    let r = app.get("/api/health").await;
    assert_eq!(r.status(), 200);
    assert_eq!(body(r).await, json!({"status": "ok", "database": "ok"}));
}

#[tokio::test]
async fn submit_returns_201_with_a_receipt_that_echoes_what_was_sent() {
    let app = TestApp::shared();
    let title = unique("Receipt echo");
    let r = app.submit(&identified(&title)).await;
    assert_eq!(r.status(), 201);
    let location = r.headers().get("Location").expect("a Location header").to_str().unwrap().to_owned();
    let receipt: SubmissionReceipt = r.json().await.unwrap();
    assert_eq!(location, format!("/api/v1/receipts/{}", receipt.tracking_number));
    let parsed = TrackingNumber::parse(&receipt.tracking_number).expect("a well-formed tracking number");
    assert_eq!(parsed.as_str(), receipt.tracking_number, "numbers are issued in canonical form");
    assert_eq!(receipt.status.code(), "received");
    assert_eq!(receipt.summary.title, title);
    assert_eq!(receipt.summary.organization.as_deref(), Some("Ruiz Transportes SA de CV"));
    assert_eq!(receipt.summary.msc_category.map(|c| c.number()), Some(6));
    let received = shared::time::Timestamp::parse_rfc3339(&receipt.received_at).expect("RFC 3339");
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_millis() as i64;
    assert!((now - received.0).abs() < 5 * 60_000, "received_at is the server's now");
}

#[tokio::test]
async fn tracking_numbers_differ_for_identical_submissions_without_a_key() {
    let app = TestApp::shared();
    let title = unique("Twice");
    let a: SubmissionReceipt = app.submit(&anonymous(&title)).await.json().await.unwrap();
    let b: SubmissionReceipt = app.submit(&anonymous(&title)).await.json().await.unwrap();
    assert_ne!(a.tracking_number, b.tracking_number);
}

#[tokio::test]
async fn a_receipt_shows_status_and_never_contact_details_or_text() {
    let app = TestApp::shared();
    let title = unique("Private");
    let receipt: SubmissionReceipt = app.submit(&identified(&title)).await.json().await.unwrap();
    let r = app.receipt(&receipt.tracking_number).await;
    assert_eq!(r.status(), 200);
    let raw = r.text().await.unwrap();
    for secret in ["Ana Ruiz", "Ruiz Transportes", "ana.ruiz@example.com", "Seal verification steps"] {
        assert!(!raw.contains(secret), "the receipt lookup leaked {secret:?}: {raw}");
    }
    let status: ReceiptStatus = serde_json::from_str(&raw).unwrap();
    assert_eq!(status.tracking_number, receipt.tracking_number);
    assert_eq!(status.title, title);
    assert_eq!(status.status.code(), "received");
    assert_eq!(status.public_response, None);
}

#[tokio::test]
async fn a_receipt_can_be_looked_up_as_people_type_it() {
    let app = TestApp::shared();
    let receipt: SubmissionReceipt = app.submit(&anonymous(&unique("Typing"))).await.json().await.unwrap();
    let sloppy = receipt.tracking_number.to_lowercase().replace('-', "").replace("ctpat", "");
    let r = app.receipt(&sloppy).await;
    assert_eq!(r.status(), 200);
    assert_eq!(body(r).await["tracking_number"], json!(receipt.tracking_number));
}

#[tokio::test]
async fn an_unknown_or_malformed_receipt_is_a_json_404() {
    let app = TestApp::shared();
    for number in ["CTPAT-0000-0000-0000", "not-a-number", "%3Cscript%3E"] {
        let r = app.receipt(number).await;
        assert_eq!(r.status(), 404, "{number}");
        assert_eq!(body(r).await["code"], "not_found");
    }
}

#[tokio::test]
async fn an_empty_form_lists_every_required_field_in_form_order() {
    let app = TestApp::shared();
    let r = app.submit(&json!({})).await;
    assert_eq!(r.status(), 400);
    let error = body(r).await;
    assert_eq!(error["code"], "validation_failed");
    let fields: Vec<String> = field_codes(&error).into_iter().map(|(f, _)| f).collect();
    assert_eq!(fields, ["submitter_kind", "entity_type", "ctpat_status", "topic", "title", "feedback"]);
    for f in error["fields"].as_array().unwrap() {
        assert!(!f["message"].as_str().unwrap().is_empty(), "every field error has a message");
    }
}

#[tokio::test]
async fn each_rule_of_the_form_is_enforced_by_the_server() {
    let app = TestApp::shared();
    type Case = (&'static str, Value, Vec<(&'static str, &'static str)>);
    let cases: Vec<Case> = vec![
        ("title too long", json!({"title": "x".repeat(201)}), vec![("title", "too_long")]),
        ("feedback too long", json!({"feedback": "y".repeat(5001)}), vec![("feedback", "too_long")]),
        ("title on two lines", json!({"title": "a\nb"}), vec![("title", "single_line_only")]),
        ("NUL in feedback", json!({"feedback": "a\u{0}b"}), vec![("feedback", "forbidden_character")]),
        ("unknown topic", json!({"topic": "taxes"}), vec![("topic", "unknown_choice")]),
        ("MSC without category", json!({"topic": "minimum_security_criteria"}), vec![("msc_category", "required")]),
        ("category on another topic", json!({"msc_category": "4"}), vec![("msc_category", "not_applicable")]),
        ("anonymous with a name", json!({"name": "Ana"}), vec![("name", "not_applicable")]),
        (
            "organization without its name",
            json!({"submitter_kind": "organization", "name": "Ana"}),
            vec![("organization", "required")],
        ),
        ("individual without a name", json!({"submitter_kind": "individual"}), vec![("name", "required")]),
        (
            "bad email",
            json!({"submitter_kind": "individual", "name": "Ana", "email": "ana@"}),
            vec![("email", "invalid_email")],
        ),
    ];
    for (case, overrides, expected) in cases {
        let mut form = anonymous(&unique("Rule"));
        for (k, v) in overrides.as_object().unwrap() {
            form[k] = v.clone();
        }
        let r = app.submit(&form).await;
        assert_eq!(r.status(), 400, "{case}");
        let got = field_codes(&body(r).await);
        let expected: Vec<(String, String)> = expected.iter().map(|(f, c)| (f.to_string(), c.to_string())).collect();
        assert_eq!(got, expected, "{case}");
    }
}

#[tokio::test]
async fn limits_are_counted_in_characters_not_bytes() {
    let app = TestApp::shared();
    // 200 characters of 4-byte emoji: 800 bytes, still within the 200-character limit.
    let title = "🚚".repeat(200);
    let r = app.submit(&anonymous(&title)).await;
    assert_eq!(r.status(), 201);
}

#[tokio::test]
async fn the_same_idempotency_key_returns_the_same_receipt_and_stores_once() {
    let app = TestApp::shared();
    let title = unique("Idempotent");
    let key = format!("key-{}", unique("k").replace(' ', "-"));
    let first = app.submit_with_key(&anonymous(&title), &key).await;
    assert_eq!(first.status(), 201);
    assert!(first.headers().get("Idempotent-Replayed").is_none());
    let first: SubmissionReceipt = first.json().await.unwrap();
    for _ in 0..3 {
        let again = app.submit_with_key(&anonymous(&title), &key).await;
        assert_eq!(again.status(), 201);
        assert_eq!(again.headers().get("Idempotent-Replayed").unwrap(), "true");
        let again: SubmissionReceipt = again.json().await.unwrap();
        assert_eq!(again, first);
    }
    assert_eq!(app.count_submissions_titled(&title).await, 1);
}

#[tokio::test]
async fn concurrent_retries_with_one_key_store_one_submission() {
    let app = TestApp::shared();
    let title = unique("Concurrent");
    let key = format!("race-{}", unique("k").replace(' ', "-"));
    let form = anonymous(&title);
    let results = futures::future::join_all((0..6).map(|_| app.submit_with_key(&form, &key))).await;
    let mut numbers = std::collections::HashSet::new();
    for r in results {
        assert_eq!(r.status(), 201);
        numbers.insert(r.json::<SubmissionReceipt>().await.unwrap().tracking_number);
    }
    assert_eq!(numbers.len(), 1, "every retry got the same receipt");
    assert_eq!(app.count_submissions_titled(&title).await, 1);
}

#[tokio::test]
async fn reusing_a_key_for_different_feedback_is_refused_and_stores_nothing() {
    let app = TestApp::shared();
    let key = format!("reuse-{}", unique("k").replace(' ', "-"));
    assert_eq!(app.submit_with_key(&anonymous(&unique("First")), &key).await.status(), 201);
    let other = unique("Second");
    let r = app.submit_with_key(&anonymous(&other), &key).await;
    assert_eq!(r.status(), 422);
    assert_eq!(body(r).await["code"], "idempotency_key_reused");
    assert_eq!(app.count_submissions_titled(&other).await, 0);
}

#[tokio::test]
async fn a_malformed_idempotency_key_is_a_400_naming_the_header() {
    let app = TestApp::shared();
    let r = app.submit_with_key(&anonymous(&unique("Key")), &"k".repeat(129)).await;
    assert_eq!(r.status(), 400);
    assert_eq!(field_codes(&body(r).await)[0].0, "Idempotency-Key");
}

#[tokio::test]
async fn the_honeypot_rejects_bots_and_stores_nothing() {
    let app = TestApp::shared();
    let title = unique("Bot");
    let mut form = anonymous(&title);
    form["website"] = json!("http://cheap-pills.example");
    let r = app.submit(&form).await;
    assert_eq!(r.status(), 400);
    assert_eq!(body(r).await["code"], "rejected_as_automated");
    assert_eq!(app.count_submissions_titled(&title).await, 0);
}
