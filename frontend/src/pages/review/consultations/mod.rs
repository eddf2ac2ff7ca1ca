//! "Consultations": every question CBP has put to the trade, in every phase, each linking to its
//! summary. Admins open new ones and change existing ones with the form below the table; other
//! reviewers read the list only (the server refuses their changes too).

mod form;
mod page;
pub mod summary;

use leptos::prelude::*;
use shared::api::public::ConsultationView;

use super::editor::{EditableList, TableOf};
use crate::paths::CONSULTATIONS_PAGE;
use form::consultation_editor;

#[component]
pub fn Consultations() -> impl IntoView {
    let r = crate::i18n::reviewer();
    let table = TableOf::<ConsultationView> {
        caption_id: "consultations-caption",
        caption: r.consultations_caption,
        row_id: "consultation",
        head: vec![r.col_phase, r.col_opens, r.col_closes, r.col_late_allowed],
        empty: r.consultations_empty,
        title: |c| {
            view! {
                <a class="usa-link" href=format!("{CONSULTATIONS_PAGE}/{}", c.id)>
                    {c.title.clone()}
                </a>
            }
            .into_any()
        },
        cells: |c| {
            let r = crate::i18n::reviewer();
            view! {
                <td>{(r.phase)(c.phase)}</td>
                <td>{(r.day)(&c.opens_on)}</td>
                <td>{(r.day)(&c.closes_on)}</td>
                <td>{if c.late_allowed { r.yes } else { r.no }}</td>
            }
            .into_any()
        },
    };
    view! {
        <EditableList
            title=r.consultations_title
            lead=r.consultations_lead
            admin_only=r.consultations_admin_only
            table
            form=consultation_editor
        />
    }
}
