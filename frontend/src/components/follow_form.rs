//! "Follow by email": one email address, and CBP writes when the feedback or board item changes.
//! Used by the receipt status and the board item pages.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use shared::api::public::FollowForm;
use shared::receipt::TrackingNumber;
use shared::text::Email;

use crate::api;
use crate::components::error_summary::{ErrorSummary, Problem};
use crate::components::fields::TextInput;
use crate::components::notice::alert;
use crate::components::short_form::{SendButton, ShortForm};
use crate::i18n::t;

/// The control's `id`: not `email`, which other forms on the same page may use.
const FIELD: &str = "follow_email";

/// What is followed.
#[derive(Clone, Debug, PartialEq)]
pub enum Followed {
    Receipt(TrackingNumber),
    BoardItem(i64),
}

/// The address checked as typed, by the rule the server applies.
fn client_problems(typed: &str) -> Vec<Problem> {
    let m = t();
    match Email::parse(typed) {
        Ok(_) => Vec::new(),
        Err(rule) => {
            let rule = if typed.trim().is_empty() { shared::text::Problem::Required } else { rule };
            vec![Problem { field: FIELD.into(), message: (m.problem)(FIELD, m.public.follow_email, rule) }]
        }
    }
}

/// `subsection` renders the heading one level down, for a block that sits under an `h2`.
#[component]
pub fn FollowByEmail(followed: Followed, #[prop(optional)] subsection: bool) -> impl IntoView {
    let m = t();
    let p = m.public;
    let email = RwSignal::new(String::new());
    let following = RwSignal::new(None::<String>);
    let form = ShortForm::new(&[("email", FIELD)]);
    let lead = match followed {
        Followed::Receipt(_) => p.follow_receipt_lead,
        Followed::BoardItem(_) => p.follow_item_lead,
    };

    let on_submit = move |ev: SubmitEvent| {
        let typed = email.get_untracked();
        let followed = followed.clone();
        form.submit(
            ev,
            client_problems(&typed),
            || {
                let sent = FollowForm { email: typed.trim().to_owned() };
                async move {
                    match &followed {
                        Followed::Receipt(number) => api::public::follow_receipt(number, &sent).await,
                        Followed::BoardItem(id) => api::public::follow_item(*id, &sent).await,
                    }
                }
            },
            move |f| following.set(Some(f.email)),
        );
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
                        <ErrorSummary problems=form.problems.into() node_ref=form.summary id="follow-errors" />
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
                                error=form.error(FIELD)
                            />
                            <SendButton form label=p.follow_submit />
                        </form>
                    }
                        .into_any()
                }
            }}
        </section>
    }
}
