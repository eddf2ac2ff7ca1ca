//! The members of a cluster besides its representative, each shown as its differences from the
//! representative so a reviewer sees at a glance what a sender changed in a form letter; a tick
//! per member for "Split selected from this cluster", and "Make representative" per member.

use leptos::prelude::*;
use shared::api::clusters::{ClusterMember, ClusterRepresentative, ClusterSplit};
use shared::similarity::{diff_words, DiffKind};

use super::editing::ClusterEditing;
use crate::i18n::t;
use crate::pages::review::buttons::ActionButton;
use crate::pages::review::general;

fn submission_href(number: &str) -> String {
    format!("/review/submissions/{number}")
}

/// When it arrived, where it is in the workflow and who sent it; with its tracking number when
/// no heading already names it.
#[component]
pub fn MemberFacts(member: ClusterMember, #[prop(optional)] with_number: bool) -> impl IntoView {
    let m = t();
    let r = crate::i18n::reviewer();
    let number = member.tracking_number;
    view! {
        <dl class="portal-facts">
            {with_number.then(|| view! {
                <dt>{r.col_tracking_number}</dt>
                <dd>
                    <a class="usa-link portal-tracking-number" href=submission_href(&number)>
                        {number.clone()}
                    </a>
                </dd>
            })}
            <dt>{m.receipt_received}</dt>
            <dd>{m.format_rfc3339(&member.received_at)}</dd>
            <dt>{r.col_status}</dt>
            <dd>{(m.status)(member.status)}</dd>
            <dt>{r.col_entity_type}</dt>
            <dd>{(m.entity_type)(member.entity_type)}</dd>
        </dl>
    }
}

/// `member` as changes to `representative`: removed words in `<del>`, added ones in `<ins>`.
/// Struck through and underlined (not only coloured), and each change starts with a visually
/// hidden "removed:" or "added:", since most screen readers do not announce the elements.
pub fn diff_view(representative: &str, member: &str) -> AnyView {
    let r = crate::i18n::reviewer();
    let parts = diff_words(representative, member);
    let same = parts.iter().all(|p| p.kind == DiffKind::Same);
    let text = parts
        .into_iter()
        .map(|part| match part.kind {
            DiffKind::Same => part.text.into_any(),
            DiffKind::Removed => view! {
                <del class="portal-diff__removed">
                    <span class="usa-sr-only">{r.diff_removed} " "</span>
                    {part.text}
                </del>
            }
            .into_any(),
            DiffKind::Added => view! {
                <ins class="portal-diff__added">
                    <span class="usa-sr-only">{r.diff_added} " "</span>
                    {part.text}
                </ins>
            }
            .into_any(),
        })
        .collect_view();
    view! {
        <span class="portal-pre">{text}</span>
        {same.then(|| view! { <span class="display-block usa-hint">{r.diff_same_text}</span> })}
    }
    .into_any()
}

#[component]
pub fn Members(editing: ClusterEditing) -> impl IntoView {
    let r = crate::i18n::reviewer();
    let split = move |_| {
        let tracking_numbers: Vec<String> = editing.selected.with_untracked(|s| s.iter().cloned().collect());
        if tracking_numbers.is_empty() {
            editing.sending.fail(vec![general(r.cluster_split_none)]);
            return;
        }
        let count = tracking_numbers.len();
        editing.act(
            move |reviewer, id| async move { reviewer.split_cluster(id, &ClusterSplit { tracking_numbers }).await },
            move || (r.cluster_split_done)(count),
        );
    };
    view! {
        <section aria-labelledby="members-heading">
            <h2 id="members-heading">{r.cluster_members_heading}</h2>
            {move || {
                let (representative, members, size) =
                    editing.cluster.with(|c| (c.representative.clone(), c.members.clone(), c.size));
                if members.is_empty() {
                    return view! { <p>{r.cluster_members_none}</p> }.into_any();
                }
                // The view lists at most CLUSTER_MEMBERS_SHOWN members; say so when some are left out.
                let others = size.saturating_sub(1);
                let shown = (others > members.len() as u64)
                    .then(|| view! { <p class="usa-hint">{(r.cluster_members_shown)(members.len(), others)}</p> });
                view! {
                    <p class="usa-hint">{r.cluster_diff_hint}</p>
                    {shown}
                    <ul class="usa-list usa-list--unstyled portal-cluster-members">
                        {members
                            .into_iter()
                            .map(|member| view! { <Member member representative=representative.clone() editing /> })
                            .collect_view()}
                    </ul>
                    <div class="portal-actions">
                        <ActionButton busy=editing.sending.busy.into() label=r.cluster_split on_click=Callback::new(split) />
                    </div>
                }
                    .into_any()
            }}
        </section>
    }
}

#[component]
fn Member(member: ClusterMember, representative: ClusterMember, editing: ClusterEditing) -> impl IntoView {
    let m = t();
    let r = crate::i18n::reviewer();
    let number = member.tracking_number.clone();
    let checkbox_id = format!("cluster-select-{number}");
    let ticked = {
        let number = number.clone();
        move || editing.selected.with(|s| s.contains(&number))
    };
    let tick = {
        let number = number.clone();
        move |ev| {
            let on = event_target_checked(&ev);
            editing.selected.update(|s| {
                if on {
                    s.insert(number.clone());
                } else {
                    s.remove(&number);
                }
            })
        }
    };
    let promote = {
        let number = number.clone();
        move |_| {
            let tracking_number = number.clone();
            let done = number.clone();
            editing.act(
                move |reviewer, id| async move {
                    reviewer.set_cluster_representative(id, &ClusterRepresentative { tracking_number }).await
                },
                move || (r.cluster_representative_done)(&done),
            );
        }
    };
    let recommendation = (member.recommendation.is_some() || representative.recommendation.is_some()).then(|| {
        let (rep, mine) = (
            representative.recommendation.clone().unwrap_or_default(),
            member.recommendation.clone().unwrap_or_default(),
        );
        view! { <dt>{r.recommendation}</dt><dd>{diff_view(&rep, &mine)}</dd> }
    });
    view! {
        <li class="portal-cluster-member">
            <h3>
                <a class="usa-link portal-tracking-number" href=submission_href(&number)>
                    {number.clone()}
                </a>
            </h3>
            <MemberFacts member=member.clone() />
            <dl class="portal-facts portal-facts--summary">
                <dt>{m.form_title_field}</dt>
                <dd>{diff_view(&representative.title, &member.title)}</dd>
                <dt>{m.form_feedback}</dt>
                <dd>{diff_view(&representative.feedback, &member.feedback)}</dd>
                {recommendation}
            </dl>
            <div class="portal-cluster-member__actions">
                <div class="usa-checkbox">
                    <input class="usa-checkbox__input" id=checkbox_id.clone() type="checkbox" prop:checked=ticked on:change=tick />
                    <label class="usa-checkbox__label" for=checkbox_id>
                        {(r.select_row)(&number)}
                    </label>
                </div>
                <button
                    type="button"
                    class="usa-button usa-button--outline"
                    aria-disabled=move || editing.sending.busy.get().then_some("true")
                    on:click=promote
                >
                    {r.cluster_make_representative}
                    <span class="usa-sr-only">{(r.cluster_for_member)(&number)}</span>
                </button>
            </div>
        </li>
    }
}
