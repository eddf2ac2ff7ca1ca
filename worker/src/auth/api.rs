//! `POST/GET/DELETE /api/v1/session`: sign in, who am I, sign out.

use shared::account::hashing;
use shared::api::mfa::{SecondFactorChallenge, TwoStepState, SECOND_FACTOR_COOKIE, SECOND_FACTOR_SECONDS};
use shared::api::review::{SessionView, SignIn, UserRef, SESSION_COOKIE};
use shared::api::ErrorCode;
use shared::workflow::Role;
use worker::{D1Database, D1PreparedStatement, Env, Request, Response};

use super::{signed_in, store};
use crate::audit::{self, Actor};
use crate::error::AppError;
use crate::http::{client_ip, json, read_json, require_same_origin};
use crate::{clock, random};

const THROTTLE_SECONDS: u32 = 60;

pub(super) fn cookie(name: &str, value: &str, max_age: Option<u32>) -> String {
    let age = max_age.map(|a| format!("; Max-Age={a}")).unwrap_or_default();
    format!("{name}={value}; Path=/; Secure; HttpOnly; SameSite=Strict{age}")
}

fn invalid() -> AppError {
    AppError::client(ErrorCode::InvalidCredentials, "The email address or password is not right.")
}

pub async fn sign_in(mut req: Request, env: &Env) -> Result<Response, AppError> {
    require_same_origin(&req)?;
    let body: SignIn = read_json(&mut req).await?;
    let ip = client_ip(&req);
    let email = body.email.trim().to_lowercase();
    // Throttle by address and by account, before any password work.
    let by_ip = env.rate_limiter("SIGNIN_IP_LIMITER")?.limit(format!("ip:{ip}")).await?.success;
    let by_account = env.rate_limiter("SIGNIN_ACCOUNT_LIMITER")?.limit(format!("account:{email}")).await?.success;
    let db = env.d1("DB")?;
    if !by_ip || !by_account {
        let actor = Actor { id: None, email: Some(&email), ip: &ip };
        audit::record(&db, &actor, "sign_in_throttled", None, None).await?;
        return Err(AppError::client(
            ErrorCode::RateLimited,
            format!("Too many sign-in attempts. Wait {THROTTLE_SECONDS} seconds and try again."),
        )
        .with_header("Retry-After", THROTTLE_SECONDS.to_string()));
    }
    let user = store::user_by_email(&db, &email).await?;
    // An unknown email costs the same verification as a known one: no timing tells them apart.
    let verified = hashing::verify(&body.password, user.as_ref().map_or(hashing::DECOY, |u| u.password_hash.as_str()));
    let user = match user {
        Some(u) if verified && u.disabled == 0.0 => u,
        _ => {
            let actor = Actor { id: None, email: Some(&email), ip: &ip };
            audit::record(&db, &actor, "sign_in_failed", None, None).await?;
            return Err(invalid());
        }
    };
    let actor = Actor { id: Some(user.id as i64), email: Some(&user.email), ip: &ip };
    if user.totp_secret.is_some() {
        // The password was right; the session waits for the code (auth::two_step).
        let token = new_token()?;
        let now = clock::now().0;
        db.batch(vec![
            store::drop_expired_challenges(&db, now)?,
            store::new_challenge(&db, &store::hash_token(&token), user.id as i64, now)?,
            audit::entry(&db, &actor, "sign_in_password_accepted", None, Some("waiting for the second step"))?,
        ])
        .await?;
        let mut response = json(202, &SecondFactorChallenge { expires_in: SECOND_FACTOR_SECONDS })?;
        response.headers_mut().set("Set-Cookie", &cookie(SECOND_FACTOR_COOKIE, &token, Some(SECOND_FACTOR_SECONDS)))?;
        return Ok(response);
    }
    let role = Role::from_code(&user.role).ok_or_else(|| AppError::internal("unknown role in users"))?;
    let two_step = TwoStepState { enrolled: false, required: store::two_step_required(&db).await? };
    let user = UserRef { id: user.id as i64, name: user.name, email: user.email };
    start_session(env, &db, SessionView { user, role, two_step }, &ip, vec![], None).await
}

/// A new random token for a cookie (256 bits, hex).
fn new_token() -> Result<String, AppError> {
    Ok(random::bytes::<32>()?.iter().map(|b| format!("{b:02x}")).collect())
}

/// Creates the session of `view.user` in one batch with `also` and the audit line, and
/// answers the session with its cookie.
pub(super) async fn start_session(
    env: &Env,
    db: &D1Database,
    view: SessionView,
    ip: &str,
    mut also: Vec<D1PreparedStatement>,
    detail: Option<&str>,
) -> Result<Response, AppError> {
    let token = new_token()?;
    let now = clock::now().0;
    let actor = Actor { id: Some(view.user.id), email: Some(&view.user.email), ip };
    also.extend([
        // Sessions past their timeouts are refused anyway; sign-in is a fine moment to drop them.
        store::drop_expired(db, now, super::timeouts(env))?,
        store::new_session(db, &store::hash_token(&token), view.user.id, now)?,
        audit::entry(db, &actor, "sign_in", None, detail)?,
    ]);
    db.batch(also).await?;
    let mut response = json(200, &view)?;
    response.headers_mut().append("Set-Cookie", &cookie(SESSION_COOKIE, &token, None))?;
    Ok(response)
}

pub async fn current(req: Request, env: &Env) -> Result<Response, AppError> {
    let r = signed_in(&req, env).await?;
    json(
        200,
        &SessionView { user: UserRef { id: r.id, name: r.name, email: r.email }, role: r.role, two_step: r.two_step },
    )
}

pub async fn sign_out(req: Request, env: &Env) -> Result<Response, AppError> {
    require_same_origin(&req)?;
    let reviewer = signed_in(&req, env).await?;
    let db = env.d1("DB")?;
    if let Some(token) = super::token(&req) {
        db.batch(vec![
            store::drop_session(&db, &store::hash_token(&token))?,
            audit::entry(&db, &reviewer.actor(), "sign_out", None, None)?,
        ])
        .await?;
    }
    let mut response = Response::empty()?.with_status(204);
    response.headers_mut().set("Set-Cookie", &cookie(SESSION_COOKIE, "", Some(0)))?;
    Ok(response)
}
