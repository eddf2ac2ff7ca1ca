//! "Feedback analytics": submissions per week by topic and by entity type (line charts), the open
//! backlog by age, days to first response and to closure (box plots), and how far submissions
//! got (the status funnel). Each chart comes with its table; the CSV holds the same figures.

use std::collections::{BTreeMap, BTreeSet};

use leptos::prelude::*;
use shared::api::analytics::{FeedbackDashboard, WeekCount, FEEDBACK_ANALYTICS_CSV_PATH};
use shared::axis::nice_ticks;
use shared::stats::Summary;
use shared::taxonomy::{EntityType, Topic};
use shared::time::Timestamp;

use super::dashboard::AnalyticsNav;
use crate::components::charts::{Bar, BarChart, BoxPlot, BoxRow, DataTable, LineChart, Series, Table};
use crate::i18n::{set_page_title, t};
use crate::pages::review::{failed_load, loading, use_reviewer};

/// Lines told apart in one chart; the rest are added up as "All others".
const LINES: usize = 5;
/// A gap of weeks longer than this is not filled in (a bad date should not make 10,000 rows).
const MAX_WEEKS: usize = 520;

#[component]
pub fn FeedbackAnalytics() -> impl IntoView {
    let a = crate::i18n::reviewer().analytics;
    set_page_title(a.feedback_title);
    let reviewer = use_reviewer();
    let dashboard = LocalResource::new(move || {
        let reviewer = reviewer.clone();
        async move { reviewer.feedback_dashboard().await }
    });
    view! {
        <div class="usa-section">
            <h1>{a.feedback_title}</h1>
            <AnalyticsNav />
            <p class="usa-intro">{a.feedback_lead}</p>
            {move || match dashboard.get() {
                None => loading(),
                Some(Err(failure)) => failed_load(failure),
                Some(Ok(d)) => view! { <FeedbackSections d /> }.into_any(),
            }}
        </div>
    }
}

#[component]
fn FeedbackSections(d: FeedbackDashboard) -> impl IntoView {
    let m = t();
    let a = crate::i18n::reviewer().analytics;
    let statuses = Table {
        id: "by-status".into(),
        caption: a.status_caption.into(),
        head: vec![a.col_status.into(), a.col_submissions.into()],
        rows: d.by_status.iter().map(|(s, n)| vec![(m.status)(*s).to_owned(), (a.count)(*n)]).collect(),
        text_columns: 0,
    };
    view! {
        <p class="portal-total">{(a.feedback_total)(d.total)}</p>
        <section aria-labelledby="volume-heading">
            <h2 id="volume-heading">{a.volume_heading}</h2>
            <Volume
                id="topic"
                what=a.volume_topic_what
                caption=a.volume_topic_caption
                group_head=a.col_topic
                counts=d.volume_by_topic
                name=topic_name
            />
            <Volume
                id="entity-type"
                what=a.volume_entity_what
                caption=a.volume_entity_caption
                group_head=a.col_entity_type
                counts=d.volume_by_entity_type
                name=entity_name
            />
        </section>
        <Backlog buckets=d.backlog_by_age />
        <Times first_response=d.first_response_days closure=d.closure_days />
        <Funnel stages=d.funnel />
        <section aria-labelledby="status-heading">
            <h2 id="status-heading">{a.status_caption}</h2>
            <DataTable table=statuses />
        </section>
        <p>
            <a class="usa-link" href=FEEDBACK_ANALYTICS_CSV_PATH download="">
                {a.download_csv}
            </a>
        </p>
    }
}

/// A group code as people read it; an unknown code is shown as it is.
fn topic_name(code: &str) -> String {
    Topic::from_code(code).map(t().topic).unwrap_or(code).to_owned()
}

fn entity_name(code: &str) -> String {
    EntityType::from_code(code).map(t().entity_type).unwrap_or(code).to_owned()
}

/// Every Monday from the first week to the last, so a quiet week shows as zero, not as nothing.
fn weeks(counts: &[WeekCount]) -> Vec<String> {
    let present: BTreeSet<String> = counts.iter().map(|c| c.week.clone()).collect();
    let (Some(first), Some(last)) = (present.first(), present.last()) else {
        return Vec::new();
    };
    let (Some(mut day), Some(end)) = (Timestamp::parse_date(first), Timestamp::parse_date(last)) else {
        return present.into_iter().collect();
    };
    let mut all = Vec::new();
    while day <= end && all.len() < MAX_WEEKS {
        all.push(day.date_string());
        day = day.plus_days(7);
    }
    if all.len() >= MAX_WEEKS {
        return present.into_iter().collect();
    }
    all
}

