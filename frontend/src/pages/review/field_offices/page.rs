//! What the field offices page's parts share: the admin's client, the error summary, the confirmation and the office being renamed; and the office name rule as the page shows it.

use crate::api::review::Admin;
use crate::api::Failure;
use crate::components::error_summary::{focus_summary, Problem};
use crate::i18n::reviewer;
use crate::pages::review::{at, failure_problems, rule_message};
use leptos::html::Div;
use leptos::prelude::*;
use shared::validation::OFFICE_RULE;

/// What the page's parts share: the admin's client, the error summary, the confirmation and the
/// office being renamed (one at a time, so the rename field can have one `id`).
#[derive(Clone, Copy)]
pub(super) struct Page {
    pub admin: StoredValue<Admin>,
    pub problems: RwSignal<Vec<Problem>>,
    pub notice: RwSignal<Option<String>>,
    pub renaming: RwSignal<Option<i64>>,
    pub(super) summary: NodeRef<Div>,
    pub(super) ended: RwSignal<bool>,
}

impl Page {
    pub fn start(self) {
        self.problems.set(Vec::new());
        self.notice.set(None);
    }

    pub fn fail(self, problems: Vec<Problem>) {
        self.problems.set(problems);
        focus_summary(self.summary);
    }

    /// A failed call: sign in again on 401, else the problems, a name's at the control `name_id`.
    pub fn failed(self, failure: Failure, name_id: &'static str) {
        let v = reviewer().offices;
        match failure {
            // The workspace sends the person to sign in and back here.
            Failure::Unauthorized => self.ended.set(true),
            // The worker refuses a name another office has (whatever the case) this way.
            Failure::Rejected(e) if e.fields.iter().any(|f| f.field == "name" && f.code == "not_allowed_now") => {
                self.fail(vec![at(name_id, v.office_name_taken)])
            }
            other => self.fail(failure_problems(&other, &[("name", name_id, v.office_name)])),
        }
    }
}

/// A name checked with the server's rule: the normalised name, or the sentence to show.
pub(super) fn check_name(raw: &str) -> Result<String, String> {
    match OFFICE_RULE.parse(raw) {
        Ok(Some(name)) => Ok(name),
        Ok(None) => Err(rule_message(reviewer().offices.office_name, shared::text::Problem::Required)),
        Err(problem) => Err(rule_message(reviewer().offices.office_name, problem)),
    }
}
