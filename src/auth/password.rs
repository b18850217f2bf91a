//! Password hashing, verification and the "is this new password acceptable" rules.
//!
//! New hashes are argon2id PHC strings. Verification also accepts the
//! `pbkdf2_sha256$...` strings the original Django backend stored, so migrated
//! staff can still log in; those report `needs_rehash` so the caller can upgrade
//! them to argon2id right after a successful login.
//!
//! Stored hashes are treated as untrusted input: a malformed or hostile string
//! must yield `Mismatch`, never a panic, and must not be able to pin a CPU or
//! allocate gigabytes (see the cost caps below).

use std::sync::OnceLock;

use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use argon2::{Algorithm, Argon2, Params, Version};
use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use sha2::Sha256;

/// Salt length for new hashes: 16 bytes is the argon2 RFC 9106 recommendation.
const SALT_LEN: usize = 16;

/// Django's PBKDF2 key length (SHA-256 output).
const DJANGO_KEY_LEN: usize = 32;

/// Upper bound on Django iteration counts we are willing to run. Django 5.x uses
/// ~1M; anything far beyond that is corrupt or hostile and would stall a worker.
const MAX_DJANGO_ITERATIONS: u32 = 5_000_000;

/// Upper bounds on argon2 costs read from a stored hash. The hasher allocates
/// `m` KiB up front, so an unchecked `m=4294967295` would abort the process
/// rather than fail. These leave ample room above our own parameters.
const MAX_ARGON2_M_KIB: u32 = 256 * 1024;
const MAX_ARGON2_T: u32 = 16;
const MAX_ARGON2_P: u32 = 16;
/// Total work bound (memory x passes): 1 GiB of block passes is roughly a second.
const MAX_ARGON2_WORK: u64 = 1024 * 1024;

/// Password length limits, in characters (Django counts code points too).
const MIN_PASSWORD_CHARS: usize = 8;
const MAX_PASSWORD_CHARS: usize = 128;

/// Outcome of checking a password against a stored hash.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verified {
    /// The password is right. `needs_rehash` is true when the stored hash is not
    /// in today's format/parameters and should be replaced by `hash_password`.
    Ok { needs_rehash: bool },
    /// Wrong password, or the stored string is not a usable hash.
    Mismatch,
}

/// The parameters every new hash uses. argon2's defaults are exactly the OWASP
/// minimum (m=19456 KiB, t=2, p=1), which keeps a login well under 50 ms.
fn current_hasher() -> Argon2<'static> {
    Argon2::new(Algorithm::Argon2id, Version::V0x13, Params::DEFAULT)
}

/// Hashes `plain` into an argon2id PHC string (`$argon2id$v=19$m=...`).
pub fn hash_password(plain: &str) -> Result<String, String> {
    let mut salt = [0u8; SALT_LEN];
    // The salt comes from getrandom directly so a broken OS RNG is an error the
    // caller can report, not a panic inside the hashing crate.
    getrandom::fill(&mut salt).map_err(|e| format!("random salt unavailable: {e}"))?;
    let hash = current_hasher()
        .hash_password_with_salt(plain.as_bytes(), &salt)
        .map_err(|e| format!("password hashing failed: {e}"))?;
    Ok(hash.to_string())
}

/// Checks `plain` against `stored`, which may be an argon2 PHC string or a
/// Django `pbkdf2_sha256$iterations$salt$hash` string. Anything else is a
/// `Mismatch` (including Django's "!"-prefixed unusable passwords and "").
pub fn verify_password(plain: &str, stored: &str) -> Verified {
    if stored.starts_with("$argon2") {
        verify_argon2(plain, stored)
    } else if stored.starts_with("pbkdf2_sha256$") {
        verify_django_pbkdf2(plain, stored)
    } else {
        Verified::Mismatch
    }
}

