//! Messages of the public pages that close the loop with the trade: consultations, the public
//! board, support, following, withdrawing and reporting. Public pages are translated (issue 8),
//! so every word stays here.

use crate::api::public::EventKind;
use crate::board::BoardSort;
use crate::consultation::Phase;
use crate::time::{Civil, Timestamp};

#[derive(Debug)]
pub struct PublicMessages {
    pub phase: fn(Phase) -> &'static str,
    pub event: fn(EventKind) -> &'static str,
    /// Shown when feedback is refused because its consultation is closed or not yet open.
    pub consultation_closed: &'static str,
    pub consultation_not_open: &'static str,
    /// The mark on feedback that arrived after its consultation closed.
    pub late: &'static str,

    // Shared by the public pages.
    pub nav_board: &'static str,
    /// A calendar day, without the time.
    pub date: fn(Civil) -> String,
    pub thousands: fn(u64) -> String,
    pub file_size: fn(u64) -> String,
    pub percent: fn(u32) -> String,
    pub error_network: &'static str,
    pub error_server: &'static str,
    pub rate_limited: fn(Option<u32>) -> String,
    pub sending: &'static str,

    // Consultations: the home page's list and one consultation's page.
    pub consultations_heading: &'static str,
    pub consultations_lead: &'static str,
    pub consultations_none: &'static str,
    /// `(first day, last day)`, both already formatted.
    pub consultation_dates: fn(&str, &str) -> String,
    pub consultation_give_feedback: &'static str,
    pub consultation_give_late_feedback: &'static str,
    pub consultation_title: &'static str,
    pub consultation_question: &'static str,
    pub consultation_background: &'static str,
    pub consultation_topic: &'static str,
    pub consultation_any_topic: &'static str,
    pub consultation_opens: &'static str,
    pub consultation_closes: &'static str,
    pub consultation_phase: &'static str,
    pub consultation_late_feedback: &'static str,
    pub consultation_late_allowed: &'static str,
    pub consultation_late_refused: &'static str,
    pub consultation_board_link: &'static str,
    pub consultation_not_found: &'static str,

    // The feedback form's consultation and attachments.
    /// A closed consultation that still takes feedback, in the form's list.
    pub form_consultation_late: fn(&str) -> String,
    /// A consultation that takes no feedback now (a restored draft chose it): `(title, phase)`.
    pub form_consultation_unavailable: fn(&str, &str) -> String,
    /// The label of one upload's progress bar.
    pub attachment_uploading: fn(&str) -> String,
    pub attachments_uploaded: &'static str,
    /// `(file name, size)`.
    pub attachment_entry: fn(&str, &str) -> String,
    pub attachment_remove: &'static str,
    pub attachments_wait: &'static str,
    /// `(file name, reason)`.
    pub attachment_failed: fn(&str, &str) -> String,
    pub attachment_network: &'static str,
    pub attachment_server: &'static str,
    pub attachment_rate_limited: &'static str,
    pub attachment_too_many: fn(usize) -> String,

    // The receipt's status block.
    pub receipt_consultation: &'static str,
    pub receipt_general: &'static str,
    pub receipt_attachments: &'static str,
    pub receipt_history: &'static str,
    /// A status change in the history, with the new status's label.
    pub event_status_changed: fn(&str) -> String,
    pub receipt_board_link: &'static str,
    pub follow_heading: &'static str,
    pub follow_receipt_lead: &'static str,
    pub follow_item_lead: &'static str,
    pub follow_email: &'static str,
    pub follow_email_hint: &'static str,
    pub follow_submit: &'static str,
    pub follow_done: fn(&str) -> String,
    pub withdraw_heading: &'static str,
    pub withdraw_lead: &'static str,
    pub withdraw_button: &'static str,
    pub withdraw_confirm_heading: &'static str,
    pub withdraw_confirm_text: &'static str,
    pub withdraw_confirm: &'static str,
    pub withdraw_cancel: &'static str,
    pub withdraw_done: &'static str,

