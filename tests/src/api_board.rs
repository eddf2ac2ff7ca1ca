//! Closing the loop through the API: attachments, publishing a redacted version, the public
//! board and its search, support, following with notification emails, withdrawing and reports.
//! Above all: nothing unpublished and no contact detail reaches a public endpoint.

use serde_json::{json, Value};
use shared::attachment::MAX_BYTES;

use crate::app::{anonymous, field_codes, identified, search_word, unique, Session, TestApp};

const PDF: &[u8] = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n";
const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0";

/// Every public read of an item, as text: the board list (searched and filtered), the item and
/// the consultations. (The receipt, read with the submitter's own tracking number, shows them
/// their own title; it is checked for contact details separately.)
async fn public_text(app: &TestApp, item: i64, search: &str) -> String {
    let mut all = String::new();
    for path in [
        format!("/api/v1/board?q={search}"),
        "/api/v1/board?limit=50".to_owned(),
        format!("/api/v1/board/{item}"),
        "/api/v1/consultations".to_owned(),
    ] {
        all.push_str(&app.get(&path).await.text().await.unwrap());
    }
    all
}

#[tokio::test]
async fn uploads_are_checked_by_content_size_and_count() {
    let app = TestApp::shared();
    assert_eq!(app.upload("plan.pdf", PDF.to_vec()).await.status(), 201);
    assert_eq!(app.upload("seal.PNG", PNG.to_vec()).await.status(), 201);
    assert_eq!(app.upload("notes.txt", "Seal log, línea 2".as_bytes().to_vec()).await.status(), 201);
    for (name, bytes, code) in [
        ("invoice.pdf", b"<html><script>alert(1)</script></html>".to_vec(), "unsupported_file_type"),
        ("photo.png", PDF.to_vec(), "unsupported_file_type"),
        ("page.html", b"<p>hi</p>".to_vec(), "unsupported_file_type"),
        ("tool.exe", b"MZ\x90\0".to_vec(), "unsupported_file_type"),
        ("empty.txt", Vec::new(), "empty_file"),
    ] {
        assert_eq!(
            field_codes(app.upload(name, bytes).await).await,
            [("attachments".to_owned(), code.to_owned())],
            "{name}"
        );
    }
    let big = app.upload("big.txt", vec![b'a'; MAX_BYTES + 1]).await;
    assert_eq!(big.status(), 413);

    let mut ids = Vec::new();
    for i in 0..6 {
        ids.push(app.upload_ok(&format!("f{i}.txt"), format!("file {i}").into_bytes()).await);
    }
    let mut body = anonymous(&unique("Six files"));
    body["attachments"] = json!(ids);
    assert_eq!(field_codes(app.submit(&body).await).await, [("attachments".to_owned(), "too_many".to_owned())]);
    body["attachments"] = json!(["0123456789abcdef0123456789abcdef"]);
    assert_eq!(field_codes(app.submit(&body).await).await, [("attachments".to_owned(), "not_found".to_owned())]);
    // A file belongs to the first submission that names it; nobody else can claim it.
    body["attachments"] = json!(ids[..5]);
    let tn = app.submit_ok(&body).await;
    let receipt: Value = app.receipt(&tn).await.json().await.unwrap();
    assert_eq!(receipt["attachments"], json!(["f0.txt", "f1.txt", "f2.txt", "f3.txt", "f4.txt"]));
    let mut thief = anonymous(&unique("Thief"));
    thief["attachments"] = json!([ids[0]]);
    assert_eq!(field_codes(app.submit(&thief).await).await, [("attachments".to_owned(), "not_found".to_owned())]);
}

