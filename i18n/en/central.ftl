# Central office messages: en (Fluent). Each id is in exactly one file of i18n/en/.

## The import's refusals and the trust folder (src/import.rs, said by src/cli/reasons.rs)

central-fork = FORK in the chain of device { $device } at seq { $seq }: { $detail }. This device's history exists in two versions (a restored backup, a copied data dir, or tampering); nothing from this batch was imported — find out which laptop wrote it before going on
central-fork-same-batch-id = batch id { $batch } was already imported from { $folder } with different content
central-fork-same-seq = a different batch with this seq was already imported from { $folder }
central-fork-previous = its previous ({ $previous }) is not the SHA-256 of SHA256SUMS of seq { $below } imported from { $folder } ({ $hash })
central-fork-next = seq { $next } imported from { $folder } names previous { $previous }, but this batch's SHA256SUMS hashes to { $hash }
central-device-key = device { $device } is bound to key { $bound } ({ $bound_file }) (the key of its first imported batch); this batch is signed by key { $signed } ({ $signed_file }). A laptop's batches are all signed by its own key, so one laptop cannot write into another's history; if this laptop's key was replaced on purpose, import again with --rebind { $device }
central-key-left-trust = no longer in the trust folder
central-not-owner = { $path } line { $line }: { $kind ->
        [erasure] erasure
       *[withdrawal] withdrawal
    } of lead { $lead }, which belongs to device { $owner }: a batch may erase or withdraw only its own laptop's leads (the laptop that captured the lead sends its erasures and withdrawals); nothing from this batch was imported
central-database = { $error }; nothing from this batch was imported
central-contended = { $error }; tried { $attempts } times while other imports ran into the same database, and nothing from this batch was imported — import it again when they are done
central-rule-lead = lead { $lead }: { $rule }
central-rule-in-future = { $field } { $at } is in the future (more than { $hours } hours after the check at { $now }); check the laptop's clock
central-rule-other-device = device_id { $device } is not the batch's device { $batch_device }
central-rule-not-a-purpose = purpose { $purpose } is not a purpose id
central-rule-control = { $field } contains control character U+{ $code } at position { $position }
central-trust-unreadable = trust dir { $path } cannot be read: { $error }
central-trust-two-files = trust dir { $path } holds two public keys with key id { $key }: { $first } and { $second }; keep one file per laptop key (remove the copy)
central-trust-no-keys = trust dir { $path } holds no *.pub public key files: put each booth laptop's keys/device.pub there (renamed, e.g. laptop-1.pub)
central-key-invalid = { $what ->
        [public] { $path } is not a minisign public key: { $detail }
        [secret] { $path } is not a minisign secret key: { $detail }
       *[file] { $path } is not a minisign key file: { $detail }
    }
central-key-too-large = { $path } is not a minisign key file: it has { $size } bytes; a key file has a few hundred

## The central database's errors (src/central/mod.rs CentralError, said by src/cli/reasons.rs;
## the driver's own message, $error or $detail, stays as SQLite or PostgreSQL give it)

central-db-error = database { $db }: { $doing }: { $error }
central-db-url = --into: not a usable PostgreSQL URL ({ $detail }); expected postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE
central-url-no-host = no host: give postgres://user@host/database
central-url-no-database = no database name: give postgres://user@host/database

## --into and its password, a database without the schema (branch nu11pg)
central-url-scheme = it begins "{ $begins }", not postgres:// or postgresql://
central-url-password-argv = --into holds a password, which other users of this computer can see (ps) and the shell history keeps: put the URL in LEADBOOTH_CENTRAL, or leave the password out of it and set PGPASSWORD
central-url-two-ats = more than one @: write an @, /, : or # in the user or password as %40, %2F, %3A, %23, or give the password in PGPASSWORD
central-db-no-schema = database { $db }: it holds no leadbooth tables (no batch was imported into it): check the database name; the first import creates them
central-csv-no-folder = cannot write CSV { $path }: folder { $folder } does not exist; nothing was imported

