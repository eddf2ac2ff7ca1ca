//! English.

use super::{Messages, Section};
use crate::status::Status;
use crate::taxonomy::{CtpatStatus, EntityType, MscCategory, MscFocusArea, SubmitterKind, Topic};
use crate::text::Problem;
use crate::time::Civil;

fn thousands(n: i64) -> String {
    let digits = super::figures_en::count(n.unsigned_abs());
    if n < 0 {
        format!("-{digits}")
    } else {
        digits
    }
}

fn chars_left(n: i64) -> String {
    match n {
        1 => "1 character left".into(),
        -1 => "1 character too many".into(),
        n if n < 0 => format!("{} characters too many", thousands(-n)),
        n => format!("{} characters left", thousands(n)),
    }
}

fn rate_limited(retry_after: Option<u32>) -> String {
    match retry_after {
        Some(s) => format!("Too many submissions have come from your network in a short time. Your feedback is kept on this page: try again in {s} seconds."),
        None => "Too many submissions have come from your network in a short time. Your feedback is kept on this page: try again in a minute.".into(),
    }
}

fn problem(field: &str, label: &str, p: Problem) -> String {
    match p {
        Problem::Required => match field {
            "submitter_kind" => "Select how you are submitting.".into(),
            "name" => "Enter your name.".into(),
            "organization" => "Enter the name of your organization.".into(),
            "entity_type" => "Select your business entity type.".into(),
            "ctpat_status" => "Select your CTPAT status.".into(),
            "topic" => "Select a topic.".into(),
            "msc_category" => "Select a minimum security criteria category.".into(),
            "title" => "Enter a title.".into(),
            "feedback" => "Enter your feedback.".into(),
            _ => format!("{label} is required."),
        },
        Problem::TooLong { max, actual } => {
            format!(
                "{label} must be {} characters or fewer (it has {}).",
                thousands(max as i64),
                thousands(actual as i64)
            )
        }
        Problem::TooShort { min } => format!("{label} must be at least {min} characters."),
        Problem::TooCommon => format!("{label} is too common and easy to guess. Choose another."),
        Problem::NotAllowedNow => format!("{label}: that change is not allowed from the current state."),
        Problem::NotFound => format!("{label}: nothing was found with that value."),
        Problem::InvalidDate => format!("{label} must be a date like 2026-11-28."),
        Problem::ForbiddenCharacter => {
            format!("{label} contains a control character that cannot be stored. Remove it and try again.")
        }
        Problem::SingleLineOnly => format!("{label} must be on one line."),
        Problem::InvalidEmail => "Enter an email address in the correct format, like name@example.com.".into(),
        Problem::UnknownChoice => format!("{label}: select one of the listed options."),
        Problem::NotApplicable => {
            format!("{label} does not apply to the other choices on this form. Clear it or change those choices.")
        }
        Problem::WrongType => format!("{label} has the wrong type of value."),
        Problem::UnknownField => format!("{label} is not a field of this form."),
        Problem::EmptyFile => format!("{label}: the file is empty."),
        Problem::FileTooLarge { max_bytes } => {
            format!("{label}: the file is larger than {} MB.", max_bytes / (1024 * 1024))
        }
        Problem::UnsupportedFileType => {
            format!("{label} must be a PDF, PNG, JPEG, Word (.docx), Excel (.xlsx) or plain text (.txt) file whose content matches its name.")
        }
        Problem::TooMany { max } => format!("{label}: choose at most {max}."),
        Problem::NotANumber => format!("{label} must be a number, like 12 or 3.5."),
        Problem::OutOfRange { min, max } => {
            format!("{label} must be between {} and {}.", thousands(min), thousands(max))
        }
    }
}

fn datetime(c: Civil) -> String {
    let (h12, ampm) = match c.hour {
        0 => (12, "AM"),
        h if h < 12 => (h, "AM"),
        12 => (12, "PM"),
        h => (h - 12, "PM"),
    };
    format!("{}, {}:{:02} {} UTC", super::figures_en::day(c, false), h12, c.minute, ampm)
}

fn submitter_kind(k: SubmitterKind) -> &'static str {
    match k {
        SubmitterKind::Individual => "As an individual",
        SubmitterKind::Organization => "On behalf of an organization",
        SubmitterKind::Anonymous => "Anonymously",
    }
}

fn submitter_kind_hint(k: SubmitterKind) -> &'static str {
    match k {
        SubmitterKind::Individual => "Your name is kept with your feedback; CBP never publishes it.",
        SubmitterKind::Organization => "Give your name and the organization you speak for.",
        SubmitterKind::Anonymous => {
            "We ask for no name or email. You can still check the status with your tracking number."
        }
    }
}

