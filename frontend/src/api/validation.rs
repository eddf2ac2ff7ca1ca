//! Validation experience reports' client: the active CBP field offices, sending a report and
//! reading its receipt. None of these calls needs a session; the admins' field-office calls are
//! on `review::Admin`.

use gloo_net::http::Request;
use shared::api::routes::Operation as O;
use shared::api::validation::{FieldOffice, ValidationReceipt};
use shared::api::IDEMPOTENCY_KEY_HEADER;
use shared::validation::ReportForm;

use super::{decode, Failure};

/// The active field offices, by name: the form's choices.
pub async fn field_offices() -> Result<Vec<FieldOffice>, Failure> {
    decode(Request::get(&O::ListFieldOffices.url(&[])).send().await.map_err(|_| Failure::Network)?).await
}

/// Sends a report. `idempotency_key` is reused when the same form is sent again, so a retry after
/// a lost answer returns the first receipt instead of storing the report twice.
pub async fn submit(form: &ReportForm, idempotency_key: &str) -> Result<ValidationReceipt, Failure> {
    let request = Request::post(&O::CreateValidationReport.url(&[]))
        .header(IDEMPOTENCY_KEY_HEADER, idempotency_key)
        // The page's language: a standardization proposal's receipt email is written in it.
        .header("Accept-Language", crate::i18n::lang().tag())
        .json(form)
        .map_err(|_| Failure::Server)?;
    decode(request.send().await.map_err(|_| Failure::Network)?).await
}

/// `Ok(None)` when no validation report has that number.
pub async fn receipt(tracking_number: &str) -> Result<Option<ValidationReceipt>, Failure> {
    let path = O::GetValidationReceipt.url(&[tracking_number]);
    let response = Request::get(&path).send().await.map_err(|_| Failure::Network)?;
    if response.status() == 404 {
        return Ok(None);
    }
    decode(response).await.map(Some)
}
