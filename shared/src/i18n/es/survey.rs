//! Spanish messages of the benefit survey: the benefits, usage and the numbers asked, used by the
//! survey form, the public summary and the dashboards alike.

use super::super::SurveyMessages;
use crate::survey::{Benefit, Metric, Usage};

fn benefit(b: Benefit) -> &'static str {
    match b {
        Benefit::FewerExams => "Menos exámenes de CBP",
        Benefit::FrontOfLine => "Prioridad en las inspecciones",
        Benefit::StratifiedExemption => "Exención de los exámenes estratificados",
        Benefit::ShorterWaits => "Menores tiempos de espera en la frontera",
        Benefit::AssignedSpecialist => "Un especialista en seguridad de la cadena de suministro asignado",
        Benefit::FastLanes => "Carriles FAST en los cruces fronterizos terrestres",
        Benefit::PortalTraining => "El Portal de CTPAT y su biblioteca de capacitación",
        Benefit::MraRecognition => "Reconocimiento conforme a los Acuerdos de Reconocimiento Mutuo",
        Benefit::OtherPilots => "Posibilidad de participar en otros programas piloto del gobierno",
        Benefit::BusinessResumption => "Prioridad en la reanudación de operaciones",
        Benefit::TcPortal => "Cumplimiento Comercial: portal propio",
        Benefit::TcIdentityTheft => "Cumplimiento Comercial: aviso de robo de identidad",
        Benefit::TcTradeData => "Cumplimiento Comercial: datos de la actividad comercial del importador",
        Benefit::TcExpeditedRulings => "Cumplimiento Comercial: resoluciones expeditas",
    }
}

fn benefit_hint(b: Benefit) -> &'static str {
    match b {
        Benefit::FewerExams => "CBP examina a los socios con menos frecuencia que a quienes no son miembros.",
        Benefit::FrontOfLine => "Cuando se examina su carga, pasa al frente de la fila.",
        Benefit::StratifiedExemption => {
            "Los socios de Nivel II y III pueden quedar exentos de los exámenes estratificados."
        }
        Benefit::ShorterWaits => "Menos tiempo de espera en la frontera.",
        Benefit::AssignedSpecialist => "Un especialista de CBP designado que conoce su cadena de suministro.",
        Benefit::FastLanes => {
            "Carriles Free and Secure Trade (FAST) para los transportistas de carretera que cumplen los requisitos."
        }
        Benefit::PortalTraining => "El Portal de CTPAT y el material de capacitación que contiene.",
        Benefit::MraRecognition => "Las administraciones aduaneras de otros países reconocen su estatus en CTPAT.",
        Benefit::OtherPilots => "Acceso a otros programas piloto del gobierno.",
        Benefit::BusinessResumption => {
            "Prioridad cuando se reanuda el comercio después de un incidente o del cierre de un puerto."
        }
        Benefit::TcPortal => "El portal de Cumplimiento Comercial.",
        Benefit::TcIdentityTheft => "Un aviso cuando alguien podría estar usando su identidad de importador.",
        Benefit::TcTradeData => "Datos sobre su propia actividad de importación.",
        Benefit::TcExpeditedRulings => "Respuestas más rápidas a sus solicitudes de resolución.",
    }
}

fn usage(u: Usage) -> &'static str {
    match u {
        Usage::Yes => "Sí",
        Usage::No => "No",
        Usage::NotApplicable => "No aplica",
    }
}

fn metric(m: Metric) -> &'static str {
    match m {
        Metric::ExamRateChange => "Cambio en la tasa de exámenes (puntos porcentuales)",
        Metric::HoursSavedPerMonth => "Horas ahorradas al mes",
        Metric::CostSavedPerYear => "Costo ahorrado al año (USD)",
        Metric::WaitSavedPerCrossing => "Tiempo de espera ahorrado por cruce (minutos)",
    }
}

fn metric_hint(m: Metric) -> &'static str {
    match m {
        Metric::ExamRateChange => "Opcional. Un número negativo si lo examinan menos; por ejemplo, -3.",
        Metric::HoursSavedPerMonth => "Opcional. Horas de trabajo del personal; por ejemplo, 12.",
        Metric::CostSavedPerYear => "Opcional. En dólares; por ejemplo, 25000.",
        Metric::WaitSavedPerCrossing => "Opcional. En minutos; por ejemplo, 40.",
    }
}

