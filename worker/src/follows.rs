//! `DELETE /api/v1/follows/{token}`: the unfollow link in every notification email.

use shared::api::ErrorCode;
use worker::{Env, Request, Response};

use crate::error::AppError;
use crate::http::require_same_origin;
use crate::sql::text;

pub async fn unfollow(raw: &str, req: Request, env: &Env) -> Result<Response, AppError> {
    require_same_origin(&req)?;
    let not_found =
        || AppError::client(ErrorCode::NotFound, "This link is not valid, or these emails were already stopped.");
    if raw.len() != 32 || !raw.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(not_found());
    }
    let result =
        env.d1("DB")?.prepare("DELETE FROM follows WHERE unfollow_token = ?1").bind(&[text(raw)])?.run().await?;
    if result.meta()?.and_then(|m| m.changes).unwrap_or(0) == 0 {
        return Err(not_found());
    }
    Ok(Response::empty()?.with_status(204))
}
