//! USWDS form controls wired to signals: label, hint, error message and `aria-describedby`
//! done once, so every field on every form is accessible the same way.

use leptos::prelude::*;

use crate::i18n::t;

/// `aria-describedby` for a control: its hint, its error and its counter, as present.
fn described_by(id: &'static str, hint: bool, error: bool, counter: bool) -> String {
    let mut ids = Vec::new();
    if hint {
        ids.push(format!("{id}-hint"));
    }
    if error {
        ids.push(format!("{id}-error"));
    }
    if counter {
        ids.push(format!("{id}-count"));
    }
    ids.join(" ")
}

#[component]
fn Label(id: &'static str, text: Signal<&'static str>, required: bool) -> impl IntoView {
    view! {
        <label class="usa-label" for=id>
            {move || text.get()}
            {required.then(|| mark_titled("required"))}
        </label>
    }
}

/// A control's hint and its error message, as present, with the ids `aria-describedby` names.
#[component]
pub fn HintAndError(id: &'static str, hint: Option<&'static str>, error: Signal<Option<String>>) -> impl IntoView {
    view! {
        {hint.map(|h| view! { <div class="usa-hint" id=format!("{id}-hint")>{h}</div> })}
        {move || error.get().map(|e| view! { <span class="usa-error-message" id=format!("{id}-error")>{e}</span> })}
    }
}

/// `plain`, or `with_error` while the control has an error.
fn class_for(
    error: Signal<Option<String>>,
    plain: &'static str,
    with_error: &'static str,
) -> impl Fn() -> &'static str {
    move || if error.with(Option::is_some) { with_error } else { plain }
}

pub fn group_class(error: Signal<Option<String>>) -> impl Fn() -> &'static str {
    class_for(error, "usa-form-group", "usa-form-group usa-form-group--error")
}

/// `aria-invalid` while the control has an error.
fn invalid(error: Signal<Option<String>>) -> impl Fn() -> Option<&'static str> {
    move || error.with(Option::is_some).then_some("true")
}

/// `aria-describedby` naming the hint and the error, as present; absent rather than empty.
pub fn described_by_if_any(id: &'static str, hint: bool, error: bool) -> Option<String> {
    Some(described_by(id, hint, error, false)).filter(|ids| !ids.is_empty())
}

/// The mark after the label of a required control, its title in the page's language.
pub fn required_mark() -> impl IntoView {
    mark_titled(t().survey.required)
}

/// The required mark, titled `title`: the shared controls' title is the English word alone.
fn mark_titled(title: &'static str) -> impl IntoView {
    view! { " " <abbr title=title class="usa-hint usa-hint--required">"*"</abbr> }
}

/// The form group of one control: its label, hint and error, then the control (`children`).
#[component]
fn FieldGroup(
    id: &'static str,
    label: Signal<&'static str>,
    required: bool,
    hint: Option<&'static str>,
    error: Signal<Option<String>>,
    children: Children,
) -> impl IntoView {
    view! {
        <div class=group_class(error)>
            <Label id text=label required />
            <HintAndError id hint error />
            {children()}
        </div>
    }
}

/// A one-line text input, with an optional character counter.
#[component]
pub fn TextInput(
    id: &'static str,
    #[prop(into)] label: Signal<&'static str>,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(optional)] required: bool,
    #[prop(optional)] max_chars: Option<usize>,
    #[prop(optional)] input_type: Option<&'static str>,
    #[prop(optional)] autocomplete: Option<&'static str>,
    /// The on-screen keyboard to offer, e.g. `decimal` for numbers typed as text.
    #[prop(optional)]
    inputmode: Option<&'static str>,
    value: Signal<String>,
    set: Callback<String>,
    error: Signal<Option<String>>,
) -> impl IntoView {
    view! {
        <FieldGroup id label required hint error>
            <input
                class=class_for(error, "usa-input", "usa-input usa-input--error")
                id=id
                name=id
                type=input_type.unwrap_or("text")
                autocomplete=autocomplete
                inputmode=inputmode
                aria-describedby=move || described_by(id, hint.is_some(), error.with(Option::is_some), max_chars.is_some())
                aria-invalid=invalid(error)
                prop:value=move || value.get()
                on:input=move |ev| set.run(event_target_value(&ev))
            />
            {max_chars.map(|max| view! { <Counter id value max /> })}
        </FieldGroup>
    }
}

