//! One item of the public board: the published text, CBP's answer ("you said, we did"), its
//! files, who else it matters to, and ways to support it, follow it or report it.

use leptos::prelude::*;
use shared::api::public::PublicItem;

use super::board_support::{SupportItem, SupportTable};
use crate::api;
use crate::components::fetched::{read_by_id, FetchedPage};
use crate::components::follow_form::{FollowByEmail, Followed};
use crate::components::public_response::PublicResponseText;
use crate::i18n::{set_page_title, t};
use crate::paths::BOARD_PAGE;

#[component]
pub fn BoardItem() -> impl IntoView {
    let p = t().public;
    set_page_title(p.board_title);
    view! {
        <FetchedPage
            found=read_by_id(api::public::board_item)
            show=|item| view! { <ItemDetails item /> }.into_any()
            title=p.board_title
            not_found=p.item_not_found
            back=(BOARD_PAGE, p.item_back)
        />
    }
}

#[component]
fn ItemDetails(item: PublicItem) -> impl IntoView {
    let m = t();
    let p = m.public;
    set_page_title(&item.title);
    let id = item.id;
    let counts = RwSignal::new(item.support.clone());
    let topic = match item.msc_category {
        Some(c) => format!("{} — {}", (m.topic)(item.topic), (m.msc_category)(c)),
        None => (m.topic)(item.topic).to_owned(),
    };
    view! {
        <div class="usa-section portal-board-item">
            <p>
                <a class="usa-link" href=BOARD_PAGE>{p.item_back}</a>
            </p>
            <h1>{item.title.clone()}</h1>
            <p class="portal-board__meta">
                <span class="usa-tag">{(m.status)(item.status)}</span>
                {item.public_response.is_some().then(|| view! { <span class="usa-tag portal-tag--responded">{p.board_responded}</span> })}
            </p>
            <dl class="portal-facts">
                <dt>{p.item_number}</dt>
                <dd>{(p.board_item_number)(id)}</dd>
                <dt>{m.receipt_status}</dt>
                <dd>{(m.status)(item.status)}</dd>
                <dt>{m.form_topic}</dt>
                <dd>{topic}</dd>
                <dt>{p.item_entity_type}</dt>
                <dd>{(m.entity_type)(item.entity_type)}</dd>
                {item
                    .consultation
                    .clone()
                    .map(|c| {
                        view! {
                            <dt>{p.receipt_consultation}</dt>
                            <dd>
                                <a class="usa-link" href=format!("/consultations/{}", c.id)>{c.title}</a>
                            </dd>
                        }
                    })}
                <dt>{p.item_received}</dt>
                <dd>{m.format_rfc3339(&item.received_at)}</dd>
                <dt>{p.item_published}</dt>
                <dd>{m.format_rfc3339(&item.published_at)}</dd>
            </dl>
            <h2>{p.item_feedback}</h2>
            <p class="portal-pre">{item.feedback.clone()}</p>
            {item
                .recommendation
                .clone()
                .map(|r| {
                    view! {
                        <h2>{p.item_recommendation}</h2>
                        <p class="portal-pre">{r}</p>
                    }
                })}
            {item.redacted.then(|| view! { <p class="usa-hint">{p.item_redacted}</p> })}
            <h2>{p.item_response_heading}</h2>
            <PublicResponseText response=item.public_response.clone() none=p.item_no_response />
            {(!item.attachments.is_empty())
                .then(|| {
                    view! {
                        <h2>{p.item_attachments}</h2>
                        <ul class="usa-list">
                            {item
                                .attachments
                                .iter()
                                .map(|a| {
                                    view! {
                                        <li>
                                            <a class="usa-link" href=api::public::attachment_href(id, &a.id) download=a.file_name.clone()>
                                                {(p.attachment_entry)(&a.file_name, &(p.file_size)(a.size))}
                                            </a>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                })}
            <h2>{p.item_support_heading}</h2>
            <p class="portal-total" role="status">{move || (p.supporters)(counts.with(|c| c.total))}</p>
            // Campaigns are counted, not listed: the other copies are not on the board.
            {(item.similar > 0).then(|| view! { <p>{(p.similar_submissions)(item.similar)}</p> })}
            <SupportTable counts=counts.into() />
            <SupportItem item=id counts />
            <FollowByEmail followed=Followed::BoardItem(id) />
            <p class="portal-report">
                <a class="usa-link" href=format!("/report?reference={id}")>{p.item_report_link}</a>
            </p>
        </div>
    }
}
