//! Generated mass campaigns with ground truth, for the near-duplicate tests and `cargo xtask bench`.
//!
//! A campaign is a letter an association circulates about a CTPAT topic; members paste it into
//! the feedback form with edits: synonyms swapped in, a sentence of their own added, one dropped,
//! a phrase tacked on, sentences reordered, and their own greeting and signature. Unique feedback
//! is composed from a grammar of CTPAT situations, so two unique texts may share phrases (as
//! real ones on the same topic do) but are not near-duplicates. Everything is deterministic in
//! the seed.

use crate::demo::Rng;

/// One generated submission and its ground truth.
#[derive(Clone, Debug, PartialEq)]
pub struct GeneratedDoc {
    pub title: String,
    pub text: String,
    /// The campaign (template index) it is a copy of; `None` for unique feedback.
    pub campaign: Option<usize>,
}

/// A campaign letter: title variants and the body, one sentence per entry.
struct Template {
    titles: &'static [&'static str],
    sentences: &'static [&'static str],
}

const TEMPLATES: &[Template] = &[
    Template {
        titles: &["Seal verification must be consistent", "One seal checklist for all ports", "VVTT inspections differ by port"],
        sentences: &[
            "We are writing on behalf of the small carriers in our association about the seal verification process.",
            "Drivers are asked to perform the VVTT inspection in a different order at every port of entry.",
            "The minimum security criteria explain what to check but not the sequence, and officers expect different things.",
            "This causes delays at the booth and confusion among new drivers.",
            "Some officers reject a seal that another port accepted the same week.",
            "Carriers cannot train their staff on a procedure that changes from one crossing to the next.",
            "We ask CBP to publish a single seal verification checklist with photographs.",
            "We also ask that officers receive the same training on it so that the rule is applied the same way everywhere.",
        ],
    },
    Template {
        titles: &["Publish exam rates for CTPAT members", "Show us the benefit of fewer exams", "Exam rate transparency"],
        sentences: &[
            "Our members joined CTPAT because the program promised fewer examinations at the border.",
            "Years later, most of them cannot tell whether their exam rate is lower than that of companies outside the program.",
            "CBP collects these numbers but does not share them with the trade.",
            "Without data it is difficult to justify the cost of compliance to our boards and owners.",
            "COAC recommended benefit metrics long ago and industry is still waiting.",
            "We request that CBP publish quarterly exam rates by entity type and tier, compared with non-members.",
            "Each partner should also be able to see its own exam rate in the portal.",
        ],
    },
    Template {
        titles: &["Keep FAST lanes open at peak hours", "FAST lane closures hurt certified carriers", "FAST lanes closed when we need them"],
        sentences: &[
            "The FAST lanes at our southern border crossings are often closed in the afternoon.",
            "That is exactly when most commercial trucks arrive from the maquiladoras.",
            "Certified carriers then wait in the general lanes with everyone else, and the main benefit of the program disappears.",
            "Our drivers lose two or three hours a day in these lines.",
            "We invested in FAST cards, driver background checks and secure trailers to earn dedicated lanes.",
            "We urge CBP to keep FAST lanes open during peak commercial hours and to publish the lane schedule in advance.",
        ],
    },
    Template {
        titles: &["Validation reports take too long", "Set a deadline for validation reports", "Months without a validation report"],
        sentences: &[
            "Many partners in our association have waited four to six months for their validation report after the site visit.",
            "During that time we cannot act on the findings, and some of them concern serious weaknesses.",
            "Our customers ask for proof of certification that we cannot provide while the report is pending.",
            "Supply chain security specialists are clearly overloaded.",
            "We ask that CBP set a target time of sixty days for validation reports.",
            "Partners should be told when to expect their report and whom to contact when it is late.",
            "A short summary of findings at the end of the visit would also help us start corrective actions right away.",
        ],
    },
    Template {
        titles: &["Cybersecurity criteria are too heavy for small companies", "Scale the cybersecurity criteria", "Cybersecurity criteria and small brokers"],
        sentences: &[
            "The cybersecurity criteria were written as if every partner had a full IT department.",
            "Most of our members are customs brokers and carriers with fewer than twenty employees.",
            "They cannot afford yearly penetration tests or a dedicated security officer.",
            "Several of them have considered leaving the program because of these requirements.",
            "We support strong cybersecurity, but the criteria should be proportionate to the size of the company.",
            "Please publish a template policy and a simplified checklist for small businesses.",
            "Free training webinars on basic controls such as backups, passwords and phishing would be very welcome.",
        ],
    },
    Template {
        titles: &["The CTPAT Portal logs us out", "Portal problems when updating the security profile", "Fix the CTPAT Portal"],
        sentences: &[
            "Our members report the same problems with the CTPAT Portal every year.",
            "The portal logs users out after a few minutes, and unsaved answers in the security profile are lost.",
            "Uploading documents fails without any error message when the file is larger than a few megabytes.",
            "Important notices are posted in the portal but never sent by email, so companies learn about changes late.",
            "We ask CBP to extend the session time, to show clear error messages and to send an email digest of new notices.",
            "A test environment where partners can try new features before they go live would also reduce problems.",
        ],
    },
    Template {
        titles: &["Align agricultural security with ISPM 15", "Agricultural criteria confuse warehouse staff", "Pest contamination criteria wording"],
        sentences: &[
            "The agricultural security criteria overlap with the ISPM 15 rules for wood packaging material.",
            "However, the two texts use different words for the same requirements.",
            "Warehouse staff in our member companies are confused about which inspection applies to which pallet.",
            "Some validations have recorded findings for practices that fully comply with ISPM 15.",
            "We request that CBP align the wording of the criteria with ISPM 15 and link to the official standard.",
            "Examples of acceptable pest inspection records would help small warehouses a great deal.",
        ],
    },
    Template {
        titles: &["Background checks where local law forbids them", "Personnel security criteria and privacy laws", "Accept alternatives to background checks"],
        sentences: &[
            "Many of our members operate factories in countries where criminal background checks of employees are restricted by law.",
            "The personnel security criteria require these checks without exception.",
            "Our members cannot break local privacy laws to meet a CTPAT criterion.",
            "Some have received findings for this during validations, even though they explained the legal situation.",
            "We ask CBP to accept documented alternatives, such as reference checks and periodic reviews, where local law forbids background checks.",
            "Guidance with country examples would ensure that specialists treat these cases the same way.",
        ],
    },
    Template {
        titles: &["Security training for seasonal workers", "Training records for temporary staff", "Shorter training for seasonal employees"],
        sentences: &[
            "Our association represents growers and packers who hire many seasonal workers each harvest.",
            "The criteria require annual security training for every employee, with records kept for each person.",
            "For staff who work three months a year, the full training and the paperwork are a heavy burden.",
            "Supervisors spend more time on training records than on actual security.",
            "We propose a short induction module for seasonal workers, with a simple sign-in sheet as the record.",
            "Full training would remain required for permanent staff and for anyone with access to sealed containers.",
        ],
    },
    Template {
        titles: &["Business resumption priority is unclear", "What does business resumption priority mean", "Explain business resumption for partners"],
        sentences: &[
            "CTPAT lists priority in business resumption as a benefit of membership.",
            "None of our members has ever been told how this priority would work after a port closure or a major incident.",
            "During the last hurricane season, certified and uncertified shipments appeared to be treated the same way.",
            "A benefit that cannot be explained does not help us justify our investment in the program.",
            "We ask CBP to publish the business resumption procedure for partners, including who to contact and what to expect.",
            "An exercise with industry before the next hurricane season would build trust in this benefit.",
        ],
    },
    Template {
        titles: &["Mutual recognition with Mexico's OEA", "Make mutual recognition work in practice", "OEA and CTPAT mutual recognition"],
        sentences: &[
            "Many of our members are certified in both CTPAT and the Mexican OEA program.",
            "The mutual recognition arrangement was supposed to reduce duplicate validations and paperwork.",
            "In practice, members still go through two separate validations with different questionnaires.",
            "The benefits of mutual recognition are not visible at the border either.",
            "We urge CBP and SAT to share validation results as the arrangement intends.",
            "A joint questionnaire and a single validation visit would save time for both agencies and for industry.",
        ],
    },
    Template {
        titles: &["Tier 3 benefits are not visible", "What Tier 3 status brings", "Recognise Tier 3 importers"],
        sentences: &[
            "Reaching Tier 3 status requires importers to exceed the minimum security criteria and to document best practices.",
            "Our members who made this effort see no difference at the border compared with Tier 2.",
            "Exam rates, processing times and front of the line treatment appear to be the same.",
            "Several members are asking whether the extra investment in security is worth it.",
            "We request that CBP publish what Tier 3 status brings in concrete terms and report the results each year.",
            "Without visible benefits, fewer companies will aim for the highest tier.",
        ],
    },
    Template {
        titles: &["Annual security profile review is repetitive", "Simplify the security profile update", "Duplicate questions in the security profile"],
        sentences: &[
            "Every year our members must review and resubmit the complete security profile in the portal.",
            "Most answers do not change from one year to the next, yet each one must be confirmed again.",
            "Several questions ask for the same information in different words.",
            "For a small company the annual review takes several days of work.",
            "We propose that partners only confirm the sections that have changed, with the rest carried over.",
            "Removing duplicate questions would make the profile shorter and easier to keep accurate.",
        ],
    },
    Template {
        titles: &["Forced labor criteria need guidance", "Social compliance and forced labor due diligence", "Guidance on forced labor in supply chains"],
        sentences: &[
            "Our members support the addition of forced labor criteria to CTPAT.",
            "However, the criteria do not explain what level of due diligence CBP expects from a partner.",
            "Importers with thousands of suppliers cannot audit every factory in their supply chain.",
            "Without clear guidance, members fear that a single finding could cost them their certification.",
            "We ask CBP to publish examples of acceptable social compliance programs for different company sizes.",
            "A transition period before findings are recorded would give partners time to adapt.",
        ],
    },
    Template {
        titles: &["Connect CTPAT and the Trusted Trader program", "One application for CTPAT Trade Compliance", "Trusted Trader integration"],
        sentences: &[
            "Importers who want to join CTPAT Trade Compliance must submit information that CBP already holds in ACE.",
            "The application asks for entry data, bond details and compliance history that could be filled in automatically.",
            "This duplication makes the application long and discourages smaller importers.",
            "Our members would welcome a single application covering both security and trade compliance.",
            "We request that CBP connect the CTPAT Portal with ACE so that existing data is reused.",
            "A clear timeline for the review of applications would also help companies plan their resources.",
        ],
    },
];

