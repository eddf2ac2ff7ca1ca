//! Bulk actions on the submissions ticked in the queue: one change (status, priority, assignee or
//! a tag) sent once for all of them. The server applies the workflow to each and says which it
//! left as they were, and why.

use std::collections::BTreeSet;

use leptos::ev::SubmitEvent;
use leptos::html::Div;
use leptos::prelude::*;
use leptos::task::spawn_local;
use shared::api::review::{BulkResult, BulkUpdate, SubmissionUpdate, UserRef};
use shared::status::Status;
use shared::workflow::{Priority, Tag};

use crate::api::Failure;
use crate::components::error_summary::{focus_summary, Problem};
use crate::components::fields::{ChoiceSelect, TextInput};
use crate::i18n::t;
use crate::pages::review::buttons::SubmitButton;
use crate::pages::review::{
    at, choices, failure_problems, field_error, general, rule_message, use_reviewer, use_session_ended, Control,
};

const ACTION: &str = "bulk_action";
const VALUE: &str = "bulk_value";

fn value_label(action: &str) -> &'static str {
    let r = crate::i18n::reviewer();
    match action {
        "status" => r.bulk_status_value,
        "priority" => r.bulk_priority_value,
        "assignee" => r.bulk_assignee_value,
        _ => r.bulk_tag_value,
    }
}

/// The change to send, or what is wrong with the form.
fn change(action: &str, value: &str) -> Result<SubmissionUpdate, Problem> {
    let r = crate::i18n::reviewer();
    if action.is_empty() {
        return Err(at(ACTION, r.bulk_choose_action));
    }
    if value.trim().is_empty() {
        return Err(at(VALUE, r.bulk_choose_value));
    }
    let missing = || at(VALUE, r.bulk_choose_value);
    Ok(match action {
        "status" => {
            SubmissionUpdate { status: Some(Status::from_code(value).ok_or_else(missing)?), ..Default::default() }
        }
        "priority" => {
            SubmissionUpdate { priority: Some(Priority::from_code(value).ok_or_else(missing)?), ..Default::default() }
        }
        "assignee" => SubmissionUpdate { assignee: Some(value.parse().ok()), ..Default::default() },
        _ => match Tag::parse(value) {
            Ok(tag) => SubmissionUpdate { add_tags: vec![tag.as_str().to_owned()], ..Default::default() },
            Err(rule) => return Err(at(VALUE, rule_message(r.bulk_tag_value, rule))),
        },
    })
}

