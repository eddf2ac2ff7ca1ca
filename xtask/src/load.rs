//! `cargo xtask load`: the portal under a flash crowd, then under a crash.
//!
//! Both phases run the real `wrangler dev` (workerd, local D1) on loopback, on a fresh state,
//! with the production configuration, rate limits included. A flash crowd is many people: each
//! submission comes from its own client address (`CF-Connecting-IP`, the header Cloudflare sets
//! in production and the worker reads), so the per-address limit of 10 a minute holds for each
//! of them and does not hide the server's own capacity. Clients behave as the portal's form does: every submission carries an
//! `Idempotency-Key`, and a request that gets no answer (or a 5xx) is sent again with the same
//! key until it gets one.
//!
//! 1. Load: `CONNECTIONS` keep-alive connections send anonymous submissions and receipt reads
//!    (1 : 2) for `--seconds` (60). Printed: throughput, p50/p99 per kind, errors by kind.
//! 2. Crash: the same load, and half-way through every process of the server gets SIGKILL;
//!    it is restarted on the same state directory and the clients carry on.
//!
//! After each phase: every stored submission is analysed and placed in a cluster by the queue
//! consumer (after the crash too: the sweep finds what the dead server's queue lost), every
//! receipt issued reads back (200, its own title), and every submission that got a 201 is stored
//! exactly once (a row count by title in D1, read once the server is idle). Any mismatch fails
//! the command.

use std::collections::{BTreeMap, HashMap};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::bench_harness::{percentile_ms, tracking_number};
use crate::http::Conn;
use crate::run::{fail, Result};
use crate::wrangler::{Server, ServerConfig};

const CONNECTIONS: usize = 16;

/// What one phase measured.
#[derive(Default)]
struct Tally {
    submit: Vec<Duration>,
    read: Vec<Duration>,
    /// Errors by kind (`HTTP 500`, `connection refused`…); retried requests count once per try.
    errors: BTreeMap<String, usize>,
    /// 201s answered from the store (`Idempotent-Replayed`): a retry of a request the server had
    /// committed before its answer was lost.
    replayed: usize,
}

/// The run's shared record: idempotency key → (title, tracking number) of each 201.
type Issued = Arc<Mutex<HashMap<String, (String, String)>>>;

pub fn run(args: &[String]) -> Result<()> {
    let mut seconds = 60u64;
    let mut iter = args.iter();
    while let Some(a) = iter.next() {
        match (a.as_str(), iter.next().and_then(|n| n.parse().ok())) {
            ("--seconds", Some(n)) if n >= 4 => seconds = n,
            _ => return fail(format!("unknown arguments {args:?}"), "usage: cargo xtask load [--seconds N]"),
        }
    }
    let phase = Duration::from_secs(seconds);
    let run_id = format!("{:x}", crate::accounts::now_ms());
    println!("Load: {CONNECTIONS} connections, {seconds} s, submissions : receipt reads = 1 : 2, on 127.0.0.1");
    let mut failures = Vec::new();
    for crash in [false, true] {
        let label = if crash { "crash" } else { "load" };
        let config = ServerConfig::fresh(label, None);
        crate::wrangler::migrate(&config)?;
        let server = Server::start(config.clone())?;
        let issued: Issued = Arc::default();
        let (tally, server) = drive(server, phase, crash, &format!("{run_id}-{label}"), &issued)?;
        let load_ended = Instant::now();
        report(label, phase, &tally, issued.lock().expect("lock").len());
        if let Err(problem) = placed(&server, load_ended, &format!("{run_id}-{label}")) {
            failures.push(format!("{label}: {problem}"));
        }
        if let Err(problem) = verify(&server, &issued, &format!("Load {run_id}-{label} ")) {
            failures.push(format!("{label}: {problem}"));
        }
        drop(server);
        let _ = std::fs::remove_dir_all(&config.state_dir);
    }
    if failures.is_empty() {
        Ok(())
    } else {
        fail(failures.join("; "), "a 201 must mean stored exactly once, crash or not")
    }
}

fn submission(title: &str) -> String {
    format!(
        r#"{{"submitter_kind":"anonymous","entity_type":"us_importer","ctpat_status":"tier_3","topic":"communications","title":"{title}","feedback":"Portal notices are easy to miss when they come by email only; {title} of the load test."}}"#
    )
}

