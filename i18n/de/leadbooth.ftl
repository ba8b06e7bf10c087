# leadbooth: was die Besucherin / der Besucher liest, auf Deutsch.
# Gleiche Nachrichten und $Argumente wie en/leadbooth.ftl (von src/i18n.rs geprüft).
# Anrede: Sie.

## Die Sprachtaste

language-switched = Sprache: Deutsch.
language-ticks-cleared = Sprache: Deutsch. Der Einwilligungstext ist jetzt auf Deutsch, daher wurden Ihre Häkchen entfernt: Bitte kreuzen Sie erneut an, womit Sie einverstanden sind ({ $purposes }).

## Startbildschirm und Dank (Kiosk)

attract-welcome = Willkommen! Hinterlassen Sie Ihre Kontaktdaten und wählen Sie, wie wir in Kontakt bleiben dürfen.
attract-prompt = Zum Starten Enter (oder eine beliebige Taste) drücken
attract-policy = Unsere Datenschutzerklärung ist eine Taste entfernt (F1) und per Code auf Ihrem Handy.
thank-you = Vielen Dank! Ihre Angaben sind gespeichert.
thank-you-next = Dieser Bildschirm kehrt gleich zum Start zurück.
qr-caption = Scannen Sie die ganze Erklärung:
qr-too-small = Fenster vergrößern, um den QR-Code zu zeigen
qr-failed = Kein QR-Code: { $error }
self-service = Selbstbedienung

policy-title = Datenschutzerklärung · Version { $version }
policy-title-updated = Datenschutzerklärung · Version { $version } · Stand { $date }

## Das Formular

field-first-name = Vorname
field-last-name = Nachname
field-email = E-Mail
field-company = Firma
field-job-title = Position
field-phone = Telefon
field-country = Land
country-hint = sein Name, z. B. Deutschland oder Germany
questions-heading = Fragen
consent-heading = Einwilligung: nur ankreuzen, womit die Person einverstanden ist
consent-heading-kiosk = Einwilligung: kreuzen Sie nur an, womit Sie einverstanden sind
required = (Pflicht)
answer = Antwort
not-saved = { $count ->
    [0] Nicht gespeichert.
    [one] Nicht gespeichert: Bitte das markierte Feld korrigieren.
   *[other] Nicht gespeichert: Bitte die { $count } markierten Felder korrigieren.
}
field-full = { $field } ist voll: höchstens { $max } Zeichen.
paste-refused = Einfügen abgelehnt: Der Text enthält das Steuerzeichen U+{ $code }.
paste-too-long = Einfügen abgelehnt: { $field } hätte { $total } Zeichen, mehr als die erlaubten { $max }.
paste-far-too-long = Einfügen abgelehnt: Der Text ist weit länger, als { $field } sein darf ({ $max } Zeichen).
check-field = { $field } prüfen: { $message }

## Die Datenschutzhinweise (erste Ebene)

notice-heading = Bevor Sie wählen: wer wir sind und wie wir Ihre Angaben nutzen
notice-who = Wer
notice-why = Wozu
notice-kept = Aufbewahrt
notice-rights = Ihre Rechte
notice-withdraw = Widerruf
notice-transfers = Übermittlung
notice-full-policy = Vollständige Erklärung
notice-full-policy-how = F1 drücken oder dort den QR-Code scannen
notice-not-set = (nicht in der Veranstaltungsdatei angegeben: fragen Sie das Standpersonal)
notice-follow-up = um an das heutige Gespräch anzuknüpfen (unser berechtigtes Interesse; bestätigen Sie, dass Sie diesen Hinweis gesehen haben).
notice-optional = { $count ->
    [one] Eine weitere Nutzung nur, wenn Sie das Kästchen ankreuzen: sie ist freiwillig.
   *[other] { $count } weitere Nutzungen nur, wenn Sie ihr Kästchen ankreuzen: jede ist freiwillig.
}

## Kiosk

