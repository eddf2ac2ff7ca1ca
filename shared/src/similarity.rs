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

/// Words per shingle. Chosen by experiment on the generated campaigns (`xtask/src/campaigns.rs`,
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

// ---------------------------------------------------------------------------------------------
// Normalisation

/// Whole lines (after folding) that open the closing block of a letter. Everything from such a
/// line on is dropped when it comes near the end of the text.
const CLOSINGS: &[&str] = &[
    "sincerely",
    "yours sincerely",
    "sincerely yours",
    "yours truly",
    "yours faithfully",
    "regards",
    "best regards",
    "kind regards",
    "warm regards",
    "warmest regards",
    "with regards",
    "best",
    "all the best",
    "respectfully",
    "respectfully submitted",
    "respectfully yours",
    "thank you",
    "thanks",
    "many thanks",
    "thank you for your consideration",
    "thank you for your attention",
    "cordially",
    "atentamente",
    "muy atentamente",
    "saludos",
    "saludos cordiales",
    "un saludo",
    "un cordial saludo",
    "cordialmente",
    "sinceramente",
    "gracias",
    "cordialement",
    "bien cordialement",
    "salutations",
    "sinceres salutations",
    "meilleures salutations",
    "merci",
    "respectueusement",
];

/// First words of a greeting line ("Dear CTPAT team,").
const GREETINGS: &[&str] = &[
    "dear",
    "to whom it may concern",
    "hello",
    "hi",
    "greetings",
    "good morning",
    "good afternoon",
    "attn",
    "attention",
    "to the",
    "estimado",
    "estimada",
    "estimados",
    "estimadas",
    "senor",
    "senora",
    "senores",
    "a quien corresponda",
    "hola",
    "buenos dias",
    "buenas tardes",
    "bonjour",
    "madame",
    "monsieur",
    "mesdames",
    "cher",
    "chere",
    "chers",
];

/// A closing block may hold the closing line plus this many lines (name, title, company, ...).
const MAX_SIGNATURE_LINES: usize = 6;
/// A greeting line has at most this many words.
const MAX_GREETING_WORDS: usize = 10;

/// Lower case without accents, one character at a time; `None` for anything that separates words.
fn fold(c: char, out: &mut String) -> bool {
    for l in c.to_lowercase() {
        let base = match l {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
            'ç' | 'ć' | 'č' => 'c',
            'ď' | 'đ' => 'd',
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
            'ğ' => 'g',
            'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => 'i',
            'ł' => 'l',
            'ñ' | 'ń' | 'ň' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
            'ř' => 'r',
            'ś' | 'š' | 'ş' => 's',
            'ť' | 'ţ' => 't',
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => 'u',
            'ý' | 'ÿ' => 'y',
            'ź' | 'ż' | 'ž' => 'z',
            'ß' => {
                out.push_str("ss");
                continue;
            }
            'æ' => {
                out.push_str("ae");
                continue;
            }
            'œ' => {
                out.push_str("oe");
                continue;
            }
            l if l.is_alphanumeric() => l,
            _ => return false,
        };
        out.push(base);
    }
    true
}

