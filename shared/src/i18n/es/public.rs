//! Spanish messages of the public pages that close the loop with the trade: consultations, the
//! public board, support, following, withdrawing and reporting.

use super::super::PublicMessages;
use super::figures;
use crate::api::public::EventKind;
use crate::board::BoardSort;
use crate::consultation::Phase;
use crate::time::Civil;

/// A consultation ("la consulta") is feminine.
fn phase(p: Phase) -> &'static str {
    match p {
        Phase::Upcoming => "Próxima",
        Phase::Open => "Abierta",
        Phase::Closed => "Cerrada",
    }
}

fn event(e: EventKind) -> &'static str {
    match e {
        EventKind::Received => "Recibido",
        EventKind::StatusChanged => "Cambio de estado",
        EventKind::Responded => "CBP respondió",
        EventKind::Published => "Publicado en el tablero público",
        EventKind::Unpublished => "Eliminado del tablero público",
        EventKind::Withdrawn => "Retirado por el remitente",
    }
}

fn date(c: Civil) -> String {
    super::day(c)
}

fn file_size(bytes: u64) -> String {
    crate::attachment::human_size(bytes)
}

fn percent(p: u32) -> String {
    format!("{p}%")
}

fn rate_limited(retry_after: Option<u32>) -> String {
    match retry_after {
        Some(1) => {
            "Se recibieron demasiadas solicitudes desde su red en poco tiempo. Intente de nuevo en 1 segundo.".into()
        }
        Some(s) => format!(
            "Se recibieron demasiadas solicitudes desde su red en poco tiempo. Intente de nuevo en {s} segundos."
        ),
        None => {
            "Se recibieron demasiadas solicitudes desde su red en poco tiempo. Intente de nuevo en un minuto.".into()
        }
    }
}

fn consultation_dates(opens: &str, closes: &str) -> String {
    format!("Del {opens} al {closes}")
}

fn form_consultation_late(title: &str) -> String {
    format!("{title} (cerrada; se aceptan comentarios fuera de plazo)")
}

fn form_consultation_unavailable(title: &str, phase: &str) -> String {
    format!("{title} ({})", phase.to_lowercase())
}

fn attachment_uploading(name: &str) -> String {
    format!("Subiendo {name}")
}

fn attachment_entry(name: &str, size: &str) -> String {
    format!("{name} ({size})")
}

fn attachment_failed(name: &str, reason: &str) -> String {
    format!("No se adjuntó {name}: {reason}")
}

fn attachment_too_many(max: usize) -> String {
    format!("puede adjuntar {max} archivos como máximo.")
}

fn event_status_changed(status: &str) -> String {
    format!("El estado cambió a: {status}")
}

fn follow_done(email: &str) -> String {
    format!(
        "Le enviaremos un correo a {email} cuando haya cambios. Cada correo incluye un enlace para dejar de recibirlos."
    )
}

fn board_sort_by(s: BoardSort) -> &'static str {
    match s {
        BoardSort::Newest => "Más recientes primero",
        BoardSort::Support => "Más apoyados primero",
    }
}

fn board_published(date: &str) -> String {
    format!("Publicado el {date}")
}

fn board_item_number(id: i64) -> String {
    format!("Publicación {id}")
}

fn supporters(n: u32) -> String {
    match n {
        0 => "Aún sin apoyos".into(),
        1 => "1 apoyo".into(),
        n => format!("{} apoyos", figures::count(u64::from(n))),
    }
}

fn similar_submissions(n: u64) -> String {
    match n {
        1 => "más 1 envío casi idéntico".into(),
        n => format!("más {} envíos casi idénticos", figures::count(n)),
    }
}

fn report_done(date: &str) -> String {
    format!(
        "CBP recibió su reporte el {date}. Un revisor lo analizará y es posible que se comunique con usted por correo electrónico."
    )
}

