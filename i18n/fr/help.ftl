# Command-line help messages: fr (Fluent). Each id is in exactly one file of i18n/fr/.
#
# L'aide de la ligne de commande (`leadbooth --help`, `-h`, `help COMMANDE`) et
# les descriptions de la complétion du shell, dans la langue de l'équipe
# (src/cli/help.rs). Les ids et leur ordre : voir i18n/en/help.ftl.

## clap's own words: headings, its flags, what it adds after an argument's help
help-clap-usage = Usage :
help-clap-commands = Commandes :
help-clap-arguments = Arguments :
help-clap-options = Options :
help-clap-help = Afficher l'aide
help-clap-help-more = Afficher l'aide (plus de détails avec '--help')
help-clap-help-summary = Afficher l'aide (un résumé avec '-h')
help-clap-version = Afficher la version
help-clap-help-command = Afficher ce message ou l'aide des commandes indiquées
help-clap-help-command-arg = La ou les commandes dont afficher l'aide
help-clap-default = [par défaut : { $value }]
help-clap-env = [variable d'environnement : { $variable }]
help-clap-possible-values = [valeurs possibles : { $values }]
help-clap-possible-values-heading = Valeurs possibles :

## leadbooth
help-leadbooth = Collecte de contacts hors ligne sur un stand de salon, avec un consentement explicite par finalité et des lots d'export signés et contrôlés par sommes de contrôle
help-leadbooth-arg-data-dir = Dossier de données contenant leadbooth.sqlite3, keys/ et exports/ [par défaut : le dossier de données de la plateforme]
help-leadbooth-arg-config = Fichier de l'événement (TOML) [par défaut : event.toml dans le dossier de configuration de la plateforme, sinon l'événement de démonstration intégré]
help-leadbooth-arg-staff = Qui saisit : enregistré comme « saisi par » [par défaut : le choix au démarrage ou l'utilisateur du système]
help-leadbooth-arg-no-color = Pas de couleurs (de même si NO_COLOR est défini)
help-leadbooth-arg-theme = L'apparence du stand : color, ou high-contrast pour les personnes qui lisent mal un écran peu contrasté [par défaut : le thème [kiosk] de l'événement en mode kiosque, sinon color]
help-value-theme-color = La palette de couleurs
help-value-theme-high-contrast = Texte clair sur fond noir, en gras ; le focus, le choix sous le curseur et la ligne sélectionnée en inverse vidéo et soulignés
help-leadbooth-arg-kiosk = Mode libre-service pour les visiteurs : pas de liste des contacts, code PIN de l'équipe pour en sortir

## leadbooth leads
help-leads = Lister, afficher, ajouter, effacer des contacts

## leadbooth leads list
help-leads-list = Une ligne par contact, le plus ancien d'abord (--json : un objet JSON par ligne)
help-leads-list-arg-json = JSON Lines au schéma de l'export

## leadbooth leads show
help-leads-show = Un contact en entier
help-leads-show-arg-id = Identifiant du contact (l'UUID complet, ou un début unique d'au moins 8 caractères)
help-leads-show-arg-json = Le contact sous forme d'un objet JSON

## leadbooth leads add
help-leads-add = Ajouter des contacts depuis des JSON Lines au schéma de l'export (FILE, ou - pour l'entrée standard) ; tout ou rien
help-leads-add-arg-file = Fichier d'entrée ; `-` ou rien lit l'entrée standard

## leadbooth leads erase
help-leads-erase = Droit à l'effacement : supprimer les données personnelles du contact, garder une trace, envoyer l'effacement avec le prochain lot
help-leads-erase-arg-id = Identifiant du contact (complet, ou un début unique d'au moins 8 caractères)
help-leads-erase-arg-person = Tous les contacts de la personne ayant cette adresse e-mail ou ce numéro de téléphone

## leadbooth leads find
help-leads-find = Droit d'accès : tous les contacts d'une personne, trouvés par adresse e-mail ou numéro de téléphone (sans tenir compte de la casse ni des accents), en entier
help-leads-find-arg-person = L'adresse e-mail ou le numéro de téléphone de la personne
help-leads-find-arg-json = JSON Lines au schéma de l'export (la réponse à une demande d'accès)