/// Interchangeable words; a copy swaps some of them. Each word is in one group only.
const SYNONYMS: &[&[&str]] = &[
    &["members", "participants", "affiliates"],
    &["companies", "firms", "businesses"],
    &["delays", "backlogs", "holdups"],
    &["ask", "urge", "request"],
    &["officers", "agents", "inspectors"],
    &["drivers", "truckers", "operators"],
    &["publish", "release", "issue"],
    &["clear", "transparent", "simple"],
    &["guidance", "direction", "instructions"],
    &["problems", "issues", "difficulties"],
    &["often", "frequently", "regularly"],
    &["requirements", "obligations", "demands"],
    &["difficult", "hard", "challenging"],
    &["industry", "trade", "sector"],
    &["association", "federation", "chamber"],
    &["different", "distinct", "varying"],
    &["program", "programme", "initiative"],
    &["staff", "personnel", "employees"],
    &["help", "assist", "aid"],
    &["important", "essential", "critical"],
    &["benefit", "advantage", "gain"],
    &["heavy", "large", "significant"],
    &["small", "smaller", "modest"],
    &["several", "various", "many"],
    &["time", "period"],
    &["expect", "anticipate"],
    &["welcome", "appreciated", "valued"],
    &["confused", "unsure", "uncertain"],
    &["propose", "suggest", "recommend"],
];

