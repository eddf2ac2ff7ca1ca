//! French messages of the benefit survey: the benefits, usage and the numbers asked, used by the
//! survey form, the public summary and the survey rounds page alike.

use crate::i18n::SurveyMessages;
use crate::survey::{Benefit, Metric, Usage};

fn benefit(b: Benefit) -> &'static str {
    match b {
        Benefit::FewerExams => "Moins d'examens par le CBP",
        Benefit::FrontOfLine => "Passage en tête de file pour les inspections",
        Benefit::StratifiedExemption => "Exemption des examens stratifiés",
        Benefit::ShorterWaits => "Temps d'attente réduits à la frontière",
        Benefit::AssignedSpecialist => "Un spécialiste attitré de la sécurité de la chaîne d'approvisionnement",
        Benefit::FastLanes => "Voies FAST aux frontières terrestres",
        Benefit::PortalTraining => "Le portail CTPAT et sa bibliothèque de formation",
        Benefit::MraRecognition => "Reconnaissance en vertu des arrangements de reconnaissance mutuelle",
        Benefit::OtherPilots => "Admissibilité à d'autres projets pilotes gouvernementaux",
        Benefit::BusinessResumption => "Priorité lors de la reprise des activités",
        Benefit::TcPortal => "Conformité commerciale : portail distinct",
        Benefit::TcIdentityTheft => "Conformité commerciale : avis de vol d'identité",
        Benefit::TcTradeData => "Conformité commerciale : données sur les activités commerciales de l'importateur",
        Benefit::TcExpeditedRulings => "Conformité commerciale : décisions accélérées",
    }
}

fn benefit_hint(b: Benefit) -> &'static str {
    match b {
        Benefit::FewerExams => "Les partenaires font l'objet de moins d'examens que les non-membres.",
        Benefit::FrontOfLine => "Lorsqu'elles sont examinées, vos marchandises passent en tête de file.",
        Benefit::StratifiedExemption => {
            "Les partenaires de niveau II et de niveau III peuvent être exemptés des examens stratifiés."
        }
        Benefit::ShorterWaits => "Moins de temps d'attente à la frontière.",
        Benefit::AssignedSpecialist => "Un spécialiste désigné du CBP qui connaît votre chaîne d'approvisionnement.",
        Benefit::FastLanes => "Voies Free and Secure Trade (FAST) pour les transporteurs routiers admissibles.",
        Benefit::PortalTraining => "Le portail CTPAT et le matériel de formation qu'il contient.",
        Benefit::MraRecognition => "Les administrations douanières étrangères reconnaissent votre statut CTPAT.",
        Benefit::OtherPilots => "Accès à d'autres programmes pilotes gouvernementaux.",
        Benefit::BusinessResumption => {
            "Priorité à la reprise des échanges après un incident ou la fermeture d'un port."
        }
        Benefit::TcPortal => "Le portail de Conformité commerciale (Trade Compliance).",
        Benefit::TcIdentityTheft => "Un avis lorsque quelqu'un pourrait utiliser votre identité d'importateur.",
        Benefit::TcTradeData => "Des données sur vos propres activités d'importation.",
        Benefit::TcExpeditedRulings => "Des réponses plus rapides à vos demandes de décision.",
    }
}

fn usage(u: Usage) -> &'static str {
    match u {
        Usage::Yes => "Oui",
        Usage::No => "Non",
        Usage::NotApplicable => "Sans objet",
    }
}

fn metric(m: Metric) -> &'static str {
    match m {
        Metric::ExamRateChange => "Variation du taux d'examen (points de pourcentage)",
        Metric::HoursSavedPerMonth => "Heures économisées par mois",
        Metric::CostSavedPerYear => "Économies par année (USD)",
        Metric::WaitSavedPerCrossing => "Temps d'attente évité par passage à la frontière (minutes)",
    }
}

/// The examples have no decimals and no thousands separator: the survey's number parser reads
/// a comma as a thousands separator.
fn metric_hint(m: Metric) -> &'static str {
    match m {
        Metric::ExamRateChange => "Facultatif. Valeur négative si vous faites l'objet de moins d'examens, p. ex. -3.",
        Metric::HoursSavedPerMonth => "Facultatif. Heures de travail du personnel, p. ex. 12.",
        Metric::CostSavedPerYear => "Facultatif. En dollars américains, p. ex. 25000.",
        Metric::WaitSavedPerCrossing => "Facultatif. En minutes, p. ex. 40.",
    }
}

fn home_open_until(title: &str, closes: &str) -> String {
    format!("Le sondage « {title} » est ouvert jusqu'au {closes}.")
}

