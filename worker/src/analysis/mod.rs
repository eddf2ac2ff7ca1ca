//! Analysis after the receipt. A public write stores its row and answers; what can wait — the
//! language the text is written in, its near-duplicate signature and cluster, and sending the
//! emails the write queued — is done by the consumer of a Cloudflare Queue a moment later
//! (`[[queues.consumers]]` in wrangler.toml), in batches.
//!
//! Nothing is lost between the two: a row is stored with `analysed_at` NULL, and the sweep
//! (cron, and after each consumer batch) enqueues again whatever stayed NULL, so a crash between
//! the insert and the enqueue, or a message that went to the dead-letter queue, is analysed
//! later. The consumer skips rows already analysed, so a message delivered twice (queues are at
//! least once) changes nothing.

pub mod consume;
pub mod store;

use serde::{Deserialize, Serialize};
use worker::{console_error, Env};

/// The producer binding (wrangler.toml).
const QUEUE: &str = "ANALYSIS";

/// One queue message: a stored submission to analyse.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Job {
    pub tracking_number: String,
    /// The write queued an email: the consumer delivers the outbox after the batch.
    #[serde(default)]
    pub email: bool,
}

impl Job {
    pub fn new(tracking_number: &str, email: bool) -> Job {
        Job { tracking_number: tracking_number.to_owned(), email }
    }
}

/// Enqueues jobs whose rows are committed. A failure is logged, not answered: the row is stored,
/// its receipt stands, and the sweep enqueues it again.
pub async fn enqueue(env: &Env, jobs: Vec<Job>) {
    if jobs.is_empty() {
        return;
    }
    let sent = match env.queue(QUEUE) {
        Ok(queue) => queue.send_batch(jobs).await,
        Err(e) => Err(e),
    };
    if let Err(e) = sent {
        console_error!("enqueueing analysis failed (the sweep will retry): {e:?}");
    }
}
