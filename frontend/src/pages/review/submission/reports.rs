//! "Filed in my name" reports: someone says a submission was sent in their name. Shown as a
//! warning near the top of the page, so no reviewer publishes or acts on it without seeing them.

use leptos::prelude::*;
use shared::api::review::SubmissionDetail;

use crate::i18n::t;

#[component]
pub fn Reports(detail: RwSignal<SubmissionDetail>) -> impl IntoView {
    let m = t();
    let r = crate::i18n::reviewer();
    move || {
        let reports = detail.with(|d| d.reports.clone());
        (!reports.is_empty()).then(|| {
            view! {
                <section class="usa-alert usa-alert--warning portal-reports" aria-labelledby="reports-heading">
                    <div class="usa-alert__body">
                        <h2 class="usa-alert__heading" id="reports-heading">{r.reports_heading}</h2>
                        <p class="usa-alert__text">{r.reports_lead}</p>
                        <ul class="usa-list usa-list--unstyled">
                            {reports
                                .into_iter()
                                .map(|report| {
                                    let email = report.email.clone();
                                    view! {
                                        <li class="portal-report">
                                            <dl class="portal-facts">
                                                <dt>{r.col_when}</dt>
                                                <dd>{m.format_rfc3339(&report.at)}</dd>
                                                <dt>{r.name}</dt>
                                                <dd>{report.name}</dd>
                                                <dt>{r.email}</dt>
                                                <dd>
                                                    <a class="usa-link" href=format!("mailto:{email}")>
                                                        {report.email}
                                                    </a>
                                                </dd>
                                                <dt>{r.report_explanation}</dt>
                                                <dd class="portal-pre">{report.explanation}</dd>
                                            </dl>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    </div>
                </section>
            }
        })
    }
}
