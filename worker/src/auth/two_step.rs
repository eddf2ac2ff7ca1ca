//! Two-step verification (shared::totp): the second step of a sign-in, setting up an
//! authenticator, recovery codes, and the admins' policy that requires it of everyone.
//!
//! A sign-in with a right password and an authenticator gets a short-lived challenge (only its
//! hash in D1, the token in a `__Host-` cookie) instead of a session; the code then turns the
//! challenge into a session. Wrong codes count against the challenge and the account's sign-in
//! limiter, and a code is accepted once (its step is recorded with a conditional update).

use shared::api::mfa::{
    CodeForm, RecoveryCodes, SecurityPolicy, TotpSetup, TwoStepState, RECOVERY_CODE_COUNT, SECOND_FACTOR_ATTEMPTS,
    SECOND_FACTOR_COOKIE, SECOND_FACTOR_SECONDS,
};
use shared::api::review::{SessionView, UserRef};
use shared::api::{ApiError, ErrorCode, FieldMessage};
use shared::totp::{self, sealed, Code};
use shared::workflow::Role;
use worker::{D1Database, D1PreparedStatement, Env, Request, Response};

use super::api::{cookie, start_session};
use super::{cookie_value, require, signed_in, store, Reviewer};
use crate::audit::{self, Actor};
use crate::error::AppError;
use crate::http::{client_ip, json, read_json, require_same_origin};
use crate::{clock, random};

/// What the QR code names as the account's issuer in the authenticator app.
const ISSUER: &str = "CTPAT Feedback Portal";

fn code_error(message: &str) -> AppError {
    let mut error = ApiError::new(ErrorCode::ValidationFailed, "There is a problem");
    error.fields.push(FieldMessage {
        field: "code".into(),
        code: "incorrect".into(),
        message: message.into(),
        problem: None,
    });
    error.into()
}

fn wrong_code() -> AppError {
    code_error(
        "The verification code is not right. Enter the newest code from your authenticator app, or a recovery code.",
    )
}

fn now_seconds() -> u64 {
    (clock::now().0 / 1000).max(0) as u64
}

/// The key that seals authenticator secrets in D1: the `TOTP_KEY` secret (64 hex digits; see
/// README, "Reviewer accounts"). Without it two-step verification cannot work: a logged 500.
fn key(env: &Env) -> Result<[u8; 32], AppError> {
    let raw = env
        .secret("TOTP_KEY")
        .map(|s| s.to_string())
        .map_err(|_| AppError::internal("the TOTP_KEY secret is not set: `npx wrangler secret put TOTP_KEY`"))?;
    sealed::parse_key(&raw).ok_or_else(|| AppError::internal("TOTP_KEY is not 64 hex digits"))
}

/// An account's stored (sealed) secret, opened.
fn open_secret(env: &Env, user_id: i64, stored: &str) -> Result<Vec<u8>, AppError> {
    sealed::open(&key(env)?, user_id, stored)
        .ok_or_else(|| AppError::internal(format!("the TOTP secret of account {user_id} does not open with TOTP_KEY")))
}

/// Accepts `code` against the account's sealed secret once: `true` when it is right and its
/// step is later than the last one used (recorded here, so a racing second request with the
/// same code fails).
async fn accept_totp(
    env: &Env,
    db: &D1Database,
    user_id: i64,
    stored: &str,
    code: &str,
    last_step: Option<f64>,
) -> Result<bool, AppError> {
    let secret = open_secret(env, user_id, stored)?;
    let Some(step) = totp::verify(&secret, code, now_seconds(), last_step.map(|s| s as u64)) else {
        return Ok(false);
    };
    let result = store::use_step(db, user_id, step)?.run().await?;
    Ok(result.meta()?.and_then(|m| m.changes).unwrap_or(0) > 0)
}

