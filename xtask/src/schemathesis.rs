//! Property-based testing of the whole API against its OpenAPI document (worker/openapi.json)
//! with Schemathesis, on a `wrangler dev` of its own (fresh state, the `test` environment's rate
//! limits): once anonymous, once signed in as an admin. A fixed seed makes a run repeatable.
//!
//! Checks: no 5xx; every status code, content type, header and body conforms to the document;
//! and (xtask/schemathesis/hooks.py) the security headers are on every answer.

use std::path::Path;
use std::process::Command;

use crate::accounts::{random_password, Account};
use crate::http::Conn;
use crate::run::{fail, step, Result};
use crate::wrangler::{self, Server, ServerConfig};

/// The seed of every run: the same cases each time, so a failure reproduces.
pub const SEED: &str = "20261128";
/// Cases per operation and generation phase; with ~65 operations, two identities and the
/// coverage phase this comes to several thousand requests.
pub const EXAMPLES: &str = "25";
/// At least this many cases must have run (the issue's floor).
pub const MIN_CASES: usize = 2_000;

const CHECKS: &str = "not_a_server_error,status_code_conformance,content_type_conformance,\
                      response_headers_conformance,response_schema_conformance,security_headers";

/// Operations the signed-in run leaves out, because they would end its own session or lock
/// every account out of the rest of the run (they have their own black-box tests).
const SIGNED_IN_EXCLUDED: &[&str] = &["signOut", "setSecurityPolicy", "changeUser"];

pub fn run(schemathesis: &Path) -> Result<()> {
    let mut config = ServerConfig::fresh("schemathesis", Some("test"));
    config.vars.push(("SESSION_IDLE_SECONDS".into(), "86400".into()));
    wrangler::migrate(&config)?;
    let admin = Account {
        email: "schemathesis-admin@example.gov".into(),
        name: "Schemathesis Admin".into(),
        role: shared::workflow::Role::Admin,
        password: random_password(),
    };
    wrangler::create_accounts(&config, std::slice::from_ref(&admin))?;
    let server = Server::start(config.clone())?;
    let cookie = sign_in(config.port, &admin)?;
    let reports = crate::env::scratch().join("schemathesis");
    let _ = std::fs::remove_dir_all(&reports);
    let mut cases = 0;
    let result = (|| {
        cases +=
            step("schemathesis, anonymous", || one_run(schemathesis, &server, &reports.join("anonymous"), &[], &[]))?;
        let header = format!("Cookie: {cookie}");
        cases += step("schemathesis, signed in as an admin", || {
            one_run(schemathesis, &server, &reports.join("admin"), &[&header], SIGNED_IN_EXCLUDED)
        })?;
        println!("  {cases} cases in all");
        if cases < MIN_CASES {
            return fail(format!("only {cases} cases ran"), format!("raise EXAMPLES so at least {MIN_CASES} run"));
        }
        Ok(())
    })();
    drop(server);
    let _ = std::fs::remove_dir_all(&config.state_dir);
    result
}

/// One Schemathesis run; returns how many cases it ran.
fn one_run(bin: &Path, server: &Server, reports: &Path, headers: &[&str], excluded: &[&str]) -> Result<usize> {
    let root = crate::env::root();
    let mut c = Command::new(bin);
    c.arg("run")
        .arg(format!("{}/api/v1/openapi.json", server.url()))
        .args(["--checks", CHECKS])
        .args(["--seed", SEED, "--max-examples", EXAMPLES, "--workers", "1"])
        .args(["--phases", "examples,coverage,fuzzing,stateful"])
        .args(["--generation-database", "none", "--no-color", "--request-timeout", "30"])
        .args(["--report", "junit"])
        .arg("--report-junit-path")
        .arg(reports.join("junit.xml"))
        .args(["--output-truncate", "true"])
        .env("SCHEMATHESIS_HOOKS", "hooks")
        .env("PYTHONPATH", root.join("xtask/schemathesis"))
        .current_dir(&root);
    for h in headers {
        c.args(["--header", h]);
    }
    for op in excluded {
        c.args(["--exclude-operation-id", op]);
    }
    let out = c.output().map_err(|e| crate::run::StepError {
        what: format!("could not run {}: {e}", bin.display()),
        fix: "delete .tmp/venv and run the command again".into(),
    })?;
    let report = String::from_utf8_lossy(&out.stdout);
    print!("{report}");
    eprint!("{}", String::from_utf8_lossy(&out.stderr));
    if !out.status.success() {
        return fail(
            "Schemathesis found failures or errors",
            format!(
                "read its report above (reproduce with the same --seed {SEED}); wrangler's log is {}",
                server.log.display()
            ),
        );
    }
    Ok(cases_generated(&report))
}

/// The `N generated, N passed` count of Schemathesis's summary.
fn cases_generated(report: &str) -> usize {
    report
        .lines()
        .filter_map(|l| l.trim().split_once(" generated").and_then(|(n, _)| n.trim().parse().ok()))
        .next_back()
        .unwrap_or(0)
}

/// Signs in over HTTP and returns the session cookie (`name=value`).
fn sign_in(port: u16, admin: &Account) -> Result<String> {
    let body = format!(r#"{{"email":"{}","password":"{}"}}"#, admin.email, admin.password);
    let reply = Conn::open(port)
        .and_then(|mut c| c.request("POST", shared::api::review::SESSION_PATH, Some(&body)))
        .map_err(|e| crate::run::StepError { what: format!("sign in: {e}"), fix: "see the wrangler log".into() })?;
    match reply.header("Set-Cookie").and_then(|c| c.split(';').next()) {
        Some(cookie) if reply.status == 200 => Ok(cookie.to_owned()),
        _ => fail(format!("the Schemathesis admin could not sign in (HTTP {})", reply.status), "see the wrangler log"),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_case_count_is_read_from_the_summary() {
        let report = "Test cases:\n  5338 generated, 5338 passed\n\nSeed: 20261128\n";
        assert_eq!(super::cases_generated(report), 5338);
        assert_eq!(super::cases_generated("no summary"), 0);
    }
}
