//! The end every public form shares: the honeypot, the Privacy Act statement, the submit button
//! (busy while sending) and the "draft saved" line.

use leptos::prelude::*;

use crate::i18n::t;

#[component]
pub fn FormFooter(
    /// The honeypot's value: hidden from people and assistive technology, so only bots fill it in.
    honeypot: Signal<String>,
    set_honeypot: Callback<String>,
    submitting: Signal<bool>,
    submit: &'static str,
    submitting_label: &'static str,
    /// True once something was typed (the draft is saved on this device).
    draft_saved: Signal<bool>,
) -> impl IntoView {
    let m = t();
    // The label separator of the page's language (French puts a non-breaking space before ":").
    let separator = m.survey.answer_separator;
    view! {
        <div class="portal-honeypot" aria-hidden="true">
            <label for="website">{m.form_honeypot}</label>
            <input
                id="website"
                name="website"
                type="text"
                tabindex="-1"
                autocomplete="off"
                prop:value=move || honeypot.get()
                on:input=move |ev| set_honeypot.run(event_target_value(&ev))
            />
        </div>
        <section class="usa-summary-box portal-privacy" aria-labelledby="privacy-heading">
            <div class="usa-summary-box__body">
                <h2 class="usa-summary-box__heading" id="privacy-heading">{m.privacy_heading}</h2>
                <div class="usa-summary-box__text">
                    {m
                        .privacy_statement
                        .iter()
                        .map(|p| view! { <p><strong>{p.title} {separator}</strong>{p.body}</p> })
                        .collect_view()}
                </div>
            </div>
        </section>
        <button type="submit" class="usa-button usa-button--big" aria-disabled=move || submitting.get().then_some("true")>
            {move || if submitting.get() { submitting_label } else { submit }}
        </button>
        <p class="usa-hint" aria-live="polite">{move || draft_saved.get().then_some(m.form_draft_saved)}</p>
    }
}