/// Spends about as long as a real verification and always fails. Login handlers
/// call this when the username does not exist, so response timing does not
/// reveal which usernames are valid.
pub fn verify_dummy(plain: &str) {
    static DUMMY: OnceLock<Option<String>> = OnceLock::new();
    // Hashing once per process is enough: only the cost matters, not the value.
    if let Some(stored) = DUMMY.get_or_init(|| hash_password("adakings-dummy").ok()) {
        let _ = verify_password(plain, stored);
    }
}

fn verify_argon2(plain: &str, stored: &str) -> Verified {
    let Ok(parsed) = PasswordHash::new(stored) else {
        return Verified::Mismatch;
    };
    let Ok(params) = Params::try_from(&parsed) else {
        return Verified::Mismatch;
    };
    let work = u64::from(params.m_cost()) * u64::from(params.t_cost());
    if params.m_cost() > MAX_ARGON2_M_KIB
        || params.t_cost() > MAX_ARGON2_T
        || params.p_cost() > MAX_ARGON2_P
        || work > MAX_ARGON2_WORK
    {
        return Verified::Mismatch;
    }
    // The verifier takes algorithm, version and costs from the parsed hash, not
    // from this instance; its output comparison is constant time.
    if current_hasher()
        .verify_password(plain.as_bytes(), &parsed)
        .is_err()
    {
        return Verified::Mismatch;
    }
    let current = Params::DEFAULT;
    let needs_rehash = parsed.algorithm.as_str() != Algorithm::Argon2id.as_str()
        || parsed.version != Some(Version::V0x13.into())
        || params.m_cost() != current.m_cost()
        || params.t_cost() != current.t_cost()
        || params.p_cost() != current.p_cost()
        || parsed.hash.as_ref().map(|h| h.len()) != Some(Params::DEFAULT_OUTPUT_LEN);
    Verified::Ok { needs_rehash }
}

fn verify_django_pbkdf2(plain: &str, stored: &str) -> Verified {
    // Django's layout: algorithm$iterations$salt$base64(derived key).
    let mut parts = stored.splitn(4, '$');
    let (Some("pbkdf2_sha256"), Some(iterations), Some(salt), Some(encoded)) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Verified::Mismatch;
    };
    let Ok(iterations) = iterations.parse::<u32>() else {
        return Verified::Mismatch;
    };
    if iterations == 0 || iterations > MAX_DJANGO_ITERATIONS || salt.is_empty() {
        return Verified::Mismatch;
    }
    let Ok(expected) = STANDARD.decode(encoded) else {
        return Verified::Mismatch;
    };
    let Ok(expected) = <[u8; DJANGO_KEY_LEN]>::try_from(expected.as_slice()) else {
        return Verified::Mismatch;
    };
    let computed = django_pbkdf2(plain, salt, iterations);
    if constant_time_eq(&computed, &expected) {
        // Always upgrade: PBKDF2 is weaker than argon2id against GPU attacks.
        Verified::Ok { needs_rehash: true }
    } else {
        Verified::Mismatch
    }
}

/// PBKDF2-HMAC-SHA256 exactly as Django calls it: password and salt as UTF-8.
fn django_pbkdf2(plain: &str, salt: &str, iterations: u32) -> [u8; DJANGO_KEY_LEN] {
    let mut out = [0u8; DJANGO_KEY_LEN];
    pbkdf2::pbkdf2_hmac::<Sha256>(plain.as_bytes(), salt.as_bytes(), iterations, &mut out);
    out
}

/// Compares without an early exit so timing does not reveal how many leading
/// bytes matched. Both inputs have a fixed length, so length is not secret.
fn constant_time_eq(a: &[u8; DJANGO_KEY_LEN], b: &[u8; DJANGO_KEY_LEN]) -> bool {
    let diff = a
        .iter()
        .zip(b.iter())
        .fold(0u8, |acc, (x, y)| acc | (x ^ y));
    // black_box keeps the optimizer from turning the fold back into a memcmp.
    std::hint::black_box(diff) == 0
}

