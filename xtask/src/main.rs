//! `cargo xtask <command>`: the project's automation (matklad's xtask pattern).
//!
//!   dev [--port N]   build everything, load demo data, serve at http://127.0.0.1:8787
//!   test             fmt, clippy, unit tests, build, then the black-box suite against wrangler dev
//!   build [worker|frontend]
//!                    build the worker and the frontend (or one of them)
//!   bench [first-view|api|dashboards|clusters]
//!                    first views in Lighthouse, loopback latency figures (see BENCHMARKS.md)
//!   openapi          regenerate worker/openapi.json, the API's OpenAPI document
//!   fonts            regenerate the font subsets in frontend/styles/fonts (fontTools from PyPI)
//!   create-admin --email E --name N [--remote]
//!                    an admin account with a generated password, in the local database of
//!                    `cargo xtask dev` or, with --remote, in the deployed D1

use std::process::{Command, ExitCode};

use xtask::run::{cmd, fail, step, Result};
use xtask::wrangler::{self, Server, ServerConfig};
use xtask::{build, demo, env, tools};

const USAGE: &str =
    "usage: cargo xtask <dev [--port N] | test [--quick] [FILTER] | build [worker|frontend] | bench [first-view|api|dashboards|clusters] | load [--seconds N] | openapi | fonts | create-admin --email E --name N [--remote]>";

fn main() -> ExitCode {
    wrangler::stop_all_on_ctrl_c();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("dev") => dev(&args[1..]),
        Some("test") => test(&args[1..]),
        Some("build") => tools::ensure_build_tools().and_then(|()| match args.get(1).map(String::as_str) {
            None => build::all(),
            Some("worker") => step("building the worker (worker-build --release)", build::worker),
            Some("frontend") => step("building the frontend", build::frontend),
            Some(other) => fail(format!("unknown part `{other}`"), "usage: cargo xtask build [worker|frontend]"),
        }),
        Some("bench") => xtask_bench(args.get(1).map(String::as_str)),
        Some("load") => load(&args[1..]),
        Some("openapi") => step("writing worker/openapi.json", xtask::openapi::write),
        Some("fonts") => tools::ensure_build_tools().and_then(|()| xtask::fonts::write()),
        Some("create-admin") => create_admin(&args[1..]),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("\nerror: {e}");
            ExitCode::FAILURE
        }
    }
}

fn dev(args: &[String]) -> Result<()> {
    let port = match args {
        [] => 8787,
        [flag, n] if flag == "--port" => match n.parse() {
            Ok(p) => p,
            Err(_) => return fail(format!("`{n}` is not a port number"), "pass a number, like `--port 8788`"),
        },
        _ => return fail(format!("unknown arguments {args:?}"), "usage: cargo xtask dev [--port N]"),
    };
    if std::net::TcpListener::bind(("127.0.0.1", port)).is_err() {
        return fail(
            format!("port {port} on 127.0.0.1 is already in use"),
            "stop what uses it, or run `cargo xtask dev --port 8788`",
        );
    }
    step("checking tools (wasm target, wasm-bindgen-cli, worker-build, npm packages)", tools::ensure_build_tools)?;
    build::all()?;
    let config = ServerConfig {
        port,
        state_dir: env::root().join(".wrangler/state"),
        wrangler_env: None,
        vars: Vec::new(),
        show_output: true,
    };
    xtask::demo::load(&config)?;
    let server = step("starting wrangler dev (workerd, local D1)", || Server::start(config.clone()))?;
    let sample = demo::records()
        .into_iter()
        .find(|r| r.response.is_some())
        .map(|r| r.tracking_number.to_string())
        .unwrap_or_default();
    eprintln!();
    eprintln!("  The CTPAT Feedback Portal is running at {}", server.url());
    eprintln!("  A demo receipt with a CBP response: {sample}");
    for a in xtask::accounts::demo() {
        eprintln!(
            "  Reviewer sign-in at {}/review/sign-in: {} / {} ({})",
            server.url(),
            a.email,
            a.password,
            a.role.code()
        );
    }
    eprintln!("  Data persists in .wrangler/state. Press Ctrl-C to stop.");
    eprintln!();
    server.wait()
}

