//! The wording of notification emails in Spanish (composed in `crate::notify`).

use super::super::NotifyMessages;

pub static NOTIFY_ES: NotifyMessages = NotifyMessages {
    received_subject: |tn| format!("Comentarios sobre CTPAT recibidos: {tn}"),
    received_body: |title, tn, link| {
        format!(
            "Gracias. CBP recibió sus comentarios \"{title}\".\n\n\
             Su número de folio es {tn}. Guárdelo: lo necesitará para consultar el estado, dar seguimiento \
             a las novedades o retirar sus comentarios.\n\n\
             Consulte el estado: {link}"
        )
    },
    following_owner_subject: |tn| format!("Ahora da seguimiento a sus comentarios sobre CTPAT {tn}"),
    following_item_subject: |item| format!("Ahora da seguimiento a la publicación {item} de comentarios sobre CTPAT"),
    following_body: |title, link| {
        format!(
            "Recibirá un correo cuando cambie el estado de \"{title}\" o cuando CBP responda.\n\n\
             Consúltelo en cualquier momento: {link}"
        )
    },
    update_owner_subject: |tn| format!("Novedades de sus comentarios sobre CTPAT {tn}"),
    update_item_subject: |item| format!("Novedades de la publicación {item} de comentarios sobre CTPAT"),
    update_intro: |title| format!("Hay novedades de los comentarios sobre CTPAT \"{title}\".\n"),
    update_withdrawn: "\nEl remitente retiró estos comentarios. CBP ya no los revisará.\n",
    update_status: |label, meaning| format!("\nEstado: {label}. {meaning}\n"),
    update_response: |r| format!("\nRespuesta de CBP:\n{r}\n"),
    see_it: |link| format!("\nConsúltelo en el portal: {link}"),
    footer: |unfollow| {
        format!(
            "\n\nPara dejar de recibir estos correos, abra {unfollow}\n\
             Este mensaje lo envió el Portal de comentarios de CTPAT de la Oficina de Aduanas y Protección \
             Fronteriza de EE. UU. (CBP). No responda a este correo."
        )
    },
};
