# Command-line help messages: en (Fluent). Each id is in exactly one file of i18n/en/.
#
# The command line's help (`leadbooth --help`, `-h`, `help CMD`) and the
# completions' descriptions, in the staff language (src/cli/help.rs). This file
# is the one English source: the clap definitions carry no text. Ids follow the
# command path: help-<command…> (its about; -long: its long about, optional),
# help-<command…>-arg-<argument> (-long optional), help-value-<argument>-<value>;
# the program's own and its global arguments are help-leadbooth….

## clap's own words: headings, its flags, what it adds after an argument's help
help-clap-usage = Usage:
help-clap-commands = Commands:
help-clap-arguments = Arguments:
help-clap-options = Options:
help-clap-help = Print help
help-clap-help-more = Print help (see more with '--help')
help-clap-help-summary = Print help (see a summary with '-h')
help-clap-version = Print version
help-clap-help-command = Print this message or the help of the given subcommand(s)
help-clap-help-command-arg = Print help for the subcommand(s)
help-clap-default = [default: { $value }]
help-clap-env = [env: { $variable }]
help-clap-possible-values = [possible values: { $values }]
help-clap-possible-values-heading = Possible values:

## leadbooth
help-leadbooth = Offline trade-show booth lead capture with explicit per-purpose consent and signed, checksummed export batches
help-leadbooth-arg-data-dir = Data dir holding leadbooth.sqlite3, keys/ and exports/ [default: the platform data dir]
help-leadbooth-arg-config = Event file (TOML) [default: event.toml in the platform config dir, else the built-in demo event]
help-leadbooth-arg-staff = Who is capturing: recorded as "captured by" [default: picker or the OS user]
help-leadbooth-arg-no-color = No colours (also when NO_COLOR is set)
help-leadbooth-arg-theme = The booth's look: color, or high-contrast for people who read a low-contrast screen badly [default: the event's [kiosk] theme in kiosk mode, else color]
help-value-theme-color = The colour palette
help-value-theme-high-contrast = Bright text on black, bold; focus, the choice under the cursor and the selected row reversed and underlined
help-leadbooth-arg-kiosk = Attendee self-service mode: no lead list, staff PIN to leave

## leadbooth leads
help-leads = List, show, add, erase leads

## leadbooth leads list
help-leads-list = One line per lead, oldest first (--json: one JSON object per line)
help-leads-list-arg-json = JSON Lines in the export schema

## leadbooth leads show
help-leads-show = One lead in full
help-leads-show-arg-id = Lead id (the full UUID, or a unique prefix of at least 8 characters)
help-leads-show-arg-json = The lead as one JSON object

## leadbooth leads add
help-leads-add = Add leads from JSON Lines in the export schema (FILE, or - for stdin); all or nothing
help-leads-add-arg-file = Input file; `-` or nothing reads standard input

## leadbooth leads erase
help-leads-erase = Right to erasure: remove the lead's personal data, keep a tombstone, send the erasure with the next batch
help-leads-erase-arg-id = Lead id (full, or a unique prefix of at least 8 characters)
help-leads-erase-arg-person = Every lead of the person with this email address or phone number

