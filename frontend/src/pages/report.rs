//! "Report feedback filed in your name": a person who finds feedback sent in their name tells
//! CBP, naming it by tracking number or board item number (prefilled from `?reference=`).

use crate::router::use_query_map;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use shared::api::public::{ReportForm, ReportReceipt, REPORT_EXPLANATION_MAX};

use crate::api;
use crate::components::error_summary::{ErrorSummary, Problem};
use crate::components::fields::{TextArea, TextInput};
use crate::components::short_form::{SendButton, ShortForm};
use crate::i18n::{set_page_title, t};

/// Control ids: the API's field keys.
const REFERENCE: &str = "reference";
const NAME: &str = "name";
const EMAIL: &str = "email";
const EXPLANATION: &str = "explanation";
const CONTROLS: [(&str, &str); 4] = [(REFERENCE, REFERENCE), (NAME, NAME), (EMAIL, EMAIL), (EXPLANATION, EXPLANATION)];

/// Checked as typed before sending, by the rules the server applies (`shared::report`); the
/// server has the last word (it alone knows whether the reference exists).
fn client_problems(form: &ReportForm) -> Vec<Problem> {
    let m = t();
    let p = m.public;
    let label = |field: &str| match field {
        REFERENCE => p.report_reference,
        NAME => p.report_name,
        EMAIL => p.report_email,
        _ => p.report_explanation,
    };
    let errors = shared::report::Report::parse(form).err().unwrap_or_default();
    errors
        .into_iter()
        .map(|e| Problem { message: (m.problem)("", label(&e.field), e.problem), field: e.field })
        .collect()
}

#[component]
pub fn Report() -> impl IntoView {
    let m = t();
    let p = m.public;
    set_page_title(p.report_title);
    let reference = use_query_map().with_untracked(|q| q.get("reference")).unwrap_or_default();
    let form = RwSignal::new(ReportForm { reference, ..Default::default() });
    let received = RwSignal::new(None::<ReportReceipt>);
    let sending = ShortForm::new(&CONTROLS);

    let on_submit = move |ev: SubmitEvent| {
        let typed = form.get_untracked();
        sending.submit(
            ev,
            client_problems(&typed),
            || async move { api::public::report(&typed).await },
            move |receipt| received.set(Some(receipt)),
        );
    };
    let text = move |get: fn(&ReportForm) -> &String, set: fn(&mut ReportForm) -> &mut String| {
        (Signal::derive(move || form.with(|f| get(f).clone())), Callback::new(move |v| form.update(|f| *set(f) = v)))
    };
    let (reference, set_reference) = text(|f| &f.reference, |f| &mut f.reference);
    let (name, set_name) = text(|f| &f.name, |f| &mut f.name);
    let (email, set_email) = text(|f| &f.email, |f| &mut f.email);
    let (explanation, set_explanation) = text(|f| &f.explanation, |f| &mut f.explanation);

    view! {
        <div class="usa-section portal-form-page">
            {move || match received.get() {
                Some(r) => view! {
                    <div class="usa-alert usa-alert--success" role="status">
                        <div class="usa-alert__body">
                            <h1 class="usa-alert__heading">{p.report_done_heading}</h1>
                            <p class="usa-alert__text">{(p.report_done)(&m.format_rfc3339(&r.received_at))}</p>
                        </div>
                    </div>
                }
                .into_any(),
                None => ().into_any(),
            }}
            <Show when=move || received.with(Option::is_none)>
                <h1>{p.report_title}</h1>
                <p class="usa-intro">{p.report_lead}</p>
                <ErrorSummary problems=sending.problems.into() node_ref=sending.summary />
                <p class="usa-hint">{m.form_required_note}</p>
                <form class="usa-form usa-form--large portal-form" novalidate on:submit=on_submit>
                    <TextInput
                        id=REFERENCE
                        label=p.report_reference
                        hint=p.report_reference_hint
                        required=true
                        autocomplete="off"
                        value=reference
                        set=set_reference
                        error=sending.error(REFERENCE)
                    />
                    <TextInput
                        id=NAME
                        label=p.report_name
                        required=true
                        autocomplete="name"
                        value=name
                        set=set_name
                        error=sending.error(NAME)
                    />
                    <TextInput
                        id=EMAIL
                        label=p.report_email
                        hint=p.report_email_hint
                        required=true
                        input_type="email"
                        autocomplete="email"
                        value=email
                        set=set_email
                        error=sending.error(EMAIL)
                    />
                    <TextArea
                        id=EXPLANATION
                        label=p.report_explanation
                        hint=p.report_explanation_hint
                        required=true
                        max_chars=REPORT_EXPLANATION_MAX
                        value=explanation
                        set=set_explanation
                        error=sending.error(EXPLANATION)
                    />
                    <SendButton form=sending label=p.report_submit />
                </form>
            </Show>
        </div>
    }
}
