//! The API's routing table: method and path to handler. Kept as one `match` so every route the
//! worker answers is visible in one screen.

use shared::api::{ErrorCode, HEALTH_PATH, RECEIPTS_PATH, SUBMISSIONS_PATH};
use worker::{Env, Method, Request, Response};

use crate::error::AppError;
use crate::{health, submissions};

pub async fn handle(req: Request, env: &Env) -> Result<Response, AppError> {
    let path = req.path();
    let method = req.method();
    let receipt = path
        .strip_prefix(RECEIPTS_PATH)
        .and_then(|rest| rest.strip_prefix('/'))
        .filter(|tn| !tn.is_empty() && !tn.contains('/'));

    match (path.as_str(), receipt) {
        (HEALTH_PATH, _) => {
            allow(&method, &[Method::Get])?;
            health::get(env).await
        }
        (SUBMISSIONS_PATH, _) => {
            allow(&method, &[Method::Post])?;
            submissions::api::create(req, env).await
        }
        (_, Some(tracking_number)) => {
            allow(&method, &[Method::Get])?;
            submissions::api::receipt(tracking_number, env).await
        }
        _ => Err(AppError::client(ErrorCode::NotFound, "There is no API route at this address.")),
    }
}

fn allow(method: &Method, allowed: &[Method]) -> Result<(), AppError> {
    if allowed.contains(method) || (*method == Method::Head && allowed.contains(&Method::Get)) {
        return Ok(());
    }
    let list = allowed.iter().map(|m| m.to_string()).collect::<Vec<_>>().join(", ");
    Err(AppError::client(ErrorCode::MethodNotAllowed, format!("This route accepts {list} only."))
        .with_header("Allow", list))
}
