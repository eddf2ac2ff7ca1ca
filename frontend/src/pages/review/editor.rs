//! What the admins' list pages with an editor share (consultations, survey rounds): the page
//! with its table and, below it, one form that opens a new item or, after "Edit" in a row,
//! changes that one; the window's two dates; and how the form is checked and sent. What differs
//! between the pages is said once, in their [`Editable`].

use std::future::Future;
use std::pin::Pin;

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;
use shared::text::{FieldError, Problem as Rule};
use shared::time::Timestamp;

use super::page_notices::PageNotices;
use super::{at, field_error, loaded, rule_message, use_reviewer, Control};
use crate::api::review::{Admin, Reviewer};
use crate::api::Failure;
use crate::components::error_summary::{focus_field, Problem};
use crate::components::fields::TextInput;
use crate::components::list_table::{ListTable, Rows};
use crate::i18n::set_page_title;

/// A call that saves a form, answering with the confirmation to show.
pub type Saving = Pin<Box<dyn Future<Output = Result<String, Failure>>>>;

/// A call that reads the items of a table.
pub type Listing<T> = Pin<Box<dyn Future<Output = Result<Vec<T>, Failure>>>>;

/// An item an editor lists and changes, and its form.
pub trait Editable: Clone + Send + Sync + 'static {
    type Form: Clone + Default + Send + Sync + 'static;
    fn id(&self) -> i64;
    fn title(&self) -> &str;
    /// The form as this item fills it.
    fn form(&self) -> Self::Form;
    /// The form's controls: the API's field key, the control's `id` and its label.
    fn controls() -> Vec<Control>;
    /// Problems found before sending, by the rules the worker applies.
    fn check(form: &Self::Form) -> Result<(), Vec<Problem>>;
    /// Opens a new item (`id: None`) or saves item `id`.
    fn save(admin: Admin, id: Option<i64>, form: Self::Form) -> Saving;
    /// Reads the items for the table.
    fn list(reviewer: Reviewer) -> Listing<Self>;
}

/// What the table and the form share: the error summary and the confirmation, the item the form
/// edits (`None`: the form opens a new one), the form's values and whether it is on its way.
pub struct Editor<T: Editable> {
    pub notices: PageNotices,
    pub editing: RwSignal<Option<T>>,
    pub values: RwSignal<T::Form>,
    pub busy: RwSignal<bool>,
}

impl<T: Editable> Clone for Editor<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Editable> Copy for Editor<T> {}

impl<T: Editable> Editor<T> {
    /// Nothing edited yet; only a page inside the workspace may ask.
    pub fn new() -> Self {
        let editor = Editor {
            notices: PageNotices::new(),
            editing: RwSignal::new(None),
            values: RwSignal::new(T::Form::default()),
            busy: RwSignal::new(false),
        };
        // "Edit" in the table fills the form; saving or "Cancel" empties it again.
        Effect::new(move |_| editor.values.set(editor.editing.with(|e| e.as_ref().map(T::form).unwrap_or_default())));
        editor
    }

    pub fn editing_id(self) -> Option<i64> {
        self.editing.with(|e| e.as_ref().map(T::id))
    }

    pub fn is_editing(self) -> Signal<bool> {
        Signal::derive(move || self.editing_id().is_some())
    }

    /// One text of the form, as a control shows it.
    pub fn text(self, get: fn(&T::Form) -> &String) -> Signal<String> {
        Signal::derive(move || self.values.with(|v| get(v).clone()))
    }

    /// What a control does to the form when the person types.
    pub fn set(self, put: fn(&mut T::Form, String)) -> Callback<String> {
        Callback::new(move |v| self.values.update(|f| put(f, v)))
    }

    pub fn problems(self) -> Signal<Vec<Problem>> {
        self.notices.problems.into()
    }

    pub fn error(self, id: &'static str) -> Signal<Option<String>> {
        field_error(self.problems(), id)
    }

    /// "Cancel": the form opens a new item again.
    pub fn cancel(self) {
        self.notices.start();
        self.editing.set(None);
    }

