# Central office messages: fr (Fluent). Each id is in exactly one file of i18n/fr/.

## The import's refusals and the trust folder (src/import.rs, said by src/cli/reasons.rs)

central-fork = BIFURCATION dans la chaîne de l'appareil { $device } au n° { $seq } : { $detail }. L'historique de cet appareil existe en deux versions (une sauvegarde restaurée, un dossier de données copié ou une falsification) ; rien de ce lot n'a été importé — trouvez quel ordinateur l'a écrit avant de continuer
central-fork-same-batch-id = le lot d'identifiant { $batch } a déjà été importé depuis { $folder } avec un autre contenu
central-fork-same-seq = un autre lot portant ce numéro a déjà été importé depuis { $folder }
central-fork-previous = son previous ({ $previous }) n'est pas le SHA-256 du SHA256SUMS du n° { $below } importé depuis { $folder } ({ $hash })
central-fork-next = le n° { $next } importé depuis { $folder } indique le previous { $previous }, mais le SHA256SUMS de ce lot donne { $hash }
central-device-key = l'appareil { $device } est lié à la clé { $bound } ({ $bound_file }) (la clé de son premier lot importé) ; ce lot est signé par la clé { $signed } ({ $signed_file }). Tous les lots d'un ordinateur sont signés par sa propre clé, si bien qu'aucun ordinateur ne peut écrire dans l'historique d'un autre ; si la clé de cet ordinateur a été remplacée volontairement, importez de nouveau avec --rebind { $device }
central-key-left-trust = plus dans le dossier de confiance
central-not-owner = { $path } ligne { $line } : { $kind ->
        [erasure] effacement
       *[withdrawal] retrait
    } du contact { $lead }, qui appartient à l'appareil { $owner } : un lot ne peut effacer ou retirer que les contacts de son propre ordinateur (l'ordinateur qui a saisi le contact envoie ses effacements et ses retraits) ; rien de ce lot n'a été importé
central-database = { $error } ; rien de ce lot n'a été importé
central-contended = { $error } ; { $attempts } essais pendant que d'autres importations écrivaient dans la même base, et rien de ce lot n'a été importé — importez-le de nouveau quand elles seront terminées
central-rule-lead = contact { $lead } : { $rule }
central-rule-in-future = { $field } { $at } est dans le futur (plus de { $hours } heures après la vérification à { $now }) ; vérifiez l'horloge de l'ordinateur
central-rule-other-device = le device_id { $device } n'est pas l'appareil { $batch_device } du lot
central-rule-not-a-purpose = la finalité { $purpose } n'est pas un identifiant de finalité
central-rule-control = { $field } contient le caractère de contrôle U+{ $code } à la position { $position }
central-trust-unreadable = impossible de lire le dossier de confiance { $path } : { $error }
central-trust-two-files = le dossier de confiance { $path } contient deux clés publiques d'identifiant { $key } : { $first } et { $second } ; gardez un seul fichier par clé d'ordinateur (supprimez la copie)
central-trust-no-keys = le dossier de confiance { $path } ne contient aucun fichier de clé publique *.pub : déposez-y le keys/device.pub de chaque ordinateur du stand (renommé, par ex. laptop-1.pub)
central-key-invalid = { $what ->
        [public] { $path } n'est pas une clé publique minisign : { $detail }
        [secret] { $path } n'est pas une clé secrète minisign : { $detail }
       *[file] { $path } n'est pas un fichier de clé minisign : { $detail }
    }
central-key-too-large = { $path } n'est pas un fichier de clé minisign : il fait { $size } octets, un fichier de clé quelques centaines

## The central database's errors (src/central/mod.rs CentralError, said by src/cli/reasons.rs;
## the driver's own message, $error or $detail, stays as SQLite or PostgreSQL give it)

central-db-error = base de données { $db } : échec de l'opération « { $doing } » : { $error }
central-db-url = --into : URL PostgreSQL inutilisable ({ $detail }) ; forme attendue : postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE
central-url-no-host = pas d'hôte : indiquez postgres://user@host/database
central-url-no-database = pas de nom de base : indiquez postgres://user@host/database

