//! The benefit dashboard's figures: use and value of each benefit (bar charts with 95%
//! intervals), the numbers partners reported (box plots), breakdowns by entity type and CTPAT
//! status, and the changes between rounds. Each chart comes with its table.

use leptos::prelude::*;
use shared::api::analytics::{BenefitDashboard, BenefitFigures, GroupFigures, RoundChange};
use shared::stats::Summary;
use shared::survey::Metric;
use shared::taxonomy::{CtpatStatus, EntityType};

use super::summary_plot::{summary_plot, SummaryPlot};
use crate::components::charts::{Bar, BarChart, DataTable, Table};
use crate::i18n::t;

/// Share axis: 0% to 100%.
const SHARE_TICKS: [f64; 6] = [0.0, 0.2, 0.4, 0.6, 0.8, 1.0];
/// Value axis: the 1–5 scale.
const VALUE_TICKS: [f64; 5] = [1.0, 2.0, 3.0, 4.0, 5.0];

fn or_na(figure: Option<String>) -> String {
    figure.unwrap_or_else(|| crate::i18n::reviewer().analytics.not_available.to_owned())
}

fn interval_text(low: Option<f64>, high: Option<f64>, format: fn(f64) -> String) -> Option<String> {
    let a = crate::i18n::reviewer().analytics;
    Some((a.range)(&format(low?), &format(high?)))
}

fn benefit_name(f: &BenefitFigures) -> String {
    (t().survey.benefit)(f.benefit).to_owned()
}

#[component]
pub fn BenefitSections(d: BenefitDashboard) -> impl IntoView {
    let a = crate::i18n::reviewer().analytics;
    let answered = d.benefits.iter().any(|f| f.responses > 0);
    let rounds: Vec<(i64, String)> = d.rounds.iter().map(|r| (r.id, r.title.clone())).collect();
    view! {
        <p class="portal-total" role="status">{(a.respondents)(d.respondents)}</p>
        {if answered {
            view! {
                <ShareSection benefits=d.benefits.clone() />
                <ValueSection benefits=d.benefits.clone() />
                <MetricsSection benefits=d.benefits />
                <Breakdowns by_entity_type=d.by_entity_type by_tier=d.by_tier by_round=d.by_round rounds=rounds.clone() />
                <Changes changes=d.round_changes rounds />
            }
                .into_any()
        } else {
            view! { <p>{a.no_answers}</p> }.into_any()
        }}
    }
}

#[component]
fn ShareSection(benefits: Vec<BenefitFigures>) -> impl IntoView {
    let a = crate::i18n::reviewer().analytics;
    let shown: Vec<&BenefitFigures> = benefits.iter().filter(|f| f.share_used.is_some()).collect();
    let share_text = |f: &BenefitFigures| {
        let share = (a.percent)(f.share_used.unwrap_or_default());
        match &f.share_interval {
            Some(i) => (a.with_interval)(&share, &(a.percent)(i.low), &(a.percent)(i.high)),
            None => share,
        }
    };
    let desc =
        (a.chart_desc)(a.share_what, &shown.iter().map(|f| (benefit_name(f), share_text(f))).collect::<Vec<_>>());
    let bars = shown
        .iter()
        .map(|f| Bar {
            label: benefit_name(f),
            value: f.share_used.unwrap_or_default(),
            interval: f.share_interval.as_ref().map(|i| (i.low, i.high)),
            text: (a.percent)(f.share_used.unwrap_or_default()),
        })
        .collect();
    let table = Table {
        id: "share".into(),
        caption: a.share_caption.into(),
        head: [
            a.col_benefit,
            a.col_responses,
            a.col_used,
            a.col_not_used,
            a.col_not_applicable,
            a.col_share,
            a.col_interval,
        ]
        .map(String::from)
        .to_vec(),
        rows: benefits
            .iter()
            .map(|f| {
                vec![
                    benefit_name(f),
                    (a.count)(f.responses),
                    (a.count)(f.used),
                    (a.count)(f.not_used),
                    (a.count)(f.not_applicable),
                    or_na(f.share_used.map(a.percent)),
                    or_na(f.share_interval.as_ref().and_then(|i| interval_text(Some(i.low), Some(i.high), a.percent))),
                ]
            })
            .collect(),
        text_columns: 0,
    };
    view! {
        <section aria-labelledby="share-heading">
            <h2 id="share-heading">{a.share_heading}</h2>
            <BarChart
                id="share-chart".into()
                title=a.share_heading.into()
                desc
                bars
                ticks=SHARE_TICKS.to_vec()
                tick_label=a.percent
                table
            />
        </section>
    }
}

