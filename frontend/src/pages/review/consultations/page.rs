//! What the consultations page's parts share: the editor (what the page tells the person, and
//! the consultation the form edits), and what a consultation is to the editor.

use shared::api::public::ConsultationView;
use shared::consultation::{field, Consultation, ConsultationForm};

use crate::api::review::{Admin, Reviewer};
use crate::pages::review::editor::{window_problems, Editable, Editor, Listing, Saving};
use crate::pages::review::Control;

pub type Page = Editor<ConsultationView>;

impl Editable for ConsultationView {
    type Form = ConsultationForm;

    fn id(&self) -> i64 {
        self.id
    }

    fn title(&self) -> &str {
        &self.title
    }

    fn form(&self) -> ConsultationForm {
        ConsultationForm {
            title: self.title.clone(),
            question: self.question.clone(),
            background: self.background.clone().unwrap_or_default(),
            topic: self.topic.map(|t| t.code().to_owned()).unwrap_or_default(),
            msc_category: self.msc_category.map(|m| m.code().to_owned()).unwrap_or_default(),
            opens_on: self.opens_on.clone(),
            closes_on: self.closes_on.clone(),
            late_allowed: self.late_allowed,
        }
    }

    /// The API's field key is also the control's `id`.
    fn controls() -> Vec<Control> {
        let r = crate::i18n::reviewer();
        vec![
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

    fn check(form: &ConsultationForm) -> Result<(), Vec<crate::components::error_summary::Problem>> {
        Consultation::parse(form)
            .map(drop)
            .map_err(|e| window_problems(&form.opens_on, &form.closes_on, e, &Self::controls()))
    }

    fn save(admin: Admin, id: Option<i64>, form: ConsultationForm) -> Saving {
        let r = crate::i18n::reviewer();
        let done = if id.is_some() { r.consultation_saved } else { r.consultation_created };
        Box::pin(async move { admin.save_consultation(id, &form).await.map(|c| done(&c.title)) })
    }

    fn list(reviewer: Reviewer) -> Listing<Self> {
        Box::pin(async move { reviewer.consultations().await })
    }
}
