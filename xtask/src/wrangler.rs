//! Starting and stopping `wrangler dev` (workerd with a local D1) on loopback.
//!
//! wrangler runs in its own process group: `npx`/node, wrangler's proxy and workerd are several
//! processes, and only signalling the whole group stops them all (toolchain.md).

use std::fs::File;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::env::{node_bin, offline, scratch};
use crate::http::{free_port, get_status};
use crate::run::{cmd_quiet, fail, signal_group, Result};

/// Process groups to stop if the user presses Ctrl-C while xtask runs.
static GROUPS: Mutex<Vec<u32>> = Mutex::new(Vec::new());

/// Stops every server this process started, then exits: on Ctrl-C, and on SIGTERM or SIGHUP (a
/// closed terminal, `kill`), so no wrangler or workerd outlives `cargo xtask`. Installed once by `main`.
pub fn stop_all_on_ctrl_c() {
    let _ = ctrlc::set_handler(|| {
        for pgid in GROUPS.lock().map(|g| g.clone()).unwrap_or_default() {
            signal_group(pgid, "TERM");
        }
        std::process::exit(130);
    });
}

/// How to run one server.
#[derive(Clone, Debug)]
pub struct ServerConfig {
    pub port: u16,
    /// D1 (and later R2) state; a fresh directory gives a fresh database.
    pub state_dir: PathBuf,
    /// A `[env.NAME]` of wrangler.toml, or the top level when `None`.
    pub wrangler_env: Option<String>,
    /// `--var NAME:VALUE` overrides of wrangler.toml `[vars]` (tests shorten session timeouts).
    pub vars: Vec<(String, String)>,
    /// Show wrangler's own output on the terminal (`cargo xtask dev`) instead of a log file.
    pub show_output: bool,
}

impl ServerConfig {
    /// A server on a free port with a new, empty state directory under `.tmp/`.
    pub fn fresh(label: &str, wrangler_env: Option<&str>) -> ServerConfig {
        let port = free_port();
        let state_dir = scratch().join(format!("state-{label}-{}-{port}", std::process::id()));
        let _ = std::fs::remove_dir_all(&state_dir);
        ServerConfig {
            port,
            state_dir,
            wrangler_env: wrangler_env.map(str::to_owned),
            vars: Vec::new(),
            show_output: false,
        }
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    fn env_args(&self, c: &mut Command) {
        if let Some(e) = &self.wrangler_env {
            c.args(["--env", e]);
        }
    }
}

/// Applies the D1 migrations to a local state directory.
pub fn migrate(config: &ServerConfig) -> Result<()> {
    let mut c = Command::new(node_bin("wrangler"));
    c.args(["d1", "migrations", "apply", "DB", "--local", "--persist-to"]).arg(&config.state_dir);
    config.env_args(&mut c);
    cmd_quiet(offline(&mut c), "read wrangler's message above; `npm ci` restores wrangler 4.86.0")
}

/// Runs a SQL file against the local D1 of a state directory.
pub fn execute_sql_file(config: &ServerConfig, file: &Path) -> Result<()> {
    let mut c = Command::new(node_bin("wrangler"));
    c.args(["d1", "execute", "DB", "--local", "--persist-to"]).arg(&config.state_dir).arg("--file").arg(file);
    config.env_args(&mut c);
    cmd_quiet(offline(&mut c), "read wrangler's message above")
}

/// Runs SQL on the local D1 of a state directory through wrangler and returns its raw output
/// (`--json`). Only for an idle server: a second process on the SQLite file of a busy server
/// makes the server's own writes fail. A run that meets a lock is retried.
pub fn d1_execute(config: &ServerConfig, sql: &str) -> std::process::Output {
    let mut c = Command::new(node_bin("wrangler"));
    c.args(["d1", "execute", "DB", "--local", "--json", "--persist-to"])
        .arg(&config.state_dir)
        .args(["--command", sql]);
    config.env_args(&mut c);
    let mut out = offline(&mut c).output().expect("run wrangler d1 execute");
    for _ in 0..20 {
        let all = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        if out.status.success() || !all.contains("SQLITE_BUSY") {
            break;
        }
        std::thread::sleep(Duration::from_millis(250));
        out = offline(&mut c).output().expect("run wrangler d1 execute");
    }
    out
}

/// The result rows of one query on an idle server's local D1.
pub fn query(config: &ServerConfig, sql: &str) -> Result<Vec<serde_json::Value>> {
    let out = d1_execute(config, sql);
    let parsed: Option<serde_json::Value> = serde_json::from_slice(&out.stdout).ok();
    match parsed.as_ref().and_then(|v| v[0]["results"].as_array()) {
        Some(rows) if out.status.success() => Ok(rows.clone()),
        _ => fail(
            format!("wrangler d1 execute failed: {}", String::from_utf8_lossy(&out.stderr)),
            "read wrangler's message above",
        ),
    }
}

/// Creates accounts in the local D1 of a state directory (existing emails are left alone).
pub fn create_accounts(config: &ServerConfig, accounts: &[crate::accounts::Account]) -> Result<()> {
    let sql = match crate::accounts::sql(accounts, crate::accounts::now_ms()) {
        Ok(sql) => sql,
        Err(e) => return fail(e, "use a valid email address and a password of at least 12 characters"),
    };
    let file = config.state_dir.with_extension("accounts.sql");
    std::fs::write(&file, sql).map_err(|e| crate::run::StepError {
        what: format!("write {}: {e}", file.display()),
        fix: "check disk space".into(),
    })?;
    let result = execute_sql_file(config, &file);
    let _ = std::fs::remove_file(&file);
    result
}

/// The worker's secrets for local servers, in `.dev.vars` (git-ignored), which `wrangler dev`
/// reads: `TOTP_KEY`, the key that seals reviewers' authenticator secrets in D1, made once per
/// checkout from the OS's CSPRNG. Production sets its own with `wrangler secret put TOTP_KEY`.
pub fn ensure_local_secrets() -> Result<()> {
    let path = crate::env::root().join(".dev.vars");
    let current = std::fs::read_to_string(&path).unwrap_or_default();
    if current.lines().any(|l| l.starts_with("TOTP_KEY=")) {
        return Ok(());
    }
    let mut key = [0u8; 32];
    getrandom::getrandom(&mut key).expect("the OS's random number generator");
    let hex: String = key.iter().map(|b| format!("{b:02x}")).collect();
    let mut text = current;
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    text.push_str(&format!("TOTP_KEY={hex}\n"));
    // Written whole and renamed: a server starting at the same moment never reads half a file.
    let partial = path.with_extension(format!("partial-{}", std::process::id()));
    std::fs::write(&partial, text).and_then(|()| std::fs::rename(&partial, &path)).map_err(|e| crate::run::StepError {
        what: format!("write {}: {e}", path.display()),
        fix: "check that the repository is writable".into(),
    })
}

/// A running `wrangler dev`. Dropping it stops the whole process group.
pub struct Server {
    pub config: ServerConfig,
    child: Child,
    pub log: PathBuf,
}

impl Server {
    /// Starts wrangler on already-migrated state and waits until `/api/health` answers 200.
    pub fn start(config: ServerConfig) -> Result<Server> {
        ensure_local_secrets()?;
        let log = scratch().join(format!("wrangler-{}.log", config.port));
        let out = File::create(&log).expect("create the wrangler log");
        let err = out.try_clone().expect("clone the log handle");
        let mut c = Command::new(node_bin("wrangler"));
        c.args(["dev", "--local", "--ip", "127.0.0.1", "--port", &config.port.to_string()])
            .args(["--inspector-port", &free_port().to_string(), "--show-interactive-dev-session=false"])
            .arg("--persist-to")
            .arg(&config.state_dir);
        config.env_args(&mut c);
        for (k, v) in &config.vars {
            c.arg("--var").arg(format!("{k}:{v}"));
        }
        offline(&mut c).stdin(Stdio::null()).process_group(0);
        if !config.show_output {
            c.stdout(out).stderr(err);
        }
        let child = match c.spawn() {
            Ok(child) => child,
            Err(e) => return fail(format!("could not start wrangler: {e}"), "run `npm ci` in the repository root"),
        };
        GROUPS.lock().expect("groups lock").push(child.id());
        let mut server = Server { config, child, log };
        server.wait_healthy()?;
        Ok(server)
    }

