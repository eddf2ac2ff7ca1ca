//! Near-duplicate feedback: mass campaigns (one letter sent by many people with small edits).
//!
//! The pipeline, each step a pure function so the worker, the bench and the tests agree:
//!
//! 1. [`sentences`]: the comparable part of a text — the greeting line and the closing/signature
//!    block are dropped (they are what differs between copies of a campaign letter), then case,
//!    accents and punctuation are folded away and the text is cut into sentences of words.
//! 2. [`shingles`]: hashes of every run of [`SHINGLE_WORDS`] consecutive words *within* a
//!    sentence, so reordering whole sentences changes nothing.
//! 3. [`Signature`]: a MinHash of the shingle set, [`SIGNATURE_LEN`] small numbers whose agreement
//!    rate estimates the Jaccard similarity of two shingle sets. It is what the worker stores per
//!    submission (as a short base64 string), so a decision never needs the candidate's text.
//! 4. [`bands`]: locality-sensitive hashing. The signature is cut into [`BANDS`] bands of [`ROWS`]
//!    rows; two texts become *candidates* when any band is identical. The worker looks the band
//!    keys up in an indexed D1 table, so the work per submission depends on the number of
//!    candidates, not on the size of the database.
//! 5. [`is_near_duplicate`] / [`decide`]: the decision on the estimate; [`ClusterIndex`]
//!    is the same procedure in memory (the tests and `cargo xtask bench` use it, and it mirrors
//!    the rows the worker keeps in D1).
//!
//! [`diff_words`] shows reviewers how a cluster member differs from the representative.
//!
//! Everything here is deterministic across platforms and builds: the hashes are spelled out
//! (FNV-1a and the SplitMix64 finaliser), never `std`'s randomly seeded hasher, because signatures
//! and band keys are stored and compared across deployments.

use std::collections::HashMap;
use std::fmt;

use serde::de::{self, Deserializer};
use serde::{Deserialize, Serialize, Serializer};

/// Words per shingle. Chosen by experiment on the generated campaigns (`xtask/src/campaigns/`,
/// 3,000 documents): all of 2, 3 and 4 reach precision and recall above 0.999 there, but 2 lets
/// unrelated feedback on the same topic share more common pairs ("the seal", "exam rate"; twice
/// as many unrelated pairs above 0.3) and 4 makes every swapped word cost 4 shingles (50% more
/// pairs of copies below 0.4). With 3, a swapped word changes at most 3 of a sentence's shingles.
pub const SHINGLE_WORDS: usize = 3;

/// MinHash values per signature. The estimate's standard error is sqrt(J(1-J)/N), at most 0.044
/// for N = 128 — fine next to the gap between campaign copies (J ≳ 0.5) and unrelated texts
/// (J ≲ 0.1) — and 128 values store in 512 bytes (683 base64 characters).
pub const SIGNATURE_LEN: usize = 128;

/// LSH bands and rows per band, `BANDS * ROWS == SIGNATURE_LEN`.
///
/// Two texts with Jaccard similarity `s` share at least one band with probability
/// `1 - (1 - s^ROWS)^BANDS`, an S-curve whose steepest point is near `(1/BANDS)^(1/ROWS)`.
/// With 32 bands of 4 rows that point is (1/32)^(1/4) ≈ 0.42, below the decision threshold
/// [`THRESHOLD`] = 0.5 on purpose, so that pairs we would accept are rarely missed:
///
/// | s    | P(candidate) |
/// |------|--------------|
/// | 0.1  | 0.003        |
/// | 0.2  | 0.05         |
/// | 0.3  | 0.23         |
/// | 0.4  | 0.56         |
/// | 0.5  | 0.87         |
/// | 0.6  | 0.988        |
/// | 0.7  | 0.9996       |
///
/// A single pair at s = 0.5 is found 87% of the time, but a campaign copy usually resembles many
/// earlier copies, and it needs to find only one of them. 16 bands of 8 rows (threshold 0.71)
/// missed too many heavily edited copies; 64 bands of 2 rows (threshold 0.125) would make every
/// submission fetch the signatures of most feedback on the same topic and store 64 rows.
pub const BANDS: usize = 32;
/// Rows per LSH band; see [`BANDS`].
pub const ROWS: usize = 4;

/// Estimated Jaccard similarity from which two texts are near-duplicates. On the generated set,
/// pairs of copies of one letter (synonyms, sentences added, dropped and moved, another greeting
/// and signature) measure 0.2–1.0, half of them above 0.55, and a copy needs to clear the
/// threshold against one earlier copy only, which nearly all do; independent feedback on the same
/// topic, some quoting a sentence of a campaign letter, measures below 0.3 in all but 1 in 2,000
/// pairs, and none above 0.55.
pub const THRESHOLD: f64 = 0.5;

