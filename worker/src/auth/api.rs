//! `POST/GET/DELETE /api/v1/session`: sign in, who am I, sign out.

use shared::account::hashing;
use shared::api::review::{SessionView, SignIn, UserRef, SESSION_COOKIE};
use shared::api::ErrorCode;
use shared::workflow::Role;
use worker::{Env, Request, Response};

use super::{require, store};
use crate::audit::{self, Actor};
use crate::error::AppError;
use crate::http::{client_ip, json, read_json, require_same_origin};
use crate::{clock, random};

const THROTTLE_SECONDS: u32 = 60;

fn cookie(value: &str, max_age: Option<u32>) -> String {
    let age = max_age.map(|a| format!("; Max-Age={a}")).unwrap_or_default();
    format!("{SESSION_COOKIE}={value}; Path=/; Secure; HttpOnly; SameSite=Strict{age}")
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
    let role = Role::from_code(&user.role).ok_or_else(|| AppError::internal("unknown role in users"))?;
    let token: String = random::bytes::<32>()?.iter().map(|b| format!("{b:02x}")).collect();
    let now = clock::now().0;
    let actor = Actor { id: Some(user.id as i64), email: Some(&user.email), ip: &ip };
    db.batch(vec![
        // Sessions past their timeouts are refused anyway; sign-in is a fine moment to drop them.
        store::drop_expired(&db, now, super::timeouts(env))?,
        store::new_session(&db, &store::hash_token(&token), user.id as i64, now)?,
        audit::entry(&db, &actor, "sign_in", None, None)?,
    ])
    .await?;
    let view = SessionView { user: UserRef { id: user.id as i64, name: user.name, email: user.email }, role };
    let mut response = json(200, &view)?;
    response.headers_mut().set("Set-Cookie", &cookie(&token, None))?;
    Ok(response)
}

pub async fn current(req: Request, env: &Env) -> Result<Response, AppError> {
    let r = require(&req, env, Role::Reviewer).await?;
    json(200, &SessionView { user: UserRef { id: r.id, name: r.name, email: r.email }, role: r.role })
}

pub async fn sign_out(req: Request, env: &Env) -> Result<Response, AppError> {
    require_same_origin(&req)?;
    let reviewer = require(&req, env, Role::Reviewer).await?;
    let db = env.d1("DB")?;
    if let Some(token) = super::token(&req) {
        db.batch(vec![
            db.prepare("DELETE FROM sessions WHERE token_hash = ?1")
                .bind(&[wasm_bindgen::JsValue::from_str(&store::hash_token(&token))])?,
            audit::entry(&db, &reviewer.actor(), "sign_out", None, None)?,
        ])
        .await?;
    }
    let mut response = Response::empty()?.with_status(204);
    response.headers_mut().set("Set-Cookie", &cookie("", Some(0)))?;
    Ok(response)
}
