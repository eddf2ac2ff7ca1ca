//! The admins' page of survey rounds: a reviewer page, so English only (reached as
//! `REVIEW_EN.rounds`; the public catalogs never carry it).

#[derive(Debug)]
pub struct RoundsMessages {
    pub rounds_nav: &'static str,
    pub rounds_title: &'static str,
    pub rounds_lead: &'static str,
    pub rounds_caption: &'static str,
    pub rounds_empty: &'static str,
    pub rounds_admin_only: &'static str,
    pub round_form_heading: &'static str,
    /// `(round title)`.
    pub round_edit_heading: fn(&str) -> String,
    pub round_title: &'static str,
    pub round_title_hint: &'static str,
    pub round_opens_on: &'static str,
    pub round_opens_on_hint: &'static str,
    pub round_closes_on: &'static str,
    pub round_closes_on_hint: &'static str,
    pub round_create: &'static str,
    pub round_save: &'static str,
    /// `(round title)`.
    pub round_created: fn(&str) -> String,
    pub round_saved: fn(&str) -> String,
}

pub static ROUNDS_EN: RoundsMessages = RoundsMessages {
    rounds_nav: "Survey rounds",
    rounds_title: "Survey rounds",
    rounds_lead:
        "Each round collects benefit survey answers between two dates. Partners see the open round on the survey page.",
    rounds_caption: "Survey rounds, newest first",
    rounds_empty: "No survey round yet.",
    rounds_admin_only: "Only admins can open or change survey rounds.",
    round_form_heading: "Open a survey round",
    round_edit_heading,
    round_title: "Title",
    round_title_hint: "For example, 2026 CTPAT benefit survey.",
    round_opens_on: "Opens on",
    round_opens_on_hint: "The first day answers are accepted (UTC).",
    round_closes_on: "Closes on",
    round_closes_on_hint: "The last day answers are accepted (UTC).",
    round_create: "Open survey round",
    round_save: "Save changes",
    round_created,
    round_saved,
};

fn round_edit_heading(title: &str) -> String {
    format!("Edit {title}")
}

fn round_created(title: &str) -> String {
    format!("Survey round {title} created.")
}

fn round_saved(title: &str) -> String {
    format!("Changes to {title} saved.")
}
