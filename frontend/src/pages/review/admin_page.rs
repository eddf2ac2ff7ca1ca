//! The frame of the pages only admins use (users, the audit log, the email log, the field
//! offices): the page's title and heading, then its body with the admin's client, or, for a
//! reviewer without the admin role, why there is nothing to see.

use leptos::prelude::*;

use super::{alert, use_reviewer};
use crate::api::review::Admin;
use crate::i18n::set_page_title;

#[component]
pub fn AdminPage(
    title: &'static str,
    /// The introduction shown to everyone, above the body or the refusal.
    #[prop(optional)]
    lead: Option<&'static str>,
    /// What a reviewer without the admin role is told; by default that the page is for admins.
    #[prop(optional)]
    refused: Option<&'static str>,
    /// The page for an admin.
    body: fn(Admin) -> AnyView,
) -> impl IntoView {
    set_page_title(title);
    let admin = use_reviewer().admin();
    view! {
        <div class="usa-section">
            <h1>{title}</h1>
            {lead.map(|lead| view! { <p class="usa-intro">{lead}</p> })}
            {match admin {
                Some(admin) => body(admin),
                None => alert("usa-alert--warning", refused.unwrap_or(crate::i18n::reviewer().need_admin).to_owned()),
            }}
        </div>
    }
}
