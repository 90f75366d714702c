//! The font every pack is set in: Noto Sans (SIL Open Font License, see
//! `assets/fonts/OFL.txt`), regular and bold, embedded in the binary so a
//! pack prints the same on any laptop. Text width comes from the font's own
//! advance widths, the same numbers the PDF viewer uses to draw it.

use std::borrow::Cow;
use std::sync::OnceLock;

use printpdf::ParsedFont;

use super::PackError;

const REGULAR: &[u8] = include_bytes!("../../../../assets/fonts/NotoSans-Regular.ttf");
const BOLD: &[u8] = include_bytes!("../../../../assets/fonts/NotoSans-Bold.ttf");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weight {
    Regular,
    Bold,
}

pub struct Fonts {
    pub regular: ParsedFont,
    pub bold: ParsedFont,
}

impl Fonts {
    /// The two faces, parsed once per process.
    pub fn get() -> Result<&'static Fonts, PackError> {
        static FONTS: OnceLock<Option<Fonts>> = OnceLock::new();
        FONTS
            .get_or_init(|| {
                // Named as in the font itself, for a viewer's font list.
                let parse = |bytes, name: &str| {
                    let mut face = ParsedFont::from_bytes(bytes, 0, &mut Vec::new())?;
                    face.font_name = Some(name.to_string());
                    Some(face)
                };
                Some(Fonts { regular: parse(REGULAR, "NotoSans-Regular")?, bold: parse(BOLD, "NotoSans-Bold")? })
            })
            .as_ref()
            .ok_or(PackError::Font)
    }

    pub fn face(&self, weight: Weight) -> &ParsedFont {
        match weight {
            Weight::Regular => &self.regular,
            Weight::Bold => &self.bold,
        }
    }

    /// `text` as it prints: Noto Sans has no emoji (nor, say, Chinese), and
    /// a character without a glyph would print as an empty box. Each run of
    /// them is replaced by a word that says what was left out: `[emoji]`,
    /// or `[?]` for any other character the font lacks.
    pub fn printable<'a>(&self, text: &'a str, weight: Weight) -> Cow<'a, str> {
        let face = self.face(weight);
        let has_glyph = |c: char| c.is_whitespace() || face.lookup_glyph_index(c as u32).is_some_and(|g| g != 0);
        if text.chars().all(has_glyph) {
            return Cow::Borrowed(text);
        }
        let mut out = String::with_capacity(text.len() + 8);
        let mut missing: Option<bool> = None; // in a run of missing glyphs: is it an emoji?
        for c in text.chars() {
            if has_glyph(c) && !(missing.is_some() && joins_emoji(c)) {
                if let Some(emoji) = missing.take() {
                    out.push_str(if emoji { "[emoji]" } else { "[?]" });
                }
                out.push(c);
            } else {
                missing = Some(missing.unwrap_or(false) || is_emoji(c));
            }
        }
        if let Some(emoji) = missing {
            out.push_str(if emoji { "[emoji]" } else { "[?]" });
        }
        Cow::Owned(out)
    }

    /// Width of `text` set at `size` points, in points, as it prints (see
    /// `printable`). No kerning: the PDF shows glyphs at their plain
    /// advances, so this is what prints.
    pub fn width(&self, text: &str, weight: Weight, size: f32) -> f32 {
        let face = self.face(weight);
        let units: u32 = self
            .printable(text, weight)
            .chars()
            .map(|c| {
                let glyph = face.lookup_glyph_index(c as u32).unwrap_or(0);
                u32::from(face.get_glyph_width(glyph).unwrap_or(0))
            })
            .sum();
        units as f32 * size / f32::from(face.units_per_em.max(1))
    }
}

/// Pictographs, symbols and flags, as emoji keyboards type them.
fn is_emoji(c: char) -> bool {
    matches!(c as u32, 0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0x2300..=0x23FF) || joins_emoji(c)
}

/// What holds an emoji sequence together (joiner, variation selector, keycap,
/// skin tones): part of the emoji before it, not a character of its own.
fn joins_emoji(c: char) -> bool {
    matches!(c as u32, 0x200D | 0xFE0E | 0xFE0F | 0x20E3 | 0x1F3FB..=0x1F3FF | 0xE0020..=0xE007F)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_spanish_letter_and_sign_has_a_glyph() {
        let fonts = Fonts::get().expect("fonts");
        for face in [&fonts.regular, &fonts.bold] {
            for c in "áéíóúüñÁÉÍÓÚÜÑ¿¡«»–—·ºª€$%".chars() {
                assert!(face.lookup_glyph_index(c as u32).is_some_and(|g| g != 0), "{c}");
            }
        }
    }

    #[test]
    fn a_character_the_font_lacks_prints_as_a_word_that_says_so() {
        let fonts = Fonts::get().expect("fonts");
        let p = |text| fonts.printable(text, Weight::Regular).into_owned();
        assert_eq!(p("Plaza Ñuñoa: ¿luz? «sí»"), "Plaza Ñuñoa: ¿luz? «sí»", "Spanish prints as typed");
        assert_eq!(p("Gracias 🙏 vecinos"), "Gracias [emoji] vecinos");
        assert_eq!(p("Familia 👨‍👩‍👧 feliz 👍🏽!"), "Familia [emoji] feliz [emoji]!", "one sequence, one word");
        assert_eq!(p("Plaza 广场"), "Plaza [?]");
        assert_eq!(p("❤️"), "[emoji]");
        let bare = fonts.width("Gracias [emoji] vecinos", Weight::Regular, 10.0);
        assert!((fonts.width("Gracias 🙏 vecinos", Weight::Regular, 10.0) - bare).abs() < 0.01, "measured as printed");
    }

    #[test]
    fn width_grows_with_text_size_and_weight() {
        let fonts = Fonts::get().expect("fonts");
        let w = fonts.width("Maipú", Weight::Regular, 10.0);
        assert!(w > 20.0 && w < 40.0, "{w}");
        assert!((fonts.width("Maipú", Weight::Regular, 20.0) - 2.0 * w).abs() < 0.01);
        assert!(fonts.width("Maipú", Weight::Bold, 10.0) > w);
        assert_eq!(fonts.width("", Weight::Regular, 10.0), 0.0);
    }
}
