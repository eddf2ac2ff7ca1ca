//! What the users page's parts share: the admin's client, the error summary and the confirmation.

use crate::api::review::Admin;
use crate::api::Failure;
use crate::components::error_summary::{focus_summary, Problem};
use crate::pages::review::{failure_problems, Control};
use leptos::html::Div;
use leptos::prelude::*;

/// What the page's parts share: the admin's client, the error summary and the confirmation.
#[derive(Clone, Copy)]
pub(super) struct Page {
    pub admin: StoredValue<Admin>,
    pub(super) problems: RwSignal<Vec<Problem>>,
    pub notice: RwSignal<Option<String>>,
    pub(super) summary: NodeRef<Div>,
    pub(super) ended: RwSignal<bool>,
}

impl Page {
    pub fn start(self) {
        self.problems.set(Vec::new());
        self.notice.set(None);
    }

    pub fn failed(self, failure: Failure, controls: &[Control]) {
        match failure {
            Failure::Unauthorized => self.ended.set(true),
            other => {
                self.problems.set(failure_problems(&other, controls));
                focus_summary(self.summary);
            }
        }
    }
}