const PHRASES: &[&str] = &[
    "In our experience, ",
    "Frankly, ",
    "As you know, ",
    "In short, ",
    "To be honest, ",
    "Once again, ",
    "Put simply, ",
];

const GREETINGS: &[&str] = &[
    "Dear CTPAT Program Office,",
    "Dear Sir or Madam,",
    "To whom it may concern:",
    "Dear CTPAT team,",
    "Hello,",
    "Dear colleagues at CBP,",
    "Good morning,",
    "Attention: CTPAT Director",
];

const CLOSINGS: &[&str] = &[
    "Sincerely,",
    "Best regards,",
    "Kind regards,",
    "Regards,",
    "Respectfully,",
    "Thank you,",
    "Yours truly,",
    "Thanks,",
];

const FIRST_NAMES: &[&str] = &[
    "Maria", "John", "Ana", "Luis", "Sarah", "Michael", "Carmen", "David", "Jennifer", "Carlos", "Emily", "Jorge",
    "Linda", "Robert", "Patricia", "Miguel", "Susan", "James", "Laura", "Daniel", "Sofia", "Thomas", "Isabel", "Kevin",
];

const LAST_NAMES: &[&str] = &[
    "Lopez",
    "Smith",
    "Garcia",
    "Johnson",
    "Martinez",
    "Brown",
    "Hernandez",
    "Davis",
    "Gonzalez",
    "Wilson",
    "Perez",
    "Anderson",
    "Ramirez",
    "Taylor",
    "Torres",
    "Moore",
    "Flores",
    "Jackson",
    "Rivera",
    "White",
    "Ruiz",
    "O'Brien",
];

