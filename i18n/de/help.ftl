# Command-line help messages: de (Fluent). Each id is in exactly one file of i18n/de/.
#
# Die Hilfe der Kommandozeile (`leadbooth --help`, `-h`, `help BEFEHL`) und die
# Beschreibungen der Shell-Vervollständigung, in der Sprache des Personals
# (src/cli/help.rs). Die Ids und ihre Ordnung: siehe i18n/en/help.ftl.

## clap's own words: headings, its flags, what it adds after an argument's help
help-clap-usage = Aufruf:
help-clap-commands = Befehle:
help-clap-arguments = Argumente:
help-clap-options = Optionen:
help-clap-help = Hilfe anzeigen
help-clap-help-more = Hilfe anzeigen (mehr mit '--help')
help-clap-help-summary = Hilfe anzeigen (Übersicht mit '-h')
help-clap-version = Version anzeigen
help-clap-help-command = Diese Hilfe oder die Hilfe der genannten Befehle anzeigen
help-clap-help-command-arg = Befehl(e), deren Hilfe angezeigt wird
help-clap-default = [Standard: { $value }]
help-clap-env = [Umgebung: { $variable }]
help-clap-possible-values = [mögliche Werte: { $values }]
help-clap-possible-values-heading = Mögliche Werte:

## leadbooth
help-leadbooth = Erfassung von Messekontakten am Stand, offline, mit ausdrücklicher Einwilligung je Zweck und signierten Exportstapeln mit Prüfsummen
help-leadbooth-arg-data-dir = Datenordner mit leadbooth.sqlite3, keys/ und exports/ [Standard: der Datenordner der Plattform]
help-leadbooth-arg-config = Veranstaltungsdatei (TOML) [Standard: event.toml im Konfigurationsordner der Plattform, sonst die eingebaute Demo-Veranstaltung]
help-leadbooth-arg-staff = Wer erfasst: wird als „erfasst von“ gespeichert [Standard: Auswahl beim Start oder der Benutzer des Betriebssystems]
help-leadbooth-arg-no-color = Keine Farben (auch wenn NO_COLOR gesetzt ist)
help-leadbooth-arg-theme = Das Aussehen des Stands: color, oder high-contrast für Menschen, die einen kontrastarmen Bildschirm schlecht lesen [Standard: im Kioskmodus das [kiosk]-Theme der Veranstaltung, sonst color]
help-value-theme-color = Die Farbpalette
help-value-theme-high-contrast = Heller Text auf Schwarz, fett; Fokus, die Auswahl unter dem Cursor und die markierte Zeile invertiert und unterstrichen
help-leadbooth-arg-kiosk = Selbstbedienung für Teilnehmende: keine Lead-Liste, Verlassen nur mit der PIN des Personals

## leadbooth leads
help-leads = Leads auflisten, anzeigen, hinzufügen, löschen

## leadbooth leads list
help-leads-list = Eine Zeile je Lead, älteste zuerst (--json: ein JSON-Objekt je Zeile)
help-leads-list-arg-json = JSON Lines im Exportschema

## leadbooth leads show
help-leads-show = Einen Lead vollständig anzeigen
help-leads-show-arg-id = Lead-Id (die vollständige UUID oder ein eindeutiger Anfang von mindestens 8 Zeichen)
help-leads-show-arg-json = Der Lead als ein JSON-Objekt

## leadbooth leads add
help-leads-add = Leads aus JSON Lines im Exportschema hinzufügen (FILE, oder - für die Standardeingabe); alle oder keiner
help-leads-add-arg-file = Eingabedatei; `-` oder nichts liest die Standardeingabe

## leadbooth leads erase
help-leads-erase = Recht auf Löschung: die personenbezogenen Daten des Leads entfernen, einen Grabstein behalten, die Löschung mit dem nächsten Stapel senden
help-leads-erase-arg-id = Lead-Id (vollständig oder ein eindeutiger Anfang von mindestens 8 Zeichen)
help-leads-erase-arg-person = Jeder Lead der Person mit dieser E-Mail-Adresse oder Telefonnummer

