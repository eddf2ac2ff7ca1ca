//! The users page's parts of two-step verification: "Reset two-step" in an account's row (a lost
//! phone), asked twice like withdrawing feedback, and the "Sign-in policy" that requires two-step
//! verification of every reviewer and admin.

use leptos::ev::SubmitEvent;
use leptos::html::{Button, Div};
use leptos::prelude::*;
use leptos::task::spawn_local;
use shared::api::mfa::SecurityPolicy;
use shared::api::review::UserAccount;

use super::page::Page;
use crate::api::Failure;
use crate::components::error_summary::focus_field;
use crate::components::fields::Checkbox;
use crate::pages::review::buttons::ActionButton;
use crate::pages::review::buttons::SubmitButton;
use crate::pages::review::{alert, failed_load, loading, use_two_step};

const POLICY_HEADING: &str = "sign-in-policy-heading";
const REQUIRE: &str = "require_two_step";

/// "Reset two-step", shown while the account has two-step verification: the button opens an
/// inline question with Confirm and Cancel. Focus follows the question, comes back on Cancel,
/// and goes to the control `after` (the row's other button) once the reset is done and this
/// button is gone.
#[component]
pub(super) fn ResetTwoStep(
    account: RwSignal<UserAccount>,
    name_id: String,
    after: String,
    page: Page,
) -> impl IntoView {
    let w = crate::i18n::reviewer().two_step;
    let id = account.with_untracked(|a| a.id);
    let question_id = format!("user-{id}-reset-question");
    let confirming = RwSignal::new(false);
    let sending = RwSignal::new(false);
    let question = NodeRef::<Div>::new();
    let opener = NodeRef::<Button>::new();
    let after = StoredValue::new(after);

    let ask = move |_| {
        confirming.set(true);
        request_animation_frame(move || {
            if let Some(el) = question.get_untracked() {
                let _ = el.focus();
            }
        });
    };
    let cancel = move |_| {
        confirming.set(false);
        request_animation_frame(move || {
            if let Some(el) = opener.get_untracked() {
                let _ = el.focus();
            }
        });
    };
    let confirm = move |_| {
        if sending.get_untracked() {
            return;
        }
        page.notices.start();
        sending.set(true);
        let admin = page.admin.get_value();
        spawn_local(async move {
            let result = admin.reset_two_step(id).await;
            sending.set(false);
            match result {
                Ok(saved) => {
                    page.notices.notice.set(Some((w.reset_done)(&saved.name)));
                    confirming.set(false);
                    account.set(saved);
                    request_animation_frame(move || focus_field(&after.get_value()));
                }
                Err(failure) => page.notices.failed(failure, &[]),
            }
        });
    };

    move || {
        if !account.with(|a| a.two_step) {
            return ().into_any();
        }
        if !confirming.get() {
            return view! {
                <button
                    type="button"
                    class="usa-button usa-button--outline"
                    node_ref=opener
                    aria-describedby=name_id.clone()
                    on:click=ask
                >
                    {w.reset}
                </button>
            }
            .into_any();
        }
        let name = account.with_untracked(|a| a.name.clone());
        view! {
            <div role="group" tabindex="-1" node_ref=question aria-labelledby=question_id.clone()>
                <p id=question_id.clone()>{(w.reset_question)(&name)}</p>
                <ul class="usa-button-group">
                    <li class="usa-button-group__item">
                        <ActionButton busy=sending.into() label=w.reset_confirm class="usa-button usa-button--secondary" on_click=Callback::new(confirm) />
                    </li>
                    <li class="usa-button-group__item">
                        <button type="button" class="usa-button usa-button--outline" on:click=cancel>
                            {w.reset_cancel}
                        </button>
                    </li>
                </ul>
            </div>
        }
        .into_any()
    }
}

/// "Sign-in policy": whether every reviewer and admin must set up two-step verification.
#[component]
pub(super) fn SignInPolicy(page: Page) -> impl IntoView {
    let w = crate::i18n::reviewer().two_step;
    let two_step = use_two_step();
    let policy = RwSignal::new(None::<Result<SecurityPolicy, Failure>>);
    let require = RwSignal::new(false);
    let saved = RwSignal::new(None::<&'static str>);
    let busy = RwSignal::new(false);
    let admin = page.admin.get_value();
    spawn_local(async move {
        let answer = admin.security_policy().await;
        if let Ok(current) = &answer {
            require.set(current.require_two_step);
        }
        policy.set(Some(answer));
    });

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        page.notices.start();
        saved.set(None);
        busy.set(true);
        let wanted = SecurityPolicy { require_two_step: require.get_untracked() };
        let admin = page.admin.get_value();
        spawn_local(async move {
            let result = admin.set_security_policy(&wanted).await;
            busy.set(false);
            match result {
                Ok(now) => {
                    require.set(now.require_two_step);
                    saved.set(Some(if now.require_two_step {
                        w.policy_saved_required
                    } else {
                        w.policy_saved_optional
                    }));
                    // This admin too: required and not set up sends them to set it up now.
                    two_step.update(|s| s.required = now.require_two_step);
                }
                Err(failure) => page.notices.failed(failure, &[]),
            }
        });
    };

    view! {
        <section aria-labelledby=POLICY_HEADING>
            <h2 id=POLICY_HEADING>{w.policy_heading}</h2>
            <p>{w.policy_lead}</p>
            {move || match policy.get() {
                None => loading(),
                Some(Err(failure)) => failed_load(failure),
                Some(Ok(_)) => {
                    view! {
                        <form class="usa-form usa-form--large" novalidate on:submit=on_submit>
                            <Checkbox
                                id=REQUIRE
                                label=w.policy_require
                                description=w.policy_require_description
                                checked=require.into()
                                set=Callback::new(move |v| require.set(v))
                            />
                            <SubmitButton busy=busy.into() label=w.policy_save />
                        </form>
                    }
                        .into_any()
                }
            }}
            <div role="status">{move || saved.get().map(|text| alert("usa-alert--success", text.to_owned()))}</div>
        </section>
    }
}
