# leadbooth: the words the attendee reads, in English.
# Every message here is in de/, fr/ and es/ too, with the same $arguments
# (src/i18n.rs tests it). Write for a visitor at a trade-show booth: short,
# plain, polite; never legal jargon where a plain word says it.

## The language key

language-switched = Language: English.
language-ticks-cleared = Language: English. The consent text has changed language, so your ticks were cleared: please tick again what you agree to ({ $purposes }).

## Attract and thank-you screens (kiosk)

attract-welcome = Welcome! Leave your contact details and choose how we may stay in touch.
attract-prompt = Press Enter (or any key) to start
attract-policy = Our privacy policy is one key away (F1) and on your phone with the code.
thank-you = Thank you! Your details are saved.
thank-you-next = This screen returns to the start in a moment.
qr-caption = Scan for the full policy:
qr-too-small = Enlarge the window to show the QR code
qr-failed = No QR code: { $error }
self-service = Self-service

policy-title = Privacy policy · version { $version }
policy-title-updated = Privacy policy · version { $version } · last updated { $date }

## The form

field-first-name = First name
field-last-name = Last name
field-email = Email
field-company = Company
field-job-title = Job title
field-phone = Phone
field-country = Country
country-hint = its name, e.g. Germany or Deutschland
questions-heading = Questions
consent-heading = Consent: tick only what the attendee agrees to
consent-heading-kiosk = Consent: tick only what you agree to
required = (required)
answer = Answer
not-saved = { $count ->
    [0] Not saved.
    [one] Not saved: fix the marked field.
   *[other] Not saved: fix the { $count } marked fields.
}
field-full = { $field } is full: it may have { $max } characters.
paste-refused = Paste refused: it contains the control character U+{ $code }.
paste-too-long = Paste refused: { $field } would be { $total } characters, more than the { $max } it may have.
paste-far-too-long = Paste refused: it is far longer than { $field } may be ({ $max } characters).
check-field = Check { $field }: { $message }

## The layered notice

notice-heading = Before you choose: who we are and how we use your details
notice-who = Who
notice-why = Why
notice-kept = Kept
notice-rights = Your rights
notice-withdraw = Withdraw
notice-transfers = Transfers
notice-full-policy = Full policy
notice-full-policy-how = press F1, or scan its QR code there
notice-not-set = (not set in the event file: ask the staff)
notice-follow-up = to follow up on today's conversation (our legitimate interest; confirm you saw this notice).
notice-optional = { $count ->
    [one] One more use only if you tick its box: it is optional.
   *[other] { $count } more uses only if you tick their boxes: each is optional.
}

## Kiosk

still-there-title = { " " }Still there?{ " " }
still-there = This form clears in { $secs } { $secs ->
    [one] second
   *[other] seconds
}, so that the next visitor sees nothing of yours: nobody has touched the keyboard for a while.
still-there-key = Press any key to continue where you were.
kiosk-id-not-looked-up = This kiosk does not look badge numbers up: please type your own details in the form.
kiosk-id-scans-limited = Too many badge numbers in a short time: badge numbers are ignored for a minute. Please type your details, or ask our staff.

## Receipt

receipt-scan = Your receipt: scan the code with your phone to keep what you agreed to and how to withdraw.
receipt-number = Receipt { $id }
receipt-agreed = You agreed to: { $list }
receipt-nothing-agreed = You agreed to no marketing or sharing.
receipt-withdraw = To withdraw, write to { $contact } with the receipt number.
receipt-done = Any key when you are done.

## Hint bar

hint-fields = fields
hint-save = save
hint-policy = policy
hint-start = start
hint-continue = continue
hint-still-here = I am still here
hint-tick = tick
hint-choose = choose
hint-move = move
hint-newline = new line
hint-clear = clear
hint-back = back
hint-scroll = scroll
hint-page = page
hint-ends = start/end
hint-scan = scan badge
hint-contrast = contrast
key-any = any key

## Default purposes (the booth's own wording, recorded with each consent and
## hashed: a changed byte here changes what attendees agreed to; see
## consent::tests::default_wording_bytes_are_pinned)

purpose-policy-ack = I was shown how { $organisation } uses my details (the notice above), and { $organisation } may follow up on today's conversation.
purpose-marketing-email = Send me marketing information from { $organisation } by email.
purpose-marketing-phone = Contact me with marketing information from { $organisation } by phone.
purpose-marketing-mail = Send me marketing information from { $organisation } by post.
purpose-events = Invite me to { $organisation } seminars and webinars.
purpose-share-affiliates = { $organisation } may pass my details to its affiliates, which may be in other countries.
purpose-share-partners = { $organisation } may share my details with partners it runs seminars, webinars or similar offers with, who may be in other countries.

# ===== The staff side: the booth's screens and the CLI (branch i18nstaff) =====
# What staff read follows the system locale (LC_ALL, LC_MESSAGES, LANG).

## Times

staff-months = Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec
staff-date-this-year = { $day } { $month } { $time }
staff-date-other-year = { $day } { $month } { $year } { $time }
staff-times-in = times in { $zone }

## Status line

staff-label = Staff
staff-lead-count = { $count ->
    [one] 1 lead
   *[other] { $count } leads
}
staff-too-small = Please enlarge the window (80x24 minimum)

## The staff form

staff-heading = For the team
staff-jump-staff = Alt-R rating, Alt-O notes
staff-rating = Rating
staff-rating-none = none
staff-rating-hot = hot
staff-rating-warm = warm
staff-rating-cold = cold
staff-notes = Notes
staff-notes-placeholder = Anything the team should know (Enter starts a new line)
staff-name-first-name = first name
staff-name-last-name = last name
staff-name-email = email
staff-name-company = company
staff-name-job-title = job title
staff-name-phone = phone
staff-name-country = country

## Saving

staff-saved = { $count ->
    [one] Saved. 1 lead captured.
   *[other] Saved. { $count } leads captured.
}
staff-duplicate-title = Captured before
staff-duplicate-question = { $name } (same { $matched ->
    [email] email
    [phone] phone
   *[badge] badge ID
}) was already captured at { $at } by { $by }. Update that lead with what is on the form? Today's consent choices are recorded as new decisions.
staff-this-person = This person
staff-duplicate-updated = Updated { $name }: captured before, today's details and consent choices added.
staff-the-lead = the lead
staff-duplicate-check-failed = Could not check for an earlier capture: { $error }
staff-store-failed = Not saved, the form is kept: { $error }

## Badge scans

staff-from-badge = ◆ badge
staff-scan-armed = Scan the badge now, or type its registration ID and press Enter. Esc cancels.
staff-scan-reading = Reading the badge…
staff-scan-cancelled = Badge scan cancelled.
staff-scan-filled-id = Badge { $id }, { $name }: { $count } fields filled ({ $mark })
staff-scan-filled = Badge read: { $count } fields filled ({ $mark })
staff-scan-filled-name = Badge read ({ $name }): { $count } fields filled ({ $mark })
staff-scan-kept = ; fields it does not carry are kept.
staff-scan-replaced = , replacing what was typed in { $fields }; other fields are kept.
staff-scan-unknown-id = Badge { $id } is not in the attendee list: type the details. The badge ID is kept with the lead so the central team can match it.
staff-scan-lookup-failed = Badge { $id } kept with the lead, but the attendee list cannot be read: { $error }
staff-scan-failed = Badge not read, the form is unchanged: { $error }.
staff-scan-refused-pin = Badge scan not read while the staff PIN is asked: enter the PIN or press Esc, then scan again.
staff-scan-refused-question = Badge scan not read: answer the question first (y or n), then scan again.
staff-scan-refused-duplicate = Badge scan not read: first choose u (update the earlier lead), s (save as new) or Esc (back to the form), then scan again.
staff-scan-refused-screen = Badge scan not read here: go back to the capture form (Esc), then scan again.
staff-scan-ignored = { $count ->
    [one] 1 character after the badge's end was ignored.
   *[other] { $count } characters after the badge's end were ignored.
}

## Confirmations

staff-confirm-clear = Clear the form? What was typed for this attendee will be lost.
staff-confirm-quit = Quit? The form has unsaved content that will be lost.
staff-confirm-quit-lead = Quit? The lead on the form is not saved. Keep it as a draft (offered again at the next start), or quit and lose it?
staff-confirm-title = Please confirm
staff-cleared = Form cleared, every tick too: the next attendee starts with nothing ticked.
staff-confirm-erase = Erase this lead? Its personal data is removed for good; only a tombstone (id, time, consents) stays.
staff-confirm-withdraw = Withdraw the highlighted consent? The withdrawal is recorded with the time; it cannot be undone.
staff-confirm-discard = Discard the changes to this lead?

## Lead list

staff-leads-title = Leads, newest first ({ $total })
staff-leads-title-latest = Leads, newest first (the latest { $shown } of { $total })
staff-column-time = Time
staff-column-name = Name
staff-column-email = Email
staff-column-company = Company
staff-column-consents = Consents granted
staff-no-leads = No leads captured yet.
staff-leads-failed = Cannot read the leads: { $error }
staff-search = Search
staff-search-hint = name, email, company, phone or badge ID
staff-search-count = { $count ->
    [0] no match
    [one] 1 match
   *[other] { $count } matches
}
staff-search-count-page = the newest { $count } matches; type more to narrow
staff-no-match = No lead matches. Esc clears the search.

## Lead details

staff-lead-title = Lead: { $name }
staff-detail-name = Name
staff-detail-captured = Captured
staff-detail-badge-id = Badge ID
staff-detail-rating = Rating
staff-detail-lead-id = Lead ID
staff-detail-policy = Policy
staff-detail-answers = Answers
staff-detail-consents = Consents
staff-detail-notes = Notes
staff-detail-no-notes = (none)
staff-detail-granted = granted
staff-detail-not-granted = not given
staff-captured = { $at } by { $by } ({ $source ->
    [kiosk] kiosk
    [badge] badge
    [cli] command line
   *[staff] staff
})
staff-consent-given = { $at }, { $method ->
    [self_service] self_service
   *[staff_assisted] staff_assisted
}
staff-consent-withdrawn = withdrawn { $at } (granted { $granted })
staff-withdraw-title = Withdraw which consent?
staff-nothing-to-withdraw = This lead has no granted consent left to withdraw.
staff-withdrawn = Consent { $purpose } withdrawn at { $at }; it goes out with the next export.
staff-erased = { $copies ->
    [0] Lead erased: personal data removed, a tombstone kept; the erasure goes out with the next export.
    [one] Lead erased: personal data removed, a tombstone kept; the erasure goes out with the next export. The batch copy in the data dir that held it was removed.
   *[other] Lead erased: personal data removed, a tombstone kept; the erasure goes out with the next export. The { $copies } batch copies in the data dir that held it were removed.
}
staff-lead-failed = Cannot do that: { $error }

