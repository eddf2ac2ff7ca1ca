//! "Benefit survey": the open round's questions about every CTPAT benefit. Built like the feedback
//! form: checked with the shared rules (`Survey::parse`) before sending, autosaved as the person
//! types, never emptied by an error, and resent with the same Idempotency-Key.

use leptos::ev::SubmitEvent;
use leptos::html::Div;
use leptos::prelude::*;

use crate::components::form_footer::FormFooter;
use crate::router::use_navigate;
use leptos::task::spawn_local;
use shared::api::analytics::SurveyRound;
use shared::api::ErrorCode;
use shared::consultation::Phase;
use shared::survey::{field, AnswerForm, Benefit, Survey, SurveyForm, PROPOSAL_MAX, PROPOSAL_TITLE_MAX};
use shared::taxonomy::{CtpatStatus, EntityType};

use super::survey_benefit::BenefitQuestions;
use crate::api::{self, Failure};
use crate::components::error_summary::{focus_summary, ErrorSummary, Problem};
use crate::components::fields::{Select, TextArea, TextInput};
use crate::components::notice::{alert, failed_load, loading};
use crate::i18n::{set_page_title, t};
use crate::storage::{self, SurveyDraft};

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

/// What is sent: the answers to the benefits asked, not those kept for a box unticked.
fn to_send(form: &SurveyForm) -> SurveyForm {
    let asked = Benefit::asked(form.trade_compliance);
    let mut out = form.clone();
    out.answers.retain(|a| Benefit::from_code(&a.benefit).is_some_and(|b| asked.contains(&b)));
    out
}

/// The ids of the controls on the page, which are the API's field keys.
fn on_page(key: &str, form: &SurveyForm) -> bool {
    use field::*;
    [ENTITY_TYPE, CTPAT_STATUS, TRADE_COMPLIANCE, NAME, ORGANIZATION, EMAIL, PROPOSAL_TITLE, PROPOSAL].contains(&key)
        || key.split_once('-').is_some_and(|(code, _)| {
            Benefit::from_code(code).is_some_and(|b| Benefit::asked(form.trade_compliance).contains(&b))
        })
}

fn client_problems(form: &SurveyForm) -> Vec<Problem> {
    let m = t();
    match Survey::parse(form) {
        Ok(_) => Vec::new(),
        Err(errors) => errors
            .into_iter()
            .map(|e| Problem {
                message: m.problem_message(&e.field, e.problem),
                field: if on_page(&e.field, form) { e.field } else { String::new() },
            })
            .collect(),
    }
}

