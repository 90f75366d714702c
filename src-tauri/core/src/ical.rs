//! Forums as an iCalendar file (RFC 5545), so leaders can put them in the
//! calendar they already use. Times are floating local times: every forum
//! happens in Maipú, and a floating time needs no time-zone table.

use chrono::{Duration, Utc};
use icalendar::{Calendar, Component, Event, EventLike};

use crate::domain::records::Forum;
use crate::i18n::Catalogue;

/// Forums have no end time recorded; two hours is the usual length.
const USUAL_LENGTH: Duration = Duration::hours(2);

pub fn forums_calendar(forums: &[Forum], catalogue: &Catalogue) -> String {
    let mut calendar = Calendar::new();
    calendar.name("Grupo Motor — Maipú");
    for forum in forums {
        let kind = catalogue.text(&format!("forum-kind-{}", forum.kind.as_str()), &[]);
        let location = match &forum.neighbourhood_name {
            Some(barrio) if !forum.place.is_empty() => format!("{}, {barrio}, Maipú", forum.place),
            Some(barrio) => format!("{barrio}, Maipú"),
            None => forum.place.clone(),
        };
        let description = if forum.agenda.is_empty() { kind.clone() } else { format!("{kind}\n\n{}", forum.agenda) };
        calendar.push(
            Event::new()
                .uid(&format!("{}@grupomotor.maipu.cl", forum.id))
                .timestamp(Utc::now())
                .summary(&forum.title)
                .starts(forum.starts_at)
                .ends(forum.starts_at + USUAL_LENGTH)
                .location(&location)
                .description(&description)
                .done(),
        );
    }
    calendar.done().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::kinds::{ForumKind, InvitationMethod};
    use crate::i18n::Language;

    #[test]
    fn each_forum_is_an_event_with_its_local_time_place_and_stable_uid() {
        let forum = Forum {
            id: uuid::Uuid::nil(),
            kind: ForumKind::CoCreationForum,
            title: "Foro de co-creación, plaza; Señora Núñez".into(),
            starts_at: chrono::NaiveDate::from_ymd_opt(2026, 11, 24)
                .and_then(|d| d.and_hms_opt(18, 30, 0))
                .expect("date"),
            place: "Plaza de Maipú".into(),
            neighbourhood_id: None,
            neighbourhood_name: Some("Maipú Centro".into()),
            commitment_ids: vec![],
            invitation: InvitationMethod::OpenCall,
            agenda: "1. Bienvenida".into(),
            minutes: String::new(),
        };
        let text = forums_calendar(&[forum], &Catalogue::new(Language::EsCl));
        let unfolded = text.replace("\r\n ", "");
        assert!(text.starts_with("BEGIN:VCALENDAR\r\n"), "{text}");
        assert!(unfolded.contains("DTSTART:20261124T183000\r\n"), "{text}");
        assert!(unfolded.contains("DTEND:20261124T203000\r\n"), "{text}");
        assert!(unfolded.contains("UID:00000000-0000-0000-0000-000000000000@grupomotor.maipu.cl"), "{text}");
        assert!(unfolded.contains("SUMMARY:Foro de co-creación\\, plaza\\; Señora Núñez"), "escaped: {text}");
        assert!(unfolded.contains("LOCATION:Plaza de Maipú\\, Maipú Centro\\, Maipú"), "{text}");
        assert!(text.lines().all(|line| line.len() <= 75), "lines are folded at 75 octets");
    }
}
