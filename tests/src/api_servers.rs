//! Tests that need a server of their own: a crash, the production rate limit, the demo data.

use serde_json::Value;
use shared::api::SubmissionReceipt;
use shared::workflow::Role;
use xtask::accounts::Account;
use xtask::wrangler::{self, Server, ServerConfig};

use crate::app::{anonymous, unique, TestApp};
use crate::browser::Browser;

/// A server on its own fresh state; the state directory goes when the test ends.
pub(crate) struct OwnServer {
    pub(crate) server: Option<Server>,
    pub(crate) config: ServerConfig,
}

impl OwnServer {
    pub(crate) fn start(label: &str, wrangler_env: Option<&str>) -> OwnServer {
        Self::start_with(label, wrangler_env, &[], &[])
    }

    pub(crate) fn start_with(
        label: &str,
        wrangler_env: Option<&str>,
        vars: &[(&str, &str)],
        accounts: &[Account],
    ) -> OwnServer {
        let mut config = ServerConfig::fresh(label, wrangler_env);
        config.vars = vars.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        wrangler::migrate(&config).expect("migrate");
        if !accounts.is_empty() {
            wrangler::create_accounts(&config, accounts).expect("create accounts");
        }
        let server = Server::start(config.clone()).expect("start wrangler");
        OwnServer { server: Some(server), config }
    }

    pub(crate) fn app(&self) -> TestApp {
        TestApp::for_server(&self.config)
    }
}

impl Drop for OwnServer {
    fn drop(&mut self) {
        drop(self.server.take());
        let _ = std::fs::remove_dir_all(&self.config.state_dir);
    }
}

#[tokio::test]
async fn a_submission_that_got_a_receipt_survives_a_crash_right_after_and_is_analysed() {
    let password = "own reviewer password";
    let mut own = OwnServer::start_with("crash", Some("test"), &[], &[reviewer(password)]);
    let app = own.app();
    let title = unique("Crash");
    let r = app.submit(&anonymous(&title)).await;
    assert_eq!(r.status(), 201);
    let receipt: SubmissionReceipt = r.json().await.unwrap();

    // SIGKILL to workerd, wrangler and node at once, the instant the 201 arrived.
    let config = own.server.take().expect("running").crash();
    own.server = Some(Server::start(config).expect("restart on the same state"));

    // A new client: the old one's pooled connection died with the server.
    let app = own.app();
    let r = app.receipt(&receipt.tracking_number).await;
    assert_eq!(r.status(), 200);
    let status: Value = r.json().await.unwrap();
    assert_eq!(status["title"], Value::String(title.clone()));
    // The restarted server is idle: a direct count cannot race its writes.
    assert_eq!(
        app.query_number(&format!("SELECT COUNT(*) FROM submissions WHERE title = '{}'", title.replace('\'', "''"))),
        1
    );

    // Its analysis was queued, but the local queue keeps messages in memory and died with the
    // server; and a second submission was stored a minute ago by a request that crashed before
    // it could enqueue anything (made here by hand). The sweep re-enqueues both: it runs every
    // minute (cron) and after every batch the consumer analyses, which new feedback sets off.
    let lost = "CTPAT-SWEP-0000-0001";
    let long_ago = xtask::accounts::now_ms() - 60_000;
    let insert = format!(
        "INSERT INTO submissions (tracking_number, received_at, updated_at, status, submitter_kind, entity_type, \
         ctpat_status, topic, title, body, may_publish, request_hash, language) VALUES ('{lost}', {long_ago}, {long_ago}, \
         'received', 'anonymous', 'us_importer', 'tier_2', 'validations', 'Validación pendiente', \
         'La validación de nuestra empresa lleva meses pendiente y no sabemos a quién llamar.', 0, 'lost', 'en')"
    );
    assert!(app.execute(&insert).status.success());
    let pending = format!(
        "SELECT COUNT(*) FROM submissions WHERE analysed_at IS NULL AND tracking_number IN ('{lost}', '{}')",
        receipt.tracking_number
    );
    assert!(app.query_number(&pending) >= 1, "the hand-made row waits for its analysis");
    // Until then a reviewer sees it as waiting, in the queue and on its page, not as a cluster
    // of one in the page's language.
    let b = Browser::opened(&app.url, "/review/sign-in").await;
    b.sign_in_with("own-reviewer@example.gov", password).await;
    b.wait_for_text("Filter submissions").await;
    // USWDS tags are set in capitals.
    b.wait_for_text("BEING ANALYSED").await;
    b.open(&format!("/review/submissions/{lost}")).await;
    b.wait_for_text("being worked out").await;
    b.assert_accessible("a submission being analysed").await;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while app.query_number(&pending) > 0 {
        assert!(std::time::Instant::now() < deadline, "a stored submission was never analysed after the crash");
        assert_eq!(app.submit(&anonymous(&unique("After the crash"))).await.status(), 201);
        tokio::time::sleep(std::time::Duration::from_secs(2)).await;
    }
    // Analysed as the consumer analyses: the text's own language, a cluster of its own; the
    // reviewer's page says so.
    b.open(&format!("/review/submissions/{lost}")).await;
    b.wait_for_text("Español").await;
    assert!(!b.text_of("main").await.to_uppercase().contains("BEING ANALYSED"));
    b.close().await;
    assert_eq!(
        app.query_number(&format!(
            "SELECT COUNT(*) FROM submissions WHERE tracking_number = '{lost}' AND language = 'es' AND cluster_id = id"
        )),
        1
    );
    assert_eq!(
        app.query_number(&format!(
            "SELECT COUNT(*) FROM clusters c JOIN submissions s ON s.id = c.id WHERE s.tracking_number = '{lost}' AND c.size = 1"
        )),
        1
    );
}

