//! A small page layout over measured text: word wrapping, paragraphs, page
//! breaks, and a header and footer on every page (tables are in `table.rs`).
//! Content is laid out first, so the footer can say "page 3 of 12";
//! `pdf.rs` then draws the marks. Coordinates are points, measured from the
//! page's top.

use super::fonts::{Fonts, Weight};
use super::Paper;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Colour(pub f32, pub f32, pub f32);

pub const BLACK: Colour = Colour(0.0, 0.0, 0.0);
/// The one accent colour: #0b6e4f.
pub const ACCENT: Colour = Colour(11.0 / 255.0, 110.0 / 255.0, 79.0 / 255.0);
/// Secondary text (header, footer, notes).
pub const MUTED: Colour = Colour(0.35, 0.35, 0.35);
/// Rules and cell borders.
pub const RULE: Colour = Colour(0.65, 0.65, 0.65);
/// The empty part of a progress bar.
pub const TRACK: Colour = Colour(0.9, 0.9, 0.9);

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Style {
    pub size: f32,
    pub weight: Weight,
    pub colour: Colour,
}

impl Style {
    pub const fn new(size: f32, weight: Weight, colour: Colour) -> Self {
        Self { size, weight, colour }
    }

    pub fn line_height(&self) -> f32 {
        self.size * 1.35
    }

    /// From the top of a line to its baseline: room above for accented
    /// capitals, below for descenders.
    pub fn baseline(&self) -> f32 {
        self.size
    }

    pub fn with_weight(self, weight: Weight) -> Self {
        Self { weight, ..self }
    }
}

/// Something drawn on a page.
#[derive(Debug, Clone, PartialEq)]
pub enum Mark {
    Text { x: f32, baseline: f32, text: String, style: Style },
    Rect { x: f32, top: f32, width: f32, height: f32, fill: Colour },
    Rule { x1: f32, y1: f32, x2: f32, y2: f32, width: f32, colour: Colour },
}

/// A sheet of paper and the part of it content may use.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Frame {
    pub width: f32,
    pub height: f32,
    pub margin: f32,
    /// Where content starts (the running header sits above).
    pub top: f32,
    /// Height kept free at the bottom for the footer.
    pub bottom: f32,
}

impl Frame {
    pub fn for_paper(paper: Paper) -> Self {
        let (width, height) = match paper {
            Paper::A4 => (595.28, 841.89),
            Paper::Letter => (612.0, 792.0),
        };
        Self { width, height, margin: 50.0, top: 72.0, bottom: 56.0 }
    }

    pub fn content_width(&self) -> f32 {
        self.width - 2.0 * self.margin
    }

    pub fn content_bottom(&self) -> f32 {
        self.height - self.bottom
    }
}

/// The words of a line: split at spaces and tabs, never at a no-break
/// space (which holds "70 %" or a phone number together).
pub(super) fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split([' ', '\t', '\r']).filter(|w| !w.is_empty())
}

/// Breaks `text` into lines no wider than `width`: paragraphs at line
/// breaks, lines at spaces, and words longer than a line at letters.
/// Blank text gives no lines.
pub fn wrap(fonts: &Fonts, text: &str, style: Style, width: f32) -> Vec<String> {
    let measure = |s: &str| fonts.width(s, style.weight, style.size);
    let space = measure(" ");
    let mut lines = Vec::new();
    if text.trim().is_empty() {
        return lines;
    }
    for paragraph in text.trim().split('\n') {
        let mut line = String::new();
        let mut line_width = 0.0;
        for word in words(paragraph) {
            let word_width = measure(word);
            if !line.is_empty() && line_width + space + word_width <= width {
                line.push(' ');
                line.push_str(word);
                line_width += space + word_width;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            if word_width <= width {
                line = word.to_string();
                line_width = word_width;
                continue;
            }
            // A word wider than the line: break it between letters.
            for c in word.chars() {
                let c_width = measure(c.encode_utf8(&mut [0; 4]));
                if !line.is_empty() && line_width + c_width > width {
                    lines.push(std::mem::take(&mut line));
                    line_width = 0.0;
                }
                line.push(c);
                line_width += c_width;
            }
        }
        lines.push(line);
    }
    lines
}

/// Cuts `text` to one line of `width`, ending in "…" when it had to cut.
pub fn ellipsize(fonts: &Fonts, text: &str, style: Style, width: f32) -> String {
    let measure = |s: &str| fonts.width(s, style.weight, style.size);
    if measure(text) <= width {
        return text.to_string();
    }
    let room = width - measure("…");
    let mut out = String::new();
    for c in text.chars() {
        out.push(c);
        if measure(&out) > room {
            out.pop();
            break;
        }
    }
    format!("{}…", out.trim_end())
}

/// `wrap`, but at most `max` lines, the last ending in "…" when it had to
/// cut: for lines repeated on every page (running header, "continued"), which
/// must leave room for the page's content whatever the text's length.
pub fn wrap_at_most(fonts: &Fonts, text: &str, style: Style, width: f32, max: usize) -> Vec<String> {
    let mut lines = wrap(fonts, text, style, width);
    if lines.len() > max {
        let rest = lines[max.saturating_sub(1)..].join(" ");
        lines.truncate(max.saturating_sub(1));
        lines.push(ellipsize(fonts, &rest, style, width));
    }
    lines
}

/// Lays content out page after page.
pub struct Flow<'f> {
    pub(super) fonts: &'f Fonts,
    pub(super) frame: Frame,
    pages: Vec<Vec<Mark>>,
    /// The next free line, from the top of the page.
    pub(super) y: f32,
}

