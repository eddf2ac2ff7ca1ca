//! HTTP handlers for attachments: upload (anyone, rate-limited) and download (reviewers: any
//! file; the public: published files of published items only).

use sha2::{Digest, Sha256};
use shared::api::public::UploadedFile;
use shared::api::{ApiError, ErrorCode};
use shared::attachment::{self, AttachmentId, MAX_BYTES};
use shared::text::FieldError;
use shared::url::decode_query;
use worker::{Env, HttpMetadata, Request, Response};

use super::store::{self, NewUpload, Row};
use crate::error::AppError;
use crate::http::{client_ip, json, rate_limit, require_same_origin};
use crate::{clock, random};

const FIELD: &str = shared::feedback::field::ATTACHMENTS;

fn too_large() -> AppError {
    AppError::client(ErrorCode::PayloadTooLarge, format!("The file is larger than {} MB.", MAX_BYTES / (1024 * 1024)))
}

/// `POST /api/v1/attachments?name=…` with the file's bytes as the body.
pub async fn upload(mut req: Request, env: &Env) -> Result<Response, AppError> {
    require_same_origin(&req)?;
    rate_limit(env, "UPLOAD_LIMITER", &format!("upload:{}", client_ip(&req))).await?;
    let url = req.url()?;
    let name = decode_query(url.query().unwrap_or(""))
        .into_iter()
        .find(|(k, _)| k == "name")
        .map(|(_, v)| v)
        .unwrap_or_default();
    // Refuse an announced oversize body before reading it.
    if let Some(len) = req.headers().get("Content-Length")? {
        if len.trim().parse::<u64>().is_ok_and(|n| n > MAX_BYTES as u64) {
            return Err(too_large());
        }
    }
    let bytes = req.bytes().await?;
    if bytes.len() > MAX_BYTES {
        return Err(too_large());
    }
    let (file_name, kind) = attachment::check(&name, &bytes)
        .map_err(|p| AppError::from(ApiError::validation(&[FieldError::new(FIELD, p)])))?;
    let id = AttachmentId::from_random(random::bytes::<16>()?);
    let sha256: String = Sha256::digest(&bytes).iter().map(|b| format!("{b:02x}")).collect();
    let size = bytes.len();
    // The object first: a row in D1 always has its file. A failure here stores nothing the
    // submission could refer to, so the person can simply try again.
    env.bucket("ATTACHMENTS")?
        .put(id.object_key(), bytes)
        .http_metadata(HttpMetadata { content_type: Some(kind.media_type().to_owned()), ..Default::default() })
        .execute()
        .await?;
    store::insert(
        &env.d1("DB")?,
        &NewUpload { id: &id, file_name: &file_name, kind, size, sha256: &sha256, at: clock::now().0 },
    )
    .await?;
    json(201, &UploadedFile { id: id.as_str().to_owned(), file_name, kind, size: size as u64 })
}

/// The file as a download: `Content-Disposition: attachment`, its checked media type, `nosniff`
/// (added to every response), and a sandboxing CSP so nothing in it can run on our origin.
pub async fn download(env: &Env, row: &Row) -> Result<Response, AppError> {
    let id = AttachmentId::parse(&row.id).ok_or_else(|| AppError::internal("stored attachment id is malformed"))?;
    let object = env
        .bucket("ATTACHMENTS")?
        .get(id.object_key())
        .execute()
        .await?
        .ok_or_else(|| AppError::internal(format!("attachment {} missing from R2", row.id)))?;
    let bytes = object.body().ok_or_else(|| AppError::internal("R2 object without a body"))?.bytes().await?;
    let mut response = Response::from_bytes(bytes)?;
    let h = response.headers_mut();
    h.set("Content-Type", row.kind()?.media_type())?;
    h.set("Content-Disposition", &content_disposition(&row.file_name))?;
    h.set("Content-Security-Policy", "sandbox; default-src 'none'; frame-ancestors 'none'; base-uri 'none'")?;
    Ok(response)
}

/// `attachment; filename="…"; filename*=UTF-8''…` (RFC 6266): an ASCII fallback and the exact name.
fn content_disposition(name: &str) -> String {
    let ascii: String = name.chars().map(|c| if c.is_ascii_graphic() || c == ' ' { c } else { '_' }).collect();
    format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{}", shared::url::encode_component(name))
}

pub fn not_found() -> AppError {
    AppError::client(ErrorCode::NotFound, "There is no such attachment.")
}

pub fn parse_id(raw: &str) -> Result<AttachmentId, AppError> {
    AttachmentId::parse(raw).ok_or_else(not_found)
}

/// Removes uploads nobody claimed within a day (run from the cron trigger).
pub async fn sweep(env: &Env) -> Result<usize, AppError> {
    let db = env.d1("DB")?;
    let ids = store::stale_unclaimed(&db, clock::now().0 - 24 * 60 * 60 * 1000).await?;
    let bucket = env.bucket("ATTACHMENTS")?;
    for id in &ids {
        if let Some(a) = AttachmentId::parse(id) {
            bucket.delete(a.object_key()).await?;
        }
        store::delete_unclaimed(&db, id).await?;
    }
    Ok(ids.len())
}