    // The public board.
    pub board_title: &'static str,
    pub board_lead: &'static str,
    pub board_filters_heading: &'static str,
    pub board_search: &'static str,
    pub board_search_hint: &'static str,
    pub board_topic: &'static str,
    pub board_msc_category: &'static str,
    pub board_entity_type: &'static str,
    pub board_consultation: &'static str,
    pub board_status: &'static str,
    pub board_sort: &'static str,
    pub board_sort_by: fn(BoardSort) -> &'static str,
    pub board_any: &'static str,
    pub board_apply: &'static str,
    pub board_clear: &'static str,
    pub board_results_heading: &'static str,
    pub board_empty: &'static str,
    pub board_more: &'static str,
    pub board_responded: &'static str,
    pub board_published: fn(&str) -> String,
    pub board_item_number: fn(i64) -> String,
    pub supporters: fn(u32) -> String,
    /// Near-identical submissions CBP received besides a published one: `(count)`, never 0.
    pub similar_submissions: fn(u64) -> String,

    // One published item.
    pub item_number: &'static str,
    pub item_feedback: &'static str,
    pub item_recommendation: &'static str,
    pub item_entity_type: &'static str,
    pub item_received: &'static str,
    pub item_published: &'static str,
    pub item_redacted: &'static str,
    pub item_response_heading: &'static str,
    pub item_no_response: &'static str,
    pub item_attachments: &'static str,
    pub item_support_heading: &'static str,
    pub item_support_caption: &'static str,
    pub item_support_count: &'static str,
    pub item_support_total: &'static str,
    pub item_support_none: &'static str,
    pub item_report_link: &'static str,
    pub item_not_found: &'static str,
    pub item_back: &'static str,
    pub support_heading: &'static str,
    pub support_lead: &'static str,
    pub support_entity_type: &'static str,
    pub support_organization: &'static str,
    pub support_organization_hint: &'static str,
    pub support_submit: &'static str,
    pub support_thanks: &'static str,
    pub support_already: &'static str,

    // Reporting feedback filed in someone's name.
    pub report_title: &'static str,
    pub report_lead: &'static str,
    pub report_reference: &'static str,
    pub report_reference_hint: &'static str,
    pub report_name: &'static str,
    pub report_email: &'static str,
    pub report_email_hint: &'static str,
    pub report_explanation: &'static str,
    pub report_explanation_hint: &'static str,
    pub report_submit: &'static str,
    pub report_done_heading: &'static str,
    pub report_done: fn(&str) -> String,

    // Following no more.
    pub unfollow_title: &'static str,
    pub unfollow_lead: &'static str,
    pub unfollow_button: &'static str,
    pub unfollow_done: &'static str,
}

impl PublicMessages {
    /// Formats a `YYYY-MM-DD` day from the API; passes through anything unparseable.
    pub fn format_date(&self, day: &str) -> String {
        Timestamp::parse_date(day).map(|t| (self.date)(t.civil())).unwrap_or_else(|| day.to_owned())
    }
}

fn phase(p: Phase) -> &'static str {
    match p {
        Phase::Upcoming => "Upcoming",
        Phase::Open => "Open",
        Phase::Closed => "Closed",
    }
}

fn event(e: EventKind) -> &'static str {
    match e {
        EventKind::Received => "Received",
        EventKind::StatusChanged => "Status changed",
        EventKind::Responded => "CBP responded",
        EventKind::Published => "Published on the public board",
        EventKind::Unpublished => "Removed from the public board",
        EventKind::Withdrawn => "Withdrawn by the submitter",
    }
}

fn date(c: Civil) -> String {
    super::figures_en::day(c, false)
}

fn file_size(bytes: u64) -> String {
    crate::attachment::human_size(bytes)
}

fn percent(p: u32) -> String {
    format!("{p}%")
}

fn rate_limited(retry_after: Option<u32>) -> String {
    match retry_after {
        Some(s) => format!("Too many requests have come from your network in a short time. Try again in {s} seconds."),
        None => "Too many requests have come from your network in a short time. Try again in a minute.".into(),
    }
}

fn consultation_dates(opens: &str, closes: &str) -> String {
    format!("{opens} to {closes}")
}

fn form_consultation_late(title: &str) -> String {
    format!("{title} (closed, late feedback accepted)")
}

fn form_consultation_unavailable(title: &str, phase: &str) -> String {
    format!("{title} ({phase})")
}

