//! `GET /api/health`: the worker runs and D1 answers. Used by xtask to know the server is ready.

use shared::api::Health;
use worker::{Env, Response};

use crate::error::AppError;
use crate::http::json;

pub async fn get(env: &Env) -> Result<Response, AppError> {
    crate::store::ping(&env.d1("DB")?).await?;
    json(200, &Health { status: "ok".into(), database: "ok".into() })
}
