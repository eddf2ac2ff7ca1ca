//! The reviewer workspace through its API: who may call what, sessions, the workflow, search,
//! pagination, bulk changes, notes and responses, exports and the audit log.

use serde_json::{json, Value};
use shared::api::review::{QueuePage, SubmissionDetail};
use shared::api::SubmissionReceipt;

use crate::app::{anonymous, identified, search_word, unique, ReadJson, Session, TestApp};

async fn submit(app: &TestApp, body: &Value) -> String {
    let r: SubmissionReceipt = app.submit(body).await.json().await.unwrap();
    r.tracking_number
}

async fn queue(s: &Session, query: &str) -> QueuePage {
    let r = s.get(&format!("/api/v1/review/submissions?{query}")).send().await.unwrap();
    assert_eq!(r.status(), 200, "queue {query}");
    r.json().await.unwrap()
}

#[tokio::test]
async fn every_reviewer_and_admin_route_checks_session_and_role() {
    let app = TestApp::shared();
    let tn = submit(&app, &anonymous(&unique("Matrix"))).await;
    let reviewer = app.as_reviewer().await;
    let admin = app.as_admin().await;
    // (method, path, body, needs admin)
    let routes: Vec<(&str, String, Option<Value>, bool)> = vec![
        ("GET", "/api/v1/session".into(), None, false),
        ("GET", "/api/v1/review/submissions".into(), None, false),
        ("GET", format!("/api/v1/review/submissions/{tn}"), None, false),
        ("PATCH", format!("/api/v1/review/submissions/{tn}"), Some(json!({"priority": "high"})), false),
        ("POST", format!("/api/v1/review/submissions/{tn}/notes"), Some(json!({"text": "checked"})), false),
        (
            "POST",
            "/api/v1/review/bulk".into(),
            Some(json!({"tracking_numbers": [tn], "change": {"add_tags": ["matrix"]}})),
            false,
        ),
        ("GET", "/api/v1/review/export.csv?q=zzznothing".into(), None, false),
        ("GET", "/api/v1/review/export.json?q=zzznothing".into(), None, false),
        ("GET", "/api/v1/review/reviewers".into(), None, false),
        ("GET", "/api/v1/admin/users".into(), None, true),
        (
            "POST",
            "/api/v1/admin/users".into(),
            Some(json!({"name": "", "email": "", "role": "", "password": ""})),
            true,
        ),
        ("PATCH", "/api/v1/admin/users/999999".into(), Some(json!({})), true),
        ("GET", "/api/v1/admin/audit".into(), None, true),
    ];
    let anonymous_session =
        Session { cookie: "__Host-ctpat_session=forged".into(), app_url: app.url.clone(), http: app.http.clone() };
    for (method, path, body, admin_only) in &routes {
        let send = |s: &Session| {
            let b = body.clone().unwrap_or(json!({}));
            match *method {
                "GET" => s.get(path),
                "POST" => s.post(path, &b),
                "PATCH" => s.patch(path, &b),
                _ => unreachable!(),
            }
        };
        let none = match *method {
            "GET" => app.http.get(format!("{}{path}", app.url)),
            "POST" => app.post_json(path).body(body.clone().unwrap_or(json!({})).to_string()),
            _ => app.http.patch(format!("{}{path}", app.url)).header("Content-Type", "application/json").body("{}"),
        };
        assert_eq!(none.send().await.unwrap().status(), 401, "{method} {path} without a session");
        assert_eq!(
            send(&anonymous_session).send().await.unwrap().status(),
            401,
            "{method} {path} with a forged cookie"
        );
        let as_reviewer = send(&reviewer).send().await.unwrap().status().as_u16();
        if *admin_only {
            assert_eq!(as_reviewer, 403, "{method} {path} as a reviewer");
        } else {
            assert!((200..300).contains(&as_reviewer), "{method} {path} as a reviewer: {as_reviewer}");
        }
        let as_admin = send(&admin).send().await.unwrap().status().as_u16();
        // Admin calls with deliberately empty bodies get their validation answer, not a 403.
        assert!(as_admin != 401 && as_admin != 403 && as_admin < 500, "{method} {path} as an admin: {as_admin}");
    }
}

