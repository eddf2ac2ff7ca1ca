//! Spanish messages of the public benefit summary ("Cómo valoran los socios los beneficios de
//! CTPAT"); every number on the page is formatted by `figures`.

use super::super::BenefitsMessages;
use super::figures;

fn respondents(n: Option<u64>) -> String {
    match n {
        Some(1) => "Respondió 1 socio.".into(),
        Some(n) => format!("Respondieron {} socios.", figures::count(n)),
        None => "Respondieron menos de 5 socios, por lo que no se muestra la cifra.".into(),
    }
}

fn chart_left_out(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => format!("No aparece en la gráfica porque respondieron menos de 5 socios: {one}."),
        many => format!("No aparecen en la gráfica porque respondieron menos de 5 socios: {}.", many.join("; ")),
    }
}

fn benefit_caption(benefit: &str) -> String {
    format!("{benefit}: respuestas, uso y valor por tipo de entidad comercial")
}

pub static BENEFITS_ES: BenefitsMessages = BenefitsMessages {
    title: "Cómo valoran los socios los beneficios de CTPAT",
    lead: "CBP pregunta a los socios de CTPAT qué beneficios del programa usaron en los últimos 12 meses y cuánto vale cada uno para su empresa. Estas son sus respuestas.",
    method: "La proporción de uso cuenta a los socios que usaron un beneficio entre aquellos a quienes les aplica. El valor se califica del 1 (ninguno) al 5 (muy alto). Para proteger a quienes responden, no se muestra ninguna cifra basada en menos de 5 respuestas.",
    round_label: "Ronda de la encuesta",
    all_rounds: "Todas las rondas",
    show_round: "Mostrar esta ronda",
    respondents,
    no_data: "Aún no se han publicado respuestas de la encuesta.",
    chart_heading: "Proporción de socios que usan cada beneficio",
    chart_title: "Proporción de socios que usan cada beneficio",
    chart_what: "Proporción de socios que usaron cada beneficio en los últimos 12 meses, entre aquellos a quienes les aplica",
    chart_left_out,
    chart_table_caption: "Proporción de socios que usan cada beneficio",
    details_heading: "Cada beneficio por tipo de entidad comercial",
    benefit_caption,
    col_benefit: "Beneficio",
    col_partners: "Socios",
    col_responses: "Respuestas",
    col_share: "Proporción de uso",
    col_mean: "Valor promedio (1 a 5)",
    col_median: "Mediana del valor (1 a 5)",
    all_partners: "Todos los socios",
    suppressed: "Menos de 5 respuestas",
    withheld: "Menos de 5 respuestas",
    home_link: "Vea cómo valoran los socios los beneficios de CTPAT",
    board_link: "Vea cómo valoran los socios los beneficios de CTPAT",
    count: figures::count,
    percent: figures::percent,
    mean: figures::mean,
    chart_desc: figures::chart_desc,
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_read_naturally() {
        let b = &BENEFITS_ES;
        assert_eq!((b.respondents)(Some(1_204)), "Respondieron 1,204 socios.");
        assert_eq!((b.respondents)(Some(1)), "Respondió 1 socio.");
        assert!((b.respondents)(None).starts_with("Respondieron menos de 5"));
        assert_eq!((b.percent)(0.5), "50.0%");
        assert_eq!((b.percent)(0.625), "62.5%");
        assert_eq!((b.mean)(3.0), "3.00");
        assert_eq!((b.count)(12_345), "12,345");
        assert_eq!((b.chart_left_out)(&[]), "");
        assert!((b.chart_left_out)(&["A"]).starts_with("No aparece "));
        assert!((b.chart_left_out)(&["A", "B"]).ends_with("A; B."));
        assert_eq!(
            (b.benefit_caption)("Menos exámenes de CBP"),
            "Menos exámenes de CBP: respuestas, uso y valor por tipo de entidad comercial"
        );
    }
}
