//! "Stop emails": where the link in every notification email leads (`/unfollow/{token}`). Opening
//! the page changes nothing (mail scanners open links too); the button does.

use crate::router::use_params_map;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api;
use crate::components::notice::{alert, failure_text};
use crate::i18n::{set_page_title, t};

#[derive(Clone, Debug, PartialEq)]
enum State {
    Asking,
    Sending,
    Done,
    Failed(String),
}

#[component]
pub fn Unfollow() -> impl IntoView {
    let p = t().public;
    set_page_title(p.unfollow_title);
    let params = use_params_map();
    let state = RwSignal::new(State::Asking);
    let stop = move |_| {
        if state.get_untracked() == State::Sending {
            return;
        }
        let token = params.with_untracked(|ps| ps.get("token")).unwrap_or_default();
        state.set(State::Sending);
        spawn_local(async move {
            match api::public::unfollow(&token).await {
                Ok(()) => state.set(State::Done),
                Err(failure) => state.set(State::Failed(failure_text(&failure))),
            }
        });
    };
    view! {
        <div class="usa-section">
            <h1>{p.unfollow_title}</h1>
            {move || match state.get() {
                State::Done => alert("usa-alert--success", p.unfollow_done.to_owned()),
                other => {
                    let sending = other == State::Sending;
                    view! {
                        {match other {
                            State::Failed(text) => Some(alert("usa-alert--error", text)),
                            _ => None,
                        }}
                        <p>{p.unfollow_lead}</p>
                        <button
                            type="button"
                            class="usa-button"
                            aria-disabled=sending.then_some("true")
                            on:click=stop
                        >
                            {if sending { p.sending } else { p.unfollow_button }}
                        </button>
                    }
                        .into_any()
                }
            }}
        </div>
    }
}
