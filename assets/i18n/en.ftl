## Grupo Motor — English catalogue. Shared by the UI, the CLI and the PDF.
## The same keys exist in es-CL.ftl (a test checks).

## Errors the core sends
error-required = This field is required.
error-too-long = This is too long: { $max } characters at most.
error-control-characters = It contains characters that are not allowed.
error-name-letters = A name must have at least one letter.
error-rut-format = This is not a valid RUT. Write it as 12.345.678-5.
error-rut-check-digit = The RUT's check digit does not match. Check the number.
error-date-format = This is not a valid date. Write it as 24-11-2026.
error-date-out-of-range = The date must be between the years 2000 and 2100.
error-time-format = This is not a valid time. Write it as 18:30.
error-unknown-reference = Choose an option from the list.
error-already-registered = This person is already registered at this forum.
error-duplicate-rut = A person with RUT { $rut } already exists. Find them in the register.
error-not-found = The record was not found. Someone may have removed it.
error-storage = It could not be saved to the database. What you typed is not lost: try again.
error-too-new = This database comes from a newer version of Grupo Motor. Update the app.
error-progress-range = Progress must be between 0 and 100.
error-progress-not-started = A milestone "Not started" has 0 % progress.
error-progress-no-evidence = A milestone with "No evidence available" has 0 % progress until there is evidence.
error-progress-limited = At the level "Limited", progress goes from 1 % to 49 %.
error-progress-substantial = At the level "Substantial", progress goes from 50 % to 99 %.
error-progress-complete = A milestone "Complete" has 100 % progress.
error-end-before-start = The end cannot be before the start.
error-unexpected = Something unexpected went wrong. Try again.
error-demo-not-empty = The database already holds records: demo data is only loaded into an empty database.
error-phone-format = This is not a valid phone number. Write it as +56 9 1234 5678.
error-email-format = This is not a valid e-mail address. Write it as name@domain.cl.
error-consent-required = To keep a phone or e-mail, first record the person's consent.
error-merge-same-person = A person cannot be merged with themselves.
error-before-received = The date cannot be before the day it was received.
error-status-step = That step does not follow from where this item is.
error-before-last-step = The date cannot be before the previous step of the follow-up.
error-evidence-file = The chosen file could not be read.
error-evidence-kind = That kind of file is not accepted as evidence. Use PDFs, pictures, documents or spreadsheets.
error-evidence-too-large = The file is larger than 50 MB.
error-evidence-changed = The evidence file was changed outside Grupo Motor and will not be opened.
error-damaged = The database is damaged and cannot be opened. Grupo Motor has not changed or deleted it: you can go back to a backup or start a new database.
error-already-open = Grupo Motor is already open with this database. Carry on in the open window, or close it and try again.
error-not-a-backup = The chosen file is not a Grupo Motor backup, or it is damaged.

## Files saved (PDFs, spreadsheets, calendar, sync files, backups)
error-output-database = Cannot save to “{ $path }”: that file is Grupo Motor's database (or one of its working files). Choose another name. The database was not changed.
error-output-backup = Cannot save to “{ $path }”: it is in Grupo Motor's backups folder, where backups are never overwritten. Choose another folder.
error-output-evidence = Cannot save to “{ $path }”: it is in the folder of the commitments' evidence files. Choose another folder.
error-output-folder = Cannot save to “{ $path }”: it is a folder. Add the name of the file to save at the end.
error-output-device = Cannot save to “{ $path }”: it is a system device, not a file. Choose a file in a folder.
error-output-pipe = Cannot save to “{ $path }”: it is a system pipe (FIFO), not a file. Choose a file in a folder.
error-output-socket = Cannot save to “{ $path }”: it is a system socket, not a file. Choose a file in a folder.
error-output-no-folder = Cannot save to “{ $path }”: the folder does not exist. Choose a folder that exists, or create it first.
error-output-full = “{ $path }” could not be saved: the disk or USB stick is full. Free some space and try again. If the file already existed, it was left as it was.
error-output-read-only = “{ $path }” could not be saved: that disk or USB stick is read-only. Choose another place. If the file already existed, it was left as it was.
error-output-permission = “{ $path }” could not be saved: there is no permission to write there, or the file is write-protected. Choose another folder or name. If the file already existed, it was left as it was.
error-output-write = “{ $path }” could not be saved (was the USB stick removed?). Try again. If the file already existed, it was left as it was.