    /// The list's last cell of a row: "Edit" fills the form below with `item` and takes the
    /// person to its first control, `first`. `title_id` is the row's title, which names the button.
    fn edit_cell(self, item: T, title_id: String, first: &'static str) -> impl IntoView {
        let edit = move |_| {
            self.notices.start();
            self.editing.set(Some(item.clone()));
            set_timeout(move || focus_field(first), std::time::Duration::from_millis(0));
        };
        view! {
            <td>
                <button type="button" class="usa-button usa-button--outline" aria-describedby=title_id on:click=edit>
                    {crate::i18n::reviewer().edit}
                </button>
            </td>
        }
    }

    /// Sends the form unless it is on its way already, checked first. On success the form is
    /// empty again and `saved` reads the list again; field problems sent back link to the controls.
    fn submit(self, admin: Admin, saved: Callback<()>) {
        if self.busy.get_untracked() {
            return;
        }
        self.notices.start();
        let form = self.values.get_untracked();
        if let Err(problems) = T::check(&form) {
            self.notices.fail(problems);
            return;
        }
        self.busy.set(true);
        let saving = T::save(admin, self.editing_id(), form);
        spawn_local(async move {
            let result = saving.await;
            self.busy.set(false);
            match result {
                Ok(done) => {
                    self.notices.notice.set(Some(done));
                    self.editing.set(None);
                    self.values.set(T::Form::default());
                    saved.run(());
                }
                Err(failure) => self.notices.failed(failure, &T::controls()),
            }
        });
    }
}

/// How a page's table names its items: the caption, the `id` prefix of each row's title
/// (`{prefix}-{id}-title`), the columns after the title's, the title cell and the other cells.
pub struct TableOf<T: Editable> {
    pub caption_id: &'static str,
    pub caption: &'static str,
    pub row_id: &'static str,
    pub head: Vec<&'static str>,
    pub empty: &'static str,
    pub title: fn(&T) -> AnyView,
    pub cells: fn(&T) -> AnyView,
}

/// The page: its heading and introduction, what it tells the person, the table, and below it
/// the editor's `form` for admins, or `admin_only` for other reviewers.
#[component]
pub fn EditableList<T: Editable>(
    title: &'static str,
    lead: &'static str,
    admin_only: &'static str,
    table: TableOf<T>,
    /// The form for an admin; it reads the table again (the callback) once it has saved.
    form: fn(Editor<T>, Admin, Callback<()>) -> AnyView,
) -> impl IntoView {
    set_page_title(title);
    let reviewer = use_reviewer();
    let admin = reviewer.admin();
    let page = Editor::<T>::new();
    let list = RwSignal::new(None::<Result<Vec<T>, Failure>>);
    let load = move || {
        let reading = T::list(reviewer.clone());
        spawn_local(async move { list.set(Some(reading.await)) });
    };
    load();
    let can_edit = admin.is_some();
    let table = StoredValue::new(table);
    view! {
        <div class="usa-section">
            <h1>{title}</h1>
            <p class="usa-intro">{lead}</p>
            {page.notices.view()}
            {move || loaded(list.get(), |items| table.with_value(|t| rows(page, t, items, can_edit)))}
            {match admin {
                Some(admin) => form(page, admin, Callback::new(move |()| load())),
                None => view! { <p>{admin_only}</p> }.into_any(),
            }}
        </div>
    }
}

fn rows<T: Editable>(page: Editor<T>, table: &TableOf<T>, items: Vec<T>, can_edit: bool) -> AnyView {
    if items.is_empty() {
        return view! { <p>{table.empty}</p> }.into_any();
    }
    let r = crate::i18n::reviewer();
    let mut head = vec![r.col_title];
    head.extend(&table.head);
    if can_edit {
        head.push(r.col_actions);
    }
    let (title, cells, row_id) = (table.title, table.cells, table.row_id);
    view! {
        <ListTable caption_id=table.caption_id caption=table.caption head rows=Rows::WithControls>
            {items
                .into_iter()
                .map(|item| {
                    let title_id = format!("{row_id}-{}-title", item.id());
                    view! {
                        <tr>
                            <th scope="row" id=title_id.clone()>{title(&item)}</th>
                            {cells(&item)}
                            // The form below then holds this item: "Edit" takes the person there.
                            {can_edit.then(|| page.edit_cell(item.clone(), title_id, FIRST_CONTROL))}
                        </tr>
                    }
                })
                .collect_view()}
        </ListTable>
    }
    .into_any()
}

