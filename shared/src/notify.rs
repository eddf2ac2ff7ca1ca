//! The notification emails: what a submitter or a follower is told, and how. Composed here, as
//! plain text, so their wording is tested natively; the worker queues them in D1 in the same
//! batch as the change they report and hands them to Cloudflare's `send_email` binding.
//!
//! A message to a follower never names the tracking number (that is the submitter's key to
//! withdraw) and no message carries a contact detail or an internal note.

use crate::language::Lang;
use crate::status::Status;

/// Replaced, per recipient, by their unfollow token when the message is queued (SQLite
/// `replace()`), so one composed message serves every follower.
pub const UNFOLLOW_TOKEN: &str = "{unfollow_token}";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Email {
    pub subject: String,
    pub text: String,
}

/// Who a message is for, which decides what it may say and where it links.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Audience<'a> {
    /// The submitter: they hold the tracking number.
    Owner { tracking_number: &'a str },
    /// Someone following a published item on the board.
    Follower { item: i64 },
}

/// What changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Change<'a> {
    pub status: Option<Status>,
    pub response: Option<&'a str>,
    pub withdrawn: bool,
}

fn link(origin: &str, audience: Audience) -> String {
    match audience {
        Audience::Owner { tracking_number } => format!("{origin}/check?number={tracking_number}"),
        Audience::Follower { item } => format!("{origin}/board/{item}"),
    }
}

fn footer(lang: Lang, origin: &str) -> String {
    (lang.messages().notify.footer)(&format!("{origin}/unfollow/{UNFOLLOW_TOKEN}"))
}

/// The confirmation a submitter receives when their feedback is stored.
pub fn received(lang: Lang, origin: &str, tracking_number: &str, title: &str) -> Email {
    let n = lang.messages().notify;
    let link = link(origin, Audience::Owner { tracking_number });
    Email {
        subject: (n.received_subject)(tracking_number),
        text: format!("{}{}", (n.received_body)(title, tracking_number, &link), footer(lang, origin)),
    }
}

/// The confirmation that someone now follows a submission or an item.
pub fn following(lang: Lang, origin: &str, audience: Audience, title: &str) -> Email {
    let n = lang.messages().notify;
    Email {
        subject: match audience {
            Audience::Owner { tracking_number } => (n.following_owner_subject)(tracking_number),
            Audience::Follower { item } => (n.following_item_subject)(item),
        },
        text: format!("{}{}", (n.following_body)(title, &link(origin, audience)), footer(lang, origin)),
    }
}

/// A status change, a new public response or a withdrawal.
pub fn update(lang: Lang, origin: &str, audience: Audience, title: &str, change: Change) -> Email {
    let m = lang.messages();
    let n = m.notify;
    let mut text = (n.update_intro)(title);
    if change.withdrawn {
        text.push_str(n.update_withdrawn);
    }
    if let Some(s) = change.status {
        text.push_str(&(n.update_status)((m.status)(s), (m.status_explained)(s)));
    }
    if let Some(r) = change.response {
        text.push_str(&(n.update_response)(r));
    }
    text.push_str(&(n.see_it)(&link(origin, audience)));
    text.push_str(&footer(lang, origin));
    let subject = match audience {
        Audience::Owner { tracking_number } => (n.update_owner_subject)(tracking_number),
        Audience::Follower { item } => (n.update_item_subject)(item),
    };
    Email { subject, text }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ORIGIN: &str = "https://feedback.example.gov";

    #[test]
    fn the_receipt_email_carries_the_number_and_the_way_back() {
        let e = received(Lang::En, ORIGIN, "CTPAT-ABCD-EFGH-JKMN", "Seal checks");
        assert_eq!(e.subject, "CTPAT feedback received: CTPAT-ABCD-EFGH-JKMN");
        assert!(e.text.contains("\"Seal checks\""));
        assert!(e.text.contains("https://feedback.example.gov/check?number=CTPAT-ABCD-EFGH-JKMN"));
        assert!(e.text.contains("/unfollow/{unfollow_token}"));
    }

    #[test]
    fn followers_never_see_the_tracking_number() {
        let change = Change {
            status: Some(Status::Planned),
            response: Some("We will publish one checklist."),
            withdrawn: false,
        };
        let e = update(Lang::En, ORIGIN, Audience::Follower { item: 42 }, "Seal checks", change);
        assert_eq!(e.subject, "Update on CTPAT feedback item 42");
        assert!(e.text.contains("https://feedback.example.gov/board/42"));
        assert!(e.text.contains("Status: Planned."));
        assert!(e.text.contains("We will publish one checklist."));
        assert!(!e.text.contains("CTPAT-"));
        let owner = update(
            Lang::En,
            ORIGIN,
            Audience::Owner { tracking_number: "CTPAT-ABCD-EFGH-JKMN" },
            "Seal checks",
            change,
        );
        assert!(owner.text.contains("/check?number=CTPAT-ABCD-EFGH-JKMN"));
    }

    #[test]
    fn a_withdrawal_says_so() {
        let change = Change { status: Some(Status::Withdrawn), response: None, withdrawn: true };
        let e = update(Lang::En, ORIGIN, Audience::Follower { item: 7 }, "T", change);
        assert!(e.text.contains("withdrew"));
        assert!(!e.text.contains("CBP's response"));
        let f = following(Lang::En, ORIGIN, Audience::Follower { item: 7 }, "T");
        assert_eq!(f.subject, "You are following CTPAT feedback item 7");
    }
}