central-db-too-new = database { $db }: its schema is version { $found }, newer than this leadbooth knows ({ $known }); upgrade leadbooth — nothing was changed
central-db-migration = database { $db }: migrating the schema: { $detail }
central-db-bad-row = database { $db }: { $row }: stored { $field } is damaged: { $detail }
central-csv-write = cannot write CSV { $path }: { $error }
central-person-not-an-email = { $value } is not an email address
central-person-unknown-purpose = --purpose { $purpose } is not a consent purpose of any imported lead (known: { $known })
# What was being done when the database failed ($doing: the phrase as a key; $phrase: the
# English phrase, shown for one this file does not know yet).
central-doing = { $doing ->
        [committing-the-batch] committing the batch
        [connecting] connecting
        [counting-contacts] counting contacts
        [creating-a-contact] creating a contact
        [creating-contacts] creating contacts
        [erasing-a-person] erasing a person
        [erasing-the-lead] erasing the lead
        [filling-the-gap] filling the gap
        [finding-contacts-merged-by-older-rules] finding contacts merged by older rules
        [looking-up-the-batch-id] looking up the batch id
        [looking-up-the-batch] looking up the batch
        [looking-up-the-contact] looking up the contact
        [looking-up-the-contacts] looking up the contacts
        [looking-up-the-receipt] looking up the receipt
        [making-the-staging-tables] making the staging tables
        [migrating-the-schema] migrating the schema
        [preparing-a-statement] preparing a statement
        [purging-contacts-past-retention] purging contacts past retention
        [queueing-a-suppression] queueing a suppression
        [reading-crm-files] reading CRM files
        [reading-a-policy-text] reading a policy text
        [reading-consent-wording] reading consent wording
        [reading-contacts] reading contacts
        [reading-erased-people] reading erased people
        [reading-erasures] reading erasures
        [reading-purposes] reading purposes
        [reading-recorded-gaps] reading recorded gaps
        [reading-suppressions] reading suppressions
        [reading-the-events] reading the events
        [reading-the-lead] reading the lead
        [reading-the-schema-version] reading the schema version
        [reading-withdrawals] reading withdrawals
        [recording-consent-wording] recording consent wording
        [recording-purposes] recording purposes
        [recording-the-crm-file] recording the CRM file
        [recording-the-batch] recording the batch
        [recording-the-device] recording the device
        [recording-the-erasure] recording the erasure
        [recording-the-gap] recording the gap
        [recording-the-withdrawal] recording the withdrawal
        [removing-the-contact] removing the contact
        [saving-the-lead] saving the lead
        [saving-the-leads] saving the leads
        [setting-cache-size] setting cache size
        [storing-the-policy-text] storing the policy text
        [updating-the-contact] updating the contact
        [updating-the-contacts] updating the contacts
        [withdrawing-the-consent] withdrawing the consent
        [enabling-foreign-keys] enabling foreign keys
        [migrating] migrating
        [opening] opening
        [reading-application-id] reading application id
        [reading-device-id] reading device id
        [reading-schema-version] reading schema version
        [reading-schema] reading schema
        [setting-application-id] setting application id
        [setting-busy-timeout] setting busy timeout
        [enabling-wal] enabling WAL
        [enabling-secure-delete] enabling secure_delete
        [opening-read-only] opening read-only
        [setting-synchronous-full] setting synchronous=FULL
       *[other] { $phrase }
    }

## The HTML show report (src/report/html.rs): headings, labels, chart titles, axis and legend

report-title = { $event } ({ $id }): show report
report-meta = Made { $at } from { $source } by leadbooth { $version }. Days and hours are { $zone }. Erased leads are not counted as leads.
report-leads = leads
report-laptops = laptops
report-staff = staff
report-may-be-contacted = may be contacted ({ $purpose })
report-h-per-day = Leads per day
report-chart-per-day = Leads per day ({ $zone })
report-h-per-hour = Leads per hour of the day
report-chart-per-hour = Leads per hour ({ $zone }, all days)
report-h-per-laptop = Leads per laptop
report-h-per-staff = Leads per staff member
report-col-day = day
report-col-hour = hour
report-col-laptop-id = laptop (device id)
report-col-staff = staff member
report-h-ratings = Rating mix
report-chart-ratings = Ratings
report-col-rating = rating
report-rating = { $rating ->
        [hot] hot
        [warm] warm
        [cold] cold
       *[unrated] unrated
    }
