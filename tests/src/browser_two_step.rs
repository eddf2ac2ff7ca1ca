//! Two-step verification in headless Chromium: a fresh reviewer sets up an authenticator from
//! the "Two-step verification" page (the test plays the app: it reads the key shown for typing
//! in and computes the codes), then signs in with a code and with a recovery code.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use fantoccini::Locator;
use serde_json::{json, Value};

use crate::app::{unique, TestApp};
use crate::browser::Browser;

/// TOTP's time step (RFC 6238 default, what the worker uses).
const STEP: u64 = 30;
/// A code is typed and sent within this many seconds; closer to the end of its step, wait for
/// the next step instead, so the code is still current when the server checks it.
const MARGIN: u64 = 6;

fn unix_seconds() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs()
}

/// A current code that the server has not seen: replay protection refuses a second use of a
/// time step, so after `used` (the step of the last accepted code) wait for a later step, and
/// never hand out a code about to expire. Records the step it hands out in `used`.
async fn fresh_code(secret: &[u8], used: &mut Option<u64>) -> String {
    loop {
        let now = unix_seconds();
        let step = now / STEP;
        let left = STEP - now % STEP;
        if used.is_none_or(|u| step > u) && left > MARGIN {
            *used = Some(step);
            return shared::totp::code_at(secret, now);
        }
        tokio::time::sleep(Duration::from_secs(left) + Duration::from_millis(200)).await;
    }
}

/// A code that is certainly not the current one (one digit changed).
fn wrong(code: &str) -> String {
    let mut digits: Vec<char> = code.chars().collect();
    digits[0] = if digits[0] == '9' { '0' } else { char::from(digits[0] as u8 + 1) };
    digits.into_iter().collect()
}

/// After the password, the same page asks for a code, and the focus is on its new heading.
async fn expect_code_step(b: &Browser) {
    b.wait_for_text("Enter your verification code").await;
    assert_eq!(b.text_of("main h1").await, "Enter your verification code");
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    while b.focused().await.0 != "sign-in-heading" {
        assert!(std::time::Instant::now() < deadline, "the focus moves to the new heading: {:?}", b.focused().await);
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn a_reviewer_sets_up_an_authenticator_and_signs_in_with_a_code_and_with_a_recovery_code() {
    let app = TestApp::shared();
    let admin = app.as_admin().await;
    let email = format!("{}@example.gov", unique("twostep").split_whitespace().last().unwrap());
    let name = unique("Tess Twostep");
    let password = "a temporary password for two-step";
    let created = admin
        .post(
            shared::api::review::USERS_PATH,
            &json!({"name": name, "email": email, "role": "reviewer", "password": password}),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(created.status(), 201, "create the reviewer");

    let b = Browser::opened(&app.url, "/review/sign-in").await;
    b.sign_in_with(&email, password).await;
    b.wait_for_text("Filter submissions").await;

    // Set up the authenticator.
    b.click_link_and_see("Two-step verification", "Two-step verification is off.").await;
    assert_eq!(b.path().await, "/review/two-step");
    b.assert_accessible("two-step verification, not set up").await;
    b.click_button_and_see("Set up an authenticator app", "Can't scan? Enter this key:").await;
    let qr = b.wait_for_css("svg[role='img'][aria-label='QR code for your authenticator app']").await;
    let modules = qr.find_all(Locator::Css("rect")).await.unwrap().len();
    assert!(modules > 20, "the QR code is drawn ({modules} rects)");
    let shown = b.text_of("#totp-secret").await;
    assert!(shown.split_whitespace().all(|group| group.len() <= 4), "the key is in groups of 4: {shown}");
    let secret = shared::totp::decode_base32(&shown.split_whitespace().collect::<String>())
        .unwrap_or_else(|| panic!("the key shown is base32: {shown}"));
    b.assert_accessible("setting up an authenticator").await;

    let mut used = None;
    b.fill("Code from the app", &fresh_code(&secret, &mut used).await).await;
    b.click_button_and_see("Turn on two-step verification", "Your recovery codes").await;
    b.wait_for_text("Two-step verification is on.").await;
    let mut codes = Vec::new();
    for item in b.client.find_all(Locator::Css("#recovery-codes li")).await.unwrap() {
        codes.push(item.text().await.unwrap().trim().to_owned());
    }
    assert_eq!(codes.len(), shared::api::mfa::RECOVERY_CODE_COUNT, "the recovery codes: {codes:?}");
    b.assert_accessible("the recovery codes").await;

    // Signing in now takes a code: a wrong one first, then the right one.
    b.click_button_and_see("Sign out", "Reviewer sign in").await;
    b.sign_in_with(&email, password).await;
    expect_code_step(&b).await;
    b.assert_accessible("the verification code step").await;
    let not_the_code = wrong(&shared::totp::code_at(&secret, unix_seconds()));
    b.fill("Verification code", &not_the_code).await;
    b.click_button_and_see("Verify", "There is a problem").await;
    let field_error = b.text_of("#code-error").await;
    assert!(field_error.contains("That code did not work"), "the field says what is wrong: {field_error}");
    b.assert_accessible("a wrong verification code").await;
    b.fill("Verification code", &fresh_code(&secret, &mut used).await).await;
    b.click_button_and_see("Verify", "Filter submissions").await;
    assert_eq!(b.path().await, "/review");

    // And with a recovery code instead of the app.
    b.click_button_and_see("Sign out", "Reviewer sign in").await;
    b.sign_in_with(&email, password).await;
    expect_code_step(&b).await;
    b.fill("Verification code", &codes[0]).await;
    b.click_button_and_see("Verify", "Filter submissions").await;
    b.click_link_and_see("Two-step verification", "Two-step verification is on.").await;
    b.wait_for_text("Get new recovery codes").await;
    b.assert_accessible("two-step verification, set up").await;

    // An admin sees it on in the users list and resets it (a lost phone), asked twice.
    b.click_button_and_see("Sign out", "Reviewer sign in").await;
    b.sign_in_with_account("PORTAL_ADMIN").await;
    b.wait_for_text("Filter submissions").await;
    b.click_link_and_see("Users", "Sign-in policy").await;
    b.wait_for_text("Require two-step verification for every reviewer and admin").await;
    let row = format!("//tr[th[normalize-space(.)='{name}']]");
    let two_step_cell = b.client.wait().for_element(Locator::XPath(&format!("{row}/td[4]"))).await.unwrap();
    assert_eq!(two_step_cell.text().await.unwrap().trim(), "On");
    b.assert_accessible("the users page with two-step verification").await;
    let reset = format!("{row}//button[normalize-space(.)='Reset two-step']");
    b.client.wait().for_element(Locator::XPath(&reset)).await.unwrap().click().await.unwrap();
    b.wait_for_text(&format!("Reset two-step verification for {name}?")).await;
    b.assert_accessible("the reset question").await;
    b.click_button_and_see("Yes, reset two-step", &format!("Reset two-step verification for {name}.")).await;
    let two_step_cell = b.client.find(Locator::XPath(&format!("{row}/td[4]"))).await.unwrap();
    assert_eq!(two_step_cell.text().await.unwrap().trim(), "Off");
    b.close().await;

    let users: Vec<Value> = admin.get_json(shared::api::review::USERS_PATH).await;
    let account = users.iter().find(|u| u["email"] == json!(email)).expect("the new account is listed");
    assert_eq!(account["two_step"], json!(false), "reset: two-step verification is off");
    assert_eq!(app.try_sign_in(&email, password).await.status(), 200, "reset: the password alone signs in");
}
