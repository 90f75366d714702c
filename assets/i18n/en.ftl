## Grupo Motor — English catalogue. Shared by the UI, the CLI and the PDF.
## The same keys exist in es-CL.ftl (a test checks).

## Errors the core sends
error-required = This field is required.
error-too-long = This is too long.
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
error-end-before-start = The end cannot be before the start.
error-unexpected = Something unexpected went wrong. Try again.
error-demo-not-empty = The database already holds records: demo data is only loaded into an empty database.
error-phone-format = This is not a valid phone number. Write it as +56 9 1234 5678.
error-email-format = This is not a valid e-mail address. Write it as name@domain.cl.
error-consent-required = To keep a phone or e-mail, first record the person's consent.
error-merge-same-person = A person cannot be merged with themselves.
error-before-received = The date cannot be before the day it was received.
error-evidence-file = The chosen file could not be read.
error-evidence-kind = That kind of file is not accepted as evidence. Use PDFs, pictures, documents or spreadsheets.
error-evidence-too-large = The file is larger than 50 MB.
error-evidence-changed = The evidence file was changed outside Grupo Motor and will not be opened.

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
evidence-open = Open
evidence-open-label = Open { $name }
evidence-added = A copy of “{ $name }” was kept.
