//! Reviewer accounts: the password policy (OWASP ASVS level 2: length, not composition) and
//! the shape of a sign-in.

use crate::api::review::NewUser;
use crate::text::{Email, FieldError, Problem, TextRule};
use crate::workflow::Role;

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

/// The longest name of a reviewer account, as of a submitter.
pub const ACCOUNT_NAME_MAX: usize = crate::feedback::NAME_MAX;

const ACCOUNT_NAME_RULE: TextRule = TextRule { required: true, max_chars: ACCOUNT_NAME_MAX, single_line: true };

/// An admin's new reviewer or admin account, parsed: what the users page checks as typed and the
/// worker checks on arrival.
pub struct NewAccount {
    pub name: String,
    /// As typed; the worker stores it lower-cased.
    pub email: Email,
    pub role: Role,
    pub password: Password,
}

impl NewAccount {
    /// Every field's problem, in the form's order, or the account.
    pub fn parse(form: &NewUser) -> Result<NewAccount, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut check = |field: &str, problem: Problem| errors.push(FieldError::new(field, problem));
        let name = ACCOUNT_NAME_RULE.parse(&form.name).map_err(|p| check("name", p)).ok().flatten();
        let email = if form.email.trim().is_empty() { Err(Problem::Required) } else { Email::parse(&form.email) };
        let email = email.map_err(|p| check("email", p)).ok();
        let role = crate::text::parse_choice(&form.role, Role::from_code).map_err(|p| check("role", p)).ok();
        let password = Password::parse(&form.password).map_err(|p| check("password", p)).ok();
        match (name, email, role, password) {
            (Some(name), Some(email), Some(role), Some(password)) if errors.is_empty() => {
                Ok(NewAccount { name, email, role, password })
            }
            _ => Err(errors),
        }
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

    #[test]
    fn a_new_account_names_each_field_that_is_wrong() {
        let form = |name: &str, email: &str, role: &str, password: &str| NewUser {
            name: name.into(),
            email: email.into(),
            role: role.into(),
            password: password.into(),
        };
        let fields = |f: &NewUser| -> Vec<(String, Problem)> {
            NewAccount::parse(f).err().unwrap_or_default().into_iter().map(|e| (e.field, e.problem)).collect()
        };
        let Ok(ok) =
            NewAccount::parse(&form(" Nora New ", "nora@example.gov", "reviewer", "a long temporary password"))
        else {
            panic!("a good account is refused");
        };
        assert_eq!((ok.name.as_str(), ok.role), ("Nora New", Role::Reviewer));
        let all = fields(&form("", "", "", ""));
        assert_eq!(all.iter().map(|(f, _)| f.as_str()).collect::<Vec<_>>(), ["name", "email", "role", "password"]);
        assert!(all.iter().all(|(_, p)| *p == Problem::Required));
        let long = "n".repeat(ACCOUNT_NAME_MAX + 1);
        let wrong = fields(&form(&long, "nora", "owner", "short"));
        assert_eq!(
            wrong,
            [
                ("name".into(), Problem::TooLong { max: ACCOUNT_NAME_MAX, actual: ACCOUNT_NAME_MAX + 1 }),
                ("email".into(), Problem::InvalidEmail),
                ("role".into(), Problem::UnknownChoice),
                ("password".into(), Problem::TooShort { min: PASSWORD_MIN }),
            ]
        );
    }
}
