//! The one catalogue of strings, shared with the UI: Fluent files in
//! `assets/i18n/`. Rust uses it for the CLI and the PDF pack.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use unic_langid::LanguageIdentifier;

const ES_CL: &str = include_str!("../../../assets/i18n/es-CL.ftl");
const EN: &str = include_str!("../../../assets/i18n/en.ftl");

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub enum Language {
    #[default]
    #[serde(rename = "es-CL")]
    EsCl,
    #[serde(rename = "en")]
    En,
}

impl Language {
    pub fn parse(tag: &str) -> Option<Self> {
        match tag {
            "es-CL" | "es" => Some(Language::EsCl),
            "en" => Some(Language::En),
            _ => None,
        }
    }

    pub fn tag(self) -> &'static str {
        match self {
            Language::EsCl => "es-CL",
            Language::En => "en",
        }
    }

    fn source(self) -> &'static str {
        match self {
            Language::EsCl => ES_CL,
            Language::En => EN,
        }
    }
}

/// Messages of one language.
pub struct Catalogue {
    bundle: FluentBundle<FluentResource>,
}

impl Catalogue {
    pub fn new(language: Language) -> Self {
        let id: LanguageIdentifier = language.tag().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new(vec![id]);
        // No Unicode isolation marks: they would end up in PDFs and terminals.
        bundle.set_use_isolating(false);
        let resource = FluentResource::try_new(language.source().to_string()).unwrap_or_else(|(partial, _)| partial);
        bundle.add_resource_overriding(resource);
        Self { bundle }
    }

    /// The message for `key`, or the key itself when it is missing (a test
    /// makes sure none is).
    pub fn text(&self, key: &str, args: &[(&str, String)]) -> String {
        let Some(pattern) = self.bundle.get_message(key).and_then(|m| m.value()) else {
            return key.to_string();
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            // A count must reach Fluent as a number, or `[one]` never matches.
            match whole_number(value) {
                Some(n) => fluent_args.set(*name, n),
                None => fluent_args.set(*name, value.clone()),
            }
        }
        let mut errors = Vec::new();
        self.bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned()
    }

    pub fn has(&self, key: &str) -> bool {
        self.bundle.has_message(key)
    }
}

/// "12" → 12; not "012", "1.234", "12345678-5" or a path, which stay text.
fn whole_number(text: &str) -> Option<u32> {
    let digits = !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit());
    (digits && (text.len() == 1 || !text.starts_with('0'))).then(|| text.parse().ok()).flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_choose_the_singular_and_plural_forms() {
        let es = Catalogue::new(Language::EsCl);
        assert_eq!(es.text("import-summary-bad", &[("count", "1".into())]), "una fila con problemas");
        assert_eq!(es.text("import-summary-bad", &[("count", "2".into())]), "2 filas con problemas");
        assert_eq!(es.text("import-summary-create", &[("count", "0".into())]), "0 personas nuevas");
        let en = Catalogue::new(Language::En);
        assert_eq!(en.text("import-summary-create", &[("count", "1".into())]), "one new person");
        assert_eq!(whole_number("012"), None, "kept as typed");
        assert_eq!(whole_number("12345678-5"), None);
    }

    fn keys(source: &str) -> Vec<String> {
        let resource = FluentResource::try_new(source.to_string()).expect("catalogue parses without errors");
        let mut keys: Vec<String> = resource
            .entries()
            .filter_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                _ => None,
            })
            .collect();
        keys.sort();
        keys
    }

    #[test]
    fn both_languages_have_the_same_keys() {
        assert_eq!(keys(ES_CL), keys(EN));
    }

    /// Every `"error-…"` / `"pack-…"` literal in the Rust sources: the core's and the
    /// shell's (`src-tauri/src`, the crate this one sits in), since both send keys.
    fn keys_used_in_sources() -> Vec<String> {
        fn walk(dir: &std::path::Path, found: &mut Vec<String>) {
            for entry in std::fs::read_dir(dir).expect("read src").flatten() {
                let path = entry.path();
                if path.is_dir() {
                    walk(&path, found);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let text = std::fs::read_to_string(&path).expect("read source");
                    found.extend(
                        text.split('"')
                            .filter(|s| {
                                (s.starts_with("error-") || s.starts_with("pack-"))
                                    && s.len() > 6
                                    && s.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                            })
                            .map(str::to_string),
                    );
                }
            }
        }
        let mut found = Vec::new();
        let core = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        walk(&core.join("src"), &mut found);
        walk(&core.join("../src"), &mut found);
        found.sort();
        found.dedup();
        found
    }

    #[test]
    fn every_message_key_the_core_sends_exists() {
        let used = keys_used_in_sources();
        assert!(used.len() > 20, "found the keys: {used:?}");
        for language in [Language::EsCl, Language::En] {
            let catalogue = Catalogue::new(language);
            let missing: Vec<&String> = used.iter().filter(|key| !catalogue.has(key)).collect();
            assert!(missing.is_empty(), "missing in {}: {missing:?}", language.tag());
        }
    }

    #[test]
    fn formats_arguments_with_accents_intact() {
        let es = Catalogue::new(Language::EsCl);
        let text = es.text("error-duplicate-rut", &[("rut", "12.345.678-5".into())]);
        assert!(text.contains("12.345.678-5") && text.contains("RUT"), "{text}");
        assert_eq!(es.text("no-such-key", &[]), "no-such-key");
    }
}
