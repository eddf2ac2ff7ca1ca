//! Reviewer accounts made outside the UI: the first admin (`cargo xtask create-admin`), the
//! demo accounts of `cargo xtask dev`, and the accounts the test suite signs in with. Hashes are
//! computed here with the same Argon2id code the worker uses (`shared::account::hashing`).

use shared::account::{hashing, Password};
use shared::text::Email;
use shared::workflow::Role;

#[derive(Clone, Debug)]
pub struct Account {
    pub email: String,
    pub name: String,
    pub role: Role,
    pub password: String,
}

/// The demo accounts `cargo xtask dev` creates (local data only; never deploy them).
pub fn demo() -> Vec<Account> {
    vec![
        Account {
            email: "admin@example.gov".into(),
            name: "Demo Admin".into(),
            role: Role::Admin,
            password: "demo admin password 2026".into(),
        },
        Account {
            email: "reviewer@example.gov".into(),
            name: "Demo Reviewer".into(),
            role: Role::Reviewer,
            password: "demo reviewer password 2026".into(),
        },
    ]
}

/// A password of 20 characters from a CSPRNG, in an alphabet that is easy to type.
pub fn random_password() -> String {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";
    let mut bytes = [0u8; 20];
    getrandom::getrandom(&mut bytes).expect("the OS random number generator");
    bytes.iter().map(|b| ALPHABET[*b as usize % ALPHABET.len()] as char).collect()
}

fn lit(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

/// SQL that creates the accounts unless their email exists (so running it twice is harmless).
pub fn sql(accounts: &[Account], now_ms: i64) -> Result<String, String> {
    let mut out = String::new();
    for a in accounts {
        let email = Email::parse(&a.email).map_err(|_| format!("`{}` is not an email address", a.email))?;
        let password =
            Password::parse(&a.password).map_err(|p| format!("the password is not acceptable: {}", p.code()))?;
        let mut salt = [0u8; 16];
        getrandom::getrandom(&mut salt).expect("the OS random number generator");
        out.push_str(&format!(
            "INSERT INTO users (email, name, role, password_hash, created_at) VALUES ({}, {}, {}, {}, {now_ms}) ON CONFLICT DO NOTHING;\n",
            lit(&email.as_str().to_lowercase()),
            lit(&a.name),
            lit(a.role.code()),
            lit(&hashing::hash(&password, salt)),
        ));
    }
    Ok(out)
}

pub fn now_ms() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_millis() as i64).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn account_sql_hashes_and_escapes() {
        let sql = sql(
            &[Account {
                email: "O'Brien@Example.gov".into(),
                name: "Pat O'Brien".into(),
                role: Role::Admin,
                password: "a long enough password".into(),
            }],
            5,
        )
        .unwrap();
        assert!(sql.contains("'o''brien@example.gov'"), "{sql}");
        assert!(sql.contains("'Pat O''Brien'"));
        assert!(sql.contains("$argon2id$"));
        assert!(!sql.contains("a long enough password"), "the password itself is never written");
        assert!(super::sql(
            &[Account {
                email: "x".into(),
                name: "n".into(),
                role: Role::Admin,
                password: "a long enough password".into()
            }],
            5
        )
        .is_err());
        assert!(super::sql(
            &[Account { email: "a@b.gov".into(), name: "n".into(), role: Role::Admin, password: "short".into() }],
            5
        )
        .is_err());
        assert_eq!(random_password().len(), 20);
    }
}
