//! "Audit log" (admins only): every sign-in and change, newest first, filtered by who and what.
//! Like the queue, the filters and the page cursor live in the address bar.

use crate::router::{use_query_map, ParamsMap};
use leptos::prelude::*;
use shared::api::review::{AuditEntry, AuditPage};
use shared::url::encode_query;

use super::admin_page::AdminPage;
use super::filters::{FilterText, ReviewFilterForm};
use super::{failed_load, loading};
use crate::api::review::Admin;
use crate::components::filter_form::{as_typed, FilterAddress, Filters};
use crate::components::list_table::ListTable;
use crate::i18n::t;

/// The audit log's filters in the address: words, checked by no rule of the page's.
const FILTERS: FilterAddress =
    FilterAddress { page: "/review/audit", keys: &["actor", "action"], kept: &[], label: |_| None, parse: as_typed };

/// The non-empty filters (and `after` when asked), in a stable order.
fn pairs(q: &ParamsMap, with_cursor: bool) -> Vec<(&'static str, String)> {
    let keys: &[&'static str] = if with_cursor { &["actor", "action", "after"] } else { FILTERS.keys };
    keys.iter().filter_map(|k| q.get(k).map(|v| (*k, v.trim().to_owned()))).filter(|(_, v)| !v.is_empty()).collect()
}

#[component]
pub fn Audit() -> impl IntoView {
    let r = crate::i18n::reviewer();
    view! { <AdminPage title=r.audit_title body=|admin| view! { <AuditLog admin /> }.into_any() /> }
}

#[component]
fn AuditLog(admin: Admin) -> impl IntoView {
    let r = crate::i18n::reviewer();
    let query = use_query_map();
    // No rules, so no problems: the form follows the address and writes it as typed.
    let filters = Filters::from_address(FILTERS, Signal::derive(Vec::new));
    let page = LocalResource::new(move || {
        let asked = query.with(|q| encode_query(&pairs(q, true)));
        let admin = admin.clone();
        async move { admin.audit(&asked).await }
    });
    view! {
        <p class="usa-intro">{r.audit_lead}</p>
        <ReviewFilterForm filters heading_id="audit-filters-heading" heading=r.audit_filters_heading>
            <FilterText filters id="actor" label=r.audit_actor input_type="email" autocomplete="off" />
            <FilterText filters id="action" label=r.audit_action autocomplete="off" />
        </ReviewFilterForm>
        {move || match page.get() {
            None => loading(),
            Some(Err(failure)) => failed_load(failure),
            Some(Ok(found)) => {
                let (filters, paged) = query.with(|q| (pairs(q, false), q.get("after").is_some()));
                view! { <AuditTable page=found filters paged /> }.into_any()
            }
        }}
    }
}

#[component]
fn AuditTable(page: AuditPage, filters: Vec<(&'static str, String)>, paged: bool) -> impl IntoView {
    let r = crate::i18n::reviewer();
    if page.entries.is_empty() {
        return view! { <p>{r.audit_empty}</p> }.into_any();
    }
    let first = paged.then(|| FILTERS.href(&filters));
    let next = page.next.map(|cursor| {
        let mut with_cursor = filters.clone();
        with_cursor.push(("after", cursor));
        FILTERS.href(&with_cursor)
    });
    view! {
        <ListTable
            caption_id="audit-caption"
            caption=r.audit_caption
            head=vec![r.col_time, r.col_actor, r.col_action, r.col_target, r.col_detail, r.col_ip]
        >
            {page.entries.into_iter().map(|entry| view! { <AuditRow entry /> }).collect_view()}
        </ListTable>
        <div class="portal-actions">
            {first.map(|href| view! { <a class="usa-button usa-button--outline" href=href>{r.first_page}</a> })}
            {next.map(|href| view! { <a class="usa-button" href=href>{r.next_page}</a> })}
        </div>
    }
    .into_any()
}

#[component]
fn AuditRow(entry: AuditEntry) -> impl IntoView {
    let m = t();
    let r = crate::i18n::reviewer();
    let or_none = |v: Option<String>| v.unwrap_or_else(|| r.none.to_owned());
    view! {
        <tr>
            <td>{m.format_rfc3339(&entry.at)}</td>
            <td>{entry.actor.unwrap_or_else(|| r.system.to_owned())}</td>
            <td>{entry.action}</td>
            <td>{or_none(entry.target)}</td>
            <td class="portal-pre">{or_none(entry.detail)}</td>
            <td>{or_none(entry.ip)}</td>
        </tr>
    }
}