fn round_dates(opens: &str, closes: &str) -> String {
    format!("Ouvert du {opens} au {closes}.")
}

fn next_round(title: &str, opens: &str, closes: &str) -> String {
    format!("La prochaine période, « {title} », commence le {opens} et se termine le {closes}.")
}

pub static SURVEY_FR: SurveyMessages = SurveyMessages {
    benefit,
    benefit_hint,
    usage,
    metric,
    metric_hint,
    part_used: "Utilisé au cours des 12 derniers mois",
    part_value: "Valeur pour votre entreprise (1 = nulle, 5 = très élevée)",
    part_comment: "Commentaire (facultatif)",
    answer_separator: " : ",
    round: "Période de sondage",
    round_closed: "Cette période de sondage est terminée. Merci de votre intérêt ; la prochaine période sera annoncée sur la page d'accueil.",
    round_not_open: "Cette période de sondage n'est pas encore ouverte.",

    nav_survey: "Sondage sur les avantages",
    home_heading: "Sondage sur les avantages",
    home_lead: "Dites au CBP quels avantages du CTPAT votre entreprise a utilisés au cours des 12 derniers mois et ce qu'ils valent pour vous. Le CBP ne publie les résultats que sous forme de totaux.",
    home_open_until,
    home_take_survey: "Répondre au sondage sur les avantages",

    title: "Sondage sur les avantages",
    lead: "Dites au CBP quels avantages du CTPAT votre entreprise a utilisés au cours des 12 derniers mois et ce qu'ils valent pour elle. Les réponses ne sont publiées que sous forme de totaux, jamais individuellement.",
    round_dates,
    none_open: "Aucune période de sondage n'est ouverte en ce moment. Vous pourrez envoyer vos réponses pendant une période ouverte.",
    next_round,
    no_next_round: "Aucune période n'est encore prévue. La prochaine sera annoncée sur la page d'accueil.",
    about_company: "À propos de votre entreprise",
    trade_compliance: "Mon entreprise participe au volet Conformité commerciale (Trade Compliance)",
    trade_compliance_hint: "Pour les importateurs aux États-Unis seulement. Ajoute quatre questions sur les avantages du volet Conformité commerciale.",
    benefits_heading: "Les avantages",
    benefits_lead: "Pour chaque avantage, indiquez si votre entreprise l'a utilisé au cours des 12 derniers mois et ce qu'il vaut pour vous. Les chiffres et les commentaires sont des estimations facultatives.",
    value_hint: "Obligatoire si votre entreprise a utilisé cet avantage.",
    required: "obligatoire",
    about_you: "À propos de vous (facultatif)",
    about_you_hint: "Facultatif ; jamais publié. Seuls les examinateurs du CBP y ont accès, pour communiquer avec vous au sujet de vos réponses.",
    name: "Votre nom (facultatif)",
    organization: "Organisation (facultatif)",
    email: "Adresse courriel (facultatif)",
    email_hint: "Uniquement pour que le CBP puisse communiquer avec vous au sujet de vos réponses. Elle n'est jamais publiée.",
    proposal_heading: "Proposer un nouvel avantage",
    proposal_lead: "Facultatif. Y a-t-il un avantage que le CTPAT devrait offrir ? Votre proposition est enregistrée comme commentaire sur les avantages, avec son propre numéro de suivi, pour examen par le CBP.",
    proposal_title: "Titre de votre proposition",
    proposal: "Votre proposition",
    proposal_hint: "En quoi consisterait l'avantage et comment il aiderait votre entreprise.",
    answers: "Réponses sur les avantages",
    submit: "Soumettre mes réponses",
    submitting: "Envoi en cours…",
    draft_restored: "Nous avons restauré les réponses au sondage que vous aviez commencé à remplir sur cet appareil.",

    receipt_title: "Merci",
    receipt_lead: "Vos réponses au sondage ont été reçues. Conservez ce numéro : il permet de retrouver vos réponses si vous communiquez avec le CBP à leur sujet.",
    receipt_tracking_number: "Votre numéro de suivi du sondage",
    receipt_answered: "Avantages évalués",
    receipt_proposal: "Numéro de suivi de votre proposition",
    receipt_proposal_hint: "Votre proposition a été enregistrée comme commentaire sur les avantages. Utilisez ce numéro pour la suivre et lire la réponse du CBP.",
    receipt_check_proposal: "Vérifier le statut de votre proposition",
    receipt_not_found: "Aucune réponse au sondage ne correspond à ce numéro de suivi.",

};
