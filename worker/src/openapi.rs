//! `GET /api/v1/openapi.json`: the document built in `shared::api::openapi`.

use worker::Response;

use crate::error::AppError;
use crate::http::json;

pub fn get() -> Result<Response, AppError> {
    let mut response = json(200, &shared::api::openapi::document())?;
    // Public and identical for everyone: caches may keep it for a while.
    response.headers_mut().set("Access-Control-Allow-Origin", "*")?;
    Ok(response)
}
