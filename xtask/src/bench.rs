//! `cargo xtask bench`: first-load transfer sizes of the app, and latency and throughput of the
//! API under a bounded loopback load, with every 201 checked against the rows stored.
//!
//! The server is the built worker in Miniflare's Node API (workerd with a local D1), not
//! `wrangler dev`, whose proxy and logging would dominate the figures.

use std::process::Command;
use std::time::{Duration, Instant};

use crate::bench_harness::{percentile_ms, Harness};
use crate::env::{root, scratch};
use crate::http::Conn;
use crate::run::{fail, Result, StepError};

pub fn run() -> Result<()> {
    first_view()?;
    let mut server = Harness::start()?;
    crate::bench_api::writes_and_reads(&mut server)?;
    let cookie = queue_costs(&mut server)?;
    dashboard_costs(&mut server, &cookie)?;
    server.stop();
    Ok(())
}

/// `cargo xtask bench api`: only the writes and reads under load.
pub fn api() -> Result<()> {
    let mut server = Harness::start()?;
    let result = crate::bench_api::writes_and_reads(&mut server);
    server.stop();
    result
}

/// Queue latency and D1 rows read per request as the database grows to 1k, 10k and 100k rows.
/// Returns the bench admin's session cookie.
fn queue_costs(server: &mut Harness) -> Result<String> {
    let cookie = bench_admin(server)?;
    queue_figures(server, &cookie)?;
    Ok(cookie)
}

