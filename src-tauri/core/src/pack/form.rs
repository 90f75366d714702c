//! What a printed form needs besides text: lines to write on, boxes to
//! tick, signature lines, bulleted lists. Drawn with the layout's marks.

use super::fonts::Weight;
use super::layout::{Flow, Style, BLACK};
use super::styles::BODY;

/// Darker than a table's rules: a line to write on must show on a photocopy.
const INK: super::layout::Colour = super::layout::Colour(0.3, 0.3, 0.3);
/// Tall enough to write on by hand.
const FIELD_HEIGHT: f32 = 28.0;
const BOX: f32 = 9.0;

impl Flow<'_> {
    /// "Label ________": the label, then a line to the right margin (under
    /// the label when the label takes most of the width).
    pub fn field(&mut self, label: &str) {
        let style = BODY;
        let label_width = self.fonts().width(label, style.weight, style.size);
        let (left, right) = (self.left(), self.left() + self.width());
        if label_width > self.width() * 0.6 {
            self.paragraph(label, style);
            let top = self.block(FIELD_HEIGHT - 6.0);
            let y = top + FIELD_HEIGHT - 8.0;
            self.rule(left, y, right, y, 0.6, INK);
            return;
        }
        let top = self.block(FIELD_HEIGHT);
        let baseline = top + FIELD_HEIGHT - 8.0;
        self.text(left, baseline - style.baseline(), label, style);
        self.rule(left + label_width + 6.0, baseline + 1.5, right, baseline + 1.5, 0.6, INK);
    }

    /// Two fields side by side ("RUT ____   Relación ____").
    pub fn field_pair(&mut self, first: &str, second: &str) {
        let style = BODY;
        let half = self.width() / 2.0;
        let top = self.block(FIELD_HEIGHT);
        let baseline = top + FIELD_HEIGHT - 8.0;
        for (i, label) in [first, second].into_iter().enumerate() {
            let x = self.left() + i as f32 * half;
            let label_width = self.fonts().width(label, style.weight, style.size);
            self.text(x, baseline - style.baseline(), label, style);
            let end = x + half - if i == 0 { 14.0 } else { 0.0 };
            self.rule(x + label_width + 6.0, baseline + 1.5, end, baseline + 1.5, 0.6, INK);
        }
    }

    /// A box to tick, then its label (wrapped beside the box).
    pub fn checkbox(&mut self, label: &str, style: Style) {
        let indent = BOX + 8.0;
        let lines = super::layout::wrap(self.fonts(), label, style, self.width() - indent);
        let height = lines.len().max(1) as f32 * style.line_height() + 4.0;
        let top = self.block(height);
        let (x, y) = (self.left(), top + (style.line_height() - BOX) / 2.0);
        for (x1, y1, x2, y2) in
            [(x, y, x + BOX, y), (x + BOX, y, x + BOX, y + BOX), (x + BOX, y + BOX, x, y + BOX), (x, y + BOX, x, y)]
        {
            self.rule(x1, y1, x2, y2, 0.7, BLACK);
        }
        for (n, line) in lines.into_iter().enumerate() {
            self.text(x + indent, top + n as f32 * style.line_height(), line, style);
        }
    }

    /// Bulleted items, each wrapped under its own first word.
    pub fn bullets(&mut self, items: &[String], style: Style) {
        for item in items {
            let lines = super::layout::wrap(self.fonts(), item, style, self.width() - 12.0);
            for (n, line) in lines.into_iter().enumerate() {
                self.keep(style.line_height());
                let top = self.y;
                if n == 0 {
                    self.text(self.left() + 2.0, top, "•", style);
                }
                self.text(self.left() + 12.0, top, line, style);
                self.y += style.line_height();
            }
        }
    }

    /// Signature lines side by side, each with its caption under the line.
    pub fn signatures(&mut self, captions: &[String]) {
        let style = Style::new(8.5, Weight::Regular, BLACK);
        let count = captions.len().max(1) as f32;
        let gap = 24.0;
        let width = (self.width() - gap * (count - 1.0)) / count;
        let top = self.block(56.0);
        for (i, caption) in captions.iter().enumerate() {
            let x = self.left() + i as f32 * (width + gap);
            self.rule(x, top + 36.0, x + width, top + 36.0, 0.7, BLACK);
            let caption = super::layout::ellipsize(self.fonts(), caption, style, width);
            self.text(x, top + 40.0, caption, style);
        }
    }
}
