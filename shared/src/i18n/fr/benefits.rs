//! French messages of the public benefit summary (« La valeur des avantages du CTPAT selon les
//! partenaires »). Every number on the page is formatted by `figures`.

use super::figures;
use crate::i18n::BenefitsMessages;

fn respondents(n: Option<u64>) -> String {
    match n {
        Some(n @ (0 | 1)) => format!("{n} partenaire a répondu."),
        Some(n) => format!("{} partenaires ont répondu.", figures::count(n)),
        None => "Moins de 5 partenaires ont répondu ; leur nombre n'est donc pas affiché.".into(),
    }
}

fn chart_left_out(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => format!("Absent du graphique, car moins de 5 partenaires ont répondu : {one}."),
        many => format!("Absents du graphique, car moins de 5 partenaires ont répondu : {}.", many.join(" ; ")),
    }
}

fn benefit_caption(benefit: &str) -> String {
    format!("{benefit} : réponses, utilisation et valeur par type d'entité commerciale")
}

pub static BENEFITS_FR: BenefitsMessages = BenefitsMessages {
    title: "La valeur des avantages du CTPAT selon les partenaires",
    lead: "Le CBP demande aux partenaires du CTPAT quels avantages du programme ils ont utilisés au cours des 12 derniers mois et ce que chacun vaut pour leur entreprise. Voici leurs réponses.",
    method: "La proportion d'utilisateurs est la part des partenaires ayant utilisé un avantage parmi ceux auxquels il s'applique. La valeur est notée de 1 (nulle) à 5 (très élevée). Pour protéger les répondants, aucun chiffre fondé sur moins de 5 réponses n'est affiché.",
    round_label: "Période de sondage",
    all_rounds: "Toutes les périodes",
    show_round: "Afficher cette période",
    respondents,
    no_data: "Aucune réponse au sondage n'a encore été publiée.",
    chart_heading: "Proportion de partenaires qui utilisent chaque avantage",
    chart_title: "Proportion de partenaires qui utilisent chaque avantage",
    chart_what: "Proportion des partenaires ayant utilisé chaque avantage au cours des 12 derniers mois, parmi ceux auxquels il s'applique",
    chart_left_out,
    chart_table_caption: "Proportion de partenaires qui utilisent chaque avantage",
    details_heading: "Chaque avantage par type d'entité commerciale",
    benefit_caption,
    col_benefit: "Avantage",
    col_partners: "Partenaires",
    col_responses: "Réponses",
    col_share: "Proportion d'utilisateurs",
    col_mean: "Valeur moyenne (1 à 5)",
    col_median: "Valeur médiane (1 à 5)",
    all_partners: "Tous les partenaires",
    suppressed: "Moins de 5 réponses",
    withheld: "Moins de 5 valeurs",
    home_link: "Voir la valeur que les partenaires accordent aux avantages du CTPAT",
    board_link: "Voir la valeur que les partenaires accordent aux avantages du CTPAT",
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
        let b = &BENEFITS_FR;
        assert_eq!((b.respondents)(Some(1_204)), "1 204 partenaires ont répondu.");
        assert_eq!((b.respondents)(Some(1)), "1 partenaire a répondu.");
        assert!((b.respondents)(None).starts_with("Moins de 5"));
        assert_eq!((b.percent)(0.5), "50,0 %");
        assert_eq!((b.percent)(0.625), "62,5 %");
        assert_eq!((b.mean)(3.0), "3,00");
        assert_eq!((b.count)(12_345), "12 345");
        assert_eq!((b.chart_left_out)(&[]), "");
        assert!((b.chart_left_out)(&["A"]).ends_with("répondu : A."));
        assert!((b.chart_left_out)(&["A", "B"]).ends_with("A ; B."));
        assert_eq!(
            (b.benefit_caption)("Voies FAST"),
            "Voies FAST : réponses, utilisation et valeur par type d'entité commerciale"
        );
    }
}
