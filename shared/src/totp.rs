//! Time-based one-time passwords (RFC 6238, over HOTP, RFC 4226) for the reviewers' second
//! factor, and their recovery codes.
//!
//! The parameters are the ones every authenticator app understands without being told:
//! HMAC-SHA-1, 6 digits, 30-second steps. The secret is 160 bits (RFC 4226 §4 recommends it),
//! written in base32 for the QR code and for typing in. Codes from one step either side of
//! now are accepted (a phone's clock drifts; RFC 6238 §5.2), and never one at or before the
//! last step used (replay).
//!
//! The crypto sits behind the `totp` feature (worker, tests); parsing what a person typed is
//! always available, so the browser applies the same rule.

/// Seconds per step.
pub const STEP_SECONDS: u64 = 30;
/// Digits per code.
pub const DIGITS: usize = 6;
/// Bytes of secret (160 bits).
pub const SECRET_BYTES: usize = 20;
/// Steps accepted either side of the current one.
pub const DRIFT_STEPS: u64 = 1;
/// Characters of a recovery code, without its dash.
pub const RECOVERY_CODE_CHARS: usize = 10;

/// RFC 4648's base32 alphabet: what a recovery code may contain.
const BASE32: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/// RFC 4648 base32, upper case, no padding.
pub fn encode_base32(bytes: &[u8]) -> String {
    data_encoding::BASE32_NOPAD.encode(bytes)
}

/// Base32 as people copy it: any case, spaces, dashes and `=` padding ignored.
pub fn decode_base32(text: &str) -> Option<Vec<u8>> {
    let mut spec = data_encoding::Specification::new();
    spec.symbols.push_str(std::str::from_utf8(BASE32).expect("ASCII"));
    spec.translate.from.push_str("abcdefghijklmnopqrstuvwxyz");
    spec.translate.to.push_str("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    spec.ignore.push_str(" -=");
    spec.check_trailing_bits = false;
    spec.encoding().expect("a valid base32 specification").decode(text.as_bytes()).ok()
}

/// What a person typed in the code field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Code {
    /// Six digits from the authenticator.
    Totp(String),
    /// A recovery code, normalised (lower case, no separators).
    Recovery(String),
}

impl Code {
    /// Spaces and dashes are ignored (apps show `123 456`; recovery codes print as `abcde-fghij`).
    pub fn parse(typed: &str) -> Option<Code> {
        let compact: String = typed.chars().filter(|c| !c.is_whitespace() && *c != '-').collect();
        if compact.len() == DIGITS && compact.bytes().all(|b| b.is_ascii_digit()) {
            return Some(Code::Totp(compact));
        }
        let lower = compact.to_ascii_lowercase();
        let alphabet = |b: u8| BASE32.contains(&b.to_ascii_uppercase());
        (lower.len() == RECOVERY_CODE_CHARS && lower.bytes().all(alphabet)).then_some(Code::Recovery(lower))
    }
}

/// Recovery codes from random bytes (`RECOVERY_CODE_CHARS * 5 / 8` bytes each, 50 bits), as
/// shown: `abcde-fghij`.
pub fn recovery_code(random: &[u8; 7]) -> String {
    let text = encode_base32(random).to_ascii_lowercase();
    format!("{}-{}", &text[..5], &text[5..RECOVERY_CODE_CHARS])
}

/// The `otpauth://` URI apps read from the QR code (Google Authenticator's key URI format).
pub fn otpauth_uri(issuer: &str, account: &str, secret: &[u8]) -> String {
    let label = format!("{issuer}:{account}");
    format!(
        "otpauth://totp/{}?secret={}&issuer={}&algorithm=SHA1&digits={DIGITS}&period={STEP_SECONDS}",
        percent_encode(&label),
        encode_base32(secret),
        percent_encode(issuer)
    )
}

/// A label or issuer in the URI: unreserved characters and `@` (account emails read as typed).
fn percent_encode(text: &str) -> String {
    const LABEL: &percent_encoding::AsciiSet = &crate::url::COMPONENT.remove(b'@');
    percent_encoding::utf8_percent_encode(text, LABEL).to_string()
}

/// The step a Unix time falls in.
pub fn step_at(unix_seconds: u64) -> u64 {
    unix_seconds / STEP_SECONDS
}

#[cfg(feature = "totp")]
mod crypto {
    use hmac::{Hmac, Mac};
    use sha1::Sha1;

    use super::{step_at, DIGITS, DRIFT_STEPS};

