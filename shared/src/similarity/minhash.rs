//! Shingles and their MinHash signatures, with the deterministic hashes they rest on.

use super::*;

/// FNV-1a, 64 bits: a fixed, platform-independent hash of a word's bytes.
pub(super) fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// The SplitMix64 finaliser: a bijection of u64 with good avalanche, used to derive the MinHash
/// functions and to combine hashes.
pub(super) fn mix(mut z: u64) -> u64 {
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
pub(super) fn seed(i: usize) -> u64 {
    mix(0x9E37_79B9_7F4A_7C15_u64.wrapping_mul(i as u64 + 1))
}

/// A MinHash signature: for each of [`SIGNATURE_LEN`] hash functions, the top 32 bits of the
/// smallest hash over the text's shingles. 32 bits suffice: two different minima agree by chance
/// with probability 2^-32. Stored and sent as 683 characters of unpadded base64url.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Signature(pub(super) [u32; SIGNATURE_LEN]);

/// The value of every slot of a text with no words (no shingle ever produces all of them).
pub(super) const EMPTY_SLOT: u32 = u32::MAX;

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

pub(super) fn base64_encode(bytes: &[u8]) -> String {
    data_encoding::BASE64URL_NOPAD.encode(bytes)
}

pub(super) fn base64_decode(text: &str) -> Option<Vec<u8>> {
    data_encoding::BASE64URL_NOPAD.decode(text.as_bytes()).ok()
}
