//! The rule that keeps a milestone's completion level and its progress
//! percentage telling the same story, so nothing prints "45 % Completo".
//!
//! | level          | progress |
//! |----------------|----------|
//! | not started    | 0 %      |
//! | no evidence    | 0 %      |
//! | limited        | 1–49 %   |
//! | substantial    | 50–99 %  |
//! | complete       | 100 %    |
//!
//! *No evidence* is OGP's "the directorate reports work but shows nothing":
//! until there is evidence, no progress is counted.

use std::ops::RangeInclusive;

use super::kinds::Completion;
use super::Invalid;

impl Completion {
    /// The progress percentages that agree with this level.
    pub fn progress_range(self) -> RangeInclusive<u8> {
        match self {
            Completion::NotStarted | Completion::NoEvidence => 0..=0,
            Completion::Limited => 1..=49,
            Completion::Substantial => 50..=99,
            Completion::Complete => 100..=100,
        }
    }

    pub fn agrees_with(self, progress: u8) -> bool {
        self.progress_range().contains(&progress)
    }

    /// The nearest progress that agrees with this level: `progress` itself
    /// when it already does. Used when only the level is given, and to read
    /// rows recorded before the rule (or synced from an older laptop).
    pub fn clamp_progress(self, progress: i64) -> u8 {
        let range = self.progress_range();
        progress.clamp(i64::from(*range.start()), i64::from(*range.end())) as u8
    }

    /// The message for a progress that does not agree with this level; it
    /// names the allowed range.
    fn disagreement_key(self) -> &'static str {
        match self {
            Completion::NotStarted => "error-progress-not-started",
            Completion::NoEvidence => "error-progress-no-evidence",
            Completion::Limited => "error-progress-limited",
            Completion::Substantial => "error-progress-substantial",
            Completion::Complete => "error-progress-complete",
        }
    }
}

/// The level and progress a change leads to, from the current ones and what
/// was asked: a level alone brings the progress into its range (the
/// nearest value), a progress alone must fit the current level, and a pair
/// must agree. Progress above 100 is out of range whatever the level.
pub fn next_standing(
    current: (Completion, u8),
    completion: Option<Completion>,
    progress: Option<u8>,
) -> Result<(Completion, u8), Invalid> {
    if progress.is_some_and(|p| p > 100) {
        return Err(Invalid::new("progress", "error-progress-range"));
    }
    let level = completion.unwrap_or(current.0);
    let progress = match progress {
        Some(p) => p,
        None => level.clamp_progress(i64::from(current.1)),
    };
    if !level.agrees_with(progress) {
        return Err(Invalid::new("progress", level.disagreement_key()));
    }
    Ok((level, progress))
}

#[cfg(test)]
mod tests {
    use super::*;
    use Completion::*;

    #[test]
    fn every_progress_agrees_with_exactly_one_kind_of_level() {
        for p in 0..=100u8 {
            let levels: Vec<_> = Completion::ALL.iter().filter(|l| l.agrees_with(p)).collect();
            match p {
                0 => assert_eq!(levels, [&NoEvidence, &NotStarted]),
                _ => assert_eq!(levels.len(), 1, "{p} %"),
            }
        }
    }

    #[test]
    fn agreeing_pairs_are_accepted_and_contradicting_ones_refused() {
        let start = (NotStarted, 0);
        for (level, p) in [(NotStarted, 0), (NoEvidence, 0), (Limited, 1), (Limited, 49), (Substantial, 50)] {
            assert_eq!(next_standing(start, Some(level), Some(p)), Ok((level, p)));
        }
        assert_eq!(next_standing(start, Some(Complete), Some(100)), Ok((Complete, 100)));
        let refused = |level, p| next_standing(start, Some(level), Some(p)).map_err(|e| e.message_key);
        assert_eq!(refused(Complete, 45), Err("error-progress-complete"), "the issue's 45 % Completo");
        assert_eq!(refused(Limited, 0), Err("error-progress-limited"));
        assert_eq!(refused(Limited, 50), Err("error-progress-limited"));
        assert_eq!(refused(Substantial, 100), Err("error-progress-substantial"));
        assert_eq!(refused(NotStarted, 10), Err("error-progress-not-started"));
        assert_eq!(refused(NoEvidence, 10), Err("error-progress-no-evidence"));
        assert_eq!(refused(Limited, 101), Err("error-progress-range"));
    }

    #[test]
    fn a_level_alone_brings_the_progress_into_its_range_and_a_progress_alone_must_fit() {
        assert_eq!(next_standing((NotStarted, 0), Some(Complete), None), Ok((Complete, 100)));
        assert_eq!(next_standing((NotStarted, 0), Some(Limited), None), Ok((Limited, 1)));
        assert_eq!(next_standing((Limited, 30), Some(Substantial), None), Ok((Substantial, 50)));
        assert_eq!(next_standing((Substantial, 70), Some(Substantial), None), Ok((Substantial, 70)));
        assert_eq!(next_standing((Limited, 30), None, Some(40)), Ok((Limited, 40)));
        assert!(next_standing((Limited, 30), None, Some(60)).is_err(), "raise the level with it");
        assert_eq!(next_standing((Complete, 45), None, None), Ok((Complete, 100)), "an old row is brought in line");
    }
}