/// The groups with the most submissions, biggest first, then the rest added up (if any).
fn series(counts: &[WeekCount], weeks: &[String], name: fn(&str) -> String) -> Vec<Series> {
    let mut totals: BTreeMap<&str, u64> = BTreeMap::new();
    for c in counts {
        *totals.entry(c.group.as_str()).or_default() += c.count;
    }
    let mut order: Vec<(&str, u64)> = totals.into_iter().collect();
    order.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(y.0)));
    let values = |keep: &dyn Fn(&str) -> bool| {
        weeks
            .iter()
            .map(|w| counts.iter().filter(|c| &c.week == w && keep(&c.group)).map(|c| c.count as f64).sum())
            .collect::<Vec<f64>>()
    };
    // Six lines fit; a sixth group of its own reads better than "All others" of one.
    let split = if order.len() <= LINES + 1 { order.len() } else { LINES };
    let (top, rest) = order.split_at(split);
    let mut list: Vec<Series> =
        top.iter().map(|(g, _)| Series { label: name(g), values: values(&|x: &str| x == *g) }).collect();
    if !rest.is_empty() {
        let others: Vec<&str> = rest.iter().map(|(g, _)| *g).collect();
        list.push(Series {
            label: crate::i18n::reviewer().analytics.all_others.to_owned(),
            values: values(&|x: &str| others.contains(&x)),
        });
    }
    list
}

#[component]
fn Volume(
    id: &'static str,
    what: &'static str,
    caption: &'static str,
    group_head: &'static str,
    counts: Vec<WeekCount>,
    name: fn(&str) -> String,
) -> impl IntoView {
    let a = crate::i18n::reviewer().analytics;
    let heading_id = format!("volume-{id}-heading");
    if counts.is_empty() {
        return view! {
            <h3 id=heading_id>{what}</h3>
            <p>{a.volume_none}</p>
        }
        .into_any();
    }
    let weeks = weeks(&counts);
    let lines = series(&counts, &weeks, name);
    let total = |s: &Series| s.values.iter().sum::<f64>() as u64;
    let desc = (a.volume_desc)(
        what,
        &(a.week)(weeks.first().map(String::as_str).unwrap_or_default()),
        &(a.week)(weeks.last().map(String::as_str).unwrap_or_default()),
        &lines.iter().map(|s| (s.label.clone(), (a.count)(total(s)))).collect::<Vec<_>>(),
    );
    let mut head = vec![a.col_week.to_owned()];
    head.extend(lines.iter().map(|s| s.label.clone()));
    head.push(a.col_total.to_owned());
    let rows = weeks
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let mut row = vec![(a.week)(w)];
            row.extend(lines.iter().map(|s| (a.count)(s.values[i] as u64)));
            row.push((a.count)(lines.iter().map(|s| s.values[i] as u64).sum()));
            row
        })
        .collect();
    let table = Table { id: format!("volume-{id}"), caption: caption.into(), head, rows, text_columns: 0 };
    // Every group by itself, since the chart adds the smaller ones up.
    let mut totals: BTreeMap<String, u64> = BTreeMap::new();
    for c in &counts {
        *totals.entry(name(&c.group)).or_default() += c.count;
    }
    let mut totals: Vec<(String, u64)> = totals.into_iter().collect();
    totals.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
    let totals_table = Table {
        id: format!("volume-{id}-totals"),
        caption: format!("{}: {}", caption, a.volume_totals_caption),
        head: vec![group_head.to_owned(), a.col_submissions.to_owned()],
        rows: totals.into_iter().map(|(g, n)| vec![g, (a.count)(n)]).collect(),
        text_columns: 0,
    };
    view! {
        <h3 id=heading_id>{what}</h3>
        <LineChart
            id=format!("volume-{id}-chart")
            title=what.to_owned()
            desc
            x_labels=weeks.iter().map(|w| (a.week)(w)).collect()
            series=lines
            tick_label=a.number
            table
        />
        <DataTable table=totals_table />
    }
    .into_any()
}

fn count_ticks(max: u64) -> Vec<f64> {
    nice_ticks(0.0, (max as f64).max(1.0), 5)
}

