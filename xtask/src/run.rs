//! Running commands with step-by-step progress and errors that say how to fix them.

use std::fmt;
use std::process::Command;
use std::time::Instant;

/// A failed step: what failed and what to do about it.
#[derive(Debug)]
pub struct StepError {
    pub what: String,
    pub fix: String,
}

impl fmt::Display for StepError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}\n  how to fix: {}", self.what, self.fix)
    }
}

impl std::error::Error for StepError {}

pub type Result<T> = std::result::Result<T, StepError>;

pub fn fail<T>(what: impl Into<String>, fix: impl Into<String>) -> Result<T> {
    Err(StepError { what: what.into(), fix: fix.into() })
}

/// Prints a numbered-looking step line and times it.
pub fn step<T>(name: &str, f: impl FnOnce() -> Result<T>) -> Result<T> {
    eprintln!("==> {name}");
    let started = Instant::now();
    let out = f()?;
    eprintln!("    done in {:.1}s", started.elapsed().as_secs_f64());
    Ok(out)
}

/// Runs a command to completion, inheriting output; a non-zero exit is a failed step.
pub fn cmd(command: &mut Command, fix: &str) -> Result<()> {
    let shown = format!("{command:?}");
    match command.status() {
        Ok(status) if status.success() => Ok(()),
        Ok(status) => fail(format!("`{shown}` failed ({status})"), fix),
        Err(e) => fail(format!("could not start `{shown}`: {e}"), fix),
    }
}

/// Runs a command with its output captured; shows the output only if it fails.
pub fn cmd_quiet(command: &mut Command, fix: &str) -> Result<()> {
    let shown = format!("{command:?}");
    match command.output() {
        Ok(out) if out.status.success() => Ok(()),
        Ok(out) => fail(
            format!(
                "`{shown}` failed ({}):\n{}{}",
                out.status,
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            ),
            fix,
        ),
        Err(e) => fail(format!("could not start `{shown}`: {e}"), fix),
    }
}

/// Runs a command and returns its trimmed stdout, or `None` if it cannot run or fails.
pub fn output(command: &mut Command) -> Option<String> {
    let out = command.output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

/// Sends `signal` (`TERM`, `KILL`) to every process of a process group.
pub fn signal_group(pgid: u32, signal: &str) {
    let _ = Command::new("kill")
        .args(["-s", signal, "--", &format!("-{pgid}")])
        .stderr(std::process::Stdio::null())
        .status();
}

pub(crate) fn io(what: &str) -> impl Fn(std::io::Error) -> StepError + '_ {
    move |e| StepError { what: format!("could not {what}: {e}"), fix: "check disk space and permissions".into() }
}
