//! The bad-input corpus through the API: script injection, SQL fragments, unusual and very long
//! Unicode, NUL and control characters, huge numbers and wrong JSON types in every field of
//! every public form, in query strings and in path segments. Whatever comes in, the answer is a
//! clear 4xx (JSON, naming the field when a field is wrong) or a success — never a 5xx.

use reqwest::Response;
use serde_json::{json, Value};

use crate::app::{identified, unique, ReadJson, Session, TestApp};

/// Text that attackers and unusual keyboards send.
pub fn text_payloads() -> Vec<(&'static str, String)> {
    vec![
        ("script tag", "<script>alert('xss')</script>".into()),
        ("img onerror", "\"><img src=x onerror=alert(1)>".into()),
        ("svg onload", "<svg/onload=alert(1)>".into()),
        ("javascript url", "javascript:alert(document.cookie)".into()),
        ("template", "{{constructor.constructor('alert(1)')()}} ${alert(1)}".into()),
        ("sql quote", "'; DROP TABLE submissions; --".into()),
        ("sql or", "' OR '1'='1".into()),
        ("sql union", "1 UNION SELECT password_hash FROM users".into()),
        ("fts syntax", "\"unterminated NEAR( title:* OR AND NOT ^".into()),
        ("like wildcards", "%_%\\".into()),
        ("rtl override", "invoice\u{202E}fdp.exe".into()),
        ("zero width", "a\u{200B}b\u{200C}c\u{200D}d\u{FEFF}e\u{2060}".into()),
        ("emoji", "👩🏽‍🚀 🇺🇸 🏳️‍🌈 ✅ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢".into()),
        ("combining", "e\u{301}\u{301}\u{301}\u{301}Z\u{336}\u{336}\u{336}".into()),
        ("nul", "before\u{0}after".into()),
        ("control", "bell\u{7}escape\u{1b}[31m".into()),
        ("crlf", "line\r\nSet-Cookie: x=1".into()),
        ("very long", "A".repeat(100_000)),
        ("very long multibyte", "𝔘".repeat(30_000)),
        ("empty", String::new()),
        ("blank", "  \t  ".into()),
        ("formula", "=HYPERLINK(\"http://example.com\",\"x\")".into()),
        ("number text", "99999999999999999999999".into()),
        ("negative", "-1".into()),
        ("exponent", "1e400".into()),
        ("nan", "NaN".into()),
        ("infinity", "Infinity".into()),
        ("hex", "0x10".into()),
        ("arabic digits", "١٢٣".into()),
        ("comma decimal", "3,5".into()),
        ("date-ish", "2026-13-45".into()),
    ]
}

/// JSON values of the wrong type, and numbers at and past the edges.
pub fn value_payloads() -> Vec<(&'static str, Value)> {
    vec![
        ("null", Value::Null),
        ("true", json!(true)),
        ("zero", json!(0)),
        ("negative", json!(-1)),
        ("fraction", json!(1.5)),
        ("huge float", json!(1e308)),
        ("u64 max", json!(u64::MAX)),
        ("i64 min", json!(i64::MIN)),
        ("past 2^53", json!(9_007_199_254_740_993u64)),
        ("array", json!(["a", "b"])),
        ("object", json!({"$gt": ""})),
        ("empty array", json!([])),
        ("nested", json!([[[[[[[[[[{"a": [1]}]]]]]]]]]])),
    ]
}

