//! The font every pack is set in: Noto Sans (SIL Open Font License, see
//! `assets/fonts/OFL.txt`), regular and bold, embedded in the binary so a
//! pack prints the same on any laptop. Text width comes from the font's own
//! advance widths, the same numbers the PDF viewer uses to draw it.

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

    /// Width of `text` set at `size` points, in points. No kerning: the
    /// PDF shows glyphs at their plain advances, so this is what prints.
    pub fn width(&self, text: &str, weight: Weight, size: f32) -> f32 {
        let face = self.face(weight);
        let units: u32 = text
            .chars()
            .map(|c| {
                let glyph = face.lookup_glyph_index(c as u32).unwrap_or(0);
                u32::from(face.get_glyph_width(glyph).unwrap_or(0))
            })
            .sum();
        units as f32 * size / f32::from(face.units_per_em.max(1))
    }
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
    fn width_grows_with_text_size_and_weight() {
        let fonts = Fonts::get().expect("fonts");
        let w = fonts.width("Maipú", Weight::Regular, 10.0);
        assert!(w > 20.0 && w < 40.0, "{w}");
        assert!((fonts.width("Maipú", Weight::Regular, 20.0) - 2.0 * w).abs() < 0.01);
        assert!(fonts.width("Maipú", Weight::Bold, 10.0) > w);
        assert_eq!(fonts.width("", Weight::Regular, 10.0), 0.0);
    }
}