## Backups and a damaged database
damaged-title = The database is damaged
damaged-with-backup = You can go back to the newest backup, from { $date }: what was recorded after it will be missing. Or you can start a new, empty database. Either way the damaged file is kept aside under another name; it is not deleted.
damaged-without-backup = There are no backups. You can start a new, empty database; the damaged file is kept aside under another name, it is not deleted.
damaged-restore = Go back to the backup of { $date }
damaged-new = Start a new database
damaged-quit = Quit
backup-saved = Backup saved: { $path }
backup-restored = Backup restored. The previous state was kept in { $path }
backup-restored-fresh = Backup restored.
backups-none = There are no backups yet.

## Vocabularies (the UI uses them too)
forum-kind-co_creation_forum = Co-creation forum
forum-kind-multi_stakeholder_forum = Multi-stakeholder forum
forum-kind-interim_session = Interim session
forum-kind-quarterly_meeting = Quarterly meeting
forum-kind-childrens_roundtable = Children and adolescents' roundtable
forum-kind-consultation = Consultation

## The quarterly meeting pack (PDF) and sign-in sheets
error-period-format = The period is not valid. Write it as 2026-Q4, or give --from and --to.
error-pack-font = The font shipped with Grupo Motor could not be read. Reinstall the app.
error-pack-write = The PDF could not be saved. Check that the folder exists and can be written to.
pack-default-title = Quarterly accountability meeting
pack-agenda-default-1 = Welcome and agreements of the last meeting
pack-agenda-default-2 = Progress of the commitments
pack-agenda-default-3 = What neighbours said and the answers given
pack-agenda-default-4 = Agreements and next steps
pack-brand = Grupo Motor · Open Government Maipú
pack-page = Page { $page } of { $total }
pack-period-range = { $from } to { $to }
pack-place-unknown = To be confirmed
pack-cover-date = Date
pack-cover-place = Place
pack-cover-period = Period covered
pack-cover-agenda = Agenda
pack-cover-contents = Contents
pack-cover-contacts-note = This document holds neighbours' phone numbers and e-mails: give it only to those who must contact them.
pack-glance-title = 1. The period at a glance
pack-figure-forums = Forums held
pack-figure-people = People reached (each counted once)
pack-figure-first-time = First-time participants
pack-figure-neighbourhoods = Neighbourhoods reached
pack-figure-neighbourhoods-value = { $reached } of { $total }
pack-figure-children-adolescents = Children and adolescents
pack-figure-children = Children
pack-figure-adolescents = Adolescents
pack-figure-women-men = Women / men (where recorded)
pack-figure-women = Women (where recorded)
pack-figure-men = Men (where recorded)
pack-figure-attendances = Sign-ins recorded
pack-figure-feedback = Feedback received
pack-figure-open = Feedback awaiting an answer
pack-glance-chart = People reached in the period
pack-glance-note = Someone who came to several forums counts once. A first-time participant had never signed in at a forum before.
pack-commitments-title = 2. Commitments
pack-commitment-heading = Commitment { $number }: { $title }
pack-commitment-lead = Lead directorate: { $directorate }
pack-col-milestone = Milestone
pack-col-planned-end = Planned end
pack-col-completion = Completion level
pack-col-progress = Progress
pack-late-mark = late
pack-no-milestones = No milestones recorded yet.
pack-completion-no_evidence = No evidence available
pack-completion-not_started = Not started
pack-completion-limited = Limited
pack-completion-substantial = Substantial
pack-completion-complete = Complete
pack-notes-title = Notes and evidence of the period
pack-col-date = Date
pack-col-note = Note
pack-col-file = Evidence file
pack-note-moved = Moved to: { $level }
pack-no-notes = No notes were recorded in the period.
pack-no-evidence = No evidence files were added in the period.
pack-late-title = Late milestones and why
pack-col-why = Why (latest note)
pack-no-late = No milestone is late.
pack-no-note = No notes recorded.
pack-said-title = 3. What neighbours said
pack-said-summary = { $count } items of feedback were received in the period.
pack-said-by-commitment = Feedback by commitment
pack-said-by-neighbourhood = Feedback by neighbourhood
pack-said-without-commitment = No commitment assigned
pack-said-without-neighbourhood = No neighbourhood recorded
pack-open-title = Feedback awaiting an answer
pack-open-intro = Every item open or forwarded on { $date }, with the days it has waited.
pack-col-received = Received
pack-col-days = Days
pack-col-neighbourhood = Neighbourhood
pack-col-commitment = Commitment
pack-col-said = What was said
pack-col-status = Status
pack-status-open = Open
pack-status-forwarded = Forwarded to { $directorate }
pack-open-none = No feedback is awaiting an answer.
pack-answers-title = You said, we did
pack-answers-intro = Answers given since { $date }.
pack-col-you-said = You said
pack-col-we-did = We did
pack-answers-none = No answers were given in this time.
pack-forums-title = 4. Forums of the period
pack-col-forum = Forum
pack-col-kind = Kind
pack-col-place = Place
pack-col-attendance = Attendance
pack-forums-total = Total
pack-forums-none = No forums were held in the period.
pack-forums-chart = Attendance by neighbourhood
pack-forums-chart-note = Sign-ins by each person's neighbourhood. Every neighbourhood is listed, so the ones we did not reach show.
pack-annex-title = 5. Annex: attendance lists
pack-annex-forum = { $date } · { $title } ({ $count } attendees)
pack-col-name = Name
pack-col-organization = Organization
pack-col-phone = Phone
pack-col-email = E-mail
pack-annex-empty = Nobody signed in.
pack-annex-erased = { $count } more people attended whose records were erased at their request.
pack-sheet-title = Sign-in sheet
pack-sheet-note = Your details are used only to record participation in Maipú's Open Government plan. The RUT is optional.
pack-col-rut = RUT (optional)
pack-col-signature = Signature
pack-continued = { $title } (continued)

