//! The portal's Cloudflare Worker: a thin HTTP adapter between the JSON API and Cloudflare's
//! bindings (D1 for data, R2 for attachments, the Rate Limiting binding for abuse, `send_email`
//! for notifications). Every rule it applies comes from
//! `shared`; this crate only routes, reads and writes.
//!
//! Static assets (the Leptos app, USWDS CSS) never reach this code: wrangler serves them and
//! sends only `/api/*` here (`run_worker_first` in wrangler.toml).

mod admin;
mod analysis;
mod analytics;
mod attachments;
mod audit;
mod auth;
mod board;
mod clock;
mod clusters;
mod consultations;
mod error;
mod follows;
mod health;
mod http;
mod notify;
mod openapi;
mod random;
mod reports;
mod review;
mod routes;
mod sql;
mod store;
mod submissions;
mod surveys;
mod validations;

use worker::{
    console_error, event, Context, Env, MessageBatch, Request, Response, Result, ScheduleContext, ScheduledEvent,
};

#[event(fetch)]
async fn fetch(req: Request, env: Env, ctx: Context) -> Result<Response> {
    let method = req.method();
    let path = req.path();
    let response = match routes::handle(req, &env, &ctx).await {
        Ok(response) => response,
        Err(err) => err.into_response(&method, &path)?,
    };
    http::with_security_headers(response)
}

/// The analysis queue's consumer (wrangler.toml `[[queues.consumers]]`): language, near-duplicate
/// cluster and emails of the submissions just stored (`analysis`).
#[event(queue)]
async fn queue(batch: MessageBatch<analysis::Job>, env: Env, _ctx: Context) -> Result<()> {
    analysis::consume::batch(batch, &env).await;
    Ok(())
}

/// The cron trigger (wrangler.toml, every minute): enqueues stored submissions whose analysis
/// never ran, retries notification emails that could not be sent at once and removes uploads
/// that no submission claimed within a day.
#[event(scheduled)]
async fn scheduled(_event: ScheduledEvent, env: Env, _ctx: ScheduleContext) {
    if let Err(e) = analysis::consume::sweep(&env).await {
        console_error!("scheduled analysis sweep failed: {e:?}");
    }
    if let Err(e) = notify::deliver(&env).await {
        console_error!("scheduled email delivery failed: {e:?}");
    }
    if let Err(e) = attachments::api::sweep(&env).await {
        console_error!("scheduled upload sweep failed: {e:?}");
    }
}