/// Validates a password chosen by an admin for a staff account. Messages match
/// Django's validators so the front end shows the same text as before. The
/// first failing rule wins.
pub fn check_new_password(plain: &str) -> Result<(), String> {
    let chars = plain.chars().count();
    if chars < MIN_PASSWORD_CHARS {
        return Err(format!(
            "This password is too short. It must contain at least {MIN_PASSWORD_CHARS} characters."
        ));
    }
    if chars > MAX_PASSWORD_CHARS {
        return Err(format!(
            "This password is too long. It must contain at most {MAX_PASSWORD_CHARS} characters."
        ));
    }
    // Django's NumericPasswordValidator uses str.isdigit(), which is Unicode-aware.
    if plain.chars().all(char::is_numeric) {
        return Err("This password is entirely numeric.".to_string());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    #[test]
    fn argon2id_round_trip() {
        let h = hash_password("correct horse").unwrap();
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{h}");
        assert_eq!(
            verify_password("correct horse", &h),
            Verified::Ok {
                needs_rehash: false
            }
        );
        assert_eq!(verify_password("correct horsE", &h), Verified::Mismatch);
        assert_eq!(verify_password("", &h), Verified::Mismatch);
    }

    #[test]
    fn salts_differ_between_hashes() {
        let a = hash_password("same").unwrap();
        let b = hash_password("same").unwrap();
        assert_ne!(a, b);
    }

    #[test]
    fn weaker_argon2_params_verify_and_ask_for_rehash() {
        let params = Params::new(1024, 1, 1, None).unwrap();
        let weak = Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
            .hash_password_with_salt(b"pw123456", b"0123456789abcdef")
            .unwrap()
            .to_string();
        assert_eq!(
            verify_password("pw123456", &weak),
            Verified::Ok { needs_rehash: true }
        );
        let argon2i = Argon2::new(Algorithm::Argon2i, Version::V0x13, Params::DEFAULT)
            .hash_password_with_salt(b"pw123456", b"0123456789abcdef")
            .unwrap()
            .to_string();
        assert!(argon2i.starts_with("$argon2i$"));
        assert_eq!(
            verify_password("pw123456", &argon2i),
            Verified::Ok { needs_rehash: true }
        );
    }

    #[test]
    fn hostile_argon2_costs_are_refused_not_run() {
        // Valid syntax, but 4 TiB of memory: must be refused before allocating.
        let h = "$argon2id$v=19$m=4294967295,t=2,p=1$MDEyMzQ1Njc4OWFiY2RlZg$\
                 AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
        assert_eq!(verify_password("x", h), Verified::Mismatch);
        let h = "$argon2id$v=19$m=19456,t=4000000000,p=1$MDEyMzQ1Njc4OWFiY2RlZg$\
                 AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
        assert_eq!(verify_password("x", h), Verified::Mismatch);
    }

    #[test]
    fn pbkdf2_primitive_matches_rfc7914_vector() {
        // RFC 7914 section 11: PBKDF2-HMAC-SHA256, P="passwd", S="salt", c=1, dkLen=64.
        let mut out = [0u8; 64];
        pbkdf2::pbkdf2_hmac::<Sha256>(b"passwd", b"salt", 1, &mut out);
        assert_eq!(
            hex(&out),
            "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc\
             49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783"
        );
    }

    #[test]
    fn django_hash_built_here_verifies() {
        let salt = "seasalt";
        let key = django_pbkdf2("lètmein", salt, 1000);
        let stored = format!("pbkdf2_sha256$1000${salt}${}", STANDARD.encode(key));
        assert_eq!(
            verify_password("lètmein", &stored),
            Verified::Ok { needs_rehash: true }
        );
        assert_eq!(verify_password("letmein", &stored), Verified::Mismatch);
    }

    #[test]
    fn django_hashes_from_python_verify() {
        // Produced independently with Python's hashlib.pbkdf2_hmac, formatted the
        // way Django's PBKDF2PasswordHasher.encode does (base64 with padding).
        let a = "pbkdf2_sha256$1000$seasalt$JgZryXe2Ga8ysg6XbzkLpTdyPQrHqsinbL9BnnhgX4A=";
        assert_eq!(
            verify_password("lètmein", a),
            Verified::Ok { needs_rehash: true }
        );
        let b =
            "pbkdf2_sha256$260000$Qx7rT2mN9pLk4vWz$M8hMxPuJTrSbh1SehitSBy2EwE2OJGtf9rBstNW8ljo=";
        assert_eq!(
            verify_password("correct horse battery", b),
            Verified::Ok { needs_rehash: true }
        );
        assert_eq!(
            verify_password("correct horse batterx", b),
            Verified::Mismatch
        );
    }

    #[test]
    fn malformed_django_strings_are_mismatches() {
        let good_key = "JgZryXe2Ga8ysg6XbzkLpTdyPQrHqsinbL9BnnhgX4A=";
        for stored in [
            "pbkdf2_sha256$",
            "pbkdf2_sha256$1000$seasalt",
            "pbkdf2_sha256$abc$seasalt$JgZryXe2Ga8ysg6XbzkLpTdyPQrHqsinbL9BnnhgX4A=",
            "pbkdf2_sha256$0$seasalt$JgZryXe2Ga8ysg6XbzkLpTdyPQrHqsinbL9BnnhgX4A=",
            "pbkdf2_sha256$-5$seasalt$JgZryXe2Ga8ysg6XbzkLpTdyPQrHqsinbL9BnnhgX4A=",
            "pbkdf2_sha256$1000$$JgZryXe2Ga8ysg6XbzkLpTdyPQrHqsinbL9BnnhgX4A=",
            "pbkdf2_sha256$1000$seasalt$not base64!",
            "pbkdf2_sha256$1000$seasalt$AAAA",
            "pbkdf2_sha256$1000$seasalt$JgZryXe2Ga8ysg6XbzkLpTdyPQrHqsinbL9BnnhgX4A=$extra",
        ] {
            assert_eq!(
                verify_password("lètmein", stored),
                Verified::Mismatch,
                "{stored}"
            );
        }
        // A hostile iteration count is refused without running it.
        let slow = format!("pbkdf2_sha256$4000000000$seasalt${good_key}");
        let start = std::time::Instant::now();
        assert_eq!(verify_password("lètmein", &slow), Verified::Mismatch);
        assert!(start.elapsed().as_millis() < 100);
    }

    #[test]
    fn garbage_and_unusable_passwords_are_mismatches() {
        for stored in [
            "",
            "!",
            "!Xk3mZpQ9rT2",
            "plaintext",
            "$argon2id$",
            "$argon2id$v=19$m=19456,t=2,p=1$",
            "$argon2id$v=19$m=abc,t=2,p=1$c2FsdHNhbHQ$aGFzaA",
            "$argon2xx$v=19$m=19456,t=2,p=1$MDEyMzQ1Njc4OWFiY2RlZg$AAAA",
            "pbkdf2_sha1$1000$seasalt$AAAA",
            "bcrypt_sha256$$2b$12$abc",
            "\u{0}\u{ffff}$$$$",
        ] {
            assert_eq!(
                verify_password("anything", stored),
                Verified::Mismatch,
                "{stored:?}"
            );
            assert_eq!(
                verify_password("", stored),
                Verified::Mismatch,
                "{stored:?}"
            );
        }
    }

    #[test]
    fn dummy_verify_does_not_panic() {
        verify_dummy("whatever");
    }

    #[test]
    fn new_password_rules() {
        assert_eq!(
            check_new_password("short1"),
            Err("This password is too short. It must contain at least 8 characters.".into())
        );
        // Eight multi-byte characters count as eight, not as their byte length.
        assert_eq!(check_new_password("ééééééée"), Ok(()));
        assert_eq!(
            check_new_password("1234567890"),
            Err("This password is entirely numeric.".into())
        );
        assert!(check_new_password(&"a".repeat(129)).is_err());
        assert_eq!(check_new_password(&"a".repeat(128)), Ok(()));
        assert_eq!(check_new_password("kitchen-2024"), Ok(()));
    }
}