/// `POST /api/v1/session/second-factor`: the code that finishes a sign-in.
pub async fn second_factor(mut req: Request, env: &Env) -> Result<Response, AppError> {
    require_same_origin(&req)?;
    let body: CodeForm = read_json(&mut req).await?;
    let ip = client_ip(&req);
    let expired = || {
        AppError::client(ErrorCode::Unauthorized, "Your sign-in timed out or had too many wrong codes. Sign in again.")
    };
    let token = cookie_value(&req, SECOND_FACTOR_COOKIE).ok_or_else(expired)?;
    let hash = store::hash_token(&token);
    let db = env.d1("DB")?;
    let now = clock::now().0;
    let challenge = store::challenge(&db, &hash).await?.ok_or_else(expired)?;
    let user_id = challenge.user_id as i64;
    let stale = now - challenge.created_at as i64 > i64::from(SECOND_FACTOR_SECONDS) * 1000;
    let Some(secret) = challenge.totp_secret.filter(|_| !stale && challenge.disabled == 0.0) else {
        store::drop_challenge(&db, &hash)?.run().await?;
        return Err(expired());
    };
    let actor = Actor { id: Some(user_id), email: Some(&challenge.email), ip: &ip };
    if !env.rate_limiter("SIGNIN_ACCOUNT_LIMITER")?.limit(format!("second:{user_id}")).await?.success {
        return Err(AppError::client(ErrorCode::RateLimited, "Too many codes tried. Wait 60 seconds and try again.")
            .with_header("Retry-After", "60".into()));
    }
    let how = match Code::parse(&body.code) {
        Some(Code::Totp(code)) => accept_totp(env, &db, user_id, &secret, &code, challenge.totp_last_step)
            .await?
            .then_some("two-step: authenticator app"),
        Some(Code::Recovery(code)) => {
            let spent = store::use_recovery_code(&db, user_id, &store::hash_recovery_code(user_id, &code), now).await?;
            spent.then_some("two-step: recovery code")
        }
        None => None,
    };
    let Some(how) = how else {
        audit::record(&db, &actor, "second_factor_failed", None, None).await?;
        if challenge.attempts as u32 + 1 >= SECOND_FACTOR_ATTEMPTS {
            store::drop_challenge(&db, &hash)?.run().await?;
            return Err(expired());
        }
        store::count_failed_attempt(&db, &hash).await?;
        return Err(wrong_code());
    };
    let role = Role::from_code(&challenge.role).ok_or_else(|| AppError::internal("unknown role in users"))?;
    let view = SessionView {
        user: UserRef { id: user_id, name: challenge.name, email: challenge.email },
        role,
        two_step: TwoStepState { enrolled: true, required: store::two_step_required(&db).await? },
    };
    let mut response = start_session(env, &db, view, &ip, vec![store::drop_challenge(&db, &hash)?], Some(how)).await?;
    response.headers_mut().append("Set-Cookie", &cookie(SECOND_FACTOR_COOKIE, "", Some(0)))?;
    Ok(response)
}

fn already_on() -> AppError {
    AppError::client(
        ErrorCode::Conflict,
        "Two-step verification is already on. To move it to a new phone, ask an admin to reset it.",
    )
}

/// `POST /api/v1/session/totp`: a new secret to set up (replacing one not yet confirmed).
pub async fn start(req: Request, env: &Env) -> Result<Response, AppError> {
    require_same_origin(&req)?;
    let me = signed_in(&req, env).await?;
    let db = env.d1("DB")?;
    if store::totp(&db, me.id).await?.totp_secret.is_some() {
        return Err(already_on());
    }
    let secret = random::bytes::<{ totp::SECRET_BYTES }>()?;
    let encoded = totp::encode_base32(&secret);
    let stored = sealed::seal(&key(env)?, random::bytes::<12>()?, me.id, &secret);
    store::set_pending_totp(&db, me.id, &stored).await?;
    audit::record(&db, &me.actor(), "two_step_setup_started", None, None).await?;
    json(201, &TotpSetup { secret: encoded, otpauth_uri: totp::otpauth_uri(ISSUER, &me.email, &secret) })
}

/// A fresh set of recovery codes: what to show once, and the statements that store their hashes.
fn recovery_codes(db: &D1Database, user_id: i64) -> Result<(RecoveryCodes, Vec<D1PreparedStatement>), AppError> {
    let mut codes = Vec::with_capacity(RECOVERY_CODE_COUNT);
    let mut hashes = Vec::with_capacity(RECOVERY_CODE_COUNT);
    for _ in 0..RECOVERY_CODE_COUNT {
        let shown = totp::recovery_code(&random::bytes::<7>()?);
        hashes.push(store::hash_recovery_code(user_id, &shown.replace('-', "")));
        codes.push(shown);
    }
    Ok((RecoveryCodes { codes }, store::replace_recovery_codes(db, user_id, &hashes)?))
}

