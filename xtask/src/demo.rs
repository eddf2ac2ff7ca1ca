//! Demo data: a few hundred realistic submissions, generated deterministically so that loading
//! twice changes nothing (fixed tracking numbers, `ON CONFLICT DO NOTHING`).
//!
//! Every record goes through `Feedback::parse`, so demo data obeys the same rules as real input.

use crate::rng::Rng;
use shared::feedback::{Feedback, FeedbackForm};
use shared::receipt::TrackingNumber;
use shared::status::Status;
use shared::taxonomy::{CtpatStatus, EntityType, MscCategory, SubmitterKind, Topic};
use shared::time::Timestamp;

pub const COUNT: usize = 320;
/// Survey responses in the demo: enough for every public cell of the main entity types.
pub const SURVEY_RESPONSES: usize = 400;
/// Validation reports in the demo: enough for every field office to pass the 5-report threshold.
pub const VALIDATION_REPORTS: usize = 240;

/// Migrates the database of `config` and loads everything `cargo xtask dev` shows (loading twice
/// changes nothing). The first-view bench loads the same, so it measures the pages a newcomer sees.
pub fn load(config: &crate::wrangler::ServerConfig) -> crate::run::Result<()> {
    use crate::run::{step, StepError};
    use crate::wrangler;
    let write = |name: &str, sql: String| {
        let file = crate::env::scratch().join(name);
        std::fs::write(&file, sql).map_err(|e| StepError {
            what: format!("could not write {}: {e}", file.display()),
            fix: "check disk space".into(),
        })?;
        Ok::<_, StepError>(file)
    };
    step("applying D1 migrations to the local database", || wrangler::migrate(config))?;
    step(&format!("loading {COUNT} demo submissions (idempotent)"), || {
        wrangler::execute_sql_file(config, &write("demo.sql", sql())?)
    })?;
    step(
        "creating the demo accounts, their triage, consultations, the public board, survey answers and validation reports (idempotent)",
        || {
            wrangler::create_accounts(config, &crate::accounts::demo())?;
            let now = Timestamp(crate::accounts::now_ms());
            let sql = review_sql()
                + &cluster_sql()
                + &board_sql(now)
                + &crate::survey_demo::sql(SURVEY_RESPONSES, now)
                + &crate::validation_demo::sql(VALIDATION_REPORTS, now);
            wrangler::execute_sql_file(config, &write("demo-review.sql", sql)?)
        },
    )
}

struct Theme {
    topic: Topic,
    msc: Option<MscCategory>,
    title: &'static str,
    body: &'static str,
    recommendation: &'static str,
}