## leadbooth leads find
help-leads-find = Auskunft: jeder Lead einer Person, gefunden über E-Mail-Adresse oder Telefonnummer (Groß-/Kleinschreibung und Akzente egal), vollständig
help-leads-find-arg-person = Die E-Mail-Adresse oder Telefonnummer der Person
help-leads-find-arg-json = JSON Lines im Exportschema (die Antwort auf ein Auskunftsersuchen)

## leadbooth leads withdraw
help-leads-withdraw = Festhalten, dass die Person eine Einwilligung widerrufen hat (bleibt im Verlauf, geht mit dem nächsten Stapel hinaus)
help-leads-withdraw-arg-id = Lead-Id (vollständig oder ein eindeutiger Anfang von mindestens 8 Zeichen)
help-leads-withdraw-arg-person = Jeder Lead der Person mit dieser E-Mail-Adresse oder Telefonnummer, der den Zweck erteilt hat
help-leads-withdraw-arg-purpose = Der widerrufene Zweck, z. B. marketing_email

## leadbooth leads purge
help-leads-purge = Aufbewahrung: Leads löschen, die vor mehr als retention_days (aus der Veranstaltung) exportiert wurden
help-leads-purge-arg-dry-run = Nur sagen, was gelöscht würde

## leadbooth policy
help-policy = Die Datenschutzerklärung anzeigen oder ihren QR-Code schreiben

## leadbooth policy show
help-policy-show = Den Text der Erklärung ausgeben, mit Version (SHA-256), Datum der letzten Änderung und URL

## leadbooth policy qr
help-policy-qr = Den QR-Code zur URL der Erklärung für die Beschilderung am Stand schreiben
help-policy-qr-arg-svg = Eine SVG-Datei schreiben (skaliert auf jede Druckgröße)
help-policy-qr-arg-png = Eine PNG-Datei schreiben, druckfertig mit 300 dpi

## leadbooth attendees
help-attendees = Die Liste der vorab registrierten Teilnehmenden für die Suche per Badge-ID laden

## leadbooth attendees import
help-attendees-import = Eine Registrierungsliste laden (CSV mit Kopfzeile: badge_id, first_name, last_name, email, company, job_title, phone, country, auch geschrieben als „Badge ID“, „First Name“, „E-Mail“ …, in beliebiger Schreibweise); Zeilen mit einem fehlerhaften Feld werden übersprungen und mit Zeile und Spalte gemeldet
help-attendees-import-arg-file = Die CSV-Datei (UTF-8, RFC 4180; getrennt durch Kommas, Semikolons oder Tabulatoren)

## leadbooth attendees purge
help-attendees-purge = Die ganze Teilnehmendenliste jetzt entfernen (sie wird auch attendee_list_days nach dem last_day der Veranstaltung von selbst entfernt)

## leadbooth kiosk
help-kiosk = Kiosk-Einstellungen: die PIN des Personals

## leadbooth kiosk set-pin
help-kiosk-set-pin = Die PIN des Personals setzen (am Terminal zweimal abgefragt, sonst eine Zeile von der Standardeingabe)

## leadbooth stats
help-stats = Die Zahlen dieses Laptops: Leads je Stunde heute, je Person im Standteam, Bewertungen, Einwilligung je Zweck, was nicht exportiert ist
help-stats-arg-json = Ein JSON-Objekt (Format leadbooth-stats/1)
help-stats-arg-day = Der stundenweise gezeigte Tag, JJJJ-MM-TT [Standard: heute]

## leadbooth export
help-export = Einen signierten Stapel der Leads schreiben, die seit dem letzten Stapel neu sind
help-export-arg-out = Ordner, in dem der Stapelordner angelegt wird [Standard: export_dir der Veranstaltung, sonst exports/ im Datenordner]
help-export-arg-all = Jeden Lead der Veranstaltung erneut als neuen Stapel exportieren, nicht nur Neues oder Geändertes
help-export-arg-plaintext = Den unverschlüsselten Stapelordner schreiben, obwohl die Veranstaltung Empfänger nennt (nur mit Absicht; in den Datenordner abgelehnt: ein auf diesem Laptop behaltener Stapel ist immer verschlüsselt)

