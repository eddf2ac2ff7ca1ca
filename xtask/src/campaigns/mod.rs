//! Generated mass campaigns with ground truth, for the near-duplicate tests and `cargo xtask bench`.
//!
//! A campaign is a letter an association circulates about a CTPAT topic; members paste it into
//! the feedback form with edits: synonyms swapped in, a sentence of their own added, one dropped,
//! a phrase tacked on, sentences reordered, and their own greeting and signature. Unique feedback
//! is composed from a grammar of CTPAT situations, so two unique texts may share phrases (as
//! real ones on the same topic do) but are not near-duplicates. Everything is deterministic in
//! the seed.

use crate::rng::Rng;

mod compose;
mod unique;
mod words;

use compose::{fill, layout, letter, pick, unit};
use unique::unique_feedback;
use words::*;

/// One generated submission and its ground truth.
#[derive(Clone, Debug, PartialEq)]
pub struct GeneratedDoc {
    pub title: String,
    pub text: String,
    /// The campaign (template index) it is a copy of; `None` for unique feedback.
    pub campaign: Option<usize>,
}

/// Swaps each word of a synonym group for another member of the group with probability `p`.
fn swap_synonyms(sentence: &str, p: f64, rng: &mut Rng) -> String {
    let mut out = String::with_capacity(sentence.len() + 16);
    let mut word = String::new();
    for c in sentence.chars().map(Some).chain([None]) {
        if let Some(c) = c.filter(|c| c.is_alphanumeric()) {
            word.push(c);
            continue;
        }
        let lower = word.to_lowercase();
        match SYNONYMS.iter().find(|g| g.contains(&lower.as_str())) {
            Some(group) if unit(rng) < p => {
                let others: Vec<&str> = group.iter().copied().filter(|w| *w != lower).collect();
                let choice = pick(rng, &others);
                let mut chars = choice.chars();
                if word.starts_with(char::is_uppercase) {
                    out.extend(chars.next().map(|f| f.to_ascii_uppercase()));
                }
                out.push_str(chars.as_str());
            }
            _ => out.push_str(&word),
        }
        word.clear();
        out.extend(c);
    }
    out
}

/// One member's copy of a campaign letter.
fn campaign_copy(template: &Template, rng: &mut Rng) -> (String, String) {
    let mut sentences: Vec<String> = template.sentences.iter().map(|s| swap_synonyms(s, 0.25, rng)).collect();
    // Drop a sentence (not the opening one) or two.
    for _ in 0..[0, 0, 1, 1, 2][rng.below(5)] {
        if sentences.len() > 4 {
            let at = 1 + rng.below(sentences.len() - 1);
            sentences.remove(at);
        }
    }
    // Add sentences of one's own.
    for _ in 0..[0, 1, 1, 2][rng.below(4)] {
        let at = rng.below(sentences.len() + 1);
        sentences.insert(at, fill(pick(rng, PERSONAL), rng));
    }
    // A phrase in front of a sentence.
    if rng.below(3) == 0 {
        let at = rng.below(sentences.len());
        let s = &sentences[at];
        let lowered = match s.chars().nth(1) {
            Some(second) if second.is_lowercase() => {
                let mut c = s.chars();
                c.next().map(|f| f.to_lowercase().collect::<String>()).unwrap_or_default() + c.as_str()
            }
            _ => s.clone(),
        };
        sentences[at] = format!("{}{lowered}", pick(rng, PHRASES));
    }
    // Reorder: move one sentence elsewhere, sometimes twice.
    for _ in 0..[0, 1, 1, 2][rng.below(4)] {
        let from = rng.below(sentences.len());
        let s = sentences.remove(from);
        let to = rng.below(sentences.len() + 1);
        sentences.insert(to, s);
    }
    let title = pick(rng, template.titles).to_string();
    (title, letter(&layout(&sentences, rng), rng, true))
}

/// `n` submissions in arrival order: each a copy of a campaign letter with probability
/// `campaign_share`, else unique feedback. Campaign sizes follow a Zipf-like law (the first
/// template is the most circulated), as a few associations drive most of a real campaign volume.
pub fn generate(n: usize, campaign_share: f64, seed: u64) -> Vec<GeneratedDoc> {
    let mut rng = Rng::new(seed ^ 0xCA4D_A16E);
    let weights: Vec<f64> = (0..TEMPLATES.len()).map(|t| 1.0 / (t as f64 + 1.0)).collect();
    let total: f64 = weights.iter().sum();
    (0..n)
        .map(|_| {
            if unit(&mut rng) < campaign_share {
                let mut x = unit(&mut rng) * total;
                let t = weights.iter().position(|w| {
                    x -= w;
                    x < 0.0
                });
                let t = t.unwrap_or(TEMPLATES.len() - 1);
                let (title, text) = campaign_copy(&TEMPLATES[t], &mut rng);
                GeneratedDoc { title, text, campaign: Some(t) }
            } else {
                let (title, text) = unique_feedback(&mut rng);
                GeneratedDoc { title, text, campaign: None }
            }
        })
        .collect()
}

