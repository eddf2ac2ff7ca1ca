//! What the workspace's filter forms share (the queue, the two survey dashboards, the audit log):
//! the form with the workspace's "Apply filters" and "Clear filters", text filters, and the
//! choices of the portal's vocabularies that several of them filter by.

use leptos::html::Div;
use leptos::prelude::*;
use shared::taxonomy::{CtpatStatus, EntityType, MscCategory, Topic};

use super::choices;
use crate::components::fields::{TextInput, TextInputProps};
use crate::components::filter_form::{FilterForm, FilterFormProps, FilterSelect, Filters};
use crate::i18n::t;

/// The filter form of a workspace page, its controls the `children`.
#[component]
pub fn ReviewFilterForm(
    filters: Filters,
    heading_id: &'static str,
    heading: &'static str,
    /// The page's error summary, which takes the focus when the filters applied do not parse.
    #[prop(optional)]
    summary: Option<NodeRef<Div>>,
    children: Children,
) -> impl IntoView {
    let r = crate::i18n::reviewer();
    FilterForm(FilterFormProps {
        filters,
        heading_id,
        heading,
        apply: r.apply_filters,
        clear: r.clear_filters,
        summary,
        children,
    })
}

/// A filter typed as text (words, a tag, a date), its `id` the query key.
#[component]
pub fn FilterText(
    filters: Filters,
    id: &'static str,
    label: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(optional)] input_type: Option<&'static str>,
    #[prop(optional)] autocomplete: Option<&'static str>,
) -> impl IntoView {
    // The props as given: an absent hint or autocomplete stays absent from the markup.
    TextInput(TextInputProps {
        id,
        label: label.into(),
        hint,
        required: false,
        max_chars: None,
        input_type,
        autocomplete,
        inputmode: None,
        value: filters.value(id),
        set: filters.set(id),
        error: filters.error(id),
    })
}

/// A filter chosen from one of the portal's vocabularies, off while "Any" is selected.
#[component]
pub fn AnyFilter(
    filters: Filters,
    id: &'static str,
    label: &'static str,
    options: Vec<(String, String)>,
) -> impl IntoView {
    view! { <FilterSelect filters id label any=crate::i18n::reviewer().any options /> }
}

pub fn entity_types() -> Vec<(String, String)> {
    choices(EntityType::ALL, EntityType::code, t().entity_type)
}

pub fn ctpat_statuses() -> Vec<(String, String)> {
    choices(CtpatStatus::ALL, CtpatStatus::code, t().ctpat_status)
}

pub fn topics() -> Vec<(String, String)> {
    choices(Topic::ALL, Topic::code, t().topic)
}

pub fn msc_categories() -> Vec<(String, String)> {
    choices(MscCategory::ALL, MscCategory::code, t().msc_category)
}
