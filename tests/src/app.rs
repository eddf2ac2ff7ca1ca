//! `TestApp`: the portal under test, with a method per endpoint (zero2prod style).

use reqwest::{Client, Method, RequestBuilder, Response};
use serde::de::DeserializeOwned;
use serde_json::{json, Value};
use shared::api::{IDEMPOTENCY_KEY_HEADER, RECEIPTS_PATH, SUBMISSIONS_PATH};
use xtask::wrangler::ServerConfig;

pub struct TestApp {
    pub url: String,
    pub http: Client,
    /// Where the server keeps its D1 state, for row counts that no public endpoint reveals.
    pub state: Option<ServerConfig>,
}

impl TestApp {
    /// The suite's shared server, started by `cargo xtask test`.
    pub fn shared() -> TestApp {
        let url = std::env::var("PORTAL_URL")
            .expect("run the black-box tests with `cargo xtask test` (PORTAL_URL is not set)");
        let state = std::env::var("PORTAL_STATE_DIR").ok().map(|dir| ServerConfig {
            port: 0,
            state_dir: dir.into(),
            wrangler_env: std::env::var("PORTAL_WRANGLER_ENV").ok(),
            vars: Vec::new(),
            show_output: false,
        });
        TestApp { url, http: Client::new(), state }
    }

    /// A client for a server a test started itself.
    pub fn for_server(config: &ServerConfig) -> TestApp {
        TestApp { url: config.url(), http: Client::new(), state: Some(config.clone()) }
    }

    pub fn post_json(&self, path: &str) -> RequestBuilder {
        self.http.post(format!("{}{path}", self.url)).header("Content-Type", "application/json")
    }

    pub async fn submit(&self, body: &Value) -> Response {
        self.post_json(SUBMISSIONS_PATH).body(body.to_string()).send().await.expect("POST submission")
    }

    pub async fn submit_with_key(&self, body: &Value, key: &str) -> Response {
        self.post_json(SUBMISSIONS_PATH)
            .header(IDEMPOTENCY_KEY_HEADER, key)
            .body(body.to_string())
            .send()
            .await
            .expect("POST submission")
    }

    /// Submits a form that must be accepted and returns its tracking number.
    pub async fn submit_ok(&self, body: &Value) -> String {
        tracking_number(self.submit(body).await).await
    }

    pub async fn receipt(&self, tracking_number: &str) -> Response {
        self.http.get(format!("{}{RECEIPTS_PATH}/{tracking_number}", self.url)).send().await.expect("GET receipt")
    }

    pub async fn get(&self, path: &str) -> Response {
        self.http.get(format!("{}{path}", self.url)).send().await.expect("GET")
    }

    /// Runs SQL on a server's D1 through wrangler (test instrumentation: row counts no public
    /// endpoint reveals). Only for a test's own server while it is idle: a second process on the
    /// SQLite file of a busy server makes the server's own writes fail. A run that meets a lock
    /// is retried.
    pub fn execute(&self, sql: &str) -> std::process::Output {
        xtask::wrangler::d1_execute(self.state.as_ref().expect("this server's state directory is known"), sql)
    }

    /// Runs a read-only query and returns the first column of the first row.
    pub fn query_number(&self, sql: &str) -> i64 {
        let out = self.execute(sql);
        assert!(out.status.success(), "wrangler d1 execute failed: {}", String::from_utf8_lossy(&out.stderr));
        let v: Value = serde_json::from_slice(&out.stdout).expect("wrangler --json output");
        let row = &v[0]["results"][0];
        row.as_object().and_then(|o| o.values().next()).and_then(Value::as_i64).expect("a number")
    }

    /// How many stored submissions have exactly this title, asked through the reviewer search as
    /// the test admin: the server's own connection, so the count never races its writes.
    pub async fn count_submissions_titled(&self, title: &str) -> usize {
        let admin = self.as_admin().await;
        let q = shared::url::encode_component(title);
        let page: Value = admin.get_json(&format!("/api/v1/review/submissions?q={q}&limit=200")).await;
        page["items"]
            .as_array()
            .expect("a queue page")
            .iter()
            .filter(|i| i["title"] == Value::String(title.to_owned()))
            .count()
    }
}

/// A unique marker so tests running in parallel on one server can find their own rows.
pub fn unique(label: &str) -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static N: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().subsec_nanos();
    format!("{label} {}-{nanos}", N.fetch_add(1, Ordering::Relaxed))
}

