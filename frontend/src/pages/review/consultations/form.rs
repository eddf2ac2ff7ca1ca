//! The admins' consultation form: "Open a consultation", or, after "Edit" in the table, the same
//! form holding an existing one. The browser checks it with the rules the worker applies
//! (`Consultation::parse`) before sending.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;
use shared::api::public::ConsultationView;
use shared::consultation::{field, Consultation, ConsultationForm, BACKGROUND_MAX, QUESTION_MAX, TITLE_MAX};
use shared::taxonomy::{MscCategory, Topic};
use shared::text::{FieldError, Problem as Rule};
use shared::time::Timestamp;

use super::page::Page;
use crate::api::review::Admin;
use crate::components::error_summary::Problem;
use crate::components::fields::{Checkbox, ChoiceSelect, TextArea, TextInput};
use crate::i18n::t;
use crate::pages::review::{at, choices, field_error, rule_message, Control};

/// The form's controls: the API's field key, which is also the control's `id`, and its label.
fn controls() -> [Control; 8] {
    let r = crate::i18n::reviewer();
    [
        (field::TITLE, field::TITLE, r.consultation_title),
        (field::QUESTION, field::QUESTION, r.consultation_question),
        (field::BACKGROUND, field::BACKGROUND, r.consultation_background),
        (field::TOPIC, field::TOPIC, r.consultation_topic),
        (field::MSC_CATEGORY, field::MSC_CATEGORY, r.consultation_msc_category),
        (field::OPENS_ON, field::OPENS_ON, r.consultation_opens_on),
        (field::CLOSES_ON, field::CLOSES_ON, r.consultation_closes_on),
        (field::LATE_ALLOWED, field::LATE_ALLOWED, r.consultation_late),
    ]
}

/// The form as an existing consultation fills it.
fn form_of(c: &ConsultationView) -> ConsultationForm {
    ConsultationForm {
        title: c.title.clone(),
        question: c.question.clone(),
        background: c.background.clone().unwrap_or_default(),
        topic: c.topic.map(|t| t.code().to_owned()).unwrap_or_default(),
        msc_category: c.msc_category.map(|m| m.code().to_owned()).unwrap_or_default(),
        opens_on: c.opens_on.clone(),
        closes_on: c.closes_on.clone(),
        late_allowed: c.late_allowed,
    }
}

/// The parser's problems as sentences naming the labels on this page.
fn found_problems(form: &ConsultationForm, errors: Vec<FieldError>) -> Vec<Problem> {
    let r = crate::i18n::reviewer();
    let both_dates =
        Timestamp::parse_date(form.opens_on.trim()).is_some() && Timestamp::parse_date(form.closes_on.trim()).is_some();
    errors
        .into_iter()
        .map(|e| {
            // Two real dates can only be "invalid" together: the last day is before the first.
            if e.field == field::CLOSES_ON && e.problem == Rule::InvalidDate && both_dates {
                return at(field::CLOSES_ON, r.closes_before_opens);
            }
            let (_, id, label) = controls().into_iter().find(|(key, _, _)| *key == e.field).unwrap_or(("", "", ""));
            at(id, rule_message(label, e.problem))
        })
        .collect()
}