/// Runs the clients for `phase`; with `crash`, kills and restarts the server half-way.
fn drive(mut server: Server, phase: Duration, crash: bool, run: &str, issued: &Issued) -> Result<(Tally, Server)> {
    let port = server.config.port;
    let started = Instant::now();
    let next = Arc::new(AtomicUsize::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let workers: Vec<_> = (0..CONNECTIONS)
        .map(|w| {
            let (next, stop, issued, run) = (next.clone(), stop.clone(), issued.clone(), run.to_owned());
            std::thread::spawn(move || client(w, port, &run, &next, &stop, &issued))
        })
        .collect();
    if crash {
        std::thread::sleep(phase / 2);
        let config = server.crash();
        let down = Instant::now();
        println!(
            "  SIGKILL to workerd and wrangler at {:.1} s; restarting on the same state",
            started.elapsed().as_secs_f64()
        );
        server = Server::start(config)?;
        println!("  healthy again after {:.1} s", down.elapsed().as_secs_f64());
    }
    std::thread::sleep(phase.saturating_sub(started.elapsed()));
    stop.store(true, Ordering::Relaxed);
    let mut tally = Tally::default();
    for w in workers {
        let t = w.join().expect("client thread");
        tally.submit.extend(t.submit);
        tally.read.extend(t.read);
        tally.replayed += t.replayed;
        for (k, n) in t.errors {
            *tally.errors.entry(k).or_default() += n;
        }
    }
    Ok((tally, server))
}

/// One client: a keep-alive connection, reopened when it breaks.
fn client(w: usize, port: u16, run: &str, next: &AtomicUsize, stop: &AtomicBool, issued: &Issued) -> Tally {
    let mut tally = Tally::default();
    let mut conn: Option<Conn> = None;
    let mut rng = 0x9e37_79b9_7f4a_7c15u64 ^ (w as u64) << 32;
    while !stop.load(Ordering::Relaxed) {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        let known: Option<String> = if rng.is_multiple_of(3) {
            None
        } else {
            let issued = issued.lock().expect("lock");
            (!issued.is_empty())
                .then(|| issued.values().nth(rng as usize % issued.len()).map(|v| v.1.clone()))
                .flatten()
        };
        match known {
            Some(number) => {
                let t = Instant::now();
                match send(&mut conn, port, "GET", &format!("/api/v1/receipts/{number}"), None, &[]) {
                    Ok((200, _, _)) => tally.read.push(t.elapsed()),
                    Ok((status, _, _)) => *tally.errors.entry(format!("read: HTTP {status}")).or_default() += 1,
                    Err(kind) => *tally.errors.entry(format!("read: {kind}")).or_default() += 1,
                }
            }
            None => {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let key = format!("load-{run}-{i}");
                let title = format!("Load {run} {i}");
                let body = submission(&title);
                let address = format!("10.{}.{}.{}", (i >> 16) & 255, (i >> 8) & 255, i & 255);
                // Sent again with the same key until answered: even past the end of the phase,
                // so no submission is left not knowing whether it was stored.
                let deadline = Instant::now() + Duration::from_secs(60);
                loop {
                    let t = Instant::now();
                    match send(
                        &mut conn,
                        port,
                        "POST",
                        "/api/v1/submissions",
                        Some(&body),
                        &[("Idempotency-Key", &key), ("CF-Connecting-IP", &address)],
                    ) {
                        Ok((201, reply, replayed)) => {
                            tally.submit.push(t.elapsed());
                            tally.replayed += usize::from(replayed);
                            if let Some(n) = tracking_number(&reply) {
                                let mut issued = issued.lock().expect("lock");
                                let previous = issued.insert(key.clone(), (title.clone(), n.clone()));
                                if previous.is_some_and(|(_, p)| p != n) {
                                    *tally.errors.entry("DUPLICATE RECEIPT".into()).or_default() += 1;
                                }
                            }
                            break;
                        }
                        Ok((status, _, _)) if status < 500 => {
                            *tally.errors.entry(format!("submit: HTTP {status}")).or_default() += 1;
                            break;
                        }
                        Ok((status, _, _)) => *tally.errors.entry(format!("submit: HTTP {status}")).or_default() += 1,
                        Err(kind) => *tally.errors.entry(format!("submit: {kind}")).or_default() += 1,
                    }
                    if Instant::now() > deadline {
                        *tally.errors.entry("submit: gave up after 60 s".into()).or_default() += 1;
                        break;
                    }
                    std::thread::sleep(Duration::from_millis(100));
                }
            }
        }
    }
    tally
}

/// One exchange; a broken connection is dropped (the next call reconnects) and reported by kind.
fn send(
    conn: &mut Option<Conn>,
    port: u16,
    method: &str,
    path: &str,
    body: Option<&str>,
    headers: &[(&str, &str)],
) -> std::result::Result<(u16, Vec<u8>, bool), String> {
    if conn.is_none() {
        *conn = Some(Conn::open(port).map_err(|e| format!("connect: {:?}", e.kind()))?);
    }
    let c = conn.as_mut().expect("connected");
    match c.request_with(method, path, body, headers) {
        Ok(reply) => {
            let replayed = reply.header("Idempotent-Replayed") == Some("true");
            Ok((reply.status, reply.body, replayed))
        }
        Err(e) => {
            *conn = None;
            Err(format!("{:?}", e.kind()))
        }
    }
}

fn report(label: &str, phase: Duration, tally: &Tally, issued: usize) {
    let secs = phase.as_secs_f64();
    let total = tally.submit.len() + tally.read.len();
    println!("{label}: {:.0} requests/s answered in all", total as f64 / secs);
    for (kind, latencies) in [("submissions (201)", &tally.submit), ("receipt reads (200)", &tally.read)] {
        let mut ms = latencies.clone();
        ms.sort();
        println!(
            "  {kind:<20} {:>7} ok  {:>6.1}/s   p50 {:>7.1} ms   p99 {:>7.1} ms",
            ms.len(),
            ms.len() as f64 / secs,
            percentile_ms(&ms, 0.50),
            percentile_ms(&ms, 0.99)
        );
    }
    let errors: usize = tally.errors.values().sum();
    println!("  errors {errors} {:?}", tally.errors);
    println!(
        "  receipts issued: {issued}, of which {} to a retry of a request stored before its answer was lost",
        tally.replayed
    );
}

/// Every stored submission is analysed (language, cluster) by the queue consumer, also the ones
/// whose queue message died with a crashed server: the sweep re-enqueues those once they have
/// waited `SWEEP_AFTER_MS` (15 s). In production the minute's cron runs the sweep; `wrangler
/// dev` cannot run a worker's cron when it serves static assets (workers-sdk #9882), so here,
/// once the sweep would take them, one new submission every 2 s sets off a consumer batch,
/// after which the sweep runs, as any new feedback would.
fn placed(server: &Server, load_ended: Instant, run: &str) -> std::result::Result<(), String> {
    let count = |sql: &str| -> std::result::Result<u64, String> {
        let rows = crate::wrangler::query(&server.config, sql).map_err(|e| e.to_string())?;
        Ok(rows[0]["n"].as_u64().unwrap_or(u64::MAX))
    };
    let pending_sql = "SELECT COUNT(*) AS n FROM submissions WHERE analysed_at IS NULL";
    let mut pending = count(pending_sql)?;
    let mut pokes = 0;
    let mut conn = None;
    while pending > 0 && load_ended.elapsed() < Duration::from_secs(90) {
        std::thread::sleep(Duration::from_secs(2));
        if load_ended.elapsed() > Duration::from_secs(16) {
            let body = submission(&format!("Sweep {run} {pokes}"));
            let key = format!("sweep-{run}-{pokes}");
            if matches!(
                send(
                    &mut conn,
                    server.config.port,
                    "POST",
                    "/api/v1/submissions",
                    Some(&body),
                    &[("Idempotency-Key", &key)]
                ),
                Ok((201, _, _))
            ) {
                pokes += 1;
            }
        }
        pending = count(pending_sql)?;
    }
    let stored = count("SELECT COUNT(*) AS n FROM submissions")?;
    let unclustered = count("SELECT COUNT(*) AS n FROM submissions WHERE cluster_id IS NULL")?;
    println!(
        "  analysed {} of {stored} stored submissions {:.1} s after the load's end{}; without a cluster: {unclustered}",
        stored - pending,
        load_ended.elapsed().as_secs_f64(),
        if pokes > 0 { format!(" (the sweep set off by {pokes} new submissions)") } else { String::new() }
    );
    if pending > 0 || unclustered > 0 {
        return Err(format!("{pending} stored submissions were never analysed, {unclustered} have no cluster"));
    }
    Ok(())
}

/// Every receipt reads back with its own title; every 201 is one row.
fn verify(server: &Server, issued: &Issued, prefix: &str) -> std::result::Result<(), String> {
    let issued: Vec<(String, String)> = issued.lock().expect("lock").values().cloned().collect();
    let mut unreadable = 0;
    let mut conn = None;
    for (title, number) in &issued {
        let ok = (0..3).any(|_| {
            matches!(send(&mut conn, server.config.port, "GET", &format!("/api/v1/receipts/{number}"), None, &[]),
                Ok((200, body, _)) if String::from_utf8_lossy(&body).contains(&format!("\"title\":\"{title}\"")))
        });
        unreadable += usize::from(!ok);
    }
    let sql = format!(
        "SELECT COUNT(*) AS n, COUNT(DISTINCT title) AS distinct_titles FROM submissions WHERE title LIKE '{}%'",
        prefix.replace('\'', "''")
    );
    let rows = crate::wrangler::query(&server.config, &sql).map_err(|e| e.to_string())?;
    let n = rows[0]["n"].as_u64().unwrap_or(u64::MAX) as usize;
    let distinct = rows[0]["distinct_titles"].as_u64().unwrap_or(u64::MAX) as usize;
    println!(
        "  read back {} of {} receipts; rows stored {n}, distinct titles {distinct} — {}",
        issued.len() - unreadable,
        issued.len(),
        if unreadable == 0 && n == issued.len() && distinct == n {
            "every 201 stored exactly once"
        } else {
            "MISMATCH"
        }
    );
    if issued.is_empty() {
        return Err("no submission got a receipt".into());
    }
    if unreadable > 0 {
        return Err(format!("{unreadable} issued receipts could not be read back"));
    }
    if n != distinct {
        return Err(format!("{} submissions are stored twice", n - distinct));
    }
    if n != issued.len() {
        return Err(format!("{} receipts were issued but {n} rows are stored", issued.len()));
    }
    Ok(())
}
