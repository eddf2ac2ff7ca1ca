//! The English words of the reviewer workspace (`REVIEW_EN`) and the functions that phrase its counts, dates and codes.

use super::review::ReviewMessages;
use crate::attachment::FileKind;
use crate::consultation::Phase;
use crate::queue::{Identity, Sort};
use crate::workflow::{Priority, Role};

fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

fn priority(p: Priority) -> &'static str {
    match p {
        Priority::Low => "Low",
        Priority::Normal => "Normal",
        Priority::High => "High",
        Priority::Urgent => "Urgent",
    }
}

fn role(r: Role) -> &'static str {
    match r {
        Role::Reviewer => "Reviewer",
        Role::Admin => "Admin",
    }
}

fn sort(s: Sort) -> &'static str {
    match s {
        Sort::Newest => "Newest first",
        Sort::Oldest => "Oldest first",
        Sort::Priority => "Highest priority",
        Sort::Support => "Most supported",
    }
}

fn identity(i: Identity) -> &'static str {
    match i {
        Identity::Identified => "Identified",
        Identity::Anonymous => "Anonymous",
    }
}

fn phase(p: Phase) -> &'static str {
    match p {
        Phase::Upcoming => "Upcoming",
        Phase::Open => "Open",
        Phase::Closed => "Closed",
    }
}

fn file_kind(k: FileKind) -> &'static str {
    match k {
        FileKind::Pdf => "PDF",
        FileKind::Png => "PNG image",
        FileKind::Jpeg => "JPEG image",
        FileKind::Docx => "Word document",
        FileKind::Xlsx => "Excel workbook",
        FileKind::Text => "Plain text",
    }
}

fn day(raw: &str) -> String {
    super::figures_en::day_of(raw, false)
}

fn history_field(key: &str) -> Option<&'static str> {
    Some(match key {
        "status" => "Status",
        "priority" => "Priority",
        "assignee" => "Assignee",
        "tags" | "tag" | "add_tags" | "remove_tags" => "Tags",
        "duplicate_of" => "Duplicate of",
        "public_response" => "Public response",
        "note" | "notes" => "Internal note",
        "publication" => "Public version",
        _ => return None,
    })
}

fn rate_limited(retry_after: Option<u32>) -> String {
    match retry_after {
        Some(s) => format!("Too many attempts in a short time. Try again in {s} seconds."),
        None => "Too many attempts in a short time. Try again in a minute.".into(),
    }
}

fn thousands(n: u32) -> String {
    super::figures_en::count(n.into())
}

