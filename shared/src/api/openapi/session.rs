//! Signing in and out, and two-step verification. These routes check the session only (not the
//! admins' two-step policy), so an account held to setting it up can still reach them.
#![allow(dead_code)] // Declarations only: utoipa reads the attributes, nothing calls the functions.

use super::responses::RateLimited;
use crate::api::mfa::{CodeForm, RecoveryCodes, SecondFactorChallenge, TotpSetup};
use crate::api::review::{SessionView, SignIn};
use crate::api::ApiError;

operations! {
    /// Who is signed in, and where the account stands with two-step verification.
    get GetSession {
        responses((status = 200, description = "The session's account.", body = SessionView)),
    }

    /// Sign in with an email address and a password.
    ///
    /// An account without two-step verification gets its session at once (200). An account with it
    /// gets a pending sign-in (202) to finish with a code at `POST /api/v1/session/second-factor`.
    post SignIn {
        request_body(content = SignIn, example = super::examples::sign_in),
        responses(
            (status = 200, description = "Signed in.", body = SessionView,
             headers(("Set-Cookie" = String, description = "The session: `__Host-ctpat_session=…; Path=/; Secure; HttpOnly; SameSite=Strict`."))),
            (status = 202, description = "The password is right; the account has two-step verification: send a code within `expires_in` seconds.",
             body = SecondFactorChallenge,
             headers(("Set-Cookie" = String, description = "The pending sign-in: `__Host-ctpat_second_factor=…; Path=/; Secure; HttpOnly; SameSite=Strict; Max-Age=300`."))),
            (status = 401, description = "`invalid_credentials`: the email address or the password is not right (one answer for both), or the account is disabled.", body = ApiError),
            (status = 429, description = "`rate_limited`: too many sign-in attempts from this address or for this account.", body = ApiError,
             headers(("Retry-After" = String, description = "Seconds to wait."))),
        ),
    }

    /// Sign out: the session ends on the server and the cookie is cleared.
    delete SignOut {
        responses(
            (status = 204, description = "Signed out.",
             headers(("Set-Cookie" = String, description = "Clears the session cookie (`Max-Age=0`)."))),
        ),
    }

    /// The second step of a sign-in: a code from the authenticator app, or a recovery code.
    post CompleteSignIn {
        request_body(content = CodeForm, description = "Six digits (spaces ignored), or a recovery code (`abcde-fghij`).", example = super::examples::code),
        responses(
            (status = 200, description = "Signed in.", body = SessionView,
             headers(("Set-Cookie" = String, description = "The session cookie; a second `Set-Cookie` clears the pending sign-in."))),
            (status = 400, description = "`malformed_json`, or `validation_failed` on `code`: the code is not right (each wrong code counts; the fifth ends the pending sign-in).", body = ApiError),
            (status = 401, description = "`unauthorized`: no pending sign-in (no cookie, older than 5 minutes, too many wrong codes, or the account was disabled): sign in again.", body = ApiError),
            (status = 429, response = RateLimited),
        ),
    }

    /// Start setting up an authenticator app: a new secret (replacing one not yet confirmed).
    post StartTotpSetup {
        responses(
            (status = 201, description = "The secret, and the `otpauth://` URI a QR code holds.", body = TotpSetup),
            (status = 409, description = "`conflict`: two-step verification is already on (an admin can reset it).", body = ApiError),
        ),
    }

    /// Confirm the authenticator with its first code: two-step verification is on.
    put ConfirmTotpSetup {
        request_body(content = CodeForm, description = "The six digits the app shows now.", example = super::examples::code),
        responses(
            (status = 200, description = "On. The recovery codes, shown this once.", body = RecoveryCodes),
            (status = 400, description = "`malformed_json`, or `validation_failed` on `code`: not six digits, or not the app's current code.", body = ApiError),
            (status = 409, description = "`conflict`: no setup was started, or two-step verification is already on.", body = ApiError),
        ),
    }

    /// A new set of recovery codes (the old ones stop working), for a current code.
    post RenewRecoveryCodes {
        request_body(content = CodeForm, description = "The six digits the app shows now.", example = super::examples::code),
        responses(
            (status = 200, description = "The new recovery codes, shown this once.", body = RecoveryCodes),
            (status = 400, description = "`malformed_json`, or `validation_failed` on `code`: not six digits, or not a current unused code.", body = ApiError),
            (status = 409, description = "`conflict`: two-step verification is not on.", body = ApiError),
        ),
    }
}
