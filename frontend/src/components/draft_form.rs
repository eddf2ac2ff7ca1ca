//! What the three long public forms (give feedback, the benefit survey, the validation report)
//! share: the draft restored from this browser and autosaved as the person types, the problems
//! the shared rules find on submit merged with those the server answers, and a resend of the same
//! form with the same Idempotency-Key, so a retry after a lost answer cannot store it twice. An
//! error never empties the form; only a receipt clears the draft.
//!
//! Each form says what is particular to it by implementing `DraftedForm`; `DraftForm` is the
//! state a page holds, and `DraftFormView` the part of the page around the form's own controls.

use std::future::Future;

use leptos::ev::SubmitEvent;
use leptos::html::Div;
use leptos::prelude::*;
use leptos::task::spawn_local;
use serde::de::DeserializeOwned;
use serde::Serialize;
use shared::api::ErrorCode;
use shared::text::FieldError;

use crate::api::Failure;
use crate::components::error_summary::{focus_summary, ErrorSummary, Problem};
use crate::components::form_footer::FormFooter;
use crate::components::notice::field_error;
use crate::i18n::t;
use crate::router::use_navigate;
use crate::storage::{self, Kept};

/// One form kept as a draft in this browser. The value is what sending needs beyond the form (the
/// survey's round, the feedback form's uploads still running); the rest is the form's own rules.
pub trait DraftedForm: Copy + Send + Sync + 'static {
    /// What `storage` keeps: the form as typed and the form last sent with its Idempotency-Key.
    type Draft: Clone + PartialEq + Default + Serialize + DeserializeOwned + Send + Sync + 'static;
    type Form: Clone + PartialEq + Send + Sync + 'static;
    type Receipt: 'static;

    /// Where this browser keeps the draft.
    const KEPT: Kept<Self::Draft>;

    /// The draft kept, if any.
    fn load() -> Option<Self::Draft> {
        Self::KEPT.load()
    }
    /// The draft of a form nothing was typed in.
    fn blank() -> Self::Draft {
        Self::Draft::default()
    }
    fn form(draft: &Self::Draft) -> &Self::Form;
    fn form_mut(draft: &mut Self::Draft) -> &mut Self::Form;
    /// The key the draft was last sent with, when that was this same form sent to the same place.
    fn key_sent(self, draft: &Self::Draft, form: &Self::Form) -> Option<String>;
    fn remember_sent(self, draft: &mut Self::Draft, form: Self::Form, key: String);

    /// What is sent of what was typed: parts kept for a choice the person may switch back to
    /// are left out.
    fn to_send(form: &Self::Form) -> Self::Form;
    /// The shared rules, as the worker applies them.
    fn check(form: &Self::Form) -> Result<(), Vec<FieldError>>;
    /// Whether a control on the page has this field key as its `id`: only those can be linked to.
    fn on_page(key: &str, form: &Self::Form) -> bool;
    fn send(self, form: &Self::Form, key: &str) -> impl Future<Output = Result<Self::Receipt, Failure>>;
    /// Keeps the receipt for its page (this tab only) and returns the page's address.
    fn keep_receipt(receipt: &Self::Receipt) -> String;

    /// A reason not to send yet although the rules pass.
    fn held_back(self) -> Option<Problem> {
        None
    }
    /// Hears the server's refusal before its problems are shown.
    fn refused(self, _failure: &Failure) {}
}

/// The rules' problems with the form, worded for the error summary.
fn client_problems<F: DraftedForm>(form: &F::Form) -> Vec<Problem> {
    let m = t();
    F::check(form)
        .err()
        .unwrap_or_default()
        .into_iter()
        .map(|e| Problem {
            message: m.problem_message(&e.field, e.problem),
            field: if F::on_page(&e.field, form) { e.field } else { String::new() },
        })
        .collect()
}

/// Why the server did not take the form, worded for the error summary.
fn server_problems<F: DraftedForm>(failure: Failure, form: &F::Form) -> Vec<Problem> {
    let m = t();
    let general = |message: String| vec![Problem { field: String::new(), message }];
    match failure {
        Failure::Network => general(m.error_network.to_owned()),
        // The forms need no session; these answers would be the server's mistake.
        Failure::Server | Failure::Unauthorized | Failure::Forbidden => general(m.error_server.to_owned()),
        Failure::RateLimited(seconds) => general((m.rate_limited)(seconds)),
        Failure::Rejected(error) if error.code == ErrorCode::RejectedAsAutomated => {
            general(m.error_automated.to_owned())
        }
        Failure::Rejected(error) if !error.fields.is_empty() => error
            .fields
            .into_iter()
            .map(|f| Problem {
                field: if F::on_page(&f.field, form) { f.field } else { String::new() },
                message: f.message,
            })
            .collect(),
        Failure::Rejected(error) => general(error.message),
    }
}

/// A drafted form's state on its page.
pub struct DraftForm<F: DraftedForm> {
    kind: F,
    pub draft: RwSignal<F::Draft>,
    /// The draft was restored and nothing has started it over.
    restored: RwSignal<bool>,
    /// Submit was pressed: from then on the rules' problems show as the person corrects them.
    attempted: RwSignal<bool>,
    from_server: RwSignal<Vec<Problem>>,
    submitting: RwSignal<bool>,
    summary: NodeRef<Div>,
    /// The rules' problems (once submit was pressed), then the server's that the form has not
    /// fixed since.
    pub problems: Signal<Vec<Problem>>,
    go_to: Callback<String>,
}

