//! The analytics reads. Survey figures come from the trigger-kept count tables (flat cost);
//! feedback figures from grouped reads of `submissions` and `history`.

use serde::Deserialize;
use shared::analytics::{MetricRow, RatingRow, RespondentRow};
use shared::api::analytics::{AgeBucket, FunnelStage, FunnelStep, WeekCount};
use shared::status::Status;
use shared::survey::{Benefit, Metric, Usage};
use shared::taxonomy::{CtpatStatus, EntityType};
use shared::time::Timestamp;
use worker::D1Database;

use crate::error::AppError;
use crate::sql::{code, num, Run};

#[derive(Deserialize)]
struct Rating {
    round_id: f64,
    benefit: String,
    entity_type: String,
    tier: String,
    used: String,
    value: f64,
    n: f64,
}

pub async fn ratings(db: &D1Database) -> Result<Vec<RatingRow>, AppError> {
    let rows = db
        .prepare("SELECT round_id, benefit, entity_type, tier, used, value, n FROM survey_rating_counts")
        .rows::<Rating>()
        .await?;
    rows.into_iter()
        .map(|r| {
            Ok(RatingRow {
                round: r.round_id as i64,
                benefit: code("benefit", &r.benefit, Benefit::from_code)?,
                entity_type: code("entity_type", &r.entity_type, EntityType::from_code)?,
                tier: code("tier", &r.tier, CtpatStatus::from_code)?,
                used: code("used", &r.used, Usage::from_code)?,
                value: (r.value >= 1.0).then_some(r.value as u8),
                n: r.n as u64,
            })
        })
        .collect()
}

#[derive(Deserialize)]
struct MetricCount {
    round_id: f64,
    benefit: String,
    entity_type: String,
    tier: String,
    metric: String,
    value: f64,
    n: f64,
}

pub async fn metrics(db: &D1Database) -> Result<Vec<MetricRow>, AppError> {
    let rows = db
        .prepare("SELECT round_id, benefit, entity_type, tier, metric, value, n FROM survey_metric_counts")
        .rows::<MetricCount>()
        .await?;
    rows.into_iter()
        .map(|r| {
            Ok(MetricRow {
                round: r.round_id as i64,
                benefit: code("benefit", &r.benefit, Benefit::from_code)?,
                entity_type: code("entity_type", &r.entity_type, EntityType::from_code)?,
                tier: code("tier", &r.tier, CtpatStatus::from_code)?,
                metric: code("metric", &r.metric, Metric::from_code)?,
                value: r.value,
                n: r.n as u64,
            })
        })
        .collect()
}

#[derive(Deserialize)]
struct Respondents {
    round_id: f64,
    entity_type: String,
    tier: String,
    n: f64,
}

pub async fn respondents(db: &D1Database) -> Result<Vec<RespondentRow>, AppError> {
    let rows =
        db.prepare("SELECT round_id, entity_type, tier, n FROM survey_respondent_counts").rows::<Respondents>().await?;
    rows.into_iter()
        .map(|r| {
            Ok(RespondentRow {
                round: r.round_id as i64,
                entity_type: code("entity_type", &r.entity_type, EntityType::from_code)?,
                tier: code("tier", &r.tier, CtpatStatus::from_code)?,
                n: r.n as u64,
            })
        })
        .collect()
}

const DAY_MS: i64 = 86_400_000;
const WEEK_MS: i64 = 7 * DAY_MS;
/// The epoch was a Thursday: shifting by three days makes weeks start on Mondays.
const MONDAY_SHIFT_MS: i64 = 3 * DAY_MS;
pub const WEEKS: i64 = 26;

#[derive(Deserialize)]
struct Week {
    w: f64,
    g: String,
    n: f64,
}

/// Submissions per week (Monday to Sunday, UTC) and per `column` over the last 26 weeks.
pub async fn volume(db: &D1Database, column: &'static str, now: Timestamp) -> Result<Vec<WeekCount>, AppError> {
    let since = now.0 - WEEKS * WEEK_MS;
    // `column` is `topic` or `entity_type`, fixed by the caller.
    let sql = format!(
        "SELECT (received_at + {MONDAY_SHIFT_MS}) / {WEEK_MS} AS w, {column} AS g, COUNT(*) AS n FROM submissions \
         WHERE received_at >= ?1 GROUP BY w, g ORDER BY w, g"
    );
    let rows = db.prepare(sql).bind(&[num(since)])?.rows::<Week>().await?;
    Ok(rows
        .into_iter()
        .map(|r| WeekCount {
            week: Timestamp(r.w as i64 * WEEK_MS - MONDAY_SHIFT_MS).date_string(),
            group: r.g,
            count: r.n as u64,
        })
        .collect())
}