fn server_problems(failure: Failure, form: &SurveyForm) -> Vec<Problem> {
    let m = t();
    let general = |message: String| vec![Problem { field: String::new(), message }];
    match failure {
        Failure::Network => general(m.error_network.to_owned()),
        Failure::Server | Failure::Unauthorized | Failure::Forbidden => general(m.error_server.to_owned()),
        Failure::RateLimited(seconds) => general((m.rate_limited)(seconds)),
        Failure::Rejected(error) if error.code == ErrorCode::RejectedAsAutomated => {
            general(m.error_automated.to_owned())
        }
        Failure::Rejected(error) if !error.fields.is_empty() => error
            .fields
            .into_iter()
            .map(|f| {
                // The round closed while the form was being filled in.
                if f.field == "round" && f.code == "not_allowed_now" {
                    return Problem { field: String::new(), message: m.survey.round_closed.to_owned() };
                }
                let field = if on_page(&f.field, form) { f.field } else { String::new() };
                Problem { field, message: f.message }
            })
            .collect(),
        Failure::Rejected(error) => general(error.message),
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
    let restored = storage::load_survey_draft().map(|mut d| {
        with_every_benefit(&mut d.form);
        d
    });
    let restored = restored.filter(|d| d.form != blank());
    let show_restored = RwSignal::new(restored.is_some());
    let draft = RwSignal::new(restored.unwrap_or_else(|| SurveyDraft { form: blank(), last_attempt: None }));
    // Autosave: every change is written to localStorage, which survives a reload or a crash.
    Effect::new(move |_| draft.with(storage::save_survey_draft));

    let attempted = RwSignal::new(false);
    let from_server = RwSignal::new(Vec::<Problem>::new());
    let submitting = RwSignal::new(false);
    let summary = NodeRef::<Div>::new();
    let problems = Memo::new(move |_| {
        let mut list = if attempted.get() { draft.with(|d| client_problems(&to_send(&d.form))) } else { Vec::new() };
        for p in from_server.get() {
            if p.field.is_empty() || !list.iter().any(|q| q.field == p.field) {
                list.push(p);
            }
        }
        list
    });
    let problems: Signal<Vec<Problem>> = problems.into();
    let error = move |id: &'static str| {
        Signal::derive(move || problems.with(|ps| ps.iter().find(|p| p.field == id).map(|p| p.message.clone())))
    };

    let round_id = round.id;
    let navigate = use_navigate();
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if submitting.get_untracked() {
            return;
        }
        attempted.set(true);
        from_server.set(Vec::new());
        let form = draft.with_untracked(|d| to_send(&d.form));
        if Survey::parse(&form).is_err() {
            focus_summary(summary);
            return;
        }
        let key = draft.with_untracked(|d| match &d.last_attempt {
            Some((round, sent, key)) if *round == round_id && *sent == form => key.clone(),
            _ => storage::random_key(),
        });
        draft.update(|d| d.last_attempt = Some((round_id, form.clone(), key.clone())));
        submitting.set(true);
        let navigate = navigate.clone();
        spawn_local(async move {
            let result = api::survey::submit(round_id, &form, &key).await;
            submitting.set(false);
            match result {
                Ok(receipt) => {
                    storage::save_survey_receipt(&receipt);
                    storage::clear_survey_draft();
                    navigate(&format!("/survey/receipt/{}", receipt.tracking_number), Default::default());
                }
                Err(failure) => {
                    from_server.set(server_problems(failure, &form));
                    focus_summary(summary);
                }
            }
        });
    };
    let start_over = move |_| {
        storage::clear_survey_draft();
        draft.set(SurveyDraft { form: blank(), last_attempt: None });
        attempted.set(false);
        from_server.set(Vec::new());
        show_restored.set(false);
    };

    let text = move |get: fn(&SurveyForm) -> &String, set: fn(&mut SurveyForm) -> &mut String| {
        (
            Signal::derive(move || draft.with(|d| get(&d.form).clone())),
            Callback::new(move |v| draft.update(|d| *set(&mut d.form) = v)),
        )
    };
    let (entity_type, set_entity_type) = text(|f| &f.entity_type, |f| &mut f.entity_type);
    let (ctpat_status, set_ctpat_status) = text(|f| &f.ctpat_status, |f| &mut f.ctpat_status);
    let (name, set_name) = text(|f| &f.name, |f| &mut f.name);
    let (organization, set_organization) = text(|f| &f.organization, |f| &mut f.organization);
    let (email, set_email) = text(|f| &f.email, |f| &mut f.email);
    let (proposal_title, set_proposal_title) = text(|f| &f.proposal_title, |f| &mut f.proposal_title);
    let (proposal, set_proposal) = text(|f| &f.proposal, |f| &mut f.proposal);
    let (honeypot, set_honeypot) = text(|f| &f.website, |f| &mut f.website);
    let trade_compliance = Signal::derive(move || draft.with(|d| d.form.trade_compliance));
    let tc_error = error(field::TRADE_COMPLIANCE);
    let entity_types = EntityType::ALL.iter().map(|e| (e.code(), (m.entity_type)(*e))).collect::<Vec<_>>();
    let statuses = CtpatStatus::ALL.iter().map(|c| (c.code(), (m.ctpat_status)(*c))).collect::<Vec<_>>();

    view! {
        <section class="usa-summary-box portal-survey-round" aria-labelledby="survey-round-heading">
            <div class="usa-summary-box__body">
                <h2 class="usa-summary-box__heading" id="survey-round-heading">{round.title.clone()}</h2>
                <p class="usa-summary-box__text">{(s.round_dates)(&day(&round.opens_on), &day(&round.closes_on))}</p>
            </div>
        </section>
        <Show when=move || show_restored.get()>
            <div class="usa-alert usa-alert--info usa-alert--slim" role="status">
                <div class="usa-alert__body">
                    <p class="usa-alert__text">
                        {s.draft_restored} " "
                        <button type="button" class="usa-button usa-button--unstyled" on:click=start_over>
                            {m.form_start_over}
                        </button>
                    </p>
                </div>
            </div>
        </Show>
        <ErrorSummary problems node_ref=summary />
        <p class="usa-hint">{m.form_required_note}</p>
        <form class="usa-form usa-form--large portal-form" novalidate on:submit=on_submit>
            <fieldset class="usa-fieldset">
                <legend class="usa-legend usa-legend--large">{s.about_company}</legend>
                <Select
                    id=field::ENTITY_TYPE
                    label=m.form_entity_type
                    required=true
                    options=entity_types
                    value=entity_type
                    set=set_entity_type
                    error=error(field::ENTITY_TYPE)
                />
                <Select
                    id=field::CTPAT_STATUS
                    label=m.form_ctpat_status
                    required=true
                    options=statuses
                    value=ctpat_status
                    set=set_ctpat_status
                    error=error(field::CTPAT_STATUS)
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
            <fieldset class="usa-fieldset">
                <legend class="usa-legend usa-legend--large">{s.about_you}</legend>
                <p class="usa-hint">{s.about_you_hint}</p>
                <TextInput
                    id=field::NAME
                    label=s.name
                    autocomplete="name"
                    value=name
                    set=set_name
                    error=error(field::NAME)
                />
                <TextInput
                    id=field::ORGANIZATION
                    label=s.organization
                    autocomplete="organization"
                    value=organization
                    set=set_organization
                    error=error(field::ORGANIZATION)
                />
                <TextInput
                    id=field::EMAIL
                    label=s.email
                    hint=s.email_hint
                    input_type="email"
                    autocomplete="email"
                    value=email
                    set=set_email
                    error=error(field::EMAIL)
                />
            </fieldset>
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
            <FormFooter
                honeypot=Signal::derive(move || honeypot.get())
                set_honeypot=set_honeypot
                submitting=Signal::derive(move || submitting.get())
                submit=s.submit
                submitting_label=s.submitting
                draft_saved=Signal::derive(move || draft.with(|d| d.form != blank()))
            />
        </form>
    }
}
