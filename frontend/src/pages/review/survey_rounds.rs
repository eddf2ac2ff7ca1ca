//! "Survey rounds": every benefit survey round, newest first, with its phase and dates. Admins
//! open a round with the form below the table, or change one after "Edit"; other reviewers read
//! the table only (the server refuses their changes too). The form is checked with the rules the
//! worker applies (`survey::Round::parse`) before sending.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;
use shared::api::analytics::{SurveyRound, SurveyRoundForm};
use shared::survey::Round;
use shared::text::{FieldError, Problem as Rule};
use shared::time::Timestamp;

use super::page_notices::PageNotices;
use super::{at, failed_load, field_error, loading, rule_message, use_reviewer, Control};
use crate::api::review::Admin;
use crate::api::{self, Failure};
use crate::components::error_summary::{focus_field, Problem};
use crate::components::fields::TextInput;
use crate::components::list_table::{ListTable, Rows};
use crate::i18n::set_page_title;

const TITLE: &str = "title";
const OPENS_ON: &str = "opens_on";
const CLOSES_ON: &str = "closes_on";

/// The form's controls: the API's field key, which is also the control's `id`, and its label.
fn controls() -> [Control; 3] {
    let s = crate::i18n::reviewer().rounds;
    [(TITLE, TITLE, s.round_title), (OPENS_ON, OPENS_ON, s.round_opens_on), (CLOSES_ON, CLOSES_ON, s.round_closes_on)]
}

fn form_of(r: &SurveyRound) -> SurveyRoundForm {
    SurveyRoundForm { title: r.title.clone(), opens_on: r.opens_on.clone(), closes_on: r.closes_on.clone() }
}

/// The parser's problems as sentences naming the labels on this page.
fn found_problems(form: &SurveyRoundForm, errors: Vec<FieldError>) -> Vec<Problem> {
    let both_dates =
        Timestamp::parse_date(form.opens_on.trim()).is_some() && Timestamp::parse_date(form.closes_on.trim()).is_some();
    errors
        .into_iter()
        .map(|e| {
            // Two real dates can only be "invalid" together: the last day is before the first.
            if e.field == CLOSES_ON && e.problem == Rule::InvalidDate && both_dates {
                return at(CLOSES_ON, crate::i18n::reviewer().closes_before_opens);
            }
            let (_, id, label) = controls().into_iter().find(|(key, _, _)| *key == e.field).unwrap_or(("", "", ""));
            at(id, rule_message(label, e.problem))
        })
        .collect()
}

/// What the table and the form share: the error summary and the confirmation, and the round
/// the form edits (`None`: the form opens a new one).
#[derive(Clone, Copy)]
struct Page {
    notices: PageNotices,
    editing: RwSignal<Option<SurveyRound>>,
}

#[component]
pub fn SurveyRounds() -> impl IntoView {
    let s = crate::i18n::reviewer().rounds;
    set_page_title(s.rounds_title);
    let admin = use_reviewer().admin();
    let page = Page { notices: PageNotices::new(), editing: RwSignal::new(None) };
    let list = RwSignal::new(None::<Result<Vec<SurveyRound>, Failure>>);
    let load = move || spawn_local(async move { list.set(Some(api::survey::rounds().await)) });
    load();
    let can_edit = admin.is_some();

    view! {
        <div class="usa-section">
            <h1>{s.rounds_title}</h1>
            <p class="usa-intro">{s.rounds_lead}</p>
            {page.notices.view()}
            {move || match list.get() {
                None => loading(),
                Some(Ok(list)) => view! { <RoundTable list page can_edit /> }.into_any(),
                Some(Err(failure)) => failed_load(failure),
            }}
            {match admin {
                Some(admin) => view! { <RoundEditor admin page on_saved=Callback::new(move |()| load()) /> }.into_any(),
                None => view! { <p>{s.rounds_admin_only}</p> }.into_any(),
            }}
        </div>
    }
}