pub static PUBLIC_ES: PublicMessages = PublicMessages {
    phase,
    event,
    consultation_closed: "Esta consulta está cerrada y ya no recibe comentarios. Elija comentarios generales para enviarlos de todos modos.",
    consultation_not_open: "Esta consulta aún no está abierta. Revise su fecha de apertura o elija comentarios generales.",
    late: "Fuera de plazo",

    nav_board: "Tablero público",
    date,
    thousands: figures::count,
    file_size,
    percent,
    error_network: "No pudimos conectarnos con el portal. Revise su conexión e intente de nuevo.",
    error_server: "Algo falló de nuestro lado. Por favor, intente de nuevo en unos minutos.",
    rate_limited,
    sending: "Enviando…",

    consultations_heading: "Consultas",
    consultations_lead: "Preguntas que CBP plantea a la comunidad de comercio exterior. Responda a una consulta abierta o envíe comentarios generales en cualquier momento.",
    consultations_none: "Por el momento no hay consultas. Puede enviar comentarios generales en cualquier momento.",
    consultation_dates,
    consultation_give_feedback: "Enviar comentarios sobre esta consulta",
    consultation_give_late_feedback: "Enviar comentarios fuera de plazo sobre esta consulta",
    consultation_title: "Consulta",
    consultation_question: "Pregunta",
    consultation_background: "Antecedentes",
    consultation_topic: "Tema",
    consultation_any_topic: "Cualquier tema",
    consultation_opens: "Fecha de apertura",
    consultation_closes: "Último día",
    consultation_phase: "Estado",
    consultation_late_feedback: "Comentarios fuera de plazo",
    consultation_late_allowed: "Se aceptan después del último día y se marcan como fuera de plazo.",
    consultation_late_refused: "No se aceptan después del último día.",
    consultation_board_link: "Comentarios publicados sobre esta consulta",
    consultation_not_found: "No encontramos esa consulta. Es posible que se haya eliminado o que la dirección tenga un error.",

    form_consultation_late,
    form_consultation_unavailable,
    attachment_uploading,
    attachments_uploaded: "Archivos adjuntos",
    attachment_entry,
    attachment_remove: "Quitar",
    attachments_wait: "Archivos adjuntos: espere a que terminen de subirse sus archivos y vuelva a enviar el formulario.",
    attachment_failed,
    attachment_network: "no pudimos conectarnos con el portal. Revise su conexión y vuelva a elegir el archivo.",
    attachment_server: "algo falló de nuestro lado. Vuelva a elegir el archivo en unos minutos.",
    attachment_rate_limited: "se recibieron demasiados archivos desde su red en poco tiempo. Vuelva a elegir el archivo en un minuto.",
    attachment_too_many,

    receipt_consultation: "Consulta",
    receipt_general: "Comentarios generales",
    receipt_attachments: "Archivos adjuntos",
    receipt_history: "Historial",
    event_status_changed,
    receipt_board_link: "Verlos en el tablero público",
    follow_heading: "Seguimiento por correo electrónico",
    follow_receipt_lead: "Reciba un correo cuando cambie el estado de estos comentarios o cuando CBP responda.",
    follow_item_lead: "Reciba un correo cuando cambie el estado de esta publicación o cuando CBP responda.",
    follow_email: "Correo electrónico",
    follow_email_hint: "Se usa únicamente para estos correos y nunca se publica.",
    follow_submit: "Dar seguimiento",
    follow_done,
    withdraw_heading: "Retirar estos comentarios",
    withdraw_lead: "Si ya no desea que CBP tome en cuenta estos comentarios, puede retirarlos. Los revisores dejarán de trabajar en ellos y se retirarán del tablero público.",
    withdraw_button: "Retirar estos comentarios",
    withdraw_confirm_heading: "¿Desea retirar estos comentarios?",
    withdraw_confirm_text: "Esta acción no se puede deshacer. Si tiene algo nuevo que decir, siempre puede enviar comentarios de nuevo.",
    withdraw_confirm: "Confirmar",
    withdraw_cancel: "Cancelar",
    withdraw_done: "Sus comentarios se retiraron. CBP ya no los revisará.",

    board_title: "Tablero público",
    board_lead: "Comentarios que sus remitentes autorizaron a CBP a publicar, con las respuestas de CBP. Los nombres, las organizaciones y los correos electrónicos nunca se publican.",
    board_filters_heading: "Buscar y filtrar",
    board_search: "Buscar",
    board_search_hint: "Palabras del título o del texto.",
    board_topic: "Tema",
    board_msc_category: "Categoría de los criterios mínimos de seguridad",
    board_entity_type: "Tipo de entidad comercial",
    board_consultation: "Consulta",
    board_status: "Estado",
    board_sort: "Ordenar por",
    board_sort_by,
    board_any: "Cualquiera",
    board_apply: "Aplicar filtros",
    board_clear: "Borrar filtros",
    board_results_heading: "Comentarios publicados",
    board_empty: "Ningún comentario publicado coincide con estos filtros.",
    board_more: "Más resultados",
    board_responded: "CBP respondió",
    board_published,
    board_item_number,
    supporters,
    similar_submissions,

    item_number: "Número de publicación",
    item_feedback: "Comentarios",
    item_recommendation: "Recomendación",
    item_entity_type: "Enviado por",
    item_received: "Fecha de recepción",
    item_published: "Fecha de publicación",
    item_redacted: "CBP eliminó de este texto datos personales o información confidencial de empresas antes de publicarlo.",
    item_response_heading: "Lo que nos dijo y lo que hicimos",
    item_no_response: "CBP aún no ha respondido.",
    item_attachments: "Archivos adjuntos",
    item_support_heading: "A quién más le importa",
    item_support_caption: "Apoyos por tipo de entidad comercial",
    item_support_count: "Apoyos",
    item_support_total: "Total",
    item_support_none: "Nadie ha apoyado esta publicación todavía.",
    item_report_link: "¿Se envió esto a su nombre? Repórtelo",
    item_not_found: "No encontramos esa publicación en el tablero público. Es posible que se haya eliminado o que la dirección tenga un error.",
    item_back: "Volver al tablero público",
    support_heading: "Esto también nos importa",
    support_lead: "Hágale saber a CBP que esto también le importa a su empresa. Cada navegador cuenta una sola vez.",
    support_entity_type: "Su tipo de entidad comercial",
    support_organization: "Organización (opcional)",
    support_organization_hint: "Nunca se publica.",
    support_submit: "Esto también nos importa",
    support_thanks: "Gracias. Su apoyo quedó registrado.",
    support_already: "Este navegador ya apoyó esta publicación, así que no se contó de nuevo.",

    report_title: "Reportar comentarios enviados a su nombre",
    report_lead: "Si alguien envió comentarios a su nombre o al de su organización sin su consentimiento, avise a CBP. Un revisor lo analizará.",
    report_reference: "Número de folio o de publicación",
    report_reference_hint: "Por ejemplo, CTPAT-7K3M-9QXD-2R4T, o el número de publicación que aparece en el tablero público.",
    report_name: "Su nombre",
    report_email: "Su correo electrónico",
    report_email_hint: "CBP lo usará únicamente para comunicarse con usted sobre este reporte.",
    report_explanation: "Qué está mal",
    report_explanation_hint: "Explique por qué cree que estos comentarios se enviaron a su nombre.",
    report_submit: "Enviar reporte",
    report_done_heading: "Reporte recibido",
    report_done,

    unfollow_title: "Dejar de recibir correos",
    unfollow_lead: "Usted recibe correos sobre comentarios a los que decidió dar seguimiento. Elija Dejar de recibir correos y no le enviaremos más sobre ellos.",
    unfollow_button: "Dejar de recibir correos",
    unfollow_done: "Listo. Ya no recibirá más correos sobre estos comentarios.",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_and_numbers_read_naturally() {
        let p = &PUBLIC_ES;
        assert_eq!(p.format_date("2026-12-01"), "1 de diciembre de 2026");
        assert_eq!(p.format_date("2026-11-28"), "28 de noviembre de 2026");
        assert_eq!(p.format_date("pronto"), "pronto");
        assert_eq!((p.thousands)(1_234_567), "1,234,567");
        assert_eq!((p.percent)(62), "62%");
        assert_eq!((p.supporters)(0), "Aún sin apoyos");
        assert_eq!((p.supporters)(1), "1 apoyo");
        assert_eq!((p.supporters)(1200), "1,200 apoyos");
        assert_eq!((p.similar_submissions)(1), "más 1 envío casi idéntico");
        assert_eq!((p.similar_submissions)(1200), "más 1,200 envíos casi idénticos");
        assert_eq!(
            (p.consultation_dates)("1 de diciembre de 2026", "15 de enero de 2027"),
            "Del 1 de diciembre de 2026 al 15 de enero de 2027"
        );
        assert_eq!((p.form_consultation_unavailable)("Validaciones 2027", "Cerrada"), "Validaciones 2027 (cerrada)");
        assert!((p.rate_limited)(Some(30)).ends_with("en 30 segundos."));
        assert!((p.rate_limited)(Some(1)).ends_with("en 1 segundo."));
    }
}