/// Creates an admin in the harness's database and signs in; returns the session cookie.
fn bench_admin(server: &mut Harness) -> Result<String> {
    let account = crate::accounts::Account {
        email: "bench-admin@example.gov".into(),
        name: "Bench Admin".into(),
        role: shared::workflow::Role::Admin,
        password: crate::accounts::random_password(),
    };
    let sql = crate::accounts::sql(std::slice::from_ref(&account), crate::accounts::now_ms())
        .map_err(|e| StepError { what: e, fix: String::new() })?;
    server.command(&format!("exec {}", sql.trim().trim_end_matches(';')))?;
    let mut conn = Conn::open(server.port).map_err(io)?;
    let body = format!(r#"{{"email":"{}","password":"{}"}}"#, account.email, account.password);
    let reply = conn.request("POST", "/api/v1/session", Some(&body)).map_err(io)?;
    let Some(cookie) = reply.header("Set-Cookie").and_then(|c| c.split(';').next()).map(str::to_owned) else {
        return fail(format!("the bench admin could not sign in ({})", reply.status), "see worker/src/auth");
    };
    Ok(cookie)
}

fn queue_figures(server: &mut Harness, cookie: &str) -> Result<()> {
    println!("Queue (8 connections, 5 s each)        rows    p50 ms    p95 ms   req/s   D1 rows read/request");
    let queries = [
        ("list, newest first", "/api/v1/review/submissions"),
        ("filter status + topic", "/api/v1/review/submissions?status=under_review&topic=validations"),
        ("full-text search", "/api/v1/review/submissions?q=seal+border"),
    ];
    for target in [1_000usize, 10_000, 100_000] {
        let current = server.count()?;
        if current < target {
            server.command(&format!("seed {}", target - current))?;
        }
        let rows = server.count()?;
        for (label, path) in queries {
            let (latencies, read, elapsed) = sample(server.port, path, cookie)?;
            let pct = |p: f64| percentile_ms(&latencies, p);
            let mean_read = if latencies.is_empty() { 0 } else { read / latencies.len() };
            println!(
                "  {label:<30} {rows:>9} {:>9.1} {:>9.1} {:>7.0}   {mean_read}",
                pct(0.5),
                pct(0.95),
                latencies.len() as f64 / elapsed
            );
        }
    }
    Ok(())
}

/// Only the benefit dashboards (`cargo xtask bench dashboards`).
pub fn dashboards() -> Result<()> {
    let mut server = Harness::start()?;
    let cookie = bench_admin(&mut server)?;
    let result = dashboard_costs(&mut server, &cookie);
    server.stop();
    result
}

/// The time to compute the benefit dashboard (and the public summary) with 50,000 survey
/// responses loaded: the figures come from trigger-kept counts, so this should not grow with
/// the responses.
fn dashboard_costs(server: &mut Harness, cookie: &str) -> Result<()> {
    println!("Benefit dashboards (8 connections, 5 s each)   responses    p50 ms    p95 ms   req/s");
    let mut loaded = 0;
    for target in [1_000usize, 50_000] {
        // Responses are generated whole (ids 1..=n), so a larger set includes the smaller.
        let file = scratch().join("bench-survey.sql");
        let now = shared::time::Timestamp(crate::accounts::now_ms());
        let sql = crate::survey_demo::sql(target, now);
        // Only the responses not yet loaded (the rounds are idempotent inserts).
        let rounds = sql.lines().filter(|l| l.starts_with("INSERT INTO survey_rounds"));
        let answers = sql.lines().filter(|l| !l.starts_with("INSERT INTO survey_rounds")).skip(loaded * 2);
        let lines: Vec<&str> = rounds.chain(answers).collect();
        std::fs::write(&file, lines.join("\n")).map_err(|e| StepError { what: e.to_string(), fix: String::new() })?;
        server.command(&format!("execfile {}", file.display()))?;
        loaded = target;
        for (label, path) in [
            ("reviewer dashboard, all", "/api/v1/review/analytics/benefits"),
            ("reviewer dashboard, filtered", "/api/v1/review/analytics/benefits?round=2&entity_type=us_importer"),
            ("public summary", "/api/v1/benefits"),
        ] {
            let (latencies, _, elapsed) = sample(server.port, path, cookie)?;
            let pct = |p: f64| percentile_ms(&latencies, p);
            println!(
                "  {label:<36} {target:>9} {:>9.1} {:>9.1} {:>7.0}",
                pct(0.5),
                pct(0.95),
                latencies.len() as f64 / elapsed
            );
        }
    }
    Ok(())
}

fn io(e: std::io::Error) -> StepError {
    StepError { what: format!("loopback HTTP failed: {e}"), fix: "see the harness output".into() }
}

/// Sorted latencies, total D1 rows read, and the seconds it took, for one GET under 8 connections.
fn sample(port: u16, path: &str, cookie: &str) -> Result<(Vec<Duration>, usize, f64)> {
    let started = Instant::now();
    let threads: Vec<_> = (0..8)
        .map(|_| {
            let (path, cookie) = (path.to_owned(), cookie.to_owned());
            std::thread::spawn(move || {
                let mut out = (Vec::new(), 0usize);
                let Ok(mut conn) = Conn::open(port) else { return out };
                while started.elapsed() < Duration::from_secs(5) {
                    let t = Instant::now();
                    match conn.request_with("GET", &path, None, &[("Cookie", &cookie)]) {
                        Ok(r) if r.status == 200 => {
                            out.0.push(t.elapsed());
                            out.1 += r.header("X-D1-Rows-Read").and_then(|v| v.parse::<usize>().ok()).unwrap_or(0);
                        }
                        _ => match Conn::open(port) {
                            Ok(c) => conn = c,
                            Err(_) => break,
                        },
                    }
                }
                out
            })
        })
        .collect();
    let (mut all, mut read) = (Vec::new(), 0);
    for t in threads {
        let (l, r) = t.join().expect("sample thread");
        all.extend(l);
        read += r;
    }
    all.sort();
    Ok((all, read, started.elapsed().as_secs_f64()))
}

/// The routes whose first view `cargo xtask bench` measures: the public pages a visitor lands
/// on, and the reviewer workspace.
pub const FIRST_VIEW_ROUTES: &[&str] =
    &["/", "/feedback", "/check", "/board", "/survey", "/validation-report", "/review"];

/// `cargo xtask bench first-view`: each route's first visit in Lighthouse (mobile) against
/// `wrangler dev` serving the built portal with the demo data of `cargo xtask dev`, as a
/// newcomer sees it. Prints scores, LCP, TBT and the bytes transferred per route.
pub fn first_view() -> Result<()> {
    let config = crate::wrangler::ServerConfig::fresh("first-view", None);
    crate::demo::load(&config)?;
    let server = crate::wrangler::Server::start(config.clone())?;
    let out = scratch().join("first-view.json");
    println!(
        "First view (Lighthouse 12 mobile: simulated slow 4G, 4x CPU slowdown; bytes of every file the visit fetched)"
    );
    let status = Command::new("node")
        .arg(root().join("xtask/bench/first_view.mjs"))
        .arg(server.url())
        .arg(crate::build::dist())
        .arg(&out)
        .args(FIRST_VIEW_ROUTES)
        .env("CHROME_PATH", crate::tools::CHROMIUM)
        .current_dir(root())
        .status();
    drop(server);
    let _ = std::fs::remove_dir_all(&config.state_dir);
    match status {
        Ok(s) if s.success() => {
            println!("    (every figure and file list: {})", out.display());
            Ok(())
        }
        _ => fail("Lighthouse did not finish", "see its output above; `npm ci` installs it"),
    }
}
