//! "How partners value CTPAT benefits": the public summary of the benefit surveys, for all
//! rounds or one (`/benefits?round=3`). The worker has already withheld every figure with fewer
//! than 5 responses behind it; this page says so in words wherever one is missing and leaves
//! those benefits out of the chart (and says that too, in the chart's text alternative).

use crate::router::{use_location, use_navigate};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use shared::api::analytics::{PublicBenefitRow, PublicBenefitSummary, PublicCell};
use shared::url::{decode_query, encode_query};

use crate::api::analytics::public_benefits;
use crate::components::charts::{Bar, BarChart, DataTable, Table};
use crate::components::fields::{no_error, ChoiceSelect};
use crate::components::notice::{failed_load, loading};
use crate::i18n::{set_page_title, t};
use crate::paths::BENEFITS_PAGE;

/// Share axis: 0% to 100%.
const SHARE_TICKS: [f64; 6] = [0.0, 0.2, 0.4, 0.6, 0.8, 1.0];

/// The round in the address; anything but a positive number means all rounds.
fn round_in(search: &str) -> Option<i64> {
    decode_query(search)
        .into_iter()
        .find(|(k, _)| k == "round")
        .and_then(|(_, v)| v.trim().parse().ok())
        .filter(|r| *r > 0)
}

fn page_href(round: &str) -> String {
    match round.trim() {
        "" => BENEFITS_PAGE.to_owned(),
        r => format!("{BENEFITS_PAGE}?{}", encode_query(&[("round", r.to_owned())])),
    }
}

#[component]
pub fn BenefitsPage() -> impl IntoView {
    let b = t().benefits;
    set_page_title(b.title);
    let location = use_location();
    let round = Memo::new(move |_| location.search.with(|s| round_in(s)));
    let summary = LocalResource::new(move || public_benefits(round.get()));
    // The round choices come with the summary; keep them while another round loads.
    let rounds = RwSignal::new(Vec::<(String, String)>::new());
    Effect::new(move |_| {
        if let Some(Ok(s)) = summary.get() {
            rounds.set(s.rounds.iter().map(|r| (r.id.to_string(), r.title.clone())).collect());
        }
    });
    let current = Signal::derive(move || round.get().map(|r| r.to_string()).unwrap_or_default());
    view! {
        <div class="usa-section">
            <h1>{b.title}</h1>
            <p class="usa-intro">{b.lead}</p>
            <RoundChoice rounds=rounds.into() current />
            {move || match summary.get() {
                None => loading(),
                Some(Err(failure)) => failed_load(&failure),
                Some(Ok(s)) => view! { <Summary s /> }.into_any(),
            }}
        </div>
    }
}

/// "Survey round" and "Show this round": a plain form that writes the address.
#[component]
fn RoundChoice(rounds: Signal<Vec<(String, String)>>, current: Signal<String>) -> impl IntoView {
    let b = t().benefits;
    let navigate = use_navigate();
    let chosen = RwSignal::new(current.get_untracked());
    // The back button changes the address: follow it.
    Effect::new(move |_| chosen.set(current.get()));
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        navigate(&page_href(&chosen.get_untracked()), Default::default());
    };
    view! {
        <form class="portal-round-choice" novalidate on:submit=on_submit>
            <ChoiceSelect
                id="round"
                label=b.round_label
                any=b.all_rounds
                options=rounds
                value=chosen.into()
                set=Callback::new(move |v: String| chosen.set(v))
                error=no_error()
            />
            <button type="submit" class="usa-button">
                {b.show_round}
            </button>
        </form>
    }
}

