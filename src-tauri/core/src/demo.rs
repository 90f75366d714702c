//! Demo data written for this project, so a newcomer sees a real-looking
//! year of work: fictitious people (surnames of Chilean birds and trees),
//! forums in Maipú's barrios, attendance, feedback and milestones.
//! Deterministic: the same `today` gives the same data.

use chrono::{Datelike, Days, Duration, Local, Months, NaiveDate, NaiveDateTime, TimeZone};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use rusqlite::{Connection, Transaction};
use uuid::Uuid;

use crate::domain::kinds::*;
use crate::domain::lawful::{GenderConsentDraft, GuardianConsentDraft};
use crate::domain::records::{FeedbackDraft, ForumDraft, MilestoneDraft, NoteDraft, PersonDraft, StatusChange};
use crate::store::feedback;
use crate::store::milestones;
use crate::store::{attendance, forums, organizations, people, reference, Result, StoreError};

const FIRST_NAMES: &[&str] = &[
    "Sofía",
    "Agustina",
    "María José",
    "Isidora",
    "Martina",
    "Florencia",
    "Antonia",
    "Josefa",
    "Catalina",
    "Fernanda",
    "Valentina",
    "Ignacia",
    "Constanza",
    "Rocío",
    "Inés",
    "Mónica",
    "Verónica",
    "Ximena",
    "Begoña",
    "Benjamín",
    "Matías",
    "Agustín",
    "Tomás",
    "Joaquín",
    "Vicente",
    "Martín",
    "José",
    "Cristóbal",
    "Maximiliano",
    "Simón",
    "Nicolás",
    "Andrés",
    "Héctor",
    "Germán",
    "Ramón",
    "Julián",
    "Iñaki",
    "Rubén",
    "Óscar",
];
const SURNAMES: &[&str] = &[
    "Quillay",
    "Peumo",
    "Boldo",
    "Litre",
    "Maitén",
    "Canelo",
    "Espino",
    "Coigüe",
    "Raulí",
    "Ñirre",
    "Lenga",
    "Alerce",
    "Arrayán",
    "Tiuque",
    "Zorzal",
    "Queltehue",
    "Chincol",
    "Loica",
    "Diuca",
    "Tenca",
    "Chercán",
    "Cóndor",
    "Picaflor",
    "Ñandú",
    "Huala",
    "Pudú",
    "Copihue",
    "Quintral",
    "Mañío",
    "Tepú",
    "Chequén",
];

/// Why a demo load was refused.
pub fn already_has_records(conn: &Connection) -> Result<bool> {
    Ok(conn.query_row("SELECT EXISTS (SELECT 1 FROM forum) OR EXISTS (SELECT 1 FROM person)", [], |r| r.get(0))?)
}

/// What a demo load created.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct DemoSummary {
    pub people: usize,
    pub forums: usize,
    pub attendances: usize,
    pub feedback: usize,
    pub milestones: usize,
    /// Children signed in anonymously at the roundtables (no guardian's consent).
    pub anonymous: usize,
}

/// Loads a year of demo records ending at `today`, in one transaction.
/// Refuses when the database already holds people or forums.
pub fn load(conn: &mut Connection, today: NaiveDate) -> Result<DemoSummary> {
    if already_has_records(conn)? {
        return Err(StoreError::Invalid(crate::domain::Invalid::new("database", "error-demo-not-empty")));
    }
    let tx = conn.transaction()?;
    let summary = Demo::new(&tx, today)?.populate()?;
    tx.commit()?;
    Ok(summary)
}

struct Demo<'c> {
    conn: &'c Transaction<'c>,
    rng: StdRng,
    today: NaiveDate,
    barrios: Vec<(Uuid, String)>,
    commitments: Vec<Uuid>,
    milestones: Vec<(Uuid, Uuid)>,
    /// (person, neighbourhood index)
    people: Vec<(Uuid, usize)>,
    summary: DemoSummary,
}