## The app
app-title = Grupo Motor
app-subtitle = Open Government · Maipú
nav-label = Sections
nav-forums = Forums
nav-people = People
nav-feedback = Feedback
nav-commitments = Commitments
nav-dashboard = Dashboard
language-label = Language
language-es-CL = Español
language-en = English
loading = Loading…
status-saving = Saving…
status-saved = Saved
action-save = Save
action-cancel = Cancel
no-neighbourhood = No neighbourhood
attendee-count = { $count ->
    [one] 1 attendee
   *[other] { $count } attendees
}

## Forums
forums-title = Forums and sessions
forums-new = New forum
forums-empty = No forums yet. Create the first with “New forum”.
forum-form-new = New forum
forum-form-edit = Edit forum
forum-edit = Edit forum
field-kind = Kind of gathering
field-title = Title
field-date = Date
field-time = Time
hint-date = dd-mm-yyyy
hint-time = hh:mm
field-place = Place
field-neighbourhood = Neighbourhood
field-commitments = Commitments addressed
field-invitation = How people were invited
field-agenda = Agenda
field-minutes = Minutes
invitation-random_invitation = Random invitation
invitation-open_call = Open call
invitation-invited_leaders = Invited leaders

## Sign-in desk
desk-search-label = Search by name or RUT
desk-search-hint = Type part of the name or RUT. Arrows to choose, Enter to register, Ctrl+Enter for a new person, Esc to clear.
desk-results = Matching people
desk-no-match = Nobody matches “{ $query }”. Press Enter to register them as a new person.
desk-new-person = New person
desk-forums-attended = { $count ->
    [one] 1 forum
   *[other] { $count } forums
}
desk-attendees = Attendees
desk-by-neighbourhood = Attendance by neighbourhood
desk-remove = Remove
desk-remove-label = Remove { $name } from the list
desk-remove-confirm = Remove { $name }?
desk-remove-yes = Yes, remove
desk-remove-no = No
person-form-title = New person
person-form-hint = Tab moves to the next field, Enter saves and signs in, Esc goes back to the search.
desk-nobody-yet = Nobody has signed in at this forum yet.
field-full-name = Full name
field-organization = Organization
field-age-band = Age band
field-rut = RUT (optional)
field-gender = Gender (optional)
field-role = Role
age-band-child = Child (under 14)
age-band-adolescent = Adolescent (14 to 17)
age-band-adult = Adult (18 to 59)
age-band-senior = Older person (60 or over)
gender-female = Woman
gender-male = Man
gender-other = Other
gender-unknown = Not recorded
role-neighbour = Neighbour
role-leader = Leader
role-official = Municipal official
role-monitor = Independent monitor
role-observer = Observer