/// Rows a band key's bucket holds at most. With [`BANDS`] keys per submission, a lookup reads at
/// most 32 × 8 = 256 rows whatever the size of the database. A full bucket is one whose band
/// value is shared by 8 clusters — phrases common to unrelated feedback — and a new cluster that
/// cannot join it still has its other keys, nearly all of them in near-empty buckets.
pub const BUCKET_CAP: usize = 8;

/// Candidates compared per submission at most (those sharing the most bands first). Keeps the
/// worst case per submission bounded whatever the database holds.
pub const MAX_CANDIDATES: usize = 48;

mod diff;
mod lsh;
mod minhash;
mod normalise;

pub use diff::*;
pub use lsh::*;
pub use minhash::*;
pub use normalise::*;

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const LETTER: &str = "Dear CTPAT Program Office,\n\n\
        We are writing on behalf of the small carriers in our association about the seal \
        verification process. Drivers are asked to perform the VVTT inspection in a different \
        order at every port of entry. The minimum security criteria explain what to check but not \
        the sequence, and officers expect different things. This causes delays at the booth and \
        confusion among new drivers. We ask CBP to publish a single seal verification checklist \
        with photographs and to train officers on it.\n\n\
        Sincerely,\nMaria Lopez\nCompliance Manager, Transportes del Norte";

    fn sim(a: &str, b: &str) -> f64 {
        Signature::of_text(a).jaccard_estimate(&Signature::of_text(b))
    }

    fn dup(a: &str, b: &str) -> bool {
        is_near_duplicate(&Signature::of_text(a), &Signature::of_text(b))
    }

    #[test]
    fn normalisation_folds_case_accents_and_punctuation() {
        assert_eq!(
            words("Évaluation: DÉLAIS, ¡señor! Straße—café"),
            ["evaluation", "delais", "senor", "strasse", "cafe"]
        );
        assert_eq!(sentences("One two. Three four!\nFive?"), [vec!["one", "two"], vec!["three", "four"], vec!["five"]]);
    }

    #[test]
    fn greeting_and_signature_block_are_not_compared() {
        let c = content(LETTER);
        assert!(c.trim_start().starts_with("We are writing"), "{c}");
        assert!(c.trim_end().ends_with("train officers on it."), "{c}");
        let dashes = "Body line one.\nBody line two.\n-- \nJohn Smith\nAcme";
        assert_eq!(content(dashes), "Body line one.\nBody line two.\n");
        let french = "Bonjour,\nLe délai de validation est trop long.\nCordialement,\nJean Dupont";
        assert_eq!(content(french), "Le délai de validation est trop long.\n");
        // Never everything, and a one-line text is kept whole.
        assert_eq!(content("Thanks"), "Thanks");
        assert_eq!(content("Dear all,\nRegards,\nAna"), "Dear all,\nRegards,\nAna");
    }

    #[test]
    fn identical_texts_match() {
        assert_eq!(sim(LETTER, LETTER), 1.0);
        assert!(dup(LETTER, LETTER));
        assert!(dup(LETTER, &LETTER.to_uppercase()));
    }

    #[test]
    fn campaign_copies_match() {
        let swapped = LETTER
            .replace("small carriers", "small trucking companies")
            .replace("different things", "different steps")
            .replace("confusion", "uncertainty");
        let edited = LETTER.replace(" This causes delays at the booth and confusion among new drivers.", "");
        let inserted = LETTER.replace(
            "officers expect different things.",
            "officers expect different things. Last month one of our drivers waited two hours.",
        );
        let reordered = LETTER.replace(
            "The minimum security criteria explain what to check but not the sequence, and officers expect different things. This causes delays at the booth and confusion among new drivers.",
            "This causes delays at the booth and confusion among new drivers. The minimum security criteria explain what to check but not the sequence, and officers expect different things.",
        );
        let signed = LETTER.replace("Dear CTPAT Program Office,", "To whom it may concern:").replace(
            "Sincerely,\nMaria Lopez\nCompliance Manager, Transportes del Norte",
            "Best regards,\nJohn O'Brien\nOperations Director\nLone Star Freight LLC\n(956) 555-0142",
        );
        let unsigned = content(LETTER).to_owned();
        for variant in [&swapped, &edited, &inserted, &reordered, &signed, &unsigned] {
            assert!(dup(LETTER, variant), "{:.2} for {variant}", sim(LETTER, variant));
        }
        assert_eq!(sim(LETTER, &reordered), 1.0, "sentence order does not matter");
        assert_eq!(sim(LETTER, &signed), 1.0, "greeting and signature do not matter");
    }

    #[test]
    fn unrelated_feedback_on_the_same_topic_does_not_match() {
        let others = [
            "The seal verification steps are fine, but the VVTT training video is only in English and our \
             drivers in Laredo mostly speak Spanish. A Spanish version of the video would help a lot.",
            "At the port of entry in Nogales officers asked our driver to open the seal twice. We think the \
             seal inspection should be recorded so that it is not repeated at the secondary booth.",
            "Our company uses high security bolt seals from an ISO 17712 certified vendor. We would like to \
             know whether electronic seals will be accepted under the minimum security criteria.",
        ];
        for (i, a) in others.iter().enumerate() {
            assert!(!dup(LETTER, a), "{:.2}: {a}", sim(LETTER, a));
            for b in &others[i + 1..] {
                assert!(!dup(a, b), "{:.2}", sim(a, b));
            }
        }
    }

    #[test]
    fn empty_texts_match_nothing() {
        let empty = Signature::of_text("... !!! ---");
        assert!(empty.is_empty());
        assert!(bands(&empty).is_empty());
        assert!(!is_near_duplicate(&empty, &empty));
        assert!(!Signature::of_text("Hi").is_empty());
    }

    #[test]
    fn signatures_are_stable_across_platforms_and_round_trip() {
        // Fixed values: changing the hashing invalidates every stored signature and band key.
        let s = Signature::of_text("The FAST lane is closed at peak hours.");
        assert_eq!(s.values()[..3], [95540169, 388253243, 160012338]);
        assert_eq!(bands(&s)[..2], [2985179904856, 208335169988700]);
        let encoded = s.to_base64();
        assert_eq!(encoded.len(), 683);
        assert_eq!(Signature::from_base64(&encoded), Some(s.clone()));
        let json = serde_json::to_string(&s).unwrap();
        assert_eq!(serde_json::from_str::<Signature>(&json).unwrap(), s);
        assert!(serde_json::from_str::<Signature>("\"AAAA\"").is_err());
        assert_eq!(Signature::from_base64(&format!("*{}", &encoded[1..])), None);
        assert_eq!(Signature::from_base64(&encoded[1..]), None);
        assert_eq!(base64_encode(b"Man"), "TWFu");
        assert_eq!(base64_encode(b"Ma"), "TWE");
        assert_eq!(base64_decode("TWE"), Some(b"Ma".to_vec()));
        let keys = bands(&s);
        assert_eq!(keys.len(), BANDS);
        for (b, k) in keys.iter().enumerate() {
            assert_eq!(k >> BAND_HASH_BITS, b as u64);
            assert!(*k < 1 << 53, "exact in a JavaScript number");
        }
    }

    #[test]
    fn hashes_are_pinned() {
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(mix(0), 0);
        assert_eq!(shingles("a b c"), shingles("A, b—C"));
    }

    #[test]
    fn the_index_clusters_in_arrival_order() {
        let texts = [
            LETTER.to_owned(),
            "Validation reports take five months to arrive after the site visit.".to_owned(),
            LETTER.replace("Maria Lopez", "Ana Ruiz").replace("confusion", "uncertainty"),
            "Validation reports take five months to arrive after the site visit. Please set a target.".to_owned(),
            "The portal logs us out every ten minutes while we fill in the security profile.".to_owned(),
        ];
        assert_eq!(cluster_texts(&texts), [0, 1, 0, 1, 4]);
        let mut index = ClusterIndex::new();
        let first = index.add(Signature::of_text(&texts[0]));
        assert_eq!((first.cluster, first.matched, first.compared), (0, None, 0));
        let rows = index.rows();
        assert_eq!(rows, BANDS);
        let copy = index.add(Signature::of_text(&texts[0]));
        assert_eq!(copy.matched, Some((0, 1.0)));
        assert_eq!(index.rows(), rows, "an identical copy adds no rows");
    }

    #[test]
    fn a_bridging_document_merges_clusters() {
        let set = |r: std::ops::Range<u64>| Signature::from_shingles(&r.collect::<Vec<_>>());
        let (x, y, z) = (set(0..40), set(20..60), set(10..50));
        assert!(!is_near_duplicate(&x, &y) && is_near_duplicate(&z, &x) && is_near_duplicate(&z, &y));
        let mut index = ClusterIndex::new();
        assert_eq!(index.add(x.clone()).cluster, 0);
        assert_eq!(index.add(y.clone()).cluster, 1);
        let bridge = index.add(z.clone());
        assert_eq!((bridge.cluster, bridge.merged.as_slice()), (0, &[1][..]));
        assert_eq!(index.clusters(), [0, 0, 0]);

        // The same decision from the worker's point of view: candidates come with their clusters.
        let d = decide(&z, [(7, 7, &y), (3, 3, &x), (9, 7, &y)]);
        assert_eq!(d.cluster, Some(3));
        assert_eq!(d.merge, [7]);
        let best = x.jaccard_estimate(&z).max(y.jaccard_estimate(&z));
        assert_eq!(d.matched.map(|m| m.1), Some(best));
        assert_eq!(decide(&x, [(1, 1, &y)]), Decision { cluster: None, matched: None, merge: vec![] });
        assert_eq!(decide(&x, [(5, 2, &x), (4, 4, &x)]).matched, Some((4, 1.0)), "the oldest on a tie");
    }

    /// What D1 keeps between two message batches: band rows and each document's cluster, with
    /// merges applied as the consumer's statements apply them.
    #[derive(Default)]
    struct Stored {
        rows: Vec<BandRow>,
        documents: Vec<(u64, u64, Signature)>,
    }

    impl Stored {
        fn place_batch(&mut self, batch: &[(u64, Signature)]) {
            let mut index = ClusterIndex::new();
            let keys: Vec<u64> = batch.iter().flat_map(|(_, s)| bands(s)).collect();
            index.seed_rows(self.rows.iter().filter(|r| keys.contains(&r.key)).copied());
            let hit_docs: Vec<u64> = batch.iter().flat_map(|(_, s)| rank_candidates(&index.hits(s))).collect();
            for (d, c, s) in self.documents.iter().filter(|(d, _, _)| hit_docs.contains(d)) {
                index.seed_document(*d, *c, s.clone());
            }
            for (doc, signature) in batch {
                let p = index.place(*doc, signature.clone());
                for m in &p.merged {
                    self.rows.iter_mut().filter(|r| r.cluster == *m).for_each(|r| r.cluster = p.cluster);
                    self.documents.iter_mut().filter(|d| d.1 == *m).for_each(|d| d.1 = p.cluster);
                }
                self.rows.extend(p.keys.iter().map(|&key| BandRow { key, doc: *doc, cluster: p.cluster }));
                self.documents.push((*doc, p.cluster, signature.clone()));
            }
        }
    }

    #[test]
    fn a_batch_is_placed_as_if_one_by_one() {
        let variants = ["confusion", "uncertainty", "delays", "questions", "problems"];
        let mut texts = Vec::new();
        for i in 0..60 {
            texts.push(match i % 4 {
                0 => LETTER.replace("Maria Lopez", &format!("Signer {i}")).replace("confusion", variants[i % 5]),
                1 => {
                    format!("Validation reports take {} months to arrive after the site visit. Please set a target.", i)
                }
                2 => format!("Unrelated remark number {i} about lane {} and the {} portal.", i * 7, variants[i % 5]),
                _ => LETTER.replace("seal verification", "container inspection").replace("drivers", variants[i % 5]),
            });
        }
        let signatures: Vec<Signature> = texts.iter().map(|t| Signature::of_text(t)).collect();
        let one_by_one = cluster_texts(&texts);
        for size in [1, 7, 60] {
            let mut stored = Stored::default();
            let docs: Vec<(u64, Signature)> =
                signatures.iter().cloned().enumerate().map(|(i, s)| (i as u64, s)).collect();
            for batch in docs.chunks(size) {
                stored.place_batch(batch);
            }
            let batched: Vec<usize> = stored.documents.iter().map(|d| d.1 as usize).collect();
            assert_eq!(batched, one_by_one, "batches of {size}");
        }
        assert!(one_by_one.iter().filter(|&&c| c == 0).count() >= 10, "the campaign letters cluster");
    }

    #[test]
    fn keys_are_inserted_once_per_cluster() {
        let hits = [BandRow { key: 1, doc: 7, cluster: 7 }, BandRow { key: 2, doc: 9, cluster: 9 }];
        assert_eq!(keys_to_insert(&[1, 2, 3], &hits, 7), [2, 3]);
        let full: Vec<BandRow> = (0..BUCKET_CAP as u64).map(|d| BandRow { key: 4, doc: d, cluster: d }).collect();
        assert_eq!(keys_to_insert(&[4, 5], &full, 99), [5], "a full bucket takes no more rows");
        let ranked = rank_candidates(&[
            BandRow { key: 1, doc: 5, cluster: 5 },
            BandRow { key: 2, doc: 3, cluster: 3 },
            BandRow { key: 3, doc: 5, cluster: 5 },
        ]);
        assert_eq!(ranked, [5, 3]);
    }

    fn joined(parts: &[DiffPart], skip: DiffKind) -> String {
        parts.iter().filter(|p| p.kind != skip).map(|p| p.text.as_str()).collect()
    }

    #[test]
    fn diff_highlights_changed_words() {
        let parts = diff_words("We ask CBP to publish a checklist.", "We ask CBP to publish one clear checklist.");
        assert_eq!(
            parts,
            [
                DiffPart { kind: DiffKind::Same, text: "We ask CBP to publish ".into() },
                DiffPart { kind: DiffKind::Removed, text: "a ".into() },
                DiffPart { kind: DiffKind::Added, text: "one clear ".into() },
                DiffPart { kind: DiffKind::Same, text: "checklist.".into() },
            ]
        );
        assert_eq!(diff_words("", ""), []);
        assert_eq!(diff_words("same", "same"), [DiffPart { kind: DiffKind::Same, text: "same".into() }]);
        let spaced = diff_words("a  b", "a b");
        assert_eq!(joined(&spaced, DiffKind::Added), "a  b");
        assert_eq!(joined(&spaced, DiffKind::Removed), "a b");
    }

    #[test]
    fn diff_of_long_different_texts_is_bounded() {
        let a: String = (0..2000).map(|i| format!("a{i} ")).collect();
        let b: String = (0..2000).map(|i| format!("b{i} ")).collect();
        let parts = diff_words(&a, &b);
        assert_eq!(joined(&parts, DiffKind::Added), a);
        assert_eq!(joined(&parts, DiffKind::Removed), b);
    }

    fn word_list() -> impl Strategy<Value = Vec<String>> {
        proptest::collection::vec(
            proptest::sample::select(vec!["seal", "exam", "rate", "lane", "port", "the", "a"]),
            0..40,
        )
        .prop_map(|v| v.into_iter().map(String::from).collect())
    }

    proptest! {
        #[test]
        fn diff_reconstructs_both_texts(a in "[ a-c\n.]{0,60}", b in "[ a-c\n.]{0,60}") {
            let parts = diff_words(&a, &b);
            prop_assert_eq!(joined(&parts, DiffKind::Added), a);
            prop_assert_eq!(joined(&parts, DiffKind::Removed), b);
            prop_assert!(parts.windows(2).all(|w| w[0].kind != w[1].kind));
        }

        #[test]
        fn diff_reconstructs_word_edits(a in word_list(), b in word_list()) {
            let (a, b) = (a.join(" "), b.join(" "));
            let parts = diff_words(&a, &b);
            prop_assert_eq!(joined(&parts, DiffKind::Added), a);
            prop_assert_eq!(joined(&parts, DiffKind::Removed), b);
        }

        /// The estimate is within 0.2 of the exact Jaccard similarity (4.5 standard errors at worst).
        #[test]
        fn estimate_tracks_exact_jaccard(
            common in proptest::collection::btree_set(any::<u64>(), 0..150),
            only_a in proptest::collection::btree_set(any::<u64>(), 0..150),
            only_b in proptest::collection::btree_set(any::<u64>(), 0..150),
        ) {
            let mut a: Vec<u64> = common.iter().chain(&only_a).copied().collect();
            let mut b: Vec<u64> = common.iter().chain(&only_b).copied().collect();
            a.sort_unstable(); a.dedup(); b.sort_unstable(); b.dedup();
            prop_assume!(!a.is_empty() && !b.is_empty());
            let exact = exact_jaccard(&a, &b);
            let estimate = Signature::from_shingles(&a).jaccard_estimate(&Signature::from_shingles(&b));
            prop_assert!((exact - estimate).abs() <= 0.2, "exact {exact:.3}, estimate {estimate:.3}");
        }

        /// The same on texts: shingles of random word sequences.
        #[test]
        fn estimate_tracks_exact_jaccard_of_texts(a in word_list(), b in word_list()) {
            let (a, b) = (a.join(" "), b.join(" "));
            let (sa, sb) = (shingles(&a), shingles(&b));
            prop_assume!(!sa.is_empty() && !sb.is_empty());
            let estimate = Signature::of_text(&a).jaccard_estimate(&Signature::of_text(&b));
            prop_assert!((exact_jaccard(&sa, &sb) - estimate).abs() <= 0.2);
        }
    }
}
