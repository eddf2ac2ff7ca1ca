//! French messages of the public pages that close the loop with the trade: consultations, the
//! public board, support, following, withdrawing and reporting.

use super::figures::{self, NBSP};
use crate::api::public::EventKind;
use crate::board::BoardSort;
use crate::consultation::Phase;
use crate::i18n::PublicMessages;
use crate::time::Civil;

/// Consultations are feminine: « une consultation ouverte ».
fn phase(p: Phase) -> &'static str {
    match p {
        Phase::Upcoming => "À venir",
        Phase::Open => "Ouverte",
        Phase::Closed => "Fermée",
    }
}

fn event(e: EventKind) -> &'static str {
    match e {
        EventKind::Received => "Réception des commentaires",
        EventKind::StatusChanged => "Changement de statut",
        EventKind::Responded => "Réponse du CBP",
        EventKind::Published => "Publication sur le tableau public",
        EventKind::Unpublished => "Retrait du tableau public",
        EventKind::Withdrawn => "Retrait par l'auteur",
    }
}

fn date(c: Civil) -> String {
    super::day_month_year(&c)
}

fn thousands(n: u64) -> String {
    figures::count(n)
}

/// `512 octets`, `34 Ko`, `2,5 Mo`, with a non-breaking space before the unit.
fn file_size(bytes: u64) -> String {
    match bytes {
        0 | 1 => format!("{bytes}{NBSP}octet"),
        b if b < 1024 => format!("{b}{NBSP}octets"),
        b if b < 1024 * 1024 => format!("{}{NBSP}Ko", figures::count(b.div_ceil(1024))),
        b => format!("{}{NBSP}Mo", figures::fixed(b as f64 / (1024.0 * 1024.0), 1)),
    }
}

fn percent(p: u32) -> String {
    format!("{p} %")
}

fn rate_limited(retry_after: Option<u32>) -> String {
    let when = match retry_after {
        Some(s) if s <= 1 => format!("{s} seconde"),
        Some(s) => format!("{} secondes", figures::count(u64::from(s))),
        None => "une minute".into(),
    };
    format!("Trop de demandes proviennent de votre réseau en peu de temps. Réessayez dans {when}.")
}

fn consultation_dates(opens: &str, closes: &str) -> String {
    format!("Du {opens} au {closes}")
}

fn form_consultation_late(title: &str) -> String {
    format!("{title} (fermée, commentaires tardifs acceptés)")
}

fn form_consultation_unavailable(title: &str, phase: &str) -> String {
    format!("{title} ({})", phase.to_lowercase())
}

fn attachment_uploading(name: &str) -> String {
    format!("Téléversement de {name}")
}

fn attachment_entry(name: &str, size: &str) -> String {
    format!("{name} ({size})")
}

fn attachment_failed(name: &str, reason: &str) -> String {
    format!("Le fichier {name} n'a pas été joint : {reason}")
}

fn attachment_too_many(max: usize) -> String {
    format!("vous pouvez joindre au plus {max} fichiers.")
}

fn event_status_changed(status: &str) -> String {
    format!("Nouveau statut : {status}")
}

fn follow_done(email: &str) -> String {
    format!("Nous écrirons à {email} dès qu'il y aura du nouveau. Chaque courriel contient un lien pour ne plus en recevoir.")
}

fn board_sort_by(s: BoardSort) -> &'static str {
    match s {
        BoardSort::Newest => "Les plus récents d'abord",
        BoardSort::Support => "Les plus appuyés d'abord",
    }
}

fn board_published(date: &str) -> String {
    format!("Publication : {date}")
}

fn board_item_number(id: i64) -> String {
    format!("Fiche {id}")
}

fn supporters(n: u32) -> String {
    match n {
        0 => "Aucun appui pour l'instant".into(),
        1 => "1 appui".into(),
        n => format!("{} appuis", thousands(u64::from(n))),
    }
}

fn similar_submissions(n: u64) -> String {
    match n {
        1 => "plus 1 soumission quasi identique".into(),
        n => format!("plus {} soumissions quasi identiques", thousands(n)),
    }
}

fn report_done(date: &str) -> String {
    format!("Le CBP a reçu votre signalement le {date}. Un examinateur l'étudiera et pourrait communiquer avec vous par courriel.")
}

