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
kiosk-id-not-looked-up = Dieser Kiosk schlägt keine Ausweisnummern nach: Bitte tragen Sie Ihre Angaben selbst ins Formular ein.
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
purpose-share-affiliates = { $organisation } darf meine Angaben an verbundene Unternehmen weitergeben, die in anderen Ländern sein können.
purpose-share-partners = { $organisation } darf meine Angaben an Partner weitergeben, mit denen { $organisation } Seminare, Webinare oder ähnliche Angebote durchführt; sie können in anderen Ländern sein.

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
cli-init-gap = Veranstaltungsdatei { $name }: kein Text auf { $language } für [translation.{ $code }] { $keys }; wer { $language } wählt, liest dort die Standardsprache
cli-init-wrote-default = { $name } geschrieben, die Veranstaltungsdatei, die leadbooth standardmäßig liest: bearbeiten, mit `leadbooth doctor` prüfen, dann den Stand mit `leadbooth` starten
cli-init-wrote = { $name } geschrieben: bearbeiten, mit `leadbooth --config { $name } doctor` prüfen, dann den Stand mit `leadbooth --config { $name }` starten
cli-init-or-default = , oder als { $path } speichern, um sie standardmäßig zu nutzen

# ===== booth: rules, drafts, receipt … (branch i18nbooth) =====
# Die Regeln stehen neben dem Feld, in der Sprache des Formulars; der
# Entwurfsdialog ist für das Team, der Beleg für die Person am Stand.

## Lead rules

rule-control-character = enthält das Steuerzeichen U+{ $code } an Stelle { $position }; erlaubt ist nur druckbarer Text in einer Zeile
rule-too-long = hat { $found } Zeichen, mehr als die erlaubten { $max }
rule-name-missing = Vor- oder Nachnamen eingeben
rule-email-or-phone = E-Mail-Adresse oder Telefonnummer eingeben
rule-email-hidden = enthält das unsichtbare oder richtungsändernde Zeichen U+{ $code } an Stelle { $position }; eine E-Mail-Adresse muss als einfacher Text eingegeben werden
rule-email-too-long = ist { $bytes } Byte lang; eine E-Mail-Adresse darf höchstens { $max } haben (RFC 5321)
rule-email-local-too-long = hat { $bytes } Byte vor dem @; erlaubt sind höchstens { $max } (RFC 5321)
rule-email-invalid = ist keine gültige E-Mail-Adresse (wie name@example.com)
rule-country-ambiguous = { $value } bezeichnet mehr als ein Land: bitte den vollen Namen eingeben
rule-country-unknown = { $value } kennen wir nicht als Land: bitte z. B. Deutschland, Germany oder Allemagne eingeben
rule-phone-no-digits = enthält keine Ziffern
rule-required = ist Pflicht: zum Speichern ankreuzen
rule-phone-kept-for = wird wie eingegeben gespeichert: keine gültige Nummer für { $region }
rule-phone-kept-prefix = wird wie eingegeben gespeichert: die internationale Vorwahl gehört zu keinem Land
rule-phone-kept = wird wie eingegeben gespeichert: keine gültige Nummer

## Drafts (the staff side)

draft-title = Ungespeicherter Lead
draft-question = Den ungespeicherten Lead von { $time } wiederherstellen?
draft-recover = Wiederherstellen
draft-discard = Verwerfen
draft-recovered = Ungespeicherter Lead ohne Häkchen wiederhergestellt: die Person nach jeder Einwilligung erneut fragen, dann speichern.
draft-recovered-without = Ungespeicherter Lead ohne Häkchen (die Person erneut fragen) wiederhergestellt, und ohne (die Veranstaltung hat sich geändert): { $what }.
draft-discarded = Ungespeicherter Lead verworfen.
draft-unreadable = Ein ungespeicherter Lead war nicht lesbar und wurde verworfen: { $error }
draft-version = Entwurfsformat Version { $version } wird nicht unterstützt
draft-failed = Der ungespeicherte Lead kann nicht als Entwurf behalten werden: { $error }
draft-scan-refused = Ausweis-Scan nicht gelesen: erst beantworten, ob der ungespeicherte Lead wiederhergestellt wird (R wiederherstellen, D verwerfen), dann erneut scannen.

## The receipt's QR code

receipt-qr-title = BELEG
receipt-qr-agreed = EINGEWILLIGT
receipt-qr-none = NICHTS
receipt-qr-withdraw = WIDERRUF
receipt-short-email = E-Mail
receipt-short-phone = Telefon
receipt-short-mail = Post
receipt-short-events = Veranstaltungen
receipt-short-affiliates = Konzernfirmen
receipt-short-partners = Partner

## A key without a name printed on it

key-space = Leertaste

## Short forms, for a hint bar with too little room

hint-short-stats = Statistik
# ===== The command line (branch i18ncli): doctor, verify, keys, attendees, central, report, stats, policy, the import's batch lines, the CRM files; human prose only: JSON, lead lines and CSV stay as they are =====

## leadbooth doctor: each check's label, what it found and what to do
## (`--json` stays in English for scripts)

