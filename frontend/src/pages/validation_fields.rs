//! The validation report's two controls the shared field components do not cover: the CBP field
//! office select, whose choices come from the API and which is required, and a 1–5 rating as a
//! row of radios in a fieldset whose legend explains the scale.

use leptos::prelude::*;
use shared::api::validation::FieldOffice;

use crate::components::fields::{
    described_by_if_any, group_class, required_mark, select_class, HintAndError, RadioRow,
};
use crate::i18n::t;

/// The active field offices as a required select. The draft's choice is kept even while the list
/// loads, or when the office was retired since: the server then says so at this control.
#[component]
pub fn OfficeSelect(
    id: &'static str,
    label: &'static str,
    hint: &'static str,
    offices: Signal<Vec<FieldOffice>>,
    value: Signal<String>,
    set: Callback<String>,
    error: Signal<Option<String>>,
) -> impl IntoView {
    let has_error = move || error.with(Option::is_some);
    view! {
        <div class=group_class(error)>
            <label class="usa-label" for=id>
                {label}
                {required_mark()}
            </label>
            <HintAndError id hint=Some(hint) error />
            <select
                class=select_class(error)
                id=id
                name=id
                aria-describedby=move || described_by_if_any(id, true, has_error())
                aria-invalid=move || has_error().then_some("true")
                on:change=move |ev| set.run(event_target_value(&ev))
            >
                <option value="" prop:selected=move || value.with(String::is_empty)>{t().form_select_placeholder}</option>
                // `prop:selected`: the list arrives after the draft is restored, and the attribute
                // would not move the selection once the control exists.
                {move || {
                    offices
                        .get()
                        .into_iter()
                        .map(|o| {
                            let code = o.id.to_string();
                            let chosen = code.clone();
                            view! { <option value=code prop:selected=move || value.with(|v| v.trim() == chosen)>{o.name}</option> }
                        })
                        .collect_view()
                }}
            </select>
        </div>
    }
}

/// A 1–5 rating: a row of radios (`RadioRow`), radio `n` with the id `{id}-{n}`. The legend
/// names what is rated and what 1 and 5 mean, so each radio reads as its number.
#[component]
pub fn RatingRow(
    id: &'static str,
    name: &'static str,
    scale: &'static str,
    hint: Option<&'static str>,
    required: bool,
    value: Signal<String>,
    set: Callback<String>,
    error: Signal<Option<String>>,
) -> impl IntoView {
    let options = (1..=5u8).map(|n| (n.to_string(), n.to_string())).collect();
    view! { <RadioRow id legend=format!("{name} {scale}") hint required options value set error /> }
}
