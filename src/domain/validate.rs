//! Field validation shared by the order, menu and staff endpoints, with DRF's messages.
//!
//! Hand-written instead of using a regex crate: the rules are tiny and this keeps them exact
//! (for example `\d` here means ASCII 0-9 only, where Python's `\d` also accepts other scripts'
//! digits).

/// Longest accepted `notes` text (order and item), in characters.
pub const MAX_NOTES: usize = 65_536;

/// Ghana phone number as the original's `^(\+233|0)\d{9}$`: `+233` or `0`, then nine ASCII
/// digits, nothing else (no spaces, no trailing newline).
pub fn phone_ok(s: &str) -> bool {
    let rest = match s.strip_prefix("+233").or_else(|| s.strip_prefix('0')) {
        Some(rest) => rest,
        None => return false,
    };
    rest.len() == 9 && rest.bytes().all(|b| b.is_ascii_digit())
}

/// Whether a notes text is within [`MAX_NOTES`] characters.
pub fn notes_ok(s: &str) -> bool {
    // A string never has more chars than bytes, so short strings skip the count.
    s.len() <= MAX_NOTES || s.chars().count() <= MAX_NOTES
}

/// The message for a name holding a character [`hidden_char`] refuses.
pub const HIDDEN_CHAR: &str =
    "This field may not contain control characters or invisible text-direction characters.";

/// Whether `ch` may not appear in a name: control characters (a newline in a name breaks
/// receipts and logs) and the invisible characters that reorder or hide text (bidi embeddings,
/// overrides and isolates, direction marks, zero-width space and no-break), with which a name
/// can display as something other than what it is. Zero-width joiners stay allowed: several
/// scripts and emoji need them.
pub fn hidden_char(ch: char) -> bool {
    ch.is_control()
        || matches!(
            ch,
            '\u{200B}'
                | '\u{200E}'
                | '\u{200F}'
                | '\u{061C}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'
                | '\u{2066}'..='\u{2069}'
                | '\u{FEFF}'
        )
}

/// Trims a name-like field and checks it is neither blank nor longer than `max` characters
/// nor holding a [`hidden_char`], returning the trimmed value to store.
pub fn name_ok(s: &str, max: usize) -> Result<String, String> {
    let t = s.trim();
    if t.is_empty() {
        return Err("This field may not be blank.".to_string());
    }
    if t.chars().any(hidden_char) {
        return Err(HIDDEN_CHAR.to_string());
    }
    if t.chars().count() > max {
        return Err(format!(
            "Ensure this field has no more than {max} characters."
        ));
    }
    Ok(t.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones() {
        for ok in ["0241234567", "+233241234567", "0000000000", "+233000000000"] {
            assert!(phone_ok(ok), "{ok}");
        }
        for bad in [
            "",
            "0",
            "+233",
            "024123456",
            "02412345678",
            "+23324123456",
            "+2332412345678",
            "233241234567",
            "241234567",
            "1241234567",
            "+1241234567",
            "024 123 4567",
            "024-123-4567",
            " 0241234567",
            "0241234567 ",
            "0241234567\n",
            "02412345a7",
            "+233+41234567",
            "0٢٤١٢٣٤٥٦٧",
            "０241234567",
        ] {
            assert!(!phone_ok(bad), "{bad:?}");
        }
    }

    #[test]
    fn notes_limit_counts_characters() {
        assert!(notes_ok(""));
        assert!(notes_ok(&"a".repeat(MAX_NOTES)));
        assert!(!notes_ok(&"a".repeat(MAX_NOTES + 1)));
        // Multi-byte characters: counted as characters, not bytes.
        assert!(notes_ok(&"₵".repeat(MAX_NOTES)));
        assert!(!notes_ok(&"₵".repeat(MAX_NOTES + 1)));
    }

    #[test]
    fn names() {
        assert_eq!(name_ok("  Jollof  ", 10), Ok("Jollof".to_string()));
        assert_eq!(name_ok("ab", 2), Ok("ab".to_string()));
        assert_eq!(name_ok("₵₵", 2), Ok("₵₵".to_string()));
        assert_eq!(
            name_ok("", 10),
            Err("This field may not be blank.".to_string())
        );
        assert_eq!(
            name_ok(" \t\n ", 10),
            Err("This field may not be blank.".to_string())
        );
        assert_eq!(
            name_ok("abc", 2),
            Err("Ensure this field has no more than 2 characters.".to_string())
        );
        for bad in [
            "Jollof\u{202E}ecir",
            "a\nb",
            "a\u{0}b",
            "\u{2066}x",
            "x\u{200F}",
            "a\u{7f}",
        ] {
            assert_eq!(name_ok(bad, 50), Err(HIDDEN_CHAR.to_string()), "{bad:?}");
        }
        assert!(name_ok("Kɔfi Asante 👨\u{200D}🍳", 50).is_ok());
        // The limit applies after trimming.
        assert_eq!(name_ok("   ab   ", 2), Ok("ab".to_string()));
        assert_eq!(
            name_ok("x", 0),
            Err("Ensure this field has no more than 0 characters.".to_string())
        );
    }
}
