# Central office messages: de (Fluent). Each id is in exactly one file of i18n/de/.

## The import's refusals and the trust folder (src/import.rs, said by src/cli/reasons.rs)

central-fork = VERZWEIGUNG in der Kette von Gerät { $device } bei Nr. { $seq }: { $detail }. Die Geschichte dieses Geräts gibt es in zwei Fassungen (eine zurückgespielte Sicherung, ein kopierter Datenordner oder eine Manipulation); nichts aus diesem Stapel wurde importiert — erst klären, welcher Laptop ihn geschrieben hat
central-fork-same-batch-id = Stapel-ID { $batch } wurde schon aus { $folder } mit anderem Inhalt importiert
central-fork-same-seq = ein anderer Stapel mit dieser Nummer wurde schon aus { $folder } importiert
central-fork-previous = sein previous ({ $previous }) ist nicht der SHA-256 der SHA256SUMS von Nr. { $below }, importiert aus { $folder } ({ $hash })
central-fork-next = Nr. { $next }, importiert aus { $folder }, nennt als previous { $previous }, aber die SHA256SUMS dieses Stapels ergeben { $hash }
central-device-key = Gerät { $device } ist an Schlüssel { $bound } ({ $bound_file }) gebunden (den Schlüssel seines ersten importierten Stapels); dieser Stapel ist mit Schlüssel { $signed } ({ $signed_file }) signiert. Alle Stapel eines Laptops sind mit seinem eigenen Schlüssel signiert, damit kein Laptop in die Geschichte eines anderen schreiben kann; wurde der Schlüssel dieses Laptops absichtlich ersetzt, erneut mit --rebind { $device } importieren
central-key-left-trust = nicht mehr im Vertrauensordner
central-not-owner = { $path } Zeile { $line }: { $kind ->
        [erasure] Löschung
       *[withdrawal] Widerruf
    } von Lead { $lead }, der zu Gerät { $owner } gehört: ein Stapel darf nur die Leads seines eigenen Laptops löschen oder widerrufen (Löschungen und Widerrufe schickt der Laptop, der den Lead erfasst hat); nichts aus diesem Stapel wurde importiert
central-database = { $error }; nichts aus diesem Stapel wurde importiert
central-contended = { $error }; { $attempts }-mal versucht, während andere Importe in dieselbe Datenbank schrieben, und nichts aus diesem Stapel wurde importiert — erneut importieren, wenn sie fertig sind
central-rule-lead = Lead { $lead }: { $rule }
central-rule-in-future = { $field } { $at } liegt in der Zukunft (mehr als { $hours } Stunden nach der Prüfung um { $now }); die Uhr des Laptops prüfen
central-rule-other-device = device_id { $device } ist nicht das Gerät { $batch_device } des Stapels
central-rule-not-a-purpose = Zweck { $purpose } ist keine Zweck-ID
central-rule-control = { $field } enthält das Steuerzeichen U+{ $code } an Position { $position }
central-trust-unreadable = Vertrauensordner { $path } ist nicht lesbar: { $error }
central-trust-two-files = Vertrauensordner { $path } enthält zwei öffentliche Schlüssel mit der Schlüssel-ID { $key }: { $first } und { $second }; nur eine Datei pro Laptop-Schlüssel behalten (die Kopie entfernen)
central-trust-no-keys = Vertrauensordner { $path } enthält keine *.pub-Dateien mit öffentlichen Schlüsseln: die keys/device.pub jedes Messe-Laptops dort ablegen (umbenannt, z. B. laptop-1.pub)
central-key-invalid = { $what ->
        [public] { $path } ist kein öffentlicher minisign-Schlüssel: { $detail }
        [secret] { $path } ist kein geheimer minisign-Schlüssel: { $detail }
       *[file] { $path } ist keine minisign-Schlüsseldatei: { $detail }
    }
central-key-too-large = { $path } ist keine minisign-Schlüsseldatei: sie hat { $size } Bytes, eine Schlüsseldatei nur einige hundert

## The central database's errors (src/central/mod.rs CentralError, said by src/cli/reasons.rs;
## the driver's own message, $error or $detail, stays as SQLite or PostgreSQL give it)

central-db-error = Datenbank { $db }: Fehler { $doing }: { $error }
central-db-url = --into: keine brauchbare PostgreSQL-URL ({ $detail }); erwartet wird postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE
central-url-no-host = kein Host: postgres://user@host/database angeben
central-url-no-database = kein Datenbankname: postgres://user@host/database angeben