## People
people-title = People
people-search = Search by name or RUT
people-driving-group-only = Driving force group members only
filter-all = All
people-forums = Forums
people-last-seen = Last seen
people-member = Driving group
people-none = Nobody matches the search.
people-more = Show more
people-purge-title = Clear old contact details
people-purge-help = Clears the phone and e-mail (and the consent) of everyone who has not come to a forum in the given number of months. Their attendance is kept.
people-purge-months = Months without coming
people-purge-action = Clear contacts
people-purged = { $count ->
    [one] Cleared the contact of 1 person.
   *[other] Cleared the contacts of { $count } people.
}
person-back = Back to people
person-record = Record
person-driving-group = Member of the driving force group
consent-title = Contact and consent
consent-help = Phone and e-mail are kept only with the person's consent, with its date and purpose.
consent-given = Consent of { $date }: { $purpose }
consent-withdraw = Withdraw consent and clear contact
consent-record = Record consent and contact
field-phone = Phone
field-email = E-mail
field-purpose = Purpose of the consent
field-consent-date = Date of consent
merge-title = Merge duplicate records
merge-help = If this person was recorded twice, find the other record: its attendance and feedback move to this one.
merge-search = Find the other record
merge-confirm = “{ $duplicate }” will be merged into “{ $survivor }”. The other record will no longer exist.
merge-action = Merge
rights-title = Their data
rights-participation = { $count ->
    [one] Took part in 1 forum
   *[other] Took part in { $count } forums
}
rights-said = What they said
rights-export = Export their data (JSON)
rights-erase = Erase their data
rights-erase-confirm = Their name, RUT and contact will be erased; their attendance stays only as anonymous figures. This cannot be undone.
rights-erase-yes = Yes, erase
person-export-title = Save the person's data

## Dashboard
dashboard-title = Dashboard of the period
period-from = From
period-to = To
period-show = Show
period-previous = Previous quarter
period-next = Next quarter
figure-forums = forums held
figure-people = people reached
figure-first-time = first-time participants
figure-neighbourhoods = neighbourhoods reached
figure-young = children ({ $children }) and adolescents ({ $adolescents })
figure-women-men = women · men (where recorded)
figure-feedback-open = feedback items waiting for an answer
dashboard-by-neighbourhood = Attendance by neighbourhood
dashboard-waiting = Feedback waiting for an answer, by age
dashboard-milestones = Milestones by completion level
dashboard-progress = Progress of each milestone
dashboard-lists = Attendees by neighbourhood
age-days = { $range } days
milestone-late = late
calendar-export = Export calendar (iCal)
calendar-export-title = Save the forums' calendar
calendar-exported = { $count ->
    [one] Exported 1 forum.
   *[other] Exported { $count } forums.
}
completion-no_evidence = No evidence available
completion-not_started = Not started
completion-limited = Limited
completion-substantial = Substantial
completion-complete = Complete

## Search
search-label = Search people, forums or feedback
search-person = Person
search-forum = Forum
search-feedback = Feedback
search-none = No results.

## Feedback (the "you said, we did" loop)
feedback-title = What neighbours said
feedback-new = New feedback
feedback-show = Show
feedback-show-waiting = Waiting for an answer
feedback-show-all = All
feedback-filter-commitment = Commitment
feedback-filter-neighbourhood = Neighbourhood
feedback-any = All
feedback-none-chosen = —
feedback-none = No feedback matches these filters.
feedback-count = { $count ->
    [one] 1 item of feedback
   *[other] { $count } items of feedback
}
feedback-kind-concern = Concern
feedback-kind-proposal = Proposal
feedback-kind-question = Question
feedback-kind-recognition = Recognition
priority-low = Low priority
priority-medium = Medium priority
priority-high = High priority
feedback-status-open = Open
feedback-status-forwarded = Forwarded
feedback-status-answered = Answered
feedback-status-closed = Closed
feedback-age = { $days ->
    [0] received today
    [one] 1 day ago
   *[other] { $days } days ago
}
feedback-commitment = Commitment { $number }
feedback-forwarded-to = Forwarded to { $directorate }
feedback-answer = Answer of { $date }
feedback-history = History
feedback-event = { $date } · { $status }
feedback-change = Change status
feedback-form-title = Record feedback
field-feedback-text = What was said
field-feedback-kind = Kind
field-priority = Priority
field-received-on = Received on
field-commitment = Commitment
field-milestone = Milestone
field-forum = Forum where it was said
field-status = New status
field-status-on = Date
field-detail-forwarded = Directorate it goes to
field-detail-answered = Answer given
field-detail-note = Note (optional)

