//! What the public pages say while loading and when a call fails, and a failed form's problems
//! for its error summary.

use leptos::prelude::*;

use crate::api::Failure;
use crate::components::error_summary::Problem;
use crate::i18n::t;

/// A USWDS alert. `role="status"` for news, `role="alert"` for errors and warnings.
pub fn alert(kind: &'static str, text: String) -> AnyView {
    let role = if kind == "usa-alert--success" || kind == "usa-alert--info" { "status" } else { "alert" };
    slim_alert(kind, role, text)
}

/// A slim USWDS alert of `kind` (`usa-alert--info`, …) with its ARIA `role`.
pub fn slim_alert(kind: &'static str, role: &'static str, text: String) -> AnyView {
    view! {
        <div class=format!("usa-alert {kind} usa-alert--slim") role=role>
            <div class="usa-alert__body">
                <p class="usa-alert__text">{text}</p>
            </div>
        </div>
    }
    .into_any()
}

pub fn loading() -> AnyView {
    view! { <p role="status">{t().loading}</p> }.into_any()
}

/// Why a call failed, when the reason is not the person's input.
pub fn failure_text(failure: &Failure) -> String {
    let p = t().public;
    match failure {
        Failure::Network => p.error_network.to_owned(),
        Failure::RateLimited(seconds) => (p.rate_limited)(*seconds),
        Failure::Rejected(error) => error.message.clone(),
        Failure::Server | Failure::Unauthorized | Failure::Forbidden => p.error_server.to_owned(),
    }
}

/// A failed load as an alert.
pub fn failed_load(failure: &Failure) -> AnyView {
    alert("usa-alert--error", failure_text(failure))
}

/// A failed submit as error-summary lines: the API's field keys map to the `id`s of the controls
/// in `controls` (`(field key, control id)`); a field with no control is reported unlinked.
pub fn form_problems(failure: &Failure, controls: &[(&str, &'static str)]) -> Vec<Problem> {
    match failure {
        Failure::Rejected(error) if !error.fields.is_empty() => error
            .fields
            .iter()
            .map(|f| Problem {
                field: controls
                    .iter()
                    .find(|(key, _)| *key == f.field)
                    .map(|(_, id)| (*id).to_owned())
                    .unwrap_or_default(),
                message: f.message.clone(),
            })
            .collect(),
        other => vec![Problem { field: String::new(), message: failure_text(other) }],
    }
}

/// The message for the control `id`, if the problems name it.
pub fn field_error(problems: Signal<Vec<Problem>>, id: &'static str) -> Signal<Option<String>> {
    Signal::derive(move || problems.with(|ps| ps.iter().find(|p| p.field == id).map(|p| p.message.clone())))
}