still-there-title = { " " }Noch da?{ " " }
still-there = Dieses Formular wird in { $secs } { $secs ->
    [one] Sekunde
   *[other] Sekunden
} geleert, damit die nächste Person nichts von Ihnen sieht: Seit einer Weile wurde keine Taste gedrückt.
still-there-key = Drücken Sie eine beliebige Taste, um weiterzumachen.
kiosk-id-not-looked-up = Dieser Kiosk schlägt keine Ausweisnummern nach: Bitte tragen Sie Ihre Angaben unten selbst ein.
kiosk-id-scans-limited = Zu viele Ausweisnummern in kurzer Zeit: Ausweisnummern werden eine Minute lang ignoriert. Bitte tragen Sie Ihre Angaben ein oder fragen Sie unser Team.

## Beleg

receipt-scan = Ihr Beleg: Scannen Sie den Code mit Ihrem Handy, um zu behalten, worin Sie eingewilligt haben und wie Sie widerrufen.
receipt-number = Beleg { $id }
receipt-agreed = Sie haben eingewilligt in: { $list }
receipt-nothing-agreed = Sie haben weder Werbung noch Weitergabe zugestimmt.
receipt-withdraw = Zum Widerruf schreiben Sie an { $contact } mit der Belegnummer.
receipt-done = Eine beliebige Taste, wenn Sie fertig sind.

## Tastenleiste

hint-fields = Felder
hint-save = speichern
hint-policy = Datenschutz
hint-start = starten
hint-continue = weiter
hint-still-here = Ich bin noch da
hint-tick = ankreuzen
hint-choose = wählen
hint-move = bewegen
hint-newline = neue Zeile
hint-clear = leeren
hint-back = zurück
hint-scroll = blättern
hint-page = Seite
hint-ends = Anfang/Ende
hint-scan = Ausweis
hint-contrast = Kontrast
key-any = beliebige Taste

## Standardzwecke (aufgezeichnet und gehasht: jedes Byte zählt)

purpose-policy-ack = Mir wurde gezeigt, wie { $organisation } meine Angaben nutzt (die Hinweise oben), und { $organisation } darf an das heutige Gespräch anknüpfen.
purpose-marketing-email = Senden Sie mir Werbeinformationen von { $organisation } per E-Mail.
purpose-marketing-phone = Kontaktieren Sie mich mit Werbeinformationen von { $organisation } per Telefon.
purpose-marketing-mail = Senden Sie mir Werbeinformationen von { $organisation } per Post.
purpose-events = Laden Sie mich zu Seminaren und Webinaren von { $organisation } ein.
purpose-share-affiliates = { $organisation } darf meine Angaben an verbundene Unternehmen weitergeben, die außerhalb der Vereinigten Staaten sein können.
purpose-share-partners = { $organisation } darf meine Angaben an Partner weitergeben, mit denen { $organisation } Seminare, Webinare oder ähnliche Angebote durchführt; sie können außerhalb der Vereinigten Staaten sein.

# ===== Die Seite des Standteams: Bildschirme und CLI (Zweig i18nstaff) =====

## Times

staff-months = Jan Feb Mär Apr Mai Jun Jul Aug Sep Okt Nov Dez
staff-date-this-year = { $day }. { $month } { $time }
staff-date-other-year = { $day }. { $month } { $year } { $time }
staff-times-in = Zeiten in { $zone }

## Status line

staff-label = Team
staff-lead-count = { $count ->
    [one] 1 Lead
   *[other] { $count } Leads
}
staff-too-small = Bitte das Fenster vergrößern (mindestens 80x24)

## The staff form

staff-heading = Für das Team
staff-jump-staff = Alt-R Bewertung, Alt-O Notizen
staff-rating = Bewertung
staff-rating-none = keine
staff-rating-hot = heiß
staff-rating-warm = warm
staff-rating-cold = kalt
staff-notes = Notizen
staff-notes-placeholder = Was das Team wissen sollte (Enter beginnt eine neue Zeile)
staff-name-first-name = Vorname
staff-name-last-name = Nachname
staff-name-email = E-Mail
staff-name-company = Firma
staff-name-job-title = Position
staff-name-phone = Telefon
staff-name-country = Land

## Saving

