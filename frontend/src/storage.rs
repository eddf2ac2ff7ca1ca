//! The browser's storage: the autosaved draft (localStorage, survives crashes and restarts) and
//! the last receipt (sessionStorage, this tab only, because it holds contact details).

use serde::{de::DeserializeOwned, Deserialize, Serialize};
use shared::api::analytics::SurveyReceipt;
use shared::api::public::UploadedFile;
use shared::api::SubmissionReceipt;
use shared::feedback::FeedbackForm;
use shared::survey::SurveyForm;

const DRAFT_KEY: &str = "ctpat-feedback-draft-v1";
const RECEIPT_KEY: &str = "ctpat-last-receipt-v1";
const SUPPORTER_KEY: &str = "ctpat-supporter-v1";
const SURVEY_DRAFT_KEY: &str = "ctpat-survey-draft-v1";
const SURVEY_RECEIPT_KEY: &str = "ctpat-last-survey-receipt-v1";

/// A form in progress, and the request last sent from it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub form: FeedbackForm,
    /// The form as last sent and the Idempotency-Key it was sent with: sending the same form
    /// again reuses the key, so a retry after a lost answer cannot store it twice.
    pub last_attempt: Option<(FeedbackForm, String)>,
    /// The files uploaded for this form, whose ids are `form.attachments`: kept so a reload still
    /// lists them by name and size. Absent from drafts saved before attachments existed.
    #[serde(default)]
    pub uploads: Vec<UploadedFile>,
}

fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

fn read<T: DeserializeOwned>(storage: Option<web_sys::Storage>, key: &str) -> Option<T> {
    let raw = storage?.get_item(key).ok()??;
    serde_json::from_str(&raw).ok()
}

fn write<T: Serialize>(storage: Option<web_sys::Storage>, key: &str, value: &T) {
    if let (Some(s), Ok(raw)) = (storage, serde_json::to_string(value)) {
        // A full or disabled storage only loses the autosave, never the form on screen.
        let _ = s.set_item(key, &raw);
    }
}

pub fn load_draft() -> Option<Draft> {
    read(local(), DRAFT_KEY)
}

pub fn save_draft(draft: &Draft) {
    write(local(), DRAFT_KEY, draft);
}

pub fn clear_draft() {
    if let Some(s) = local() {
        let _ = s.remove_item(DRAFT_KEY);
    }
}

pub fn load_receipt() -> Option<SubmissionReceipt> {
    read(session(), RECEIPT_KEY)
}

pub fn save_receipt(receipt: &SubmissionReceipt) {
    write(session(), RECEIPT_KEY, receipt);
}

/// This browser's supporter token: made once and kept, so support from one browser counts once.
pub fn supporter_token() -> String {
    if let Some(token) = local().and_then(|s| s.get_item(SUPPORTER_KEY).ok().flatten()).filter(|t| t.len() == 32) {
        return token;
    }
    let token = random_key();
    if let Some(s) = local() {
        let _ = s.set_item(SUPPORTER_KEY, &token);
    }
    token
}

/// 128 random bits as hex, from the browser's CSPRNG.
pub fn random_key() -> String {
    let mut bytes = [0u8; 16];
    if let Some(crypto) = web_sys::window().and_then(|w| w.crypto().ok()) {
        let _ = crypto.get_random_values_with_u8_array(&mut bytes);
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A benefit survey in progress. It holds the answers to every benefit, the Trade Compliance ones
/// included, so unticking "Trade Compliance" and ticking it again loses nothing.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SurveyDraft {
    pub form: SurveyForm,
    /// The round, the form as last sent to it and the Idempotency-Key it was sent with: the same
    /// form sent again to the same round reuses the key, so a retry cannot store it twice.
    pub last_attempt: Option<(i64, SurveyForm, String)>,
}

pub fn load_survey_draft() -> Option<SurveyDraft> {
    read(local(), SURVEY_DRAFT_KEY)
}

pub fn save_survey_draft(draft: &SurveyDraft) {
    write(local(), SURVEY_DRAFT_KEY, draft);
}

pub fn clear_survey_draft() {
    if let Some(s) = local() {
        let _ = s.remove_item(SURVEY_DRAFT_KEY);
    }
}

/// The receipt just issued, so the receipt page shows it without asking the server again.
pub fn load_survey_receipt() -> Option<SurveyReceipt> {
    read(session(), SURVEY_RECEIPT_KEY)
}

pub fn save_survey_receipt(receipt: &SurveyReceipt) {
    write(session(), SURVEY_RECEIPT_KEY, receipt);
}

const VALIDATION_DRAFT_KEY: &str = "ctpat-validation-draft-v1";
const VALIDATION_RECEIPT_KEY: &str = "ctpat-last-validation-receipt-v1";

/// A validation report in progress, and the form as last sent with its Idempotency-Key: the
/// same form sent again reuses the key, so a retry after a lost answer cannot store it twice.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ValidationDraft {
    pub form: shared::validation::ReportForm,
    pub last_attempt: Option<(shared::validation::ReportForm, String)>,
}

pub fn load_validation_draft() -> Option<ValidationDraft> {
    read(local(), VALIDATION_DRAFT_KEY)
}

pub fn save_validation_draft(draft: &ValidationDraft) {
    write(local(), VALIDATION_DRAFT_KEY, draft);
}

pub fn clear_validation_draft() {
    if let Some(s) = local() {
        let _ = s.remove_item(VALIDATION_DRAFT_KEY);
    }
}

/// The receipt just issued (this tab only), so the receipt page needs no second request.
pub fn load_validation_receipt() -> Option<shared::api::validation::ValidationReceipt> {
    read(session(), VALIDATION_RECEIPT_KEY)
}

pub fn save_validation_receipt(receipt: &shared::api::validation::ValidationReceipt) {
    write(session(), VALIDATION_RECEIPT_KEY, receipt);
}