#[component]
fn RoundTable(list: Vec<SurveyRound>, page: Page, can_edit: bool) -> impl IntoView {
    let s = crate::i18n::reviewer().rounds;
    let r = crate::i18n::reviewer();
    if list.is_empty() {
        return view! { <p>{s.rounds_empty}</p> }.into_any();
    }
    let mut columns = vec![r.col_title, r.col_phase, r.col_opens, r.col_closes];
    if can_edit {
        columns.push(r.col_actions);
    }
    view! {
        <ListTable
            caption_id="rounds-caption"
            caption=s.rounds_caption
            head=columns
            rows=Rows::WithControls
        >
            {list
                .into_iter()
                .map(|round| {
                    let title_id = format!("round-{}-title", round.id);
                    let edit = {
                        let round = round.clone();
                        move |_| {
                            page.notices.start();
                            page.editing.set(Some(round.clone()));
                            // The form below now holds this round: take the person there.
                            set_timeout(|| focus_field(TITLE), std::time::Duration::from_millis(0));
                        }
                    };
                    view! {
                        <tr>
                            <th scope="row" id=title_id.clone()>{round.title.clone()}</th>
                            <td>{(r.phase)(round.phase)}</td>
                            <td>{(r.day)(&round.opens_on)}</td>
                            <td>{(r.day)(&round.closes_on)}</td>
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

#[component]
fn RoundEditor(admin: Admin, page: Page, on_saved: Callback<()>) -> impl IntoView {
    let s = crate::i18n::reviewer().rounds;
    let admin = StoredValue::new(admin);
    let values = RwSignal::new(SurveyRoundForm::default());
    let busy = RwSignal::new(false);
    // "Edit" in the table fills the form; saving or "Cancel" empties it again.
    Effect::new(move |_| values.set(page.editing.with(|e| e.as_ref().map(form_of).unwrap_or_default())));
    let editing_id = move || page.editing.with(|e| e.as_ref().map(|r| r.id));
    let text = move |get: fn(&SurveyRoundForm) -> &String| Signal::derive(move || values.with(|v| get(v).clone()));
    let set = move |put: fn(&mut SurveyRoundForm, String)| Callback::new(move |v| values.update(|f| put(f, v)));
    let error = move |id: &'static str| field_error(page.notices.problems.into(), id);

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        page.notices.start();
        let form = values.get_untracked();
        if let Err(errors) = Round::parse(&form) {
            page.notices.fail(found_problems(&form, errors));
            return;
        }
        busy.set(true);
        let admin = admin.get_value();
        let id = editing_id();
        spawn_local(async move {
            let result = match id {
                Some(id) => admin.update_survey_round(id, &form).await.map(|r| (s.round_saved)(&r.title)),
                None => admin.create_survey_round(&form).await.map(|r| (s.round_created)(&r.title)),
            };
            busy.set(false);
            match result {
                Ok(done) => {
                    page.notices.notice.set(Some(done));
                    page.editing.set(None);
                    values.set(SurveyRoundForm::default());
                    on_saved.run(());
                }
                Err(failure) => page.notices.failed(failure, &controls()),
            }
        });
    };
    let cancel = move |_| {
        page.notices.start();
        page.editing.set(None);
    };
    let heading = move || {
        page.editing.with(|e| match e {
            Some(r) => (s.round_edit_heading)(&r.title),
            None => s.round_form_heading.to_owned(),
        })
    };

    view! {
        <section aria-labelledby="round-form-heading">
            <h2 id="round-form-heading">{heading}</h2>
            <form class="usa-form usa-form--large" novalidate on:submit=on_submit>
                <TextInput
                    id=TITLE
                    label=s.round_title
                    hint=s.round_title_hint
                    required=true
                    autocomplete="off"
                    value=text(|f| &f.title)
                    set=set(|f, v| f.title = v)
                    error=error(TITLE)
                />
                <TextInput
                    id=OPENS_ON
                    label=s.round_opens_on
                    hint=s.round_opens_on_hint
                    required=true
                    input_type="date"
                    value=text(|f| &f.opens_on)
                    set=set(|f, v| f.opens_on = v)
                    error=error(OPENS_ON)
                />
                <TextInput
                    id=CLOSES_ON
                    label=s.round_closes_on
                    hint=s.round_closes_on_hint
                    required=true
                    input_type="date"
                    value=text(|f| &f.closes_on)
                    set=set(|f, v| f.closes_on = v)
                    error=error(CLOSES_ON)
                />
                <div class="portal-actions">
                    <button type="submit" class="usa-button" aria-disabled=move || busy.get().then_some("true")>
                        {move || if editing_id().is_some() { s.round_save } else { s.round_create }}
                    </button>
                    <Show when=move || editing_id().is_some()>
                        <button type="button" class="usa-button usa-button--outline" on:click=cancel>
                            {crate::i18n::reviewer().cancel_edit}
                        </button>
                    </Show>
                </div>
            </form>
        </section>
    }
}