fn entity_type(e: EntityType) -> &'static str {
    match e {
        EntityType::UsImporter => "U.S. importer (including non-resident Canadian importer)",
        EntityType::Exporter => "Exporter",
        EntityType::ForeignManufacturer => "Foreign manufacturer",
        EntityType::CustomsBroker => "Customs broker",
        EntityType::Consolidator => "Consolidator (air freight, ocean transport intermediary, NVOCC)",
        EntityType::ThirdPartyLogistics => "Third party logistics provider (3PL)",
        EntityType::AirCarrier => "Air carrier",
        EntityType::SeaCarrier => "Sea carrier",
        EntityType::RailCarrier => "Rail carrier",
        EntityType::HighwayCarrierUsCanada => "Highway carrier (U.S./Canada)",
        EntityType::HighwayCarrierUsMexico => "Highway carrier (U.S./Mexico)",
        EntityType::MexicanLongHaulCarrier => "Mexican long haul highway carrier",
        EntityType::PortAuthorityTerminalOperator => "Marine port authority or terminal operator (MPTO)",
        EntityType::TradeAssociation => "Trade association",
        EntityType::Consultant => "Consultant",
        EntityType::GovernmentAgency => "Other government agency",
        EntityType::MemberOfPublic => "Member of the public",
        EntityType::Other => "Other",
        EntityType::PreferNotToSay => "Prefer not to say",
    }
}

fn ctpat_status(s: CtpatStatus) -> &'static str {
    match s {
        CtpatStatus::TierI => "Tier I (certified)",
        CtpatStatus::TierII => "Tier II (validated)",
        CtpatStatus::TierIII => "Tier III (exceeds the minimum security criteria)",
        CtpatStatus::Applicant => "Applicant",
        CtpatStatus::NotMember => "Not a member",
        CtpatStatus::PreferNotToSay => "Prefer not to say",
    }
}

fn topic(t: Topic) -> &'static str {
    match t {
        Topic::MinimumSecurityCriteria => "Minimum security criteria",
        Topic::Validations => "Validations",
        Topic::Benefits => "Benefits",
        Topic::BenefitMeasurement => "Measuring benefit effectiveness",
        Topic::Communications => "Communications",
        Topic::ProgramExpansion => "Program expansion",
        Topic::TradeCompliance => "Trade Compliance",
        Topic::InteragencyPartnership => "Interagency partnership",
        Topic::Other => "Other",
    }
}

fn msc_category(c: MscCategory) -> &'static str {
    match c {
        MscCategory::SecurityVision => "1. Security vision and responsibility",
        MscCategory::RiskAssessment => "2. Risk assessment",
        MscCategory::BusinessPartners => "3. Business partners",
        MscCategory::Cybersecurity => "4. Cybersecurity",
        MscCategory::ConveyanceSecurity => "5. Conveyance and instruments of international traffic security",
        MscCategory::SealSecurity => "6. Seal security",
        MscCategory::ProceduralSecurity => "7. Procedural security",
        MscCategory::AgriculturalSecurity => "8. Agricultural security",
        MscCategory::PhysicalSecurity => "9. Physical security",
        MscCategory::PhysicalAccessControls => "10. Physical access controls",
        MscCategory::PersonnelSecurity => "11. Personnel security",
        MscCategory::TrainingAwareness => "12. Education, training and awareness",
    }
}

fn msc_focus_area(a: MscFocusArea) -> &'static str {
    match a {
        MscFocusArea::CorporateSecurity => "Corporate security",
        MscFocusArea::TransportationSecurity => "Transportation security",
        MscFocusArea::PeoplePhysicalSecurity => "People and physical security",
    }
}

fn status(s: Status) -> &'static str {
    match s {
        Status::Received => "Received",
        Status::UnderReview => "Under review",
        Status::ReferredToWorkingGroup => "Referred to the working group",
        Status::Accepted => "Accepted",
        Status::Planned => "Planned",
        Status::Declined => "Declined",
        Status::Duplicate => "Duplicate",
        Status::Closed => "Closed",
        Status::Withdrawn => "Withdrawn",
    }
}

