//! `GET /api/health`: the worker runs and D1 answers. Used by xtask to know the server is ready.

use shared::api::Health;
use worker::{Env, Response};

use crate::error::AppError;
use crate::http::json;

pub async fn get(env: &Env) -> Result<Response, AppError> {
    let db = env.d1("DB")?;
    db.prepare("SELECT 1 AS ok").first::<serde_json::Value>(None).await?;
    json(200, &Health { status: "ok".into(), database: "ok".into() })
}
