//! The French wording of notification emails (composed in `crate::notify`). Plain text, sent in
//! UTF-8, so accents and non-breaking spaces go through as they are.

use crate::i18n::NotifyMessages;

pub static NOTIFY_FR: NotifyMessages = NotifyMessages {
    received_subject: |tn| format!("Commentaires CTPAT reçus : {tn}"),
    received_body: |title, tn, link| {
        format!(
            "Merci. Le CBP a reçu vos commentaires « {title} ».\n\n\
             Votre numéro de suivi est {tn}. Conservez-le : vous en aurez besoin pour vérifier le statut de vos \
             commentaires, suivre leurs mises à jour ou les retirer.\n\n\
             Vérifier le statut : {link}"
        )
    },
    following_owner_subject: |tn| format!("Vous suivez les commentaires CTPAT {tn}"),
    following_item_subject: |item| format!("Vous suivez la fiche {item} du tableau public CTPAT"),
    following_body: |title, link| {
        format!(
            "Vous recevrez un courriel lorsque le statut de « {title} » changera ou que le CBP y répondra.\n\n\
             Consulter en tout temps : {link}"
        )
    },
    update_owner_subject: |tn| format!("Mise à jour des commentaires CTPAT {tn}"),
    update_item_subject: |item| format!("Mise à jour de la fiche {item} du tableau public CTPAT"),
    update_intro: |title| format!("Il y a du nouveau au sujet des commentaires CTPAT « {title} ».\n"),
    update_withdrawn: "\nL'auteur a retiré ces commentaires. Le CBP ne les examinera plus.\n",
    update_status: |label, meaning| format!("\nStatut : {label}. {meaning}\n"),
    update_response: |r| format!("\nRéponse du CBP :\n{r}\n"),
    see_it: |link| format!("\nConsulter : {link}"),
    footer: |unfollow| {
        format!(
            "\n\nPour ne plus recevoir ces courriels, ouvrez {unfollow}\n\
             Ce message a été envoyé par le Portail de commentaires CTPAT du Service des douanes et de la \
             protection des frontières des États-Unis (CBP). N'y répondez pas."
        )
    },
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_read_in_french() {
        let n = &NOTIFY_FR;
        assert_eq!((n.received_subject)("CTPAT-7K3M-9QXD-2R4T"), "Commentaires CTPAT reçus : CTPAT-7K3M-9QXD-2R4T");
        let body = (n.received_body)("Scellés", "CTPAT-7K3M-9QXD-2R4T", "https://exemple/check");
        assert!(body.contains("« Scellés »"), "{body}");
        assert!(body.ends_with("Vérifier le statut : https://exemple/check"), "{body}");
        assert_eq!(
            (n.update_status)("Reçu", "Le CBP a reçu vos commentaires."),
            "\nStatut : Reçu. Le CBP a reçu vos commentaires.\n"
        );
        assert!((n.footer)("https://exemple/unfollow/x").contains("ouvrez https://exemple/unfollow/x\n"));
    }
}
