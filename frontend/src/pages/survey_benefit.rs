//! One benefit's questions on the survey: a fieldset whose legend names the benefit, holding
//! "used in the last 12 months", the 1–5 value, the four optional numbers and a comment. Every
//! control's `id` is its field key (`{benefit}-{part}`), so the error summary links to it; a radio
//! group's key is the `id` of its fieldset, and each radio has its own (`fewer_exams-used-yes`,
//! `fewer_exams-value-4`).

use std::cell::RefCell;
use std::collections::HashMap;

use leptos::prelude::*;
use shared::survey::{field, AnswerForm, Benefit, Metric, Usage, COMMENT_MAX};

use crate::components::error_summary::Problem;
use crate::components::fields::{RadioRow, TextArea, TextInput};
use crate::components::notice::field_error;
use crate::i18n::t;
use crate::storage::SurveyDraft;

thread_local! {
    static IDS: RefCell<HashMap<String, &'static str>> = RefCell::new(HashMap::new());
}

/// The `id` of one part of a benefit's answer. The shared field components take `&'static str`
/// ids; the survey's are a fixed, small set (benefits × parts), so each is made once and kept.
pub fn answer_id(benefit: Benefit, part: &str) -> &'static str {
    let key = field::answer(benefit, part);
    IDS.with(|ids| *ids.borrow_mut().entry(key.clone()).or_insert_with(|| Box::leak(key.into_boxed_str())))
}

fn metric_mut(a: &mut AnswerForm, m: Metric) -> &mut String {
    match m {
        Metric::ExamRateChange => &mut a.exam_rate_change,
        Metric::HoursSavedPerMonth => &mut a.hours_saved,
        Metric::CostSavedPerYear => &mut a.cost_saved,
        Metric::WaitSavedPerCrossing => &mut a.wait_saved,
    }
}

/// One part of this benefit's answer as a signal and a setter. The draft holds an answer for
/// every benefit (see `survey::blank`), but a setter adds one if an old draft lacked it.
fn part(
    draft: RwSignal<SurveyDraft>,
    benefit: Benefit,
    get: impl Fn(&AnswerForm) -> String + Send + Sync + 'static,
    set: impl Fn(&mut AnswerForm) -> &mut String + Send + Sync + 'static,
) -> (Signal<String>, Callback<String>) {
    let code = benefit.code();
    (
        Signal::derive(move || {
            draft.with(|d| d.form.answers.iter().find(|a| a.benefit == code).map(&get).unwrap_or_default())
        }),
        Callback::new(move |v| {
            draft.update(|d| {
                let answers = &mut d.form.answers;
                let i = match answers.iter().position(|a| a.benefit == code) {
                    Some(i) => i,
                    None => {
                        answers.push(AnswerForm { benefit: code.to_owned(), ..AnswerForm::default() });
                        answers.len() - 1
                    }
                };
                *set(&mut answers[i]) = v;
            })
        }),
    )
}

#[component]
pub fn BenefitQuestions(
    benefit: Benefit,
    draft: RwSignal<SurveyDraft>,
    problems: Signal<Vec<Problem>>,
) -> impl IntoView {
    let s = t().survey;
    let error = move |id: &'static str| field_error(problems, id);
    let hint_id = answer_id(benefit, "hint");
    let used_id = answer_id(benefit, "used");
    let value_id = answer_id(benefit, "value");
    let comment_id = answer_id(benefit, "comment");
    let (used, set_used) = part(draft, benefit, |a| a.used.clone(), |a| &mut a.used);
    let (value, set_value) = part(draft, benefit, |a| a.value.clone(), |a| &mut a.value);
    let (comment, set_comment) = part(draft, benefit, |a| a.comment.clone(), |a| &mut a.comment);
    let usages = Usage::ALL.iter().map(|u| (u.code().to_owned(), (s.usage)(*u).to_owned())).collect();
    // The scale's meaning is in the legend; each radio reads as its number.
    let values = (1..=5u8).map(|n| (n.to_string(), n.to_string())).collect();

    view! {
        <fieldset class="usa-fieldset portal-benefit" aria-describedby=hint_id>
            <legend class="usa-legend portal-benefit__legend">{(s.benefit)(benefit)}</legend>
            <p class="usa-hint" id=hint_id>{(s.benefit_hint)(benefit)}</p>
            <RadioRow
                id=used_id
                legend=s.part_used
                hint=None
                required=true
                options=usages
                value=used
                set=set_used
                error=error(used_id)
            />
            <RadioRow
                id=value_id
                legend=s.part_value
                hint=Some(s.value_hint)
                options=values
                value=value
                set=set_value
                error=error(value_id)
            />
            {Metric::ALL
                .iter()
                .map(|m| {
                    let m = *m;
                    let id = answer_id(benefit, m.code());
                    let (text, set) = part(draft, benefit, move |a| a.metric(m).to_owned(), move |a| metric_mut(a, m));
                    view! {
                        <TextInput
                            id
                            label=(s.metric)(m)
                            hint=(s.metric_hint)(m)
                            inputmode="decimal"
                            autocomplete="off"
                            value=text
                            set
                            error=error(id)
                        />
                    }
                })
                .collect_view()}
            <TextArea
                id=comment_id
                label=s.part_comment
                max_chars=COMMENT_MAX
                rows="3"
                value=comment
                set=set_comment
                error=error(comment_id)
            />
        </fieldset>
    }
}
