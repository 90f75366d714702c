//! Step two of a pack: `PackData` set on paper, section by section, in the
//! order of the meeting: cover, the period at a glance, commitments, what
//! neighbours said, forums, and the annex (attendance lists, a blank
//! sign-in sheet). Calm on paper: black text, one accent, grey rules.

use super::chart::{self, Bar, Tile};
use super::fonts::{Fonts, Weight};
use super::gather::PackData;
use super::layout::{Flow, Frame, Style, ACCENT, BLACK};
use super::styles::{BODY, SECTION, SMALL, SUBSECTION, TABLE};
use super::table::{Cell, Column, Table};
use super::words::Words;
use super::{pdf, sign_in, PackError};
use crate::domain::records::Count;

const TITLE: Style = Style::new(24.0, Weight::Bold, BLACK);
const KICKER: Style = Style::new(10.0, Weight::Bold, ACCENT);

pub fn render(data: &PackData) -> Result<Vec<u8>, PackError> {
    let fonts = Fonts::get()?;
    let words = Words::new(data.request.language);
    let frame = Frame::for_paper(data.request.paper);
    let mut flow = Flow::new(fonts, frame);
    let pack = Pack { data, words: &words };
    pack.cover(&mut flow);
    pack.at_a_glance(&mut flow);
    pack.commitments(&mut flow);
    pack.what_neighbours_said(&mut flow);
    pack.forums(&mut flow);
    pack.annex(&mut flow);
    let title = &data.request.meeting_title;
    let header = format!("{title} · {}", words.date(data.request.meeting_date));
    let pages = flow.finish_with_footer(&header, &words);
    Ok(pdf::write(fonts, frame, title, data.request.meeting_date, pages))
}

struct Pack<'a> {
    data: &'a PackData,
    words: &'a Words,
}

/// Room a heading keeps with what follows it.
const KEEP: f32 = 60.0;

