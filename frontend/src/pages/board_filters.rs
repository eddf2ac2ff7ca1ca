//! The public board's search and filter form. Like the reviewers' queue, the filters live in the
//! address bar (`/board?topic=…&sort=support`), kept there by `components::filter_form`.

use leptos::html::Div;
use leptos::prelude::*;
use shared::board::{BoardQuery, BoardSort};
use shared::status::Status;
use shared::taxonomy::{EntityType, MscCategory, Topic};
use shared::url::encode_query;

use crate::api;
use crate::components::error_summary::Problem;
use crate::components::fields::{ChoiceSelect, TextInput};
use crate::components::filter_form::{FilterAddress, FilterForm, FilterSelect, Filters};
use crate::i18n::t;
use crate::paths::BOARD_PAGE;

/// The board's filters in the address: each key is also the `id` of its control.
pub const BOARD_FILTERS: FilterAddress = FilterAddress {
    page: BOARD_PAGE,
    keys: &["q", "topic", "msc_category", "entity_type", "consultation", "status", "sort"],
    kept: &[],
    label: filter_label,
    parse: |pairs| BoardQuery::parse(pairs).map(|q| encode_query(&q.to_pairs())),
};

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
    BOARD_FILTERS.has_control(key)
}

fn choices<T: Copy>(all: &[T], code: fn(T) -> &'static str, label: fn(T) -> &'static str) -> Vec<(String, String)> {
    all.iter().map(|v| (code(*v).to_owned(), label(*v).to_owned())).collect()
}

#[component]
pub fn BoardFilters(problems: Signal<Vec<Problem>>, summary: NodeRef<Div>) -> impl IntoView {
    let m = t();
    let p = m.public;
    let filters = Filters::from_address(BOARD_FILTERS, problems);
    let consultations = LocalResource::new(|| async { api::public::consultations().await.unwrap_or_default() });
    let consultations = Signal::derive(move || {
        consultations
            .with(|list| list.iter().flatten().map(|c| (c.id.to_string(), c.title.clone())).collect::<Vec<_>>())
    });

    view! {
        <FilterForm
            filters
            heading_id="filters-heading"
            heading=p.board_filters_heading
            apply=p.board_apply
            clear=p.board_clear
            summary
        >
            <TextInput
                id="q"
                label=p.board_search
                hint=p.board_search_hint
                input_type="search"
                value=filters.value("q")
                set=filters.set("q")
                error=filters.error("q")
            />
            <FilterSelect filters id="topic" label=p.board_topic any=p.board_any options=choices(Topic::ALL, Topic::code, m.topic) />
            <FilterSelect
                filters
                id="msc_category"
                label=p.board_msc_category
                any=p.board_any
                options=choices(MscCategory::ALL, MscCategory::code, m.msc_category)
            />
            <FilterSelect
                filters
                id="entity_type"
                label=p.board_entity_type
                any=p.board_any
                options=choices(EntityType::ALL, EntityType::code, m.entity_type)
            />
            <FilterSelect filters id="consultation" label=p.board_consultation any=p.board_any options=consultations />
            <FilterSelect filters id="status" label=p.board_status any=p.board_any options=choices(Status::ALL, Status::code, m.status) />
            <ChoiceSelect
                id="sort"
                label=p.board_sort
                options=choices(BoardSort::ALL, BoardSort::code, p.board_sort_by)
                value=filters.value("sort")
                set=filters.set("sort")
                error=filters.error("sort")
            />
        </FilterForm>
    }
}
