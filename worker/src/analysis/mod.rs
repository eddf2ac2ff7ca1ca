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
use worker::{console_error, Context, Env};

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

/// Enqueues jobs whose rows are committed; false when the queue refused some. A failure is
/// logged, not answered: the row is stored, its receipt stands, and the sweep enqueues it again.
pub async fn enqueue(env: &Env, jobs: Vec<Job>) -> bool {
    if jobs.is_empty() {
        return true;
    }
    let queue = match env.queue(QUEUE) {
        Ok(queue) => queue,
        Err(e) => {
            console_error!("no analysis queue (the sweep will retry): {e:?}");
            return false;
        }
    };
    let mut all = true;
    // A queue takes at most 100 messages a send.
    for chunk in jobs.chunks(100) {
        if let Err(e) = queue.send_batch(chunk.to_vec()).await {
            console_error!("enqueueing {} analyses failed: {e:?}", chunk.len());
            all = false;
        }
    }
    all
}

/// Enqueues a write's jobs; if the queue refuses them (an outage, or an overloaded local queue
/// under a load test), the request analyses them itself after its answer has gone, so they do
/// not wait for the next sweep.
pub async fn enqueue_or_analyse(env: &Env, ctx: &Context, jobs: Vec<Job>) {
    if enqueue(env, jobs.clone()).await {
        return;
    }
    let env = env.clone();
    ctx.wait_until(async move { consume::now(&env, &jobs).await });
}
