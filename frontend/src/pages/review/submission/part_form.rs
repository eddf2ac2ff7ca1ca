//! One of the submission page's forms in its section: the heading, what the section shows first
//! (`before`: the notes so far, the current status…), the form with its controls and button,
//! then the confirmation for this form alone.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use super::editing::{Editing, Part};

#[component]
pub fn PartForm(
    editing: Editing,
    part: Part,
    heading: &'static str,
    /// A form of wide controls (text areas): USWDS's large form.
    #[prop(optional)]
    large: bool,
    #[prop(optional, into)] before: ViewFn,
    button: &'static str,
    #[prop(into)] on_submit: Callback<SubmitEvent>,
    children: Children,
) -> impl IntoView {
    let heading_id = part.heading_id();
    let class = if large { "usa-form usa-form--large" } else { "usa-form" };
    view! {
        <section aria-labelledby=heading_id>
            <h2 id=heading_id>{heading}</h2>
            {before.run()}
            <form class=class novalidate on:submit=move |ev| on_submit.run(ev)>
                {children()}
                <button type="submit" class="usa-button">
                    {button}
                </button>
            </form>
            {editing.notice_for(part)}
        </section>
    }
}
