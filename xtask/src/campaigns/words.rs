//! The campaigns' vocabulary: the letters associations circulate, the synonyms, phrases,
//! greetings and signatures members edit them with, and the names, companies and ports those
//! signatures are made of.

/// A campaign letter: title variants and the body, one sentence per entry.
pub(super) struct Template {
    pub(super) titles: &'static [&'static str],
    pub(super) sentences: &'static [&'static str],
}

pub(super) const TEMPLATES: &[Template] = &[
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
pub(super) const SYNONYMS: &[&[&str]] = &[
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

pub(super) const PHRASES: &[&str] = &[
    "In our experience, ",
    "Frankly, ",
    "As you know, ",
    "In short, ",
    "To be honest, ",
    "Once again, ",
    "Put simply, ",
];

pub(super) const GREETINGS: &[&str] = &[
    "Dear CTPAT Program Office,",
    "Dear Sir or Madam,",
    "To whom it may concern:",
    "Dear CTPAT team,",
    "Hello,",
    "Dear colleagues at CBP,",
    "Good morning,",
    "Attention: CTPAT Director",
];

pub(super) const CLOSINGS: &[&str] = &[
    "Sincerely,",
    "Best regards,",
    "Kind regards,",
    "Regards,",
    "Respectfully,",
    "Thank you,",
    "Yours truly,",
    "Thanks,",
];

pub(super) const FIRST_NAMES: &[&str] = &[
    "Maria", "John", "Ana", "Luis", "Sarah", "Michael", "Carmen", "David", "Jennifer", "Carlos", "Emily", "Jorge",
    "Linda", "Robert", "Patricia", "Miguel", "Susan", "James", "Laura", "Daniel", "Sofia", "Thomas", "Isabel", "Kevin",
];

pub(super) const LAST_NAMES: &[&str] = &[
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

pub(super) const JOB_TITLES: &[&str] = &[
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

pub(super) const COMPANY_WORDS: &[&str] = &[
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

pub(super) const COMPANY_KINDS: &[&str] = &[
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

pub(super) const PORTS: &[&str] = &[
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

/// The English month names the catalogs write dates with.
pub(super) const MONTHS: &[&str] = &shared::i18n::MONTHS;

pub(super) const COUNTRIES: &[&str] =
    &["Mexico", "Vietnam", "China", "India", "Guatemala", "Colombia", "Turkey", "Bangladesh", "Canada", "Peru"];

/// Sentences a member adds about itself (slots: `{port}`, `{month}`, `{n}`, `{year}`, `{country}`).
pub(super) const PERSONAL: &[&str] = &[
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

pub(super) const THINGS: &[&str] = &[
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

pub(super) const ADJECTIVES: &[&str] = &[
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
