//! French messages of validation experience reports: the public report form, its receipt and
//! the links to it.

use crate::i18n::ValidationMessages;
use crate::validation::{field, Measure, Mode, Rating, ValidationKind};

fn kind_label(k: ValidationKind) -> &'static str {
    match k {
        ValidationKind::Validation => "Première validation",
        ValidationKind::Revalidation => "Revalidation",
    }
}

fn kind_hint(k: ValidationKind) -> &'static str {
    match k {
        ValidationKind::Validation => "La première validation de votre entreprise dans le CTPAT.",
        ValidationKind::Revalidation => "Une validation ultérieure, après une validation antérieure.",
    }
}

fn mode_label(m: Mode) -> &'static str {
    match m {
        Mode::InPerson => "En personne",
        Mode::Virtual => "Virtuelle",
        Mode::Hybrid => "Hybride",
    }
}

fn mode_hint(m: Mode) -> &'static str {
    match m {
        Mode::InPerson => "Le CBP s'est rendu dans vos installations.",
        Mode::Virtual => "Par vidéoconférence et par échange de documents.",
        Mode::Hybrid => "En partie sur place, en partie à distance.",
    }
}

fn measure(m: Measure) -> &'static str {
    match m {
        Measure::DaysNoticeToVisit => "Préavis avant la validation (jours)",
        Measure::DaysOnSite => "Durée sur place ou en séances (jours)",
        Measure::WeeksToReport => "Délai de réception du rapport de validation (semaines)",
        Measure::Recommendations => "Recommandations reçues (nombre)",
        Measure::RequiredActions => "Mesures obligatoires reçues (nombre)",
    }
}

/// Whole numbers only: the examples have no decimals and no thousands separator.
fn measure_hint(m: Measure) -> &'static str {
    match m {
        Measure::DaysNoticeToVisit => {
            "Jours civils entre l'avis du CBP et le premier jour de la validation. Un nombre entier, p. ex. 30."
        }
        Measure::DaysOnSite => "Jours passés par le CBP dans vos installations ou en séances virtuelles, p. ex. 2.",
        Measure::WeeksToReport => {
            "Semaines entre le dernier jour de la validation et le rapport écrit du CBP, p. ex. 8."
        }
        Measure::Recommendations => "Recommandations du rapport de validation. Inscrivez 0 s'il n'y en a eu aucune.",
        Measure::RequiredActions => {
            "Mesures obligatoires du rapport de validation. Inscrivez 0 s'il n'y en a eu aucune."
        }
    }
}

fn rating(r: Rating) -> &'static str {
    match r {
        Rating::Clarity => "Clarté des demandes et des constatations du CBP",
        Rating::ConsistencyWithCriteria => "Cohérence avec les critères de sécurité minimaux",
        Rating::ConsistencyWithEarlier => "Cohérence avec les validations antérieures",
        Rating::Usefulness => "Utilité pour votre programme de sécurité",
    }
}

fn rating_scale(r: Rating) -> &'static str {
    match r {
        Rating::Clarity => "(1 = pas du tout claires, 5 = très claires)",
        Rating::ConsistencyWithCriteria | Rating::ConsistencyWithEarlier => {
            "(1 = pas du tout cohérente, 5 = entièrement cohérente)"
        }
        Rating::Usefulness => "(1 = pas du tout utile, 5 = très utile)",
    }
}

fn required(key: &str) -> Option<&'static str> {
    Some(match key {
        field::MONTH => "Entrez le mois et l'année de la validation.",
        field::KIND => "Indiquez s'il s'agissait d'une première validation ou d'une revalidation.",
        field::MODE => "Indiquez comment la validation s'est déroulée.",
        field::FIELD_OFFICE => "Sélectionnez le bureau local du CBP.",
        "days_notice_to_visit" => "Entrez le nombre de jours de préavis avant la validation.",
        "days_on_site" => "Entrez le nombre de jours sur place ou en séances.",
        "weeks_to_report" => "Entrez le nombre de semaines avant la réception du rapport de validation.",
        "recommendations" => "Entrez le nombre de recommandations (0 s'il n'y en a eu aucune).",
        "required_actions" => "Entrez le nombre de mesures obligatoires (0 s'il n'y en a eu aucune).",
        "clarity" => "Évaluez la clarté des demandes et des constatations du CBP.",
        "consistency_with_criteria" => "Évaluez la cohérence avec les critères de sécurité minimaux.",
        "consistency_with_earlier" => "Évaluez la cohérence avec les validations antérieures.",
        "usefulness" => "Évaluez l'utilité pour votre programme de sécurité.",
        _ => return None,
    })
}

