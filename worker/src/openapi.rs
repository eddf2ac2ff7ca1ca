//! `GET /api/v1/openapi.json`: the API's OpenAPI 3.1 document. It is generated from the code in
//! `shared::api::openapi` by `cargo xtask openapi` and committed as worker/openapi.json (a test
//! in xtask fails when it is stale), so the worker embeds the file and needs no utoipa.

use worker::Response;

use crate::error::AppError;

const DOCUMENT: &str = include_str!("../openapi.json");

pub fn get() -> Result<Response, AppError> {
    let mut response = Response::ok(DOCUMENT)?;
    let headers = response.headers_mut();
    headers.set("Content-Type", "application/json")?;
    // Public and identical for everyone: any site may read it.
    headers.set("Access-Control-Allow-Origin", "*")?;
    Ok(response)
}