## --into and its password, a database without the schema (branch nu11pg)
central-url-scheme = sie beginnt mit „{ $begins }“ statt mit postgres:// oder postgresql://
central-url-password-argv = --into enthält ein Passwort, das andere Benutzer dieses Rechners sehen können (ps) und das im Verlauf der Shell bleibt: die URL in LEADBOOTH_CENTRAL angeben oder das Passwort aus ihr weglassen und PGPASSWORD setzen
central-url-two-ats = mehr als ein @: ein @, /, : oder # im Benutzernamen oder Passwort als %40, %2F, %3A, %23 schreiben oder das Passwort in PGPASSWORD angeben
central-db-no-schema = Datenbank { $db }: sie enthält keine leadbooth-Tabellen (in sie wurde noch kein Stapel importiert): den Datenbanknamen prüfen; der erste Import legt sie an
central-csv-no-folder = CSV-Datei { $path } kann nicht geschrieben werden: Ordner { $folder } existiert nicht; nichts wurde importiert

central-db-too-new = Datenbank { $db }: ihr Schema hat Version { $found }, neuer als diese leadbooth-Version kennt ({ $known }); leadbooth aktualisieren — nichts wurde geändert
central-db-migration = Datenbank { $db }: Fehler beim Migrieren des Schemas: { $detail }
central-db-bad-row = Datenbank { $db }: { $row }: gespeichertes Feld { $field } ist beschädigt: { $detail }
central-csv-write = CSV-Datei { $path } kann nicht geschrieben werden: { $error }
central-person-not-an-email = { $value } ist keine E-Mail-Adresse
central-person-unknown-purpose = --purpose { $purpose } ist bei keinem importierten Lead ein Einwilligungszweck (bekannt: { $known })
# What was being done when the database failed ($doing: the phrase as a key; $phrase: the
# English phrase, shown for one this file does not know yet).
central-doing = { $doing ->
        [committing-the-batch] beim Festschreiben des Stapels
        [connecting] beim Verbinden
        [counting-contacts] beim Zählen der Kontakte
        [creating-a-contact] beim Anlegen eines Kontakts
        [creating-contacts] beim Anlegen der Kontakte
        [erasing-a-person] beim Löschen einer Person
        [erasing-the-lead] beim Löschen des Leads
        [filling-the-gap] beim Füllen der Lücke
        [finding-contacts-merged-by-older-rules] beim Suchen nach Kontakten, die nach älteren Regeln zusammengeführt wurden
        [looking-up-the-batch-id] beim Nachschlagen der Stapel-ID
        [looking-up-the-batch] beim Nachschlagen des Stapels
        [looking-up-the-contact] beim Nachschlagen des Kontakts
        [looking-up-the-contacts] beim Nachschlagen der Kontakte
        [looking-up-the-receipt] beim Nachschlagen der Quittung
        [making-the-staging-tables] beim Anlegen der Zwischentabellen
        [migrating-the-schema] beim Migrieren des Schemas
        [preparing-a-statement] beim Vorbereiten einer Anweisung
        [purging-contacts-past-retention] beim Entfernen von Kontakten nach Ablauf der Aufbewahrungsfrist
        [queueing-a-suppression] beim Vormerken einer Sperre
        [reading-crm-files] beim Lesen der CRM-Dateien
        [reading-a-policy-text] beim Lesen eines Datenschutztexts
        [reading-consent-wording] beim Lesen der Einwilligungstexte
        [reading-contacts] beim Lesen der Kontakte
        [reading-erased-people] beim Lesen der gelöschten Personen
        [reading-erasures] beim Lesen der Löschungen
        [reading-purposes] beim Lesen der Zwecke
        [reading-recorded-gaps] beim Lesen der vermerkten Lücken
        [reading-suppressions] beim Lesen der Sperren
        [reading-the-events] beim Lesen der Messen
        [reading-the-lead] beim Lesen des Leads
        [reading-the-schema-version] beim Lesen der Schemaversion
        [reading-withdrawals] beim Lesen der Widerrufe
        [recording-consent-wording] beim Speichern der Einwilligungstexte
        [recording-purposes] beim Speichern der Zwecke
        [recording-the-crm-file] beim Vermerken der CRM-Datei
        [recording-the-batch] beim Vermerken des Stapels
        [recording-the-device] beim Vermerken des Geräts
        [recording-the-erasure] beim Vermerken der Löschung
        [recording-the-gap] beim Vermerken der Lücke
        [recording-the-withdrawal] beim Vermerken des Widerrufs
        [removing-the-contact] beim Entfernen des Kontakts
        [saving-the-lead] beim Speichern des Leads
        [saving-the-leads] beim Speichern der Leads
        [setting-cache-size] beim Setzen der Cache-Größe
        [storing-the-policy-text] beim Speichern des Datenschutztexts
        [updating-the-contact] beim Aktualisieren des Kontakts
        [updating-the-contacts] beim Aktualisieren der Kontakte
        [withdrawing-the-consent] beim Widerrufen der Einwilligung
        [enabling-foreign-keys] beim Einschalten der Fremdschlüssel
        [migrating] beim Migrieren
        [opening] beim Öffnen
        [reading-application-id] beim Lesen der Anwendungs-ID
        [reading-device-id] beim Lesen der Geräte-ID
        [reading-schema-version] beim Lesen der Schema-Version
        [reading-schema] beim Lesen des Schemas
        [setting-application-id] beim Setzen der Anwendungs-ID
        [setting-busy-timeout] beim Setzen der Wartezeit für Sperren
        [enabling-wal] beim Einschalten des WAL-Modus
        [enabling-secure-delete] beim Einschalten von secure_delete
        [opening-read-only] beim schreibgeschützten Öffnen
        [setting-synchronous-full] beim Setzen von synchronous=FULL
       *[other] { $phrase }
    }