fn home_open_until(title: &str, closes: &str) -> String {
    format!("La ronda {title} está abierta hasta el {closes}.")
}

fn round_dates(opens: &str, closes: &str) -> String {
    format!("Abierta del {opens} al {closes}.")
}

fn next_round(title: &str, opens: &str, closes: &str) -> String {
    format!("La próxima ronda, {title}, abre el {opens} y cierra el {closes}.")
}

pub static SURVEY_ES: SurveyMessages = SurveyMessages {
    benefit,
    benefit_hint,
    usage,
    metric,
    metric_hint,
    part_used: "Utilizado en los últimos 12 meses",
    part_value: "Valor para su empresa (1 = ninguno, 5 = muy alto)",
    part_comment: "Comentario (opcional)",
    answer_separator: ": ",
    round: "Ronda de la encuesta",
    round_closed: "Esta ronda de la encuesta está cerrada. Gracias por su interés; la próxima ronda se anunciará en la página de inicio.",
    round_not_open: "Esta ronda de la encuesta aún no está abierta.",

    nav_survey: "Encuesta de beneficios",
    home_heading: "Encuesta de beneficios",
    home_lead: "Díganos qué beneficios de CTPAT usó su empresa en los últimos 12 meses y cuánto valen para usted. CBP publica los resultados únicamente como totales.",
    home_open_until,
    home_take_survey: "Responder la encuesta de beneficios",

    title: "Encuesta de beneficios",
    lead: "Díganos qué beneficios de CTPAT usó su empresa en los últimos 12 meses y cuánto valen para su negocio. Las respuestas se publican únicamente como totales, nunca una por una.",
    round_dates,
    none_open: "En este momento no hay ninguna ronda de la encuesta abierta. Podrá enviar sus respuestas mientras haya una ronda abierta.",
    next_round,
    no_next_round: "Aún no hay ninguna ronda programada. La próxima ronda se anunciará en la página de inicio.",
    about_company: "Sobre su empresa",
    trade_compliance: "Mi empresa está inscrita en Cumplimiento Comercial (Trade Compliance)",
    trade_compliance_hint: "Únicamente para importadores de EE. UU. Agrega cuatro preguntas sobre los beneficios de Cumplimiento Comercial.",
    benefits_heading: "Los beneficios",
    benefits_lead: "Para cada beneficio, indique si su empresa lo usó en los últimos 12 meses y cuánto vale para usted. Las cifras y los comentarios son estimaciones opcionales.",
    value_hint: "Obligatorio si su empresa usó el beneficio.",
    required: "obligatorio",
    about_you: "Sus datos (opcional)",
    about_you_hint: "Opcional; nunca se publican. Únicamente los revisores de CBP los ven, para comunicarse con usted sobre sus respuestas.",
    name: "Su nombre (opcional)",
    organization: "Organización (opcional)",
    email: "Correo electrónico (opcional)",
    email_hint: "Únicamente para que CBP se comunique con usted sobre sus respuestas. Nunca se publica.",
    proposal_heading: "Proponga un nuevo beneficio",
    proposal_lead: "Opcional. ¿Hay algún beneficio que CTPAT debería ofrecer? Su propuesta se registra como comentarios sobre los beneficios, con su propio número de folio, para que CBP la revise.",
    proposal_title: "Título de su propuesta",
    proposal: "Su propuesta",
    proposal_hint: "En qué consistiría el beneficio y cómo ayudaría a su empresa.",
    answers: "Respuestas sobre los beneficios",
    submit: "Enviar encuesta",
    submitting: "Enviando…",
    draft_restored: "Recuperamos las respuestas de la encuesta que empezó en este dispositivo.",

    receipt_title: "Gracias",
    receipt_lead: "Recibimos sus respuestas a la encuesta. Guarde este número: identifica sus respuestas si se comunica con CBP sobre ellas.",
    receipt_tracking_number: "Número de folio de su encuesta",
    receipt_answered: "Beneficios respondidos",
    receipt_proposal: "Número de folio de su propuesta",
    receipt_proposal_hint: "Su propuesta se registró como comentarios sobre los beneficios. Use este número para darle seguimiento y leer la respuesta de CBP.",
    receipt_check_proposal: "Consultar el estado de su propuesta",
    receipt_not_found: "No hay respuestas de encuesta con este número de folio.",

};
