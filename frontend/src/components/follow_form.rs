//! "Follow by email": one email address, and CBP writes when the feedback or board item changes.
//! Used by the receipt status and the board item pages.

use leptos::ev::SubmitEvent;
use leptos::html::Div;
use leptos::prelude::*;
use leptos::task::spawn_local;
use shared::api::public::FollowForm;
use shared::receipt::TrackingNumber;
use shared::text::Email;

use crate::api;
use crate::components::error_summary::{focus_summary, ErrorSummary, Problem};
use crate::components::fields::TextInput;
use crate::components::notice::{alert, field_error, form_problems};
use crate::i18n::t;

/// The control's `id`: not `email`, which other forms on the same page may use.
const FIELD: &str = "follow_email";

/// What is followed.
#[derive(Clone, Debug, PartialEq)]
pub enum Followed {
    Receipt(TrackingNumber),
    BoardItem(i64),
}

/// `subsection` renders the heading one level down, for a block that sits under an `h2`.
#[component]
pub fn FollowByEmail(followed: Followed, #[prop(optional)] subsection: bool) -> impl IntoView {
    let m = t();
    let p = m.public;
    let email = RwSignal::new(String::new());
    let problems = RwSignal::new(Vec::<Problem>::new());
    let following = RwSignal::new(None::<String>);
    let sending = RwSignal::new(false);
    let summary = NodeRef::<Div>::new();
    let lead = match followed {
        Followed::Receipt(_) => p.follow_receipt_lead,
        Followed::BoardItem(_) => p.follow_item_lead,
    };

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if sending.get_untracked() {
            return;
        }
        if let Err(rule) = Email::parse(&email.get_untracked()) {
            let rule =
                if email.with_untracked(|e| e.trim().is_empty()) { shared::text::Problem::Required } else { rule };
            problems.set(vec![Problem { field: FIELD.into(), message: (m.problem)(FIELD, p.follow_email, rule) }]);
            focus_summary(summary);
            return;
        }
        problems.set(Vec::new());
        sending.set(true);
        let form = FollowForm { email: email.get_untracked().trim().to_owned() };
        let followed = followed.clone();
        spawn_local(async move {
            let result = match &followed {
                Followed::Receipt(number) => api::public::follow_receipt(number, &form).await,
                Followed::BoardItem(id) => api::public::follow_item(*id, &form).await,
            };
            sending.set(false);
            match result {
                Ok(f) => following.set(Some(f.email)),
                Err(failure) => {
                    problems.set(form_problems(&failure, &[("email", FIELD)]));
                    focus_summary(summary);
                }
            }
        });
    };

    let heading = if subsection {
        view! { <h3 id="follow-heading">{p.follow_heading}</h3> }.into_any()
    } else {
        view! { <h2 id="follow-heading">{p.follow_heading}</h2> }.into_any()
    };
    view! {
        <section class="portal-follow" aria-labelledby="follow-heading">
            {heading}
            {move || match following.get() {
                Some(address) => alert("usa-alert--success", (p.follow_done)(&address)),
                None => {
                    view! {
                        <p>{lead}</p>
                        <ErrorSummary problems=problems.into() node_ref=summary id="follow-errors" />
                        <form class="usa-form" novalidate on:submit=on_submit.clone()>
                            <TextInput
                                id=FIELD
                                label=p.follow_email
                                hint=p.follow_email_hint
                                required=true
                                input_type="email"
                                autocomplete="email"
                                value=email.into()
                                set=Callback::new(move |v| email.set(v))
                                error=field_error(problems.into(), FIELD)
                            />
                            <button type="submit" class="usa-button" aria-disabled=move || sending.get().then_some("true")>
                                {move || if sending.get() { p.sending } else { p.follow_submit }}
                            </button>
                        </form>
                    }
                        .into_any()
                }
            }}
        </section>
    }
}
