//! The queue consumer: analyses a batch of stored submissions with one read of the band index
//! and one D1 batch for all their writes.

use std::collections::{BTreeMap, BTreeSet};

use shared::language::{self, Lang};
use shared::similarity::{rank_candidates, ClusterIndex, Placement, Signature};
use worker::{console_error, D1Database, Env, MessageBatch};

use super::{enqueue, store, Job, BATCH};
use crate::clusters;
use crate::error::AppError;

/// How long a stored submission may wait before the sweep enqueues it again: longer than a
/// batch normally waits in the queue, so the sweep rarely repeats a message still on its way
/// (a repeat would be harmless, only wasted).
pub const SWEEP_AFTER_MS: i64 = 15_000;
/// After a batch smaller than the largest the queue delivers (`max_batch_size` in
/// wrangler.toml), the queue held nothing more: a row still waiting after this long is not on its
/// way but lost (a crash took its message), so the sweep after such a batch takes it at once
/// instead of waiting `SWEEP_AFTER_MS`. A repeat, should the guess be wrong, changes nothing.
const SWEEP_AFTER_QUIET_MS: i64 = 5_000;
/// The most a sweep enqueues at once; the next sweep takes the rest.
const SWEEP_LIMIT: usize = 500;

/// `#[event(queue)]`: analyses every submission the batch names, then delivers the emails the
/// writes queued. On a failure the whole batch is retried (after `max_retries`, the messages go
/// to the dead-letter queue and the sweep picks their rows up again).
pub async fn batch(batch: MessageBatch<Job>, env: &Env) {
    let mut jobs = Vec::new();
    for message in batch.iter() {
        match message {
            Ok(m) => jobs.push(m.into_body()),
            // A body this worker cannot read would fail every retry: drop it, keep the rest.
            Err(e) => console_error!("unreadable analysis message dropped: {e:?}"),
        }
    }
    let tracking_numbers: Vec<String> = jobs.iter().map(|j| j.tracking_number.clone()).collect();
    match analyse(env, &tracking_numbers).await {
        Ok(()) => batch.ack_all(),
        Err(e) => {
            console_error!("analysis of {} submissions failed, retrying: {e:?}", jobs.len());
            batch.retry_all();
            return;
        }
    }
    if jobs.iter().any(|j| j.email) {
        if let Err(e) = crate::notify::deliver(env).await {
            console_error!("email delivery failed (the cron retries it): {e:?}");
        }
    }
    let waited = if jobs.len() < BATCH { SWEEP_AFTER_QUIET_MS } else { SWEEP_AFTER_MS };
    if let Err(e) = sweep_after(env, waited).await {
        console_error!("analysis sweep failed: {e:?}");
    }
}

/// Analyses jobs outside the queue (its fallback) and delivers their emails.
pub async fn now(env: &Env, jobs: &[Job]) {
    // In batches the size of the consumer's, for the same bound on each D1 batch.
    for chunk in jobs.chunks(BATCH) {
        let tracking_numbers: Vec<String> = chunk.iter().map(|j| j.tracking_number.clone()).collect();
        if let Err(e) = analyse(env, &tracking_numbers).await {
            console_error!("analysis of {} submissions failed (the sweep retries it): {e:?}", chunk.len());
        }
    }
    if jobs.iter().any(|j| j.email) {
        if let Err(e) = crate::notify::deliver(env).await {
            console_error!("email delivery failed (the cron retries it): {e:?}");
        }
    }
}

/// Enqueues again what was stored but not analysed for a while (cron, and after each batch).
pub async fn sweep(env: &Env) -> Result<(), AppError> {
    sweep_after(env, SWEEP_AFTER_MS).await
}

async fn sweep_after(env: &Env, waited_ms: i64) -> Result<(), AppError> {
    let db = env.d1("DB")?;
    let waiting = store::waiting(&db, crate::clock::now().0 - waited_ms, SWEEP_LIMIT).await?;
    let jobs: Vec<Job> = waiting.iter().map(|tn| Job::new(tn, false)).collect();
    // A queue that refuses the sweep too would leave them waiting: analyse them here instead.
    if !enqueue(env, jobs.clone()).await {
        now(env, &jobs).await;
    }
    Ok(())
}

