//! What is written about a submission: internal notes (reviewers only), the public response
//! (what the submitter reads on "Check a receipt") and the history of every change.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;
use shared::api::review::{HistoryEntry, NewNote, SubmissionDetail, SubmissionUpdate, NOTE_MAX, RESPONSE_MAX};
use shared::status::Status;
use shared::workflow::Priority;

use super::editing::{Editing, Part};
use super::part_form::PartForm;
use crate::components::fields::TextArea;
use crate::components::list_table::ListTable;
use crate::i18n::t;
use crate::pages::review::at;

#[component]
pub fn Notes(editing: Editing) -> impl IntoView {
    let m = t();
    let r = crate::i18n::reviewer();
    let typed = RwSignal::new(String::new());
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let text = typed.get_untracked();
        if text.trim().is_empty() {
            editing.sending.fail(vec![at("new_note", r.note_missing)]);
            return;
        }
        if !editing.sending.start() {
            return;
        }
        let (reviewer, number) = (editing.reviewer(), editing.number());
        spawn_local(async move {
            match reviewer.add_note(&number, &NewNote { text }).await {
                Ok(note) => {
                    // Read the submission again so notes and history stay in the server's order;
                    // if that fails, the note is still shown.
                    match reviewer.submission(&number).await {
                        Ok(Some(detail)) => editing.detail.set(detail),
                        _ => editing.detail.update(|d| d.notes.push(note)),
                    }
                    typed.set(String::new());
                    editing.succeeded(Part::Notes, r.note_added);
                }
                Err(failure) => editing.sending.failed(failure),
            }
        });
    };
    view! {
        <PartForm editing part=Part::Notes heading=r.notes_heading large=true button=r.add_note on_submit
            before=move || view! {
                {move || {
                    let notes = editing.detail.with(|d| d.notes.clone());
                    if notes.is_empty() {
                        return view! { <p>{r.no_notes}</p> }.into_any();
                    }
                    view! {
                        <ul class="usa-list usa-list--unstyled portal-notes">
                            {notes
                                .into_iter()
                                .map(|n| {
                                    let by = (r.note_by)(&n.author.name, &m.format_rfc3339(&n.at));
                                    view! {
                                        <li class="portal-note">
                                            <p class="portal-note__by">{by}</p>
                                            <p class="portal-pre">{n.text}</p>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                        .into_any()
                }}
            }
        >
            <TextArea
                id="new_note"
                label=r.new_note
                hint=r.notes_hint
                max_chars=NOTE_MAX
                value=typed.into()
                set=Callback::new(move |v| typed.set(v))
                error=editing.sending.error("new_note")
            />
        </PartForm>
    }
}

#[component]
pub fn PublicResponseForm(editing: Editing) -> impl IntoView {
    let m = t();
    let r = crate::i18n::reviewer();
    let typed = RwSignal::new(
        editing.detail.with_untracked(|d| d.public_response.as_ref().map(|p| p.text.clone())).unwrap_or_default(),
    );
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let text = typed.get_untracked();
        let done = if text.trim().is_empty() { r.response_removed } else { r.response_published };
        editing.save(
            Part::Response,
            SubmissionUpdate { public_response: Some(text), ..Default::default() },
            done,
            || {},
        );
    };
    let current = move || {
        editing
            .detail
            .with(|d| d.public_response.as_ref().map(|p| (r.response_current)(&m.format_rfc3339(&p.responded_at))))
            .unwrap_or_else(|| r.response_none.to_owned())
    };
    view! {
        <PartForm editing part=Part::Response heading=r.response_heading large=true button=r.publish_response on_submit
            before=move || view! { <p>{current}</p> }
        >
            <TextArea
                id="public_response"
                label=r.response_label
                hint=r.response_hint
                max_chars=RESPONSE_MAX
                value=typed.into()
                set=Callback::new(move |v| typed.set(v))
                error=editing.sending.error("public_response")
            />
        </PartForm>
    }
}

/// A value in the history as a person reads it: statuses and priorities by their label.
fn history_value(field: &str, value: Option<&str>) -> String {
    let m = t();
    let r = crate::i18n::reviewer();
    let Some(v) = value.filter(|v| !v.is_empty()) else { return r.none.to_owned() };
    let label = match field {
        "status" => Status::from_code(v).map(m.status),
        "priority" => Priority::from_code(v).map(r.priority),
        _ => None,
    };
    label.map(str::to_owned).unwrap_or_else(|| v.to_owned())
}

#[component]
pub fn History(detail: RwSignal<SubmissionDetail>) -> impl IntoView {
    let r = crate::i18n::reviewer();
    view! {
        <section aria-labelledby="history-heading">
            <h2 id="history-heading">{r.history_heading}</h2>
            {move || {
                let entries = detail.with(|d| d.history.clone());
                if entries.is_empty() {
                    return view! { <p>{r.history_empty}</p> }.into_any();
                }
                view! {
                    <ListTable
                        caption_id="history-caption"
                        caption=r.history_caption
                        head=vec![r.col_when, r.col_who, r.col_field, r.col_from, r.col_to]
                    >
                        {entries.into_iter().map(|e| view! { <HistoryRow entry=e /> }).collect_view()}
                    </ListTable>
                }
                    .into_any()
            }}
        </section>
    }
}

#[component]
fn HistoryRow(entry: HistoryEntry) -> impl IntoView {
    let m = t();
    let r = crate::i18n::reviewer();
    let field = (r.history_field)(&entry.field).map(str::to_owned).unwrap_or_else(|| entry.field.clone());
    view! {
        <tr>
            <td>{m.format_rfc3339(&entry.at)}</td>
            <td>{entry.actor.map(|a| a.name).unwrap_or_else(|| r.system.to_owned())}</td>
            <td>{field}</td>
            <td class="portal-pre">{history_value(&entry.field, entry.from.as_deref())}</td>
            <td class="portal-pre">{history_value(&entry.field, entry.to.as_deref())}</td>
        </tr>
    }
}