const JOB_TITLES: &[&str] = &[
    "Compliance Manager",
    "Operations Director",
    "Security Coordinator",
    "President",
    "Logistics Manager",
    "Trade Compliance Specialist",
    "General Manager",
    "Customs Manager",
    "Owner",
];

const COMPANY_WORDS: &[&str] = &[
    "Norte",
    "Lone Star",
    "Pacific",
    "Frontera",
    "Gulf",
    "Sierra",
    "Rio Bravo",
    "Atlas",
    "Summit",
    "Delta",
    "Cascade",
    "Aztec",
    "Prairie",
    "Harbor",
    "Eagle",
    "Border",
    "Coastal",
    "Granite",
    "Mesa",
    "Union",
];

const COMPANY_KINDS: &[&str] = &[
    "Freight LLC",
    "Logistics Inc.",
    "Customs Brokers",
    "Transport S.A. de C.V.",
    "Trucking Co.",
    "Imports Inc.",
    "Manufacturing",
    "Cold Chain Ltd.",
    "Distribution Group",
];

const PORTS: &[&str] = &[
    "Laredo",
    "Otay Mesa",
    "El Paso",
    "Nogales",
    "Pharr",
    "Calexico",
    "Detroit",
    "Buffalo",
    "Blaine",
    "Eagle Pass",
    "Brownsville",
    "Port Huron",
    "Santa Teresa",
    "Del Rio",
];

const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

const COUNTRIES: &[&str] =
    &["Mexico", "Vietnam", "China", "India", "Guatemala", "Colombia", "Turkey", "Bangladesh", "Canada", "Peru"];

/// Sentences a member adds about itself (slots: `{port}`, `{month}`, `{n}`, `{year}`, `{country}`).
const PERSONAL: &[&str] = &[
    "Our company has been a certified partner since {year}.",
    "We move about {n}0 shipments a week through {port}.",
    "Last {month}, one of our trucks waited {n} hours at {port}.",
    "We employ {n}5 people and work with suppliers in {country}.",
    "This matters a great deal to a family business like ours.",
    "I have worked in trade compliance for {n} years.",
    "Our customers ask us about this every week.",
    "We raised this point at the {month} meeting as well.",
    "Our validation in {year} went well otherwise.",
    "We cross at {port} almost every day.",
];

fn pick<'a>(rng: &mut Rng, items: &[&'a str]) -> &'a str {
    items[rng.below(items.len())]
}