    fn wait_healthy(&mut self) -> Result<()> {
        let started = Instant::now();
        while started.elapsed() < Duration::from_secs(90) {
            if let Ok(Some(status)) = self.child.try_wait() {
                return fail(
                    format!("wrangler exited ({status}) before it was ready; its log is {}", self.log.display()),
                    "read the log; a port in use or a missing `worker/build` (run `cargo xtask build`) are the usual causes",
                );
            }
            if get_status(self.config.port, "/api/health") == Some(200) {
                return Ok(());
            }
            std::thread::sleep(Duration::from_millis(250));
        }
        fail(format!("wrangler did not become healthy in 90 s; its log is {}", self.log.display()), "read the log")
    }

    pub fn url(&self) -> String {
        self.config.url()
    }

    /// Kills every process of the server at once, as a crash would (SIGKILL, no clean-up).
    pub fn crash(mut self) -> ServerConfig {
        signal_group(self.child.id(), "KILL");
        self.reap();
        self.forget();
        self.config.clone()
    }

    /// Waits (boundedly) for the killed group leader to exit, so its port is free again.
    fn reap(&mut self) {
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn forget(&self) {
        if let Ok(mut g) = GROUPS.lock() {
            g.retain(|p| *p != self.child.id());
        }
    }

    /// Blocks until the server exits on its own (used by `cargo xtask dev`).
    pub fn wait(mut self) -> Result<()> {
        let _ = self.child.wait();
        Ok(())
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            signal_group(self.child.id(), "TERM");
            let deadline = Instant::now() + Duration::from_secs(5);
            while Instant::now() < deadline {
                if let Ok(Some(_)) = self.child.try_wait() {
                    break;
                }
                std::thread::sleep(Duration::from_millis(100));
            }
            signal_group(self.child.id(), "KILL");
            self.reap();
        }
        self.forget();
    }
}