## Commitments and milestones
commitments-title = Commitments of the plan
commitment-heading = Commitment { $number }: { $title }
commitment-lead = Lead directorate: { $directorate }
commitment-progress = Progress of the commitment
milestones-none = No milestones yet. Add the first.
milestone-new = New milestone
milestone-edit = Edit milestone
milestone-planned = Planned: { $from } to { $to }
milestone-planned-end = Planned end: { $date }
milestone-unplanned = No planned dates
field-milestone-title = Milestone
field-planned-start = Planned start
field-planned-end = Planned end
notes-title = Notes
notes-none = No notes yet.
note-add = Add a note
note-moved = Moves from “{ $before }” to “{ $after }”
field-note-date = Date
field-author = Written by
field-note-text = Note
field-completion = Completion level
completion-unchanged = No change
field-progress = Progress (0 to 100)
evidence-title = Evidence
evidence-none = No evidence files.
evidence-add = Add an evidence file
evidence-choose-title = Choose the evidence file
evidence-path = Evidence file (path)
evidence-open = Open
evidence-open-label = Open { $name }
evidence-added = A copy of “{ $name }” was kept.

## Spreadsheets (CSV): import and export
error-csv-empty = The file is empty.
error-csv-too-large = The file is larger than { $max } MB: it does not look like a list of people.
error-csv-no-rows = The spreadsheet has headers only: there are no rows to import.
error-csv-missing-column = The column “{ $column }” is missing. The first row must name the columns (Name, RUT, Neighbourhood…).
error-csv-duplicate-column = Two columns mean the same (“{ $column }”). Keep only one.
error-csv-unreadable = The spreadsheet could not be read near line { $line }.
error-csv-bad-rows = { $count ->
    [one] One row has problems: nothing was imported. Fix or remove it and try again.
   *[other] { $count } rows have problems: nothing was imported. Fix or remove them and try again.
}
error-csv-unknown-neighbourhood = The neighbourhood is not in Maipú's list of neighbourhoods.
error-csv-age-band = The age band is not recognised. Write child, adolescent, adult, older adult or the age in years.
error-csv-gender = The gender is not recognised. Write woman, man or other, or leave it empty.
error-csv-role = The role is not recognised. Write neighbour, leader, official, monitor or observer.
error-csv-repeated = This person already appears in an earlier row of the file.
error-csv-extra-fields = The row has more cells than the header row.
error-file-access = The file could not be read or saved. Check that it exists and that the folder can be used.
csv-col-name = Full name
csv-col-rut = RUT
csv-col-neighbourhood = Neighbourhood
csv-col-organization = Organization
csv-col-age-band = Age band
csv-col-gender = Gender
csv-col-driving-group = Driving group
csv-col-forums = Forums
csv-col-last-seen = Last seen
csv-col-phone = Phone
csv-col-email = E-mail
csv-col-consent = Consent
csv-col-purpose = Purpose
csv-col-date = Date
csv-col-forum = Forum
csv-col-forum-kind = Kind of gathering
csv-col-role = Role
csv-col-arrived = Arrived at
csv-col-received = Received
csv-col-commitment = Commitment
csv-col-milestone = Milestone
csv-col-feedback-kind = Kind
csv-col-priority = Priority
csv-col-status = Status
csv-col-forwarded-to = Forwarded to
csv-col-said = What was said
csv-col-answer = Answer
csv-col-answered = Answered
csv-yes = Yes
csv-no = No
csv-feedback-kind-concern = Concern
csv-feedback-kind-proposal = Proposal
csv-feedback-kind-question = Question
csv-feedback-kind-recognition = Recognition
csv-priority-low = Low
csv-priority-medium = Medium
csv-priority-high = High
csv-status-open = Open
csv-status-forwarded = Forwarded
csv-status-answered = Answered
csv-status-closed = Closed
csv-field-full_name = Name
csv-field-rut = RUT
csv-field-neighbourhood = Neighbourhood
csv-field-organization_name = Organization
csv-field-age_band = Age band
csv-field-gender = Gender
csv-field-role = Role
csv-field-phone = Phone
csv-field-email = E-mail
csv-field-purpose = Purpose
csv-field-row = Row
csv-plan-create = Line { $line }: { $name } (new person)
csv-plan-match = Line { $line }: { $name } is already recorded as “{ $existing }”
csv-plan-already = Line { $line }: { $name } already signed in at this forum
csv-plan-bad = Line { $line }, { $field }: { $message }
csv-plan-bad-row = Line { $line }: { $message }
csv-plan-contacts-dropped = { $count ->
    [one] The phone and e-mail of one row without recorded consent were left out.
   *[other] The phone and e-mail of { $count } rows without recorded consent were left out.
}
csv-plan-ignored = Columns not used: { $columns }
csv-plan-summary = Summary: { $summary }.
csv-import-done = Import finished: { $created ->
    [one] one new person
   *[other] { $created } new people
}, { $registered ->
    [one] one sign-in recorded
   *[other] { $registered } sign-ins recorded
}, { $skipped ->
    [one] one was already signed in
   *[other] { $skipped } were already signed in
}, { $contacts ->
    [one] one contact saved with consent
   *[other] { $contacts } contacts saved with consent
}.

