//! "Submissions": the reviewers' queue. The address bar holds the filters and the page cursor
//! (`/review?status=received&after=…`); the page asks the API with the same query string, parsed
//! and written back by the same `shared::queue` code the worker uses.

mod bulk;
mod filters;

use std::collections::BTreeSet;

use crate::router::use_location;
use leptos::html::Div;
use leptos::prelude::*;
use shared::api::review::{QueueItem, QueuePage, EXPORT_CSV_PATH, EXPORT_JSON_PATH};
use shared::queue::QueueQuery;
use shared::status::Status;
use shared::text::{FieldError, Problem as Rule};
use shared::time::Timestamp;
use shared::url::{decode_query, encode_query};

use super::cluster::cluster_href;
use super::{failed_load, filter_failure_problems, loading, use_reviewer};
use crate::api::review::export_href;
use crate::api::Failure;
use crate::components::error_summary::{ErrorSummary, Problem};
use crate::components::list_table::ListTable;
use crate::i18n::{set_page_title, t};
use bulk::BulkActions;
use filters::{QueueFilters, QUEUE_FILTERS};

/// The filters without the cursor: for links to other views and for exports.
fn filters(q: &QueueQuery) -> Vec<(&'static str, String)> {
    q.to_pairs()
}

/// What the API is asked: the filters and, past the first page, the cursor.
fn api_query(q: &QueueQuery) -> String {
    let mut pairs = filters(q);
    if let Some(after) = q.after {
        pairs.push(("after", after.encode()));
    }
    encode_query(&pairs)
}

fn address_problems(errors: &[FieldError], search: &str) -> Vec<Problem> {
    let pairs = decode_query(search);
    // The parser reports an end date before the start as an invalid "to"; say what is wrong.
    let reversed = |e: &FieldError| {
        e.field == "to"
            && e.problem == Rule::InvalidDate
            && pairs.iter().any(|(k, v)| k == "to" && Timestamp::parse_date(v.trim()).is_some())
    };
    errors
        .iter()
        .map(|e| {
            let mut problem = QUEUE_FILTERS.problem(e);
            if reversed(e) {
                problem.message = crate::i18n::reviewer().filter_dates_reversed.to_owned();
            }
            problem
        })
        .collect()
}

#[component]
pub fn Queue() -> impl IntoView {
    let r = crate::i18n::reviewer();
    set_page_title(r.queue_title);
    let reviewer = use_reviewer();
    let location = use_location();
    let parsed = Memo::new(move |_| location.search.with(|s| QueueQuery::parse(&decode_query(s))));

    let reviewers = LocalResource::new({
        let reviewer = reviewer.clone();
        move || {
            let reviewer = reviewer.clone();
            async move { reviewer.reviewers().await.unwrap_or_default() }
        }
    });
    let reviewers = Signal::derive(move || reviewers.get().unwrap_or_default());
    // The consultation filter's choices; without them the filter still shows "Any".
    let consultations = LocalResource::new({
        let reviewer = reviewer.clone();
        move || {
            let reviewer = reviewer.clone();
            async move { reviewer.consultations().await.unwrap_or_default() }
        }
    });
    let consultations = Signal::derive(move || {
        consultations.get().unwrap_or_default().into_iter().map(|c| (c.id.to_string(), c.title)).collect()
    });
    let page = LocalResource::new(move || {
        let query = parsed.get();
        let reviewer = reviewer.clone();
        async move {
            match query {
                Ok(q) => reviewer.queue(&api_query(&q)).await.map(Some),
                // The address is wrong: the summary says how; there is nothing to ask.
                Err(_) => Ok(None),
            }
        }
    });

    let selected = RwSignal::new(BTreeSet::<String>::new());
    let bulk_result = RwSignal::new(None);
    let bulk_problems = RwSignal::new(Vec::<Problem>::new());
    // Another view of the queue starts with nothing ticked and no old news.
    Effect::new(move |_| {
        parsed.track();
        selected.set(BTreeSet::new());
        bulk_result.set(None);
        bulk_problems.set(Vec::new());
    });
    let problems = Memo::new(move |_| {
        let mut list = match parsed.get() {
            Err(errors) => location.search.with(|s| address_problems(&errors, s)),
            Ok(_) => Vec::new(),
        };
        if let Some(Err(failure)) = page.get() {
            list.extend(filter_failure_problems(&failure, &QUEUE_FILTERS));
        }
        list.extend(bulk_problems.get());
        list
    });
    let summary = NodeRef::<Div>::new();
    let data = Signal::derive(move || page.get().and_then(Result::ok).flatten());
    let query = Signal::derive(move || parsed.get().ok());

    view! {
        <div class="usa-section">
            <h1>{r.queue_title}</h1>
            <ErrorSummary problems=problems.into() node_ref=summary />
            <QueueFilters reviewers consultations problems=problems.into() summary />
            {move || match page.get() {
                None => loading(),
                Some(Err(Failure::Unauthorized)) => failed_load(Failure::Unauthorized),
                _ => ().into_any(),
            }}
            {move || data.get().zip(query.get()).map(|(page, q)| view! { <StatusCounts page q /> })}
            <BulkActions
                reviewers
                selected
                result=bulk_result
                problems=bulk_problems
                summary
                on_done=Callback::new(move |()| page.refetch())
            />
            {move || data.get().map(|page| view! { <QueueTable page selected /> })}
            {move || data.get().zip(query.get()).map(|(page, q)| view! { <Pages page q /> })}
            {move || query.get().map(|q| view! { <Exports q /> })}
        </div>
    }
}