impl Pack<'_> {
    fn t(&self, key: &str) -> String {
        self.words.get(key)
    }

    fn section(&self, flow: &mut Flow, key: &str) {
        flow.new_page();
        flow.heading(&self.t(key), SECTION, KEEP);
        flow.space(6.0);
    }

    fn subsection(&self, flow: &mut Flow, text: &str) {
        flow.space(10.0);
        flow.heading(text, SUBSECTION, KEEP);
        flow.space(3.0);
    }

    /// A table that names itself again if it goes on to another page.
    fn table(&self, flow: &mut Flow, mut table: Table, title: &str) {
        table.continued = Some(self.words.with("pack-continued", &[("title", title.to_string())]));
        flow.table(&table);
    }

    /// A line saying a list is empty, in place of its table.
    fn none(&self, flow: &mut Flow, key: &str) {
        flow.paragraph(&self.t(key), SMALL);
    }

    fn cover(&self, flow: &mut Flow) {
        let request = &self.data.request;
        let words = self.words;
        flow.space(40.0);
        flow.paragraph(&self.t("pack-brand"), KICKER);
        flow.space(8.0);
        flow.paragraph(&request.meeting_title, TITLE);
        flow.space(18.0);
        let place = if request.place.is_empty() { self.t("pack-place-unknown") } else { request.place.clone() };
        let mut facts = Table::new(vec![Column::new("", 1.0), Column::new("", 3.0)], BODY);
        facts.show_header = false;
        facts.rows = vec![
            vec![Cell::Bold(self.t("pack-cover-date")), Cell::text(words.date(request.meeting_date))],
            vec![Cell::Bold(self.t("pack-cover-place")), Cell::text(place)],
            vec![
                Cell::Bold(self.t("pack-cover-period")),
                Cell::text(words.period(request.period_start, request.period_end)),
            ],
        ];
        flow.table(&facts);
        if !request.agenda.is_empty() {
            self.subsection(flow, &self.t("pack-cover-agenda"));
            for (i, item) in request.agenda.iter().enumerate() {
                flow.indented(&format!("{}. {item}", i + 1), BODY, 4.0);
            }
        }
        self.subsection(flow, &self.t("pack-cover-contents"));
        for key in
            ["pack-glance-title", "pack-commitments-title", "pack-said-title", "pack-forums-title", "pack-annex-title"]
        {
            flow.indented(&self.t(key), BODY, 4.0);
        }
        if request.with_contacts {
            flow.space(14.0);
            flow.paragraph(&self.t("pack-cover-contacts-note"), BODY.with_weight(Weight::Bold));
        }
    }

    fn at_a_glance(&self, flow: &mut Flow) {
        let f = &self.data.figures;
        let n = |v| self.words.number(v);
        self.section(flow, "pack-glance-title");
        flow.paragraph(&self.words.period(f.from, f.to), SMALL);
        flow.space(8.0);
        let tile = |figure: String, key: &str| Tile { figure, label: self.t(key) };
        let reached = self.words.with(
            "pack-figure-neighbourhoods-value",
            &[("reached", n(f.neighbourhoods_reached)), ("total", n(f.neighbourhoods_total))],
        );
        let tiles = [
            tile(n(f.forums_held), "pack-figure-forums"),
            tile(n(f.people_reached), "pack-figure-people"),
            tile(n(f.first_time_participants), "pack-figure-first-time"),
            tile(reached, "pack-figure-neighbourhoods"),
            tile(n(f.children + f.adolescents), "pack-figure-children-adolescents"),
            tile(format!("{} / {}", n(f.women), n(f.men)), "pack-figure-women-men"),
            tile(n(f.attendances), "pack-figure-attendances"),
            tile(n(f.feedback_received), "pack-figure-feedback"),
            tile(n(f.feedback_open), "pack-figure-open"),
        ];
        chart::tiles(flow, &tiles, 3);
        self.subsection(flow, &self.t("pack-glance-chart"));
        let bar = |key: &str, value: i64| Bar { label: self.t(key), value, figure: n(value) };
        chart::bars(
            flow,
            &[
                bar("pack-figure-people", f.people_reached),
                bar("pack-figure-first-time", f.first_time_participants),
                bar("pack-figure-children", f.children),
                bar("pack-figure-adolescents", f.adolescents),
                bar("pack-figure-women", f.women),
                bar("pack-figure-men", f.men),
            ],
        );
        flow.space(8.0);
        flow.paragraph(&self.t("pack-glance-note"), SMALL);
    }

    fn commitments(&self, flow: &mut Flow) {
        let words = self.words;
        self.section(flow, "pack-commitments-title");
        let mut milestones = self.data.milestones.iter().peekable();
        while let Some(first) = milestones.peek() {
            let number = first.commitment_number;
            let heading = words.with(
                "pack-commitment-heading",
                &[("number", number.to_string()), ("title", first.commitment_title.clone())],
            );
            self.subsection(flow, &heading);
            flow.paragraph(
                &words.with("pack-commitment-lead", &[("directorate", first.lead_directorate.clone())]),
                SMALL,
            );
            flow.space(3.0);
            let mut table = Table::new(
                vec![
                    Column::new(self.t("pack-col-milestone"), 3.2),
                    Column::new(self.t("pack-col-planned-end"), 1.2),
                    Column::new(self.t("pack-col-completion"), 1.6),
                    Column::new(self.t("pack-col-progress"), 1.7),
                ],
                TABLE,
            );
            while let Some(m) = milestones.next_if(|m| m.commitment_number == number) {
                let end = m.planned_end.map(|d| words.date(d)).unwrap_or_default();
                let (end, level) = if m.late {
                    (format!("{end} ({})", self.t("pack-late-mark")), Cell::Bold(words.completion(m.completion)))
                } else {
                    (end, Cell::text(words.completion(m.completion)))
                };
                table.rows.push(vec![
                    Cell::text(&m.title),
                    Cell::text(end),
                    level,
                    Cell::Bar { percent: m.progress, label: words.percent(m.progress) },
                ]);
            }
            self.table(flow, table, &heading);
        }
        if self.data.milestones.is_empty() {
            self.none(flow, "pack-no-milestones");
        }
        self.notes_and_evidence(flow);
        self.late(flow);
    }

    fn notes_and_evidence(&self, flow: &mut Flow) {
        let words = self.words;
        self.subsection(flow, &self.t("pack-notes-title"));
        if self.data.notes.is_empty() {
            self.none(flow, "pack-no-notes");
        } else {
            let mut table = Table::new(
                vec![
                    Column::new(self.t("pack-col-date"), 1.0),
                    Column::new(self.t("pack-col-milestone"), 2.4),
                    Column::new(self.t("pack-col-note"), 4.3),
                ],
                TABLE,
            );
            for note in &self.data.notes {
                let mut text = format!("{}\n— {}", note.text, note.author);
                if let Some(level) = note.completion_after {
                    text.push_str(&format!(
                        "\n{}",
                        words.with("pack-note-moved", &[("level", words.completion(level))])
                    ));
                }
                table.rows.push(vec![
                    Cell::text(words.date(note.noted_on)),
                    Cell::text(format!("{}. {}", note.commitment_number, note.milestone_title)),
                    Cell::text(text),
                ]);
            }
            self.table(flow, table, &self.t("pack-notes-title"));
        }
        flow.space(6.0);
        if self.data.evidence.is_empty() {
            self.none(flow, "pack-no-evidence");
        } else {
            let mut table = Table::new(
                vec![
                    Column::new(self.t("pack-col-date"), 1.0),
                    Column::new(self.t("pack-col-milestone"), 3.0),
                    Column::new(self.t("pack-col-file"), 3.7),
                ],
                TABLE,
            );
            for file in &self.data.evidence {
                table.rows.push(vec![
                    Cell::text(words.date(file.added_on)),
                    Cell::text(format!("{}. {}", file.commitment_number, file.milestone_title)),
                    Cell::text(&file.file_name),
                ]);
            }
            self.table(flow, table, &self.t("pack-notes-title"));
        }
    }

    fn late(&self, flow: &mut Flow) {
        let words = self.words;
        self.subsection(flow, &self.t("pack-late-title"));
        let mut table = Table::new(
            vec![
                Column::new(self.t("pack-col-milestone"), 2.6),
                Column::new(self.t("pack-col-planned-end"), 1.1),
                Column::new(self.t("pack-col-completion"), 1.3),
                Column::new(self.t("pack-col-why"), 3.0),
            ],
            TABLE,
        );
        for m in self.data.late_milestones() {
            table.rows.push(vec![
                Cell::text(format!("{}. {}", m.commitment_number, m.title)),
                Cell::text(m.planned_end.map(|d| words.date(d)).unwrap_or_default()),
                Cell::text(words.completion(m.completion)),
                Cell::text(m.latest_note.clone().unwrap_or_else(|| self.t("pack-no-note"))),
            ]);
        }
        if table.rows.is_empty() {
            self.none(flow, "pack-no-late");
        } else {
            self.table(flow, table, &self.t("pack-late-title"));
        }
    }

    fn what_neighbours_said(&self, flow: &mut Flow) {
        let words = self.words;
        let counts = &self.data.feedback;
        self.section(flow, "pack-said-title");
        let received = self.data.figures.feedback_received;
        flow.paragraph(&words.with("pack-said-summary", &[("count", words.number(received))]), BODY);
        if received > 0 {
            self.subsection(flow, &self.t("pack-said-by-commitment"));
            let mut by_commitment = counts.by_commitment.clone();
            if counts.without_commitment > 0 {
                by_commitment
                    .push(Count { label: self.t("pack-said-without-commitment"), count: counts.without_commitment });
            }
            chart::bars(flow, &self.bars(&by_commitment));
            self.subsection(flow, &self.t("pack-said-by-neighbourhood"));
            let mut by_neighbourhood = counts.by_neighbourhood.clone();
            if counts.without_neighbourhood > 0 {
                by_neighbourhood.push(Count {
                    label: self.t("pack-said-without-neighbourhood"),
                    count: counts.without_neighbourhood,
                });
            }
            chart::bars(flow, &self.bars(&by_neighbourhood));
        }
        self.waiting(flow);
        self.answers(flow);
    }

    fn bars(&self, counts: &[Count]) -> Vec<Bar> {
        counts
            .iter()
            .map(|c| Bar { label: c.label.clone(), value: c.count, figure: self.words.number(c.count) })
            .collect()
    }

    fn waiting(&self, flow: &mut Flow) {
        let words = self.words;
        self.subsection(flow, &self.t("pack-open-title"));
        if self.data.waiting.is_empty() {
            self.none(flow, "pack-open-none");
            return;
        }
        let intro = words.with("pack-open-intro", &[("date", words.date(self.data.figures.as_of))]);
        flow.paragraph(&intro, SMALL);
        flow.space(3.0);
        let mut table = Table::new(
            vec![
                Column::new(self.t("pack-col-received"), 1.05),
                Column::new(self.t("pack-col-days"), 0.6).right(),
                Column::new(self.t("pack-col-neighbourhood"), 1.3),
                Column::new(self.t("pack-col-commitment"), 0.75).right(),
                Column::new(self.t("pack-col-said"), 3.6),
                Column::new(self.t("pack-col-status"), 1.4),
            ],
            TABLE,
        );
        for item in &self.data.waiting {
            let status = match &item.forwarded_to {
                Some(to) => words.with("pack-status-forwarded", &[("directorate", to.clone())]),
                None => self.t("pack-status-open"),
            };
            table.rows.push(vec![
                Cell::text(words.date(item.received_on)),
                Cell::text(words.number(item.age_days)),
                Cell::text(item.neighbourhood.clone().unwrap_or_default()),
                Cell::text(item.commitment_number.map(|n| n.to_string()).unwrap_or_default()),
                Cell::text(&item.text),
                Cell::text(status),
            ]);
        }
        self.table(flow, table, &self.t("pack-open-title"));
    }

    fn answers(&self, flow: &mut Flow) {
        let words = self.words;
        self.subsection(flow, &self.t("pack-answers-title"));
        let since = words.with("pack-answers-intro", &[("date", words.date(self.data.answers_since))]);
        flow.paragraph(&since, SMALL);
        flow.space(3.0);
        if self.data.answers.is_empty() {
            self.none(flow, "pack-answers-none");
            return;
        }
        let mut table = Table::new(
            vec![Column::new(self.t("pack-col-you-said"), 1.0), Column::new(self.t("pack-col-we-did"), 1.0)],
            TABLE,
        );
        for answer in &self.data.answers {
            let place = answer.neighbourhood.clone().map(|n| format!(" · {n}")).unwrap_or_default();
            table.rows.push(vec![
                Cell::text(format!("{}\n({}{place})", answer.text, words.date(answer.received_on))),
                Cell::text(format!("{}\n({})", answer.answer, words.date(answer.answered_on))),
            ]);
        }
        self.table(flow, table, &self.t("pack-answers-title"));
    }

    fn forums(&self, flow: &mut Flow) {
        let words = self.words;
        self.section(flow, "pack-forums-title");
        if self.data.forums.is_empty() {
            self.none(flow, "pack-forums-none");
        } else {
            let mut table = Table::new(
                vec![
                    Column::new(self.t("pack-col-date"), 1.0),
                    Column::new(self.t("pack-col-forum"), 2.6),
                    Column::new(self.t("pack-col-kind"), 1.7),
                    Column::new(self.t("pack-col-place"), 2.0),
                    Column::new(self.t("pack-col-attendance"), 1.05).right(),
                ],
                TABLE,
            );
            for forum in &self.data.forums {
                table.rows.push(vec![
                    Cell::text(words.date(forum.starts_at.date())),
                    Cell::text(&forum.title),
                    Cell::text(words.forum_kind(forum.kind)),
                    Cell::text(&forum.place),
                    Cell::text(signed_mark(words.number(forum.attendance), forum.signed_sheet)),
                ]);
            }
            let total: i64 = self.data.forums.iter().map(|f| f.attendance).sum();
            table.rows.push(vec![
                Cell::Bold(self.t("pack-forums-total")),
                Cell::text(""),
                Cell::text(""),
                Cell::text(""),
                Cell::Bold(words.number(total)),
            ]);
            self.table(flow, table, &self.t("pack-forums-title"));
            if self.data.forums.iter().any(|f| f.signed_sheet) {
                flow.paragraph(&self.t("pack-forums-signed-note"), SMALL);
            }
        }
        self.subsection(flow, &self.t("pack-forums-chart"));
        flow.paragraph(&self.t("pack-forums-chart-note"), SMALL);
        flow.space(4.0);
        chart::bars(flow, &self.bars(&self.data.attendance_by_neighbourhood));
    }

    fn annex(&self, flow: &mut Flow) {
        let words = self.words;
        let contacts = self.data.request.with_contacts;
        self.section(flow, "pack-annex-title");
        if self.data.attendance_lists.is_empty() {
            self.none(flow, "pack-forums-none");
        }
        for list in &self.data.attendance_lists {
            let forum = &list.forum;
            let heading = words.with(
                "pack-annex-forum",
                &[
                    ("date", words.date(forum.starts_at.date())),
                    ("title", forum.title.clone()),
                    ("count", words.number(forum.attendance)),
                ],
            );
            self.subsection(flow, &heading);
            if forum.signed_sheet {
                flow.paragraph(&self.t("pack-annex-signed-sheet"), SMALL);
                flow.space(2.0);
            }
            let mut columns = vec![
                Column::new(self.t("pack-col-name"), 2.4),
                Column::new(self.t("pack-col-neighbourhood"), 1.5),
                Column::new(self.t("pack-col-organization"), 2.4),
            ];
            if contacts {
                columns.push(Column::new(self.t("pack-col-phone"), 1.4));
                columns.push(Column::new(self.t("pack-col-email"), 2.0));
            }
            let mut table = Table::new(columns, TABLE);
            for person in &list.people {
                let mut row = vec![
                    Cell::text(&person.full_name),
                    Cell::text(person.neighbourhood.clone().unwrap_or_default()),
                    Cell::text(person.organization.clone().unwrap_or_default()),
                ];
                if contacts {
                    // Held on one line: a phone number split in two is misdialled.
                    let phone = person.phone.clone().unwrap_or_default().replace(' ', "\u{a0}");
                    row.push(Cell::text(phone));
                    row.push(Cell::text(person.email.clone().unwrap_or_default()));
                }
                table.rows.push(row);
            }
            if table.rows.is_empty() {
                self.none(flow, "pack-annex-empty");
            } else {
                self.table(flow, table, &heading);
            }
            let erased = forum.attendance - list.people.len() as i64;
            if erased > 0 {
                flow.space(2.0);
                flow.paragraph(&words.with("pack-annex-erased", &[("count", words.number(erased))]), SMALL);
            }
        }
        // The meeting's own sign-in sheet, on a page of its own.
        flow.new_page();
        let request = &self.data.request;
        sign_in::sheet_page(
            flow,
            words,
            &request.meeting_title,
            &[words.date(request.meeting_date), request.place.clone()],
            &[],
            crate::store::paper_sheet::BLANK_ROWS,
        );
    }
}

/// A forum's attendance figure, marked when it came from a signed paper sheet.
fn signed_mark(figure: String, signed: bool) -> String {
    if signed {
        format!("{figure} *")
    } else {
        figure
    }
}
