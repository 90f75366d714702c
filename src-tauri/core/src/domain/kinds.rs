//! The closed vocabularies of the plan. Each is stored and sent as its
//! snake_case name, which is also the suffix of its catalogue key.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Declares an enum whose variants travel as fixed snake_case strings.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
        pub enum $name {
            $(#[serde(rename = $text)] $variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            pub fn parse(text: &str) -> Option<Self> {
                match text { $($text => Some($name::$variant),)+ _ => None }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

vocabulary! {
    /// Any gathering the group holds.
    ForumKind {
        CoCreationForum = "co_creation_forum",
        MultiStakeholderForum = "multi_stakeholder_forum",
        InterimSession = "interim_session",
        QuarterlyMeeting = "quarterly_meeting",
        ChildrensRoundtable = "childrens_roundtable",
        Consultation = "consultation",
    }
}

vocabulary! {
    /// How people were invited to a forum.
    InvitationMethod {
        RandomInvitation = "random_invitation",
        OpenCall = "open_call",
        InvitedLeaders = "invited_leaders",
    }
}

vocabulary! {
    /// Children (under 14) and adolescents (14–17) are counted apart, as the
    /// children-and-adolescents commitment reports on them.
    AgeBand {
        Child = "child",
        Adolescent = "adolescent",
        Adult = "adult",
        Senior = "senior",
    }
}

vocabulary! {
    Gender {
        Female = "female",
        Male = "male",
        Other = "other",
    }
}

vocabulary! {
    /// How a guardian gave their consent for a child (Ley 21.719, Art. 16 quáter).
    ConsentMethod {
        SignedPaper = "signed_paper",
        InPerson = "in_person",
        Other = "other",
    }
}

vocabulary! {
    /// Who gave an express consent: the person, or their guardian.
    ConsentGiver {
        Person = "person",
        Guardian = "guardian",
    }
}

vocabulary! {
    AttendanceRole {
        Neighbour = "neighbour",
        Leader = "leader",
        Official = "official",
        Monitor = "monitor",
        Observer = "observer",
    }
}

vocabulary! {
    OrganizationKind {
        NeighbourhoodCouncil = "neighbourhood_council",
        FunctionalOrganization = "functional_organization",
        Ngo = "ngo",
        School = "school",
        MunicipalBody = "municipal_body",
        Observer = "observer",
        Other = "other",
    }
}

vocabulary! {
    FeedbackKind {
        Concern = "concern",
        Proposal = "proposal",
        Question = "question",
        Recognition = "recognition",
    }
}

vocabulary! {
    /// Highest first: the order the form offers.
    Priority {
        High = "high",
        Medium = "medium",
        Low = "low",
    }
}

vocabulary! {
    /// open → forwarded to a directorate → answered → closed.
    FeedbackStatus {
        Open = "open",
        Forwarded = "forwarded",
        Answered = "answered",
        Closed = "closed",
    }
}

impl FeedbackStatus {
    /// The loop's steps: open → forwarded → answered → closed, any of them
    /// straight to closed, and back to open when an answer falls short.
    pub fn can_move_to(self, next: FeedbackStatus) -> bool {
        use FeedbackStatus::*;
        match (self, next) {
            (from, to) if from == to => false,
            (Closed, to) => to == Open,
            (Answered, Forwarded) => false,
            _ => true,
        }
    }

    /// Where an item can move from here, the usual next step first: the
    /// later steps in loop order, then the earlier ones.
    pub fn next_steps(self) -> Vec<FeedbackStatus> {
        let here = FeedbackStatus::ALL.iter().position(|s| *s == self).unwrap_or(0);
        let (before, after) = FeedbackStatus::ALL.split_at(here);
        after.iter().chain(before).copied().filter(|next| self.can_move_to(*next)).collect()
    }
}

vocabulary! {
    /// OGP's completion scale for a milestone.
    Completion {
        NoEvidence = "no_evidence",
        NotStarted = "not_started",
        Limited = "limited",
        Substantial = "substantial",
        Complete = "complete",
    }
}

vocabulary! {
    /// The rights of Ley 21.719 (Arts. 4–11) a person may exercise.
    RequestRight {
        Access = "access",
        Rectification = "rectification",
        Suppression = "suppression",
        Opposition = "opposition",
        Portability = "portability",
        Blocking = "blocking",
    }
}

vocabulary! {
    /// How a rights request reached the group.
    RequestChannel {
        InPerson = "in_person",
        Email = "email",
        Letter = "letter",
        Phone = "phone",
        Other = "other",
    }
}

vocabulary! {
    /// received → in progress → answered / refused (with reasons).
    RequestStatus {
        Received = "received",
        InProgress = "in_progress",
        Answered = "answered",
        Refused = "refused",
    }
}

impl RequestStatus {
    /// Still waiting for an answer: it has a deadline.
    pub fn is_open(self) -> bool {
        matches!(self, RequestStatus::Received | RequestStatus::InProgress)
    }

    /// Forward only: a received request is taken up or decided at once, one
    /// in progress is decided, and a decision is final.
    pub fn can_move_to(self, next: RequestStatus) -> bool {
        use RequestStatus::*;
        matches!((self, next), (Received, InProgress | Answered | Refused) | (InProgress, Answered | Refused))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_variant_round_trips_through_its_text() {
        for kind in ForumKind::ALL {
            assert_eq!(ForumKind::parse(kind.as_str()), Some(*kind));
        }
        for c in Completion::ALL {
            assert_eq!(Completion::parse(c.as_str()), Some(*c));
        }
        assert_eq!(AgeBand::parse("toddler"), None);
    }

    #[test]
    fn a_rights_request_moves_forward_only_and_a_decision_is_final() {
        use RequestStatus::*;
        assert!(Received.can_move_to(InProgress) && Received.can_move_to(Refused) && InProgress.can_move_to(Answered));
        assert!(!InProgress.can_move_to(Received) && !InProgress.can_move_to(InProgress));
        for decided in [Answered, Refused] {
            assert!(!decided.is_open());
            assert!(RequestStatus::ALL.iter().all(|next| !decided.can_move_to(*next)), "{decided} is final");
        }
    }

    #[test]
    fn the_next_steps_are_the_allowed_moves_usual_one_first() {
        use FeedbackStatus::*;
        assert_eq!(Open.next_steps(), [Forwarded, Answered, Closed]);
        assert_eq!(Forwarded.next_steps(), [Answered, Closed, Open]);
        assert_eq!(Answered.next_steps(), [Closed, Open], "an answer is not forwarded again");
        assert_eq!(Closed.next_steps(), [Open]);
        for from in FeedbackStatus::ALL {
            for to in FeedbackStatus::ALL {
                assert_eq!(from.next_steps().contains(to), from.can_move_to(*to), "{from} → {to}");
            }
        }
    }

    #[test]
    fn serde_uses_the_stored_text() {
        let json = serde_json::to_string(&ForumKind::ChildrensRoundtable).expect("serialise");
        assert_eq!(json, "\"childrens_roundtable\"");
        let back: InvitationMethod = serde_json::from_str("\"open_call\"").expect("parse");
        assert_eq!(back, InvitationMethod::OpenCall);
    }
}