staff-saved = { $count ->
    [one] Gespeichert. 1 Lead erfasst.
   *[other] Gespeichert. { $count } Leads erfasst.
}
staff-duplicate-title = Schon erfasst
staff-duplicate-question = { $name } (gleiche { $matched ->
    [email] E-Mail
    [phone] Telefonnummer
   *[badge] Ausweis-ID
}) wurde schon erfasst ({ $at }, von { $by }). Diesen Lead mit dem Formular aktualisieren? Die heutigen Einwilligungen werden als neue Entscheidungen aufgezeichnet.
staff-this-person = Diese Person
staff-duplicate-updated = { $name } aktualisiert: schon erfasst, heutige Angaben und Einwilligungen ergänzt.
staff-the-lead = Lead
staff-duplicate-check-failed = Prüfung auf frühere Erfassung nicht möglich: { $error }
staff-store-failed = Nicht gespeichert, das Formular bleibt erhalten: { $error }

## Badge scans

staff-from-badge = ◆ Ausweis
staff-scan-armed = Jetzt den Ausweis scannen oder seine Registrierungs-ID eingeben und Enter drücken. Esc bricht ab.
staff-scan-reading = Ausweis wird gelesen…
staff-scan-cancelled = Ausweis-Scan abgebrochen.
staff-scan-filled-id = Ausweis { $id }, { $name }: { $count } Felder ausgefüllt ({ $mark })
staff-scan-filled = Ausweis gelesen: { $count } Felder ausgefüllt ({ $mark })
staff-scan-filled-name = Ausweis gelesen ({ $name }): { $count } Felder ausgefüllt ({ $mark })
staff-scan-kept = ; Felder, die er nicht enthält, bleiben.
staff-scan-replaced = , statt des Eingetippten in: { $fields }; andere Felder bleiben.
staff-scan-unknown-id = Ausweis { $id } ist nicht in der Teilnehmerliste: Angaben eintippen. Die Ausweis-ID bleibt beim Lead, damit die Zentrale ihn zuordnen kann.
staff-scan-lookup-failed = Ausweis { $id } beim Lead behalten, aber die Teilnehmerliste ist nicht lesbar: { $error }
staff-scan-failed = Ausweis nicht gelesen, das Formular ist unverändert: { $error }.
staff-scan-refused-pin = Ausweis nicht gelesen, solange die Team-PIN abgefragt wird: PIN eingeben oder Esc drücken, dann erneut scannen.
staff-scan-refused-question = Ausweis nicht gelesen: erst die Frage beantworten (y oder n), dann erneut scannen.
staff-scan-refused-duplicate = Ausweis nicht gelesen: erst u (früheren Lead aktualisieren), s (neu speichern) oder Esc (zurück zum Formular) wählen, dann erneut scannen.
staff-scan-refused-screen = Ausweis hier nicht gelesen: zurück zum Erfassungsformular (Esc), dann erneut scannen.
staff-scan-ignored = { $count ->
    [one] 1 Zeichen nach dem Ende des Ausweises wurde ignoriert.
   *[other] { $count } Zeichen nach dem Ende des Ausweises wurden ignoriert.
}

## Confirmations

staff-confirm-clear = Formular leeren? Was für diese Person eingetippt wurde, geht verloren.
staff-confirm-quit = Beenden? Das Formular hat ungespeicherten Inhalt, der verloren geht.
staff-confirm-quit-lead = Beenden? Der Lead im Formular ist nicht gespeichert. Als Entwurf behalten (beim nächsten Start angeboten) oder beenden und verwerfen?
staff-confirm-title = Bitte bestätigen
staff-cleared = Formular geleert, auch alle Häkchen: Die nächste Person beginnt ohne Häkchen.
staff-confirm-erase = Diesen Lead löschen? Seine personenbezogenen Daten werden endgültig entfernt; nur ein Grabstein (ID, Zeit, Einwilligungen) bleibt.
staff-confirm-withdraw = Die markierte Einwilligung widerrufen? Der Widerruf wird mit der Zeit aufgezeichnet und kann nicht rückgängig gemacht werden.
staff-confirm-discard = Änderungen an diesem Lead verwerfen?

## Lead list

staff-leads-title = Leads, neueste zuerst ({ $total })
staff-leads-title-latest = Leads, neueste zuerst (die letzten { $shown } von { $total })
staff-column-time = Zeit
staff-column-name = Name
staff-column-email = E-Mail
staff-column-company = Firma
staff-column-consents = Einwilligungen
staff-no-leads = Noch keine Leads erfasst.
staff-leads-failed = Leads nicht lesbar: { $error }
staff-search = Suche
staff-search-hint = Name, E-Mail, Firma, Tel. oder Ausweis
staff-search-count = { $count ->
    [0] kein Treffer
    [one] 1 Treffer
   *[other] { $count } Treffer
}
staff-search-count-page = die neuesten { $count } Treffer; weiter tippen, um einzugrenzen
staff-no-match = Kein Lead passt. Esc leert die Suche.

