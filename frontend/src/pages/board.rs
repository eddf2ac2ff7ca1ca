//! "Public board": published feedback and CBP's responses, searched and filtered from the
//! address bar. The first page comes with the address; "More results" appends the next one.

use crate::router::use_location;
use leptos::html::Div;
use leptos::prelude::*;
use leptos::task::spawn_local;
use shared::api::public::PublicItem;
use shared::board::BoardQuery;
use shared::text::FieldError;
use shared::url::{decode_query, encode_query};

use super::board_filters::{filter_label, has_control, BoardFilters};
use crate::api::{self, Failure};
use crate::components::error_summary::{ErrorSummary, Problem};
use crate::components::notice::{failure_text, form_problems, loading};
use crate::i18n::{set_page_title, t};
use crate::paths::BENEFITS_PAGE;

/// Characters of the feedback shown in the list.
const EXCERPT_CHARS: usize = 240;

fn excerpt(text: &str) -> String {
    if text.chars().count() <= EXCERPT_CHARS {
        return text.to_owned();
    }
    let cut: String = text.chars().take(EXCERPT_CHARS).collect();
    format!("{}…", cut.trim_end())
}

/// What the API is asked: the filters and, past the first page, the cursor.
fn api_query(q: &BoardQuery, after: Option<&str>) -> String {
    let mut pairs = q.to_pairs();
    if let Some(after) = after {
        pairs.push(("after", after.to_owned()));
    }
    encode_query(&pairs)
}

fn address_problems(errors: &[FieldError]) -> Vec<Problem> {
    let m = t();
    errors
        .iter()
        .map(|e| Problem {
            field: if has_control(&e.field) { e.field.clone() } else { String::new() },
            message: (m.problem)("", filter_label(&e.field).unwrap_or(&e.field), e.problem),
        })
        .collect()
}

/// The controls the API's field errors link to: the query keys are the controls' ids.
const CONTROLS: [(&str, &str); 7] = [
    ("q", "q"),
    ("topic", "topic"),
    ("msc_category", "msc_category"),
    ("entity_type", "entity_type"),
    ("consultation", "consultation"),
    ("status", "status"),
    ("sort", "sort"),
];

#[derive(Clone, Debug, PartialEq)]
enum Load {
    Loading,
    Ready,
    Failed(Failure),
}

#[component]
pub fn Board() -> impl IntoView {
    let p = t().public;
    set_page_title(p.board_title);
    let location = use_location();
    let parsed = Memo::new(move |_| location.search.with(|s| BoardQuery::parse(&decode_query(s))));
    let items = RwSignal::new(Vec::<PublicItem>::new());
    let next = RwSignal::new(None::<String>);
    let state = RwSignal::new(Load::Loading);
    let more = RwSignal::new(Load::Ready);
    // Answers to an older address are dropped: only the latest view may fill the list.
    let generation = StoredValue::new(0u64);

    Effect::new(move |_| {
        let query = parsed.get();
        let current = generation.get_value() + 1;
        generation.set_value(current);
        items.set(Vec::new());
        next.set(None);
        more.set(Load::Ready);
        let Ok(q) = query else {
            state.set(Load::Ready);
            return;
        };
        state.set(Load::Loading);
        spawn_local(async move {
            let result = api::public::board(&api_query(&q, None)).await;
            if generation.get_value() != current {
                return;
            }
            match result {
                Ok(page) => {
                    items.set(page.items);
                    next.set(page.next);
                    state.set(Load::Ready);
                }
                Err(failure) => state.set(Load::Failed(failure)),
            }
        });
    });
    let load_more = move |_| {
        let (Some(after), Ok(q)) = (next.get_untracked(), parsed.get_untracked()) else {
            return;
        };
        if more.get_untracked() == Load::Loading {
            return;
        }
        let current = generation.get_value();
        more.set(Load::Loading);
        spawn_local(async move {
            let result = api::public::board(&api_query(&q, Some(&after))).await;
            if generation.get_value() != current {
                return;
            }
            match result {
                Ok(page) => {
                    items.update(|list| list.extend(page.items));
                    next.set(page.next);
                    more.set(Load::Ready);
                }
                Err(failure) => more.set(Load::Failed(failure)),
            }
        });
    };

    let problems = Memo::new(move |_| {
        let mut list = match parsed.get() {
            Err(errors) => address_problems(&errors),
            Ok(_) => Vec::new(),
        };
        if let Load::Failed(failure) = state.get() {
            list.extend(form_problems(&failure, &CONTROLS));
        }
        list
    });
    let summary = NodeRef::<Div>::new();

    view! {
        <div class="usa-section">
            <h1>{p.board_title}</h1>
            <p class="usa-intro">{p.board_lead}</p>
            <p>
                <a class="usa-link" href=BENEFITS_PAGE>
                    {t().benefits.board_link}
                </a>
            </p>
            <ErrorSummary problems=problems.into() node_ref=summary />
            <BoardFilters problems=problems.into() summary />
            <section aria-labelledby="results-heading">
                <h2 id="results-heading">{p.board_results_heading}</h2>
                {move || match state.get() {
                    Load::Loading => loading(),
                    Load::Failed(_) => ().into_any(),
                    Load::Ready if items.with(Vec::is_empty) && parsed.with(Result::is_ok) => {
                        view! { <p role="status">{p.board_empty}</p> }.into_any()
                    }
                    Load::Ready => ().into_any(),
                }}
                <Show when=move || items.with(|i| !i.is_empty())>
                    <ul class="usa-list usa-list--unstyled portal-board">
                        <For each=move || items.get() key=|item| item.id let:item>
                            <BoardEntry item />
                        </For>
                    </ul>
                </Show>
                {move || match more.get() {
                    Load::Failed(failure) => {
                        view! {
                            <div class="usa-alert usa-alert--error usa-alert--slim" role="alert">
                                <div class="usa-alert__body">
                                    <p class="usa-alert__text">{failure_text(&failure)}</p>
                                </div>
                            </div>
                        }
                            .into_any()
                    }
                    _ => ().into_any(),
                }}
                <Show when=move || next.with(Option::is_some)>
                    <div class="portal-actions">
                        <button
                            type="button"
                            class="usa-button usa-button--outline"
                            aria-disabled=move || (more.get() == Load::Loading).then_some("true")
                            on:click=load_more
                        >
                            {move || if more.get() == Load::Loading { t().loading } else { p.board_more }}
                        </button>
                    </div>
                </Show>
            </section>
        </div>
    }
}

#[component]
fn BoardEntry(item: PublicItem) -> impl IntoView {
    let m = t();
    let p = m.public;
    let published = m.format_rfc3339(&item.published_at);
    view! {
        <li class="portal-board__item">
            <h3 class="portal-board__title">
                <a class="usa-link" href=format!("/board/{}", item.id)>{item.title.clone()}</a>
            </h3>
            <p class="portal-board__meta">
                <span class="usa-tag">{(m.status)(item.status)}</span>
                {item.public_response.is_some().then(|| view! { <span class="usa-tag portal-tag--responded">{p.board_responded}</span> })}
                <span>{(m.topic)(item.topic)}</span>
                <span>{(p.board_published)(&published)}</span>
                <span>{(p.supporters)(item.support.total)}</span>
                {(item.similar > 0).then(|| view! { <span>{(p.similar_submissions)(item.similar)}</span> })}
            </p>
            <p class="portal-board__excerpt">{excerpt(&item.feedback)}</p>
        </li>
    }
}