#[component]
pub fn BulkActions(
    reviewers: Signal<Vec<UserRef>>,
    selected: RwSignal<BTreeSet<String>>,
    result: RwSignal<Option<BulkResult>>,
    problems: RwSignal<Vec<Problem>>,
    summary: NodeRef<Div>,
    /// Called after a change was applied, to reload the table.
    on_done: Callback<()>,
) -> impl IntoView {
    let m = t();
    let r = crate::i18n::reviewer();
    let reviewer = use_reviewer();
    let ended = use_session_ended();
    let action = RwSignal::new(String::new());
    let value = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let errors: Signal<Vec<Problem>> = problems.into();

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        result.set(None);
        let tracking_numbers: Vec<String> = selected.with_untracked(|s| s.iter().cloned().collect());
        let action_now = action.get_untracked();
        let change = match change(&action_now, &value.get_untracked()) {
            Ok(change) if !tracking_numbers.is_empty() => change,
            Ok(_) => {
                problems.set(vec![general(r.bulk_nothing_selected)]);
                focus_summary(summary);
                return;
            }
            Err(problem) => {
                problems.set(vec![problem]);
                focus_summary(summary);
                return;
            }
        };
        let label = value_label(&action_now);
        let controls: [Control; 4] = [
            ("status", VALUE, label),
            ("priority", VALUE, label),
            ("assignee", VALUE, label),
            ("add_tags", VALUE, label),
        ];
        busy.set(true);
        let reviewer = reviewer.clone();
        spawn_local(async move {
            let outcome = reviewer.bulk(&BulkUpdate { tracking_numbers, change }).await;
            busy.set(false);
            match outcome {
                Ok(outcome) => {
                    problems.set(Vec::new());
                    selected.set(BTreeSet::new());
                    result.set(Some(outcome));
                    on_done.run(());
                }
                Err(Failure::Unauthorized) => ended.set(true),
                Err(failure) => {
                    problems.set(failure_problems(&failure, &controls));
                    focus_summary(summary);
                }
            }
        });
    };

    let actions = vec![
        ("status".to_owned(), r.bulk_set_status.to_owned()),
        ("priority".to_owned(), r.bulk_set_priority.to_owned()),
        ("assignee".to_owned(), r.bulk_assign.to_owned()),
        ("tag".to_owned(), r.bulk_add_tag.to_owned()),
    ];
    let set_action = Callback::new(move |v: String| {
        action.set(v);
        value.set(String::new());
    });
    let set_value = Callback::new(move |v: String| value.set(v));
    let value_control = move || {
        let error = field_error(errors, VALUE);
        match action.get().as_str() {
            "status" => {
                // Marking as a duplicate needs the original's number, one by one on its own page.
                let statuses: Vec<Status> = Status::ALL.iter().copied().filter(|s| *s != Status::Duplicate).collect();
                let options = choices(&statuses, Status::code, m.status);
                view! { <ChoiceSelect id=VALUE label=r.bulk_status_value any=m.form_select_placeholder options value=value.into() set=set_value error /> }
                    .into_any()
            }
            "priority" => view! {
                <ChoiceSelect
                    id=VALUE
                    label=r.bulk_priority_value
                    any=m.form_select_placeholder
                    options=choices(Priority::ALL, Priority::code, r.priority)
                    value=value.into()
                    set=set_value
                    error
                />
            }
            .into_any(),
            "assignee" => {
                let options = Signal::derive(move || {
                    let mut list = vec![("none".to_owned(), r.unassigned.to_owned())];
                    list.extend(reviewers.get().into_iter().map(|u| (u.id.to_string(), u.name)));
                    list
                });
                view! { <ChoiceSelect id=VALUE label=r.bulk_assignee_value any=m.form_select_placeholder options value=value.into() set=set_value error /> }
                    .into_any()
            }
            "tag" => view! { <TextInput id=VALUE label=r.bulk_tag_value value=value.into() set=set_value error /> }
                .into_any(),
            _ => ().into_any(),
        }
    };

    view! {
        <section aria-labelledby="bulk-heading">
            <h2 id="bulk-heading">{r.bulk_heading}</h2>
            <form class="portal-bulk" novalidate on:submit=on_submit>
                <ChoiceSelect
                    id=ACTION
                    label=r.bulk_action
                    any=m.form_select_placeholder
                    options=actions
                    value=action.into()
                    set=set_action
                    error=field_error(errors, ACTION)
                />
                {value_control}
                <SubmitButton busy=busy.into() label=r.bulk_apply />
            </form>
            <p class="usa-hint" aria-live="polite">
                {move || (r.bulk_selected)(selected.with(BTreeSet::len))}
            </p>
            <div role="status">{move || result.get().map(|outcome| view! { <BulkOutcome outcome /> })}</div>
        </section>
    }
}

#[component]
fn BulkOutcome(outcome: BulkResult) -> impl IntoView {
    let r = crate::i18n::reviewer();
    let kind = if outcome.skipped.is_empty() { "usa-alert--success" } else { "usa-alert--warning" };
    let skipped = (!outcome.skipped.is_empty()).then(|| {
        view! {
            <p class="usa-alert__text">{(r.bulk_skipped)(outcome.skipped.len())}</p>
            <ul class="usa-list">
                {outcome
                    .skipped
                    .iter()
                    .map(|s| view! { <li>{format!("{}: {}", s.field, s.message)}</li> })
                    .collect_view()}
            </ul>
        }
    });
    view! {
        <div class=format!("usa-alert {kind} usa-alert--slim")>
            <div class="usa-alert__body">
                <p class="usa-alert__text">{(r.bulk_updated)(outcome.updated.len())}</p>
                {skipped}
            </div>
        </div>
    }
}