## Sync between laptops
error-sync-not-sync-file = The file is not a Grupo Motor sync file.
error-sync-too-new = The file comes from a newer version of Grupo Motor (format { $version }, schema { $schema }). Update the app to import it. Nothing was changed.
error-sync-truncated = The sync file is incomplete or damaged (copied halfway?). Nothing was changed: ask for a new export.
error-sync-bad-row = Line { $line } of the sync file ({ $table }) is not valid. Nothing was changed.
error-sync-missing-reference = The file refers to records this laptop does not have. Nothing was changed: ask for a full export (without “for”).
sync-exported = { $rows } records exported to { $path }.
sync-report = Sync finished: { $added } added, { $changed } updated, { $unchanged } unchanged, { $conflicts } conflicts.
sync-conflict-same-rut = { $label }: two records with the same RUT; { $kept }. The other was kept without a RUT: merge them under People.
sync-conflict-same-link = { $label }: the same entry was made on both laptops; { $kept }.
sync-conflict-erased = { $label }: their data was erased at their request; the erasure stays.
sync-kept-this-laptop = this laptop's was kept
sync-kept-file = the file's was taken

## "Accountability" screen: the quarterly meeting pack and sign-in sheets
nav-pack = Accountability
nav-data = Data
error-pdf-missing = The PDF was not found: it may have been moved or deleted. Export it again.
error-agenda-too-long = The agenda has too many items: keep it to 15 at most.
error-csv-changed = The file changed after the preview. Look at the preview again before importing.
file-choose = Choose…
file-path-hint = Type or paste the path, or use "Choose…".
pack-screen-title = Accountability
pack-form-title = Quarterly meeting pack (PDF)
pack-meeting = Meeting
pack-meeting-other = Another date
pack-field-title = Meeting name
pack-field-date = Meeting date
pack-field-place = Place
pack-field-agenda = Agenda (one item per line)
pack-field-from = Period from
pack-field-to = to
pack-field-paper = Paper
pack-paper-a4 = A4
pack-paper-letter = US Letter
pack-field-contacts = Include phone numbers and e-mails in the attendance lists
pack-contacts-warning = The PDF will carry personal data: hand it only to whoever must contact the neighbours.
pack-field-open = Open the PDF when done
pack-field-save-to = Save to
pack-save-title = Save the meeting pack
pack-export = Export pack
pack-exporting = Preparing the PDF…
pack-exported = Pack saved to { $path }
pack-history-title = Earlier packs
pack-history-none = No pack has been exported yet.
pack-history-meeting = Meeting
pack-history-period = Period
pack-history-made = Exported
pack-history-file = File
pack-open = Open
pack-open-label = Open the pack of { $date }
sheet-title = Printable sign-in sheet
sheet-help = A table with name, neighbourhood, organization, RUT and signature, listing the people who came to that neighbourhood's last forums, then blank rows.
sheet-forum = Forum
sheet-save-title = Save the sign-in sheet
sheet-export = Print sign-in sheet
sheet-exported = Sign-in sheet saved to { $path }

