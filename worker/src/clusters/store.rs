//! Every SQL statement about clusters. Placing a new submission reads at most `BANDS` ×
//! `BUCKET_CAP` band rows and `MAX_CANDIDATES` signatures, whatever the size of the database
//! (the queue consumer reads them for a whole batch at once);
//! the reviewers' cluster view and actions read and rewrite one cluster's members.

use serde::Deserialize;
use shared::api::clusters::ClusterMember;
use shared::api::public::EntityCount;
use shared::language::Lang;
use shared::similarity::{BandRow, Placement, Signature};
use shared::status::Status;
use shared::taxonomy::EntityType;
use wasm_bindgen::JsValue;
use worker::{D1Database, D1PreparedStatement};

use crate::error::AppError;
use crate::sql::{code, counts_by_entity_type, num, text, time, Run};

#[derive(Deserialize)]
struct Hit {
    band_key: f64,
    submission_id: f64,
    cluster_id: f64,
}

#[derive(Deserialize)]
struct Candidate {
    id: f64,
    cluster_id: Option<f64>,
    signature: Option<String>,
}

/// A JSON array of numbers, bound as one parameter and read with `json_each`, so a lookup of
/// a whole batch's keys is one statement whatever their number (D1 binds at most 100 values).
fn json_numbers(values: impl IntoIterator<Item = u64>) -> JsValue {
    let list: Vec<String> = values.into_iter().map(|v| v.to_string()).collect();
    text(&format!("[{}]", list.join(",")))
}

/// Every band row stored under any of `keys` (at most `BUCKET_CAP` a key).
pub async fn band_rows(db: &D1Database, keys: &[u64]) -> Result<Vec<BandRow>, AppError> {
    if keys.is_empty() {
        return Ok(Vec::new());
    }
    let rows = db
        .prepare(
            "SELECT band_key, submission_id, cluster_id FROM lsh_bands \
             WHERE band_key IN (SELECT value FROM json_each(?1))",
        )
        .bind(&[json_numbers(keys.iter().copied())])?
        .rows::<Hit>()
        .await?;
    Ok(rows
        .into_iter()
        .map(|h| BandRow { key: h.band_key as u64, doc: h.submission_id as u64, cluster: h.cluster_id as u64 })
        .collect())
}

/// The stored signatures of the candidates (document, current cluster, signature).
pub async fn signatures(db: &D1Database, docs: &[u64]) -> Result<Vec<(u64, u64, Signature)>, AppError> {
    if docs.is_empty() {
        return Ok(Vec::new());
    }
    let rows = db
        .prepare("SELECT id, cluster_id, signature FROM submissions WHERE id IN (SELECT value FROM json_each(?1))")
        .bind(&[json_numbers(docs.iter().copied())])?
        .rows::<Candidate>()
        .await?;
    Ok(rows
        .into_iter()
        .filter_map(|c| {
            let sig = Signature::from_base64(c.signature.as_deref()?)?;
            Some((c.id as u64, c.cluster_id.unwrap_or(c.id) as u64, sig))
        })
        .collect())
}

/// The statements that put one analysed submission where `placement` says: its language and
/// cluster (and `analysed_at`, which the trigger `submissions_analysed_once` guards: a second
/// analysis of a row aborts the whole batch, so no cluster counts a member twice), a new
/// cluster's row, its band rows, and the merges it causes. They run in the consumer's batch, in
/// arrival order, so a cluster started earlier in the same batch exists before a later copy joins
/// it. A member joining an existing cluster is counted by [`grow`] once per batch instead.
pub fn placement(
    db: &D1Database,
    placement: &Placement,
    signature: &Signature,
    language: Lang,
    received_at: i64,
    now: i64,
) -> Result<Vec<D1PreparedStatement>, AppError> {
    let doc = num(placement.doc as i64);
    let cluster = num(placement.cluster as i64);
    let at = num(received_at);
    let mut statements = vec![db
        .prepare(
            "UPDATE submissions SET signature = ?2, cluster_id = ?3, language = ?4, analysed_at = ?5 WHERE id = ?1",
        )
        .bind(&[doc.clone(), text(&signature.to_base64()), cluster.clone(), text(language.tag()), num(now)])?];
    if placement.starts_cluster() {
        statements.push(
            db.prepare(
                "INSERT INTO clusters (id, representative_id, size, first_at, last_at) VALUES (?1, ?1, 1, ?2, ?2)",
            )
            .bind(&[cluster.clone(), at])?,
        );
    }
    if !placement.keys.is_empty() {
        statements.push(
            db.prepare(
                "INSERT OR IGNORE INTO lsh_bands (band_key, cluster_id, submission_id) \
                 SELECT value, ?2, ?3 FROM json_each(?1)",
            )
            .bind(&[json_numbers(placement.keys.iter().copied()), cluster.clone(), doc])?,
        );
    }
    // A submission that bridges clusters merges them into the oldest: relabel the younger ones'
    // members and band rows, add up their sizes and spans.
    for m in &placement.merged {
        let merged = num(*m as i64);
        statements.push(
            db.prepare("UPDATE submissions SET cluster_id = ?1 WHERE cluster_id = ?2")
                .bind(&[cluster.clone(), merged.clone()])?,
        );
        statements.push(
            db.prepare("UPDATE OR IGNORE lsh_bands SET cluster_id = ?1 WHERE cluster_id = ?2")
                .bind(&[cluster.clone(), merged.clone()])?,
        );
        statements.push(db.prepare("DELETE FROM lsh_bands WHERE cluster_id = ?1").bind(std::slice::from_ref(&merged))?);
        statements.push(
            db.prepare(
                "UPDATE clusters SET size = size + COALESCE((SELECT size FROM clusters WHERE id = ?2), 0), \
                 first_at = MIN(first_at, COALESCE((SELECT first_at FROM clusters WHERE id = ?2), first_at)), \
                 last_at = MAX(last_at, COALESCE((SELECT last_at FROM clusters WHERE id = ?2), last_at)) WHERE id = ?1",
            )
            .bind(&[cluster.clone(), merged.clone()])?,
        );
        statements.push(db.prepare("DELETE FROM clusters WHERE id = ?1").bind(&[merged])?);
    }
    Ok(statements)
}