## Lead details

staff-lead-title = Lead: { $name }
staff-detail-name = Name
staff-detail-captured = Erfasst
staff-detail-badge-id = Ausweis-ID
staff-detail-rating = Bewertung
staff-detail-lead-id = Lead-ID
staff-detail-policy = Erklärung
staff-detail-answers = Antworten
staff-detail-consents = Einwilligungen
staff-detail-notes = Notizen
staff-detail-no-notes = (keine)
staff-detail-granted = erteilt
staff-detail-not-granted = nicht erteilt
staff-captured = { $at } von { $by } ({ $source ->
    [kiosk] Kiosk
    [badge] Ausweis
    [cli] Kommandozeile
   *[staff] Team
})
staff-consent-given = { $at }, { $method ->
    [self_service] selbst
   *[staff_assisted] mit dem Team
}
staff-consent-withdrawn = widerrufen { $at } (erteilt { $granted })
staff-withdraw-title = Welche Einwilligung widerrufen?
staff-nothing-to-withdraw = Dieser Lead hat keine erteilte Einwilligung mehr zum Widerrufen.
staff-withdrawn = Einwilligung { $purpose } widerrufen ({ $at }); sie geht mit dem nächsten Export hinaus.
staff-erased = { $copies ->
    [0] Lead gelöscht: personenbezogene Daten entfernt, ein Grabstein bleibt; die Löschung geht mit dem nächsten Export hinaus.
    [one] Lead gelöscht: personenbezogene Daten entfernt, ein Grabstein bleibt; die Löschung geht mit dem nächsten Export hinaus. Die Stapelkopie im Datenordner, die ihn enthielt, wurde entfernt.
   *[other] Lead gelöscht: personenbezogene Daten entfernt, ein Grabstein bleibt; die Löschung geht mit dem nächsten Export hinaus. Die { $copies } Stapelkopien im Datenordner, die ihn enthielten, wurden entfernt.
}
staff-lead-failed = Nicht möglich: { $error }

## Editing a lead

staff-edit-title = { $name } bearbeiten: Einwilligungen ändern sich nur durch Widerruf
staff-edit-saved = Änderungen gespeichert ({ $fields }).
staff-edit-unchanged = Nichts geändert.

## Staff picker

staff-pick = Wer erfasst Leads?
staff-pick-help = Wählen Sie Ihren Namen; er wird mit jedem gespeicherten Lead aufgezeichnet.

## Export (F5)

