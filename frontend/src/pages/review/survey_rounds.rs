//! "Survey rounds": every benefit survey round, newest first, with its phase and dates. Admins
//! open a round with the form below the table, or change one after "Edit"; other reviewers read
//! the table only (the server refuses their changes too). The form is checked with the rules the
//! worker applies (`survey::Round::parse`) before sending.

use leptos::prelude::*;
use shared::api::analytics::{SurveyRound, SurveyRoundForm};
use shared::survey::Round;

use super::editor::{
    window_problems, Editable, EditableList, Editor, EditorForm, Listing, Saving, TableOf, WindowDates,
};
use super::editor::{CLOSES_ON, FIRST_CONTROL as TITLE, OPENS_ON};
use super::Control;
use crate::api;
use crate::api::review::{Admin, Reviewer};
use crate::components::error_summary::Problem;
use crate::components::fields::TextInput;

impl Editable for SurveyRound {
    type Form = SurveyRoundForm;

    fn id(&self) -> i64 {
        self.id
    }

    fn title(&self) -> &str {
        &self.title
    }

    fn form(&self) -> SurveyRoundForm {
        SurveyRoundForm {
            title: self.title.clone(),
            opens_on: self.opens_on.clone(),
            closes_on: self.closes_on.clone(),
        }
    }

    /// The API's field key is also the control's `id`.
    fn controls() -> Vec<Control> {
        let s = crate::i18n::reviewer().rounds;
        vec![
            (TITLE, TITLE, s.round_title),
            (OPENS_ON, OPENS_ON, s.round_opens_on),
            (CLOSES_ON, CLOSES_ON, s.round_closes_on),
        ]
    }

    fn check(form: &SurveyRoundForm) -> Result<(), Vec<Problem>> {
        Round::parse(form).map(drop).map_err(|e| window_problems(&form.opens_on, &form.closes_on, e, &Self::controls()))
    }

    fn save(admin: Admin, id: Option<i64>, form: SurveyRoundForm) -> Saving {
        let s = crate::i18n::reviewer().rounds;
        let done = if id.is_some() { s.round_saved } else { s.round_created };
        Box::pin(async move { admin.save_survey_round(id, &form).await.map(|r| done(&r.title)) })
    }

    /// The list itself is public.
    fn list(_: Reviewer) -> Listing<Self> {
        Box::pin(api::survey::rounds())
    }
}

#[component]
pub fn SurveyRounds() -> impl IntoView {
    let s = crate::i18n::reviewer().rounds;
    let r = crate::i18n::reviewer();
    let table = TableOf::<SurveyRound> {
        caption_id: "rounds-caption",
        caption: s.rounds_caption,
        row_id: "round",
        head: vec![r.col_phase, r.col_opens, r.col_closes],
        empty: s.rounds_empty,
        title: |round| round.title.clone().into_any(),
        cells: |round| {
            let r = crate::i18n::reviewer();
            view! {
                <td>{(r.phase)(round.phase)}</td>
                <td>{(r.day)(&round.opens_on)}</td>
                <td>{(r.day)(&round.closes_on)}</td>
            }
            .into_any()
        },
    };
    view! {
        <EditableList title=s.rounds_title lead=s.rounds_lead admin_only=s.rounds_admin_only table form=round_editor />
    }
}

fn round_editor(page: Editor<SurveyRound>, admin: Admin, saved: Callback<()>) -> AnyView {
    let s = crate::i18n::reviewer().rounds;
    view! {
        <EditorForm
            page
            admin
            heading_id="round-form-heading"
            edit=s.round_edit_heading
            new=s.round_form_heading
            create=s.round_create
            save=s.round_save
            saved
        >
            <TextInput
                id=TITLE
                label=s.round_title
                hint=s.round_title_hint
                required=true
                autocomplete="off"
                value=page.text(|f| &f.title)
                set=page.set(|f, v| f.title = v)
                error=page.error(TITLE)
            />
            <WindowDates
                labels=[s.round_opens_on, s.round_closes_on]
                hints=[s.round_opens_on_hint, s.round_closes_on_hint]
                values=[page.text(|f| &f.opens_on), page.text(|f| &f.closes_on)]
                sets=[page.set(|f, v| f.opens_on = v), page.set(|f, v| f.closes_on = v)]
                problems=page.problems()
            />
        </EditorForm>
    }
    .into_any()
}
