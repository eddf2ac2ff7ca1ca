//! Which catalog the pages read. The language is chosen once when the app starts — the one the
//! person picked before (kept in localStorage), else the first of the browser's preferences we
//! have — and switching reloads the page, so every word on it comes from one catalog. The
//! autosaved drafts make the reload lose nothing.

use std::cell::Cell;

use shared::i18n::{Lang, Messages};

const STORAGE_KEY: &str = "ctpat-language";

thread_local! {
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::En) };
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Picks the language and marks the document with it (`<html lang>`). Called once, first.
pub fn init() {
    let stored = storage().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten()).and_then(|t| Lang::from_tag(&t));
    let lang = stored.unwrap_or_else(|| {
        let prefs: Vec<String> = web_sys::window()
            .map(|w| w.navigator().languages().iter().filter_map(|v| v.as_string()).collect())
            .unwrap_or_default();
        Lang::negotiate(prefs.iter().map(String::as_str))
    });
    CURRENT.with(|c| c.set(lang));
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", lang.tag());
    }
}

pub fn lang() -> Lang {
    CURRENT.with(Cell::get)
}

pub fn t() -> &'static Messages {
    lang().messages()
}

/// Remembers the choice and shows the page again in that language.
pub fn switch_to(lang: Lang) {
    if let Some(s) = storage() {
        let _ = s.set_item(STORAGE_KEY, lang.tag());
    }
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}

/// Sets the document title as "Page | CTPAT Feedback Portal | U.S. Customs and Border Protection".
pub fn set_page_title(page: &str) {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        doc.set_title(&format!("{page} | {}", t().page_title_suffix));
    }
}
