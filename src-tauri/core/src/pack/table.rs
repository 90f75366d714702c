//! Tables for the layout: rows wrap inside their cells, columns widen so
//! words need not break, and a long table goes on to the next page with its
//! caption and header row repeated.

use super::fonts::Weight;
use super::layout::{words, wrap, wrap_at_most, Flow, Mark, Style, ACCENT, MUTED, RULE, TRACK};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub title: String,
    /// Share of the table's width (shares are scaled to fill it).
    pub share: f32,
    pub align: Align,
}

impl Column {
    pub fn new(title: impl Into<String>, share: f32) -> Self {
        Self { title: title.into(), share, align: Align::Left }
    }

    pub fn right(self) -> Self {
        Self { align: Align::Right, ..self }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    Bold(String),
    /// A progress bar with its figure, e.g. 70 and "70 %".
    Bar {
        percent: i64,
        label: String,
    },
}

impl Cell {
    pub fn text(text: impl Into<String>) -> Self {
        Cell::Text(text.into())
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<Cell>>,
    pub style: Style,
    pub show_header: bool,
    /// Rows are at least this tall (room to write by hand on a sign-in sheet).
    pub min_row_height: f32,
    /// Vertical rules between columns, as on a form.
    pub grid: bool,
    /// Printed above the repeated header when the table goes on to another
    /// page, so a reader knows whose list it is.
    pub continued: Option<String>,
}

impl Table {
    pub fn new(columns: Vec<Column>, style: Style) -> Self {
        Self { columns, rows: Vec::new(), style, show_header: true, min_row_height: 0.0, grid: false, continued: None }
    }
}

/// Style of the "(continued)" line over a table's repeated header.
const CONTINUED: Style = Style::new(8.5, Weight::Bold, MUTED);

const CELL_PAD: f32 = 3.5;

/// A cell broken into lines; a bar takes one line.
enum CellLines {
    Lines(Vec<String>, Weight),
    Bar { percent: i64, label: String },
}

impl CellLines {
    fn count(&self) -> usize {
        match self {
            CellLines::Lines(lines, _) => lines.len(),
            CellLines::Bar { .. } => 1,
        }
    }
}

impl Flow<'_> {
    pub fn table(&mut self, table: &Table) {
        let widths = self.column_widths(table);
        let lh = table.style.line_height();
        let header_style = table.style.with_weight(Weight::Bold);
        let header: Vec<CellLines> = table
            .columns
            .iter()
            .zip(&widths)
            .map(|(c, w)| CellLines::Lines(self.cell_lines(&c.title, header_style, *w), Weight::Bold))
            .collect();
        let header_height = if table.show_header { self.row_height(&header, lh) } else { 0.0 };
        let caption =
            // Bounded: a caption taller than a page would start pages for ever.
            table.continued.as_deref().map(|c| wrap_at_most(self.fonts, c, CONTINUED, self.width(), 2)).unwrap_or_default();
        let continued_height = caption.len() as f32 * CONTINUED.line_height() + 2.0;
        let capacity = self.frame.content_bottom() - self.frame.top - header_height - continued_height;

        // A header never stands alone at the foot of a page.
        self.keep(header_height + lh + 2.0 * CELL_PAD);
        self.table_header(table, &widths, &header, header_height);
        for row in &table.rows {
            let cells: Vec<CellLines> = row
                .iter()
                .zip(&widths)
                .map(|(cell, w)| match cell {
                    Cell::Text(t) => CellLines::Lines(self.cell_lines(t, table.style, *w), Weight::Regular),
                    Cell::Bold(t) => CellLines::Lines(self.cell_lines(t, header_style, *w), Weight::Bold),
                    Cell::Bar { percent, label } => CellLines::Bar { percent: *percent, label: label.clone() },
                })
                .collect();
            let lines = cells.iter().map(CellLines::count).max().unwrap_or(0).max(1);
            let height = self.row_height(&cells, lh).max(table.min_row_height);
            if height > self.room() && height <= capacity {
                self.continue_table(table, &widths, &header, header_height, &caption);
            }
            // A row taller than a whole page goes on in slices.
            let mut start = 0;
            while start < lines {
                let fit = ((self.room() - 2.0 * CELL_PAD) / lh).floor().max(0.0) as usize;
                if fit == 0 {
                    self.continue_table(table, &widths, &header, header_height, &caption);
                    continue;
                }
                let end = lines.min(start + fit);
                let whole = start == 0 && end == lines;
                let slice_height = (end - start) as f32 * lh + 2.0 * CELL_PAD;
                let slice_height = if whole { height } else { slice_height };
                self.table_row(table, &widths, &cells, start..end, slice_height);
                start = end;
            }
        }
    }

