//! "Benefit survey": the open round's questions about every CTPAT benefit. A drafted form like
//! the feedback form (`components::draft_form`): checked with the shared rules (`Survey::parse`)
//! before sending, autosaved as the person types, never emptied by an error, and resent with the
//! same Idempotency-Key.

use leptos::prelude::*;

use shared::api::analytics::{SurveyReceipt, SurveyRound};
use shared::consultation::Phase;
use shared::survey::{field, AnswerForm, Benefit, Survey, SurveyForm, PROPOSAL_MAX, PROPOSAL_TITLE_MAX};
use shared::text::FieldError;

use super::survey_benefit::BenefitQuestions;
use crate::api::{self, Failure};
use crate::components::draft_form::{DraftForm, DraftFormView, DraftedForm};
use crate::components::fields::{TextArea, TextInput};
use crate::components::notice::{alert, failed_load, loading};
use crate::components::partner_fields::{CompanyChoices, ContactWords, OptionalContact};
use crate::i18n::{set_page_title, t};
use crate::storage::{self, Kept, SurveyDraft};

/// An empty survey: one blank answer per benefit, Trade Compliance ones included, so the draft
/// keeps whatever is typed for a benefit even while it is not asked.
pub fn blank() -> SurveyForm {
    let mut form = SurveyForm::default();
    with_every_benefit(&mut form);
    form
}

fn with_every_benefit(form: &mut SurveyForm) {
    for b in Benefit::ALL {
        if !form.answers.iter().any(|a| a.benefit == b.code()) {
            form.answers.push(AnswerForm { benefit: b.code().to_owned(), ..AnswerForm::default() });
        }
    }
}

/// The round closed while the form was being filled in: said in the survey's words (no control
/// is named `round`, so the summary lists it unlinked).
fn round_closed(mut failure: Failure) -> Failure {
    if let Failure::Rejected(error) = &mut failure {
        for f in error.fields.iter_mut().filter(|f| f.field == "round" && f.code == "not_allowed_now") {
            f.message = t().survey.round_closed.to_owned();
        }
    }
    failure
}

/// The survey, answered for one round.
#[derive(Clone, Copy)]
struct RoundSurvey {
    round: i64,
}

impl DraftedForm for RoundSurvey {
    type Draft = SurveyDraft;
    type Form = SurveyForm;
    type Receipt = SurveyReceipt;

    const KEPT: Kept<SurveyDraft> = storage::SURVEY_DRAFT;

    /// A draft saved before a benefit was added gets a blank answer for it.
    fn load() -> Option<SurveyDraft> {
        Self::KEPT.load().map(|mut d| {
            with_every_benefit(&mut d.form);
            d
        })
    }
    fn blank() -> SurveyDraft {
        SurveyDraft { form: blank(), last_attempt: None }
    }
    fn form(draft: &SurveyDraft) -> &SurveyForm {
        &draft.form
    }
    fn form_mut(draft: &mut SurveyDraft) -> &mut SurveyForm {
        &mut draft.form
    }
    fn key_sent(self, draft: &SurveyDraft, form: &SurveyForm) -> Option<String> {
        match &draft.last_attempt {
            Some((round, sent, key)) if *round == self.round && sent == form => Some(key.clone()),
            _ => None,
        }
    }
    fn remember_sent(self, draft: &mut SurveyDraft, form: SurveyForm, key: String) {
        draft.last_attempt = Some((self.round, form, key));
    }

    /// The answers to the benefits asked, not those kept for a box unticked.
    fn to_send(form: &SurveyForm) -> SurveyForm {
        let asked = Benefit::asked(form.trade_compliance);
        let mut out = form.clone();
        out.answers.retain(|a| Benefit::from_code(&a.benefit).is_some_and(|b| asked.contains(&b)));
        out
    }
    fn check(form: &SurveyForm) -> Result<(), Vec<FieldError>> {
        Survey::parse(form).map(drop)
    }
    /// The ids of the controls on the page, which are the API's field keys: a benefit's answers
    /// only while it is asked.
    fn on_page(key: &str, form: &SurveyForm) -> bool {
        use field::*;
        [ENTITY_TYPE, CTPAT_STATUS, TRADE_COMPLIANCE, NAME, ORGANIZATION, EMAIL, PROPOSAL_TITLE, PROPOSAL]
            .contains(&key)
            || key.split_once('-').is_some_and(|(code, _)| {
                Benefit::from_code(code).is_some_and(|b| Benefit::asked(form.trade_compliance).contains(&b))
            })
    }
    async fn send(self, form: &SurveyForm, key: &str) -> Result<SurveyReceipt, Failure> {
        api::survey::submit(self.round, form, key).await.map_err(round_closed)
    }
    fn keep_receipt(receipt: &SurveyReceipt) -> String {
        storage::SURVEY_RECEIPT.save(receipt);
        format!("/survey/receipt/{}", receipt.tracking_number)
    }
}

/// "January 5, 2026" from the API's `YYYY-MM-DD`.
fn day(raw: &str) -> String {
    t().public.format_date(raw)
}

#[component]
pub fn SurveyPage() -> impl IntoView {
    let m = t();
    let s = m.survey;
    set_page_title(s.title);
    let rounds = LocalResource::new(api::survey::rounds);
    view! {
        <div class="usa-section portal-form-page">
            <h1>{s.title}</h1>
            <p class="usa-intro">{s.lead}</p>
            {move || match rounds.get() {
                None => loading(),
                Some(Err(failure)) => failed_load(&failure),
                Some(Ok(rounds)) => match rounds.iter().find(|r| r.phase == Phase::Open).cloned() {
                    Some(round) => view! { <SurveyQuestions round /> }.into_any(),
                    None => not_open(&rounds),
                },
            }}
        </div>
    }
}

