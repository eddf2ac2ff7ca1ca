//! HTTP handlers for submitting feedback and reading a receipt.

use sha2::{Digest, Sha256};
use shared::api::{
    valid_idempotency_key, ApiError, ErrorCode, SubmissionReceipt, SubmissionSummary, IDEMPOTENCY_KEY_HEADER,
    RECEIPTS_PATH,
};
use shared::feedback::{Feedback, FeedbackForm};
use shared::receipt::TrackingNumber;
use shared::status::Status;
use shared::text::{FieldError, Problem};
use worker::{Env, Request, Response};

use super::store::{NewSubmission, Row, Store};
use crate::error::AppError;
use crate::http::{client_ip, json, read_json, require_same_origin};
use crate::{clock, random};

/// Seconds a client waits after a 429: the rate limiter's window (wrangler.toml `period`).
const RATE_LIMIT_PERIOD_SECONDS: u32 = 60;

/// `POST /api/v1/submissions`.
pub async fn create(mut req: Request, env: &Env) -> Result<Response, AppError> {
    require_same_origin(&req)?;
    let key = req.headers().get(IDEMPOTENCY_KEY_HEADER)?;
    if let Some(k) = &key {
        if !valid_idempotency_key(k) {
            return Err(ApiError::validation(&[FieldError::new(IDEMPOTENCY_KEY_HEADER, Problem::WrongType)]).into());
        }
    }
    let form: FeedbackForm = read_json(&mut req).await?;
    let store = Store::new(env.d1("DB")?);
    let hash = fingerprint(&form);

    // A retry of a request that already succeeded is answered before the rate limit, so a
    // person whose connection dropped after the 201 is never told to wait for their own receipt.
    if let Some(k) = &key {
        if let Some(row) = store.by_idempotency_key(k).await? {
            return replay(&row, &hash);
        }
    }

    let limiter = env.rate_limiter("SUBMIT_LIMITER")?;
    if !limiter.limit(format!("submit:{}", client_ip(&req))).await?.success {
        return Err(AppError::client(
            ErrorCode::RateLimited,
            (shared::i18n::Lang::En.messages().rate_limited)(Some(RATE_LIMIT_PERIOD_SECONDS)),
        )
        .with_header("Retry-After", RATE_LIMIT_PERIOD_SECONDS.to_string()));
    }

    if form.looks_automated() {
        return Err(AppError::client(
            ErrorCode::RejectedAsAutomated,
            shared::i18n::Lang::En.messages().error_automated,
        ));
    }
    let feedback = Feedback::parse(&form).map_err(|errors| AppError::from(ApiError::validation(&errors)))?;

    // 60 random bits make a collision vanishingly rare; if one happens, draw again.
    for _ in 0..3 {
        let tracking_number = TrackingNumber::from_random(random::bytes::<8>()?);
        let submission = NewSubmission {
            tracking_number: &tracking_number,
            received_at: clock::now(),
            feedback: &feedback,
            idempotency_key: key.as_deref(),
            request_hash: &hash,
        };
        if store.insert(&submission).await? {
            // Committed: answer from what was written, without reading it back.
            let receipt = SubmissionReceipt {
                tracking_number: tracking_number.to_string(),
                received_at: submission.received_at.to_rfc3339(),
                status: Status::Received,
                summary: SubmissionSummary::from(&feedback),
            };
            return created(&receipt);
        }
        // Either the tracking number was taken or a concurrent retry with the same key won.
        if let Some(k) = &key {
            if let Some(row) = store.by_idempotency_key(k).await? {
                return replay(&row, &hash);
            }
        }
    }
    Err(AppError::internal("could not draw an unused tracking number in 3 tries"))
}

/// What identifies "the same request" for idempotency: the parsed form, so that a client that
/// re-serialises the same values differently still gets its receipt.
fn fingerprint(form: &FeedbackForm) -> String {
    let canonical = serde_json::to_vec(form).expect("a form always serialises");
    Sha256::digest(&canonical).iter().map(|b| format!("{b:02x}")).collect()
}

fn created(receipt: &SubmissionReceipt) -> Result<Response, AppError> {
    let mut response = json(201, receipt)?;
    response.headers_mut().set("Location", &format!("{RECEIPTS_PATH}/{}", receipt.tracking_number))?;
    Ok(response)
}

fn replay(row: &Row, hash: &str) -> Result<Response, AppError> {
    if row.request_hash.as_deref() != Some(hash) {
        return Err(AppError::client(
            ErrorCode::IdempotencyKeyReused,
            "This Idempotency-Key was already used for a different submission. Use a new key for new feedback.",
        ));
    }
    let mut response = created(&row.receipt()?)?;
    response.headers_mut().set("Idempotent-Replayed", "true")?;
    Ok(response)
}

/// `GET /api/v1/receipts/{tracking_number}`.
pub async fn receipt(raw: &str, env: &Env) -> Result<Response, AppError> {
    let not_found = || AppError::client(ErrorCode::NotFound, shared::i18n::Lang::En.messages().check_not_found);
    let decoded = percent_decode(raw);
    let tracking_number = TrackingNumber::parse(&decoded).map_err(|_| not_found())?;
    let row = Store::new(env.d1("DB")?).by_tracking_number(&tracking_number).await?.ok_or_else(not_found)?;
    json(200, &row.status()?)
}

/// Paths arrive percent-encoded; tracking numbers are ASCII, so only spaces matter in practice.
fn percent_decode(s: &str) -> String {
    s.replace("%20", " ")
}
