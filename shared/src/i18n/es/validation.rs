//! Spanish messages of validation experience reports: the public report form, its receipt and
//! the links to it.

use super::super::ValidationMessages;
use crate::validation::{field, Measure, Mode, Rating, ValidationKind};

fn kind_label(k: ValidationKind) -> &'static str {
    match k {
        ValidationKind::Validation => "Validación",
        ValidationKind::Revalidation => "Revalidación",
    }
}

fn kind_hint(k: ValidationKind) -> &'static str {
    match k {
        ValidationKind::Validation => "La primera validación de su empresa en CTPAT.",
        ValidationKind::Revalidation => "Una validación posterior a otra anterior.",
    }
}

fn mode_label(m: Mode) -> &'static str {
    match m {
        Mode::InPerson => "Presencial",
        Mode::Virtual => "Virtual",
        Mode::Hybrid => "Híbrida",
    }
}

fn mode_hint(m: Mode) -> &'static str {
    match m {
        Mode::InPerson => "CBP visitó sus instalaciones.",
        Mode::Virtual => "Se realizó por videollamada y con documentos compartidos.",
        Mode::Hybrid => "Una parte en sitio y otra parte virtual.",
    }
}

fn measure(m: Measure) -> &'static str {
    match m {
        Measure::DaysNoticeToVisit => "Aviso previo a la validación (días)",
        Measure::DaysOnSite => "Tiempo en sitio o en sesiones (días)",
        Measure::WeeksToReport => "Tiempo para recibir el informe de validación (semanas)",
        Measure::Recommendations => "Recomendaciones recibidas (número)",
        Measure::RequiredActions => "Acciones requeridas recibidas (número)",
    }
}

fn measure_hint(m: Measure) -> &'static str {
    match m {
        Measure::DaysNoticeToVisit => {
            "Días naturales desde el aviso de CBP hasta el primer día de la validación. Un número entero; por ejemplo, 30."
        }
        Measure::DaysOnSite => "Días que CBP pasó en sus instalaciones o en sesiones virtuales; por ejemplo, 2.",
        Measure::WeeksToReport => {
            "Semanas desde el último día de la validación hasta el informe escrito de CBP; por ejemplo, 8."
        }
        Measure::Recommendations => "Recomendaciones del informe de validación. Escriba 0 si no hubo ninguna.",
        Measure::RequiredActions => "Acciones requeridas del informe de validación. Escriba 0 si no hubo ninguna.",
    }
}

fn rating(r: Rating) -> &'static str {
    match r {
        Rating::Clarity => "Claridad de las solicitudes y los hallazgos de CBP",
        Rating::ConsistencyWithCriteria => "Congruencia con los criterios mínimos de seguridad",
        Rating::ConsistencyWithEarlier => "Congruencia con validaciones anteriores",
        Rating::Usefulness => "Utilidad para su programa de seguridad",
    }
}

fn rating_scale(r: Rating) -> &'static str {
    match r {
        Rating::Clarity => "(1 = nada clara, 5 = muy clara)",
        Rating::ConsistencyWithCriteria | Rating::ConsistencyWithEarlier => {
            "(1 = nada congruente, 5 = totalmente congruente)"
        }
        Rating::Usefulness => "(1 = nada útil, 5 = muy útil)",
    }
}

fn required(key: &str) -> Option<&'static str> {
    Some(match key {
        field::MONTH => "Escriba el mes y el año de la validación.",
        field::KIND => "Seleccione si fue una validación o una revalidación.",
        field::MODE => "Seleccione cómo se realizó la validación.",
        field::FIELD_OFFICE => "Seleccione la oficina de campo de CBP.",
        "days_notice_to_visit" => "Escriba los días de aviso previo a la validación.",
        "days_on_site" => "Escriba los días en sitio o en sesiones.",
        "weeks_to_report" => "Escriba las semanas que tardó en llegar el informe de validación.",
        "recommendations" => "Escriba el número de recomendaciones (0 si no hubo ninguna).",
        "required_actions" => "Escriba el número de acciones requeridas (0 si no hubo ninguna).",
        "clarity" => "Califique la claridad de las solicitudes y los hallazgos de CBP.",
        "consistency_with_criteria" => "Califique la congruencia con los criterios mínimos de seguridad.",
        "consistency_with_earlier" => "Califique la congruencia con validaciones anteriores.",
        "usefulness" => "Califique la utilidad para su programa de seguridad.",
        _ => return None,
    })
}