fn unit(rng: &mut Rng) -> f64 {
    (rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64
}

fn fill(pattern: &str, rng: &mut Rng) -> String {
    let mut out = pattern.to_owned();
    for (slot, options) in
        [("{port}", PORTS), ("{month}", MONTHS), ("{country}", COUNTRIES), ("{thing}", THINGS), ("{adj}", ADJECTIVES)]
    {
        while let Some(at) = out.find(slot) {
            out.replace_range(at..at + slot.len(), pick(rng, options));
        }
    }
    while let Some(at) = out.find("{n}") {
        out.replace_range(at..at + 3, &(2 + rng.below(9)).to_string());
    }
    while let Some(at) = out.find("{year}") {
        out.replace_range(at..at + 6, &(2005 + rng.below(19)).to_string());
    }
    out
}

fn person(rng: &mut Rng) -> (String, String, String) {
    let name = format!("{} {}", pick(rng, FIRST_NAMES), pick(rng, LAST_NAMES));
    let company = format!("{} {}", pick(rng, COMPANY_WORDS), pick(rng, COMPANY_KINDS));
    (name, pick(rng, JOB_TITLES).to_string(), company)
}

/// A greeting line or nothing, then the body, then a signature block in one of the usual shapes.
fn letter(body: &str, rng: &mut Rng, formal: bool) -> String {
    let mut out = String::new();
    if formal || rng.below(3) == 0 {
        out.push_str(pick(rng, GREETINGS));
        out.push_str(if rng.below(2) == 0 { "\n\n" } else { "\n" });
    }
    out.push_str(body);
    let (name, title, company) = person(rng);
    match rng.below(if formal { 5 } else { 8 }) {
        0 | 1 => out.push_str(&format!("\n\n{}\n{name}\n{title}\n{company}", pick(rng, CLOSINGS))),
        2 => out.push_str(&format!("\n\n{}\n{name}, {title}, {company}", pick(rng, CLOSINGS))),
        3 => out.push_str(&format!("\n\n{} {name}\n{company}", pick(rng, CLOSINGS))),
        4 => out.push_str(&format!("\n\n-- \n{name}\n{title} | {company}\nTel. (956) 555-{:04}", rng.below(10_000))),
        // No closing word: the name (and maybe the company) on the last lines, counted as text.
        5 => out.push_str(&format!("\n\n{name}\n{company}")),
        6 => out.push_str(&format!("\n{name}")),
        _ => {}
    }
    out
}

/// Splits sentences into paragraphs at random points.
fn layout(sentences: &[String], rng: &mut Rng) -> String {
    let mut out = String::new();
    for (i, s) in sentences.iter().enumerate() {
        if i > 0 {
            out.push_str(if rng.below(4) == 0 { "\n\n" } else { " " });
        }
        out.push_str(s);
    }
    out
}

/// Swaps each word of a synonym group for another member of the group with probability `p`.
fn swap_synonyms(sentence: &str, p: f64, rng: &mut Rng) -> String {
    let mut out = String::with_capacity(sentence.len() + 16);
    let mut word = String::new();
    for c in sentence.chars().map(Some).chain([None]) {
        if let Some(c) = c.filter(|c| c.is_alphanumeric()) {
            word.push(c);
            continue;
        }
        let lower = word.to_lowercase();
        match SYNONYMS.iter().find(|g| g.contains(&lower.as_str())) {
            Some(group) if unit(rng) < p => {
                let others: Vec<&str> = group.iter().copied().filter(|w| *w != lower).collect();
                let choice = pick(rng, &others);
                let mut chars = choice.chars();
                if word.starts_with(char::is_uppercase) {
                    out.extend(chars.next().map(|f| f.to_ascii_uppercase()));
                }
                out.push_str(chars.as_str());
            }
            _ => out.push_str(&word),
        }
        word.clear();
        out.extend(c);
    }
    out
}

/// One member's copy of a campaign letter.
fn campaign_copy(template: &Template, rng: &mut Rng) -> (String, String) {
    let mut sentences: Vec<String> = template.sentences.iter().map(|s| swap_synonyms(s, 0.25, rng)).collect();
    // Drop a sentence (not the opening one) or two.
    for _ in 0..[0, 0, 1, 1, 2][rng.below(5)] {
        if sentences.len() > 4 {
            let at = 1 + rng.below(sentences.len() - 1);
            sentences.remove(at);
        }
    }
    // Add sentences of one's own.
    for _ in 0..[0, 1, 1, 2][rng.below(4)] {
        let at = rng.below(sentences.len() + 1);
        sentences.insert(at, fill(pick(rng, PERSONAL), rng));
    }
    // A phrase in front of a sentence.
    if rng.below(3) == 0 {
        let at = rng.below(sentences.len());
        let s = &sentences[at];
        let lowered = match s.chars().nth(1) {
            Some(second) if second.is_lowercase() => {
                let mut c = s.chars();
                c.next().map(|f| f.to_lowercase().collect::<String>()).unwrap_or_default() + c.as_str()
            }
            _ => s.clone(),
        };
        sentences[at] = format!("{}{lowered}", pick(rng, PHRASES));
    }
    // Reorder: move one sentence elsewhere, sometimes twice.
    for _ in 0..[0, 1, 1, 2][rng.below(4)] {
        let from = rng.below(sentences.len());
        let s = sentences.remove(from);
        let to = rng.below(sentences.len() + 1);
        sentences.insert(to, s);
    }
    let title = pick(rng, template.titles).to_string();
    (title, letter(&layout(&sentences, rng), rng, true))
}

// Unique feedback: a grammar of situations, observations and requests.

const SUBJECTS: &[&str] = &[
    "Our drivers",
    "The warehouse team",
    "Our customs broker",
    "The compliance office",
    "The night shift",
    "Our carriers",
    "Our supplier in {country}",
    "The plant manager",
    "Our security guards",
    "The import team",
    "Our freight forwarder",
    "Two of our new dispatchers",
    "The quality department",
    "Our highway carrier partner",
];

const EVENTS: &[&str] = &[
    "waited {n} hours for an exam at {port}",
    "could not upload the security profile after the {month} update",
    "received conflicting instructions from two specialists",
    "lost a full day to a document check at {port}",
    "were told to repeat the seal inspection at the secondary booth",
    "saw no change in our exam rate since certification",
    "had to redo the risk assessment from scratch",
    "got the validation report {n} months after the visit",
    "were asked for evidence that the criteria never mention",
    "missed a portal notice about the new criteria",
    "found a tampered seal on a trailer from {country}",
    "spent {n} days preparing for a virtual validation",
    "could not reach anyone at the supply chain security office",
    "were asked to install cameras that we already have",
    "needed {n} weeks to renew the FAST cards",
    "passed the validation with no findings",
    "filled the same questionnaire twice for CTPAT and OEA",
    "were inspected {n} times in one month at {port}",
];

const TIMES: &[&str] = &[
    "last {month}",
    "in {month}",
    "twice this year",
    "during the last validation",
    "right after the portal update",
    "this quarter",
    "on a busy Friday",
    "before the holidays",
];

const THINGS: &[&str] = &[
    "the portal",
    "the seal checklist",
    "the training module",
    "the security profile form",
    "the exam process at {port}",
    "FAST enrollment",
    "the mutual recognition process",
    "the appeal procedure",
    "the annual review",
    "the risk assessment template",
    "the new criteria guide",
    "the validation questionnaire",
];

const ADJECTIVES: &[&str] = &[
    "confusing",
    "slow",
    "outdated",
    "helpful",
    "inconsistent",
    "expensive",
    "unclear",
    "well organised",
    "too long",
    "hard to find",
    "much better than before",
    "only in English",
];

const OBSERVATIONS: &[&str] = &[
    "In our view {thing} is {adj}.",
    "Honestly, {thing} has become {adj} since {year}.",
    "People here say that {thing} is {adj} and that nobody explains why.",
    "We find {thing} {adj}, especially for new staff.",
    "Compared with other programs, {thing} feels {adj}.",
    "Nobody on our side understands why {thing} is still {adj}.",
];

const ACTIONS: &[&str] = &[
    "publish the average exam rate for each tier",
    "send reminders before the annual review",
    "let us upload documents in bulk",
    "explain each criterion with an example",
    "keep the FAST lane at {port} open until eight",
    "give every partner a single contact person",
    "translate the guidance into Spanish and French",
    "allow virtual validations again",
    "set a deadline for validation reports",
    "share the results of the last survey",
    "accept electronic seals",
    "recognise OEA validations",
    "offer a webinar on the new criteria",
    "fix the upload button",
    "add a search function to the document library",
    "announce portal maintenance a week ahead",
];

const REQUESTS: &[&str] = &[
    "Please {action}.",
    "We would appreciate it if CBP could {action}.",
    "It would help us a lot if you could {action}.",
    "Our suggestion: {action}.",
    "Could the program office {action}?",
    "My request is simple: {action}.",
];

const FACTS: &[&str] = &[
    "We have {n}0 trucks and about {n}00 employees.",
    "We import {goods} from {country}.",
    "We became a partner in {year} and were revalidated in {year}.",
    "Our site in {port} handles most of our crossings.",
    "We are a {n}-person brokerage.",
    "Most of our freight is {goods}.",
];

const GOODS: &[&str] = &[
    "auto parts",
    "fresh produce",
    "electronics",
    "textiles",
    "furniture",
    "medical devices",
    "steel coils",
    "toys",
    "frozen food",
    "solar panels",
];

const UNIQUE_TITLES: &[&str] = &[
    "Question about {thing}",
    "Problem at {port}",
    "Feedback on {thing}",
    "Suggestion: {action}",
    "Our experience {time}",
    "{thing} is {adj}",
];

const CONSEQUENCES: &[&str] = &[
    "and the load missed its delivery window",
    "which cost us a customer",
    "so we had to pay the driver overtime",
    "and nobody could tell us why",
    "and the specialist never answered our email",
    "which delayed a shipment of {goods}",
    "so the plant in {country} stopped for a day",
    "and we had to file a complaint",
    "which worried our insurer",
    "and the trailer was sent back to the yard",
];

const BENEFITS: &[&str] = &[
    "partners can plan ahead",
    "small companies are not left behind",
    "our staff stop guessing",
    "we can show our board the value of the program",
    "drivers know what to expect at {port}",
    "the same rule applies at every port",
    "findings are fixed faster",
    "we do not pay twice for the same audit",
];

fn unique_sentence(rng: &mut Rng) -> String {
    let pattern = match rng.below(4) {
        0 => {
            let consequence = if rng.below(2) == 0 { format!(", {}", pick(rng, CONSEQUENCES)) } else { String::new() };
            format!("{} {} {}{consequence}.", pick(rng, SUBJECTS), pick(rng, EVENTS), pick(rng, TIMES))
        }
        1 => pick(rng, OBSERVATIONS).to_string(),
        2 => {
            let mut action = pick(rng, ACTIONS).to_owned();
            if rng.below(3) > 0 {
                action = format!("{action} so that {}", pick(rng, BENEFITS));
            }
            pick(rng, REQUESTS).replace("{action}", &action)
        }
        _ => pick(rng, FACTS).replace("{goods}", pick(rng, GOODS)),
    };
    fill(&pattern.replace("{goods}", pick(rng, GOODS)), rng)
}

fn unique_feedback(rng: &mut Rng) -> (String, String) {
    // Three sentences at least: two people writing two short sentences from the same few
    // situations would be near-duplicates of each other, and rightly so.
    let count = 3 + rng.below(6);
    let mut sentences: Vec<String> = (0..count).map(|_| unique_sentence(rng)).collect();
    // Some quote a sentence of a campaign letter they read: same topic, same words, yet their
    // own feedback — the hard case for precision.
    if rng.below(6) == 0 {
        let template = &TEMPLATES[rng.below(TEMPLATES.len())];
        let at = rng.below(sentences.len() + 1);
        sentences.insert(at, pick(rng, template.sentences).to_owned());
    }
    let title = UNIQUE_TITLES[rng.below(UNIQUE_TITLES.len())]
        .replace("{action}", pick(rng, ACTIONS))
        .replace("{time}", pick(rng, TIMES));
    let mut title = fill(&title, rng);
    if let Some(first) = title.get(..1) {
        title = first.to_uppercase() + &title[1..];
    }
    (title, letter(&layout(&sentences, rng), rng, false))
}

/// `n` submissions in arrival order: each a copy of a campaign letter with probability
/// `campaign_share`, else unique feedback. Campaign sizes follow a Zipf-like law (the first
/// template is the most circulated), as a few associations drive most of a real campaign volume.
pub fn generate(n: usize, campaign_share: f64, seed: u64) -> Vec<GeneratedDoc> {
    let mut rng = Rng::new(seed ^ 0xCA4D_A16E);
    let weights: Vec<f64> = (0..TEMPLATES.len()).map(|t| 1.0 / (t as f64 + 1.0)).collect();
    let total: f64 = weights.iter().sum();
    (0..n)
        .map(|_| {
            if unit(&mut rng) < campaign_share {
                let mut x = unit(&mut rng) * total;
                let t = weights.iter().position(|w| {
                    x -= w;
                    x < 0.0
                });
                let t = t.unwrap_or(TEMPLATES.len() - 1);
                let (title, text) = campaign_copy(&TEMPLATES[t], &mut rng);
                GeneratedDoc { title, text, campaign: Some(t) }
            } else {
                let (title, text) = unique_feedback(&mut rng);
                GeneratedDoc { title, text, campaign: None }
            }
        })
        .collect()
}

/// How a clustering agrees with the ground truth, counted over pairs of documents.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PairScores {
    /// Pairs in the same predicted cluster.
    pub predicted_pairs: u64,
    /// Pairs in the same campaign.
    pub true_pairs: u64,
    /// Pairs in both.
    pub correct_pairs: u64,
    /// correct / predicted (1 when nothing was paired).
    pub precision: f64,
    /// correct / true (1 when there is nothing to find).
    pub recall: f64,
}

