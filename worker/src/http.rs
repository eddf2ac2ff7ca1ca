//! Request and response plumbing shared by every route: JSON in and out, request hygiene
//! (content type, size, same-origin writes) and the security headers.

use serde::de::DeserializeOwned;
use serde::Serialize;
use std::future::Future;

use shared::api::{valid_idempotency_key, ApiError, ErrorCode, IDEMPOTENCY_KEY_HEADER, MAX_JSON_BODY_BYTES};
use shared::json_body::{parse_json, BodyError};
use shared::text::{FieldError, Problem};
use worker::{Request, Response};

use crate::error::AppError;

/// Headers on every answer from the worker. Static assets get the same set from `_headers`.
const SECURITY_HEADERS: &[(&str, &str)] = &[
    ("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; base-uri 'none'"),
    ("Strict-Transport-Security", "max-age=63072000; includeSubDomains"),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("X-Frame-Options", "DENY"),
    ("Cache-Control", "no-store"),
];

/// Sets the headers on `response`. A handler's own, stricter CSP (the sandbox of a download) is
/// kept: it must then carry `frame-ancestors 'none'` itself.
pub fn with_security_headers(mut response: Response) -> worker::Result<Response> {
    let headers = response.headers_mut();
    for (name, value) in SECURITY_HEADERS {
        if *name == "Content-Security-Policy" && headers.has(name)? {
            continue;
        }
        headers.set(name, value)?;
    }
    Ok(response)
}

pub fn json<T: Serialize>(status: u16, body: &T) -> Result<Response, AppError> {
    Ok(Response::from_json(body)?.with_status(status))
}

/// Refuses writes that a browser sends on behalf of another site. With SameSite cookies this is
/// the CSRF defence: no token needed. Non-browser clients send neither header and pass.
pub fn require_same_origin(req: &Request) -> Result<(), AppError> {
    let headers = req.headers();
    if headers.get("Sec-Fetch-Site")?.as_deref() == Some("cross-site") {
        return Err(AppError::client(ErrorCode::CrossSiteRequest, "Requests from other sites are not accepted."));
    }
    if let Some(origin) = headers.get("Origin")? {
        let url = req.url()?;
        let own = url.origin().ascii_serialization();
        if origin != own {
            return Err(AppError::client(ErrorCode::CrossSiteRequest, "Requests from other sites are not accepted."));
        }
    }
    Ok(())
}

/// Reads a JSON body with the checks every write needs: `application/json`, at most
/// `MAX_JSON_BODY_BYTES`, an object with known fields of the right types.
pub async fn read_json<T: DeserializeOwned>(req: &mut Request) -> Result<T, AppError> {
    let content_type = req.headers().get("Content-Type")?.unwrap_or_default();
    let media_type = content_type.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    if media_type != "application/json" {
        return Err(AppError::client(
            ErrorCode::UnsupportedMediaType,
            "Send the body as JSON with the header Content-Type: application/json.",
        ));
    }
    let too_large = || {
        AppError::client(
            ErrorCode::PayloadTooLarge,
            format!("The body is larger than {} KiB.", MAX_JSON_BODY_BYTES / 1024),
        )
    };
    if let Some(len) = req.headers().get("Content-Length")? {
        if len.trim().parse::<u64>().map_or(true, |n| n > MAX_JSON_BODY_BYTES as u64) {
            return Err(too_large());
        }
    }
    let bytes = req.bytes().await?;
    if bytes.len() > MAX_JSON_BODY_BYTES {
        return Err(too_large());
    }
    parse_json(&bytes).map_err(|e| match e {
        BodyError::Malformed(message) => AppError::client(ErrorCode::MalformedJson, message),
        BodyError::Fields(fields) => ApiError::validation(&fields).into(),
    })
}

/// The client's address as Cloudflare (or, locally, workerd) reports it.
pub fn client_ip(req: &Request) -> String {
    req.headers().get("CF-Connecting-IP").ok().flatten().unwrap_or_else(|| "unknown".to_owned())
}

/// Seconds a client waits after a 429: the rate limiters' window (wrangler.toml `period`).
pub const RATE_LIMIT_PERIOD_SECONDS: u32 = 60;

