//! French (Canadian usage, formal register): the public pages, forms, error messages, emails and
//! receipts. The reviewer workspace stays in English (`review` points at `REVIEW_EN`).
//!
//! Typography: a non-breaking space (U+00A0, invisible in most editors) comes before `:`, `;`,
//! `?`, `!` and `%`, inside guillemets, and between groups of thousands. The test
//! `typography_uses_non_breaking_spaces` checks every string literal of this folder for it.

mod benefits;
mod figures;
mod notify;
mod public;
mod survey;
mod validation;

use super::{Lang, Messages, Section};
use crate::status::Status;
use crate::taxonomy::{CtpatStatus, EntityType, MscCategory, MscFocusArea, SubmitterKind, Topic};
use crate::text::Problem;
use crate::time::Civil;

/// The months, lower case as French writes them.
const MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

/// `1 décembre` is written `1er décembre`.
fn day_month_year(c: &Civil) -> String {
    let day = if c.day == 1 { "1er".to_owned() } else { c.day.to_string() };
    format!("{day} {} {}", MONTHS[(c.month - 1) as usize], c.year)
}

/// A signed integer grouped by thousands, with a hyphen-minus as people type it.
fn thousands(n: i64) -> String {
    let grouped = figures::count(n.unsigned_abs());
    if n < 0 {
        format!("-{grouped}")
    } else {
        grouped
    }
}

fn chars_left(n: i64) -> String {
    // French puts 0 and 1 in the singular.
    match n {
        0 | 1 => format!("{n} caractère restant"),
        -1 => "1 caractère en trop".into(),
        n if n < 0 => format!("{} caractères en trop", thousands(-n)),
        n => format!("{} caractères restants", thousands(n)),
    }
}

fn seconds(s: u32) -> String {
    if s <= 1 {
        format!("{s} seconde")
    } else {
        format!("{} secondes", figures::count(u64::from(s)))
    }
}

fn rate_limited(retry_after: Option<u32>) -> String {
    let when = match retry_after {
        Some(s) => seconds(s),
        None => "une minute".into(),
    };
    format!("Trop de soumissions proviennent de votre réseau en peu de temps. Vos commentaires sont conservés sur cette page : réessayez dans {when}.")
}

/// A label to open a `label : …` message with. A label that is a question, or that already
/// holds a colon (a survey answer, « Avantage : partie »), is set in guillemets instead.
fn subject(label: &str) -> String {
    if label.contains(['?', ':']) {
        format!("Champ « {label} »")
    } else {
        label.to_owned()
    }
}

fn problem(field: &str, label: &str, p: Problem) -> String {
    match p {
        Problem::Required => match field {
            "submitter_kind" => "Indiquez à quel titre vous soumettez vos commentaires.".into(),
            "name" => "Entrez votre nom.".into(),
            "organization" => "Entrez le nom de votre organisation.".into(),
            "entity_type" => "Sélectionnez votre type d'entité commerciale.".into(),
            "ctpat_status" => "Sélectionnez votre statut CTPAT.".into(),
            "topic" => "Sélectionnez un sujet.".into(),
            "msc_category" => "Sélectionnez une catégorie de critères de sécurité minimaux.".into(),
            "title" => "Entrez un titre.".into(),
            "feedback" => "Entrez vos commentaires.".into(),
            "proposal_title" => "Entrez le titre de votre proposition.".into(),
            "proposal" => "Entrez votre proposition.".into(),
            _ => format!("Le champ « {label} » est obligatoire."),
        },
        Problem::TooLong { max, actual } => format!(
            "Le champ « {label} » doit compter au plus {} caractères (il en compte {}).",
            thousands(max as i64),
            thousands(actual as i64)
        ),
        Problem::TooShort { min } => {
            format!("Le champ « {label} » doit compter au moins {} caractères.", thousands(min as i64))
        }
        Problem::TooCommon => {
            format!("{} : cette valeur est trop courante et facile à deviner. Choisissez-en une autre.", subject(label))
        }
        Problem::NotAllowedNow => format!("{} : ce changement n'est pas permis à l'étape actuelle.", subject(label)),
        Problem::NotFound => format!("{} : aucun résultat ne correspond à cette valeur.", subject(label)),
        Problem::InvalidDate => format!("Le champ « {label} » doit contenir une date au format 2026-11-28."),
        Problem::ForbiddenCharacter => format!(
            "Le champ « {label} » contient un caractère de contrôle qui ne peut pas être enregistré. Supprimez-le et réessayez."
        ),
        Problem::SingleLineOnly => format!("Le champ « {label} » doit tenir sur une seule ligne."),
        Problem::InvalidEmail => {
            "Entrez une adresse courriel dans un format valide, par exemple nom@example.com.".into()
        }
        Problem::UnknownChoice => format!("{} : sélectionnez l'une des options proposées.", subject(label)),
        Problem::NotApplicable => format!(
            "Le champ « {label} » ne s'applique pas aux autres choix faits dans ce formulaire. Videz-le ou modifiez ces choix."
        ),
        Problem::WrongType => format!("Le champ « {label} » contient un type de valeur incorrect."),
        Problem::UnknownField => format!("Le champ « {label} » ne fait pas partie de ce formulaire."),
        Problem::EmptyFile => format!("{} : le fichier est vide.", subject(label)),
        Problem::FileTooLarge { max_bytes } => {
            format!("{} : le fichier dépasse {} Mo.", subject(label), max_bytes / (1024 * 1024))
        }
        Problem::UnsupportedFileType => format!(
            "{} : le fichier doit être de type PDF, PNG, JPEG, Word (.docx), Excel (.xlsx) ou texte brut (.txt), et son contenu doit correspondre à son nom.",
            subject(label)
        ),
        Problem::TooMany { max } => format!("{} : choisissez-en au plus {max}.", subject(label)),
        // No decimal in the example: the survey's number parser reads a comma as a thousands
        // separator, so a French "3,5" would not be understood as three and a half.
        Problem::NotANumber => format!("Le champ « {label} » doit contenir un nombre, par exemple 12 ou 40."),
        Problem::OutOfRange { min, max } => format!(
            "Le champ « {label} » doit contenir une valeur comprise entre {} et {}.",
            thousands(min),
            thousands(max)
        ),
    }
}