/// How a clustering agrees with the ground truth, counted over pairs of documents.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PairScores {
    /// Pairs in the same predicted cluster.
    pub predicted_pairs: u64,
    /// Pairs in the same campaign.
    pub true_pairs: u64,
    /// Pairs in both.
    pub correct_pairs: u64,
    /// correct / predicted (1 when nothing was paired).
    pub precision: f64,
    /// correct / true (1 when there is nothing to find).
    pub recall: f64,
}

/// Pairwise precision and recall of `predicted` cluster ids against `truth` campaign ids (one
/// each per document; `None` is a document of its own, paired with nothing).
pub fn pairwise_scores(predicted: &[usize], truth: &[Option<usize>]) -> PairScores {
    assert_eq!(predicted.len(), truth.len(), "one truth per prediction");
    fn pairs(n: u64) -> u64 {
        n * n.saturating_sub(1) / 2
    }
    let mut by_cluster = std::collections::HashMap::<usize, u64>::new();
    let mut by_campaign = std::collections::HashMap::<usize, u64>::new();
    let mut by_both = std::collections::HashMap::<(usize, usize), u64>::new();
    for (&p, &t) in predicted.iter().zip(truth) {
        *by_cluster.entry(p).or_default() += 1;
        if let Some(t) = t {
            *by_campaign.entry(t).or_default() += 1;
            *by_both.entry((p, t)).or_default() += 1;
        }
    }
    let predicted_pairs = by_cluster.values().map(|&n| pairs(n)).sum();
    let true_pairs = by_campaign.values().map(|&n| pairs(n)).sum();
    let correct_pairs = by_both.values().map(|&n| pairs(n)).sum();
    let ratio = |a: u64, b: u64| if b == 0 { 1.0 } else { a as f64 / b as f64 };
    PairScores {
        predicted_pairs,
        true_pairs,
        correct_pairs,
        precision: ratio(correct_pairs, predicted_pairs),
        recall: ratio(correct_pairs, true_pairs),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use shared::similarity::cluster_texts;

    #[test]
    fn pairwise_scores_by_hand() {
        // Truth: {0,1,2} campaign 7, {3,4} campaign 8, 5 and 6 unique.
        let truth = [Some(7), Some(7), Some(7), Some(8), Some(8), None, None];
        // Predicted: {0,1} {2,3,4} {5,6}.
        let s = pairwise_scores(&[0, 0, 2, 2, 2, 5, 5], &truth);
        // Predicted pairs: 1 + 3 + 1 = 5; true pairs: 3 + 1 = 4; correct: (0,1) and (3,4).
        assert_eq!((s.predicted_pairs, s.true_pairs, s.correct_pairs), (5, 4, 2));
        assert_eq!((s.precision, s.recall), (0.4, 0.5));
        let perfect = pairwise_scores(&[0, 0, 0, 3, 3, 5, 6], &truth);
        assert_eq!((perfect.precision, perfect.recall), (1.0, 1.0));
        let none = pairwise_scores(&[0, 1], &[None, None]);
        assert_eq!((none.precision, none.recall), (1.0, 1.0));
    }

    #[test]
    fn generation_is_deterministic_and_mixed() {
        let a = generate(400, 0.6, 1);
        assert_eq!(a, generate(400, 0.6, 1));
        assert_ne!(a, generate(400, 0.6, 2));
        let members = a.iter().filter(|d| d.campaign.is_some()).count();
        assert!((200..280).contains(&members), "{members}");
        let words = |d: &GeneratedDoc| d.text.split_whitespace().count();
        for d in &a {
            assert!(!d.title.is_empty() && d.title.chars().count() <= 120, "{}", d.title);
            assert!(d.text.chars().count() <= shared::feedback::FEEDBACK_MAX);
            if d.campaign.is_some() {
                assert!((45..=260).contains(&words(d)), "{}", d.text);
            }
        }
        // Copies really differ from each other.
        let copies: Vec<&GeneratedDoc> = a.iter().filter(|d| d.campaign == Some(0)).collect();
        assert!(copies.windows(2).all(|w| w[0].text != w[1].text));
    }

    /// Clusters generated campaigns and checks pairwise precision and recall against the truth.
    #[test]
    fn clustering_finds_the_campaigns() {
        for (n, seed) in [(3_000, 1), (1_500, 2)] {
            let docs = generate(n, 0.6, seed);
            let texts: Vec<&str> = docs.iter().map(|d| d.text.as_str()).collect();
            let truth: Vec<Option<usize>> = docs.iter().map(|d| d.campaign).collect();
            let s = pairwise_scores(&cluster_texts(&texts), &truth);
            println!(
                "n={n} seed={seed}: precision {:.4}, recall {:.4} ({} of {} true pairs, {} predicted)",
                s.precision, s.recall, s.correct_pairs, s.true_pairs, s.predicted_pairs
            );
            assert!(s.precision >= 0.95 && s.recall >= 0.95, "n={n} seed={seed}: {s:?}");
        }
    }
}
