//! Two-step verification for reviewers and admins (shared/docs/security.md, ASVS level 2):
//! a TOTP authenticator (RFC 6238) set up from a QR code, one-time recovery codes, a second
//! step at sign-in once set up, and an admin policy that requires it of everyone.

use serde::{Deserialize, Serialize};

/// `POST`: the second step of a sign-in, with the `SECOND_FACTOR_COOKIE` that the first step set.
pub const SECOND_FACTOR_PATH: &str = "/api/v1/session/second-factor";
/// `POST` starts setting up an authenticator (a new secret); `PUT` with a code from it
/// confirms it and answers the recovery codes.
pub const TOTP_PATH: &str = "/api/v1/session/totp";
/// `POST` with a current code: a new set of recovery codes (the old ones stop working).
pub const RECOVERY_CODES_PATH: &str = "/api/v1/session/totp/recovery-codes";
/// `GET`/`PUT` (admins): the sign-in policy.
pub const SECURITY_POLICY_PATH: &str = "/api/v1/admin/security";
/// Holds the pending sign-in between the password and the code. `__Host-` as for the session.
pub const SECOND_FACTOR_COOKIE: &str = "__Host-ctpat_second_factor";
/// A password-checked sign-in waits this long for its code.
pub const SECOND_FACTOR_SECONDS: u32 = 5 * 60;
/// Wrong codes one pending sign-in may try before the password must be given again.
pub const SECOND_FACTOR_ATTEMPTS: u32 = 5;
/// How many recovery codes a set holds.
pub const RECOVERY_CODE_COUNT: usize = 10;

/// Where an account stands with two-step verification.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TwoStepState {
    /// An authenticator is set up: every sign-in asks for a code.
    pub enrolled: bool,
    /// An admin requires two-step verification: until `enrolled`, this session may only set it up.
    pub required: bool,
}

/// `202` answer to a correct password when the account has two-step verification.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SecondFactorChallenge {
    /// Seconds left to give the code.
    pub expires_in: u32,
}

/// `POST SECOND_FACTOR_PATH`, `PUT TOTP_PATH`, `POST RECOVERY_CODES_PATH`: a six-digit code
/// from the authenticator, or (at sign-in only) one of the recovery codes.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CodeForm {
    pub code: String,
}

/// `201` answer to `POST TOTP_PATH`: the new secret, for a QR code or for typing in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TotpSetup {
    /// RFC 4648 base32, no padding.
    pub secret: String,
    /// `otpauth://totp/…` (Google Authenticator's key URI format): what the QR code holds.
    pub otpauth_uri: String,
}

/// The recovery codes, shown once: only their hashes are kept.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RecoveryCodes {
    pub codes: Vec<String>,
}

/// `GET`/`PUT SECURITY_POLICY_PATH`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SecurityPolicy {
    /// Every reviewer and admin must set up two-step verification.
    pub require_two_step: bool,
}
