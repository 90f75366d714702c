//! The pack's words in its language: catalogue messages, and numbers and
//! dates written the way its readers write them.

use chrono::NaiveDate;

use crate::domain::dates::display_date;
use crate::domain::kinds::{Completion, ForumKind};
use crate::i18n::{Catalogue, Language};

pub struct Words {
    catalogue: Catalogue,
    language: Language,
}

impl Words {
    pub fn new(language: Language) -> Self {
        Self { catalogue: Catalogue::new(language), language }
    }

    pub fn get(&self, key: &str) -> String {
        self.catalogue.text(key, &[])
    }

    pub fn with(&self, key: &str, args: &[(&str, String)]) -> String {
        self.catalogue.text(key, args)
    }

    /// 1.234 in Spanish, 1,234 in English.
    pub fn number(&self, n: i64) -> String {
        let separator = match self.language {
            Language::EsCl => '.',
            Language::En => ',',
        };
        let digits = n.unsigned_abs().to_string();
        let mut out = String::new();
        for (i, digit) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(separator);
            }
            out.push(digit);
        }
        if n < 0 {
            out.insert(0, '-');
        }
        out
    }

    /// "70 %" in Spanish (with a no-break space), "70%" in English.
    pub fn percent(&self, n: i64) -> String {
        match self.language {
            Language::EsCl => format!("{n}\u{a0}%"),
            Language::En => format!("{n}%"),
        }
    }

    /// 24-11-2026, as Chileans write it.
    pub fn date(&self, date: NaiveDate) -> String {
        display_date(date)
    }

    pub fn period(&self, from: NaiveDate, to: NaiveDate) -> String {
        self.with("pack-period-range", &[("from", self.date(from)), ("to", self.date(to))])
    }

    pub fn completion(&self, level: Completion) -> String {
        self.get(&format!("pack-completion-{level}"))
    }

    pub fn forum_kind(&self, kind: ForumKind) -> String {
        self.get(&format!("forum-kind-{kind}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_percentages_follow_the_language() {
        let (es, en) = (Words::new(Language::EsCl), Words::new(Language::En));
        assert_eq!((es.number(1234567), en.number(1234567)), ("1.234.567".into(), "1,234,567".into()));
        assert_eq!((es.number(999), es.number(0), es.number(-1000)), ("999".into(), "0".into(), "-1.000".into()));
        assert_eq!((es.percent(70), en.percent(70)), ("70\u{a0}%".into(), "70%".into()));
    }

    #[test]
    fn every_completion_level_and_forum_kind_has_words_in_both_languages() {
        for language in [Language::EsCl, Language::En] {
            let words = Words::new(language);
            for level in Completion::ALL {
                assert!(!words.completion(*level).starts_with("pack-"), "{level}");
            }
            for kind in ForumKind::ALL {
                assert!(!words.forum_kind(*kind).starts_with("forum-kind-"), "{kind}");
            }
        }
    }
}
