//! Any address the app does not know.

use leptos::prelude::*;

use crate::i18n::{set_page_title, t};

#[component]
pub fn NotFound() -> impl IntoView {
    let m = t();
    set_page_title(m.not_found_title);
    view! {
        <div class="usa-section">
            <h1>{m.not_found_title}</h1>
            <p class="usa-intro">{m.not_found_body}</p>
            <p>
                <a class="usa-link" href="/">
                    {m.nav_home}
                </a>
            </p>
        </div>
    }
}