    /// HOTP (RFC 4226 §5.3) with `digits` digits.
    pub fn hotp(secret: &[u8], counter: u64, digits: u32) -> String {
        let mut mac = Hmac::<Sha1>::new_from_slice(secret).expect("HMAC takes keys of any length");
        mac.update(&counter.to_be_bytes());
        let hash = mac.finalize().into_bytes();
        let offset = (hash[19] & 0x0f) as usize;
        let binary = u32::from_be_bytes([hash[offset] & 0x7f, hash[offset + 1], hash[offset + 2], hash[offset + 3]]);
        format!("{:0width$}", binary % 10u32.pow(digits), width = digits as usize)
    }

    /// The 6-digit code at a Unix time.
    pub fn code_at(secret: &[u8], unix_seconds: u64) -> String {
        hotp(secret, step_at(unix_seconds), DIGITS as u32)
    }

    /// The step whose code `code` is, within the drift window around `unix_seconds` and after
    /// `last_used` (a code is good once). Compares every candidate so the time taken does not
    /// say which step matched.
    pub fn verify(secret: &[u8], code: &str, unix_seconds: u64, last_used: Option<u64>) -> Option<u64> {
        let now = step_at(unix_seconds);
        let mut found = None;
        for step in now.saturating_sub(DRIFT_STEPS)..=now + DRIFT_STEPS {
            let candidate = hotp(secret, step, DIGITS as u32);
            let same = candidate.bytes().zip(code.bytes()).fold(0u8, |acc, (a, b)| acc | (a ^ b)) == 0
                && candidate.len() == code.len();
            if same && last_used.is_none_or(|last| step > last) {
                found = Some(step);
            }
        }
        found
    }
}

#[cfg(feature = "totp")]
pub use crypto::{code_at, hotp, verify};

/// Secrets at rest: AES-256-GCM under a key the database does not hold (the worker's `TOTP_KEY`
/// secret), with the account id as associated data, so a copy of the users table yields no
/// authenticator and a sealed secret moved to another account does not open.
#[cfg(feature = "totp")]
pub mod sealed {
    use aes_gcm::aead::{Aead, KeyInit, Payload};
    use aes_gcm::{Aes256Gcm, Key, Nonce};

    const PREFIX: &str = "v1:";

    /// Parses the key as configured: 64 hex digits (32 bytes).
    pub fn parse_key(hex: &str) -> Option<[u8; 32]> {
        let hex = hex.trim();
        if hex.len() != 64 {
            return None;
        }
        let mut key = [0u8; 32];
        for (i, byte) in key.iter_mut().enumerate() {
            *byte = u8::from_str_radix(hex.get(2 * i..2 * i + 2)?, 16).ok()?;
        }
        Some(key)
    }

