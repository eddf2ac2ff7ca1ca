//! Reviewer accounts: the password policy (OWASP ASVS level 2: length, not composition) and
//! the shape of a sign-in.

use crate::text::Problem;

pub const PASSWORD_MIN: usize = 12;
pub const PASSWORD_MAX: usize = 128;

/// Passwords that appear at the top of every breach list; refused whatever their length.
const COMMON: &[&str] = &[
    "password",
    "password1",
    "password123",
    "123456789012",
    "qwertyuiopas",
    "letmein12345",
    "welcome12345",
    "administrator",
    "passwordpassword",
    "iloveyou1234",
    "changeme1234",
    "customsborder",
    "ctpatpassword",
];

/// A password that meets the policy. Never logged, never serialised.
pub struct Password(String);

impl Password {
    pub fn parse(raw: &str) -> Result<Password, Problem> {
        let n = raw.chars().count();
        if n == 0 {
            return Err(Problem::Required);
        }
        if n < PASSWORD_MIN {
            return Err(Problem::TooShort { min: PASSWORD_MIN });
        }
        if n > PASSWORD_MAX {
            return Err(Problem::TooLong { max: PASSWORD_MAX, actual: n });
        }
        let lower = raw.to_lowercase();
        if COMMON.contains(&lower.as_str()) || lower.chars().all(|c| c == lower.chars().next().unwrap_or(' ')) {
            return Err(Problem::TooCommon);
        }
        Ok(Password(raw.to_owned()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Password(…)")
    }
}

/// Argon2id with OWASP's parameters (m = 19 MiB, t = 2, p = 1), in PHC string form.
#[cfg(feature = "passwords")]
pub mod hashing {
    use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
    use argon2::{Algorithm, Argon2, Params, Version};

    fn argon2() -> Argon2<'static> {
        Argon2::new(Algorithm::Argon2id, Version::V0x13, Params::new(19 * 1024, 2, 1, None).expect("valid parameters"))
    }

    /// Hashes with a salt the caller draws from a CSPRNG (this crate does no I/O).
    pub fn hash(password: &super::Password, salt: [u8; 16]) -> String {
        let salt = SaltString::encode_b64(&salt).expect("16 bytes is a valid salt");
        argon2()
            .hash_password(password.expose().as_bytes(), &salt)
            .expect("hashing cannot fail with valid parameters")
            .to_string()
    }

    /// True when `password` matches the stored PHC string.
    pub fn verify(password: &str, phc: &str) -> bool {
        PasswordHash::new(phc).is_ok_and(|h| argon2().verify_password(password.as_bytes(), &h).is_ok())
    }

    /// A hash of nothing anyone knows, verified against when an email is unknown so that a wrong
    /// email and a wrong password take the same time.
    pub const DECOY: &str =
        "$argon2id$v=19$m=19456,t=2,p=1$WlpaWlpaWlpaWlpaWlpaWg$4rs2/+/HBKRZ960Nm0uZNJUEcdVWgN3y4PdAEukVIMc";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn password_policy() {
        assert!(Password::parse("correct horse battery").is_ok());
        assert!(Password::parse("ÄÖÜäöüßéèêë").is_err(), "11 characters is too short");
        assert!(Password::parse("ÄÖÜäöüßéèêëx").is_ok(), "12 characters of any script");
        assert_eq!(Password::parse("").err(), Some(Problem::Required));
        assert_eq!(Password::parse("short").err(), Some(Problem::TooShort { min: 12 }));
        assert_eq!(Password::parse("Password123").err(), Some(Problem::TooShort { min: 12 }));
        assert_eq!(Password::parse("PASSWORDPASSWORD").err(), Some(Problem::TooCommon));
        assert_eq!(Password::parse("aaaaaaaaaaaaaaaa").err(), Some(Problem::TooCommon));
        assert!(matches!(Password::parse(&"x".repeat(129)).err(), Some(Problem::TooLong { .. })));
        assert_eq!(format!("{:?}", Password::parse("correct horse battery").unwrap()), "Password(…)");
    }

    #[cfg(feature = "passwords")]
    #[test]
    fn argon2id_hashes_verify_only_the_right_password() {
        let p = Password::parse("correct horse battery").unwrap();
        let phc = hashing::hash(&p, [7; 16]);
        assert!(phc.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{phc}");
        assert!(hashing::verify("correct horse battery", &phc));
        assert!(!hashing::verify("correct horse battery!", &phc));
        assert!(!hashing::verify("anything", "not a hash"));
        assert!(!hashing::verify("anything", hashing::DECOY));
        assert!(
            argon2::password_hash::PasswordHash::new(hashing::DECOY).is_ok(),
            "the decoy costs a real verification"
        );
    }
}
