//! `cargo xtask bench api`: the public writes and reads under load, each as a ratio to the
//! health ceiling measured in the same run on the same server, and the time until the queue
//! consumer has analysed every submission of a write phase.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::bench_harness::{load, load_for, tracking_number, Harness};
use crate::run::{fail, Result};

/// The API under load, each phase as a ratio to the ceiling measured in the same run on the same
/// server: the health check (one D1 query), creating feedback with distinct texts and with one
/// campaign's near-identical copies, reading receipts and the board; then the time until the
/// queue consumer has analysed (placed in its cluster) every submission the load stored.
pub(crate) fn writes_and_reads(server: &mut Harness) -> Result<()> {
    let port = server.port;
    // A server that has just started compiles and caches as it goes: warm it up first, so the
    // ceiling is not measured cold while every later phase runs warm.
    load_for("GET /api/health (warm-up, not counted)", port, Duration::from_secs(3), |conn, _| {
        Ok(conn.request("GET", "/api/health", None)?.status)
    })?;
    let ceiling =
        load("GET /api/health (ceiling)", port, |conn, _| Ok(conn.request("GET", "/api/health", None)?.status))?;
    let numbers = Arc::new(Mutex::new(Vec::new()));
    let create = |label: &str, phase: &'static str, text: fn(usize) -> String, numbers: Arc<Mutex<Vec<String>>>| {
        let run = std::process::id();
        load(label, port, move |conn, i| {
            let body = text(i);
            // Keyed, so that a retry after a dropped connection cannot store twice.
            let key = format!("bench-{run}-{phase}-{i}");
            let reply = conn.request_with("POST", "/api/v1/submissions", Some(&body), &[("Idempotency-Key", &key)])?;
            if reply.status == 201 {
                if let Some(n) = tracking_number(&reply.body) {
                    numbers.lock().expect("lock").push(n);
                }
            }
            Ok(reply.status)
        })
    };
    // Each write phase is followed by the wait for its analysis, so the next phase is not
    // measured while the consumer still works through the previous one's backlog.
    let distinct =
        create("POST submissions (distinct texts)", "distinct", crate::load_bodies::distinct, numbers.clone())?;
    let mut pending = analysed(server)?;
    let campaign =
        create("POST submissions (one campaign)", "campaign", crate::load_bodies::campaign, numbers.clone())?;
    pending += analysed(server)?;
    let created = distinct.created + campaign.created;
    let stored = server.count()?;
    println!(
        "    201s: {created}, rows stored: {stored} — {}",
        if created == stored { "every 201 is stored exactly once" } else { "MISMATCH" }
    );
    let numbers = Arc::new(numbers.lock().expect("lock").clone());
    if numbers.is_empty() {
        return fail("no submission was created", "see the errors above");
    }
    let receipts = load("GET /api/v1/receipts/{n}", port, move |conn, i| {
        let n = &numbers[i % numbers.len()];
        Ok(conn.request("GET", &format!("/api/v1/receipts/{n}"), None)?.status)
    })?;
    let board = load("GET /api/v1/board", port, |conn, _| Ok(conn.request("GET", "/api/v1/board", None)?.status))?;
    // The ceiling's own p99 is the machine's tail (load generator and server share 2 cores).
    println!("Ratio to the ceiling ({:.0} req/s, p99 {:.1} ms):", ceiling.rate, ceiling.p99);
    for f in [&distinct, &campaign, &receipts, &board] {
        println!(
            "    {:<34} {:>5.0}%   p99 {:>6.1} ms ({:.1}× the ceiling's)   errors {}",
            f.label,
            100.0 * f.rate / ceiling.rate,
            f.p99,
            f.p99 / ceiling.p99.max(0.001),
            f.errors
        );
    }
    if created != stored {
        return fail(
            format!("{created} submissions got a 201 but {stored} rows are stored"),
            "a 201 must mean a stored row",
        );
    }
    if pending > 0 {
        return fail(format!("{pending} stored submissions were never analysed"), "see the consumer's errors above");
    }
    Ok(())
}

/// Waits until the queue consumer has analysed every stored submission (at most 2 minutes);
/// prints how long that took after the load's end and returns how many are still waiting.
fn analysed(server: &mut Harness) -> Result<usize> {
    let load_ended = Instant::now();
    let mut pending = server.pending()?;
    while pending > 0 && load_ended.elapsed() < Duration::from_secs(120) {
        std::thread::sleep(Duration::from_millis(250));
        pending = server.pending()?;
    }
    println!(
        "    every stored submission analysed (language, cluster) {:.1} s after this load's end{}",
        load_ended.elapsed().as_secs_f64(),
        if pending == 0 { String::new() } else { format!(" — NOT {pending} of them: see the server's log") }
    );
    Ok(pending)
}
