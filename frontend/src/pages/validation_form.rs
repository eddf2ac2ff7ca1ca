//! The validation report form's rules as the page applies them: what is sent, the problems the
//! shared rules (`Report::parse`) and the server find, worded for the error summary, and the
//! form's measures and ratings as fields to write.

use shared::api::ErrorCode;
use shared::time::Timestamp;
use shared::validation::{field, Measure, Rating, Report, ReportForm, ValidationKind};

use crate::api::Failure;
use crate::components::error_summary::Problem;
use crate::i18n::t;

/// This month in UTC, as the worker reads it: a report is about a validation already held.
pub fn this_month() -> (i32, u8) {
    let c = Timestamp(js_sys::Date::now() as i64).civil();
    (c.year as i32, c.month as u8)
}

/// What is sent: a rating of consistency with earlier validations stays in the draft (the person
/// may switch back to "Revalidation") but is not sent for a first validation.
pub fn to_send(form: &ReportForm) -> ReportForm {
    let mut out = form.clone();
    if out.kind == ValidationKind::Validation.code() {
        out.consistency_with_earlier.clear();
    }
    out
}

/// Every field key, which is also the `id` of its control on this page.
fn on_page(key: &str) -> bool {
    use field::*;
    [MONTH, KIND, ENTITY_TYPE, CTPAT_STATUS, MODE, FIELD_OFFICE, STANDARDIZE, NAME, ORGANIZATION, EMAIL].contains(&key)
        || Measure::from_code(key).is_some()
        || Rating::from_code(key).is_some()
}

pub fn client_problems(form: &ReportForm) -> Vec<Problem> {
    let m = t();
    match Report::parse(form, this_month()) {
        Ok(_) => Vec::new(),
        Err(errors) => errors
            .into_iter()
            .map(|e| Problem { message: m.problem_message(&e.field, e.problem), field: e.field })
            .collect(),
    }
}

pub fn server_problems(failure: Failure) -> Vec<Problem> {
    let m = t();
    let general = |message: String| vec![Problem { field: String::new(), message }];
    match failure {
        Failure::Network => general(m.error_network.to_owned()),
        Failure::Server | Failure::Unauthorized | Failure::Forbidden => general(m.error_server.to_owned()),
        Failure::RateLimited(seconds) => general((m.rate_limited)(seconds)),
        Failure::Rejected(error) if error.code == ErrorCode::RejectedAsAutomated => {
            general(m.error_automated.to_owned())
        }
        Failure::Rejected(error) if !error.fields.is_empty() => error
            .fields
            .into_iter()
            .map(|f| Problem { field: if on_page(&f.field) { f.field } else { String::new() }, message: f.message })
            .collect(),
        Failure::Rejected(error) => general(error.message),
    }
}

/// The server says the office chosen is gone (retired while the form was open): the list is
/// read again so the select offers only offices that exist.
pub fn office_gone(failure: &Failure) -> bool {
    matches!(failure, Failure::Rejected(e) if e.fields.iter().any(|f| f.field == field::FIELD_OFFICE && f.code == "not_found"))
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