/// No round open: say so, and when the next one opens.
fn not_open(rounds: &[SurveyRound]) -> AnyView {
    let s = t().survey;
    let next = rounds.iter().filter(|r| r.phase == Phase::Upcoming).min_by(|a, b| a.opens_on.cmp(&b.opens_on));
    let when = match next {
        Some(r) => (s.next_round)(&r.title, &day(&r.opens_on), &day(&r.closes_on)),
        None => s.no_next_round.to_owned(),
    };
    view! {
        {alert("usa-alert--info", s.none_open.to_owned())}
        <p>{when}</p>
    }
    .into_any()
}

#[component]
fn SurveyQuestions(round: SurveyRound) -> impl IntoView {
    let m = t();
    let s = m.survey;
    let form = DraftForm::restore(RoundSurvey { round: round.id });
    let draft = form.draft;
    let problems = form.problems;
    let error = move |id: &'static str| form.error(id);
    let (proposal_title, set_proposal_title) = form.text(|f| &f.proposal_title, |f| &mut f.proposal_title);
    let (proposal, set_proposal) = form.text(|f| &f.proposal, |f| &mut f.proposal);
    let trade_compliance = Signal::derive(move || draft.with(|d| d.form.trade_compliance));
    let tc_error = error(field::TRADE_COMPLIANCE);

    view! {
        <section class="usa-summary-box portal-survey-round" aria-labelledby="survey-round-heading">
            <div class="usa-summary-box__body">
                <h2 class="usa-summary-box__heading" id="survey-round-heading">{round.title.clone()}</h2>
                <p class="usa-summary-box__text">{(s.round_dates)(&day(&round.opens_on), &day(&round.closes_on))}</p>
            </div>
        </section>
        <DraftFormView
            form
            restored=s.draft_restored
            honeypot=form.text(|f| &f.website, |f| &mut f.website)
            submit=s.submit
            submitting=s.submitting
        >
            <fieldset class="usa-fieldset">
                <legend class="usa-legend usa-legend--large">{s.about_company}</legend>
                <CompanyChoices
                    entity_type=form.text(|f| &f.entity_type, |f| &mut f.entity_type)
                    ctpat_status=form.text(|f| &f.ctpat_status, |f| &mut f.ctpat_status)
                    problems=form.problems
                />
                // Not the shared Checkbox: this one can be wrong (Trade Compliance is for importers
                // only), so it carries an error message like the other controls.
                <div class=move || {
                    if tc_error.with(Option::is_some) { "usa-form-group usa-form-group--error" } else { "usa-form-group" }
                }>
                    {move || {
                        tc_error
                            .get()
                            .map(|e| view! { <span class="usa-error-message" id="trade_compliance-error">{e}</span> })
                    }}
                    <div class="usa-checkbox">
                        <input
                            class="usa-checkbox__input usa-checkbox__input--tile"
                            id=field::TRADE_COMPLIANCE
                            type="checkbox"
                            name=field::TRADE_COMPLIANCE
                            aria-describedby=move || tc_error.with(Option::is_some).then_some("trade_compliance-error")
                            prop:checked=move || trade_compliance.get()
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                draft.update(|d| d.form.trade_compliance = on);
                            }
                        />
                        <label class="usa-checkbox__label" for=field::TRADE_COMPLIANCE>
                            {s.trade_compliance}
                            <span class="usa-checkbox__label-description">{s.trade_compliance_hint}</span>
                        </label>
                    </div>
                </div>
            </fieldset>
            <section aria-labelledby="benefits-heading">
                <h2 id="benefits-heading">{s.benefits_heading}</h2>
                <p>{s.benefits_lead}</p>
                // Keyed by benefit: ticking Trade Compliance adds its four fieldsets and leaves the
                // others (and the focus) where they are.
                <For
                    each=move || Benefit::asked(trade_compliance.get())
                    key=|b| *b
                    children=move |benefit| view! { <BenefitQuestions benefit draft problems /> }
                />
            </section>
            <OptionalContact
                words=contact_words()
                name=form.text(|f| &f.name, |f| &mut f.name)
                organization=form.text(|f| &f.organization, |f| &mut f.organization)
                email=form.text(|f| &f.email, |f| &mut f.email)
                problems=form.problems
            />
            <fieldset class="usa-fieldset">
                <legend class="usa-legend usa-legend--large">{s.proposal_heading}</legend>
                <p class="usa-hint">{s.proposal_lead}</p>
                <TextInput
                    id=field::PROPOSAL_TITLE
                    label=s.proposal_title
                    max_chars=PROPOSAL_TITLE_MAX
                    autocomplete="off"
                    value=proposal_title
                    set=set_proposal_title
                    error=error(field::PROPOSAL_TITLE)
                />
                <TextArea
                    id=field::PROPOSAL
                    label=s.proposal
                    hint=s.proposal_hint
                    max_chars=PROPOSAL_MAX
                    value=proposal
                    set=set_proposal
                    error=error(field::PROPOSAL)
                />
            </fieldset>
        </DraftFormView>
    }
}

/// The words of "About you", from the survey's catalog.
fn contact_words() -> ContactWords {
    let s = t().survey;
    ContactWords {
        legend: s.about_you,
        hint: s.about_you_hint,
        name: s.name,
        organization: s.organization,
        email: s.email,
        email_hint: s.email_hint,
    }
}
