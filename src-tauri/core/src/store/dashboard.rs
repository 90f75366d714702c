//! The dashboard's read model: the period's figures, waiting feedback by
//! age and the milestones, all judged at one day: the period's end, or
//! today while it runs (`figures::judged_at`).

use chrono::NaiveDate;
use rusqlite::{named_params, Connection};

use super::figures::{attendance_by_neighbourhood, check_period, figures, judged_at, WAITING_AT};
use super::milestone_history::standings_at;
use super::sql::day;
use super::Result;
use crate::domain::kinds::Completion;
use crate::domain::records::{Count, Dashboard, MilestoneBar};

/// Feedback waiting at `at` (the one definition, `figures::WAITING_AT`), by
/// its age in days at `at`: the buckets add up to `Figures::feedback_open`.
pub fn waiting_feedback_by_age(conn: &Connection, at: NaiveDate) -> Result<Vec<Count>> {
    let sql = format!(
        "WITH {WAITING_AT}, aged AS (SELECT julianday(:waiting_at) - julianday(received_on) AS age FROM waiting)
         SELECT count(*) FILTER (WHERE age <= 30), count(*) FILTER (WHERE age > 30 AND age <= 60),
                count(*) FILTER (WHERE age > 60 AND age <= 90), count(*) FILTER (WHERE age > 90)
         FROM aged"
    );
    let (a, b, c, d) = conn.query_row(&sql, named_params! { ":waiting_at": day(at) }, |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
    })?;
    let bucket = |label: &str, count| Count { label: label.into(), count };
    Ok(vec![bucket("0-30", a), bucket("31-60", b), bucket("61-90", c), bucket("91+", d)])
}

/// Each milestone as it stood at `at` (`milestone_history::standings_at`,
/// the pack's standings too), by commitment number.
pub fn milestone_bars(conn: &Connection, at: NaiveDate) -> Result<Vec<MilestoneBar>> {
    Ok(standings_at(conn, at)?
        .into_iter()
        .map(|m| MilestoneBar {
            commitment_number: m.commitment_number,
            title: m.title,
            completion: m.completion,
            progress: m.progress,
            late: m.late,
        })
        .collect())
}

/// The dashboard of `from..=to`, judged at `judged_at(to, today)`; a
/// reversed period is refused.
pub fn dashboard(conn: &Connection, from: NaiveDate, to: NaiveDate, today: NaiveDate) -> Result<Dashboard> {
    check_period(from, to)?;
    let at = judged_at(to, today);
    let milestones = milestone_bars(conn, at)?;
    let milestones_by_completion = Completion::ALL
        .iter()
        .map(|level| Count {
            label: level.as_str().into(),
            count: milestones.iter().filter(|m| m.completion == *level).count() as i64,
        })
        .collect();
    Ok(Dashboard {
        figures: figures(conn, from, to, at)?,
        attendance_by_neighbourhood: attendance_by_neighbourhood(conn, from, to, at)?,
        waiting_feedback_by_age: waiting_feedback_by_age(conn, at)?,
        milestones_by_completion,
        milestones,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::kinds::AttendanceRole;
    use crate::domain::records::PersonDraft;
    use crate::store::forums::tests::draft;
    use crate::store::{attendance, forums, people, reference, Store};
    use crate::testing::in_tx;

    fn date(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).expect("date")
    }

    #[test]
    fn the_dashboard_lists_every_neighbourhood_ages_waiting_feedback_and_counts_milestones() {
        use crate::domain::records::{FeedbackDraft, MilestoneDraft, NoteDraft};
        use crate::store::{feedback, milestones};
        let store = Store::open_in_memory().expect("store");
        let conn = store.conn();
        let pehuen = reference::neighbourhood_id_by_name(conn, "Pehuén").expect("q");
        let rosa = people::create(
            conn,
            &PersonDraft { full_name: "Rosa".into(), neighbourhood_id: pehuen, ..PersonDraft::default() },
        )
        .expect("person");
        let forum = forums::create(conn, &draft("Julio", "10-07-2026")).expect("forum");
        attendance::register(conn, forum, rosa, AttendanceRole::Neighbour).expect("register");
        for received in ["01-11-2026", "01-09-2026", "01-01-2026"] {
            let item = FeedbackDraft {
                forum_id: None,
                person_id: None,
                text: "Luminaria".into(),
                neighbourhood_id: None,
                commitment_id: None,
                milestone_id: None,
                kind: crate::domain::kinds::FeedbackKind::Concern,
                priority: crate::domain::kinds::Priority::Medium,
                received_on: received.into(),
            };
            feedback::record(conn, &item).expect("feedback");
        }
        let commitment = reference::commitments(conn).expect("c")[0].id;
        let plan = |title: &str, end: &str| MilestoneDraft {
            commitment_id: commitment,
            title: title.into(),
            planned_start: String::new(),
            planned_end: end.into(),
        };
        let done = milestones::create(conn, &plan("Hecho", "01-06-2026")).expect("m");
        milestones::create(conn, &plan("Atrasado", "01-06-2026")).expect("m");
        let note = NoteDraft {
            noted_on: "01-06-2026".into(),
            author: "GM".into(),
            text: "Listo".into(),
            completion: Some(Completion::Complete),
            progress: None,
        };
        in_tx(conn, |tx| milestones::add_note(tx, done, &note));

        let board = dashboard(conn, date(7, 1), date(9, 30), date(11, 25)).expect("dashboard");
        assert_eq!(board.attendance_by_neighbourhood.len(), 21);
        assert_eq!(board.attendance_by_neighbourhood[0], Count { label: "Pehuén".into(), count: 1 });
        let ages: Vec<i64> = board.waiting_feedback_by_age.iter().map(|c| c.count).collect();
        assert_eq!(ages, [1, 0, 0, 1], "29 and 272 days old on 30-09; the November item came after");
        assert_eq!(board.figures.feedback_open, ages.iter().sum::<i64>());
        let count_of = |level: &str| board.milestones_by_completion.iter().find(|c| c.label == level).map(|c| c.count);
        assert_eq!((count_of("complete"), count_of("not_started")), (Some(1), Some(1)));
        let late: Vec<&str> = board.milestones.iter().filter(|m| m.late).map(|m| m.title.as_str()).collect();
        assert_eq!(late, ["Atrasado"]);
    }
}