cli-doctor-label-data-dir = Datenordner
cli-doctor-label-database = Datenbank
cli-doctor-label-integrity = Integrität
cli-doctor-label-schema = Schema
cli-doctor-label-free-space = Speicherplatz
cli-doctor-label-export-target = Exportziel
cli-doctor-label-signing-key = Signierschlüssel
cli-doctor-label-public-key = Öffentl. Schlüssel
cli-doctor-label-event = Veranstaltung
cli-doctor-label-policy = Datenschutz
cli-doctor-label-notice = Hinweise
cli-doctor-label-languages = Sprachen
cli-doctor-label-terminal = Terminal
cli-doctor-label-data-volume = Datenträger
cli-doctor-label-encryption = Verschlüsselung
cli-doctor-label-attendees = Teilnehmerliste
cli-doctor-label-kiosk-pin = Kiosk-PIN
cli-doctor-mode-others = { $path } hat die Rechte { $mode }: andere Benutzer können es lesen (richtig wäre { $want })
cli-doctor-mode-owner = { $path } hat die Rechte { $mode }: der Eigentümer kann es nicht nutzen (richtig wäre { $want })
cli-doctor-mode = Rechte { $mode }
cli-doctor-chmod = ausführen: chmod { $mode } { $files }
cli-doctor-data-dir-missing = { $path } gibt es noch nicht
cli-doctor-data-dir-missing-fix = er wird bei der ersten Nutzung angelegt: `leadbooth keys init` ausführen oder den Stand einmal starten
cli-doctor-cannot-read = { $path } ist nicht lesbar: { $error }
cli-doctor-data-dir-unreadable-fix = Pfad und Zugriffsrechte prüfen oder --data-dir DIR angeben
cli-doctor-not-a-folder = { $path } ist kein Ordner
cli-doctor-data-dir-not-folder-fix = die Datei beiseiteschieben oder --data-dir DIR angeben
cli-doctor-db-not-created = { $path } ist noch nicht angelegt (der Stand legt sie beim ersten Start an)
cli-doctor-not-a-file = { $path } ist keine Datei
cli-doctor-db-not-file-fix = beiseiteschieben; der Stand beginnt dann eine neue Datenbank
cli-doctor-integrity-no-db = noch keine Datenbank: nichts zu prüfen
cli-doctor-schema-no-db = noch keine Datenbank; diese Version schreibt Schema-Version { $build }
cli-doctor-db-corrupt = { $path } ist keine SQLite-Datenbank oder zu beschädigt, um sie zu öffnen ({ $detail })
cli-doctor-damaged-fix = den Stand nicht damit starten (er und die schreibenden Befehle lehnen sie ab): Lesbares mit `leadbooth export --out DIR` sichern (ein Stapel, der in der beschädigten Datei nicht vermerkt wird), eine Kopie der Datei aufbewahren, sie dann aus dem Datenordner verschieben (der Stand beginnt dann eine neue Datenbank mit neuer Geräte-ID)
cli-doctor-db-unreadable = die Datenbank ist nicht lesbar: { $error }
cli-doctor-db-unreadable-fix = Eigentümer und Zugriffsrechte der Datei prüfen; läuft gerade ein Stand, erneut versuchen, wenn er ruht
cli-doctor-schema-not-checked = nicht geprüft: die Datenbank ist nicht lesbar
cli-doctor-see-integrity = siehe die Integritätsprüfung oben
cli-doctor-integrity-ok = Integritätsprüfung bestanden
cli-doctor-integrity-ok-leads = Integritätsprüfung bestanden, { $leads ->
    [one] 1 Lead
   *[other] { $leads } Leads
}
cli-doctor-integrity-failed = { $path } hat die Integritätsprüfung nicht bestanden ({ $count ->
    [one] 1 Problem
   *[other] { $count } Probleme
}; erstes: { $first })
cli-doctor-schema-newer = Schema-Version { $version } ist neuer als die dieser Version ({ $build })
cli-doctor-schema-newer-fix = das neuere leadbooth installieren, das sie geschrieben hat; dieses öffnet sie nicht
cli-doctor-schema-current = Schema-Version { $version }, die dieser Version
cli-doctor-schema-older = Schema-Version { $version }; wird auf { $build } gehoben, wenn der Stand sie das nächste Mal öffnet
cli-doctor-attendees-purged-on = automatische Entfernung am { $date } ({ $days } Tage nach dem letzten Veranstaltungstag, { $last })
cli-doctor-attendees-none-purge = keine Teilnehmerliste gespeichert; für eine geladene Liste gilt: { $after }
cli-doctor-attendees-none = keine Teilnehmerliste gespeichert
cli-doctor-attendees-overdue = { $count ->
    [one] 1 Teilnehmer
   *[other] { $count } Teilnehmer
} gespeichert; die Entfernung war am { $date } fällig
cli-doctor-attendees-overdue-fix = den Stand einmal starten oder `leadbooth attendees purge` ausführen, um die Liste zu entfernen
cli-doctor-attendees-on-file = { $count ->
    [one] 1 Teilnehmer
   *[other] { $count } Teilnehmer
} gespeichert, { $after }
cli-doctor-attendees-no-end = { $count ->
    [one] 1 Teilnehmer
   *[other] { $count } Teilnehmer
} gespeichert, ohne Ende aufbewahrt: die Veranstaltung setzt kein last_day
cli-doctor-attendees-no-end-fix = last_day (und attendee_list_days) unter [event] setzen oder nach der Messe `leadbooth attendees purge` ausführen
cli-doctor-pin-unknown = nicht feststellbar, ob eine Kiosk-PIN gesetzt ist: die Einstellungen des Stands sind nicht lesbar
cli-doctor-see-database = siehe die Datenbankzeilen oben
cli-doctor-pin-not-set = nicht gesetzt: `leadbooth --kiosk` braucht eine, bevor er startet (`leadbooth kiosk set-pin`); der Teammodus nicht
cli-doctor-pin-set = gesetzt (als gesalzener Argon2id-Hash gespeichert); der Kiosk kann starten
cli-doctor-pin-damaged = der gespeicherte Hash der Kiosk-PIN ist beschädigt: `leadbooth --kiosk` startet nicht
cli-doctor-pin-damaged-fix = die PIN mit `leadbooth kiosk set-pin` neu setzen
cli-doctor-space-unmeasured = freier Speicherplatz bei { $path } nicht messbar: { $error }
cli-doctor-space-unmeasured-fix = den Datenträger von Hand prüfen (df -h)
cli-doctor-space-data = { $size } frei für den Datenordner ({ $path })
cli-doctor-space-target = { $size } frei für das Exportziel ({ $path })
cli-doctor-space-exports = { $size } frei für die Exporte ({ $path })
cli-doctor-space-under = { $found }, unter { $limit }
cli-doctor-space-data-fix = auf diesem Datenträger Platz schaffen: der Stand braucht Platz, um Leads zu speichern
cli-doctor-space-export-fix = dort Platz schaffen oder mit `leadbooth export --out DIR` in einen anderen Ordner exportieren
cli-doctor-export-dir-missing = { $path } (export_dir in der Veranstaltungsdatei) gibt es nicht
cli-doctor-export-dir-missing-fix = vor dem Export einstecken oder einhängen, oder export_dir in der Veranstaltungsdatei ändern
cli-doctor-export-dir-not-folder = { $path } (export_dir in der Veranstaltungsdatei) ist kein Ordner
cli-doctor-export-dir-not-folder-fix = export_dir in der Veranstaltungsdatei ändern
cli-doctor-key-too-large = viel zu groß für einen Schlüssel
cli-doctor-key-not-text = kein Text
cli-doctor-keys-init-fix = vor der Messe `leadbooth keys init` ausführen und der Zentrale den öffentlichen Schlüssel geben (`leadbooth keys pubkey`), damit sie den Stapeln dieses Laptops vertrauen kann
cli-doctor-no-signing-key = noch kein Signierschlüssel des Geräts ({ $path })
cli-doctor-secret-key-chmod-fix = ausführen: chmod 600 '{ $path }'; falls andere ihn kopiert haben könnten, einen neuen Schlüssel erzeugen und die neue { $public } der Zentrale schicken
cli-doctor-key-unprotected = { $path } Schlüssel-ID { $id }{ $mode }, nicht durch eine Passphrase geschützt: wer diesen Laptop mitnimmt, kann Stapel signieren, die die Zentrale annimmt
cli-doctor-key-unprotected-fix = schützen: `leadbooth keys init --force --passphrase` (dann die neue device.pub der Zentrale geben); der Stand fragt beim Export nach der Passphrase
cli-doctor-key-protected-id = { $path } Schlüssel-ID { $id } durch Passphrase geschützt{ $mode }
cli-doctor-key-protected = { $path } durch Passphrase geschützt{ $mode }
cli-doctor-not-secret-key = { $path } ist kein geheimer minisign-Schlüssel ({ $error })
cli-doctor-not-secret-key-fix = aus der Sicherung wiederherstellen oder mit `leadbooth keys init` einen neuen Schlüssel erzeugen und den neuen öffentlichen Schlüssel der Zentrale schicken
cli-doctor-public-missing = { $path } fehlt
cli-doctor-public-missing-fix = aus der Sicherung wiederherstellen; die Zentrale braucht ihn, um die Stapel dieses Laptops zu prüfen
cli-doctor-no-public = keine { $path }
cli-doctor-not-public-key = { $path } ist kein öffentlicher minisign-Schlüssel ({ $error })
cli-doctor-restore-fix = aus der Sicherung wiederherstellen
cli-doctor-key-mismatch = { $path } hat die Schlüssel-ID { $id }, der Signierschlüssel aber { $secret }: sie gehören nicht zusammen
cli-doctor-key-mismatch-fix = das passende Paar aus der Sicherung wiederherstellen
cli-doctor-public-ok = { $path } Schlüssel-ID { $id }
cli-doctor-volume-why = die Festplatte eines gestohlenen Laptops lässt sich in jedem anderen Computer lesen: jeder Lead, der Signierschlüssel und die Teilnehmerliste liegen darauf
cli-doctor-volume-fix = den Datenordner auf einem verschlüsselten Datenträger halten: Festplattenverschlüsselung (LUKS) bei der Installation oder ein für den Datenordner eingehängter LUKS-Container (README, „Preparing a booth laptop“)
cli-doctor-volume-encrypted = { $path } liegt auf einem verschlüsselten Datenträger (dm-crypt { $name })
cli-doctor-volume-other = { $path } liegt auf { $what }
cli-doctor-volume-plain = { $path } liegt NICHT auf einem verschlüsselten Datenträger ({ $device } unter { $mount }): { $why }
cli-doctor-volume-unknown = nicht feststellbar, ob { $path } auf einem verschlüsselten Datenträger liegt: { $reason }; { $why }
cli-doctor-encryption-none = Stapel werden im Klartext geschrieben: die Veranstaltungsdatei nennt keine Empfänger unter [encryption], ein verlorener USB-Stick legt also jeden Lead offen
cli-doctor-encryption-none-fix = die Zentrale nach ihrem Empfänger fragen (`leadbooth identity new` gibt ihn aus) und `[encryption] recipients = ["age1…"]` in die Veranstaltungsdatei schreiben
cli-doctor-encryption-ok = Stapel werden verschlüsselt für { $count ->
    [one] 1 Empfänger
   *[other] { $count } Empfänger
}: { $list }
cli-doctor-event-fix = die Veranstaltungsdatei berichtigen (`leadbooth init-event -` gibt ein kommentiertes Beispiel aus)
cli-doctor-not-checked-event = nicht geprüft: die Veranstaltungsdatei wurde nicht geladen
cli-doctor-see-event = siehe die Veranstaltungsprüfung oben
# The event file the summary names, when it is the built-in one
# ("… from built-in demo event").
cli-doctor-builtin-demo = der eingebauten Demo-Veranstaltung
cli-doctor-event-summary = { $id } „{ $name }“ aus { $source }: { $purposes ->
    [one] 1 Einwilligungszweck
   *[other] { $purposes } Einwilligungszwecke
} ({ $required } erforderlich), { $questions ->
    [one] 1 Frage
   *[other] { $questions } Fragen
}
cli-doctor-event-demo-fix = für eine echte Messe mit `leadbooth init-event` eine Veranstaltungsdatei schreiben, bearbeiten und mit --config FILE angeben
cli-doctor-event-demo-fix-save = für eine echte Messe mit `leadbooth init-event` eine Veranstaltungsdatei schreiben, bearbeiten und mit --config FILE angeben oder als { $path } speichern
cli-doctor-policy-summary = Version { $version }, Stand { $date }, { $url }
cli-doctor-not-stated = nicht angegeben
cli-doctor-policy-sample = { $summary }: die eingebaute MUSTER-Erklärung (das Dokument einer anderen Firma von 2012)
cli-doctor-policy-sample-fix = die eigene Datenschutzerklärung Ihrer Organisation schreiben, neben die Veranstaltungsdatei legen und [policy] file = "privacy-policy.md" setzen
cli-doctor-policy-example-url-fix = [policy] url in der Veranstaltungsdatei auf Ihre echte Datenschutzseite setzen: der QR-Code zeigt dorthin
cli-doctor-policy-no-date-fix = eine Zeile „Last Updated <Datum>“ in die Datenschutzerklärung schreiben, damit Teilnehmende ihr Datum sehen
cli-doctor-notice-lacks = den Hinweisen vor der Einwilligung fehlt { $fields }
cli-doctor-notice-lacks-fix = in der Veranstaltungsdatei setzen (`leadbooth init-event` fragt danach); Teilnehmende müssen erfahren, wer Sie sind, wie lange Sie ihre Angaben aufbewahren, welche Rechte sie haben, wie sie widerrufen und wohin die Angaben gehen
cli-doctor-notice-ok = Verantwortlicher { $name } ({ $contact }), Rechtsraum { $jurisdiction }
cli-doctor-translations-ok = Texte der Veranstaltung auf { $languages } (Standard { $default })
cli-doctor-translations-missing = Veranstaltungsdatei { $file }: { $count ->
    [one] 1 fehlende Übersetzung
   *[other] { $count } fehlende Übersetzungen
}: { $list }
cli-doctor-translations-missing-fix = unter [translation.<Sprache>] in der Veranstaltungsdatei ergänzen (`leadbooth init-event -` zeigt die Form); bis dahin lesen Teilnehmende, die diese Sprache gewählt haben, dort die Standardsprache
cli-doctor-colours-no-color = Farben aus (NO_COLOR ist gesetzt)
cli-doctor-colours-flag = Farben aus (--no-color)
cli-doctor-colours-not-tty = Farben hier aus (kein Terminal); am Stand an
cli-doctor-colours-on = Farben an (NO_COLOR setzen oder --no-color angeben für einfarbig)
cli-doctor-terminal-not-tty = die Standardausgabe ist kein Terminal, Größe nicht geprüft; { $colours }
cli-doctor-terminal-zero = es meldet 0x0
cli-doctor-terminal-unknown = die Terminalgröße ist nicht lesbar ({ $error }); { $colours }
cli-doctor-terminal-unknown-fix = sicherstellen, dass das Terminal des Stands mindestens { $width }x{ $height } groß ist
cli-doctor-terminal-small = { $size }, kleiner als die { $least } des Stands; { $colours }
cli-doctor-terminal-small-fix = das Fenster vergrößern oder eine kleinere Schrift nehmen
cli-doctor-terminal-ok = { $size }; { $colours }

## The event named in several commands

cli-event-builtin-demo = eingebaute Demo-Veranstaltung

