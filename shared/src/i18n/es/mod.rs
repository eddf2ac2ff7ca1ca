//! Spanish, for CTPAT partners in Mexico and the rest of Latin America: formal register (usted),
//! Mexican usage where it differs ("agente aduanal", "número de folio", "acuse de recibo",
//! "con base en"), numbers and dates as written in Mexico (`1,234.5`; "28 de noviembre de 2026,
//! 13:25 UTC"). Program names and codes (CTPAT, COAC, FAST, tracking numbers) stay as they are.
//!
//! Reviewer pages stay English (issue 8), so `review` points at the English catalog.

mod benefits;
mod figures;
mod notify;
mod public;
mod survey;

use super::{Lang, Messages, Section};
use crate::status::Status;
use crate::taxonomy::{CtpatStatus, EntityType, MscCategory, MscFocusArea, SubmitterKind, Topic};
use crate::text::Problem;
use crate::time::Civil;

/// Month names, lowercase as Spanish writes them; shared with `public::date`.
const MONTHS: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];

/// "28 de noviembre de 2026".
fn day(c: Civil) -> String {
    format!("{} de {} de {}", c.day, MONTHS[(c.month - 1) as usize], c.year)
}

fn chars_left(n: i64) -> String {
    match n {
        1 => "Queda 1 carácter".into(),
        -1 => "Sobra 1 carácter".into(),
        n if n < 0 => format!("Sobran {} caracteres", figures::integer(-n)),
        n => format!("Quedan {} caracteres", figures::integer(n)),
    }
}

fn rate_limited(retry_after: Option<u32>) -> String {
    let wait = match retry_after {
        Some(1) => "en 1 segundo".to_owned(),
        Some(s) => format!("en {s} segundos"),
        None => "en un minuto".to_owned(),
    };
    format!(
        "Se recibieron demasiados envíos desde su red en poco tiempo. Sus comentarios se conservan en esta página: intente de nuevo {wait}."
    )
}

/// Labels name fields in many shapes (a noun, a question, a whole sentence such as "Mi empresa
/// está inscrita en…"), so generic messages put the label first and a colon after it: Spanish
/// agreement then never depends on the label's gender or number.
fn problem(field: &str, label: &str, p: Problem) -> String {
    match p {
        Problem::Required => match field {
            "submitter_kind" => "Seleccione cómo envía sus comentarios.".into(),
            "name" => "Escriba su nombre.".into(),
            "organization" => "Escriba el nombre de su organización.".into(),
            "entity_type" => "Seleccione su tipo de entidad comercial.".into(),
            "ctpat_status" => "Seleccione su situación en CTPAT.".into(),
            "topic" => "Seleccione un tema.".into(),
            "msc_category" => "Seleccione una categoría de los criterios mínimos de seguridad.".into(),
            "title" => "Escriba un título.".into(),
            "feedback" => "Escriba sus comentarios.".into(),
            "proposal" => "Escriba su propuesta.".into(),
            "proposal_title" => "Escriba el título de su propuesta.".into(),
            _ => format!("{label}: este dato es obligatorio."),
        },
        Problem::TooLong { max, actual } => format!(
            "{label}: escriba como máximo {} caracteres (ahora tiene {}).",
            figures::integer(max as i64),
            figures::integer(actual as i64)
        ),
        Problem::TooShort { min } => format!("{label}: escriba al menos {min} caracteres."),
        Problem::TooCommon => format!("{label}: el valor es demasiado común y fácil de adivinar. Elija otro."),
        Problem::NotAllowedNow => format!("{label}: ese cambio no está permitido en el estado actual."),
        Problem::NotFound => format!("{label}: no se encontró nada con ese valor."),
        Problem::InvalidDate => format!("{label}: escriba una fecha con el formato 2026-11-28."),
        Problem::ForbiddenCharacter => format!(
            "{label}: el texto contiene un carácter de control que no se puede guardar. Elimínelo e intente de nuevo."
        ),
        Problem::SingleLineOnly => format!("{label}: escriba el texto en una sola línea."),
        Problem::InvalidEmail => {
            "Escriba un correo electrónico con el formato correcto, por ejemplo, nombre@example.com.".into()
        }
        Problem::UnknownChoice => format!("{label}: seleccione una de las opciones de la lista."),
        Problem::NotApplicable => format!(
            "{label}: este dato no corresponde a las demás opciones elegidas en el formulario. Deje el campo vacío o cambie esas opciones."
        ),
        Problem::WrongType => format!("{label}: el tipo de valor no es válido."),
        Problem::UnknownField => format!("{label}: no es un campo de este formulario."),
        Problem::EmptyFile => format!("{label}: el archivo está vacío."),
        Problem::FileTooLarge { max_bytes } => {
            format!("{label}: el archivo supera los {} MB.", max_bytes / (1024 * 1024))
        }
        Problem::UnsupportedFileType => format!(
            "{label}: el archivo debe ser PDF, PNG, JPEG, Word (.docx), Excel (.xlsx) o texto sin formato (.txt), y su contenido debe corresponder a su extensión."
        ),
        Problem::TooMany { max } => format!("{label}: elija {max} como máximo."),
        Problem::NotANumber => format!("{label}: escriba un número, por ejemplo, 12 o 3.5."),
        Problem::OutOfRange { min, max } => {
            format!("{label}: escriba un valor entre {} y {}.", figures::integer(min), figures::integer(max))
        }
    }
}

