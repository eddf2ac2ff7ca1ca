//! One field office in the admins' table: its name (with the inline rename form under it while
//! renaming), whether it is active, and "Rename" and "Retire" / "Restore". The row keeps its own
//! copy of the office, so a change redraws its text in place and the focus stays where it was.

use crate::i18n::reviewer;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;
use shared::api::validation::{FieldOffice, FieldOfficeChange};

use super::page::{check_name, Page};
use crate::components::error_summary::focus_field;
use crate::pages::review::at;

/// The rename field's `id`: one office is renamed at a time.
const RENAME: &str = "office-rename";

/// The confirmation of a change, from the office before and after it.
type Done = Box<dyn Fn(&FieldOffice, &FieldOffice) -> String>;

fn focus_later(id: String) {
    // After the row has redrawn with (or without) the form.
    set_timeout(move || focus_field(&id), std::time::Duration::from_millis(0));
}

#[component]
pub fn OfficeRow(office: FieldOffice, page: Page) -> impl IntoView {
    let v = reviewer().offices;
    let id = office.id;
    let name_id = format!("office-{id}-name");
    let rename_button = format!("office-{id}-rename-button");
    let office = RwSignal::new(office);
    let draft = RwSignal::new(String::new());
    let renaming = move || page.renaming.get() == Some(id);
    let active = move || office.with(|o| o.active);

    let send = move |change: FieldOfficeChange, done: Done| {
        page.notices.start();
        let admin = page.admin.get_value();
        spawn_local(async move {
            match admin.change_field_office(id, &change).await {
                Ok(saved) => {
                    page.notices.notice.set(Some(done(&office.get_untracked(), &saved)));
                    office.set(saved);
                    if page.renaming.get_untracked() == Some(id) {
                        page.renaming.set(None);
                    }
                }
                Err(failure) => page.failed(failure, RENAME),
            }
        });
    };
    let start_rename = {
        move |_| {
            page.notices.start();
            draft.set(office.with_untracked(|o| o.name.clone()));
            page.renaming.set(Some(id));
            focus_later(RENAME.to_owned());
        }
    };
    let cancel = {
        let rename_button = rename_button.clone();
        move |_| {
            page.notices.start();
            page.renaming.set(None);
            focus_later(rename_button.clone());
        }
    };
    let save = move |ev: SubmitEvent| {
        ev.prevent_default();
        match check_name(&draft.get_untracked()) {
            Ok(name) => send(
                FieldOfficeChange { name: Some(name), active: None },
                Box::new(move |old, new| (v.renamed)(&old.name, &new.name)),
            ),
            Err(message) => page.notices.fail(vec![at(RENAME, message)]),
        }
    };
    let toggle = move |_| {
        let retire = office.with_untracked(|o| o.active);
        let done = if retire { v.retired } else { v.restored };
        send(FieldOfficeChange { name: None, active: Some(!retire) }, Box::new(move |_, new| done(&new.name)));
    };
    let error =
        move || page.notices.problems.with(|ps| ps.iter().find(|p| p.field == RENAME).map(|p| p.message.clone()));

    view! {
        <tr>
            <th scope="row">
                <span id=name_id.clone()>{move || office.with(|o| o.name.clone())}</span>
                <Show when=renaming>
                    <form class="usa-form portal-rename" novalidate on:submit=save>
                        <div class=move || if error().is_some() { "usa-form-group usa-form-group--error" } else { "usa-form-group" }>
                            <label class="usa-label" for=RENAME>
                                {move || (v.rename_label)(&office.with(|o| o.name.clone()))}
                            </label>
                            {move || error().map(|e| view! { <span class="usa-error-message" id="office-rename-error">{e}</span> })}
                            <input
                                class=move || if error().is_some() { "usa-input usa-input--error" } else { "usa-input" }
                                id=RENAME
                                name="name"
                                type="text"
                                autocomplete="off"
                                aria-describedby=move || error().is_some().then_some("office-rename-error")
                                aria-invalid=move || error().is_some().then_some("true")
                                prop:value=move || draft.get()
                                on:input=move |ev| draft.set(event_target_value(&ev))
                            />
                        </div>
                        <div class="portal-inline-form">
                            <button type="submit" class="usa-button">{v.save_name}</button>
                            <button type="button" class="usa-button usa-button--outline" on:click=cancel.clone()>
                                {v.cancel}
                            </button>
                        </div>
                    </form>
                </Show>
            </th>
            <td>{move || if active() { v.active_yes } else { v.active_no }}</td>
            <td>
                <div class="portal-inline-form">
                    <button
                        type="button"
                        id=rename_button
                        class="usa-button usa-button--outline"
                        aria-describedby=name_id.clone()
                        on:click=start_rename
                    >
                        {v.rename}
                    </button>
                    <button type="button" class="usa-button usa-button--outline" aria-describedby=name_id on:click=toggle>
                        {move || if active() { v.retire } else { v.restore }}
                    </button>
                </div>
            </td>
        </tr>
    }
}
