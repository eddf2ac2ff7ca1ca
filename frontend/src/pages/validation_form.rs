//! The validation report as a drafted form (`components::draft_form`): what is sent, the shared
//! rules (`Report::parse`), where its receipt is shown, and the form's measures and ratings as
//! fields to write.

use std::future::Future;

use leptos::prelude::*;
use shared::api::validation::{FieldOffice, ValidationReceipt};
use shared::text::FieldError;
use shared::time::Timestamp;
use shared::validation::{field, Measure, Rating, Report, ReportForm, ValidationKind};

use crate::api::{self, Failure};
use crate::components::draft_form::DraftedForm;
use crate::paths::VALIDATION_REPORT_PAGE;
use crate::storage::{self, Kept, ValidationDraft};

/// This month in UTC, as the worker reads it: a report is about a validation already held.
fn this_month() -> (i32, u8) {
    let c = Timestamp(js_sys::Date::now() as i64).civil();
    (c.year as i32, c.month as u8)
}

/// The validation report, and the field offices its select offers: read again when the server
/// says the office chosen is gone (retired while the form was open), so the select offers only
/// offices that exist.
#[derive(Clone, Copy)]
pub struct ValidationReportForm {
    pub offices: LocalResource<Result<Vec<FieldOffice>, Failure>>,
}

impl DraftedForm for ValidationReportForm {
    type Draft = ValidationDraft;
    type Form = ReportForm;
    type Receipt = ValidationReceipt;

    const KEPT: Kept<ValidationDraft> = storage::VALIDATION_DRAFT;

    fn form(draft: &ValidationDraft) -> &ReportForm {
        &draft.form
    }
    fn form_mut(draft: &mut ValidationDraft) -> &mut ReportForm {
        &mut draft.form
    }
    fn key_sent(self, draft: &ValidationDraft, form: &ReportForm) -> Option<String> {
        draft.last_attempt.as_ref().filter(|(sent, _)| sent == form).map(|(_, key)| key.clone())
    }
    fn remember_sent(self, draft: &mut ValidationDraft, form: ReportForm, key: String) {
        draft.last_attempt = Some((form, key));
    }

    /// A rating of consistency with earlier validations stays in the draft (the person may switch
    /// back to "Revalidation") but is not sent for a first validation.
    fn to_send(form: &ReportForm) -> ReportForm {
        let mut out = form.clone();
        if out.kind == ValidationKind::Validation.code() {
            out.consistency_with_earlier.clear();
        }
        out
    }
    fn check(form: &ReportForm) -> Result<(), Vec<FieldError>> {
        Report::parse(form, this_month()).map(drop)
    }
    /// Every field key, which is also the `id` of its control on this page.
    fn on_page(key: &str, _: &ReportForm) -> bool {
        use field::*;
        [MONTH, KIND, ENTITY_TYPE, CTPAT_STATUS, MODE, FIELD_OFFICE, STANDARDIZE, NAME, ORGANIZATION, EMAIL]
            .contains(&key)
            || Measure::from_code(key).is_some()
            || Rating::from_code(key).is_some()
    }
    fn send(self, form: &ReportForm, key: &str) -> impl Future<Output = Result<ValidationReceipt, Failure>> {
        api::validation::submit(form, key)
    }
    fn keep_receipt(receipt: &ValidationReceipt) -> String {
        storage::VALIDATION_RECEIPT.save(receipt);
        format!("{VALIDATION_REPORT_PAGE}/receipt/{}", receipt.tracking_number)
    }

    fn refused(self, failure: &Failure) {
        let office_gone = matches!(failure, Failure::Rejected(e)
            if e.fields.iter().any(|f| f.field == field::FIELD_OFFICE && f.code == "not_found"));
        if office_gone {
            self.offices.refetch();
        }
    }
}

pub fn measure_mut(f: &mut ReportForm, m: Measure) -> &mut String {
    match m {
        Measure::DaysNoticeToVisit => &mut f.days_notice_to_visit,
        Measure::DaysOnSite => &mut f.days_on_site,
        Measure::WeeksToReport => &mut f.weeks_to_report,
        Measure::Recommendations => &mut f.recommendations,
        Measure::RequiredActions => &mut f.required_actions,
    }
}

pub fn rating_mut(f: &mut ReportForm, r: Rating) -> &mut String {
    match r {
        Rating::Clarity => &mut f.clarity,
        Rating::ConsistencyWithCriteria => &mut f.consistency_with_criteria,
        Rating::ConsistencyWithEarlier => &mut f.consistency_with_earlier,
        Rating::Usefulness => &mut f.usefulness,
    }
}
