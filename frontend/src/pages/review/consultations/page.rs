//! What the consultations page's parts share: the error summary, the confirmation and the consultation the form edits.

use crate::api::Failure;
use crate::components::error_summary::{focus_summary, Problem};
use crate::pages::review::{failure_problems, Control};
use leptos::html::Div;
use leptos::prelude::*;
use shared::api::public::ConsultationView;

/// What the page's parts share: the error summary, the confirmation, and which consultation the
/// form edits (`None`: the form opens a new one).
#[derive(Clone, Copy)]
pub struct Page {
    pub problems: RwSignal<Vec<Problem>>,
    pub notice: RwSignal<Option<String>>,
    pub editing: RwSignal<Option<ConsultationView>>,
    pub(super) summary: NodeRef<Div>,
    pub(super) ended: RwSignal<bool>,
}

impl Page {
    pub fn start(self) {
        self.problems.set(Vec::new());
        self.notice.set(None);
    }

    /// Problems found before sending: shown in the summary, which takes the focus.
    pub fn fail(self, problems: Vec<Problem>) {
        self.problems.set(problems);
        focus_summary(self.summary);
    }

    pub fn failed(self, failure: Failure, controls: &[Control]) {
        match failure {
            Failure::Unauthorized => self.ended.set(true),
            other => self.fail(failure_problems(&other, controls)),
        }
    }
}
