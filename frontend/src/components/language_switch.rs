//! The language switch on every page: the other languages, each named in itself and marked with
//! its `lang` so a screen reader pronounces it right. Choosing one reloads the page in it.

use leptos::prelude::*;
use shared::language::Lang;

use crate::i18n::{lang, switch_to};

/// Named in all three languages, since the person looking for it may not read the current one.
const LABEL: &str = "Language · Idioma · Langue";

#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let current = lang();
    view! {
        <nav class="portal-language" aria-label=LABEL>
            <ul class="usa-button-group usa-button-group--segmented">
                {Lang::ALL
                    .iter()
                    .copied()
                    .map(|l| {
                        let here = l == current;
                        view! {
                            <li class="usa-button-group__item">
                                <button
                                    type="button"
                                    class=if here { "usa-button usa-button--small" } else { "usa-button usa-button--outline usa-button--small" }
                                    lang=l.tag()
                                    aria-pressed=if here { "true" } else { "false" }
                                    on:click=move |_| {
                                        if !here {
                                            switch_to(l)
                                        }
                                    }
                                >
                                    {l.native_name()}
                                </button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}
