//! `cargo xtask bench`: first-load transfer sizes of the app, and latency and throughput of the
//! API under a bounded loopback load, with every 201 checked against the rows stored.
//!
//! The server is the built worker in Miniflare's Node API (workerd with a local D1), not
//! `wrangler dev`, whose proxy and logging would dominate the figures.

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::env::{root, scratch};
use crate::http::{free_port, get_status, Conn};
use crate::run::{fail, signal_group, Result, StepError};

const CONNECTIONS: usize = 32;
const PHASE: Duration = Duration::from_secs(15);

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

fn node_harness() -> Command {
    let mut c = Command::new("node");
    c.arg(root().join("xtask/bench/harness.mjs")).current_dir(root());
    c
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

/// Runs `request` on `CONNECTIONS` keep-alive connections for `PHASE`; prints throughput and
/// latency percentiles; returns the number of 201 answers.
/// What one load phase measured.
pub(crate) struct Figures {
    pub(crate) label: String,
    pub(crate) rate: f64,
    pub(crate) p99: f64,
    pub(crate) errors: usize,
    pub(crate) created: usize,
}

pub(crate) fn load<F>(label: &str, port: u16, request: F) -> Result<Figures>
where
    F: Fn(&mut Conn, usize) -> std::io::Result<u16> + Send + Sync + 'static,
{
    load_for(label, port, PHASE, request)
}

pub(crate) fn load_for<F>(label: &str, port: u16, phase: Duration, request: F) -> Result<Figures>
where
    F: Fn(&mut Conn, usize) -> std::io::Result<u16> + Send + Sync + 'static,
{
    let request = Arc::new(request);
    let counter = Arc::new(AtomicUsize::new(0));
    let started = Instant::now();
    let workers: Vec<_> = (0..CONNECTIONS)
        .map(|_| {
            let (request, counter) = (request.clone(), counter.clone());
            std::thread::spawn(move || {
                let mut latencies = Vec::new();
                let mut created = 0usize;
                let mut errors = std::collections::BTreeMap::<String, usize>::new();
                let mut conn = Conn::open(port).ok();
                while started.elapsed() < phase {
                    let i = counter.fetch_add(1, Ordering::Relaxed);
                    let t = Instant::now();
                    // The server may close an idle keep-alive connection between two requests:
                    // reconnect and send the same request again (POSTs carry an Idempotency-Key).
                    let mut result = Err(std::io::Error::other("no connection"));
                    for _attempt in 0..3 {
                        if conn.is_none() {
                            conn = Conn::open(port).ok();
                        }
                        result = match conn.as_mut() {
                            Some(c) => request(c, i),
                            None => Err(std::io::Error::other("no connection")),
                        };
                        if result.is_ok() {
                            break;
                        }
                        conn = None;
                        *errors.entry("reconnected".into()).or_default() += 1;
                    }
                    match result {
                        Ok(status) if status < 400 => {
                            latencies.push(t.elapsed());
                            created += usize::from(status == 201);
                        }
                        Ok(status) => *errors.entry(format!("HTTP {status}")).or_default() += 1,
                        Err(e) => *errors.entry(format!("failed: {:?}", e.kind())).or_default() += 1,
                    }
                }
                (latencies, created, errors)
            })
        })
        .collect();
    let (mut all, mut created, mut errors) = (Vec::new(), 0, std::collections::BTreeMap::<String, usize>::new());
    for w in workers {
        let (l, c, e) = w.join().expect("load thread");
        all.extend(l);
        created += c;
        for (k, n) in e {
            *errors.entry(k).or_default() += n;
        }
    }
    let reconnects = errors.remove("reconnected").unwrap_or(0);
    let error_count: usize = errors.values().sum();
    let elapsed = started.elapsed().as_secs_f64();
    all.sort();
    let pct = |p: f64| percentile_ms(&all, p);
    println!(
        "{label:<32} {:>7.0} req/s   p50 {:>6.1} ms   p99 {:>6.1} ms   ok {}   errors {error_count} {errors:?}   reconnects {reconnects}   ({CONNECTIONS} connections, {:.0} s)",
        all.len() as f64 / elapsed,
        pct(0.50),
        pct(0.99),
        all.len(),
        elapsed
    );
    Ok(Figures {
        label: label.to_owned(),
        rate: all.len() as f64 / elapsed,
        p99: pct(0.99),
        errors: error_count,
        created,
    })
}

/// The `p` quantile of sorted latencies (the sample at rank `len × p`, rounded down), in
/// milliseconds; 0 for no samples.
pub(crate) fn percentile_ms(sorted: &[Duration], p: f64) -> f64 {
    sorted
        .get(((sorted.len() as f64 * p) as usize).min(sorted.len().saturating_sub(1)))
        .map_or(0.0, |d| d.as_secs_f64() * 1000.0)
}

/// The tracking number in a submission's `201` body.
pub(crate) fn tracking_number(body: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(body).ok()?;
    text.split("\"tracking_number\":\"").nth(1)?.split('"').next().map(str::to_owned)
}

/// The Node harness serving the worker in Miniflare.
pub(crate) struct Harness {
    pub(crate) child: Child,
    pub(crate) stdin: ChildStdin,
    pub(crate) stdout: BufReader<ChildStdout>,
    pub(crate) port: u16,
    pub(crate) state: std::path::PathBuf,
}

impl Harness {
    fn start() -> Result<Harness> {
        let port = free_port();
        let state = scratch().join(format!("bench-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&state);
        let mut c = node_harness();
        c.arg("serve").arg(port.to_string()).arg(&state);
        crate::env::offline(&mut c);
        use std::os::unix::process::CommandExt;
        let mut child = match c.stdin(Stdio::piped()).stdout(Stdio::piped()).process_group(0).spawn() {
            Ok(child) => child,
            Err(e) => return fail(format!("could not start the bench harness: {e}"), "run `npm ci`"),
        };
        let stdin = child.stdin.take().expect("piped");
        let mut stdout = BufReader::new(child.stdout.take().expect("piped"));
        let mut line = String::new();
        let _ = stdout.read_line(&mut line);
        if !line.contains("ready") || get_status(port, "/api/health") != Some(200) {
            signal_group(child.id(), "KILL");
            return fail(
                format!("the Miniflare harness did not start: {line}"),
                "run `cargo xtask build`, then try again",
            );
        }
        println!("Server: the built worker in Miniflare (workerd, local D1) on 127.0.0.1:{port}");
        Ok(Harness { child, stdin, stdout, port, state })
    }

    /// Sends one line to the harness and returns its one-line answer.
    fn command(&mut self, line: &str) -> Result<String> {
        let _ = writeln!(self.stdin, "{line}");
        let mut answer = String::new();
        let _ = self.stdout.read_line(&mut answer);
        if answer.trim().is_empty() {
            return fail(
                format!("the harness did not answer `{}`", line.chars().take(40).collect::<String>()),
                "see xtask/bench/harness.mjs",
            );
        }
        Ok(answer)
    }

    pub(crate) fn count(&mut self) -> Result<usize> {
        self.number("count")
    }

    /// Stored submissions not yet analysed.
    pub(crate) fn pending(&mut self) -> Result<usize> {
        self.number("pending")
    }

    fn number(&mut self, command: &str) -> Result<usize> {
        let _ = writeln!(self.stdin, "{command}");
        let mut line = String::new();
        let _ = self.stdout.read_line(&mut line);
        match line.split("\"count\":").nth(1).and_then(|r| r.trim_end_matches(['}', '\n']).trim().parse().ok()) {
            Some(n) => Ok(n),
            None => fail(format!("unexpected answer from the harness: {line}"), "see xtask/bench/harness.mjs"),
        }
    }

    fn stop(mut self) {
        let _ = writeln!(self.stdin, "quit");
        std::thread::sleep(Duration::from_millis(500));
        signal_group(self.child.id(), "KILL");
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.state);
    }
}
