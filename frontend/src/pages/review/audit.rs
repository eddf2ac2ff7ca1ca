//! "Audit log" (admins only): every sign-in and change, newest first, filtered by who and what.
//! Like the queue, the filters and the page cursor live in the address bar.

use crate::router::ParamsMap;
use crate::router::{use_navigate, use_query_map};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use shared::api::review::{AuditEntry, AuditPage};
use shared::queue::encode_query;

use super::{alert, failed_load, loading, use_reviewer};
use crate::api::review::Admin;
use crate::components::fields::{no_error, TextInput};
use crate::i18n::{set_page_title, t};

const PATH: &str = "/review/audit";
const FILTERS: [&str; 2] = ["actor", "action"];

/// The non-empty filters (and `after` when asked), in a stable order.
fn pairs(q: &ParamsMap, with_cursor: bool) -> Vec<(&'static str, String)> {
    let keys: &[&'static str] = if with_cursor { &["actor", "action", "after"] } else { &FILTERS };
    keys.iter().filter_map(|k| q.get(k).map(|v| (*k, v.trim().to_owned()))).filter(|(_, v)| !v.is_empty()).collect()
}

fn href(pairs: &[(&str, String)]) -> String {
    if pairs.is_empty() {
        PATH.to_owned()
    } else {
        format!("{PATH}?{}", encode_query(pairs))
    }
}

#[component]
pub fn Audit() -> impl IntoView {
    let r = crate::i18n::reviewer();
    set_page_title(r.audit_title);
    let admin = use_reviewer().admin();
    view! {
        <div class="usa-section">
            <h1>{r.audit_title}</h1>
            {match admin {
                Some(admin) => view! { <AuditLog admin /> }.into_any(),
                None => alert("usa-alert--warning", r.need_admin.to_owned()),
            }}
        </div>
    }
}

#[component]
fn AuditLog(admin: Admin) -> impl IntoView {
    let r = crate::i18n::reviewer();
    let query = use_query_map();
    let navigate = use_navigate();
    let actor = RwSignal::new(String::new());
    let action = RwSignal::new(String::new());
    // The form follows the address: a bookmark, "Clear filters" or the back button.
    Effect::new(move |_| {
        query.with(|q| {
            actor.set(q.get("actor").unwrap_or_default());
            action.set(q.get("action").unwrap_or_default());
        })
    });
    let page = LocalResource::new(move || {
        let asked = query.with(|q| encode_query(&pairs(q, true)));
        let admin = admin.clone();
        async move { admin.audit(&asked).await }
    });
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let typed: ParamsMap =
            [("actor", actor.get_untracked()), ("action", action.get_untracked())].into_iter().collect();
        navigate(&href(&pairs(&typed, false)), Default::default());
    };

    view! {
        <p class="usa-intro">{r.audit_lead}</p>
        <section aria-labelledby="audit-filters-heading">
            <h2 id="audit-filters-heading">{r.audit_filters_heading}</h2>
            <form novalidate on:submit=on_submit>
                <div class="portal-filters">
                    <TextInput
                        id="actor"
                        label=r.audit_actor
                        input_type="email"
                        autocomplete="off"
                        value=actor.into()
                        set=Callback::new(move |v| actor.set(v))
                        error=no_error()
                    />
                    <TextInput
                        id="action"
                        label=r.audit_action
                        autocomplete="off"
                        value=action.into()
                        set=Callback::new(move |v| action.set(v))
                        error=no_error()
                    />
                </div>
                <div class="portal-actions">
                    <button type="submit" class="usa-button">
                        {r.apply_filters}
                    </button>
                    <a class="usa-button usa-button--unstyled" href=PATH>
                        {r.clear_filters}
                    </a>
                </div>
            </form>
        </section>
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
    let first = paged.then(|| href(&filters));
    let next = page.next.map(|cursor| {
        let mut with_cursor = filters.clone();
        with_cursor.push(("after", cursor));
        href(&with_cursor)
    });
    view! {
        <div class="usa-table-container--scrollable" tabindex="0" role="region" aria-labelledby="audit-caption">
            <table class="usa-table usa-table--compact portal-table">
                <caption id="audit-caption">{r.audit_caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{r.col_time}</th>
                        <th scope="col">{r.col_actor}</th>
                        <th scope="col">{r.col_action}</th>
                        <th scope="col">{r.col_target}</th>
                        <th scope="col">{r.col_detail}</th>
                        <th scope="col">{r.col_ip}</th>
                    </tr>
                </thead>
                <tbody>{page.entries.into_iter().map(|entry| view! { <AuditRow entry /> }).collect_view()}</tbody>
            </table>
        </div>
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