#[component]
fn Backlog(buckets: Vec<shared::api::analytics::AgeBucket>) -> impl IntoView {
    let a = crate::i18n::reviewer().analytics;
    let items: Vec<(String, u64)> = buckets.iter().map(|b| ((a.age_bucket)(&b.days), b.count)).collect();
    let desc =
        (a.chart_desc)(a.backlog_what, &items.iter().map(|(l, n)| (l.clone(), (a.count)(*n))).collect::<Vec<_>>());
    let ticks = count_ticks(items.iter().map(|(_, n)| *n).max().unwrap_or(0));
    let bars = items
        .iter()
        .map(|(label, n)| Bar { label: label.clone(), value: *n as f64, interval: None, text: (a.count)(*n) })
        .collect();
    let table = Table {
        id: "backlog".into(),
        caption: a.backlog_caption.into(),
        head: vec![a.col_age.into(), a.col_open.into()],
        rows: items.iter().map(|(l, n)| vec![l.clone(), (a.count)(*n)]).collect(),
        text_columns: 0,
    };
    view! {
        <section aria-labelledby="backlog-heading">
            <h2 id="backlog-heading">{a.backlog_heading}</h2>
            <BarChart id="backlog-chart".into() title=a.backlog_heading.into() desc bars ticks tick_label=a.number table />
        </section>
    }
}

#[component]
fn Times(first_response: Option<Summary>, closure: Option<Summary>) -> impl IntoView {
    let a = crate::i18n::reviewer().analytics;
    let measures: Vec<(&'static str, Summary)> = [(a.first_response, first_response), (a.closure, closure)]
        .into_iter()
        .filter_map(|(l, s)| Some((l, s?)))
        .collect();
    if measures.is_empty() {
        return view! {
            <section aria-labelledby="times-heading">
                <h2 id="times-heading">{a.times_heading}</h2>
                <p>{a.times_none}</p>
            </section>
        }
        .into_any();
    }
    let desc = (a.chart_desc)(
        a.times_what,
        &measures.iter().map(|(l, s)| ((*l).to_owned(), (a.distribution)(s, a.days))).collect::<Vec<_>>(),
    );
    let table = Table {
        id: "times".into(),
        caption: a.times_caption.into(),
        head: [a.col_measure, a.col_submissions, a.col_mean, a.col_min, a.col_q1, a.col_median, a.col_q3, a.col_max]
            .map(String::from)
            .to_vec(),
        rows: measures
            .iter()
            .map(|(l, s)| {
                vec![
                    (*l).to_owned(),
                    (a.count)(s.n),
                    (a.days)(s.mean),
                    (a.days)(s.min),
                    (a.days)(s.q1),
                    (a.days)(s.median),
                    (a.days)(s.q3),
                    (a.days)(s.max),
                ]
            })
            .collect(),
        text_columns: 0,
    };
    let sentences = measures.iter().map(|(l, s)| view! { <p>{(a.days_sentence)(l, s)}</p> }).collect_view();
    let rows = measures
        .into_iter()
        .map(|(l, s)| BoxRow { label: l.to_owned(), text: (a.days)(s.median), summary: s })
        .collect();
    view! {
        <section aria-labelledby="times-heading">
            <h2 id="times-heading">{a.times_heading}</h2>
            {sentences}
            <BoxPlot id="times-chart".into() title=a.times_heading.into() desc rows tick_label=a.number table />
        </section>
    }
    .into_any()
}

#[component]
fn Funnel(stages: Vec<shared::api::analytics::FunnelStage>) -> impl IntoView {
    let a = crate::i18n::reviewer().analytics;
    let received = stages.first().map(|s| s.count).unwrap_or(0);
    let share = |n: u64| (received > 0).then(|| n as f64 / received as f64);
    let items: Vec<(String, u64)> = stages.iter().map(|s| ((a.funnel_step)(s.stage).to_owned(), s.count)).collect();
    let desc =
        (a.chart_desc)(a.funnel_what, &items.iter().map(|(l, n)| (l.clone(), (a.count)(*n))).collect::<Vec<_>>());
    let ticks = count_ticks(items.iter().map(|(_, n)| *n).max().unwrap_or(0));
    let bars = items
        .iter()
        .map(|(label, n)| Bar { label: label.clone(), value: *n as f64, interval: None, text: (a.count)(*n) })
        .collect();
    let table = Table {
        id: "funnel".into(),
        caption: a.funnel_caption.into(),
        head: vec![a.col_stage.into(), a.col_submissions.into(), a.col_share_of_received.into()],
        rows: items
            .iter()
            .map(|(l, n)| {
                vec![l.clone(), (a.count)(*n), share(*n).map(a.percent).unwrap_or_else(|| a.not_available.to_owned())]
            })
            .collect(),
        text_columns: 0,
    };
    view! {
        <section aria-labelledby="funnel-heading">
            <h2 id="funnel-heading">{a.funnel_heading}</h2>
            <BarChart id="funnel-chart".into() title=a.funnel_heading.into() desc bars ticks tick_label=a.number table />
        </section>
    }
}