pub static REVIEW_EN: ReviewMessages = ReviewMessages {
    workspace: "Reviewer workspace",
    nav_label: "Reviewer workspace",
    nav_queue: "Queue",
    nav_users: "Users",
    nav_audit: "Audit log",
    nav_consultations: "Consultations",
    nav_outbox: "Email log",
    signed_in_as: |name, role| format!("Signed in as {name} ({role})"),
    sign_out: "Sign out",
    error_network: "We could not reach the portal. Check your connection and try again.",
    error_server: "Something went wrong on our side. Try again in a few minutes.",
    rate_limited,
    need_admin: "You need the admin role to use this page. Ask an admin if you need access.",
    session_ended: "Your session has ended. Sign in again to continue.",
    none: "None",
    unassigned: "Unassigned",
    system: "System",

    sign_in_title: "Reviewer sign in",
    sign_in_lead: "For CBP staff who review feedback. To give feedback or check a receipt, you do not need an account.",
    sign_in_email: "Email address",
    sign_in_password: "Password",
    sign_in_submit: "Sign in",
    sign_in_submitting: "Signing in…",
    sign_in_email_missing: "Enter your email address.",
    sign_in_password_missing: "Enter your password.",
    sign_in_invalid: "The email address or password is not correct.",

    queue_title: "Submissions",
    queue_total: |n, capped| match (n, capped) {
        (n, true) => format!("More than {} submissions match these filters. Narrow them to see exact counts.", thousands(n)),
        (1, false) => "1 submission matches these filters.".into(),
        (n, false) => format!("{} submissions match these filters.", thousands(n)),
    },
    filters_heading: "Filter submissions",
    filter_search: "Search",
    filter_search_hint: "Finds submissions containing every word you type.",
    filter_status: "Status",
    filter_topic: "Topic",
    filter_msc_category: "MSC category",
    filter_entity_type: "Business entity type",
    filter_ctpat_status: "CTPAT status",
    filter_assignee: "Assignee",
    filter_tag: "Tag",
    filter_identity: "Submitter",
    filter_from: "Received from",
    filter_to: "Received to",
    filter_sort: "Sort",
    filter_dates_reversed: "Received to must be the same day as Received from or later.",
    filter_page: "Page",
    filter_limit: "Page size",
    filter_consultation: "Consultation",
    filter_language: "Language of the feedback",
    filter_flagged: "Reported as filed in someone's name",
    any: "Any",
    anyone: "Anyone",
    assigned_to_me: "Assigned to me",
    apply_filters: "Apply filters",
    clear_filters: "Clear filters",
    counts_heading: "By status",
    counts_all: "All statuses",
    count_link: |label, n, capped| if capped { format!("{label} ({}+)", thousands(n)) } else { format!("{label} ({})", thousands(n)) },
    queue_caption: "Submissions matching the filters",
    select_all: "Select all submissions on this page",
    select_row: |tn| format!("Select {tn}"),
    col_select: "Select",
    col_tracking_number: "Tracking number",
    col_received: "Received",
    col_title: "Title",
    col_topic: "Topic",
    col_entity_type: "Entity type",
    col_status: "Status",
    col_priority: "Priority",
    col_assignee: "Assignee",
    col_tags: "Tags",
    col_support: "Support",
    tag_reported: "Reported",
    tag_late: "Late",
    tag_being_analysed: "Being analysed",
    queue_empty: "No submissions match these filters.",
    next_page: "Next page",
    first_page: "First page",
    bulk_heading: "Change selected submissions",
    bulk_action: "Bulk action",
    bulk_set_status: "Set status",
    bulk_set_priority: "Set priority",
    bulk_assign: "Assign to",
    bulk_add_tag: "Add tag",
    bulk_status_value: "Status to set",
    bulk_priority_value: "Priority to set",
    bulk_assignee_value: "Reviewer to assign",
    bulk_tag_value: "Tag to add",
    bulk_apply: "Apply to selected",
    bulk_selected: |n| format!("{} selected.", plural(n, "submission", "submissions")),
    bulk_nothing_selected: "Select at least one submission in the table.",
    bulk_choose_action: "Choose a bulk action.",
    bulk_choose_value: "Choose the value to apply.",
    bulk_updated: |n| format!("Updated {}.", plural(n, "submission", "submissions")),
    bulk_skipped: |n| format!("Left {} as it was:", plural(n, "submission", "submissions")),
    export_heading: "Export",
    export_hint: "Exports hold every submission that matches the filters, contact details included. Store them as sensitive information.",
    download_csv: "Download CSV",
    download_json: "Download JSON",

    submission_title: |tn| format!("Submission {tn}"),
    submission_not_found: "No submission has that tracking number.",
    back_to_queue: "Back to the queue",
    last_updated: "Last updated",
    duplicate_of_fact: "Duplicate of",
    submitted_heading: "What was submitted",
    submitted_as: "Submitted",
    name: "Name",
    organization: "Organization",
    email: "Email address",
    recommendation: "Recommendation",
    may_publish: "CBP may publish it",
    yes: "Yes",
    no: "No",
    status_heading: "Status",
    current_status: "Current status",
    new_status: "New status",
    duplicate_of: "Duplicate of (tracking number)",
    duplicate_of_hint: "The submission this one repeats, for example CTPAT-7K3M-9QXD-2R4T.",
    change_status: "Change status",
    choose_status: "Choose a new status.",
    duplicate_of_missing: "Enter the tracking number of the original submission.",
    duplicate_of_invalid: "Enter a tracking number in the format CTPAT-XXXX-XXXX-XXXX.",
    status_changed: "Status changed.",
    priority_heading: "Priority",
    priority_label: "Priority",
    save_priority: "Save priority",
    priority_saved: "Priority saved.",
    assignee_heading: "Assignee",
    assignee_label: "Assignee",
    save_assignee: "Save assignee",
    assignee_saved: "Assignee saved.",
    tags_heading: "Tags",
    tags_label: "Tags on this submission",
    no_tags: "No tags yet.",
    add_tag_label: "Add tag",
    add_tag_hint: "Letters, numbers, spaces and dashes, up to 40 characters.",
    add_tag_button: "Add tag",
    remove_tag: |tag| format!("Remove tag {tag}"),
    tag_added: "Tag added.",
    tag_removed: "Tag removed.",
    notes_heading: "Internal notes",
    notes_hint: "Only reviewers see internal notes. They are never shown to the submitter.",
    no_notes: "No notes yet.",
    note_by: |author, when| format!("{author}, {when}"),
    new_note: "New internal note",
    add_note: "Add note",
    note_missing: "Enter the text of the note.",
    note_added: "Note added.",
    response_heading: "Public response",
    response_label: "Public response",
    response_hint: "The submitter sees this response when they look up their tracking number on Check a receipt. Leave it empty and publish to remove the response.",
    response_current: |when| format!("Published {when}."),
    response_none: "No response has been published.",
    publish_response: "Publish response",
    response_published: "Response published.",
    response_removed: "Response removed.",
    history_heading: "History",
    history_caption: "Every change to this submission",
    history_empty: "No changes yet.",
    col_when: "When",
    col_who: "Who",
    col_field: "Field",
    col_from: "From",
    col_to: "To",
    history_field,
    consultation_fact: "Consultation",
    general_feedback: "General feedback (no consultation)",
    late_explained: "Sent after the consultation closed.",
    being_analysed_explained: "Its language and near-identical submissions are being worked out; they appear within seconds.",
    attachments_heading: "Attachments",
    attachments_caption: "Files sent with this submission",
    no_attachments: "No files were attached.",
    col_file: "File",
    col_kind: "Type",
    col_size: "Size",
    col_published: "On the public board",
    col_download: "Download",
    download: "Download",
    download_file: |name| format!("Download {name}"),
    support_heading: "Support on the public board",
    support_total: |n| match n {
        0 => "No one has supported it yet.".into(),
        1 => "1 supporter.".into(),
        n => format!("{} supporters.", thousands(n)),
    },
    support_caption: "Supporters by entity type",
    col_count: "Count",
    reports_heading: "Reported as filed in someone's name",
    reports_lead: "Someone says this feedback was sent in their name without their consent. Check it before publishing or acting on it.",
    report_explanation: "Explanation",
    publication_heading: "Public version",
    publication_not_allowed: "The submitter did not allow CBP to publish this feedback, so it cannot appear on the public board.",
    publication_withdrawn: "The submitter withdrew this feedback, so it cannot be published.",
    publication_lead: "Edit the text to take out names, contact details and proprietary information before publishing. The original stays as it was submitted; the submitter's name, organization and email are never published.",
    publication_none: "Not on the public board.",
    publication_current: |when| format!("On the public board since {when}."),
    board_item_link: |id| format!("View board item {id}"),
    redacted: "Redacted",
    redacted_hint: "The public text differs from what was submitted.",
    public_title: "Public title",
    public_feedback: "Public feedback",
    public_recommendation: "Public recommendation",
    publish_attachments_legend: "Attachments to publish",
    publish_attachments_none: "No files were attached.",
    publish_attachment: |name| format!("Publish {name}"),
    publish: "Publish",
    update_publication: "Update public version",
    unpublish: "Unpublish",
    published_done: "Published on the public board.",
    publication_updated: "Public version updated.",
    unpublished_done: "Taken off the public board.",

    consultations_title: "Consultations",
    consultations_lead: "Questions CBP puts to the trade, open for feedback between two dates.",
    consultations_caption: "All consultations",
    consultations_empty: "No consultations yet.",
    col_phase: "Phase",
    col_opens: "Opens",
    col_closes: "Closes",
    col_late_allowed: "Late feedback",
    edit: "Edit",
    consultations_admin_only: "Only admins can open or change consultations.",
    open_consultation_heading: "Open a consultation",
    edit_consultation_heading: |title| format!("Edit {title}"),
    consultation_title: "Title",
    consultation_question: "Question asked",
    consultation_background: "Background",
    consultation_background_hint: "Optional. What led CBP to ask, and what it will do with the answers.",
    consultation_topic: "Topic",
    consultation_topic_hint: "Optional. Leave as any topic for a general question.",
    consultation_any_topic: "Any topic",
    consultation_msc_category: "MSC category",
    consultation_msc_category_hint: "Only with the Minimum security criteria topic.",
    consultation_opens_on: "Opens on",
    consultation_opens_on_hint: "The first day feedback is accepted (UTC).",
    consultation_closes_on: "Closes on",
    consultation_closes_on_hint: "The last day feedback is accepted (UTC).",
    consultation_late: "Accept late feedback",
    consultation_late_hint: "Feedback sent after the last day is kept and marked late.",
    create_consultation: "Open consultation",
    save_consultation: "Save changes",
    cancel_edit: "Cancel",
    consultation_created: |title| format!("Consultation {title} added."),
    consultation_saved: |title| format!("Changes to {title} saved."),
    closes_before_opens: "Closes on must be the same day as Opens on or later.",
    consultation_summary_title: |title| format!("Consultation: {title}"),
    consultation_not_found: "No consultation has that number.",
    back_to_consultations: "All consultations",
    consultation_dates: "Dates",
    consultation_window: |from, to| format!("Open from {from} to {to} (UTC)."),
    consultation_late_accepted: "Late feedback is accepted and marked late.",
    consultation_late_refused: "Late feedback is refused.",
    consultation_totals: |total, late| match (total, late) {
        (1, 0) => "1 submission.".into(),
        (1, _) => "1 submission, sent late.".into(),
        (n, 0) => format!("{} submissions.", thousands(n)),
        (n, l) => format!("{} submissions, {} of them late.", thousands(n), thousands(l)),
    },
    open_in_queue: "Open in the queue",
    by_status_caption: "Submissions by status",
    by_topic_caption: "Submissions by topic",
    by_entity_caption: "Submissions by entity type",
    no_feedback_yet: "No feedback yet.",

    outbox_title: "Email log",
    outbox_lead: "Notification emails the portal queued, newest first (the latest 200).",
    outbox_caption: "Notification emails",
    outbox_empty: "No emails yet.",
    col_queued: "Queued",
    col_recipient: "Recipient",
    col_subject: "Subject",
    col_delivery: "Delivery",
    col_message: "Message",
    outbox_sent: |when| format!("Sent {when}"),
    outbox_failed: |attempts, error| {
        format!("Not sent after {}: {error}", plural(attempts as usize, "attempt", "attempts"))
    },
    outbox_waiting: "Waiting to be sent",
    show_message: "Show message",

    users_title: "Users",
    users_lead: "Reviewer and admin accounts. Disabling an account signs it out and stops it from signing in.",
    users_caption: "Reviewer accounts",
    col_name: "Name",
    col_email: "Email address",
    col_role: "Role",
    col_account_status: "Status",
    col_actions: "Actions",
    role_for: |name| format!("Role for {name}"),
    save_role: "Save role",
    disable: "Disable",
    enable: "Enable",
    active: "Active",
    disabled: "Disabled",
    role_saved: |name| format!("Role saved for {name}."),
    user_disabled: |name| format!("{name} is disabled."),
    user_enabled: |name| format!("{name} is enabled."),
    add_user_heading: "Add a reviewer",
    user_name: "Name",
    user_email: "Email address",
    user_role: "Role",
    user_password: "Temporary password",
    user_password_hint: "At least 12 characters. Give it to the person by another channel than their email address.",
    add_user: "Add reviewer",
    user_added: |name| format!("Added {name}."),

    audit_title: "Audit log",
    audit_lead: "Every sign-in and every change made by reviewers and admins, with when and from where.",
    audit_filters_heading: "Filter the audit log",
    audit_actor: "Actor email",
    audit_action: "Action",
    audit_caption: "Audit log entries",
    audit_empty: "No audit entries match these filters.",
    col_time: "Time",
    col_actor: "Actor",
    col_action: "Action",
    col_target: "Target",
    col_detail: "Detail",
    col_ip: "IP address",

    cluster_title: "Near-identical submissions",
    cluster_not_found: "No cluster has this number. Its members may have been split off or joined another cluster.",
    cluster_link: |n| format!("Cluster of {}", thousands(u32::try_from(n).unwrap_or(u32::MAX))),
    cluster_fact: "Near-identical submissions",
    tag_likely_campaign: "Likely campaign",
    tag_confirmed: "Confirmed",
    likely_campaign_explained: "Ten or more near-identical submissions, or five or more within a day.",
    confirmed_explained: "A reviewer confirmed these are one campaign.",
    cluster_size: "Submissions",
    cluster_first_at: "First arrived",
    cluster_last_at: "Last arrived",
    cluster_marks: "Marks",
    cluster_entities_caption: "Who sent them, by entity type",
    cluster_representative_heading: "Representative submission",
    cluster_members_heading: "Other members",
    cluster_members_none: "No other submission is in this cluster any more.",
    cluster_members_shown: |shown, all| {
        format!("Showing the first {shown} of {} other members.", thousands(u32::try_from(all).unwrap_or(u32::MAX)))
    },
    cluster_diff_hint: "Each member shows how it differs from the representative: removed words are struck through, added words are underlined.",
    diff_removed: "removed:",
    diff_added: "added:",
    diff_same_text: "Same text as the representative.",
    cluster_confirm: "Confirm as one campaign",
    cluster_confirmed_done: "Confirmed as one campaign.",
    cluster_split: "Split selected from this cluster",
    cluster_split_none: "Select at least one member to split from this cluster.",
    cluster_split_done: |n| format!("Split {} from this cluster.", plural(n, "submission", "submissions")),
    cluster_make_representative: "Make representative",
    cluster_for_member: |tn| format!(" ({tn})"),
    cluster_representative_done: |tn| format!("{tn} is now the representative."),
    cluster_answer_heading: "Answer the whole cluster",
    cluster_answer_hint: "Sets the same status and public response on every member. Leave either empty to keep what each member has.",
    cluster_answer_response_hint: "Every submitter in the cluster sees this response when they look up their tracking number on Check a receipt.",
    cluster_answer_button: "Answer every member",
    cluster_answer_missing: "Choose a new status or write a public response.",
    cluster_answered: |n| match n {
        1 => "Answered 1 submission.".into(),
        n => format!("Answered {} submissions.", thousands(u32::try_from(n).unwrap_or(u32::MAX))),
    },

    priority,
    role,
    sort,
    identity,
    phase,
    file_kind,
    day,
    analytics: &super::analytics_en::ANALYTICS_EN,
    two_step: &super::two_step::TWO_STEP_EN,
    rounds: &super::rounds::ROUNDS_EN,
    offices: &super::offices::OFFICES_EN,
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::account::PASSWORD_MIN;

    #[test]
    fn every_vocabulary_value_has_a_label() {
        let r = &REVIEW_EN;
        assert!(Priority::ALL.iter().all(|v| !(r.priority)(*v).is_empty()));
        assert!(Role::ALL.iter().all(|v| !(r.role)(*v).is_empty()));
        assert!(Sort::ALL.iter().all(|v| !(r.sort)(*v).is_empty()));
        assert!(Identity::ALL.iter().all(|v| !(r.identity)(*v).is_empty()));
        assert!(Phase::ALL.iter().all(|v| !(r.phase)(*v).is_empty()));
        assert!(FileKind::ALL.iter().all(|v| !(r.file_kind)(*v).is_empty()));
    }

    #[test]
    fn the_password_hint_states_the_policy() {
        assert!(REVIEW_EN.user_password_hint.contains(&PASSWORD_MIN.to_string()));
    }

    #[test]
    fn counts_read_naturally() {
        assert_eq!((REVIEW_EN.queue_total)(1, false), "1 submission matches these filters.");
        assert_eq!((REVIEW_EN.queue_total)(12_345, false), "12,345 submissions match these filters.");
        assert!((REVIEW_EN.queue_total)(10_000, true).starts_with("More than 10,000"));
        assert_eq!((REVIEW_EN.count_link)("Received", 10_000, true), "Received (10,000+)");
        assert_eq!((REVIEW_EN.bulk_updated)(3), "Updated 3 submissions.");
        assert_eq!((REVIEW_EN.bulk_skipped)(1), "Left 1 submission as it was:");
        assert_eq!((REVIEW_EN.cluster_link)(1_200), "Cluster of 1,200");
        assert_eq!((REVIEW_EN.cluster_answered)(1), "Answered 1 submission.");
        assert_eq!((REVIEW_EN.cluster_answered)(40), "Answered 40 submissions.");
        assert_eq!((REVIEW_EN.history_field)("add_tags"), Some("Tags"));
        assert_eq!((REVIEW_EN.history_field)("colour"), None);
        assert_eq!((REVIEW_EN.consultation_totals)(12, 2), "12 submissions, 2 of them late.");
        assert_eq!((REVIEW_EN.support_total)(1), "1 supporter.");
        assert_eq!((REVIEW_EN.outbox_failed)(3, "timeout"), "Not sent after 3 attempts: timeout");
    }

    #[test]
    fn days_read_naturally() {
        assert_eq!((REVIEW_EN.day)("2026-12-01"), "December 1, 2026");
        assert_eq!((REVIEW_EN.day)("someday"), "someday");
    }
}