## --into and its password, a database without the schema (branch nu11pg)
central-url-scheme = elle commence par « { $begins } », et non par postgres:// ou postgresql://
central-url-password-argv = --into contient un mot de passe, que les autres utilisateurs de cet ordinateur peuvent voir (ps) et que l'historique du shell conserve : mettez l'URL dans LEADBOOTH_CENTRAL, ou retirez-en le mot de passe et définissez PGPASSWORD
central-url-two-ats = plus d'un @ : écrivez un @, /, : ou # du nom d'utilisateur ou du mot de passe sous la forme %40, %2F, %3A, %23, ou donnez le mot de passe dans PGPASSWORD
central-db-no-schema = base de données { $db } : elle ne contient aucune table leadbooth (aucun lot n'y a été importé) : vérifiez le nom de la base ; le premier import les crée
central-csv-no-folder = impossible d'écrire le fichier CSV { $path } : le dossier { $folder } n'existe pas ; rien n'a été importé

central-db-too-new = base de données { $db } : son schéma est en version { $found }, plus récente que ce que connaît ce leadbooth ({ $known }) ; mettez leadbooth à jour — rien n'a été modifié
central-db-migration = base de données { $db } : échec de la migration du schéma : { $detail }
central-db-bad-row = base de données { $db } : { $row } : le champ enregistré { $field } est endommagé : { $detail }
central-csv-write = impossible d'écrire le fichier CSV { $path } : { $error }
central-person-not-an-email = { $value } n'est pas une adresse e-mail
central-person-unknown-purpose = --purpose { $purpose } n'est la finalité d'aucun consentement des contacts importés (connues : { $known })
# What was being done when the database failed ($doing: the phrase as a key; $phrase: the
# English phrase, shown for one this file does not know yet).
central-doing = { $doing ->
        [committing-the-batch] validation du lot
        [connecting] connexion
        [counting-contacts] comptage des contacts
        [creating-a-contact] création d'un contact
        [creating-contacts] création des contacts
        [erasing-a-person] effacement d'une personne
        [erasing-the-lead] effacement du contact
        [filling-the-gap] comblement du trou
        [finding-contacts-merged-by-older-rules] recherche des contacts fusionnés selon d'anciennes règles
        [looking-up-the-batch-id] recherche de l'identifiant du lot
        [looking-up-the-batch] recherche du lot
        [looking-up-the-contact] recherche du contact
        [looking-up-the-contacts] recherche des contacts
        [looking-up-the-receipt] recherche du reçu
        [making-the-staging-tables] création des tables intermédiaires
        [migrating-the-schema] migration du schéma
        [preparing-a-statement] préparation d'une requête
        [purging-contacts-past-retention] suppression des contacts au-delà de la durée de conservation
        [queueing-a-suppression] mise en file d'une suppression
        [reading-crm-files] lecture des fichiers CRM
        [reading-a-policy-text] lecture d'un texte de politique de confidentialité
        [reading-consent-wording] lecture des textes de consentement
        [reading-contacts] lecture des contacts
        [reading-erased-people] lecture des personnes effacées
        [reading-erasures] lecture des effacements
        [reading-purposes] lecture des finalités
        [reading-recorded-gaps] lecture des trous notés
        [reading-suppressions] lecture des suppressions
        [reading-the-events] lecture des salons
        [reading-the-lead] lecture du contact
        [reading-the-schema-version] lecture de la version du schéma
        [reading-withdrawals] lecture des retraits
        [recording-consent-wording] enregistrement des textes de consentement
        [recording-purposes] enregistrement des finalités
        [recording-the-crm-file] enregistrement du fichier CRM
        [recording-the-batch] enregistrement du lot
        [recording-the-device] enregistrement de l'appareil
        [recording-the-erasure] enregistrement de l'effacement
        [recording-the-gap] enregistrement du trou
        [recording-the-withdrawal] enregistrement du retrait
        [removing-the-contact] suppression du contact
        [saving-the-lead] enregistrement du contact
        [saving-the-leads] enregistrement des contacts
        [setting-cache-size] réglage de la taille du cache
        [storing-the-policy-text] enregistrement du texte de la politique de confidentialité
        [updating-the-contact] mise à jour du contact
        [updating-the-contacts] mise à jour des contacts
        [withdrawing-the-consent] retrait du consentement
        [enabling-foreign-keys] activation des clés étrangères
        [migrating] migration
        [opening] ouverture
        [reading-application-id] lecture de l'identifiant d'application
        [reading-device-id] lecture de l'identifiant de l'appareil
        [reading-schema-version] lecture de la version du schéma
        [reading-schema] lecture du schéma
        [setting-application-id] définition de l'identifiant d'application
        [setting-busy-timeout] réglage du délai d'attente des verrous
        [enabling-wal] activation du mode WAL
        [enabling-secure-delete] activation de secure_delete
        [opening-read-only] ouverture en lecture seule
        [setting-synchronous-full] réglage de synchronous=FULL
       *[other] { $phrase }
    }

## The HTML show report (src/report/html.rs): headings, labels, chart titles, axis and legend

report-title = { $event } ({ $id }) : bilan du salon
report-meta = Établi le { $at } à partir de { $source } par leadbooth { $version }. Les jours et les heures sont en { $zone }. Les contacts effacés ne sont pas comptés.
report-leads = contacts
report-laptops = ordinateurs
report-staff = équipe
report-may-be-contacted = peuvent être contactés ({ $purpose })
report-h-per-day = Contacts par jour
report-chart-per-day = Contacts par jour ({ $zone })
report-h-per-hour = Contacts par heure de la journée
report-chart-per-hour = Contacts par heure ({ $zone }, tous les jours)
report-h-per-laptop = Contacts par ordinateur
report-h-per-staff = Contacts par membre de l'équipe
report-col-day = jour
report-col-hour = heure
report-col-laptop-id = ordinateur (identifiant d'appareil)
report-col-staff = membre de l'équipe
report-h-ratings = Répartition des évaluations
report-chart-ratings = Évaluations
report-col-rating = évaluation
report-rating = { $rating ->
        [hot] chaud
        [warm] tiède
        [cold] froid
       *[unrated] non évalué
    }
report-h-consent = Consentement et refus par finalité
report-chart-consent = Décisions par finalité
report-granted = accordé
report-not-given = non donné
report-withdrawn = retiré
report-col-purpose = finalité
report-col-recorded = enregistrés
report-col-consent-pct = consentement %
report-col-refusal-pct = refus %
report-col-withdrawal-pct = retrait %
report-h-removals = Retraits et effacements dans le temps
report-chart-removals = Effacements et retraits par jour ({ $zone })
report-erasures = effacements
report-withdrawals = retraits
report-total = total
report-h-duplicates = Doublons fusionnés
report-col-contacts = personnes
report-col-leads-merged = contacts fusionnés
report-across-laptops = entre ordinateurs
report-same-laptop = sur un même ordinateur
report-h-batches = Lots reçus par ordinateur
report-col-laptop = ordinateur
report-col-batches = lots
report-col-seqs = numéros
report-col-last-written = dernier écrit
report-col-last-imported = dernier importé
report-col-missing = manquants (trous)
report-col-late = arrivés en retard
report-none = aucun
report-h-policy = Confidentialité : consentements par version de la politique
report-col-policy = version de la politique (SHA-256)
report-col-purpose-granted = { $purpose } accordé
report-h-expiry = Confidentialité : consentements proches de l'expiration
report-expiry = Consentements en cours dont la validité prend fin dans les { $days } jours (ou a déjà pris fin) :
report-col-lead = contact
report-col-expires = expire le
report-h-retention = Confidentialité : fiches proches de leur date de conservation
report-no-retention = Aucune durée de conservation indiquée : lancez le bilan avec { $flag } pour lister les fiches qui en approchent.
report-retention = Contacts conservés { $kept } jours après leur saisie dont la date de conservation tombe dans les { $days } jours (ou est passée) :
report-col-captured = saisi le
report-col-retain-until = à conserver jusqu'au
report-h-crm = Confidentialité : demandes en attente pour le CRM
report-crm = Suppressions et désabonnements en attente du prochain fichier de suppression ({ $command }), tous salons confondus :
report-col-contact = personne
report-col-action = action
report-col-reason = motif
report-col-since = depuis
report-action = { $action ->
        [delete] supprimer
        [unsubscribe] désabonner
       *[other] { $code }
    }
report-reason = { $reason ->
        [erasure] effacement
        [central-erasure] effacement au bureau central
        [withdrawal] retrait
        [retention] durée de conservation écoulée
        [no-source] plus aucun contact source
       *[other] { $code }
    }
report-nothing-to-chart = Rien à représenter pour l'instant.
report-chart-failed = Le graphique n'a pas pu être tracé : { $error }
report-others = { $count } autres

## Branch i18nrules: a lead's record rules in a batch (src/batch/rules.rs LeadBreak), a policy
## text that does not hold (src/policy.rs PolicyProblem), the central SQLite file's own faults
## (CentralError::Open) and a stored row's detail (src/central/mod.rs RowProblem); said by
## src/cli/reasons.rs. SQLite's and the parsers' own words ($detail, $error) stay as they are.

central-rule-lead-other-device = le device_id { $device } n'est pas l'appareil { $batch_device } du lot : un lot ne contient que les contacts de son propre ordinateur
central-rule-other-event = l'event_id { $event } n'est pas l'événement { $batch_event } du lot
central-rule-schema-ahead = ses enregistrements de consentement relèvent du schéma de contact { $schema } (ils indiquent la langue demandée), mais un lot au format { $format } contient des contacts de schéma { $batch_schema }
central-policy-hash = le texte de la politique { $sha256 } ne correspond pas à cette empreinte SHA-256
central-policy-too-long = { $field } fait { $found } { $unit ->
        [bytes] octets
        [entries] entrées
       *[chars] caractères
    }, au-delà des { $max } autorisés
central-policy-not-a-date = last_updated { $value } n'est pas une date (AAAA-MM-JJ)
central-open-damaged = la base de données { $db } est endommagée ou n'est pas une base leadbooth ({ $detail }) ; elle n'a pas été modifiée — gardez-en une copie, et donnez à --into un fichier de base centrale (ou un nouveau nom de fichier pour en créer une)
central-open-booth = { $db } est la base de données d'un stand, pas une base centrale (la base d'un stand et la base centrale ne sont pas interchangeables) : les contacts d'un stand arrivent au bureau central sous forme de lots — exportez-les sur l'ordinateur et importez le lot ; le fichier n'a pas été modifié
central-open-other-kind = la base de données { $db } n'est pas une base centrale leadbooth (son application id est { $found }) ; elle n'a pas été modifiée
central-open-io = impossible de créer ou d'ouvrir la base de données { $db } : { $error }
central-row-unknown = { $what ->
        [method] méthode inconnue
        [action] action inconnue
       *[rating] note inconnue
    } { $value }
central-row-no-wording = aucun texte de consentement n° { $id }
central-row-count = { $rows ->
        [one] { $rows } ligne
       *[other] { $rows } lignes
    } pour { $leads ->
        [one] { $leads } contact
       *[other] { $leads } contacts
    }
central-row-batch-missing = son lot est introuvable
central-row-vanished = introuvable juste après son enregistrement
# `central receipt`: the language each consent's wording was shown in, and the one asked for
central-receipt-language = langue
central-receipt-language-asked = langue demandée

## The row a damaged central row is named by (branch i18nlast)

central-row-name = { $kind ->
    [lead] contact { $id }
    [contact] contact CRM { $id }
    [batch] lot { $id }
    [suppression] entrée de suppression { $id }
    [consent-wording] libellé de consentement de { $id }
    [crm-file] fichier CRM
    [erased-person] personne effacée
    [person-withdrawal] retrait d'une personne
    [leads] contacts
    [erasure] effacement
    [withdrawal] retrait
   *[other] { $id }
  }

## adv18: what the import takes of a batch from an older booth (src/cli/import.rs)

central-import-no-language = { $count ->
    [one] 1 contact provient
   *[other] { $count } contacts proviennent
} d'un stand qui n'enregistrait pas la langue du texte de consentement : elle reste non enregistrée (vide dans central show et dans le fichier CRM), jamais devinée
central-import-no-language-asked = { $count ->
    [one] 1 contact provient
   *[other] { $count } contacts proviennent
} d'un stand qui n'enregistrait pas la langue choisie par le visiteur : la langue affichée est conservée, la langue choisie reste non enregistrée