## leadbooth leads find
help-leads-find = Access: every lead of a person, found by email address or phone number (case and accents ignored), in full
help-leads-find-arg-person = The person's email address or phone number
help-leads-find-arg-json = JSON Lines in the export schema (an access request's answer)

## leadbooth leads withdraw
help-leads-withdraw = Record that the attendee withdrew a consent (kept in history, sent with the next batch)
help-leads-withdraw-arg-id = Lead id (full, or a unique prefix of at least 8 characters)
help-leads-withdraw-arg-person = Every lead of the person with this email address or phone number that granted the purpose
help-leads-withdraw-arg-purpose = The purpose withdrawn, e.g. marketing_email

## leadbooth leads purge
help-leads-purge = Retention: erase leads exported more than the event's retention_days ago
help-leads-purge-arg-dry-run = Only say what would be purged

## leadbooth policy
help-policy = Show the privacy policy or write its QR code

## leadbooth policy show
help-policy-show = Print the policy text, its version (SHA-256), last-updated date and URL

## leadbooth policy qr
help-policy-qr = Write the QR code to the policy URL for booth signage
help-policy-qr-arg-svg = Write an SVG file (scales to any print size)
help-policy-qr-arg-png = Write a PNG file, print-ready at 300 dpi

## leadbooth attendees
help-attendees = Load the pre-registered attendee list for badge-ID lookup

## leadbooth attendees import
help-attendees-import = Load a registration list (CSV with header: badge_id, first_name, last_name, email, company, job_title, phone, country, also spelled "Badge ID", "First Name", "E-Mail" ..., in any case); rows with a bad field are skipped and reported with their line and column
help-attendees-import-arg-file = The CSV file (UTF-8, RFC 4180; separated by commas, semicolons or tabs)

## leadbooth attendees purge
help-attendees-purge = Remove the whole attendee list now (it is also removed automatically attendee_list_days after the event's last_day)

## leadbooth kiosk
help-kiosk = Kiosk settings: the staff PIN

## leadbooth kiosk set-pin
help-kiosk-set-pin = Set the staff PIN (asked twice on a terminal; one line from stdin otherwise)

## leadbooth stats
help-stats = This laptop's figures: leads per hour today, per staff member, ratings, consent per purpose, what is not exported
help-stats-arg-json = One JSON object (format leadbooth-stats/1)
help-stats-arg-day = The day shown by the hour, YYYY-MM-DD [default: today]

## leadbooth export
help-export = Write a signed batch of the leads that are new since the last batch
help-export-arg-out = Folder to create the batch folder in [default: the event's export_dir, else exports/ in the data dir]
help-export-arg-all = Export every lead of the event again as a new batch, not only what is new or changed
help-export-arg-plaintext = Write the plain batch folder even though the event names recipients (on purpose only; refused into the data dir: a batch kept on this laptop is always encrypted)

## leadbooth verify
help-verify = Check a batch: exit 0 only if signature, checksums and manifest hold
help-verify-arg-batch-dir = The batch folder (<event>-<device>-<seq>), or the encrypted batch (<event>-<device>-<seq>.tar.age)
help-verify-arg-pubkey = The device's public key (its device.pub, minisign format); a folder is read as --trust
help-verify-arg-trust = The office's trust folder (every laptop's *.pub, as for `import`): the batch is checked with the key its signature names, which must be one of them
help-verify-arg-identity = The office's age identity (from `leadbooth identity new`), to decrypt an encrypted batch; the plaintext goes to a private temporary folder that is removed afterwards

## leadbooth import
help-import = Central side: verify batches from trusted laptops and merge them into one database
help-import-arg-batches = Batch folders or encrypted batches (….tar.age), in any order (imported in device and seq order)
help-import-arg-identity = The office's age identity (from `leadbooth identity new`), to decrypt encrypted batches; each is decrypted into a private temporary folder, removed once it is imported
help-import-arg-trust = Folder of trusted public keys (*.pub, minisign format), one per booth laptop
help-import-arg-into = The central store: an SQLite file (created if missing) or a PostgreSQL server, postgres://USER@HOST[:PORT]/DATABASE (its tables are created if missing; the password from PGPASSWORD, or the URL in LEADBOOTH_CENTRAL, keeps it off the command line)
help-import-arg-allow-gaps = Import batches even when earlier ones of their laptop are missing; the gap is recorded and checked against both neighbours when the missing batch arrives
help-import-arg-rebind = A laptop whose signing key was replaced on purpose (`keys init --force`): its device is bound to the key of its next batch here instead of being refused (repeat for each device)
help-import-arg-purge-older-than = Central retention with every import: after the batches, remove the contacts whose last capture is older than DAYS (as `central purge --older-than DAYS`), before the CRM file is written
help-import-arg-csv = Also write the merged contacts as a CRM import file (atomically), with a suppression file of the contacts to delete or unsubscribe since the previous one
help-import-arg-profile = Column names of the CSV
help-value-profile-hubspot = HubSpot contact import
help-value-profile-salesforce = Salesforce Data Import Wizard (leads)
help-import-arg-changed-only = Only the contacts that changed since the previous CRM file (all of them when there was none)
help-import-arg-suppressions = The suppression file [default: OUT's name with -suppressions.csv]

## leadbooth report
help-report = Central office: the show report, one HTML file per event (inline charts, no network), --json for the figures
help-report-arg-into = The central store: an SQLite file or a PostgreSQL server, postgres://USER@HOST[:PORT]/DATABASE (the password from PGPASSWORD, or the URL in LEADBOOTH_CENTRAL)
help-report-arg-event = Only this event (its id, e.g. demo-2026) [default: every event on file]
help-report-arg-out = Folder the HTML files are written into [default: the current folder; with --json, none is written unless --out is given]
help-report-arg-json = Print the figures as JSON, one object per event per line (format leadbooth-report/1)
help-report-arg-within-days = "Near" expiry or retention date: within this many days from now
help-report-arg-retention-days = List records whose retention date (capture + DAYS) is near or past

## leadbooth central
help-central = Central office: a person's rights by email address (show, erase, withdraw), retention, the CRM files, and a receipt number's lead

## leadbooth central receipt
help-central-receipt = Find the lead (and its contact) an attendee's receipt number names
help-central-receipt-arg-id = The receipt number, as the attendee's receipt shows it (case, spaces and dashes do not matter)
help-central-receipt-arg-into = The central store: an SQLite file or a PostgreSQL server, postgres://USER@HOST[:PORT]/DATABASE (the password from PGPASSWORD, or the URL in LEADBOOTH_CENTRAL)
help-central-receipt-arg-json = One JSON object per lead found

## leadbooth central show
help-central-show = Access: everything the central database holds about a person (--json for an access request)
help-central-show-arg-email = The person's email address (case ignored)
help-central-show-arg-into = The central store: an SQLite file or a PostgreSQL server, postgres://USER@HOST[:PORT]/DATABASE (the password from PGPASSWORD, or the URL in LEADBOOTH_CENTRAL)
help-central-show-arg-json = One JSON object

## leadbooth central erase
help-central-erase = Erasure: remove a person's contact and every source lead from every laptop, and keep a tombstone (a hash of the address) so later batches do not bring them back
help-central-erase-arg-email = The person's email address (case ignored)
help-central-erase-arg-into = The central store: an SQLite file or a PostgreSQL server, postgres://USER@HOST[:PORT]/DATABASE (the password from PGPASSWORD, or the URL in LEADBOOTH_CENTRAL)

## leadbooth central withdraw
help-central-withdraw = Withdrawal: withdraw a purpose for a person on every laptop's leads, now and for leads of theirs that later batches bring (consented before now); the next suppression file unsubscribes them
help-central-withdraw-arg-email = The person's email address (case ignored)
help-central-withdraw-arg-purpose = The purpose withdrawn, e.g. marketing_email
help-central-withdraw-arg-into = The central store: an SQLite file or a PostgreSQL server, postgres://USER@HOST[:PORT]/DATABASE (the password from PGPASSWORD, or the URL in LEADBOOTH_CENTRAL)

## leadbooth central crm
help-central-crm = Write the CRM file and its suppression file without importing a batch (e.g. after `central erase`)
help-central-crm-arg-into = The central store: an SQLite file or a PostgreSQL server, postgres://USER@HOST[:PORT]/DATABASE (the password from PGPASSWORD, or the URL in LEADBOOTH_CENTRAL)
help-central-crm-arg-csv = Also write the merged contacts as a CRM import file (atomically), with a suppression file of the contacts to delete or unsubscribe since the previous one
help-central-crm-arg-profile = Column names of the CSV
help-central-crm-arg-changed-only = Only the contacts that changed since the previous CRM file (all of them when there was none)
help-central-crm-arg-suppressions = The suppression file [default: OUT's name with -suppressions.csv]

## leadbooth central purge
help-central-purge = Central retention: remove contacts whose last capture is older than DAYS
help-central-purge-arg-older-than = Keep contacts captured within this many days
help-central-purge-arg-into = The central store: an SQLite file or a PostgreSQL server, postgres://USER@HOST[:PORT]/DATABASE (the password from PGPASSWORD, or the URL in LEADBOOTH_CENTRAL)

## leadbooth keys
help-keys = The device signing key: init, show, pubkey

## leadbooth keys init
help-keys-init = Create the device signing key pair in keys/ (refuses to replace one without --force); on a terminal it offers a passphrase (typed twice; Enter for none)
help-keys-init-arg-passphrase = Encrypt the secret key with a passphrase (from LEADBOOTH_KEY_PASSPHRASE, else typed twice); export then needs it too
help-keys-init-arg-no-passphrase = Do not offer a passphrase: the key is protected by its file mode only (unattended export)
help-keys-init-arg-force = Replace an existing key: the old device.pub will no longer verify new batches

## leadbooth keys show
help-keys-show = Key id, creation time, protection and where the public key is

## leadbooth keys pubkey
help-keys-pubkey = Print the public key file (minisign format) to hand to the central team

## leadbooth identity
help-identity = Central office: the age identity that decrypts encrypted batches

## leadbooth identity new
help-identity-new = Make a new X25519 identity in FILE (mode 0600; never overwrites) and print its recipient
help-identity-new-arg-file = Where the identity goes, e.g. office.age.key (keep it at the office, backed up)

## leadbooth identity recipient
help-identity-recipient = Print the recipient(s) (age1…) of an existing identity file
help-identity-recipient-arg-file = The identity file

## leadbooth doctor
help-doctor = Check this laptop is ready: data dir, database, free space, key, event, terminal
help-doctor-arg-json = Print the checks as a JSON array (id, status, message, fix) for scripts
help-doctor-arg-strict = Exit 1 on warnings too, not only on failures

## leadbooth init-event
help-init-event = Write a commented example event file to start a show's configuration
help-init-event-arg-file = Where to write it; `-` writes to standard output
help-init-event-arg-force = Overwrite FILE if it exists
help-init-event-arg-ask = Ask for the controller and the notice even when standard input is not a terminal (one answer per line); without it they are asked only on a terminal
help-init-event-arg-no-input = Do not ask: write the example values, to edit by hand

## leadbooth completions
help-completions = Print a shell completion script (bash, zsh, fish, elvish, powershell)
help-completions-arg-shell = The shell to write a completion script for

## leadbooth manpage
help-manpage = Print the manual page (roff)