/// `members` more members for a cluster, the last received at `last_at`: the joins of one
/// batch, counted once after its merges (a cluster merged away passes its joins on to the one
/// that absorbed it).
pub fn grow(db: &D1Database, cluster: u64, members: u64, last_at: i64) -> Result<D1PreparedStatement, AppError> {
    Ok(db.prepare("UPDATE clusters SET size = size + ?2, last_at = MAX(last_at, ?3) WHERE id = ?1").bind(&[
        num(cluster as i64),
        num(members as i64),
        num(last_at),
    ])?)
}

/// A cluster's own row: the numbers the view shows and the actions check against.
#[derive(Deserialize)]
pub struct ClusterRow {
    pub id: f64,
    pub representative_id: f64,
    pub size: f64,
    pub first_at: f64,
    pub last_at: f64,
    pub confirmed: f64,
}

/// `None` when there is no such cluster: the caller decides what the client hears.
pub async fn cluster_row(db: &D1Database, id: i64) -> Result<Option<ClusterRow>, AppError> {
    db.prepare("SELECT id, representative_id, size, first_at, last_at, confirmed FROM clusters WHERE id = ?1")
        .bind(&[num(id)])?
        .row::<ClusterRow>()
        .await
}

#[derive(Deserialize)]
struct MemberRow {
    tracking_number: String,
    received_at: f64,
    entity_type: String,
    status: String,
    title: String,
    body: String,
    recommendation: Option<String>,
}

impl MemberRow {
    fn member(self) -> Result<ClusterMember, AppError> {
        Ok(ClusterMember {
            tracking_number: self.tracking_number,
            received_at: time(self.received_at),
            entity_type: code("entity_type", &self.entity_type, EntityType::from_code)?,
            status: code("status", &self.status, Status::from_code)?,
            title: self.title,
            feedback: self.body,
            recommendation: self.recommendation,
        })
    }
}

/// The representative and the other members are read alike, so they show alike.
const MEMBER: &str =
    "SELECT tracking_number, received_at, entity_type, status, title, body, recommendation FROM submissions";

/// The submission a cluster is shown by. Its absence is corruption (a cluster always names
/// one of its members), not something the client asked wrongly.
pub async fn representative(db: &D1Database, submission: i64) -> Result<ClusterMember, AppError> {
    db.prepare(format!("{MEMBER} WHERE id = ?1"))
        .bind(&[num(submission)])?
        .row::<MemberRow>()
        .await?
        .ok_or_else(|| AppError::internal("cluster without its representative"))?
        .member()
}

/// The oldest `limit` members besides the representative: a campaign of thousands must not
/// make the view read them all.
pub async fn members(
    db: &D1Database,
    cluster: i64,
    representative: i64,
    limit: usize,
) -> Result<Vec<ClusterMember>, AppError> {
    db.prepare(format!("{MEMBER} WHERE cluster_id = ?1 AND id <> ?2 ORDER BY received_at, id LIMIT ?3"))
        .bind(&[num(cluster), num(representative), num(limit as i64)])?
        .rows::<MemberRow>()
        .await?
        .into_iter()
        .map(MemberRow::member)
        .collect()
}

