//! The benefit survey's client: the rounds, sending answers and reading a survey receipt. None
//! of these calls needs a session; the admin's round calls are on `review::Admin`.

use gloo_net::http::Request;
use shared::api::analytics::{SurveyReceipt, SurveyRound};
use shared::api::routes::Operation as O;
use shared::api::IDEMPOTENCY_KEY_HEADER;
use shared::survey::SurveyForm;

use super::{decode, Failure};

/// Every round, newest first, in every phase.
pub async fn rounds() -> Result<Vec<SurveyRound>, Failure> {
    decode(Request::get(&O::ListSurveyRounds.url(&[])).send().await.map_err(|_| Failure::Network)?).await
}

/// Sends the answers to a round. `idempotency_key` is reused when the same form is sent again,
/// as with feedback, so a retry after a lost answer returns the first receipt.
pub async fn submit(round: i64, form: &SurveyForm, idempotency_key: &str) -> Result<SurveyReceipt, Failure> {
    let request = Request::post(&O::AnswerSurvey.url(&[&round.to_string()]))
        .header(IDEMPOTENCY_KEY_HEADER, idempotency_key)
        .json(form)
        .map_err(|_| Failure::Server)?;
    decode(request.send().await.map_err(|_| Failure::Network)?).await
}

/// `Ok(None)` when no survey answers have that number.
pub async fn receipt(tracking_number: &str) -> Result<Option<SurveyReceipt>, Failure> {
    let path = O::GetSurveyReceipt.url(&[tracking_number]);
    let response = Request::get(&path).send().await.map_err(|_| Failure::Network)?;
    if response.status() == 404 {
        return Ok(None);
    }
    decode(response).await.map(Some)
}