    /// Column widths from their shares, widened where needed so that no
    /// word must break between letters (up to 40 % of the table).
    fn column_widths(&self, table: &Table) -> Vec<f32> {
        let total = self.width();
        let shares: f32 = table.columns.iter().map(|c| c.share).sum::<f32>().max(f32::EPSILON);
        let mut widths: Vec<f32> = table.columns.iter().map(|c| c.share / shares * total).collect();
        let widest = |text: &str, weight: Weight| {
            words(text).map(|w| self.fonts.width(w, weight, table.style.size)).fold(0.0, f32::max)
        };
        let needed: Vec<f32> = table
            .columns
            .iter()
            .enumerate()
            .map(|(i, column)| {
                let cells = table.rows.iter().filter_map(|row| row.get(i)).map(|cell| match cell {
                    Cell::Text(t) => widest(t, Weight::Regular),
                    Cell::Bold(t) => widest(t, Weight::Bold),
                    Cell::Bar { .. } => self.fonts.width("100 %", Weight::Regular, table.style.size) + 24.0,
                });
                let word = cells.fold(widest(&column.title, Weight::Bold), f32::max);
                (word + 2.0 * CELL_PAD).min(total * 0.4)
            })
            .collect();
        let deficit: f32 = widths.iter().zip(&needed).map(|(w, n)| (n - w).max(0.0)).sum();
        let slack: f32 = widths.iter().zip(&needed).map(|(w, n)| (w - n).max(0.0)).sum();
        if deficit > 0.0 && slack > 0.0 {
            // Wide columns give up part of their spare room to narrow ones.
            let (grow, shrink) = ((slack / deficit).min(1.0), (deficit / slack).min(1.0));
            for (width, need) in widths.iter_mut().zip(&needed) {
                if *width < *need {
                    *width += (need - *width) * grow;
                } else {
                    *width -= (*width - need) * shrink;
                }
            }
        }
        widths
    }

    /// A new page for a table that goes on: its caption and header again.
    fn continue_table(
        &mut self,
        table: &Table,
        widths: &[f32],
        header: &[CellLines],
        header_height: f32,
        caption: &[String],
    ) {
        self.new_page();
        for line in caption {
            let (x, top) = (self.left(), self.y);
            self.text(x, top, line.clone(), CONTINUED);
            self.y += CONTINUED.line_height();
        }
        self.space(2.0);
        self.table_header(table, widths, header, header_height);
    }

    fn cell_lines(&self, text: &str, style: Style, width: f32) -> Vec<String> {
        wrap(self.fonts, text, style, width - 2.0 * CELL_PAD)
    }

    fn row_height(&self, cells: &[CellLines], lh: f32) -> f32 {
        let lines = cells.iter().map(CellLines::count).max().unwrap_or(0).max(1);
        lines as f32 * lh + 2.0 * CELL_PAD
    }

    fn table_header(&mut self, table: &Table, widths: &[f32], header: &[CellLines], height: f32) {
        if !table.show_header {
            return;
        }
        let lines = header.iter().map(CellLines::count).max().unwrap_or(1);
        self.table_row(table, widths, header, 0..lines, height);
        // An accent rule under the header row, over the grey row rule.
        let (x1, x2, y) = (self.left(), self.left() + self.width(), self.y);
        self.rule(x1, y, x2, y, 0.9, ACCENT);
    }

    fn table_row(
        &mut self,
        table: &Table,
        widths: &[f32],
        cells: &[CellLines],
        lines: std::ops::Range<usize>,
        height: f32,
    ) {
        let lh = table.style.line_height();
        let top = self.y;
        let mut x = self.left();
        for ((cell, width), column) in cells.iter().zip(widths).zip(&table.columns) {
            match cell {
                CellLines::Lines(texts, weight) => {
                    let style = table.style.with_weight(*weight);
                    for (i, line) in texts.iter().enumerate().take(lines.end).skip(lines.start) {
                        let line_top = top + CELL_PAD + (i - lines.start) as f32 * lh;
                        let line_x = match column.align {
                            Align::Left => x + CELL_PAD,
                            Align::Right => x + width - CELL_PAD - self.fonts.width(line, *weight, style.size),
                        };
                        self.text(line_x, line_top, line.clone(), style);
                    }
                }
                CellLines::Bar { percent, label } if lines.start == 0 => {
                    self.progress_bar(
                        x + CELL_PAD,
                        top + CELL_PAD,
                        width - 2.0 * CELL_PAD,
                        *percent,
                        label,
                        table.style,
                    );
                }
                CellLines::Bar { .. } => {}
            }
            x += width;
        }
        let (left, right, bottom) = (self.left(), self.left() + self.width(), top + height);
        self.rule(left, bottom, right, bottom, 0.4, RULE);
        if table.grid {
            let mut x = left;
            self.rule(left, top, right, top, 0.4, RULE);
            self.rule(x, top, x, bottom, 0.4, RULE);
            for width in widths {
                x += width;
                self.rule(x, top, x, bottom, 0.4, RULE);
            }
        }
        self.y = bottom;
    }