staff-export-title = Neues als signierten Stapel exportieren
staff-export-target = Zielordner:{ " " }
staff-export-choose = Zielordner (↑↓ wählen, Enter schreibt den Stapel dorthin):
staff-export-no-media = Zurzeit ist kein USB-Stick und keine Speicherkarte eingehängt.
staff-export-medium = Wechselmedium { $name } ({ $fs })
staff-export-last = Zuletzt benutzt
staff-export-last-note = zuletzt benutzt
staff-export-laptop = Dieser Laptop
staff-export-gone = gerade nicht da
staff-export-other = Anderer Ordner
staff-export-type-folder = Pfad des Ordners in der letzten Zeile eintippen, dann Enter drücken.
staff-export-free-gb = { $size } GB frei
staff-export-free-mb = { $size } MB frei
staff-export-key-beside = Der öffentliche Schlüssel des Geräts liegt daneben als { $file }, für den Vertrauensordner im Büro.
staff-export-key-not-beside = Der öffentliche Schlüssel des Geräts konnte nicht neben den Stapel geschrieben werden ({ $error }): keys/device.pub dem Büro geben.
staff-export-press-enter = Enter schreibt den Stapel, Esc geht zurück.
staff-export-running = Stapel wird geschrieben...
staff-export-preparing = Signierschlüssel wird geöffnet, Leads werden gezählt
staff-export-failed = Export fehlgeschlagen, nichts wurde als exportiert markiert:{ " " }
staff-export-worker-died = Export fehlgeschlagen: Der Export brach unerwartet ab; nichts wurde als exportiert markiert. Siehe logs/leadbooth.log.
staff-export-needs-passphrase = Der Signierschlüssel hat eine Passphrase: LEADBOOTH_KEY_PASSPHRASE vor dem Start setzen oder `leadbooth export` in einer Shell ausführen.
staff-export-nothing-new = Nichts Neues seit dem letzten Stapel; nichts wurde geschrieben.
staff-export-written = Stapel geschrieben nach{ " " }
staff-export-check = Mit Standardwerkzeugen prüfen:
staff-export-busy = Ein Export läuft: bitte warten, bis er fertig ist.
staff-export-passphrase = Passphrase des Signierschlüssels (verdeckt):{ " " }
staff-export-wrong-passphrase = Falsche Passphrase; nichts wurde geschrieben. Erneut eingeben und Enter drücken.
staff-export-not-encrypted = NICHT verschlüsselt: Die Veranstaltungsdatei nennt keine [encryption]-Empfänger; ein verlorener Stick legt jeden Lead offen.
staff-export-check-sealed = Prüfen, ob er unversehrt ankam (ohne Identität):
staff-export-encrypted-to = { $count ->
    [one] Verschlüsselt für 1 Empfänger: { $list }
   *[other] Verschlüsselt für { $count } Empfänger: { $list }
}
staff-export-pending = Neu seit dem letzten Stapel: { $leads ->
    [one] 1 Lead
   *[other] { $leads } Leads
}, { $erasures ->
    [one] 1 Löschung oder Widerruf
   *[other] { $erasures } Löschungen oder Widerrufe
}.
staff-export-counts = { $leads ->
    [one] 1 Lead
   *[other] { $leads } Leads
}, { $erasures ->
    [one] 1 Löschung oder Widerruf
   *[other] { $erasures } Löschungen oder Widerrufe
}, Stapelnummer { $seq }.
staff-export-key-created = Signierschlüssel { $key } des Geräts erzeugt; { $public } der Zentrale geben.

## Hint bar (the staff side)

staff-hint-leads = Leads
staff-hint-export = Export
staff-hint-stats = Statistik
staff-hint-export-now = jetzt exportieren
staff-hint-scan = Ausweis scannen
staff-hint-cancel-scan = Scan abbrechen
staff-hint-search = suchen
staff-hint-open = öffnen
staff-hint-edit = bearbeiten
staff-hint-withdraw = Einwilligung widerrufen
staff-hint-erase = löschen
staff-hint-cancel = abbrechen
staff-hint-clear-search = Suche leeren
staff-hint-quit = beenden
staff-hint-scanner-check = Scannertest
staff-hint-yes = ja
staff-hint-no = nein
staff-hint-unlock = entsperren
staff-hint-recover = wiederherstellen
staff-hint-update = diesen Lead aktualisieren
staff-hint-keep-draft = als Entwurf behalten, beenden
staff-hint-quit-lose = beenden, verwerfen
staff-hint-save-new = neu speichern
staff-hint-discard = verwerfen

## Short forms, for a hint bar with too little room (80 columns)

staff-short-scan = Ausweis
staff-short-withdraw = widerrufen
staff-short-clear-search = leeren
staff-short-cancel-scan = abbrechen
staff-short-export-now = Export
staff-short-ends = Enden
staff-short-scanner-check = Scanner
staff-short-update = aktualisieren
staff-short-keep-draft = behalten

## Start-up

staff-not-a-terminal = der Stand-Bildschirm kann nicht starten (ist das ein interaktives Terminal?)
staff-kiosk-no-pin = der Kioskmodus braucht eine Team-PIN, um ihn zu verlassen: mit `leadbooth kiosk set-pin` setzen, dann `leadbooth --kiosk` erneut starten

## Scanner check (F9)

