//! Short codes printed beside each pre-filled name of a paper sign-in sheet,
//! so the sheet is typed back with three or four keys a person. Letters and
//! digits that cannot be misread for one another (no 0/O, no 1/I). A code
//! depends on the person and the forum only, so printing the sheet again
//! gives the same codes; when two people of one sheet would share a code,
//! the one with the larger id gets a longer one.

use std::collections::HashSet;

use sha2::{Digest, Sha256};
use uuid::Uuid;

/// 32 characters: five bits each.
pub const ALPHABET: &[u8; 32] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/// Codes for `people` on the sheet of `forum`, in the same order.
pub fn assign(forum: Uuid, people: &[Uuid]) -> Vec<String> {
    let mut order: Vec<usize> = (0..people.len()).collect();
    order.sort_by_key(|&i| people[i]);
    let mut taken = HashSet::new();
    let mut codes = vec![String::new(); people.len()];
    for i in order {
        let code = (0u32..)
            .map(|attempt| candidate(forum, people[i], attempt))
            .find(|code| !taken.contains(code))
            .unwrap_or_default();
        taken.insert(code.clone());
        codes[i] = code;
    }
    codes
}

/// The first try is three characters; later tries are four, salted.
fn candidate(forum: Uuid, person: Uuid, attempt: u32) -> String {
    let mut hasher = Sha256::new();
    hasher.update(forum.as_bytes());
    hasher.update(person.as_bytes());
    if attempt > 0 {
        hasher.update(attempt.to_le_bytes());
    }
    let digest = hasher.finalize();
    let length = if attempt == 0 { 3 } else { 4 };
    digest.iter().take(length).map(|b| char::from(ALPHABET[usize::from(b % 32)])).collect()
}

/// What a person typed, as a code would be printed: trimmed, upper case.
/// `None` when it cannot be a code.
pub fn normalise(typed: &str) -> Option<String> {
    let code = typed.trim().to_ascii_uppercase();
    let fits = (3..=4).contains(&code.len()) && code.bytes().all(|b| ALPHABET.contains(&b));
    fits.then_some(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_short_unambiguous_unique_and_stable() {
        let forum = Uuid::new_v4();
        let people: Vec<Uuid> = (0..2000).map(|_| Uuid::new_v4()).collect();
        let codes = assign(forum, &people);
        let unique: HashSet<&String> = codes.iter().collect();
        assert_eq!(unique.len(), people.len(), "unique in the sheet, even with 2,000 names");
        assert!(codes.iter().all(|c| (3..=4).contains(&c.len())));
        assert!(codes.iter().any(|c| c.len() == 4), "2,000 names collide somewhere in 32,768 codes");
        assert!(codes.iter().all(|c| !c.contains(['0', 'O', '1', 'I'])));
        let mut reversed = people.clone();
        reversed.reverse();
        let again = assign(forum, &reversed);
        assert_eq!(again.into_iter().rev().collect::<Vec<_>>(), codes, "the order of the list does not matter");
        let first_twenty = assign(forum, &people[..20]);
        assert_eq!(first_twenty.iter().filter(|c| c.len() == 3).count(), 20, "a sheet of 20 has three-key codes");
        assert_ne!(assign(Uuid::new_v4(), &people[..20]), first_twenty, "another forum, other codes");
    }

    #[test]
    fn typed_codes_are_read_as_printed() {
        assert_eq!(normalise(" k7p "), Some("K7P".into()));
        assert_eq!(normalise("AB2C"), Some("AB2C".into()));
        assert_eq!(normalise("A0B"), None, "0 is never printed");
        assert_eq!(normalise("Rosa"), None, "O is never printed: a name, not a code");
        assert_eq!(normalise("AB"), None);
        assert_eq!(normalise("ABCDE"), None);
    }
}
