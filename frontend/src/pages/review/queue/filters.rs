//! The queue's filter form. The filters live in the address bar, so a view can be bookmarked and
//! shared: the form starts from the address, and "Apply filters" writes the address.

use std::collections::BTreeMap;

use crate::router::{use_location, use_navigate};
use leptos::ev::SubmitEvent;
use leptos::html::Div;
use leptos::prelude::*;
use shared::api::review::UserRef;
use shared::queue::{decode_query, encode_query, Identity, QueueQuery, Sort};
use shared::status::Status;
use shared::taxonomy::{CtpatStatus, EntityType, MscCategory, Topic};

use crate::components::error_summary::{focus_summary, Problem};
use crate::components::fields::{ChoiceSelect, TextInput};
use crate::i18n::t;
use crate::pages::review::{choices, field_error};
use crate::paths::QUEUE_PAGE;

/// The query keys the form edits, in the order they go into the address. Each is also the `id`
/// of its control, so a problem the parser reports links to it.
const KEYS: [&str; 16] = [
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
    // No control: kept as the address had it.
    "limit",
];

/// The visible label of a query key, for problem messages.
pub fn filter_label(key: &str) -> Option<&'static str> {
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

/// Whether a query key has a control to link a problem to.
pub fn has_control(key: &str) -> bool {
    KEYS[..KEYS.len() - 1].contains(&key)
}

fn from_address(search: &str) -> BTreeMap<&'static str, String> {
    decode_query(search)
        .into_iter()
        .filter_map(|(k, v)| KEYS.iter().find(|key| **key == k).map(|key| (*key, v)))
        .collect()
}

/// The address for these filters: canonical when they parse, as typed when they do not (the
/// page then shows what is wrong with them); and whether they parse.
fn to_address(values: &BTreeMap<&'static str, String>) -> (String, bool) {
    let pairs: Vec<(&str, String)> = KEYS
        .iter()
        .filter_map(|k| values.get(k).map(|v| (*k, v.trim().to_owned())))
        .filter(|(_, v)| !v.is_empty())
        .collect();
    let owned: Vec<(String, String)> = pairs.iter().map(|(k, v)| ((*k).to_owned(), v.clone())).collect();
    let (query, valid) = match QueueQuery::parse(&owned) {
        Ok(q) => (encode_query(&q.to_pairs()), true),
        Err(_) => (encode_query(&pairs), false),
    };
    let href = if query.is_empty() { QUEUE_PAGE.to_owned() } else { format!("{QUEUE_PAGE}?{query}") };
    (href, valid)
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
    let location = use_location();
    let navigate = use_navigate();
    let values = RwSignal::new(from_address(&location.search.get_untracked()));
    // "Clear filters", a status count or the back button change the address: follow it.
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
    let assignees = Signal::derive(move || {
        let mut list =
            vec![("unassigned".to_owned(), r.unassigned.to_owned()), ("mine".to_owned(), r.assigned_to_me.to_owned())];
        list.extend(reviewers.get().into_iter().map(|u| (u.id.to_string(), u.name)));
        list
    });

    view! {
        <section aria-labelledby="filters-heading">
            <h2 id="filters-heading">{r.filters_heading}</h2>
            <form novalidate on:submit=on_submit>
                <div class="portal-filters">
                    <TextInput
                        id="q"
                        label=r.filter_search
                        hint=r.filter_search_hint
                        input_type="search"
                        value=value("q")
                        set=set("q")
                        error=error("q")
                    />
                    <ChoiceSelect
                        id="status"
                        label=r.filter_status
                        any=r.any
                        options=choices(Status::ALL, Status::code, m.status)
                        value=value("status")
                        set=set("status")
                        error=error("status")
                    />
                    <ChoiceSelect
                        id="topic"
                        label=r.filter_topic
                        any=r.any
                        options=choices(Topic::ALL, Topic::code, m.topic)
                        value=value("topic")
                        set=set("topic")
                        error=error("topic")
                    />
                    <ChoiceSelect
                        id="msc_category"
                        label=r.filter_msc_category
                        any=r.any
                        options=choices(MscCategory::ALL, MscCategory::code, m.msc_category)
                        value=value("msc_category")
                        set=set("msc_category")
                        error=error("msc_category")
                    />
                    <ChoiceSelect
                        id="entity_type"
                        label=r.filter_entity_type
                        any=r.any
                        options=choices(EntityType::ALL, EntityType::code, m.entity_type)
                        value=value("entity_type")
                        set=set("entity_type")
                        error=error("entity_type")
                    />
                    <ChoiceSelect
                        id="ctpat_status"
                        label=r.filter_ctpat_status
                        any=r.any
                        options=choices(CtpatStatus::ALL, CtpatStatus::code, m.ctpat_status)
                        value=value("ctpat_status")
                        set=set("ctpat_status")
                        error=error("ctpat_status")
                    />
                    <ChoiceSelect
                        id="assignee"
                        label=r.filter_assignee
                        any=r.anyone
                        options=assignees
                        value=value("assignee")
                        set=set("assignee")
                        error=error("assignee")
                    />
                    <TextInput id="tag" label=r.filter_tag value=value("tag") set=set("tag") error=error("tag") />
                    <ChoiceSelect
                        id="identity"
                        label=r.filter_identity
                        any=r.anyone
                        options=choices(Identity::ALL, Identity::code, r.identity)
                        value=value("identity")
                        set=set("identity")
                        error=error("identity")
                    />
                    <ChoiceSelect
                        id="consultation"
                        label=r.filter_consultation
                        any=r.any
                        options=consultations
                        value=value("consultation")
                        set=set("consultation")
                        error=error("consultation")
                    />
                    <ChoiceSelect
                        id="language"
                        label=r.filter_language
                        any=r.any
                        options=Signal::derive(|| {
                            shared::language::Lang::ALL.iter().map(|l| (l.tag().to_owned(), l.native_name().to_owned())).collect()
                        })
                        value=value("language")
                        set=set("language")
                        error=error("language")
                    />
                    <FlaggedOnly
                        checked=Signal::derive(move || value("flagged").with(|v| v == "yes"))
                        set=Callback::new(move |on: bool| {
                            values.update(|vs| drop(vs.insert("flagged", if on { "yes" } else { "" }.to_owned())))
                        })
                    />
                    <TextInput
                        id="from"
                        label=r.filter_from
                        input_type="date"
                        value=value("from")
                        set=set("from")
                        error=error("from")
                    />
                    <TextInput id="to" label=r.filter_to input_type="date" value=value("to") set=set("to") error=error("to") />
                    <ChoiceSelect
                        id="sort"
                        label=r.filter_sort
                        options=choices(Sort::ALL, Sort::code, r.sort)
                        value=value("sort")
                        set=set("sort")
                        error=error("sort")
                    />
                </div>
                <div class="portal-actions">
                    <button type="submit" class="usa-button">
                        {r.apply_filters}
                    </button>
                    <a class="usa-button usa-button--unstyled" href=QUEUE_PAGE>
                        {r.clear_filters}
                    </a>
                </div>
            </form>
        </section>
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