/// The words of a piece of text: lower case, accents and punctuation folded away.
pub fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    for c in text.chars() {
        if !fold(c, &mut word) && !word.is_empty() {
            out.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

fn starts_with_phrase(line: &[String], phrase: &str) -> bool {
    let phrase: Vec<&str> = phrase.split(' ').collect();
    line.len() >= phrase.len() && line.iter().zip(&phrase).all(|(w, p)| w == p)
}

/// The part of a letter worth comparing: without a greeting line at the top and without the
/// closing block ("Sincerely," and the name, title and company under it, or a "--" signature).
///
/// Heuristic and conservative: a closing counts only when it stands on its own line (possibly
/// followed by a name on the same line) with at most [`MAX_SIGNATURE_LINES`] lines after it, and
/// never removes the whole text.
pub fn content(text: &str) -> &str {
    let lines: Vec<(usize, &str)> = text
        .split_inclusive('\n')
        .scan(0, |at, line| {
            let start = *at;
            *at += line.len();
            Some((start, line))
        })
        .collect();
    let nonempty: Vec<usize> = (0..lines.len()).filter(|&i| !words(lines[i].1).is_empty()).collect();
    if nonempty.len() < 2 {
        return text;
    }
    let mut start = 0;
    let first = nonempty[0];
    let first_words = words(lines[first].1);
    if first_words.len() <= MAX_GREETING_WORDS && GREETINGS.iter().any(|g| starts_with_phrase(&first_words, g)) {
        start = lines[first].0 + lines[first].1.len();
    }
    let mut end = text.len();
    // The earliest qualifying line among the last few, so "Thanks," above "Best regards," goes too.
    let tail = nonempty[nonempty.len().saturating_sub(MAX_SIGNATURE_LINES + 1)].max(first + 1);
    for &(at, line) in &lines[tail..] {
        let line = line.trim();
        let w = words(line);
        let closing = CLOSINGS.iter().any(|c| starts_with_phrase(&w, c) && w.len() <= c.split(' ').count() + 4);
        let dashes = line.starts_with("--") || line.starts_with('—') || line.starts_with('–');
        if closing || dashes {
            end = at;
            break;
        }
    }
    if end <= start || words(&text[start..end]).is_empty() {
        return text;
    }
    &text[start..end]
}

/// The comparable content of a text as sentences of folded words (see [`content`]).
pub fn sentences(text: &str) -> Vec<Vec<String>> {
    content(text).split(['.', '!', '?', ';', '\n', '¿', '¡', '。']).map(words).filter(|s| !s.is_empty()).collect()
}

// ---------------------------------------------------------------------------------------------
// Hashing

/// FNV-1a, 64 bits: a fixed, platform-independent hash of a word's bytes.
fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// The SplitMix64 finaliser: a bijection of u64 with good avalanche, used to derive the MinHash
/// functions and to combine hashes.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// The shingles of a text: hashes of each run of [`SHINGLE_WORDS`] words inside a sentence (a
/// shorter sentence is one shingle), sorted and without repeats.
pub fn shingles(text: &str) -> Vec<u64> {
    let mut out = Vec::new();
    for sentence in sentences(text) {
        let hashes: Vec<u64> = sentence.iter().map(|w| fnv1a(w.as_bytes())).collect();
        for window in hashes.windows(SHINGLE_WORDS.min(hashes.len())) {
            let h = window.iter().fold(0x5348_494e_474c_4500_u64, |acc, &w| mix(acc.rotate_left(17) ^ w));
            out.push(h);
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// |A ∩ B| / |A ∪ B| of two sorted, repeat-free shingle lists (1 when both are empty).
pub fn exact_jaccard(a: &[u64], b: &[u64]) -> f64 {
    let (mut i, mut j, mut both) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                both += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let union = a.len() + b.len() - both;
    if union == 0 {
        1.0
    } else {
        both as f64 / union as f64
    }
}

// ---------------------------------------------------------------------------------------------
// MinHash signatures

/// The seed of the i-th MinHash function: a fixed sequence, part of the stored format.
fn seed(i: usize) -> u64 {
    mix(0x9E37_79B9_7F4A_7C15_u64.wrapping_mul(i as u64 + 1))
}

/// A MinHash signature: for each of [`SIGNATURE_LEN`] hash functions, the top 32 bits of the
/// smallest hash over the text's shingles. 32 bits suffice: two different minima agree by chance
/// with probability 2^-32. Stored and sent as 683 characters of unpadded base64url.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Signature([u32; SIGNATURE_LEN]);

/// The value of every slot of a text with no words (no shingle ever produces all of them).
const EMPTY_SLOT: u32 = u32::MAX;

impl Signature {
    /// The signature of a set of shingle hashes.
    pub fn from_shingles(shingles: &[u64]) -> Signature {
        let seeds: [u64; SIGNATURE_LEN] = std::array::from_fn(seed);
        let mut mins = [u64::MAX; SIGNATURE_LEN];
        for &s in shingles {
            for (m, seed) in mins.iter_mut().zip(seeds) {
                let h = mix(s ^ seed);
                if h < *m {
                    *m = h;
                }
            }
        }
        Signature(mins.map(|m| (m >> 32) as u32))
    }

    /// The signature of a feedback text (see [`shingles`]).
    pub fn of_text(text: &str) -> Signature {
        Signature::from_shingles(&shingles(text))
    }

    /// A text without words (only punctuation, say): never anyone's near-duplicate.
    pub fn is_empty(&self) -> bool {
        self.0.iter().all(|&v| v == EMPTY_SLOT)
    }

    /// The estimated Jaccard similarity of the two shingle sets: the share of agreeing slots.
    pub fn jaccard_estimate(&self, other: &Signature) -> f64 {
        if self.is_empty() || other.is_empty() {
            return 0.0;
        }
        let same = self.0.iter().zip(&other.0).filter(|(a, b)| a == b).count();
        same as f64 / SIGNATURE_LEN as f64
    }

    pub fn values(&self) -> &[u32; SIGNATURE_LEN] {
        &self.0
    }

    /// Unpadded base64url of the values, little-endian: the stored form.
    pub fn to_base64(&self) -> String {
        let bytes: Vec<u8> = self.0.iter().flat_map(|v| v.to_le_bytes()).collect();
        base64_encode(&bytes)
    }

    /// The inverse of [`Signature::to_base64`]; `None` for anything else.
    pub fn from_base64(text: &str) -> Option<Signature> {
        let bytes = base64_decode(text)?;
        if bytes.len() != SIGNATURE_LEN * 4 {
            return None;
        }
        let mut values = [0u32; SIGNATURE_LEN];
        for (v, chunk) in values.iter_mut().zip(bytes.chunks_exact(4)) {
            *v = u32::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3]]);
        }
        Some(Signature(values))
    }
}

impl fmt::Debug for Signature {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Signature({}…)", &self.to_base64()[..12])
    }
}

impl Serialize for Signature {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_base64())
    }
}