## The HTML show report (src/report/html.rs): headings, labels, chart titles, axis and legend

report-title = { $event } ({ $id }): Messebericht
report-meta = Erstellt { $at } aus { $source } von leadbooth { $version }. Tage und Stunden sind in { $zone }. Gelöschte Leads zählen nicht als Leads.
report-leads = Leads
report-laptops = Laptops
report-staff = Personal
report-may-be-contacted = dürfen kontaktiert werden ({ $purpose })
report-h-per-day = Leads pro Tag
report-chart-per-day = Leads pro Tag ({ $zone })
report-h-per-hour = Leads nach Tageszeit
report-chart-per-hour = Leads pro Stunde ({ $zone }, alle Tage)
report-h-per-laptop = Leads pro Laptop
report-h-per-staff = Leads pro Mitarbeiter
report-col-day = Tag
report-col-hour = Stunde
report-col-laptop-id = Laptop (Geräte-ID)
report-col-staff = Mitarbeiter
report-h-ratings = Bewertungen
report-chart-ratings = Bewertungen
report-col-rating = Bewertung
report-rating = { $rating ->
        [hot] heiß
        [warm] warm
        [cold] kalt
       *[unrated] ohne Bewertung
    }
report-h-consent = Einwilligung und Ablehnung pro Zweck
report-chart-consent = Entscheidungen pro Zweck
report-granted = erteilt
report-not-given = nicht erteilt
report-withdrawn = widerrufen
report-col-purpose = Zweck
report-col-recorded = erfasst
report-col-consent-pct = Einwilligung %
report-col-refusal-pct = Ablehnung %
report-col-withdrawal-pct = Widerruf %
report-h-removals = Widerrufe und Löschungen im Zeitverlauf
report-chart-removals = Löschungen und Widerrufe pro Tag ({ $zone })
report-erasures = Löschungen
report-withdrawals = Widerrufe
report-total = gesamt
report-h-duplicates = Zusammengeführte Dubletten
report-col-contacts = Kontakte
report-col-leads-merged = zusammengeführte Leads
report-across-laptops = über mehrere Laptops
report-same-laptop = auf einem Laptop
report-h-batches = Erhaltene Stapel pro Laptop
report-col-laptop = Laptop
report-col-batches = Stapel
report-col-seqs = Nummern
report-col-last-written = zuletzt geschrieben
report-col-last-imported = zuletzt importiert
report-col-missing = fehlend (Lücken)
report-col-late = verspätet angekommen
report-none = keine
report-h-policy = Datenschutz: Einwilligungen nach Version der Datenschutzerklärung
report-col-policy = Version der Datenschutzerklärung (SHA-256)
report-col-purpose-granted = { $purpose } erteilt
report-h-expiry = Datenschutz: bald ablaufende Einwilligungen
report-expiry = Aktuelle Einwilligungen, deren Gültigkeit innerhalb von { $days } Tagen endet (oder schon geendet hat):
report-col-lead = Lead
report-col-expires = läuft ab
report-h-retention = Datenschutz: Datensätze kurz vor Ablauf der Aufbewahrungsfrist
report-no-retention = Keine Aufbewahrungsfrist angegeben: den Bericht mit { $flag } erstellen, um Datensätze kurz davor aufzulisten.
report-retention = Leads, die { $kept } Tage nach der Erfassung aufbewahrt werden und deren Frist innerhalb von { $days } Tagen endet (oder schon abgelaufen ist):
report-col-captured = erfasst
report-col-retain-until = aufbewahren bis
report-h-crm = Datenschutz: offene Aufträge für das CRM
report-crm = Löschungen und Abmeldungen für die nächste Sperrdatei ({ $command }), alle Messen:
report-col-contact = Kontakt
report-col-action = Aktion
report-col-reason = Grund
report-col-since = seit
report-action = { $action ->
        [delete] löschen
        [unsubscribe] abmelden
       *[other] { $code }
    }
