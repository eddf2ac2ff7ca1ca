//! Two-step verification's calls (`shared::api::mfa`), as more methods of the signed-in types:
//! a [`Reviewer`] sets up an authenticator for their own account, an [`Admin`] sets the sign-in
//! policy and resets another account's authenticator. The two steps of signing in are
//! `review::sign_in` and `review::second_factor`, the only other ways to get a `Reviewer`.

use gloo_net::http::Request;
use shared::api::mfa::{CodeForm, RecoveryCodes, SecurityPolicy, TotpSetup};
use shared::api::review::{UserAccount, UserChange};
use shared::api::routes::Operation as O;

use super::review::{send, send_json, Admin, Reviewer};
use super::{check, Failure};

fn code_form(code: &str) -> CodeForm {
    CodeForm { code: code.to_owned() }
}

impl Reviewer {
    /// A new secret for an authenticator app, not in use until [`Reviewer::confirm_totp`].
    /// `409 conflict` when this account already has one.
    pub async fn start_totp(&self) -> Result<TotpSetup, Failure> {
        send_json(Request::post(&O::StartTotpSetup.url(&[])), &serde_json::json!({})).await
    }

    /// Turns two-step verification on with a code the app shows for the new secret; answers the
    /// recovery codes, shown once. A wrong code is a `400` on the field `code`.
    pub async fn confirm_totp(&self, code: &str) -> Result<RecoveryCodes, Failure> {
        send_json(Request::put(&O::ConfirmTotpSetup.url(&[])), &code_form(code)).await
    }

    /// A new set of recovery codes for a current code from the app; the old set stops working.
    pub async fn new_recovery_codes(&self, code: &str) -> Result<RecoveryCodes, Failure> {
        send_json(Request::post(&O::RenewRecoveryCodes.url(&[])), &code_form(code)).await
    }
}

impl Admin {
    pub async fn security_policy(&self) -> Result<SecurityPolicy, Failure> {
        send(Request::get(&O::GetSecurityPolicy.url(&[]))).await
    }

    /// Saves the policy; answers it as saved (the one sent, if the server answers no body).
    pub async fn set_security_policy(&self, policy: &SecurityPolicy) -> Result<SecurityPolicy, Failure> {
        let request = Request::put(&O::SetSecurityPolicy.url(&[])).json(policy).map_err(|_| Failure::Server)?;
        let response = check(request.send().await.map_err(|_| Failure::Network)?).await?;
        if response.status() == 204 {
            return Ok(*policy);
        }
        response.json().await.map_err(|_| Failure::Server)
    }

    /// Removes the account's authenticator and recovery codes (a lost phone) and ends its
    /// sessions; it sets two-step verification up again at its next sign-in.
    pub async fn reset_two_step(&self, id: i64) -> Result<UserAccount, Failure> {
        self.change_user(id, &UserChange { reset_two_step: Some(true), ..Default::default() }).await
    }
}