## leadbooth verify
help-verify = Einen Stapel prüfen: Exit 0 nur, wenn Signatur, Prüfsummen und Manifest stimmen
help-verify-arg-batch-dir = Der Stapelordner (<event>-<device>-<seq>) oder der verschlüsselte Stapel (<event>-<device>-<seq>.tar.age)
help-verify-arg-pubkey = Der öffentliche Schlüssel des Geräts (seine device.pub, minisign-Format); ein Ordner wird als --trust gelesen
help-verify-arg-trust = Der Vertrauensordner des Büros (die *.pub jedes Laptops, wie für `import`): der Stapel wird mit dem Schlüssel geprüft, den seine Signatur nennt, und der muss einer davon sein
help-verify-arg-identity = Die age-Identität des Büros (aus `leadbooth identity new`), um einen verschlüsselten Stapel zu entschlüsseln; der Klartext kommt in einen privaten temporären Ordner, der danach entfernt wird

## leadbooth import
help-import = Zentrale: Stapel von vertrauenswürdigen Laptops prüfen und in eine Datenbank zusammenführen
help-import-arg-batches = Stapelordner oder verschlüsselte Stapel (….tar.age), in beliebiger Reihenfolge (importiert nach Gerät und seq)
help-import-arg-identity = Die age-Identität des Büros (aus `leadbooth identity new`), um verschlüsselte Stapel zu entschlüsseln; jeder wird in einen privaten temporären Ordner entschlüsselt, der nach seinem Import entfernt wird
help-import-arg-trust = Ordner mit vertrauenswürdigen öffentlichen Schlüsseln (*.pub, minisign-Format), einer je Laptop am Stand
help-import-arg-into = Der zentrale Speicher: eine SQLite-Datei (angelegt, wenn sie fehlt) oder ein PostgreSQL-Server, postgres://USER@HOST[:PORT]/DATABASE (seine Tabellen werden angelegt, wenn sie fehlen; das Passwort aus PGPASSWORD oder die URL in LEADBOOTH_CENTRAL hält es von der Kommandozeile fern)
help-import-arg-allow-gaps = Stapel auch importieren, wenn frühere ihres Laptops fehlen; die Lücke wird vermerkt und gegen beide Nachbarn geprüft, sobald der fehlende Stapel eintrifft
help-import-arg-rebind = Ein Laptop, dessen Signierschlüssel absichtlich ersetzt wurde (`keys init --force`): sein Gerät wird hier an den Schlüssel seines nächsten Stapels gebunden, statt abgelehnt zu werden (für jedes Gerät wiederholen)
help-import-arg-purge-older-than = Zentrale Aufbewahrung bei jedem Import: nach den Stapeln die Kontakte entfernen, deren letzte Erfassung älter als DAYS ist (wie `central purge --older-than DAYS`), bevor die CRM-Datei geschrieben wird
help-import-arg-csv = Die zusammengeführten Kontakte auch als CRM-Importdatei schreiben (atomar), mit einer Sperrdatei der Kontakte, die seit der vorigen zu löschen oder abzumelden sind
help-import-arg-profile = Spaltennamen der CSV
help-value-profile-hubspot = HubSpot-Kontaktimport
help-value-profile-salesforce = Salesforce-Datenimport-Assistent (Leads)
help-import-arg-changed-only = Nur die Kontakte, die sich seit der vorigen CRM-Datei geändert haben (alle, wenn es keine gab)
help-import-arg-suppressions = Die Sperrdatei [Standard: der Name von OUT mit -suppressions.csv]

## leadbooth report
help-report = Zentrale: der Messebericht, eine HTML-Datei je Veranstaltung (eingebettete Diagramme, kein Netz), --json für die Zahlen
help-report-arg-into = Der zentrale Speicher: eine SQLite-Datei oder ein PostgreSQL-Server, postgres://USER@HOST[:PORT]/DATABASE (das Passwort aus PGPASSWORD oder die URL in LEADBOOTH_CENTRAL)
help-report-arg-event = Nur diese Veranstaltung (ihre Id, z. B. demo-2026) [Standard: jede gespeicherte Veranstaltung]
help-report-arg-out = Ordner, in den die HTML-Dateien geschrieben werden [Standard: der aktuelle Ordner; mit --json wird keine geschrieben, außer --out ist angegeben]
help-report-arg-json = Die Zahlen als JSON ausgeben, ein Objekt je Veranstaltung und Zeile (Format leadbooth-report/1)
help-report-arg-within-days = „Bald“ ablaufendes Verfallsdatum oder Aufbewahrungsende: innerhalb so vieler Tage ab jetzt
help-report-arg-retention-days = Datensätze auflisten, deren Aufbewahrungsende (Erfassung + DAYS) bald kommt oder vorbei ist