async fn analyse(env: &Env, tracking_numbers: &[String]) -> Result<(), AppError> {
    let db = env.d1("DB")?;
    // A batch that lost a race with another consumer is planned again without the rows the
    // other one analysed (the trigger refused it whole, so nothing of it was written).
    for _ in 0..3 {
        match place(&db, tracking_numbers).await {
            Err(AppError::Internal(e)) if e.contains("submission already analysed") => continue,
            other => return other,
        }
    }
    Err(AppError::internal("analysis kept racing with another consumer"))
}

async fn place(db: &D1Database, tracking_numbers: &[String]) -> Result<(), AppError> {
    let rows = store::pending(db, tracking_numbers).await?;
    if rows.is_empty() {
        return Ok(());
    }
    let analysed: Vec<(Signature, Lang)> = rows
        .iter()
        .map(|r| {
            let text = r.text();
            (Signature::of_text(&text), language::detect(&text, r.page_language()))
        })
        .collect();

    // What D1 holds for the batch's keys, then the signatures those rows point at.
    let keys: BTreeSet<u64> = analysed.iter().flat_map(|(s, _)| shared::similarity::bands(s)).collect();
    let keys: Vec<u64> = keys.into_iter().collect();
    let mut index = ClusterIndex::new();
    index.seed_rows(clusters::store::band_rows(db, &keys).await?);
    let candidates: BTreeSet<u64> = analysed.iter().flat_map(|(s, _)| rank_candidates(&index.hits(s))).collect();
    let candidates: Vec<u64> = candidates.into_iter().collect();
    for (doc, cluster, signature) in clusters::store::signatures(db, &candidates).await? {
        index.seed_document(doc, cluster, signature);
    }

    // In arrival order, so a copy later in the batch finds one placed earlier in it.
    let now = crate::clock::now().0;
    let mut statements = Vec::new();
    let mut joins = Joins::default();
    for (row, (signature, lang)) in rows.iter().zip(analysed) {
        let placement = index.place(row.id as u64, signature.clone());
        let received_at = row.received_at as i64;
        statements.extend(clusters::store::placement(db, &placement, &signature, lang, received_at, now)?);
        joins.record(&placement, received_at);
    }
    for (cluster, (members, last_at)) in joins.per_cluster() {
        statements.push(clusters::store::grow(db, cluster, members, last_at)?);
    }
    db.batch(statements).await?;
    Ok(())
}

/// The members a batch adds to clusters that existed before it, counted once per cluster: a
/// campaign's batch of a hundred copies is one `UPDATE clusters`, not a hundred.
#[derive(Default)]
struct Joins {
    /// cluster → (members joined, latest received_at)
    joined: BTreeMap<u64, (u64, i64)>,
    /// merged cluster → the cluster that absorbed it, in this batch
    absorbed_by: BTreeMap<u64, u64>,
}

impl Joins {
    fn record(&mut self, placement: &Placement, received_at: i64) {
        for m in &placement.merged {
            self.absorbed_by.insert(*m, placement.cluster);
        }
        if !placement.starts_cluster() {
            let entry = self.joined.entry(placement.cluster).or_insert((0, received_at));
            entry.0 += 1;
            entry.1 = entry.1.max(received_at);
        }
    }

    /// The joins by the cluster each ended up in after the batch's merges.
    fn per_cluster(&self) -> BTreeMap<u64, (u64, i64)> {
        let mut out: BTreeMap<u64, (u64, i64)> = BTreeMap::new();
        for (&cluster, &(members, last_at)) in &self.joined {
            let mut end = cluster;
            // Merges only go from younger to older clusters, so the chain ends.
            while let Some(&next) = self.absorbed_by.get(&end) {
                end = next;
            }
            let entry = out.entry(end).or_insert((0, last_at));
            entry.0 += members;
            entry.1 = entry.1.max(last_at);
        }
        out
    }
}