#[tokio::test]
async fn a_redacted_public_version_is_all_the_public_ever_sees() {
    let app = TestApp::shared();
    let reviewer = app.as_reviewer().await;
    let (secret, public) = (search_word("zq"), search_word("zq"));
    let pdf = app.upload_ok("Ruiz contract.pdf", PDF.to_vec()).await;
    let png = app.upload_ok("seal photo.png", PNG.to_vec()).await;
    let mut body = identified(&format!("Seal checks at Laredo {secret}"));
    body["may_publish"] = json!(true);
    body["feedback"] = json!(format!("Driver Juan Pérez of Ruiz Transportes waited 4 hours. Ref {secret}."));
    body["attachments"] = json!([pdf, png]);
    let tn = app.submit_ok(&body).await;

    // Reviewers download every file, as a download, byte for byte.
    let d = reviewer.submission(&tn).await;
    assert_eq!(d["attachments"].as_array().unwrap().len(), 2);
    let r = reviewer.get(&format!("/api/v1/review/submissions/{tn}/attachments/{pdf}")).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["content-type"], "application/pdf");
    assert!(r.headers()["content-disposition"].to_str().unwrap().starts_with("attachment;"));
    assert_eq!(r.headers()["x-content-type-options"], "nosniff");
    assert_eq!(r.bytes().await.unwrap().as_ref(), PDF);
    assert_eq!(app.get(&format!("/api/v1/review/submissions/{tn}/attachments/{pdf}")).await.status(), 401);

    // Unpublished: the item is nowhere on the board, nor its files.
    assert!(d["publication"].is_null());
    let text = app.get(&format!("/api/v1/board?q={secret}")).await.text().await.unwrap();
    assert!(!text.contains(&secret), "unpublished text is not searchable");

    // Published with the names taken out and only the photo shown.
    let p = json!({
        "title": format!("Seal checks at Laredo {public}"),
        "feedback": format!("A driver waited 4 hours. {public}"),
        "recommendation": "",
        "attachments": [png]
    });
    let r = reviewer.publish(&tn, &p).await;
    assert_eq!(r.status(), 200);
    let d: Value = r.json().await.unwrap();
    assert_eq!(d["publication"]["redacted"], json!(true));
    let item = d["publication"]["board_item"].as_i64().unwrap();
    // The original is kept for reviewers.
    assert!(d["summary"]["feedback"].as_str().unwrap().contains("Juan Pérez"));

    let shown: Value = app.get(&format!("/api/v1/board/{item}")).await.json().await.unwrap();
    assert_eq!(shown["feedback"], p["feedback"]);
    assert_eq!(shown["attachments"].as_array().unwrap().len(), 1);
    assert_eq!(shown["attachments"][0]["file_name"], "seal photo.png");
    let found: Value = app.get(&format!("/api/v1/board?q={public}")).await.json().await.unwrap();
    assert_eq!(found["items"].as_array().unwrap().len(), 1);
    let everything = public_text(&app, item, &secret).await;
    for leak in [secret.as_str(), "Juan Pérez", "Ana Ruiz", "ana.ruiz@example.com", "Ruiz Transportes", "Ruiz contract"]
    {
        assert!(!everything.contains(leak), "{leak} reached a public endpoint");
    }
    let receipt = app.receipt(&tn).await.text().await.unwrap();
    for leak in ["Juan Pérez", "Ana Ruiz", "ana.ruiz@example.com", "Ruiz Transportes"] {
        assert!(!receipt.contains(leak), "{leak} is on the receipt");
    }
    let public_file = app.get(&format!("/api/v1/board/{item}/attachments/{png}")).await;
    assert_eq!(public_file.status(), 200);
    assert!(public_file.headers()["content-disposition"].to_str().unwrap().starts_with("attachment;"));
    assert_eq!(app.get(&format!("/api/v1/board/{item}/attachments/{pdf}")).await.status(), 404);

    // Off the board again: the item and its files are gone from every public read.
    let r = reviewer.delete(&format!("/api/v1/review/submissions/{tn}/publication")).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(app.get(&format!("/api/v1/board/{item}")).await.status(), 404);
    assert_eq!(app.get(&format!("/api/v1/board/{item}/attachments/{png}")).await.status(), 404);
    let found: Value = app.get(&format!("/api/v1/board?q={public}")).await.json().await.unwrap();
    assert!(found["items"].as_array().unwrap().is_empty());
}

#[tokio::test]
async fn only_what_the_submitter_allowed_can_be_published() {
    let app = TestApp::shared();
    let reviewer = app.as_reviewer().await;
    let tn = app.submit_ok(&identified(&unique("Private"))).await;
    let p = json!({"title": "T", "feedback": "F", "recommendation": "", "attachments": []});
    assert_eq!(
        field_codes(reviewer.publish(&tn, &p).await).await,
        [("publication".to_owned(), "not_allowed_now".to_owned())]
    );
    let open = app.submit_ok(&anonymous(&unique("Open"))).await;
    let bad = json!({"title": "", "feedback": "x".repeat(5001), "recommendation": "", "attachments": []});
    let problems: Vec<String> =
        field_codes(reviewer.publish(&open, &bad).await).await.into_iter().map(|f| f.0).collect();
    assert_eq!(problems, ["title", "feedback"]);
    let not_mine = json!({"title": "T", "feedback": "F", "attachments": ["0123456789abcdef0123456789abcdef"]});
    assert_eq!(
        field_codes(reviewer.publish(&open, &not_mine).await).await,
        [("attachments".to_owned(), "not_found".to_owned())]
    );
    let anon = app.http.put(format!("{}/api/v1/review/submissions/{open}/publication", app.url)).json(&p).send().await;
    assert_eq!(anon.unwrap().status(), 401);
}

