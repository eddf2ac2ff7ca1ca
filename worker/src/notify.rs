//! Notification emails through Cloudflare's `send_email` binding, with a transactional outbox:
//! a message is inserted into `outbox` in the same D1 batch as the change it reports, so a change
//! that commits always has its message and a change that fails never sends one. Delivery runs
//! after the response (`ctx.wait_until`) and again from the cron trigger for anything left.

use serde::Deserialize;
use shared::i18n::Lang;
use shared::notify::{Email, UNFOLLOW_TOKEN};
use wasm_bindgen::JsValue;
use worker::{console_error, Context, D1Database, D1PreparedStatement, Env, SendEmailBuilder};

use crate::error::AppError;
use crate::random;
use crate::sql::{num, text};

/// Who a follow is for: the submitter (may be told the tracking number) or the public.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Audience {
    Owner,
    Public,
}

impl Audience {
    pub fn code(self) -> &'static str {
        match self {
            Audience::Owner => "owner",
            Audience::Public => "public",
        }
    }
}

/// Deliveries give up after this many attempts; the message stays in the log with its error.
const MAX_ATTEMPTS: i64 = 5;
const DEFAULT_FROM: &str = "noreply@ctpat-feedback.cbp.gov";

/// The site's own origin, for links in messages.
pub fn origin(req: &worker::Request) -> Result<String, AppError> {
    Ok(req.url()?.origin().ascii_serialization())
}

/// A fresh unfollow token: 128 random bits, hex.
pub fn new_token() -> Result<String, AppError> {
    Ok(random::bytes::<16>()?.iter().map(|b| format!("{b:02x}")).collect())
}

/// `submission` is SQL that yields the submission's id: `?1` bound to the id, or a lookup by
/// tracking number in the batch that inserts the submission.
pub struct Target {
    sql: &'static str,
    value: JsValue,
}

impl Target {
    pub fn id(id: i64) -> Target {
        Target { sql: "?1", value: num(id) }
    }

    pub fn tracking_number(tn: &str) -> Target {
        Target { sql: "(SELECT id FROM submissions WHERE tracking_number = ?1)", value: text(tn) }
    }

    /// The SQL expression, always bound as `?1`.
    pub fn sql(&self) -> &'static str {
        self.sql
    }

    pub fn value(&self) -> JsValue {
        self.value.clone()
    }
}

/// Subscribes an email to a submission's updates; a repeat is a no-op.
pub fn follow(
    db: &D1Database,
    target: &Target,
    email: &str,
    audience: Audience,
    token: &str,
    language: Lang,
    now: i64,
) -> Result<D1PreparedStatement, AppError> {
    let sql = format!(
        "INSERT INTO follows (submission_id, email, audience, unfollow_token, created_at, language) \
         VALUES ({}, ?2, ?3, ?4, ?5, ?6) ON CONFLICT DO NOTHING",
        target.sql
    );
    Ok(db.prepare(sql).bind(&[
        target.value.clone(),
        text(email),
        text(audience.code()),
        text(token),
        num(now),
        text(language.tag()),
    ])?)
}

/// One message to one address whose unfollow token is known.
pub fn to_one(
    db: &D1Database,
    target: &Target,
    recipient: &str,
    email: &Email,
    token: &str,
    now: i64,
) -> Result<D1PreparedStatement, AppError> {
    let sql = format!(
        "INSERT INTO outbox (submission_id, created_at, recipient, subject, body) VALUES ({}, ?2, ?3, ?4, ?5)",
        target.sql
    );
    let body = email.text.replace(UNFOLLOW_TOKEN, token);
    Ok(db.prepare(sql).bind(&[target.value.clone(), num(now), text(recipient), text(&email.subject), text(&body)])?)
}

/// One message to everyone following a submission in an audience, in each follower's language,
/// each with their own unfollow link (SQLite `replace()` fills in each follower's token).
pub fn to_followers(
    db: &D1Database,
    submission: i64,
    audience: Audience,
    compose: impl Fn(Lang) -> Email,
    now: i64,
) -> Result<Vec<D1PreparedStatement>, AppError> {
    Lang::ALL
        .iter()
        .map(|lang| {
            let email = compose(*lang);
            Ok(db
                .prepare(
                    "INSERT INTO outbox (submission_id, created_at, recipient, subject, body) \
                     SELECT ?1, ?2, email, ?3, replace(?4, ?5, unfollow_token) FROM follows \
                     WHERE submission_id = ?1 AND audience = ?6 AND language = ?7",
                )
                .bind(&[
                    num(submission),
                    num(now),
                    text(&email.subject),
                    text(&email.text),
                    text(UNFOLLOW_TOKEN),
                    text(audience.code()),
                    text(lang.tag()),
                ])?)
        })
        .collect()
}

#[derive(Deserialize)]
struct Pending {
    id: f64,
    recipient: String,
    subject: String,
    body: String,
    attempts: f64,
}

/// How long a delivery holds a message it took before another may retry it.
const LEASE_MS: i64 = 5 * 60 * 1000;

/// Sends what is waiting in the outbox. Each message is claimed (a lease, and its attempt
/// counted) before it is sent, so two deliveries running at once do not send it twice.
pub async fn deliver(env: &Env) -> Result<usize, AppError> {
    let db = env.d1("DB")?;
    let from = env.var("EMAIL_FROM").map(|v| v.to_string()).unwrap_or_else(|_| DEFAULT_FROM.to_owned());
    let pending = db
        .prepare(
            "SELECT id, recipient, subject, body, attempts FROM outbox WHERE sent_at IS NULL AND attempts < ?1 ORDER BY id LIMIT 25",
        )
        .bind(&[num(MAX_ATTEMPTS)])?
        .all()
        .await?
        .results::<Pending>()?;
    let mailer = env.send_email("EMAIL")?;
    let mut sent = 0;
    for m in pending {
        let now = crate::clock::now().0;
        let claimed = db
            .prepare(
                "UPDATE outbox SET attempts = attempts + 1, claimed_at = ?3 WHERE id = ?1 AND attempts = ?2 \
                 AND sent_at IS NULL AND (claimed_at IS NULL OR claimed_at < ?4)",
            )
            .bind(&[JsValue::from_f64(m.id), JsValue::from_f64(m.attempts), num(now), num(now - LEASE_MS)])?
            .run()
            .await?
            .meta()?
            .and_then(|x| x.changes)
            .unwrap_or(0);
        if claimed == 0 {
            continue;
        }
        let message = SendEmailBuilder::builder(&from, &m.recipient, &m.subject).text(&m.body).build();
        let outcome = mailer.send_with_builder(&message).await;
        let now = num(crate::clock::now().0);
        let update = match outcome {
            Ok(_) => {
                sent += 1;
                db.prepare("UPDATE outbox SET sent_at = ?2, last_error = NULL WHERE id = ?1")
                    .bind(&[JsValue::from_f64(m.id), now])?
            }
            Err(e) => {
                let detail: String = format!("{e:?}").chars().take(500).collect();
                db.prepare("UPDATE outbox SET last_error = ?2 WHERE id = ?1")
                    .bind(&[JsValue::from_f64(m.id), text(&detail)])?
            }
        };
        update.run().await?;
    }
    Ok(sent)
}

/// Delivers after the response has gone, so a slow mail service never slows a submission.
pub fn deliver_later(ctx: &Context, env: &Env) {
    let env = env.clone();
    ctx.wait_until(async move {
        if let Err(e) = deliver(&env).await {
            console_error!("email delivery failed: {e:?}");
        }
    });
}
