//! HTTP handlers of the dashboards. Reviewers get every figure; the public summary withholds any
//! cell of fewer than five responses (computed in `shared::analytics::public_summary`).

use shared::analytics::{benefit_dashboard, public_summary};
use shared::api::analytics::{AnalyticsQuery, BenefitDashboard, FeedbackDashboard};
use shared::api::ApiError;
use shared::stats::{summarize, Summary};
use shared::url::decode_query;
use shared::workflow::Role;
use worker::{Env, Request, Response};

use super::store;
use crate::auth::require;
use crate::error::AppError;
use crate::http::json;
use crate::{clock, surveys};

async fn rounds(db: &worker::D1Database) -> Result<Vec<shared::api::analytics::SurveyRound>, AppError> {
    let now = clock::now();
    Ok(surveys::store::rounds(db).await?.iter().map(|r| r.view(now)).collect())
}

async fn benefits(req: &Request, env: &Env) -> Result<(AnalyticsQuery, BenefitDashboard), AppError> {
    let url = req.url()?;
    let q = AnalyticsQuery::parse(&decode_query(url.query().unwrap_or("")))
        .map_err(|e| AppError::from(ApiError::validation(&e)))?;
    let db = env.d1("DB")?;
    let ratings = store::ratings(&db).await?;
    let metrics = store::metrics(&db).await?;
    let respondents = store::respondents(&db).await?;
    let d = benefit_dashboard(&q, rounds(&db).await?, &ratings, &metrics, &respondents);
    Ok((q, d))
}

/// `GET /api/v1/review/analytics/benefits`.
pub async fn benefit_figures(req: Request, env: &Env) -> Result<Response, AppError> {
    require(&req, env, Role::Reviewer).await?;
    let (_, d) = benefits(&req, env).await?;
    json(200, &d)
}

fn opt(v: Option<f64>) -> String {
    v.map(|x| format!("{x:.4}")).unwrap_or_default()
}

fn summary_cells(s: Option<&Summary>) -> Vec<String> {
    match s {
        Some(s) => vec![
            s.n.to_string(),
            format!("{:.4}", s.mean),
            opt(s.ci_low),
            opt(s.ci_high),
            format!("{:.4}", s.min),
            format!("{:.4}", s.q1),
            format!("{:.4}", s.median),
            format!("{:.4}", s.q3),
            format!("{:.4}", s.max),
        ],
        None => vec![String::new(); 9],
    }
}

const SUMMARY_HEADER: [&str; 9] = ["n", "mean", "ci95_low", "ci95_high", "min", "q1", "median", "q3", "max"];