## Editing a lead

staff-edit-title = Editing { $name }: consents change only by withdrawal
staff-edit-saved = Changes saved ({ $fields }).
staff-edit-unchanged = Nothing changed.

## Staff picker

staff-pick = Who is capturing leads?
staff-pick-help = Choose your name; it is recorded with every lead you save.

## Export (F5)

staff-export-title = Export a signed batch of what is new
staff-export-target = Target folder:{ " " }
staff-export-choose = Target folder (↑↓ to choose, Enter writes the batch there):
staff-export-no-media = No USB stick or memory card is mounted now.
staff-export-medium = Removable { $name } ({ $fs })
staff-export-last = Last used
staff-export-last-note = used last time
staff-export-laptop = This laptop
staff-export-gone = not there now
staff-export-other = Another folder
staff-export-type-folder = Type the folder's path on the last line, then press Enter.
staff-export-free-gb = { $size } GB free
staff-export-free-mb = { $size } MB free
staff-export-key-beside = The device's public key is beside it as { $file }, for the office's trust folder.
staff-export-key-not-beside = The device's public key could not be written beside the batch ({ $error }): give keys/device.pub to the office.
staff-export-press-enter = Press Enter to write the batch, Esc to go back.
staff-export-running = Writing the batch...
staff-export-preparing = opening the signing key and counting the leads
staff-export-failed = Export failed, nothing was marked exported:{ " " }
staff-export-worker-died = Export failed: the export stopped unexpectedly; nothing was marked exported. See logs/leadbooth.log.
staff-export-needs-passphrase = The signing key is passphrase-protected: set LEADBOOTH_KEY_PASSPHRASE before starting the booth, or run `leadbooth export` in a shell.
staff-export-nothing-new = Nothing new since the last batch; nothing was written.
staff-export-written = Batch written to{ " " }
staff-export-check = Check it with standard tools:
staff-export-busy = An export is running: wait for it to finish.
staff-export-passphrase = Passphrase of the signing key (not shown):{ " " }
staff-export-wrong-passphrase = Wrong passphrase; nothing was written. Type it again and press Enter.
staff-export-not-encrypted = NOT encrypted: the event file names no [encryption] recipients; a lost stick exposes every lead.
staff-export-check-sealed = Check it arrived intact (no identity needed):
staff-export-encrypted-to = { $count ->
    [one] Encrypted to 1 recipient: { $list }
   *[other] Encrypted to { $count } recipients: { $list }
}
staff-export-pending = New since the last batch: { $leads ->
    [one] 1 lead
   *[other] { $leads } leads
}, { $erasures ->
    [one] 1 erasure or withdrawal
   *[other] { $erasures } erasures or withdrawals
}.
staff-export-counts = { $leads ->
    [one] 1 lead
   *[other] { $leads } leads
}, { $erasures ->
    [one] 1 erasure or withdrawal
   *[other] { $erasures } erasures or withdrawals
}, batch number { $seq }.
staff-export-key-created = Created the device signing key { $key }; give { $public } to the central team.

## Hint bar (the staff side)

staff-hint-leads = leads
staff-hint-export = export
staff-hint-stats = stats
staff-hint-export-now = export now
staff-hint-scan = scan badge
staff-hint-cancel-scan = cancel scan
staff-hint-search = search
staff-hint-open = open
staff-hint-edit = edit
staff-hint-withdraw = withdraw consent
staff-hint-erase = erase
staff-hint-cancel = cancel
staff-hint-clear-search = clear search
staff-hint-quit = quit
staff-hint-scanner-check = scanner check
staff-hint-yes = yes
staff-hint-no = no
staff-hint-unlock = unlock
staff-hint-recover = recover
staff-hint-update = update that lead
staff-hint-keep-draft = keep as draft, quit
staff-hint-quit-lose = quit, lose it
staff-hint-save-new = save as new
staff-hint-discard = discard

## Short forms, for a hint bar with too little room (80 columns)

staff-short-scan = scan
staff-short-withdraw = withdraw
staff-short-clear-search = clear
staff-short-cancel-scan = cancel
staff-short-export-now = export
staff-short-ends = ends
staff-short-scanner-check = scanner
staff-short-update = update
staff-short-keep-draft = keep

## Start-up

staff-not-a-terminal = cannot start the booth screen (is this an interactive terminal?)
staff-kiosk-no-pin = kiosk mode needs a staff PIN to leave it: set one with `leadbooth kiosk set-pin`, then start `leadbooth --kiosk` again

## Scanner check (F9)

staff-check-title = Scanner check
staff-check-intro = Scan a badge (or the check code) to see exactly what the scanner types on this laptop. Nothing scanned here is saved.
staff-check-nothing-yet = Nothing scanned yet.
staff-check-raw-heading = Last burst, as it came ({ $count } characters; ⏎ Enter, ⇥ Tab, ␛ Esc/Alt):
staff-check-read-heading = Read from it:
staff-check-code-ok = The check code arrived exactly: the scanner and this laptop agree on the keyboard layout.
staff-check-read-badge = A badge: { $fields }
staff-check-read-id = Registration ID { $id }
staff-check-not-read = Not read as a badge: { $why }
staff-check-mixup = Keyboard layout mix-up: the scanner types for { $scanner }, this laptop reads { $laptop }.
staff-check-changed = Arrived → meant: { $list }
staff-check-fix = Fix to try: { $fix }
staff-check-meant = Meant: { $read }
staff-check-no-mixup = No common keyboard-layout mix-up (US, German QWERTZ, French AZERTY) explains these characters. Scan the check code: if it arrives changed, this screen names the mix-up.
staff-check-code-caption = Check code: scan it from the screen.
staff-check-code-room = Enlarge the window to show the check code.

## PIN dialog

staff-pin-title = Staff only
staff-pin-label = PIN
staff-pin-prompt-quit = Enter the staff PIN to leave kiosk mode.
staff-pin-prompt-leads = Enter the staff PIN to open the lead list.
staff-pin-wrong = Wrong PIN.
staff-pin-locked = Too many wrong PINs. Try again in { $time }.

## After a save, and one attendee at a time

staff-receipt-next = Any key: next attendee (a badge scan starts one too).
staff-new-attendee = New attendee: the previous attendee's ticks, answers, rating and notes were cleared.

## Statistics (F6)

staff-stats-title = Statistics{ " " }
staff-stats-per-hour = Leads per hour today
staff-stats-staff = By staff
staff-stats-ratings = Ratings
staff-stats-consent = Consent granted / recorded
staff-stats-none = no leads yet
staff-stats-no-batch = No batch written yet (F5 exports).
staff-stats-summary = · today { $today }: { $today_leads } · event total on this laptop: { $leads }
staff-stats-erased = · { $count } erased
staff-stats-others = { $count } others
staff-stats-hot = Hot
staff-stats-warm = Warm
staff-stats-cold = Cold
staff-stats-unrated = Unrated
staff-stats-exported = Everything is exported.
staff-stats-not-exported = Not yet exported: { $leads ->
    [one] 1 lead
   *[other] { $leads } leads
} (F5 exports)
staff-stats-not-exported-erasures = Not yet exported: { $leads ->
    [one] 1 lead
   *[other] { $leads } leads
}, { $erasures ->
    [one] 1 erasure/withdrawal
   *[other] { $erasures } erasures/withdrawals
} (F5 exports)
staff-stats-last-batch = Last batch: #{ $seq } written { $at } ({ $leads ->
    [one] 1 lead
   *[other] { $leads } leads
})

# ===== The command line's words (branch i18nstaff): stderr messages for a person; data on stdout and JSON stay as they are =====

## Command line: how a line starts

cli-error = error
cli-warning = warning
cli-note = note

## leadbooth export

cli-export-other-events = { $count ->
    [one] 1 lead of another event is not exported by this event's batch; export it with --config <its event file>
   *[other] { $count } leads of other events are not exported by this event's batch; export them with --config <their event file>
}
cli-export-key-created = Created the device signing key { $key } (first export). Give { $public } to the central team: it is how they check this laptop's batches.
cli-export-failed = export failed: { $error }; nothing was marked exported
cli-export-not-recorded = the database { $db } cannot be written (damaged or read-only), so this batch is not recorded in it: its leads are not marked exported. Import it centrally, keep a copy of the database, then move it out of the data dir (`leadbooth doctor` says how)
cli-export-written = Batch { $batch } written to { $folder }
cli-export-encrypted-to = { $count ->
    [one] encrypted to 1 recipient: { $list }
   *[other] encrypted to { $count } recipients: { $list }
}
cli-export-check-sealed = Check it arrived intact (no identity needed):
cli-export-at-office = At the office:
cli-export-check = Check it with standard tools:
cli-export-key-beside = The device's public key is beside it as { $file }, for the office's trust folder.
cli-export-key-not-beside = the device's public key could not be written beside the batch ({ $error }): give { $key } to the office
cli-export-plaintext = this batch is NOT encrypted (--plaintext), although the event names { $count ->
    [one] 1 recipient
   *[other] { $count } recipients
}; it holds every lead in plain text — keep the stick safe and delete it after the import (recorded in the audit log)
cli-export-not-encrypted = this batch is not encrypted: the event names no recipients ([encryption] in the event file); a lost stick would expose every lead
cli-export-progress = exporting
cli-export-nothing-since = Nothing new to export since batch { $seq } ({ $folder }); nothing was written.
cli-export-nothing = Nothing to export: no leads yet; nothing was written.

## leadbooth import

