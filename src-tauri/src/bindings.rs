//! The TypeScript twins of every type that crosses IPC live in
//! `ui/src/lib/bindings.ts`, generated from the Rust types here, with the
//! UI's `Backend` (from the list of commands), the vocabularies in their
//! order and the feedback loop's steps, so none of them is typed twice. The
//! test fails when the file is stale; `make bindings` rewrites it.

#[cfg(test)]
mod tests {
    use ts_rs::{Config, TS};

    use crate::commands::{signatures, ErrorCode, IpcError};
    use grupo_motor_core::domain::breach::{Breach, BreachDraft};
    use grupo_motor_core::domain::kinds::*;
    use grupo_motor_core::domain::lawful::*;
    use grupo_motor_core::domain::records::*;
    use grupo_motor_core::domain::requests::{RequestDraft, RequestStep, RequestsDue, RightsRequest, Urgency};
    use grupo_motor_core::domain::text::{LINE_MAX, LONG_TEXT_MAX, NAME_MAX};
    use grupo_motor_core::i18n::Language;
    use grupo_motor_core::pack::{DocumentKind, PackDraft, PackRecord, Paper};
    use grupo_motor_core::store::about::{About, RecordCounts};
    use grupo_motor_core::store::backup::BackupInfo;
    use grupo_motor_core::store::controller::Controller;
    use grupo_motor_core::store::deletion::{DeletePreview, Deletion, RecordKind, Taken, TakenCount};
    use grupo_motor_core::store::merge_sides::MergeSide;
    use grupo_motor_core::store::paper_sheet::{PaperSheet, SheetLine};
    use grupo_motor_core::store::preferences::Preferences;
    use grupo_motor_core::store::retention::{RetainedPerson, RetentionCase, RetentionRule};
    use grupo_motor_core::sync::conflicts::{Review, ReviewField, ReviewKind};
    use grupo_motor_core::sync::evidence::{FilesPlan, RefusedFile, RefusedWhy};
    use grupo_motor_core::sync::folder::{FolderFailure, FolderImport, FolderReport};
    use grupo_motor_core::sync::{Conflict, ConflictKind, ExportPlan, ExportSummary, Side, SyncReport};
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
            ConsentMethod::decl(&cfg),
            ConsentGiver::decl(&cfg),
            AttendanceRole::decl(&cfg),
            OrganizationKind::decl(&cfg),
            FeedbackKind::decl(&cfg),
            Priority::decl(&cfg),
            FeedbackStatus::decl(&cfg),
            Completion::decl(&cfg),
            RequestRight::decl(&cfg),
            RequestChannel::decl(&cfg),
            RequestStatus::decl(&cfg),
            Neighbourhood::decl(&cfg),
            Commitment::decl(&cfg),
            Organization::decl(&cfg),
            GuardianConsentDraft::decl(&cfg),
            GuardianConsent::decl(&cfg),
            GenderConsentDraft::decl(&cfg),
            GenderConsent::decl(&cfg),
            ReviewReason::decl(&cfg),
            BlockRecord::decl(&cfg),
            PersonDraft::decl(&cfg),
            Person::decl(&cfg),
            PersonRow::decl(&cfg),
            PersonFilter::decl(&cfg),
            ConsentDraft::decl(&cfg),
            PersonMatch::decl(&cfg),
            ForumDraft::decl(&cfg),
            Forum::decl(&cfg),
            ForumSummary::decl(&cfg),
            ForumPage::decl(&cfg),
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
            ForumEvidence::decl(&cfg),
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
            Urgency::decl(&cfg),
            RequestDraft::decl(&cfg),
            RequestStep::decl(&cfg),
            RightsRequest::decl(&cfg),
            RequestsDue::decl(&cfg),
            RetentionRule::decl(&cfg),
            RetainedPerson::decl(&cfg),
            RetentionCase::decl(&cfg),
            Language::decl(&cfg),
            Paper::decl(&cfg),
            PackDraft::decl(&cfg),
            PackRecord::decl(&cfg),
            Controller::decl(&cfg),
            DocumentKind::decl(&cfg),
            BreachDraft::decl(&cfg),
            Breach::decl(&cfg),
            BackupInfo::decl(&cfg),
            RecordKind::decl(&cfg),
            Taken::decl(&cfg),
            TakenCount::decl(&cfg),
            DeletePreview::decl(&cfg),
            Deletion::decl(&cfg),
            MergeSide::decl(&cfg),
            SheetLine::decl(&cfg),
            PaperSheet::decl(&cfg),
            Preferences::decl(&cfg),
            RecordCounts::decl(&cfg),
            About::decl(&cfg),
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
            RefusedWhy::decl(&cfg),
            RefusedFile::decl(&cfg),
            ReviewKind::decl(&cfg),
            ReviewField::decl(&cfg),
            Review::decl(&cfg),
            SyncReport::decl(&cfg),
            ExportSummary::decl(&cfg),
            FilesPlan::decl(&cfg),
            ExportPlan::decl(&cfg),
            FolderImport::decl(&cfg),
            FolderFailure::decl(&cfg),
            FolderReport::decl(&cfg),
            ErrorCode::decl(&cfg),
            IpcError::decl(&cfg),
        ];
        let mut out = String::from(
            "// Generated from the Rust types by `make bindings` (src-tauri/src/bindings.rs).\n\
             // Do not edit: a test fails when this file is stale.\n\n\
             import { call } from \"./ipc\";\n\n",
        );
        for declaration in declarations {
            out.push_str("export ");
            out.push_str(&declaration);
            out.push_str("\n\n");
        }
        out.push_str(&vocabularies());
        out.push_str(&backend(&cfg));
        out.truncate(out.trim_end().len());
        out.push('\n');
        out
    }

    /// Each vocabulary in the order the core keeps it (the order forms offer).
    fn vocabularies() -> String {
        fn list<T: serde::Serialize + TS>(name: &str, all: &[T]) -> String {
            let cfg = Config::new();
            let values = serde_json::to_string(all).expect("vocabulary as JSON").replace(',', ", ");
            format!("export const {name}: Array<{}> = {values};\n\n", T::name(&cfg))
        }
        let next: Vec<String> = FeedbackStatus::ALL
            .iter()
            .map(|s| {
                format!(
                    "  {}: {},",
                    s.as_str(),
                    serde_json::to_string(&s.next_steps()).expect("JSON").replace(',', ", ")
                )
            })
            .collect();
        [
            list("FORUM_KINDS", ForumKind::ALL),
            list("INVITATIONS", InvitationMethod::ALL),
            list("AGE_BANDS", AgeBand::ALL),
            list("GENDERS", Gender::ALL),
            list("CONSENT_METHODS", ConsentMethod::ALL),
            list("CONSENT_GIVERS", ConsentGiver::ALL),
            list("ROLES", AttendanceRole::ALL),
            list("ORGANIZATION_KINDS", OrganizationKind::ALL),
            list("FEEDBACK_KINDS", FeedbackKind::ALL),
            list("PRIORITIES", Priority::ALL),
            list("FEEDBACK_STATUSES", FeedbackStatus::ALL),
            list("COMPLETIONS", Completion::ALL),
            list("REQUEST_RIGHTS", RequestRight::ALL),
            list("REQUEST_CHANNELS", RequestChannel::ALL),
            list("REQUEST_STATUSES", RequestStatus::ALL),
            format!(
                "/** Where a feedback item can move from each status, the usual next step first. */\n\
                 export const FEEDBACK_NEXT: Record<FeedbackStatus, Array<FeedbackStatus>> = {{\n{}\n}};\n\n",
                next.join("\n")
            ),
            format!(
                "/** The longest text each kind of field takes, in characters (shown under the field). */\n\
                 export const LIMITS = {{ name: {NAME_MAX}, line: {LINE_MAX}, longText: {LONG_TEXT_MAX} }} as const;\n\n"
            ),
        ]
        .concat()
    }

    /// The UI's `Backend`, one method per command in the list, and the
    /// implementation that invokes them (Tauri takes the arguments camelCased).
    fn backend(cfg: &Config) -> String {
        let commands = signatures(cfg);
        let mut interface = String::from(
            "/** Every command the core answers. Screens are given one, so tests can give a fake. */\n\
             export interface Backend {\n",
        );
        let mut implementation = String::from("export const tauriBackend: Backend = {\n");
        for command in &commands {
            let method = camel(command.name);
            let names: Vec<String> = command.args.iter().map(|(name, _)| camel(name)).collect();
            let typed: Vec<String> =
                command.args.iter().zip(&names).map(|((_, ts), name)| format!("{name}: {ts}")).collect();
            let resolves_to = if command.resolves_to == "null" { "void" } else { &command.resolves_to };
            interface.push_str(&format!("  {method}({}): Promise<{resolves_to}>;\n", typed.join(", ")));
            let call = if names.is_empty() {
                format!("call(\"{}\")", command.name)
            } else {
                format!("call(\"{}\", {{ {} }})", command.name, names.join(", "))
            };
            implementation.push_str(&format!("  {method}: ({}) => {call},\n", names.join(", ")));
        }
        interface.push_str("}\n\n");
        implementation.push_str("};\n");
        interface + &implementation
    }

    fn camel(snake: &str) -> String {
        let mut out = String::new();
        let mut upper = false;
        for c in snake.chars() {
            if c == '_' {
                upper = true;
            } else if upper {
                out.extend(c.to_uppercase());
                upper = false;
            } else {
                out.push(c);
            }
        }
        out
    }

    #[test]
    fn commands_and_their_arguments_are_camel_cased_as_tauri_expects() {
        assert_eq!(camel("register_new_person"), "registerNewPerson");
        let commands = signatures(&Config::new());
        let desk = commands.iter().find(|c| c.name == "register_attendance").expect("the desk's command");
        let args: Vec<&str> = desk.args.iter().map(|(name, _)| *name).collect();
        assert_eq!(args, ["forum_id", "person_id", "role"]);
        assert_eq!(desk.resolves_to, "Attendee");
        assert!(backend(&Config::new()).contains("registerAttendance: (forumId, personId, role) => call(\"register_attendance\", { forumId, personId, role }),"));
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