fn six_digits(form: &CodeForm) -> Result<String, AppError> {
    match Code::parse(&form.code) {
        Some(Code::Totp(code)) => Ok(code),
        _ => Err(code_error("Enter the 6-digit code your authenticator app shows now.")),
    }
}

/// `PUT /api/v1/session/totp`: the first code from the app turns two-step verification on.
pub async fn confirm(mut req: Request, env: &Env) -> Result<Response, AppError> {
    require_same_origin(&req)?;
    let me = signed_in(&req, env).await?;
    let body: CodeForm = read_json(&mut req).await?;
    let code = six_digits(&body)?;
    let db = env.d1("DB")?;
    let row = store::totp(&db, me.id).await?;
    if row.totp_secret.is_some() {
        return Err(already_on());
    }
    let pending = row
        .totp_pending
        .ok_or_else(|| AppError::client(ErrorCode::Conflict, "Start by choosing “Set up an authenticator app”."))?;
    let secret = open_secret(env, me.id, &pending)?;
    let step = totp::verify(&secret, &code, now_seconds(), None).ok_or_else(wrong_setup_code)?;
    let (codes, mut statements) = recovery_codes(&db, me.id)?;
    statements.insert(0, store::enable_totp(&db, me.id, step)?);
    statements.push(audit::entry(&db, &me.actor(), "two_step_enabled", None, None)?);
    db.batch(statements).await?;
    json(200, &codes)
}

fn wrong_setup_code() -> AppError {
    code_error("The code is not right. Check that the app added the account, then enter the code it shows now.")
}

/// `POST /api/v1/session/totp/recovery-codes`: new recovery codes for a current code.
pub async fn new_recovery_codes(mut req: Request, env: &Env) -> Result<Response, AppError> {
    require_same_origin(&req)?;
    let me: Reviewer = signed_in(&req, env).await?;
    let body: CodeForm = read_json(&mut req).await?;
    let code = six_digits(&body)?;
    let db = env.d1("DB")?;
    let row = store::totp(&db, me.id).await?;
    let secret = row
        .totp_secret
        .ok_or_else(|| AppError::client(ErrorCode::Conflict, "Two-step verification is not on: set it up first."))?;
    if !accept_totp(env, &db, me.id, &secret, &code, row.totp_last_step).await? {
        return Err(wrong_code());
    }
    let (codes, mut statements) = recovery_codes(&db, me.id)?;
    statements.push(audit::entry(&db, &me.actor(), "recovery_codes_replaced", None, None)?);
    db.batch(statements).await?;
    json(200, &codes)
}

/// `GET /api/v1/admin/security`.
pub async fn policy(req: Request, env: &Env) -> Result<Response, AppError> {
    require(&req, env, Role::Admin).await?;
    json(200, &SecurityPolicy { require_two_step: store::two_step_required(&env.d1("DB")?).await? })
}

/// `PUT /api/v1/admin/security`: sessions without two-step are held to setting it up from
/// their next request (`auth::require` reads the policy every time).
pub async fn set_policy(mut req: Request, env: &Env) -> Result<Response, AppError> {
    require_same_origin(&req)?;
    let me = require(&req, env, Role::Admin).await?;
    let body: SecurityPolicy = read_json(&mut req).await?;
    let db = env.d1("DB")?;
    let detail = if body.require_two_step { "required for everyone" } else { "optional" };
    db.batch(vec![
        store::set_two_step_required(&db, body.require_two_step)?,
        audit::entry(&db, &me.actor(), "two_step_policy", None, Some(detail))?,
    ])
    .await?;
    json(200, &body)
}

/// The statements of an admin's reset of `user_id`'s two-step verification (a lost phone):
/// authenticator, recovery codes and sessions go.
pub fn reset(db: &D1Database, user_id: i64) -> Result<Vec<D1PreparedStatement>, AppError> {
    let mut statements = store::reset_totp(db, user_id)?;
    statements.push(store::drop_sessions_of(db, user_id)?);
    Ok(statements)
}