report-h-consent = Consent and refusal per purpose
report-chart-consent = Decisions per purpose
report-granted = granted
report-not-given = not given
report-withdrawn = withdrawn
report-col-purpose = purpose
report-col-recorded = recorded
report-col-consent-pct = consent %
report-col-refusal-pct = refusal %
report-col-withdrawal-pct = withdrawal %
report-h-removals = Withdrawals and erasures over time
report-chart-removals = Erasures and withdrawals per day ({ $zone })
report-erasures = erasures
report-withdrawals = withdrawals
report-total = total
report-h-duplicates = Duplicates merged
report-col-contacts = contacts
report-col-leads-merged = leads merged
report-across-laptops = across laptops
report-same-laptop = on one laptop
report-h-batches = Batches received per laptop
report-col-laptop = laptop
report-col-batches = batches
report-col-seqs = seqs
report-col-last-written = last written
report-col-last-imported = last imported
report-col-missing = missing (gaps)
report-col-late = arrived late
report-none = none
report-h-policy = Privacy: consents by policy version
report-col-policy = policy version (SHA-256)
report-col-purpose-granted = { $purpose } granted
report-h-expiry = Privacy: consents near expiry
report-expiry = Current grants whose validity ends within { $days } days (or has ended):
report-col-lead = lead
report-col-expires = expires
report-h-retention = Privacy: records near their retention date
report-no-retention = No retention period given: run the report with { $flag } to list records near it.
report-retention = Leads kept { $kept } days after capture whose retention date is within { $days } days (or has passed):
report-col-captured = captured
report-col-retain-until = retain until
report-h-crm = Privacy: open requests for the CRM
report-crm = Deletions and unsubscribes queued for the next suppression file ({ $command }), all events:
report-col-contact = contact
report-col-action = action
report-col-reason = reason
report-col-since = since
report-action = { $action ->
        [delete] delete
        [unsubscribe] unsubscribe
       *[other] { $code }
    }
report-reason = { $reason ->
        [erasure] erasure
        [central-erasure] erasure at the central office
        [withdrawal] withdrawal
        [retention] retention period over
        [no-source] no source lead left
       *[other] { $code }
    }
report-nothing-to-chart = Nothing to chart yet.
report-chart-failed = The chart could not be drawn: { $error }
report-others = { $count } others

## Branch i18nrules: a lead's record rules in a batch (src/batch/rules.rs LeadBreak), a policy
## text that does not hold (src/policy.rs PolicyProblem), the central SQLite file's own faults
## (CentralError::Open) and a stored row's detail (src/central/mod.rs RowProblem); said by
## src/cli/reasons.rs. SQLite's and the parsers' own words ($detail, $error) stay as they are.

central-rule-lead-other-device = device_id { $device } is not the batch's device { $batch_device }: a batch carries only its own laptop's leads
central-rule-other-event = event_id { $event } is not the batch's event { $batch_event }
central-rule-schema-ahead = its consent records are of lead schema { $schema } (they name the language asked for), but a { $format } batch holds leads of schema { $batch_schema }
central-policy-hash = the text of policy { $sha256 } does not hash to that SHA-256
central-policy-too-long = { $field } is { $found } { $unit ->
        [bytes] bytes
        [entries] entries
       *[chars] characters
    }, more than the { $max } it may have
central-policy-not-a-date = last_updated { $value } is not a date (YYYY-MM-DD)
central-open-damaged = database { $db } is damaged or is not a leadbooth database ({ $detail }); it was left untouched — keep a copy, and give --into a central database file (or a new file name to start one)
central-open-booth = { $db } is a booth's database, not a central one (booth and central databases are not interchangeable): a booth's leads come to the office as batches — export them on the laptop and import the batch; the file was left untouched
central-open-other-kind = database { $db } is not a leadbooth central database (its application id is { $found }); it was left untouched
central-open-io = cannot create or open database { $db }: { $error }
central-row-unknown = unknown { $what ->
        [method] method
        [action] action
       *[rating] rating
    } { $value }
central-row-no-wording = no consent wording { $id }
central-row-count = { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    } for { $leads ->
        [one] { $leads } lead
       *[other] { $leads } leads
    }
central-row-batch-missing = its batch is missing
central-row-vanished = not found after recording it
# `central receipt`: the language each consent's wording was shown in, and the one asked for
central-receipt-language = language
central-receipt-language-asked = language asked

## The row a damaged central row is named by (branch i18nlast)

central-row-name = { $kind ->
    [lead] lead { $id }
    [contact] contact { $id }
    [batch] batch { $id }
    [suppression] suppression { $id }
    [consent-wording] consent wording of { $id }
    [crm-file] crm file
    [erased-person] erased person
    [person-withdrawal] person withdrawal
    [leads] leads
    [erasure] erasure
    [withdrawal] withdrawal
   *[other] { $id }
  }

## adv18: what the import takes of a batch from an older booth (src/cli/import.rs)

central-import-no-language = { $count ->
    [one] 1 lead comes
   *[other] { $count } leads come
} from a booth that did not record the language of the consent wording: it is kept as not recorded (empty in central show and the CRM file), never guessed
central-import-no-language-asked = { $count ->
    [one] 1 lead comes
   *[other] { $count } leads come
} from a booth that did not record the language the attendee asked for: the language shown is kept, the one asked for as not recorded