impl<'de> Deserialize<'de> for Signature {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Signature, D::Error> {
        let text = String::deserialize(d)?;
        Signature::from_base64(&text).ok_or_else(|| de::Error::custom("not a similarity signature"))
    }
}

const BASE64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn base64_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = (chunk[0] as u32) << 16
            | (chunk.get(1).copied().unwrap_or(0) as u32) << 8
            | chunk.get(2).copied().unwrap_or(0) as u32;
        for i in 0..=chunk.len() {
            out.push(BASE64[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

fn base64_decode(text: &str) -> Option<Vec<u8>> {
    if text.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    for chunk in text.as_bytes().chunks(4) {
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            let v = BASE64.iter().position(|&b| b == c)? as u32;
            n |= v << (18 - 6 * i);
        }
        let bytes = n.to_be_bytes();
        out.extend_from_slice(&bytes[1..chunk.len()]);
    }
    Some(out)
}

// ---------------------------------------------------------------------------------------------
// Locality-sensitive hashing

/// Bits of a band key taken by the band's hash; the band index goes above them. Keys stay below
/// 2^52, so they survive a JavaScript number (D1 bindings) and an SQLite INTEGER unchanged. Two
/// different bands collide by chance with probability 2^-47 — harmless, as a false candidate
/// is only compared, never accepted without the estimate.
const BAND_HASH_BITS: u32 = 47;

/// The [`BANDS`] LSH keys of a signature, band `b` in `b * 2^47 .. (b + 1) * 2^47`. Two texts are
/// candidates when they share any key. Empty for an empty signature.
pub fn bands(signature: &Signature) -> Vec<u64> {
    if signature.is_empty() {
        return Vec::new();
    }
    signature
        .0
        .chunks_exact(ROWS)
        .enumerate()
        .map(|(b, rows)| {
            let h = rows.iter().fold(mix(b as u64 + 1), |acc, &v| mix(acc ^ v as u64));
            ((b as u64) << BAND_HASH_BITS) | (h & ((1 << BAND_HASH_BITS) - 1))
        })
        .collect()
}

/// The decision, on signatures alone: is the estimated Jaccard similarity at least [`THRESHOLD`]?
pub fn is_near_duplicate(a: &Signature, b: &Signature) -> bool {
    a.jaccard_estimate(b) >= THRESHOLD
}

/// What to do with a new submission, given its candidates.
#[derive(Clone, Debug, PartialEq)]
pub struct Decision {
    /// The cluster it joins; `None` when it starts its own.
    pub cluster: Option<u64>,
    /// The most similar near-duplicate (document and estimate); on a tie the oldest.
    pub matched: Option<(u64, f64)>,
    /// Further clusters it is a near-duplicate of: they merge into `cluster`.
    pub merge: Vec<u64>,
}

/// The decision on signatures alone, given the candidates (document id, its cluster id, its
/// stored signature). Clusters are the connected parts of the near-duplicate relation found so
/// far: a submission joins every cluster it is a near-duplicate of, so when it bridges two
/// clusters (two groups of copies started apart before a copy in between arrived) they merge.
/// The surviving cluster is the oldest, so ids must grow with arrival (the cluster id is the id of
/// its first member, the representative).
pub fn decide<'a>(signature: &Signature, candidates: impl IntoIterator<Item = (u64, u64, &'a Signature)>) -> Decision {
    let mut matched: Option<(u64, f64)> = None;
    let mut clusters: Vec<u64> = Vec::new();
    for (doc, cluster, other) in candidates {
        let estimate = signature.jaccard_estimate(other);
        if estimate < THRESHOLD {
            continue;
        }
        clusters.push(cluster);
        if matched.is_none_or(|(d, e)| estimate > e || (estimate == e && doc < d)) {
            matched = Some((doc, estimate));
        }
    }
    clusters.sort_unstable();
    clusters.dedup();
    let cluster = clusters.first().copied();
    let merge = clusters.into_iter().skip(1).collect();
    Decision { cluster, matched, merge }
}

