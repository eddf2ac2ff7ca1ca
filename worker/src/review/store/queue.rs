//! The queue's SQL: a page of it, the counts by status, and the export, all from one
//! `QueueQuery` turned into fixed WHERE fragments and bound values (`review::filter`).

use serde::Deserialize;
use shared::api::review::{QueueItem, StatusCount, COUNT_CAP};
use shared::queue::{Cursor, QueueQuery, Sort};
use shared::status::Status;
use shared::taxonomy::{CtpatStatus, EntityType, MscCategory, SubmitterKind, Topic};
use shared::workflow::Priority;
use worker::D1Database;

use super::super::filter::{conditions, page, Search};
use super::user;
use crate::error::AppError;
use crate::sql::{code, num, time, Run};

const QUEUE_COLUMNS: &str = "s.id, s.tracking_number, s.received_at, s.status, s.priority, s.topic, s.msc_category, \
    s.entity_type, s.ctpat_status, s.submitter_kind, s.organization, s.title, s.assignee_id, \
    u.name AS assignee_name, u.email AS assignee_email, s.support_count, s.reports, s.late, s.language, \
    COALESCE(s.cluster_id, s.id) AS cluster_id, COALESCE(cl.size, 1) AS cluster_size, \
    s.analysed_at IS NOT NULL AS analysed, \
    COALESCE(cl.first_at, s.received_at) AS cluster_first, COALESCE(cl.last_at, s.received_at) AS cluster_last, \
    (SELECT group_concat(tag, '|') FROM submission_tags t WHERE t.submission_id = s.id) AS tags";

#[derive(Deserialize)]
pub struct QueueRow {
    id: f64,
    tracking_number: String,
    received_at: f64,
    status: String,
    priority: f64,
    topic: String,
    msc_category: Option<String>,
    entity_type: String,
    ctpat_status: String,
    submitter_kind: String,
    organization: Option<String>,
    title: String,
    assignee_id: Option<f64>,
    assignee_name: Option<String>,
    assignee_email: Option<String>,
    tags: Option<String>,
    support_count: f64,
    reports: f64,
    late: f64,
    language: String,
    cluster_id: f64,
    cluster_size: f64,
    analysed: f64,
    cluster_first: f64,
    cluster_last: f64,
}

fn tags(joined: Option<&str>) -> Vec<String> {
    let mut t: Vec<String> = joined.unwrap_or("").split('|').filter(|t| !t.is_empty()).map(str::to_owned).collect();
    t.sort();
    t
}

impl QueueRow {
    pub fn cursor(&self, sort: Sort) -> Cursor {
        let key = match sort {
            Sort::Priority => self.priority as i64,
            Sort::Support => self.support_count as i64,
            Sort::Newest | Sort::Oldest => 0,
        };
        Cursor { key, received_at: self.received_at as i64, id: self.id as i64 }
    }

    pub fn item(self) -> Result<QueueItem, AppError> {
        Ok(QueueItem {
            received_at: time(self.received_at),
            status: code("status", &self.status, Status::from_code)?,
            priority: Priority::from_rank(self.priority as i64).ok_or_else(|| AppError::internal("bad priority"))?,
            topic: code("topic", &self.topic, Topic::from_code)?,
            msc_category: self.msc_category.as_deref().map(|c| code("msc", c, MscCategory::from_code)).transpose()?,
            entity_type: code("entity_type", &self.entity_type, EntityType::from_code)?,
            ctpat_status: code("ctpat_status", &self.ctpat_status, CtpatStatus::from_code)?,
            submitter_kind: code("submitter_kind", &self.submitter_kind, SubmitterKind::from_code)?,
            organization: self.organization,
            title: self.title,
            assignee: user(self.assignee_id, self.assignee_name, self.assignee_email),
            tags: tags(self.tags.as_deref()),
            tracking_number: self.tracking_number,
            support: self.support_count as u32,
            flagged: self.reports > 0.0,
            late: self.late != 0.0,
            language: self.language,
            cluster: self.cluster_id as i64,
            cluster_size: self.cluster_size as u64,
            analysed: self.analysed != 0.0,
            likely_campaign: shared::api::clusters::likely_campaign(
                self.cluster_size as u64,
                self.cluster_first as i64,
                self.cluster_last as i64,
            ),
        })
    }
}

