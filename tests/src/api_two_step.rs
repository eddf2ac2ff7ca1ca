//! Two-step verification (TOTP, RFC 6238) for reviewers and admins: setting it up, the second
//! step at sign-in, recovery codes, replay and guessing limits, and the admins' policy.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use reqwest::Response;
use serde_json::{json, Value};
use shared::api::mfa::{
    RecoveryCodes, TotpSetup, RECOVERY_CODES_PATH, SECOND_FACTOR_PATH, SECURITY_POLICY_PATH, TOTP_PATH,
};
use shared::totp;
use shared::workflow::Role;
use xtask::accounts::Account;

use crate::api_servers::OwnServer;
use crate::app::{unique, Session, TestApp};

fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs()
}

/// The code for the step after `step`: accepted now if `step` is the current one (one step of
/// drift is allowed), and always later than `step`, so it is never a replay.
fn code_for_step(secret: &[u8], step: u64) -> String {
    totp::code_at(secret, step * totp::STEP_SECONDS)
}

/// Sleeps until the clock is in `step` or later.
async fn wait_for_step(step: u64) {
    let at = step * totp::STEP_SECONDS;
    let now = now();
    if now < at {
        tokio::time::sleep(Duration::from_secs(at - now) + Duration::from_millis(200)).await;
    }
}

/// A new account of `role` (no authenticator yet), signed in: its email, password and session.
async fn signed_in_new_account(app: &TestApp, admin: &Session, role: &str) -> (String, String, Session) {
    let email = format!("{}@example.gov", unique("twostep").replace([' ', ':'], "-").to_lowercase());
    let password = "two step test password 9".to_owned();
    let r = admin
        .post("/api/v1/admin/users", &json!({"name": "Two Step", "email": email, "role": role, "password": password}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201, "{:?}", r.text().await);
    let s = app.sign_in(&email, &password).await;
    (email, password, s)
}

/// Sets up an authenticator for the session's account; the secret and the step used.
async fn enrol(s: &Session) -> (Vec<u8>, u64, RecoveryCodes) {
    let r = s.post(TOTP_PATH, &json!({})).send().await.unwrap();
    assert_eq!(r.status(), 201);
    let setup: TotpSetup = r.json().await.unwrap();
    let secret = totp::decode_base32(&setup.secret).expect("base32 secret");
    assert_eq!(secret.len(), totp::SECRET_BYTES);
    let step = totp::step_at(now());
    let r = s.put(TOTP_PATH, &json!({"code": code_for_step(&secret, step)})).send().await.unwrap();
    assert_eq!(r.status(), 200);
    (secret, step, r.json().await.unwrap())
}

fn cookie_named<'a>(r: &'a Response, name: &str) -> Option<&'a str> {
    r.headers().get_all("Set-Cookie").iter().filter_map(|v| v.to_str().ok()).find(|c| c.starts_with(name))
}

/// Password step: must be a 202 with the pending sign-in's cookie and no session.
async fn password_step(app: &TestApp, email: &str, password: &str) -> String {
    let r = app.try_sign_in(email, password).await;
    assert_eq!(r.status(), 202, "an account with an authenticator is asked for a code");
    assert!(cookie_named(&r, "__Host-ctpat_session").is_none(), "no session before the code");
    let set = cookie_named(&r, "__Host-ctpat_second_factor").expect("the pending sign-in's cookie").to_owned();
    for attr in ["HttpOnly", "Secure", "SameSite=Strict", "Path=/", "Max-Age=300"] {
        assert!(set.contains(attr), "{attr}: {set}");
    }
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["expires_in"], 300);
    set.split(';').next().unwrap().to_owned()
}

async fn second_step(app: &TestApp, pending: &str, code: &str) -> Response {
    app.post_json(SECOND_FACTOR_PATH)
        .header("Cookie", pending)
        .body(json!({ "code": code }).to_string())
        .send()
        .await
        .unwrap()
}

fn session_from(app: &TestApp, r: &Response) -> Session {
    let cookie = cookie_named(r, "__Host-ctpat_session").expect("a session cookie").split(';').next().unwrap();
    Session { cookie: cookie.to_owned(), app_url: app.url.clone(), http: app.http.clone() }
}

async fn field_error(r: Response) -> Value {
    assert_eq!(r.status(), 400);
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["code"], "validation_failed");
    assert_eq!(body["fields"][0]["field"], "code", "{body}");
    body
}