impl<'c> Demo<'c> {
    fn new(conn: &'c Transaction<'c>, today: NaiveDate) -> Result<Self> {
        let barrios = reference::neighbourhoods(conn)?.into_iter().map(|n| (n.id, n.name)).collect();
        let commitments = reference::commitments(conn)?.into_iter().map(|c| c.id).collect();
        Ok(Self {
            conn,
            rng: StdRng::seed_from_u64(0x4d41_4950),
            today,
            barrios,
            commitments,
            milestones: Vec::new(),
            people: Vec::new(),
            summary: DemoSummary::default(),
        })
    }

    fn populate(mut self) -> Result<DemoSummary> {
        self.milestones()?;
        self.people()?;
        self.forums()?;
        self.requests()?;
        Ok(self.summary)
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.rng.random_range(0..items.len())]
    }

    fn milestones(&mut self) -> Result<()> {
        let start = self.today - Months::new(12);
        let plan: [(usize, &str, u32, u32, Completion, u8); 13] = [
            (0, "Diagnóstico participativo en tres barrios piloto", 0, 3, Completion::Complete, 100),
            (0, "Plan de barrio aprobado en asamblea", 3, 8, Completion::Substantial, 70),
            (0, "Primeras obras priorizadas por los vecinos", 8, 14, Completion::Limited, 20),
            (1, "Mesa de niñas, niños y adolescentes constituida", 0, 2, Completion::Complete, 100),
            (1, "Recorridos por plazas con la mesa infantil", 2, 6, Completion::Substantial, 80),
            (1, "Rediseño de una plaza con las propuestas de la mesa", 6, 13, Completion::Limited, 30),
            (2, "Mapa participativo de microbasurales", 0, 4, Completion::Complete, 100),
            (2, "Limpieza y recuperación de diez puntos críticos", 4, 10, Completion::Limited, 40),
            (2, "Campaña vecinal de denuncia y cuidado", 9, 15, Completion::NotStarted, 0),
            (3, "Diagnósticos de seguridad por barrio", 0, 5, Completion::Substantial, 85),
            (3, "Planes de seguridad comunitaria firmados", 5, 10, Completion::Limited, 25),
            (3, "Luminarias y alarmas comunitarias instaladas", 7, 11, Completion::NoEvidence, 0),
            (3, "Informe público de resultados", 11, 14, Completion::NotStarted, 0),
        ];
        for (commitment, title, from, to, completion, progress) in plan {
            let commitment_id = self.commitments[commitment];
            let planned = MilestoneDraft {
                commitment_id,
                title: title.into(),
                planned_start: chilean(start + Months::new(from)),
                planned_end: chilean(start + Months::new(to)),
            };
            let id = milestones::create(self.conn, &planned)?;
            if completion != Completion::NotStarted {
                let noted = (start + Months::new(from + 1)).min(self.today);
                let text = match completion {
                    Completion::Complete => "Hito cumplido; acta y fotografías en la carpeta del compromiso.",
                    Completion::NoEvidence => "La dirección informa avance, pero aún no entrega respaldo.",
                    _ => "Avance revisado con los vecinos en la sesión intermedia.",
                };
                let note = NoteDraft {
                    noted_on: chilean(noted),
                    author: "Grupo Motor".into(),
                    text: text.into(),
                    completion: Some(completion),
                    progress: Some(progress),
                };
                milestones::add_note(self.conn, id, &note)?;
            }
            self.milestones.push((commitment_id, id));
            self.summary.milestones += 1;
        }
        Ok(())
    }

    fn people(&mut self) -> Result<()> {
        let councils: Vec<String> =
            self.barrios.iter().step_by(2).map(|(_, name)| format!("Junta de Vecinos {name}")).collect();
        let others = [
            "Club Deportivo Los Tiuques",
            "Centro de Madres Las Loicas",
            "Colegio Los Quillayes",
            "Agrupación Cultural El Copihue",
            "Comité de Seguridad Villa Los Chincoles",
            "Consejo Consultivo de Niñas, Niños y Adolescentes",
        ];
        // The fixed returning neighbour the manual and the e2e test look for.
        let pehuen = self.barrios.iter().position(|(_, n)| n == "Pehuén").unwrap_or(0);
        self.add_person(
            "Rosa Núñez Peumo",
            pehuen,
            Some("Junta de Vecinos Pehuén"),
            AgeBand::Senior,
            Some(Gender::Female),
            "",
        )?;
        for i in 0..420 {
            let first = *self.pick(FIRST_NAMES);
            let surname_a = *self.pick(SURNAMES);
            let surname_b = *self.pick(SURNAMES);
            let band = match self.rng.random_range(0..100) {
                0..15 => AgeBand::Child,
                15..25 => AgeBand::Adolescent,
                25..80 => AgeBand::Adult,
                _ => AgeBand::Senior,
            };
            let female_name = FIRST_NAMES.iter().position(|n| *n == first).is_some_and(|p| p < 19);
            let gender = match self.rng.random_range(0..100) {
                0..10 => None,
                10..12 => Some(Gender::Other),
                _ if female_name => Some(Gender::Female),
                _ => Some(Gender::Male),
            };
            let barrio = self.rng.random_range(0..self.barrios.len());
            let organization = match self.rng.random_range(0..10) {
                0..3 => Some(councils[barrio / 2].clone()),
                3 => Some(self.pick(&others).to_string()),
                _ => None,
            };
            let rut = if band != AgeBand::Child && self.rng.random_bool(0.3) {
                let number = 8_000_000 + i * 37_919 + self.rng.random_range(0..30_000);
                format!("{number}-{}", crate::domain::rut::check_digit(number))
            } else {
                String::new()
            };
            let name = format!("{first} {surname_a} {surname_b}");
            self.add_person(&name, barrio, organization.as_deref(), band, gender, &rut)?;
        }
        // A driving force group of about twenty trained leaders.
        self.conn.execute(
            "UPDATE person SET is_driving_group = 1 WHERE id IN
             (SELECT id FROM person WHERE age_band IN ('adult', 'senior') ORDER BY id LIMIT 20)",
            [],
        )?;
        for (name, kind) in [
            ("Observatorio Ciudadano de Maipú", OrganizationKind::Observer),
            ("Municipalidad de Maipú", OrganizationKind::MunicipalBody),
        ] {
            organizations::create(self.conn, name, kind, None)?;
        }
        Ok(())
    }

    fn add_person(
        &mut self,
        name: &str,
        barrio: usize,
        organization: Option<&str>,
        band: AgeBand,
        gender: Option<Gender>,
        rut: &str,
    ) -> Result<()> {
        // Ley 21.719: every child is here with a guardian's consent (the
        // roundtable's signed forms), every gender with an express consent
        // (a guardian's for minors). Consents date from before the year.
        let consented_on = chilean(self.today - Months::new(13));
        let minor = matches!(band, AgeBand::Child | AgeBand::Adolescent);
        let guardian = (band == AgeBand::Child).then(|| {
            let surnames = name.split_whitespace().skip(1).collect::<Vec<_>>().join(" ");
            let count = self.people.len();
            GuardianConsentDraft {
                guardian_name: format!("{} {surnames}", FIRST_NAMES[count % 19]),
                relationship: ["Madre", "Padre", "Abuela"][count % 3].into(),
                given_on: consented_on.clone(),
                purpose: "Participar en la mesa de niñas, niños y adolescentes".into(),
                method: if count.is_multiple_of(5) { ConsentMethod::InPerson } else { ConsentMethod::SignedPaper },
            }
        });
        let gender_consent = gender.map(|_| GenderConsentDraft {
            given_on: consented_on.clone(),
            given_by: if minor { ConsentGiver::Guardian } else { ConsentGiver::Person },
        });
        let draft = PersonDraft {
            full_name: name.into(),
            rut: rut.into(),
            neighbourhood_id: Some(self.barrios[barrio].0),
            organization_name: organization.unwrap_or_default().into(),
            age_band: Some(band),
            gender,
            guardian,
            gender_consent,
        };
        let id = match people::create(self.conn, &draft) {
            // A rare repeated random RUT: keep the person, without it.
            Err(StoreError::DuplicateRut { .. }) => {
                people::create(self.conn, &PersonDraft { rut: String::new(), ..draft })?
            }
            other => other?,
        };
        self.people.push((id, barrio));
        self.summary.people += 1;
        Ok(())
    }

    fn forums(&mut self) -> Result<()> {
        let mut day = self.today - Months::new(12);
        let mut n = 0;
        let mut last_quarterly = None;
        while day < self.today {
            let barrio = self.rng.random_range(0..self.barrios.len());
            let barrio_name = self.barrios[barrio].1.clone();
            // One accountability meeting in the middle month of every quarter.
            let month = (day.year(), day.month());
            let quarterly_due = month.1 % 3 == 2 && last_quarterly != Some(month);
            let (kind, title, place) = if quarterly_due {
                last_quarterly = Some(month);
                (
                    ForumKind::QuarterlyMeeting,
                    "Reunión trimestral de rendición de cuentas".to_string(),
                    "Salón municipal, Av. 5 de Abril".to_string(),
                )
            } else {
                match n % 6 {
                    0 | 3 => (
                        ForumKind::InterimSession,
                        format!("Sesión intermedia {barrio_name}"),
                        format!("Sede vecinal {barrio_name}"),
                    ),
                    1 => (
                        ForumKind::CoCreationForum,
                        format!("Foro de co-creación: {barrio_name}"),
                        "Plaza de Maipú".to_string(),
                    ),
                    2 => (
                        ForumKind::ChildrensRoundtable,
                        "Mesa de niñas, niños y adolescentes".to_string(),
                        format!("Plaza {barrio_name}"),
                    ),
                    4 => (
                        ForumKind::Consultation,
                        format!("Consulta vecinal {barrio_name}"),
                        format!("Escuela de {barrio_name}"),
                    ),
                    _ => (
                        ForumKind::MultiStakeholderForum,
                        "Foro multiactor de seguridad".to_string(),
                        "Centro cívico de Maipú".to_string(),
                    ),
                }
            };
            let commitment_ids = match kind {
                ForumKind::QuarterlyMeeting | ForumKind::MultiStakeholderForum => self.commitments.clone(),
                ForumKind::ChildrensRoundtable => vec![self.commitments[1]],
                _ => vec![self.commitments[n % 4], self.commitments[(n + 2) % 4]],
            };
            let draft = ForumDraft {
                kind,
                title,
                date: chilean(day),
                time: if kind == ForumKind::ChildrensRoundtable { "11:00" } else { "18:30" }.into(),
                place,
                neighbourhood_id: Some(self.barrios[barrio].0),
                commitment_ids,
                invitation: *self.pick(InvitationMethod::ALL),
                agenda: "1. Bienvenida\n2. Avance de los compromisos\n3. Palabra a los vecinos\n4. Acuerdos".into(),
                minutes: String::new(),
            };
            let forum_id = forums::create(self.conn, &draft)?;
            let starts = crate::domain::dates::parse_date_time(&draft.date, &draft.time)?;
            self.attend(forum_id, barrio, kind, starts)?;
            if matches!(kind, ForumKind::InterimSession | ForumKind::Consultation | ForumKind::CoCreationForum) {
                self.feedback(forum_id, barrio, day)?;
            }
            self.summary.forums += 1;
            n += 1;
            day = day + Days::new(self.rng.random_range(6..13));
        }
        Ok(())
    }

    fn attend(&mut self, forum_id: Uuid, barrio: usize, kind: ForumKind, starts: NaiveDateTime) -> Result<()> {
        let wanted = self.rng.random_range(12..40);
        let mut chosen = Vec::new();
        for _ in 0..wanted * 4 {
            if chosen.len() >= wanted {
                break;
            }
            let (person, home) = *self.pick(&self.people.clone());
            let local_or_near = home == barrio || self.rng.random_bool(0.25);
            let fits = kind != ForumKind::ChildrensRoundtable || self.rng.random_bool(0.2);
            if local_or_near && fits && !chosen.contains(&person) {
                chosen.push(person);
            }
        }
        for person in chosen {
            let role = match self.rng.random_range(0..20) {
                0 => AttendanceRole::Official,
                1 => AttendanceRole::Leader,
                2 if kind == ForumKind::QuarterlyMeeting => AttendanceRole::Monitor,
                _ => AttendanceRole::Neighbour,
            };
            let arrived = self.arrival(starts);
            attendance::register_arrived(self.conn, forum_id, person, role, arrived)?;
            self.summary.attendances += 1;
        }
        if kind == ForumKind::ChildrensRoundtable {
            // Children who came without a guardian's consent: counted by age
            // band and barrio, never named.
            for _ in 0..3 + self.summary.forums % 4 {
                let anonymous = PersonDraft {
                    age_band: Some(AgeBand::Child),
                    neighbourhood_id: Some(self.barrios[barrio].0),
                    ..PersonDraft::default()
                };
                let arrived = self.arrival(starts);
                attendance::register_lawfully(self.conn, forum_id, &anonymous, AttendanceRole::Neighbour, arrived)?;
                self.summary.attendances += 1;
                self.summary.anonymous += 1;
            }
        }
        Ok(())
    }

    /// People come from a quarter of an hour early to half an hour late.
    fn arrival(&mut self, starts: NaiveDateTime) -> chrono::DateTime<chrono::Utc> {
        let local = starts + Duration::minutes(self.rng.random_range(-15..=30));
        Local
            .from_local_datetime(&local)
            .earliest()
            .map_or_else(|| local.and_utc(), |at| at.with_timezone(&chrono::Utc))
    }

    fn feedback(&mut self, forum_id: Uuid, barrio: usize, day: NaiveDate) -> Result<()> {
        // Each with the commitment it is about (0: barrio plans, 1: children,
        // 2: micro-dumps, 3: community safety).
        const SAID: &[(&str, FeedbackKind, usize)] = &[
            ("¿Qué pasó con la luminaria de la plaza? Sigue apagada.", FeedbackKind::Question, 3),
            ("Hay un microbasural nuevo detrás de la cancha.", FeedbackKind::Concern, 2),
            ("Proponemos que la plaza tenga juegos para niñas y niños pequeños.", FeedbackKind::Proposal, 1),
            ("Gracias por limpiar el pasaje; se nota el cambio.", FeedbackKind::Recognition, 2),
            ("Los adultos mayores no alcanzan a cruzar con el semáforo actual.", FeedbackKind::Concern, 3),
            ("¿Cuándo se presentará el plan de barrio aprobado?", FeedbackKind::Question, 0),
            ("Pedimos más reuniones los sábados: en la semana trabajamos.", FeedbackKind::Proposal, 0),
            ("Señora Núñez pide que la junta de vecinos reciba el acta.", FeedbackKind::Proposal, 0),
        ];
        let directorates = ["SECPLA", "DIDECO", "DAOGA", "DIPRESEC"];
        for _ in 0..self.rng.random_range(2..6) {
            let (text, kind, commitment) = *self.pick(SAID);
            let milestone = self.milestones.iter().find(|(c, _)| *c == self.commitments[commitment]).map(|(_, m)| *m);
            let id = feedback::record(
                self.conn,
                &FeedbackDraft {
                    forum_id: Some(forum_id),
                    person_id: Some(self.pick(&self.people.clone()).0),
                    text: text.into(),
                    neighbourhood_id: Some(self.barrios[barrio].0),
                    commitment_id: Some(self.commitments[commitment]),
                    milestone_id: milestone,
                    kind,
                    priority: *self.pick(&[Priority::Low, Priority::Medium, Priority::Medium, Priority::High]),
                    received_on: chilean(day),
                },
            )?;
            self.summary.feedback += 1;
            let age = (self.today - day).num_days();
            let forwarded = day + Days::new(3);
            let step = |status, on, detail: &str| StatusChange { status, on: chilean(on), detail: detail.into() };
            if age > 20 && self.rng.random_bool(0.8) {
                feedback::change_status(
                    self.conn,
                    id,
                    &step(FeedbackStatus::Forwarded, forwarded, directorates[commitment]),
                )?;
                if age > 45 && self.rng.random_bool(0.7) {
                    let answer = "La dirección respondió en la sesión siguiente: trabajo programado y en curso.";
                    feedback::change_status(
                        self.conn,
                        id,
                        &step(FeedbackStatus::Answered, day + Days::new(30), answer),
                    )?;
                    if age > 90 && self.rng.random_bool(0.5) {
                        feedback::change_status(self.conn, id, &step(FeedbackStatus::Closed, day + Days::new(40), ""))?;
                    }
                }
            }
        }
        Ok(())
    }
}

