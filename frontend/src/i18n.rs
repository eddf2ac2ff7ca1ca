//! Which catalog the pages read. The one entry point, so a language switch changes one place.

use shared::i18n::{Lang, Messages};

pub fn t() -> &'static Messages {
    Lang::En.messages()
}

/// Sets the document title as "Page | CTPAT Feedback Portal | U.S. Customs and Border Protection".
pub fn set_page_title(page: &str) {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        doc.set_title(&format!("{page} | {}", t().page_title_suffix));
    }
}