impl<'f> Flow<'f> {
    pub fn new(fonts: &'f Fonts, frame: Frame) -> Self {
        Self { fonts, frame, pages: vec![Vec::new()], y: frame.top }
    }

    pub fn fonts(&self) -> &'f Fonts {
        self.fonts
    }

    pub fn left(&self) -> f32 {
        self.frame.margin
    }

    pub fn width(&self) -> f32 {
        self.frame.content_width()
    }

    /// Height left on the current page.
    pub fn room(&self) -> f32 {
        self.frame.content_bottom() - self.y
    }

    fn at_top(&self) -> bool {
        self.y <= self.frame.top + 0.01
    }

    #[cfg(test)]
    pub fn page_count(&self) -> usize {
        self.pages.len()
    }

    /// Starts a new page, unless the current one is still empty.
    pub fn new_page(&mut self) {
        if self.at_top() && self.pages.last().is_some_and(Vec::is_empty) {
            return;
        }
        self.pages.push(Vec::new());
        self.y = self.frame.top;
    }

    /// Breaks the page unless `height` still fits on it.
    pub fn keep(&mut self, height: f32) {
        if height > self.room() && !self.at_top() {
            self.new_page();
        }
    }

    /// Vertical space; none is carried over to the next page.
    pub fn space(&mut self, height: f32) {
        self.y = (self.y + height).min(self.frame.content_bottom());
    }

    /// Claims a block `height` tall (on a new page if it does not fit) and
    /// returns its top, for drawings placed with [`Flow::mark`].
    pub fn block(&mut self, height: f32) -> f32 {
        self.keep(height);
        let top = self.y;
        self.y += height;
        top
    }

    pub fn mark(&mut self, mark: Mark) {
        if let Some(page) = self.pages.last_mut() {
            page.push(mark);
        }
    }

    pub fn text(&mut self, x: f32, top: f32, text: impl Into<String>, style: Style) {
        self.mark(Mark::Text { x, baseline: top + style.baseline(), text: text.into(), style });
    }

    pub fn rule(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, width: f32, colour: Colour) {
        self.mark(Mark::Rule { x1, y1, x2, y2, width, colour });
    }

    pub fn paragraph(&mut self, text: &str, style: Style) {
        self.indented(text, style, 0.0);
    }

    /// A paragraph starting `indent` points in; lines break across pages.
    pub fn indented(&mut self, text: &str, style: Style, indent: f32) {
        let lh = style.line_height();
        for line in wrap(self.fonts, text, style, self.width() - indent) {
            self.keep(lh);
            let (x, top) = (self.left() + indent, self.y);
            self.text(x, top, line, style);
            self.y += lh;
        }
    }

    /// A heading kept on the same page as the first `keep_with` points of
    /// what follows it.
    pub fn heading(&mut self, text: &str, style: Style, keep_with: f32) {
        let lines = wrap(self.fonts, text, style, self.width()).len() as f32;
        self.keep(lines * style.line_height() + keep_with);
        self.paragraph(text, style);
    }

    /// `finish` with the footer every document of the app carries: the
    /// brand, and "Página 1 de 3".
    pub fn finish_with_footer(self, header: &str, words: &super::words::Words) -> Vec<Vec<Mark>> {
        self.finish(header, &words.get("pack-brand"), |page, total| {
            words.with("pack-page", &[("page", page.to_string()), ("total", total.to_string())])
        })
    }

    /// Adds the running header (the meeting's name) and the footer to every
    /// page, now that their number is known, and hands the pages over.
    pub fn finish(
        mut self,
        header: &str,
        footer_left: &str,
        page_label: impl Fn(usize, usize) -> String,
    ) -> Vec<Vec<Mark>> {
        if self.pages.len() > 1 && self.pages.last().is_some_and(Vec::is_empty) {
            self.pages.pop();
        }
        let style = Style::new(8.0, Weight::Regular, MUTED);
        let (left, right, width) = (self.left(), self.left() + self.width(), self.width());
        let header_lines = wrap_at_most(self.fonts, header, style, width, 2);
        let total = self.pages.len();
        let footer_top = self.frame.content_bottom() + 22.0;
        for (index, page) in self.pages.iter_mut().enumerate() {
            let mut top = 28.0;
            for line in &header_lines {
                page.push(Mark::Text { x: left, baseline: top + style.baseline(), text: line.clone(), style });
                top += style.line_height();
            }
            page.push(Mark::Rule { x1: left, y1: 52.0, x2: right, y2: 52.0, width: 0.5, colour: RULE });
            let footer_rule = footer_top - 6.0;
            page.push(Mark::Rule { x1: left, y1: footer_rule, x2: right, y2: footer_rule, width: 0.5, colour: RULE });
            let label = page_label(index + 1, total);
            let label_x = right - self.fonts.width(&label, style.weight, style.size);
            let footer_left = ellipsize(self.fonts, footer_left, style, label_x - left - 12.0);
            let baseline = footer_top + style.baseline();
            if !footer_left.is_empty() {
                page.push(Mark::Text { x: left, baseline, text: footer_left, style });
            }
            page.push(Mark::Text { x: label_x, baseline, text: label, style });
        }
        self.pages
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    pub const BODY: Style = Style::new(9.0, Weight::Regular, BLACK);

    pub fn fonts() -> &'static Fonts {
        Fonts::get().expect("fonts")
    }

    pub fn texts(page: &[Mark]) -> Vec<&str> {
        page.iter()
            .filter_map(|m| match m {
                Mark::Text { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn wrapping_keeps_every_word_within_the_width() {
        let text = "Señora Núñez pide que la junta de vecinos reciba el acta de la reunión anterior.\n¿Qué pasó?";
        let lines = wrap(fonts(), text, BODY, 120.0);
        assert!(lines.len() > 3, "{lines:?}");
        assert!(lines.iter().all(|l| fonts().width(l, Weight::Regular, 9.0) <= 120.0));
        assert_eq!(lines.last().map(String::as_str), Some("¿Qué pasó?"), "a line break starts a line");
        assert_eq!(lines.join(" "), text.replace('\n', " "), "no word lost");
        let long = wrap(fonts(), &"ñ".repeat(80), BODY, 60.0);
        assert!(long.len() > 2 && long.iter().all(|l| fonts().width(l, Weight::Regular, 9.0) <= 60.0));
        assert!(wrap(fonts(), "  \n ", BODY, 60.0).is_empty());
    }

    #[test]
    fn ellipsis_only_when_needed() {
        assert_eq!(ellipsize(fonts(), "Maipú", BODY, 200.0), "Maipú");
        let cut = ellipsize(fonts(), &"Reunión trimestral ".repeat(10), BODY, 100.0);
        assert!(cut.ends_with('…') && fonts().width(&cut, Weight::Regular, 9.0) <= 100.0, "{cut}");
    }

    #[test]
    fn every_page_gets_the_running_header_and_its_number() {
        let mut flow = Flow::new(fonts(), Frame::for_paper(Paper::A4));
        flow.paragraph(&"Señora Núñez pide el acta. ".repeat(600), BODY);
        let pages = flow.finish("Reunión trimestral", "Grupo Motor", |n, total| format!("Página {n} de {total}"));
        assert!(pages.len() >= 2, "{} pages", pages.len());
        for (i, page) in pages.iter().enumerate() {
            let words = texts(page);
            assert!(words.contains(&"Reunión trimestral") && words.contains(&"Grupo Motor"), "page {}", i + 1);
            assert!(words.contains(&format!("Página {} de {}", i + 1, pages.len()).as_str()));
        }
    }
}