## leadbooth verify

cli-verify-failed = Stapel { $batch } hat die Prüfung nicht bestanden: { $error }
cli-verify-give-key = --pubkey FILE oder --trust DIR angeben
cli-verify-sealed-needs-identity = { $batch } ist ein verschlüsselter Stapel: --identity FILE (die age-Identität des Büros) angeben, um seinen Inhalt zu prüfen; ohne sie prüft `{ $command }`, ob er unversehrt ankam
# Starts with "OK" in every language: a person sees it at a glance, and a
# script that looked for it keeps working.
cli-verify-ok = OK { $batch }: { $leads ->
    [one] 1 Lead
   *[other] { $leads } Leads
}, { $erasures ->
    [one] 1 Löschung
   *[other] { $erasures } Löschungen
}; Veranstaltung { $event }, Gerät { $device }, Nr. { $seq }, signiert mit Schlüssel { $key }
cli-verify-decrypted = mit der angegebenen Identität entschlüsselt

## leadbooth keys

cli-keys-key-id = Schlüssel-ID
cli-keys-created = erzeugt
cli-keys-protection = Schutz
cli-keys-public-key = öffentlich
cli-keys-secret-key = geheim
cli-keys-unknown = unbekannt
cli-keys-passphrase = Passphrase (der Export liest LEADBOOTH_KEY_PASSPHRASE oder fragt)
cli-keys-file-mode = Dateirechte 0600, unverschlüsselt (Export ohne Rückfrage)
cli-keys-replaced = Geräteschlüssel { $old } durch { $new } ersetzt: der alte öffentliche Schlüssel prüft neue Stapel nicht mehr; die neue { $public } der Zentrale geben
cli-keys-give = { $public } der Zentrale geben: Damit prüft sie Ihre Stapel.
cli-keys-prompt-required = Passphrase für den Signierschlüssel des Geräts:
cli-keys-prompt =
    Passphrase für den Signierschlüssel des Geräts (schützt ihn, wenn der Laptop gestohlen wird; der Stand fragt beim Export danach)
    oder Enter für keine (Export ohne Rückfrage, nur durch Dateirechte geschützt):
cli-keys-prompt-again = Dieselbe Passphrase noch einmal:
cli-keys-differ = die beiden Passphrasen unterscheiden sich; es wurde kein Schlüssel erzeugt

## leadbooth attendees

cli-attendees-purged-already = { $file }: nichts importiert: die Teilnehmerliste wird ab { $day } entfernt ({ $days } Tage nach dem letzten Veranstaltungstag)
cli-attendees-cannot-read = { $file } ist nicht lesbar
cli-attendees-nothing-imported = { $file }: nichts importiert
cli-attendees-refused = { $file }: nichts importiert: { $why }
cli-attendees-row-skipped = { $file }: { $error }: Zeile übersprungen
cli-attendees-imported = { $count ->
    [one] 1 Teilnehmer
   *[other] { $count } Teilnehmer
} aus { $file } importiert: { $new } neu, { $updated } aktualisiert; { $skipped ->
    [one] 1 Zeile
   *[other] { $skipped } Zeilen
} übersprungen (siehe oben); { $total } gespeichert
cli-attendees-removed = Teilnehmerliste entfernt: { $count ->
    [one] 1 Teilnehmer
   *[other] { $count } Teilnehmer
}; Registrierungsnummern von Ausweisen werden nicht mehr nachgeschlagen

## leadbooth central (a person's rights at the office)

cli-central-no-db = --into { $path }: keine solche zentrale Datenbank
cli-central-no-receipt = Beleg { $id }: kein Lead mit dieser Belegnummer in { $db } (noch nicht importiert, gelöscht oder vertippt)
# central receipt ID: one labelled line per value
cli-central-receipt-lead = Lead
cli-central-receipt-contact = Kontakt
cli-central-receipt-event = Veranstaltung
cli-central-receipt-captured = erfasst
cli-central-receipt-captured-value = { $at } auf Gerät { $device }
cli-central-receipt-batch = Stapel
cli-central-receipt-policy = Datenschutz
cli-central-receipt-consents = Einwilligungen
cli-central-receipt-no-email = keine E-Mail
cli-central-erased-at = { $email }: in der Zentrale gelöscht am { $at } (Grabstein bleibt)
cli-central-no-contact = kein Kontakt zu { $email } gespeichert
cli-central-contact = Kontakt { $id } ({ $count ->
    [one] 1 Quell-Lead
   *[other] { $count } Quell-Leads
}):
cli-central-erased = { $email } in der Zentrale gelöscht: { $count ->
    [one] 1 Quell-Lead
   *[other] { $count } Quell-Leads
} entfernt; der Grabstein { $hash } verhindert, dass spätere Stapel die Person zurückbringen; die nächste Sperrdatei löscht den Kontakt im CRM
cli-central-removed-lead = Quell-Lead { $id } entfernt
cli-central-withdrew = { $purpose } für { $email } in der Zentrale widerrufen: { $count ->
    [one] 1 Quell-Lead hatte
   *[other] { $count } Quell-Leads hatten
} die Einwilligung erteilt; Leads der Person mit Einwilligung vor jetzt, die spätere Stapel bringen, werden ebenfalls widerrufen
cli-central-withdrew-unsubscribed = { $purpose } für { $email } in der Zentrale widerrufen: { $count ->
    [one] 1 Quell-Lead hatte
   *[other] { $count } Quell-Leads hatten
} die Einwilligung erteilt; die nächste Sperrdatei meldet den Kontakt ab; Leads der Person mit Einwilligung vor jetzt, die spätere Stapel bringen, werden ebenfalls widerrufen
cli-central-give-csv = --csv OUT angeben: die zu schreibende CRM-Datei
cli-central-purged = { $count ->
    [one] 1 Kontakt
   *[other] { $count } Kontakte
} entfernt, zuletzt vor mehr als { $days } Tagen erfasst, samt ihrer Quell-Leads; die nächste Sperrdatei löscht sie im CRM

## leadbooth report

cli-report-none = keine
cli-report-no-event = --event { $id }: kein Stapel dieser Veranstaltung in { $db } (gespeicherte Veranstaltungen: { $known })
cli-report-nothing = { $db }: noch kein Stapel importiert, also gibt es nichts zu berichten (erst leadbooth import)
cli-report-making-folder = Berichtsordner { $path } anlegen
cli-report-writing = Bericht { $path } schreiben
cli-report-wrote = { $path } geschrieben: { $name } ({ $id }), { $leads ->
    [one] 1 Lead
   *[other] { $leads } Leads
} von { $laptops ->
    [one] 1 Laptop
   *[other] { $laptops } Laptops
}

## leadbooth stats (labels line up: the values start after the longest label)

cli-stats-header = { $name } ({ $id }) auf diesem Laptop, { $day } (UTC{ $offset })
cli-stats-leads = Leads
cli-stats-leads-value = { $leads } ({ $day_leads } am { $day }, { $erased } gelöschte nicht gezählt)
cli-stats-by-hour = pro Stunde
cli-stats-none-yet = noch keine
cli-stats-by-staff = nach Person
cli-stats-ratings = Bewertungen
cli-stats-ratings-value = heiß { $hot }, warm { $warm }, kalt { $cold }, ohne { $unrated }
cli-stats-consent = Einwilligung
cli-stats-consent-value = erteilt / erfasst (nicht erteilt, widerrufen)
cli-stats-not-exported = nicht exportiert
cli-stats-not-exported-value = { $leads ->
    [one] 1 Lead
   *[other] { $leads } Leads
}, { $erasures ->
    [one] 1 Löschung/Widerruf
   *[other] { $erasures } Löschungen/Widerrufe
}
cli-stats-last-batch = letzter Stapel
cli-stats-last-batch-value = { $folder } um { $at } ({ $leads ->
    [one] 1 Lead
   *[other] { $leads } Leads
})
cli-stats-no-batch = noch keiner geschrieben

## leadbooth policy

cli-policy-version = Version (SHA-256)
cli-policy-last-updated = Stand
cli-policy-url = URL
cli-policy-source = Quelle
cli-policy-not-stated = nicht angegeben
cli-policy-url-in = URL der Datenschutzerklärung in { $source }
cli-policy-qr-size = { $mm } mm im Quadrat bei 300 dpi, { $modules } Module mit Ruhezone
cli-policy-qr-wrote = { $path } geschrieben (QR-Code zu { $url }; { $size })

## leadbooth import: one line per batch, and what went wrong

cli-import-no-folder = --into { $path }: den Ordner { $folder } gibt es nicht
cli-import-recomputed = { $count ->
    [one] 1 Kontakt
   *[other] { $count } Kontakte
} neu berechnet, die ein älteres leadbooth zusammengeführt hat: ein nicht gesetztes Häkchen zählt nicht mehr gegen eine Einwilligung
cli-import-verifying = prüfe
cli-import-importing = importiere Leads
cli-import-refused = Stapel { $batch } abgelehnt: { $why }
cli-import-skipped = übersprungen  { $batch }: schon importiert am { $at }
cli-import-batch = importiert { $batch } (Gerät { $device }, Nr. { $seq }): { $new } neu, { $merged } zusammengeführt, { $updated } aktualisiert, { $ignored } ignoriert; { $erasures ->
    [one] 1 Löschung
   *[other] { $erasures } Löschungen
}, { $withdrawals ->
    [one] 1 Widerruf
   *[other] { $withdrawals } Widerrufe
}
cli-import-gap-recorded = Lücke vermerkt: Nr. { $from }..={ $to } von Gerät { $device } noch nicht importiert (--allow-gaps)
cli-import-rebound = Gerät { $device } ist jetzt an Schlüssel { $new } gebunden (vorher an Schlüssel { $old }; --rebind)
cli-import-gap-filled = die vermerkte Lücke bei Nr. { $seq } ist geschlossen
cli-import-ignored-erased = Lead { $id } ignoriert: er wurde gelöscht und wird nie wieder importiert
cli-import-ignored-person-erased = Lead { $id } ignoriert: seine Person wurde am { $at } in der Zentrale gelöscht (Grabstein der E-Mail-Adresse); nicht importiert
cli-import-ignored-stale = { $count ->
    [one] 1 ältere Fassung
   *[other] { $count } ältere Fassungen
} von Leads ignoriert, die schon in einer neueren Fassung importiert sind
cli-import-contact-orphaned = Kontakt { $id } hat keinen Quell-Lead mehr (gelöscht, oder sein Lead ging an eine andere E-Mail-Adresse): auch im CRM löschen (er steht in der nächsten Sperrdatei)

