//! The benefit survey's client: the rounds, sending answers and reading a survey receipt. None
//! of these calls needs a session; the admin's round calls are on `review::Admin`.

use gloo_net::http::Request;
use shared::api::analytics::{SurveyReceipt, SurveyRound, SURVEY_RECEIPTS_PATH, SURVEY_ROUNDS_PATH};
use shared::api::IDEMPOTENCY_KEY_HEADER;
use shared::queue::encode_component;
use shared::survey::SurveyForm;

use super::{decode, Failure};

/// Every round, newest first, in every phase.
pub async fn rounds() -> Result<Vec<SurveyRound>, Failure> {
    decode(Request::get(SURVEY_ROUNDS_PATH).send().await.map_err(|_| Failure::Network)?).await
}

/// Sends the answers to a round. `idempotency_key` is reused when the same form is sent again,
/// as with feedback, so a retry after a lost answer returns the first receipt.
pub async fn submit(round: i64, form: &SurveyForm, idempotency_key: &str) -> Result<SurveyReceipt, Failure> {
    let request = Request::post(&format!("{SURVEY_ROUNDS_PATH}/{round}/responses"))
        .header(IDEMPOTENCY_KEY_HEADER, idempotency_key)
        .json(form)
        .map_err(|_| Failure::Server)?;
    decode(request.send().await.map_err(|_| Failure::Network)?).await
}

/// `Ok(None)` when no survey answers have that number.
pub async fn receipt(tracking_number: &str) -> Result<Option<SurveyReceipt>, Failure> {
    let path = format!("{SURVEY_RECEIPTS_PATH}/{}", encode_component(tracking_number));
    let response = Request::get(&path).send().await.map_err(|_| Failure::Network)?;
    if response.status() == 404 {
        return Ok(None);
    }
    decode(response).await.map(Some)
}