## leadbooth central
help-central = Zentrale: die Rechte einer Person über ihre E-Mail-Adresse (anzeigen, löschen, widerrufen), Aufbewahrung, die CRM-Dateien und der Lead zu einer Belegnummer

## leadbooth central receipt
help-central-receipt = Den Lead (und seinen Kontakt) finden, den die Belegnummer einer teilnehmenden Person nennt
help-central-receipt-arg-id = Die Belegnummer, wie der Beleg der Person sie zeigt (Groß-/Kleinschreibung, Leerzeichen und Bindestriche egal)
help-central-receipt-arg-into = Der zentrale Speicher: eine SQLite-Datei oder ein PostgreSQL-Server, postgres://USER@HOST[:PORT]/DATABASE (das Passwort aus PGPASSWORD oder die URL in LEADBOOTH_CENTRAL)
help-central-receipt-arg-json = Ein JSON-Objekt je gefundenem Lead

## leadbooth central show
help-central-show = Auskunft: alles, was die zentrale Datenbank über eine Person speichert (--json für ein Auskunftsersuchen)
help-central-show-arg-email = Die E-Mail-Adresse der Person (Groß-/Kleinschreibung egal)
help-central-show-arg-into = Der zentrale Speicher: eine SQLite-Datei oder ein PostgreSQL-Server, postgres://USER@HOST[:PORT]/DATABASE (das Passwort aus PGPASSWORD oder die URL in LEADBOOTH_CENTRAL)
help-central-show-arg-json = Ein JSON-Objekt

## leadbooth central erase
help-central-erase = Löschung: den Kontakt einer Person und jeden Quell-Lead aller Laptops entfernen und einen Grabstein (einen Hash der Adresse) behalten, damit spätere Stapel sie nicht zurückbringen
help-central-erase-arg-email = Die E-Mail-Adresse der Person (Groß-/Kleinschreibung egal)
help-central-erase-arg-into = Der zentrale Speicher: eine SQLite-Datei oder ein PostgreSQL-Server, postgres://USER@HOST[:PORT]/DATABASE (das Passwort aus PGPASSWORD oder die URL in LEADBOOTH_CENTRAL)

## leadbooth central withdraw
help-central-withdraw = Widerruf: einen Zweck für eine Person in den Leads aller Laptops widerrufen, jetzt und für ihre Leads, die spätere Stapel bringen (vorher eingewilligt); die nächste Sperrdatei meldet sie ab
help-central-withdraw-arg-email = Die E-Mail-Adresse der Person (Groß-/Kleinschreibung egal)
help-central-withdraw-arg-purpose = Der widerrufene Zweck, z. B. marketing_email
help-central-withdraw-arg-into = Der zentrale Speicher: eine SQLite-Datei oder ein PostgreSQL-Server, postgres://USER@HOST[:PORT]/DATABASE (das Passwort aus PGPASSWORD oder die URL in LEADBOOTH_CENTRAL)

## leadbooth central crm
help-central-crm = Die CRM-Datei und ihre Sperrdatei schreiben, ohne einen Stapel zu importieren (z. B. nach `central erase`)
help-central-crm-arg-into = Der zentrale Speicher: eine SQLite-Datei oder ein PostgreSQL-Server, postgres://USER@HOST[:PORT]/DATABASE (das Passwort aus PGPASSWORD oder die URL in LEADBOOTH_CENTRAL)
help-central-crm-arg-csv = Die zusammengeführten Kontakte auch als CRM-Importdatei schreiben (atomar), mit einer Sperrdatei der Kontakte, die seit der vorigen zu löschen oder abzumelden sind
help-central-crm-arg-profile = Spaltennamen der CSV
help-central-crm-arg-changed-only = Nur die Kontakte, die sich seit der vorigen CRM-Datei geändert haben (alle, wenn es keine gab)
help-central-crm-arg-suppressions = Die Sperrdatei [Standard: der Name von OUT mit -suppressions.csv]