const THEMES: &[Theme] = &[
    Theme { topic: Topic::MinimumSecurityCriteria, msc: Some(MscCategory::SealSecurity), title: "Seal verification steps differ by port", body: "Our drivers are asked for the VVTT seal inspection in a different order at each crossing. The criteria say what to check but not in which order, and officers expect different things.", recommendation: "Publish one seal verification checklist with photos for highway carriers." },
    Theme { topic: Topic::MinimumSecurityCriteria, msc: Some(MscCategory::Cybersecurity), title: "Cybersecurity criteria for small brokers", body: "The cybersecurity criteria read as if every partner had an IT department. A five-person brokerage cannot run yearly penetration tests.", recommendation: "Scale the cybersecurity criteria to company size and give a template policy." },
    Theme { topic: Topic::MinimumSecurityCriteria, msc: Some(MscCategory::BusinessPartners), title: "Screening foreign business partners", body: "We are told to screen business partners but get no guidance on what evidence is enough for a supplier in a country without public registries.", recommendation: "Give examples of acceptable evidence by country risk level." },
    Theme { topic: Topic::MinimumSecurityCriteria, msc: Some(MscCategory::AgriculturalSecurity), title: "Pest contamination and wood packaging", body: "The agricultural security criteria overlap with ISPM 15 rules but use different words, which confuses our warehouse staff.", recommendation: "Align the wording with ISPM 15 and link to it." },
    Theme { topic: Topic::MinimumSecurityCriteria, msc: Some(MscCategory::PersonnelSecurity), title: "Background checks where law limits them", body: "In some countries where our factories are, criminal background checks of employees are restricted by law, so we cannot meet the criterion as written.", recommendation: "Accept documented alternatives where local law forbids checks." },
    Theme { topic: Topic::MinimumSecurityCriteria, msc: Some(MscCategory::TrainingAwareness), title: "Training records are hard to keep up", body: "Annual training for every employee with records is heavy for seasonal staff who work three months a year.", recommendation: "Allow a shorter induction module for seasonal workers." },
    Theme { topic: Topic::Validations, msc: None, title: "Virtual validation worked well", body: "Our revalidation was virtual and took two half-day sessions. It saved travel and the specialist was well prepared.", recommendation: "Keep virtual validations as an option for partners with a clean record." },
    Theme { topic: Topic::Validations, msc: None, title: "Validation report took months", body: "We waited five months for the validation report after the site visit, and could not act on the findings in the meantime.", recommendation: "Set a target time for reports and tell partners when to expect theirs." },
    Theme { topic: Topic::Validations, msc: None, title: "Different specialists ask for different evidence", body: "Our last two validations were led by different specialists who asked for different documents on the same criteria.", recommendation: "Standardize the evidence list for each criterion and share it in advance." },
    Theme { topic: Topic::Benefits, msc: None, title: "Fewer exams are not visible to us", body: "We are told members have fewer examinations, but our own exam rate did not change after certification as far as we can see.", recommendation: "Show each partner its own exam rate compared with non-members." },
    Theme { topic: Topic::Benefits, msc: None, title: "FAST lanes closed at peak hours", body: "The FAST lane at our crossing is often closed in the afternoon when most of our trucks arrive, so the benefit is lost.", recommendation: "Keep FAST lanes open during peak commercial hours." },
    Theme { topic: Topic::Benefits, msc: None, title: "Business resumption priority is unclear", body: "No one could tell us how priority in business resumption would work after a port closure.", recommendation: "Publish the business resumption procedure for partners." },
    Theme { topic: Topic::BenefitMeasurement, msc: None, title: "Publish exam rates by entity type", body: "COAC asked for benefit metrics years ago. Industry still cannot see exam rates of members against non-members.", recommendation: "Publish quarterly exam rates by entity type and tier." },
    Theme { topic: Topic::BenefitMeasurement, msc: None, title: "Measure border wait time savings", body: "We track our own crossing times and could share them if CBP set a common method.", recommendation: "Define a method to measure wait time saved per crossing and invite partners to report." },
    Theme { topic: Topic::Communications, msc: None, title: "Portal notices are easy to miss", body: "Important notices in the CTPAT Portal are not sent by email, so we learn about changes late.", recommendation: "Send an email digest of new portal notices." },
    Theme { topic: Topic::Communications, msc: None, title: "Specialist changed without notice", body: "Our assigned specialist changed and we found out only when our emails bounced.", recommendation: "Tell partners when their specialist changes and who the new one is." },
    Theme { topic: Topic::ProgramExpansion, msc: None, title: "Include warehouse operators", body: "Bonded warehouse operators handle the same cargo as our members but cannot join CTPAT as their own entity type.", recommendation: "Create an entity type for warehouse operators." },
    Theme { topic: Topic::TradeCompliance, msc: None, title: "Trade Compliance benefits overlap", body: "The Trade Compliance benefits overlap with what we already get as Tier III partners, so the extra effort is hard to justify.", recommendation: "Add distinct benefits for Trade Compliance, such as expedited rulings with a set time." },
    Theme { topic: Topic::InteragencyPartnership, msc: None, title: "One application for several agencies", body: "We fill in similar security questionnaires for CBP, TSA and FDA programs.", recommendation: "Recognize CTPAT membership in other agencies' trusted trader programs." },
    Theme { topic: Topic::Other, msc: None, title: "Conference sessions online", body: "Many small partners cannot travel to the CTPAT conference.", recommendation: "Record the sessions and post them in the training library." },
];