/// Who sent the members, counted over all of them: the view lists only the first few.
pub async fn entity_type_counts(db: &D1Database, cluster: i64) -> Result<Vec<EntityCount>, AppError> {
    let members = db
        .prepare(
            "SELECT entity_type, COUNT(*) AS n FROM submissions WHERE cluster_id = ?1 GROUP BY entity_type ORDER BY n DESC, entity_type",
        )
        .bind(&[num(cluster)])?;
    counts_by_entity_type(&members).await
}

/// Marks the cluster one campaign and moves support given to any member onto the
/// representative. A browser that supported several members keeps one support (the duplicates
/// the move would create are dropped), and every member's count is recomputed from what is left.
pub fn confirm_statements(
    db: &D1Database,
    cluster: i64,
    representative: i64,
) -> Result<Vec<D1PreparedStatement>, AppError> {
    let rep = num(representative);
    Ok(vec![
        db.prepare("UPDATE clusters SET confirmed = 1 WHERE id = ?1").bind(&[num(cluster)])?,
        db.prepare(
            "UPDATE OR IGNORE supports SET submission_id = ?2 \
             WHERE submission_id IN (SELECT id FROM submissions WHERE cluster_id = ?1 AND id <> ?2)",
        )
        .bind(&[num(cluster), rep.clone()])?,
        db.prepare("DELETE FROM supports WHERE submission_id IN (SELECT id FROM submissions WHERE cluster_id = ?1 AND id <> ?2)")
            .bind(&[num(cluster), rep])?,
        db.prepare(
            "UPDATE submissions SET support_count = (SELECT COUNT(*) FROM supports p WHERE p.submission_id = submissions.id) \
             WHERE cluster_id = ?1",
        )
        .bind(&[num(cluster)])?,
    ])
}

/// A member as the split and representative actions need it: its id to move it, its time to
/// start a cluster of its own.
#[derive(Deserialize)]
pub struct Member {
    pub id: f64,
    pub received_at: f64,
}

/// `None` when no submission with that tracking number belongs to this cluster, so a number
/// from another cluster cannot be acted on through this one.
pub async fn member(db: &D1Database, cluster: i64, tracking_number: &str) -> Result<Option<Member>, AppError> {
    db.prepare("SELECT id, received_at FROM submissions WHERE tracking_number = ?1 AND cluster_id = ?2")
        .bind(&[text(tracking_number), num(cluster)])?
        .row::<Member>()
        .await
}

/// Each member leaves to be its own cluster again (its id doubles as the cluster's, as for a
/// submission that never matched), then the cluster left behind recounts its size and span.
pub fn split_statements(
    db: &D1Database,
    cluster: i64,
    members: &[Member],
) -> Result<Vec<D1PreparedStatement>, AppError> {
    let mut batch = Vec::new();
    for m in members {
        let mid = num(m.id as i64);
        batch
            .push(db.prepare("UPDATE submissions SET cluster_id = id WHERE id = ?1").bind(std::slice::from_ref(&mid))?);
        batch.push(
            db.prepare(
                "INSERT OR REPLACE INTO clusters (id, representative_id, size, first_at, last_at, confirmed) VALUES (?1, ?1, 1, ?2, ?2, 0)",
            )
            .bind(&[mid, num(m.received_at as i64)])?,
        );
    }
    batch.push(
        db.prepare(
            "UPDATE clusters SET size = (SELECT COUNT(*) FROM submissions WHERE cluster_id = ?1), \
             first_at = (SELECT MIN(received_at) FROM submissions WHERE cluster_id = ?1), \
             last_at = (SELECT MAX(received_at) FROM submissions WHERE cluster_id = ?1) WHERE id = ?1",
        )
        .bind(&[num(cluster)])?,
    );
    Ok(batch)
}

pub fn set_representative(db: &D1Database, cluster: i64, submission: i64) -> Result<D1PreparedStatement, AppError> {
    Ok(db.prepare("UPDATE clusters SET representative_id = ?2 WHERE id = ?1").bind(&[num(cluster), num(submission)])?)
}

/// Every member, oldest first, so answering them all goes in the order they came in.
pub async fn tracking_numbers(db: &D1Database, cluster: i64) -> Result<Vec<String>, AppError> {
    #[derive(Deserialize)]
    struct Tn {
        tracking_number: String,
    }
    Ok(db
        .prepare("SELECT tracking_number FROM submissions WHERE cluster_id = ?1 ORDER BY received_at, id")
        .bind(&[num(cluster)])?
        .rows::<Tn>()
        .await?
        .into_iter()
        .map(|t| t.tracking_number)
        .collect())
}