// By hand: `derive` would also bound `F`'s associated types, which the signals do not need.
impl<F: DraftedForm> Clone for DraftForm<F> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<F: DraftedForm> Copy for DraftForm<F> {}

impl<F: DraftedForm> DraftForm<F> {
    /// The draft this browser kept for this form, if something was typed in it, else a blank one;
    /// every change is written back (localStorage survives a reload or a crash).
    pub fn restore(kind: F) -> Self {
        let restored = F::load().filter(|d| F::form(d) != F::form(&F::blank()));
        let was_restored = RwSignal::new(restored.is_some());
        let draft = RwSignal::new(restored.unwrap_or_else(F::blank));
        Effect::new(move |_| draft.with(|d| F::KEPT.save(d)));

        let attempted = RwSignal::new(false);
        let from_server = RwSignal::new(Vec::<Problem>::new());
        let problems = Memo::new(move |_| {
            let mut list = if attempted.get() {
                draft.with(|d| client_problems::<F>(&F::to_send(F::form(d))))
            } else {
                Vec::new()
            };
            for p in from_server.get() {
                if p.field.is_empty() || !list.iter().any(|q| q.field == p.field) {
                    list.push(p);
                }
            }
            list
        });
        let navigate = use_navigate();
        DraftForm {
            kind,
            draft,
            restored: was_restored,
            attempted,
            from_server,
            submitting: RwSignal::new(false),
            summary: NodeRef::new(),
            problems: problems.into(),
            go_to: Callback::new(move |to: String| navigate(&to, Default::default())),
        }
    }

    /// The message for the control `id`, if the problems name it.
    pub fn error(self, id: &'static str) -> Signal<Option<String>> {
        field_error(self.problems, id)
    }

    /// One text of the form as a signal and a setter.
    pub fn text(
        self,
        get: impl Fn(&F::Form) -> &str + Send + Sync + 'static,
        set: impl Fn(&mut F::Form) -> &mut String + Send + Sync + 'static,
    ) -> (Signal<String>, Callback<String>) {
        let draft = self.draft;
        (
            Signal::derive(move || draft.with(|d| get(F::form(d)).to_owned())),
            Callback::new(move |v| draft.update(|d| *set(F::form_mut(d)) = v)),
        )
    }

    /// Something was typed, so the draft is saved on this device.
    fn typed(self) -> Signal<bool> {
        let draft = self.draft;
        Signal::derive(move || draft.with(|d| F::form(d) != F::form(&F::blank())))
    }

    /// Checks what is sent and sends it, unless it is on its way already. A problem moves the
    /// focus to the error summary; a receipt clears the draft and opens the receipt's page.
    pub fn submit(self, ev: SubmitEvent) {
        ev.prevent_default();
        if self.submitting.get_untracked() {
            return;
        }
        self.attempted.set(true);
        self.from_server.set(Vec::new());
        if let Some(problem) = self.kind.held_back() {
            self.from_server.set(vec![problem]);
            focus_summary(self.summary);
            return;
        }
        let form = self.draft.with_untracked(|d| F::to_send(F::form(d)));
        if F::check(&form).is_err() {
            focus_summary(self.summary);
            return;
        }
        let key = self.draft.with_untracked(|d| self.kind.key_sent(d, &form)).unwrap_or_else(storage::random_key);
        self.draft.update(|d| self.kind.remember_sent(d, form.clone(), key.clone()));
        self.submitting.set(true);
        spawn_local(async move {
            let result = self.kind.send(&form, &key).await;
            self.submitting.set(false);
            match result {
                Ok(receipt) => {
                    let page = F::keep_receipt(&receipt);
                    F::KEPT.clear();
                    self.go_to.run(page);
                }
                Err(failure) => {
                    self.kind.refused(&failure);
                    self.from_server.set(server_problems::<F>(failure, &form));
                    focus_summary(self.summary);
                }
            }
        });
    }

    /// Forgets the restored draft: a blank form, as on a first visit.
    fn start_over(self) {
        F::KEPT.clear();
        self.draft.set(F::blank());
        self.attempted.set(false);
        self.from_server.set(Vec::new());
        self.restored.set(false);
    }
}

/// A drafted form's page around its controls (`children`): the note that a draft was restored,
/// with "Start over", the error summary, the required-fields note, and the form with its footer.
#[component]
pub fn DraftFormView<F: DraftedForm>(
    form: DraftForm<F>,
    /// "Your draft was restored", in the form's words.
    restored: &'static str,
    /// The honeypot's text and setter (`website` on every form).
    honeypot: (Signal<String>, Callback<String>),
    submit: &'static str,
    submitting: &'static str,
    children: Children,
) -> impl IntoView {
    let m = t();
    let (honeypot, set_honeypot) = honeypot;
    view! {
        <Show when=move || form.restored.get()>
            <div class="usa-alert usa-alert--info usa-alert--slim" role="status">
                <div class="usa-alert__body">
                    <p class="usa-alert__text">
                        {restored} " "
                        <button type="button" class="usa-button usa-button--unstyled" on:click=move |_| form.start_over()>
                            {m.form_start_over}
                        </button>
                    </p>
                </div>
            </div>
        </Show>
        <ErrorSummary problems=form.problems node_ref=form.summary />
        <p class="usa-hint">{m.form_required_note}</p>
        <form class="usa-form usa-form--large portal-form" novalidate on:submit=move |ev| form.submit(ev)>
            {children()}
            <FormFooter
                honeypot
                set_honeypot
                submitting=form.submitting.into()
                submit
                submitting_label=submitting
                draft_saved=form.typed()
            />
        </form>
    }
}