/// The `id` of every editor's first control, its title, where "Edit" takes the person.
pub const FIRST_CONTROL: &str = "title";

/// The editor's form in its section: the controls (`children`), then the button that opens a
/// new item (`create`) or saves the one being edited (`save`), and "Cancel" while editing.
#[component]
pub fn EditorForm<T: Editable>(
    page: Editor<T>,
    admin: Admin,
    heading_id: &'static str,
    /// The heading while an item is edited, naming it; else `new`.
    edit: fn(&str) -> String,
    new: &'static str,
    create: &'static str,
    save: &'static str,
    /// The list to read again once the form is saved.
    saved: Callback<()>,
    children: Children,
) -> impl IntoView {
    let admin = StoredValue::new(admin);
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        page.submit(admin.get_value(), saved);
    };
    let heading = move || page.editing.with(|e| e.as_ref().map(|item| edit(item.title())).unwrap_or(new.to_owned()));
    let editing = page.is_editing();
    view! {
        <section aria-labelledby=heading_id>
            <h2 id=heading_id>{heading}</h2>
            <form class="usa-form usa-form--large" novalidate on:submit=on_submit>
                {children()}
                <div class="portal-actions">
                    <button type="submit" class="usa-button" aria-disabled=move || page.busy.get().then_some("true")>
                        {move || if editing.get() { save } else { create }}
                    </button>
                    <Show when=move || editing.get()>
                        <button type="button" class="usa-button usa-button--outline" on:click=move |_| page.cancel()>
                            {crate::i18n::reviewer().cancel_edit}
                        </button>
                    </Show>
                </div>
            </form>
        </section>
    }
}

/// The API's fields of a window's first and last day, which are also their controls' ids.
pub const OPENS_ON: &str = "opens_on";
pub const CLOSES_ON: &str = "closes_on";

/// The first and the last day of a window, both required: each with its label, hint, value and
/// setter, in that order.
#[component]
pub fn WindowDates(
    labels: [&'static str; 2],
    hints: [&'static str; 2],
    values: [Signal<String>; 2],
    sets: [Callback<String>; 2],
    problems: Signal<Vec<Problem>>,
) -> impl IntoView {
    let [opens, closes] = [(OPENS_ON, 0), (CLOSES_ON, 1)].map(|(id, i)| {
        let (label, hint, value, set) = (labels[i], hints[i], values[i], sets[i]);
        view! { <TextInput id label hint required=true input_type="date" value set error=field_error(problems, id) /> }
    });
    view! { {opens} {closes} }
}

/// The parser's problems with a form that has a window from `opens_on` to `closes_on`, as
/// sentences naming the labels on the page (`controls`, whose keys are also the controls' ids).
pub fn window_problems(opens_on: &str, closes_on: &str, errors: Vec<FieldError>, controls: &[Control]) -> Vec<Problem> {
    let both_dates =
        Timestamp::parse_date(opens_on.trim()).is_some() && Timestamp::parse_date(closes_on.trim()).is_some();
    errors
        .into_iter()
        .map(|e| {
            // Two real dates can only be "invalid" together: the last day is before the first.
            if e.field == CLOSES_ON && e.problem == Rule::InvalidDate && both_dates {
                return at(CLOSES_ON, crate::i18n::reviewer().closes_before_opens);
            }
            let (_, id, label) = controls.iter().find(|(key, _, _)| *key == e.field).copied().unwrap_or(("", "", ""));
            at(id, rule_message(label, e.problem))
        })
        .collect()
}