## "Data" screen: backups, spreadsheets and sync
data-title = Data
backups-title = Backups
backups-help = Grupo Motor makes a backup when it starts (one a day, keeping the last 14) and before every change of database version.
backups-make = Back up now
backups-made = Backup saved: { $path }
backups-col-date = Date
backups-col-reason = Reason
backups-col-size = Size
backup-reason-daily = Daily
backup-reason-manual = Manual
backup-reason-before-migration = Before an update
backup-reason-before-restore = Before a restore
backup-restore = Restore
backup-restore-label = Restore the backup of { $date }
backup-restore-file = Restore from a file
backup-restore-choose-title = Choose a backup
backup-confirm = Go back to the backup of { $date }? What was recorded after it will not be there. The current state is backed up first.
backup-confirm-file = Go back to the backup { $path }? What was recorded after it will not be there. The current state is backed up first.
backup-confirm-yes = Yes, restore
backup-cancel = Cancel
import-title = Import a spreadsheet (CSV)
import-help = Sheets saved from Excel, LibreOffice or Google Sheets as CSV, separated by ";" or ",". The first row names the columns: Name, RUT, Neighbourhood, Organization, Age band…
import-kind = Import
import-kind-people = People
import-kind-attendance = A forum's attendance
import-forum = Forum
import-file = CSV file
import-choose-title = Choose the spreadsheet
import-preview = Preview
import-nothing-written = Preview: nothing has been saved yet.
import-summary-create = { $count ->
    [one] one new person
   *[other] { $count } new people
}
import-summary-matches = { $count ->
    [one] one already recorded
   *[other] { $count } already recorded
}
import-summary-already = { $count ->
    [one] one already signed in at this forum
   *[other] { $count } already signed in at this forum
}
import-summary-bad = { $count ->
    [one] one row with problems
   *[other] { $count } rows with problems
}
import-to-create = New people
import-matches = Already recorded (not created again)
import-already = Already signed in at this forum
import-bad = Rows with problems (not imported)
import-match-line = Line { $line }: { $name } → { $existing }
import-create-line = Line { $line }: { $name }
import-confirm = { $count ->
    [one] Import one row
   *[other] Import { $count } rows
}
import-confirm-skipping = { $count ->
    [one] (one row with problems is left out)
   *[other] ({ $count } rows with problems are left out)
}
import-nothing = There are no rows to import.
import-done = Import finished: { $created ->
    [one] one new person
   *[other] { $created } new people
}, { $registered ->
    [one] one sign-in recorded
   *[other] { $registered } sign-ins recorded
}, { $skipped ->
    [one] one was already recorded
   *[other] { $skipped } were already recorded
}.
export-title = Export spreadsheets (CSV)
export-help = They open directly in Excel and LibreOffice.
export-people = People
export-people-contacts = with phone, e-mail and consent
export-attendance-forum = A forum's attendance
export-attendance-period = Attendance of a period
export-feedback = Feedback and answers
export-save-title = Save the spreadsheet
export-button = Export
export-done = Spreadsheet saved to { $path }
sync-title = Sync with another laptop
sync-help = Export a file to a USB stick or shared folder; on the other laptop, import it. Records join without duplicates; importing the same file twice changes nothing.
sync-export-title = Export
sync-colleague = For (optional: only what is new since your last export to that person)
sync-save-title = Save the sync file
sync-export = Export file
sync-export-done = { $rows } records exported to { $path }.
sync-import-title = Import
sync-file = Sync file
sync-choose-title = Choose the sync file
sync-import = Import file
sync-conflicts = Conflicts and how they were settled

