//! The validation dashboard's filter form: year, mode, business entity type and field office.
//! As on the benefit dashboard, the filters live in the address bar: the form starts from the
//! address, and "Apply filters" writes it, canonical when `ValidationQuery` accepts it.

use std::collections::BTreeMap;

use crate::router::{use_location, use_navigate};
use leptos::ev::SubmitEvent;
use leptos::html::Div;
use leptos::prelude::*;
use shared::queue::{decode_query, encode_query};
use shared::taxonomy::EntityType;
use shared::validation::{Mode, ValidationQuery};

use crate::components::error_summary::{focus_summary, Problem};
use crate::components::fields::ChoiceSelect;
use crate::i18n::t;
use crate::pages::review::{choices, field_error};
use crate::paths::VALIDATION_ANALYTICS_PAGE;

/// The query keys, in address order; each is also its control's `id`.
pub const KEYS: [&str; 4] = ["year", "mode", "entity_type", "field_office"];

/// The first year the form accepts (`shared::validation::parse_month`).
const FIRST_YEAR: i32 = 2005;

pub fn filter_label(key: &str) -> Option<&'static str> {
    let a = crate::i18n::reviewer().analytics;
    Some(match key {
        "year" => a.filter_year,
        "mode" => a.filter_mode,
        "entity_type" => a.filter_entity_type,
        "field_office" => a.filter_field_office,
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
    let (query, valid) = match ValidationQuery::parse(&owned) {
        Ok(q) => (encode_query(&q.to_pairs()), true),
        Err(_) => (encode_query(&pairs), false),
    };
    let href = if query.is_empty() {
        VALIDATION_ANALYTICS_PAGE.to_owned()
    } else {
        format!("{VALIDATION_ANALYTICS_PAGE}?{query}")
    };
    (href, valid)
}

/// Newest first, from this year back to the first validations. The browser's clock is enough:
/// a year off at New Year only shifts the list, and the address's own year is always offered.
fn years(chosen: &str) -> Vec<(String, String)> {
    let this_year = js_sys::Date::new_0().get_full_year() as i32;
    let mut list: Vec<String> = (FIRST_YEAR..=this_year.max(FIRST_YEAR)).rev().map(|y| y.to_string()).collect();
    let chosen = chosen.trim();
    if !chosen.is_empty() && !list.iter().any(|y| y == chosen) {
        list.insert(0, chosen.to_owned());
    }
    list.into_iter().map(|y| (y.clone(), y)).collect()
}

/// `offices` are `(id, name)` choices, from the dashboard.
#[component]
pub fn ValidationFilters(
    offices: Signal<Vec<(String, String)>>,
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
    let year_choices = Signal::derive(move || values.with(|v| years(v.get("year").map_or("", String::as_str))));
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let (href, valid) = values.with_untracked(to_address);
        navigate(&href, Default::default());
        if !valid {
            focus_summary(summary);
        }
    };

    view! {
        <section aria-labelledby="validation-filters-heading">
            <h2 id="validation-filters-heading">{a.filters_heading}</h2>
            <form novalidate on:submit=on_submit>
                <div class="portal-filters">
                    <ChoiceSelect
                        id="year"
                        label=a.filter_year
                        any=a.all_years
                        options=year_choices
                        value=value("year")
                        set=set("year")
                        error=error("year")
                    />
                    <ChoiceSelect
                        id="mode"
                        label=a.filter_mode
                        any=r.any
                        options=choices(Mode::ALL, Mode::code, a.mode)
                        value=value("mode")
                        set=set("mode")
                        error=error("mode")
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
                        id="field_office"
                        label=a.filter_field_office
                        any=a.all_offices
                        options=offices
                        value=value("field_office")
                        set=set("field_office")
                        error=error("field_office")
                    />
                </div>
                <div class="portal-actions">
                    <button type="submit" class="usa-button">
                        {r.apply_filters}
                    </button>
                    <a class="usa-button usa-button--unstyled" href=VALIDATION_ANALYTICS_PAGE>
                        {r.clear_filters}
                    </a>
                </div>
            </form>
        </section>
    }
}