## leadbooth central purge
help-central-purge = Zentrale Aufbewahrung: Kontakte entfernen, deren letzte Erfassung älter als DAYS ist
help-central-purge-arg-older-than = Kontakte behalten, die innerhalb so vieler Tage erfasst wurden
help-central-purge-arg-into = Der zentrale Speicher: eine SQLite-Datei oder ein PostgreSQL-Server, postgres://USER@HOST[:PORT]/DATABASE (das Passwort aus PGPASSWORD oder die URL in LEADBOOTH_CENTRAL)

## leadbooth keys
help-keys = Der Signierschlüssel des Geräts: init, show, pubkey

## leadbooth keys init
help-keys-init = Das Signierschlüsselpaar des Geräts in keys/ anlegen (ersetzt keines ohne --force); am Terminal wird eine Passphrase angeboten (zweimal eingeben; Enter für keine)
help-keys-init-arg-passphrase = Den geheimen Schlüssel mit einer Passphrase verschlüsseln (aus LEADBOOTH_KEY_PASSPHRASE, sonst zweimal eingegeben); der Export braucht sie dann auch
help-keys-init-arg-no-passphrase = Keine Passphrase anbieten: der Schlüssel ist nur durch seine Dateirechte geschützt (Export ohne Aufsicht)
help-keys-init-arg-force = Einen vorhandenen Schlüssel ersetzen: die alte device.pub prüft neue Stapel nicht mehr

## leadbooth keys show
help-keys-show = Schlüssel-Id, Erstellungszeit, Schutz und wo der öffentliche Schlüssel liegt

## leadbooth keys pubkey
help-keys-pubkey = Die Datei des öffentlichen Schlüssels (minisign-Format) ausgeben, um sie der Zentrale zu geben

## leadbooth identity
help-identity = Zentrale: die age-Identität, die verschlüsselte Stapel entschlüsselt

## leadbooth identity new
help-identity-new = Eine neue X25519-Identität in FILE anlegen (Rechte 0600; überschreibt nie) und ihren Empfänger ausgeben
help-identity-new-arg-file = Wohin die Identität kommt, z. B. office.age.key (im Büro aufbewahren, mit Sicherung)

## leadbooth identity recipient
help-identity-recipient = Den oder die Empfänger (age1…) einer vorhandenen Identitätsdatei ausgeben
help-identity-recipient-arg-file = Die Identitätsdatei

## leadbooth doctor
help-doctor = Prüfen, ob dieser Laptop bereit ist: Datenordner, Datenbank, freier Platz, Schlüssel, Veranstaltung, Terminal
help-doctor-arg-json = Die Prüfungen als JSON-Array ausgeben (id, status, message, fix), für Skripte
help-doctor-arg-strict = Auch bei Warnungen mit Exit 1 enden, nicht nur bei Fehlern

## leadbooth init-event
help-init-event = Eine kommentierte Beispiel-Veranstaltungsdatei schreiben, als Anfang der Konfiguration einer Messe
help-init-event-arg-file = Wohin sie geschrieben wird; `-` schreibt auf die Standardausgabe
help-init-event-arg-force = FILE überschreiben, wenn es existiert
help-init-event-arg-ask = Nach Verantwortlichem und Hinweistext auch fragen, wenn die Standardeingabe kein Terminal ist (eine Antwort je Zeile); ohne diese Option wird nur am Terminal gefragt
help-init-event-arg-no-input = Nicht fragen: die Beispielwerte schreiben, zum Bearbeiten von Hand

## leadbooth completions
help-completions = Ein Skript zur Shell-Vervollständigung ausgeben (bash, zsh, fish, elvish, powershell)
help-completions-arg-shell = Die Shell, für die das Vervollständigungsskript geschrieben wird

## leadbooth manpage
help-manpage = Die Handbuchseite ausgeben (roff, auf Englisch)