/// One row of the band index: band key, the submission it came from and that submission's cluster.
/// The worker keeps these rows in D1, indexed by key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BandRow {
    pub key: u64,
    pub doc: u64,
    pub cluster: u64,
}

/// Which of a submission's candidates to compare, given the index rows sharing one of its keys:
/// distinct documents, those sharing the most bands first (then the oldest), at most
/// [`MAX_CANDIDATES`].
pub fn rank_candidates(hits: &[BandRow]) -> Vec<u64> {
    let mut counts: HashMap<u64, usize> = HashMap::new();
    for row in hits {
        *counts.entry(row.doc).or_default() += 1;
    }
    let mut docs: Vec<(u64, usize)> = counts.into_iter().collect();
    docs.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    docs.into_iter().take(MAX_CANDIDATES).map(|(d, _)| d).collect()
}

/// The keys a submission placed in `cluster` adds to the index, given all the rows its keys
/// returned: those no row of that cluster holds yet, in buckets not yet full.
///
/// One row per cluster: a bucket keeps one row for a campaign however large it grows, while the
/// cluster still gains every band value its members bring, which is what lets heavily edited
/// copies find it. The cap ([`BUCKET_CAP`]): keys made of phrases common to much unrelated
/// feedback would otherwise collect rows in proportion to the database, and so would the rows
/// read per submission.
pub fn keys_to_insert(keys: &[u64], hits: &[BandRow], cluster: u64) -> Vec<u64> {
    keys.iter()
        .copied()
        .filter(|&k| {
            let mut rows = hits.iter().filter(|r| r.key == k);
            rows.clone().count() < BUCKET_CAP && !rows.any(|r| r.cluster == cluster)
        })
        .collect()
}

/// Where [`ClusterIndex::add`] put a document.
#[derive(Clone, Debug, PartialEq)]
pub struct Placement {
    pub doc: usize,
    /// The cluster's id: the index of its first member, its representative.
    pub cluster: usize,
    /// The earlier document it matched best, and the estimate; `None` when it starts a cluster.
    pub matched: Option<(usize, f64)>,
    /// Clusters merged into `cluster` because this document bridges them.
    pub merged: Vec<usize>,
    /// Index rows read (the cost of the lookup).
    pub rows_read: usize,
    /// Signatures compared (the cost of the decision).
    pub compared: usize,
}