#[component]
fn Summary(s: PublicBenefitSummary) -> impl IntoView {
    let b = t().benefits;
    if s.rounds.is_empty() {
        return view! { <p>{b.no_data}</p> }.into_any();
    }
    let shown = s.benefits.iter().any(|row| !row.all.suppressed);
    view! {
        <p class="portal-total" role="status">{(b.respondents)(s.respondents)}</p>
        <p>{b.method}</p>
        {shown
            .then(|| {
                view! {
                    <ShareChart rows=s.benefits.clone() />
                    <section aria-labelledby="details-heading">
                        <h2 id="details-heading">{b.details_heading}</h2>
                        {s.benefits.into_iter().map(|row| view! { <BenefitTable row /> }).collect_view()}
                    </section>
                }
            })}
    }
    .into_any()
}

/// The figures of one cell, each in words when withheld.
fn cell_figures(cell: &PublicCell) -> Vec<String> {
    let b = t().benefits;
    if cell.suppressed {
        return vec![b.suppressed.to_owned()];
    }
    let or_withheld = |f: Option<String>| f.unwrap_or_else(|| b.withheld.to_owned());
    vec![
        or_withheld(cell.responses.map(b.count)),
        or_withheld(cell.share_used.map(b.percent)),
        or_withheld(cell.mean_value.map(b.mean)),
        or_withheld(cell.median_value.map(b.mean)),
    ]
}

#[component]
fn ShareChart(rows: Vec<PublicBenefitRow>) -> impl IntoView {
    let b = t().benefits;
    let name = |row: &PublicBenefitRow| (t().survey.benefit)(row.benefit);
    let shown: Vec<(&'static str, f64)> =
        rows.iter().filter(|r| !r.all.suppressed).filter_map(|r| Some((name(r), r.all.share_used?))).collect();
    let left_out: Vec<&str> =
        rows.iter().filter(|r| r.all.suppressed || r.all.share_used.is_none()).map(name).collect();
    let mut desc = (b.chart_desc)(
        b.chart_what,
        &shown.iter().map(|(n, share)| ((*n).to_owned(), (b.percent)(*share))).collect::<Vec<_>>(),
    );
    if !left_out.is_empty() {
        desc = format!("{desc} {}", (b.chart_left_out)(&left_out));
    }
    let bars = shown
        .iter()
        .map(|(n, share)| Bar { label: (*n).to_owned(), value: *share, interval: None, text: (b.percent)(*share) })
        .collect();
    let table = Table {
        id: "share".into(),
        caption: b.chart_table_caption.into(),
        head: vec![b.col_benefit.into(), b.col_share.into()],
        rows: rows
            .iter()
            .map(|r| {
                let share = if r.all.suppressed {
                    b.suppressed.to_owned()
                } else {
                    r.all.share_used.map(b.percent).unwrap_or_else(|| b.withheld.to_owned())
                };
                vec![name(r).to_owned(), share]
            })
            .collect(),
        text_columns: 0,
    };
    view! {
        <section aria-labelledby="share-heading">
            <h2 id="share-heading">{b.chart_heading}</h2>
            <BarChart
                id="share-chart".into()
                title=b.chart_title.into()
                desc
                bars
                ticks=SHARE_TICKS.to_vec()
                tick_label=b.percent
                table
            />
        </section>
    }
}

/// One benefit: all partners, then each business entity type that answered.
#[component]
fn BenefitTable(row: PublicBenefitRow) -> impl IntoView {
    let m = t();
    let b = m.benefits;
    let name = (m.survey.benefit)(row.benefit);
    let code = row.benefit.code();
    let mut rows = vec![[vec![b.all_partners.to_owned()], cell_figures(&row.all)].concat()];
    rows.extend(
        row.by_entity_type.iter().map(|(e, cell)| [vec![(m.entity_type)(*e).to_owned()], cell_figures(cell)].concat()),
    );
    let table = Table {
        id: format!("benefit-{code}"),
        caption: (b.benefit_caption)(name),
        head: [b.col_partners, b.col_responses, b.col_share, b.col_mean, b.col_median].map(String::from).to_vec(),
        rows,
        text_columns: 0,
    };
    view! {
        <h3>{name}</h3>
        <DataTable table />
    }
}