cli-import-summary = Summary: { $imported ->
    [one] { $imported } batch
   *[other] { $imported } batches
} imported, { $skipped } skipped (already imported), { $refused } refused; leads: { $new } new, { $merged } merged, { $updated } updated, { $ignored } ignored; erasures applied: { $erasures }, withdrawals applied: { $withdrawals }; { $contacts ->
    [one] { $contacts } contact
   *[other] { $contacts } contacts
} in { $db }
cli-import-retention = retention: purged { $count } contact(s) last captured more than { $days } days ago; the suppression file deletes them in the CRM

## leadbooth leads

cli-leads-erased = erased lead { $id }: personal data removed, tombstone kept; the erasure goes out with the next export
cli-leads-withdrawal-goes-out = the withdrawal goes out with the next export
cli-leads-withdrew = withdrew consent { $purpose } of lead { $id } at { $at }
cli-leads-erased-not-shown = { $count ->
    [one] (1 erased lead not shown)
   *[other] ({ $count } erased leads not shown)
}
cli-leads-no-retention = the event sets no retention_days: nothing is purged
cli-leads-would-purge = { $count } lead(s) were exported more than { $days } days ago and would be purged
cli-leads-purged = purged { $count } lead(s) exported more than { $days } days ago (tombstones kept)

## leadbooth init-event

