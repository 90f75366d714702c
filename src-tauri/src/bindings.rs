//! The TypeScript twins of every type that crosses IPC live in
//! `ui/src/lib/bindings.ts`, generated from the Rust types here. The test
//! fails when the file is stale; `make bindings` rewrites it.

#[cfg(test)]
mod tests {
    use ts_rs::{Config, TS};

    use crate::commands::{ErrorCode, IpcError};
    use grupo_motor_core::domain::kinds::*;
    use grupo_motor_core::domain::records::*;
    use grupo_motor_core::i18n::Language;
    use grupo_motor_core::pack::{PackDraft, PackRecord, Paper};
    use grupo_motor_core::store::backup::BackupInfo;
    use grupo_motor_core::sync::{Conflict, ConflictKind, ExportSummary, Side, SyncReport};
    use grupo_motor_core::transfer::csv_import::{
        BadRow, ExistingPerson, ImportOutcome, ImportPlan, ImportRow, ImportedContact, Matched, MatchedBy,
    };

    const PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../ui/src/lib/bindings.ts");

    fn generated() -> String {
        let cfg = Config::new().with_large_int("number");
        let declarations = [
            ForumKind::decl(&cfg),
            InvitationMethod::decl(&cfg),
            AgeBand::decl(&cfg),
            Gender::decl(&cfg),
            AttendanceRole::decl(&cfg),
            OrganizationKind::decl(&cfg),
            FeedbackKind::decl(&cfg),
            Priority::decl(&cfg),
            FeedbackStatus::decl(&cfg),
            Completion::decl(&cfg),
            Neighbourhood::decl(&cfg),
            Commitment::decl(&cfg),
            Organization::decl(&cfg),
            PersonDraft::decl(&cfg),
            Person::decl(&cfg),
            PersonRow::decl(&cfg),
            PersonFilter::decl(&cfg),
            ConsentDraft::decl(&cfg),
            PersonMatch::decl(&cfg),
            ForumDraft::decl(&cfg),
            Forum::decl(&cfg),
            ForumSummary::decl(&cfg),
            Attendee::decl(&cfg),
            Figures::decl(&cfg),
            FeedbackDraft::decl(&cfg),
            StatusChange::decl(&cfg),
            FeedbackEvent::decl(&cfg),
            FeedbackItem::decl(&cfg),
            FeedbackFilter::decl(&cfg),
            MilestoneDraft::decl(&cfg),
            NoteDraft::decl(&cfg),
            MilestoneNote::decl(&cfg),
            Evidence::decl(&cfg),
            Milestone::decl(&cfg),
            CommitmentProgress::decl(&cfg),
            Count::decl(&cfg),
            ForumBreakdown::decl(&cfg),
            Facilitator::decl(&cfg),
            ForumDetail::decl(&cfg),
            NeighbourhoodAttendees::decl(&cfg),
            FeedbackHit::decl(&cfg),
            SearchResults::decl(&cfg),
            MilestoneBar::decl(&cfg),
            Dashboard::decl(&cfg),
            ParticipationRecord::decl(&cfg),
            SaidRecord::decl(&cfg),
            PersonData::decl(&cfg),
            Language::decl(&cfg),
            Paper::decl(&cfg),
            PackDraft::decl(&cfg),
            PackRecord::decl(&cfg),
            BackupInfo::decl(&cfg),
            ImportedContact::decl(&cfg),
            ImportRow::decl(&cfg),
            MatchedBy::decl(&cfg),
            ExistingPerson::decl(&cfg),
            Matched::decl(&cfg),
            BadRow::decl(&cfg),
            ImportPlan::decl(&cfg),
            ImportOutcome::decl(&cfg),
            ConflictKind::decl(&cfg),
            Side::decl(&cfg),
            Conflict::decl(&cfg),
            SyncReport::decl(&cfg),
            ExportSummary::decl(&cfg),
            ErrorCode::decl(&cfg),
            IpcError::decl(&cfg),
        ];
        let mut out = String::from(
            "// Generated from the Rust types by `make bindings` (src-tauri/src/bindings.rs).\n\
             // Do not edit: a test fails when this file is stale.\n\n",
        );
        for declaration in declarations {
            out.push_str("export ");
            out.push_str(&declaration);
            out.push_str("\n\n");
        }
        out.truncate(out.trim_end().len());
        out.push('\n');
        out
    }

    #[test]
    fn typescript_bindings_are_up_to_date() {
        let fresh = generated();
        if std::env::var_os("UPDATE_BINDINGS").is_some() {
            std::fs::write(PATH, &fresh).expect("write bindings");
        }
        let committed = std::fs::read_to_string(PATH).unwrap_or_default();
        assert!(committed == fresh, "ui/src/lib/bindings.ts is stale: run `make bindings`");
    }
}