fn attachment_uploading(name: &str) -> String {
    format!("Uploading {name}")
}

fn attachment_entry(name: &str, size: &str) -> String {
    format!("{name} ({size})")
}

fn attachment_failed(name: &str, reason: &str) -> String {
    format!("{name} was not attached: {reason}")
}

fn attachment_too_many(max: usize) -> String {
    format!("you can attach at most {max} files.")
}

fn event_status_changed(status: &str) -> String {
    format!("Status changed to {status}")
}

fn follow_done(email: &str) -> String {
    format!("We will email {email} when this changes. Every email has a link to stop them.")
}

fn board_sort_by(s: BoardSort) -> &'static str {
    match s {
        BoardSort::Newest => "Newest first",
        BoardSort::Support => "Most supported first",
    }
}

fn board_published(date: &str) -> String {
    format!("Published {date}")
}

fn board_item_number(id: i64) -> String {
    format!("Item {id}")
}

fn supporters(n: u32) -> String {
    match n {
        0 => "No supporters yet".into(),
        1 => "1 supporter".into(),
        n => format!("{} supporters", super::figures_en::count(u64::from(n))),
    }
}

fn similar_submissions(n: u64) -> String {
    match n {
        1 => "plus 1 near-identical submission".into(),
        n => format!("plus {} near-identical submissions", super::figures_en::count(n)),
    }
}

fn report_done(date: &str) -> String {
    format!("CBP received your report on {date}. A reviewer will look into it and may contact you by email.")
}

