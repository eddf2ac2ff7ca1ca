//! The queue's filter form. The filters live in the address bar, so a view can be bookmarked and
//! shared (`components::filter_form` keeps them there).

use leptos::html::Div;
use leptos::prelude::*;
use shared::api::review::UserRef;
use shared::queue::{Identity, QueueQuery, Sort};
use shared::status::Status;
use shared::url::encode_query;

use crate::components::error_summary::Problem;
use crate::components::fields::ChoiceSelect;
use crate::components::filter_form::{FilterAddress, FilterSelect, Filters};
use crate::i18n::t;
use crate::pages::review::choices;
use crate::pages::review::filters::{ctpat_statuses, entity_types, msc_categories, topics};
use crate::pages::review::filters::{AnyFilter, FilterText, ReviewFilterForm};
use crate::paths::QUEUE_PAGE;

/// The queue's filters in the address, in the order they go there.
pub const QUEUE_FILTERS: FilterAddress = FilterAddress {
    page: QUEUE_PAGE,
    keys: &[
        "q",
        "status",
        "topic",
        "msc_category",
        "entity_type",
        "ctpat_status",
        "assignee",
        "tag",
        "identity",
        "consultation",
        "language",
        "flagged",
        "from",
        "to",
        "sort",
    ],
    kept: &["limit"],
    label: filter_label,
    parse: |pairs| QueueQuery::parse(pairs).map(|q| encode_query(&q.to_pairs())),
};

/// The visible label of a query key, for problem messages.
fn filter_label(key: &str) -> Option<&'static str> {
    let r = crate::i18n::reviewer();
    Some(match key {
        "q" => r.filter_search,
        "status" => r.filter_status,
        "topic" => r.filter_topic,
        "msc_category" => r.filter_msc_category,
        "entity_type" => r.filter_entity_type,
        "ctpat_status" => r.filter_ctpat_status,
        "assignee" => r.filter_assignee,
        "tag" => r.filter_tag,
        "identity" => r.filter_identity,
        "consultation" => r.filter_consultation,
        "language" => r.filter_language,
        "flagged" => r.filter_flagged,
        "from" => r.filter_from,
        "to" => r.filter_to,
        "sort" => r.filter_sort,
        "after" => r.filter_page,
        "limit" => r.filter_limit,
        _ => return None,
    })
}

/// `consultations` are `(id, title)` choices.
#[component]
pub fn QueueFilters(
    reviewers: Signal<Vec<UserRef>>,
    consultations: Signal<Vec<(String, String)>>,
    problems: Signal<Vec<Problem>>,
    summary: NodeRef<Div>,
) -> impl IntoView {
    let m = t();
    let r = crate::i18n::reviewer();
    let filters = Filters::from_address(QUEUE_FILTERS, problems);
    let assignees = Signal::derive(move || {
        let mut list =
            vec![("unassigned".to_owned(), r.unassigned.to_owned()), ("mine".to_owned(), r.assigned_to_me.to_owned())];
        list.extend(reviewers.get().into_iter().map(|u| (u.id.to_string(), u.name)));
        list
    });

    let languages: Vec<(String, String)> =
        shared::language::Lang::ALL.iter().map(|l| (l.tag().to_owned(), l.native_name().to_owned())).collect();

    view! {
        <ReviewFilterForm filters heading_id="filters-heading" heading=r.filters_heading summary>
            <FilterText filters id="q" label=r.filter_search hint=r.filter_search_hint input_type="search" />
            <AnyFilter filters id="status" label=r.filter_status options=choices(Status::ALL, Status::code, m.status) />
            <AnyFilter filters id="topic" label=r.filter_topic options=topics() />
            <AnyFilter filters id="msc_category" label=r.filter_msc_category options=msc_categories() />
            <AnyFilter filters id="entity_type" label=r.filter_entity_type options=entity_types() />
            <AnyFilter filters id="ctpat_status" label=r.filter_ctpat_status options=ctpat_statuses() />
            <FilterSelect filters id="assignee" label=r.filter_assignee any=r.anyone options=assignees />
            <FilterText filters id="tag" label=r.filter_tag />
            <FilterSelect
                filters
                id="identity"
                label=r.filter_identity
                any=r.anyone
                options=choices(Identity::ALL, Identity::code, r.identity)
            />
            <FilterSelect filters id="consultation" label=r.filter_consultation any=r.any options=consultations />
            <FilterSelect filters id="language" label=r.filter_language any=r.any options=languages />
            <FlaggedOnly
                checked=Signal::derive(move || filters.value("flagged").with(|v| v == "yes"))
                set=Callback::new(move |on: bool| filters.set("flagged").run(if on { "yes" } else { "" }.to_owned()))
            />
            <FilterText filters id="from" label=r.filter_from input_type="date" />
            <FilterText filters id="to" label=r.filter_to input_type="date" />
            <ChoiceSelect
                id="sort"
                label=r.filter_sort
                options=choices(Sort::ALL, Sort::code, r.sort)
                value=filters.value("sort")
                set=filters.set("sort")
                error=filters.error("sort")
            />
        </ReviewFilterForm>
    }
}

/// "Reported as filed in someone's name": a checkbox, since the filter is on or off. It sits in
/// a form group so it lines up with the selects around it.
#[component]
fn FlaggedOnly(checked: Signal<bool>, set: Callback<bool>) -> impl IntoView {
    let r = crate::i18n::reviewer();
    view! {
        <div class="usa-form-group portal-filter-checkbox">
            <div class="usa-checkbox">
                <input
                    class="usa-checkbox__input"
                    id="flagged"
                    name="flagged"
                    type="checkbox"
                    prop:checked=move || checked.get()
                    on:change=move |ev| set.run(event_target_checked(&ev))
                />
                <label class="usa-checkbox__label" for="flagged">
                    {r.filter_flagged}
                </label>
            </div>
        </div>
    }
}
