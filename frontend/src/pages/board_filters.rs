//! The public board's search and filter form. Like the reviewers' queue, the filters live in the
//! address bar (`/board?topic=…&sort=support`), so a view can be bookmarked and shared: the form
//! starts from the address, and "Apply filters" writes it.

use std::collections::BTreeMap;

use crate::router::{use_location, use_navigate};
use leptos::ev::SubmitEvent;
use leptos::html::Div;
use leptos::prelude::*;
use shared::board::{BoardQuery, BoardSort};
use shared::queue::{decode_query, encode_query};
use shared::status::Status;
use shared::taxonomy::{EntityType, MscCategory, Topic};

use crate::api;
use crate::components::error_summary::{focus_summary, Problem};
use crate::components::fields::{ChoiceSelect, TextInput};
use crate::components::notice::field_error;
use crate::i18n::t;
use crate::paths::BOARD_PAGE;

/// The query keys the form edits, in address order; each is also the `id` of its control.
const KEYS: [&str; 7] = ["q", "topic", "msc_category", "entity_type", "consultation", "status", "sort"];

/// The visible label of a query key, for problem messages.
pub fn filter_label(key: &str) -> Option<&'static str> {
    let p = t().public;
    Some(match key {
        "q" => p.board_search,
        "topic" => p.board_topic,
        "msc_category" => p.board_msc_category,
        "entity_type" => p.board_entity_type,
        "consultation" => p.board_consultation,
        "status" => p.board_status,
        "sort" => p.board_sort,
        _ => return None,
    })
}

/// Whether a query key has a control to link a problem to.
pub fn has_control(key: &str) -> bool {
    KEYS.contains(&key)
}

/// The board's address for these filters.
pub fn board_href(pairs: &[(&str, String)]) -> String {
    if pairs.is_empty() {
        BOARD_PAGE.to_owned()
    } else {
        format!("{BOARD_PAGE}?{}", encode_query(pairs))
    }
}

fn from_address(search: &str) -> BTreeMap<&'static str, String> {
    decode_query(search)
        .into_iter()
        .filter_map(|(k, v)| KEYS.iter().find(|key| **key == k).map(|key| (*key, v)))
        .collect()
}

/// The address for these filters: canonical when they parse, as typed when they do not (the
/// page then says what is wrong with them); and whether they parse.
fn to_address(values: &BTreeMap<&'static str, String>) -> (String, bool) {
    let pairs: Vec<(&str, String)> = KEYS
        .iter()
        .filter_map(|k| values.get(k).map(|v| (*k, v.trim().to_owned())))
        .filter(|(_, v)| !v.is_empty())
        .collect();
    let owned: Vec<(String, String)> = pairs.iter().map(|(k, v)| ((*k).to_owned(), v.clone())).collect();
    match BoardQuery::parse(&owned) {
        Ok(q) => (board_href(&q.to_pairs()), true),
        Err(_) => (board_href(&pairs), false),
    }
}

fn choices<T: Copy>(all: &[T], code: fn(T) -> &'static str, label: fn(T) -> &'static str) -> Vec<(String, String)> {
    all.iter().map(|v| (code(*v).to_owned(), label(*v).to_owned())).collect()
}

#[component]
pub fn BoardFilters(problems: Signal<Vec<Problem>>, summary: NodeRef<Div>) -> impl IntoView {
    let m = t();
    let p = m.public;
    let location = use_location();
    let navigate = use_navigate();
    let values = RwSignal::new(from_address(&location.search.get_untracked()));
    // "Clear filters", a link from elsewhere or the back button change the address: follow it.
    Effect::new(move |_| {
        let fresh = location.search.with(|s| from_address(s));
        values.set(fresh);
    });
    let value =
        move |key: &'static str| Signal::derive(move || values.with(|v| v.get(key).cloned().unwrap_or_default()));
    let set = move |key: &'static str| Callback::new(move |v: String| values.update(|vs| drop(vs.insert(key, v))));
    let error = move |key: &'static str| field_error(problems, key);

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let (href, valid) = values.with_untracked(to_address);
        navigate(&href, Default::default());
        if !valid {
            focus_summary(summary);
        }
    };
    let consultations = LocalResource::new(|| async { api::public::consultations().await.unwrap_or_default() });
    let consultations = Signal::derive(move || {
        consultations
            .with(|list| list.iter().flatten().map(|c| (c.id.to_string(), c.title.clone())).collect::<Vec<_>>())
    });

    view! {
        <section aria-labelledby="filters-heading">
            <h2 id="filters-heading">{p.board_filters_heading}</h2>
            <form novalidate on:submit=on_submit>
                <div class="portal-filters">
                    <TextInput
                        id="q"
                        label=p.board_search
                        hint=p.board_search_hint
                        input_type="search"
                        value=value("q")
                        set=set("q")
                        error=error("q")
                    />
                    <ChoiceSelect
                        id="topic"
                        label=p.board_topic
                        any=p.board_any
                        options=choices(Topic::ALL, Topic::code, m.topic)
                        value=value("topic")
                        set=set("topic")
                        error=error("topic")
                    />
                    <ChoiceSelect
                        id="msc_category"
                        label=p.board_msc_category
                        any=p.board_any
                        options=choices(MscCategory::ALL, MscCategory::code, m.msc_category)
                        value=value("msc_category")
                        set=set("msc_category")
                        error=error("msc_category")
                    />
                    <ChoiceSelect
                        id="entity_type"
                        label=p.board_entity_type
                        any=p.board_any
                        options=choices(EntityType::ALL, EntityType::code, m.entity_type)
                        value=value("entity_type")
                        set=set("entity_type")
                        error=error("entity_type")
                    />
                    <ChoiceSelect
                        id="consultation"
                        label=p.board_consultation
                        any=p.board_any
                        options=consultations
                        value=value("consultation")
                        set=set("consultation")
                        error=error("consultation")
                    />
                    <ChoiceSelect
                        id="status"
                        label=p.board_status
                        any=p.board_any
                        options=choices(Status::ALL, Status::code, m.status)
                        value=value("status")
                        set=set("status")
                        error=error("status")
                    />
                    <ChoiceSelect
                        id="sort"
                        label=p.board_sort
                        options=choices(BoardSort::ALL, BoardSort::code, p.board_sort_by)
                        value=value("sort")
                        set=set("sort")
                        error=error("sort")
                    />
                </div>
                <div class="portal-actions">
                    <button type="submit" class="usa-button">
                        {p.board_apply}
                    </button>
                    <a class="usa-button usa-button--unstyled" href=BOARD_PAGE>
                        {p.board_clear}
                    </a>
                </div>
            </form>
        </section>
    }
}