/// "28 de noviembre de 2026, 13:25 UTC": the 24-hour clock, as official Mexican texts use.
fn datetime(c: Civil) -> String {
    format!("{}, {:02}:{:02} UTC", day(c), c.hour, c.minute)
}

fn submitter_kind(k: SubmitterKind) -> &'static str {
    match k {
        SubmitterKind::Individual => "A título personal",
        SubmitterKind::Organization => "En nombre de una organización",
        SubmitterKind::Anonymous => "De forma anónima",
    }
}

fn submitter_kind_hint(k: SubmitterKind) -> &'static str {
    match k {
        SubmitterKind::Individual => "Su nombre se guarda con sus comentarios; CBP nunca lo publica.",
        SubmitterKind::Organization => "Indique su nombre y el de la organización que representa.",
        SubmitterKind::Anonymous => {
            "No le pedimos nombre ni correo electrónico. Aun así, podrá consultar el estado con su número de folio."
        }
    }
}

fn entity_type(e: EntityType) -> &'static str {
    match e {
        EntityType::UsImporter => "Importador de EE. UU. (incluido el importador canadiense no residente)",
        EntityType::Exporter => "Exportador",
        EntityType::ForeignManufacturer => "Fabricante extranjero",
        EntityType::CustomsBroker => "Agente aduanal",
        EntityType::Consolidator => "Consolidador (carga aérea, intermediario de transporte marítimo, NVOCC)",
        EntityType::ThirdPartyLogistics => "Proveedor de servicios logísticos (3PL)",
        EntityType::AirCarrier => "Transportista aéreo",
        EntityType::SeaCarrier => "Transportista marítimo",
        EntityType::RailCarrier => "Transportista ferroviario",
        EntityType::HighwayCarrierUsCanada => "Transportista de carretera (EE. UU./Canadá)",
        EntityType::HighwayCarrierUsMexico => "Transportista de carretera (EE. UU./México)",
        EntityType::MexicanLongHaulCarrier => "Transportista mexicano de carretera de largo recorrido",
        EntityType::PortAuthorityTerminalOperator => "Autoridad portuaria marítima u operador de terminal (MPTO)",
        EntityType::TradeAssociation => "Asociación comercial o cámara empresarial",
        EntityType::Consultant => "Consultor",
        EntityType::GovernmentAgency => "Otra dependencia de gobierno",
        EntityType::MemberOfPublic => "Público en general",
        EntityType::Other => "Otro",
        EntityType::PreferNotToSay => "Prefiero no decirlo",
    }
}

fn ctpat_status(s: CtpatStatus) -> &'static str {
    match s {
        CtpatStatus::TierI => "Nivel I (certificado)",
        CtpatStatus::TierII => "Nivel II (validado)",
        CtpatStatus::TierIII => "Nivel III (supera los criterios mínimos de seguridad)",
        CtpatStatus::Applicant => "Solicitante",
        CtpatStatus::NotMember => "No es miembro",
        CtpatStatus::PreferNotToSay => "Prefiero no decirlo",
    }
}

fn topic(t: Topic) -> &'static str {
    match t {
        Topic::MinimumSecurityCriteria => "Criterios mínimos de seguridad (CMS)",
        Topic::Validations => "Validaciones",
        Topic::Benefits => "Beneficios",
        Topic::BenefitMeasurement => "Medición de la eficacia de los beneficios",
        Topic::Communications => "Comunicación",
        Topic::ProgramExpansion => "Ampliación del programa",
        Topic::TradeCompliance => "Cumplimiento Comercial (Trade Compliance)",
        Topic::InteragencyPartnership => "Colaboración interinstitucional",
        Topic::Other => "Otro",
    }
}