/// Bodies that are not JSON a parser should accept.
fn raw_bodies() -> Vec<(&'static str, String)> {
    vec![
        ("number past f64", r#"{"title": 1e400}"#.into()),
        ("integer past u64", r#"{"title": 123456789012345678901234567890}"#.into()),
        ("lone surrogate", r#"{"title": "\ud800"}"#.into()),
        ("truncated", r#"{"title": "abc"#.into()),
        ("trailing comma", r#"{"title": "abc",}"#.into()),
        ("duplicate keys", r#"{"title": "a", "title": "b"}"#.into()),
        ("deep nesting", format!("{}{}", "[".repeat(5_000), "]".repeat(5_000))),
        ("not an object", r#""just a string""#.into()),
        ("bom", "\u{feff}{}".into()),
        ("nul byte", "{\"title\": \"a\u{0}\"}".into()),
        ("empty", String::new()),
    ]
}

/// The answer must be a success or a clear client error; returns the status.
async fn not_a_server_error(r: Response, what: &str) -> u16 {
    let status = r.status().as_u16();
    let text = r.text().await.unwrap_or_default();
    assert!(status < 500, "{what}: HTTP {status}: {}", text.chars().take(300).collect::<String>());
    if status >= 400 {
        let body: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{what}: not JSON ({e}): {text}"));
        assert!(body["code"].is_string() && !body["message"].as_str().unwrap_or_default().is_empty(), "{what}: {text}");
        if body["code"] == "validation_failed" {
            let fields = body["fields"].as_array().unwrap_or_else(|| panic!("{what}: no fields: {text}"));
            assert!(!fields.is_empty(), "{what}: a validation error names its field");
            for f in fields {
                assert!(!f["field"].as_str().unwrap_or_default().is_empty(), "{what}: {f}");
                assert!(!f["message"].as_str().unwrap_or_default().is_empty(), "{what}: {f}");
            }
        }
    }
    status
}

/// Sends `base` with each payload in each of its fields (and an unknown field), one at a time.
async fn every_field(app: &TestApp, path: &str, base: &Value, session: Option<&Session>) -> (usize, usize) {
    every_field_with(app, reqwest::Method::POST, path, base, session).await
}

async fn every_field_with(
    app: &TestApp,
    method: reqwest::Method,
    path: &str,
    base: &Value,
    session: Option<&Session>,
) -> (usize, usize) {
    let (mut accepted, mut refused) = (0, 0);
    let mut keys: Vec<String> = base.as_object().unwrap().keys().cloned().collect();
    keys.push("is_admin".into());
    for key in &keys {
        let mut cases: Vec<(String, Value)> =
            text_payloads().into_iter().map(|(n, t)| (n.to_owned(), Value::String(t))).collect();
        cases.extend(value_payloads().into_iter().map(|(n, v)| (n.to_owned(), v)));
        for (name, value) in cases {
            let mut body = base.clone();
            body[key.as_str()] = value;
            let mut request = app
                .http
                .request(method.clone(), format!("{}{path}", app.url))
                .header("Content-Type", "application/json")
                .body(body.to_string());
            if let Some(s) = session {
                request = request.header("Cookie", &s.cookie);
            }
            let status = not_a_server_error(request.send().await.unwrap(), &format!("{path} {key} = {name}")).await;
            if status < 400 {
                accepted += 1;
            } else {
                refused += 1;
            }
        }
    }
    (accepted, refused)
}

#[tokio::test]
async fn the_feedback_form_answers_every_bad_input_with_a_clear_4xx() {
    let app = TestApp::shared();
    let mut base = identified(&unique("Corpus"));
    base["feedback"] = json!(format!("Bad-input corpus baseline {}", unique("text")));
    base["attachments"] = json!([]);
    let (accepted, refused) = every_field(&app, "/api/v1/submissions", &base, None).await;
    assert!(accepted > 0 && refused > 0, "both kinds occur: {accepted} accepted, {refused} refused");

    // A script or SQL in free text is kept as typed (it is shown as text, never run).
    let title = format!("<script>alert('x')</script> ' OR 1=1 -- {}", unique("kept"));
    let mut body = base.clone();
    body["title"] = json!(title);
    let r = app.submit(&body).await;
    assert_eq!(r.status(), 201);
    let receipt: Value = r.json().await.unwrap();
    let status: Value = app.receipt(receipt["tracking_number"].as_str().unwrap()).await.json().await.unwrap();
    assert_eq!(status["title"], json!(title));

    // NUL and other control characters are refused by field, not stored.
    let mut body = base.clone();
    body["feedback"] = json!("before\u{0}after");
    let r = app.submit(&body).await;
    assert_eq!(r.status(), 400);
    let e: Value = r.json().await.unwrap();
    assert_eq!(e["fields"][0]["field"], "feedback");
    assert_eq!(e["fields"][0]["code"], "forbidden_character");
}

#[tokio::test]
async fn raw_bodies_that_are_not_good_json_are_refused_cleanly() {
    let app = TestApp::shared();
    for path in ["/api/v1/submissions", "/api/v1/validation-reports", "/api/v1/session", "/api/v1/reports"] {
        for (name, raw) in raw_bodies() {
            let r = app.post_json(path).body(raw).send().await.unwrap();
            let status = not_a_server_error(r, &format!("{path}: {name}")).await;
            assert!((400..500).contains(&status), "{path}: {name}: {status}");
        }
        let r =
            app.http.post(format!("{}{path}", app.url)).header("Content-Type", "text/plain").body("{}").send().await;
        assert_eq!(not_a_server_error(r.unwrap(), &format!("{path}: text/plain")).await, 415);
        let big = format!(r#"{{"title": "{}"}}"#, "x".repeat(200_000));
        assert_eq!(not_a_server_error(app.post_json(path).body(big).send().await.unwrap(), path).await, 413);
    }
}

#[tokio::test]
async fn surveys_and_validation_reports_answer_every_bad_input_with_a_clear_4xx() {
    let app = TestApp::shared();
    let admin = app.as_admin().await;
    let r = admin.post("/api/v1/admin/field-offices", &json!({"name": unique("Corpus Office")})).send().await;
    let office = r.unwrap().json::<Value>().await.unwrap()["id"].as_i64().unwrap();
    let report = json!({
        "month": "2026-03", "kind": "revalidation", "entity_type": "us_importer", "ctpat_status": "tier_2",
        "mode": "virtual", "field_office": office.to_string(), "days_notice_to_visit": "30", "days_on_site": "2",
        "weeks_to_report": "6", "recommendations": "3", "required_actions": "1", "clarity": "4",
        "consistency_with_criteria": "4", "consistency_with_earlier": "3", "usefulness": "4"
    });
    let (_, refused) = every_field(&app, "/api/v1/validation-reports", &report, None).await;
    assert!(refused > 0);

    let round = admin
        .post(
            "/api/v1/admin/surveys",
            &json!({"title": unique("Corpus round"), "opens_on": crate::app::day(-1), "closes_on": crate::app::day(5)}),
        )
        .read_json::<Value>()
        .await["id"]
        .as_i64()
        .unwrap();
    let survey = json!({"entity_type": "us_importer", "ctpat_status": "tier_2",
        "answers": [{"benefit": "reduced_examinations", "used": "yes", "value": "4", "hours_saved": "10"}]});
    let path = format!("/api/v1/surveys/{round}/responses");
    every_field(&app, &path, &survey, None).await;
    // Inside an answer, too.
    for (name, value) in value_payloads().into_iter().chain(text_payloads().into_iter().map(|(n, t)| (n, json!(t)))) {
        for part in ["benefit", "used", "value", "hours_saved"] {
            let mut body = survey.clone();
            body["answers"][0][part] = value.clone();
            let r = app.post_json(&path).body(body.to_string()).send().await.unwrap();
            not_a_server_error(r, &format!("survey answer {part} = {name}")).await;
        }
    }
}

#[tokio::test]
async fn query_strings_and_path_segments_answer_bad_input_with_a_clear_4xx() {
    let app = TestApp::shared();
    let reviewer = app.as_reviewer().await;
    let encode = shared::url::encode_component;
    let mut values: Vec<String> = text_payloads().into_iter().map(|(_, t)| t.chars().take(3_000).collect()).collect();
    values.extend(["-1", "0", "99999999999999999999", "1e400", "null", "[]", "%00", "%ZZ"].map(String::from));
    for value in &values {
        let v = encode(value);
        for param in ["q", "topic", "msc_category", "entity_type", "consultation", "status", "sort", "after", "limit"] {
            let what = format!("board {param}={}", value.chars().take(40).collect::<String>());
            not_a_server_error(app.get(&format!("/api/v1/board?{param}={v}")).await, &what).await;
        }
        for param in ["q", "status", "topic", "tag", "assignee", "priority", "language", "sort", "after", "limit"] {
            let r = reviewer.get(&format!("/api/v1/review/submissions?{param}={v}")).send().await.unwrap();
            not_a_server_error(r, &format!("queue {param}={}", value.chars().take(40).collect::<String>())).await;
        }
        for path in ["/api/v1/receipts/", "/api/v1/board/", "/api/v1/consultations/", "/api/v1/validation-reports/"] {
            let what = format!("{path}{}", value.chars().take(40).collect::<String>());
            not_a_server_error(app.get(&format!("{path}{v}")).await, &what).await;
        }
        let r = reviewer.get(&format!("/api/v1/review/submissions/{v}")).send().await.unwrap();
        not_a_server_error(r, "review submission path").await;
    }
}

#[tokio::test]
async fn reviewer_and_admin_forms_answer_every_bad_input_with_a_clear_4xx() {
    let app = TestApp::shared();
    let admin = app.as_admin().await;
    let mut body = identified(&unique("Corpus reviewer forms"));
    body["may_publish"] = json!(true);
    let tn = app.submit(&body).await.json::<Value>().await.unwrap()["tracking_number"].as_str().unwrap().to_owned();
    let submission = format!("/api/v1/review/submissions/{tn}");
    let post = reqwest::Method::POST;
    let cases: Vec<(reqwest::Method, String, Value)> = vec![
        (post.clone(), format!("{submission}/notes"), json!({"text": "A note"})),
        (
            reqwest::Method::PATCH,
            submission.clone(),
            json!({"status": "under_review", "priority": "high", "add_tags": ["seals"], "public_response": "Thanks"}),
        ),
        (
            reqwest::Method::PUT,
            format!("{submission}/publication"),
            json!({"title": "Public title", "feedback": "Public text", "recommendation": "", "attachments": []}),
        ),
        (post.clone(), "/api/v1/review/bulk".into(), json!({"tracking_numbers": [tn], "change": {"priority": "low"}})),
        (
            post.clone(),
            "/api/v1/admin/consultations".into(),
            json!({"title": unique("Corpus consultation"), "question": "Q?", "background": "", "topic": "communications",
                   "msc_category": "", "opens_on": crate::app::day(1), "closes_on": crate::app::day(9), "late_allowed": false}),
        ),
        (
            post.clone(),
            "/api/v1/admin/users".into(),
            json!({"name": "Corpus User", "email": format!("{}@example.gov", unique("corpus").replace([' ', ':'], "-")),
                   "role": "reviewer", "password": "a corpus password 1"}),
        ),
        (post.clone(), "/api/v1/admin/field-offices".into(), json!({"name": unique("Corpus Office")})),
        (
            post.clone(),
            "/api/v1/reports".into(),
            json!({"reference": tn, "name": "A B", "email": "a@example.com", "explanation": "Not me"}),
        ),
        (post, format!("/api/v1/receipts/{tn}/follow"), json!({"email": "a@example.com"})),
    ];
    for (method, path, base) in cases {
        every_field_with(&app, method, &path, &base, Some(&admin)).await;
    }
}