#[tokio::test]
async fn the_board_shows_status_and_response_and_counts_support_per_entity_type() {
    let app = TestApp::shared();
    let reviewer = app.as_reviewer().await;
    let w = search_word("zq");
    let mut items = Vec::new();
    let mut tns = Vec::new();
    for i in 0..2 {
        let tn = app.submit_ok(&anonymous(&format!("Board {w} {i}"))).await;
        let p = json!({"title": format!("Board {w} {i}"), "feedback": "Reports take months.", "attachments": []});
        let d: Value = reviewer.publish(&tn, &p).await.json().await.unwrap();
        items.push(d["publication"]["board_item"].as_i64().unwrap());
        tns.push(tn);
    }
    let change = json!({"status": "under_review", "public_response": "We are drafting a target time."});
    assert_eq!(
        reviewer.patch(&format!("/api/v1/review/submissions/{}", tns[1]), &change).send().await.unwrap().status(),
        200
    );
    let page: Value = app.get(&format!("/api/v1/board?q={w}&status=under_review")).await.json().await.unwrap();
    assert_eq!(page["items"].as_array().unwrap().len(), 1);
    assert_eq!(page["items"][0]["public_response"]["text"], "We are drafting a target time.");

    let support = |id: i64, entity: &str, token: String| {
        app.post_json(&format!("/api/v1/board/{id}/support"))
            .body(json!({"entity_type": entity, "organization": "", "supporter": token}).to_string())
            .send()
    };
    let token = |n: u32| format!("{:032x}", n as u128 + (items[0] as u128) * 1000);
    for (n, entity) in [(1, "sea_carrier"), (2, "sea_carrier"), (3, "customs_broker")] {
        let r: Value = support(items[0], entity, token(n)).await.unwrap().json().await.unwrap();
        assert_eq!(r["counted"], json!(true));
    }
    let again: Value = support(items[0], "sea_carrier", token(1)).await.unwrap().json().await.unwrap();
    assert_eq!(again["counted"], json!(false), "one browser counts once");
    assert_eq!(
        again["support"],
        json!({"total": 3, "by_entity_type": [{"entity_type": "sea_carrier", "count": 2}, {"entity_type": "customs_broker", "count": 1}]})
    );
    let bad = support(items[0], "pirate", "nope".into()).await.unwrap();
    let problems: Vec<String> = field_codes(bad).await.into_iter().map(|f| f.0).collect();
    assert_eq!(problems, ["entity_type", "supporter"]);
    assert_eq!(support(999_999, "sea_carrier", token(9)).await.unwrap().status(), 404);

    // Most supported first, on the board and in the reviewers' queue.
    let by_support: Value = app.get(&format!("/api/v1/board?q={w}&sort=support")).await.json().await.unwrap();
    assert_eq!(by_support["items"][0]["id"], json!(items[0]));
    assert_eq!(by_support["items"][0]["support"]["total"], json!(3));
    let queue: Value = reviewer.get_json(&format!("/api/v1/review/submissions?q={w}&sort=support")).await;
    assert_eq!(queue["items"][0]["tracking_number"], json!(tns[0]));
    assert_eq!(queue["items"][0]["support"], json!(3));
    let paged: Value = app.get(&format!("/api/v1/board?q={w}&sort=support&limit=1")).await.json().await.unwrap();
    let next = paged["next"].as_str().expect("a second page");
    let second: Value =
        app.get(&format!("/api/v1/board?q={w}&sort=support&limit=1&after={next}")).await.json().await.unwrap();
    assert_eq!(second["items"][0]["id"], json!(items[1]));
    assert_eq!(
        field_codes(app.get("/api/v1/board?colour=red").await).await,
        [("colour".to_owned(), "unknown_field".to_owned())]
    );
}

async fn outbox_for(admin: &Session, email: &str) -> Vec<Value> {
    let all: Vec<Value> = admin.get_json("/api/v1/admin/outbox").await;
    all.into_iter().filter(|m| m["recipient"] == email).collect()
}