#[tokio::test]
async fn a_wrong_password_and_an_unknown_email_get_the_same_answer_and_are_audited() {
    let app = TestApp::shared();
    let (email, _) = crate::app::credentials("PORTAL_REVIEWER");
    let wrong = app.try_sign_in(&email, "not the password at all").await;
    let unknown = app.try_sign_in("nobody@example.gov", "not the password at all").await;
    assert_eq!(wrong.status(), 401);
    assert_eq!(unknown.status(), 401);
    assert_eq!(wrong.json::<Value>().await.unwrap(), unknown.json::<Value>().await.unwrap());
    let admin = app.as_admin().await;
    let log: Value = admin.get_json(&format!("/api/v1/admin/audit?action=sign_in_failed&actor={email}")).await;
    assert!(!log["entries"].as_array().unwrap().is_empty(), "failed sign-ins are in the audit log");
    let log: Value = admin.get_json("/api/v1/admin/audit?action=sign_in").await;
    assert!(!log["entries"].as_array().unwrap().is_empty(), "successful sign-ins too");
}

#[tokio::test]
async fn signing_out_and_disabling_an_account_end_sessions_at_once() {
    let app = TestApp::shared();
    let admin = app.as_admin().await;
    let email = format!("{}@example.gov", search_word("zq"));
    let password = "a temporary password 1";
    let created = admin
        .post(
            "/api/v1/admin/users",
            &json!({"name": "Temp Reviewer", "email": email, "role": "reviewer", "password": password}),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(created.status(), 201);
    let id = created.json::<Value>().await.unwrap()["id"].as_i64().unwrap();

    let s = app.sign_in(&email, password).await;
    assert_eq!(s.get("/api/v1/session").send().await.unwrap().status(), 200);
    assert_eq!(s.delete("/api/v1/session").send().await.unwrap().status(), 204);
    assert_eq!(s.get("/api/v1/session").send().await.unwrap().status(), 401, "signed out");

    let s = app.sign_in(&email, password).await;
    let r = admin.patch(&format!("/api/v1/admin/users/{id}"), &json!({"disabled": true})).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(s.get("/api/v1/review/submissions").send().await.unwrap().status(), 401, "disabled: the session ended");
    assert_eq!(app.try_sign_in(&email, password).await.status(), 401, "a disabled account cannot sign in");
    admin
        .patch(&format!("/api/v1/admin/users/{id}"), &json!({"disabled": false, "role": "admin"}))
        .send()
        .await
        .unwrap();
    let s = app.sign_in(&email, password).await;
    assert_eq!(s.get("/api/v1/admin/users").send().await.unwrap().status(), 200, "re-enabled, now an admin");
}

#[tokio::test]
async fn new_accounts_follow_the_password_policy() {
    let app = TestApp::shared();
    let admin = app.as_admin().await;
    let r = admin
        .post(
            "/api/v1/admin/users",
            &json!({"name": "X", "email": "not-an-email", "role": "boss", "password": "password"}),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
    let e: Value = r.json().await.unwrap();
    let fields: Vec<&str> = e["fields"].as_array().unwrap().iter().map(|f| f["field"].as_str().unwrap()).collect();
    assert_eq!(fields, ["email", "role", "password"]);
}

#[tokio::test]
async fn the_workflow_refuses_moves_it_does_not_allow_and_records_the_ones_it_does() {
    let app = TestApp::shared();
    let tn = submit(&app, &anonymous(&unique("Workflow"))).await;
    let s = app.as_reviewer().await;
    let path = format!("/api/v1/review/submissions/{tn}");
    let r = s.patch(&path, &json!({"status": "accepted"})).send().await.unwrap();
    assert_eq!(r.status(), 400, "received cannot jump to accepted");
    let e: Value = r.json().await.unwrap();
    assert_eq!(e["fields"][0]["field"], "status");
    assert_eq!(e["fields"][0]["code"], "not_allowed_now");
    let r = s.patch(&path, &json!({"status": "duplicate"})).send().await.unwrap();
    assert_eq!(r.json::<Value>().await.unwrap()["fields"][0]["field"], "duplicate_of");

    let d: SubmissionDetail =
        s.patch(&path, &json!({"status": "under_review", "priority": "urgent"})).read_json().await;
    assert_eq!(d.status.code(), "under_review");
    assert_eq!(d.priority.code(), "urgent");
    assert!(d.allowed_next.iter().any(|s| s.code() == "accepted"));
    let fields: Vec<&str> = d.history.iter().map(|h| h.field.as_str()).collect();
    assert!(fields.contains(&"status") && fields.contains(&"priority"), "history: {fields:?}");
    assert!(
        d.history.iter().all(|h| h.actor.as_ref().is_some_and(|a| a.email.starts_with("test-reviewer"))),
        "who changed it"
    );
    let other = submit(&app, &anonymous(&unique("Original"))).await;
    let d: SubmissionDetail = s.patch(&path, &json!({"status": "duplicate", "duplicate_of": other})).read_json().await;
    assert_eq!(d.duplicate_of.as_deref(), Some(other.as_str()));
}

#[tokio::test]
async fn the_public_response_reaches_the_receipt_and_internal_notes_never_do() {
    let app = TestApp::shared();
    let tn = submit(&app, &identified(&unique("Answer me"))).await;
    let s = app.as_reviewer().await;
    let note = s
        .post(&format!("/api/v1/review/submissions/{tn}/notes"), &json!({"text": "INTERNAL: call the broker"}))
        .send()
        .await
        .unwrap();
    assert_eq!(note.status(), 201);
    let d: SubmissionDetail = s
        .patch(
            &format!("/api/v1/review/submissions/{tn}"),
            &json!({"public_response": "Thank you; the checklist will be published.", "status": "under_review"}),
        )
        .read_json()
        .await;
    assert_eq!(d.notes.len(), 1);
    assert_eq!(d.summary.email.as_deref(), Some("ana.ruiz@example.com"), "reviewers see contact details");
    let receipt = app.receipt(&tn).await.text().await.unwrap();
    assert!(receipt.contains("the checklist will be published"), "{receipt}");
    assert!(receipt.contains("under_review"));
    assert!(!receipt.contains("INTERNAL"), "notes stay internal: {receipt}");
}

#[tokio::test]
async fn search_finds_words_from_the_body_and_filters_combine() {
    let app = TestApp::shared();
    let w = search_word("zq");
    let mut body = anonymous(&unique("Search"));
    body["feedback"] = json!(format!("The {w} procedure at Laredo is inconsistent."));
    let a = submit(&app, &body).await;
    let mut other = identified(&unique("Search other"));
    other["recommendation"] = json!(format!("Publish the {w} guidance."));
    let b = submit(&app, &other).await;
    let s = app.as_reviewer().await;
    let page = queue(&s, &format!("q={w}")).await;
    let found: Vec<&str> = page.items.iter().map(|i| i.tracking_number.as_str()).collect();
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found.contains(&a.as_str()) && found.contains(&b.as_str()));
    assert_eq!(queue(&s, &format!("q={w}&identity=anonymous")).await.items.len(), 1);
    assert_eq!(
        queue(&s, &format!("q={w}&topic=minimum_security_criteria&msc_category=6")).await.items[0].tracking_number,
        b
    );
    assert_eq!(queue(&s, &format!("q={}+laredo", w.to_uppercase())).await.items.len(), 1, "all words, any case");
    let page = queue(&s, &format!("q={w}&status=received")).await;
    assert_eq!(page.total, 2);
    assert_eq!(page.counts.iter().find(|c| c.status.code() == "received").unwrap().count, 2);
    let r = s.get("/api/v1/review/submissions?status=lost&colour=red").send().await.unwrap();
    assert_eq!(r.status(), 400);
}

#[tokio::test]
async fn pages_never_repeat_or_skip_a_row_while_new_submissions_arrive() {
    let app = TestApp::shared();
    let w = search_word("zq");
    let mut made = Vec::new();
    for i in 0..7 {
        let mut b = anonymous(&format!("Page {i}"));
        b["feedback"] = json!(format!("{w} number {i}"));
        made.push(submit(&app, &b).await);
    }
    let s = app.as_reviewer().await;
    for sort in ["newest", "oldest", "priority"] {
        let mut seen = Vec::new();
        let mut after = String::new();
        loop {
            let page = queue(&s, &format!("q={w}&limit=3&sort={sort}&after={after}")).await;
            seen.extend(page.items.iter().map(|i| i.tracking_number.clone()));
            // New arrivals between pages must not disturb the walk.
            let mut b = anonymous("Arrived mid-walk");
            b["feedback"] = json!(format!("{w} late"));
            submit(&app, &b).await;
            match page.next {
                Some(n) => after = n,
                None => break,
            }
        }
        let unique: std::collections::HashSet<_> = seen.iter().collect();
        assert_eq!(unique.len(), seen.len(), "{sort}: no row twice: {seen:?}");
        // Every row made before the walks began was seen.
        for tn in &made {
            assert!(seen.contains(tn), "{sort}: {tn} was skipped");
        }
    }
}

#[tokio::test]
async fn bulk_changes_apply_to_each_submission_and_report_the_ones_they_skip() {
    let app = TestApp::shared();
    let s = app.as_reviewer().await;
    let me: Value = s.get_json("/api/v1/session").await;
    let my_id = me["user"]["id"].as_i64().unwrap();
    let a = submit(&app, &anonymous(&unique("Bulk a"))).await;
    let b = submit(&app, &anonymous(&unique("Bulk b"))).await;
    let c = submit(&app, &anonymous(&unique("Bulk c"))).await;
    s.patch(&format!("/api/v1/review/submissions/{c}"), &json!({"status": "closed"})).send().await.unwrap();
    let tag = search_word("zq");
    let r: Value = s
        .post("/api/v1/review/bulk", &json!({"tracking_numbers": [a, b, c, "CTPAT-0000-0000-0000"], "change": {"status": "under_review", "assignee": my_id, "add_tags": [tag]}}))
        .read_json().await;
    assert_eq!(r["updated"].as_array().unwrap().len(), 3, "{r}");
    let skipped: Vec<&str> = r["skipped"].as_array().unwrap().iter().map(|x| x["field"].as_str().unwrap()).collect();
    assert_eq!(
        skipped,
        ["CTPAT-0000-0000-0000"],
        "closed can be reopened to under review, so only the unknown one is skipped"
    );
    let page = queue(&s, &format!("tag={tag}&assignee=mine&status=under_review")).await;
    assert_eq!(page.items.len(), 3);
    assert!(page.items.iter().all(|i| i.tags == vec![tag.clone()]));
    let r: Value = s
        .post("/api/v1/review/bulk", &json!({"tracking_numbers": [a], "change": {"status": "received"}}))
        .read_json()
        .await;
    assert_eq!(r["skipped"][0]["code"], "not_allowed_now");
}

#[tokio::test]
async fn csv_exports_neutralise_formulas_and_are_capped() {
    let app = TestApp::shared();
    let w = search_word("zq");
    let mut b = anonymous("=HYPERLINK(\"http://evil.example\",\"click\")");
    b["feedback"] = json!(format!("@SUM(A1) {w}"));
    b["recommendation"] = json!("+1-555");
    submit(&app, &b).await;
    let s = app.as_reviewer().await;
    let r = s.get(&format!("/api/v1/review/export.csv?q={w}")).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert!(r.headers()["Content-Disposition"].to_str().unwrap().starts_with("attachment; filename=\"ctpat-feedback-"));
    let csv = r.text().await.unwrap();
    assert!(csv.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\""), "{csv}");
    assert!(csv.contains(&format!("'@SUM(A1) {w}")), "{csv}");
    assert!(csv.contains(",'+1-555,"), "{csv}");
    assert!(csv.lines().filter(|l| !l.is_empty()).count() == 2, "header and one row");
    let j: Value = s.get_json(&format!("/api/v1/review/export.json?q={w}")).await;
    assert_eq!(j.as_array().unwrap().len(), 1);

    // The test environment caps exports at 40 rows (wrangler.toml [env.test.vars]).
    let many = search_word("zq");
    for i in 0..41 {
        let mut b = anonymous(&format!("Many {i}"));
        b["feedback"] = json!(format!("{many}"));
        submit(&app, &b).await;
    }
    let r = s.get(&format!("/api/v1/review/export.csv?q={many}")).send().await.unwrap();
    assert_eq!(r.status(), 422);
    let e: Value = r.json().await.unwrap();
    assert_eq!(e["code"], "export_too_large");
    assert!(e["message"].as_str().unwrap().contains("Narrow it"));
}
