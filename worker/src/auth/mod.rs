//! Reviewer sign-in and sessions (shared/docs/security.md): opaque 256-bit tokens in a
//! `__Host-` HttpOnly cookie, only their SHA-256 stored in D1, idle and absolute timeouts
//! checked on every request, and the role checked on the server for every reviewer route.

pub mod api;
mod store;
pub mod two_step;

use shared::api::mfa::TwoStepState;
use shared::api::review::{SESSION_ABSOLUTE_MS, SESSION_COOKIE, SESSION_IDLE_MS};
use shared::api::ErrorCode;
use shared::workflow::Role;
use worker::{Env, Request};

use crate::audit::Actor;
use crate::error::AppError;
use crate::{clock, http};

/// A signed-in reviewer or admin. Only `require` makes one, so a handler that holds a
/// `Reviewer` has passed the session and role checks.
#[derive(Clone, Debug)]
pub struct Reviewer {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub role: Role,
    pub ip: String,
    pub two_step: TwoStepState,
}

impl Reviewer {
    pub fn actor(&self) -> Actor<'_> {
        Actor { id: Some(self.id), email: Some(&self.email), ip: &self.ip }
    }
}

/// The session token from the request's cookie, if any.
fn token(req: &Request) -> Option<String> {
    cookie_value(req, SESSION_COOKIE)
}

/// The value of the cookie `name`, if the request has it.
fn cookie_value(req: &Request, name: &str) -> Option<String> {
    let cookies = req.headers().get("Cookie").ok()??;
    cookies.split(';').find_map(|c| c.trim().strip_prefix(name)?.strip_prefix('=').map(str::to_owned))
}

fn timeout_ms(env: &Env, name: &str, default: i64) -> i64 {
    env.var(name).ok().and_then(|v| v.to_string().parse::<i64>().ok()).map(|s| s * 1000).unwrap_or(default)
}

/// `(idle, absolute)` session timeouts in milliseconds, from wrangler.toml `[vars]`.
fn timeouts(env: &Env) -> (i64, i64) {
    (
        timeout_ms(env, "SESSION_IDLE_SECONDS", SESSION_IDLE_MS),
        timeout_ms(env, "SESSION_ABSOLUTE_SECONDS", SESSION_ABSOLUTE_MS),
    )
}

/// Checks the session, two-step verification (when an admin requires it, a session without
/// it may only set it up: 403 `two_step_required`) and the role (403 `forbidden`); no valid
/// session is a 401.
pub async fn require(req: &Request, env: &Env, needed: Role) -> Result<Reviewer, AppError> {
    let reviewer = signed_in(req, env).await?;
    if reviewer.two_step.required && !reviewer.two_step.enrolled {
        return Err(AppError::client(
            ErrorCode::TwoStepRequired,
            "An administrator requires two-step verification. Set it up to continue.",
        ));
    }
    if !reviewer.role.allows(needed) {
        return Err(AppError::client(ErrorCode::Forbidden, "Your role does not allow this. Ask an admin."));
    }
    Ok(reviewer)
}

/// Checks the session only: for who-am-I, sign-out and setting up two-step verification, which
/// a session must reach before it has a second factor.
pub async fn signed_in(req: &Request, env: &Env) -> Result<Reviewer, AppError> {
    let unauthorized = || AppError::client(ErrorCode::Unauthorized, "Sign in to continue.");
    let token = token(req).ok_or_else(unauthorized)?;
    let db = env.d1("DB")?;
    let hash = store::hash_token(&token);
    let session = store::session(&db, &hash).await?.ok_or_else(unauthorized)?;
    let now = clock::now().0;
    let (idle, absolute) = timeouts(env);
    if session.disabled != 0.0 || now - session.last_seen_at as i64 > idle || now - session.created_at as i64 > absolute
    {
        store::end_session(&db, &hash).await?;
        return Err(unauthorized());
    }
    // One write a minute at most (sooner for short test timeouts): the idle clock does not need
    // millisecond precision.
    if now - session.last_seen_at as i64 > (idle / 4).min(60_000) {
        store::touch(&db, &hash, now).await?;
    }
    let role = Role::from_code(&session.role).ok_or_else(|| AppError::internal("unknown role in users"))?;
    Ok(Reviewer {
        id: session.user_id as i64,
        email: session.email,
        name: session.name,
        role,
        ip: http::client_ip(req),
        two_step: TwoStepState { enrolled: session.enrolled != 0.0, required: session.required != 0.0 },
    })
}