pub static PUBLIC_EN: PublicMessages = PublicMessages {
    phase,
    event,
    consultation_closed:
        "This consultation is closed and no longer accepts feedback. Choose general feedback to send it anyway.",
    consultation_not_open: "This consultation is not open yet. Check its opening date, or choose general feedback.",
    late: "Late",

    nav_board: "Public board",
    date,
    thousands: super::figures_en::count,
    file_size,
    percent,
    error_network: "We could not reach the portal. Check your connection and try again.",
    error_server: "Something went wrong on our side. Please try again in a few minutes.",
    rate_limited,
    sending: "Sending…",

    consultations_heading: "Consultations",
    consultations_lead: "Questions CBP is putting to the trade. Answer an open consultation, or give general feedback at any time.",
    consultations_none: "There are no consultations at the moment. You can give general feedback at any time.",
    consultation_dates,
    consultation_give_feedback: "Give feedback on this consultation",
    consultation_give_late_feedback: "Give late feedback on this consultation",
    consultation_title: "Consultation",
    consultation_question: "Question",
    consultation_background: "Background",
    consultation_topic: "Topic",
    consultation_any_topic: "Any topic",
    consultation_opens: "Opens",
    consultation_closes: "Last day",
    consultation_phase: "Status",
    consultation_late_feedback: "Late feedback",
    consultation_late_allowed: "Accepted after the last day, and marked late.",
    consultation_late_refused: "Not accepted after the last day.",
    consultation_board_link: "Published feedback on this consultation",
    consultation_not_found: "We could not find that consultation. It may have been removed, or the address may be mistyped.",

    form_consultation_late,
    form_consultation_unavailable,
    attachment_uploading,
    attachments_uploaded: "Attached files",
    attachment_entry,
    attachment_remove: "Remove",
    attachments_wait: "Attachments: wait until your files have finished uploading, then submit again.",
    attachment_failed,
    attachment_network: "we could not reach the portal. Check your connection and choose the file again.",
    attachment_server: "something went wrong on our side. Choose the file again in a few minutes.",
    attachment_rate_limited: "too many files came from your network in a short time. Choose the file again in a minute.",
    attachment_too_many,

    receipt_consultation: "Consultation",
    receipt_general: "General feedback",
    receipt_attachments: "Attachments",
    receipt_history: "History",
    event_status_changed,
    receipt_board_link: "Read it on the public board",
    follow_heading: "Follow by email",
    follow_receipt_lead: "Get an email when the status of this feedback changes or CBP responds.",
    follow_item_lead: "Get an email when the status of this item changes or CBP responds.",
    follow_email: "Email address",
    follow_email_hint: "Used only for these emails, and never published.",
    follow_submit: "Follow",
    follow_done,
    withdraw_heading: "Withdraw this feedback",
    withdraw_lead: "If you no longer want CBP to consider this feedback, you can withdraw it. Reviewers stop working on it and it leaves the public board.",
    withdraw_button: "Withdraw this feedback",
    withdraw_confirm_heading: "Withdraw this feedback?",
    withdraw_confirm_text: "Withdrawing cannot be undone. To say something new, you can always give feedback again.",
    withdraw_confirm: "Confirm",
    withdraw_cancel: "Cancel",
    withdraw_done: "Your feedback has been withdrawn. CBP will not review it further.",

    board_title: "Public board",
    board_lead: "Feedback that submitters allowed CBP to publish, with CBP's responses. Names, organizations and email addresses are never published.",
    board_filters_heading: "Search and filter",
    board_search: "Search",
    board_search_hint: "Words in the title or the text.",
    board_topic: "Topic",
    board_msc_category: "Minimum security criteria category",
    board_entity_type: "Business entity type",
    board_consultation: "Consultation",
    board_status: "Status",
    board_sort: "Sort by",
    board_sort_by,
    board_any: "Any",
    board_apply: "Apply filters",
    board_clear: "Clear filters",
    board_results_heading: "Published feedback",
    board_empty: "No published feedback matches these filters.",
    board_more: "More results",
    board_responded: "CBP responded",
    board_published,
    board_item_number,
    supporters,
    similar_submissions,

    item_number: "Item number",
    item_feedback: "Feedback",
    item_recommendation: "Recommendation",
    item_entity_type: "Submitted by a",
    item_received: "Received",
    item_published: "Published",
    item_redacted: "CBP removed personal or proprietary details from this text before publishing it.",
    item_response_heading: "You said, we did",
    item_no_response: "CBP has not responded yet.",
    item_attachments: "Attachments",
    item_support_heading: "Who else this matters to",
    item_support_caption: "Supporters by business entity type",
    item_support_count: "Supporters",
    item_support_total: "Total",
    item_support_none: "No one has supported this yet.",
    item_report_link: "Was this filed in your name? Report it",
    item_not_found: "We could not find that item on the public board. It may have been removed, or the address may be mistyped.",
    item_back: "Back to the public board",
    support_heading: "This matters to us too",
    support_lead: "Tell CBP this matters to your business as well. Each browser counts once.",
    support_entity_type: "Your business entity type",
    support_organization: "Organization (optional)",
    support_organization_hint: "Never published.",
    support_submit: "This matters to us too",
    support_thanks: "Thank you. Your support has been counted.",
    support_already: "This browser has already supported this item, so it was not counted again.",

    report_title: "Report feedback filed in your name",
    report_lead: "If feedback was sent in your name or your organization's name without your consent, tell CBP. A reviewer will look into it.",
    report_reference: "Tracking number or board item number",
    report_reference_hint: "For example CTPAT-7K3M-9QXD-2R4T, or the item number shown on the public board.",
    report_name: "Your name",
    report_email: "Your email address",
    report_email_hint: "CBP uses it only to contact you about this report.",
    report_explanation: "What is wrong",
    report_explanation_hint: "Explain why you believe this feedback was filed in your name.",
    report_submit: "Send report",
    report_done_heading: "Report received",
    report_done,

    unfollow_title: "Stop emails",
    unfollow_lead: "You are getting emails about feedback you chose to follow. Choose Stop emails and we will send no more about it.",
    unfollow_button: "Stop emails",
    unfollow_done: "Done. You will get no more emails about this feedback.",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_and_numbers_read_naturally() {
        let p = &PUBLIC_EN;
        assert_eq!(p.format_date("2026-12-01"), "December 1, 2026");
        assert_eq!(p.format_date("soon"), "soon");
        assert_eq!((p.thousands)(1_234_567), "1,234,567");
        assert_eq!((p.supporters)(1), "1 supporter");
        assert_eq!((p.supporters)(1200), "1,200 supporters");
        assert_eq!((p.similar_submissions)(1), "plus 1 near-identical submission");
        assert_eq!((p.similar_submissions)(1200), "plus 1,200 near-identical submissions");
    }
}