/// A multi-line text area with a character counter.
#[component]
pub fn TextArea(
    id: &'static str,
    #[prop(into)] label: Signal<&'static str>,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(optional)] required: bool,
    max_chars: usize,
    /// Visible lines; 8 unless said (the survey's many comment boxes are shorter).
    #[prop(optional)]
    rows: Option<&'static str>,
    value: Signal<String>,
    set: Callback<String>,
    error: Signal<Option<String>>,
) -> impl IntoView {
    view! {
        <FieldGroup id label required hint error>
            <textarea
                class=class_for(error, "usa-textarea", "usa-textarea usa-textarea--error")
                id=id
                name=id
                rows=rows.unwrap_or("8")
                aria-describedby=move || described_by(id, hint.is_some(), error.with(Option::is_some), true)
                aria-invalid=invalid(error)
                prop:value=move || value.get()
                on:input=move |ev| set.run(event_target_value(&ev))
            ></textarea>
            <Counter id value max=max_chars />
        </FieldGroup>
    }
}

/// "N characters left", counted exactly as the server counts (`shared::text::chars_left`).
#[component]
fn Counter(id: &'static str, value: Signal<String>, max: usize) -> impl IntoView {
    let left = move || value.with(|v| shared::text::chars_left(v, max));
    view! {
        <div
            id=format!("{id}-count")
            class=move || if left() < 0 { "usa-character-count__status usa-character-count__status--invalid" } else { "usa-character-count__status usa-hint" }
        >
            {move || (t().chars_left)(left())}
        </div>
    }
}

pub fn select_class(error: Signal<Option<String>>) -> impl Fn() -> &'static str {
    class_for(error, "usa-select", "usa-select usa-input--error")
}

/// A select with a "- Select -" placeholder; options are `(code, label)`.
#[component]
pub fn Select(
    id: &'static str,
    #[prop(into)] label: Signal<&'static str>,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(optional)] required: bool,
    options: Vec<(&'static str, &'static str)>,
    value: Signal<String>,
    set: Callback<String>,
    error: Signal<Option<String>>,
) -> impl IntoView {
    view! {
        <FieldGroup id label required hint error>
            <select
                class=select_class(error)
                id=id
                name=id
                aria-describedby=move || described_by(id, hint.is_some(), error.with(Option::is_some), false)
                aria-invalid=invalid(error)
                on:change=move |ev| set.run(event_target_value(&ev))
            >
                <option value="" selected=move || value.with(String::is_empty)>{t().form_select_placeholder}</option>
                {options
                    .into_iter()
                    .map(|(code, text)| view! { <option value=code selected=move || value.with(|v| v == code)>{text}</option> })
                    .collect_view()}
            </select>
        </FieldGroup>
    }
}