/// Waits for the messages to an address to be handed to `send_email` (delivery runs after the
/// response).
async fn delivered(admin: &Session, email: &str, n: usize) -> Vec<Value> {
    for _ in 0..50 {
        let got = outbox_for(admin, email).await;
        if got.len() >= n && got.iter().all(|m| m["sent_at"].is_string()) {
            return got;
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    panic!("messages to {email} were not delivered: {:?}", outbox_for(admin, email).await);
}

#[tokio::test]
async fn followers_and_submitters_are_emailed_and_can_stop() {
    let app = TestApp::shared();
    let reviewer = app.as_reviewer().await;
    let admin = app.as_admin().await;
    let owner = format!("{}@example.com", search_word("zq"));
    let follower = format!("{}@example.com", search_word("zq"));
    let mut body = identified(&unique("Followed"));
    body["email"] = json!(owner);
    body["may_publish"] = json!(true);
    let tn = app.submit_ok(&body).await;
    let received = delivered(&admin, &owner, 1).await;
    assert_eq!(received[0]["subject"], json!(format!("CTPAT feedback received: {tn}")));
    assert!(received[0]["body"].as_str().unwrap().contains(&format!("/check?number={tn}")));

    let d: Value = reviewer
        .publish(&tn, &json!({"title": "Public title", "feedback": "Public text."}))
        .await
        .json()
        .await
        .unwrap();
    let item = d["publication"]["board_item"].as_i64().unwrap();
    let r = app
        .post_json(&format!("/api/v1/board/{item}/follow"))
        .body(json!({"email": follower}).to_string())
        .send()
        .await;
    assert_eq!(r.unwrap().status(), 201);
    let bad = app.post_json(&format!("/api/v1/board/{item}/follow")).body(json!({"email": "not an email"}).to_string());
    assert_eq!(field_codes(bad.send().await.unwrap()).await, [("email".to_owned(), "invalid_email".to_owned())]);

    let change = json!({"status": "under_review", "public_response": "A checklist is planned."});
    assert_eq!(
        reviewer.patch(&format!("/api/v1/review/submissions/{tn}"), &change).send().await.unwrap().status(),
        200
    );
    let to_follower = delivered(&admin, &follower, 2).await;
    let update =
        to_follower.iter().find(|m| m["subject"] == json!(format!("Update on CTPAT feedback item {item}"))).unwrap();
    let text = update["body"].as_str().unwrap();
    assert!(text.contains("Status: Under review.") && text.contains("A checklist is planned."), "{text}");
    assert!(text.contains(&format!("/board/{item}")));
    assert!(!text.contains(&tn), "a follower never learns the tracking number");
    assert!(text.contains("\"Public title\"") && !text.contains("Followed"), "the follower sees the public title only");
    let to_owner = delivered(&admin, &owner, 2).await;
    assert!(to_owner.iter().any(|m| m["subject"] == json!(format!("Update on CTPAT feedback {tn}"))));

    // The unfollow link in the message works once.
    let token = text.split("/unfollow/").nth(1).unwrap().split_whitespace().next().unwrap().to_owned();
    let stop = app.http.delete(format!("{}/api/v1/follows/{token}", app.url)).send().await.unwrap();
    assert_eq!(stop.status(), 204);
    let again = app.http.delete(format!("{}/api/v1/follows/{token}", app.url)).send().await.unwrap();
    assert_eq!(again.status(), 404);
    let change = json!({"status": "accepted"});
    assert_eq!(
        reviewer.patch(&format!("/api/v1/review/submissions/{tn}"), &change).send().await.unwrap().status(),
        200
    );
    delivered(&admin, &owner, 3).await;
    assert_eq!(outbox_for(&admin, &follower).await.len(), 2, "no email after unfollowing");

    // The receipt shows every public event in order.
    let receipt: Value = app.receipt(&tn).await.json().await.unwrap();
    let kinds: Vec<&str> = receipt["events"].as_array().unwrap().iter().map(|e| e["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["received", "published", "status_changed", "responded", "status_changed"]);
    assert_eq!(receipt["board_item"], json!(item));
    let followed = app.post_json(&format!("/api/v1/receipts/{tn}/follow")).body(json!({"email": follower}).to_string());
    assert_eq!(followed.send().await.unwrap().status(), 201);
}

#[tokio::test]
async fn a_submitter_withdraws_with_the_receipt_and_it_leaves_the_board() {
    let app = TestApp::shared();
    let reviewer = app.as_reviewer().await;
    let tn = app.submit_ok(&anonymous(&unique("Withdrawn"))).await;
    let d: Value =
        reviewer.publish(&tn, &json!({"title": "To withdraw", "feedback": "Text."})).await.json().await.unwrap();
    let item = d["publication"]["board_item"].as_i64().unwrap();
    let r = app.post_json(&format!("/api/v1/receipts/{tn}/withdraw")).body("{}").send().await.unwrap();
    assert_eq!(r.status(), 200);
    let receipt: Value = r.json().await.unwrap();
    assert_eq!(receipt["status"], "withdrawn");
    assert!(receipt["board_item"].is_null());
    assert_eq!(app.get(&format!("/api/v1/board/{item}")).await.status(), 404);
    let again = app.post_json(&format!("/api/v1/receipts/{tn}/withdraw")).body("{}").send().await.unwrap();
    assert_eq!(again.status(), 200, "withdrawing twice is harmless");

    let d = reviewer.submission(&tn).await;
    assert_eq!(d["allowed_next"], json!([]));
    let r =
        reviewer.patch(&format!("/api/v1/review/submissions/{tn}"), &json!({"status": "under_review"})).send().await;
    assert_eq!(field_codes(r.unwrap()).await, [("status".to_owned(), "not_allowed_now".to_owned())]);
    let r = reviewer.publish(&tn, &json!({"title": "T", "feedback": "F"})).await;
    assert_eq!(field_codes(r).await, [("publication".to_owned(), "not_allowed_now".to_owned())]);
    let r = app.post_json("/api/v1/receipts/CTPAT-0000-0000-0000/withdraw").body("{}").send().await.unwrap();
    assert_eq!(r.status(), 404);
}

#[tokio::test]
async fn a_report_of_feedback_filed_in_my_name_flags_it_for_reviewers() {
    let app = TestApp::shared();
    let reviewer = app.as_reviewer().await;
    let tn = app.submit_ok(&identified(&unique("Impersonated"))).await;
    let report = |reference: &str| {
        json!({"reference": reference, "name": "Ana Ruiz", "email": "ana@ruiz.example.com",
               "explanation": "I never sent this; someone used my company's name."})
    };
    let r = app.post_json("/api/v1/reports").body(report(&tn).to_string()).send().await.unwrap();
    assert_eq!(r.status(), 201);
    let problems =
        field_codes(app.post_json("/api/v1/reports").body(json!({}).to_string()).send().await.unwrap()).await;
    let names: Vec<&str> = problems.iter().map(|(f, _)| f.as_str()).collect();
    assert_eq!(names, ["reference", "name", "email", "explanation"]);
    let r = app.post_json("/api/v1/reports").body(report("CTPAT-0000-0000-0000").to_string()).send().await.unwrap();
    assert_eq!(field_codes(r).await, [("reference".to_owned(), "not_found".to_owned())]);

    let d = reviewer.submission(&tn).await;
    assert_eq!(d["reports"][0]["email"], "ana@ruiz.example.com");
    let page: Value = reviewer
        .get_json(&format!(
            "/api/v1/review/submissions?flagged=yes&q={}",
            shared::url::encode_component("Impersonated")
        ))
        .await;
    assert!(page["items"]
        .as_array()
        .unwrap()
        .iter()
        .any(|i| i["tracking_number"] == json!(tn) && i["flagged"] == json!(true)));
}

/// The worker serves the committed worker/openapi.json (generated by `cargo xtask openapi`), a
/// description of the whole API.
#[tokio::test]
async fn the_public_api_is_described_in_openapi() {
    let app = TestApp::shared();
    let r = app.get(shared::api::public::OPENAPI_PATH).await;
    assert_eq!(r.status(), 200);
    assert!(r.headers()["content-type"].to_str().unwrap().starts_with("application/json"));
    assert_eq!(r.headers()["access-control-allow-origin"], "*");
    let doc: Value = r.json().await.unwrap();
    let committed: Value = serde_json::from_str(&std::fs::read_to_string(xtask::openapi::path()).unwrap()).unwrap();
    assert_eq!(doc, committed, "the worker serves worker/openapi.json");
    assert_eq!(doc["openapi"], "3.1.0");
    let operations: usize =
        doc["paths"].as_object().unwrap().values().map(|item| item.as_object().unwrap().len()).sum();
    assert!(operations >= 50, "{operations} operations");
    let cookie = &doc["components"]["securitySchemes"]["cookieAuth"];
    assert_eq!(cookie["type"], "apiKey");
    assert_eq!(cookie["in"], "cookie");
    assert_eq!(cookie["name"], shared::api::review::SESSION_COOKIE);
    let link = &doc["paths"]["/api/v1/submissions"]["post"]["responses"]["201"]["links"]["getReceipt"];
    assert_eq!(link["operationId"], "getReceipt");
    assert_eq!(link["parameters"]["tracking_number"], "$response.body#/tracking_number");
    assert_eq!(doc["paths"]["/api/v1/receipts/{tracking_number}"]["get"]["operationId"], "getReceipt");
}