impl Demo<'_> {
    /// A few rights requests at every step: one answered with the data sent,
    /// one refused with its reasons, one late and a blocking due this week.
    fn requests(&mut self) -> Result<()> {
        use crate::domain::requests::{RequestDraft, RequestStep};
        use crate::store::requests;
        let today = self.today;
        let ago = |days: u64| chilean(today - Days::new(days));
        let step = |days: u64, text: &str| RequestStep { on: ago(days), text: text.into() };
        let asked = [
            (RequestRight::Access, 40, RequestChannel::Email),
            (RequestRight::Opposition, 20, RequestChannel::Letter),
            (RequestRight::Rectification, 33, RequestChannel::InPerson),
            (RequestRight::Blocking, 1, RequestChannel::InPerson),
        ];
        let mut ids = Vec::new();
        for (n, (right, days, channel)) in asked.into_iter().enumerate() {
            let Some(&(person, _)) = self.people.get(n * 7) else { return Ok(()) };
            let draft = RequestDraft {
                received_on: ago(days),
                requester_id: Some(person),
                requester_name: String::new(),
                subject_id: Some(person),
                right,
                channel,
                notes: String::new(),
            };
            ids.push(requests::record(self.conn, &draft, today)?);
        }
        requests::start(self.conn, ids[0], &step(38, ""), today)?;
        requests::decide(
            self.conn,
            ids[0],
            RequestStatus::Answered,
            &step(25, "Se le entregaron todos sus datos en PDF."),
            today,
        )?;
        requests::mark_sent(self.conn, ids[0], today - Days::new(25), today)?;
        let reasons =
            "Las listas de asistencia de los foros respaldan la rendición de cuentas del plan de Gobierno Abierto; \
                       su nombre no aparece en ningún documento público.";
        requests::decide(self.conn, ids[1], RequestStatus::Refused, &step(10, reasons), today)?;
        requests::start(self.conn, ids[2], &step(31, "Se revisa con la junta de vecinos."), today)?;
        Ok(())
    }
}

