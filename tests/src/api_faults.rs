//! Fault injection on a server of its own: a broken table and a failing R2 store, made for real
//! in the server's local state (no mocks). What must hold: a clean JSON 500 that says nothing
//! internal, a log line an operator can find, nothing half-stored, and recovery once the fault
//! is gone.

use std::path::PathBuf;

use serde_json::Value;
use shared::api::public::ATTACHMENTS_PATH;
use xtask::wrangler::ServerConfig;

use crate::api_servers::OwnServer;
use crate::app::{anonymous, unique};

/// Words that would tell an attacker about our storage if a 500 leaked them.
const INTERNAL_WORDS: &[&str] =
    &["SQLITE", "sqlite", "D1_", "no such table", "status_counts", "consultations_broken", "ENOTDIR", "blobs", "R2"];

/// Runs SQL on the (idle) server's D1, as a broken migration or a bad hand edit would.
fn sql(own: &OwnServer, sql: &str) {
    let out = own.app().execute(sql);
    assert!(out.status.success(), "{sql}: {}", String::from_utf8_lossy(&out.stderr));
}

fn log(own: &OwnServer) -> String {
    std::fs::read_to_string(&own.server.as_ref().expect("running").log).unwrap_or_default()
}

/// Waits (boundedly) for a line of the server's log that contains every one of `parts`.
async fn log_line(own: &OwnServer, parts: &[&str]) -> Option<String> {
    for _ in 0..40 {
        if let Some(line) = log(own).lines().find(|l| parts.iter().all(|p| l.contains(p))) {
            return Some(line.to_owned());
        }
        tokio::time::sleep(std::time::Duration::from_millis(250)).await;
    }
    None
}

async fn clean_500(r: reqwest::Response, what: &str) {
    assert_eq!(r.status(), 500, "{what}");
    assert!(r.headers()["Content-Type"].to_str().unwrap().starts_with("application/json"), "{what}: a JSON body");
    assert_eq!(r.headers()["X-Content-Type-Options"], "nosniff", "{what}: security headers on a 500 too");
    let text = r.text().await.unwrap();
    let body: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{what}: {e}: {text}"));
    assert_eq!(body["code"], "internal_error", "{what}");
    assert_eq!(body.as_object().unwrap().len(), 2, "{what}: code and message only: {text}");
    for word in INTERNAL_WORDS {
        assert!(!text.contains(word), "{what}: the answer leaks {word:?}: {text}");
    }
}

#[tokio::test]
async fn a_broken_table_gives_a_clean_json_500_a_log_line_and_stores_nothing() {
    let faulty = OwnServer::start("broken-table", Some("test"));
    let app = faulty.app();

    // A read whose table is gone.
    sql(&faulty, "ALTER TABLE consultations RENAME TO consultations_broken");
    clean_500(app.get("/api/v1/consultations").await, "reading a missing table").await;
    let line = log_line(&faulty, &["internal error on GET /api/v1/consultations", "no such table"]).await;
    assert!(line.is_some(), "the detail is logged with the route:\n{}", log(&faulty));

    // A write whose batch breaks half-way (a trigger on submissions updates a table that is
    // gone): the whole batch is one transaction, so the submission is not half-stored.
    sql(&faulty, "DROP TABLE status_counts");
    let title = unique("Broken table");
    clean_500(app.submit(&anonymous(&title)).await, "a submission whose batch fails").await;
    assert!(log_line(&faulty, &["internal error on POST /api/v1/submissions"]).await.is_some());
    sql(
        &faulty,
        "CREATE TABLE status_counts (status TEXT PRIMARY KEY, n INTEGER NOT NULL); \
         INSERT INTO status_counts (status, n) VALUES ('received', 0), ('under_review', 0), \
           ('referred_to_working_group', 0), ('accepted', 0), ('planned', 0), ('declined', 0), ('duplicate', 0), \
           ('closed', 0); \
         UPDATE status_counts SET n = (SELECT COUNT(*) FROM submissions s WHERE s.status = status_counts.status);",
    );
    sql(&faulty, "ALTER TABLE consultations_broken RENAME TO consultations");
    assert_eq!(
        app.query_number(&format!("SELECT COUNT(*) FROM submissions WHERE title = '{}'", title.replace('\'', "''"))),
        0,
        "nothing of the failed submission was stored"
    );

    // Fixed: the same requests work again, without a restart (a new client: the old one's
    // pooled connection idled out while wrangler ran the SQL).
    let app = faulty.app();
    assert_eq!(app.get("/api/v1/consultations").await.status(), 200);
    assert_eq!(app.submit(&anonymous(&title)).await.status(), 201);
}

/// The local R2 bucket's blob directory under a server's state.
fn blobs(config: &ServerConfig) -> PathBuf {
    config.state_dir.join("v3/r2/ctpat-feedback-attachments/blobs")
}

#[tokio::test]
async fn an_r2_failure_during_upload_leaves_nothing_half_stored() {
    let faulty = OwnServer::start("broken-r2", Some("test"));
    let app = faulty.app();
    // One good upload first, so the bucket's directories exist as they do in use.
    let good = app.upload_ok("before.txt", b"stored before the fault".to_vec()).await;

    // The bucket's storage fails: its blob directory becomes a file, so writes get ENOTDIR.
    let dir = blobs(&faulty.config);
    let aside = dir.with_extension("aside");
    std::fs::rename(&dir, &aside).expect("move the blobs aside");
    std::fs::write(&dir, b"not a directory").unwrap();
    let r = app.upload("during.txt", b"this upload meets a broken store".to_vec()).await;
    clean_500(r, "an upload whose object cannot be stored").await;
    assert!(log_line(&faulty, &["internal error on POST", ATTACHMENTS_PATH]).await.is_some(), "{}", log(&faulty));

    // No row points at a file that is not there, and a submission cannot claim it.
    assert_eq!(app.query_number("SELECT COUNT(*) FROM attachments WHERE file_name = 'during.txt'"), 0);
    let title = unique("After R2 failure");
    let mut body = anonymous(&title);
    body["attachments"] = serde_json::json!([good.clone(), "0123456789abcdef0123456789abcdef"]);
    let r = app.submit(&body).await;
    assert_eq!(r.status(), 400, "an attachment id that was never stored is refused by field");
    let e: Value = r.json().await.unwrap();
    assert!(e["fields"][0]["field"].as_str().unwrap().starts_with("attachments"), "{e}");
    assert_eq!(
        app.query_number(&format!("SELECT COUNT(*) FROM submissions WHERE title = '{}'", title.replace('\'', "''"))),
        0
    );

    // The store comes back: uploading and submitting work, the earlier file is intact.
    std::fs::remove_file(&dir).unwrap();
    std::fs::rename(&aside, &dir).unwrap();
    let app = faulty.app();
    let again = app.upload_ok("after.txt", b"stored after the fault".to_vec()).await;
    body["attachments"] = serde_json::json!([good, again]);
    let r = app.submit(&body).await;
    assert_eq!(r.status(), 201, "{:?}", r.text().await);
}