    /// `v1:` and the hex of nonce and ciphertext. `nonce` must be random and never reused.
    pub fn seal(key: &[u8; 32], nonce: [u8; 12], account: i64, secret: &[u8]) -> String {
        let cipher = Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(key));
        let aad = account.to_be_bytes();
        let ciphertext = cipher
            .encrypt(Nonce::from_slice(&nonce), Payload { msg: secret, aad: &aad })
            .expect("AES-GCM encrypts any length we use");
        let sealed: Vec<u8> = nonce.iter().chain(&ciphertext).copied().collect();
        format!("{PREFIX}{}", data_encoding::HEXLOWER.encode(&sealed))
    }

    /// The secret, if `sealed` was made by `seal` with this key for this account.
    pub fn open(key: &[u8; 32], account: i64, sealed: &str) -> Option<Vec<u8>> {
        let hex = sealed.strip_prefix(PREFIX)?;
        let bytes = data_encoding::HEXLOWER_PERMISSIVE.decode(hex.as_bytes()).ok()?;
        if bytes.len() < 12 + 16 {
            return None;
        }
        let (nonce, ciphertext) = bytes.split_at(12);
        let cipher = Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(key));
        cipher.decrypt(Nonce::from_slice(nonce), Payload { msg: ciphertext, aad: &account.to_be_bytes() }).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base32_round_trips_and_matches_rfc_4648() {
        // RFC 4648 §10 test vectors (without padding).
        for (plain, encoded) in [("", ""), ("f", "MY"), ("fo", "MZXQ"), ("foo", "MZXW6"), ("foobar", "MZXW6YTBOI")] {
            assert_eq!(encode_base32(plain.as_bytes()), encoded);
            assert_eq!(decode_base32(encoded).unwrap(), plain.as_bytes());
        }
        assert_eq!(decode_base32("mzxw 6ytb-oi======").unwrap(), b"foobar");
        assert_eq!(decode_base32("MZXW1"), None, "1 is not base32");
    }

    #[test]
    fn codes_are_parsed_as_typed() {
        assert_eq!(Code::parse(" 123 456 "), Some(Code::Totp("123456".into())));
        assert_eq!(Code::parse("ABCDE-FGHIJ"), Some(Code::Recovery("abcdefghij".into())));
        assert_eq!(Code::parse("12345"), None);
        assert_eq!(Code::parse("1234567"), None);
        assert_eq!(Code::parse("abcde-fghi1"), None, "1 is not in the alphabet");
        assert_eq!(Code::parse(""), None);
    }

    #[test]
    fn recovery_codes_parse_back() {
        let shown = recovery_code(&[0xde, 0xad, 0xbe, 0xef, 0x01, 0x02, 0x03]);
        assert_eq!(shown.len(), RECOVERY_CODE_CHARS + 1);
        assert!(matches!(Code::parse(&shown), Some(Code::Recovery(c)) if c == shown.replace('-', "")));
    }

    #[test]
    fn the_uri_names_issuer_account_and_parameters() {
        let uri = otpauth_uri("CTPAT Feedback", "ana@cbp.dhs.gov", b"12345678901234567890");
        assert_eq!(
            uri,
            "otpauth://totp/CTPAT%20Feedback%3Aana@cbp.dhs.gov?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ\
             &issuer=CTPAT%20Feedback&algorithm=SHA1&digits=6&period=30"
        );
    }

    #[cfg(feature = "totp")]
    #[test]
    fn sealed_secrets_open_only_with_their_key_and_account() {
        use super::sealed::{open, parse_key, seal};
        let key = parse_key(&"ab".repeat(32)).unwrap();
        let other = parse_key(&"cd".repeat(32)).unwrap();
        let secret = b"12345678901234567890";
        let sealed = seal(&key, [7; 12], 42, secret);
        assert!(sealed.starts_with("v1:") && !sealed.contains("3132333435"), "{sealed}");
        assert_eq!(open(&key, 42, &sealed).as_deref(), Some(&secret[..]));
        assert_eq!(open(&key, 43, &sealed), None, "bound to its account");
        assert_eq!(open(&other, 42, &sealed), None, "bound to its key");
        let mut tampered = sealed.clone();
        tampered.replace_range(10..12, if &sealed[10..12] == "00" { "01" } else { "00" });
        assert_eq!(open(&key, 42, &tampered), None, "authenticated");
        assert_eq!(open(&key, 42, "GEZDGNBVGY3TQOJQ"), None, "plain base32 is not a sealed secret");
        assert_eq!(parse_key("short"), None);
        assert_eq!(parse_key(&"zz".repeat(32)), None);
    }

    #[cfg(feature = "totp")]
    #[test]
    fn matches_rfc_6238_and_4226_vectors() {
        let secret = b"12345678901234567890";
        // RFC 4226 appendix D.
        let hotp_expected = ["755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583"];
        for (counter, expected) in hotp_expected.iter().enumerate() {
            assert_eq!(hotp(secret, counter as u64, 6), *expected);
        }
        // RFC 6238 appendix B (SHA-1, 8 digits).
        for (time, expected) in [
            (59u64, "94287082"),
            (1_111_111_109, "07081804"),
            (1_111_111_111, "14050471"),
            (1_234_567_890, "89005924"),
            (2_000_000_000, "69279037"),
            (20_000_000_000, "65353130"),
        ] {
            assert_eq!(hotp(secret, step_at(time), 8), expected, "t = {time}");
        }
    }

    #[cfg(feature = "totp")]
    #[test]
    fn verify_allows_one_step_of_drift_and_no_replay() {
        let secret = b"12345678901234567890";
        let now = 1_234_567_890;
        let step = step_at(now);
        assert_eq!(verify(secret, &code_at(secret, now), now, None), Some(step));
        assert_eq!(verify(secret, &code_at(secret, now - 30), now, None), Some(step - 1));
        assert_eq!(verify(secret, &code_at(secret, now + 30), now, None), Some(step + 1));
        assert_eq!(verify(secret, &code_at(secret, now - 60), now, None), None, "too old");
        assert_eq!(verify(secret, &code_at(secret, now), now, Some(step)), None, "replayed");
        assert_eq!(verify(secret, &code_at(secret, now - 30), now, Some(step - 1)), None, "older than last");
        assert_eq!(verify(secret, "000000", now, None).is_some(), code_at(secret, now) == "000000");
    }
}
