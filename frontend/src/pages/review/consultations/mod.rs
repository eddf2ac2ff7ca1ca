//! "Consultations": every question CBP has put to the trade, in every phase, each linking to its
//! summary. Admins open new ones and change existing ones with the form below the table; other
//! reviewers read the list only (the server refuses their changes too).

mod form;
mod page;
pub mod summary;

use leptos::prelude::*;
use leptos::task::spawn_local;
use shared::api::public::ConsultationView;

use super::page_notices::PageNotices;
use super::{failed_load, loading, use_reviewer};
use crate::api::Failure;
use crate::components::error_summary::focus_field;
use crate::components::list_table::{ListTable, Rows};
use crate::i18n::set_page_title;
use crate::paths::CONSULTATIONS_PAGE;
use form::ConsultationEditor;
use page::Page;

#[component]
pub fn Consultations() -> impl IntoView {
    let r = crate::i18n::reviewer();
    set_page_title(r.consultations_title);
    let reviewer = use_reviewer();
    let admin = reviewer.admin();
    let page = Page { notices: PageNotices::new(), editing: RwSignal::new(None) };
    let list = RwSignal::new(None::<Result<Vec<ConsultationView>, Failure>>);
    let load = move || {
        let reviewer = reviewer.clone();
        spawn_local(async move { list.set(Some(reviewer.consultations().await)) });
    };
    load();
    let can_edit = admin.is_some();

    view! {
        <div class="usa-section">
            <h1>{r.consultations_title}</h1>
            <p class="usa-intro">{r.consultations_lead}</p>
            {page.notices.view()}
            {move || match list.get() {
                None => loading(),
                Some(Ok(list)) => view! { <ConsultationTable list page can_edit /> }.into_any(),
                Some(Err(failure)) => failed_load(failure),
            }}
            {match admin {
                Some(admin) => {
                    view! { <ConsultationEditor admin page on_saved=Callback::new(move |()| load()) /> }.into_any()
                }
                None => view! { <p>{r.consultations_admin_only}</p> }.into_any(),
            }}
        </div>
    }
}

#[component]
fn ConsultationTable(list: Vec<ConsultationView>, page: Page, can_edit: bool) -> impl IntoView {
    let r = crate::i18n::reviewer();
    if list.is_empty() {
        return view! { <p>{r.consultations_empty}</p> }.into_any();
    }
    let mut columns = vec![r.col_title, r.col_phase, r.col_opens, r.col_closes, r.col_late_allowed];
    if can_edit {
        columns.push(r.col_actions);
    }
    view! {
        <ListTable
            caption_id="consultations-caption"
            caption=r.consultations_caption
            head=columns
            rows=Rows::WithControls
        >
            {list
                .into_iter()
                .map(|c| {
                    let title_id = format!("consultation-{}-title", c.id);
                    let edit = {
                        let c = c.clone();
                        move |_| {
                            page.notices.start();
                            page.editing.set(Some(c.clone()));
                            // The form below now holds this consultation: take the person there.
                            set_timeout(|| focus_field("title"), std::time::Duration::from_millis(0));
                        }
                    };
                    view! {
                        <tr>
                            <th scope="row" id=title_id.clone()>
                                <a class="usa-link" href=format!("{CONSULTATIONS_PAGE}/{}", c.id)>
                                    {c.title.clone()}
                                </a>
                            </th>
                            <td>{(r.phase)(c.phase)}</td>
                            <td>{(r.day)(&c.opens_on)}</td>
                            <td>{(r.day)(&c.closes_on)}</td>
                            <td>{if c.late_allowed { r.yes } else { r.no }}</td>
                            {can_edit
                                .then(|| {
                                    view! {
                                        <td>
                                            <button
                                                type="button"
                                                class="usa-button usa-button--outline"
                                                aria-describedby=title_id
                                                on:click=edit
                                            >
                                                {r.edit}
                                            </button>
                                        </td>
                                    }
                                })}
                        </tr>
                    }
                })
                .collect_view()}
        </ListTable>
    }
    .into_any()
}