/// Dates go through the same parsing as what a person types.
fn chilean(day: NaiveDate) -> String {
    crate::domain::dates::display_date(day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 25).expect("date")
    }

    #[test]
    fn loads_a_realistic_year_once() {
        let mut store = Store::open_in_memory().expect("store");
        let summary = load(store.conn_mut(), today()).expect("demo");
        assert!(summary.people > 400 && summary.forums > 30 && summary.attendances > 500, "{summary:?}");
        assert!(summary.feedback > 40 && summary.milestones == 13, "{summary:?}");
        let rosa = people::search(store.conn(), "Rosa Nú", 8).expect("search");
        assert_eq!(rosa[0].full_name, "Rosa Núñez Peumo");
        let newest = &forums::list(store.conn()).expect("list")[0];
        assert!(newest.starts_at.date() <= today() && newest.starts_at.date() > today() - Days::new(14));
        assert!(load(store.conn_mut(), today()).is_err(), "a second load is refused");
    }

    #[test]
    fn the_childrens_roundtables_have_guardians_consents_and_anonymous_children() {
        let mut store = Store::open_in_memory().expect("store");
        let summary = load(store.conn_mut(), today()).expect("demo");
        let conn = store.conn();
        let count = |sql: &str| -> i64 { conn.query_row(sql, [], |r| r.get(0)).expect(sql) };
        let named_children = count("SELECT count(*) FROM person WHERE deleted_at IS NULL AND age_band = 'child'");
        let with_guardian = count(
            "SELECT count(*) FROM person WHERE deleted_at IS NULL AND age_band = 'child'
             AND guardian_name <> '' AND guardian_consent_on IS NOT NULL AND guardian_method IS NOT NULL",
        );
        assert!(named_children > 20 && named_children == with_guardian, "{named_children} vs {with_guardian}");
        let anonymous = count(
            "SELECT count(*) FROM attendance a JOIN forum f ON f.id = a.forum_id JOIN person p ON p.id = a.person_id
             WHERE f.kind = 'childrens_roundtable' AND p.deleted_at IS NOT NULL AND p.full_name = ''
               AND p.age_band = 'child' AND a.deleted_at IS NULL",
        );
        assert!(summary.anonymous > 0 && anonymous == summary.anonymous as i64, "{anonymous} {summary:?}");
        assert_eq!(count("SELECT count(*) FROM person WHERE gender IS NOT NULL AND gender_consent_on IS NULL"), 0);
        assert_eq!(count("SELECT count(*) FROM person WHERE needs_review = 1"), 0);
    }

    #[test]
    fn attendees_arrive_around_their_forums_start_and_feedback_is_about_the_right_commitment() {
        let mut store = Store::open_in_memory().expect("store");
        load(store.conn_mut(), today()).expect("demo");
        let conn = store.conn();
        let mut stmt = conn
            .prepare("SELECT f.starts_at, a.arrived_at FROM attendance a JOIN forum f ON f.id = a.forum_id")
            .expect("q");
        let pairs: Vec<(String, String)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .expect("rows")
            .collect::<rusqlite::Result<_>>()
            .expect("rows");
        let mut minutes = std::collections::BTreeSet::new();
        for (starts, arrived) in &pairs {
            let starts = NaiveDateTime::parse_from_str(starts, "%Y-%m-%dT%H:%M:%S").expect("start");
            let arrived = chrono::DateTime::parse_from_rfc3339(arrived).expect("arrival").with_timezone(&Local);
            let early_or_late = (arrived.naive_local() - starts).num_minutes();
            assert!((-15..=30).contains(&early_or_late), "{starts} but arrived {arrived}");
            minutes.insert(early_or_late);
        }
        assert!(minutes.len() > 20, "arrivals are spread, not all at one minute: {minutes:?}");
        let tagged: Vec<i64> = conn
            .prepare(
                "SELECT DISTINCT c.number FROM feedback fb JOIN commitment c ON c.id = fb.commitment_id
                 WHERE fb.text LIKE '%microbasural%'",
            )
            .expect("q")
            .query_map([], |r| r.get(0))
            .expect("rows")
            .collect::<rusqlite::Result<_>>()
            .expect("rows");
        assert_eq!(tagged, [3], "a micro-dump is about commitment 3, «Juntos enfrentamos los microbasurales»");
    }

    #[test]
    fn every_demo_milestone_agrees_with_the_level_progress_rule() {
        let mut store = Store::open_in_memory().expect("store");
        load(store.conn_mut(), today()).expect("demo");
        let all = milestones::progress(store.conn(), today()).expect("progress");
        let mut stmt = store.conn().prepare("SELECT title, completion, progress FROM milestone").expect("q");
        let stored: Vec<(String, Completion, i64)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .expect("rows")
            .collect::<rusqlite::Result<_>>()
            .expect("rows");
        assert_eq!(stored.len(), 13);
        for (title, level, progress) in stored {
            assert!(u8::try_from(progress).is_ok_and(|p| level.agrees_with(p)), "{title}: {level} at {progress} %");
        }
        assert!(all
            .iter()
            .flat_map(|c| &c.milestones)
            .all(|m| u8::try_from(m.progress).is_ok_and(|p| m.completion.agrees_with(p))));
    }

    #[test]
    fn the_same_day_gives_the_same_data() {
        let counts = || {
            let mut store = Store::open_in_memory().expect("store");
            load(store.conn_mut(), today()).expect("demo")
        };
        assert_eq!(counts(), counts());
    }
}
