//! Notification emails through Cloudflare's `send_email` binding, with a transactional outbox:
//! a message is inserted into `outbox` in the same D1 batch as the change it reports, so a change
//! that commits always has its message and a change that fails never sends one. Delivery runs
//! after the response (`ctx.wait_until`) and again from the cron trigger for anything left.

mod store;

use worker::{console_error, Context, Env, SendEmailBuilder};

use crate::error::AppError;
use crate::random;

pub use store::{follow, to_followers, to_one, unfollow, Target};

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

/// How long a delivery holds a message it took before another may retry it.
const LEASE_MS: i64 = 5 * 60 * 1000;

/// Sends what is waiting in the outbox. Each message is claimed (a lease, and its attempt
/// counted) before it is sent, so two deliveries running at once do not send it twice.
pub async fn deliver(env: &Env) -> Result<usize, AppError> {
    let db = env.d1("DB")?;
    let from = env.var("EMAIL_FROM").map(|v| v.to_string()).unwrap_or_else(|_| DEFAULT_FROM.to_owned());
    let pending = store::pending(&db, MAX_ATTEMPTS).await?;
    let mailer = env.send_email("EMAIL")?;
    let mut sent = 0;
    for m in pending {
        let now = crate::clock::now().0;
        if !store::claim(&db, &m, now, now - LEASE_MS).await? {
            continue;
        }
        let message = SendEmailBuilder::builder(&from, &m.recipient, &m.subject).text(&m.body).build();
        match mailer.send_with_builder(&message).await {
            Ok(_) => {
                sent += 1;
                store::mark_sent(&db, &m, crate::clock::now().0).await?;
            }
            Err(e) => {
                let detail: String = format!("{e:?}").chars().take(500).collect();
                store::mark_failed(&db, &m, &detail).await?;
            }
        }
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
