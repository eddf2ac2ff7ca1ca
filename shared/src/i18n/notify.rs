//! The wording of notification emails (composed in `crate::notify`). Emails go out in the
//! submitter's or follower's language, so they are translated like the pages.

#[derive(Debug)]
pub struct NotifyMessages {
    /// (tracking number) → subject.
    pub received_subject: fn(&str) -> String,
    /// (title, tracking number, link to check it) → body.
    pub received_body: fn(&str, &str, &str) -> String,
    /// (tracking number) → subject.
    pub following_owner_subject: fn(&str) -> String,
    /// (item number) → subject.
    pub following_item_subject: fn(i64) -> String,
    /// (title, link) → body.
    pub following_body: fn(&str, &str) -> String,
    pub update_owner_subject: fn(&str) -> String,
    pub update_item_subject: fn(i64) -> String,
    /// (title) → the first line of an update.
    pub update_intro: fn(&str) -> String,
    pub update_withdrawn: &'static str,
    /// (status label, what it means) → a line.
    pub update_status: fn(&str, &str) -> String,
    /// (response) → a paragraph.
    pub update_response: fn(&str) -> String,
    /// (link) → the last line.
    pub see_it: fn(&str) -> String,
    /// (unfollow link) → the footer.
    pub footer: fn(&str) -> String,
}

pub static NOTIFY_EN: NotifyMessages = NotifyMessages {
    received_subject: |tn| format!("CTPAT feedback received: {tn}"),
    received_body: |title, tn, link| {
        format!(
            "Thank you. CBP received your feedback \"{title}\".\n\n\
             Your tracking number is {tn}. Keep it: you need it to check the status, to follow updates or to \
             withdraw your feedback.\n\n\
             Check the status: {link}"
        )
    },
    following_owner_subject: |tn| format!("You are following CTPAT feedback {tn}"),
    following_item_subject: |item| format!("You are following CTPAT feedback item {item}"),
    following_body: |title, link| {
        format!(
            "You will receive an email when the status of \"{title}\" changes or CBP responds.\n\n\
             See it at any time: {link}"
        )
    },
    update_owner_subject: |tn| format!("Update on CTPAT feedback {tn}"),
    update_item_subject: |item| format!("Update on CTPAT feedback item {item}"),
    update_intro: |title| format!("There is news about the CTPAT feedback \"{title}\".\n"),
    update_withdrawn: "\nThe submitter withdrew this feedback. CBP will not review it further.\n",
    update_status: |label, meaning| format!("\nStatus: {label}. {meaning}\n"),
    update_response: |r| format!("\nCBP's response:\n{r}\n"),
    see_it: |link| format!("\nSee it: {link}"),
    footer: |unfollow| {
        format!(
            "\n\nTo stop these emails, open {unfollow}\n\
             This message was sent by the CTPAT Feedback Portal of U.S. Customs and Border Protection. Do not reply to it."
        )
    },
};