fn msc_category(c: MscCategory) -> &'static str {
    match c {
        MscCategory::SecurityVision => "1. Visión de la seguridad y responsabilidad",
        MscCategory::RiskAssessment => "2. Evaluación de riesgos",
        MscCategory::BusinessPartners => "3. Socios comerciales",
        MscCategory::Cybersecurity => "4. Ciberseguridad",
        MscCategory::ConveyanceSecurity => {
            "5. Seguridad de los medios de transporte y de los instrumentos de tráfico internacional"
        }
        MscCategory::SealSecurity => "6. Seguridad de los sellos",
        MscCategory::ProceduralSecurity => "7. Seguridad de los procedimientos",
        MscCategory::AgriculturalSecurity => "8. Seguridad agrícola",
        MscCategory::PhysicalSecurity => "9. Seguridad física",
        MscCategory::PhysicalAccessControls => "10. Controles de acceso físico",
        MscCategory::PersonnelSecurity => "11. Seguridad del personal",
        MscCategory::TrainingAwareness => "12. Educación, capacitación y concientización",
    }
}

fn msc_focus_area(a: MscFocusArea) -> &'static str {
    match a {
        MscFocusArea::CorporateSecurity => "Seguridad empresarial",
        MscFocusArea::TransportationSecurity => "Seguridad del transporte",
        MscFocusArea::PeoplePhysicalSecurity => "Seguridad física y del personal",
    }
}

fn status(s: Status) -> &'static str {
    match s {
        Status::Received => "Recibido",
        Status::UnderReview => "En revisión",
        Status::ReferredToWorkingGroup => "Remitido al grupo de trabajo",
        Status::Accepted => "Aceptado",
        Status::Planned => "Acción prevista",
        Status::Declined => "No aceptado",
        Status::Duplicate => "Duplicado",
        Status::Closed => "Cerrado",
        Status::Withdrawn => "Retirado",
    }
}

fn status_explained(s: Status) -> &'static str {
    match s {
        Status::Received => "CBP recibió sus comentarios. Un revisor los leerá.",
        Status::UnderReview => "Un revisor de CBP está trabajando en sus comentarios.",
        Status::ReferredToWorkingGroup => {
            "Sus comentarios se remitieron al Grupo de Trabajo de Asociación y Participación Comercial del COAC."
        }
        Status::Accepted => "CBP está de acuerdo con sus comentarios.",
        Status::Planned => "CBP tiene previsto tomar medidas con base en sus comentarios.",
        Status::Declined => "CBP analizó sus comentarios y por ahora no tomará medidas al respecto.",
        Status::Duplicate => {
            "Sus comentarios plantean lo mismo que otro envío, y se responden junto con él."
        }
        Status::Closed => "La revisión de sus comentarios concluyó.",
        Status::Withdrawn => "El remitente retiró estos comentarios; CBP ya no los revisará.",
    }
}

