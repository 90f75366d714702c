//! The text styles every printed document shares (the pack, sign-in
//! sheets, a person's data), so none of them borrows another's.

use super::fonts::Weight;
use super::layout::{Style, ACCENT, BLACK, MUTED};

pub const BODY: Style = Style::new(10.0, Weight::Regular, BLACK);
pub const SMALL: Style = Style::new(8.5, Weight::Regular, MUTED);
pub const TABLE: Style = Style::new(8.5, Weight::Regular, BLACK);
pub const SECTION: Style = Style::new(17.0, Weight::Bold, ACCENT);
pub const SUBSECTION: Style = Style::new(11.5, Weight::Bold, BLACK);
