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