## A person's data on paper (right of access)
person-pdf-title = Personal data of { $name }
person-pdf-intro = Everything Grupo Motor stores about this person, as of { $date }.
person-pdf-no-consent = No consent recorded: no phone or e-mail is kept.
person-pdf-recorded = Recorded on
person-pdf-changed = Last changed
person-pdf-participation = Forums attended
person-pdf-said = What they said, and the answers
person-pdf-facilitated = Forums facilitated
person-pdf-none = None.
person-pdf-rights = This person may ask the Open Government driving force group of the Municipality of Maipú to correct or erase these data. Once erased, their attendance remains only as anonymous counts.
rights-export-pdf = Export their data (PDF)

## doctor: checking the database, its backups and its evidence
doctor-fine = Fine
doctor-warning = Warning
doctor-problem = Problem
doctor-database-missing = There is no database at { $path }. Check the path (--db), or open the app once to create it.
doctor-database-damaged = The database { $path } is damaged: it cannot be read. Go back to a backup (grupo-motor restore FILE).
doctor-database-damaged-count = The database { $path } is damaged: SQLite found { $count ->
    [one] one problem
   *[other] { $count } problems
  } in its structure. Go back to a backup (grupo-motor restore FILE).
doctor-database-too-new = The database { $path } comes from a newer version of Grupo Motor. Update the app.
doctor-database-ok = The database { $path } is healthy: { $people ->
    [one] one person
   *[other] { $people } people
  }, { $forums ->
    [one] one forum
   *[other] { $forums } forums
  }.
doctor-database-ok-older = The database { $path } is healthy ({ $people ->
    [one] one person
   *[other] { $people } people
  }, { $forums ->
    [one] one forum
   *[other] { $forums } forums
  }); it will be brought up to date the next time it is opened, after a backup.
doctor-backups-none = There are no backups yet in { $folder }. Open the app (it makes one a day) or run grupo-motor backup.
doctor-backups-ok = { $count ->
    [one] There is one backup
   *[other] There are { $count } backups
  }; the latest is from { $date }.
doctor-backups-old = The latest backup is from { $date }: more than a week old. Make one now (grupo-motor backup).
doctor-backups-latest-damaged = The latest backup (from { $date }) is damaged; the earlier ones are in { $folder }. Make a new one now (grupo-motor backup).
doctor-evidence-ok = { $count ->
    [0] No evidence files are recorded.
    [one] The evidence file is in place and unchanged.
   *[other] All { $count } evidence files are in place and unchanged.
  }
doctor-evidence-missing = The evidence file “{ $name }” is missing from { $folder }. If you have it on another laptop, attach it to the milestone again.
doctor-evidence-changed = The evidence file “{ $name }” changed after it was attached (its SHA-256 does not match): it no longer proves what was recorded.
doctor-summary-fine = Everything is in order.
doctor-summary-problems = { $count ->
    [one] One problem was found.
   *[other] { $count } problems were found.
  }

## field-ready: Settings, About
nav-settings = Settings
settings-title = Settings
settings-language = Language
settings-paper = Default paper (packs and sign-in sheets)
settings-leader-name = Your name
settings-leader-name-help = Shown as the author of your notes; when it is the name of a driving-group member, they facilitate the forums you create. Up to { $max } characters.
settings-reading = Reading
settings-large-text = Large text
settings-high-contrast = High contrast (for reading in the sun)
settings-save = Save settings
about-title = About Grupo Motor
about-version = Version
about-database = Database
about-records = Records
about-records-people = { $count ->
    [one] Person
   *[other] People
  }
about-records-forums = { $count ->
    [one] Forum
   *[other] Forums
  }
about-records-attendances = { $count ->
    [one] Sign-in
   *[other] Sign-ins
  }
about-records-feedback = { $count ->
    [one] Feedback item
   *[other] Feedback items
  }
about-records-milestones = { $count ->
    [one] Milestone
   *[other] Milestones
  }
about-records-notes = { $count ->
    [one] Note
   *[other] Notes
  }
about-records-evidence = { $count ->
    [one] Evidence file
   *[other] Evidence files
  }
about-last-backup = Last backup
about-no-backup = No backups yet.
about-logs = Activity log
about-open-folder = Open the data folder
search-placeholder = Search people, forums…
field-limit = Up to { $max } characters.
field-limit-count = { $count } of { $max } characters at most.
forum-form-facilitator = Facilitator: { $name } (your name in Settings, when a driving-group member's).
