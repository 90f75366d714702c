//! Bytes of a spreadsheet as saved by Excel or LibreOffice → text and its
//! separator. Excel on a Chilean computer writes "CSV (delimitado por
//! comas)" in Windows-1252 with `;`, "CSV UTF-8" with a BOM; LibreOffice
//! asks; Google Sheets writes UTF-8 with `,`. "Texto Unicode" is UTF-16
//! with tabs.

use encoding_rs::{UTF_16BE, UTF_16LE, WINDOWS_1252};

use super::{Result, TransferError, MAX_CSV_BYTES};

/// The file's text (BOM removed) and the separator its header line uses.
pub fn decode(bytes: &[u8]) -> Result<(String, u8)> {
    if bytes.len() > MAX_CSV_BYTES {
        return Err(TransferError::TooLarge);
    }
    let text = to_text(bytes);
    if text.trim().is_empty() {
        return Err(TransferError::Empty);
    }
    let delimiter = sniff_delimiter(&text);
    Ok((text, delimiter))
}

/// The line of a quote that opens a cell and is never closed, read as the
/// csv reader does (a quote opens a cell only at its start; `""` inside is
/// one quote). The reader would silently run the rest of the file into that
/// cell: `"Ana Sin Cierre;1-9` and the next row became one name.
pub fn unclosed_quote(text: &str, delimiter: u8) -> Option<u64> {
    let bytes = text.as_bytes();
    let (mut line, mut opened_on) = (1u64, 0u64);
    let (mut quoted, mut at_start) = (false, true);
    let mut i = 0;
    while i < bytes.len() {
        let byte = bytes[i];
        let line_break = byte == b'\n' || (byte == b'\r' && bytes.get(i + 1) != Some(&b'\n'));
        if line_break {
            line += 1;
        }
        if quoted {
            if byte == b'"' {
                if bytes.get(i + 1) == Some(&b'"') {
                    i += 1;
                } else {
                    quoted = false;
                }
            }
        } else if byte == b'"' && at_start {
            (quoted, opened_on, at_start) = (true, line, false);
        } else {
            at_start = byte == delimiter || byte == b'\n' || byte == b'\r';
        }
        i += 1;
    }
    quoted.then_some(opened_on)
}

/// UTF-8 when the bytes are valid UTF-8 (Windows-1252 text with accents
/// never is), otherwise Windows-1252, which decodes any byte.
fn to_text(bytes: &[u8]) -> String {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return String::from_utf8_lossy(rest).into_owned();
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return UTF_16LE.decode_without_bom_handling(rest).0.into_owned();
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return UTF_16BE.decode_without_bom_handling(rest).0.into_owned();
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_string(),
        Err(_) => WINDOWS_1252.decode_without_bom_handling(bytes).0.into_owned(),
    }
}

/// The separator that occurs most often outside quotes in the first
/// non-empty line; `;` (Excel in Spanish) when none or a tie.
fn sniff_delimiter(text: &str) -> u8 {
    let header = text.lines().find(|line| !line.trim().is_empty()).unwrap_or("");
    let mut counts = [(b';', 0usize), (b',', 0), (b'\t', 0)];
    let mut quoted = false;
    for byte in header.bytes() {
        match byte {
            b'"' => quoted = !quoted,
            _ if quoted => {}
            _ => {
                if let Some(slot) = counts.iter_mut().find(|(d, _)| *d == byte) {
                    slot.1 += 1;
                }
            }
        }
    }
    // max_by_key keeps the last maximum: iterate in reverse so `;` wins ties.
    counts.iter().rev().max_by_key(|(_, n)| *n).filter(|(_, n)| *n > 0).map_or(b';', |(d, _)| *d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1252_from_excel_is_read_with_its_accents() {
        let bytes = b"Nombre;Barrio\r\nJos\xE9 \xD1irre;\xD1u\xF1oa\r\n";
        let (text, delimiter) = decode(bytes).expect("decode");
        assert_eq!(delimiter, b';');
        assert!(text.contains("José Ñirre;Ñuñoa"), "{text}");
    }

    #[test]
    fn utf8_with_and_without_bom() {
        let (with_bom, _) = decode("\u{feff}Nombre,RUT\nJosé,1-9\n".as_bytes()).expect("decode");
        assert!(with_bom.starts_with("Nombre"));
        let (plain, delimiter) = decode("Nombre,RUT\nJosé,1-9\n".as_bytes()).expect("decode");
        assert_eq!((plain.contains("José"), delimiter), (true, b','));
    }

    #[test]
    fn utf16_unicode_text_with_tabs() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "Nombre\tBarrio\r\nJosé\tPehuén\r\n".encode_utf16() {
            bytes.extend(unit.to_le_bytes());
        }
        let (text, delimiter) = decode(&bytes).expect("decode");
        assert_eq!(delimiter, b'\t');
        assert!(text.contains("José\tPehuén"));
    }

    #[test]
    fn separators_inside_quotes_do_not_count() {
        let (_, delimiter) = decode(b"\"Nombre, completo\";\"Barrio, sector\";RUT\n").expect("decode");
        assert_eq!(delimiter, b';');
        let (_, single) = decode(b"Nombre\nAna\n").expect("decode");
        assert_eq!(single, b';');
    }

    #[test]
    fn a_quote_never_closed_is_found_on_its_line() {
        assert_eq!(unclosed_quote("Nombre;RUT\n\"Ana Sin Cierre;1-9\nBeto Bien;\n", b';'), Some(2));
        assert_eq!(unclosed_quote("Nombre\rAna\r\"Beto\rCarla\r", b';'), Some(3), "CR-only lines count");
        assert_eq!(unclosed_quote("Nombre;Nota\n\"Ana\nBoldo\";\"dijo \"\"sí\"\"\"\n", b';'), None);
        assert_eq!(unclosed_quote("Nombre;Nota\nAna;mide 5\" de alto\n", b';'), None, "a quote inside a cell is text");
    }

    #[test]
    fn empty_and_huge_files_are_refused() {
        assert!(matches!(decode(b""), Err(TransferError::Empty)));
        assert!(matches!(decode(b"\xEF\xBB\xBF \r\n\r\n"), Err(TransferError::Empty)));
        assert!(matches!(decode(&vec![b'a'; MAX_CSV_BYTES + 1]), Err(TransferError::TooLarge)));
    }
}
