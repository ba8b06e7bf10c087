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