/// Pairwise precision and recall of `predicted` cluster ids against `truth` campaign ids (one
/// each per document; `None` is a document of its own, paired with nothing).
pub fn pairwise_scores(predicted: &[usize], truth: &[Option<usize>]) -> PairScores {
    assert_eq!(predicted.len(), truth.len(), "one truth per prediction");
    fn pairs(n: u64) -> u64 {
        n * n.saturating_sub(1) / 2
    }
    let mut by_cluster = std::collections::HashMap::<usize, u64>::new();
    let mut by_campaign = std::collections::HashMap::<usize, u64>::new();
    let mut by_both = std::collections::HashMap::<(usize, usize), u64>::new();
    for (&p, &t) in predicted.iter().zip(truth) {
        *by_cluster.entry(p).or_default() += 1;
        if let Some(t) = t {
            *by_campaign.entry(t).or_default() += 1;
            *by_both.entry((p, t)).or_default() += 1;
        }
    }
    let predicted_pairs = by_cluster.values().map(|&n| pairs(n)).sum();
    let true_pairs = by_campaign.values().map(|&n| pairs(n)).sum();
    let correct_pairs = by_both.values().map(|&n| pairs(n)).sum();
    let ratio = |a: u64, b: u64| if b == 0 { 1.0 } else { a as f64 / b as f64 };
    PairScores {
        predicted_pairs,
        true_pairs,
        correct_pairs,
        precision: ratio(correct_pairs, predicted_pairs),
        recall: ratio(correct_pairs, true_pairs),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use shared::similarity::cluster_texts;

    #[test]
    fn pairwise_scores_by_hand() {
        // Truth: {0,1,2} campaign 7, {3,4} campaign 8, 5 and 6 unique.
        let truth = [Some(7), Some(7), Some(7), Some(8), Some(8), None, None];
        // Predicted: {0,1} {2,3,4} {5,6}.
        let s = pairwise_scores(&[0, 0, 2, 2, 2, 5, 5], &truth);
        // Predicted pairs: 1 + 3 + 1 = 5; true pairs: 3 + 1 = 4; correct: (0,1) and (3,4).
        assert_eq!((s.predicted_pairs, s.true_pairs, s.correct_pairs), (5, 4, 2));
        assert_eq!((s.precision, s.recall), (0.4, 0.5));
        let perfect = pairwise_scores(&[0, 0, 0, 3, 3, 5, 6], &truth);
        assert_eq!((perfect.precision, perfect.recall), (1.0, 1.0));
        let none = pairwise_scores(&[0, 1], &[None, None]);
        assert_eq!((none.precision, none.recall), (1.0, 1.0));
    }

    #[test]
    fn generation_is_deterministic_and_mixed() {
        let a = generate(400, 0.6, 1);
        assert_eq!(a, generate(400, 0.6, 1));
        assert_ne!(a, generate(400, 0.6, 2));
        let members = a.iter().filter(|d| d.campaign.is_some()).count();
        assert!((200..280).contains(&members), "{members}");
        let words = |d: &GeneratedDoc| d.text.split_whitespace().count();
        for d in &a {
            assert!(!d.title.is_empty() && d.title.chars().count() <= 120, "{}", d.title);
            assert!(d.text.chars().count() <= shared::feedback::FEEDBACK_MAX);
            if d.campaign.is_some() {
                assert!((45..=260).contains(&words(d)), "{}", d.text);
            }
        }
        // Copies really differ from each other.
        let copies: Vec<&GeneratedDoc> = a.iter().filter(|d| d.campaign == Some(0)).collect();
        assert!(copies.windows(2).all(|w| w[0].text != w[1].text));
    }

    /// Clusters generated campaigns and checks pairwise precision and recall against the truth.
    #[test]
    fn clustering_finds_the_campaigns() {
        for (n, seed) in [(3_000, 1), (1_500, 2)] {
            let docs = generate(n, 0.6, seed);
            let texts: Vec<&str> = docs.iter().map(|d| d.text.as_str()).collect();
            let truth: Vec<Option<usize>> = docs.iter().map(|d| d.campaign).collect();
            let s = pairwise_scores(&cluster_texts(&texts), &truth);
            println!(
                "n={n} seed={seed}: precision {:.4}, recall {:.4} ({} of {} true pairs, {} predicted)",
                s.precision, s.recall, s.correct_pairs, s.true_pairs, s.predicted_pairs
            );
            assert!(s.precision >= 0.95 && s.recall >= 0.95, "n={n} seed={seed}: {s:?}");
        }
    }
}
