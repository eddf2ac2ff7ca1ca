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

use std::cell::RefCell;

use serde::{Deserialize, Serialize};
use worker::{console_error, Context, Env};

/// The producer binding (wrangler.toml).
const QUEUE: &str = "ANALYSIS";
/// The most messages a send carries and a consumer batch holds (`max_batch_size` in
/// wrangler.toml); also the size of the batches analysed outside the queue.
pub const BATCH: usize = 100;

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
    for chunk in jobs.chunks(BATCH) {
        if let Err(e) = queue.send_batch(chunk.to_vec()).await {
            console_error!("enqueueing {} analyses failed: {e:?}", chunk.len());
            all = false;
        }
    }
    all
}

/// The jobs written since the last send, and when the send that is draining them started.
/// Isolate-wide: many requests' jobs go in one `send_batch`. Only plain data is shared between
/// requests here; every I/O happens in the context of the request that started the drain.
struct Outgoing {
    jobs: Vec<Job>,
    draining_since: Option<i64>,
}

thread_local! {
    static OUTGOING: RefCell<Outgoing> = const { RefCell::new(Outgoing { jobs: Vec::new(), draining_since: None }) };
}

/// A drain that has not finished after this long is taken as lost (its request's context was
/// cut off); the next write starts another, so jobs never wait behind a dead one.
const DRAIN_LOST_AFTER_MS: i64 = 10_000;
/// How long a drain gathers jobs before each send.
const GATHER_MS: u64 = 10;
/// A drain hands over after this long, so that under a long campaign no request's
/// `wait_until` outlives what the runtime allows it (30 s): the next write starts a new drain.
const DRAIN_FOR_MS: i64 = 5_000;

/// Hands a committed write's jobs to the queue after the answer has gone (`ctx.wait_until`).
///
/// Why after, and why not one send per request: at campaign rates most requests arrive while a
/// send is on its way, so their jobs wait for it and leave together in the next send, one queue
/// round trip for many writes. Nothing depends on the send for safety: the rows are committed,
/// and the sweep enqueues whatever a lost send left behind. If the queue refuses a send (an
/// outage, or the local queue's limits under a load test), the drain analyses those jobs itself,
/// in batches as the consumer does, so they do not wait for the next sweep.
pub fn enqueue_soon(env: &Env, ctx: &Context, jobs: Vec<Job>) {
    let now = crate::clock::now().0;
    let start = OUTGOING.with(|o| {
        let mut o = o.borrow_mut();
        o.jobs.extend(jobs);
        let idle = o.draining_since.is_none_or(|since| now - since > DRAIN_LOST_AFTER_MS);
        if idle {
            o.draining_since = Some(now);
        }
        idle
    });
    if start {
        let env = env.clone();
        ctx.wait_until(async move { drain(&env).await });
    }
}

async fn drain(env: &Env) {
    let started = crate::clock::now().0;
    loop {
        // A moment for the writes arriving now to join this send.
        worker::Delay::from(std::time::Duration::from_millis(GATHER_MS)).await;
        let (jobs, last) = OUTGOING.with(|o| {
            let mut o = o.borrow_mut();
            let jobs = std::mem::take(&mut o.jobs);
            let now = crate::clock::now().0;
            // Done, or handing over: either way the next write starts a drain of its own.
            let last = jobs.is_empty() || now - started > DRAIN_FOR_MS;
            o.draining_since = if last { None } else { Some(now) };
            (jobs, last)
        });
        if !jobs.is_empty() && !enqueue(env, jobs.clone()).await {
            consume::now(env, &jobs).await;
        }
        if last {
            return;
        }
    }
}