/// Online clustering in arrival order, in memory, with the worker's procedure: look the band
/// keys up (all rows of each key: at most [`BUCKET_CAP`]), compare the signatures of the
/// [`rank_candidates`], [`decide`], then insert the keys [`keys_to_insert`] returns. Merged
/// clusters are relabelled lazily (union-find), where the worker would update the rows of the
/// (rarely merged, usually small) younger cluster.
#[derive(Default)]
pub struct ClusterIndex {
    buckets: HashMap<u64, Vec<(usize, usize)>>,
    signatures: Vec<Signature>,
    /// The cluster each document joined when it arrived (may have merged since).
    joined: Vec<usize>,
    /// Union-find over cluster ids: `merged_into[c] == c` for a live cluster.
    merged_into: Vec<usize>,
}

impl ClusterIndex {
    pub fn new() -> ClusterIndex {
        ClusterIndex::default()
    }

    fn find(&self, mut cluster: usize) -> usize {
        while self.merged_into[cluster] != cluster {
            cluster = self.merged_into[cluster];
        }
        cluster
    }

    pub fn add(&mut self, signature: Signature) -> Placement {
        let doc = self.signatures.len();
        let keys = bands(&signature);
        let mut hits: Vec<BandRow> = Vec::new();
        for &key in &keys {
            for &(d, c) in self.buckets.get(&key).into_iter().flatten() {
                hits.push(BandRow { key, doc: d as u64, cluster: self.find(c) as u64 });
            }
        }
        let candidates = rank_candidates(&hits);
        let decision = decide(
            &signature,
            candidates.iter().map(|&d| (d, self.find(self.joined[d as usize]) as u64, &self.signatures[d as usize])),
        );
        let cluster = decision.cluster.map_or(doc, |c| c as usize);
        self.merged_into.push(doc);
        for &m in &decision.merge {
            self.merged_into[m as usize] = cluster;
        }
        for key in keys_to_insert(&keys, &hits, cluster as u64) {
            self.buckets.entry(key).or_default().push((doc, cluster));
        }
        self.signatures.push(signature);
        self.joined.push(cluster);
        Placement {
            doc,
            cluster,
            matched: decision.matched.map(|(d, e)| (d as usize, e)),
            merged: decision.merge.iter().map(|&m| m as usize).collect(),
            rows_read: hits.len(),
            compared: candidates.len(),
        }
    }

    /// The current cluster of each document added so far, in arrival order.
    pub fn clusters(&self) -> Vec<usize> {
        self.joined.iter().map(|&c| self.find(c)).collect()
    }

    /// Rows the band index holds.
    pub fn rows(&self) -> usize {
        self.buckets.values().map(Vec::len).sum()
    }
}

/// Clusters texts given in arrival order; the cluster of each, named by its first member's index.
pub fn cluster_texts<S: AsRef<str>>(texts: &[S]) -> Vec<usize> {
    let mut index = ClusterIndex::new();
    for text in texts {
        index.add(Signature::of_text(text.as_ref()));
    }
    index.clusters()
}