pub static ES: Messages = Messages {
    lang: Lang::Es,

    skip_to_main: "Saltar al contenido principal",
    banner_official: "Un sitio oficial del Gobierno de Estados Unidos",
    banner_how_you_know: "Así es como usted puede verificarlo",
    banner_dotgov_title: "Los sitios web oficiales usan .gov",
    banner_dotgov_body: "Un sitio web .gov pertenece a una organización oficial del Gobierno de Estados Unidos.",
    banner_https_title: "Los sitios web seguros .gov usan HTTPS",
    banner_https_body: "Un candado o https:// significa que usted se conectó de forma segura a un sitio web .gov. Comparta información sensible sólo en sitios web oficiales y seguros.",
    agency_name: "Oficina de Aduanas y Protección Fronteriza de EE. UU. (CBP)",
    site_name: "Portal de comentarios de CTPAT",
    nav_label: "Navegación principal",
    nav_home: "Inicio",
    nav_give_feedback: "Enviar comentarios",
    nav_check_receipt: "Consultar un acuse",
    menu: "Menú",
    close_menu: "Cerrar",
    footer_return_to_top: "Volver arriba",
    footer_parent_agency: "Departamento de Seguridad Nacional de EE. UU.",
    footer_official_site_of: "Un sitio web oficial del",
    footer_important_links: "Enlaces importantes",
    footer_required_links: [
        ("Acerca de CBP", "https://www.cbp.gov/about"),
        ("Declaración de accesibilidad", "https://www.cbp.gov/site-policy-notices/accessibility"),
        ("Solicitud a través de FOIA", "https://www.cbp.gov/site-policy-notices/foia"),
        ("Datos de la ley No FEAR", "https://www.cbp.gov/site-policy-notices/no-fear-act"),
        ("Oficina del Inspector General", "https://www.oig.dhs.gov/"),
        ("Informes de desempeño", "https://www.dhs.gov/performance-financial-reports"),
        ("Política de privacidad", "https://www.cbp.gov/site-policy-notices/privacy-policy"),
    ],
    footer_usa_gov_prompt: "¿Necesita información y servicios del Gobierno de EE. UU.?",
    footer_usa_gov_link: "Visite USA.gov",
    page_title_suffix: "Portal de comentarios de CTPAT | Oficina de Aduanas y Protección Fronteriza de EE. UU.",

    home_title: "Cuéntele a CBP cómo le está funcionando CTPAT",
    home_lead: "El Comité Asesor de Operaciones Comerciales de Aduanas (COAC) pidió a la comunidad de comercio exterior su opinión sobre la Asociación Aduanera y Comercial contra el Terrorismo (CTPAT). Ya sea que usted sea socio, solicitante o no forme parte del programa, su experiencia ayuda a CBP y al Comité a mejorarlo.",
    home_asks_heading: "Sobre qué le preguntamos",
    home_asks: [
        Section { title: "Criterios mínimos de seguridad", body: "¿Los criterios para su tipo de entidad comercial son claros, prácticos y actuales? ¿Cuáles deberían cambiar?" },
        Section { title: "Validaciones", body: "¿Cómo fue su validación o revalidación, y qué debería hacerse de la misma manera en todas partes?" },
        Section { title: "Los beneficios y cómo medirlos", body: "¿Qué beneficios recibe realmente, cuáles faltan y cómo debería medir CBP si funcionan para la industria y para el gobierno?" },
        Section { title: "Comunicación", body: "¿Qué tan bien se comunica CBP en todo el programa, y qué le ayudaría a estar informado y a que se escuche su opinión?" },
    ],
    home_give_feedback: "Enviar comentarios",
    home_check_receipt: "Consultar un acuse",
    home_how_used_heading: "Qué pasa con sus comentarios",
    home_how_used: [
        "Recibe un número de folio en cuanto los envía. Guárdelo: si los envía de forma anónima, es la única manera de consultarlos.",
        "Los revisores de CBP leen cada envío, lo agrupan con otros similares y comparten lo que aprenden con el Grupo de Trabajo de Asociación y Participación Comercial del COAC.",
        "Cuando CBP responde, la respuesta aparece al consultar su número de folio. Sus datos de contacto nunca se publican.",
    ],

    form_title: "Envíe sus comentarios sobre CTPAT",
    form_lead: "Díganos qué funciona, qué no y qué debería hacer CBP. Le tomará unos 10 minutos. Lo que escribe se guarda en este dispositivo conforme avanza, para que pueda retomarlo después.",
    form_required_note: "Los campos marcados con un asterisco (*) son obligatorios.",
    form_about_you: "Sus datos",
    form_submitter_kind: "¿Cómo envía sus comentarios?",
    form_name: "Su nombre",
    form_organization: "Organización",
    form_organization_optional: "Organización (opcional)",
    form_email: "Correo electrónico (opcional)",
    form_email_hint: "Únicamente para avisarle cuando cambie el estado de sus comentarios. Nunca se publica.",
    form_entity_type: "Tipo de entidad comercial",
    form_ctpat_status: "Situación en CTPAT",
    form_your_feedback: "Sus comentarios",
    form_topic: "Tema",
    form_msc_category: "Categoría de los criterios mínimos de seguridad",
    form_title_field: "Título",
    form_title_hint: "Un resumen breve, como el asunto de un correo.",
    form_feedback: "Comentarios",
    form_feedback_hint: "Qué funciona, qué no y por qué. Por favor, no incluya información clasificada, información confidencial de empresas ni datos personales de otras personas.",
    form_recommendation: "¿Qué debería hacer CBP? (opcional)",
    form_recommendation_hint: "Una recomendación concreta ayuda al grupo de trabajo a actuar con base en sus comentarios.",
    form_may_publish: "Autorizo a CBP a publicar mis comentarios",
    form_may_publish_hint: "Los comentarios publicados nunca muestran su nombre, organización ni correo electrónico. Antes de publicarlos, CBP puede eliminar datos personales o información confidencial de empresas.",
    form_honeypot: "Deje este campo vacío",
    form_consultation: "Consulta",
    form_consultation_hint: "Responda a una de las preguntas abiertas de CBP o envíe comentarios generales.",
    form_consultation_general: "Comentarios generales (no relacionados con una consulta)",
    form_attachments: "Archivos adjuntos",
    form_attachments_hint: "Opcional. Hasta 5 archivos de 10 MB cada uno: PDF, PNG, JPEG, Word (.docx), Excel (.xlsx) o texto sin formato (.txt).",
    form_select_placeholder: "- Seleccione -",
    form_submit: "Enviar comentarios",
    form_submitting: "Enviando…",
    form_draft_restored: "Recuperamos los comentarios que empezó a escribir en este dispositivo.",
    form_start_over: "Empezar de nuevo",
    form_draft_saved: "Borrador guardado en este dispositivo.",
    privacy_heading: "Declaración de la Ley de Privacidad",
    privacy_statement: [
        Section { title: "Autoridad", body: "La Ley SAFE Port de 2006 (6 U.S.C. 961 y siguientes), que establece CTPAT y exige que CBP consulte a la comunidad de comercio exterior por medio del COAC, y 5 U.S.C. 301." },
        Section { title: "Propósito", body: "Recabar comentarios sobre CTPAT de la comunidad de comercio exterior y del público, responderlos y mejorar el programa." },
        Section { title: "Usos de rutina", body: "Los comentarios pueden compartirse con el Grupo de Trabajo de Asociación y Participación Comercial del COAC. Si usted lo autoriza, sus comentarios pueden publicarse sin su nombre, organización ni correo electrónico." },
        Section { title: "Divulgación", body: "Enviar comentarios es voluntario, al igual que proporcionar su nombre y correo electrónico. Puede enviarlos de forma anónima." },
        Section { title: "Consecuencias de no proporcionar la información", body: "Ninguna. Sin un correo electrónico no podemos avisarle, pero siempre puede consultar su número de folio en este sitio." },
    ],
    error_summary_heading: "Hay un problema",
    error_network: "No pudimos conectarnos con el portal. Sus comentarios se conservan en esta página: revise su conexión y envíelos de nuevo.",
    error_server: "Algo falló de nuestro lado. Sus comentarios se conservan en esta página: por favor, envíelos de nuevo en unos minutos.",
    error_automated: "Su envío parecía automatizado y no se aceptó. Si usted es una persona, vuelva a cargar la página e intente de nuevo.",
    chars_left,
    rate_limited,
    problem,

    receipt_title: "Comentarios recibidos",
    receipt_tracking_number: "Su número de folio",
    receipt_keep_it: "Guarde este número. Lo necesitará para consultar el estado de sus comentarios y leer la respuesta de CBP.",
    receipt_received: "Fecha de recepción",
    receipt_status: "Estado",
    receipt_what_you_sent: "Lo que envió",
    receipt_submitted_as: "Forma de envío",
    receipt_yes: "Sí",
    receipt_no: "No",
    receipt_print: "Imprimir este acuse",
    receipt_check_status: "Consultar el estado",
    receipt_give_more: "Enviar más comentarios",
    receipt_not_in_this_browser: "La copia completa de este acuse se conserva únicamente en la pestaña del navegador desde la que envió sus comentarios. Su estado aparece a continuación.",

    check_title: "Consultar un acuse de recibo",
    check_lead: "Escriba el número de folio que recibió al enviar sus comentarios para ver su estado y la respuesta de CBP.",
    check_label: "Número de folio",
    check_hint: "Por ejemplo, CTPAT-7K3M-9QXD-2R4T",
    check_submit: "Consultar el estado",
    check_invalid: "Escriba un número de folio con el formato CTPAT-XXXX-XXXX-XXXX.",
    check_not_found: "No encontramos comentarios con ese número de folio. Verifique que lo escribió tal como aparece en su acuse.",
    check_last_updated: "Última actualización",
    check_response_heading: "Respuesta de CBP",
    check_no_response: "CBP aún no ha respondido. Las respuestas aparecen aquí cuando se publican.",
    loading: "Cargando…",

    not_found_title: "Página no encontrada",
    not_found_body: "No encontramos la página que busca. Es posible que se haya movido o que la dirección tenga un error.",

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

    // Reviewer pages are not translated.
    review: &super::REVIEW_EN,
    public: &public::PUBLIC_ES,
    survey: &survey::SURVEY_ES,
    notify: &notify::NOTIFY_ES,
    benefits: &benefits::BENEFITS_ES,
};