/// `28 novembre 2026, 13 h 25 UTC`: the 24-hour clock, `h` set off by non-breaking spaces, and
/// the minutes left out on the hour (`16 h`), as the Office québécois de la langue française
/// recommends.
fn datetime(c: Civil) -> String {
    let time =
        if c.minute == 0 { format!("{}\u{a0}h", c.hour) } else { format!("{}\u{a0}h\u{a0}{:02}", c.hour, c.minute) };
    format!("{}, {time} UTC", day_month_year(&c))
}

fn submitter_kind(k: SubmitterKind) -> &'static str {
    match k {
        SubmitterKind::Individual => "À titre individuel",
        SubmitterKind::Organization => "Au nom d'une organisation",
        SubmitterKind::Anonymous => "De façon anonyme",
    }
}

fn submitter_kind_hint(k: SubmitterKind) -> &'static str {
    match k {
        SubmitterKind::Individual => "Votre nom est conservé avec vos commentaires ; le CBP ne le publie jamais.",
        SubmitterKind::Organization => "Indiquez votre nom et l'organisation que vous représentez.",
        SubmitterKind::Anonymous => {
            "Nous ne demandons ni nom ni adresse courriel. Vous pourrez tout de même vérifier le statut de vos commentaires avec votre numéro de suivi."
        }
    }
}

fn entity_type(e: EntityType) -> &'static str {
    match e {
        EntityType::UsImporter => "Importateur aux États-Unis (y compris l'importateur canadien non résident)",
        EntityType::Exporter => "Exportateur",
        EntityType::ForeignManufacturer => "Fabricant étranger",
        EntityType::CustomsBroker => "Courtier en douane",
        EntityType::Consolidator => "Groupeur (fret aérien, intermédiaire de transport maritime, NVOCC)",
        EntityType::ThirdPartyLogistics => "Fournisseur de services logistiques tiers (3PL)",
        EntityType::AirCarrier => "Transporteur aérien",
        EntityType::SeaCarrier => "Transporteur maritime",
        EntityType::RailCarrier => "Transporteur ferroviaire",
        EntityType::HighwayCarrierUsCanada => "Transporteur routier (États-Unis/Canada)",
        EntityType::HighwayCarrierUsMexico => "Transporteur routier (États-Unis/Mexique)",
        EntityType::MexicanLongHaulCarrier => "Transporteur routier mexicain longue distance",
        EntityType::PortAuthorityTerminalOperator => {
            "Administration portuaire ou exploitant de terminal maritime (MPTO)"
        }
        EntityType::TradeAssociation => "Association commerciale",
        EntityType::Consultant => "Consultant",
        EntityType::GovernmentAgency => "Autre organisme gouvernemental",
        EntityType::MemberOfPublic => "Membre du public",
        EntityType::Other => "Autre",
        EntityType::PreferNotToSay => "Je préfère ne pas répondre",
    }
}

