//! The kiosk staff PIN: stored only as a salted Argon2id hash (PHC string format,
//! RFC 9106 parameters from the `argon2` crate's defaults), never in clear.

use argon2::Argon2;
use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};

/// The booth settings key holding the PIN's PHC hash.
pub const PIN_SETTING: &str = "kiosk_pin_hash";
/// The booth setting holding the kiosk's wrong-PIN count and lockout end
/// (`<failures> <RFC 3339 UTC>`), so a restart does not reset them.
pub const LOCKOUT_SETTING: &str = "kiosk_pin_lockout";

/// Shortest accepted PIN, in characters.
pub const MIN_PIN_CHARS: usize = 4;
/// Longest accepted PIN, in characters.
pub const MAX_PIN_CHARS: usize = 64;

/// Why a PIN cannot be set or checked.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum PinError {
    /// Too short or too long.
    #[error("the PIN must be {MIN_PIN_CHARS} to {MAX_PIN_CHARS} characters")]
    Length,
    /// Contains a control character or surrounding spaces.
    #[error("the PIN must be printable characters without leading or trailing spaces")]
    Characters,
    /// The stored hash is not a valid PHC string.
    #[error(
        "the stored kiosk PIN hash is damaged: set the PIN again with `leadbooth kiosk set-pin`"
    )]
    BadHash,
}

/// Whether `phc` is a stored PIN hash that a PIN can be checked against.
pub fn is_valid_hash(phc: &str) -> bool {
    PasswordHash::new(phc).is_ok()
}

/// Checks a new PIN's shape.
pub fn check_new_pin(pin: &str) -> Result<(), PinError> {
    let n = pin.chars().count();
    if !(MIN_PIN_CHARS..=MAX_PIN_CHARS).contains(&n) {
        return Err(PinError::Length);
    }
    if pin.chars().any(char::is_control) || pin.trim() != pin {
        return Err(PinError::Characters);
    }
    Ok(())
}

/// Hashes a PIN with Argon2id and a fresh random salt; returns the PHC string
/// (`$argon2id$v=19$m=...,t=...,p=...$salt$hash`).
pub fn hash_pin(pin: &str) -> Result<String, PinError> {
    check_new_pin(pin)?;
    let salt = SaltString::generate(&mut OsRng);
    Ok(Argon2::default()
        .hash_password(pin.as_bytes(), &salt)
        .map_err(|_| PinError::BadHash)?
        .to_string())
}

/// True when `pin` matches the stored PHC hash (constant-time comparison inside
/// the `argon2` crate).
pub fn verify_pin(pin: &str, phc: &str) -> Result<bool, PinError> {
    let parsed = PasswordHash::new(phc).map_err(|_| PinError::BadHash)?;
    Ok(Argon2::default()
        .verify_password(pin.as_bytes(), &parsed)
        .is_ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_is_salted_and_verifies() {
        let a = hash_pin("2468").unwrap();
        let b = hash_pin("2468").unwrap();
        assert_ne!(a, b, "fresh salt each time");
        assert!(a.starts_with("$argon2id$"));
        assert!(!a.contains("2468"));
        assert!(verify_pin("2468", &a).unwrap());
        assert!(!verify_pin("2469", &a).unwrap());
        assert_eq!(verify_pin("2468", "plain"), Err(PinError::BadHash));
    }

    #[test]
    fn pin_shape() {
        assert_eq!(check_new_pin("123"), Err(PinError::Length));
        assert_eq!(check_new_pin(" 1234"), Err(PinError::Characters));
        assert_eq!(check_new_pin("12\u{1b}34"), Err(PinError::Characters));
        assert!(check_new_pin("1234").is_ok());
    }
}