report-reason = { $reason ->
        [erasure] Löschung
        [central-erasure] Löschung in der Zentrale
        [withdrawal] Widerruf
        [retention] Aufbewahrungsfrist abgelaufen
        [no-source] kein Quell-Lead mehr
       *[other] { $code }
    }
report-nothing-to-chart = Noch nichts darzustellen.
report-chart-failed = Das Diagramm konnte nicht gezeichnet werden: { $error }
report-others = { $count } weitere

## Branch i18nrules: a lead's record rules in a batch (src/batch/rules.rs LeadBreak), a policy
## text that does not hold (src/policy.rs PolicyProblem), the central SQLite file's own faults
## (CentralError::Open) and a stored row's detail (src/central/mod.rs RowProblem); said by
## src/cli/reasons.rs. SQLite's and the parsers' own words ($detail, $error) stay as they are.

central-rule-lead-other-device = device_id { $device } ist nicht das Gerät { $batch_device } des Stapels: Ein Stapel enthält nur die Leads seines eigenen Laptops
central-rule-other-event = event_id { $event } ist nicht die Veranstaltung { $batch_event } des Stapels
central-rule-schema-ahead = seine Einwilligungsdatensätze haben Lead-Schema { $schema } (sie nennen die gewünschte Sprache), ein Stapel im Format { $format } enthält aber Leads mit Schema { $batch_schema }
central-policy-hash = der Text der Datenschutzerklärung { $sha256 } ergibt nicht diesen SHA-256-Hash
central-policy-too-long = { $field } hat { $found } { $unit ->
        [bytes] Bytes
        [entries] Einträge
       *[chars] Zeichen
    }, mehr als die erlaubten { $max }
central-policy-not-a-date = last_updated { $value } ist kein Datum (JJJJ-MM-TT)
central-open-damaged = Datenbank { $db } ist beschädigt oder keine leadbooth-Datenbank ({ $detail }); sie wurde nicht verändert — eine Kopie aufbewahren und bei --into eine zentrale Datenbankdatei angeben (oder einen neuen Dateinamen, um eine anzulegen)
central-open-booth = { $db } ist die Datenbank eines Messestands, keine zentrale (Stand- und Zentraldatenbanken sind nicht austauschbar): Die Leads eines Stands kommen als Stapel in die Zentrale — auf dem Laptop exportieren und den Stapel importieren; die Datei wurde nicht verändert
central-open-other-kind = Datenbank { $db } ist keine zentrale leadbooth-Datenbank (ihre application id ist { $found }); sie wurde nicht verändert
central-open-io = Datenbank { $db } kann nicht angelegt oder geöffnet werden: { $error }
central-row-unknown = { $what ->
        [method] unbekannte Methode
        [action] unbekannte Aktion
       *[rating] unbekannte Bewertung
    } { $value }
central-row-no-wording = kein Einwilligungstext { $id }
central-row-count = { $rows ->
        [one] { $rows } Zeile
       *[other] { $rows } Zeilen
    } für { $leads ->
        [one] { $leads } Lead
       *[other] { $leads } Leads
    }
central-row-batch-missing = sein Stapel fehlt
central-row-vanished = direkt nach dem Speichern nicht mehr gefunden
# `central receipt`: the language each consent's wording was shown in, and the one asked for
central-receipt-language = Sprache
central-receipt-language-asked = gewünschte Sprache

## The row a damaged central row is named by (branch i18nlast)

central-row-name = { $kind ->
    [lead] Lead { $id }
    [contact] Kontakt { $id }
    [batch] Stapel { $id }
    [suppression] Sperreintrag { $id }
    [consent-wording] Einwilligungswortlaut von { $id }
    [crm-file] CRM-Datei
    [erased-person] gelöschte Person
    [person-withdrawal] Widerruf einer Person
    [leads] Leads
    [erasure] Löschung
    [withdrawal] Widerruf
   *[other] { $id }
  }

## adv18: what the import takes of a batch from an older booth (src/cli/import.rs)

central-import-no-language = { $count ->
    [one] 1 Lead stammt
   *[other] { $count } Leads stammen
} von einem Messestand, der die Sprache des Einwilligungstexts noch nicht erfasste: Die Sprache bleibt als nicht erfasst vermerkt (leer in central show und in der CRM-Datei) und wird nie erraten
central-import-no-language-asked = { $count ->
    [one] 1 Lead stammt
   *[other] { $count } Leads stammen
} von einem Messestand, der die vom Teilnehmer gewählte Sprache noch nicht erfasste: Die angezeigte Sprache bleibt erhalten, die gewählte ist als nicht erfasst vermerkt