#[component]
pub fn ConsultationEditor(admin: Admin, page: Page, on_saved: Callback<()>) -> impl IntoView {
    let m = t();
    let r = crate::i18n::reviewer();
    let admin = StoredValue::new(admin);
    let values = RwSignal::new(ConsultationForm::default());
    let busy = RwSignal::new(false);
    // "Edit" in the table fills the form; saving or "Cancel" empties it again.
    Effect::new(move |_| {
        let fresh = page.editing.with(|e| e.as_ref().map(form_of).unwrap_or_default());
        values.set(fresh);
    });
    let editing_id = move || page.editing.with(|e| e.as_ref().map(|c| c.id));
    let text = move |get: fn(&ConsultationForm) -> &String| Signal::derive(move || values.with(|v| get(v).clone()));
    let set = move |put: fn(&mut ConsultationForm, String)| Callback::new(move |v| values.update(|f| put(f, v)));
    let problems: Signal<Vec<Problem>> = page.notices.problems.into();
    let error = move |id: &'static str| field_error(problems, id);

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        page.notices.start();
        let form = values.get_untracked();
        if let Err(errors) = Consultation::parse(&form) {
            page.notices.fail(found_problems(&form, errors));
            return;
        }
        busy.set(true);
        let admin = admin.get_value();
        let id = editing_id();
        spawn_local(async move {
            let result = match id {
                Some(id) => admin.update_consultation(id, &form).await.map(|c| (r.consultation_saved)(&c.title)),
                None => admin.create_consultation(&form).await.map(|c| (r.consultation_created)(&c.title)),
            };
            busy.set(false);
            match result {
                Ok(done) => {
                    page.notices.notice.set(Some(done));
                    page.editing.set(None);
                    values.set(ConsultationForm::default());
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
            Some(c) => (r.edit_consultation_heading)(&c.title),
            None => r.open_consultation_heading.to_owned(),
        })
    };

    view! {
        <section aria-labelledby="consultation-form-heading">
            <h2 id="consultation-form-heading">{heading}</h2>
            <form class="usa-form usa-form--large" novalidate on:submit=on_submit>
                <TextInput
                    id=field::TITLE
                    label=r.consultation_title
                    required=true
                    max_chars=TITLE_MAX
                    autocomplete="off"
                    value=text(|f| &f.title)
                    set=set(|f, v| f.title = v)
                    error=error(field::TITLE)
                />
                <TextArea
                    id=field::QUESTION
                    label=r.consultation_question
                    required=true
                    max_chars=QUESTION_MAX
                    value=text(|f| &f.question)
                    set=set(|f, v| f.question = v)
                    error=error(field::QUESTION)
                />
                <TextArea
                    id=field::BACKGROUND
                    label=r.consultation_background
                    hint=r.consultation_background_hint
                    max_chars=BACKGROUND_MAX
                    value=text(|f| &f.background)
                    set=set(|f, v| f.background = v)
                    error=error(field::BACKGROUND)
                />
                <ChoiceSelect
                    id=field::TOPIC
                    label=r.consultation_topic
                    hint=r.consultation_topic_hint
                    any=r.consultation_any_topic
                    options=choices(Topic::ALL, Topic::code, m.topic)
                    value=text(|f| &f.topic)
                    set=set(|f, v| f.topic = v)
                    error=error(field::TOPIC)
                />
                <ChoiceSelect
                    id=field::MSC_CATEGORY
                    label=r.consultation_msc_category
                    hint=r.consultation_msc_category_hint
                    any=r.none
                    options=choices(MscCategory::ALL, MscCategory::code, m.msc_category)
                    value=text(|f| &f.msc_category)
                    set=set(|f, v| f.msc_category = v)
                    error=error(field::MSC_CATEGORY)
                />
                <TextInput
                    id=field::OPENS_ON
                    label=r.consultation_opens_on
                    hint=r.consultation_opens_on_hint
                    required=true
                    input_type="date"
                    value=text(|f| &f.opens_on)
                    set=set(|f, v| f.opens_on = v)
                    error=error(field::OPENS_ON)
                />
                <TextInput
                    id=field::CLOSES_ON
                    label=r.consultation_closes_on
                    hint=r.consultation_closes_on_hint
                    required=true
                    input_type="date"
                    value=text(|f| &f.closes_on)
                    set=set(|f, v| f.closes_on = v)
                    error=error(field::CLOSES_ON)
                />
                <Checkbox
                    id=field::LATE_ALLOWED
                    label=r.consultation_late
                    description=r.consultation_late_hint
                    checked=Signal::derive(move || values.with(|f| f.late_allowed))
                    set=Callback::new(move |on| values.update(|f| f.late_allowed = on))
                />
                <div class="portal-actions">
                    <button type="submit" class="usa-button" aria-disabled=move || busy.get().then_some("true")>
                        {move || if editing_id().is_some() { r.save_consultation } else { r.create_consultation }}
                    </button>
                    <Show when=move || editing_id().is_some()>
                        <button type="button" class="usa-button usa-button--outline" on:click=cancel>
                            {r.cancel_edit}
                        </button>
                    </Show>
                </div>
            </form>
        </section>
    }
}
