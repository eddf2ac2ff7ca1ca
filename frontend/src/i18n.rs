//! Which catalog the pages read. The language is chosen once when the app starts — the one the
//! person picked before (kept in localStorage), else the first of the browser's preferences we
//! have — and switching reloads the page, so every word on it comes from one catalog. The
//! autosaved drafts make the reload lose nothing.

use std::cell::Cell;

use leptos::lazy;
use shared::i18n::Messages;
use shared::language::Lang;

const STORAGE_KEY: &str = "ctpat-language";

thread_local! {
    /// The page's catalog; its `lang` is the page's language.
    static MESSAGES: Cell<&'static Messages> = const { Cell::new(&shared::i18n::EN) };
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The Spanish catalog, split into a wasm file of its own: only a visitor who chose Spanish
/// downloads it. English is in the first file, since most visitors read it.
#[lazy]
fn spanish() -> &'static Messages {
    &shared::i18n::ES
}

/// The French catalog, split off like the Spanish one.
#[lazy]
fn french() -> &'static Messages {
    &shared::i18n::FR
}

/// Picks the language, loads its catalog and marks the document with it (`<html lang>`).
/// Called once, before the app is mounted.
pub async fn init() {
    let stored = storage().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten()).and_then(|t| Lang::from_tag(&t));
    let lang = stored.unwrap_or_else(|| {
        let prefs: Vec<String> = web_sys::window()
            .map(|w| w.navigator().languages().iter().filter_map(|v| v.as_string()).collect())
            .unwrap_or_default();
        Lang::negotiate(prefs.iter().map(String::as_str))
    });
    let messages = match lang {
        Lang::En => &shared::i18n::EN,
        Lang::Es => spanish().await,
        Lang::Fr => french().await,
    };
    MESSAGES.with(|c| c.set(messages));
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", lang.tag());
    }
}

pub fn lang() -> Lang {
    t().lang
}

pub fn t() -> &'static Messages {
    MESSAGES.with(Cell::get)
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

/// The reviewer workspace's words. It is English only, and a catalog of its own, so that only the
/// workspace's lazily loaded code refers to it and no public page downloads it.
pub fn reviewer() -> &'static shared::i18n::ReviewMessages {
    &shared::i18n::REVIEW_EN
}