#[tokio::test]
async fn bursts_from_one_client_get_429_with_retry_after_and_nothing_is_lost() {
    // The production configuration: 10 submissions a minute per client address.
    let own = OwnServer::start("ratelimit", None);
    let app = own.app();
    let prefix = unique("Burst");
    let first_key = "burst-first-key";
    let first = app.submit_with_key(&anonymous(&format!("{prefix} 0")), first_key).await;
    assert_eq!(first.status(), 201);
    let first: SubmissionReceipt = first.json().await.unwrap();
    let (mut accepted, mut limited) = (1, 0);
    for i in 1..30 {
        let r = app.submit(&anonymous(&format!("{prefix} {i}"))).await;
        match r.status().as_u16() {
            201 => accepted += 1,
            429 => {
                limited += 1;
                let retry: u32 =
                    r.headers().get("Retry-After").expect("Retry-After").to_str().unwrap().parse().unwrap();
                assert!(retry > 0 && retry <= 60);
                let body: Value = r.json().await.unwrap();
                assert_eq!(body["code"], "rate_limited");
            }
            other => panic!("unexpected status {other}"),
        }
    }
    assert!(limited > 0, "a burst of 30 was not limited");
    // Windows are fixed and aligned to the clock, so up to twice the limit can pass across one.
    assert!(accepted <= 20, "{accepted} accepted");
    let stored = app
        .query_number(&format!("SELECT COUNT(*) FROM submissions WHERE title LIKE '{}%'", prefix.replace('\'', "''")));
    assert_eq!(stored, accepted, "every 201 is stored, and nothing else");
    // A retry of a submission that already got its receipt is never told to wait.
    let again = app.submit_with_key(&anonymous(&format!("{prefix} 0")), first_key).await;
    assert_eq!(again.status(), 201);
    assert_eq!(again.json::<SubmissionReceipt>().await.unwrap().tracking_number, first.tracking_number);
}

