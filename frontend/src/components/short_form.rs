//! A short public form sent in one go, with no draft kept (follow by email, support a board item,
//! report feedback filed in your name): the rules' problems stop it before it is sent, the
//! server's come back linked to the controls, the error summary gets the focus either way, and
//! the submit button is busy while the form is on its way.

use std::future::Future;

use leptos::ev::SubmitEvent;
use leptos::html::Div;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::Failure;
use crate::components::error_summary::{focus_summary, Problem};
use crate::components::notice::{field_error, form_problems};
use crate::i18n::t;

#[derive(Clone, Copy)]
pub struct ShortForm {
    pub problems: RwSignal<Vec<Problem>>,
    pub summary: NodeRef<Div>,
    sending: RwSignal<bool>,
    /// `(field key, control id)`: where the server's field problems link to.
    controls: &'static [(&'static str, &'static str)],
}

impl ShortForm {
    pub fn new(controls: &'static [(&'static str, &'static str)]) -> Self {
        ShortForm {
            problems: RwSignal::new(Vec::new()),
            summary: NodeRef::new(),
            sending: RwSignal::new(false),
            controls,
        }
    }

    /// The message for the control `id`, if the problems name it.
    pub fn error(self, id: &'static str) -> Signal<Option<String>> {
        field_error(self.problems.into(), id)
    }

    /// Sends the form with `request`, unless it is on its way already or `found` (the rules'
    /// problems with what was typed) is not empty; `done` takes the server's answer.
    pub fn submit<T, Fut>(
        self,
        ev: SubmitEvent,
        found: Vec<Problem>,
        request: impl FnOnce() -> Fut,
        done: impl FnOnce(T) + 'static,
    ) where
        Fut: Future<Output = Result<T, Failure>> + 'static,
    {
        ev.prevent_default();
        if self.sending.get_untracked() {
            return;
        }
        if !found.is_empty() {
            self.problems.set(found);
            focus_summary(self.summary);
            return;
        }
        self.problems.set(Vec::new());
        self.sending.set(true);
        let answer = request();
        spawn_local(async move {
            let result = answer.await;
            self.sending.set(false);
            match result {
                Ok(answer) => done(answer),
                Err(failure) => {
                    self.problems.set(form_problems(&failure, self.controls));
                    focus_summary(self.summary);
                }
            }
        });
    }
}

/// The form's submit button: `label`, or "Sending…" (and `aria-disabled`) while on its way.
#[component]
pub fn SendButton(form: ShortForm, label: &'static str) -> impl IntoView {
    let sending = form.sending;
    view! {
        <button type="submit" class="usa-button" aria-disabled=move || sending.get().then_some("true")>
            {move || if sending.get() { t().public.sending } else { label }}
        </button>
    }
}