/// Counts a request against a Rate Limiting binding; `429` with `Retry-After` when over.
pub async fn rate_limit(env: &worker::Env, binding: &str, key: &str) -> Result<(), AppError> {
    if env.rate_limiter(binding)?.limit(key.to_owned()).await?.success {
        return Ok(());
    }
    Err(AppError::client(
        ErrorCode::RateLimited,
        format!(
            "Too many requests have come from your network in a short time. Try again in {RATE_LIMIT_PERIOD_SECONDS} seconds."
        ),
    )
    .with_header("Retry-After", RATE_LIMIT_PERIOD_SECONDS.to_string()))
}

/// The language the client asked for (`Accept-Language`; the app sends its page's language).
pub fn lang(req: &Request) -> shared::language::Lang {
    let header = req.headers().get("Accept-Language").ok().flatten().unwrap_or_default();
    shared::language::Lang::from_accept_language(&header)
}

/// What identifies "the same request" for an `Idempotency-Key`: the parsed form, so a client
/// that re-serialises the same values differently still gets its receipt.
pub fn fingerprint<T: Serialize>(form: &T) -> String {
    use sha2::{Digest, Sha256};
    let canonical = serde_json::to_vec(form).expect("a form always serialises");
    Sha256::digest(&canonical).iter().map(|b| format!("{b:02x}")).collect()
}

/// A path segment naming a row by its number (1, 2, …), if it is one.
pub fn positive_id(raw: &str) -> Option<i64> {
    raw.parse::<i64>().ok().filter(|n| *n > 0)
}

/// The `Idempotency-Key` a public write was sent with, if any: 1 to 128 printable ASCII
/// characters, else 400 on the header.
pub fn idempotency_key(req: &Request) -> Result<Option<String>, AppError> {
    let key = req.headers().get(IDEMPOTENCY_KEY_HEADER)?;
    if key.as_deref().is_some_and(|k| !valid_idempotency_key(k)) {
        return Err(ApiError::validation(&[FieldError::new(IDEMPOTENCY_KEY_HEADER, Problem::WrongType)]).into());
    }
    Ok(key)
}

/// 400 `rejected_as_automated` when a form's honeypot was filled in.
pub fn refuse_automated(looks_automated: bool) -> Result<(), AppError> {
    if looks_automated {
        return Err(AppError::client(
            ErrorCode::RejectedAsAutomated,
            shared::language::Lang::En.messages().error_automated,
        ));
    }
    Ok(())
}

/// The answer to an idempotent write: `written`, unless the write was refused and a row with its
/// `Idempotency-Key` is stored. The key's uniqueness is the insert's own constraint, not a read
/// before it; a refusal is read back (`replayed`: the stored row's receipt, or `None`) only to
/// tell a retry of a request that already succeeded (its connection dropped after the 201, or it
/// was sent again after the limit or the window closed) from a new one, which it answers with
/// the receipt it got the first time.
pub async fn or_replayed<Fut>(
    written: Result<Response, AppError>,
    key: Option<String>,
    replayed: impl FnOnce(String) -> Fut,
) -> Result<Response, AppError>
where
    Fut: Future<Output = Result<Option<Response>, AppError>>,
{
    match (written, key) {
        (Err(AppError::Client { error, headers }), Some(key)) => match replayed(key).await? {
            Some(response) => Ok(response),
            None => Err(AppError::Client { error, headers }),
        },
        (other, _) => other,
    }
}

/// A CSV file to download as `{name}-YYYY-MM-DD.csv`: UTF-8 with a byte order mark (so
/// spreadsheets read it as UTF-8), one line per row.
pub fn csv_download(name: &str, rows: &[Vec<String>]) -> Result<Response, AppError> {
    let mut out = String::from("\u{feff}");
    for r in rows {
        out.push_str(&shared::csv::row(r));
    }
    let mut response = Response::ok(out)?;
    let h = response.headers_mut();
    h.set("Content-Type", "text/csv; charset=utf-8")?;
    h.set(
        "Content-Disposition",
        &format!("attachment; filename=\"{name}-{}.csv\"", crate::clock::now().date_string()),
    )?;
    Ok(response)
}
