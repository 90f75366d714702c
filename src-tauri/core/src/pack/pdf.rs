//! Laid-out pages → PDF bytes with printpdf: each mark becomes a few
//! operations; text is set in the embedded Noto Sans (with a ToUnicode map,
//! so it can be searched and copied with its accents).

use chrono::NaiveDate;
use printpdf::{
    Color, FontId, Line, LinePoint, OffsetDateTime, Op, PaintMode, PdfDocument, PdfFont, PdfFontHandle, PdfPage,
    PdfSaveOptions, Point, Pt, Rect, Rgb, TextItem,
};
use sha2::{Digest, Sha256};

use super::fonts::{Fonts, Weight};
use super::layout::{Colour, Frame, Mark};

/// Fixed resource names keep the output the same for the same data.
const REGULAR: &str = "F1";
const BOLD: &str = "F2";

/// The PDF of `pages`, dated `dated` (the meeting's day, not the clock's:
/// the same data always gives the same bytes).
pub fn write(fonts: &Fonts, frame: Frame, title: &str, dated: NaiveDate, pages: Vec<Vec<Mark>>) -> Vec<u8> {
    let mut doc = PdfDocument::new(title);
    let info = &mut doc.metadata.info;
    info.creator = "Grupo Motor".into();
    info.producer = "Grupo Motor".into();
    let noon = dated.and_hms_opt(12, 0, 0).map(|t| t.and_utc().timestamp()).unwrap_or_default();
    if let Ok(date) = OffsetDateTime::from_unix_timestamp(noon) {
        (info.creation_date, info.modification_date, info.metadata_date) = (date, date, date);
    }
    for (id, face) in [(REGULAR, &fonts.regular), (BOLD, &fonts.bold)] {
        doc.resources.fonts.map.insert(FontId(id.into()), PdfFont::new(face.clone()));
    }
    let pages = pages.into_iter().map(|marks| page(fonts, frame, marks)).collect();
    let mut warnings = Vec::new();
    let mut bytes = doc.with_pages(pages).save(&PdfSaveOptions::default(), &mut warnings);
    stable_id(&mut bytes);
    bytes
}

/// printpdf fills the trailer's `/ID` from a per-process counter, so a
/// second pack made by the same window would differ from the CLI's. The
/// two strings are overwritten, in place and at the same length, with
/// letters derived from the rest of the file.
fn stable_id(bytes: &mut [u8]) {
    let Some(start) = find_last(bytes, b"/ID[(").map(|at| at + 5) else { return };
    let Some(end) = bytes[start..].iter().position(|b| *b == b']').map(|len| start + len) else { return };
    let mut hasher = Sha256::new();
    hasher.update(&bytes[..start]);
    hasher.update(&bytes[end..]);
    let digest = hasher.finalize();
    let mut letters = digest.iter().flat_map(|b| [b >> 4, b & 0x0f]).cycle().map(|n| b'A' + n);
    for byte in &mut bytes[start..end] {
        if byte.is_ascii_alphanumeric() {
            *byte = letters.next().unwrap_or(b'A');
        }
    }
}

fn find_last(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).rposition(|window| window == needle)
}

fn page(fonts: &Fonts, frame: Frame, marks: Vec<Mark>) -> PdfPage {
    // PDF measures from the bottom; the layout from the top.
    let y = |top: f32| Pt(frame.height - top);
    let mut ops = Vec::with_capacity(marks.len() * 6);
    for mark in marks {
        match mark {
            Mark::Text { x, baseline, text, style } => {
                let font = FontId(if style.weight == Weight::Bold { BOLD } else { REGULAR }.into());
                ops.extend([
                    Op::StartTextSection,
                    Op::SetFont { font: PdfFontHandle::External(font), size: Pt(style.size) },
                    Op::SetFillColor { col: colour(style.colour) },
                    Op::SetTextCursor { pos: Point { x: Pt(x), y: y(baseline) } },
                    Op::ShowText { items: vec![TextItem::Text(fonts.printable(&text, style.weight).into_owned())] },
                    Op::EndTextSection,
                ]);
            }
            Mark::Rect { x, top, width, height, fill } => ops.extend([
                Op::SetFillColor { col: colour(fill) },
                Op::DrawRectangle {
                    rectangle: Rect {
                        x: Pt(x),
                        y: y(top + height),
                        width: Pt(width),
                        height: Pt(height),
                        mode: Some(PaintMode::Fill),
                        winding_order: None,
                    },
                },
            ]),
            Mark::Rule { x1, y1, x2, y2, width, colour: c } => ops.extend([
                Op::SetOutlineColor { col: colour(c) },
                Op::SetOutlineThickness { pt: Pt(width) },
                Op::DrawLine {
                    line: Line {
                        points: vec![
                            LinePoint { p: Point { x: Pt(x1), y: y(y1) }, bezier: false },
                            LinePoint { p: Point { x: Pt(x2), y: y(y2) }, bezier: false },
                        ],
                        is_closed: false,
                    },
                },
            ]),
        }
    }
    let size = Rect::from_wh(Pt(frame.width), Pt(frame.height));
    PdfPage { media_box: size.clone(), trim_box: size.clone(), crop_box: size, ops }
}

fn colour(c: Colour) -> Color {
    Color::Rgb(Rgb { r: c.0, g: c.1, b: c.2, icc_profile: None })
}