#[derive(Deserialize)]
struct Backlog {
    b0: f64,
    b1: f64,
    b2: f64,
    b3: f64,
}

/// Open submissions (received, under review, with the working group) by days waiting.
pub async fn backlog(db: &D1Database, now: Timestamp) -> Result<Vec<AgeBucket>, AppError> {
    let open: Vec<String> = Status::ALL.iter().filter(|s| s.is_open()).map(|s| format!("'{}'", s.code())).collect();
    let sql = format!(
        "SELECT COALESCE(SUM(age <= 7), 0) AS b0, COALESCE(SUM(age > 7 AND age <= 30), 0) AS b1, \
         COALESCE(SUM(age > 30 AND age <= 90), 0) AS b2, COALESCE(SUM(age > 90), 0) AS b3 \
         FROM (SELECT (?1 - received_at) / {DAY_MS} AS age FROM submissions WHERE status IN ({}))",
        open.join(", ")
    );
    let b = db.prepare(sql).bind(&[num(now.0)])?.row::<Backlog>().await?.ok_or_else(|| AppError::internal("no row"))?;
    Ok([("0-7", b.b0), ("8-30", b.b1), ("31-90", b.b2), ("91+", b.b3)]
        .into_iter()
        .map(|(days, n)| AgeBucket { days: days.into(), count: n as u64 })
        .collect())
}

#[derive(Deserialize)]
struct Hours {
    h: f64,
    n: f64,
}

async fn hours(db: &D1Database, sql: &str) -> Result<Vec<(f64, u64)>, AppError> {
    let rows = db.prepare(sql).rows::<Hours>().await?;
    // Hours as days, to two decimals: fine enough, and it groups equal waits together.
    Ok(rows.into_iter().map(|r| (r.h / 24.0, r.n as u64)).collect())
}

/// Days from receipt to the first public response.
pub async fn first_response(db: &D1Database) -> Result<Vec<(f64, u64)>, AppError> {
    hours(
        db,
        "SELECT (public_response_at - received_at) / 3600000 AS h, COUNT(*) AS n FROM submissions \
         WHERE public_response_at IS NOT NULL GROUP BY h",
    )
    .await
}

/// Days from receipt to the first move to `closed`.
pub async fn closure(db: &D1Database) -> Result<Vec<(f64, u64)>, AppError> {
    hours(
        db,
        "SELECT (c.at - s.received_at) / 3600000 AS h, COUNT(*) AS n FROM submissions s \
         JOIN (SELECT submission_id, MIN(at) AS at FROM history WHERE field = 'status' AND new_value = 'closed' GROUP BY submission_id) c \
         ON c.submission_id = s.id GROUP BY h",
    )
    .await
}

#[derive(Deserialize)]
struct Funnel {
    total: f64,
    reviewed: f64,
    decided: f64,
    responded: f64,
    closed: f64,
}

/// How far submissions got (withdrawn ones left out): received, past triage, decided,
/// answered publicly, closed.
pub async fn funnel(db: &D1Database) -> Result<Vec<FunnelStage>, AppError> {
    let f = db
        .prepare(
            "SELECT COUNT(*) AS total, COALESCE(SUM(status <> 'received'), 0) AS reviewed, \
             COALESCE(SUM(status IN ('accepted', 'planned', 'declined', 'duplicate', 'closed')), 0) AS decided, \
             COALESCE(SUM(public_response IS NOT NULL), 0) AS responded, COALESCE(SUM(status = 'closed'), 0) AS closed \
             FROM submissions WHERE status <> 'withdrawn'",
        )
        .row::<Funnel>()
        .await?
        .ok_or_else(|| AppError::internal("no row"))?;
    Ok([
        (FunnelStep::Received, f.total),
        (FunnelStep::Reviewed, f.reviewed),
        (FunnelStep::Decided, f.decided),
        (FunnelStep::Responded, f.responded),
        (FunnelStep::Closed, f.closed),
    ]
    .into_iter()
    .map(|(stage, n)| FunnelStage { stage, count: n as u64 })
    .collect())
}

#[derive(Deserialize)]
struct StatusCount {
    status: String,
    n: f64,
}

pub async fn by_status(db: &D1Database) -> Result<Vec<(Status, u64)>, AppError> {
    let rows = db.prepare("SELECT status, n FROM status_counts").rows::<StatusCount>().await?;
    Ok(Status::ALL.iter().map(|s| (*s, rows.iter().find(|r| r.status == s.code()).map_or(0, |r| r.n as u64))).collect())
}
