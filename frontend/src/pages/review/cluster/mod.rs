//! "Near-identical submissions": one cluster of near-duplicates as reviewers work on it. The
//! facts (size, when its members arrived, who sent them, whether it looks like a campaign), the
//! representative's text, every other member with its differences from the representative, and
//! the actions: confirm it as one campaign, split members off, pick another representative, or
//! answer every member at once. Each action answers with the cluster as it now is, which replaces
//! the page's copy.

mod answer;
mod editing;
mod member;

use crate::pages::review::buttons::ActionButton;
use crate::router::use_params_map;
use leptos::prelude::*;
use shared::api::clusters::{ClusterMember, ClusterView};

use super::{alert, failed_load, loading, success, use_reviewer};
use crate::api::review::Reviewer;
use crate::components::list_table::ListTable;
use crate::i18n::{set_page_title, t};
use crate::paths::QUEUE_PAGE;
use answer::AnswerForm;
use editing::ClusterEditing;
use member::{MemberFacts, Members};

/// Where a cluster's page is; the queue and the submission page link here.
pub fn cluster_href(id: i64) -> String {
    format!("/review/clusters/{id}")
}

#[component]
pub fn Cluster() -> impl IntoView {
    let params = use_params_map();
    move || match params.with(|p| p.get("id")).and_then(|id| id.parse::<i64>().ok()).filter(|id| *id > 0) {
        Some(id) => view! { <LoadCluster id /> }.into_any(),
        None => missing(),
    }
}

fn missing() -> AnyView {
    let r = crate::i18n::reviewer();
    view! {
        <div class="usa-section">
            <h1>{r.cluster_title}</h1>
            {alert("usa-alert--warning", r.cluster_not_found.to_owned())}
            <p>
                <a class="usa-link" href=QUEUE_PAGE>
                    {r.back_to_queue}
                </a>
            </p>
        </div>
    }
    .into_any()
}

#[component]
fn LoadCluster(id: i64) -> impl IntoView {
    let r = crate::i18n::reviewer();
    set_page_title(r.cluster_title);
    let reviewer = use_reviewer();
    let found = LocalResource::new({
        let reviewer = reviewer.clone();
        move || {
            let reviewer = reviewer.clone();
            async move { reviewer.cluster(id).await }
        }
    });
    move || match found.get() {
        None => loading(),
        Some(Ok(Some(cluster))) => view! { <Workspace cluster reviewer=reviewer.clone() /> }.into_any(),
        Some(Ok(None)) => missing(),
        Some(Err(failure)) => view! {
            <div class="usa-section">
                <h1>{r.cluster_title}</h1>
                {failed_load(failure)}
            </div>
        }
        .into_any(),
    }
}

#[component]
fn Workspace(cluster: ClusterView, reviewer: Reviewer) -> impl IntoView {
    let r = crate::i18n::reviewer();
    let editing = ClusterEditing::new(cluster, reviewer);
    view! {
        <div class="usa-section portal-submission portal-cluster">
            <h1>{r.cluster_title}</h1>
            <p>
                <a class="usa-link" href=QUEUE_PAGE>
                    {r.back_to_queue}
                </a>
            </p>
            {editing.sending.summary()}
            // Always in the page so that a confirmation is announced when it appears.
            <div role="status" tabindex="-1" node_ref=editing.notice_ref>
                {move || editing.notice.get().map(success)}
            </div>
            <Facts editing />
            <Senders editing />
            <Representative editing />
            <Members editing />
            <AnswerForm editing />
        </div>
    }
}

#[component]
fn Facts(editing: ClusterEditing) -> impl IntoView {
    let m = t();
    let r = crate::i18n::reviewer();
    let confirm = move |_| {
        editing.act(
            |reviewer, id| async move { reviewer.confirm_cluster(id).await },
            move || r.cluster_confirmed_done.to_owned(),
        )
    };
    move || {
        editing.cluster.with(|c| {
            let marked = c.likely_campaign || c.confirmed;
            view! {
                <dl class="portal-facts">
                    <dt>{r.cluster_size}</dt>
                    <dd>{(m.public.thousands)(c.size)}</dd>
                    <dt>{r.cluster_first_at}</dt>
                    <dd>{m.format_rfc3339(&c.first_at)}</dd>
                    <dt>{r.cluster_last_at}</dt>
                    <dd>{m.format_rfc3339(&c.last_at)}</dd>
                    {marked.then(|| view! {
                        <dt>{r.cluster_marks}</dt>
                        <dd>
                            {c.likely_campaign.then(|| view! {
                                <span class="usa-tag portal-tag--campaign">{r.tag_likely_campaign}</span> " "
                                <span class="usa-hint">{r.likely_campaign_explained}</span>
                            })}
                            {c.confirmed.then(|| view! {
                                <span class="display-block">
                                    <span class="usa-tag portal-tag--confirmed">{r.tag_confirmed}</span> " "
                                    <span class="usa-hint">{r.confirmed_explained}</span>
                                </span>
                            })}
                        </dd>
                    })}
                </dl>
                // Once confirmed there is nothing more to confirm.
                {(!c.confirmed).then(|| view! {
                    <div class="portal-actions">
                        <ActionButton busy=editing.sending.busy.into() label=r.cluster_confirm on_click=Callback::new(confirm) />
                    </div>
                })}
            }
        })
    }
}

/// Who sent the members, by entity type.
#[component]
fn Senders(editing: ClusterEditing) -> impl IntoView {
    let m = t();
    let r = crate::i18n::reviewer();
    move || {
        let counts = editing.cluster.with(|c| c.entity_types.clone());
        (!counts.is_empty()).then(|| {
            view! {
                <ListTable
                    caption_id="senders-caption"
                    caption=r.cluster_entities_caption
                    head=vec![r.col_entity_type, r.col_count]
                >
                    {counts
                        .into_iter()
                        .map(|e| {
                            view! {
                                <tr>
                                    <th scope="row">{(m.entity_type)(e.entity_type)}</th>
                                    <td class="portal-number">{(m.public.thousands)(u64::from(e.count))}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </ListTable>
            }
        })
    }
}

#[component]
fn Representative(editing: ClusterEditing) -> impl IntoView {
    let m = t();
    let r = crate::i18n::reviewer();
    view! {
        <section aria-labelledby="representative-heading">
            <h2 id="representative-heading">{r.cluster_representative_heading}</h2>
            {move || {
                let rep: ClusterMember = editing.cluster.with(|c| c.representative.clone());
                view! {
                    <MemberFacts member=rep.clone() with_number=true />
                    <dl class="portal-facts portal-facts--summary">
                        <dt>{m.form_title_field}</dt>
                        <dd>{rep.title}</dd>
                        <dt>{m.form_feedback}</dt>
                        <dd class="portal-pre">{rep.feedback}</dd>
                        {rep.recommendation.map(|v| view! { <dt>{r.recommendation}</dt><dd class="portal-pre">{v}</dd> })}
                    </dl>
                }
            }}
        </section>
    }
}
