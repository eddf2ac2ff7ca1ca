//! What the forms of a page that edits one thing share while they send (a submission, a
//! cluster): the problems for the one error summary, whether a request is on its way, and what a
//! failed request does.

use leptos::html::Div;
use leptos::prelude::*;

use super::{failure_problems, field_error, use_session_ended, Control};
use crate::api::Failure;
use crate::components::error_summary::{focus_summary, ErrorSummary, Problem};

#[derive(Clone, Copy)]
pub struct Sending {
    pub problems: RwSignal<Vec<Problem>>,
    pub busy: RwSignal<bool>,
    summary: NodeRef<Div>,
    ended: RwSignal<bool>,
    /// The API's field keys and the controls on the page they belong to.
    controls: fn() -> Vec<Control>,
    /// Takes the page's confirmation away: a new request or a problem makes it out of date.
    quiet: Callback<()>,
}

impl Sending {
    /// Nothing sent yet; only a page inside the workspace may ask.
    pub fn new(controls: fn() -> Vec<Control>, quiet: Callback<()>) -> Self {
        Sending {
            problems: RwSignal::new(Vec::new()),
            busy: RwSignal::new(false),
            summary: NodeRef::new(),
            ended: use_session_ended(),
            controls,
            quiet,
        }
    }

    pub fn error(self, id: &'static str) -> Signal<Option<String>> {
        field_error(self.problems.into(), id)
    }

    /// Shows problems found before sending, or sent back, and moves focus to the summary.
    pub fn fail(self, problems: Vec<Problem>) {
        self.quiet.run(());
        self.problems.set(problems);
        focus_summary(self.summary);
    }

    /// Whether a request may start now; marks the page busy if so.
    pub fn start(self) -> bool {
        if self.busy.get_untracked() {
            return false;
        }
        self.busy.set(true);
        self.quiet.run(());
        true
    }

    /// The end of a request that failed: a 401 sends the person to sign in (the workspace does
    /// it), other failures go to the summary.
    pub fn failed(self, failure: Failure) {
        self.busy.set(false);
        match failure {
            Failure::Unauthorized => self.ended.set(true),
            other => self.fail(failure_problems(&other, &(self.controls)())),
        }
    }

    /// The end of a request that succeeded: the problems it answered are gone.
    pub fn succeeded(self) {
        self.busy.set(false);
        self.problems.set(Vec::new());
    }

    /// The page's error summary.
    pub fn summary(self) -> impl IntoView {
        view! { <ErrorSummary problems=self.problems.into() node_ref=self.summary /> }
    }
}
