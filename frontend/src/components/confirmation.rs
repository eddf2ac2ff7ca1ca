//! An action asked twice (withdraw feedback, reset a reviewer's two-step verification): the
//! button opens an inline question (not `window.confirm`, which cannot be styled or translated
//! with the page). Focus follows the question, so keyboard and screen reader users land on it,
//! and comes back to the button when the question is cancelled.

use leptos::html::{Button, Div};
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Confirmation {
    /// The question is open.
    pub confirming: RwSignal<bool>,
    /// The question's element (a `tabindex="-1"` group), which gets the focus when it opens.
    pub question: NodeRef<Div>,
    /// The button that opens the question, which gets the focus back when it is cancelled.
    pub opener: NodeRef<Button>,
}

impl Confirmation {
    pub fn new() -> Self {
        Confirmation { confirming: RwSignal::new(false), question: NodeRef::new(), opener: NodeRef::new() }
    }

    pub fn ask(self) {
        self.confirming.set(true);
        let question = self.question;
        focus_after_paint(move || question.get_untracked().map(Into::into));
    }

    pub fn cancel(self) {
        self.confirming.set(false);
        let opener = self.opener;
        focus_after_paint(move || opener.get_untracked().map(Into::into));
    }
}

/// Focuses the element `find` returns after the next paint, when the change that shows it has
/// been drawn.
fn focus_after_paint(find: impl FnOnce() -> Option<web_sys::HtmlElement> + 'static) {
    request_animation_frame(move || {
        if let Some(el) = find() {
            let _ = el.focus();
        }
    });
}
