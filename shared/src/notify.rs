//! The notification emails: what a submitter or a follower is told, and how. Composed here, as
//! plain text, so their wording is tested natively; the worker queues them in D1 in the same
//! batch as the change they report and hands them to Cloudflare's `send_email` binding.
//!
//! A message to a follower never names the tracking number (that is the submitter's key to
//! withdraw) and no message carries a contact detail or an internal note.

use crate::i18n::Lang;
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

fn footer(origin: &str) -> String {
    format!(
        "\n\nTo stop these emails, open {origin}/unfollow/{UNFOLLOW_TOKEN}\n\
         This message was sent by the CTPAT Feedback Portal of U.S. Customs and Border Protection. Do not reply to it."
    )
}

/// The confirmation a submitter receives when their feedback is stored.
pub fn received(lang: Lang, origin: &str, tracking_number: &str, title: &str) -> Email {
    match lang {
        Lang::En => Email {
            subject: format!("CTPAT feedback received: {tracking_number}"),
            text: format!(
                "Thank you. CBP received your feedback \"{title}\".\n\n\
                 Your tracking number is {tracking_number}. Keep it: you need it to check the status, to follow \
                 updates or to withdraw your feedback.\n\n\
                 Check the status: {}{}",
                link(origin, Audience::Owner { tracking_number }),
                footer(origin)
            ),
        },
    }
}

/// The confirmation that someone now follows a submission or an item.
pub fn following(lang: Lang, origin: &str, audience: Audience, title: &str) -> Email {
    match lang {
        Lang::En => Email {
            subject: match audience {
                Audience::Owner { tracking_number } => format!("You are following CTPAT feedback {tracking_number}"),
                Audience::Follower { item } => format!("You are following CTPAT feedback item {item}"),
            },
            text: format!(
                "You will receive an email when the status of \"{title}\" changes or CBP responds.\n\n\
                 See it at any time: {}{}",
                link(origin, audience),
                footer(origin)
            ),
        },
    }
}

/// A status change, a new public response or a withdrawal.
pub fn update(lang: Lang, origin: &str, audience: Audience, title: &str, change: Change) -> Email {
    let m = lang.messages();
    match lang {
        Lang::En => {
            let reference = match audience {
                Audience::Owner { tracking_number } => tracking_number.to_owned(),
                Audience::Follower { item } => format!("item {item}"),
            };
            let mut text = format!("There is news about the CTPAT feedback \"{title}\".\n");
            if change.withdrawn {
                text.push_str("\nThe submitter withdrew this feedback. CBP will not review it further.\n");
            }
            if let Some(s) = change.status {
                text.push_str(&format!("\nStatus: {}. {}\n", (m.status)(s), (m.status_explained)(s)));
            }
            if let Some(r) = change.response {
                text.push_str(&format!("\nCBP's response:\n{r}\n"));
            }
            text.push_str(&format!("\nSee it: {}{}", link(origin, audience), footer(origin)));
            Email { subject: format!("Update on CTPAT feedback {reference}"), text }
        }
    }
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