/// `GET /api/v1/review/analytics/benefits.csv`: the figures the dashboard shows, one row per
/// benefit and measure.
pub async fn benefit_csv(req: Request, env: &Env) -> Result<Response, AppError> {
    require(&req, env, Role::Reviewer).await?;
    let (q, d) = benefits(&req, env).await?;
    let filter = q.to_pairs().iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("&");
    let mut header: Vec<String> = [
        "filter",
        "benefit",
        "measure",
        "responses",
        "used",
        "not_used",
        "not_applicable",
        "share_used",
        "share_ci95_low",
        "share_ci95_high",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    header.extend(SUMMARY_HEADER.iter().map(|s| s.to_string()));
    let mut rows = vec![header];
    for b in &d.benefits {
        let mut value = vec![
            filter.clone(),
            b.benefit.code().to_owned(),
            "value_1_to_5".to_owned(),
            b.responses.to_string(),
            b.used.to_string(),
            b.not_used.to_string(),
            b.not_applicable.to_string(),
            opt(b.share_used),
            opt(b.share_interval.as_ref().map(|i| i.low)),
            opt(b.share_interval.as_ref().map(|i| i.high)),
        ];
        value.extend(summary_cells(b.value.as_ref()));
        rows.push(value);
        for m in &b.metrics {
            let mut row = vec![filter.clone(), b.benefit.code().to_owned(), m.metric.code().to_owned()];
            row.extend(vec![String::new(); 7]);
            row.extend(summary_cells(m.summary.as_ref()));
            rows.push(row);
        }
    }
    for (kind, groups) in [("entity_type", &d.by_entity_type), ("tier", &d.by_tier), ("round", &d.by_round)] {
        for g in groups {
            let mut row = vec![
                filter.clone(),
                g.benefit.code().to_owned(),
                format!("by_{kind}:{}", g.group),
                g.responses.to_string(),
                String::new(),
                String::new(),
                String::new(),
                opt(g.share_used),
                String::new(),
                String::new(),
            ];
            row.extend(vec![
                String::new(),
                opt(g.mean_value),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                opt(g.median_value),
                String::new(),
                String::new(),
            ]);
            rows.push(row);
        }
    }
    crate::http::csv_download("ctpat-benefit-figures", &rows)
}

async fn feedback(env: &Env) -> Result<FeedbackDashboard, AppError> {
    let db = env.d1("DB")?;
    let now = clock::now();
    let by_status = store::by_status(&db).await?;
    Ok(FeedbackDashboard {
        total: by_status.iter().map(|(_, n)| n).sum(),
        by_status,
        volume_by_topic: store::volume(&db, "topic", now).await?,
        volume_by_entity_type: store::volume(&db, "entity_type", now).await?,
        backlog_by_age: store::backlog(&db, now).await?,
        first_response_days: summarize(&store::first_response(&db).await?),
        closure_days: summarize(&store::closure(&db).await?),
        funnel: store::funnel(&db).await?,
    })
}

/// `GET /api/v1/review/analytics/feedback`.
pub async fn feedback_figures(req: Request, env: &Env) -> Result<Response, AppError> {
    require(&req, env, Role::Reviewer).await?;
    json(200, &feedback(env).await?)
}

/// `GET /api/v1/review/analytics/feedback.csv`.
pub async fn feedback_csv(req: Request, env: &Env) -> Result<Response, AppError> {
    require(&req, env, Role::Reviewer).await?;
    let d = feedback(env).await?;
    let mut rows = vec![vec!["figure".to_owned(), "group".to_owned(), "week".to_owned(), "value".to_owned()]];
    let line = |figure: &str, group: &str, week: &str, value: String| {
        vec![figure.to_owned(), group.to_owned(), week.to_owned(), value]
    };
    for (s, n) in &d.by_status {
        rows.push(line("submissions_by_status", s.code(), "", n.to_string()));
    }
    for w in &d.volume_by_topic {
        rows.push(line("weekly_volume_by_topic", &w.group, &w.week, w.count.to_string()));
    }
    for w in &d.volume_by_entity_type {
        rows.push(line("weekly_volume_by_entity_type", &w.group, &w.week, w.count.to_string()));
    }
    for b in &d.backlog_by_age {
        rows.push(line("backlog_by_age_days", &b.days, "", b.count.to_string()));
    }
    for (name, s) in [("days_to_first_response", &d.first_response_days), ("days_to_closure", &d.closure_days)] {
        for (k, v) in SUMMARY_HEADER.iter().zip(summary_cells(s.as_ref())) {
            rows.push(line(name, k, "", v));
        }
    }
    for f in &d.funnel {
        rows.push(line("funnel", f.stage.code(), "", f.count.to_string()));
    }
    crate::http::csv_download("ctpat-feedback-figures", &rows)
}

/// `GET /api/v1/benefits?round=`: the public summary.
pub async fn public(req: Request, env: &Env) -> Result<Response, AppError> {
    let url = req.url()?;
    let q = AnalyticsQuery::parse(&decode_query(url.query().unwrap_or("")))
        .map_err(|e| AppError::from(ApiError::validation(&e)))?;
    if q.entity_type.is_some() || q.tier.is_some() {
        let field = if q.entity_type.is_some() { "entity_type" } else { "tier" };
        return Err(
            ApiError::validation(&[shared::text::FieldError::new(field, shared::text::Problem::UnknownField)]).into()
        );
    }
    let db = env.d1("DB")?;
    let ratings = store::ratings(&db).await?;
    let respondents = store::respondents(&db).await?;
    json(200, &public_summary(rounds(&db).await?, q.round, &ratings, &respondents))
}
