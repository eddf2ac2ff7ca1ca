//! The one typed client of the portal's JSON API. Every call checks the HTTP status before
//! decoding (gloo-net only fails on network errors) and turns the shared `ApiError` into a
//! `Failure` that pages can show.

use shared::api::routes::Operation as O;
use std::cell::RefCell;
use std::rc::Rc;

use gloo_net::http::{Request, Response};
use serde::de::DeserializeOwned;
use shared::api::{ApiError, ErrorCode, ReceiptStatus, SubmissionReceipt, IDEMPOTENCY_KEY_HEADER};
use shared::feedback::FeedbackForm;
use shared::receipt::TrackingNumber;

pub mod analytics;
pub mod mfa;
pub mod public;
pub mod review;
pub mod survey;
pub mod validation;

#[derive(Clone, Debug, PartialEq)]
pub enum Failure {
    /// No answer: offline, DNS, the server down.
    Network,
    /// 429, with the seconds to wait when the server said.
    RateLimited(Option<u32>),
    /// A 4xx the person can act on (field errors included).
    Rejected(ApiError),
    /// 401: no session, or it ended. Reviewer pages send the person to sign in.
    Unauthorized,
    /// 403 `forbidden`: signed in, but the role does not allow it.
    Forbidden,
    /// A 5xx or an answer we could not read.
    Server,
}

thread_local! {
    static TWO_STEP_REQUIRED: RefCell<Option<Rc<dyn Fn()>>> = const { RefCell::new(None) };
}

/// What to do when any call answers `403 two_step_required` (an admin requires two-step
/// verification and this account has not set it up): the reviewer workspace registers a hook
/// that takes the person to set it up, whichever page made the call. `None` removes it.
pub fn on_two_step_required(hook: Option<Rc<dyn Fn()>>) {
    TWO_STEP_REQUIRED.with(|h| *h.borrow_mut() = hook);
}

fn two_step_required() {
    // Cloned out first: the hook may register another while it runs.
    if let Some(hook) = TWO_STEP_REQUIRED.with(|h| h.borrow().clone()) {
        hook();
    }
}

/// The failure an error answer reports: `status`, its `Retry-After` seconds and its body.
pub(crate) fn failure(status: u16, retry_after: Option<u32>, mut error: Option<ApiError>) -> Failure {
    // Field messages in the page's language, from the details the server sends with them.
    if let Some(e) = &mut error {
        e.localize(crate::i18n::t());
    }
    match (status, error) {
        (429, _) => Failure::RateLimited(retry_after),
        // A wrong password is also a 401, but one the person can correct on the same form.
        (401, Some(error)) if error.code == ErrorCode::InvalidCredentials => Failure::Rejected(error),
        (401, _) => Failure::Unauthorized,
        (403, Some(error)) if error.code == ErrorCode::Forbidden => Failure::Forbidden,
        (403, Some(error)) if error.code == ErrorCode::TwoStepRequired => {
            two_step_required();
            Failure::Rejected(error)
        }
        (400..=499, Some(error)) => Failure::Rejected(error),
        _ => Failure::Server,
    }
}

/// The response when it is a 2xx, else the failure it reports.
async fn check(response: Response) -> Result<Response, Failure> {
    if response.ok() {
        return Ok(response);
    }
    let status = response.status();
    let retry = response.headers().get("Retry-After").and_then(|v| v.trim().parse().ok());
    let error = if status == 429 { None } else { response.json::<ApiError>().await.ok() };
    Err(failure(status, retry, error))
}

async fn decode<T: DeserializeOwned>(response: Response) -> Result<T, Failure> {
    check(response).await?.json::<T>().await.map_err(|_| Failure::Server)
}

pub async fn create_submission(form: &FeedbackForm, idempotency_key: &str) -> Result<SubmissionReceipt, Failure> {
    let request = Request::post(&O::CreateSubmission.url(&[]))
        .header(IDEMPOTENCY_KEY_HEADER, idempotency_key)
        // The page's language: the receipt email is written in it.
        .header("Accept-Language", crate::i18n::lang().tag())
        .json(form)
        .map_err(|_| Failure::Server)?;
    decode(request.send().await.map_err(|_| Failure::Network)?).await
}

/// `Ok(None)` when no submission has that number.
pub async fn receipt_status(number: &TrackingNumber) -> Result<Option<ReceiptStatus>, Failure> {
    let response = Request::get(&O::GetReceipt.url(&[number.as_str()])).send().await.map_err(|_| Failure::Network)?;
    if response.status() == 404 {
        return Ok(None);
    }
    decode(response).await.map(Some)
}
