//! Tracking numbers: what a submitter writes down, reads aloud and types back in.
//!
//! `CTPAT-7K3M-9QXD-2R4T`: twelve symbols of Crockford's base 32 carry 60 random bits, so a
//! number cannot be guessed, and the alphabet has no I, L, O or U, so it survives being read
//! over the phone. Parsing forgives what people do: lower case, spaces, missing dashes, and the
//! letters O, I and L typed for the digits 0 and 1.

use std::fmt;

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const PREFIX: &str = "CTPAT";
const SYMBOLS: usize = 12;

#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TrackingNumber(String);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InvalidTrackingNumber;

impl TrackingNumber {
    /// Random bits in every number.
    pub const RANDOM_BITS: u32 = 60;

    /// Builds a number from 8 bytes of a CSPRNG; the low 60 bits are used.
    pub fn from_random(bytes: [u8; 8]) -> TrackingNumber {
        let mut n = u64::from_le_bytes(bytes);
        let mut symbols = [0u8; SYMBOLS];
        for s in symbols.iter_mut().rev() {
            *s = ALPHABET[(n & 31) as usize];
            n >>= 5;
        }
        let s = std::str::from_utf8(&symbols).expect("ASCII alphabet");
        TrackingNumber(format!("{PREFIX}-{}-{}-{}", &s[0..4], &s[4..8], &s[8..12]))
    }

    pub fn parse(input: &str) -> Result<TrackingNumber, InvalidTrackingNumber> {
        let mut compact: String =
            input.chars().filter(|c| !c.is_whitespace() && *c != '-').map(|c| c.to_ascii_uppercase()).collect();
        if compact.len() == PREFIX.len() + SYMBOLS && compact.starts_with(PREFIX) {
            compact.drain(..PREFIX.len());
        }
        if compact.chars().count() != SYMBOLS {
            return Err(InvalidTrackingNumber);
        }
        let mut symbols = String::with_capacity(SYMBOLS);
        for c in compact.chars() {
            let c = match c {
                'O' => '0',
                'I' | 'L' => '1',
                c if c.is_ascii() && ALPHABET.contains(&(c as u8)) => c,
                _ => return Err(InvalidTrackingNumber),
            };
            symbols.push(c);
        }
        Ok(TrackingNumber(format!("{PREFIX}-{}-{}-{}", &symbols[0..4], &symbols[4..8], &symbols[8..12])))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for TrackingNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn format_is_grouped_crockford() {
        assert_eq!(TrackingNumber::from_random([0; 8]).as_str(), "CTPAT-0000-0000-0000");
        assert_eq!(TrackingNumber::from_random([0xff; 8]).as_str(), "CTPAT-ZZZZ-ZZZZ-ZZZZ");
        // Only the low 60 bits count: the top nibble is not part of the number.
        assert_eq!(
            TrackingNumber::from_random(0x0fff_ffff_ffff_ffffu64.to_le_bytes()).as_str(),
            "CTPAT-ZZZZ-ZZZZ-ZZZZ"
        );
    }

    #[test]
    fn parsing_forgives_how_people_type() {
        let canonical = "CTPAT-7K3M-9QXD-2R4T";
        for typed in
            ["CTPAT-7K3M-9QXD-2R4T", "ctpat-7k3m-9qxd-2r4t", " 7K3M 9QXD 2R4T ", "7k3m9qxd2r4t", "CTPAT7K3M9QXD2R4T"]
        {
            assert_eq!(TrackingNumber::parse(typed).unwrap().as_str(), canonical, "{typed}");
        }
        assert_eq!(TrackingNumber::parse("CTPAT-O1IL-0000-0000").unwrap().as_str(), "CTPAT-0111-0000-0000");
        for bad in [
            "",
            "CTPAT",
            "CTPAT-7K3M-9QXD-2R4",
            "CTPAT-7K3M-9QXD-2R4TT",
            "CTPAT-7K3M-9QXD-2R4U",
            "CTPAT-7K3M-9QXD-2R4é",
            "<script>",
        ] {
            assert_eq!(TrackingNumber::parse(bad), Err(InvalidTrackingNumber), "{bad}");
        }
    }

    proptest! {
        #[test]
        fn every_generated_number_parses_to_itself(bytes in any::<[u8; 8]>()) {
            let n = TrackingNumber::from_random(bytes);
            prop_assert_eq!(TrackingNumber::parse(n.as_str()), Ok(n.clone()));
            prop_assert_eq!(TrackingNumber::parse(&n.as_str().to_lowercase()), Ok(n));
        }

        #[test]
        fn distinct_60_bit_values_give_distinct_numbers(a in 0u64..1 << 60, b in 0u64..1 << 60) {
            prop_assume!(a != b);
            prop_assert_ne!(TrackingNumber::from_random(a.to_le_bytes()), TrackingNumber::from_random(b.to_le_bytes()));
        }
    }
}