    /// A bar `width` wide on one line of `style`: the accent part is the
    /// progress, the label ("70 %") right-aligned after it.
    pub fn progress_bar(&mut self, x: f32, top: f32, width: f32, percent: i64, label: &str, style: Style) {
        let label_width = self.fonts.width("100 %", style.weight, style.size) + 4.0;
        let track = (width - label_width).max(10.0);
        let height = style.size * 0.75;
        let bar_top = top + (style.line_height() - height) / 2.0;
        self.mark(Mark::Rect { x, top: bar_top, width: track, height, fill: TRACK });
        let done = track * percent.clamp(0, 100) as f32 / 100.0;
        if done > 0.0 {
            self.mark(Mark::Rect { x, top: bar_top, width: done, height, fill: ACCENT });
        }
        let label_x = x + width - self.fonts.width(label, style.weight, style.size);
        self.text(label_x, top, label, style);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::layout::tests::{fonts, texts, BODY};
    use crate::pack::layout::{Frame, Mark};
    use crate::pack::Paper;

    fn long_table(rows: usize) -> Table {
        let mut table = Table::new(vec![Column::new("Nombre", 2.0), Column::new("Barrio", 1.0).right()], BODY);
        for i in 0..rows {
            table.rows.push(vec![Cell::text(format!("Persona {i}")), Cell::text("Pehuén")]);
        }
        table
    }

    #[test]
    fn a_long_table_breaks_across_pages_with_its_header_repeated() {
        let mut flow = Flow::new(fonts(), Frame::for_paper(Paper::A4));
        flow.paragraph("Antes de la tabla", BODY);
        flow.table(&long_table(150));
        let pages = flow.finish("Reunión trimestral", "Grupo Motor", |n, total| format!("Página {n} de {total}"));
        assert!(pages.len() >= 3, "{} pages", pages.len());
        for (i, page) in pages.iter().enumerate() {
            let words = texts(page);
            assert!(words.contains(&"Nombre") && words.contains(&"Barrio"), "header on page {}", i + 1);
            assert!(words.contains(&"Reunión trimestral"), "running header on page {}", i + 1);
            let footer = format!("Página {} de {}", i + 1, pages.len());
            assert!(words.contains(&footer.as_str()), "{footer}");
        }
        let all: Vec<&str> = pages.iter().flat_map(|p| texts(p)).collect();
        assert!((0..150).all(|i| all.contains(&format!("Persona {i}").as_str())), "every row printed once");
    }

    #[test]
    fn nothing_is_drawn_outside_the_content_area_or_across_the_footer() {
        let frame = Frame::for_paper(Paper::Letter);
        let mut flow = Flow::new(fonts(), frame);
        let mut table = long_table(5);
        // One cell far taller than a page: it must go on in slices.
        table.rows.push(vec![Cell::text("palabra ".repeat(3000)), Cell::text("Rinconada")]);
        flow.table(&table);
        let pages = flow.finish("Reunión", "", |n, t| format!("{n}/{t}"));
        assert!(pages.len() >= 3, "{}", pages.len());
        for page in &pages {
            for mark in page {
                if let Mark::Text { x, baseline, text, style } = mark {
                    let right = x + fonts().width(text, style.weight, style.size);
                    assert!(*x >= frame.margin - 0.01 && right <= frame.width - frame.margin + 0.01, "{text}");
                    let footer = text.contains('/');
                    assert!(footer || *baseline <= frame.content_bottom(), "{text} at {baseline}");
                }
            }
        }
    }

    #[test]
    fn a_header_never_ends_a_page_alone() {
        let frame = Frame::for_paper(Paper::A4);
        let mut flow = Flow::new(fonts(), frame);
        flow.space(frame.content_bottom() - frame.top - 15.0);
        flow.table(&long_table(3));
        assert_eq!(flow.page_count(), 2);
    }
}
