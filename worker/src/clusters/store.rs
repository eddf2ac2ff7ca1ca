//! Every SQL statement about clusters. Placing a new submission reads at most `BANDS` ×
//! `BUCKET_CAP` band rows and `MAX_CANDIDATES` signatures, whatever the size of the database;
//! the reviewers' cluster view and actions read and rewrite one cluster's members.

use serde::Deserialize;
use shared::api::clusters::ClusterMember;
use shared::api::public::EntityCount;
use shared::similarity::{bands, decide, keys_to_insert, rank_candidates, BandRow, Signature};
use shared::status::Status;
use shared::taxonomy::EntityType;
use wasm_bindgen::JsValue;
use worker::{D1Database, D1PreparedStatement};

use crate::error::AppError;
use crate::sql::{code, counts_by_entity_type, num, placeholders, text, time, Run};

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

/// Where a new submission goes, and the statements that put it there (to run in the batch that
/// inserts it, after the insert).
pub struct Placement {
    /// Band rows and signatures read to place it: what `cargo xtask bench` watches stay flat.
    pub rows_read: usize,
    statements: Vec<D1PreparedStatement>,
}

impl Placement {
    pub fn statements(self) -> Vec<D1PreparedStatement> {
        self.statements
    }
}

/// Finds the submission's near-duplicates and prepares its placement. `tracking_number` names
/// the row the same batch inserts first.
pub async fn place(
    db: &D1Database,
    tracking_number: &str,
    signature: &Signature,
    received_at: i64,
) -> Result<Placement, AppError> {
    let keys = bands(signature);
    let hits: Vec<BandRow> = if signature.is_empty() {
        Vec::new()
    } else {
        let sql = format!(
            "SELECT band_key, submission_id, cluster_id FROM lsh_bands WHERE band_key IN ({})",
            placeholders(1, keys.len())
        );
        let params: Vec<JsValue> = keys.iter().map(|k| num(*k as i64)).collect();
        db.prepare(sql)
            .bind(&params)?
            .rows::<Hit>()
            .await?
            .into_iter()
            .map(|h| BandRow { key: h.band_key as u64, doc: h.submission_id as u64, cluster: h.cluster_id as u64 })
            .collect()
    };
    let ranked = rank_candidates(&hits);
    let candidates: Vec<(u64, u64, Signature)> = if ranked.is_empty() {
        Vec::new()
    } else {
        let sql = format!(
            "SELECT id, cluster_id, signature FROM submissions WHERE id IN ({})",
            placeholders(1, ranked.len())
        );
        let params: Vec<JsValue> = ranked.iter().map(|d| num(*d as i64)).collect();
        db.prepare(sql)
            .bind(&params)?
            .rows::<Candidate>()
            .await?
            .into_iter()
            .filter_map(|c| {
                let sig = Signature::from_base64(c.signature.as_deref()?)?;
                Some((c.id as u64, c.cluster_id.unwrap_or(c.id) as u64, sig))
            })
            .collect()
    };
    let rows_read = hits.len() + candidates.len();
    let decision = decide(signature, candidates.iter().map(|(d, c, s)| (*d, *c, s)));
    let own = "(SELECT id FROM submissions WHERE tracking_number = ?1)";
    let tn = text(tracking_number);
    let sig = text(&signature.to_base64());
    let mut statements = Vec::new();
    let insert_bands = |cluster_sql: &str,
                        cluster_key: u64,
                        statements: &mut Vec<D1PreparedStatement>|
     -> Result<(), AppError> {
        let new_keys = if signature.is_empty() { Vec::new() } else { keys_to_insert(&keys, &hits, cluster_key) };
        for k in new_keys {
            statements.push(
                db.prepare(format!(
                    "INSERT OR IGNORE INTO lsh_bands (band_key, cluster_id, submission_id) VALUES (?2, {cluster_sql}, {own})"
                ))
                .bind(&[tn.clone(), num(k as i64)])?,
            );
        }
        Ok(())
    };
    match decision.cluster {
        Some(c) => {
            let cluster = num(c as i64);
            statements.push(
                db.prepare("UPDATE submissions SET signature = ?2, cluster_id = ?3 WHERE tracking_number = ?1")
                    .bind(&[tn.clone(), sig, cluster.clone()])?,
            );
            statements.push(
                db.prepare("UPDATE clusters SET size = size + 1, last_at = MAX(last_at, ?2) WHERE id = ?1")
                    .bind(&[cluster.clone(), num(received_at)])?,
            );
            insert_bands(&format!("{c}"), c, &mut statements)?;
            // A submission that bridges clusters merges them into the oldest: relabel the younger
            // ones' members and band rows, add up their sizes and spans.
            for m in &decision.merge {
                let merged = num(*m as i64);
                statements.push(
                    db.prepare("UPDATE submissions SET cluster_id = ?1 WHERE cluster_id = ?2")
                        .bind(&[cluster.clone(), merged.clone()])?,
                );
                statements.push(
                    db.prepare("UPDATE OR IGNORE lsh_bands SET cluster_id = ?1 WHERE cluster_id = ?2")
                        .bind(&[cluster.clone(), merged.clone()])?,
                );
                statements.push(
                    db.prepare("DELETE FROM lsh_bands WHERE cluster_id = ?1").bind(std::slice::from_ref(&merged))?,
                );
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
        }
        None => {
            statements.push(
                db.prepare("UPDATE submissions SET signature = ?2, cluster_id = id WHERE tracking_number = ?1")
                    .bind(&[tn.clone(), sig])?,
            );
            statements.push(
                db.prepare(
                    "INSERT INTO clusters (id, representative_id, size, first_at, last_at) \
                     SELECT id, id, 1, ?2, ?2 FROM submissions WHERE tracking_number = ?1",
                )
                .bind(&[tn.clone(), num(received_at)])?,
            );
            // No existing row belongs to a cluster that does not exist yet.
            insert_bands(own, u64::MAX, &mut statements)?;
        }
    }
    Ok(Placement { rows_read, statements })
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
