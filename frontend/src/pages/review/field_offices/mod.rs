//! "Field offices" (admins only): the CBP field offices partners choose from on the validation
//! report form. Admins add an office with the form below the table, and rename, retire or restore
//! one from its row (`row`). A retired office leaves the public form but keeps its
//! reports, so nothing is ever deleted. Names are checked with the worker's rule
//! (`validation::OFFICE_RULE`) before sending.

mod page;
mod row;

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;
use shared::api::validation::{FieldOffice, FieldOfficeForm};

use super::admin_page::AdminPage;
use super::page_notices::PageNotices;
use super::{at, failed_load, field_error, loading};
use crate::api::review::Admin;
use crate::api::Failure;
use crate::components::fields::TextInput;
use crate::components::list_table::{ListTable, Rows};
use crate::pages::review::buttons::SubmitButton;
use page::{check_name, Page};
use row::OfficeRow;

/// The `id` of the add form's one control (the API's `name`).
const NEW_NAME: &str = "office-name";

#[component]
pub fn FieldOffices() -> impl IntoView {
    let v = crate::i18n::reviewer().offices;
    view! {
        <AdminPage
            title=v.offices_title
            lead=v.offices_lead
            refused=v.offices_admin_only
            body=|admin| view! { <ManageOffices admin /> }.into_any()
        />
    }
}

#[component]
fn ManageOffices(admin: Admin) -> impl IntoView {
    let page = Page { admin: StoredValue::new(admin), notices: PageNotices::new(), renaming: RwSignal::new(None) };
    let offices = RwSignal::new(None::<Result<Vec<FieldOffice>, Failure>>);
    let load = move || {
        let admin = page.admin.get_value();
        spawn_local(async move { offices.set(Some(admin.field_offices().await)) });
    };
    load();

    view! {
        {page.notices.view()}
        {move || match offices.get() {
            None => loading(),
            Some(Ok(list)) => view! { <OfficeTable list page /> }.into_any(),
            Some(Err(failure)) => failed_load(failure),
        }}
        <AddOffice page on_added=Callback::new(move |()| load()) />
    }
}

#[component]
fn OfficeTable(list: Vec<FieldOffice>, page: Page) -> impl IntoView {
    let v = crate::i18n::reviewer().offices;
    if list.is_empty() {
        return view! { <p>{v.offices_empty}</p> }.into_any();
    }
    view! {
        <ListTable
            caption_id="offices-caption"
            caption=v.offices_caption
            head=vec![v.col_name, v.col_active, v.col_actions]
            rows=Rows::WithControls
        >
            {list.into_iter().map(|office| view! { <OfficeRow office page /> }).collect_view()}
        </ListTable>
    }
    .into_any()
}

#[component]
fn AddOffice(page: Page, on_added: Callback<()>) -> impl IntoView {
    let v = crate::i18n::reviewer().offices;
    let name = RwSignal::new(String::new());
    let busy = RwSignal::new(false);

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        page.notices.start();
        let checked = match check_name(&name.get_untracked()) {
            Ok(checked) => checked,
            Err(message) => return page.notices.fail(vec![at(NEW_NAME, message)]),
        };
        busy.set(true);
        let admin = page.admin.get_value();
        spawn_local(async move {
            let result = admin.add_field_office(&FieldOfficeForm { name: checked }).await;
            busy.set(false);
            match result {
                Ok(office) => {
                    page.notices.notice.set(Some((v.added)(&office.name)));
                    name.set(String::new());
                    on_added.run(());
                }
                Err(failure) => page.failed(failure, NEW_NAME),
            }
        });
    };

    view! {
        <section aria-labelledby="office-form-heading">
            <h2 id="office-form-heading">{v.add_heading}</h2>
            <form class="usa-form usa-form--large" novalidate on:submit=on_submit>
                <TextInput
                    id=NEW_NAME
                    label=v.office_name
                    hint=v.office_name_hint
                    required=true
                    autocomplete="off"
                    value=name.into()
                    set=Callback::new(move |text| name.set(text))
                    error=field_error(page.notices.problems.into(), NEW_NAME)
                />
                <SubmitButton busy=busy.into() label=v.add />
            </form>
        </section>
    }
}
