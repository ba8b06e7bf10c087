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
kiosk-id-not-looked-up = This kiosk does not look badge numbers up: please type your own details below.
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
purpose-share-affiliates = { $organisation } may pass my details to its affiliates, which may be outside the United States.
purpose-share-partners = { $organisation } may share my details with partners it runs seminars, webinars or similar offers with, who may be outside the United States.

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
cli-init-gap = event file { $name }: { $gap }
cli-init-wrote-default = wrote { $name }, the event file leadbooth reads by default: edit it, check it with `leadbooth doctor`, then start the booth with `leadbooth`
cli-init-wrote = wrote { $name }: edit it, check it with `leadbooth --config { $name } doctor`, then start the booth with `leadbooth --config { $name }`
cli-init-or-default = , or save it as { $path } to use it by default

## Show-day leftovers (show16b): a free-text question says it takes typing

text-answer-hint = type your answer here
