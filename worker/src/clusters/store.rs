//! The SQL of near-duplicate detection. A new submission reads at most `BANDS` × `BUCKET_CAP`
//! band rows and `MAX_CANDIDATES` signatures, whatever the size of the database.

use serde::Deserialize;
use shared::similarity::{bands, decide, keys_to_insert, rank_candidates, BandRow, Signature};
use wasm_bindgen::JsValue;
use worker::{D1Database, D1PreparedStatement};

use crate::error::AppError;
use crate::sql::{num, text};

fn placeholders(from: usize, n: usize) -> String {
    (from..from + n).map(|i| format!("?{i}")).collect::<Vec<_>>().join(", ")
}

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
            .all()
            .await?
            .results::<Hit>()?
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
            .all()
            .await?
            .results::<Candidate>()?
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
