//! The admins' consultation form: "Open a consultation", or, after "Edit" in the table, the same
//! form holding an existing one. The browser checks it with the rules the worker applies
//! (`Consultation::parse`) before sending.

use leptos::prelude::*;
use shared::consultation::{field, BACKGROUND_MAX, QUESTION_MAX, TITLE_MAX};

use super::page::Page;
use crate::api::review::Admin;
use crate::components::fields::{Checkbox, ChoiceSelect, TextArea, TextInput};
use crate::pages::review::editor::{EditorForm, WindowDates};
use crate::pages::review::filters::{msc_categories, topics};

/// `saved` reads the table again.
pub fn consultation_editor(page: Page, admin: Admin, saved: Callback<()>) -> AnyView {
    let r = crate::i18n::reviewer();
    view! {
        <EditorForm
            page
            admin
            heading_id="consultation-form-heading"
            edit=r.edit_consultation_heading
            new=r.open_consultation_heading
            create=r.create_consultation
            save=r.save_consultation
            saved
        >
                <TextInput
                    id=field::TITLE
                    label=r.consultation_title
                    required=true
                    max_chars=TITLE_MAX
                    autocomplete="off"
                    value=page.text(|f| &f.title)
                    set=page.set(|f, v| f.title = v)
                    error=page.error(field::TITLE)
                />
                <TextArea
                    id=field::QUESTION
                    label=r.consultation_question
                    required=true
                    max_chars=QUESTION_MAX
                    value=page.text(|f| &f.question)
                    set=page.set(|f, v| f.question = v)
                    error=page.error(field::QUESTION)
                />
                <TextArea
                    id=field::BACKGROUND
                    label=r.consultation_background
                    hint=r.consultation_background_hint
                    max_chars=BACKGROUND_MAX
                    value=page.text(|f| &f.background)
                    set=page.set(|f, v| f.background = v)
                    error=page.error(field::BACKGROUND)
                />
                <ChoiceSelect
                    id=field::TOPIC
                    label=r.consultation_topic
                    hint=r.consultation_topic_hint
                    any=r.consultation_any_topic
                    options=topics()
                    value=page.text(|f| &f.topic)
                    set=page.set(|f, v| f.topic = v)
                    error=page.error(field::TOPIC)
                />
                <ChoiceSelect
                    id=field::MSC_CATEGORY
                    label=r.consultation_msc_category
                    hint=r.consultation_msc_category_hint
                    any=r.none
                    options=msc_categories()
                    value=page.text(|f| &f.msc_category)
                    set=page.set(|f, v| f.msc_category = v)
                    error=page.error(field::MSC_CATEGORY)
                />
                <WindowDates
                    labels=[r.consultation_opens_on, r.consultation_closes_on]
                    hints=[r.consultation_opens_on_hint, r.consultation_closes_on_hint]
                    values=[page.text(|f| &f.opens_on), page.text(|f| &f.closes_on)]
                    sets=[page.set(|f, v| f.opens_on = v), page.set(|f, v| f.closes_on = v)]
                    problems=page.problems()
                />
                <Checkbox
                    id=field::LATE_ALLOWED
                    label=r.consultation_late
                    description=r.consultation_late_hint
                    checked=Signal::derive(move || page.values.with(|f| f.late_allowed))
                    set=Callback::new(move |on| page.values.update(|f| f.late_allowed = on))
                />
        </EditorForm>
    }
    .into_any()
}