#[tokio::test]
async fn an_authenticator_once_set_up_is_asked_for_at_every_sign_in() {
    let app = TestApp::shared();
    let admin = app.as_admin().await;
    let (email, password, s) = signed_in_new_account(&app, &admin, "reviewer").await;
    let me: Value = s.get_json("/api/v1/session").await;
    assert_eq!(me["two_step"], json!({"enrolled": false, "required": false}));

    // Confirming before starting, and a wrong or malformed first code, are refused.
    assert_eq!(s.put(TOTP_PATH, &json!({"code": "123456"})).send().await.unwrap().status(), 409);
    let r = s.post(TOTP_PATH, &json!({})).send().await.unwrap();
    let setup: TotpSetup = r.json().await.unwrap();
    assert!(setup.otpauth_uri.starts_with("otpauth://totp/CTPAT%20Feedback%20Portal%3A"), "{}", setup.otpauth_uri);
    assert!(setup.otpauth_uri.contains(&format!("secret={}", setup.secret)));
    let secret = totp::decode_base32(&setup.secret).unwrap();
    let wrong = if totp::code_at(&secret, now()) == "000000" { "111111" } else { "000000" };
    field_error(s.put(TOTP_PATH, &json!({"code": wrong})).send().await.unwrap()).await;
    field_error(s.put(TOTP_PATH, &json!({"code": "not a code"})).send().await.unwrap()).await;
    assert_eq!(s.put(TOTP_PATH, &json!({"code": 123456})).send().await.unwrap().status(), 400, "wrong type");

    let enrolled_at = totp::step_at(now());
    let r = s.put(TOTP_PATH, &json!({"code": totp::code_at(&secret, now())})).send().await.unwrap();
    assert_eq!(r.status(), 200);
    let recovery: RecoveryCodes = r.json().await.unwrap();
    assert_eq!(recovery.codes.len(), 10);
    let mut distinct = recovery.codes.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!(distinct.len(), 10, "recovery codes are distinct");
    assert_eq!(s.post(TOTP_PATH, &json!({})).send().await.unwrap().status(), 409, "already on");
    let me: Value = s.get_json("/api/v1/session").await;
    assert_eq!(me["two_step"]["enrolled"], true);

    // The second step: no cookie, a malformed code, a replayed code are all refused.
    let pending = password_step(&app, &email, &password).await;
    assert_eq!(app.post_json(SECOND_FACTOR_PATH).body(r#"{"code":"123456"}"#).send().await.unwrap().status(), 401);
    field_error(second_step(&app, &pending, "12345").await).await;
    let replay = code_for_step(&secret, enrolled_at);
    field_error(second_step(&app, &pending, &replay).await).await;
    // The next step's code is right (one step of drift) and later than the last one used.
    let r = second_step(&app, &pending, &code_for_step(&secret, enrolled_at + 1)).await;
    assert_eq!(r.status(), 200);
    assert!(cookie_named(&r, "__Host-ctpat_second_factor").unwrap().contains("Max-Age=0"), "cleared");
    let signed_in = session_from(&app, &r);
    let me: Value = r.json().await.unwrap();
    assert_eq!(me["user"]["email"], email.as_str());
    assert_eq!(signed_in.get("/api/v1/review/submissions").send().await.unwrap().status(), 200);
    assert_eq!(
        second_step(&app, &pending, &code_for_step(&secret, enrolled_at + 2)).await.status(),
        401,
        "a finished sign-in cannot be finished twice"
    );

    // A recovery code works once, in any case and with or without its dash.
    let pending = password_step(&app, &email, &password).await;
    let r = second_step(&app, &pending, &recovery.codes[0].to_uppercase().replace('-', " ")).await;
    assert_eq!(r.status(), 200);
    let pending = password_step(&app, &email, &password).await;
    field_error(second_step(&app, &pending, &recovery.codes[0]).await).await;
    assert_eq!(second_step(&app, &pending, &recovery.codes[1]).await.status(), 200);

    // New recovery codes need a current code; the old ones stop working.
    wait_for_step(enrolled_at + 1).await;
    let r = signed_in
        .post(RECOVERY_CODES_PATH, &json!({"code": code_for_step(&secret, enrolled_at + 2)}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let fresh: RecoveryCodes = r.json().await.unwrap();
    assert!(fresh.codes.iter().all(|c| !recovery.codes.contains(c)));
    let pending = password_step(&app, &email, &password).await;
    field_error(second_step(&app, &pending, &recovery.codes[2]).await).await;
    assert_eq!(second_step(&app, &pending, &fresh.codes[0]).await.status(), 200);

    // The audit log tells how each sign-in was finished.
    let log: Value = admin.get_json("/api/v1/admin/audit?action=sign_in").await;
    let details: Vec<&str> = log["entries"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["actor"] == email.as_str())
        .filter_map(|e| e["detail"].as_str())
        .collect();
    assert!(details.contains(&"two-step: authenticator app") && details.contains(&"two-step: recovery code"));
}

#[tokio::test]
async fn five_wrong_codes_end_the_pending_sign_in() {
    let app = TestApp::shared();
    let admin = app.as_admin().await;
    let (email, password, s) = signed_in_new_account(&app, &admin, "reviewer").await;
    let (secret, step, _) = enrol(&s).await;
    let pending = password_step(&app, &email, &password).await;
    let right = code_for_step(&secret, step + 1);
    let wrong = if right == "999999" { "999998" } else { "999999" };
    for _ in 0..4 {
        field_error(second_step(&app, &pending, wrong).await).await;
    }
    let r = second_step(&app, &pending, wrong).await;
    assert_eq!(r.status(), 401, "the fifth wrong code ends it");
    assert!(r.text().await.unwrap().contains("Sign in again"));
    assert_eq!(second_step(&app, &pending, &right).await.status(), 401, "even the right code is too late");
    let log: Value = admin.get_json("/api/v1/admin/audit?action=second_factor_failed").await;
    assert!(log["entries"].as_array().unwrap().iter().filter(|e| e["actor"] == email.as_str()).count() >= 5);
}

#[tokio::test]
async fn admins_can_require_two_step_verification_and_reset_it() {
    // The policy applies to everyone: a server of its own, so other tests' sessions are not held.
    let admin_account = Account {
        email: "policy-admin@example.gov".into(),
        name: "Policy Admin".into(),
        role: Role::Admin,
        password: "policy admin password".into(),
    };
    let reviewer_account = Account {
        email: "policy-reviewer@example.gov".into(),
        name: "Policy Reviewer".into(),
        role: Role::Reviewer,
        password: "policy reviewer password".into(),
    };
    let own = OwnServer::start_with("two-step", Some("test"), &[], &[admin_account.clone(), reviewer_account.clone()]);
    let app = own.app();
    let admin = app.sign_in(&admin_account.email, &admin_account.password).await;
    let reviewer = app.sign_in(&reviewer_account.email, &reviewer_account.password).await;
    let policy: Value = admin.get_json(SECURITY_POLICY_PATH).await;
    assert_eq!(policy, json!({"require_two_step": false}));
    assert_eq!(
        reviewer.put(SECURITY_POLICY_PATH, &json!({"require_two_step": true})).send().await.unwrap().status(),
        403,
        "reviewers cannot change the policy"
    );
    let r = admin.put(SECURITY_POLICY_PATH, &json!({"require_two_step": true})).send().await.unwrap();
    assert_eq!(r.status(), 200);

    // Sessions without a second factor are held to setting it up, from their next request.
    let r = reviewer.get("/api/v1/review/submissions").send().await.unwrap();
    assert_eq!(r.status(), 403);
    assert_eq!(r.json::<Value>().await.unwrap()["code"], "two_step_required");
    let me: Value = reviewer.get_json("/api/v1/session").await;
    assert_eq!(me["two_step"], json!({"enrolled": false, "required": true}));
    assert_eq!(admin.get("/api/v1/admin/users").send().await.unwrap().status(), 403, "admins too");
    enrol(&reviewer).await;
    let (admin_secret, _, _) = enrol(&admin).await;
    assert_eq!(reviewer.get("/api/v1/review/submissions").send().await.unwrap().status(), 200);

    // A lost phone: the admin resets it; the reviewer's sessions end and setup starts again.
    let users: Vec<Value> = admin.get_json("/api/v1/admin/users").await;
    let row = users.iter().find(|u| u["email"] == reviewer_account.email.as_str()).unwrap();
    assert_eq!(row["two_step"], true);
    let id = row["id"].as_i64().unwrap();
    let r = admin.patch(&format!("/api/v1/admin/users/{id}"), &json!({"reset_two_step": true})).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.json::<Value>().await.unwrap()["two_step"], false);
    assert_eq!(reviewer.get("/api/v1/session").send().await.unwrap().status(), 401, "sessions ended");
    let again = app.sign_in(&reviewer_account.email, &reviewer_account.password).await;
    let me: Value = again.get_json("/api/v1/session").await;
    assert_eq!(me["two_step"], json!({"enrolled": false, "required": true}));
    assert_eq!(again.get("/api/v1/review/submissions").send().await.unwrap().status(), 403);

    let log: Value = admin.get_json("/api/v1/admin/audit").await;
    let actions: Vec<&str> = log["entries"].as_array().unwrap().iter().filter_map(|e| e["action"].as_str()).collect();
    for action in ["two_step_policy", "two_step_enabled", "change_user"] {
        assert!(actions.contains(&action), "{action} in {actions:?}");
    }

    // At rest the secret is sealed (AES-256-GCM under TOTP_KEY): the table alone gives no codes.
    let rows = xtask::wrangler::query(
        &own.config,
        &format!("SELECT totp_secret FROM users WHERE email = '{}'", admin_account.email),
    )
    .expect("read the users table");
    let stored = rows[0]["totp_secret"].as_str().expect("a stored secret").to_owned();
    let hex: String = admin_secret.iter().map(|b| format!("{b:02x}")).collect();
    assert!(stored.starts_with("v1:"), "{stored}");
    assert!(!stored.contains(&totp::encode_base32(&admin_secret)) && !stored.contains(&hex), "{stored}");
}