/// One page of the queue: `limit + 1` rows are read so the caller knows whether more follow.
/// Returns the rows and how many rows D1 read to find them (the cost that grows with the data).
pub async fn queue(db: &D1Database, q: &QueueQuery, me: i64) -> Result<(Vec<QueueRow>, usize), AppError> {
    let mut w = conditions(q, me, true, Search::Join);
    let order = page(q, &mut w);
    w.params.push(num(i64::from(q.limit) + 1));
    let sql = format!(
        "SELECT {QUEUE_COLUMNS} FROM {} LEFT JOIN users u ON u.id = s.assignee_id \
         LEFT JOIN clusters cl ON cl.id = s.cluster_id WHERE {} ORDER BY {order} LIMIT ?",
        w.from, w.sql
    );
    let result = db.prepare(sql).bind(&w.params)?.all().await?;
    let read = result.meta()?.and_then(|m| m.rows_read).unwrap_or(0);
    Ok((result.results::<QueueRow>()?, read))
}

#[derive(Deserialize)]
struct CountRow {
    status: String,
    n: f64,
}

/// Counts per status under the filters other than status, the rows read, and whether the count
/// stopped at `COUNT_CAP`. The unfiltered queue reads the trigger-kept `status_counts` table.
pub async fn counts(db: &D1Database, q: &QueueQuery, me: i64) -> Result<(Vec<StatusCount>, usize, bool), AppError> {
    let unfiltered = QueueQuery { status: None, sort: q.sort, after: None, limit: q.limit, ..QueueQuery::default() };
    let plain = QueueQuery { status: None, after: None, ..q.clone() } == unfiltered;
    let result = if plain {
        db.prepare("SELECT status, n FROM status_counts").all().await?
    } else {
        let w = conditions(q, me, false, Search::Join);
        let sql = format!(
            "SELECT status, COUNT(*) AS n FROM (SELECT s.status AS status FROM {} WHERE {} LIMIT {}) GROUP BY status",
            w.from,
            w.sql,
            COUNT_CAP + 1
        );
        db.prepare(sql).bind(&w.params)?.all().await?
    };
    let read = result.meta()?.and_then(|m| m.rows_read).unwrap_or(0);
    let rows = result.results::<CountRow>()?;
    let mut counts: Vec<StatusCount> = Status::ALL
        .iter()
        .map(|s| StatusCount {
            status: *s,
            count: rows.iter().find(|r| r.status == s.code()).map_or(0, |r| r.n as u32),
        })
        .collect();
    let capped = !plain && counts.iter().map(|c| c.count).sum::<u32>() > COUNT_CAP;
    if capped {
        // The one extra row only told us there are more; do not report it as a count.
        if let Some(c) = counts.iter_mut().rev().find(|c| c.count > 0) {
            c.count -= 1;
        }
    }
    Ok((counts, read, capped))
}

/// Rows for an export: every column, newest first, at most `max + 1` so the caller can refuse
/// an export that would be cut short.
#[derive(Deserialize)]
pub struct ExportRow {
    pub tracking_number: String,
    pub received_at: f64,
    pub status: String,
    pub priority: f64,
    pub topic: String,
    pub msc_category: Option<String>,
    pub entity_type: String,
    pub ctpat_status: String,
    pub submitter_kind: String,
    pub name: Option<String>,
    pub organization: Option<String>,
    pub email: Option<String>,
    pub title: String,
    pub body: String,
    pub recommendation: Option<String>,
    pub may_publish: f64,
    pub assignee_email: Option<String>,
    pub tags: Option<String>,
    pub public_response: Option<String>,
}

pub async fn export(db: &D1Database, q: &QueueQuery, me: i64, max: usize) -> Result<Vec<ExportRow>, AppError> {
    let mut w = conditions(q, me, true, Search::InSet);
    w.params.push(num(max as i64 + 1));
    let sql = format!(
        "SELECT s.tracking_number, s.received_at, s.status, s.priority, s.topic, s.msc_category, s.entity_type, s.ctpat_status, \
         s.submitter_kind, s.name, s.organization, s.email, s.title, s.body, s.recommendation, s.may_publish, \
         u.email AS assignee_email, s.public_response, \
         (SELECT group_concat(tag, '|') FROM submission_tags t WHERE t.submission_id = s.id) AS tags \
         FROM submissions s LEFT JOIN users u ON u.id = s.assignee_id WHERE {} ORDER BY s.received_at DESC, s.id DESC LIMIT ?",
        w.sql
    );
    db.prepare(sql).bind(&w.params)?.rows::<ExportRow>().await
}