/// `cargo xtask test`: everything CI runs. While working, `--quick` skips the checks that do
/// not need a server (fmt, clippy, unit tests, the deploy dry run) and a FILTER runs only the
/// black-box tests whose names contain it (and Schemathesis only if the FILTER is `schemathesis`).
fn test(args: &[String]) -> Result<()> {
    let quick = args.iter().any(|a| a == "--quick");
    let filter: Vec<&String> = args.iter().filter(|a| *a != "--quick").collect();
    step("checking tools (wasm target, wasm-bindgen-cli, worker-build, npm packages)", tools::ensure_build_tools)?;
    step("checking Chromium and ChromeDriver", tools::ensure_chromium)?;
    let schemathesis = step("checking Schemathesis", tools::ensure_schemathesis)?;
    let root = env::root();
    if !quick {
        checks(&root)?;
    }
    build::all()?;
    if !quick {
        dry_run()?;
    }
    let config = ServerConfig::fresh("test", Some("test"));
    step("applying D1 migrations to a fresh test database", || wrangler::migrate(&config))?;
    let accounts = test_accounts();
    step("creating the test suite's admin and reviewer", || wrangler::create_accounts(&config, &accounts))?;
    let server = step("starting wrangler dev for the tests", || Server::start(config.clone()))?;
    let result = step("black-box tests (API and headless Chromium)", || {
        cmd(
            Command::new("cargo")
                .args(["test", "-p", "tests", "--"])
                .args(filter.iter().map(|s| s.as_str()))
                .args(["--test-threads", "2"])
                .env("PORTAL_URL", server.url())
                .env("PORTAL_STATE_DIR", &config.state_dir)
                .env("PORTAL_WRANGLER_ENV", "test")
                .env("PORTAL_ADMIN", format!("{}:{}", accounts[0].email, accounts[0].password))
                .env("PORTAL_REVIEWER", format!("{}:{}", accounts[1].email, accounts[1].password))
                .current_dir(&root),
            &format!("read the failures above; wrangler's log is {}", server.log.display()),
        )
    });
    drop(server);
    let _ = std::fs::remove_dir_all(&config.state_dir);
    result?;
    // The property-based run of the whole API; a FILTER skips it unless it names it.
    if filter.is_empty() || filter.iter().any(|f| f.as_str() == "schemathesis") {
        step("property-based API tests (Schemathesis, own server)", || xtask::schemathesis::run(&schemathesis))?;
    }
    Ok(())
}

fn checks(root: &std::path::Path) -> Result<()> {
    step("cargo fmt --check", || {
        cmd(Command::new("cargo").args(["fmt", "--all", "--", "--check"]).current_dir(root), "run `cargo fmt --all`")
    })?;
    step("cargo clippy (warnings denied)", || {
        cmd(
            Command::new("cargo")
                .args(["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"])
                .current_dir(root),
            "fix the lints above",
        )
    })?;
    step("unit tests (native)", || {
        cmd(
            Command::new("cargo").args(["test", "--workspace", "--exclude", "tests"]).current_dir(root),
            "fix the failing unit tests above",
        )
    })
}

fn dry_run() -> Result<()> {
    step("wrangler deploy --dry-run (the bundle and wrangler.toml are deployable)", || {
        xtask::run::cmd_quiet(
            env::offline(
                Command::new(env::node_bin("wrangler"))
                    .args(["deploy", "--dry-run", "--outdir"])
                    .arg(env::scratch().join("dry-run")),
            ),
            "read wrangler's message above",
        )
    })
}

/// Fresh credentials for every run, so nothing depends on a known password.
fn test_accounts() -> Vec<xtask::accounts::Account> {
    use shared::workflow::Role;
    use xtask::accounts::{random_password, Account};
    vec![
        Account {
            email: "test-admin@example.gov".into(),
            name: "Test Admin".into(),
            role: Role::Admin,
            password: random_password(),
        },
        Account {
            email: "test-reviewer@example.gov".into(),
            name: "Test Reviewer".into(),
            role: Role::Reviewer,
            password: random_password(),
        },
    ]
}

