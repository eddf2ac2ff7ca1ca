//! "Reviewer sign in": email and password, then back to the page that asked (`?next=`) or the
//! queue. The session is a cookie the server sets; nothing is stored in the browser.

use leptos::ev::SubmitEvent;
use leptos::html::Div;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_navigate, use_query_map};
use shared::api::review::SignIn;
use shared::api::ErrorCode;

use super::{at, failure_problems, field_error, general, Control, QUEUE_PAGE, SIGN_IN_PAGE};
use crate::api::{self, Failure};
use crate::components::error_summary::{focus_summary, ErrorSummary, Problem};
use crate::components::fields::TextInput;
use crate::i18n::{set_page_title, t};

const EMAIL: &str = "email";
const PASSWORD: &str = "password";

/// Only a page of the workspace: anything else could send a person off the site after signing in.
fn next_page(next: Option<String>) -> String {
    match next {
        Some(n)
            if (n == QUEUE_PAGE || n.starts_with("/review/") || n.starts_with("/review?"))
                && !n.starts_with(SIGN_IN_PAGE)
                && !n.contains("//")
                && !n.contains('\\') =>
        {
            n
        }
        _ => QUEUE_PAGE.to_owned(),
    }
}

#[component]
pub fn ReviewerSignIn() -> impl IntoView {
    let m = t();
    let r = m.review;
    set_page_title(r.sign_in_title);
    let query = use_query_map();
    let navigate = use_navigate();
    let email = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let problems = RwSignal::new(Vec::<Problem>::new());
    let busy = RwSignal::new(false);
    let summary = NodeRef::<Div>::new();
    let controls: [Control; 2] = [(EMAIL, EMAIL, r.sign_in_email), (PASSWORD, PASSWORD, r.sign_in_password)];

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let form = SignIn { email: email.get_untracked().trim().to_owned(), password: password.get_untracked() };
        let mut missing = Vec::new();
        if form.email.is_empty() {
            missing.push(at(EMAIL, r.sign_in_email_missing));
        }
        if form.password.is_empty() {
            missing.push(at(PASSWORD, r.sign_in_password_missing));
        }
        if !missing.is_empty() {
            problems.set(missing);
            focus_summary(summary);
            return;
        }
        busy.set(true);
        let next = next_page(query.with_untracked(|q| q.get("next")));
        let navigate = navigate.clone();
        spawn_local(async move {
            let result = api::review::sign_in(&form).await;
            busy.set(false);
            match result {
                Ok(_) => navigate(&next, Default::default()),
                Err(Failure::Rejected(error)) if error.code == ErrorCode::InvalidCredentials => {
                    // The same answer for a wrong email and a wrong password: neither is singled out.
                    password.set(String::new());
                    problems.set(vec![general(r.sign_in_invalid)]);
                    focus_summary(summary);
                }
                Err(failure) => {
                    problems.set(failure_problems(&failure, &controls));
                    focus_summary(summary);
                }
            }
        });
    };
    let problems_signal: Signal<Vec<Problem>> = problems.into();

    view! {
        <div class="usa-section">
            <h1>{r.sign_in_title}</h1>
            <p class="usa-intro">{r.sign_in_lead}</p>
            <ErrorSummary problems=problems_signal node_ref=summary />
            <form class="usa-form" novalidate on:submit=on_submit>
                <TextInput
                    id=EMAIL
                    label=r.sign_in_email
                    input_type="email"
                    autocomplete="username"
                    value=email.into()
                    set=Callback::new(move |v| email.set(v))
                    error=field_error(problems_signal, EMAIL)
                />
                <TextInput
                    id=PASSWORD
                    label=r.sign_in_password
                    input_type="password"
                    autocomplete="current-password"
                    value=password.into()
                    set=Callback::new(move |v| password.set(v))
                    error=field_error(problems_signal, PASSWORD)
                />
                <button type="submit" class="usa-button" aria-disabled=move || busy.get().then_some("true")>
                    {move || if busy.get() { r.sign_in_submitting } else { r.sign_in_submit }}
                </button>
            </form>
        </div>
    }
}