staff-check-title = Scannertest
staff-check-intro = Einen Ausweis (oder den Prüfcode) scannen, um genau zu sehen, was der Scanner auf diesem Laptop tippt. Hier Gescanntes wird nicht gespeichert.
staff-check-nothing-yet = Noch nichts gescannt.
staff-check-raw-heading = Letzte Folge, wie sie kam ({ $count } Zeichen; ⏎ Enter, ⇥ Tab, ␛ Esc/Alt):
staff-check-read-heading = Daraus gelesen:
staff-check-code-ok = Der Prüfcode kam genau an: Scanner und Laptop nutzen dieselbe Tastaturbelegung.
staff-check-read-badge = Ein Ausweis: { $fields }
staff-check-read-id = Registrierungs-ID { $id }
staff-check-not-read = Nicht als Ausweis gelesen: { $why }
staff-check-mixup = Tastaturbelegungen verwechselt: Der Scanner tippt für { $scanner }, dieser Laptop liest { $laptop }.
staff-check-changed = Angekommen → gemeint: { $list }
staff-check-fix = Lösungsversuch: { $fix }
staff-check-meant = Gemeint: { $read }
staff-check-no-mixup = Keine übliche Verwechslung der Tastaturbelegung (US, deutsch QWERTZ, französisch AZERTY) erklärt diese Zeichen. Den Prüfcode scannen: Kommt er verändert an, nennt dieser Bildschirm die Verwechslung.
staff-check-code-caption = Prüfcode: vom Bildschirm scannen.
staff-check-code-room = Fenster vergrößern, um den Prüfcode zu zeigen.

## PIN dialog

staff-pin-title = Nur für das Team
staff-pin-label = PIN
staff-pin-prompt-quit = Team-PIN eingeben, um den Kioskmodus zu verlassen.
staff-pin-prompt-leads = Team-PIN eingeben, um die Lead-Liste zu öffnen.
staff-pin-wrong = Falsche PIN.
staff-pin-locked = Zu viele falsche PINs. Erneut versuchen in { $time }.

## After a save, and one attendee at a time

staff-receipt-next = Beliebige Taste: nächste Person (ein Ausweis-Scan beginnt auch eine).
staff-new-attendee = Neue Person: Häkchen, Antworten, Bewertung und Notizen der vorigen Person wurden geleert.

## Statistics (F6)

staff-stats-title = Statistik{ " " }
staff-stats-per-hour = Leads pro Stunde heute
staff-stats-staff = Nach Person
staff-stats-ratings = Bewertungen
staff-stats-consent = Einwilligung erteilt / erfasst
staff-stats-none = noch keine Leads
staff-stats-no-batch = Noch kein Stapel geschrieben (F5 exportiert).
staff-stats-summary = · heute { $today }: { $today_leads } · Veranstaltung gesamt auf diesem Laptop: { $leads }
staff-stats-erased = · { $count } gelöscht
staff-stats-others = { $count } weitere
staff-stats-hot = Heiß
staff-stats-warm = Warm
staff-stats-cold = Kalt
staff-stats-unrated = Ohne
staff-stats-exported = Alles ist exportiert.
staff-stats-not-exported = Noch nicht exportiert: { $leads ->
    [one] 1 Lead
   *[other] { $leads } Leads
} (F5 exportiert)
staff-stats-not-exported-erasures = Noch nicht exportiert: { $leads ->
    [one] 1 Lead
   *[other] { $leads } Leads
}, { $erasures ->
    [one] 1 Löschung/Widerruf
   *[other] { $erasures } Löschungen/Widerrufe
} (F5 exportiert)
staff-stats-last-batch = Letzter Stapel: #{ $seq } geschrieben { $at } ({ $leads ->
    [one] 1 Lead
   *[other] { $leads } Leads
})

# ===== The command line's words (branch i18nstaff): stderr messages for a person; data on stdout and JSON stay as they are =====

## Command line: how a line starts

cli-error = Fehler
cli-warning = Warnung
cli-note = Hinweis

## leadbooth export