fn create_admin(args: &[String]) -> Result<()> {
    let (mut email, mut name, mut remote) = (None, None, false);
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--email" => email = it.next().cloned(),
            "--name" => name = it.next().cloned(),
            "--remote" => remote = true,
            other => {
                return fail(
                    format!("unknown argument `{other}`"),
                    "usage: cargo xtask create-admin --email E --name N [--remote]",
                )
            }
        }
    }
    let (Some(email), Some(name)) = (email, name) else {
        return fail(
            "--email and --name are required",
            "usage: cargo xtask create-admin --email E --name N [--remote]",
        );
    };
    let password = xtask::accounts::random_password();
    let account = xtask::accounts::Account {
        email: email.clone(),
        name,
        role: shared::workflow::Role::Admin,
        password: password.clone(),
    };
    step("checking tools (npm packages)", tools::ensure_build_tools)?;
    if remote {
        let sql = xtask::accounts::sql(&[account], xtask::accounts::now_ms())
            .map_err(|e| xtask::run::StepError { what: e, fix: "check the email address".into() })?;
        step("creating the admin in the deployed D1 (wrangler d1 execute --remote)", || {
            cmd(
                env::offline(
                    Command::new(env::node_bin("wrangler"))
                        .args(["d1", "execute", "DB", "--remote", "--command"])
                        .arg(&sql),
                ),
                "run `npx wrangler login` first, and check database_id in wrangler.toml",
            )
        })?;
    } else {
        let config = ServerConfig {
            port: 0,
            state_dir: env::root().join(".wrangler/state"),
            wrangler_env: None,
            vars: Vec::new(),
            show_output: false,
        };
        step("applying D1 migrations to the local database", || wrangler::migrate(&config))?;
        step("creating the admin in the local database", || wrangler::create_accounts(&config, &[account]))?;
    }
    eprintln!();
    eprintln!("  Admin {email} can sign in at /review/sign-in with the password: {password}");
    eprintln!("  (An existing account with this email is left unchanged.)");
    Ok(())
}

/// `cargo xtask load [--seconds N]`: the 60-second loopback load, then the same load with a
/// crash half-way (xtask/src/load.rs); fails unless every 201 is stored exactly once.
fn load(args: &[String]) -> Result<()> {
    step("checking tools (wasm target, wasm-bindgen-cli, worker-build, npm packages)", tools::ensure_build_tools)?;
    build::all()?;
    step("loading the portal, then crashing it under load", || xtask::load::run(args))
}

/// `cargo xtask bench [first-view|api|dashboards|clusters]`: everything, or only the first view of
/// each route (Lighthouse), or only the API's writes and reads under load, or only the survey
/// dashboards' figures, or only near-duplicate clustering (native: no build, no server).
fn xtask_bench(only: Option<&str>) -> Result<()> {
    if only == Some("clusters") {
        return step("clustering 300,000 generated submissions", xtask::bench_clusters::clusters);
    }
    step("checking tools (wasm target, wasm-bindgen-cli, worker-build, npm packages)", tools::ensure_build_tools)?;
    if only.is_none() || only == Some("first-view") {
        step("checking Chromium (Lighthouse drives it)", tools::ensure_chromium)?;
    }
    build::all()?;
    match only {
        None => step("measuring (the first view of each route, then a bounded loopback load)", xtask::bench::run),
        Some("dashboards") => step("measuring the benefit dashboards", xtask::bench::dashboards),
        Some("api") => step("measuring the API's writes and reads under load", xtask::bench::api),
        Some("first-view") => step("measuring the first view of each route (Lighthouse)", xtask::bench::first_view),
        Some(other) => {
            fail(format!("unknown bench `{other}`"), "usage: cargo xtask bench [first-view|api|dashboards|clusters]")
        }
    }
}