#[component]
fn ValueSection(benefits: Vec<BenefitFigures>) -> impl IntoView {
    let a = crate::i18n::reviewer().analytics;
    let rated: Vec<(&BenefitFigures, &Summary)> =
        benefits.iter().filter_map(|f| f.value.as_ref().map(|v| (f, v))).collect();
    let mean_text = |s: &Summary| match s.ci_low.zip(s.ci_high) {
        Some((low, high)) => (a.with_interval)(&(a.mean)(s.mean), &(a.mean)(low), &(a.mean)(high)),
        None => (a.mean)(s.mean),
    };
    let desc =
        (a.chart_desc)(a.value_what, &rated.iter().map(|(f, s)| (benefit_name(f), mean_text(s))).collect::<Vec<_>>());
    let bars = rated
        .iter()
        .map(|(f, s)| Bar {
            label: benefit_name(f),
            value: s.mean,
            interval: s.ci_low.zip(s.ci_high),
            text: (a.mean)(s.mean),
        })
        .collect();
    let table = Table {
        id: "value".into(),
        caption: a.value_caption.into(),
        head: [a.col_benefit, a.col_ratings, a.col_mean, a.col_mean_interval, a.col_median, a.col_q1, a.col_q3]
            .map(String::from)
            .to_vec(),
        rows: benefits
            .iter()
            .map(|f| match &f.value {
                Some(s) => vec![
                    benefit_name(f),
                    (a.count)(s.n),
                    (a.mean)(s.mean),
                    or_na(interval_text(s.ci_low, s.ci_high, a.mean)),
                    (a.number)(s.median),
                    (a.number)(s.q1),
                    (a.number)(s.q3),
                ],
                None => vec![benefit_name(f), (a.count)(0), a.not_available.into()],
            })
            .collect(),
        text_columns: 0,
    };
    view! {
        <section aria-labelledby="value-heading">
            <h2 id="value-heading">{a.value_heading}</h2>
            <BarChart
                id="value-chart".into()
                title=a.value_heading.into()
                desc
                bars
                ticks=VALUE_TICKS.to_vec()
                tick_label=a.number
                table
            />
        </section>
    }
}

/// One box plot per metric, its rows the benefits with answers: the metrics have different
/// units, so each needs its own axis.
#[component]
fn MetricsSection(benefits: Vec<BenefitFigures>) -> impl IntoView {
    let a = crate::i18n::reviewer().analytics;
    let per_metric: Vec<(Metric, Vec<(String, Summary)>)> = Metric::ALL
        .iter()
        .map(|m| {
            let rows = benefits
                .iter()
                .filter_map(|f| {
                    let s = f.metrics.iter().find(|x| x.metric == *m)?.summary.clone()?;
                    Some((benefit_name(f), s))
                })
                .collect::<Vec<_>>();
            (*m, rows)
        })
        .filter(|(_, rows)| !rows.is_empty())
        .collect();
    let empty = per_metric.is_empty();
    view! {
        <section aria-labelledby="metrics-heading">
            <h2 id="metrics-heading">{a.metrics_heading}</h2>
            {empty.then(|| view! { <p>{a.metrics_none}</p> })}
            {per_metric.into_iter().map(|(metric, rows)| view! { <MetricPlot metric rows /> }).collect_view()}
        </section>
    }
}

#[component]
fn MetricPlot(metric: Metric, rows: Vec<(String, Summary)>) -> impl IntoView {
    let a = crate::i18n::reviewer().analytics;
    let name = (t().survey.metric)(metric);
    let code = metric.code();
    let plot = SummaryPlot {
        id: format!("metric-{code}"),
        name,
        what: (a.metric_what)(name),
        caption: (a.metric_caption)(name),
        head: vec![
            a.col_benefit,
            a.col_answers,
            a.col_mean,
            a.col_mean_interval,
            a.col_min,
            a.col_q1,
            a.col_median,
            a.col_q3,
            a.col_max,
        ],
        cells: |b, s| {
            let a = crate::i18n::reviewer().analytics;
            let mut row = vec![b.to_owned(), (a.count)(s.n), (a.number)(s.mean)];
            row.push(or_na(interval_text(s.ci_low, s.ci_high, a.number)));
            row.extend([s.min, s.q1, s.median, s.q3, s.max].map(a.number));
            row
        },
        value: a.number,
    };
    let heading_id = format!("metric-{code}-heading");
    view! {
        <h3 id=heading_id>{name}</h3>
        {summary_plot(plot, rows)}
    }
}