pub static VALIDATION_ES: ValidationMessages = ValidationMessages {
    nav: "Informe sobre una validación",
    home_heading: "Informe sobre una validación",
    home_lead: "¿Su empresa tuvo una validación o revalidación de CTPAT? Díganos cuánto tiempo tomó, cómo se realizó y qué tan útil fue. Los informes se comparan entre oficinas de campo para que las validaciones sean más uniformes.",
    home_link: "Informar sobre una validación",

    title: "Informe sobre una validación",
    lead: "Díganos cómo fue la última validación o revalidación de su empresa. CBP compara los informes entre oficinas de campo, modalidades y años para que las validaciones sean más uniformes. Los informes nunca se publican uno por uno.",
    draft_restored: "Recuperamos el informe que empezó en este dispositivo.",
    about_validation: "Sobre la validación",
    month: "Mes y año de la validación",
    month_hint: "El mes en que se realizó la validación; por ejemplo, 2026-03 para marzo de 2026.",
    month_invalid: "Escriba el mes y el año de la validación con el formato 2026-03, desde 2005 hasta el mes actual.",
    kind: "Validación o revalidación",
    kind_label,
    kind_hint,
    mode: "Cómo se realizó la validación",
    mode_label,
    mode_hint,
    field_office: "Oficina de campo de CBP",
    field_office_hint: "La oficina de campo cuyos especialistas en seguridad de la cadena de suministro realizaron la validación.",
    field_office_gone: "La oficina de campo que eligió ya no aparece en la lista. Seleccione otra oficina de campo de CBP.",
    field_office_unavailable: "No se pudo cargar la lista de oficinas de campo de CBP. Vuelva a cargar la página para intentarlo de nuevo; lo que escribió se conserva.",
    about_company: "Sobre su empresa",
    numbers_heading: "Tiempos y resultados",
    numbers_lead: "Números enteros. Basta con su mejor estimación.",
    measure,
    measure_hint,
    ratings_heading: "Sus calificaciones",
    ratings_lead: "Califique cada aspecto del 1 al 5. La escala se indica en cada pregunta.",
    rating,
    rating_scale,
    earlier_hint: "Únicamente para una revalidación.",
    earlier_not_asked: "La congruencia con validaciones anteriores no se pregunta en una primera validación.",
    standardize_heading: "Uniformar las validaciones",
    standardize: "¿Qué debería uniformarse?",
    standardize_hint: "Opcional. Lo que CBP debería hacer de la misma manera en todas las validaciones. Su respuesta llega a la bandeja de clasificación de CBP como comentarios sobre las validaciones, con su propio número de folio.",
    about_you: "Sus datos (opcional)",
    about_you_hint: "Opcional; nunca se publican. Únicamente los revisores de CBP los ven, para comunicarse con usted sobre su informe.",
    name: "Su nombre (opcional)",
    organization: "Organización (opcional)",
    email: "Correo electrónico (opcional)",
    email_hint: "Únicamente para que CBP se comunique con usted sobre su informe. Nunca se publica.",
    submit: "Enviar informe",
    submitting: "Enviando…",
    required,

    receipt_title: "Gracias",
    receipt_lead: "Recibimos su informe sobre la validación. Guarde este número: identifica su informe si se comunica con CBP sobre él.",
    receipt_tracking_number: "Número de folio de su informe",
    receipt_proposal: "Número de folio de su propuesta de uniformidad",
    receipt_proposal_hint: "Lo que usted indicó que debería uniformarse se registró como comentarios sobre las validaciones. Use este número para darle seguimiento y leer la respuesta de CBP.",
    receipt_check_proposal: "Consultar el estado de su propuesta",
    receipt_not_found: "No hay ningún informe de validación con este número de folio.",
    receipt_another: "Informar sobre otra validación",

};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::VALIDATION_EN;
    use crate::language::Lang;
    use crate::text::Problem;

    /// Words that are the same in both languages.
    const SAME: &[&str] = &["Virtual"];

    fn differs(what: &str, es: &str, en: &str) {
        assert!(!es.trim().is_empty(), "{what} is empty in Spanish");
        if !SAME.contains(&en) {
            assert_ne!(es, en, "{what} is still in English");
        }
    }

    #[test]
    fn the_public_report_is_in_spanish() {
        let (es, en) = (&VALIDATION_ES, &VALIDATION_EN);
        assert!(std::ptr::eq(Lang::Es.messages().validation, es));
        for (what, s, n) in [
            ("nav", es.nav, en.nav),
            ("home_heading", es.home_heading, en.home_heading),
            ("home_lead", es.home_lead, en.home_lead),
            ("home_link", es.home_link, en.home_link),
            ("title", es.title, en.title),
            ("lead", es.lead, en.lead),
            ("draft_restored", es.draft_restored, en.draft_restored),
            ("about_validation", es.about_validation, en.about_validation),
            ("month", es.month, en.month),
            ("month_hint", es.month_hint, en.month_hint),
            ("month_invalid", es.month_invalid, en.month_invalid),
            ("kind", es.kind, en.kind),
            ("mode", es.mode, en.mode),
            ("field_office", es.field_office, en.field_office),
            ("field_office_hint", es.field_office_hint, en.field_office_hint),
            ("field_office_gone", es.field_office_gone, en.field_office_gone),
            ("field_office_unavailable", es.field_office_unavailable, en.field_office_unavailable),
            ("about_company", es.about_company, en.about_company),
            ("numbers_heading", es.numbers_heading, en.numbers_heading),
            ("numbers_lead", es.numbers_lead, en.numbers_lead),
            ("ratings_heading", es.ratings_heading, en.ratings_heading),
            ("ratings_lead", es.ratings_lead, en.ratings_lead),
            ("earlier_hint", es.earlier_hint, en.earlier_hint),
            ("earlier_not_asked", es.earlier_not_asked, en.earlier_not_asked),
            ("standardize_heading", es.standardize_heading, en.standardize_heading),
            ("standardize", es.standardize, en.standardize),
            ("standardize_hint", es.standardize_hint, en.standardize_hint),
            ("about_you", es.about_you, en.about_you),
            ("about_you_hint", es.about_you_hint, en.about_you_hint),
            ("name", es.name, en.name),
            ("organization", es.organization, en.organization),
            ("email", es.email, en.email),
            ("email_hint", es.email_hint, en.email_hint),
            ("submit", es.submit, en.submit),
            ("submitting", es.submitting, en.submitting),
            ("receipt_title", es.receipt_title, en.receipt_title),
            ("receipt_lead", es.receipt_lead, en.receipt_lead),
            ("receipt_tracking_number", es.receipt_tracking_number, en.receipt_tracking_number),
            ("receipt_proposal", es.receipt_proposal, en.receipt_proposal),
            ("receipt_proposal_hint", es.receipt_proposal_hint, en.receipt_proposal_hint),
            ("receipt_check_proposal", es.receipt_check_proposal, en.receipt_check_proposal),
            ("receipt_not_found", es.receipt_not_found, en.receipt_not_found),
            ("receipt_another", es.receipt_another, en.receipt_another),
        ] {
            differs(what, s, n);
        }
        for k in ValidationKind::ALL {
            differs("kind", (es.kind_label)(*k), (en.kind_label)(*k));
            differs("kind hint", (es.kind_hint)(*k), (en.kind_hint)(*k));
        }
        for m in Mode::ALL {
            differs("mode", (es.mode_label)(*m), (en.mode_label)(*m));
            differs("mode hint", (es.mode_hint)(*m), (en.mode_hint)(*m));
        }
        for m in Measure::ALL {
            differs("measure", (es.measure)(*m), (en.measure)(*m));
            differs("measure hint", (es.measure_hint)(*m), (en.measure_hint)(*m));
        }
        for r in Rating::ALL {
            differs("rating", (es.rating)(*r), (en.rating)(*r));
            differs("rating scale", (es.rating_scale)(*r), (en.rating_scale)(*r));
        }
    }

    #[test]
    fn every_problem_of_the_report_reads_in_spanish() {
        let (m, e) = (Lang::Es.messages(), Lang::En.messages());
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
            assert!(!m.field_label(key).is_empty(), "{key}");
            differs(key, m.field_label(key), e.field_label(key));
            for p in problems {
                let s = m.problem_message(key, p);
                differs(&format!("{key} {p:?}"), &s, &e.problem_message(key, p));
                assert!(s.ends_with('.'), "{key} {p:?}: {s}");
            }
        }
        assert_eq!(m.problem_message("field_office", Problem::Required), "Seleccione la oficina de campo de CBP.");
        assert_eq!(
            m.problem_message("days_on_site", Problem::OutOfRange { min: 0, max: 60 }),
            "Tiempo en sitio o en sesiones (días): escriba un valor entre 0 y 60."
        );
    }
}