fn status_explained(s: Status) -> &'static str {
    match s {
        Status::Received => "CBP has your feedback. A reviewer will read it.",
        Status::UnderReview => "A CBP reviewer is working on your feedback.",
        Status::ReferredToWorkingGroup => {
            "Your feedback has been referred to the COAC Trade Partnership and Engagement Working Group."
        }
        Status::Accepted => "CBP agrees with your feedback.",
        Status::Planned => "CBP plans to act on your feedback.",
        Status::Declined => "CBP considered your feedback and will not act on it now.",
        Status::Duplicate => "Your feedback makes the same point as another submission, and is answered with it.",
        Status::Closed => "Review of your feedback is complete.",
        Status::Withdrawn => "The submitter withdrew this feedback; CBP will not review it further.",
    }
}

pub static EN: Messages = Messages {
    lang: super::Lang::En,

    skip_to_main: "Skip to main content",
    banner_official: "An official website of the United States government",
    banner_how_you_know: "Here's how you know",
    banner_dotgov_title: "Official websites use .gov",
    banner_dotgov_body: "A .gov website belongs to an official government organization in the United States.",
    banner_https_title: "Secure .gov websites use HTTPS",
    banner_https_body: "A lock or https:// means you've safely connected to the .gov website. Share sensitive information only on official, secure websites.",
    agency_name: "U.S. Customs and Border Protection",
    site_name: "CTPAT Feedback Portal",
    nav_label: "Primary navigation",
    nav_home: "Home",
    nav_give_feedback: "Give feedback",
    nav_check_receipt: "Check a receipt",
    menu: "Menu",
    close_menu: "Close",
    footer_return_to_top: "Return to top",
    footer_parent_agency: "U.S. Department of Homeland Security",
    footer_official_site_of: "An official website of the",
    footer_important_links: "Important links",
    footer_required_links: [
        ("About CBP", "https://www.cbp.gov/about"),
        ("Accessibility statement", "https://www.cbp.gov/site-policy-notices/accessibility"),
        ("FOIA requests", "https://www.cbp.gov/site-policy-notices/foia"),
        ("No FEAR Act data", "https://www.cbp.gov/site-policy-notices/no-fear-act"),
        ("Office of the Inspector General", "https://www.oig.dhs.gov/"),
        ("Performance reports", "https://www.dhs.gov/performance-financial-reports"),
        ("Privacy policy", "https://www.cbp.gov/site-policy-notices/privacy-policy"),
    ],
    footer_usa_gov_prompt: "Looking for U.S. government information and services?",
    footer_usa_gov_link: "Visit USA.gov",
    page_title_suffix: "CTPAT Feedback Portal | U.S. Customs and Border Protection",

    home_title: "Tell CBP how CTPAT is working for you",
    home_lead: "The Commercial Customs Operations Advisory Committee (COAC) has asked the trade for feedback on the Customs Trade Partnership Against Terrorism (CTPAT). Whether you are a partner, an applicant or not a member at all, your experience helps CBP and the committee improve the program.",
    home_asks_heading: "What we are asking about",
    home_asks: [
        Section { title: "Minimum security criteria", body: "Are the criteria for your business entity type clear, practical and current? Which ones should change?" },
        Section { title: "Validations", body: "How did your validation or revalidation go, and what should be done the same way everywhere?" },
        Section { title: "Benefits and how to measure them", body: "Which benefits do you actually see, which are missing, and how should CBP measure whether they work for industry and government?" },
        Section { title: "Communications", body: "How well does CBP communicate across the program, and what would help you hear and be heard?" },
    ],
    home_give_feedback: "Give feedback",
    home_check_receipt: "Check a receipt",
    home_how_used_heading: "What happens to your feedback",
    home_how_used: [
        "You get a tracking number as soon as you submit. Keep it: it is the only way to check your feedback if you submit anonymously.",
        "CBP reviewers read every submission, group it with similar ones, and share what they learn with the COAC Trade Partnership and Engagement Working Group.",
        "When CBP responds, the response appears when you check your tracking number. Your contact details are never published.",
    ],

    form_title: "Give feedback on CTPAT",
    form_lead: "Tell us what works, what does not, and what CBP should do. It takes about 10 minutes. What you type is saved on this device as you go, so you can come back to it.",
    form_required_note: "Fields marked with an asterisk (*) are required.",
    form_about_you: "About you",
    form_submitter_kind: "How are you submitting?",
    form_name: "Your name",
    form_organization: "Organization",
    form_organization_optional: "Organization (optional)",
    form_email: "Email address (optional)",
    form_email_hint: "Only to tell you when the status of your feedback changes. It is never published.",
    form_entity_type: "Business entity type",
    form_ctpat_status: "CTPAT status",
    form_your_feedback: "Your feedback",
    form_topic: "Topic",
    form_msc_category: "Minimum security criteria category",
    form_title_field: "Title",
    form_title_hint: "A short summary, like a subject line.",
    form_feedback: "Feedback",
    form_feedback_hint: "What is working, what is not, and why. Please do not include classified, proprietary or personal information about others.",
    form_recommendation: "What should CBP do? (optional)",
    form_recommendation_hint: "A concrete recommendation helps the working group act on your feedback.",
    form_may_publish: "CBP may publish my feedback",
    form_may_publish_hint: "Published feedback never shows your name, organization or email. CBP may remove personal or proprietary details before publishing.",
    form_honeypot: "Leave this field empty",
    form_consultation: "Consultation",
    form_consultation_hint: "Answer one of CBP's open questions, or give general feedback.",
    form_consultation_general: "General feedback (not about a consultation)",
    form_attachments: "Attachments",
    form_attachments_hint: "Optional. Up to 5 files, 10 MB each: PDF, PNG, JPEG, Word (.docx), Excel (.xlsx) or plain text (.txt).",
    form_select_placeholder: "- Select -",
    form_submit: "Submit feedback",
    form_submitting: "Submitting…",
    form_draft_restored: "We restored the feedback you started on this device.",
    form_start_over: "Start over",
    form_draft_saved: "Draft saved on this device.",
    privacy_heading: "Privacy Act statement",
    privacy_statement: [
        Section { title: "Authority", body: "The SAFE Port Act of 2006 (6 U.S.C. 961 and following), which establishes CTPAT and requires CBP to consult the trade through COAC, and 5 U.S.C. 301." },
        Section { title: "Purpose", body: "To collect feedback on CTPAT from the trade and the public, to respond to it, and to improve the program." },
        Section { title: "Routine uses", body: "Feedback may be shared with the COAC Trade Partnership and Engagement Working Group. If you allow it, your feedback may be published without your name, organization or email address." },
        Section { title: "Disclosure", body: "Giving feedback is voluntary, and so is giving your name and email. You may submit anonymously." },
        Section { title: "Effect of not providing information", body: "None. Without an email address we cannot notify you, but you can always check your tracking number on this site." },
    ],
    error_summary_heading: "There is a problem",
    error_network: "We could not reach the portal. Your feedback is kept on this page: check your connection and submit again.",
    error_server: "Something went wrong on our side. Your feedback is kept on this page: please submit again in a few minutes.",
    error_automated: "Your submission looked automated and was not accepted. If you are a person, reload the page and try again.",
    chars_left,
    rate_limited,
    problem,

    receipt_title: "Feedback received",
    receipt_tracking_number: "Your tracking number",
    receipt_keep_it: "Keep this number. You need it to check the status of your feedback and to read CBP's response.",
    receipt_received: "Received",
    receipt_status: "Status",
    receipt_what_you_sent: "What you sent",
    receipt_submitted_as: "Submitted",
    receipt_yes: "Yes",
    receipt_no: "No",
    receipt_print: "Print this receipt",
    receipt_check_status: "Check status",
    receipt_give_more: "Give more feedback",
    receipt_not_in_this_browser: "The full copy of this receipt is only kept in the browser tab you submitted from. Its status is below.",

    check_title: "Check a receipt",
    check_lead: "Enter the tracking number you got when you submitted feedback to see its status and CBP's response.",
    check_label: "Tracking number",
    check_hint: "For example, CTPAT-7K3M-9QXD-2R4T",
    check_submit: "Check status",
    check_invalid: "Enter a tracking number in the format CTPAT-XXXX-XXXX-XXXX.",
    check_not_found: "We could not find feedback with that tracking number. Check that you typed it as it appears on your receipt.",
    check_last_updated: "Last updated",
    check_response_heading: "CBP's response",
    check_no_response: "CBP has not responded yet. Responses appear here when they are published.",
    loading: "Loading…",

    not_found_title: "Page not found",
    not_found_body: "We can't find the page you are looking for. It may have moved, or the address may be mistyped.",

    submitter_kind,
    submitter_kind_hint,
    entity_type,
    ctpat_status,
    topic,
    msc_category,
    msc_focus_area,
    status,
    status_explained,
    datetime,

    public: &super::public::PUBLIC_EN,
    survey: &super::survey::SURVEY_EN,
    notify: &super::notify::NOTIFY_EN,
    benefits: &super::benefits::BENEFITS_EN,
    validation: &super::validation::VALIDATION_EN,
};