/// A round's title, by its id.
fn round_title(rounds: &[(i64, String)], id: i64) -> String {
    rounds
        .iter()
        .find(|(r, _)| *r == id)
        .map(|(_, t)| t.clone())
        .unwrap_or_else(|| (crate::i18n::reviewer().analytics.round_number)(id))
}

fn group_rows(groups: &[GroupFigures], label: impl Fn(&str) -> String) -> Vec<Vec<String>> {
    let a = crate::i18n::reviewer().analytics;
    groups
        .iter()
        .map(|g| {
            vec![
                (t().survey.benefit)(g.benefit).to_owned(),
                label(&g.group),
                (a.count)(g.responses),
                or_na(g.share_used.map(a.percent)),
                or_na(g.mean_value.map(a.mean)),
                or_na(g.median_value.map(a.number)),
            ]
        })
        .collect()
}

#[component]
fn Breakdowns(
    by_entity_type: Vec<GroupFigures>,
    by_tier: Vec<GroupFigures>,
    by_round: Vec<GroupFigures>,
    rounds: Vec<(i64, String)>,
) -> impl IntoView {
    let m = t();
    let a = crate::i18n::reviewer().analytics;
    let head = |group: &'static str| {
        [a.col_benefit, group, a.col_responses, a.col_share, a.col_mean, a.col_median].map(String::from).to_vec()
    };
    let entity = Table {
        id: "by-entity-type".into(),
        caption: a.by_entity_caption.into(),
        head: head(a.col_entity_type),
        rows: group_rows(&by_entity_type, |code| {
            EntityType::from_code(code).map(m.entity_type).unwrap_or(code).to_owned()
        }),
        text_columns: 1,
    };
    let tier = Table {
        id: "by-tier".into(),
        caption: a.by_tier_caption.into(),
        head: head(a.col_tier),
        rows: group_rows(&by_tier, |code| CtpatStatus::from_code(code).map(m.ctpat_status).unwrap_or(code).to_owned()),
        text_columns: 1,
    };
    let round = Table {
        id: "by-round".into(),
        caption: a.by_round_caption.into(),
        head: head(a.col_round),
        rows: group_rows(&by_round, |code| match code.parse::<i64>() {
            Ok(id) => round_title(&rounds, id),
            Err(_) => code.to_owned(),
        }),
        text_columns: 1,
    };
    view! {
        <section aria-labelledby="breakdowns-heading">
            <h2 id="breakdowns-heading">{a.breakdowns_heading}</h2>
            <DataTable table=entity />
            <DataTable table=tier />
            <DataTable table=round />
        </section>
    }
}

#[component]
fn Changes(changes: Vec<RoundChange>, rounds: Vec<(i64, String)>) -> impl IntoView {
    let a = crate::i18n::reviewer().analytics;
    let title = |id: i64| round_title(&rounds, id);
    let empty = changes.is_empty();
    let table = Table {
        id: "round-changes".into(),
        caption: a.changes_caption.into(),
        head: [a.col_benefit, a.col_from_round, a.col_to_round, a.col_share_change, a.col_mean_change]
            .map(String::from)
            .to_vec(),
        rows: changes
            .iter()
            .map(|c| {
                vec![
                    (t().survey.benefit)(c.benefit).to_owned(),
                    title(c.from_round),
                    title(c.to_round),
                    or_na(c.share_used_change.map(a.share_change)),
                    or_na(c.mean_value_change.map(a.mean_change)),
                ]
            })
            .collect(),
        text_columns: 2,
    };
    view! {
        <section aria-labelledby="changes-heading">
            <h2 id="changes-heading">{a.changes_heading}</h2>
            {if empty { view! { <p>{a.changes_none}</p> }.into_any() } else { view! { <DataTable table /> }.into_any() }}
        </section>
    }
}