/// The total, and how many submissions each status holds under the other filters; each count
/// links to the same view with that status.
#[component]
fn StatusCounts(page: QueuePage, q: QueueQuery) -> impl IntoView {
    let m = t();
    let r = crate::i18n::reviewer();
    let all: u32 = page.counts.iter().map(|c| c.count).sum();
    let current = q.status;
    let href =
        move |status: Option<Status>| QUEUE_FILTERS.href(&filters(&QueueQuery { status, after: None, ..q.clone() }));
    view! {
        <p class="portal-total" role="status">{(r.queue_total)(page.total, page.counts_capped)}</p>
        <section aria-labelledby="counts-heading">
            <h2 id="counts-heading">{r.counts_heading}</h2>
            <ul class="usa-list usa-list--unstyled portal-inline-list">
                <li>
                    <a class="usa-link" href=href(None) aria-current=current.is_none().then_some("true")>
                        {(r.count_link)(r.counts_all, all, page.counts_capped)}
                    </a>
                </li>
                {page
                    .counts
                    .iter()
                    .map(|c| {
                        view! {
                            <li>
                                <a class="usa-link" href=href(Some(c.status)) aria-current=(current == Some(c.status)).then_some("true")>
                                    {(r.count_link)((m.status)(c.status), c.count, page.counts_capped)}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}

#[component]
fn QueueTable(page: QueuePage, selected: RwSignal<BTreeSet<String>>) -> impl IntoView {
    let r = crate::i18n::reviewer();
    if page.items.is_empty() {
        return view! { <p>{r.queue_empty}</p> }.into_any();
    }
    let numbers: Vec<String> = page.items.iter().map(|i| i.tracking_number.clone()).collect();
    let all_ticked = {
        let numbers = numbers.clone();
        move || selected.with(|s| numbers.iter().all(|n| s.contains(n)))
    };
    let tick_all = move |ev| {
        let on = event_target_checked(&ev);
        selected.update(|s| {
            for n in &numbers {
                if on {
                    s.insert(n.clone());
                } else {
                    s.remove(n);
                }
            }
        })
    };
    let select_all = view! {
        <div class="usa-checkbox portal-row-select">
            <input class="usa-checkbox__input" id="select-all" type="checkbox" prop:checked=all_ticked on:change=tick_all />
            <label class="usa-checkbox__label" for="select-all">
                <span class="usa-sr-only">{r.select_all}</span>
            </label>
        </div>
    };
    let head = vec![
        r.col_tracking_number,
        r.col_received,
        r.col_title,
        r.col_topic,
        r.col_entity_type,
        r.col_status,
        r.col_priority,
        r.col_assignee,
        r.col_tags,
        r.col_support,
    ];
    view! {
        <ListTable caption_id="queue-caption" caption=r.queue_caption lead=select_all.into_any() head>
            {page.items.into_iter().map(|item| view! { <QueueRow item selected /> }).collect_view()}
        </ListTable>
    }
    .into_any()
}

#[component]
fn QueueRow(item: QueueItem, selected: RwSignal<BTreeSet<String>>) -> impl IntoView {
    let m = t();
    let r = crate::i18n::reviewer();
    let number = item.tracking_number.clone();
    let ticked = {
        let number = number.clone();
        move || selected.with(|s| s.contains(&number))
    };
    let tick = {
        let number = number.clone();
        move |ev| {
            let on = event_target_checked(&ev);
            selected.update(|s| {
                if on {
                    s.insert(number.clone());
                } else {
                    s.remove(&number);
                }
            })
        }
    };
    let checkbox_id = format!("select-{number}");
    view! {
        <tr>
            <td>
                <div class="usa-checkbox portal-row-select">
                    <input class="usa-checkbox__input" id=checkbox_id.clone() type="checkbox" prop:checked=ticked on:change=tick />
                    <label class="usa-checkbox__label" for=checkbox_id>
                        <span class="usa-sr-only">{(r.select_row)(&number)}</span>
                    </label>
                </div>
            </td>
            <th scope="row">
                <a class="usa-link portal-tracking-number" href=format!("/review/submissions/{number}")>
                    {number.clone()}
                </a>
            </th>
            <td>{m.format_rfc3339(&item.received_at)}</td>
            <td>
                {item.title}
                {(item.flagged || item.late || item.likely_campaign || !item.analysed)
                    .then(|| {
                        view! {
                            <span class="display-block">
                                {item.flagged.then(|| view! { <span class="usa-tag portal-tag--reported">{r.tag_reported}</span> " " })}
                                {item.late.then(|| view! { <span class="usa-tag portal-tag--late">{r.tag_late}</span> " " })}
                                {(!item.analysed).then(|| view! { <span class="usa-tag portal-tag--analysing">{r.tag_being_analysed}</span> " " })}
                                {item.likely_campaign.then(|| view! { <span class="usa-tag portal-tag--campaign">{r.tag_likely_campaign}</span> })}
                            </span>
                        }
                    })}
                // A lone submission is a cluster of one: only real clusters are worth a link.
                {(item.cluster_size > 1)
                    .then(|| {
                        view! {
                            <a class="usa-link display-block" href=cluster_href(item.cluster)>
                                {(r.cluster_link)(item.cluster_size)}
                            </a>
                        }
                    })}
            </td>
            <td>
                {(m.topic)(item.topic)}
                {item.msc_category.map(|c| view! { <span class="display-block usa-hint">{(m.msc_category)(c)}</span> })}
            </td>
            <td>{(m.entity_type)(item.entity_type)}</td>
            <td>{(m.status)(item.status)}</td>
            <td>{(r.priority)(item.priority)}</td>
            <td>{item.assignee.map(|a| a.name).unwrap_or_else(|| r.unassigned.to_owned())}</td>
            <td>{item.tags.into_iter().map(|tag| view! { <span class="usa-tag">{tag}</span> " " }).collect_view()}</td>
            <td class="portal-number">{item.support}</td>
        </tr>
    }
}

/// Keyset pages: "Next page" carries the cursor of this page's last row.
#[component]
fn Pages(page: QueuePage, q: QueueQuery) -> impl IntoView {
    let r = crate::i18n::reviewer();
    let first = q.after.is_some().then(|| QUEUE_FILTERS.href(&filters(&q)));
    let next = page.next.map(|cursor| {
        let mut pairs = filters(&q);
        pairs.push(("after", cursor));
        QUEUE_FILTERS.href(&pairs)
    });
    view! {
        <div class="portal-actions">
            {first.map(|href| view! { <a class="usa-button usa-button--outline" href=href>{r.first_page}</a> })}
            {next.map(|href| view! { <a class="usa-button" href=href>{r.next_page}</a> })}
        </div>
    }
}

#[component]
fn Exports(q: QueueQuery) -> impl IntoView {
    let r = crate::i18n::reviewer();
    let query = encode_query(&filters(&q));
    view! {
        <section aria-labelledby="export-heading">
            <h2 id="export-heading">{r.export_heading}</h2>
            <p class="usa-hint">{r.export_hint}</p>
            <ul class="usa-list usa-list--unstyled portal-inline-list">
                <li>
                    <a class="usa-link" href=export_href(EXPORT_CSV_PATH, &query) download="">
                        {r.download_csv}
                    </a>
                </li>
                <li>
                    <a class="usa-link" href=export_href(EXPORT_JSON_PATH, &query) download="">
                        {r.download_json}
                    </a>
                </li>
            </ul>
        </section>
    }
}
