//! The error summary at the top of a form (USWDS / GOV.UK pattern): a heading, then one link
//! per problem that moves focus to the field at fault. The form moves focus here on a failed
//! submit so screen reader users hear what went wrong.

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::t;

/// One problem: the `id` of the field it links to (empty for a problem with the whole form).
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    pub field: String,
    pub message: String,
}

/// Focuses and scrolls to the control with this `id`. A fieldset (a radio group whose radios have
/// ids of their own) hands the focus to its first control, where the arrow keys work.
pub fn focus_field(id: &str) {
    let Some(mut el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id)) else {
        return;
    };
    if el.tag_name().eq_ignore_ascii_case("fieldset") {
        if let Ok(Some(first)) = el.query_selector("input, select, textarea") {
            el = first;
        }
    }
    el.scroll_into_view();
    if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
        let _ = el.focus();
    }
}

/// Moves focus to the summary once it has rendered its new problems, so screen readers read them.
pub fn focus_summary(summary: NodeRef<Div>) {
    set_timeout(
        move || {
            if let Some(el) = summary.get_untracked() {
                let _ = el.focus();
                el.scroll_into_view();
            }
        },
        std::time::Duration::from_millis(0),
    );
}

/// `id` names the summary when a page has more than one form (its heading's `id` must be unique).
#[component]
pub fn ErrorSummary(
    problems: Signal<Vec<Problem>>,
    node_ref: NodeRef<Div>,
    #[prop(optional)] id: Option<&'static str>,
) -> impl IntoView {
    let heading_id = format!("{}-heading", id.unwrap_or("error-summary"));
    let labelled_by = heading_id.clone();
    view! {
        <div
            node_ref=node_ref
            tabindex="-1"
            class="usa-alert usa-alert--error error-summary"
            class:display-none=move || problems.with(Vec::is_empty)
            role="alert"
            aria-labelledby=labelled_by
        >
            <div class="usa-alert__body">
                <h2 class="usa-alert__heading" id=heading_id>{t().error_summary_heading}</h2>
                <ul class="usa-list usa-list--unstyled">
                    <For each=move || problems.get() key=|p| (p.field.clone(), p.message.clone()) let:problem>
                        <li>
                            {if problem.field.is_empty() {
                                view! { <span>{problem.message.clone()}</span> }.into_any()
                            } else {
                                let field = problem.field.clone();
                                view! {
                                    <a
                                        class="usa-link"
                                        href=format!("#{}", problem.field)
                                        on:click=move |ev| {
                                            ev.prevent_default();
                                            focus_field(&field);
                                        }
                                    >
                                        {problem.message.clone()}
                                    </a>
                                }
                                    .into_any()
                            }}
                        </li>
                    </For>
                </ul>
            </div>
        </div>
    }
}
