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
forums-more = { $count ->
    [one] Show 1 earlier forum
   *[other] Show { $count } earlier forums
  }
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
csv-field-consent = Consent
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
error-sync-bad-row = Line { $line } of the sync file is not valid. Nothing was changed.
error-sync-missing-reference = The file refers to records this laptop does not have. Nothing was changed: ask for a full export (without “for”).
sync-exported = { $rows ->
    [one] 1 record exported to { $path }.
   *[other] { $rows } records exported to { $path }.
}
sync-report = Sync finished: { $added } added, { $changed } updated, { $unchanged } unchanged, { $conflicts ->
    [one] 1 conflict
   *[other] { $conflicts } conflicts
}.
sync-conflict-same-rut = { $label }: two records with the same RUT; { $kept }. The other was kept without a RUT: merge them under People.
sync-conflict-same-link = { $label }: the same entry was made on both laptops; { $kept }.
sync-conflict-erased = A person asked for their data to be erased and the file holds changes for them: the erasure stays and their name is not shown.
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

## Safe imports and honest errors (issue 11): field labels, sync rules, CLI messages
field-from = From
field-to = To
field-file = File
field-text = Text
field-on = Date
field-periodStart = First day
field-period_start = First day
field-periodEnd = Last day
field-period_end = Last day
field-meetingDate = Meeting date
field-meeting_date = Meeting date
field-meetingTitle = Meeting name
field-meeting_title = Meeting name
field-detail = Detail
field-reference = Reference
field-noted_on = Date of the note
field-period = Quarter
field-language = Language
field-given_on = Consent date
field-commitment_id = Commitment
field-colleague = Colleague
field-sector_code = Sector code
field-lead_directorate = Lead directorate
field-description = Description
field-db = Database
error-sync-bad-value = Line { $line } of the sync file holds a value the forms do not accept: { $rule } Nothing was changed: ask for it to be corrected on the other laptop and exported again.
error-sync-future-stamp = Line { $line } of the sync file is dated { $date }, more than { $hours } hours after this laptop's clock. Nothing was changed: check the date and time of the laptop that exported the file (and of this one) and ask for a new export.
cli-arg-help = Type “grupo-motor --help” to see the commands and their options.
cli-arg-invalid-choice = “{ $value }” is not a valid value for { $argument }. Possible values: { $allowed }.
cli-arg-invalid-value = “{ $value }” is not a valid value for { $argument }.
cli-arg-unknown = There is no option “{ $argument }”.
cli-arg-unknown-command = There is no command “{ $subcommand }”.
cli-arg-missing = { $argument } is missing.
cli-arg-no-command = The command is missing (for example: forums, stats, pack).
cli-arg-conflict = { $argument } cannot be used together with another of the options given.
cli-arg-values = { $argument } got the wrong number of values.
cli-arg-other = The arguments are not valid.
cli-arg-suggestion = Did you mean “{ $suggestion }”?
error-stdout = The result could not be written to the output (disk full?). Nothing was changed.
error-stdout-saved = The command's work WAS saved (the import, export or backup was made), but its report could not be written to the output (disk full?). Do not run it again: check the result in the app.
error-no-database = There is no Grupo Motor database at “{ $path }”. Check the --db path (or GRUPO_MOTOR_DB). Nothing was created: to start a new database, open the app or use the demo command.
error-database-folder = “{ $path }” is a folder, not a database. Give the file, for example { $path }/grupo-motor.sqlite3.
error-db-read-only = The database cannot be written: the file, its folder or the disk is read-only (a write-protected USB stick, file permissions?). Nothing was changed. Copy the database to a folder you can write to, or ask for write permission.
error-db-full = The database could not be saved: the disk is full. What was saved before is intact; the last change was not saved. Free some space and try again.
error-db-cannot-open = The database file could not be opened: its folder does not exist or may not be used. Check the path (--db or GRUPO_MOTOR_DB).
error-db-busy = The database is busy in another program (another copy of Grupo Motor, or a backup under way?). Wait a moment and try again.
error-db-io = The disk did not respond while reading or writing the database (USB stick removed?). Plug it back in and try again; what was saved is not lost.
error-date-impossible = That date does not exist in the calendar (check the day and month, e.g. 28-02-2026).
error-csv-unclosed-quote = A quote (") opened on line { $line } is never closed: everything after it would end up in one cell. Close the quote or remove it and try again. Nothing was imported.
error-csv-not-a-file = “{ $path }” is not a regular file (it is a folder, a device or a pipe). Choose the saved spreadsheet.

## Personal data (Ley 21.719): children, gender, blocking
error-child-needs-guardian = A child under 14 is recorded by name only with the consent of their mother, father or guardian (Ley 21.719). Record that consent, or sign the child in as an anonymous participant.
error-gender-needs-consent = Gender is kept only with the person's express consent (Ley 21.719): tick it, or leave the gender unrecorded.
error-gender-needs-guardian = For a minor, gender is kept only with the consent of their mother, father or guardian.
error-person-blocked = This person is blocked (Ley 21.719): their record cannot be changed or used until the block is lifted.
error-person-not-blocked = This person is not blocked.
consent-method-signed_paper = On paper, signed at the forum
consent-method-in_person = In person
consent-method-other = Some other way
consent-giver-person = the person
consent-giver-guardian = their mother, father or guardian
review-child_without_guardian = Child recorded by name without a guardian's consent
review-gender_without_consent = Gender recorded without express consent
field-guardian-name = Guardian's name
field-guardian-relationship = Relationship
field-guardian-method = How it was given
field-guardian-purpose = Purpose
field-guardian-date = Date of the consent
field-consent-by = Who consents
field-block-reason = Reason for the block
field-block-date = Blocked from
field-unblock-date = Lifted on
guardian-default-purpose = Taking part in Maipú's Open Government forums
desk-guardian-title = Guardian's consent (Ley 21.719)
desk-guardian-help = A child under 14 is recorded by name only with the consent of their mother, father or guardian.
desk-guardian-consent = With the guardian's consent
desk-guardian-anonymous = No consent: anonymous participant
desk-guardian-anonymous-help = Only the age band and the neighbourhood are kept, for the counts; the name is not kept.
desk-gender-consent = Expressly consents to their gender being recorded
desk-gender-consent-guardian = Their mother, father or guardian expressly consents to the gender being recorded
desk-saved-anonymous = Saved as an anonymous participant
attendee-anonymous = Anonymous participant
lawful-title = Personal data (Ley 21.719)
lawful-review-title = To review (Ley 21.719)
lawful-review-help = This record predates the law. Record the missing consent, or anonymise the person.
lawful-guardian-title = Guardian's consent
lawful-guardian-given = { $guardian } ({ $relationship }) consented on { $date }, { $method }: { $purpose }
lawful-guardian-none = No guardian's consent recorded.
lawful-guardian-record = Record the guardian's consent
lawful-guardian-withdraw = Withdraw the guardian's consent
lawful-guardian-withdraw-confirm = Once withdrawn, the child becomes an anonymous participant: name, RUT, contacts and guardian are erased; their sign-ins are counted without a name.
lawful-guardian-withdraw-yes = Yes, withdraw and anonymise
lawful-gender-title = Gender (sensitive data)
lawful-gender-given = { $gender }, with the consent of { $by } of { $date }
lawful-gender-none = No gender recorded: it is kept only with express consent.
lawful-gender-record = Record the gender
lawful-gender-withdraw = Withdraw the consent (erases the gender)
lawful-anonymise = Anonymise
lawful-anonymise-confirm = Name, RUT, contacts and guardian are erased; the sign-ins stay as anonymous counts.
lawful-anonymise-yes = Yes, anonymise
lawful-block-title = Block (Art. 8 ter)
lawful-blocked = Blocked since { $date }: { $reason }
lawful-block-help = While the block lasts, the record is kept but cannot be edited, and it is left out of spreadsheets, packs, sign-in sheets, the sign-in desk's search and sync files.
lawful-block = Block
lawful-unblock = Lift the block
lawful-block-lifted = { $from } to { $to }: { $reason }
person-gender-locked = No express consent: gender is recorded under "Gender (sensitive data)".
people-filter-review = To review (Ley 21.719)
people-blocked = Blocked
people-review = To review
csv-plan-anonymous = { $count ->
    [one] One row is a child's, and a spreadsheet carries no guardian's consent: in an attendance it is signed in as an anonymous participant; in a list of people it is not kept.
   *[other] { $count } rows are children's, and a spreadsheet carries no guardian's consent: in an attendance they are signed in as anonymous participants; in a list of people they are not kept.
  }
csv-plan-genders-dropped = { $count ->
    [one] One row loses its gender: it carries no express consent (column "Gender consent").
   *[other] { $count } rows lose their gender: they carry no express consent (column "Gender consent").
  }

## Rights requests (Ley 21.719) and retention periods
error-request-requester = Choose the person who asked, or write their name.
error-request-before-step = The date cannot be before the request's previous step.
error-request-step = That step is not possible in the request's current state (an answer or a refusal is final).
error-request-extension-blocking = A request for blocking is answered within 2 business days and cannot be extended.
error-request-extended-twice = The deadline was already extended once; the law allows a single extension.
error-request-extension-late = The extension must be decided before the 30-day deadline passes.
error-request-extension-reason = Write the reason for the extension: the person is told.
error-request-reasons = A refusal must give its reasons.
error-request-no-person = This request names no person recorded in the app (or they were already erased).
error-request-not-export = Only a request for access or portability is answered by sending the person's data.
error-retention-period = The period must be 1 to 600 months, or 1 to 50 years.
request-right-access = Access
request-right-rectification = Rectification
request-right-suppression = Suppression
request-right-opposition = Opposition
request-right-portability = Portability
request-right-blocking = Blocking
request-channel-in_person = In person
request-channel-email = E-mail
request-channel-letter = Letter
request-channel-phone = Phone
request-channel-other = Other
request-status-received = Received
request-status-in_progress = In progress
request-status-answered = Answered
request-status-refused = Refused
letter-title = { $right ->
    [access] Answer to your request for access
    [rectification] Answer to your request for rectification
    [suppression] Answer to your request for suppression
    [opposition] Answer to your objection
    [portability] Answer to your request for portability
   *[blocking] Answer to your request for blocking
  }
letter-place-date = Maipú, { $date }
letter-to = Dear { $name }
letter-right = Right exercised
letter-received = Received on
letter-channel = By
letter-subject = Data of
letter-extended = Extension
letter-extended-value = { $date }: { $reason }
letter-due = Answer due
letter-decision = Decision
letter-granted = Your request was granted on { $date }.
letter-refused = Your request was refused on { $date }, for these reasons:
letter-agencia = If you disagree with this answer, you may complain to the Agencia de Protección de Datos Personales (Chile's data protection agency), under Ley 21.719.
letter-pending = Your request is in progress; the answer is due on { $date }.
letter-sent = The data we hold about you were sent to you on { $date }.
letter-free = Exercising these rights is free of charge (Ley 19.628 as amended by Ley 21.719).
nav-requests = Requests
requests-title = Rights requests
requests-new = New request
requests-help = Access, rectification, suppression, opposition, portability and blocking: answered within 30 calendar days (extendable once by 30); blocking, within 2 business days.
requests-form-title = Record a request
requests-received-on = Received on
requests-right = Right
requests-channel = Channel
requests-subject-search = Find the person
requests-subject = About the data of
requests-subject-none = (no one recorded)
requests-by-subject = Asked by the same person
requests-requester-name = Name of who asked
requests-notes = Notes
requests-none = No requests recorded.
requests-received = received on { $date }
requests-overdue = Overdue since { $date }
requests-due = Due on { $date }
requests-status = Status
requests-subject-gone = (erased)
requests-started = In progress since
requests-extended = Extended on
requests-due-on = Due
requests-decided = Decided on
requests-sent = Data sent on
requests-step-start = Start handling
requests-step-extend = Extend by 30 days
requests-step-answered = Answer
requests-step-refused = Refuse
requests-step-on = Date
requests-extension-reason = Reason for the extension
requests-refusal-reasons = Reasons for the refusal
requests-answer-text = Answer given
requests-erase-warning = Answering this request erases { $name }: their name, RUT and contacts go and their attendance stays only as an anonymous count. This cannot be undone.
requests-erase-confirm = Erase and answer
requests-save-to = Save to
requests-send-pdf = Send their data (PDF)
requests-send-json = Send their data (JSON)
requests-send-title = Save the person's data
requests-edit-person = Correct the person
requests-letter = Answer letter (PDF)
requests-letter-file = answer
dashboard-requests = Rights requests
dashboard-requests-none = No request overdue or due this week.
dashboard-requests-overdue = { $count ->
    [one] 1 overdue
   *[other] { $count } overdue
  }
dashboard-requests-week = { $count ->
    [one] 1 due this week
   *[other] { $count } due this week
  }
dashboard-requests-open = See requests
retention-title = Retention periods
retention-help = How long each kind of data is kept. The people past the period are listed; nothing is erased until you confirm.
retention-rule-contact_details = Phones and e-mails
retention-rule-attendance_names = Names in attendance
retention-period-contact_details = Months without coming to a forum
retention-period-attendance_names = Years without coming to a forum
retention-passed = { $count ->
    [0] No one is past the period.
    [one] 1 person is past the period.
   *[other] { $count } people are past the period.
  }
retention-last-seen = last seen on { $date }
retention-more = and { $count } more
retention-apply-contact_details = Clear their contacts
retention-apply-attendance_names = Anonymise these people
retention-confirm-contact_details = { $count ->
    [one] Confirm: clear the contacts of 1 person
   *[other] Confirm: clear the contacts of { $count } people
  }
retention-confirm-attendance_names = { $count ->
    [one] Confirm: anonymise 1 person
   *[other] Confirm: anonymise { $count } people
  }
retention-done-contact_details = { $count ->
    [one] The contacts of 1 person were cleared.
   *[other] The contacts of { $count } people were cleared.
  }
retention-done-attendance_names = { $count ->
    [one] 1 person was anonymised; their attendance stays as an anonymous count.
   *[other] { $count } people were anonymised; their attendance stays as an anonymous count.
  }
retention-rule-childrens_names = Names of children under 14 (with a guardian's consent)
retention-period-childrens_names = Months without coming to a forum
retention-apply-childrens_names = Anonymise these children
retention-confirm-childrens_names = { $count ->
    [one] Confirm: anonymise 1 child
   *[other] Confirm: anonymise { $count } children
  }
retention-done-childrens_names = { $count ->
    [one] 1 child was anonymised, with their guardian's consent; their attendance stays as an anonymous count.
   *[other] { $count } children were anonymised, with their guardians' consents; their attendance stays as an anonymous count.
  }
## Documents and breach log (Ley 21.719: art. 14 ter, 16 quáter, 14 sexies)
controller-title = Data controller
controller-help = Who answers for the personal data Grupo Motor records (Ley 21.719, art. 14 ter). It is printed on the privacy notice, the consent forms and the answers to rights requests.
controller-name = Controller's name
controller-unit = Unit
controller-contact = Contact for rights requests
controller-address = Address
controller-purposes = Purposes (one a line)
controller-retention = How long the data are kept
controller-placeholder-name = Ilustre Municipalidad de Maipú
controller-placeholder-unit = DIDECO
controller-placeholder-contact = E-mail, phone or office that takes the requests
controller-placeholder-address = Address of the office that attends
controller-placeholder-purposes = Record participation in the Open Government plan's forums
controller-placeholder-retention = For example: phones and e-mails are deleted after 24 months without taking part.
controller-save = Save controller
controller-saved = Controller saved.
documents-title = Printable documents
documents-help = In the language chosen above, on A4 or Letter. The privacy notice is made from the controller's details; post it at the sign-in desk.
documents-save-to = Save to (optional: left empty, you are asked)
documents-save-title = Save the document
document-privacy-notice = Privacy notice
document-guardian-consent = Guardian's consent (children and adolescents' roundtable)
document-contact-consent = Consent for phone and e-mail
document-file-privacy-notice = privacy-notice.pdf
document-file-guardian-consent = guardian-consent.pdf
document-file-contact-consent = contact-consent.pdf
document-saved = Document saved to { $path }
document-open = Open
breaches-title = Security incidents
breaches-help = Record every incident that affects personal data: a lost sign-in sheet, a stolen laptop, an e-mail sent to the wrong person. If it put people at risk it must be reported to the Agencia de Protección de Datos Personales (Ley 21.719, art. 14 sexies). This log stays on this laptop only: it does not travel in sync files.
breaches-none = No incidents recorded.
breaches-new = Record an incident
breaches-col-found = Found
breaches-col-what = What happened
breaches-col-people = People
breaches-col-notice = Notification
breach-people-unknown = unknown
breach-status-agency-pending = The Agencia must still be told
breach-status-people-pending = Each person affected must still be told
breach-status-done = Notified
breach-status-not-required = Not required
breach-edit = Edit
breach-print = Print report
breach-edit-label = Edit the incident of { $date }
breach-print-label = Print the report of the incident of { $date }
breach-form-new = New incident
breach-form-edit = Edit incident
breach-field-found-on = Date found (dd-mm-yyyy)
breach-field-what = What happened
breach-field-whose = Whose data
breach-field-count = How many people (empty if not known yet)
breach-field-kinds = Which data (names, RUTs, phones…)
breach-field-children = Includes data of children under 14
breach-field-sensitive = Includes sensitive data (gender identity, health…)
breach-field-risk = Put people at risk
breach-field-actions = What was done
breach-field-agency-on = Agencia told on (dd-mm-yyyy, empty if not yet)
breach-field-people-on = Each person affected told on (dd-mm-yyyy, empty if not yet)
breach-field-how = Who told whom, and how
breach-rule-people = Telling each person affected (or whoever has their care) is required when the incident put at risk data of children under 14 or sensitive data.
breach-must-agency = This incident must be reported to the Agencia de Protección de Datos Personales.
breach-must-people = Each person affected (or whoever has their care) must be told too.
breach-must-none = If it put nobody at risk, recording it is enough.
breach-save = Save incident
breach-cancel = Cancel
breach-saved = Incident saved.
breach-report-saved = Report saved to { $path }
breach-report-file = incident-report-{ $date }.pdf
error-controller-incomplete = { $field ->
    [name] The data controller's name is missing.
    [contact] The contact for rights requests is missing.
    [purposes] The purposes the data serve are missing.
   *[retention] How long the data are kept is missing.
  } Fill it in under "Data controller" before printing the privacy notice.
error-controller-purposes-many = Too many purposes: write at most 20, one a line.
error-breach-future = The date cannot be after today.
error-breach-notice-before-found = The notification cannot be before the day the incident was found.
error-breach-count = Write how many people as a number above zero, or leave it empty if not known yet.
error-breach-notified-how = Say who reported the incident, to whom and how.
doc-controller-line = Data controller: { $controller }
doc-contact-fallback = Grupo Motor at the sign-in desk
doc-updated = In force since { $date }.
doc-notice-title = Privacy notice
doc-notice-subtitle = How your personal data are handled at the Open Government plan's forums and roundtables (Chile's Ley 19.628 as amended by Ley 21.719, art. 14 ter).
doc-notice-who = Who is responsible for your data?
doc-label-controller = Controller
doc-label-unit = Unit
doc-label-address = Address
doc-label-contact = Contact to exercise your rights
doc-notice-what = What data do we record?
doc-notice-what-1 = Your name.
doc-notice-what-2 = Your RUT, only if you give it: it is optional.
doc-notice-what-3 = Your neighbourhood (barrio) and the organization you belong to, if any.
doc-notice-what-4 = Your age band, to count the participation of children, adolescents and older people.
doc-notice-what-5 = Your gender, only with your express consent: it is sensitive data.
doc-notice-what-6 = Your phone and e-mail, only if you consent, and only for what you consented to.
doc-notice-what-7 = The forums you attend and what you raise there, with the answer you are given.
doc-notice-children = Children under 14: recorded by name only with the consent of their mother, father or whoever has their personal care; without it, only their participation is counted, with no name.
doc-notice-where = The data are kept on Grupo Motor's laptops, with no internet services.
doc-notice-why = What do we use them for?
doc-notice-how-long = How long do we keep them?
doc-notice-rights = Your rights and how to exercise them
doc-notice-rights-text = You may ask, free of charge, for access to your data, for their correction (rectification), for their deletion (suppression), object to their use, receive a copy to take elsewhere (portability) and have them blocked while your request is decided.
doc-notice-how = Ask at the sign-in desk of any forum or write to: { $contact }. You will be answered within 30 calendar days, which may be extended once by another 30; a request for blocking, within 2 business days.
doc-notice-agency = If you are not answered in time or do not agree with the answer, you may complain to the Agencia de Protección de Datos Personales (Chile's data protection authority).
doc-guardian-title = Consent to record a child's data
doc-guardian-subtitle = Children and adolescents' roundtable of the Open Government plan (Ley 21.719, art. 16 quáter).
doc-guardian-intro = To record a child under 14 by name, the law asks for the consent of their mother, father, legal representative or whoever has their personal care. Without this consent the child takes part all the same, and only their participation is counted, with no name.
doc-section-child = The child
doc-section-guardian = Who gives consent
doc-field-name = Full name
doc-field-age = Age
doc-field-barrio = Neighbourhood
doc-field-rut = RUT
doc-field-relationship = Relationship (mother, father, guardian…)
doc-field-phone = Phone
doc-field-email = E-mail
doc-section-purposes = What are the data used for?
doc-guardian-default-purpose = Record their participation in the roundtable and count it, with what they raise, in Grupo Motor's Open Government reports.
doc-section-recorded = What is recorded?
doc-guardian-recorded = Their name, age band, neighbourhood, the roundtables they attend and what they raise there.
doc-guardian-gender = I also allow their gender to be recorded (sensitive data; optional).
doc-section-withdrawal = How to withdraw consent?
doc-guardian-withdrawal = You may withdraw it whenever you wish, without giving reasons, with { $contact }. When withdrawn, the child's name is deleted and their participation stays only as an anonymous count.
doc-guardian-agree = I consent to the data stated being recorded, for the purposes stated.
doc-signature-guardian = Signature of who gives consent
doc-signature-date = Date
doc-signature-received = Received by (name and signature)
doc-signature-person = Signature
doc-contact-title = Consent to keep your phone and e-mail
doc-contact-subtitle = Chile's Ley 19.628 as amended by Ley 21.719: your contact details are kept only with your consent.
doc-contact-intro = Grupo Motor keeps your phone and e-mail only if you allow it, and uses them only for what you tick here. You may give just one of the two.
doc-section-contact-purposes = What may we contact you for? Tick what you allow
doc-contact-purpose-1 = Tell you about the coming forums and activities of the Open Government plan.
doc-contact-purpose-2 = Give you the answer to what you raised.
doc-contact-purpose-other = Another purpose (write which):
doc-contact-withdrawal = You may withdraw this consent whenever you wish, without giving reasons, with { $contact }: your phone and e-mail are deleted.
doc-contact-rights = You may also ask for access to your data, correct them, delete them, object to their use, take them with you or have them blocked; if you are not answered, you may complain to the Agencia de Protección de Datos Personales.
breach-report-title = Personal data security incident report
breach-report-subtitle = For the Agencia de Protección de Datos Personales (Chile's Ley 19.628 as amended by Ley 21.719, art. 14 sexies).
breach-report-controller = Controller
breach-label-found-on = Date found
breach-label-what = What happened
breach-label-whose = Whose data
breach-label-count = People affected
breach-count-unknown = Not known yet
breach-label-kinds = Data affected
breach-label-children = Data of children under 14?
breach-label-sensitive = Sensitive data?
breach-label-risk = Did it put people at risk?
breach-label-actions = Measures taken
breach-label-agency = Reported to the Agencia
breach-label-people = Each person affected told
breach-label-how = Who told whom, and how
breach-notified-on = On { $date }
breach-notice-pending = Pending: the law requires it
breach-notice-not-required = Not required
breach-duty-agency = This incident put people at risk: it must be reported to the Agencia de Protección de Datos Personales without undue delay.
breach-duty-people = It also affects data of children under 14 or sensitive data: each person affected (or whoever has their care) must be told too, in clear and plain language.
breach-duty-none = It was judged not to put people at risk: it is recorded, with no duty to report it.
breach-report-recorded = Recorded on { $date }.
breach-signature = Signature of the person reporting
## Delete and undo; dates of things that happened; merge confirmation; search results
error-date-in-future = { $field ->
    [received_on] The day it was received
    [receivedOn] The day it was received
    [answered_on] The day of the answer
    [noted_on] The day of the note
    [added_on] The day the evidence was added
    [on] The day of the step
   *[other] The date
  } cannot be after today: record only what has already happened.
error-after-next-step = The date cannot be after the next step of the follow-up.
delete-action = Delete
delete-confirm-forum = Delete the forum “{ $label }”?
delete-confirm-milestone = Delete the milestone “{ $label }”?
delete-confirm-note = Delete the note “{ $label }”?
delete-confirm-evidence = Delete the file “{ $label }”?
delete-confirm-feedback = Delete the feedback “{ $label }”?
delete-takes-nothing = Nothing else is deleted.
delete-takes = This also deletes { $list }.
delete-and = { $first } and { $last }
delete-takes-sign-ins = { $count ->
    [one] 1 sign-in
   *[other] { $count } sign-ins
  }
delete-takes-facilitators = { $count ->
    [one] 1 facilitator
   *[other] { $count } facilitators
  }
delete-takes-feedback = { $count ->
    [one] 1 feedback item with its follow-up
   *[other] { $count } feedback items with their follow-up
  }
delete-takes-notes = { $count ->
    [one] 1 note
   *[other] { $count } notes
  }
delete-takes-evidence = { $count ->
    [one] 1 file
   *[other] { $count } files
  }
delete-undo-hint = You can undo it for a few seconds.
deleted-forum = The forum “{ $label }” was deleted.
deleted-milestone = The milestone “{ $label }” was deleted.
deleted-note = The note was deleted.
deleted-evidence = The file “{ $label }” was deleted.
deleted-feedback = The feedback item was deleted.
undo-action = Undo
undo-done = The delete was undone.
step-correct = Correct date
step-correct-label = New date of the step
step-correct-save = Save date
merge-side-survivor = Kept
merge-side-duplicate = Merged into the one kept
merge-forums-attended = Forums
merge-first-seen = First seen
merge-last-seen = Last seen
merge-nothing = —
search-result-received = received { $date }
feedback-single = Showing the feedback item chosen in the search.
feedback-single-all = See all feedback
merge-rut = RUT
error-pdf-no-viewer = The PDF could not be opened: no PDF viewer on this computer answered. The file is at { $path }; open it from there or install a viewer.
field-feedback-person = Who said it
field-optional = optional
feedback-person-none = No name
person-exported = The person’s data was saved to { $path }
## Paper sheets, evidence that travels, conflicts and the shared folder (issue 14)
pack-col-row = No.
pack-col-code = Code
pack-sheet-codes-note = The code beside each name is for typing the sheet back in: in “Type in a paper sheet”, type the code and Enter.
pack-forums-signed-note = * Attendance typed in from a signed paper sheet; the signed sheet is kept as the forum's evidence.
pack-annex-signed-sheet = This forum's attendance was typed in from a signed paper sheet. The photo or scan of the signed sheet is kept as evidence, with its SHA-256.
paper-open = Type in a paper sheet
paper-leave = Back to the desk
paper-search-label = Code, row number or name
paper-search-hint = Type the code printed beside the name and Enter to tick it. For a blank row, type its number (or the name) and Enter, then fill in the new person. Esc clears.
paper-sheet-heading = Paper sheet
paper-lines-label = Names printed on the sheet
paper-progress = { $done } of { $total } ticked
paper-next-blank = Next blank row: { $row }.
paper-blanks-done = Every blank row has been typed in.
paper-row-title = Row { $row }: new person
paper-ticked = signed in
paper-signed-heading = Signed sheet (photo or scan)
paper-signed-none = The signed sheet is not attached yet.
paper-signed-path = Photo or scan of the signed sheet
paper-signed-choose = Choose the photo or scan of the signed sheet
paper-signed-add = Attach the signed sheet
paper-signed-added = “{ $name }” was kept as the forum's evidence.
sync-file-refused-changed = The evidence file “{ $name }” was refused: its content does not match its SHA-256 (damaged or changed on the way). Its record arrived; ask for the file again.
sync-file-refused-too-large = The evidence file “{ $name }” was refused: it is larger than announced or than the 50 MB limit.
sync-file-refused-unknown = An evidence file that belongs to no record was refused.
sync-files-report = Evidence files: { $received } received, { $here } already here, { $refused } refused.
sync-plan = { $files ->
    [0] This file will carry { $rows } records and no evidence files.
    [one] This file will carry { $rows } records and one evidence file ({ $size }).
   *[other] This file will carry { $rows } records and { $files } evidence files ({ $size }).
  }
sync-plan-unavailable = { $count ->
    [one] One recorded evidence file is not on this computer (or changed) and will not be sent.
   *[other] { $count } recorded evidence files are not on this computer (or changed) and will not be sent.
  }
sync-files-received = { $received ->
    [0] No new evidence files arrived.
    [one] One evidence file arrived, checked by its SHA-256.
   *[other] { $received } evidence files arrived, checked by their SHA-256.
  }
sync-folder-title = Shared folder
sync-folder-help = Choose a folder every laptop sees (a USB stick, or one Syncthing or another program already carries between them). Grupo Motor leaves its own file there and imports the colleagues' files it has not seen, when it opens and when you ask. It never deletes another laptop's file.
sync-folder-chosen = Chosen folder: { $folder }
sync-folder-none = No shared folder chosen yet.
sync-folder-path = Shared folder (type or paste its path to choose or change it)
sync-folder-now = Sync now
sync-folder-report = Shared folder: { $imported ->
    [0] no new files from colleagues
    [one] one colleague's file imported
   *[other] { $imported } colleagues' files imported
  }, { $unchanged } unchanged since last time; this laptop left { $written }.
error-sync-folder-missing = That folder does not exist or is not a folder. Check the path (is the USB stick plugged in?).
error-sync-folder-none = Choose the shared folder first.
error-conflict-keep-other = The other laptop's value could not be taken: it clashes with another record (for example a RUT someone else has). Correct it by hand.
conflicts-title = Conflicts
conflicts-help = Records changed on both laptops since they last exchanged them. Where different details changed, both were kept (parallel update); where the same detail changed, the most recent was kept (conflict). Review each: you can keep the other value instead or mark it reviewed.
conflicts-with-reviewed = Show reviewed ones too
conflicts-none = No conflicts to review.
conflicts-waiting = { $count ->
    [one] One change made on two laptops waits for review.
   *[other] { $count } changes made on two laptops wait for review.
  }
conflicts-open = Review conflicts
conflicts-kind-parallel = Parallel update
conflicts-kind-same_field = Conflict
conflicts-kind-deleted = Deleted and edited
conflicts-found = Found on { $date } at { $time }
conflicts-was-reviewed = reviewed
conflicts-was-kept-other = reviewed: the other value was taken
conflicts-col-field = Detail
conflicts-col-this = This laptop
conflicts-col-other = The other
conflicts-col-kept = Kept
conflicts-keep-other = Keep the other value
conflicts-mark-reviewed = Mark reviewed
conflicts-kept-other = { $label }: now holds the other value; the change travels with the next sync.
conflicts-marked = { $label }: marked reviewed.
conflicts-empty-value = (empty)
conflicts-reference = (another record)
conflicts-deleted-value = deleted
conflicts-table-neighbourhood = Neighbourhood
conflicts-table-organization = Organization
conflicts-table-person = Person
conflicts-table-commitment = Commitment
conflicts-table-milestone = Milestone
conflicts-table-milestone_note = Milestone note
conflicts-table-evidence = Evidence
conflicts-table-forum = Forum
conflicts-table-forum_commitment = Commitment of a forum
conflicts-table-forum_facilitator = Facilitator of a forum
conflicts-table-attendance = Sign-in
conflicts-table-feedback = Feedback
conflicts-table-feedback_event = Feedback step
conflicts-table-meeting_pack = Meeting pack
conflicts-field-full_name = Name
conflicts-field-rut = RUT
conflicts-field-phone = Phone
conflicts-field-email = E-mail
conflicts-field-neighbourhood_id = Neighbourhood
conflicts-field-organization_id = Organization
conflicts-field-age_band = Age band
conflicts-field-gender = Gender
conflicts-field-is_driving_group = Driving-group member
conflicts-field-title = Title
conflicts-field-place = Place
conflicts-field-starts_at = Date and time
conflicts-field-kind = Kind
conflicts-field-agenda = Agenda
conflicts-field-minutes = Minutes
conflicts-field-text = Text
conflicts-field-status = Status
conflicts-field-priority = Priority
conflicts-field-answer = Answer
conflicts-field-completion = Completion level
conflicts-field-progress = Progress
conflicts-field-planned_start = Planned start
conflicts-field-planned_end = Planned end
conflicts-field-role = Role
conflicts-field-deleted_at = Deleted
conflicts-field-name = Name
conflicts-field-other = Other detail
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