fn ctpat_status(s: CtpatStatus) -> &'static str {
    match s {
        CtpatStatus::TierI => "Niveau I (certifié)",
        CtpatStatus::TierII => "Niveau II (validé)",
        CtpatStatus::TierIII => "Niveau III (dépasse les critères de sécurité minimaux)",
        CtpatStatus::Applicant => "Demandeur",
        CtpatStatus::NotMember => "Non-membre",
        CtpatStatus::PreferNotToSay => "Je préfère ne pas répondre",
    }
}

fn topic(t: Topic) -> &'static str {
    match t {
        Topic::MinimumSecurityCriteria => "Critères de sécurité minimaux",
        Topic::Validations => "Validations",
        Topic::Benefits => "Avantages",
        Topic::BenefitMeasurement => "Mesure de l'efficacité des avantages",
        Topic::Communications => "Communications",
        Topic::ProgramExpansion => "Élargissement du programme",
        Topic::TradeCompliance => "Conformité commerciale (Trade Compliance)",
        Topic::InteragencyPartnership => "Partenariat entre organismes",
        Topic::Other => "Autre",
    }
}

fn msc_category(c: MscCategory) -> &'static str {
    match c {
        MscCategory::SecurityVision => "1. Vision et responsabilité en matière de sécurité",
        MscCategory::RiskAssessment => "2. Évaluation des risques",
        MscCategory::BusinessPartners => "3. Partenaires commerciaux",
        MscCategory::Cybersecurity => "4. Cybersécurité",
        MscCategory::ConveyanceSecurity => {
            "5. Sécurité des moyens de transport et des instruments de trafic international"
        }
        MscCategory::SealSecurity => "6. Sécurité des scellés",
        MscCategory::ProceduralSecurity => "7. Sécurité des procédures",
        MscCategory::AgriculturalSecurity => "8. Sécurité agricole",
        MscCategory::PhysicalSecurity => "9. Sécurité physique",
        MscCategory::PhysicalAccessControls => "10. Contrôle de l'accès physique",
        MscCategory::PersonnelSecurity => "11. Sécurité du personnel",
        MscCategory::TrainingAwareness => "12. Éducation, formation et sensibilisation",
    }
}

fn msc_focus_area(a: MscFocusArea) -> &'static str {
    match a {
        MscFocusArea::CorporateSecurity => "Sécurité de l'entreprise",
        MscFocusArea::TransportationSecurity => "Sécurité du transport",
        MscFocusArea::PeoplePhysicalSecurity => "Sécurité des personnes et sécurité physique",
    }
}

/// Statuses agree in the masculine singular: they read as the state of « le dossier ».
fn status(s: Status) -> &'static str {
    match s {
        Status::Received => "Reçu",
        Status::UnderReview => "En cours d'examen",
        Status::ReferredToWorkingGroup => "Transmis au groupe de travail",
        Status::Accepted => "Accepté",
        Status::Planned => "Mesures prévues",
        Status::Declined => "Non retenu",
        Status::Duplicate => "Doublon",
        Status::Closed => "Clos",
        Status::Withdrawn => "Retiré",
    }
}

fn status_explained(s: Status) -> &'static str {
    match s {
        Status::Received => "Le CBP a reçu vos commentaires. Un examinateur en prendra connaissance.",
        Status::UnderReview => "Un examinateur du CBP étudie vos commentaires.",
        Status::ReferredToWorkingGroup => {
            "Vos commentaires ont été transmis au groupe de travail du COAC sur le partenariat commercial et la mobilisation."
        }
        Status::Accepted => "Le CBP est d'accord avec vos commentaires.",
        Status::Planned => "Le CBP prévoit de donner suite à vos commentaires.",
        Status::Declined => "Le CBP a examiné vos commentaires et n'y donnera pas suite pour le moment.",
        Status::Duplicate => {
            "Vos commentaires soulèvent le même point qu'une autre soumission et reçoivent la même réponse."
        }
        Status::Closed => "L'examen de vos commentaires est terminé.",
        Status::Withdrawn => "L'auteur a retiré ces commentaires ; le CBP ne les examinera plus.",
    }
}

