//! The reviewer workspace: sign in, the queue, one submission, consultations, users, the audit
//! log, the email log, the CBP field offices and two-step verification. Every page
//! but sign-in renders inside [`workspace::ReviewArea`], which first makes sure someone is signed
//! in and hands the pages a [`Reviewer`].

mod admin_page;
pub mod analytics;
pub mod audit;
mod buttons;
pub mod cluster;
pub mod consultations;
mod editor;
pub mod field_offices;
mod filters;
pub mod outbox;
mod page_notices;
pub mod queue;
mod sending;
pub mod sign_in;
pub mod submission;
pub mod survey_rounds;
pub mod two_step;
pub mod users;
pub mod workspace;

use crate::router::use_location;
use crate::router::NavigateOptions;
use crate::router::Redirect;
use leptos::prelude::*;
use shared::api::mfa::TwoStepState;
use shared::text::Problem as Rule;
use shared::url::encode_component;

use crate::api::review::Reviewer;
use crate::api::Failure;
use crate::components::error_summary::Problem;
use crate::components::filter_form::FilterAddress;
use crate::i18n::t;
use crate::paths::SIGN_IN_PAGE;

/// The sign-in page, coming back to `next` afterwards.
pub fn sign_in_href(next: &str) -> String {
    format!("{SIGN_IN_PAGE}?next={}", encode_component(next))
}

/// The reviewer the workspace signed in; only pages inside `ReviewArea` may ask.
pub fn use_reviewer() -> Reviewer {
    expect_context::<Reviewer>()
}

/// Set when a call answers 401 (the session timed out or was ended elsewhere): the workspace
/// then sends the person to sign in and back. A signal, because async handlers run without the
/// router's context and cannot navigate themselves.
#[derive(Clone, Copy, Debug)]
pub struct SessionEnded(pub RwSignal<bool>);

pub fn use_session_ended() -> RwSignal<bool> {
    expect_context::<SessionEnded>().0
}

/// Where the signed-in account stands with two-step verification, kept by the workspace: from the
/// session, then from what happens (set up on the two-step page, a policy saved, a call refused
/// with `two_step_required`). While `required && !enrolled` the workspace shows only the
/// two-step page.
#[derive(Clone, Copy, Debug)]
pub struct TwoStepStatus(pub RwSignal<TwoStepState>);

pub fn use_two_step() -> RwSignal<TwoStepState> {
    expect_context::<TwoStepStatus>().0
}

/// Goes to sign in, then back to this very address.
#[component]
pub fn SignInAgain() -> impl IntoView {
    let location = use_location();
    let here = location.pathname.get_untracked();
    let search = location.search.get_untracked();
    let here = if search.is_empty() { here } else { format!("{here}?{search}") };
    // Replace: going back from the sign-in page should not bounce through a page that redirects.
    view! { <Redirect path=sign_in_href(&here) options=NavigateOptions { replace: true, ..Default::default() } /> }
}

/// What to tell the person when a call failed for a reason other than their input.
pub fn failure_message(failure: &Failure) -> String {
    let r = crate::i18n::reviewer();
    match failure {
        Failure::Network => r.error_network.to_owned(),
        Failure::Server => r.error_server.to_owned(),
        Failure::RateLimited(seconds) => (r.rate_limited)(*seconds),
        Failure::Forbidden => r.need_admin.to_owned(),
        Failure::Unauthorized => r.session_ended.to_owned(),
        Failure::Rejected(error) => error.message.clone(),
    }
}

/// Problems whose codes carry no numbers can be worded with the label the person sees on this
/// page; the others keep the server's sentence.
fn rule_for(code: &str) -> Option<Rule> {
    Some(match code {
        "required" => Rule::Required,
        "too_common" => Rule::TooCommon,
        "forbidden_character" => Rule::ForbiddenCharacter,
        "single_line_only" => Rule::SingleLineOnly,
        "invalid_email" => Rule::InvalidEmail,
        "unknown_choice" => Rule::UnknownChoice,
        "not_applicable" => Rule::NotApplicable,
        "wrong_type" => Rule::WrongType,
        "not_allowed_now" => Rule::NotAllowedNow,
        "not_found" => Rule::NotFound,
        "invalid_date" => Rule::InvalidDate,
        _ => return None,
    })
}