## leadbooth leads withdraw
help-leads-withdraw = Enregistrer que la personne a retiré un consentement (gardé dans l'historique, envoyé avec le prochain lot)
help-leads-withdraw-arg-id = Identifiant du contact (complet, ou un début unique d'au moins 8 caractères)
help-leads-withdraw-arg-person = Tous les contacts de la personne ayant cette adresse e-mail ou ce numéro de téléphone qui ont accordé la finalité
help-leads-withdraw-arg-purpose = La finalité retirée, par exemple marketing_email

## leadbooth leads purge
help-leads-purge = Conservation : effacer les contacts exportés il y a plus de retention_days (réglage de l'événement)
help-leads-purge-arg-dry-run = Dire seulement ce qui serait effacé

## leadbooth policy
help-policy = Afficher la politique de confidentialité ou écrire son code QR

## leadbooth policy show
help-policy-show = Afficher le texte de la politique, sa version (SHA-256), sa date de mise à jour et son URL

## leadbooth policy qr
help-policy-qr = Écrire le code QR vers l'URL de la politique, pour la signalétique du stand
help-policy-qr-arg-svg = Écrire un fichier SVG (s'adapte à tout format d'impression)
help-policy-qr-arg-png = Écrire un fichier PNG, prêt à imprimer à 300 dpi

## leadbooth attendees
help-attendees = Charger la liste des visiteurs préinscrits pour la recherche par numéro de badge

## leadbooth attendees import
help-attendees-import = Charger une liste d'inscription (CSV avec en-tête : badge_id, first_name, last_name, email, company, job_title, phone, country, aussi écrits « Badge ID », « First Name », « E-Mail »…, quelle que soit la casse) ; les lignes dont un champ est invalide sont ignorées et signalées avec leur ligne et leur colonne
help-attendees-import-arg-file = Le fichier CSV (UTF-8, RFC 4180 ; séparé par des virgules, des points-virgules ou des tabulations)

## leadbooth attendees purge
help-attendees-purge = Supprimer maintenant toute la liste des visiteurs (elle est aussi supprimée d'office attendee_list_days après le last_day de l'événement)

## leadbooth kiosk
help-kiosk = Réglages du kiosque : le code PIN de l'équipe

## leadbooth kiosk set-pin
help-kiosk-set-pin = Définir le code PIN de l'équipe (demandé deux fois sur un terminal ; sinon une ligne lue sur l'entrée standard)

## leadbooth stats
help-stats = Les chiffres de cet ordinateur : contacts par heure aujourd'hui, par membre de l'équipe, évaluations, consentement par finalité, ce qui n'est pas exporté
help-stats-arg-json = Un objet JSON (format leadbooth-stats/1)
help-stats-arg-day = Le jour détaillé heure par heure, AAAA-MM-JJ [par défaut : aujourd'hui]

## leadbooth export
help-export = Écrire un lot signé des contacts nouveaux depuis le dernier lot
help-export-arg-out = Dossier où créer le dossier du lot [par défaut : l'export_dir de l'événement, sinon exports/ dans le dossier de données]
help-export-arg-all = Exporter de nouveau tous les contacts de l'événement dans un nouveau lot, pas seulement ce qui est nouveau ou modifié
help-export-arg-plaintext = Écrire le dossier du lot en clair alors que l'événement nomme des destinataires (uniquement à dessein ; refusé dans le dossier de données : un lot gardé sur cet ordinateur est toujours chiffré)

## leadbooth verify
help-verify = Vérifier un lot : code de sortie 0 seulement si la signature, les sommes de contrôle et le manifeste sont bons
help-verify-arg-batch-dir = Le dossier du lot (<event>-<device>-<seq>), ou le lot chiffré (<event>-<device>-<seq>.tar.age)
help-verify-arg-pubkey = La clé publique de l'appareil (son device.pub, format minisign) ; un dossier est lu comme --trust
help-verify-arg-trust = Le dossier de confiance du bureau (le *.pub de chaque ordinateur, comme pour `import`) : le lot est vérifié avec la clé que nomme sa signature, qui doit être l'une d'elles
help-verify-arg-identity = L'identité age du bureau (créée par `leadbooth identity new`), pour déchiffrer un lot chiffré ; le contenu en clair va dans un dossier temporaire privé, supprimé ensuite

## leadbooth import
help-import = Côté siège : vérifier les lots des ordinateurs de confiance et les fusionner dans une seule base
help-import-arg-batches = Dossiers de lots ou lots chiffrés (….tar.age), dans n'importe quel ordre (importés dans l'ordre des appareils et des seq)
help-import-arg-identity = L'identité age du bureau (créée par `leadbooth identity new`), pour déchiffrer les lots chiffrés ; chacun est déchiffré dans un dossier temporaire privé, supprimé une fois le lot importé
help-import-arg-trust = Dossier des clés publiques de confiance (*.pub, format minisign), une par ordinateur de stand
help-import-arg-into = La base centrale : un fichier SQLite (créé s'il manque) ou un serveur PostgreSQL, postgres://USER@HOST[:PORT]/DATABASE (ses tables sont créées si elles manquent ; le mot de passe dans PGPASSWORD, ou l'URL dans LEADBOOTH_CENTRAL, le tient hors de la ligne de commande)
help-import-arg-allow-gaps = Importer les lots même quand des lots antérieurs du même ordinateur manquent ; le trou est enregistré et contrôlé par rapport à ses deux voisins à l'arrivée du lot manquant
help-import-arg-rebind = Un ordinateur dont la clé de signature a été remplacée à dessein (`keys init --force`) : son appareil est lié ici à la clé de son prochain lot au lieu d'être refusé (à répéter pour chaque appareil)
help-import-arg-purge-older-than = Conservation centrale à chaque import : après les lots, supprimer les contacts dont la dernière saisie date de plus de DAYS jours (comme `central purge --older-than DAYS`), avant d'écrire le fichier CRM
help-import-arg-csv = Écrire aussi les contacts fusionnés dans un fichier d'import CRM (de façon atomique), avec un fichier de suppression des contacts à effacer ou à désabonner depuis le précédent
help-import-arg-profile = Noms des colonnes du CSV
help-value-profile-hubspot = Import de contacts HubSpot
help-value-profile-salesforce = Assistant d'importation de données Salesforce (pistes)
help-import-arg-changed-only = Seulement les contacts modifiés depuis le fichier CRM précédent (tous s'il n'y en avait pas)
help-import-arg-suppressions = Le fichier de suppression [par défaut : le nom de OUT avec -suppressions.csv]

## leadbooth report
help-report = Siège : le rapport du salon, un fichier HTML par événement (graphiques intégrés, sans réseau), --json pour les chiffres
help-report-arg-into = La base centrale : un fichier SQLite ou un serveur PostgreSQL, postgres://USER@HOST[:PORT]/DATABASE (le mot de passe dans PGPASSWORD, ou l'URL dans LEADBOOTH_CENTRAL)
help-report-arg-event = Seulement cet événement (son identifiant, par exemple demo-2026) [par défaut : tous les événements enregistrés]
help-report-arg-out = Dossier où écrire les fichiers HTML [par défaut : le dossier courant ; avec --json, aucun n'est écrit sans --out]
help-report-arg-json = Afficher les chiffres en JSON, un objet par événement et par ligne (format leadbooth-report/1)
help-report-arg-within-days = Échéance ou fin de conservation « proche » : dans ce nombre de jours à partir de maintenant
help-report-arg-retention-days = Lister les enregistrements dont la fin de conservation (saisie + DAYS jours) est proche ou passée

## leadbooth central
help-central = Siège : les droits d'une personne d'après son adresse e-mail (afficher, effacer, retirer), la conservation, les fichiers CRM et le contact d'un numéro de reçu

## leadbooth central receipt
help-central-receipt = Trouver le contact (et sa fiche) que désigne le numéro de reçu d'un visiteur
help-central-receipt-arg-id = Le numéro de reçu, tel que le reçu du visiteur l'affiche (casse, espaces et tirets indifférents)
help-central-receipt-arg-into = La base centrale : un fichier SQLite ou un serveur PostgreSQL, postgres://USER@HOST[:PORT]/DATABASE (le mot de passe dans PGPASSWORD, ou l'URL dans LEADBOOTH_CENTRAL)
help-central-receipt-arg-json = Un objet JSON par contact trouvé

## leadbooth central show
help-central-show = Droit d'accès : tout ce que la base centrale contient sur une personne (--json pour une demande d'accès)
help-central-show-arg-email = L'adresse e-mail de la personne (casse indifférente)
help-central-show-arg-into = La base centrale : un fichier SQLite ou un serveur PostgreSQL, postgres://USER@HOST[:PORT]/DATABASE (le mot de passe dans PGPASSWORD, ou l'URL dans LEADBOOTH_CENTRAL)
help-central-show-arg-json = Un objet JSON

## leadbooth central erase
help-central-erase = Effacement : supprimer la fiche d'une personne et tous les contacts d'origine de tous les ordinateurs, et garder une trace (une empreinte de l'adresse) pour que des lots ultérieurs ne les ramènent pas
help-central-erase-arg-email = L'adresse e-mail de la personne (casse indifférente)
help-central-erase-arg-into = La base centrale : un fichier SQLite ou un serveur PostgreSQL, postgres://USER@HOST[:PORT]/DATABASE (le mot de passe dans PGPASSWORD, ou l'URL dans LEADBOOTH_CENTRAL)

## leadbooth central withdraw
help-central-withdraw = Retrait : retirer une finalité pour une personne sur les contacts de tous les ordinateurs, maintenant et pour ceux que des lots ultérieurs apporteront (consentis avant maintenant) ; le prochain fichier de suppression la désabonne
help-central-withdraw-arg-email = L'adresse e-mail de la personne (casse indifférente)
help-central-withdraw-arg-purpose = La finalité retirée, par exemple marketing_email
help-central-withdraw-arg-into = La base centrale : un fichier SQLite ou un serveur PostgreSQL, postgres://USER@HOST[:PORT]/DATABASE (le mot de passe dans PGPASSWORD, ou l'URL dans LEADBOOTH_CENTRAL)

## leadbooth central crm
help-central-crm = Écrire le fichier CRM et son fichier de suppression sans importer de lot (par exemple après `central erase`)
help-central-crm-arg-into = La base centrale : un fichier SQLite ou un serveur PostgreSQL, postgres://USER@HOST[:PORT]/DATABASE (le mot de passe dans PGPASSWORD, ou l'URL dans LEADBOOTH_CENTRAL)
help-central-crm-arg-csv = Écrire aussi les contacts fusionnés dans un fichier d'import CRM (de façon atomique), avec un fichier de suppression des contacts à effacer ou à désabonner depuis le précédent
help-central-crm-arg-profile = Noms des colonnes du CSV
help-central-crm-arg-changed-only = Seulement les contacts modifiés depuis le fichier CRM précédent (tous s'il n'y en avait pas)
help-central-crm-arg-suppressions = Le fichier de suppression [par défaut : le nom de OUT avec -suppressions.csv]

## leadbooth central purge
help-central-purge = Conservation centrale : supprimer les contacts dont la dernière saisie date de plus de DAYS jours
help-central-purge-arg-older-than = Garder les contacts saisis dans ce nombre de jours
help-central-purge-arg-into = La base centrale : un fichier SQLite ou un serveur PostgreSQL, postgres://USER@HOST[:PORT]/DATABASE (le mot de passe dans PGPASSWORD, ou l'URL dans LEADBOOTH_CENTRAL)

## leadbooth keys
help-keys = La clé de signature de l'appareil : init, show, pubkey

## leadbooth keys init
help-keys-init = Créer la paire de clés de signature de l'appareil dans keys/ (refuse d'en remplacer une sans --force) ; sur un terminal, une phrase secrète est proposée (tapée deux fois ; Enter pour aucune)
help-keys-init-arg-passphrase = Chiffrer la clé secrète avec une phrase secrète (prise dans LEADBOOTH_KEY_PASSPHRASE, sinon tapée deux fois) ; l'export la demandera aussi
help-keys-init-arg-no-passphrase = Ne pas proposer de phrase secrète : la clé n'est protégée que par les droits de son fichier (export sans surveillance)
help-keys-init-arg-force = Remplacer une clé existante : l'ancien device.pub ne vérifiera plus les nouveaux lots

## leadbooth keys show
help-keys-show = Identifiant de la clé, date de création, protection et emplacement de la clé publique

## leadbooth keys pubkey
help-keys-pubkey = Afficher le fichier de la clé publique (format minisign) à remettre à l'équipe centrale

## leadbooth identity
help-identity = Siège : l'identité age qui déchiffre les lots chiffrés

## leadbooth identity new
help-identity-new = Créer une nouvelle identité X25519 dans FILE (droits 0600 ; n'écrase jamais rien) et afficher son destinataire
help-identity-new-arg-file = Où écrire l'identité, par exemple office.age.key (à garder au bureau, sauvegardée)

## leadbooth identity recipient
help-identity-recipient = Afficher le ou les destinataires (age1…) d'un fichier d'identité existant
help-identity-recipient-arg-file = Le fichier d'identité

## leadbooth doctor
help-doctor = Vérifier que cet ordinateur est prêt : dossier de données, base, espace libre, clé, événement, terminal
help-doctor-arg-json = Afficher les vérifications sous forme de tableau JSON (id, status, message, fix) pour les scripts
help-doctor-arg-strict = Sortir avec le code 1 aussi en cas d'avertissement, pas seulement d'échec

## leadbooth init-event
help-init-event = Écrire un fichier d'événement d'exemple commenté pour commencer la configuration d'un salon
help-init-event-arg-file = Où l'écrire ; `-` l'écrit sur la sortie standard
help-init-event-arg-force = Écraser FILE s'il existe
help-init-event-arg-ask = Demander le responsable du traitement et la notice même quand l'entrée standard n'est pas un terminal (une réponse par ligne) ; sans cette option, ils ne sont demandés que sur un terminal
help-init-event-arg-no-input = Ne rien demander : écrire les valeurs d'exemple, à modifier à la main

## leadbooth completions
help-completions = Afficher un script de complétion pour le shell (bash, zsh, fish, elvish, powershell)
help-completions-arg-shell = Le shell pour lequel écrire le script de complétion

## leadbooth manpage
help-manpage = Afficher la page de manuel (roff, en anglais)
