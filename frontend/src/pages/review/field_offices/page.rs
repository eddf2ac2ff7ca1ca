//! What the field offices page's parts share: the admin's client, what the page tells the
//! person and the office being renamed; and the office name rule as the page shows it.

use leptos::prelude::*;
use shared::validation::OFFICE_RULE;

use crate::api::review::Admin;
use crate::api::Failure;
use crate::pages::review::page_notices::PageNotices;
use crate::pages::review::{at, rule_message};

/// What the page's parts share: the admin's client, the error summary and the confirmation, and
/// the office being renamed (one at a time, so the rename field can have one `id`).
#[derive(Clone, Copy)]
pub(super) struct Page {
    pub admin: StoredValue<Admin>,
    pub notices: PageNotices,
    pub renaming: RwSignal<Option<i64>>,
}

impl Page {
    /// A failed call: sign in again on 401, else the problems, a name's at the control `name_id`.
    pub fn failed(self, failure: Failure, name_id: &'static str) {
        let v = crate::i18n::reviewer().offices;
        match failure {
            // The worker refuses a name another office has (whatever the case) this way.
            Failure::Rejected(e) if e.fields.iter().any(|f| f.field == "name" && f.code == "not_allowed_now") => {
                self.notices.fail(vec![at(name_id, v.office_name_taken)])
            }
            other => self.notices.failed(other, &[("name", name_id, v.office_name)]),
        }
    }
}

/// A name checked with the server's rule: the normalised name, or the sentence to show.
pub(super) fn check_name(raw: &str) -> Result<String, String> {
    match OFFICE_RULE.parse(raw) {
        Ok(Some(name)) => Ok(name),
        Ok(None) => Err(rule_message(crate::i18n::reviewer().offices.office_name, shared::text::Problem::Required)),
        Err(problem) => Err(rule_message(crate::i18n::reviewer().offices.office_name, problem)),
    }
}