/// A rule broken by the control labelled `label`, as a sentence.
pub fn rule_message(label: &str, rule: Rule) -> String {
    // No field key: the catalog's field-specific wording is for the public form.
    (t().problem)("", label, rule)
}

/// One control of a page: the API's field key, the control's `id` and its visible label.
pub type Control = (&'static str, &'static str, &'static str);

/// A failed call as error-summary lines. Field errors link to the control that the API field
/// maps to in `controls`; a field with no control on the page is reported without a link.
pub fn failure_problems(failure: &Failure, controls: &[Control]) -> Vec<Problem> {
    match failure {
        Failure::Rejected(error) if !error.fields.is_empty() => error
            .fields
            .iter()
            .map(|f| match controls.iter().find(|(key, _, _)| *key == f.field) {
                Some((_, id, label)) => Problem {
                    field: (*id).to_owned(),
                    message: rule_for(&f.code)
                        .map(|rule| rule_message(label, rule))
                        .unwrap_or_else(|| f.message.clone()),
                },
                None => Problem { field: String::new(), message: f.message.clone() },
            })
            .collect(),
        other => vec![general(failure_message(other))],
    }
}

/// A failed load of a page whose filters live in the address: a 400 names query keys, linked to
/// their controls; a 401 is for `failed_load`, which signs in again.
pub fn filter_failure_problems(failure: &Failure, filters: &FilterAddress) -> Vec<Problem> {
    match failure {
        Failure::Unauthorized => Vec::new(),
        Failure::Rejected(error) if !error.fields.is_empty() => error
            .fields
            .iter()
            .map(|f| Problem { field: filters.control_of(&f.field), message: f.message.clone() })
            .collect(),
        other => vec![general(failure_message(other))],
    }
}

/// A problem with the whole form, not one control.
pub fn general(message: impl Into<String>) -> Problem {
    Problem { field: String::new(), message: message.into() }
}

pub fn at(id: &str, message: impl Into<String>) -> Problem {
    Problem { field: id.to_owned(), message: message.into() }
}

pub use crate::components::notice::field_error;

/// A USWDS alert. `role="status"` for news, `role="alert"` for errors.
pub fn alert(kind: &'static str, text: String) -> AnyView {
    let role = if kind == "usa-alert--error" { "alert" } else { "status" };
    crate::components::notice::slim_alert(kind, role, text)
}

/// A confirmation's box, in a live region of the page's own.
pub fn success(text: String) -> AnyView {
    view! {
        <div class="usa-alert usa-alert--success usa-alert--slim">
            <div class="usa-alert__body">
                <p class="usa-alert__text">{text}</p>
            </div>
        </div>
    }
    .into_any()
}

/// A load that failed: sign in again on 401, otherwise say why.
pub fn failed_load(failure: Failure) -> AnyView {
    match failure {
        Failure::Unauthorized => view! { <SignInAgain /> }.into_any(),
        Failure::Forbidden => alert("usa-alert--warning", failure_message(&failure)),
        other => alert("usa-alert--error", failure_message(&other)),
    }
}

/// What a load shows: "Loading" until it answers, then `show` with what it read, or why it failed.
pub fn loaded<T>(state: Option<Result<T, Failure>>, show: impl FnOnce(T) -> AnyView) -> AnyView {
    match state {
        None => loading(),
        Some(Ok(found)) => show(found),
        Some(Err(failure)) => failed_load(failure),
    }
}

pub fn loading() -> AnyView {
    view! { <p role="status">{t().loading}</p> }.into_any()
}

/// Links between workspace pages as list items, `(href, text)`: the page shown now is marked with
/// `aria-current`, and where `highlight`, with the `portal-current` class too.
pub fn page_links(links: Vec<(&'static str, &'static str)>, highlight: bool) -> AnyView {
    let location = use_location();
    links
        .into_iter()
        .map(|(href, text)| {
            let current = move || location.pathname.with(|p| p == href);
            view! {
                <li>
                    <a
                        class="usa-link"
                        class:portal-current=move || highlight && current()
                        href=href
                        aria-current=move || current().then_some("page")
                    >
                        {text}
                    </a>
                </li>
            }
        })
        .collect_view()
        .into_any()
}

/// `(code, label)` choices for a select.
pub fn choices<T: Copy>(all: &[T], code: fn(T) -> &'static str, label: fn(T) -> &'static str) -> Vec<(String, String)> {
    all.iter().map(|v| (code(*v).to_owned(), label(*v).to_owned())).collect()
}
