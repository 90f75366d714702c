//! Step one of a pack: everything it shows, read from the database into a
//! plain struct. Headline figures come from `store::figures::figures`, the
//! same the dashboard shows.

use chrono::NaiveDate;
use rusqlite::Connection;

use super::{history, PackError, PackRequest};
use crate::domain::records::{Count, Figures};
use crate::domain::text::{optional_line, required_line, LINE_MAX};
use crate::domain::Invalid;
use crate::store::figures;
use crate::store::period_lists::{
    self, AnswerGiven, AttendanceLine, FeedbackCounts, MilestoneStanding, PeriodEvidence, PeriodForum, PeriodNote,
    WaitingItem,
};

/// A forum of the period and who signed in at it.
#[derive(Debug, Clone, PartialEq)]
pub struct ForumList {
    pub forum: PeriodForum,
    pub people: Vec<AttendanceLine>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PackData {
    /// The meeting, checked: title and place trimmed, empty agenda items gone.
    pub request: PackRequest,
    pub figures: Figures,
    /// Milestone standings as they stood at the meeting (or today, if sooner).
    pub milestones: Vec<MilestoneStanding>,
    pub notes: Vec<PeriodNote>,
    pub evidence: Vec<PeriodEvidence>,
    pub feedback: FeedbackCounts,
    /// Items waiting at `figures.as_of` (as many as `figures.feedback_open`), oldest first.
    pub waiting: Vec<WaitingItem>,
    /// Answers are reported from this day (the previous meeting, or the
    /// period's start) to the meeting.
    pub answers_since: NaiveDate,
    pub answers: Vec<AnswerGiven>,
    pub forums: Vec<PeriodForum>,
    pub attendance_by_neighbourhood: Vec<Count>,
    pub attendance_lists: Vec<ForumList>,
}

impl PackData {
    pub fn late_milestones(&self) -> impl Iterator<Item = &MilestoneStanding> {
        self.milestones.iter().filter(|m| m.late)
    }
}

/// What the pack shows for `request`, made on `today`, through the same
/// functions the dashboard and `stats` use: the headline figures and the
/// waiting list are judged at the period's end (or today, while the period
/// runs: `figures::judged_at`), so the pack's figures are the dashboard's and
/// its list has as many items as its "waiting" figure; milestone standings
/// at the meeting day (or today, for a meeting still to come).
pub fn gather(conn: &Connection, request: &PackRequest, today: NaiveDate) -> Result<PackData, PackError> {
    let request = checked(request)?;
    let (from, to, meeting) = (request.period_start, request.period_end, request.meeting_date);
    let at = figures::judged_at(to, today);
    let standings_at = meeting.min(today);
    // Answers given since the last meeting; the first pack reports the period's.
    let previous = history::previous_meeting(conn, meeting)?;
    let answers_after = previous.or(from.pred_opt()).unwrap_or(from);
    let answers_since = previous.unwrap_or(from);
    let forums = period_lists::forums_in_period(conn, from, to)?;
    let mut lines = period_lists::attendance_lines(conn, from, to, request.with_contacts)?.into_iter().peekable();
    let attendance_lists = forums
        .iter()
        .map(|forum| {
            let mut people = Vec::new();
            while let Some(line) = lines.next_if(|l| l.forum_id == forum.id) {
                people.push(line);
            }
            ForumList { forum: forum.clone(), people }
        })
        .collect();
    Ok(PackData {
        figures: figures::figures(conn, from, to, at)?,
        milestones: period_lists::milestone_standings(conn, standings_at)?,
        notes: period_lists::notes_in_period(conn, from, to)?,
        evidence: period_lists::evidence_in_period(conn, from, to)?,
        feedback: period_lists::feedback_counts(conn, from, to)?,
        waiting: period_lists::waiting_items(conn, at)?,
        answers_since,
        answers: period_lists::answers_between(conn, answers_after, meeting)?,
        attendance_by_neighbourhood: figures::attendance_by_neighbourhood(conn, from, to, at)?,
        forums,
        attendance_lists,
        request,
    })
}

/// The request as the pack prints it, or why it cannot be made.
fn checked(request: &PackRequest) -> Result<PackRequest, PackError> {
    if request.period_end < request.period_start {
        return Err(Invalid::new("period_end", "error-end-before-start").into());
    }
    let agenda = request
        .agenda
        .iter()
        .map(|item| optional_line(item, "agenda", LINE_MAX))
        .filter(|item| !matches!(item, Ok(text) if text.is_empty()))
        .collect::<Result<_, _>>()?;
    Ok(PackRequest {
        meeting_title: required_line(&request.meeting_title, "meeting_title", LINE_MAX)?,
        place: optional_line(&request.place, "place", LINE_MAX)?,
        agenda,
        ..request.clone()
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::domain::kinds::{AgeBand, AttendanceRole, Completion, FeedbackKind, FeedbackStatus, Gender, Priority};
    use crate::domain::records::{ConsentDraft, FeedbackDraft, MilestoneDraft, NoteDraft, PersonDraft, StatusChange};
    use crate::i18n::Language;
    use crate::pack::Paper;
    use crate::store::forums::tests::draft;
    use crate::store::{attendance, feedback, forums, milestones, people, reference, Store};

    pub fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).expect("date")
    }

    /// The day the tests' packs are made: after the Q3 meeting.
    pub fn made_on() -> NaiveDate {
        day(11, 25)
    }

    /// The third quarter of 2026, met on 20-08.
    pub fn q3_request() -> PackRequest {
        PackRequest {
            meeting_title: "  Reunión trimestral de rendición de cuentas ".into(),
            meeting_date: day(8, 20),
            place: "Salón municipal".into(),
            agenda: vec!["Bienvenida".into(), " ".into(), "Acuerdos".into()],
            period_start: day(7, 1),
            period_end: day(9, 30),
            language: Language::EsCl,
            paper: Paper::A4,
            with_contacts: false,
        }
    }

    /// Two forums in Q3 and one in Q2; Rosa (with a phone) came to all,
    /// Tomás to one; feedback waiting, answered and closed; one milestone
    /// late, one on time, one complete.
    pub fn fixture(store: &mut Store) {
        store
            .write(|conn| {
                let pehuen = reference::neighbourhood_id_by_name(conn, "Pehuén")?;
                let person = |name: &str, gender| PersonDraft {
                    full_name: name.into(),
                    neighbourhood_id: pehuen,
                    organization_name: "Junta de Vecinos Pehuén".into(),
                    age_band: Some(AgeBand::Adult),
                    gender: Some(gender),
                    gender_consent: Some(crate::testing::gender_consent(crate::domain::kinds::ConsentGiver::Person)),
                    ..PersonDraft::default()
                };
                let rosa = people::create(conn, &person("Rosa Núñez", Gender::Female))?;
                let consent = ConsentDraft {
                    phone: "+56 9 1234 5678".into(),
                    email: "rosa@ejemplo.cl".into(),
                    purpose: "Invitaciones".into(),
                    given_on: "01-06-2026".into(),
                };
                people::record_consent(conn, rosa, &consent)?;
                let tomas = people::create(conn, &person("Tomás Peumo", Gender::Male))?;
                let june = forums::create(conn, &draft("Junio", "10-06-2026"))?;
                let july = forums::create(conn, &draft("Julio en Pehuén", "10-07-2026"))?;
                let august = forums::create(conn, &draft("Agosto", "12-08-2026"))?;
                for (forum, who) in [(june, rosa), (july, rosa), (july, tomas), (august, rosa)] {
                    attendance::register(conn, forum, who, AttendanceRole::Neighbour)?;
                }
                let commitments = reference::commitments(conn)?;
                let said = |text: &str, on: &str, commitment: usize| FeedbackDraft {
                    forum_id: Some(july),
                    person_id: None,
                    text: text.into(),
                    neighbourhood_id: pehuen,
                    commitment_id: Some(commitments[commitment].id),
                    milestone_id: None,
                    kind: FeedbackKind::Question,
                    priority: Priority::Medium,
                    received_on: on.into(),
                };
                feedback::record(conn, &said("¿Qué pasó con la luminaria?", "10-07-2026", 3))?;
                let old = feedback::record(conn, &said("Microbasural en la cancha", "10-05-2026", 2))?;
                let answered = feedback::record(conn, &said("Señora Núñez pide el acta", "10-07-2026", 0))?;
                let step =
                    |status, on: &str, detail: &str| StatusChange { status, on: on.into(), detail: detail.into() };
                feedback::change_status(conn, old, &step(FeedbackStatus::Forwarded, "12-05-2026", "DAOGA"))?;
                feedback::change_status(conn, answered, &step(FeedbackStatus::Answered, "01-08-2026", "Acta enviada"))?;
                let plan = |title: &str, end: &str| MilestoneDraft {
                    commitment_id: commitments[0].id,
                    title: title.into(),
                    planned_start: String::new(),
                    planned_end: end.into(),
                };
                let late = milestones::create(conn, &plan("Plan de barrio aprobado", "30-06-2026"))?;
                let done = milestones::create(conn, &plan("Diagnóstico", "30-06-2026"))?;
                milestones::create(conn, &plan("Obras", "31-12-2026"))?;
                let note = |on: &str, text: &str, completion| NoteDraft {
                    noted_on: on.into(),
                    author: "Grupo Motor".into(),
                    text: text.into(),
                    completion,
                    progress: None,
                };
                milestones::add_note(
                    conn,
                    late,
                    &note("15-07-2026", "Falta la firma del alcalde", Some(Completion::Limited)),
                )?;
                milestones::add_note(conn, done, &note("20-06-2026", "Listo", Some(Completion::Complete)))?;
                Ok(())
            })
            .expect("fixture");
    }

    #[test]
    fn gathers_the_period_with_the_dashboards_figures() {
        let mut store = Store::open_in_memory().expect("store");
        fixture(&mut store);
        let data = gather(store.conn(), &q3_request(), made_on()).expect("gather");
        assert_eq!(data.request.meeting_title, "Reunión trimestral de rendición de cuentas");
        assert_eq!(data.request.agenda, ["Bienvenida", "Acuerdos"]);
        assert_eq!(data.figures, figures::figures(store.conn(), day(7, 1), day(9, 30), day(9, 30)).expect("figures"));
        assert_eq!((data.figures.forums_held, data.figures.people_reached), (2, 2));
        assert_eq!(data.figures.first_time_participants, 1, "Rosa came first in June");
        assert_eq!(data.forums.iter().map(|f| f.attendance).collect::<Vec<_>>(), [2, 1]);
        let names: Vec<Vec<&str>> =
            data.attendance_lists.iter().map(|l| l.people.iter().map(|p| p.full_name.as_str()).collect()).collect();
        assert_eq!(names, [vec!["Rosa Núñez", "Tomás Peumo"], vec!["Rosa Núñez"]]);
        assert_eq!(data.attendance_by_neighbourhood[0], Count { label: "Pehuén".into(), count: 3 });
    }

    #[test]
    fn contact_details_are_read_only_when_asked_for() {
        let mut store = Store::open_in_memory().expect("store");
        fixture(&mut store);
        let without = gather(store.conn(), &q3_request(), made_on()).expect("gather");
        let everyone = without.attendance_lists.iter().flat_map(|l| &l.people);
        assert!(everyone.clone().all(|p| p.phone.is_none() && p.email.is_none()));
        let asked = PackRequest { with_contacts: true, ..q3_request() };
        let with = gather(store.conn(), &asked, made_on()).expect("gather");
        let rosa = with.attendance_lists[0].people.iter().find(|p| p.full_name == "Rosa Núñez").expect("rosa");
        assert_eq!(rosa.email.as_deref(), Some("rosa@ejemplo.cl"));
        assert!(rosa.phone.is_some());
    }

    #[test]
    fn late_milestones_carry_their_latest_note() {
        let mut store = Store::open_in_memory().expect("store");
        fixture(&mut store);
        let data = gather(store.conn(), &q3_request(), made_on()).expect("gather");
        let late: Vec<(&str, Option<&str>)> =
            data.late_milestones().map(|m| (m.title.as_str(), m.latest_note.as_deref())).collect();
        assert_eq!(late, [("Plan de barrio aprobado", Some("Falta la firma del alcalde"))]);
        assert_eq!(data.milestones.len(), 3);
        let notes: Vec<&str> = data.notes.iter().map(|n| n.text.as_str()).collect();
        assert_eq!(notes, ["Falta la firma del alcalde"], "the June note is outside the period");
    }

    #[test]
    fn evidence_added_in_the_period_is_listed() {
        use crate::store::evidence;
        let mut store = Store::open_in_memory().expect("store");
        fixture(&mut store);
        let conn = store.conn();
        let milestone: String =
            conn.query_row("SELECT id FROM milestone WHERE title = 'Obras'", [], |r| r.get(0)).expect("milestone");
        let milestone = uuid::Uuid::parse_str(&milestone).expect("uuid");
        let dir = tempfile::tempdir().expect("temp dir");
        let folder = dir.path().join("evidence");
        for (name, on) in [("acta-julio.pdf", day(7, 20)), ("fotos-junio.pdf", day(6, 20))] {
            let file = dir.path().join(name);
            std::fs::write(&file, b"%PDF-1.4").expect("file");
            evidence::add(conn, &folder, milestone, None, &file, on).expect("evidence");
        }
        let data = gather(conn, &q3_request(), made_on()).expect("gather");
        let files: Vec<(&str, NaiveDate)> = data.evidence.iter().map(|e| (e.file_name.as_str(), e.added_on)).collect();
        assert_eq!(files, [("acta-julio.pdf", day(7, 20))]);
        assert_eq!(data.evidence[0].milestone_title, "Obras");
    }

    #[test]
    fn feedback_waiting_answered_and_counted() {
        let mut store = Store::open_in_memory().expect("store");
        fixture(&mut store);
        let data = gather(store.conn(), &q3_request(), made_on()).expect("gather");
        let waiting: Vec<(&str, i64)> = data.waiting.iter().map(|w| (w.text.as_str(), w.age_days)).collect();
        assert_eq!(waiting, [("Microbasural en la cancha", 143), ("¿Qué pasó con la luminaria?", 82)], "on 30-09");
        assert_eq!(data.figures.feedback_open, data.waiting.len() as i64, "the figure counts the list");
        assert_eq!(data.waiting[0].forwarded_to.as_deref(), Some("DAOGA"));
        assert_eq!(data.answers_since, day(7, 1), "no earlier pack: since the period's start");
        assert_eq!(data.answers.iter().map(|a| a.answer.as_str()).collect::<Vec<_>>(), ["Acta enviada"]);
        let counts: Vec<i64> = data.feedback.by_commitment.iter().map(|c| c.count).collect();
        assert_eq!(counts, [1, 0, 0, 1], "received in the period, by commitment");
        assert_eq!(data.feedback.by_neighbourhood, [Count { label: "Pehuén".into(), count: 2 }]);

        // After a pack for a meeting on 05-08, only later answers are new.
        let earlier = PackRequest { meeting_date: day(8, 5), ..q3_request() };
        history::record(store.conn(), &earlier, std::path::Path::new("agosto.pdf")).expect("record");
        let later = PackRequest { meeting_date: day(11, 20), ..q3_request() };
        let data = gather(store.conn(), &later, made_on()).expect("gather");
        assert_eq!(data.answers_since, day(8, 5));
        assert!(data.answers.is_empty(), "answered on 01-08, before the last meeting");
    }

    #[test]
    fn a_backwards_period_or_an_empty_title_is_refused() {
        let store = Store::open_in_memory().expect("store");
        let backwards = PackRequest { period_end: day(6, 1), ..q3_request() };
        assert!(
            matches!(gather(store.conn(), &backwards, made_on()), Err(PackError::Invalid(i)) if i.field == "period_end")
        );
        let untitled = PackRequest { meeting_title: " ".into(), ..q3_request() };
        assert!(
            matches!(gather(store.conn(), &untitled, made_on()), Err(PackError::Invalid(i)) if i.field == "meeting_title")
        );
    }
}
