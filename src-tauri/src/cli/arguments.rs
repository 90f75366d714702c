//! Mistyped arguments told in the person's language: clap's own errors are
//! English, so the common kinds are rendered here from the catalogue with
//! what clap found (the argument, the value, the values allowed). Help and
//! version are printed as clap writes them.

use std::process::ExitCode;

use clap::error::{ContextKind, ContextValue, ErrorKind};

use grupo_motor_core::i18n::{Catalogue, Language};

/// The `--lang` asked for, read before the arguments are understood (they
/// may be what is wrong); Spanish when none or an unknown one is asked.
pub fn language_asked() -> Language {
    let args: Vec<String> = std::env::args().collect();
    let value = args.iter().enumerate().find_map(|(i, arg)| match arg.strip_prefix("--lang") {
        Some(rest) if rest.starts_with('=') => Some(rest[1..].to_string()),
        Some("") => args.get(i + 1).cloned(),
        _ => None,
    });
    value.and_then(|tag| Language::parse(&tag)).unwrap_or_default()
}

/// Prints the translated refusal (or the help clap asked for) and the exit code.
pub fn refuse(error: clap::Error, language: Language) -> ExitCode {
    if matches!(error.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
        let _ = error.print();
        return ExitCode::SUCCESS;
    }
    let catalogue = Catalogue::new(language);
    eprintln!("grupo-motor: {}", message(&catalogue, &error));
    eprintln!("{}", catalogue.text("cli-arg-help", &[]));
    // clap's own code for a usage error.
    ExitCode::from(2)
}

/// The sentence for a clap error.
pub fn message(catalogue: &Catalogue, error: &clap::Error) -> String {
    let context = |kind| error.get(kind).map(text_of).unwrap_or_default();
    let args = [
        ("argument", context(ContextKind::InvalidArg)),
        ("value", context(ContextKind::InvalidValue)),
        ("allowed", context(ContextKind::ValidValue)),
        ("subcommand", context(ContextKind::InvalidSubcommand)),
        ("suggestion", [context(ContextKind::SuggestedArg), context(ContextKind::SuggestedSubcommand)].concat()),
    ];
    let key = match error.kind() {
        ErrorKind::InvalidValue if !args[2].1.is_empty() => "cli-arg-invalid-choice",
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => "cli-arg-invalid-value",
        ErrorKind::UnknownArgument => "cli-arg-unknown",
        ErrorKind::InvalidSubcommand => "cli-arg-unknown-command",
        ErrorKind::MissingRequiredArgument => "cli-arg-missing",
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => "cli-arg-no-command",
        ErrorKind::ArgumentConflict => "cli-arg-conflict",
        ErrorKind::NoEquals | ErrorKind::TooManyValues | ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            "cli-arg-values"
        }
        _ => "cli-arg-other",
    };
    let mut text = catalogue.text(key, &args);
    if !args[4].1.is_empty() {
        text.push(' ');
        text.push_str(&catalogue.text("cli-arg-suggestion", &args));
    }
    text
}

fn text_of(value: &ContextValue) -> String {
    match value {
        ContextValue::String(s) => s.clone(),
        ContextValue::Strings(list) => list.join(", "),
        ContextValue::StyledStr(s) => s.to_string(),
        ContextValue::StyledStrs(list) => list.iter().map(ToString::to_string).collect::<Vec<_>>().join(", "),
        ContextValue::Number(n) => n.to_string(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use clap::{CommandFactory, Parser};

    use super::*;

    fn refusal(args: &[&str], language: Language) -> String {
        let error = match super::super::Cli::command().try_get_matches_from(args) {
            Err(error) => error,
            Ok(_) => panic!("{args:?} should be refused"),
        };
        message(&Catalogue::new(language), &error)
    }

    #[test]
    fn argument_errors_are_told_in_spanish_with_what_was_wrong() {
        let es = Language::EsCl;
        let lang = refusal(&["grupo-motor", "--lang", "xx", "forums"], es);
        assert!(lang.contains("«xx»") && lang.contains("es-CL") && lang.contains("en"), "{lang}");
        assert!(lang.contains("no es válido"), "{lang}");
        let unknown = refusal(&["grupo-motor", "forums", "--desde", "x"], es);
        assert!(unknown.contains("--desde") && unknown.contains("no existe"), "{unknown}");
        let command = refusal(&["grupo-motor", "foros"], es);
        assert!(command.contains("foros") && command.contains("comando"), "{command}");
        let missing = refusal(&["grupo-motor", "pack"], es);
        assert!(missing.contains("--out") && missing.contains("Falta"), "{missing}");
        let paper = refusal(&["grupo-motor", "sign-in-sheet", "--forum", "x", "--out", "a.pdf"], es);
        assert!(paper.contains("«x»"), "{paper}");
        let english = refusal(&["grupo-motor", "--lang", "en", "foros"], Language::En);
        assert!(english.contains("command"), "{english}");
        assert!(super::super::Cli::try_parse_from(["grupo-motor", "--lang", "en", "forums"]).is_ok());
    }
}
