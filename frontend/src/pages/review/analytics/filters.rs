//! The benefit dashboard's filter form. As on the queue, the filters live in the address bar:
//! the form starts from the address, and "Apply filters" writes it.

use std::collections::BTreeMap;

use crate::router::{use_location, use_navigate};
use leptos::ev::SubmitEvent;
use leptos::html::Div;
use leptos::prelude::*;
use shared::api::analytics::AnalyticsQuery;
use shared::queue::{decode_query, encode_query};
use shared::taxonomy::{CtpatStatus, EntityType};

use crate::components::error_summary::{focus_summary, Problem};
use crate::components::fields::ChoiceSelect;
use crate::i18n::t;
use crate::pages::review::{choices, field_error};
use crate::paths::ANALYTICS_PAGE;

/// The query keys, in address order; each is also its control's `id`.
pub const KEYS: [&str; 3] = ["round", "entity_type", "tier"];

pub fn filter_label(key: &str) -> Option<&'static str> {
    let a = crate::i18n::reviewer().analytics;
    Some(match key {
        "round" => a.filter_round,
        "entity_type" => a.filter_entity_type,
        "tier" => a.filter_tier,
        _ => return None,
    })
}

fn from_address(search: &str) -> BTreeMap<&'static str, String> {
    decode_query(search)
        .into_iter()
        .filter_map(|(k, v)| KEYS.iter().find(|key| **key == k).map(|key| (*key, v)))
        .collect()
}

/// The address for these filters: canonical when they parse, as typed when they do not (the
/// page then says what is wrong); and whether they parse.
fn to_address(values: &BTreeMap<&'static str, String>) -> (String, bool) {
    let pairs: Vec<(&str, String)> = KEYS
        .iter()
        .filter_map(|k| values.get(k).map(|v| (*k, v.trim().to_owned())))
        .filter(|(_, v)| !v.is_empty())
        .collect();
    let owned: Vec<(String, String)> = pairs.iter().map(|(k, v)| ((*k).to_owned(), v.clone())).collect();
    let (query, valid) = match AnalyticsQuery::parse(&owned) {
        Ok(q) => (encode_query(&q.to_pairs()), true),
        Err(_) => (encode_query(&pairs), false),
    };
    let href = if query.is_empty() { ANALYTICS_PAGE.to_owned() } else { format!("{ANALYTICS_PAGE}?{query}") };
    (href, valid)
}

/// `rounds` are `(id, title)` choices.
#[component]
pub fn AnalyticsFilters(
    rounds: Signal<Vec<(String, String)>>,
    problems: Signal<Vec<Problem>>,
    summary: NodeRef<Div>,
) -> impl IntoView {
    let m = t();
    let r = crate::i18n::reviewer();
    let a = r.analytics;
    let location = use_location();
    let navigate = use_navigate();
    let values = RwSignal::new(from_address(&location.search.get_untracked()));
    // "Clear filters" or the back button change the address: follow it.
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

    view! {
        <section aria-labelledby="analytics-filters-heading">
            <h2 id="analytics-filters-heading">{a.filters_heading}</h2>
            <form novalidate on:submit=on_submit>
                <div class="portal-filters">
                    <ChoiceSelect
                        id="round"
                        label=a.filter_round
                        any=a.all_rounds
                        options=rounds
                        value=value("round")
                        set=set("round")
                        error=error("round")
                    />
                    <ChoiceSelect
                        id="entity_type"
                        label=a.filter_entity_type
                        any=r.any
                        options=choices(EntityType::ALL, EntityType::code, m.entity_type)
                        value=value("entity_type")
                        set=set("entity_type")
                        error=error("entity_type")
                    />
                    <ChoiceSelect
                        id="tier"
                        label=a.filter_tier
                        any=r.any
                        options=choices(CtpatStatus::ALL, CtpatStatus::code, m.ctpat_status)
                        value=value("tier")
                        set=set("tier")
                        error=error("tier")
                    />
                </div>
                <div class="portal-actions">
                    <button type="submit" class="usa-button">
                        {r.apply_filters}
                    </button>
                    <a class="usa-button usa-button--unstyled" href=ANALYTICS_PAGE>
                        {r.clear_filters}
                    </a>
                </div>
            </form>
        </section>
    }
}
