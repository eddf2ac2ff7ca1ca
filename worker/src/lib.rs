//! The portal's Cloudflare Worker: a thin HTTP adapter between the JSON API and Cloudflare's
//! bindings (D1 for data, the Rate Limiting binding for abuse). Every rule it applies comes from
//! `shared`; this crate only routes, reads and writes.
//!
//! Static assets (the Leptos app, USWDS CSS) never reach this code: wrangler serves them and
//! sends only `/api/*` here (`run_worker_first` in wrangler.toml).

mod admin;
mod audit;
mod auth;
mod clock;
mod error;
mod health;
mod http;
mod random;
mod review;
mod routes;
mod sql;
mod submissions;

use worker::{event, Context, Env, Request, Response, Result};

#[event(fetch)]
async fn fetch(req: Request, env: Env, _ctx: Context) -> Result<Response> {
    let method = req.method();
    let path = req.path();
    let response = match routes::handle(req, &env).await {
        Ok(response) => response,
        Err(err) => err.into_response(&method, &path)?,
    };
    http::with_security_headers(response)
}
