//! The pack's pictures: horizontal bar charts and figure tiles, drawn with
//! rectangles and text through the layout (rows never split across pages).

use super::fonts::Weight;
use super::layout::{wrap, Flow, Mark, Style, ACCENT, BLACK, RULE};

/// One bar: what it counts, how many, and how the figure is written.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: i64,
    pub figure: String,
}

const LABEL: Style = Style::new(8.5, Weight::Regular, BLACK);
const GAP: f32 = 5.0;

/// Labels on the left (wrapped when long), bars scaled to the largest
/// value, each figure just after its bar.
pub fn bars(flow: &mut Flow, bars: &[Bar]) {
    let fonts = flow.fonts();
    let label_width = flow.width() * 0.36;
    let figure_width = bars.iter().map(|b| fonts.width(&b.figure, Weight::Bold, LABEL.size)).fold(0.0, f32::max);
    let track = flow.width() - label_width - GAP - figure_width - GAP;
    let max = bars.iter().map(|b| b.value).max().unwrap_or(0).max(1) as f32;
    let lh = LABEL.line_height();
    for bar in bars {
        let lines = wrap(fonts, &bar.label, LABEL, label_width - GAP);
        let height = lines.len().max(1) as f32 * lh + 3.0;
        let top = flow.block(height);
        for (i, line) in lines.into_iter().enumerate() {
            flow.text(flow.left(), top + i as f32 * lh, line, LABEL);
        }
        let x = flow.left() + label_width;
        let length = track * bar.value.max(0) as f32 / max;
        let bar_height = LABEL.size * 0.95;
        let bar_top = top + (lh - bar_height) / 2.0;
        if length > 0.0 {
            flow.mark(Mark::Rect { x, top: bar_top, width: length, height: bar_height, fill: ACCENT });
        } else {
            // A zero still shows where the bar would start.
            flow.rule(x, bar_top, x, bar_top + bar_height, 0.8, RULE);
        }
        flow.text(x + length + GAP, top, bar.figure.clone(), LABEL.with_weight(Weight::Bold));
    }
}

/// A headline figure: the number, large, over what it counts.
#[derive(Debug, Clone, PartialEq)]
pub struct Tile {
    pub figure: String,
    pub label: String,
}

const FIGURE: Style = Style::new(20.0, Weight::Bold, ACCENT);
const CAPTION: Style = Style::new(8.5, Weight::Regular, BLACK);

/// Tiles in rows of `per_row`, boxed with grey rules.
pub fn tiles(flow: &mut Flow, tiles: &[Tile], per_row: usize) {
    let fonts = flow.fonts();
    let per_row = per_row.max(1);
    let gap = 8.0;
    let width = (flow.width() - gap * (per_row - 1) as f32) / per_row as f32;
    let pad = 7.0;
    for row in tiles.chunks(per_row) {
        let captions: Vec<Vec<String>> =
            row.iter().map(|t| wrap(fonts, &t.label, CAPTION, width - 2.0 * pad)).collect();
        let caption_lines = captions.iter().map(Vec::len).max().unwrap_or(1) as f32;
        let height = 2.0 * pad + FIGURE.line_height() + caption_lines * CAPTION.line_height();
        let top = flow.block(height);
        for (i, (tile, caption)) in row.iter().zip(captions).enumerate() {
            let x = flow.left() + i as f32 * (width + gap);
            let (right, bottom) = (x + width, top + height);
            for (x1, y1, x2, y2) in
                [(x, top, right, top), (x, bottom, right, bottom), (x, top, x, bottom), (right, top, right, bottom)]
            {
                flow.rule(x1, y1, x2, y2, 0.5, RULE);
            }
            flow.text(x + pad, top + pad, tile.figure.clone(), FIGURE);
            for (j, line) in caption.into_iter().enumerate() {
                let line_top = top + pad + FIGURE.line_height() + j as f32 * CAPTION.line_height();
                flow.text(x + pad, line_top, line, CAPTION);
            }
        }
        flow.space(gap);
    }
}
