//! The feedback form's "Consultation" choice: general feedback, the open consultations, and the
//! closed ones that still take late feedback (marked late).

use leptos::prelude::*;
use shared::api::public::ConsultationView;
use shared::consultation::Phase;
use shared::feedback::field::CONSULTATION;

use crate::api;
use crate::components::fields::ChoiceSelect;
use crate::i18n::t;

/// The choices, and the one already chosen even when it takes no feedback now (a restored draft),
/// so the control shows what the form holds; the server then says why it is refused.
fn choices(list: &[ConsultationView], chosen: &str) -> Vec<(String, String)> {
    let p = t().public;
    let mut out: Vec<(String, String)> = list
        .iter()
        .filter_map(|c| match c.phase {
            Phase::Open => Some((c.id.to_string(), c.title.clone())),
            Phase::Closed if c.late_allowed => Some((c.id.to_string(), (p.form_consultation_late)(&c.title))),
            _ => None,
        })
        .collect();
    if !chosen.is_empty() && !out.iter().any(|(id, _)| id == chosen) {
        let label = match list.iter().find(|c| c.id.to_string() == chosen) {
            Some(c) => (p.form_consultation_unavailable)(&c.title, (p.phase)(c.phase)),
            None => chosen.to_owned(),
        };
        out.push((chosen.to_owned(), label));
    }
    out
}

#[component]
pub fn ConsultationSelect(
    value: Signal<String>,
    set: Callback<String>,
    error: Signal<Option<String>>,
) -> impl IntoView {
    let m = t();
    let list = LocalResource::new(|| async { api::public::consultations().await.unwrap_or_default() });
    let options = Signal::derive(move || {
        let chosen = value.get();
        list.with(|l| choices(l.as_deref().unwrap_or_default(), &chosen))
    });
    view! {
        <ChoiceSelect
            id=CONSULTATION
            label=m.form_consultation
            hint=m.form_consultation_hint
            any=m.form_consultation_general
            options
            value
            set
            error
        />
    }
}