const NAMES: &[&str] = &[
    "Maria Gonzalez",
    "James Carter",
    "Li Wei",
    "Ana Ruiz",
    "Tom Becker",
    "Priya Shah",
    "Jean Tremblay",
    "Carlos Mendoza",
    "Sarah Kim",
    "David Okafor",
];
const ORGS: &[&str] = &[
    "Northline Freight",
    "Pacific Imports LLC",
    "Ruiz Transportes SA de CV",
    "Great Lakes Customs Brokerage",
    "Atlas Manufacturing",
    "Harbor Terminal Co.",
    "Prairie Rail Logistics",
    "Summit Trade Association",
    "BlueWave Consolidators",
    "Tremblay Transport Inc.",
];
const STATUSES: &[Status] = &[
    Status::Received,
    Status::Received,
    Status::Received,
    Status::UnderReview,
    Status::UnderReview,
    Status::ReferredToWorkingGroup,
    Status::Accepted,
    Status::Planned,
    Status::Declined,
    Status::Closed,
];
const RESPONSES: &[&str] = &[
    "Thank you. The working group will discuss this at its next meeting, and CBP will post the outcome here.",
    "CBP agrees and is drafting updated implementation guidance for this criterion.",
    "This is planned for the next revision of the partner handbook.",
    "CBP reviewed this and will not change the requirement now, because it is set by statute; we have shared your concern with the working group.",
];

/// A stable anchor so the same data comes out on every machine and every day.
const ANCHOR: Timestamp = Timestamp(1_793_491_200_000); // 2026-11-01T00:00:00Z

pub struct DemoRecord {
    pub tracking_number: TrackingNumber,
    pub received_at: Timestamp,
    pub status: Status,
    pub feedback: Feedback,
    pub response: Option<&'static str>,
}

pub fn records() -> Vec<DemoRecord> {
    let mut rng = Rng::new(0xC7_9A7);
    let mut records: Vec<DemoRecord> = (0..COUNT)
        .map(|i| {
            let theme = rng.pick(THEMES);
            let kind = *rng.pick(&[
                SubmitterKind::Individual,
                SubmitterKind::Organization,
                SubmitterKind::Organization,
                SubmitterKind::Anonymous,
            ]);
            let name = *rng.pick(NAMES);
            let org = *rng.pick(ORGS);
            let form = FeedbackForm {
                consultation: String::new(),
                submitter_kind: kind.code().into(),
                name: if kind == SubmitterKind::Anonymous { String::new() } else { name.into() },
                organization: if kind == SubmitterKind::Organization { org.into() } else { String::new() },
                email: if kind != SubmitterKind::Anonymous && rng.below(3) > 0 {
                    format!("{}@example.com", name.to_lowercase().replace(' ', "."))
                } else {
                    String::new()
                },
                entity_type: rng.pick(&EntityType::ALL[..16]).code().into(),
                ctpat_status: rng.pick(CtpatStatus::ALL).code().into(),
                topic: theme.topic.code().into(),
                msc_category: theme.msc.map(|c| c.code().to_owned()).unwrap_or_default(),
                title: theme.title.into(),
                feedback: format!("{} (Demo submission {}.)", theme.body, i + 1),
                recommendation: if rng.below(4) > 0 { theme.recommendation.into() } else { String::new() },
                attachments: Vec::new(),
                may_publish: rng.below(3) > 0,
                website: String::new(),
            };
            let feedback = Feedback::parse(&form).expect("demo data obeys the form rules");
            let received_at = Timestamp(ANCHOR.0 - (rng.below(180 * 24 * 60) as i64) * 60_000);
            let status = *rng.pick(STATUSES);
            let response = (status != Status::Received && status != Status::UnderReview).then(|| *rng.pick(RESPONSES));
            DemoRecord {
                tracking_number: TrackingNumber::from_random(rng.next_u64().to_le_bytes()),
                received_at,
                status,
                feedback,
                response,
            }
        })
        .collect();
    // Stored in the order they arrived, as real submissions are (ids grow with time).
    records.sort_by_key(|r| r.received_at);
    records
}