pub static FR: Messages = Messages {
    lang: Lang::Fr,

    skip_to_main: "Passer au contenu principal",
    banner_official: "Un site officiel du gouvernement des États-Unis",
    banner_how_you_know: "Comment le savoir",
    banner_dotgov_title: "Les sites Web officiels utilisent .gov",
    banner_dotgov_body: "Un site Web .gov appartient à un organisme gouvernemental officiel des États-Unis.",
    banner_https_title: "Les sites Web .gov sécurisés utilisent HTTPS",
    banner_https_body: "Un cadenas ou https:// signifie que votre connexion au site Web .gov est sécurisée. Ne communiquez des renseignements sensibles que sur des sites Web officiels et sécurisés.",
    agency_name: "Service des douanes et de la protection des frontières des États-Unis (CBP)",
    site_name: "Portail de commentaires CTPAT",
    nav_label: "Navigation principale",
    nav_home: "Accueil",
    nav_give_feedback: "Soumettre des commentaires",
    nav_check_receipt: "Consulter un accusé de réception",
    menu: "Menu",
    close_menu: "Fermer",
    footer_return_to_top: "Retour en haut de la page",
    footer_parent_agency: "département de la Sécurité intérieure des États-Unis",
    footer_official_site_of: "Un site officiel du",
    footer_important_links: "Liens importants",
    footer_required_links: [
        ("À propos du CBP", "https://www.cbp.gov/about"),
        ("Déclaration d'accessibilité", "https://www.cbp.gov/site-policy-notices/accessibility"),
        ("Demandes FOIA", "https://www.cbp.gov/site-policy-notices/foia"),
        ("Données de la loi No FEAR", "https://www.cbp.gov/site-policy-notices/no-fear-act"),
        ("Bureau de l'inspecteur général", "https://www.oig.dhs.gov/"),
        ("Rapports de rendement", "https://www.dhs.gov/performance-financial-reports"),
        ("Politique de confidentialité", "https://www.cbp.gov/site-policy-notices/privacy-policy"),
    ],
    footer_usa_gov_prompt: "Vous cherchez des renseignements et des services du gouvernement des États-Unis ?",
    footer_usa_gov_link: "Visitez USA.gov",
    page_title_suffix: "Portail de commentaires CTPAT | Service des douanes et de la protection des frontières des États-Unis",

    home_title: "Dites au CBP si le CTPAT répond à vos attentes",
    home_lead: "Le Comité consultatif sur les opérations douanières commerciales (COAC) a demandé au milieu commercial ses commentaires sur le Partenariat douane-commerce contre le terrorisme (CTPAT). Que vous soyez partenaire, demandeur ou non-membre, votre expérience aide le CBP et le Comité à améliorer le programme.",
    home_asks_heading: "Ce que nous voulons savoir",
    home_asks: [
        Section { title: "Critères de sécurité minimaux", body: "Les critères applicables à votre type d'entité commerciale sont-ils clairs, réalistes et à jour ? Lesquels devraient changer ?" },
        Section { title: "Validations", body: "Comment s'est déroulée votre validation ou votre revalidation, et qu'est-ce qui devrait se faire de la même façon partout ?" },
        Section { title: "Les avantages et leur mesure", body: "Quels avantages constatez-vous réellement, lesquels manquent, et comment le CBP devrait-il mesurer leur efficacité pour l'industrie et pour le gouvernement ?" },
        Section { title: "Communications", body: "Le CBP communique-t-il bien dans l'ensemble du programme, et qu'est-ce qui vous aiderait à être informé et entendu ?" },
    ],
    home_give_feedback: "Soumettre des commentaires",
    home_check_receipt: "Consulter un accusé de réception",
    home_how_used_heading: "Ce qu'il advient de vos commentaires",
    home_how_used: [
        "Vous recevez un numéro de suivi dès que vous soumettez vos commentaires. Conservez-le : si vous les soumettez de façon anonyme, c'est le seul moyen de les retrouver.",
        "Les examinateurs du CBP lisent chaque soumission, la regroupent avec celles qui lui ressemblent et communiquent ce qu'ils en retiennent au groupe de travail du COAC sur le partenariat commercial et la mobilisation.",
        "Lorsque le CBP répond, sa réponse s'affiche quand vous consultez votre numéro de suivi. Vos coordonnées ne sont jamais publiées.",
    ],

    form_title: "Soumettre des commentaires sur le CTPAT",
    form_lead: "Dites-nous ce qui fonctionne, ce qui ne fonctionne pas et ce que le CBP devrait faire. Cela prend environ 10 minutes. Ce que vous tapez est enregistré sur cet appareil au fur et à mesure : vous pourrez y revenir plus tard.",
    form_required_note: "Les champs marqués d'un astérisque (*) sont obligatoires.",
    form_about_you: "À propos de vous",
    form_submitter_kind: "À quel titre soumettez-vous vos commentaires ?",
    form_name: "Votre nom",
    form_organization: "Organisation",
    form_organization_optional: "Organisation (facultatif)",
    form_email: "Adresse courriel (facultatif)",
    form_email_hint: "Uniquement pour vous avertir quand le statut de vos commentaires change. Elle n'est jamais publiée.",
    form_entity_type: "Type d'entité commerciale",
    form_ctpat_status: "Statut CTPAT",
    form_your_feedback: "Vos commentaires",
    form_topic: "Sujet",
    form_msc_category: "Catégorie de critères de sécurité minimaux",
    form_title_field: "Titre",
    form_title_hint: "Un court résumé, comme l'objet d'un courriel.",
    form_feedback: "Commentaires",
    form_feedback_hint: "Ce qui fonctionne, ce qui ne fonctionne pas, et pourquoi. N'incluez pas de renseignements classifiés, de renseignements exclusifs ni de renseignements personnels sur d'autres personnes.",
    form_recommendation: "Que devrait faire le CBP ? (facultatif)",
    form_recommendation_hint: "Une recommandation concrète aide le groupe de travail à donner suite à vos commentaires.",
    form_may_publish: "Le CBP peut publier mes commentaires",
    form_may_publish_hint: "Les commentaires publiés n'indiquent jamais votre nom, votre organisation ni votre adresse courriel. Le CBP peut retirer les détails personnels ou exclusifs avant la publication.",
    form_honeypot: "Laissez ce champ vide",
    form_consultation: "Consultation",
    form_consultation_hint: "Répondez à l'une des questions ouvertes du CBP, ou soumettez des commentaires généraux.",
    form_consultation_general: "Commentaires généraux (hors consultation)",
    form_attachments: "Pièces jointes",
    form_attachments_hint: "Facultatif. Jusqu'à 5 fichiers de 10 Mo chacun : PDF, PNG, JPEG, Word (.docx), Excel (.xlsx) ou texte brut (.txt).",
    form_select_placeholder: "- Sélectionnez -",
    form_submit: "Soumettre les commentaires",
    form_submitting: "Envoi en cours…",
    form_draft_restored: "Nous avons restauré les commentaires que vous aviez commencé à rédiger sur cet appareil.",
    form_start_over: "Recommencer",
    form_draft_saved: "Brouillon enregistré sur cet appareil.",
    privacy_heading: "Énoncé de confidentialité (Privacy Act)",
    privacy_statement: [
        Section { title: "Fondement juridique", body: "La loi SAFE Port Act de 2006 (6 U.S.C. 961 et suivants), qui établit le CTPAT et oblige le CBP à consulter le milieu commercial par l'intermédiaire du COAC, ainsi que le 5 U.S.C. 301." },
        Section { title: "Objet", body: "Recueillir les commentaires du milieu commercial et du public sur le CTPAT, y répondre et améliorer le programme." },
        Section { title: "Usages courants", body: "Les commentaires peuvent être communiqués au groupe de travail du COAC sur le partenariat commercial et la mobilisation. Si vous l'autorisez, vos commentaires peuvent être publiés sans votre nom, votre organisation ni votre adresse courriel." },
        Section { title: "Caractère facultatif", body: "La soumission de commentaires est facultative, tout comme la communication de votre nom et de votre adresse courriel. Vous pouvez soumettre vos commentaires de façon anonyme." },
        Section { title: "Conséquences du refus de fournir des renseignements", body: "Aucune. Sans adresse courriel, nous ne pouvons pas vous aviser, mais vous pouvez toujours consulter votre numéro de suivi sur ce site." },
    ],
    error_summary_heading: "Un problème a été détecté",
    error_network: "Nous n'avons pas pu communiquer avec le portail. Vos commentaires sont conservés sur cette page : vérifiez votre connexion et soumettez-les de nouveau.",
    error_server: "Une erreur s'est produite de notre côté. Vos commentaires sont conservés sur cette page : veuillez les soumettre de nouveau dans quelques minutes.",
    error_automated: "Votre soumission semblait automatisée et n'a pas été acceptée. Si vous êtes une personne, rechargez la page et réessayez.",
    chars_left,
    rate_limited,
    problem,

    receipt_title: "Commentaires reçus",
    receipt_tracking_number: "Votre numéro de suivi",
    receipt_keep_it: "Conservez ce numéro. Il vous permet de vérifier le statut de vos commentaires et de lire la réponse du CBP.",
    receipt_received: "Date de réception",
    receipt_status: "Statut",
    receipt_what_you_sent: "Ce que vous avez envoyé",
    receipt_submitted_as: "Mode de soumission",
    receipt_yes: "Oui",
    receipt_no: "Non",
    receipt_print: "Imprimer cet accusé de réception",
    receipt_check_status: "Vérifier le statut",
    receipt_give_more: "Soumettre d'autres commentaires",
    receipt_not_in_this_browser: "La copie complète de cet accusé de réception n'est conservée que dans l'onglet du navigateur à partir duquel vous avez soumis vos commentaires. Le statut de vos commentaires figure ci-dessous.",

    check_title: "Consulter un accusé de réception",
    check_lead: "Entrez le numéro de suivi reçu lors de la soumission de vos commentaires pour connaître leur statut et lire la réponse du CBP.",
    check_label: "Numéro de suivi",
    check_hint: "Par exemple, CTPAT-7K3M-9QXD-2R4T",
    check_submit: "Vérifier le statut",
    check_invalid: "Entrez un numéro de suivi au format CTPAT-XXXX-XXXX-XXXX.",
    check_not_found: "Nous n'avons trouvé aucune soumission correspondant à ce numéro de suivi. Vérifiez que vous l'avez tapé tel qu'il figure sur votre accusé de réception.",
    check_last_updated: "Dernière mise à jour",
    check_response_heading: "Réponse du CBP",
    check_no_response: "Le CBP n'a pas encore répondu. Les réponses s'affichent ici une fois publiées.",
    loading: "Chargement…",

    not_found_title: "Page introuvable",
    not_found_body: "Nous ne trouvons pas la page que vous cherchez. Elle a peut-être été déplacée, ou l'adresse contient une faute de frappe.",

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

    // The reviewer workspace is not translated.
    public: &public::PUBLIC_FR,
    survey: &survey::SURVEY_FR,
    notify: &notify::NOTIFY_FR,
    benefits: &benefits::BENEFITS_FR,
    validation: &validation::VALIDATION_FR,
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::public::EventKind;
    use crate::consultation::Phase;
    use crate::i18n::en::EN;
    use crate::survey::{Benefit, Metric, Usage};

    /// Labels that are the same word in both languages.
    const SAME_IN_BOTH: &[&str] =
        &["Validations", "Communications", "Consultant", "Consultation", "Menu", "Total", "Question"];

    fn differs(what: &str, en: &str, fr: &str) {
        assert!(!fr.is_empty(), "{what} is empty in French");
        if !SAME_IN_BOTH.contains(&en) {
            assert_ne!(en, fr, "{what} is still in English");
        }
    }

    #[test]
    fn french_is_wired_and_reviewers_stay_in_english() {
        let m = Lang::Fr.messages();
        assert_eq!(m.lang, Lang::Fr);
        assert!(std::ptr::eq(m, &FR));
        assert!(std::ptr::eq(m.public, &public::PUBLIC_FR));
        assert!(std::ptr::eq(m.survey, &survey::SURVEY_FR));
        assert!(std::ptr::eq(m.benefits, &benefits::BENEFITS_FR));
        assert!(std::ptr::eq(m.notify, &notify::NOTIFY_FR));
    }

    #[test]
    fn the_catalog_is_translated() {
        let (en, fr) = (&EN, &FR);
        for ((en_link, en_url), (fr_link, fr_url)) in en.footer_required_links.iter().zip(&fr.footer_required_links) {
            differs("footer link", en_link, fr_link);
            assert_eq!(en_url, fr_url, "footer links keep their addresses");
        }
        for (e, f) in en.home_asks.iter().zip(&fr.home_asks) {
            differs("home ask", e.title, f.title);
            differs("home ask", e.body, f.body);
        }
        for (e, f) in en.privacy_statement.iter().zip(&fr.privacy_statement) {
            differs("privacy statement", e.title, f.title);
            differs("privacy statement", e.body, f.body);
        }
        for (e, f) in en.home_how_used.iter().zip(&fr.home_how_used) {
            differs("home how used", e, f);
        }
        let (s, n) = ("CTPAT-7K3M-9QXD-2R4T", "https://exemple/x");
        differs("received subject", &(en.notify.received_subject)(s), &(fr.notify.received_subject)(s));
        differs("received body", &(en.notify.received_body)("T", s, n), &(fr.notify.received_body)("T", s, n));
        differs("footer", &(en.notify.footer)(n), &(fr.notify.footer)(n));
    }

    #[test]
    fn every_vocabulary_is_translated() {
        let (en, fr) = (&EN, &FR);
        macro_rules! vocabulary {
            ($($path:ident $(. $part:ident)* : $ty:ty),+ $(,)?) => {$(
                for v in <$ty>::ALL {
                    let what = format!("{} {v:?}", stringify!($path $(.$part)*));
                    differs(&what, (en.$path $(.$part)*)(*v), (fr.$path $(.$part)*)(*v));
                }
            )+};
        }
        vocabulary!(
            submitter_kind: SubmitterKind,
            submitter_kind_hint: SubmitterKind,
            entity_type: EntityType,
            ctpat_status: CtpatStatus,
            topic: Topic,
            msc_category: MscCategory,
            msc_focus_area: MscFocusArea,
            status: Status,
            status_explained: Status,
            public.phase: Phase,
            public.event: EventKind,
            survey.benefit: Benefit,
            survey.benefit_hint: Benefit,
            survey.usage: Usage,
            survey.metric: Metric,
            survey.metric_hint: Metric,
        );
        assert!(crate::board::BoardSort::ALL
            .iter()
            .all(|s| (fr.public.board_sort_by)(*s) != (en.public.board_sort_by)(*s)));
        assert_eq!((fr.ctpat_status)(CtpatStatus::TierII), "Niveau II (validé)");
        assert_eq!((fr.entity_type)(EntityType::CustomsBroker), "Courtier en douane");
        assert_eq!((fr.entity_type)(EntityType::HighwayCarrierUsCanada), "Transporteur routier (États-Unis/Canada)");
    }

    fn all_problems() -> Vec<Problem> {
        vec![
            Problem::Required,
            Problem::TooLong { max: 5000, actual: 5012 },
            Problem::TooShort { min: 12 },
            Problem::TooCommon,
            Problem::ForbiddenCharacter,
            Problem::SingleLineOnly,
            Problem::InvalidEmail,
            Problem::UnknownChoice,
            Problem::NotApplicable,
            Problem::WrongType,
            Problem::UnknownField,
            Problem::NotAllowedNow,
            Problem::NotFound,
            Problem::InvalidDate,
            Problem::EmptyFile,
            Problem::FileTooLarge { max_bytes: 10 * 1024 * 1024 },
            Problem::UnsupportedFileType,
            Problem::TooMany { max: 5 },
            Problem::NotANumber,
            Problem::OutOfRange { min: -100, max: 1_000_000_000 },
        ]
    }

    #[test]
    fn every_problem_of_every_field_reads_in_french() {
        use crate::survey::field as survey_field;
        let mut keys: Vec<String> = crate::feedback::field::ALL.iter().map(|k| k.to_string()).collect();
        keys.extend(
            [
                survey_field::TRADE_COMPLIANCE,
                survey_field::ANSWERS,
                survey_field::PROPOSAL_TITLE,
                survey_field::PROPOSAL,
                "round",
                "may_publish",
                "website",
                "is_admin",
            ]
            .map(str::to_owned),
        );
        for b in Benefit::ALL {
            for part in ["used", "value", "comment"] {
                keys.push(survey_field::answer(*b, part));
            }
            for m in Metric::ALL {
                keys.push(survey_field::answer(*b, m.code()));
            }
        }
        for key in &keys {
            for p in all_problems() {
                let fr = FR.problem_message(key, p);
                let en = EN.problem_message(key, p);
                assert!(!fr.trim().is_empty(), "{key} {p:?}");
                assert_ne!(fr, en, "{key} {p:?} is still in English");
                assert!(fr.ends_with('.'), "{key} {p:?}: {fr}");
                assert_typography(&fr);
            }
        }
    }

    #[test]
    fn problems_name_the_field() {
        let m = Lang::Fr.messages();
        assert_eq!(m.problem_message("title", Problem::Required), "Entrez un titre.");
        assert_eq!(m.problem_message("proposal", Problem::Required), "Entrez votre proposition.");
        assert_eq!(
            m.problem_message("feedback", Problem::TooLong { max: 5000, actual: 5012 }),
            "Le champ « Commentaires » doit compter au plus 5 000 caractères (il en compte 5 012)."
        );
        assert_eq!(
            m.problem_message("is_admin", Problem::UnknownField),
            "Le champ « is_admin » ne fait pas partie de ce formulaire."
        );
        assert_eq!(
            m.problem_message("attachments", Problem::FileTooLarge { max_bytes: 10 * 1024 * 1024 }),
            "Pièces jointes : le fichier dépasse 10 Mo."
        );
        assert_eq!(
            m.problem_message("submitter_kind", Problem::UnknownChoice),
            "Champ « À quel titre soumettez-vous vos commentaires ? » : sélectionnez l'une des options proposées."
        );
        assert_eq!(m.problem_message("round", Problem::Required), "Le champ « Période de sondage » est obligatoire.");
        let value = m.problem_message(&crate::survey::field::answer(Benefit::FastLanes, "value"), Problem::Required);
        assert!(value.starts_with("Le champ « Voies FAST aux frontières terrestres"), "{value}");
        assert_eq!(
            m.problem_message("email", Problem::InvalidEmail),
            "Entrez une adresse courriel dans un format valide, par exemple nom@example.com."
        );
        let range = m.problem_message("x", Problem::OutOfRange { min: -100, max: 1_440 });
        assert!(range.ends_with("entre -100 et 1 440."), "{range}");
    }

    #[test]
    fn dates_times_and_counts_read_naturally() {
        let m = Lang::Fr.messages();
        assert_eq!(m.format_rfc3339("2026-11-28T13:25:00Z"), "28 novembre 2026, 13 h 25 UTC");
        assert_eq!(m.format_rfc3339("2026-11-28T16:05:00Z"), "28 novembre 2026, 16 h 05 UTC");
        assert_eq!(m.format_rfc3339("2026-01-01T00:30:00Z"), "1er janvier 2026, 0 h 30 UTC");
        assert_eq!(m.format_rfc3339("2026-08-15T09:00:00Z"), "15 août 2026, 9 h UTC");
        assert_eq!(m.format_rfc3339("plus tard"), "plus tard");
        assert_eq!(m.format_rfc3339("2026-11-28T13:25:00Z"), "28\u{20}novembre 2026, 13\u{a0}h\u{a0}25 UTC");
        assert_eq!((m.chars_left)(0), "0 caractère restant");
        assert_eq!((m.chars_left)(1), "1 caractère restant");
        assert_eq!((m.chars_left)(2), "2 caractères restants");
        assert_eq!((m.chars_left)(-1), "1 caractère en trop");
        assert_eq!((m.chars_left)(-3), "3 caractères en trop");
        assert_eq!((m.chars_left)(5000), "5 000 caractères restants");
        assert!((m.rate_limited)(Some(30)).ends_with("réessayez dans 30 secondes."));
        assert!((m.rate_limited)(None).ends_with("réessayez dans une minute."));
        assert_eq!(m.public.format_date("2026-11-28"), "28 novembre 2026");
        assert_eq!((m.public.percent)(100), "100 %");
        assert_eq!((m.benefits.percent)(0.625), "62,5 %");
        assert_eq!((m.benefits.count)(1_234), "1 234");
    }

    /// French spacing: a non-breaking space, never a plain one, before `: ; ? ! %` and `»` and
    /// after `«`; and never a missing one.
    pub(super) fn assert_typography(text: &str) {
        let chars: Vec<char> = text.chars().collect();
        for (i, c) in chars.iter().enumerate() {
            let before = i.checked_sub(1).map(|j| chars[j]);
            let after = chars.get(i + 1).copied();
            let bad = match c {
                ':' => before.is_some_and(|b| b != '\u{a0}') && after.is_none_or(|a| a == ' ' || a == '\n'),
                ';' | '?' | '!' | '%' | '»' => before.is_some_and(|b| b != '\u{a0}'),
                '«' => after.is_some_and(|a| a != '\u{a0}'),
                _ => false,
            };
            assert!(!bad, "French spacing around {c:?} at {i} in {text:?}");
        }
    }

    /// The string literals of a Rust source, escapes left as written.
    fn literals(source: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut chars = source.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '/' if chars.peek() == Some(&'/') => {
                    for c in chars.by_ref() {
                        if c == '\n' {
                            break;
                        }
                    }
                }
                '"' => {
                    let mut s = String::new();
                    while let Some(c) = chars.next() {
                        match c {
                            '\\' => {
                                s.push(c);
                                s.extend(chars.next());
                            }
                            '"' => break,
                            c => s.push(c),
                        }
                    }
                    out.push(s);
                }
                // A char literal such as '"' would open a string: skip char literals.
                '\'' => {
                    let rest: String = chars.clone().take(3).collect();
                    if rest.starts_with("\"'") {
                        chars.nth(1);
                    }
                }
                _ => {}
            }
        }
        out
    }

    #[test]
    fn typography_uses_non_breaking_spaces() {
        let sources = [
            include_str!("mod.rs"),
            include_str!("public.rs"),
            include_str!("survey.rs"),
            include_str!("benefits.rs"),
            include_str!("notify.rs"),
            include_str!("figures.rs"),
            include_str!("validation.rs"),
        ];
        let mut checked = 0;
        for source in sources {
            // The tests hold English assertion messages.
            let catalog = source.split("#[cfg(test)]").next().unwrap_or_default();
            for literal in literals(catalog) {
                // `https://`, `1 = nulle`, Rust format specs: only text is checked.
                let text = literal.replace("://", "").replace("\\n", "\n");
                if text.chars().any(|c| c.is_alphabetic()) {
                    assert_typography(&text);
                    checked += 1;
                }
            }
        }
        assert!(checked > 250, "only {checked} literals found");
    }
}