// ---------------------------------------------------------------------------------------------
// Word diff for the cluster view

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DiffKind {
    /// In both texts.
    Same,
    /// Only in the member.
    Added,
    /// Only in the representative.
    Removed,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiffPart {
    pub kind: DiffKind,
    pub text: String,
}

/// Largest LCS table (cells) computed; beyond it the differing middle is shown as one removal and
/// one addition. 2^21 cells of u16 is 4 MiB, enough for two 5,000-character texts that differ
/// throughout (about 900 words each).
const MAX_DIFF_CELLS: usize = 1 << 21;

/// A word and the whitespace after it (the first token may have an empty word and hold the
/// text's leading whitespace).
fn diff_tokens(text: &str) -> Vec<(&str, &str)> {
    let mut out = Vec::new();
    let lead = text.len() - text.trim_start().len();
    if lead > 0 {
        out.push(("", &text[..lead]));
    }
    let mut rest = &text[lead..];
    while !rest.is_empty() {
        let word_end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let after = &rest[word_end..];
        let ws_end = word_end + (after.len() - after.trim_start().len());
        out.push((&rest[..word_end], &rest[word_end..ws_end]));
        rest = &rest[ws_end..];
    }
    out
}

/// How `member` differs from `representative`, word by word (a longest common subsequence of
/// words): the `Same` and `Removed` parts concatenate to the representative, the `Same` and
/// `Added` parts to the member. Words compare exactly (case and punctuation count: the view
/// shows what was typed); a change of spacing only shows as a whitespace change.
pub fn diff_words(representative: &str, member: &str) -> Vec<DiffPart> {
    let a = diff_tokens(representative);
    let b = diff_tokens(member);
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x.0 == y.0).count();
    let suffix = a[prefix..].iter().rev().zip(b[prefix..].iter().rev()).take_while(|(x, y)| x.0 == y.0).count();
    let (am, bm) = (&a[prefix..a.len() - suffix], &b[prefix..b.len() - suffix]);

    let mut out: Vec<DiffPart> = Vec::new();
    let mut push = |kind: DiffKind, text: &str| {
        if text.is_empty() {
            return;
        }
        match out.last_mut() {
            Some(last) if last.kind == kind => last.text.push_str(text),
            _ => out.push(DiffPart { kind, text: text.to_owned() }),
        }
    };
    let same = |push: &mut dyn FnMut(DiffKind, &str), x: (&str, &str), y: (&str, &str)| {
        push(DiffKind::Same, x.0);
        if x.1 == y.1 {
            push(DiffKind::Same, x.1);
        } else {
            push(DiffKind::Removed, x.1);
            push(DiffKind::Added, y.1);
        }
    };

    for i in 0..prefix {
        same(&mut push, a[i], b[i]);
    }
    if (am.len() + 1) * (bm.len() + 1) > MAX_DIFF_CELLS {
        am.iter().for_each(|t| {
            push(DiffKind::Removed, t.0);
            push(DiffKind::Removed, t.1)
        });
        bm.iter().for_each(|t| {
            push(DiffKind::Added, t.0);
            push(DiffKind::Added, t.1)
        });
    } else {
        // lcs[i][j]: LCS length of am[i..] and bm[j..]; u16 as texts are at most 5,000 characters
        // (and the table size bounds the lengths anyway).
        let w = bm.len() + 1;
        let mut lcs = vec![0u16; (am.len() + 1) * w];
        for i in (0..am.len()).rev() {
            for j in (0..bm.len()).rev() {
                lcs[i * w + j] = if am[i].0 == bm[j].0 {
                    lcs[(i + 1) * w + j + 1] + 1
                } else {
                    lcs[(i + 1) * w + j].max(lcs[i * w + j + 1])
                };
            }
        }
        let (mut i, mut j) = (0, 0);
        // Within a changed stretch, removals come before additions.
        let mut added: Vec<(&str, &str)> = Vec::new();
        while i < am.len() || j < bm.len() {
            if i < am.len() && j < bm.len() && am[i].0 == bm[j].0 {
                for t in added.drain(..) {
                    push(DiffKind::Added, t.0);
                    push(DiffKind::Added, t.1);
                }
                same(&mut push, am[i], bm[j]);
                i += 1;
                j += 1;
            } else if j < bm.len() && (i == am.len() || lcs[i * w + j + 1] >= lcs[(i + 1) * w + j]) {
                added.push(bm[j]);
                j += 1;
            } else {
                push(DiffKind::Removed, am[i].0);
                push(DiffKind::Removed, am[i].1);
                i += 1;
            }
        }
        for t in added.drain(..) {
            push(DiffKind::Added, t.0);
            push(DiffKind::Added, t.1);
        }
    }
    for k in 0..suffix {
        same(&mut push, a[a.len() - suffix + k], b[b.len() - suffix + k]);
    }
    out
}

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
