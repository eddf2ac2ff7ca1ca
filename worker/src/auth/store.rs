//! SQL for accounts and sessions.

use serde::Deserialize;
use sha2::{Digest, Sha256};
use wasm_bindgen::JsValue;
use worker::D1Database;

use crate::error::AppError;

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
}

pub async fn session(db: &D1Database, hash: &str) -> Result<Option<SessionRow>, AppError> {
    Ok(db
        .prepare(
            "SELECT s.user_id, s.created_at, s.last_seen_at, u.email, u.name, u.role, u.disabled \
             FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?1",
        )
        .bind(&[JsValue::from_str(hash)])?
        .first::<SessionRow>(None)
        .await?)
}

pub async fn touch(db: &D1Database, hash: &str, now: i64) -> Result<(), AppError> {
    db.prepare("UPDATE sessions SET last_seen_at = ?1 WHERE token_hash = ?2")
        .bind(&[JsValue::from_f64(now as f64), JsValue::from_str(hash)])?
        .run()
        .await?;
    Ok(())
}

pub async fn end_session(db: &D1Database, hash: &str) -> Result<(), AppError> {
    db.prepare("DELETE FROM sessions WHERE token_hash = ?1").bind(&[JsValue::from_str(hash)])?.run().await?;
    Ok(())
}

#[derive(Deserialize)]
pub struct UserRow {
    pub id: f64,
    pub email: String,
    pub name: String,
    pub role: String,
    pub password_hash: String,
    pub disabled: f64,
}

pub async fn user_by_email(db: &D1Database, email: &str) -> Result<Option<UserRow>, AppError> {
    Ok(db
        .prepare("SELECT id, email, name, role, password_hash, disabled FROM users WHERE email = ?1 COLLATE NOCASE")
        .bind(&[JsValue::from_str(email)])?
        .first::<UserRow>(None)
        .await?)
}

pub fn new_session(
    db: &D1Database,
    hash: &str,
    user_id: i64,
    now: i64,
) -> Result<worker::D1PreparedStatement, AppError> {
    Ok(db
        .prepare("INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at) VALUES (?1, ?2, ?3, ?3)")
        .bind(&[JsValue::from_str(hash), JsValue::from_f64(user_id as f64), JsValue::from_f64(now as f64)])?)
}

/// Deletes every session past its idle or absolute timeout (`(idle_ms, absolute_ms)`).
pub fn drop_expired(
    db: &D1Database,
    now: i64,
    (idle, absolute): (i64, i64),
) -> Result<worker::D1PreparedStatement, AppError> {
    Ok(db
        .prepare("DELETE FROM sessions WHERE last_seen_at < ?1 OR created_at < ?2")
        .bind(&[JsValue::from_f64((now - idle) as f64), JsValue::from_f64((now - absolute) as f64)])?)
}
