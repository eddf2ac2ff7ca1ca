//! The workspace's buttons that send something. While the request is on its way they say so with
//! `aria-disabled` (not `disabled`), so they keep the focus and are still announced, and show
//! `busy_label` where there is one ("Signing in…").

use leptos::prelude::*;

/// A form's submit button.
#[component]
pub fn SubmitButton(
    busy: Signal<bool>,
    label: &'static str,
    #[prop(optional)] busy_label: Option<&'static str>,
) -> impl IntoView {
    view! {
        <button type="submit" class="usa-button" aria-disabled=move || busy.get().then_some("true")>
            {move || if busy.get() { busy_label.unwrap_or(label) } else { label }}
        </button>
    }
}

/// A button that acts on its own, outside a form; `class` replaces the plain `usa-button`.
#[component]
pub fn ActionButton(
    busy: Signal<bool>,
    label: &'static str,
    #[prop(optional)] busy_label: Option<&'static str>,
    #[prop(optional)] class: Option<&'static str>,
    on_click: Callback<()>,
) -> impl IntoView {
    view! {
        <button
            type="button"
            class=class.unwrap_or("usa-button")
            aria-disabled=move || busy.get().then_some("true")
            on:click=move |_| on_click.run(())
        >
            {move || if busy.get() { busy_label.unwrap_or(label) } else { label }}
        </button>
    }
}