cli-export-other-events = { $count ->
    [one] 1 Lead einer anderen Veranstaltung wird mit dem Stapel dieser Veranstaltung nicht exportiert; mit --config <ihre Veranstaltungsdatei> exportieren
   *[other] { $count } Leads anderer Veranstaltungen werden mit dem Stapel dieser Veranstaltung nicht exportiert; mit --config <ihre Veranstaltungsdatei> exportieren
}
cli-export-key-created = Signierschlüssel { $key } des Geräts erzeugt (erster Export). { $public } der Zentrale geben: Damit prüft sie die Stapel dieses Laptops.
cli-export-failed = Export fehlgeschlagen: { $error }; nichts wurde als exportiert markiert
cli-export-not-recorded = die Datenbank { $db } ist nicht beschreibbar (beschädigt oder schreibgeschützt), daher ist dieser Stapel dort nicht vermerkt: seine Leads sind nicht als exportiert markiert. Zentral importieren, eine Kopie der Datenbank aufbewahren, sie dann aus dem Datenordner verschieben (`leadbooth doctor` sagt, wie)
cli-export-written = Stapel { $batch } geschrieben nach { $folder }
cli-export-encrypted-to = { $count ->
    [one] verschlüsselt für 1 Empfänger: { $list }
   *[other] verschlüsselt für { $count } Empfänger: { $list }
}
cli-export-check-sealed = Prüfen, ob er unversehrt ankam (ohne Identität):
cli-export-at-office = Im Büro:
cli-export-check = Mit Standardwerkzeugen prüfen:
cli-export-key-beside = Der öffentliche Schlüssel des Geräts liegt daneben als { $file }, für den Vertrauensordner des Büros.
cli-export-key-not-beside = der öffentliche Schlüssel des Geräts konnte nicht neben den Stapel geschrieben werden ({ $error }): geben Sie { $key } dem Büro
cli-export-plaintext = dieser Stapel ist NICHT verschlüsselt (--plaintext), obwohl die Veranstaltung { $count } Empfänger nennt; er enthält jeden Lead im Klartext — den Stick sicher verwahren und nach dem Import löschen (im Prüfprotokoll vermerkt)
cli-export-not-encrypted = dieser Stapel ist nicht verschlüsselt: die Veranstaltung nennt keine Empfänger ([encryption] in der Veranstaltungsdatei); ein verlorener Stick würde jeden Lead offenlegen
cli-export-progress = exportiere
cli-export-nothing-since = Nichts Neues zu exportieren seit Stapel { $seq } ({ $folder }); nichts wurde geschrieben.
cli-export-nothing = Nichts zu exportieren: noch keine Leads; nichts wurde geschrieben.

## leadbooth import

cli-import-summary = Zusammenfassung: { $imported } Stapel importiert, { $skipped } übersprungen (schon importiert), { $refused } abgelehnt; Leads: { $new } neu, { $merged } zusammengeführt, { $updated } aktualisiert, { $ignored } ignoriert; Löschungen angewandt: { $erasures }, Widerrufe angewandt: { $withdrawals }; { $contacts ->
    [one] { $contacts } Kontakt
   *[other] { $contacts } Kontakte
} in { $db }
cli-import-retention = Aufbewahrung: { $count } Kontakte entfernt, zuletzt vor mehr als { $days } Tagen erfasst; die Sperrdatei löscht sie im CRM

## leadbooth leads

cli-leads-erased = Lead { $id } gelöscht: personenbezogene Daten entfernt, Grabstein bleibt; die Löschung geht mit dem nächsten Export hinaus
cli-leads-withdrawal-goes-out = der Widerruf geht mit dem nächsten Export hinaus
cli-leads-withdrew = Einwilligung { $purpose } von Lead { $id } widerrufen um { $at }
cli-leads-erased-not-shown = { $count ->
    [one] (1 gelöschter Lead nicht gezeigt)
   *[other] ({ $count } gelöschte Leads nicht gezeigt)
}
cli-leads-no-retention = die Veranstaltung setzt kein retention_days: nichts wird entfernt
cli-leads-would-purge = { $count } Leads wurden vor mehr als { $days } Tagen exportiert und würden entfernt
cli-leads-purged = { $count } Leads entfernt, die vor mehr als { $days } Tagen exportiert wurden (Grabsteine bleiben)

## leadbooth init-event

cli-init-notice-ask = Die Hinweise vor der Einwilligung brauchen diese Angaben (Enter behält den Beispielwert, später bearbeiten):
cli-init-gap = Veranstaltungsdatei { $name }: { $gap }
cli-init-wrote-default = { $name } geschrieben, die Veranstaltungsdatei, die leadbooth standardmäßig liest: bearbeiten, mit `leadbooth doctor` prüfen, dann den Stand mit `leadbooth` starten
cli-init-wrote = { $name } geschrieben: bearbeiten, mit `leadbooth --config { $name } doctor` prüfen, dann den Stand mit `leadbooth --config { $name }` starten
cli-init-or-default = , oder als { $path } speichern, um sie standardmäßig zu nutzen

## Show-day leftovers (show16b): a free-text question says it takes typing

text-answer-hint = Antwort hier eintippen
