//! What the consultations page's parts share: what the page tells the person, and the
//! consultation the form edits.

use leptos::prelude::*;
use shared::api::public::ConsultationView;

use crate::pages::review::page_notices::PageNotices;

/// What the page's parts share: the error summary and the confirmation, and which consultation
/// the form edits (`None`: the form opens a new one).
#[derive(Clone, Copy)]
pub struct Page {
    pub notices: PageNotices,
    pub editing: RwSignal<Option<ConsultationView>>,
}
