//! "Reviewer sign in": email and password, then, for an account with two-step verification, a
//! code on the same page ("Enter your verification code"); then back to the page that asked
//! (`?next=`) or the queue. The session, and the pending sign-in between the two steps, are
//! cookies the server sets; nothing is stored in the browser.

use crate::pages::review::buttons::SubmitButton;
use crate::router::{use_navigate, use_query_map};
use leptos::ev::SubmitEvent;
use leptos::html::{Div, H1};
use leptos::prelude::*;
use leptos::task::spawn_local;
use shared::api::review::SignIn;
use shared::api::ErrorCode;

use super::two_step::forms::{clean_code, code_problems, CODE};
use super::{alert, at, failure_problems, field_error, general, Control};
use crate::api::review::SignInStep;
use crate::api::{self, Failure};
use crate::components::error_summary::{focus_summary, ErrorSummary, Problem};
use crate::components::fields::TextInput;
use crate::i18n::set_page_title;
use crate::paths::{QUEUE_PAGE, SIGN_IN_PAGE, TWO_STEP_PAGE};

const EMAIL: &str = "email";
const PASSWORD: &str = "password";
/// The `id` of the page's heading, which takes the focus when the step changes.
const HEADING: &str = "sign-in-heading";

/// Where the page is: the password, or the code that an account with two-step verification
/// gives next (`expires_in`: the seconds the server waits for it).
#[derive(Clone, Copy, Debug, PartialEq)]
enum Step {
    Password,
    Code { expires_in: u32 },
}

/// Moves focus to the heading once the new step has drawn, so screen readers start there.
fn focus_heading(heading: NodeRef<H1>) {
    request_animation_frame(move || {
        if let Some(el) = heading.get_untracked() {
            let _ = el.focus();
        }
    });
}

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
    let r = crate::i18n::reviewer();
    let w = crate::i18n::reviewer().two_step;
    set_page_title(r.sign_in_title);
    let query = use_query_map();
    let navigate = use_navigate();
    let step = RwSignal::new(Step::Password);
    let email = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let code = RwSignal::new(String::new());
    let problems = RwSignal::new(Vec::<Problem>::new());
    // Why the person is back at the password step, when the code step ended without them.
    let restarted = RwSignal::new(None::<&'static str>);
    let busy = RwSignal::new(false);
    let summary = NodeRef::<Div>::new();
    let heading = NodeRef::<H1>::new();
    let controls: [Control; 2] = [(EMAIL, EMAIL, r.sign_in_email), (PASSWORD, PASSWORD, r.sign_in_password)];

    let go_to = move |next: Step, why: Option<&'static str>| {
        step.set(next);
        restarted.set(why);
        problems.set(Vec::new());
        code.set(String::new());
        set_page_title(match next {
            Step::Password => r.sign_in_title,
            Step::Code { .. } => w.code_step_title,
        });
        focus_heading(heading);
    };

    let destination = move || next_page(query.with_untracked(|q| q.get("next")));
    let signed_in = move |reviewer: api::review::Reviewer| {
        // An admin requires two-step verification and this account has not set it up yet.
        let two_step = reviewer.session().two_step;
        let next = if two_step.required && !two_step.enrolled { TWO_STEP_PAGE.to_owned() } else { destination() };
        navigate(&next, Default::default());
    };

    let on_password = {
        let signed_in = signed_in.clone();
        move |ev: SubmitEvent| {
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
            restarted.set(None);
            if !missing.is_empty() {
                problems.set(missing);
                focus_summary(summary);
                return;
            }
            busy.set(true);
            let signed_in = signed_in.clone();
            spawn_local(async move {
                let result = api::review::sign_in(&form).await;
                busy.set(false);
                match result {
                    Ok(SignInStep::SignedIn(reviewer)) => signed_in(reviewer),
                    Ok(SignInStep::SecondFactorNeeded { expires_in }) => {
                        password.set(String::new());
                        go_to(Step::Code { expires_in }, None);
                    }
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
        }
    };

    let on_code = move |ev: SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let typed = clean_code(&code.get_untracked());
        if typed.is_empty() {
            problems.set(vec![at(CODE, w.verification_code_missing)]);
            focus_summary(summary);
            return;
        }
        busy.set(true);
        let signed_in = signed_in.clone();
        spawn_local(async move {
            let result = api::review::second_factor(&typed).await;
            busy.set(false);
            match result {
                Ok(reviewer) => signed_in(reviewer),
                // The pending sign-in timed out or had too many wrong codes: the password again.
                Err(Failure::Unauthorized) => go_to(Step::Password, Some(w.sign_in_timed_out)),
                Err(failure) => {
                    problems.set(code_problems(&failure, w.verification_code, w.verification_code_wrong));
                    focus_summary(summary);
                }
            }
        });
    };
    let problems_signal: Signal<Vec<Problem>> = problems.into();

    let password_step = move || {
        let on_password = on_password.clone();
        view! {
            <p class="usa-intro">{r.sign_in_lead}</p>
            {move || restarted.get().map(|why| alert("usa-alert--warning", why.to_owned()))}
            <ErrorSummary problems=problems_signal node_ref=summary />
            <form class="usa-form" novalidate on:submit=on_password>
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
                <SubmitButton busy=busy.into() label=r.sign_in_submit busy_label=r.sign_in_submitting />
            </form>
        }
    };

    let code_step = move |expires_in: u32| {
        let on_code = on_code.clone();
        view! {
            <p class="usa-intro">{(w.code_step_lead)(expires_in)}</p>
            <ErrorSummary problems=problems_signal node_ref=summary />
            <form class="usa-form" novalidate on:submit=on_code>
                <TextInput
                    id=CODE
                    label=w.verification_code
                    hint=w.verification_code_hint
                    autocomplete="one-time-code"
                    value=code.into()
                    set=Callback::new(move |v| code.set(v))
                    error=field_error(problems_signal, CODE)
                />
                <SubmitButton busy=busy.into() label=w.verify busy_label=w.verifying />
            </form>
            <p>
                <button
                    type="button"
                    class="usa-button usa-button--unstyled"
                    on:click=move |_| go_to(Step::Password, None)
                >
                    {w.start_again}
                </button>
            </p>
        }
    };

    view! {
        <div class="usa-section">
            <h1 id=HEADING tabindex="-1" node_ref=heading>
                {move || match step.get() {
                    Step::Password => r.sign_in_title,
                    Step::Code { .. } => w.code_step_title,
                }}
            </h1>
            {move || match step.get() {
                Step::Password => password_step().into_any(),
                Step::Code { expires_in } => code_step(expires_in).into_any(),
            }}
        </div>
    }
}
