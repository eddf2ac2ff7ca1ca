//! What every `cargo xtask bench` phase that loads the API shares: the Node harness serving the
//! built worker in Miniflare, and the load generator (keep-alive connections on loopback).

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::env::{root, scratch};
use crate::http::{free_port, get_status, Conn};
use crate::run::{fail, signal_group, Result};

const CONNECTIONS: usize = 32;
const PHASE: Duration = Duration::from_secs(15);

fn node_harness() -> Command {
    let mut c = Command::new("node");
    c.arg(root().join("xtask/bench/harness.mjs")).current_dir(root());
    c
}

/// What one load phase measured.
pub(crate) struct Figures {
    pub(crate) label: String,
    pub(crate) rate: f64,
    pub(crate) p99: f64,
    pub(crate) errors: usize,
    pub(crate) created: usize,
}

/// Runs `request` on `CONNECTIONS` keep-alive connections for `PHASE`; prints throughput and
/// latency percentiles.
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
    pub(crate) fn start() -> Result<Harness> {
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
    pub(crate) fn command(&mut self, line: &str) -> Result<String> {
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

    pub(crate) fn number(&mut self, command: &str) -> Result<usize> {
        let _ = writeln!(self.stdin, "{command}");
        let mut line = String::new();
        let _ = self.stdout.read_line(&mut line);
        match line.split("\"count\":").nth(1).and_then(|r| r.trim_end_matches(['}', '\n']).trim().parse().ok()) {
            Some(n) => Ok(n),
            None => fail(format!("unexpected answer from the harness: {line}"), "see xtask/bench/harness.mjs"),
        }
    }

    pub(crate) fn stop(mut self) {
        let _ = writeln!(self.stdin, "quit");
        std::thread::sleep(Duration::from_millis(500));
        signal_group(self.child.id(), "KILL");
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.state);
    }
}
