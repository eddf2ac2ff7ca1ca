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
}