pub static VALIDATION_FR: ValidationMessages = ValidationMessages {
    nav: "Rapport sur une validation",
    home_heading: "Rapport sur une validation",
    home_lead: "Votre entreprise a eu une validation ou une revalidation du CTPAT ? Dites au CBP combien de temps elle a pris, comment elle s'est déroulée et à quel point elle a été utile. Les rapports sont comparés d'un bureau local à l'autre pour rendre les validations plus uniformes.",
    home_link: "Faire un rapport sur une validation",

    title: "Rapport sur une validation",
    lead: "Dites au CBP comment s'est déroulée la dernière validation ou revalidation de votre entreprise. Le CBP compare les rapports d'un bureau local, d'un mode et d'une année à l'autre pour rendre les validations plus uniformes. Les rapports ne sont jamais publiés individuellement.",
    draft_restored: "Nous avons restauré le rapport que vous aviez commencé à remplir sur cet appareil.",
    about_validation: "À propos de la validation",
    month: "Mois et année de la validation",
    month_hint: "Le mois où la validation a eu lieu, p. ex. 2026-03 pour mars 2026.",
    month_invalid: "Entrez le mois et l'année de la validation au format 2026-03, de 2005 jusqu'au mois en cours.",
    kind: "Première validation ou revalidation",
    kind_label,
    kind_hint,
    mode: "Déroulement de la validation",
    mode_label,
    mode_hint,
    field_office: "Bureau local du CBP",
    field_office_hint: "Le bureau local dont les spécialistes de la sécurité de la chaîne d'approvisionnement ont effectué la validation.",
    field_office_gone: "Le bureau local choisi ne figure plus dans la liste. Sélectionnez un autre bureau local du CBP.",
    field_office_unavailable: "La liste des bureaux locaux du CBP n'a pas pu être chargée. Rechargez la page pour réessayer ; ce que vous avez saisi est conservé.",
    about_company: "À propos de votre entreprise",
    numbers_heading: "Délais et résultats",
    numbers_lead: "Des nombres entiers. Votre meilleure estimation suffit.",
    measure,
    measure_hint,
    ratings_heading: "Vos évaluations",
    ratings_lead: "Évaluez chaque aspect de 1 à 5. L'échelle est indiquée pour chaque question.",
    rating,
    rating_scale,
    earlier_hint: "Pour une revalidation seulement.",
    earlier_not_asked: "La cohérence avec les validations antérieures n'est pas demandée pour une première validation.",
    standardize_heading: "Uniformiser les validations",
    standardize: "Que faudrait-il uniformiser ?",
    standardize_hint: "Facultatif. Ce que le CBP devrait faire de la même façon à chaque validation. Votre réponse est transmise à la file de tri du CBP comme commentaire sur les validations, avec son propre numéro de suivi.",
    about_you: "À propos de vous (facultatif)",
    about_you_hint: "Facultatif ; jamais publié. Seuls les examinateurs du CBP y ont accès, pour communiquer avec vous au sujet de votre rapport.",
    name: "Votre nom (facultatif)",
    organization: "Organisation (facultatif)",
    email: "Adresse courriel (facultatif)",
    email_hint: "Uniquement pour que le CBP puisse communiquer avec vous au sujet de votre rapport. Elle n'est jamais publiée.",
    submit: "Soumettre le rapport",
    submitting: "Envoi en cours…",
    required,

    receipt_title: "Merci",
    receipt_lead: "Votre rapport sur la validation a été reçu. Conservez ce numéro : il permet de retrouver votre rapport si vous communiquez avec le CBP à son sujet.",
    receipt_tracking_number: "Numéro de suivi de votre rapport",
    receipt_proposal: "Numéro de suivi de votre proposition d'uniformisation",
    receipt_proposal_hint: "Ce que vous proposez d'uniformiser a été enregistré comme commentaire sur les validations. Utilisez ce numéro pour le suivre et lire la réponse du CBP.",
    receipt_check_proposal: "Vérifier le statut de votre proposition",
    receipt_not_found: "Aucun rapport sur une validation ne correspond à ce numéro de suivi.",
    receipt_another: "Faire un rapport sur une autre validation",

};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::VALIDATION_EN;
    use crate::language::Lang;
    use crate::text::Problem;

    /// Words that are the same in both languages.
    const SAME: &[&str] = &["Revalidation"];

    fn differs(what: &str, fr: &str, en: &str) {
        assert!(!fr.trim().is_empty(), "{what} is empty in French");
        if !SAME.contains(&en) {
            assert_ne!(fr, en, "{what} is still in English");
        }
    }

    #[test]
    fn the_public_report_is_in_french() {
        let (fr, en) = (&VALIDATION_FR, &VALIDATION_EN);
        assert!(std::ptr::eq(Lang::Fr.messages().validation, fr));
        for (what, f, e) in [
            ("nav", fr.nav, en.nav),
            ("home_heading", fr.home_heading, en.home_heading),
            ("home_lead", fr.home_lead, en.home_lead),
            ("home_link", fr.home_link, en.home_link),
            ("title", fr.title, en.title),
            ("lead", fr.lead, en.lead),
            ("draft_restored", fr.draft_restored, en.draft_restored),
            ("about_validation", fr.about_validation, en.about_validation),
            ("month", fr.month, en.month),
            ("month_hint", fr.month_hint, en.month_hint),
            ("month_invalid", fr.month_invalid, en.month_invalid),
            ("kind", fr.kind, en.kind),
            ("mode", fr.mode, en.mode),
            ("field_office", fr.field_office, en.field_office),
            ("field_office_hint", fr.field_office_hint, en.field_office_hint),
            ("field_office_gone", fr.field_office_gone, en.field_office_gone),
            ("field_office_unavailable", fr.field_office_unavailable, en.field_office_unavailable),
            ("about_company", fr.about_company, en.about_company),
            ("numbers_heading", fr.numbers_heading, en.numbers_heading),
            ("numbers_lead", fr.numbers_lead, en.numbers_lead),
            ("ratings_heading", fr.ratings_heading, en.ratings_heading),
            ("ratings_lead", fr.ratings_lead, en.ratings_lead),
            ("earlier_hint", fr.earlier_hint, en.earlier_hint),
            ("earlier_not_asked", fr.earlier_not_asked, en.earlier_not_asked),
            ("standardize_heading", fr.standardize_heading, en.standardize_heading),
            ("standardize", fr.standardize, en.standardize),
            ("standardize_hint", fr.standardize_hint, en.standardize_hint),
            ("about_you", fr.about_you, en.about_you),
            ("about_you_hint", fr.about_you_hint, en.about_you_hint),
            ("name", fr.name, en.name),
            ("organization", fr.organization, en.organization),
            ("email", fr.email, en.email),
            ("email_hint", fr.email_hint, en.email_hint),
            ("submit", fr.submit, en.submit),
            ("submitting", fr.submitting, en.submitting),
            ("receipt_title", fr.receipt_title, en.receipt_title),
            ("receipt_lead", fr.receipt_lead, en.receipt_lead),
            ("receipt_tracking_number", fr.receipt_tracking_number, en.receipt_tracking_number),
            ("receipt_proposal", fr.receipt_proposal, en.receipt_proposal),
            ("receipt_proposal_hint", fr.receipt_proposal_hint, en.receipt_proposal_hint),
            ("receipt_check_proposal", fr.receipt_check_proposal, en.receipt_check_proposal),
            ("receipt_not_found", fr.receipt_not_found, en.receipt_not_found),
            ("receipt_another", fr.receipt_another, en.receipt_another),
        ] {
            differs(what, f, e);
        }
        for k in ValidationKind::ALL {
            differs("kind", (fr.kind_label)(*k), (en.kind_label)(*k));
            differs("kind hint", (fr.kind_hint)(*k), (en.kind_hint)(*k));
        }
        for m in Mode::ALL {
            differs("mode", (fr.mode_label)(*m), (en.mode_label)(*m));
            differs("mode hint", (fr.mode_hint)(*m), (en.mode_hint)(*m));
        }
        for m in Measure::ALL {
            differs("measure", (fr.measure)(*m), (en.measure)(*m));
            differs("measure hint", (fr.measure_hint)(*m), (en.measure_hint)(*m));
        }
        for r in Rating::ALL {
            differs("rating", (fr.rating)(*r), (en.rating)(*r));
            differs("rating scale", (fr.rating_scale)(*r), (en.rating_scale)(*r));
        }
    }

    #[test]
    fn every_problem_of_the_report_reads_in_french() {
        let (m, e) = (Lang::Fr.messages(), Lang::En.messages());
        let mut keys = vec![field::MONTH, field::KIND, field::MODE, field::FIELD_OFFICE, field::STANDARDIZE];
        keys.extend(Measure::ALL.iter().map(|m| m.code()));
        keys.extend(Rating::ALL.iter().map(|r| r.code()));
        let problems = [
            Problem::Required,
            Problem::InvalidDate,
            Problem::UnknownChoice,
            Problem::NotFound,
            Problem::NotANumber,
            Problem::OutOfRange { min: 0, max: 365 },
            Problem::NotApplicable,
            Problem::TooLong { max: 2000, actual: 2001 },
        ];
        for key in keys {
            differs(key, m.field_label(key), e.field_label(key));
            for p in problems {
                let f = m.problem_message(key, p);
                differs(&format!("{key} {p:?}"), &f, &e.problem_message(key, p));
                assert!(f.ends_with('.'), "{key} {p:?}: {f}");
                super::super::tests::assert_typography(&f);
            }
        }
        assert_eq!(m.problem_message("field_office", Problem::Required), "Sélectionnez le bureau local du CBP.");
        assert_eq!(
            m.problem_message("standardize", Problem::TooLong { max: 2000, actual: 2001 }),
            "Le champ « Que faudrait-il uniformiser ? » doit compter au plus 2 000 caractères (il en compte 2 001)."
        );
    }
}