/// A group of radio buttons in a fieldset; the first radio carries the group's `id` so the
/// error summary can link to it.
#[component]
pub fn RadioGroup(
    id: &'static str,
    legend: &'static str,
    #[prop(optional)] required: bool,
    options: Vec<(&'static str, &'static str, &'static str)>,
    value: Signal<String>,
    set: Callback<String>,
    error: Signal<Option<String>>,
) -> impl IntoView {
    view! {
        <div class=group_class(error)>
            <fieldset class="usa-fieldset" aria-describedby=move || error.with(Option::is_some).then(|| format!("{id}-error"))>
                <legend class="usa-legend">
                    {legend}
                    {required.then(|| mark_titled("required"))}
                </legend>
                <HintAndError id hint=None error />
                {options
                    .into_iter()
                    .enumerate()
                    .map(|(i, (code, text, description))| {
                        let input_id = if i == 0 { id.to_owned() } else { format!("{id}-{code}") };
                        view! {
                            <div class="usa-radio">
                                <input
                                    class="usa-radio__input usa-radio__input--tile"
                                    id=input_id.clone()
                                    type="radio"
                                    name=id
                                    value=code
                                    prop:checked=move || value.with(|v| v == code)
                                    on:change=move |_| set.run(code.to_owned())
                                />
                                <label class="usa-radio__label" for=input_id>
                                    {text}
                                    <span class="usa-checkbox__label-description">{description}</span>
                                </label>
                            </div>
                        }
                    })
                    .collect_view()}
            </fieldset>
        </div>
    }
}

/// Radios side by side in a fieldset whose `id` is the field key (the error summary's link lands
/// there and `focus_field` moves on to the first radio); the radio of choice `code` has the id
/// `{id}-{code}`. Options are `(code, label)`; a value is chosen whatever white space surrounds it.
#[component]
pub fn RadioRow(
    id: &'static str,
    #[prop(into)] legend: String,
    hint: Option<&'static str>,
    #[prop(optional)] required: bool,
    options: Vec<(String, String)>,
    value: Signal<String>,
    set: Callback<String>,
    error: Signal<Option<String>>,
) -> impl IntoView {
    view! {
        <div class=group_class(error)>
            <fieldset
                class="usa-fieldset"
                id=id
                aria-describedby=move || described_by_if_any(id, hint.is_some(), error.with(Option::is_some))
            >
                <legend class="usa-legend">
                    {legend}
                    {required.then(required_mark)}
                </legend>
                <HintAndError id hint error />
                <div class="portal-radio-row">
                    {options
                        .into_iter()
                        .map(|(code, text)| {
                            let input_id = format!("{id}-{code}");
                            let checked = code.clone();
                            let chosen = code.clone();
                            view! {
                                <div class="usa-radio">
                                    <input
                                        class="usa-radio__input"
                                        id=input_id.clone()
                                        type="radio"
                                        name=id
                                        value=code
                                        prop:checked=move || value.with(|v| v.trim() == checked)
                                        on:change=move |_| set.run(chosen.clone())
                                    />
                                    <label class="usa-radio__label" for=input_id>
                                        {text}
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

/// A single checkbox with a description under its label.
#[component]
pub fn Checkbox(
    id: &'static str,
    label: &'static str,
    description: &'static str,
    checked: Signal<bool>,
    set: Callback<bool>,
) -> impl IntoView {
    view! {
        <div class="usa-checkbox">
            <input
                class="usa-checkbox__input usa-checkbox__input--tile"
                id=id
                type="checkbox"
                name=id
                prop:checked=move || checked.get()
                on:change=move |ev| set.run(event_target_checked(&ev))
            />
            <label class="usa-checkbox__label" for=id>
                {label}
                <span class="usa-checkbox__label-description">{description}</span>
            </label>
        </div>
    }
}

/// A select whose choices are known only at run time (reviewers, the statuses the workflow allows
/// next); options are `(code, label)`. `any` labels an empty first option ("Anyone", "- Select -");
/// without it the first choice is the default.
#[component]
pub fn ChoiceSelect(
    id: &'static str,
    #[prop(into)] label: Signal<&'static str>,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(optional)] any: Option<&'static str>,
    #[prop(into)] options: Signal<Vec<(String, String)>>,
    value: Signal<String>,
    set: Callback<String>,
    error: Signal<Option<String>>,
) -> impl IntoView {
    view! {
        <FieldGroup id label required=false hint error>
            <select
                class=select_class(error)
                id=id
                name=id
                aria-describedby=move || described_by(id, hint.is_some(), error.with(Option::is_some), false)
                aria-invalid=invalid(error)
                on:change=move |ev| set.run(event_target_value(&ev))
            >
                {any.map(|text| view! { <option value="" prop:selected=move || value.with(String::is_empty)>{text}</option> })}
                // `prop:selected`, not the attribute: the attribute stops moving the selection once the
                // person has used the control, and these selects are reset from the address bar.
                {move || {
                    options
                        .get()
                        .into_iter()
                        .map(|(code, text)| {
                            let selected = code.clone();
                            view! { <option value=code prop:selected=move || value.with(|v| *v == selected)>{text}</option> }
                        })
                        .collect_view()
                }}
            </select>
        </FieldGroup>
    }
}

/// No error to show: for controls whose problems only the error summary reports.
pub fn no_error() -> Signal<Option<String>> {
    Signal::derive(|| None)
}