/// A word that exists only in this test's submissions, for search filters: `prefix` and digits.
pub fn search_word(prefix: &str) -> String {
    format!("{prefix}{}", unique("w").split_whitespace().last().unwrap().replace('-', "x"))
}

/// The tracking number of a submission the server accepted.
pub async fn tracking_number(r: Response) -> String {
    assert_eq!(r.status(), 201, "submission accepted");
    r.json::<Value>().await.unwrap()["tracking_number"].as_str().unwrap().to_owned()
}

/// A form the server refused: each field error's `(field, code)`, in order.
pub async fn field_codes(r: Response) -> Vec<(String, String)> {
    assert_eq!(r.status(), 400);
    let v: Value = r.json().await.unwrap();
    v["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["field"].as_str().unwrap().to_owned(), f["code"].as_str().unwrap().to_owned()))
        .collect()
}

/// A valid anonymous submission.
pub fn anonymous(title: &str) -> Value {
    json!({
        "submitter_kind": "anonymous",
        "entity_type": "highway_carrier_us_mexico",
        "ctpat_status": "tier_2",
        "topic": "validations",
        "title": title,
        "feedback": "Our revalidation took five months to produce a report.",
        "recommendation": "Set a target time for validation reports.",
        "may_publish": true
    })
}

/// A valid identified submission with every contact detail.
pub fn identified(title: &str) -> Value {
    json!({
        "submitter_kind": "organization",
        "name": "Ana Ruiz",
        "organization": "Ruiz Transportes SA de CV",
        "email": "ana.ruiz@example.com",
        "entity_type": "highway_carrier_us_mexico",
        "ctpat_status": "tier_3",
        "topic": "minimum_security_criteria",
        "msc_category": "6",
        "title": title,
        "feedback": "Seal verification steps differ by port of entry.",
        "may_publish": false
    })
}

/// Sending a request and reading its JSON body, the most common step of the suite.
pub trait ReadJson {
    /// Sends the request and reads the body as `T`, whatever the status (the test checks the
    /// body); a failure to send or to decode fails the test.
    fn read_json<T: DeserializeOwned>(self) -> impl std::future::Future<Output = T>;
}

impl ReadJson for RequestBuilder {
    async fn read_json<T: DeserializeOwned>(self) -> T {
        self.send().await.unwrap().json().await.unwrap()
    }
}

/// A signed-in reviewer or admin: the session cookie, sent by hand (reqwest's cookie store would
/// not send a `Secure` cookie over plain-HTTP loopback).
#[derive(Clone)]
pub struct Session {
    pub cookie: String,
    pub app_url: String,
    pub http: Client,
}

impl Session {
    /// A request to the portal with the session cookie.
    fn request(&self, method: Method, path: &str) -> RequestBuilder {
        self.http.request(method, format!("{}{path}", self.app_url)).header("Cookie", &self.cookie)
    }

    /// The same, with a JSON body.
    fn request_json(&self, method: Method, path: &str, body: &Value) -> RequestBuilder {
        self.request(method, path).header("Content-Type", "application/json").body(body.to_string())
    }

    pub fn get(&self, path: &str) -> RequestBuilder {
        self.request(Method::GET, path)
    }
    pub fn post(&self, path: &str, body: &Value) -> RequestBuilder {
        self.request_json(Method::POST, path, body)
    }
    pub fn patch(&self, path: &str, body: &Value) -> RequestBuilder {
        self.request_json(Method::PATCH, path, body)
    }
    pub fn put(&self, path: &str, body: &Value) -> RequestBuilder {
        self.request_json(Method::PUT, path, body)
    }
    pub fn delete(&self, path: &str) -> RequestBuilder {
        self.request(Method::DELETE, path)
    }

    /// A signed-in read, its body as `T`.
    pub async fn get_json<T: DeserializeOwned>(&self, path: &str) -> T {
        self.get(path).read_json().await
    }

    /// One submission as a reviewer sees it.
    pub async fn submission(&self, tracking_number: &str) -> Value {
        self.get_json(&format!("/api/v1/review/submissions/{tracking_number}")).await
    }

    /// Waits until the queue consumer has analysed every one of these submissions (language,
    /// near-duplicate cluster): a few seconds at most. Panics after 20 s.
    pub async fn analysed(&self, tracking_numbers: &[String]) {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        for tn in tracking_numbers {
            while self.submission(tn).await["analysed"] != Value::Bool(true) {
                assert!(std::time::Instant::now() < deadline, "{tn} was not analysed within 20 s");
                tokio::time::sleep(std::time::Duration::from_millis(200)).await;
            }
        }
    }

    /// Publishes (or re-publishes) a submission's public version.
    pub async fn publish(&self, tracking_number: &str, body: &Value) -> Response {
        self.put(&format!("/api/v1/review/submissions/{tracking_number}/publication"), body).send().await.unwrap()
    }
}

/// `email:password` of an account `cargo xtask test` created (`PORTAL_ADMIN`, `PORTAL_REVIEWER`).
pub fn credentials(var: &str) -> (String, String) {
    let v = std::env::var(var).unwrap_or_else(|_| panic!("{var} is set by `cargo xtask test`"));
    let (e, p) = v.split_once(':').expect("email:password");
    (e.to_owned(), p.to_owned())
}

impl TestApp {
    pub async fn try_sign_in(&self, email: &str, password: &str) -> Response {
        self.post_json(shared::api::review::SESSION_PATH)
            .body(json!({"email": email, "password": password}).to_string())
            .send()
            .await
            .expect("POST session")
    }

    pub async fn sign_in(&self, email: &str, password: &str) -> Session {
        let r = self.try_sign_in(email, password).await;
        assert_eq!(r.status(), 200, "sign in as {email}");
        let set = r.headers().get("Set-Cookie").expect("a session cookie").to_str().unwrap().to_owned();
        for attr in ["HttpOnly", "Secure", "SameSite=Strict", "Path=/"] {
            assert!(set.contains(attr), "the session cookie is {attr}: {set}");
        }
        let cookie = set.split(';').next().unwrap().to_owned();
        assert!(cookie.starts_with("__Host-"), "{cookie}");
        Session { cookie, app_url: self.url.clone(), http: self.http.clone() }
    }

    pub async fn as_admin(&self) -> Session {
        let (e, p) = credentials("PORTAL_ADMIN");
        self.sign_in(&e, &p).await
    }

    pub async fn as_reviewer(&self) -> Session {
        let (e, p) = credentials("PORTAL_REVIEWER");
        self.sign_in(&e, &p).await
    }
}

impl TestApp {
    /// Uploads one file as the browser does: the raw bytes, the name in the query string.
    pub async fn upload(&self, name: &str, bytes: Vec<u8>) -> Response {
        self.http
            .post(format!(
                "{}{}?name={}",
                self.url,
                shared::api::public::ATTACHMENTS_PATH,
                shared::url::encode_component(name)
            ))
            .header("Content-Type", "application/octet-stream")
            .body(bytes)
            .send()
            .await
            .expect("POST attachment")
    }

    /// Uploads a file that must be accepted and returns its id.
    pub async fn upload_ok(&self, name: &str, bytes: Vec<u8>) -> String {
        let r = self.upload(name, bytes).await;
        assert_eq!(r.status(), 201, "upload {name}");
        let v: Value = r.json().await.unwrap();
        v["id"].as_str().unwrap().to_owned()
    }
}

/// A consultation form open from `opens` to `closes` (dates `YYYY-MM-DD`).
pub fn consultation(title: &str, opens: &str, closes: &str, late_allowed: bool) -> Value {
    json!({
        "title": title,
        "question": "How long do your validations take, from notice to report?",
        "background": "COAC asked CBP to standardize validations.",
        "topic": "validations",
        "opens_on": opens,
        "closes_on": closes,
        "late_allowed": late_allowed
    })
}

/// A date `days` from today (UTC), `YYYY-MM-DD`.
pub fn day(days: i64) -> String {
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_millis() as i64;
    shared::time::Timestamp(now).plus_days(days).date_string()
}

impl Session {
    /// Opens a consultation (admin) and returns its id.
    pub async fn open_consultation(&self, body: &Value) -> i64 {
        let r = self.post(shared::api::public::ADMIN_CONSULTATIONS_PATH, body).send().await.unwrap();
        assert_eq!(r.status(), 201, "open consultation");
        let v: Value = r.json().await.unwrap();
        v["id"].as_i64().unwrap()
    }
}
