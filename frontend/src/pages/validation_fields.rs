//! The validation report's two controls the shared field components do not cover: the CBP field
//! office select, whose choices come from the API and which is required, and a 1–5 rating as a
//! row of radios in a fieldset whose legend explains the scale.

use leptos::prelude::*;
use shared::api::validation::FieldOffice;

use crate::i18n::t;

fn group_class(error: Signal<Option<String>>) -> impl Fn() -> &'static str {
    move || {
        if error.with(Option::is_some) {
            "usa-form-group usa-form-group--error"
        } else {
            "usa-form-group"
        }
    }
}

/// `{id}-hint {id}-error`, as present, for `aria-describedby`.
fn described_by(id: &'static str, hint: bool, error: bool) -> Option<String> {
    let ids: Vec<String> = [(hint, "hint"), (error, "error")]
        .into_iter()
        .filter(|(on, _)| *on)
        .map(|(_, part)| format!("{id}-{part}"))
        .collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

fn required_mark() -> impl IntoView {
    view! { " " <abbr title=t().survey.required class="usa-hint usa-hint--required">"*"</abbr> }
}

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
            <div class="usa-hint" id=format!("{id}-hint")>{hint}</div>
            {move || error.get().map(|e| view! { <span class="usa-error-message" id=format!("{id}-error")>{e}</span> })}
            <select
                class=move || if has_error() { "usa-select usa-input--error" } else { "usa-select" }
                id=id
                name=id
                aria-describedby=move || described_by(id, true, has_error())
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

/// A 1–5 rating: radios side by side in a fieldset whose `id` is the field key (the error
/// summary's link lands there and moves on to the first radio); radio `n` has the id `{id}-{n}`.
/// The legend names what is rated and what 1 and 5 mean, so each radio reads as its number.
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
    let has_error = move || error.with(Option::is_some);
    view! {
        <div class=group_class(error)>
            <fieldset class="usa-fieldset" id=id aria-describedby=move || described_by(id, hint.is_some(), has_error())>
                <legend class="usa-legend">
                    {name} " " {scale}
                    {required.then(required_mark)}
                </legend>
                {hint.map(|h| view! { <div class="usa-hint" id=format!("{id}-hint")>{h}</div> })}
                {move || error.get().map(|e| view! { <span class="usa-error-message" id=format!("{id}-error")>{e}</span> })}
                <div class="portal-radio-row">
                    {(1..=5u8)
                        .map(|n| {
                            let code = n.to_string();
                            let input_id = format!("{id}-{n}");
                            let checked = code.clone();
                            let chosen = code.clone();
                            view! {
                                <div class="usa-radio">
                                    <input
                                        class="usa-radio__input"
                                        id=input_id.clone()
                                        type="radio"
                                        name=id
                                        value=code.clone()
                                        prop:checked=move || value.with(|v| v.trim() == checked)
                                        on:change=move |_| set.run(chosen.clone())
                                    />
                                    <label class="usa-radio__label" for=input_id>
                                        {code}
                                    </label>
                                </div>
                            }
                        })
                        .collect_view()}
                </div>
            </fieldset>
        </div>
    }
}
