//! The API's routing table: method and path to handler. Kept as one `match` so every route the
//! worker answers is visible in one screen.

use shared::api::review::{
    AUDIT_PATH, BULK_PATH, EXPORT_CSV_PATH, EXPORT_JSON_PATH, QUEUE_PATH, REVIEWERS_PATH, SESSION_PATH, USERS_PATH,
};
use shared::api::{ErrorCode, HEALTH_PATH, RECEIPTS_PATH, SUBMISSIONS_PATH};
use worker::{Env, Method, Request, Response};

use crate::error::AppError;
use crate::review::api::ExportFormat;
use crate::{admin, auth, health, review, submissions};

/// The part of `path` after `prefix/`, if it is one non-empty segment followed by `suffix`.
fn segment<'a>(path: &'a str, prefix: &str, suffix: &str) -> Option<&'a str> {
    let rest = path.strip_prefix(prefix)?.strip_prefix('/')?.strip_suffix(suffix)?;
    (!rest.is_empty() && !rest.contains('/')).then_some(rest)
}

pub async fn handle(req: Request, env: &Env) -> Result<Response, AppError> {
    let path = req.path();
    let method = req.method();
    let p = path.as_str();

    if p == HEALTH_PATH {
        allow(&method, &[Method::Get])?;
        return health::get(env).await;
    }
    if p == SUBMISSIONS_PATH {
        allow(&method, &[Method::Post])?;
        return submissions::api::create(req, env).await;
    }
    if let Some(tn) = segment(p, RECEIPTS_PATH, "") {
        allow(&method, &[Method::Get])?;
        return submissions::api::receipt(tn, env).await;
    }
    if p == SESSION_PATH {
        allow(&method, &[Method::Get, Method::Post, Method::Delete])?;
        return match method {
            Method::Post => auth::api::sign_in(req, env).await,
            Method::Delete => auth::api::sign_out(req, env).await,
            _ => auth::api::current(req, env).await,
        };
    }
    if p == QUEUE_PATH {
        allow(&method, &[Method::Get])?;
        return review::api::queue(req, env).await;
    }
    if let Some(tn) = segment(p, QUEUE_PATH, "/notes") {
        allow(&method, &[Method::Post])?;
        return review::api::add_note(tn, req, env).await;
    }
    if let Some(tn) = segment(p, QUEUE_PATH, "") {
        allow(&method, &[Method::Get, Method::Patch])?;
        return match method {
            Method::Patch => review::api::update(tn, req, env).await,
            _ => review::api::detail(tn, req, env).await,
        };
    }
    if p == BULK_PATH {
        allow(&method, &[Method::Post])?;
        return review::api::bulk(req, env).await;
    }
    if p == EXPORT_CSV_PATH || p == EXPORT_JSON_PATH {
        allow(&method, &[Method::Get])?;
        let format = if p == EXPORT_CSV_PATH { ExportFormat::Csv } else { ExportFormat::Json };
        return review::api::export(req, env, format).await;
    }
    if p == REVIEWERS_PATH {
        allow(&method, &[Method::Get])?;
        return review::api::reviewers(req, env).await;
    }
    if p == USERS_PATH {
        allow(&method, &[Method::Get, Method::Post])?;
        return match method {
            Method::Post => admin::api::create(req, env).await,
            _ => admin::api::list(req, env).await,
        };
    }
    if let Some(id) = segment(p, USERS_PATH, "") {
        allow(&method, &[Method::Patch])?;
        return admin::api::change(id, req, env).await;
    }
    if p == AUDIT_PATH {
        allow(&method, &[Method::Get])?;
        return admin::api::audit_log(req, env).await;
    }
    Err(AppError::client(ErrorCode::NotFound, "There is no API route at this address."))
}

fn allow(method: &Method, allowed: &[Method]) -> Result<(), AppError> {
    if allowed.contains(method) || (*method == Method::Head && allowed.contains(&Method::Get)) {
        return Ok(());
    }
    let list = allowed.iter().map(|m| m.to_string()).collect::<Vec<_>>().join(", ");
    Err(AppError::client(ErrorCode::MethodNotAllowed, format!("This route accepts {list} only."))
        .with_header("Allow", list))
}