## The CRM files (import --csv, central crm)

cli-crm-written = CSV für { $profile } geschrieben nach { $path }: { $contacts ->
    [one] 1 Kontakt
   *[other] { $contacts } Kontakte
}
cli-crm-written-changed = CSV für { $profile } geschrieben nach { $path }: { $contacts ->
    [one] 1 Kontakt
   *[other] { $contacts } Kontakte
} geändert seit der vorigen CRM-Datei ({ $since })
cli-crm-written-first = CSV für { $profile } geschrieben nach { $path }: { $contacts ->
    [one] 1 Kontakt
   *[other] { $contacts } Kontakte
} (keine vorige CRM-Datei: alle)
cli-crm-salesforce-placeholders = Salesforce braucht Company und Last Name: { $companies ->
    [one] 1 Kontakt hat
   *[other] { $companies } Kontakte haben
} Company { $company } und { $last_names } Last Name { $last_name }; in Salesforce vervollständigen
cli-crm-for-review = { $count ->
    [one] 1 Kontakt
   *[other] { $count } Kontakte
} zur Prüfung markiert (verschiedene Namen zu einer E-Mail-Adresse): siehe die Spalte Leadbooth Review
cli-crm-suppressions = Sperrdatei geschrieben nach { $path }: { $deletions } zu löschen, { $unsubscribes } abzumelden seit der vorigen

## Why a batch was refused or an attendee row skipped (the file, field and line named)

cli-reason-folder = Stapelordner { $path } ist nicht lesbar: { $error }
cli-reason-missing = { $path } fehlt
cli-reason-extra = { $path } gehört nicht in einen Stapelordner (dort dürfen nur die Dateien des Stapels liegen)
cli-reason-not-a-file = { $path } ist keine gewöhnliche Datei
cli-reason-read = { $path } ist nicht lesbar: { $error }
cli-reason-wrong-key = { $path } stammt von Schlüssel { $signed_by }, nicht vom angegebenen öffentlichen Schlüssel { $expected }
cli-reason-bad-signature = { $path } lässt sich nicht bestätigen: SHA256SUMS wurde verändert, oder die Signatur gehört zu einem anderen Stapel
cli-reason-bad-trusted-comment = { $path }: der vertrauenswürdige Kommentar wurde verändert (seine Signatur stimmt nicht)
cli-reason-checksum = { $path } passt nicht zu seiner Prüfsumme in SHA256SUMS: die Datei wurde verändert oder beschädigt
cli-reason-checksum-crlf = { $path } passt nicht zu seiner Prüfsumme in SHA256SUMS: die Datei wurde verändert oder beschädigt (ihre Zeilenenden wurden in CR LF geändert)
cli-reason-line = { $path } Zeile { $line }: { $detail }
cli-reason-key-id = { $path } nennt Schlüssel { $manifest }, der Stapel ist aber mit Schlüssel { $signature } signiert
cli-reason-failed-verification = Prüfung nicht bestanden: { $why }
cli-reason-untrusted-key = er ist mit Schlüssel { $key } signiert, dem nicht vertraut wird: keine *.pub-Datei in { $trust } hat diese Schlüssel-ID (ist dieser Laptop Ihrer, seine keys/device.pub dort ablegen)
cli-reason-no-identity = { $path } ist ein verschlüsselter Stapel: --identity FILE (die age-Identität des Büros) angeben, um ihn zu importieren
cli-reason-gap = LÜCKE in der Kette von Gerät { $device }: Stapel Nr. { $seq } ist angekommen, aber { $count ->
    [one] Nr. { $from }..={ $to } wurde
   *[other] Nr. { $from }..={ $to } wurden
} nicht importiert; erst den fehlenden Stapel importieren, oder mit --allow-gaps jetzt importieren und die Lücke vermerken
cli-reason-gap-too-big = Gerät { $device }: Stapel Nr. { $seq } ließe { $count } Stapel fehlen (mehr als { $max }); auch mit --allow-gaps abgelehnt — Gerät und Nummer des Stapels prüfen
cli-reason-changed = { $path } hat sich nach der Prüfung geändert (sein SHA-256 passt nicht mehr zu SHA256SUMS); nichts aus diesem Stapel wurde importiert — den Stapel erneut kopieren und wiederholen
cli-reason-changed-line = { $path } Zeile { $line } hat sich nach der Prüfung geändert: { $detail }; nichts aus diesem Stapel wurde importiert
cli-reason-manifest-rule = { $path }: { $detail }; nichts aus diesem Stapel wurde importiert
cli-reason-record = { $path } Zeile { $line }: { $detail }; nichts aus diesem Stapel wurde importiert
cli-reason-collision = { $path } Zeile { $line }: Lead { $lead } gehört schon Gerät { $owner }: ein Stapel bringt nur die Leads seines eigenen Laptops (zwei Laptops mit einer Lead-ID, oder ein Laptop spricht für einen anderen); nichts aus diesem Stapel wurde importiert
cli-reason-import-read = { $path } ist nicht lesbar: { $error }; nichts aus diesem Stapel wurde importiert
cli-reason-missing-column = Kopfzeile: Spalte { $column } fehlt (nötig sind { $columns }; Überschriften wie „Badge ID“ oder „First Name“ werden auch gelesen, in beliebiger Schreibweise)
cli-reason-row = Zeile { $line }: { $field }: { $message }
cli-reason-row-at = Zeile { $line }: { $field }: { $message } (Spalte { $letter }, { $header })
cli-reason-line-only = Zeile { $line }: { $message }

## An event file that cannot be used (every command; doctor's event line)

cli-config-read = Veranstaltungsdatei { $path } ist nicht lesbar: { $error }
cli-config-parse = Veranstaltungsdatei { $path }: Zeile { $line }: { $message }
cli-config-invalid = Veranstaltungsdatei { $path }: { $key }: { $message }
cli-config-policy = Datei der Datenschutzerklärung { $path } (aus Veranstaltungsdatei { $event }): { $error }
cli-config-recipients-read = Empfängerdatei { $path } ist nicht lesbar (aus Veranstaltungsdatei { $event }, encryption.recipients_file): { $error }
cli-config-event-too-large = Veranstaltungsdatei { $path } hat { $size } Bytes oder mehr, mehr als die erlaubten { $max } Bytes
cli-config-policy-too-large = Datei der Datenschutzerklärung { $path } hat { $size } Bytes oder mehr, mehr als die erlaubten { $max } Bytes
cli-config-policy-read = Datei der Datenschutzerklärung { $path } ist nicht lesbar (aus Veranstaltungsdatei { $event }): { $error }

## The device key (keys, export)

cli-key-missing = kein Signierschlüssel des Geräts in { $path }: `leadbooth keys init` ausführen
cli-key-exists = es gibt schon einen Signierschlüssel des Geräts: { $path } (Schlüssel-ID { $id }); nichts wurde geändert. `leadbooth keys init --force` ersetzt ihn, danach prüft die alte device.pub neue Stapel nicht mehr
cli-key-wrong-passphrase = falsche Passphrase für den Geräteschlüssel { $path }
cli-key-need-passphrase = der Geräteschlüssel { $path } ist verschlüsselt: { $env } setzen oder in einem Terminal ausführen, um die Passphrase einzutippen
cli-key-empty-passphrase = eine leere Passphrase würde den Schlüssel nicht schützen; eine Passphrase eingeben oder --passphrase weglassen
cli-key-mismatch = { $public } (Schlüssel-ID { $id }) ist nicht der öffentliche Schlüssel zu { $secret } (Schlüssel-ID { $secret_id }); mit `leadbooth keys init --force` ein neues Paar erzeugen

# ===== rules and leftovers (branch i18nrules) =====
# Regeln, die das Formular nicht verletzen kann (Antworten, Einwilligungs-
# nachweise, Herkunft bei `leads add`); die Kommandozeile nennt sie nach Zeile
# und Feld. Feldnamen und Werte (granted, cli, captured_at) bleiben wie in der
# Eingabe.

## Answers

rule-not-a-question = ist keine Frage dieser Veranstaltung
rule-not-a-choice = { $value } ist keine der Antwortmöglichkeiten
rule-chosen-twice = { $value } ist doppelt gewählt
rule-takes-list = erwartet eine Liste von Antworten
rule-takes-one = erwartet einen einzelnen Wert, keine Liste

## Consent decisions

rule-consent-missing = fehlt: granted mit true oder false angeben
rule-purpose-unknown = ist kein Zweck dieser Veranstaltung
rule-appears-twice = kommt mehr als einmal vor
rule-wording-not-events = ist nicht der Wortlaut, den diese Veranstaltung für den Zweck zeigt; weglassen (festgehalten wird der Wortlaut der Veranstaltung)
rule-method-mismatch = ist { $given }, diese Erfassung ist aber { $capture }; wie eine Einwilligung eingeholt wurde, hält nur der Stand selbst fest
rule-in-future = liegt in der Zukunft
rule-ticked-not-granted = ist gesetzt, aber die Einwilligung ist nicht erteilt
rule-withdrawn-not-granted = ist gesetzt, aber die Einwilligung wurde nicht erteilt
rule-withdrawn-before-given = liegt vor der Erteilung der Einwilligung

## leads add: provenance

rule-source-not-cli = ist { $value }: ein über die Kommandozeile hinzugefügter Lead wird als "cli" festgehalten (staff-, kiosk- und badge-Leads erfasst nur der Stand); weglassen
rule-captured-by-other = nennt eine andere Person als die, die den Lead hinzufügt ({ $name }); weglassen oder mit --staff NAME ausführen
rule-device-not-this = ist nicht dieser Laptop ({ $device }); weglassen
rule-event-not-current = ist nicht die aktuelle Veranstaltung ({ $event }); weglassen oder die Datei jener Veranstaltung verwenden
rule-policy-not-shown = ist eine Version der Datenschutzerklärung, die dieser Stand nie gezeigt hat (ihr Text liegt hier nicht vor); weglassen, um die aktuelle festzuhalten
rule-tick-before-capture = liegt vor der Erfassung (captured_at)

## leads add: where, and what came of it

