//! SQL for accounts and sessions.

use serde::Deserialize;
use sha2::{Digest, Sha256};
use worker::{D1Database, D1PreparedStatement};

use crate::error::AppError;
use crate::sql::{num, text, Run};

/// Hex SHA-256 of a session token: what the sessions table stores instead of the token.
pub fn hash_token(token: &str) -> String {
    Sha256::digest(token.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

#[derive(Deserialize)]
pub struct SessionRow {
    pub user_id: f64,
    pub created_at: f64,
    pub last_seen_at: f64,
    pub email: String,
    pub name: String,
    pub role: String,
    pub disabled: f64,
    /// 1 when an authenticator is set up.
    pub enrolled: f64,
    /// 1 when an admin requires two-step verification of everyone.
    pub required: f64,
}

pub async fn session(db: &D1Database, hash: &str) -> Result<Option<SessionRow>, AppError> {
    db.prepare(
        "SELECT s.user_id, s.created_at, s.last_seen_at, u.email, u.name, u.role, u.disabled, \
         u.totp_secret IS NOT NULL AS enrolled, \
         COALESCE((SELECT value = '1' FROM settings WHERE key = 'require_two_step'), 0) AS required \
         FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?1",
    )
    .bind(&[text(hash)])?
    .row::<SessionRow>()
    .await
}

pub async fn touch(db: &D1Database, hash: &str, now: i64) -> Result<(), AppError> {
    db.prepare("UPDATE sessions SET last_seen_at = ?1 WHERE token_hash = ?2")
        .bind(&[num(now), text(hash)])?
        .run()
        .await?;
    Ok(())
}

pub async fn end_session(db: &D1Database, hash: &str) -> Result<(), AppError> {
    drop_session(db, hash)?.run().await?;
    Ok(())
}

/// The delete of one session, to batch with the audit entry of a sign-out.
pub fn drop_session(db: &D1Database, hash: &str) -> Result<D1PreparedStatement, AppError> {
    Ok(db.prepare("DELETE FROM sessions WHERE token_hash = ?1").bind(&[text(hash)])?)
}

/// The delete of every session of a user: after a reset of their two-step verification.
pub fn drop_sessions_of(db: &D1Database, user_id: i64) -> Result<D1PreparedStatement, AppError> {
    Ok(db.prepare("DELETE FROM sessions WHERE user_id = ?1").bind(&[num(user_id)])?)
}

#[derive(Deserialize)]
pub struct UserRow {
    pub id: f64,
    pub email: String,
    pub name: String,
    pub role: String,
    pub password_hash: String,
    pub disabled: f64,
    pub totp_secret: Option<String>,
}

pub async fn user_by_email(db: &D1Database, email: &str) -> Result<Option<UserRow>, AppError> {
    db.prepare(
        "SELECT id, email, name, role, password_hash, disabled, totp_secret FROM users WHERE email = ?1 COLLATE NOCASE",
    )
    .bind(&[text(email)])?
    .row::<UserRow>()
    .await
}

pub fn new_session(db: &D1Database, hash: &str, user_id: i64, now: i64) -> Result<D1PreparedStatement, AppError> {
    Ok(db
        .prepare("INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at) VALUES (?1, ?2, ?3, ?3)")
        .bind(&[text(hash), num(user_id), num(now)])?)
}

/// Deletes every session past its idle or absolute timeout (`(idle_ms, absolute_ms)`).
pub fn drop_expired(db: &D1Database, now: i64, (idle, absolute): (i64, i64)) -> Result<D1PreparedStatement, AppError> {
    Ok(db
        .prepare("DELETE FROM sessions WHERE last_seen_at < ?1 OR created_at < ?2")
        .bind(&[num(now - idle), num(now - absolute)])?)
}

/// Whether an admin requires two-step verification of everyone.
pub async fn two_step_required(db: &D1Database) -> Result<bool, AppError> {
    #[derive(Deserialize)]
    struct Row {
        value: String,
    }
    let row = db.prepare("SELECT value FROM settings WHERE key = 'require_two_step'").row::<Row>().await?;
    Ok(row.is_some_and(|r| r.value == "1"))
}

pub fn set_two_step_required(db: &D1Database, required: bool) -> Result<D1PreparedStatement, AppError> {
    Ok(db
        .prepare(
            "INSERT INTO settings (key, value) VALUES ('require_two_step', ?1) \
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        )
        .bind(&[text(if required { "1" } else { "0" })])?)
}

/// A sign-in waiting for its second step.
pub fn new_challenge(db: &D1Database, hash: &str, user_id: i64, now: i64) -> Result<D1PreparedStatement, AppError> {
    Ok(db
        .prepare("INSERT INTO second_factor_challenges (token_hash, user_id, created_at) VALUES (?1, ?2, ?3)")
        .bind(&[text(hash), num(user_id), num(now)])?)
}

pub fn drop_expired_challenges(db: &D1Database, now: i64) -> Result<D1PreparedStatement, AppError> {
    let oldest = now - i64::from(shared::api::mfa::SECOND_FACTOR_SECONDS) * 1000;
    Ok(db.prepare("DELETE FROM second_factor_challenges WHERE created_at < ?1").bind(&[num(oldest)])?)
}

pub fn drop_challenge(db: &D1Database, hash: &str) -> Result<D1PreparedStatement, AppError> {
    Ok(db.prepare("DELETE FROM second_factor_challenges WHERE token_hash = ?1").bind(&[text(hash)])?)
}

/// The account a pending sign-in belongs to, with what its second step needs.
#[derive(Deserialize)]
pub struct ChallengeRow {
    pub created_at: f64,
    pub attempts: f64,
    pub user_id: f64,
    pub email: String,
    pub name: String,
    pub role: String,
    pub disabled: f64,
    pub totp_secret: Option<String>,
    pub totp_last_step: Option<f64>,
}

pub async fn challenge(db: &D1Database, hash: &str) -> Result<Option<ChallengeRow>, AppError> {
    db.prepare(
        "SELECT c.created_at, c.attempts, u.id AS user_id, u.email, u.name, u.role, u.disabled, \
         u.totp_secret, u.totp_last_step \
         FROM second_factor_challenges c JOIN users u ON u.id = c.user_id WHERE c.token_hash = ?1",
    )
    .bind(&[text(hash)])?
    .row::<ChallengeRow>()
    .await
}

pub async fn count_failed_attempt(db: &D1Database, hash: &str) -> Result<(), AppError> {
    db.prepare("UPDATE second_factor_challenges SET attempts = attempts + 1 WHERE token_hash = ?1")
        .bind(&[text(hash)])?
        .run()
        .await?;
    Ok(())
}

/// The two-step columns of one account.
#[derive(Deserialize)]
pub struct TotpRow {
    pub totp_secret: Option<String>,
    pub totp_pending: Option<String>,
    pub totp_last_step: Option<f64>,
}

pub async fn totp(db: &D1Database, user_id: i64) -> Result<TotpRow, AppError> {
    db.prepare("SELECT totp_secret, totp_pending, totp_last_step FROM users WHERE id = ?1")
        .bind(&[num(user_id)])?
        .row::<TotpRow>()
        .await?
        .ok_or_else(|| AppError::internal("signed-in user has no row"))
}

pub async fn set_pending_totp(db: &D1Database, user_id: i64, secret: &str) -> Result<(), AppError> {
    db.prepare("UPDATE users SET totp_pending = ?1 WHERE id = ?2").bind(&[text(secret), num(user_id)])?.run().await?;
    Ok(())
}

/// Makes the pending secret the account's authenticator, `step` its last used step.
pub fn enable_totp(db: &D1Database, user_id: i64, step: u64) -> Result<D1PreparedStatement, AppError> {
    Ok(db
        .prepare(
            "UPDATE users SET totp_secret = totp_pending, totp_pending = NULL, totp_last_step = ?1 \
             WHERE id = ?2 AND totp_pending IS NOT NULL",
        )
        .bind(&[num(step as i64), num(user_id)])?)
}

/// Records the step of an accepted code, only if it is later than the last one: two requests
/// racing with one code cannot both get through (the caller checks `changes`).
pub fn use_step(db: &D1Database, user_id: i64, step: u64) -> Result<D1PreparedStatement, AppError> {
    Ok(db
        .prepare(
            "UPDATE users SET totp_last_step = ?1 \
             WHERE id = ?2 AND (totp_last_step IS NULL OR totp_last_step < ?1)",
        )
        .bind(&[num(step as i64), num(user_id)])?)
}

/// Removes the authenticator and the recovery codes (an admin's reset).
pub fn reset_totp(db: &D1Database, user_id: i64) -> Result<Vec<D1PreparedStatement>, AppError> {
    let id = [num(user_id)];
    Ok(vec![
        db.prepare("UPDATE users SET totp_secret = NULL, totp_pending = NULL, totp_last_step = NULL WHERE id = ?1")
            .bind(&id)?,
        db.prepare("DELETE FROM recovery_codes WHERE user_id = ?1").bind(&id)?,
    ])
}

/// Hex SHA-256 of a recovery code, salted with its account (codes are 50 random bits).
pub fn hash_recovery_code(user_id: i64, normalised: &str) -> String {
    hash_token(&format!("{user_id}:{normalised}"))
}

/// Replaces the account's recovery codes with these (hashed) ones.
pub fn replace_recovery_codes(
    db: &D1Database,
    user_id: i64,
    hashes: &[String],
) -> Result<Vec<D1PreparedStatement>, AppError> {
    let mut statements = vec![db.prepare("DELETE FROM recovery_codes WHERE user_id = ?1").bind(&[num(user_id)])?];
    for hash in hashes {
        statements.push(
            db.prepare("INSERT INTO recovery_codes (user_id, code_hash) VALUES (?1, ?2)")
                .bind(&[num(user_id), text(hash)])?,
        );
    }
    Ok(statements)
}

/// Spends a recovery code; `true` if it existed and was unused.
pub async fn use_recovery_code(db: &D1Database, user_id: i64, hash: &str, now: i64) -> Result<bool, AppError> {
    db.prepare("UPDATE recovery_codes SET used_at = ?1 WHERE user_id = ?2 AND code_hash = ?3 AND used_at IS NULL")
        .bind(&[num(now), num(user_id), text(hash)])?
        .changed()
        .await
}
