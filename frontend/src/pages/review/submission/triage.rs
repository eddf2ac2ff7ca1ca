//! The forms that move a submission along: its status (only the moves the workflow allows from
//! where it is now), priority, assignee and tags.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use shared::api::review::SubmissionUpdate;
use shared::receipt::TrackingNumber;
use shared::status::Status;
use shared::workflow::{Priority, Tag};

use super::editing::{Editing, Part};
use super::part_form::PartForm;
use crate::components::error_summary::focus_field;
use crate::components::fields::{ChoiceSelect, TextInput};
use crate::i18n::t;
use crate::pages::review::{at, choices, rule_message, use_reviewer};

#[component]
pub fn StatusForm(editing: Editing) -> impl IntoView {
    let m = t();
    let r = crate::i18n::reviewer();
    let choice = RwSignal::new(String::new());
    let original = RwSignal::new(String::new());
    let allowed = Signal::derive(move || {
        editing
            .detail
            .with(|d| d.allowed_next.iter().map(|s| (s.code().to_owned(), (m.status)(*s).to_owned())).collect())
    });
    let duplicate = move || choice.with(|c| c == Status::Duplicate.code());

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Some(status) = Status::from_code(&choice.get_untracked()) else {
            editing.sending.fail(vec![at("status", r.choose_status)]);
            return;
        };
        let duplicate_of = if status == Status::Duplicate {
            let typed = original.get_untracked();
            if typed.trim().is_empty() {
                editing.sending.fail(vec![at("duplicate_of", r.duplicate_of_missing)]);
                return;
            }
            match TrackingNumber::parse(&typed) {
                Ok(n) => Some(n.to_string()),
                Err(_) => {
                    editing.sending.fail(vec![at("duplicate_of", r.duplicate_of_invalid)]);
                    return;
                }
            }
        } else {
            None
        };
        let change = SubmissionUpdate { status: Some(status), duplicate_of, ..Default::default() };
        editing.save(Part::Status, change, r.status_changed, move || {
            choice.set(String::new());
            original.set(String::new());
        });
    };

    view! {
        <PartForm editing part=Part::Status heading=r.status_heading button=r.change_status on_submit
            before=move || view! {
                <p>
                    {r.current_status} ": " <strong>{move || editing.detail.with(|d| (m.status)(d.status))}</strong>
                </p>
            }
        >
            <ChoiceSelect
                id="status"
                label=r.new_status
                any=m.form_select_placeholder
                options=allowed
                value=choice.into()
                set=Callback::new(move |v| choice.set(v))
                error=editing.sending.error("status")
            />
            <Show when=duplicate>
                <TextInput
                    id="duplicate_of"
                    label=r.duplicate_of
                    hint=r.duplicate_of_hint
                    autocomplete="off"
                    value=original.into()
                    set=Callback::new(move |v| original.set(v))
                    error=editing.sending.error("duplicate_of")
                />
            </Show>
        </PartForm>
    }
}

#[component]
pub fn PriorityForm(editing: Editing) -> impl IntoView {
    let r = crate::i18n::reviewer();
    let choice = RwSignal::new(editing.detail.with_untracked(|d| d.priority.code().to_owned()));
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Some(priority) = Priority::from_code(&choice.get_untracked()) else { return };
        editing.save(
            Part::Priority,
            SubmissionUpdate { priority: Some(priority), ..Default::default() },
            r.priority_saved,
            || {},
        );
    };
    view! {
        <PartForm editing part=Part::Priority heading=r.priority_heading button=r.save_priority on_submit>
            <ChoiceSelect
                id="priority"
                label=r.priority_label
                options=choices(Priority::ALL, Priority::code, r.priority)
                value=choice.into()
                set=Callback::new(move |v| choice.set(v))
                error=editing.sending.error("priority")
            />
        </PartForm>
    }
}

#[component]
pub fn AssigneeForm(editing: Editing) -> impl IntoView {
    let r = crate::i18n::reviewer();
    let reviewer = use_reviewer();
    let reviewers = LocalResource::new(move || {
        let reviewer = reviewer.clone();
        async move { reviewer.reviewers().await.unwrap_or_default() }
    });
    let current = move || editing.detail.with(|d| d.assignee.clone());
    let choice = RwSignal::new(
        editing.detail.with_untracked(|d| d.assignee.as_ref().map(|a| a.id.to_string())).unwrap_or_default(),
    );
    // The current assignee stays a choice even when their account is no longer active.
    let options = Signal::derive(move || {
        let mut list: Vec<(String, String)> =
            reviewers.get().unwrap_or_default().into_iter().map(|u| (u.id.to_string(), u.name)).collect();
        if let Some(a) = current() {
            if !list.iter().any(|(id, _)| *id == a.id.to_string()) {
                list.push((a.id.to_string(), a.name));
            }
        }
        list
    });
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        // The empty choice is "Unassigned".
        let assignee = Some(choice.get_untracked().parse::<i64>().ok());
        editing.save(Part::Assignee, SubmissionUpdate { assignee, ..Default::default() }, r.assignee_saved, || {});
    };
    view! {
        <PartForm editing part=Part::Assignee heading=r.assignee_heading button=r.save_assignee on_submit>
            <ChoiceSelect
                id="assignee"
                label=r.assignee_label
                any=r.unassigned
                options
                value=choice.into()
                set=Callback::new(move |v| choice.set(v))
                error=editing.sending.error("assignee")
            />
        </PartForm>
    }
}

#[component]
pub fn Tags(editing: Editing) -> impl IntoView {
    let r = crate::i18n::reviewer();
    let typed = RwSignal::new(String::new());
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        match Tag::parse(&typed.get_untracked()) {
            Ok(tag) => {
                let change = SubmissionUpdate { add_tags: vec![tag.as_str().to_owned()], ..Default::default() };
                editing.save(Part::Tags, change, r.tag_added, move || typed.set(String::new()));
            }
            Err(rule) => editing.sending.fail(vec![at("add_tags", rule_message(r.add_tag_label, rule))]),
        }
    };
    let remove = move |tag: String| {
        let change = SubmissionUpdate { remove_tags: vec![tag], ..Default::default() };
        // The button pressed is gone: keep keyboard users in the tags section.
        editing.save(Part::Tags, change, r.tag_removed, || focus_field("add_tags"));
    };
    let tags = move || editing.detail.with(|d| d.tags.clone());
    view! {
        <PartForm editing part=Part::Tags heading=r.tags_heading button=r.add_tag_button on_submit
            before=move || view! {
                {move || {
                    let tags = tags();
                    if tags.is_empty() {
                        return view! { <p>{r.no_tags}</p> }.into_any();
                    }
                    view! {
                        <ul class="usa-list usa-list--unstyled portal-tags" aria-label=r.tags_label>
                            {tags
                                .into_iter()
                                .map(|tag| {
                                    let label = (r.remove_tag)(&tag);
                                    let this = tag.clone();
                                    view! {
                                        <li>
                                            <span class="usa-tag">{tag}</span>
                                            <button
                                                type="button"
                                                class="usa-button usa-button--unstyled"
                                                on:click=move |_| remove(this.clone())
                                            >
                                                {label}
                                            </button>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                        .into_any()
                }}
            }
        >
            <TextInput
                id="add_tags"
                label=r.add_tag_label
                hint=r.add_tag_hint
                autocomplete="off"
                value=typed.into()
                set=Callback::new(move |v| typed.set(v))
                error=editing.sending.error("add_tags")
            />
        </PartForm>
    }
}