fn lit(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

fn opt(s: Option<&str>) -> String {
    s.map(lit).unwrap_or_else(|| "NULL".into())
}

/// SQL that inserts the demo records; safe to run any number of times.
pub fn sql() -> String {
    let mut out = String::new();
    for r in records() {
        let f = &r.feedback;
        let responded = r.response.map(|_| (r.received_at.0 + 3 * 86_400_000).to_string());
        out.push_str(&format!(
            "INSERT INTO submissions (tracking_number, received_at, updated_at, status, submitter_kind, name, organization, email, \
             entity_type, ctpat_status, topic, msc_category, title, body, recommendation, may_publish, public_response, \
             public_response_at, request_hash) VALUES ({}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, 'demo') \
             ON CONFLICT DO NOTHING;\n",
            lit(r.tracking_number.as_str()),
            r.received_at.0,
            responded.clone().unwrap_or_else(|| r.received_at.0.to_string()),
            lit(r.status.code()),
            lit(f.submitter.kind().code()),
            opt(f.submitter.name()),
            opt(f.submitter.organization()),
            opt(f.submitter.email().map(|e| e.as_str())),
            lit(f.entity_type.code()),
            lit(f.ctpat_status.code()),
            lit(f.topic.code()),
            opt(f.msc_category.map(|c| c.code())),
            lit(&f.title),
            lit(&f.body),
            opt(f.recommendation.as_deref()),
            u8::from(f.may_publish),
            opt(r.response),
            responded.unwrap_or_else(|| "NULL".into()),
        ));
    }
    out
}

/// Reviewer activity on the demo data (run after the demo accounts exist): assignments, tags and
/// priorities, so the reviewer workspace has something to show. Every statement is idempotent.
pub fn review_sql() -> String {
    let reviewer = "(SELECT id FROM users WHERE email = 'reviewer@example.gov')";
    let mut out = String::new();
    for (i, r) in records().iter().enumerate() {
        let tn = lit(r.tracking_number.as_str());
        if r.status != Status::Received && i % 3 == 0 {
            out.push_str(&format!(
                "UPDATE submissions SET assignee_id = {reviewer} WHERE tracking_number = {tn} AND assignee_id IS NULL;\n"
            ));
        }
        if i % 7 == 0 {
            out.push_str(&format!(
                "UPDATE submissions SET priority = 2 WHERE tracking_number = {tn} AND priority = 1;\n"
            ));
        }
        let tag = match (r.feedback.topic, r.feedback.msc_category) {
            (_, Some(MscCategory::SealSecurity)) => Some("seals"),
            (_, Some(MscCategory::Cybersecurity)) => Some("cyber"),
            (Topic::Validations, _) => Some("validation process"),
            (Topic::BenefitMeasurement, _) | (Topic::Benefits, _) => Some("benefit metrics"),
            _ => None,
        };
        if let Some(tag) = tag {
            out.push_str(&format!(
                "INSERT INTO submission_tags (submission_id, tag) SELECT id, {} FROM submissions WHERE tracking_number = {tn} \
                 ON CONFLICT DO NOTHING;\n",
                lit(tag)
            ));
        }
    }
    out
}

/// Near-duplicate clusters of the demo submissions, as the worker would have placed them one by
/// one: signatures, cluster ids (the first member's id), cluster rows and band rows. Demo texts
/// share a theme's wording, so each theme forms a campaign-like cluster.
pub fn cluster_sql() -> String {
    use shared::similarity::{bands, ClusterIndex, Signature};
    let records = records();
    let mut index = ClusterIndex::new();
    let mut sigs = Vec::new();
    for r in &records {
        let f = &r.feedback;
        let text = format!("{} {} {}", f.title, f.body, f.recommendation.as_deref().unwrap_or(""));
        let sig = Signature::of_text(&text);
        index.add(sig.clone());
        sigs.push(sig);
    }
    let clusters = index.clusters();
    let mut out = String::new();
    let id_of = |i: usize| {
        format!("(SELECT id FROM submissions WHERE tracking_number = {})", lit(records[i].tracking_number.as_str()))
    };
    for (i, r) in records.iter().enumerate() {
        out.push_str(&format!(
            "UPDATE submissions SET signature = {}, cluster_id = {}, analysed_at = received_at WHERE tracking_number = {} AND signature IS NULL;\n",
            lit(&sigs[i].to_base64()),
            id_of(clusters[i]),
            lit(r.tracking_number.as_str()),
        ));
    }
    let mut roots: Vec<usize> = clusters.clone();
    roots.sort_unstable();
    roots.dedup();
    for root in roots {
        let members: Vec<usize> = (0..records.len()).filter(|i| clusters[*i] == root).collect();
        let first = members.iter().map(|i| records[*i].received_at.0).min().unwrap_or_default();
        let last = members.iter().map(|i| records[*i].received_at.0).max().unwrap_or_default();
        out.push_str(&format!(
            "INSERT OR IGNORE INTO clusters (id, representative_id, size, first_at, last_at) SELECT id, id, {}, {first}, {last} \
             FROM submissions WHERE tracking_number = {};\n",
            members.len(),
            lit(records[root].tracking_number.as_str()),
        ));
        for key in bands(&sigs[root]) {
            out.push_str(&format!(
                "INSERT OR IGNORE INTO lsh_bands (band_key, cluster_id, submission_id) SELECT {key}, id, id FROM submissions \
                 WHERE tracking_number = {};\n",
                lit(records[root].tracking_number.as_str()),
            ));
        }
    }
    out
}

/// A demo consultation: id, title, question, topic, MSC category, first and last day relative
/// to today, whether late feedback is taken.
struct DemoConsultation {
    id: i64,
    title: &'static str,
    question: &'static str,
    background: &'static str,
    topic: Topic,
    msc: Option<MscCategory>,
    days: (i64, i64),
    late: bool,
}

const CONSULTATIONS: &[DemoConsultation] = &[
    DemoConsultation {
        id: 1,
        title: "Validation timelines and reports",
        question: "How long did your last validation or revalidation take, from the notice to the final report, and what would make it more consistent?",
        background: "The COAC Trade Partnership and Engagement working group lists standardizing the validation process among its next steps.",
        topic: Topic::Validations,
        msc: None,
        days: (-20, 30),
        late: false,
    },
    DemoConsultation {
        id: 2,
        title: "Measuring CTPAT benefits by entity type",
        question: "Which benefits do you use, and how should CBP measure whether they outweigh the cost of membership for your entity type?",
        background: "A 2021 assessment found only about half of members think the benefits outweigh the costs.",
        topic: Topic::BenefitMeasurement,
        msc: None,
        days: (-5, 14),
        late: true,
    },
    DemoConsultation {
        id: 3,
        title: "Seal verification for highway carriers",
        question: "Is the seal verification criterion clear enough to apply the same way at every crossing?",
        background: "Minimum security criteria category 6 (seal security).",
        topic: Topic::MinimumSecurityCriteria,
        msc: Some(MscCategory::SealSecurity),
        days: (-60, -20),
        late: true,
    },
    DemoConsultation {
        id: 4,
        title: "What the CTPAT Portal should tell you",
        question: "Which notices should reach you by email, and how often?",
        background: "COAC's fourth ask is better communication across the program.",
        topic: Topic::Communications,
        msc: None,
        days: (7, 45),
        late: false,
    },
];

/// Consultations, publications on the board and support for the demo (run after `sql()`).
/// Dates of consultations are set relative to the first load; every statement is idempotent.
pub fn board_sql(now: Timestamp) -> String {
    let mut out = String::new();
    for c in CONSULTATIONS {
        out.push_str(&format!(
            "INSERT INTO consultations (id, title, question, background, topic, msc_category, opens_at, closes_at, late_allowed, \
             created_at, updated_at) VALUES ({}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}) ON CONFLICT DO NOTHING;\n",
            c.id,
            lit(c.title),
            lit(c.question),
            lit(c.background),
            lit(c.topic.code()),
            opt(c.msc.map(|m| m.code())),
            now.plus_days(c.days.0).date_start().0,
            now.plus_days(c.days.1 + 1).date_start().0,
            u8::from(c.late),
            now.0,
            now.0,
        ));
    }
    for (i, r) in records().iter().enumerate() {
        let tn = lit(r.tracking_number.as_str());
        let consultation = match (r.feedback.topic, r.feedback.msc_category) {
            (Topic::Validations, _) if i % 2 == 0 => Some(1),
            (Topic::BenefitMeasurement, _) => Some(2),
            (_, Some(MscCategory::SealSecurity)) => Some(3),
            _ => None,
        };
        if let Some(c) = consultation {
            out.push_str(&format!(
                "UPDATE submissions SET consultation_id = {c} WHERE tracking_number = {tn} AND consultation_id IS NULL;\n"
            ));
        }
        // Publish what the submitter allowed and a reviewer has looked at: every other one.
        if !(r.feedback.may_publish && r.status != Status::Received && i % 2 == 0) {
            continue;
        }
        let at = r.received_at.0 + 4 * 86_400_000;
        out.push_str(&format!(
            "UPDATE submissions SET published_at = {at}, public_title = title, public_body = body, \
             public_recommendation = recommendation WHERE tracking_number = {tn} AND published_at IS NULL;\n\
             INSERT INTO history (submission_id, actor_id, at, field, old_value, new_value) \
             SELECT id, NULL, {at}, 'publication', NULL, 'published' FROM submissions s WHERE tracking_number = {tn} \
             AND NOT EXISTS (SELECT 1 FROM history h WHERE h.submission_id = s.id AND h.field = 'publication');\n"
        ));
        let entities = [
            EntityType::UsImporter,
            EntityType::CustomsBroker,
            EntityType::SeaCarrier,
            EntityType::HighwayCarrierUsMexico,
        ];
        for n in 0..(i % 9) {
            out.push_str(&format!(
                "INSERT INTO supports (submission_id, supporter, entity_type, organization, created_at) \
                 SELECT id, 'demo-{i}-{n}', {}, NULL, {} FROM submissions WHERE tracking_number = {tn} ON CONFLICT DO NOTHING;\n",
                lit(entities[(i + n) % entities.len()].code()),
                at + n as i64 * 3_600_000,
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_data_is_deterministic_and_varied() {
        assert_eq!(sql(), sql());
        let records = records();
        assert_eq!(records.len(), COUNT);
        let numbers: std::collections::HashSet<_> = records.iter().map(|r| r.tracking_number.clone()).collect();
        assert_eq!(numbers.len(), COUNT, "tracking numbers are unique");
        for topic in Topic::ALL {
            assert!(records.iter().any(|r| r.feedback.topic == *topic), "{topic:?} is represented");
        }
        assert!(records.iter().any(|r| r.feedback.submitter.kind() == SubmitterKind::Anonymous));
        assert!(records.iter().any(|r| r.response.is_some()));
        let review = review_sql();
        assert_eq!(review, review_sql());
        assert!(review.contains("assignee_id") && review.contains("submission_tags"));
        let board = board_sql(ANCHOR);
        assert_eq!(board, board_sql(ANCHOR));
        assert!(
            board.contains("INSERT INTO consultations") && board.contains("published_at") && board.contains("supports")
        );
    }
}