add-line = Zeile { $line }
add-standard-input = Standardeingabe
add-cannot-read = { $file } ist nicht lesbar
add-line-too-long = ist länger als { $max } Byte, die längste Zeile, die ein Stapel fassen kann (nicht weitergelesen)
add-not-utf8 = kein UTF-8 ab Byte { $position }
add-nothing-saved = { $error }; nichts aus { $file } wurde gespeichert
add-added = { $count } { $count ->
    [one] Lead
   *[other] Leads
} aus { $file } hinzugefügt

## leads erase, withdraw, find, show

leads-give-id = eine Lead-ID oder --person angeben
leads-none-granted = kein Lead dieser Person hat { $purpose } erteilt: nichts widerrufen
leads-not-a-purpose = --purpose { $purpose } ist kein Zweck dieser Veranstaltung ({ $known })
leads-found = { $count ->
    [0] kein Lead dieser Person auf diesem Laptop
    [one] 1 Lead dieser Person auf diesem Laptop; `leadbooth leads erase --person ...` löscht ihn
   *[other] { $count } Leads dieser Person auf diesem Laptop; `leadbooth leads erase --person ...` löscht sie alle
}
leads-copy-removed = Kopie von Stapel { $seq } ({ $folder }) im Datenordner entfernt: sie enthielt die Person; der signierte Stapel anderswo und die Hashes im Protokoll bleiben unverändert
leads-no-person = kein Lead von { $who } auf diesem Laptop (gelöschte Leads werden nicht durchsucht)
leads-id-short = Lead-ID { $id }: die volle ID oder mindestens ihre ersten 8 Zeichen angeben
leads-id-none = kein Lead, dessen ID mit { $id } beginnt
leads-id-ambiguous = Lead-ID { $id } ist mehrdeutig: { $count } Leads beginnen damit; mehr Zeichen angeben

## kiosk set-pin

kiosk-pin-new = Neue Team-PIN für den Kiosk:{" "}
kiosk-pin-repeat = PIN wiederholen:{" "}
kiosk-pin-unreadable-terminal = die PIN kann nicht vom Terminal gelesen werden
kiosk-pin-unreadable-stdin = die PIN kann nicht von der Standardeingabe gelesen werden
kiosk-pin-differ = die beiden PINs stimmen nicht überein; nichts wurde geändert
kiosk-pin-set = Team-PIN für den Kiosk gesetzt (gespeichert als gesalzener Argon2id-Hash)

## Starting the booth's screen

tui-no-signals = Signalbehandlung kann nicht eingerichtet werden
tui-no-terminal = das Terminal kann nicht eingerichtet werden

## init-event --ask (the example's value follows each question)

init-q-organisation = Ihre Organisation (im Einwilligungstext genannt)
init-q-controller = Rechtlicher Name des Verantwortlichen
init-q-address = Seine Postanschrift, in einer Zeile
init-q-contact = Datenschutzkontakt (E-Mail-Adresse oder https-URL; Widerrufe gehen dorthin)
init-q-jurisdiction = Rechtsraum, in dem die Einwilligungen eingeholt werden (EU, GB, US-CA ...)
init-q-retention = Wie lange Sie die Angaben aufbewahren (ein Satz)
init-q-withdraw = Wie man eine Einwilligung widerruft (ein Satz)
init-q-transfers = Übermittlungen ins Ausland (ein Satz)
init-q-url = Die URL Ihrer vollständigen Datenschutzerklärung (der QR-Code)
init-reading = beim Lesen der Antwort
init-control = die Antwort enthält ein Steuerzeichen
init-exists = { $file } existiert bereits; mit --force überschreiben
init-cannot-create = { $file } kann nicht angelegt werden
init-cannot-write = { $file } kann nicht geschrieben werden
init-invalid = die Antworten ergeben keine gültige Veranstaltungsdatei: { $error }
## Show-day leftovers (show16b): a free-text question says it takes typing

text-answer-hint = Antwort hier eintippen

# --- The kiosk's Esc question, in the attendee's language (branch i18nbooth2) ---
kiosk-confirm-title = Neu beginnen?
kiosk-confirm-clear = Formular leeren? Alles, was Sie eingegeben haben, wird gelöscht und nicht gespeichert.
kiosk-confirm-yes = ja, leeren
kiosk-confirm-no = nein, weiter

# --- leads show, in the staff language (branch i18nbooth2) ---
show-lead = Lead
show-event = Veranstaltung
show-captured = Erfasst
show-captured-value = { $at } von { $by } ({ $source })
show-name = Name
show-email = E-Mail
show-phone = Telefon
show-company = Firma
show-job-title = Position
show-country = Land
show-rating = Bewertung
show-badge-id = Ausweis-ID
show-answer = Antwort
show-receipt = Beleg
show-policy = Erklärung
show-policy-value = { $hash } (zuletzt geändert: { $date }) { $url }
show-unknown = unbekannt
show-notice = Hinweis
show-notice-value = ganze Erklärung geöffnet: { $opened }, QR-Code gezeigt: { $qr }
show-yes = ja
show-no = nein
show-jurisdiction = , Rechtsraum { $jurisdiction }
show-controller = Verantwortlicher
show-collected = Erhoben
show-collected-value = { $method } über { $entry }; leadbooth { $version } als Systembenutzer { $user }
show-data-held = Gespeicherte Daten
show-consents = Einwilligungen
show-consents-columns = (Zweck, Rechtsgrundlage, Entscheidung, angekreuzt, gespeichert, läuft ab)
show-withdrawn = widerrufen { $at } von { $by } über { $channel }
show-language = Sprache
show-language-one = { $language }: die Person hat in dieser Sprache gelesen und eingewilligt
show-language-mixed = gewählt { $language }; gezeigt (die Standardsprache der Veranstaltung, wo ihr der Wortlaut fehlt): { $list }
show-notes = Notizen

# --- The record rules (lead::check_record), in the staff language (branch i18nbooth2) ---
record-time-future = { $time } liegt in der Zukunft (mehr als { $hours } Stunden nach { $now }); die Uhr des Laptops prüfen
record-decided-future = entschieden am { $time }: liegt in der Zukunft (mehr als { $hours } Stunden nach { $now }); die Uhr des Laptops prüfen
record-withdrawn-future = widerrufen am { $time }: liegt in der Zukunft (mehr als { $hours } Stunden nach { $now }); die Uhr des Laptops prüfen
record-event-id = { $value } ist keine Veranstaltungs-ID (Kleinbuchstaben, Ziffern und '-')
record-policy-hash = besteht nicht aus 64 Hexadezimalziffern in Kleinbuchstaben
record-question-id = ist keine Fragen-ID (Kleinbuchstaben, Ziffern und '_')
record-no-consents = hat keine Einwilligungsdatensätze: ein Lead hält für jeden Zweck seiner Veranstaltung eine Entscheidung fest
record-purpose-id = { $value } ist keine Zweck-ID (Kleinbuchstaben, Ziffern und '_')
record-no-wording = hat keinen Wortlaut
record-wording-control = der Wortlaut enthält das Steuerzeichen U+{ $code } an Stelle { $position }
record-wording-too-long = der Wortlaut hat { $found } Zeichen, mehr als die erlaubten { $max }
record-withdrawn-never-granted = ist widerrufen, wurde aber nie erteilt
record-withdrawn-before = ist am { $time } widerrufen, vor der Erteilung am { $decided }
record-data-category = { $value } ist keine Datenkategorie ({ $list })
record-too-long = der Datensatz hat { $found } Bytes, mehr als die erlaubten { $max } (die längste Zeile, die ein Stapel fassen kann): Notizen oder Antworten kürzen

