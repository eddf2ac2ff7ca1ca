//! "Email log" (admins only): the notification emails the portal queued, newest first, whether
//! each was sent or why not, and what it said. Admins use it to answer "did they get our email?".

use leptos::prelude::*;
use shared::api::review::OutboxEntry;

use super::admin_page::AdminPage;
use super::{failed_load, loading};
use crate::api::review::Admin;
use crate::components::list_table::ListTable;
use crate::i18n::t;

#[component]
pub fn Outbox() -> impl IntoView {
    let r = crate::i18n::reviewer();
    view! { <AdminPage title=r.outbox_title body=|admin| view! { <EmailLog admin /> }.into_any() /> }
}

#[component]
fn EmailLog(admin: Admin) -> impl IntoView {
    let r = crate::i18n::reviewer();
    let entries = LocalResource::new(move || {
        let admin = admin.clone();
        async move { admin.outbox().await }
    });
    view! {
        <p class="usa-intro">{r.outbox_lead}</p>
        {move || match entries.get() {
            None => loading(),
            Some(Ok(list)) if list.is_empty() => view! { <p>{r.outbox_empty}</p> }.into_any(),
            Some(Ok(list)) => view! { <EmailTable list /> }.into_any(),
            Some(Err(failure)) => failed_load(failure),
        }}
    }
}

#[component]
fn EmailTable(list: Vec<OutboxEntry>) -> impl IntoView {
    let r = crate::i18n::reviewer();
    view! {
        <ListTable
            caption_id="outbox-caption"
            caption=r.outbox_caption
            head=vec![r.col_queued, r.col_recipient, r.col_subject, r.col_delivery, r.col_message]
        >
            {list.into_iter().map(|entry| view! { <EmailRow entry /> }).collect_view()}
        </ListTable>
    }
}

/// Sent, failed (with the last error) or still waiting.
fn delivery(entry: &OutboxEntry) -> String {
    let m = t();
    let r = crate::i18n::reviewer();
    match (&entry.sent_at, &entry.error) {
        (Some(at), _) => (r.outbox_sent)(&m.format_rfc3339(at)),
        (None, Some(error)) => (r.outbox_failed)(entry.attempts, error),
        (None, None) => r.outbox_waiting.to_owned(),
    }
}

#[component]
fn EmailRow(entry: OutboxEntry) -> impl IntoView {
    let m = t();
    let r = crate::i18n::reviewer();
    let failed = entry.sent_at.is_none() && entry.error.is_some();
    view! {
        <tr>
            <td>{m.format_rfc3339(&entry.created_at)}</td>
            <td>{entry.recipient.clone()}</td>
            <th scope="row">{entry.subject.clone()}</th>
            <td class:portal-error-text=failed>{delivery(&entry)}</td>
            <td>
                // A native disclosure: keyboard and screen reader support with no script of ours.
                <details class="portal-message">
                    <summary>{r.show_message}</summary>
                    <pre class="portal-pre portal-message__body">{entry.body}</pre>
                </details>
            </td>
        </tr>
    }
}
