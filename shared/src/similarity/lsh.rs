//! Locality-sensitive hashing: band keys, candidates, the decision, and the in-memory index.

use super::*;

/// Bits of a band key taken by the band's hash; the band index goes above them. Keys stay below
/// 2^52, so they survive a JavaScript number (D1 bindings) and an SQLite INTEGER unchanged. Two
/// different bands collide by chance with probability 2^-47 — harmless, as a false candidate
/// is only compared, never accepted without the estimate.
pub(super) const BAND_HASH_BITS: u32 = 47;

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

/// Where [`ClusterIndex::place`] put a document, and what the index gained.
#[derive(Clone, Debug, PartialEq)]
pub struct Placement {
    pub doc: u64,
    /// The cluster's id: the id of its first member, its representative (`doc` itself when the
    /// document starts a cluster).
    pub cluster: u64,
    /// The earlier document it matched best, and the estimate; `None` when it starts a cluster.
    pub matched: Option<(u64, f64)>,
    /// Clusters merged into `cluster` because this document bridges them.
    pub merged: Vec<u64>,
    /// The band keys added to the index for this document ([`keys_to_insert`]).
    pub keys: Vec<u64>,
    /// Index rows read (the cost of the lookup).
    pub rows_read: usize,
    /// Signatures compared (the cost of the decision).
    pub compared: usize,
}

impl Placement {
    pub fn starts_cluster(&self) -> bool {
        self.cluster == self.doc
    }
}

/// Online clustering in arrival order, in memory, with the worker's procedure: look the band
/// keys up (all rows of each key: at most [`BUCKET_CAP`]), compare the signatures of the
/// [`rank_candidates`], [`decide`], then insert the keys [`keys_to_insert`] returns. Merged
/// clusters are relabelled lazily (union-find), where D1 rewrites the rows of the (rarely
/// merged, usually small) younger cluster.
///
/// The queue consumer places a whole batch of new submissions with it: it seeds the index with
/// what D1 holds for the batch's keys ([`ClusterIndex::seed_rows`], [`ClusterIndex::seed_document`]),
/// then places each in arrival order, so a copy placed second in a batch finds the first, exactly
/// as if they had arrived one by one. The bench and the demo data start from an empty index.
#[derive(Default)]
pub struct ClusterIndex {
    buckets: HashMap<u64, Vec<(u64, u64)>>,
    /// Each known document's cluster when it was placed (may have merged since) and signature.
    documents: HashMap<u64, (u64, Signature)>,
    /// Documents placed here, in arrival order.
    placed: Vec<u64>,
    /// Union-find over cluster ids: a cluster absent from the map is live.
    merged_into: HashMap<u64, u64>,
}

impl ClusterIndex {
    pub fn new() -> ClusterIndex {
        ClusterIndex::default()
    }

    fn find(&self, mut cluster: u64) -> u64 {
        while let Some(&into) = self.merged_into.get(&cluster) {
            cluster = into;
        }
        cluster
    }

    /// Band rows already stored (D1's `lsh_bands` rows for the keys about to be looked up).
    pub fn seed_rows(&mut self, rows: impl IntoIterator<Item = BandRow>) {
        for r in rows {
            self.buckets.entry(r.key).or_default().push((r.doc, r.cluster));
        }
    }

    /// A stored document that may be compared: its current cluster and signature.
    pub fn seed_document(&mut self, doc: u64, cluster: u64, signature: Signature) {
        self.documents.insert(doc, (cluster, signature));
    }

    /// The rows the index holds for a signature's keys.
    pub fn hits(&self, signature: &Signature) -> Vec<BandRow> {
        let mut hits = Vec::new();
        for key in bands(signature) {
            for &(d, c) in self.buckets.get(&key).into_iter().flatten() {
                hits.push(BandRow { key, doc: d, cluster: self.find(c) });
            }
        }
        hits
    }

    /// Places a document; ids must grow with arrival (the oldest cluster survives a merge).
    pub fn place(&mut self, doc: u64, signature: Signature) -> Placement {
        let keys = bands(&signature);
        let hits = self.hits(&signature);
        let candidates = rank_candidates(&hits);
        let decision = decide(
            &signature,
            candidates.iter().filter_map(|d| self.documents.get(d).map(|(c, s)| (*d, self.find(*c), s))),
        );
        let cluster = decision.cluster.unwrap_or(doc);
        for &m in &decision.merge {
            self.merged_into.insert(m, cluster);
        }
        let added = keys_to_insert(&keys, &hits, cluster);
        for &key in &added {
            self.buckets.entry(key).or_default().push((doc, cluster));
        }
        self.documents.insert(doc, (cluster, signature));
        self.placed.push(doc);
        Placement {
            doc,
            cluster,
            matched: decision.matched,
            merged: decision.merge,
            keys: added,
            rows_read: hits.len(),
            compared: candidates.len(),
        }
    }

    /// Places the next document of an index that numbers documents 0, 1, 2… in arrival order.
    pub fn add(&mut self, signature: Signature) -> Placement {
        let doc = self.placed.len() as u64;
        self.place(doc, signature)
    }

    /// The current cluster of each document placed so far, in arrival order.
    pub fn clusters(&self) -> Vec<usize> {
        self.placed.iter().map(|d| self.find(self.documents[d].0) as usize).collect()
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