# --- leadbooth identity (the office's age identity), in the staff language (branch i18nbooth2) ---
identity-created = age-Identität { $path } erstellt (Modus 0600). Im Büro aufbewahren und sichern: ohne sie lassen sich die an sie verschlüsselten Stapel nicht lesen.
identity-put-recipient = Den Empfänger oben in die Veranstaltungsdatei jedes Stands eintragen:
identity-exists = { $path } gibt es schon; nichts wurde geändert (eine Identität wird nie überschrieben: die an sie verschlüsselten Stapel ließen sich sonst nicht mehr lesen). Einen anderen Dateinamen wählen
identity-line = { $path } Zeile { $line }: keine age-X25519-Identität ({ $detail }); eine Identitätsdatei enthält eine Zeile AGE-SECRET-KEY-1… (Zeilen mit # am Anfang sind Kommentare)
identity-empty = { $path } enthält keine Zeile AGE-SECRET-KEY-1…: keine age-Identitätsdatei

## Booth screens: who reads it decides its language (branch nu9booth)

form-cleared = Formular geleert, auch alle Häkchen: Es beginnt leer.
label-colon = { $field }:
staff-scan-others-cleared = ; die übrigen Felder wurden mit den Angaben der vorigen Person geleert.

## First run as a German booth team (nu9cli): init-event and doctor

init-q-rights = Die Rechte der Teilnehmenden (ein Satz)
cli-doctor-notice-sample = noch die Beispielwerte: { $fields }; Einwilligungen würden für eine Firma erfasst, die sie nicht eingeholt hat
cli-doctor-notice-sample-fix = Ihre Organisation, den rechtlichen Namen des Verantwortlichen und Ihren eigenen Datenschutzkontakt in die Veranstaltungsdatei eintragen (`leadbooth init-event --ask` fragt danach)
cli-store-booth-running = auf dem Datenordner { $path } läuft bereits ein leadbooth-Stand{ $holder }; zuerst diesen schließen (die leadbooth-Befehle funktionieren daneben weiter)
cli-store-data-dir = Datenordner { $path } nicht nutzbar: { $error }
cli-stats-other-events = { $count ->
    [one] Hinweis: Dieser Datenordner enthält auch einen Lead einer anderen Veranstaltung, unten nicht gezählt
   *[other] Hinweis: Dieser Datenordner enthält auch { $count } Leads anderer Veranstaltungen, unten nicht gezählt
  }: { $events }. Diese Zahlen gelten für die Veranstaltung { $id }; für die anderen `leadbooth --config <deren Veranstaltungsdatei> stats` ausführen
cli-doctor-translations-language = { $language } ({ $code }): es fehlen { $keys }

## Purposes and languages at the kiosk and the staff side (branch i18nkiosk)

purpose-word-notice = Hinweis
language-switched-partly = Sprache: Deutsch, außer was auf { $default ->
    [en] Englisch
    [fr] Französisch
    [es] Spanisch
   *[other] Deutsch
  } bleibt: { $kept }.
language-ticks-cleared-partly = Sprache: Deutsch, außer was auf { $default ->
    [en] Englisch
    [fr] Französisch
    [es] Spanisch
   *[other] Deutsch
  } bleibt: { $kept }. Der Text hat sich geändert, bitte erneut ankreuzen: { $purposes }.
init-q-languages = Sprachen, die der Kiosk anbietet (en, de, fr, es; durch Kommas getrennt, Englisch darunter)

## What verify (and import) says of a batch file's form rather than its records (branch i18nlast)

vf-too-large = { $path } ist { $size } Bytes groß; { $what ->
    [sums] die Datei SHA256SUMS eines Stapels darf höchstens { $limit } Bytes haben
    [manifest] das Manifest eines Stapels darf höchstens { $limit } Bytes haben
    [signature] die Signatur eines Stapels darf höchstens { $limit } Bytes haben
   *[policies] die Datenschutztexte eines Stapels dürfen höchstens { $limit } Bytes haben
  }
vf-sums = { $path }: { $problem }
vf-signature-format = { $path } ist keine minisign-Signatur: { $detail }
vf-legacy-signature = { $path } ist eine minisign-Signatur im alten Verfahren (nicht vorab gehasht); leadbooth signiert Stapel vorab gehasht und weist Signaturen im alten Verfahren ab
vf-manifest = { $path } ist kein gültiges Manifest: { $detail }
vf-format = { $path } hat das Format { $found }; dieses leadbooth liest { $current } (und { $older })
vf-manifest-field = { $path }: { $field } { $detail }
vf-trusted-comment = { $path }: der vertrauenswürdige Kommentar { $found } passt nicht zu manifest.json (erwartet: { $expected })
vf-form = { $path } { $detail }
vf-count = { $manifest } nennt { $field } { $expected }, { $path } hat aber { $found }
vf-count-leads = { $count ->
    [one] einen Lead
   *[other] { $count } Leads
  }
vf-count-records = { $count ->
    [one] einen Datensatz
   *[other] { $count } Datensätze
  }
vf-count-rows = { $count ->
    [one] eine Datenzeile
   *[other] { $count } Datenzeilen
  }
vf-sums-empty = ist leer
vf-sums-crlf = Zeile { $line } endet mit CR LF (Windows-Zeilenenden); die Datei muss die \n-Zeilenenden behalten, mit denen sie signiert wurde
vf-sums-no-final-newline = die letzte Zeile endet nicht mit einem Zeilenumbruch (Datenmüll am Ende?)
vf-sums-malformed = Zeile { $line } hat nicht die Form `<64 Hexziffern in Kleinbuchstaben>  <Dateiname>`
vf-sums-unknown-name = Zeile { $line } nennt { $name }, keine Datei eines leadbooth-Stapels
vf-sums-duplicate = Zeile { $line } führt { $name } ein zweites Mal auf
vf-sums-out-of-order = Zeile { $line } führt { $name } an falscher Stelle auf (erwartet: { $expected })
vf-sums-missing = führt { $name } nicht auf
vf-line-empty = ist leer
vf-line-white-space = beginnt mit Leerraum
vf-line-more = enthält nach ihrem Datensatz noch mehr (einen zweiten Datensatz, Leerraum oder CR)
vf-line-not-a-record = ist kein Datensatz
vf-line-too-long = ist länger als { $limit } Bytes, die längste Zeile, die ein Stapel enthalten darf
vf-line-policy-too-long = ist länger als { $limit } Bytes, die längste Zeile mit Datenschutztexten, die ein Stapel enthalten darf
vf-line-no-newline = endet nicht mit einem Zeilenumbruch (Datenmüll am Ende?)
vf-line-not-json = ist kein JSON: { $error }
vf-line-parser = { $error } (Spalte { $column })
vf-not-exact-form = hat nicht die Form, in der leadbooth schreibt: sie weicht bei Byte { $byte } ab (Leerraum, Reihenfolge der Schlüssel, Escape-Sequenzen, Schreibweise einer Zeit oder ein hinzugefügtes oder fehlendes Feld); die Zeile wurde nach dem Export verändert
vf-policy-not-named = Datenschutzerklärung { $sha256 } ist keine Fassung aus manifest.json
vf-policy-twice = Datenschutzerklärung { $sha256 } steht zweimal darin
vf-policy-missing = der Text der Fassung { $sha256 } der Datenschutzerklärung (in manifest.json genannt) fehlt
vf-sig-not-utf8 = sie ist kein UTF-8-Text
vf-sig-crlf = sie hat CR-LF-Zeilenenden (Windows); sie muss ihre \n-Zeilenenden behalten
vf-sig-lines = sie muss genau 4 Zeilen haben, jede mit Zeilenumbruch, hat aber { $lines }
vf-sig-lines-no-newline = sie muss genau 4 Zeilen haben, jede mit Zeilenumbruch, hat aber { $lines } und keinen Zeilenumbruch am Ende
vf-sig-comment-signature = die Signatur des vertrauenswürdigen Kommentars (Zeile 4) ist { $bytes } Bytes lang, nicht { $want }
vf-manifest-no-format = es hat kein "format"
vf-field-format-lists = ist { $format }, SHA256SUMS führt aber policies.jsonl auf
vf-field-format-not-lists = ist { $format }, SHA256SUMS führt aber policies.jsonl nicht auf
vf-field-future = { $at } liegt in der Zukunft (mehr als { $hours } Stunden nach der Prüfung um { $now }); die Uhr des Laptops prüfen
vf-field-schema = ist { $schema }; ein Stapel im Format { $format } enthält Leads mit Schema { $expected }
vf-field-questions-present = ist vorhanden, ein Manifest im Format { $format } hat aber keinen Wortlaut der Fragen (den gibt es erst ab { $since })
vf-field-questions-missing = fehlt; ein Manifest im Format { $format } enthält den Wortlaut der Fragen der Veranstaltung
vf-field-question-empty = Frage { $number } hat eine leere ID oder Beschriftung
vf-field-question-twice = Fragen-ID { $id } kommt zweimal vor
vf-field-wording-present = ist vorhanden, ein Manifest im Format { $format } hat aber keinen Wortlaut je Sprache (den gibt es erst ab { $since })
vf-field-wording-missing = fehlt; ein Manifest im Format { $format } enthält den Wortlaut der Veranstaltung in jeder Sprache
vf-field-wording-empty = ist leer; es nennt keine Sprache
vf-field-language-twice = Sprache { $language } kommt zweimal vor
vf-field-language-others = { $language }: ihre Zwecke oder Fragen sind nicht die von { $first } (dieselben, in derselben Reihenfolge)
vf-field-text-line = { $language }: { $text } muss Text auf einer Zeile mit höchstens { $max } Zeichen sein
vf-field-text-hash = { $language }: purposes.{ $purpose }.text_sha256 ist nicht der SHA-256 seines Textes: der Wortlaut wurde nach dem Schreiben verändert
vf-field-seq-zero = ist 0; Stapel werden ab 1 gezählt
vf-field-previous-null = ist null, seq ist aber { $seq }
vf-field-previous-set = ist gesetzt, seq ist aber 1
vf-field-previous-hex = besteht nicht aus 64 Hexziffern in Kleinbuchstaben
vf-field-captured-at = passt nicht zu lead_count { $count }
vf-sealed-missing-sidecar = { $path } fehlt: ein verschlüsselter Stapel besteht aus drei Dateien ({ $name }, { $name }.sha256, { $name }.minisig), die zusammen bleiben müssen
vf-sealed-not-sealed-signature = { $path } ist nicht die Signatur eines verschlüsselten leadbooth-Stapels (vertrauenswürdiger Kommentar { $found })
vf-sealed-signature-of-another = { $path } ist die Signatur von { $names }, nicht von { $file }: die Signatur wurde vertauscht (oder die Dateien umbenannt); die drei eigenen Dateien dieses Stapels mit unveränderten Namen kopieren
vf-sealed-truncated = { $path } ist abgeschnitten: die Datei hat { $have } Bytes, signiert sind { $want } (eine abgebrochene Kopie?); erneut vom USB-Stick des Stands kopieren
vf-sealed-longer = { $path } hat { $have } Bytes, mehr als die signierten { $want }: etwas wurde angehängt
vf-sealed-altered = { $path } wurde verändert: die Datei hat die signierte Länge, aber nicht den signierten SHA-256 (ein geändertes oder gekipptes Byte); nichts darin ist vertrauenswürdig — erneut kopieren
vf-sealed-forged = { $path } passt nicht zu { $file }: die verschlüsselte Datei oder der vertrauenswürdige Kommentar der Signatur wurde verändert, nachdem der Stand signiert hat (Manipulation, kein Kopierfehler); nicht importieren und den Stand um seine drei eigenen Dateien bitten
vf-sealed-not-for-identity = { $path } ist nicht für die Identität in { $identity } ({ $recipient }) verschlüsselt: die Datei wurde für andere Empfänger erstellt; die Identität verwenden, deren age1…-Zeile in der Veranstaltungsdatei des Stands steht
vf-sealed-damaged = { $path } lässt sich nicht entschlüsseln: { $detail }
vf-sealed-contents = { $path } lässt sich entschlüsseln, enthält aber nicht genau einen Stapelordner: { $detail }
vf-sealed-mismatch = der Stapel in { $path } ist nicht der, den seine Signatur nennt: { $detail }
vf-sealed-temp = { $path } kann nicht in einen privaten temporären Ordner entschlüsselt werden: { $error } (TMPDIR bestimmt, wo)
vf-sealed-sum-line = muss genau eine Zeile mit Zeilenumbruch sein
vf-sealed-sum-form = ist keine sha256sum-Zeile (<sha256>  <Datei>)
vf-sealed-sum-names = nennt { $found }, nicht { $name }
vf-sealed-sum-mismatch = passt nicht zur signierten Prüfsumme: die Datei wurde verändert oder gehört zu einer anderen Kopie
vf-sealed-sum-not-utf8 = ist kein UTF-8-Text
vf-sealed-not-age = sie ist keine age-Datei, oder ihr Header wurde verändert
vf-sealed-header-mac = ihr age-Header wurde verändert (der Header-MAC stimmt nicht)
vf-sealed-cut-short = sie endet vor ihrem letzten verschlüsselten Block (abgeschnitten)
vf-sealed-chunk = ein verschlüsselter Block besteht die Authentifizierung nicht (ein geändertes Byte, oder abgeschnitten)
vf-sealed-first-entry = ihr erster Eintrag ist { $found }, nicht der Ordner { $folder }/
vf-sealed-entry-not-batch-file = { $name } ist keine der Dateien eines Stapels
vf-sealed-entry-not-file = { $name } ist keine reguläre Datei
vf-sealed-entry-twice = { $name } kommt zweimal vor
vf-sealed-archive-empty = das Archiv ist leer
vf-sealed-bytes-after = nach dem Ende des Archivs folgen noch Bytes
vf-sealed-mismatch-field = manifest.json nennt { $field } { $inner }, die Signatur { $outer }
vf-field-unknown-language = unbekannte Sprache { $language } (der Stand spricht en, de, fr, es)
# --- Der Messetag eines neuen Teams (Branch nu10) ---
init-notice-language = Die nächsten vier Sätze sind der Hinweis in der Standardsprache der Veranstaltung, Englisch ([event] language): Schreiben Sie sie auf Englisch. Der Hinweis in einer anderen Sprache gehört unter [translation.<code>.notice]; wer eine Sprache ohne ihn wählt, liest diese Sätze.
language-name-en = Englisch
language-name-de = Deutsch
language-name-fr = Französisch
language-name-es = Spanisch
language-kept-notice = die Hinweise oben
list-semicolon = { $before }; { $after }

## Warum ein Stapel nicht geschrieben werden konnte (leadbooth export; F5 im Stand)

cli-export-target-missing = Exportziel { $path } gibt es nicht (ist der USB-Stick eingehängt?)
cli-export-target-not-dir = Exportziel { $path } ist kein Ordner
cli-export-folder-exists = Stapelordner { $path } gibt es schon, aber die Datenbank dieses Stands kennt ihn nicht (ein Export wurde direkt nach dem Schreiben unterbrochen, oder die Datenbank wurde aus einer Sicherung zurückgeholt); verschieben Sie den Ordner und exportieren Sie erneut – seine Leads werden noch einmal exportiert
cli-export-busy = auf { $path } läuft schon ein anderer Export; warten Sie, bis er fertig ist
cli-export-policy-text-missing = Leads verweisen auf die Richtlinienversion { $sha256 }, deren Text dieser Stand nicht hat; führen Sie einmal einen beliebigen leadbooth-Befehl (z. B. `leadbooth leads list`) mit der Veranstaltungsdatei dieser Richtlinie aus, damit ihr Text festgehalten wird, und exportieren Sie dann erneut
cli-export-line-too-long = { $what } ist als Zeile von { $file } { $bytes } Bytes lang, mehr als die { $max }, die eine Zeile davon haben darf (die Zentrale würde den Stapel ablehnen); kürzen Sie Notizen oder Antworten (im Stand F2, dann e)
cli-export-partial-left = { $cause }; der unvollständige Ordner { $partial } ließ sich nicht entfernen ({ $cleanup }): löschen Sie ihn

## An event file's rules, said in the staff language (branch i18ncfg): src/config/rule.rs
## ConfigRule and src/recipients.rs RecipientRule, said by src/cli/reasons.rs config().
## Quoted values ($value, $url, $code...) come quoted as the event file wrote them.

cli-config-key-line = { $key } (Zeile { $line })
cli-config-not-utf8 = Veranstaltungsdatei { $path } ist nicht lesbar: kein UTF-8-Text (ab Byte { $byte })
cli-config-policy-not-utf8 = die Datei der Datenschutzerklärung ist kein UTF-8-Text (Byte { $byte } ist ungültig)
cli-config-policy-empty = die Datei der Datenschutzerklärung ist leer
cli-config-rule-event-id = { $value } darf nur Kleinbuchstaben, Ziffern und '-' enthalten
cli-config-rule-id = { $value } darf nur Kleinbuchstaben, Ziffern und '_' enthalten
cli-config-rule-id-twice = { $value } kommt zweimal vor
cli-config-rule-non-empty-line = muss ein nicht leerer Text in einer Zeile sein
cli-config-rule-name-line = muss ein Name in einer Zeile sein
cli-config-rule-short-line = muss aus ein, zwei Wörtern in einer Zeile bestehen
cli-config-rule-text-line = muss Text in einer Zeile sein
cli-config-rule-url-line = muss eine URL in einer Zeile sein
cli-config-rule-not-web-url = { $url } muss eine http://- oder https://-Adresse sein (ein Telefon öffnet sie über den QR-Code)
cli-config-rule-too-long = hat { $found } { $unit ->
        [entries] Einträge
        [bytes] Bytes
       *[chars] Zeichen
    }, mehr als die erlaubten { $max }
cli-config-rule-longer-than = ist länger als { $max } Zeichen
cli-config-rule-no-purpose = mindestens ein Zweck ist nötig
cli-config-rule-required-consent = Zweck { $purpose } ist eine Einwilligung (legal_basis "consent"), und eine Einwilligung ist nie Bedingung für das Speichern: den Zweck freiwillig machen oder ihm eine andere legal_basis als consent geben (z. B. "legitimate_interest" für die Kenntnisnahme eines Hinweises)
cli-config-rule-text-no-choices = eine Textfrage hat keine Auswahlmöglichkeiten
cli-config-rule-choices-needed = eine Frage mit Einfach- oder Mehrfachauswahl braucht Auswahlmöglichkeiten
cli-config-rule-language-tag = { $value } ist kein Sprach-Tag wie "en" oder "de-CH"
cli-config-rule-months = muss mindestens 1 sein (weglassen, wenn Einwilligungen nicht ablaufen sollen)
cli-config-rule-not-a-date = { $value } ist kein Datum im Format 2026-11-30
cli-config-rule-not-shipped = { $value } ist keine Sprache, die der Stand spricht (mitgeliefert sind { $shipped })
cli-config-rule-language-twice = { $code } steht zweimal in der Liste
cli-config-rule-no-language = nennt keine Sprache; weglassen, um alle anzubieten ({ $shipped })
cli-config-rule-default-left-out = muss die Standardsprache der Veranstaltung enthalten, { $code } (event.language): ihr Wortlaut füllt jede Lücke
cli-config-rule-default-left-out-written = muss die Standardsprache der Veranstaltung enthalten, { $code } (event.language = { $written }): ihr Wortlaut füllt jede Lücke
cli-config-rule-choice-count = hat { $found ->
        [one] eine Auswahlmöglichkeit
       *[other] { $found } Auswahlmöglichkeiten
    }; die Frage hat { $expected } (es müssen genauso viele sein, in derselben Reihenfolge)
cli-config-recipient-in-event = Veranstaltungsdatei { $path }: Zeile { $line }: { $key }: { $rule }
cli-config-recipient-in-file = Empfängerdatei { $path } (aus Veranstaltungsdatei { $event }): Zeile { $line }: { $key }: { $rule }
cli-config-recipient-secret = ist eine geheime age-Identität, kein Empfänger: sofort aus dieser Datei entfernen, nur im Büro aufbewahren und hier stattdessen ihre öffentliche age1…-Zeile eintragen
cli-config-recipient-not-one = { $value } ist kein age-X25519-Empfänger ({ $detail }); ein Empfänger ist die age1…-Zeile, die `leadbooth identity new` ausgegeben hat
cli-config-recipient-none = enthält keinen Empfänger: hier die age1…-Zeile(n) der Identität der Zentrale eintragen
cli-config-recipient-twice-event = { $recipient } ist doppelt angegeben (zuerst in Veranstaltungsdatei { $path }, Zeile { $line })
cli-config-recipient-twice-file = { $recipient } ist doppelt angegeben (zuerst in Empfängerdatei { $path }, Zeile { $line })
cli-config-recipients-too-large = sie ist größer als { $max } Bytes; eine Empfängerdatei enthält nur ein paar age1…-Zeilen

## Event-file rules added by the languages adversary review (branch adv18):
## src/config/rule.rs TranslationCode … ChoiceWordedAlike.
cli-config-rule-translation-code = die Sprache bitte mit ihrem Kürzel so schreiben, wie der Stand es führt, [translation.{ $code }]: eine Tabelle je Sprache
cli-config-rule-translation-of-default = ist die Standardsprache der Veranstaltung (event.language = { $written }): ihr Wortlaut steht in der Datei selbst unter [[purpose]], [[question]] und [notice]; eine Übersetzung davon wird nie angezeigt
cli-config-rule-shown-otherwise = enthält an Stelle { $position } das unsichtbare oder die Schreibrichtung ändernde Zeichen { $code }; der Bildschirm würde den Text nicht so zeigen, wie er geschrieben ist, und eine Einwilligung hält ihren Wortlaut so fest, wie er geschrieben ist
cli-config-rule-purpose-alike = lautet genauso wie { $other } ({ $language }): die Person könnte die beiden Kästchen nicht auseinanderhalten, und ein Häkchen für das eine würde für das andere festgehalten
cli-config-rule-choice-alike = lautet genauso wie { $other } ({ $language }): die Antwort wird nach ihrer Stelle in der Liste gespeichert, und die Person könnte die beiden nicht auseinanderhalten
## A file or folder the operating system refused (branch i18nio; src/batch/action.rs):
## what leadbooth was doing, the file, then the operating system's own words

io-create = { $path } kann nicht angelegt werden: { $error }
io-create-folder = der Ordner { $path } kann nicht angelegt werden: { $error }
io-write = { $path } kann nicht geschrieben werden: { $error }
io-read = { $path } kann nicht gelesen werden: { $error }
io-read-staged = die Zwischendatei { $path } kann nicht wieder gelesen werden: { $error }
io-encrypt = { $path } kann nicht verschlüsselt werden: { $error }
io-start-writing = das Schreiben von { $path } kann nicht beginnen: { $error }
io-rename-into-place = der fertige Stapel kann nicht in { $path } umbenannt werden: { $error }
io-sync-folder = der Ordner { $path } kann nicht auf den Datenträger gebracht werden: { $error }
io-open-export-target = das Exportziel { $path } kann nicht geöffnet werden: { $error }
io-remove-staging-folder = der Zwischenordner { $path } kann nicht entfernt werden: { $error }
io-open-lock-file = die Sperrdatei { $path } kann nicht geöffnet werden: { $error }
io-lock = { $path } kann nicht gesperrt werden: { $error }
io-set-mode = die Zugriffsrechte von { $path } können nicht gesetzt werden: { $error }
io-restrict = die Zugriffsrechte von { $path } können nicht eingeschränkt werden: { $error }
io-key-audit = der Signierschlüssel { $key } des Geräts wurde angelegt, aber das Audit-Protokoll konnte das nicht festhalten: { $error }
io-key-signing = Signieren fehlgeschlagen: { $detail }
io-key-generating = Erzeugen des Schlüsselpaars fehlgeschlagen: { $detail }
io-export-passphrase-not-set = der Signierschlüssel { $path } des Geräts ist verschlüsselt, und { $env } ist nicht gesetzt
io-export-plaintext-on-laptop = ein unverschlüsselter Stapel wird nicht nach { $target } im Datenordner { $data } geschrieben: Da Empfänger eingetragen sind, wird jeder Stapel, der auf diesem Laptop bleibt, verschlüsselt. Schreiben Sie den unverschlüsselten Stapel mit --out DIR auf einen Wechseldatenträger, oder lassen Sie --plaintext weg
io-pin-length = die PIN muss { $min } bis { $max } Zeichen lang sein
io-pin-characters = die PIN muss aus druckbaren Zeichen bestehen, ohne Leerzeichen am Anfang oder Ende
io-pin-bad-hash = der gespeicherte Hash der Kiosk-PIN ist beschädigt: die PIN mit `leadbooth kiosk set-pin` neu setzen
io-qr-empty-url = die URL für den QR-Code ist leer
io-qr-control = die URL für den QR-Code enthält an Zeichen { $index } ein Steuerzeichen U+{ $code }
io-qr-too-long = die URL ist für einen QR-Code zu lang: { $len } Bytes, ein QR-Code der Fehlerkorrekturstufe M fasst höchstens { $max } (URLs der Datenschutzerklärung kurz halten, damit Handys sie leicht lesen)
io-qr-encode = die URL lässt sich nicht als QR-Code kodieren: { $detail }
io-qr-module-size = die Modulgröße { $size } px des QR-Codes liegt außerhalb des erlaubten Bereichs (1 bis { $max } px)
io-qr-write = die QR-Code-Datei { $path } kann nicht geschrieben werden: { $error }
io-qr-write-png = die QR-Code-PNG-Datei { $path } kann nicht geschrieben werden: { $error }
io-rights-not-a-person = { $value } ist weder eine E-Mail-Adresse noch eine Telefonnummer
io-rights-remove = die Stapelkopie { $path } kann nicht entfernt werden: { $error }

## The booth database's refusals at the command line (branch i18nio; cli::reasons::store)

store-corrupt = die Datenbank { $path } ist beschädigt oder keine leadbooth-Datenbank ({ $detail }); sie wurde nicht verändert — eine Kopie aufbewahren und `leadbooth doctor` ausführen
store-other-kind = ihre Anwendungs-ID ist { $found }, nicht die { $expected } der hier erwarteten Art von Datenbank (Stand- und Zentraldatenbanken sind nicht austauschbar)
store-damaged = die Datenbank { $path } hat die Integritätsprüfung nicht bestanden ({ $problem }); nichts wurde hineingeschrieben. Lesen geht weiterhin (leads list, leads show), und `leadbooth export --out DIR` sichert das Lesbare als Stapel; `leadbooth doctor` sagt, wie die beschädigte Datei beiseitegelegt wird
store-read-only = die Datenbank { $path } ist schreibgeschützt ({ $error }): lesende Befehle (leads list, leads show) funktionieren, aber nichts lässt sich speichern; den Datenordner beschreibbar machen, um Leads zu erfassen oder zu ändern
store-too-new = die Datenbank { $path } hat die Schema-Version { $found }, neuer als diese leadbooth-Version kennt ({ $known }); sie wurde nicht verändert — eine neuere leadbooth-Version verwenden
store-no-such-lead = kein Lead mit der ID { $id }
store-erased = Lead { $id } wurde um { $at } gelöscht; es gibt nichts mehr zu ändern
store-not-recorded = Lead { $id }: die Einwilligung { $purpose } ist bei diesem Lead nicht erfasst
store-not-granted = Lead { $id }: die Einwilligung { $purpose } wurde nicht erteilt
store-already-withdrawn = Lead { $id }: die Einwilligung { $purpose } wurde bereits um { $at } widerrufen
store-duplicate-lead = Lead { $id } gibt es bereits
store-seq-taken = Stapelnummer { $seq } wurde inzwischen von einem anderen Export festgehalten (die letzte ist { $latest })
store-bad-erasure = Datenbank: die gespeicherte Löschung von Lead { $id } ist beschädigt: { $detail }
store-bad-row = Datenbank { $path }: Lead { $id }: das gespeicherte Feld { $field } ist beschädigt: { $detail }

## The booth database's steps (branch i18nstore; StoreError::Sqlite in src/store.rs): what the
## store was doing when SQLite failed, SQLite's own words after it.
# $path: the database file; $doing: store-doing; $error: SQLite's words as it gives them.
store-sqlite = Datenbank { $path }: Fehler { $doing }: { $error }
# What the booth database was doing ($doing: the English phrase as a key, see StoreError::step_key;
# $phrase: the English phrase, shown for one this file does not know yet).
store-doing = { $doing ->
        [building-the-search-index] beim Aufbau des Suchindex
        [checking-integrity] beim Prüfen der Integrität
        [committing-save] beim Abschließen des Speicherns
        [counting-attendees] beim Zählen der Teilnehmer
        [counting-erased-leads] beim Zählen der gelöschten Leads
        [counting-leads] beim Zählen der Leads
        [counting-leads-on-file] beim Zählen der gespeicherten Leads
        [counting-leads-to-export] beim Zählen der zu exportierenden Leads
        [counting-other-events-leads] beim Zählen der Leads anderer Veranstaltungen
        [deleting-draft] beim Löschen des Entwurfs
        [editing-lead] beim Bearbeiten des Leads
        [enabling-wal] beim Einschalten des WAL-Modus
        [enabling-foreign-keys] beim Einschalten der Fremdschlüssel
        [enabling-secure-delete] beim Einschalten von secure_delete
        [ending-the-export-snapshot] beim Abschließen des Export-Schnappschusses
        [erasing-lead] beim Löschen des Leads
        [finding-leads-past-retention] beim Suchen der Leads nach Ablauf der Aufbewahrungsfrist
        [finding-the-batches-that-hold-a-lead] beim Suchen der Stapel, die einen Lead enthalten
        [importing-attendees] beim Importieren der Teilnehmer
        [looking-for-the-same-person] beim Suchen nach derselben Person
        [looking-up-attendee] beim Nachschlagen des Teilnehmers
        [migrating] beim Migrieren
        [opening] beim Öffnen
        [opening-read-only] beim schreibgeschützten Öffnen
        [purging-the-attendee-list] beim Entfernen der Teilnehmerliste
        [reading-application-id] beim Lesen der Anwendungs-ID
        [reading-audit-log] beim Lesen des Audit-Protokolls
        [reading-batches] beim Lesen der Stapel
        [reading-consent] beim Lesen der Einwilligung
        [reading-consent-history] beim Lesen des Einwilligungsverlaufs
        [reading-consent-row] beim Lesen einer Einwilligungszeile
        [reading-consents] beim Lesen der Einwilligungen
        [reading-device-id] beim Lesen der Geräte-ID
        [reading-draft] beim Lesen des Entwurfs
        [reading-lead] beim Lesen des Leads
        [reading-lead-row] beim Lesen einer Lead-Zeile
        [reading-leads] beim Lesen der Leads
        [reading-policy-text] beim Lesen des Datenschutztexts
        [reading-policy-texts] beim Lesen der Datenschutztexte
        [reading-policy-versions] beim Lesen der Versionen des Datenschutztexts
        [reading-schema] beim Lesen des Schemas
        [reading-schema-version] beim Lesen der Schema-Version
        [reading-search-index-state] beim Lesen des Zustands des Suchindex
        [reading-setting] beim Lesen einer Einstellung
        [reading-the-data-version] beim Lesen der Datenversion
        [reading-the-figures] beim Lesen der Kennzahlen
        [reading-what-to-export] beim Lesen der zu exportierenden Daten
        [recording-a-removed-batch-copy] beim Vermerken einer entfernten Stapelkopie
        [recording-policy-version] beim Vermerken der Version des Datenschutztexts
        [recording-the-batch] beim Vermerken des Stapels
        [saving-draft] beim Speichern des Entwurfs
        [saving-lead] beim Speichern des Leads
        [searching-leads] beim Durchsuchen der Leads
        [selecting-leads-to-export] beim Auswählen der zu exportierenden Leads
        [setting-application-id] beim Setzen der Anwendungs-ID
        [setting-busy-timeout] beim Setzen der Wartezeit für Sperren
        [setting-synchronous-full] beim Setzen von synchronous=FULL
        [starting-save] beim Beginnen des Speicherns
        [starting-the-export] beim Beginnen des Exports
        [updating-the-lead-captured-again] beim Aktualisieren des erneut erfassten Leads
        [withdrawing-consent] beim Widerrufen der Einwilligung
        [writing-audit-log] beim Schreiben des Audit-Protokolls
        [writing-setting] beim Schreiben einer Einstellung
        [writing-the-audit-log] beim Schreiben des Audit-Protokolls
       *[other] { $phrase }
    }

## What makes a database file unusable, found by leadbooth itself (src/store.rs Damage);
## SQLite's own words stay its own.
store-damage-one-byte = die Datei ist keine Datenbank
store-damage-log-empty-file = die Datei ist leer, aber ihr Write-Ahead-Log { $wal } enthält { $bytes } Bytes, die Leads sein können
store-damage-log-no-file = die Datei fehlt, aber ihr Write-Ahead-Log { $wal } enthält { $bytes } Bytes, die Leads sein können
store-damage-no-schema-version = sie hat Tabellen, aber keine leadbooth-Schemaversion
store-damage-schema-version = Schemaversion { $found }, nicht die { $expected } dieses Programms: schreibgeschützt geöffnet, sie kann nicht aktualisiert werden
