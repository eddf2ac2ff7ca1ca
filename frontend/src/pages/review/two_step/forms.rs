//! What the forms of two-step verification share: the one-time code field (set-up, new recovery
//! codes, the sign-in's second step), how a code is cleaned before sending, how a refused code
//! is worded, and focus moved to a heading that has just appeared.

use leptos::ev::SubmitEvent;
use leptos::html::Div;
use leptos::prelude::*;

use crate::api::Failure;
use crate::components::error_summary::{focus_field, focus_summary, Problem};
use crate::components::fields::TextInput;
use crate::pages::review::buttons::SubmitButton;
use crate::pages::review::{at, failure_problems, field_error, general, rule_message};

/// The API's field for a code (`CodeForm::code`), which is also its control's `id`.
pub(in crate::pages::review) const CODE: &str = "code";

/// A code as typed, without the spaces people copy or add between groups of digits.
pub(in crate::pages::review) fn clean_code(raw: &str) -> String {
    raw.split_whitespace().collect()
}

/// Six digits, as authenticator apps show them.
fn is_app_code(code: &str) -> bool {
    code.len() == 6 && code.bytes().all(|b| b.is_ascii_digit())
}

/// A failed call that sent a code, as error-summary lines: a field error on `code` means the
/// code did not work (`wrong`), worded for the control labelled `label`; anything else as usual.
pub(in crate::pages::review) fn code_problems(
    failure: &Failure,
    label: &'static str,
    wrong: &'static str,
) -> Vec<Problem> {
    match failure {
        Failure::Rejected(error) if error.fields.iter().any(|f| f.field == CODE) => error
            .fields
            .iter()
            .map(|f| match (f.field.as_str(), f.code.as_str()) {
                (CODE, "required") => at(CODE, rule_message(label, shared::text::Problem::Required)),
                (CODE, _) => at(CODE, wrong),
                _ => general(f.message.clone()),
            })
            .collect(),
        other => failure_problems(other, &[(CODE, CODE, label)]),
    }
}

/// Focuses the element `id` (a heading with `tabindex="-1"`) once the page has drawn it.
pub(super) fn focus_when_drawn(id: &'static str) {
    request_animation_frame(move || focus_field(id));
}

/// A form of one field for a code from the authenticator app, checked before it is sent: `send`
/// gets the six digits. The caller makes the call, sets `busy` and reports what failed.
#[component]
pub(super) fn AppCodeForm(
    problems: RwSignal<Vec<Problem>>,
    summary: NodeRef<Div>,
    busy: RwSignal<bool>,
    button: &'static str,
    busy_text: &'static str,
    send: Callback<String>,
) -> impl IntoView {
    let w = crate::i18n::reviewer().two_step;
    let code = RwSignal::new(String::new());
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let digits = clean_code(&code.get_untracked());
        let problem = if digits.is_empty() {
            Some(w.app_code_missing)
        } else if !is_app_code(&digits) {
            Some(w.app_code_format)
        } else {
            None
        };
        if let Some(message) = problem {
            problems.set(vec![at(CODE, message)]);
            focus_summary(summary);
            return;
        }
        problems.set(Vec::new());
        send.run(digits);
    };
    view! {
        <form class="usa-form" novalidate on:submit=on_submit>
            <TextInput
                id=CODE
                label=w.app_code
                hint=w.app_code_hint
                autocomplete="one-time-code"
                inputmode="numeric"
                value=code.into()
                set=Callback::new(move |v| code.set(v))
                error=field_error(problems.into(), CODE)
            />
            <SubmitButton busy=busy.into() label=button busy_label=busy_text />
        </form>
    }
}
