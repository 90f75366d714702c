//! The boundary where a failure reaches the person, for the window and the
//! CLI alike: internal faults are logged here once, and the CLI's sentence is
//! made from the same code, key and details the window receives. Each
//! command's outcome is logged here too (by code and key: no personal data).

use grupo_motor_core::error::UserError;
use grupo_motor_core::i18n::Catalogue;

/// Logs the text of a fault the person cannot fix; theirs they are shown.
pub fn log_internal(error: &dyn UserError) {
    if error.is_internal() {
        tracing::error!("{error}");
    }
}

/// Logs how a command ended: failures always, successes of the long file
/// work (imports, exports, backups, sync) that the `pool` commands do.
pub fn command_done<T>(command: &str, long_work: bool, result: &Result<T, crate::commands::IpcError>) {
    match result {
        Ok(_) if long_work => tracing::info!(command, "done"),
        Ok(_) => {}
        Err(error) => tracing::warn!(command, code = ?error.code, key = %error.message_key, "failed"),
    }
}

/// The message in the catalogue's language, after the field at fault when
/// one is named.
pub fn sentence(catalogue: &Catalogue, error: &dyn UserError) -> String {
    log_internal(error);
    let details = error.details();
    let plain: Vec<(&str, String)> = details.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
    let args: Vec<(&str, String)> = plain
        .iter()
        .map(|(k, v)| match *k {
            // A broken rule arrives as its own message key, with its arguments beside it.
            "rule" => (*k, catalogue.text(v, &plain)),
            _ => (*k, v.clone()),
        })
        .collect();
    let text = catalogue.text(error.message_key(), &args);
    match details.get("field").and_then(|field| field_label(catalogue, field)) {
        Some(label) => format!("{label}: {text}"),
        None => text,
    }
}

/// The field as the person reads it ("Fecha de la reunión", not
/// `meeting_date`); `None` when the catalogue has no label, so a raw column
/// name is never shown.
pub fn field_label(catalogue: &Catalogue, field: &str) -> Option<String> {
    [format!("csv-field-{field}"), format!("field-{field}"), format!("field-{}", field.replace('_', "-"))]
        .into_iter()
        .find(|key| catalogue.has(key))
        .map(|key| catalogue.text(&key, &[]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use grupo_motor_core::domain::Invalid;
    use grupo_motor_core::i18n::Language;
    use grupo_motor_core::store::StoreError;

    #[test]
    fn the_cli_sentence_is_the_translated_message_after_its_field() {
        let es = Catalogue::new(Language::EsCl);
        let invalid = StoreError::from(Invalid::new("rut", "error-rut-check-digit"));
        let expected = format!("RUT: {}", es.text("error-rut-check-digit", &[]));
        assert_eq!(sentence(&es, &invalid), expected);

        let taken = StoreError::DuplicateRut { rut: "12.345.678-5".into() };
        let text = sentence(&es, &taken);
        assert!(text.starts_with("RUT: ") && text.contains("12.345.678-5"), "{text}");

        for (field, label) in
            [("meeting_date", "Fecha de la reunión"), ("period_end", "Último día"), ("colleague", "Colega")]
        {
            let text = sentence(&es, &StoreError::from(Invalid::new(field, "error-required")));
            assert!(text.starts_with(&format!("{label}: ")), "{text}");
        }
        let unknown = sentence(&es, &StoreError::from(Invalid::new("no_such_column", "error-required")));
        assert_eq!(unknown, es.text("error-required", &[]), "no raw field name reaches the person");

        let broken = StoreError::Sqlite(rusqlite::Error::InvalidQuery);
        assert_eq!(sentence(&es, &broken), es.text("error-storage", &[]), "no SQLite text reaches the person");
    }
}
