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
key-any = beliebige Taste

## Standardzwecke (aufgezeichnet und gehasht: jedes Byte zählt)

purpose-policy-ack = Mir wurde gezeigt, wie { $organisation } meine Angaben nutzt (die Hinweise oben), und { $organisation } darf an das heutige Gespräch anknüpfen.
purpose-marketing-email = Senden Sie mir Werbeinformationen von { $organisation } per E-Mail.
purpose-marketing-phone = Kontaktieren Sie mich mit Werbeinformationen von { $organisation } per Telefon.
purpose-marketing-mail = Senden Sie mir Werbeinformationen von { $organisation } per Post.
purpose-events = Laden Sie mich zu Seminaren und Webinaren von { $organisation } ein.
purpose-share-affiliates = { $organisation } darf meine Angaben an verbundene Unternehmen weitergeben, die außerhalb der Vereinigten Staaten sein können.
purpose-share-partners = { $organisation } darf meine Angaben an Partner weitergeben, mit denen { $organisation } Seminare, Webinare oder ähnliche Angebote durchführt; sie können außerhalb der Vereinigten Staaten sein.
