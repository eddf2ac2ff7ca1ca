//! The browser's storage: the autosaved draft (localStorage, survives crashes and restarts) and
//! the last receipt (sessionStorage, this tab only, because it holds contact details).

use std::marker::PhantomData;

use serde::{de::DeserializeOwned, Deserialize, Serialize};
use shared::api::analytics::SurveyReceipt;
use shared::api::public::UploadedFile;
use shared::api::validation::ValidationReceipt;
use shared::api::SubmissionReceipt;
use shared::feedback::FeedbackForm;
use shared::survey::SurveyForm;
use shared::validation::ReportForm;

const SUPPORTER: Place = Place { key: "ctpat-supporter-v1", session: false };

/// The feedback form's draft.
pub const DRAFT: Kept<Draft> = Kept::local("ctpat-feedback-draft-v1");
/// The feedback receipt just issued, contact details included.
pub const RECEIPT: Kept<SubmissionReceipt> = Kept::session("ctpat-last-receipt-v1");
pub const SURVEY_DRAFT: Kept<SurveyDraft> = Kept::local("ctpat-survey-draft-v1");
/// The receipt just issued, so the receipt page shows it without asking the server again.
pub const SURVEY_RECEIPT: Kept<SurveyReceipt> = Kept::session("ctpat-last-survey-receipt-v1");
pub const VALIDATION_DRAFT: Kept<ValidationDraft> = Kept::local("ctpat-validation-draft-v1");
/// The receipt just issued (this tab only), so the receipt page needs no second request.
pub const VALIDATION_RECEIPT: Kept<ValidationReceipt> = Kept::session("ctpat-last-validation-receipt-v1");

/// Where this browser keeps one value of type `T`, as JSON under its key: a draft in
/// localStorage (it survives a crash or a restart), a receipt in sessionStorage (this tab only,
/// because it may hold contact details).
pub struct Kept<T> {
    place: Place,
    value: PhantomData<fn() -> T>,
}

impl<T: Serialize + DeserializeOwned> Kept<T> {
    const fn local(key: &'static str) -> Self {
        Kept { place: Place { key, session: false }, value: PhantomData }
    }

    const fn session(key: &'static str) -> Self {
        Kept { place: Place { key, session: true }, value: PhantomData }
    }

    pub fn load(&self) -> Option<T> {
        serde_json::from_str(&self.place.get()?).ok()
    }

    pub fn save(&self, value: &T) {
        if let Ok(raw) = serde_json::to_string(value) {
            self.place.set(&raw);
        }
    }

    pub fn clear(&self) {
        self.place.remove();
    }
}

/// A key in one of the browser's storages: what `Kept` does without its type.
#[derive(Clone, Copy)]
struct Place {
    key: &'static str,
    session: bool,
}

impl Place {
    fn storage(self) -> Option<web_sys::Storage> {
        let window = web_sys::window()?;
        if self.session { window.session_storage() } else { window.local_storage() }.ok()?
    }

    fn get(self) -> Option<String> {
        self.storage()?.get_item(self.key).ok()?
    }

    fn set(self, raw: &str) {
        if let Some(s) = self.storage() {
            // A full or disabled storage only loses the autosave, never the form on screen.
            let _ = s.set_item(self.key, raw);
        }
    }

    fn remove(self) {
        if let Some(s) = self.storage() {
            let _ = s.remove_item(self.key);
        }
    }
}

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

/// This browser's supporter token: made once and kept, so support from one browser counts once.
pub fn supporter_token() -> String {
    if let Some(token) = SUPPORTER.get().filter(|t| t.len() == 32) {
        return token;
    }
    let token = random_key();
    SUPPORTER.set(&token);
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

/// A validation report in progress, and the form as last sent with its Idempotency-Key: the
/// same form sent again reuses the key, so a retry after a lost answer cannot store it twice.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ValidationDraft {
    pub form: ReportForm,
    pub last_attempt: Option<(ReportForm, String)>,
}
