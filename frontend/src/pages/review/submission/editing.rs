//! What the submission page's forms share: the submission as last saved, the problems for the error summary and the one confirmation on show.

use crate::api::review::Reviewer;
use crate::pages::review::sending::Sending;
use crate::pages::review::{success, Control};
use leptos::prelude::*;
use leptos::task::spawn_local;
use shared::api::review::{SubmissionDetail, SubmissionUpdate};
use shared::receipt::TrackingNumber;

/// Which form a confirmation belongs to: it is shown next to that form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Status,
    Priority,
    Assignee,
    Tags,
    Notes,
    Response,
    Publication,
}

impl Part {
    /// The `id` of the heading that names the form's section.
    pub fn heading_id(self) -> &'static str {
        match self {
            Part::Status => "status-heading",
            Part::Priority => "priority-heading",
            Part::Assignee => "assignee-heading",
            Part::Tags => "tags-heading",
            Part::Notes => "notes-heading",
            Part::Response => "response-heading",
            Part::Publication => "publication-heading",
        }
    }
}

/// What the forms of the page share: the submission as last saved, what they send (the
/// problems for the error summary), and the one confirmation on show.
#[derive(Clone, Copy)]
pub struct Editing {
    pub detail: RwSignal<SubmissionDetail>,
    pub sending: Sending,
    pub notice: RwSignal<Option<(Part, &'static str)>>,
    pub(super) reviewer: StoredValue<Reviewer>,
    pub(super) number: StoredValue<TrackingNumber>,
}

/// The API's field keys and the controls on this page they belong to.
fn controls() -> Vec<Control> {
    let r = crate::i18n::reviewer();
    let mut list = vec![
        ("status", "status", r.new_status),
        ("duplicate_of", "duplicate_of", r.duplicate_of),
        ("priority", "priority", r.priority_label),
        ("assignee", "assignee", r.assignee_label),
        ("add_tags", "add_tags", r.add_tag_label),
        ("remove_tags", "", r.tags_heading),
        ("public_response", "public_response", r.response_label),
        ("text", "new_note", r.new_note),
        // The attachment checkboxes' ids are made at run time: these problems are not linked.
        ("attachments", "", r.publish_attachments_legend),
    ];
    list.extend(publication_controls());
    list
}

impl Editing {
    pub fn new(detail: SubmissionDetail, reviewer: Reviewer, number: TrackingNumber) -> Self {
        let notice = RwSignal::new(None);
        Editing {
            detail: RwSignal::new(detail),
            sending: Sending::new(controls, Callback::new(move |()| notice.set(None))),
            notice,
            reviewer: StoredValue::new(reviewer),
            number: StoredValue::new(number),
        }
    }

    pub fn reviewer(self) -> Reviewer {
        self.reviewer.get_value()
    }

    pub fn number(self) -> TrackingNumber {
        self.number.get_value()
    }

    pub fn succeeded(self, part: Part, done: &'static str) {
        self.sending.succeeded();
        self.notice.set(Some((part, done)));
    }

    /// Sends one change; on success the page shows the saved submission and `after` resets the
    /// form that sent it.
    pub fn save(self, part: Part, change: SubmissionUpdate, done: &'static str, after: impl FnOnce() + 'static) {
        if !self.sending.start() {
            return;
        }
        let (reviewer, number) = (self.reviewer(), self.number());
        spawn_local(async move {
            match reviewer.update(&number, &change).await {
                Ok(detail) => {
                    self.detail.set(detail);
                    self.succeeded(part, done);
                    after();
                }
                Err(failure) => self.sending.failed(failure),
            }
        });
    }

    /// The confirmation for one form, in a live region that is always there so it is announced.
    pub fn notice_for(self, part: Part) -> impl IntoView {
        view! {
            <div role="status">
                {move || self.notice.get().filter(|(p, _)| *p == part).map(|(_, text)| success(text.to_owned()))}
            </div>
        }
    }
}

/// The API's field keys of the publication form and the controls they belong to. Attachment
/// problems link to the first attachment's checkbox, which the page adds itself.
pub fn publication_controls() -> [Control; 3] {
    let r = crate::i18n::reviewer();
    [
        ("title", "public_title", r.public_title),
        ("feedback", "public_feedback", r.public_feedback),
        ("recommendation", "public_recommendation", r.public_recommendation),
    ]
}
