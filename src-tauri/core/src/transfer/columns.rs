//! Which column holds what: header names in Spanish or English, in any
//! order, with any case, accents or notes in brackets ("RUT (opcional)").

use std::collections::HashMap;

use super::{Result, TransferError};
use crate::domain::text::fold;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Column {
    FullName,
    GivenNames,
    Surnames,
    Rut,
    Neighbourhood,
    Organization,
    AgeBand,
    Gender,
    GenderConsent,
    Phone,
    Email,
    Consent,
    Purpose,
    Role,
}

/// Folded header names, as people title their columns.
const ALIASES: &[(Column, &[&str])] = &[
    (
        Column::FullName,
        &[
            "nombre completo",
            "nombre y apellido",
            "nombre y apellidos",
            "nombres y apellidos",
            "apellidos y nombres",
            "full name",
            "name",
            "nombre",
        ],
    ),
    (Column::GivenNames, &["nombres", "first name", "given name", "given names"]),
    (Column::Surnames, &["apellido", "apellidos", "last name", "surname", "surnames", "family name"]),
    (Column::Rut, &["rut", "run", "rut/run", "cedula", "cedula de identidad", "c.i.", "ci"]),
    (
        Column::Neighbourhood,
        &["barrio", "sector", "barrio/sector", "territorio", "neighbourhood", "neighborhood", "district"],
    ),
    (Column::Organization, &["organizacion", "organization", "organisation", "institucion", "agrupacion"]),
    (
        Column::AgeBand,
        &["edad", "tramo de edad", "tramo etario", "rango de edad", "grupo etario", "age", "age band", "age group"],
    ),
    (Column::Gender, &["genero", "sexo", "gender", "sex"]),
    (
        Column::GenderConsent,
        &["consentimiento genero", "consentimiento de genero", "consiente genero", "gender consent"],
    ),
    (Column::Phone, &["telefono", "celular", "fono", "movil", "phone", "mobile", "telephone"]),
    (Column::Email, &["correo", "correo electronico", "email", "e-mail", "mail"]),
    (
        Column::Consent,
        &[
            "consentimiento",
            "consiente",
            "autoriza contacto",
            "acepta contacto",
            "fecha del consentimiento",
            "consent",
            "consent given",
        ],
    ),
    (Column::Purpose, &["finalidad", "finalidad del consentimiento", "proposito", "purpose"]),
    (Column::Role, &["rol", "role", "participa como", "calidad"]),
];

/// What a header row says: the column of each known field, and the headers
/// that meant nothing to us (shown in the preview, then ignored).
#[derive(Debug)]
pub struct Layout {
    positions: HashMap<Column, usize>,
    pub ignored: Vec<String>,
    pub width: usize,
}

impl Layout {
    pub fn read(headers: &csv::StringRecord) -> Result<Self> {
        let mut positions = HashMap::new();
        let mut ignored = Vec::new();
        for (index, header) in headers.iter().enumerate() {
            match column_for(header) {
                Some(column) => {
                    if positions.insert(column, index).is_some() {
                        return Err(TransferError::DuplicateColumn { header: header.trim().to_string() });
                    }
                }
                None if header.trim().is_empty() => {}
                None => ignored.push(header.trim().to_string()),
            }
        }
        let has_name = positions.contains_key(&Column::FullName)
            || (positions.contains_key(&Column::GivenNames) || positions.contains_key(&Column::Surnames));
        if !has_name {
            return Err(TransferError::MissingColumn { column: "nombre" });
        }
        Ok(Self { positions, ignored, width: headers.len() })
    }

    /// The cell of `column` in `record`, trimmed; empty when the file has no
    /// such column or the row is short.
    /// The `'` our exports put before a would-be formula is taken off again.
    pub fn cell<'r>(&self, record: &'r csv::StringRecord, column: Column) -> &'r str {
        let cell = self.positions.get(&column).and_then(|&i| record.get(i)).map_or("", str::trim);
        match cell.strip_prefix('\'') {
            Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest,
            _ => cell,
        }
    }

    pub fn has(&self, column: Column) -> bool {
        self.positions.contains_key(&column)
    }

    /// The person's name: the full-name column, or given names and
    /// surnames joined.
    pub fn name(&self, record: &csv::StringRecord) -> String {
        let full = self.cell(record, Column::FullName);
        if !full.is_empty() || !self.has(Column::GivenNames) && !self.has(Column::Surnames) {
            return full.to_string();
        }
        let parts = [self.cell(record, Column::GivenNames), self.cell(record, Column::Surnames)];
        parts.iter().filter(|p| !p.is_empty()).copied().collect::<Vec<_>>().join(" ")
    }
}

/// A header's meaning: folded, notes in brackets and trailing marks
/// (`*`, `:`) dropped, then looked up among the aliases.
fn column_for(header: &str) -> Option<Column> {
    let without_notes = match header.find('(') {
        Some(at) => &header[..at],
        None => header,
    };
    let key = fold(without_notes.trim_matches(|c: char| c.is_whitespace() || matches!(c, '*' | ':' | '\u{feff}')));
    ALIASES.iter().find(|(_, names)| names.contains(&key.as_str())).map(|(column, _)| *column)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layout(headers: &[&str]) -> Result<Layout> {
        Layout::read(&csv::StringRecord::from(headers.to_vec()))
    }

    #[test]
    fn spanish_and_english_headers_in_any_case_and_order() {
        for header in ["Nombre", "NOMBRE COMPLETO", "name", "Full name", "Nombre completo (obligatorio)", "Nombre:"] {
            assert_eq!(column_for(header), Some(Column::FullName), "{header}");
        }
        assert_eq!(column_for("Organización"), Some(Column::Organization));
        assert_eq!(column_for("Tramo de edad"), Some(Column::AgeBand));
        assert_eq!(column_for("Género"), Some(Column::Gender));
        assert_eq!(column_for("Teléfono"), Some(Column::Phone));
        assert_eq!(column_for("RUT (opcional)"), Some(Column::Rut));
        assert_eq!(column_for("Comuna"), None);
        let found = layout(&["RUT", "Barrio", "Nombre", "Comuna"]).expect("layout");
        let row = csv::StringRecord::from(vec!["1-9", " Pehuén ", "Ana", "Maipú"]);
        assert_eq!((found.cell(&row, Column::Neighbourhood), found.name(&row)), ("Pehuén", "Ana".to_string()));
        assert_eq!(found.ignored, ["Comuna"]);
    }

    #[test]
    fn given_names_and_surnames_are_joined() {
        let found = layout(&["Nombres", "Apellidos"]).expect("layout");
        let row = csv::StringRecord::from(vec!["Rosa", "Núñez Peumo"]);
        assert_eq!(found.name(&row), "Rosa Núñez Peumo");
    }

    #[test]
    fn a_file_without_a_name_column_or_with_two_is_refused() {
        assert!(matches!(layout(&["RUT", "Barrio"]), Err(TransferError::MissingColumn { .. })));
        assert!(matches!(layout(&["Nombre", "Name"]), Err(TransferError::DuplicateColumn { .. })));
    }
}