cli-init-notice-ask = The notice shown before consent needs these (Enter keeps the example's value, to edit later):
cli-init-gap = event file { $name }: no { $language } wording for [translation.{ $code }] { $keys }; attendees who choose { $language } read the default language there
cli-init-wrote-default = wrote { $name }, the event file leadbooth reads by default: edit it, check it with `leadbooth doctor`, then start the booth with `leadbooth`
cli-init-wrote = wrote { $name }: edit it, check it with `leadbooth --config { $name } doctor`, then start the booth with `leadbooth --config { $name }`
cli-init-or-default = , or save it as { $path } to use it by default

# ===== booth: rules, drafts, receipt … (branch i18nbooth) =====
# The lead rules are said beside the field in the form's language (the
# attendee's); the staff's edit screen says them in the staff language. The
# English rules are also the command line's words: keep them byte for byte
# (lead::rule's test). The draft dialog is the staff's (staff mode only); the
# receipt is the attendee's.

## Lead rules

rule-control-character = contains control character U+{ $code } at position { $position }; only printable text is allowed on one line
rule-too-long = is { $found } characters, more than the { $max } it may have
rule-name-missing = enter a first or last name
rule-email-or-phone = enter an email address or a phone number
rule-email-hidden = contains the invisible or direction-changing character U+{ $code } at position { $position }; an email address must be typed as plain text
rule-email-too-long = is { $bytes } bytes long; an email address may have at most { $max } (RFC 5321)
rule-email-local-too-long = has { $bytes } bytes before the @; at most { $max } are allowed (RFC 5321)
rule-email-invalid = is not a valid email address (like name@example.com)
rule-country-ambiguous = { $value } names more than one country: type the full name
rule-country-unknown = { $value } is not a country name we know: type it like Germany, Deutschland or Allemagne
rule-phone-no-digits = has no digits
rule-required = is required: tick it to save
rule-phone-kept-for = kept as typed: not a valid number for { $region }
rule-phone-kept-prefix = kept as typed: its international prefix names no country
rule-phone-kept = kept as typed: not a valid number

## Drafts (the staff side)

draft-title = Unsaved lead
draft-question = Recover the unsaved lead from { $time }?
draft-recover = Recover
draft-discard = Discard
draft-recovered = Unsaved lead recovered without its ticks: ask the attendee again for each consent, then save.
draft-recovered-without = Unsaved lead recovered without its ticks (ask the attendee again) and without (the event changed): { $what }.
draft-discarded = Unsaved lead discarded.
draft-unreadable = An unsaved lead could not be read and was discarded: { $error }
draft-version = draft format version { $version } is not supported
draft-failed = The unsaved lead cannot be kept as a draft: { $error }
draft-scan-refused = Badge scan not read: first answer whether to recover the unsaved lead (R recovers, D discards), then scan again.

## The receipt's QR code: short words, upper-cased there (letters A-Z
## keep the code small enough for an 80x24 screen); a purpose's word is one
## word: the QR code lists them with spaces between

receipt-qr-title = RECEIPT
receipt-qr-agreed = AGREED
receipt-qr-none = NONE
receipt-qr-withdraw = WITHDRAW
receipt-short-email = email
receipt-short-phone = phone
receipt-short-mail = post
receipt-short-events = events
receipt-short-affiliates = affiliates
receipt-short-partners = partners

## A key without a name printed on it (the others keep the names on their caps)

key-space = Space

## Short forms, for a hint bar with too little room

hint-short-stats = stats
# ===== The command line (branch i18ncli): doctor, verify, keys, attendees, central, report, stats, policy, the import's batch lines, the CRM files; human prose only: JSON, lead lines and CSV stay as they are =====

## leadbooth doctor: each check's label, what it found and what to do
## (`--json` stays in English for scripts)

cli-doctor-label-data-dir = data dir
cli-doctor-label-database = database
cli-doctor-label-integrity = integrity
cli-doctor-label-schema = schema
cli-doctor-label-free-space = free space
cli-doctor-label-export-target = export target
cli-doctor-label-signing-key = signing key
cli-doctor-label-public-key = public key
cli-doctor-label-event = event
cli-doctor-label-policy = policy
cli-doctor-label-notice = notice
cli-doctor-label-languages = languages
cli-doctor-label-terminal = terminal
cli-doctor-label-data-volume = data volume
cli-doctor-label-encryption = encryption
cli-doctor-label-attendees = attendees
cli-doctor-label-kiosk-pin = kiosk PIN
cli-doctor-mode-others = { $path } has mode { $mode }: other users can read it (should be { $want })
cli-doctor-mode-owner = { $path } has mode { $mode }: its owner cannot use it (should be { $want })
cli-doctor-mode = mode { $mode }
cli-doctor-chmod = run: chmod { $mode } { $files }
cli-doctor-data-dir-missing = { $path } does not exist yet
cli-doctor-data-dir-missing-fix = it is created on first use: run `leadbooth keys init`, or start the booth once
cli-doctor-cannot-read = cannot read { $path }: { $error }
cli-doctor-data-dir-unreadable-fix = check the path and its permissions, or pass --data-dir DIR
cli-doctor-not-a-folder = { $path } is not a folder
cli-doctor-data-dir-not-folder-fix = move it away or pass --data-dir DIR
cli-doctor-db-not-created = { $path } not created yet (the booth creates it on first start)
cli-doctor-not-a-file = { $path } is not a file
cli-doctor-db-not-file-fix = move it away; the booth then starts a new database
cli-doctor-integrity-no-db = no database yet: nothing to check
cli-doctor-schema-no-db = no database yet; this build writes schema version { $build }
cli-doctor-db-corrupt = { $path } is not an SQLite database or is too damaged to open ({ $detail })
cli-doctor-damaged-fix = do not start the booth on it (it and the writing commands refuse it): save what is readable with `leadbooth export --out DIR` (a batch, not recorded in the damaged file), keep a copy of the file, then move it out of the data dir (the booth then starts a new database with a new device id)
cli-doctor-db-unreadable = cannot read the database: { $error }
cli-doctor-db-unreadable-fix = check the file's owner and permissions; if a booth is running, retry when it is idle
cli-doctor-schema-not-checked = not checked: the database cannot be read
cli-doctor-see-integrity = see the integrity check above
cli-doctor-integrity-ok = integrity check passed
cli-doctor-integrity-ok-leads = integrity check passed, { $leads ->
    [one] 1 lead
   *[other] { $leads } leads
}
cli-doctor-integrity-failed = { $path } failed the integrity check ({ $count ->
    [one] 1 problem
   *[other] { $count } problems
}; first: { $first })
cli-doctor-schema-newer = schema version { $version } is newer than this build's ({ $build })
cli-doctor-schema-newer-fix = install the newer leadbooth that wrote it; this one will not open it
cli-doctor-schema-current = schema version { $version }, this build's
cli-doctor-schema-older = schema version { $version }; upgraded to { $build } when the booth next opens it
cli-doctor-attendees-purged-on = purged automatically on { $date } ({ $days } days after the event's last day, { $last })
cli-doctor-attendees-none-purge = no attendee list on file; a list loaded is { $after }
cli-doctor-attendees-none = no attendee list on file
cli-doctor-attendees-overdue = { $count ->
    [one] 1 attendee
   *[other] { $count } attendees
} on file; the purge was due on { $date }
cli-doctor-attendees-overdue-fix = start the booth once or run `leadbooth attendees purge` to remove the list
cli-doctor-attendees-on-file = { $count ->
    [one] 1 attendee
   *[other] { $count } attendees
} on file, { $after }
cli-doctor-attendees-no-end = { $count ->
    [one] 1 attendee
   *[other] { $count } attendees
} on file, kept with no end: the event sets no last_day
cli-doctor-attendees-no-end-fix = set last_day (and attendee_list_days) under [event], or run `leadbooth attendees purge` after the show
cli-doctor-pin-unknown = cannot tell whether a kiosk PIN is set: the booth settings cannot be read
cli-doctor-see-database = see the database lines above
cli-doctor-pin-not-set = not set: `leadbooth --kiosk` needs one before it starts (`leadbooth kiosk set-pin`); staff mode does not
cli-doctor-pin-set = set (stored as a salted Argon2id hash); the kiosk can start
cli-doctor-pin-damaged = the stored kiosk PIN hash is damaged: `leadbooth --kiosk` will not start
cli-doctor-pin-damaged-fix = set the PIN again with `leadbooth kiosk set-pin`
cli-doctor-space-unmeasured = cannot measure free space at { $path }: { $error }
cli-doctor-space-unmeasured-fix = check the disk by hand (df -h)
cli-doctor-space-data = { $size } free for the data dir ({ $path })
cli-doctor-space-target = { $size } free for the export target ({ $path })
cli-doctor-space-exports = { $size } free for the exports ({ $path })
cli-doctor-space-under = { $found }, under { $limit }
cli-doctor-space-data-fix = free some space on this disk: the booth needs room to save leads
cli-doctor-space-export-fix = free some space there, or export to another folder with `leadbooth export --out DIR`
cli-doctor-export-dir-missing = { $path } (export_dir in the event file) does not exist
cli-doctor-export-dir-missing-fix = plug in or mount it before exporting, or change export_dir in the event file
cli-doctor-export-dir-not-folder = { $path } (export_dir in the event file) is not a folder
cli-doctor-export-dir-not-folder-fix = change export_dir in the event file
cli-doctor-key-too-large = far too large for a key
cli-doctor-key-not-text = not text
cli-doctor-keys-init-fix = run `leadbooth keys init` and give the central team the public key (`leadbooth keys pubkey`) before the show, so they can trust this laptop's batches
cli-doctor-no-signing-key = no device signing key yet ({ $path })
cli-doctor-secret-key-chmod-fix = run: chmod 600 '{ $path }'; if others could have copied it, make a new key and send the new { $public } to the central team
cli-doctor-key-unprotected = { $path } key id { $id }{ $mode }, not protected by a passphrase: whoever takes this laptop can sign batches the central team accepts
cli-doctor-key-unprotected-fix = protect it: `leadbooth keys init --force --passphrase` (then give the new device.pub to the central team); the booth asks for the passphrase at export time
cli-doctor-key-protected-id = { $path } key id { $id } password-protected{ $mode }
cli-doctor-key-protected = { $path } password-protected{ $mode }
cli-doctor-not-secret-key = { $path } is not a minisign secret key ({ $error })
cli-doctor-not-secret-key-fix = restore it from your backup, or make a new key with `leadbooth keys init` and send the new public key to the central team
cli-doctor-public-missing = { $path } is missing
cli-doctor-public-missing-fix = restore it from your backup; the central team needs it to verify this laptop's batches
cli-doctor-no-public = no { $path }
cli-doctor-not-public-key = { $path } is not a minisign public key ({ $error })
cli-doctor-restore-fix = restore it from your backup
cli-doctor-key-mismatch = { $path } has key id { $id } but the signing key is { $secret }: they are not a pair
cli-doctor-key-mismatch-fix = restore the matching pair from your backup
cli-doctor-public-ok = { $path } key id { $id }
cli-doctor-volume-why = a stolen laptop's disk can be read in any other computer: every lead, the signing key and the attendee list are on it
cli-doctor-volume-fix = keep the data dir on an encrypted volume: full-disk encryption (LUKS) when installing, or a LUKS container mounted for the data dir (README, "Preparing a booth laptop")
cli-doctor-volume-encrypted = { $path } is on an encrypted volume (dm-crypt { $name })
cli-doctor-volume-other = { $path } is on { $what }
cli-doctor-volume-plain = { $path } is NOT on an encrypted volume ({ $device } at { $mount }): { $why }
cli-doctor-volume-unknown = cannot tell whether { $path } is on an encrypted volume: { $reason }; { $why }
cli-doctor-encryption-none = batches are written in plain text: the event file names no [encryption] recipients, so a lost USB stick exposes every lead
cli-doctor-encryption-none-fix = ask the central team for their recipient (`leadbooth identity new` prints it) and add `[encryption] recipients = ["age1…"]` to the event file
cli-doctor-encryption-ok = batches are encrypted to { $count ->
    [one] 1 recipient
   *[other] { $count } recipients
}: { $list }
cli-doctor-event-fix = fix the event file (`leadbooth init-event -` prints a documented example)
cli-doctor-not-checked-event = not checked: the event file did not load
cli-doctor-see-event = see the event check above
# The event file the summary names, when it is the built-in one
# ("… from built-in demo event").
cli-doctor-builtin-demo = built-in demo event
cli-doctor-event-summary = { $id } "{ $name }" from { $source }: { $purposes ->
    [one] 1 consent purpose
   *[other] { $purposes } consent purposes
} ({ $required } required), { $questions ->
    [one] 1 question
   *[other] { $questions } questions
}
cli-doctor-event-demo-fix = for a real show write an event file with `leadbooth init-event`, edit it, and pass --config FILE
cli-doctor-event-demo-fix-save = for a real show write an event file with `leadbooth init-event`, edit it, and pass --config FILE or save it as { $path }
cli-doctor-policy-summary = version { $version }, last updated { $date }, { $url }
cli-doctor-not-stated = not stated
cli-doctor-policy-sample = { $summary }: the built-in SAMPLE policy (another company's 2012 document)
cli-doctor-policy-sample-fix = write your organisation's own policy, put it beside the event file and set [policy] file = "privacy-policy.md"
cli-doctor-policy-example-url-fix = set [policy] url in the event file to your real policy page: the QR code points there
cli-doctor-policy-no-date-fix = add a "Last Updated <date>" line to the policy file so attendees see its date
cli-doctor-notice-lacks = the notice shown before consent lacks { $fields }
cli-doctor-notice-lacks-fix = set them in the event file (`leadbooth init-event` asks for them); attendees must be told who you are, how long you keep their details, their rights, how to withdraw and where the details go
cli-doctor-notice-ok = controller { $name } ({ $contact }), jurisdiction { $jurisdiction }
cli-doctor-translations-ok = event wording in { $languages } (default { $default })
cli-doctor-translations-missing = event file { $file }: { $count ->
    [one] 1 missing translation
   *[other] { $count } missing translations
}: { $list }
cli-doctor-translations-missing-fix = add them under [translation.<language>] in the event file (`leadbooth init-event -` shows the form); until then attendees who chose that language read the default language there
cli-doctor-colours-no-color = colours off (NO_COLOR is set)
cli-doctor-colours-flag = colours off (--no-color)
cli-doctor-colours-not-tty = colours off here (not a terminal); on in the booth
cli-doctor-colours-on = colours on (set NO_COLOR or pass --no-color for monochrome)
cli-doctor-terminal-not-tty = standard output is not a terminal, size not checked; { $colours }
cli-doctor-terminal-zero = it reports 0x0
cli-doctor-terminal-unknown = cannot read the terminal size ({ $error }); { $colours }
cli-doctor-terminal-unknown-fix = make sure the booth's terminal is at least { $width }x{ $height }
cli-doctor-terminal-small = { $size }, smaller than the booth's { $least }; { $colours }
cli-doctor-terminal-small-fix = enlarge the window or use a smaller font
cli-doctor-terminal-ok = { $size }; { $colours }

## The event named in several commands

cli-event-builtin-demo = built-in demo event

## leadbooth verify

cli-verify-failed = batch { $batch } failed verification: { $error }
cli-verify-give-key = give --pubkey FILE or --trust DIR
cli-verify-sealed-needs-identity = { $batch } is an encrypted batch: give --identity FILE (the office's age identity) to check what is inside; without it, `{ $command }` checks that it arrived intact
# Starts with "OK" in every language: a person sees it at a glance, and a
# script that looked for it keeps working.
cli-verify-ok = OK { $batch }: { $leads ->
    [one] 1 lead
   *[other] { $leads } leads
}, { $erasures ->
    [one] 1 erasure
   *[other] { $erasures } erasures
}; event { $event }, device { $device }, seq { $seq }, signed by key { $key }
cli-verify-decrypted = decrypted with the given identity

## leadbooth keys

cli-keys-key-id = key id
cli-keys-created = created
cli-keys-protection = protection
cli-keys-public-key = public key
cli-keys-secret-key = secret key
cli-keys-unknown = unknown
cli-keys-passphrase = passphrase (export reads LEADBOOTH_KEY_PASSPHRASE or asks)
cli-keys-file-mode = file mode 0600, unencrypted (unattended export)
cli-keys-replaced = replaced device key { $old } with { $new }: the old public key will no longer verify new batches; give the new { $public } to the central team
cli-keys-give = Give { $public } to the central team: it is how they check your batches.
cli-keys-prompt-required = Passphrase for the device signing key:
cli-keys-prompt =
    Passphrase for the device signing key (protects it if the laptop is stolen; the booth asks for it at export time)
    or Enter for none (unattended export, protected by file mode only):
cli-keys-prompt-again = The same passphrase again:
cli-keys-differ = the two passphrases differ; no key was made

## leadbooth attendees

cli-attendees-purged-already = { $file }: nothing was imported: the attendee list is purged from { $day } ({ $days } days after the event's last day)
cli-attendees-cannot-read = cannot read { $file }
cli-attendees-nothing-imported = { $file }: nothing was imported
cli-attendees-refused = { $file }: nothing was imported: { $why }
cli-attendees-row-skipped = { $file }: { $error }: row skipped
cli-attendees-imported = imported { $count ->
    [one] 1 attendee
   *[other] { $count } attendees
} from { $file }: { $new } new, { $updated } updated; { $skipped ->
    [one] 1 row
   *[other] { $skipped } rows
} skipped (see above); { $total } on file
cli-attendees-removed = removed the attendee list: { $count ->
    [one] 1 attendee
   *[other] { $count } attendees
}; badge registration IDs are no longer looked up

## leadbooth central (a person's rights at the office)

cli-central-no-db = --into { $path }: no such central database
cli-central-no-receipt = receipt { $id }: no lead with this receipt number in { $db } (not imported yet, erased, or mistyped)
# central receipt ID: one labelled line per value
cli-central-receipt-lead = lead
cli-central-receipt-contact = contact
cli-central-receipt-event = event
cli-central-receipt-captured = captured
cli-central-receipt-captured-value = { $at } on device { $device }
cli-central-receipt-batch = batch
cli-central-receipt-policy = policy
cli-central-receipt-consents = consents
cli-central-receipt-no-email = no email
cli-central-erased-at = { $email }: erased at the central office on { $at } (tombstone kept)
cli-central-no-contact = no contact on file for { $email }
cli-central-contact = contact { $id } ({ $count ->
    [one] 1 source lead
   *[other] { $count } source leads
}):
cli-central-erased = erased { $email } at the central office: { $count ->
    [one] 1 source lead
   *[other] { $count } source leads
} removed; tombstone { $hash } keeps later batches from bringing them back; the next suppression file deletes the contact in the CRM
cli-central-removed-lead = removed source lead { $id }
cli-central-withdrew = withdrew { $purpose } for { $email } at the central office: { $count ->
    [one] 1 source lead
   *[other] { $count } source leads
} had granted it; leads of theirs consented before now that later batches bring are withdrawn too
cli-central-withdrew-unsubscribed = withdrew { $purpose } for { $email } at the central office: { $count ->
    [one] 1 source lead
   *[other] { $count } source leads
} had granted it; the next suppression file unsubscribes the contact; leads of theirs consented before now that later batches bring are withdrawn too
cli-central-give-csv = give --csv OUT: the CRM file to write
cli-central-purged = purged { $count ->
    [one] 1 contact
   *[other] { $count } contacts
} last captured more than { $days } days ago, with their source leads; the next suppression file deletes them in the CRM

## leadbooth report

cli-report-none = none
cli-report-no-event = --event { $id }: no batch of this event in { $db } (events on file: { $known })
cli-report-nothing = { $db }: no batch imported yet, so there is nothing to report (leadbooth import first)
cli-report-making-folder = making the report folder { $path }
cli-report-writing = writing the report { $path }
cli-report-wrote = wrote { $path }: { $name } ({ $id }), { $leads ->
    [one] 1 lead
   *[other] { $leads } leads
} from { $laptops ->
    [one] 1 laptop
   *[other] { $laptops } laptops
}

## leadbooth stats (labels line up: the values start after the longest label)

cli-stats-header = { $name } ({ $id }) on this laptop, { $day } (UTC{ $offset })
cli-stats-leads = leads
cli-stats-leads-value = { $leads } ({ $day_leads } on { $day }, { $erased } erased not counted)
cli-stats-by-hour = by hour
cli-stats-none-yet = none yet
cli-stats-by-staff = by staff
cli-stats-ratings = ratings
cli-stats-ratings-value = hot { $hot }, warm { $warm }, cold { $cold }, unrated { $unrated }
cli-stats-consent = consent
cli-stats-consent-value = granted / recorded (not given, withdrawn)
cli-stats-not-exported = not exported
cli-stats-not-exported-value = { $leads ->
    [one] 1 lead
   *[other] { $leads } leads
}, { $erasures ->
    [one] 1 erasure/withdrawal
   *[other] { $erasures } erasures/withdrawals
}
cli-stats-last-batch = last batch
cli-stats-last-batch-value = { $folder } at { $at } ({ $leads ->
    [one] 1 lead
   *[other] { $leads } leads
})
cli-stats-no-batch = none written yet

## leadbooth policy

cli-policy-version = version (SHA-256)
cli-policy-last-updated = last updated
cli-policy-url = url
cli-policy-source = source
cli-policy-not-stated = not stated
cli-policy-url-in = policy url in { $source }
cli-policy-qr-size = { $mm } mm square at 300 dpi, { $modules } modules with the quiet zone
cli-policy-qr-wrote = wrote { $path } (QR code to { $url }; { $size })

## leadbooth import: one line per batch, and what went wrong

cli-import-no-folder = --into { $path }: folder { $folder } does not exist
cli-import-recomputed = recomputed { $count ->
    [one] 1 contact
   *[other] { $count } contacts
} merged by an older leadbooth: not ticking a box no longer counts against a grant
cli-import-verifying = verifying
cli-import-importing = importing leads
cli-import-refused = refused batch { $batch }: { $why }
cli-import-skipped = skipped  { $batch }: already imported at { $at }
cli-import-batch = imported { $batch } (device { $device }, seq { $seq }): { $new } new, { $merged } merged, { $updated } updated, { $ignored } ignored; { $erasures ->
    [one] 1 erasure
   *[other] { $erasures } erasures
}, { $withdrawals ->
    [one] 1 withdrawal
   *[other] { $withdrawals } withdrawals
}
cli-import-gap-recorded = gap recorded: seq { $from }..={ $to } of device { $device } not imported yet (--allow-gaps)
cli-import-rebound = device { $device } is now bound to key { $new } (was bound to key { $old }; --rebind)
cli-import-gap-filled = filled the recorded gap at seq { $seq }
cli-import-ignored-erased = ignored lead { $id }: it was erased and is never imported again
cli-import-ignored-person-erased = ignored lead { $id }: its person was erased at the central office on { $at } (tombstone of the email address); not imported
cli-import-ignored-stale = ignored { $count ->
    [one] 1 older version
   *[other] { $count } older versions
} of leads already imported in a newer version
cli-import-contact-orphaned = contact { $id } has no source lead left (erased, or its lead moved to another email): delete it in the CRM too (it is in the next suppression file)

## The CRM files (import --csv, central crm)

cli-crm-written = CSV for { $profile } written to { $path }: { $contacts ->
    [one] 1 contact
   *[other] { $contacts } contacts
}
cli-crm-written-changed = CSV for { $profile } written to { $path }: { $contacts ->
    [one] 1 contact
   *[other] { $contacts } contacts
} changed since the previous CRM file ({ $since })
cli-crm-written-first = CSV for { $profile } written to { $path }: { $contacts ->
    [one] 1 contact
   *[other] { $contacts } contacts
} (no previous CRM file: all of them)
cli-crm-salesforce-placeholders = Salesforce needs Company and Last Name: { $companies ->
    [one] 1 contact has
   *[other] { $companies } contacts have
} Company { $company } and { $last_names } Last Name { $last_name }; complete them in Salesforce
cli-crm-for-review = { $count ->
    [one] 1 contact
   *[other] { $count } contacts
} flagged for review (different names for one email): see the Leadbooth Review column
cli-crm-suppressions = suppression file written to { $path }: { $deletions } to delete, { $unsubscribes } to unsubscribe since the previous one

## Why a batch was refused or an attendee row skipped (the file, field and line named)

cli-reason-folder = cannot read batch folder { $path }: { $error }
cli-reason-missing = { $path } is missing
cli-reason-extra = { $path } does not belong in a batch folder (only the batch files may be there)
cli-reason-not-a-file = { $path } is not a regular file
cli-reason-read = cannot read { $path }: { $error }
cli-reason-wrong-key = { $path } was made by key { $signed_by }, not by the given public key { $expected }
cli-reason-bad-signature = { $path } does not verify: SHA256SUMS was altered, or the signature belongs to another batch
cli-reason-bad-trusted-comment = { $path }: the trusted comment was altered (its signature does not verify)
cli-reason-checksum = { $path } does not match its checksum in SHA256SUMS: it was altered or damaged
cli-reason-checksum-crlf = { $path } does not match its checksum in SHA256SUMS: it was altered or damaged (its line endings were changed to CR LF)
cli-reason-line = { $path } line { $line }: { $detail }
cli-reason-key-id = { $path } names key { $manifest } but the batch is signed by key { $signature }
cli-reason-failed-verification = failed verification: { $why }
cli-reason-untrusted-key = it is signed by key { $key }, which is not trusted: no *.pub file in { $trust } has that key id (if this laptop is yours, add its keys/device.pub there)
cli-reason-no-identity = { $path } is an encrypted batch: give --identity FILE (the office's age identity) to import it
cli-reason-gap = GAP in the chain of device { $device }: batch seq { $seq } arrived but { $count ->
    [one] seq { $from }..={ $to } has
   *[other] seqs { $from }..={ $to } have
} not been imported; import the missing batch first, or pass --allow-gaps to import it now and record the gap
cli-reason-gap-too-big = device { $device }: batch seq { $seq } would leave { $count } batches missing (more than { $max }); refused even with --allow-gaps — check the batch's device and seq
cli-reason-changed = { $path } changed after it was verified (its SHA-256 no longer matches SHA256SUMS); nothing from this batch was imported — copy the batch again and retry
cli-reason-changed-line = { $path } line { $line } changed after it was verified: { $detail }; nothing from this batch was imported
cli-reason-manifest-rule = { $path }: { $detail }; nothing from this batch was imported
cli-reason-record = { $path } line { $line }: { $detail }; nothing from this batch was imported
cli-reason-collision = { $path } line { $line }: lead { $lead } is already held by device { $owner }: a batch carries only its own laptop's leads (two laptops with one lead id, or one laptop speaking for another); nothing from this batch was imported
cli-reason-import-read = cannot read { $path }: { $error }; nothing from this batch was imported
cli-reason-missing-column = header: missing column { $column } (needs { $columns }; headers such as "Badge ID" or "First Name" are read too, in any case)
cli-reason-row = line { $line }: { $field }: { $message }
cli-reason-row-at = line { $line }: { $field }: { $message } (column { $letter }, { $header })
cli-reason-line-only = line { $line }: { $message }

## An event file that cannot be used (every command; doctor's event line)

cli-config-read = cannot read event file { $path }: { $error }
cli-config-parse = event file { $path }: line { $line }: { $message }
cli-config-invalid = event file { $path }: { $key }: { $message }
cli-config-policy = policy file { $path } (from event file { $event }): { $error }
cli-config-recipients-read = cannot read recipients file { $path } (from event file { $event }, encryption.recipients_file): { $error }
cli-config-event-too-large = event file { $path } is { $size } bytes or more, more than the { $max } bytes it may have
cli-config-policy-too-large = policy file { $path } is { $size } bytes or more, more than the { $max } bytes it may have
cli-config-policy-read = cannot read policy file { $path } (from event file { $event }): { $error }

## The device key (keys, export)

cli-key-missing = no device signing key in { $path }: run `leadbooth keys init`
cli-key-exists = a device signing key already exists: { $path } (key id { $id }); nothing was changed. `leadbooth keys init --force` replaces it, after which the old device.pub no longer verifies new batches
cli-key-wrong-passphrase = wrong passphrase for the device key { $path }
cli-key-need-passphrase = the device key { $path } is encrypted: set { $env } or run in a terminal to type its passphrase
cli-key-empty-passphrase = an empty passphrase would not protect the key; give a passphrase or leave out --passphrase
cli-key-mismatch = { $public } (key id { $id }) is not the public key of { $secret } (key id { $secret_id }); run `leadbooth keys init --force` to make a new pair

# ===== rules and leftovers (branch i18nrules) =====
# Lead rules the form cannot break: an answer that is not a choice, the
# consent evidence (wording, method, times) and what keeps `leads add` from
# forging a booth capture. The command line prints them in the staff
# language after the line and the field (`standard input: line 3: source: …`).
# The English is what scripts and tests have always read: keep it byte for
# byte (lead::rule's test). Field names and wire values (granted, cli,
# captured_at, staff_assisted) stay as written: they name the input's keys.

## Answers

rule-not-a-question = is not a question of this event
rule-not-a-choice = { $value } is not one of the choices
rule-chosen-twice = { $value } is chosen twice
rule-takes-list = takes a list of choices
rule-takes-one = takes one value, not a list

## Consent decisions

rule-consent-missing = is missing: give granted true or false
rule-purpose-unknown = is not a purpose of this event
rule-appears-twice = appears more than once
rule-wording-not-events = is not the wording this event shows for the purpose; leave it out (the event's wording is recorded)
rule-method-mismatch = is { $given }, but this capture is { $capture }; only the booth records how a consent was collected
rule-in-future = is in the future
rule-ticked-not-granted = is set but the consent is not granted
rule-withdrawn-not-granted = is set but the consent was not granted
rule-withdrawn-before-given = is before the consent was given

## leads add: provenance

rule-source-not-cli = is { $value }: a lead added from the command line is recorded as "cli" (only the booth records staff, kiosk or badge leads); leave it out
rule-captured-by-other = names someone other than the person adding it ({ $name }); leave it out, or run with --staff NAME
rule-device-not-this = is not this laptop ({ $device }); leave it out
rule-event-not-current = is not the current event ({ $event }); leave it out, or use that event's file
rule-policy-not-shown = is a policy version this booth never showed (no text of it is held); leave it out to record the current policy
rule-tick-before-capture = is before the capture (captured_at)

## leads add: where, and what came of it

add-line = line { $line }
add-standard-input = standard input
add-cannot-read = cannot read { $file }
add-line-too-long = is longer than { $max } bytes, the longest line a batch may hold (read no further)
add-not-utf8 = not UTF-8 at byte { $position }
add-nothing-saved = { $error }; nothing from { $file } was saved
add-added = added { $count } { $count ->
    [one] lead
   *[other] leads
} from { $file }

## leads erase, withdraw, find, show

leads-give-id = give a lead id or --person
leads-none-granted = no lead of this person has { $purpose } granted: nothing was withdrawn
leads-not-a-purpose = --purpose { $purpose } is not a purpose of this event ({ $known })
leads-found = { $count ->
    [0] 0 lead(s) of this person on this laptop
   *[other] { $count } lead(s) of this person on this laptop; `leadbooth leads erase --person ...` erases them all
}
leads-copy-removed = removed the copy of batch { $seq } ({ $folder }) kept in the data dir: it held the person; the signed batch elsewhere and the ledger's hashes are unchanged
leads-no-person = no lead of { $who } on this laptop (erased leads are not searched)
leads-id-short = lead id { $id }: give the full id or at least its first 8 characters
leads-id-none = no lead with id starting { $id }
leads-id-ambiguous = lead id { $id } is ambiguous: { $count } leads start with it; give more characters

## kiosk set-pin

kiosk-pin-new = New kiosk staff PIN:{" "}
kiosk-pin-repeat = Repeat the PIN:{" "}
kiosk-pin-unreadable-terminal = cannot read the PIN from the terminal
kiosk-pin-unreadable-stdin = cannot read the PIN from standard input
kiosk-pin-differ = the two PINs differ; nothing was changed
kiosk-pin-set = kiosk staff PIN set (stored as a salted Argon2id hash)

## Starting the booth's screen

tui-no-signals = cannot install signal handler
tui-no-terminal = cannot set up the terminal

## init-event --ask (the example's value follows each question)

init-q-organisation = Your organisation (named in the consent wording)
init-q-controller = The data controller's legal name
init-q-address = Its postal address, on one line
init-q-contact = Privacy contact (email address or https URL; withdrawals go there)
init-q-jurisdiction = Jurisdiction the consents are collected under (EU, GB, US-CA ...)
init-q-retention = How long you keep the details (one sentence)
init-q-withdraw = How to withdraw a consent (one sentence)
init-q-transfers = International transfers (one sentence)
init-q-url = The URL of your full privacy policy (the QR code)
init-reading = reading the answer
init-control = the answer holds a control character
init-exists = { $file } already exists; pass --force to overwrite it
init-cannot-create = cannot create { $file }
init-cannot-write = cannot write { $file }
init-invalid = the answers do not make a valid event file: { $error }
## Show-day leftovers (show16b): a free-text question says it takes typing

text-answer-hint = type your answer here

# --- The kiosk's Esc question, in the attendee's language (branch i18nbooth2) ---
kiosk-confirm-title = Start over?
kiosk-confirm-clear = Clear the form? Everything you have typed will be deleted and not saved.
kiosk-confirm-yes = yes, clear
kiosk-confirm-no = no, continue

# --- leads show, in the staff language (branch i18nbooth2) ---
show-lead = Lead
show-event = Event
show-captured = Captured
show-captured-value = { $at } by { $by } ({ $source })
show-name = Name
show-email = Email
show-phone = Phone
show-company = Company
show-job-title = Job title
show-country = Country
show-rating = Rating
show-badge-id = Badge ID
show-answer = Answer
show-receipt = Receipt
show-policy = Policy
show-policy-value = { $hash } (last updated { $date }) { $url }
show-unknown = unknown
show-notice = Notice
show-notice-value = full policy opened: { $opened }, QR code shown: { $qr }
show-yes = yes
show-no = no
show-jurisdiction = , jurisdiction { $jurisdiction }
show-controller = Controller
show-collected = Collected
show-collected-value = { $method } via { $entry }; leadbooth { $version } as OS user { $user }
show-data-held = Data held
show-consents = Consents
show-consents-columns = (purpose, legal basis, decision, ticked, saved, expires)
show-withdrawn = withdrawn { $at } by { $by } via { $channel }
show-language = Language
show-language-one = { $language }: the attendee read and agreed in it
show-language-mixed = chosen { $language }; shown (the event's default where it has no wording in it): { $list }
show-notes = Notes

# --- The record rules (lead::check_record), in the staff language (branch i18nbooth2) ---
record-time-future = { $time } is in the future (more than { $hours } hours after { $now }); check the laptop's clock
record-decided-future = decided at { $time } is in the future (more than { $hours } hours after { $now }); check the laptop's clock
record-withdrawn-future = withdrawn at { $time } is in the future (more than { $hours } hours after { $now }); check the laptop's clock
record-event-id = { $value } is not an event id (lowercase letters, digits and '-')
record-policy-hash = is not 64 lowercase hex digits
record-question-id = is not a question id (lowercase letters, digits and '_')
record-no-consents = has no consent records: a lead records a decision for every purpose of its event
record-purpose-id = { $value } is not a purpose id (lowercase letters, digits and '_')
record-no-wording = has no wording
record-wording-control = wording contains control character U+{ $code } at position { $position }
record-wording-too-long = its wording is { $found } characters, more than the { $max } it may have
record-withdrawn-never-granted = is withdrawn but was never granted
record-withdrawn-before = is withdrawn at { $time }, before it was given at { $decided }
record-data-category = { $value } is not a data category ({ $list })
record-too-long = its record is { $found } bytes, more than the { $max } it may have (the longest line a batch may hold): shorten its notes or answers

# --- leadbooth identity (the office's age identity), in the staff language (branch i18nbooth2) ---
identity-created = Created the age identity { $path } (mode 0600). Keep it at the office and back it up: without it, batches encrypted to it cannot be read.
identity-put-recipient = Put the recipient above in each booth's event file:
identity-exists = { $path } already exists; nothing was changed (an identity is never overwritten: batches encrypted to it could no longer be read). Choose another file name
identity-line = { $path } line { $line }: not an age X25519 identity ({ $detail }); an identity file holds one AGE-SECRET-KEY-1… line (lines starting with # are comments)
identity-empty = { $path } holds no AGE-SECRET-KEY-1… line: it is not an age identity file

## Booth screens: who reads it decides its language (branch nu9booth)

form-cleared = Form cleared, ticks included: it starts empty.
label-colon = { $field }:
staff-scan-others-cleared = ; the other fields were cleared with the previous attendee's details.

## First run as a German booth team (nu9cli): init-event and doctor

init-q-rights = The attendee's rights (one sentence)
cli-doctor-notice-sample = still the example's: { $fields }; consents would be recorded for a company that did not collect them
cli-doctor-notice-sample-fix = put your organisation, the data controller's legal name and your own privacy contact in the event file (`leadbooth init-event --ask` asks for them)
cli-store-booth-running = another leadbooth booth is already running on data dir { $path }{ $holder }; close it first (leadbooth CLI commands still work alongside it)
cli-store-data-dir = cannot use data dir { $path }: { $error }
cli-stats-other-events = { $count ->
    [one] note: this data dir also holds a lead of another event, not counted below
   *[other] note: this data dir also holds { $count } leads of other events, not counted below
  }: { $events }. These figures are event { $id }'s; for the others run `leadbooth --config <their event file> stats`
cli-doctor-translations-language = { $language } ({ $code }) lacks { $keys }

## Purposes and languages at the kiosk and the staff side (branch i18nkiosk)

purpose-word-notice = notice
language-switched-partly = Language: English, except what stays in { $default ->
    [de] German
    [fr] French
    [es] Spanish
   *[other] English
  }: { $kept }.
language-ticks-cleared-partly = Language: English, except what stays in { $default ->
    [de] German
    [fr] French
    [es] Spanish
   *[other] English
  }: { $kept }. Its text changed, so please tick again: { $purposes }.
init-q-languages = Languages the kiosk offers (en, de, fr, es; comma-separated, English among them)

## What verify (and import) says of a batch file's form rather than its records (branch i18nlast)

vf-too-large = { $path } is { $size } bytes, more than the { $limit } a batch's { $what ->
    [sums] SHA256SUMS
    [manifest] manifest
    [signature] signature
   *[policies] policy texts
  } can be
vf-sums = { $path } { $problem }
vf-signature-format = { $path } is not a minisign signature: { $detail }
vf-legacy-signature = { $path } is a legacy minisign signature (not prehashed); leadbooth batches are signed prehashed and legacy signatures are refused
vf-manifest = { $path } is not a valid manifest: { $detail }
vf-format = { $path } has format { $found }; this leadbooth reads { $current } (and { $older })
vf-manifest-field = { $path }: { $field } { $detail }
vf-trusted-comment = { $path }: trusted comment { $found } does not match manifest.json (expected { $expected })
vf-form = { $path } { $detail }
vf-count = { $manifest } says { $field } { $expected } but { $path } has { $found }
vf-count-leads = { $count } leads
vf-count-records = { $count } records
vf-count-rows = { $count } data rows
vf-sums-empty = is empty
vf-sums-crlf = line { $line } ends with CR LF (Windows line endings); the file must keep the \n line ends it was signed with
vf-sums-no-final-newline = the last line does not end with a newline (trailing garbage?)
vf-sums-malformed = line { $line } is not `<64 lowercase hex digits>  <file name>`
vf-sums-unknown-name = line { $line } names { $name }, which is not a file of a leadbooth batch
vf-sums-duplicate = line { $line } lists { $name } a second time
vf-sums-out-of-order = line { $line } lists { $name } out of order (expected { $expected })
vf-sums-missing = does not list { $name }
vf-line-empty = is empty
vf-line-white-space = starts with white space
vf-line-more = has more after its record (a second record, white space or CR)
vf-line-not-a-record = is not a record
vf-line-too-long = is longer than { $limit } bytes, the longest line a batch may hold
vf-line-policy-too-long = is longer than { $limit } bytes, the longest line of policy texts a batch may hold
vf-line-no-newline = does not end with a newline (trailing garbage?)
vf-line-not-json = is not JSON: { $error }
vf-line-parser = { $error } (column { $column })
vf-not-exact-form = is not in the form leadbooth writes: it differs at byte { $byte } (white space, key order, escapes, a time's spelling, or a field added or left out); the line was changed after export
vf-policy-not-named = policy { $sha256 } is not a policy version of manifest.json
vf-policy-twice = policy { $sha256 } is there twice
vf-policy-missing = the text of policy version { $sha256 } (named in manifest.json) is not there
vf-sig-not-utf8 = it is not UTF-8 text
vf-sig-crlf = it has CR LF (Windows) line endings; it must keep its \n line ends
vf-sig-lines = it must be exactly 4 lines ending in a newline, it has { $lines }
vf-sig-lines-no-newline = it must be exactly 4 lines ending in a newline, it has { $lines } and no final newline
vf-sig-comment-signature = the trusted comment's signature (line 4) is { $bytes } bytes, not { $want }
vf-manifest-no-format = it has no "format"
vf-field-format-lists = is { $format } but SHA256SUMS lists policies.jsonl
vf-field-format-not-lists = is { $format } but SHA256SUMS does not list policies.jsonl
vf-field-future = { $at } is in the future (more than { $hours } hours after the check at { $now }); check the laptop's clock
vf-field-schema = is { $schema }; a { $format } batch holds leads of schema { $expected }
vf-field-questions-present = is present, but a { $format } manifest has no question wording (it came in { $since })
vf-field-questions-missing = is missing; a { $format } manifest carries the wording of the event's questions
vf-field-question-empty = question { $number } has an empty id or label
vf-field-question-twice = question id { $id } appears twice
vf-field-wording-present = is present, but a { $format } manifest has no wording per language (it came in { $since })
vf-field-wording-missing = is missing; a { $format } manifest carries the event's wording in every language
vf-field-wording-empty = is empty; it names no language
vf-field-language-twice = language { $language } appears twice
vf-field-language-others = { $language }: its purposes or questions are not those of { $first } (the same, in the same order)
vf-field-text-line = { $language }: { $text } must be text on one line of at most { $max } characters
vf-field-text-hash = { $language }: purposes.{ $purpose }.text_sha256 is not the SHA-256 of its text: the wording was changed after it was written
vf-field-seq-zero = is 0; batches count from 1
vf-field-previous-null = is null but seq is { $seq }
vf-field-previous-set = is set but seq is 1
vf-field-previous-hex = is not 64 lowercase hex digits
vf-field-captured-at = does not fit lead_count { $count }
vf-sealed-missing-sidecar = { $path } is missing: an encrypted batch is three files ({ $name }, { $name }.sha256, { $name }.minisig) that travel together
vf-sealed-not-sealed-signature = { $path } is not the signature of an encrypted leadbooth batch (trusted comment { $found })
vf-sealed-signature-of-another = { $path } is the signature of { $names }, not of { $file }: the signature was swapped (or the files renamed); copy this batch's own three files, names unchanged
vf-sealed-truncated = { $path } is truncated: it has { $have } bytes, the signed length is { $want } (an interrupted copy?); copy it again from the booth's USB stick
vf-sealed-longer = { $path } has { $have } bytes, more than the signed { $want }: something was appended to it
vf-sealed-altered = { $path } was altered: it has the signed length but not the signed SHA-256 (a changed or flipped byte); nothing in it can be trusted — copy it again
vf-sealed-forged = { $path } does not verify over { $file }: the encrypted file or the signature's trusted comment was changed after the booth signed it (tampering, not a copy error); do not import it, and ask the booth for its own three files
vf-sealed-not-for-identity = { $path } is not encrypted to the identity in { $identity } ({ $recipient }): it was made for other recipients; use the identity whose age1… line is in the booth's event file
vf-sealed-damaged = { $path } cannot be decrypted: { $detail }
vf-sealed-contents = { $path } decrypts, but does not hold one batch folder: { $detail }
vf-sealed-mismatch = the batch inside { $path } is not the one its signature names: { $detail }
vf-sealed-temp = cannot decrypt { $path } into a private temporary folder: { $error } (TMPDIR chooses where)
vf-sealed-sum-line = must be one line ending in a newline
vf-sealed-sum-form = is not a sha256sum line (<sha256>  <file>)
vf-sealed-sum-names = names { $found }, not { $name }
vf-sealed-sum-mismatch = does not match the signed checksum: it was altered, or it belongs to another copy
vf-sealed-sum-not-utf8 = is not UTF-8 text
vf-sealed-not-age = it is not an age file, or its header was changed
vf-sealed-header-mac = its age header was changed (the header MAC fails)
vf-sealed-cut-short = it ends before its last encrypted chunk (truncated)
vf-sealed-chunk = an encrypted chunk fails authentication (a changed byte, or cut short)
vf-sealed-first-entry = its first entry is { $found }, not the folder { $folder }/
vf-sealed-entry-not-batch-file = { $name } is not one of the batch files
vf-sealed-entry-not-file = { $name } is not a regular file
vf-sealed-entry-twice = { $name } is there twice
vf-sealed-archive-empty = the archive is empty
vf-sealed-bytes-after = there are bytes after the end of the archive
vf-sealed-mismatch-field = manifest.json has { $field } { $inner }, the signature { $outer }
vf-field-unknown-language = unknown language { $language } (the booth speaks en, de, fr, es)
# --- A new user's show day (branch nu10) ---
init-notice-language = The next four sentences are the notice in the event's default language, English ([event] language): write them in English. Another language's notice goes under [translation.<code>.notice]; an attendee who picks a language without one reads these.
language-name-en = English
language-name-de = German
language-name-fr = French
language-name-es = Spanish
language-kept-notice = the notice above
list-semicolon = { $before }; { $after }

## Why a batch could not be written (leadbooth export; the booth's F5)

cli-export-target-missing = export target { $path } does not exist (is the USB stick mounted?)
cli-export-target-not-dir = export target { $path } is not a folder
cli-export-folder-exists = batch folder { $path } already exists but this booth's database has no record of it (an export was interrupted right after writing it, or the database was restored from a backup); move that folder away and export again — its leads will be exported again
cli-export-busy = another export is running on { $path }; wait for it to finish
cli-export-policy-text-missing = leads cite policy version { $sha256 }, whose text this booth does not hold; run any leadbooth command (e.g. `leadbooth leads list`) once with the event file of that policy so its text is recorded, then export again
cli-export-line-too-long = { $what } is { $bytes } bytes as a line of { $file }, more than the { $max } a line of it may hold (the central office would refuse the batch); shorten its notes or answers (F2, then e, in the booth)
cli-export-partial-left = { $cause }; the incomplete folder { $partial } could not be removed ({ $cleanup }): delete it

## An event file's rules, said in the staff language (branch i18ncfg): src/config/rule.rs
## ConfigRule and src/recipients.rs RecipientRule, said by src/cli/reasons.rs config().
## Quoted values ($value, $url, $code...) come quoted as the event file wrote them.

cli-config-key-line = { $key } (line { $line })
cli-config-not-utf8 = cannot read event file { $path }: not UTF-8 text (at byte { $byte })
cli-config-policy-not-utf8 = policy file is not UTF-8 text (byte { $byte } is invalid)
cli-config-policy-empty = policy file is empty
cli-config-rule-event-id = { $value } must be lowercase letters, digits and '-'
cli-config-rule-id = { $value } must be lowercase letters, digits and '_'
cli-config-rule-id-twice = { $value } is used twice
cli-config-rule-non-empty-line = must be non-empty text on one line
cli-config-rule-name-line = must be a name on one line
cli-config-rule-short-line = must be a word or two on one line
cli-config-rule-text-line = must be text on one line
cli-config-rule-url-line = must be a URL on one line
cli-config-rule-not-web-url = { $url } must be an http:// or https:// address (a phone opens it from the QR code)
cli-config-rule-too-long = is { $found } { $unit ->
        [entries] entries
        [bytes] bytes
       *[chars] characters
    }, more than the { $max } { $unit ->
        [entries] a list
       *[chars] it
    } may have
cli-config-rule-longer-than = is longer than { $max } characters
cli-config-rule-no-purpose = at least one purpose is needed
cli-config-rule-required-consent = purpose { $purpose } is a consent (legal_basis "consent") and a consent is never a condition of saving: make it optional, or give it a legal_basis other than consent (e.g. "legitimate_interest" for a notice acknowledgement)
cli-config-rule-text-no-choices = a text question takes no choices
cli-config-rule-choices-needed = a single or multiple choice question needs choices
cli-config-rule-language-tag = { $value } is not a language tag like "en" or "de-CH"
cli-config-rule-months = must be at least 1 (leave it out for no expiry)
cli-config-rule-not-a-date = { $value } is not a date like 2026-11-30
cli-config-rule-not-shipped = { $value } is not a language the booth speaks (it ships { $shipped })
cli-config-rule-language-twice = { $code } is listed twice
cli-config-rule-no-language = lists no language; leave it out to offer every one ({ $shipped })
cli-config-rule-default-left-out = must include the event's default language { $code } (event.language): its wording fills every gap
cli-config-rule-default-left-out-written = must include the event's default language { $code } (event.language = { $written }): its wording fills every gap
cli-config-rule-choice-count = has { $found } choices; the question has { $expected } (the same, in the same order)
cli-config-recipient-in-event = event file { $path }: line { $line }: { $key }: { $rule }
cli-config-recipient-in-file = recipients file { $path } (from event file { $event }): line { $line }: { $key }: { $rule }
cli-config-recipient-secret = is a secret age identity, not a recipient: remove it from this file now, keep it only at the office, and put its public age1… line here instead
cli-config-recipient-not-one = { $value } is not an age X25519 recipient ({ $detail }); a recipient is the age1… line `leadbooth identity new` printed
cli-config-recipient-none = holds no recipient: put the age1… line(s) of the central team's identity here
cli-config-recipient-twice-event = { $recipient } is listed twice (first at event file { $path } line { $line })
cli-config-recipient-twice-file = { $recipient } is listed twice (first at recipients file { $path } line { $line })
cli-config-recipients-too-large = it is larger than { $max } bytes; a recipients file holds a few age1… lines

## Event-file rules added by the languages adversary review (branch adv18):
## src/config/rule.rs TranslationCode … ChoiceWordedAlike.
cli-config-rule-translation-code = name the language by its code as written, [translation.{ $code }]: one table per language
cli-config-rule-translation-of-default = is the event's default language (event.language = { $written }): its wording is the file's own [[purpose]], [[question]] and [notice]; a translation of it is never shown
cli-config-rule-shown-otherwise = contains the invisible or direction-changing character { $code } at position { $position }; the screen would not show it as written, and a consent records its wording as written
cli-config-rule-purpose-alike = is worded as { $other } ({ $language }): the attendee could not tell the two boxes apart, and a tick meant for one would be recorded for the other
cli-config-rule-choice-alike = is worded as { $other } ({ $language }): the answer is kept by its place in the list, and the attendee could not tell the two apart
## A file or folder the operating system refused (branch i18nio; src/batch/action.rs):
## what leadbooth was doing, the file, then the operating system's own words

io-create = cannot create { $path }: { $error }
io-create-folder = cannot create folder { $path }: { $error }
io-write = cannot write { $path }: { $error }
io-read = cannot read { $path }: { $error }
io-read-staged = cannot read the staged { $path }: { $error }
io-encrypt = cannot encrypt { $path }: { $error }
io-start-writing = cannot start writing { $path }: { $error }
io-rename-into-place = cannot rename the finished batch into place as { $path }: { $error }
io-sync-folder = cannot sync folder { $path }: { $error }
io-open-export-target = cannot open export target { $path }: { $error }
io-remove-staging-folder = cannot remove staging folder { $path }: { $error }
io-open-lock-file = cannot open lock file { $path }: { $error }
io-lock = cannot lock { $path }: { $error }
io-set-mode = cannot set the mode of { $path }: { $error }
io-restrict = cannot restrict { $path }: { $error }
io-key-audit = the device key { $key } was created, but the audit log could not record it: { $error }
io-key-signing = signing: { $detail }
io-key-generating = generating the key pair: { $detail }
io-export-passphrase-not-set = the device key { $path } is encrypted and { $env } is not set
io-export-plaintext-on-laptop = refusing to write a plain-text batch into { $target }, inside the data dir { $data }: with recipients configured, every batch kept on this laptop is encrypted. Write the plain-text batch to removable media with --out DIR, or leave out --plaintext
io-pin-length = the PIN must be { $min } to { $max } characters
io-pin-characters = the PIN must be printable characters without leading or trailing spaces
io-pin-bad-hash = the stored kiosk PIN hash is damaged: set the PIN again with `leadbooth kiosk set-pin`
io-qr-empty-url = the QR code's URL is empty
io-qr-control = the QR code's URL contains a control character U+{ $code } at character { $index }
io-qr-too-long = the URL is too long for a QR code: { $len } bytes, while a QR code at error-correction level M holds at most { $max } (keep policy URLs short so phones read them easily)
io-qr-encode = cannot encode the URL as a QR code: { $detail }
io-qr-module-size = QR module size { $size } px is out of range (1 to { $max } px)
io-qr-write = cannot write QR code file { $path }: { $error }
io-qr-write-png = cannot write QR code PNG { $path }: { $error }
io-rights-not-a-person = { $value } is neither an email address nor a phone number
io-rights-remove = cannot remove the batch copy { $path }: { $error }

## The booth database's refusals at the command line (branch i18nio; cli::reasons::store)

store-corrupt = database { $path } is damaged or is not a leadbooth database ({ $detail }); it was left untouched — keep a copy and run `leadbooth doctor`
store-other-kind = its application id is { $found }, not the { $expected } of the kind of database expected here (booth and central databases are not interchangeable)
store-damaged = database { $path } failed its integrity check ({ $problem }); nothing was written to it. Reading still works (leads list, leads show) and `leadbooth export --out DIR` saves what is readable as a batch; run `leadbooth doctor` for how to set the damaged file aside
store-read-only = database { $path } is read-only ({ $error }): reading commands (leads list, leads show) work, but nothing can be saved; make the data dir writable to capture or change leads
store-too-new = database { $path } has schema version { $found }, newer than this leadbooth knows ({ $known }); it was left untouched — use a newer leadbooth
store-no-such-lead = no lead with id { $id }
store-erased = lead { $id } was erased at { $at }; nothing is left to change
store-not-recorded = lead { $id }: consent { $purpose } is not recorded on this lead
store-not-granted = lead { $id }: consent { $purpose } was not granted
store-already-withdrawn = lead { $id }: consent { $purpose } was already withdrawn at { $at }
store-duplicate-lead = lead { $id } already exists
store-seq-taken = batch seq { $seq } was recorded by another export meanwhile (latest is { $latest })
store-bad-erasure = database: stored erasure of lead { $id } is damaged: { $detail }
store-bad-row = database { $path }: lead { $id }: stored { $field } is damaged: { $detail }

## The booth database's steps (branch i18nstore; StoreError::Sqlite in src/store.rs): what the
## store was doing when SQLite failed, SQLite's own words after it.
# $path: the database file; $doing: store-doing; $error: SQLite's words as it gives them.
store-sqlite = database { $path }: { $doing }: { $error }
# What the booth database was doing ($doing: the English phrase as a key, see StoreError::step_key;
# $phrase: the English phrase, shown for one this file does not know yet).
store-doing = { $doing ->
        [building-the-search-index] building the search index
        [checking-integrity] checking integrity
        [committing-save] committing save
        [counting-attendees] counting attendees
        [counting-erased-leads] counting erased leads
        [counting-leads] counting leads
        [counting-leads-on-file] counting leads on file
        [counting-leads-to-export] counting leads to export
        [counting-other-events-leads] counting other events' leads
        [deleting-draft] deleting draft
        [editing-lead] editing lead
        [enabling-wal] enabling WAL
        [enabling-foreign-keys] enabling foreign keys
        [enabling-secure-delete] enabling secure_delete
        [ending-the-export-snapshot] ending the export snapshot
        [erasing-lead] erasing lead
        [finding-leads-past-retention] finding leads past retention
        [finding-the-batches-that-hold-a-lead] finding the batches that hold a lead
        [importing-attendees] importing attendees
        [looking-for-the-same-person] looking for the same person
        [looking-up-attendee] looking up attendee
        [migrating] migrating
        [opening] opening
        [opening-read-only] opening read-only
        [purging-the-attendee-list] purging the attendee list
        [reading-application-id] reading application id
        [reading-audit-log] reading audit log
        [reading-batches] reading batches
        [reading-consent] reading consent
        [reading-consent-history] reading consent history
        [reading-consent-row] reading consent row
        [reading-consents] reading consents
        [reading-device-id] reading device id
        [reading-draft] reading draft
        [reading-lead] reading lead
        [reading-lead-row] reading lead row
        [reading-leads] reading leads
        [reading-policy-text] reading policy text
        [reading-policy-texts] reading policy texts
        [reading-policy-versions] reading policy versions
        [reading-schema] reading schema
        [reading-schema-version] reading schema version
        [reading-search-index-state] reading search index state
        [reading-setting] reading setting
        [reading-the-data-version] reading the data version
        [reading-the-figures] reading the figures
        [reading-what-to-export] reading what to export
        [recording-a-removed-batch-copy] recording a removed batch copy
        [recording-policy-version] recording policy version
        [recording-the-batch] recording the batch
        [saving-draft] saving draft
        [saving-lead] saving lead
        [searching-leads] searching leads
        [selecting-leads-to-export] selecting leads to export
        [setting-application-id] setting application id
        [setting-busy-timeout] setting busy timeout
        [setting-synchronous-full] setting synchronous=FULL
        [starting-save] starting save
        [starting-the-export] starting the export
        [updating-the-lead-captured-again] updating the lead captured again
        [withdrawing-consent] withdrawing consent
        [writing-audit-log] writing audit log
        [writing-setting] writing setting
        [writing-the-audit-log] writing the audit log
       *[other] { $phrase }
    }

## What makes a database file unusable, found by leadbooth itself (src/store.rs Damage);
## SQLite's own words stay its own.
store-damage-one-byte = file is not a database
store-damage-log-empty-file = the file is empty, but its write-ahead log { $wal } holds { $bytes } bytes that may be leads
store-damage-log-no-file = the file is missing, but its write-ahead log { $wal } holds { $bytes } bytes that may be leads
store-damage-no-schema-version = it has tables but no leadbooth schema version
store-damage-schema-version = schema version { $found }, not this build's { $expected }: read-only, it cannot be upgraded