pub static PUBLIC_FR: PublicMessages = PublicMessages {
    phase,
    event,
    consultation_closed: "Cette consultation est fermée et n'accepte plus de commentaires. Choisissez « Commentaires généraux » pour les envoyer quand même.",
    consultation_not_open: "Cette consultation n'est pas encore ouverte. Vérifiez sa date d'ouverture, ou choisissez « Commentaires généraux ».",
    late: "Tardif",

    nav_board: "Tableau public",
    date,
    thousands,
    file_size,
    percent,
    error_network: "Nous n'avons pas pu communiquer avec le portail. Vérifiez votre connexion et réessayez.",
    error_server: "Une erreur s'est produite de notre côté. Veuillez réessayer dans quelques minutes.",
    rate_limited,
    sending: "Envoi en cours…",

    consultations_heading: "Consultations",
    consultations_lead: "Les questions que le CBP pose au milieu commercial. Répondez à une consultation ouverte, ou soumettez des commentaires généraux en tout temps.",
    consultations_none: "Aucune consultation n'est en cours. Vous pouvez soumettre des commentaires généraux en tout temps.",
    consultation_dates,
    consultation_give_feedback: "Soumettre des commentaires sur cette consultation",
    consultation_give_late_feedback: "Soumettre des commentaires tardifs sur cette consultation",
    consultation_title: "Consultation",
    consultation_question: "Question",
    consultation_background: "Contexte",
    consultation_topic: "Sujet",
    consultation_any_topic: "Tous les sujets",
    consultation_opens: "Ouverture",
    consultation_closes: "Dernier jour",
    consultation_phase: "Statut",
    consultation_late_feedback: "Commentaires tardifs",
    consultation_late_allowed: "Acceptés après le dernier jour, avec la mention « Tardif ».",
    consultation_late_refused: "Refusés après le dernier jour.",
    consultation_board_link: "Commentaires publiés sur cette consultation",
    consultation_not_found: "Nous n'avons pas trouvé cette consultation. Elle a peut-être été retirée, ou l'adresse contient une faute de frappe.",

    form_consultation_late,
    form_consultation_unavailable,
    attachment_uploading,
    attachments_uploaded: "Fichiers joints",
    attachment_entry,
    attachment_remove: "Retirer",
    attachments_wait: "Pièces jointes : attendez la fin du téléversement de vos fichiers, puis soumettez de nouveau.",
    attachment_failed,
    attachment_network: "nous n'avons pas pu communiquer avec le portail. Vérifiez votre connexion et choisissez de nouveau le fichier.",
    attachment_server: "une erreur s'est produite de notre côté. Choisissez de nouveau le fichier dans quelques minutes.",
    attachment_rate_limited: "trop de fichiers proviennent de votre réseau en peu de temps. Choisissez de nouveau le fichier dans une minute.",
    attachment_too_many,

    receipt_consultation: "Consultation",
    receipt_general: "Commentaires généraux",
    receipt_attachments: "Pièces jointes",
    receipt_history: "Historique",
    event_status_changed,
    receipt_board_link: "Lire sur le tableau public",
    follow_heading: "Suivre par courriel",
    follow_receipt_lead: "Recevez un courriel lorsque le statut de ces commentaires change ou que le CBP y répond.",
    follow_item_lead: "Recevez un courriel lorsque le statut de cette fiche change ou que le CBP y répond.",
    follow_email: "Adresse courriel",
    follow_email_hint: "Utilisée uniquement pour ces courriels et jamais publiée.",
    follow_submit: "Suivre",
    follow_done,
    withdraw_heading: "Retirer ces commentaires",
    withdraw_lead: "Si vous ne souhaitez plus que le CBP tienne compte de ces commentaires, vous pouvez les retirer. Les examinateurs cessent de les traiter et ils sont retirés du tableau public.",
    withdraw_button: "Retirer ces commentaires",
    withdraw_confirm_heading: "Retirer ces commentaires ?",
    withdraw_confirm_text: "Le retrait est définitif. Pour dire quelque chose de nouveau, vous pourrez toujours soumettre d'autres commentaires.",
    withdraw_confirm: "Confirmer",
    withdraw_cancel: "Annuler",
    withdraw_done: "Vos commentaires ont été retirés. Le CBP ne les examinera plus.",

    board_title: "Tableau public",
    board_lead: "Les commentaires que leurs auteurs ont autorisé le CBP à publier, avec les réponses du CBP. Les noms, les organisations et les adresses courriel ne sont jamais publiés.",
    board_filters_heading: "Rechercher et filtrer",
    board_search: "Rechercher",
    board_search_hint: "Mots du titre ou du texte.",
    board_topic: "Sujet",
    board_msc_category: "Catégorie de critères de sécurité minimaux",
    board_entity_type: "Type d'entité commerciale",
    board_consultation: "Consultation",
    board_status: "Statut",
    board_sort: "Trier par",
    board_sort_by,
    board_any: "Tous",
    board_apply: "Appliquer les filtres",
    board_clear: "Effacer les filtres",
    board_results_heading: "Commentaires publiés",
    board_empty: "Aucun commentaire publié ne correspond à ces filtres.",
    board_more: "Plus de résultats",
    board_responded: "Réponse du CBP",
    board_published,
    board_item_number,
    supporters,
    similar_submissions,

    item_number: "Numéro de fiche",
    item_feedback: "Commentaires",
    item_recommendation: "Recommandation",
    item_entity_type: "Type d'entité de l'auteur",
    item_received: "Date de réception",
    item_published: "Date de publication",
    item_redacted: "Le CBP a retiré des détails personnels ou exclusifs de ce texte avant de le publier.",
    item_response_heading: "Ce que vous avez dit, ce que nous avons fait",
    item_no_response: "Le CBP n'a pas encore répondu.",
    item_attachments: "Pièces jointes",
    item_support_heading: "Qui d'autre est concerné",
    item_support_caption: "Appuis par type d'entité commerciale",
    item_support_count: "Appuis",
    item_support_total: "Total",
    item_support_none: "Personne n'a encore appuyé cette fiche.",
    item_report_link: "Ces commentaires ont-ils été soumis en votre nom ? Signalez-le",
    item_not_found: "Nous n'avons pas trouvé cette fiche sur le tableau public. Elle a peut-être été retirée, ou l'adresse contient une faute de frappe.",
    item_back: "Retour au tableau public",
    support_heading: "Cela nous concerne aussi",
    support_lead: "Indiquez au CBP que cette question concerne aussi votre entreprise. Chaque navigateur n'est compté qu'une fois.",
    support_entity_type: "Votre type d'entité commerciale",
    support_organization: "Organisation (facultatif)",
    support_organization_hint: "Jamais publiée.",
    support_submit: "Cela nous concerne aussi",
    support_thanks: "Merci. Votre appui a été pris en compte.",
    support_already: "Ce navigateur a déjà appuyé cette fiche ; son appui n'a donc pas été compté de nouveau.",

    report_title: "Signaler des commentaires soumis en votre nom",
    report_lead: "Si des commentaires ont été envoyés en votre nom ou au nom de votre organisation sans votre consentement, informez-en le CBP. Un examinateur se penchera sur la situation.",
    report_reference: "Numéro de suivi ou numéro de fiche du tableau public",
    report_reference_hint: "Par exemple, CTPAT-7K3M-9QXD-2R4T, ou le numéro de fiche affiché sur le tableau public.",
    report_name: "Votre nom",
    report_email: "Votre adresse courriel",
    report_email_hint: "Le CBP l'utilise uniquement pour communiquer avec vous au sujet de ce signalement.",
    report_explanation: "Description du problème",
    report_explanation_hint: "Expliquez pourquoi vous croyez que ces commentaires ont été soumis en votre nom.",
    report_submit: "Envoyer le signalement",
    report_done_heading: "Signalement reçu",
    report_done,

    unfollow_title: "Ne plus recevoir de courriels",
    unfollow_lead: "Vous recevez des courriels au sujet de commentaires que vous avez choisi de suivre. Choisissez « Ne plus recevoir de courriels » et nous ne vous en enverrons plus à ce sujet.",
    unfollow_button: "Ne plus recevoir de courriels",
    unfollow_done: "C'est fait. Vous ne recevrez plus de courriels au sujet de ces commentaires.",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_and_numbers_read_naturally() {
        let p = &PUBLIC_FR;
        assert_eq!(p.format_date("2026-12-01"), "1er décembre 2026");
        assert_eq!(p.format_date("2026-11-28"), "28 novembre 2026");
        assert_eq!(p.format_date("bientôt"), "bientôt");
        assert_eq!((p.thousands)(1_234_567), "1 234 567");
        assert_eq!((p.percent)(62), "62 %");
        assert_eq!((p.supporters)(0), "Aucun appui pour l'instant");
        assert_eq!((p.supporters)(1), "1 appui");
        assert_eq!((p.supporters)(1200), "1 200 appuis");
        assert_eq!((p.similar_submissions)(1), "plus 1 soumission quasi identique");
        assert_eq!((p.similar_submissions)(1200), "plus 1\u{a0}200 soumissions quasi identiques");
        assert_eq!((p.file_size)(512), "512\u{a0}octets");
        assert_eq!((p.file_size)(34 * 1024), "34\u{a0}Ko");
        assert_eq!((p.file_size)(5 * 1024 * 1024 / 2), "2,5\u{a0}Mo");
        assert_eq!(
            (p.consultation_dates)("1er décembre 2026", "31 décembre 2026"),
            "Du 1er décembre 2026 au 31 décembre 2026"
        );
        assert_eq!(
            (p.rate_limited)(Some(30)),
            "Trop de demandes proviennent de votre réseau en peu de temps. Réessayez dans 30 secondes."
        );
        assert_eq!(
            (p.form_consultation_unavailable)("Validations 2026", (p.phase)(Phase::Upcoming)),
            "Validations 2026 (à venir)"
        );
    }
}
