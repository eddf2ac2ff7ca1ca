//! What a feedback submission said, as the facts (`<dt>`/`<dd>` pairs) both its receipt and the
//! reviewer's view of it list in the same words and order.

use leptos::prelude::*;
use shared::api::SubmissionSummary;

use crate::i18n::t;

/// The entity type, CTPAT status, topic (and MSC category), title and feedback of `s`.
pub fn sent_facts(s: &SubmissionSummary) -> impl IntoView {
    let m = t();
    view! {
        <dt>{m.form_entity_type}</dt>
        <dd>{(m.entity_type)(s.entity_type)}</dd>
        <dt>{m.form_ctpat_status}</dt>
        <dd>{(m.ctpat_status)(s.ctpat_status)}</dd>
        <dt>{m.form_topic}</dt>
        <dd>{(m.topic)(s.topic)}</dd>
        {s.msc_category.map(|c| view! { <dt>{m.form_msc_category}</dt><dd>{(m.msc_category)(c)}</dd> })}
        <dt>{m.form_title_field}</dt>
        <dd>{s.title.clone()}</dd>
        <dt>{m.form_feedback}</dt>
        <dd class="portal-pre">{s.feedback.clone()}</dd>
    }
}