#[tokio::test]
async fn demo_data_loads_twice_without_duplicates_and_serves_receipts_with_responses() {
    let config = ServerConfig::fresh("demo", None);
    wrangler::migrate(&config).expect("migrate");
    let file = config.state_dir.join("demo.sql");
    std::fs::write(&file, xtask::demo::sql()).unwrap();
    wrangler::execute_sql_file(&config, &file).expect("first load");
    wrangler::execute_sql_file(&config, &file).expect("second load");
    let app = TestApp::for_server(&config);
    assert_eq!(app.query_number("SELECT COUNT(*) FROM submissions"), xtask::demo::COUNT as i64);
    // The demo accounts and their triage, twice: still one of each.
    for _ in 0..2 {
        wrangler::create_accounts(&config, &xtask::accounts::demo()).expect("demo accounts");
        let review = config.state_dir.join("demo-review.sql");
        std::fs::write(&review, xtask::demo::review_sql()).unwrap();
        wrangler::execute_sql_file(&config, &review).expect("demo triage");
    }
    assert_eq!(app.query_number("SELECT COUNT(*) FROM users"), 2);
    let tags = app.query_number("SELECT COUNT(*) FROM submission_tags");
    assert!(tags > 0);
    assert!(app.query_number("SELECT COUNT(*) FROM submissions WHERE assignee_id IS NOT NULL") > 0);
    assert_eq!(app.query_number("SELECT SUM(n) FROM status_counts"), xtask::demo::COUNT as i64, "trigger-kept counts");
    // The audit log is append-only: its triggers refuse changes to what is written.
    assert!(app.execute("INSERT INTO audit_log (at, action) VALUES (1, 'demo_check')").status.success());
    for sql in ["UPDATE audit_log SET action = 'x'", "DELETE FROM audit_log"] {
        let out = app.execute(sql);
        let said = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        assert!(!out.status.success() && said.contains("append-only"), "{sql} must be refused by the trigger: {said}");
    }
    let own = OwnServer { server: Some(Server::start(config.clone()).expect("start")), config };
    let app = own.app();
    let with_response = xtask::demo::records().into_iter().find(|r| r.response.is_some()).unwrap();
    let status: Value = app.receipt(with_response.tracking_number.as_str()).await.json().await.unwrap();
    let demo_admin = xtask::accounts::demo().remove(0);
    let s = app.sign_in(&demo_admin.email, &demo_admin.password).await;
    let page: Value = s.get_json("/api/v1/review/submissions?tag=seals").await;
    assert!(!page["items"].as_array().unwrap().is_empty(), "the demo admin signs in and finds tagged demo items");
    assert_eq!(status["public_response"]["text"], Value::String(with_response.response.unwrap().to_owned()));
    assert_eq!(status["status"], with_response.status.code());
}

fn reviewer(password: &str) -> Account {
    Account {
        email: "own-reviewer@example.gov".into(),
        name: "Own Reviewer".into(),
        role: Role::Reviewer,
        password: password.into(),
    }
}

#[tokio::test]
async fn sessions_end_after_the_idle_timeout_and_after_the_absolute_timeout() {
    let password = "own reviewer password";
    let own = OwnServer::start_with(
        "sessions",
        Some("test"),
        &[("SESSION_IDLE_SECONDS", "3"), ("SESSION_ABSOLUTE_SECONDS", "7")],
        &[reviewer(password)],
    );
    let app = own.app();
    // Idle: no request for longer than 3 s.
    let idle = app.sign_in("own-reviewer@example.gov", password).await;
    tokio::time::sleep(std::time::Duration::from_millis(4_000)).await;
    assert_eq!(idle.get("/api/v1/session").send().await.unwrap().status(), 401, "idle session ended");
    assert_eq!(idle.get("/api/v1/session").send().await.unwrap().status(), 401, "and stays ended");
    // Absolute: busy every second, still ended 7 s after sign-in.
    let busy = app.sign_in("own-reviewer@example.gov", password).await;
    let started = std::time::Instant::now();
    while started.elapsed() < std::time::Duration::from_millis(6_000) {
        assert_eq!(busy.get("/api/v1/session").send().await.unwrap().status(), 200, "an active session lives on");
        tokio::time::sleep(std::time::Duration::from_millis(1_000)).await;
    }
    tokio::time::sleep(std::time::Duration::from_millis(1_500)).await;
    assert_eq!(busy.get("/api/v1/session").send().await.unwrap().status(), 401, "absolute timeout");
    // A new sign-in clears every expired session from the table.
    let _fresh = app.sign_in("own-reviewer@example.gov", password).await;
    assert_eq!(app.query_number("SELECT COUNT(*) FROM sessions"), 1);
}

#[tokio::test]
async fn repeated_failed_sign_ins_are_throttled_per_account() {
    // Production limits: 5 attempts a minute per account.
    let password = "own reviewer password";
    let own = OwnServer::start_with("signin", None, &[], &[reviewer(password)]);
    let app = own.app();
    let mut throttled = None;
    for _ in 0..12 {
        let r = app.try_sign_in("own-reviewer@example.gov", "wrong password guess").await;
        if r.status() == 429 {
            throttled = Some(r);
            break;
        }
        assert_eq!(r.status(), 401);
    }
    let r = throttled.expect("throttled within 12 attempts (5 a minute, windows aligned to the clock)");
    assert!(r.headers().get("Retry-After").is_some());
    // While throttled even the right password waits: guessing gains nothing.
    assert_eq!(app.try_sign_in("own-reviewer@example.gov", password).await.status(), 429);
}
