//! What the admins' list pages (consultations, survey rounds, users, field offices) tell the
//! person, whichever of their forms was used: the problems in the one error summary at the top,
//! the one confirmation on show under it, and a session that ended.

use leptos::html::Div;
use leptos::prelude::*;

use super::{alert, failure_problems, use_session_ended, Control};
use crate::api::Failure;
use crate::components::error_summary::{focus_summary, ErrorSummary, Problem};

#[derive(Clone, Copy)]
pub struct PageNotices {
    pub problems: RwSignal<Vec<Problem>>,
    pub notice: RwSignal<Option<String>>,
    summary: NodeRef<Div>,
    ended: RwSignal<bool>,
}

impl PageNotices {
    /// Nothing to say yet; only a page inside the workspace may ask.
    pub fn new() -> Self {
        PageNotices {
            problems: RwSignal::new(Vec::new()),
            notice: RwSignal::new(None),
            summary: NodeRef::new(),
            ended: use_session_ended(),
        }
    }

    /// A form is used: what was said before no longer applies.
    pub fn start(self) {
        self.problems.set(Vec::new());
        self.notice.set(None);
    }

    /// Problems found before sending, or sent back: shown in the summary, which takes the focus.
    pub fn fail(self, problems: Vec<Problem>) {
        self.problems.set(problems);
        focus_summary(self.summary);
    }

    /// A failed call: a 401 sends the person to sign in and back here (the workspace does it);
    /// other failures go to the summary, field errors linked to `controls`.
    pub fn failed(self, failure: Failure, controls: &[Control]) {
        match failure {
            Failure::Unauthorized => self.ended.set(true),
            other => self.fail(failure_problems(&other, controls)),
        }
    }

    /// The error summary and, in a live region that is always there, the confirmation.
    pub fn view(self) -> impl IntoView {
        view! {
            <ErrorSummary problems=self.problems.into() node_ref=self.summary />
            <div role="status">{move || self.notice.get().map(|text| alert("usa-alert--success", text))}</div>
        }
    }
}
