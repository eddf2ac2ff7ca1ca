//! `DELETE /api/v1/follows/{token}`: the unfollow link in every notification email.

use shared::api::ErrorCode;
use worker::{Env, Request, Response};

use crate::error::AppError;
use crate::http::require_same_origin;

pub async fn unfollow(raw: &str, req: Request, env: &Env) -> Result<Response, AppError> {
    require_same_origin(&req)?;
    let not_found =
        || AppError::client(ErrorCode::NotFound, "This link is not valid, or these emails were already stopped.");
    if raw.len() != 32 || !raw.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(not_found());
    }
    if !crate::notify::unfollow(&env.d1("DB")?, raw).await? {
        return Err(not_found());
    }
    Ok(Response::empty()?.with_status(204))
}
