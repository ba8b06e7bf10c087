# leadbooth : ce que lit le visiteur, en français.
# Mêmes messages et mêmes $arguments que en/leadbooth.ftl (vérifié par src/i18n.rs).
# On vouvoie le visiteur.

## La touche de langue

language-switched = Langue : français.
language-ticks-cleared = Langue : français. Le texte du consentement a changé de langue, vos cases ont donc été décochées : cochez à nouveau ce que vous acceptez ({ $purposes }).

## Écran d'accueil et remerciement (borne)

attract-welcome = Bienvenue ! Laissez vos coordonnées et choisissez comment nous pouvons rester en contact.
attract-prompt = Appuyez sur Enter (ou une autre touche) pour commencer
attract-policy = Notre politique de confidentialité est à une touche (F1) et sur votre téléphone avec le code.
thank-you = Merci ! Vos coordonnées sont enregistrées.
thank-you-next = Cet écran revient à l'accueil dans un instant.
qr-caption = Scannez pour la politique complète :
qr-too-small = Agrandissez la fenêtre pour afficher le code QR
qr-failed = Pas de code QR : { $error }
self-service = Libre-service

policy-title = Politique de confidentialité · version { $version }
policy-title-updated = Politique de confidentialité · version { $version } · mise à jour { $date }

## Le formulaire

field-first-name = Prénom
field-last-name = Nom
field-email = E-mail
field-company = Entreprise
field-job-title = Fonction
field-phone = Téléphone
field-country = Pays
country-hint = son nom, p. ex. France ou Frankreich
questions-heading = Questions
consent-heading = Consentement : ne cochez que ce que la personne accepte
consent-heading-kiosk = Consentement : ne cochez que ce que vous acceptez
required = (obligatoire)
answer = Réponse
not-saved = { $count ->
    [0] Non enregistré.
    [one] Non enregistré : corrigez le champ signalé.
   *[other] Non enregistré : corrigez les { $count } champs signalés.
}
field-full = { $field } est plein : { $max } caractères au plus.
paste-refused = Collage refusé : le texte contient le caractère de contrôle U+{ $code }.
paste-too-long = Collage refusé : { $field } aurait { $total } caractères, plus que les { $max } permis.
paste-far-too-long = Collage refusé : le texte est bien plus long que ce que { $field } peut contenir ({ $max } caractères).
check-field = Vérifiez { $field } : { $message }

## L'information (premier niveau)

notice-heading = Avant de choisir : qui nous sommes et comment nous utilisons vos données
notice-who = Qui
notice-why = Pourquoi
notice-kept = Conservation
notice-rights = Vos droits
notice-withdraw = Retrait
notice-transfers = Transferts
notice-full-policy = Politique complète
notice-full-policy-how = appuyez sur F1, ou scannez son code QR
notice-not-set = (non indiqué dans le fichier de l'événement : demandez à notre équipe)
notice-follow-up = pour donner suite à notre échange d'aujourd'hui (notre intérêt légitime ; confirmez avoir vu cette information).
notice-optional = { $count ->
    [one] Une autre utilisation, seulement si vous cochez sa case : elle est facultative.
   *[other] { $count } autres utilisations, seulement si vous cochez leurs cases : chacune est facultative.
}

## Borne

still-there-title = { " " }Toujours là ?{ " " }
still-there = Ce formulaire sera effacé dans { $secs } { $secs ->
    [one] seconde
   *[other] secondes
} pour que le visiteur suivant ne voie rien de vous : personne n'a touché le clavier depuis un moment.
still-there-key = Appuyez sur une touche pour reprendre où vous en étiez.
kiosk-id-not-looked-up = Cette borne ne recherche pas les numéros de badge : saisissez vous-même vos coordonnées dans le formulaire.
kiosk-id-scans-limited = Trop de numéros de badge en peu de temps : ils sont ignorés pendant une minute. Saisissez vos coordonnées, ou demandez à notre équipe.

## Reçu

receipt-scan = Votre reçu : scannez le code avec votre téléphone pour garder ce que vous avez accepté et comment le retirer.
receipt-number = Reçu { $id }
receipt-agreed = Vous avez accepté : { $list }
receipt-nothing-agreed = Vous n'avez accepté ni prospection ni partage.
receipt-withdraw = Pour retirer votre consentement, écrivez à { $contact } en indiquant le numéro du reçu.
receipt-done = Une touche quand vous avez terminé.

## Barre des touches

hint-fields = champs
hint-save = valider
hint-policy = confidentialité
hint-start = commencer
hint-continue = continuer
hint-still-here = je suis encore là
hint-tick = cocher
hint-choose = choisir
hint-move = déplacer
hint-newline = nouvelle ligne
hint-clear = effacer
hint-back = retour
hint-scroll = défiler
hint-page = page
hint-ends = début/fin
hint-scan = badge
hint-contrast = contraste
key-any = une touche

## Finalités par défaut (enregistrées et hachées : chaque octet compte)

purpose-policy-ack = On m'a montré comment { $organisation } utilise mes données (l'information ci-dessus), et { $organisation } peut donner suite à notre échange d'aujourd'hui.
purpose-marketing-email = Envoyez-moi des informations commerciales de { $organisation } par e-mail.
purpose-marketing-phone = Contactez-moi par téléphone pour des informations commerciales de { $organisation }.
purpose-marketing-mail = Envoyez-moi des informations commerciales de { $organisation } par courrier.
purpose-events = Invitez-moi aux séminaires et webinaires de { $organisation }.
purpose-share-affiliates = { $organisation } peut transmettre mes données à ses sociétés affiliées, qui peuvent se trouver dans d'autres pays.
purpose-share-partners = { $organisation } peut partager mes données avec des partenaires avec qui { $organisation } organise des séminaires, des webinaires ou des offres semblables, et qui peuvent se trouver dans d'autres pays.

# ===== Le côté équipe : écrans du stand et CLI (branche i18nstaff) =====

## Times

staff-months = janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.
staff-date-this-year = { $day } { $month } { $time }
staff-date-other-year = { $day } { $month } { $year } { $time }
staff-times-in = heures : { $zone }

## Status line

staff-label = Équipe
staff-lead-count = { $count ->
    [one] { $count } contact
   *[other] { $count } contacts
}
staff-too-small = Agrandissez la fenêtre (80x24 au minimum)

## The staff form

staff-heading = Pour l'équipe
staff-jump-staff = Alt-R intérêt, Alt-O notes
staff-rating = Intérêt
staff-rating-none = aucun
staff-rating-hot = chaud
staff-rating-warm = tiède
staff-rating-cold = froid
staff-notes = Notes
staff-notes-placeholder = Ce que l'équipe doit savoir (Enter commence une ligne)
staff-name-first-name = prénom
staff-name-last-name = nom
staff-name-email = e-mail
staff-name-company = entreprise
staff-name-job-title = fonction
staff-name-phone = téléphone
staff-name-country = pays

## Saving

staff-saved = { $count ->
    [one] Enregistré. { $count } contact saisi.
   *[other] Enregistré. { $count } contacts saisis.
}
staff-duplicate-title = Déjà saisi
staff-duplicate-question = { $name } (même { $matched ->
    [email] e-mail
    [phone] téléphone
   *[badge] numéro de badge
}) a déjà été saisi ({ $at }, par { $by }). Mettre ce contact à jour avec le formulaire ? Les choix de consentement du jour sont enregistrés comme de nouvelles décisions.
staff-this-person = Cette personne
staff-duplicate-updated = { $name } mis à jour : déjà saisi, coordonnées et choix de consentement du jour ajoutés.
staff-the-lead = le contact
staff-duplicate-check-failed = Impossible de chercher une saisie antérieure : { $error }
staff-store-failed = Non enregistré, le formulaire est conservé : { $error }

## Badge scans

staff-from-badge = ◆ badge
staff-scan-armed = Scannez le badge maintenant, ou tapez son numéro d'inscription puis Enter. Esc annule.
staff-scan-reading = Lecture du badge…
staff-scan-cancelled = Lecture du badge annulée.
staff-scan-filled-id = Badge { $id }, { $name } : { $count } champs remplis ({ $mark })
staff-scan-filled = Badge lu : { $count } champs remplis ({ $mark })
staff-scan-filled-name = Badge lu ({ $name }) : { $count } champs remplis ({ $mark })
staff-scan-kept = { " " }; les champs absents du badge sont conservés.
staff-scan-replaced = , à la place de ce qui était tapé dans : { $fields } ; les autres champs sont conservés.
staff-scan-unknown-id = Le badge { $id } n'est pas dans la liste des participants : tapez les coordonnées. Le numéro du badge est gardé avec le contact pour que l'équipe centrale puisse le rapprocher.
staff-scan-lookup-failed = Badge { $id } gardé avec le contact, mais la liste des participants est illisible : { $error }
staff-scan-failed = Badge non lu, le formulaire est inchangé : { $error }.
staff-scan-refused-pin = Badge non lu pendant la demande du code de l'équipe : tapez le code ou Esc, puis scannez à nouveau.
staff-scan-refused-question = Badge non lu : répondez d'abord à la question (y ou n), puis scannez à nouveau.
staff-scan-refused-duplicate = Badge non lu : choisissez d'abord u (mettre à jour le contact), s (enregistrer à part) ou Esc (retour au formulaire), puis scannez à nouveau.
staff-scan-refused-screen = Badge non lu ici : revenez au formulaire de saisie (Esc), puis scannez à nouveau.
staff-scan-ignored = { $count ->
    [one] { $count } caractère après la fin du badge a été ignoré.
   *[other] { $count } caractères après la fin du badge ont été ignorés.
}

## Confirmations

staff-confirm-clear = Vider le formulaire ? Ce qui a été tapé pour cette personne sera perdu.
staff-confirm-quit = Quitter ? Le formulaire contient des saisies non enregistrées, qui seront perdues.
staff-confirm-quit-lead = Quitter ? Le contact du formulaire n'est pas enregistré. Le garder en brouillon (proposé au prochain démarrage), ou quitter et le perdre ?
staff-confirm-title = Confirmez
staff-cleared = Formulaire vidé, cases comprises : la personne suivante commence sans rien de coché.
staff-confirm-erase = Effacer ce contact ? Ses données personnelles sont supprimées pour de bon ; seule une trace (id, heure, consentements) reste.
staff-confirm-withdraw = Retirer le consentement en surbrillance ? Le retrait est enregistré avec l'heure ; il est définitif.
staff-confirm-discard = Abandonner les modifications de ce contact ?

## Lead list

staff-leads-title = Contacts, du plus récent ({ $total })
staff-leads-title-latest = Contacts, du plus récent (les { $shown } derniers sur { $total })
staff-column-time = Heure
staff-column-name = Nom
staff-column-email = E-mail
staff-column-company = Entreprise
staff-column-consents = Consentements donnés
staff-no-leads = Aucun contact saisi pour l'instant.
staff-leads-failed = Impossible de lire les contacts : { $error }
staff-search = Recherche
staff-search-hint = nom, e-mail, société, tél. ou badge
staff-search-count = { $count ->
    [0] aucun résultat
    [one] 1 résultat
   *[other] { $count } résultats
}
staff-search-count-page = les { $count } plus récents ; tapez plus pour affiner
staff-no-match = Aucun contact ne correspond. Esc efface la recherche.

## Lead details

staff-lead-title = Contact : { $name }
staff-detail-name = Nom
staff-detail-captured = Saisi
staff-detail-badge-id = Badge
staff-detail-rating = Intérêt
staff-detail-lead-id = Id du contact
staff-detail-policy = Politique
staff-detail-answers = Réponses
staff-detail-consents = Consentements
staff-detail-notes = Notes
staff-detail-no-notes = (aucune)
staff-detail-granted = donné
staff-detail-not-granted = non donné
staff-captured = { $at } par { $by } ({ $source ->
    [kiosk] borne
    [badge] badge
    [cli] ligne de commande
   *[staff] équipe
})
staff-consent-given = { $at }, { $method ->
    [self_service] en libre-service
   *[staff_assisted] avec l'équipe
}
staff-consent-withdrawn = retiré { $at } (donné { $granted })
staff-withdraw-title = Retirer quel consentement ?
staff-nothing-to-withdraw = Ce contact n'a plus de consentement donné à retirer.
staff-withdrawn = Consentement { $purpose } retiré ({ $at }) ; il part avec le prochain export.
staff-erased = { $copies ->
    [0] Contact effacé : données personnelles supprimées, une trace gardée ; l'effacement part avec le prochain export.
    [one] Contact effacé : données personnelles supprimées, une trace gardée ; l'effacement part avec le prochain export. La copie de lot qui le contenait dans le dossier de données a été supprimée.
   *[other] Contact effacé : données personnelles supprimées, une trace gardée ; l'effacement part avec le prochain export. Les { $copies } copies de lot qui le contenaient dans le dossier de données ont été supprimées.
}
staff-lead-failed = Impossible : { $error }

## Editing a lead

staff-edit-title = Modification de { $name } : les consentements ne changent que par retrait
staff-edit-saved = Modifications enregistrées ({ $fields }).
staff-edit-unchanged = Rien n'a changé.

## Staff picker

staff-pick = Qui saisit les contacts ?
staff-pick-help = Choisissez votre nom ; il est enregistré avec chaque contact que vous enregistrez.

## Export (F5)

staff-export-title = Exporter un lot signé des nouveautés
staff-export-target = Dossier cible :{ " " }
staff-export-choose = Dossier cible (↑↓ pour choisir, Enter y écrit le lot) :
staff-export-no-media = Aucune clé USB ni carte mémoire n'est montée.
staff-export-medium = Amovible { $name } ({ $fs })
staff-export-last = Dernier utilisé
staff-export-last-note = utilisé la dernière fois
staff-export-laptop = Cet ordinateur
staff-export-gone = absent
staff-export-other = Autre dossier
staff-export-type-folder = Tapez le chemin du dossier sur la dernière ligne, puis Enter.
staff-export-free-gb = { $size } Go libres
staff-export-free-mb = { $size } Mo libres
staff-export-key-beside = La clé publique de l'appareil est à côté, { $file }, pour le dossier de confiance du bureau.
staff-export-key-not-beside = La clé publique de l'appareil n'a pas pu être écrite à côté du lot ({ $error }) : donnez keys/device.pub au bureau.
staff-export-press-enter = Enter écrit le lot, Esc revient en arrière.
staff-export-running = Écriture du lot...
staff-export-preparing = ouverture de la clé de signature et décompte des contacts
staff-export-failed = Échec de l'export, rien n'a été marqué exporté :{ " " }
staff-export-worker-died = Échec de l'export : il s'est arrêté de façon inattendue ; rien n'a été marqué exporté. Voir logs/leadbooth.log.
staff-export-needs-passphrase = La clé de signature est protégée par une phrase secrète : définissez LEADBOOTH_KEY_PASSPHRASE avant de lancer le stand, ou lancez `leadbooth export` dans un terminal.
staff-export-nothing-new = Rien de nouveau depuis le dernier lot ; rien n'a été écrit.
staff-export-written = Lot écrit dans{ " " }
staff-export-check = Vérifiez-le avec des outils standard :
staff-export-busy = Un export est en cours : attendez qu'il se termine.
staff-export-passphrase = Phrase secrète de la clé de signature (masquée) :{ " " }
staff-export-wrong-passphrase = Phrase secrète erronée ; rien n'a été écrit. Retapez-la puis Enter.
staff-export-not-encrypted = NON chiffré : le fichier d'événement ne nomme aucun destinataire [encryption] ; une clé perdue expose chaque contact.
staff-export-check-sealed = Vérifiez qu'il est arrivé intact (sans identité) :
staff-export-encrypted-to = { $count ->
    [one] Chiffré pour { $count } destinataire : { $list }
   *[other] Chiffré pour { $count } destinataires : { $list }
}
staff-export-pending = Nouveau depuis le dernier lot : { $leads ->
    [one] { $leads } contact
   *[other] { $leads } contacts
}, { $erasures ->
    [one] { $erasures } effacement ou retrait
   *[other] { $erasures } effacements ou retraits
}.
staff-export-counts = { $leads ->
    [one] { $leads } contact
   *[other] { $leads } contacts
}, { $erasures ->
    [one] { $erasures } effacement ou retrait
   *[other] { $erasures } effacements ou retraits
}, lot numéro { $seq }.
staff-export-key-created = Clé de signature de l'appareil { $key } créée ; donnez { $public } à l'équipe centrale.

## Hint bar (the staff side)

staff-hint-leads = contacts
staff-hint-export = exporter
staff-hint-stats = stats
staff-hint-export-now = exporter maintenant
staff-hint-scan = lire badge
staff-hint-cancel-scan = annuler lecture
staff-hint-search = chercher
staff-hint-open = ouvrir
staff-hint-edit = modifier
staff-hint-withdraw = retirer consentement
staff-hint-erase = effacer
staff-hint-cancel = annuler
staff-hint-clear-search = effacer recherche
staff-hint-quit = quitter
staff-hint-scanner-check = test scanner
staff-hint-yes = oui
staff-hint-no = non
staff-hint-unlock = déverrouiller
staff-hint-recover = récupérer
staff-hint-update = mettre à jour
staff-hint-keep-draft = garder en brouillon, quitter
staff-hint-quit-lose = quitter, le perdre
staff-hint-save-new = enregistrer à part
staff-hint-discard = abandonner

## Short forms, for a hint bar with too little room (80 columns)

staff-short-scan = badge
staff-short-withdraw = retirer
staff-short-clear-search = effacer
staff-short-cancel-scan = annuler
staff-short-export-now = exporter
staff-short-ends = bouts
staff-short-scanner-check = scanner
staff-short-update = mettre à jour
staff-short-keep-draft = garder

## Start-up

staff-not-a-terminal = impossible de lancer l'écran du stand (est-ce un terminal interactif ?)
staff-kiosk-no-pin = le mode borne a besoin d'un code d'équipe pour en sortir : définissez-le avec `leadbooth kiosk set-pin`, puis relancez `leadbooth --kiosk`

## Scanner check (F9)

staff-check-title = Test du scanner
staff-check-intro = Scannez un badge (ou le code de test) pour voir exactement ce que le scanner tape sur cet ordinateur. Rien de ce qui est scanné ici n'est enregistré.
staff-check-nothing-yet = Rien de scanné pour l'instant.
staff-check-raw-heading = Dernière rafale, telle quelle ({ $count } caractères ; ⏎ Enter, ⇥ Tab, ␛ Esc/Alt) :
staff-check-read-heading = Lu :
staff-check-code-ok = Le code de test est arrivé exactement : le scanner et cet ordinateur ont la même disposition de clavier.
staff-check-read-badge = Un badge : { $fields }
staff-check-read-id = Numéro d'inscription { $id }
staff-check-not-read = Pas lu comme un badge : { $why }
staff-check-mixup = Dispositions de clavier confondues : le scanner tape pour { $scanner }, cet ordinateur lit { $laptop }.
staff-check-changed = Arrivé → voulu : { $list }
staff-check-fix = Solution à essayer : { $fix }
staff-check-meant = Voulu : { $read }
staff-check-no-mixup = Aucune confusion courante de clavier (US, QWERTZ allemand, AZERTY français) n'explique ces caractères. Scannez le code de test : s'il arrive modifié, cet écran nomme la confusion.
staff-check-code-caption = Code de test : scannez-le à l'écran.
staff-check-code-room = Agrandissez la fenêtre pour afficher le code de test.

## PIN dialog

staff-pin-title = Équipe seulement
staff-pin-label = Code
staff-pin-prompt-quit = Tapez le code de l'équipe pour quitter le mode borne.
staff-pin-prompt-leads = Tapez le code de l'équipe pour ouvrir la liste des contacts.
staff-pin-wrong = Code erroné.
staff-pin-locked = Trop de codes erronés. Réessayez dans { $time }.

## After a save, and one attendee at a time

staff-receipt-next = Une touche : personne suivante (un badge scanné en commence une aussi).
staff-new-attendee = Nouvelle personne : les cases, réponses, intérêt et notes de la précédente ont été vidés.

## Statistics (F6)

staff-stats-title = Statistiques{ " " }
staff-stats-per-hour = Contacts par heure aujourd'hui
staff-stats-staff = Par personne
staff-stats-ratings = Intérêt
staff-stats-consent = Consentement donné / enregistré
staff-stats-none = aucun contact
staff-stats-no-batch = Aucun lot écrit pour l'instant (F5 exporte).
staff-stats-summary = · aujourd'hui { $today } : { $today_leads } · total de l'événement sur cet ordinateur : { $leads }
staff-stats-erased = · { $count ->
    [one] { $count } effacé
   *[other] { $count } effacés
}
staff-stats-others = { $count } autres
staff-stats-hot = Chaud
staff-stats-warm = Tiède
staff-stats-cold = Froid
staff-stats-unrated = Sans
staff-stats-exported = Tout est exporté.
staff-stats-not-exported = Pas encore exporté : { $leads ->
    [one] { $leads } contact
   *[other] { $leads } contacts
} (F5 exporte)
staff-stats-not-exported-erasures = Pas encore exporté : { $leads ->
    [one] { $leads } contact
   *[other] { $leads } contacts
}, { $erasures ->
    [one] { $erasures } effacement/retrait
   *[other] { $erasures } effacements/retraits
} (F5 exporte)
staff-stats-last-batch = Dernier lot : n° { $seq } écrit { $at } ({ $leads ->
    [one] { $leads } contact
   *[other] { $leads } contacts
})

# ===== The command line's words (branch i18nstaff): stderr messages for a person; data on stdout and JSON stay as they are =====

## Command line: how a line starts

cli-error = erreur
cli-warning = avertissement
cli-note = remarque

## leadbooth export

cli-export-other-events = { $count ->
    [one] { $count } contact d'un autre événement n'est pas exporté par le lot de cet événement ; exportez-le avec --config <son fichier d'événement>
   *[other] { $count } contacts d'autres événements ne sont pas exportés par le lot de cet événement ; exportez-les avec --config <leur fichier d'événement>
}
cli-export-key-created = Clé de signature de l'appareil { $key } créée (premier export). Donnez { $public } à l'équipe centrale : c'est ainsi qu'elle vérifie les lots de cet ordinateur.
cli-export-failed = échec de l'export : { $error } ; rien n'a été marqué exporté
cli-export-not-recorded = la base { $db } n'est pas modifiable (abîmée ou en lecture seule), ce lot n'y est donc pas enregistré : ses contacts ne sont pas marqués exportés. Importez-le au siège, gardez une copie de la base, puis sortez-la du dossier de données (`leadbooth doctor` explique comment)
cli-export-written = Lot { $batch } écrit dans { $folder }
cli-export-encrypted-to = { $count ->
    [one] chiffré pour { $count } destinataire : { $list }
   *[other] chiffré pour { $count } destinataires : { $list }
}
cli-export-check-sealed = Vérifiez qu'il est arrivé intact (sans identité) :
cli-export-at-office = Au bureau :
cli-export-check = Vérifiez-le avec des outils standard :
cli-export-key-beside = La clé publique de l'appareil est à côté, sous le nom { $file }, pour le dossier de confiance du bureau.
cli-export-key-not-beside = la clé publique de l'appareil n'a pas pu être écrite à côté du lot ({ $error }) : remettez { $key } au bureau
cli-export-plaintext = ce lot n'est PAS chiffré (--plaintext), bien que l'événement nomme { $count ->
    [one] { $count } destinataire
   *[other] { $count } destinataires
} ; il contient chaque contact en clair — gardez la clé en lieu sûr et effacez-la après l'import (consigné dans le journal d'audit)
cli-export-not-encrypted = ce lot n'est pas chiffré : l'événement ne nomme aucun destinataire ([encryption] dans le fichier d'événement) ; une clé perdue exposerait chaque contact
cli-export-progress = export
cli-export-nothing-since = Rien de nouveau à exporter depuis le lot { $seq } ({ $folder }) ; rien n'a été écrit.
cli-export-nothing = Rien à exporter : aucun contact pour l'instant ; rien n'a été écrit.

## leadbooth import

cli-import-summary = Bilan : { $imported ->
    [one] { $imported } lot importé
   *[other] { $imported } lots importés
}, { $skipped ->
    [one] { $skipped } ignoré (déjà importé)
   *[other] { $skipped } ignorés (déjà importés)
}, { $refused ->
    [one] { $refused } refusé
   *[other] { $refused } refusés
} ; contacts : { $new ->
    [one] { $new } nouveau
   *[other] { $new } nouveaux
}, { $merged ->
    [one] { $merged } fusionné
   *[other] { $merged } fusionnés
}, { $updated } mis à jour, { $ignored ->
    [one] { $ignored } ignoré
   *[other] { $ignored } ignorés
} ; effacements appliqués : { $erasures }, retraits appliqués : { $withdrawals } ; { $contacts ->
    [one] { $contacts } contact
   *[other] { $contacts } contacts
} dans { $db }
cli-import-retention = conservation : { $count } contact(s) supprimé(s), saisis pour la dernière fois il y a plus de { $days } jours ; le fichier de suppression les efface dans le CRM

## leadbooth leads

cli-leads-erased = contact { $id } effacé : données personnelles supprimées, trace gardée ; l'effacement part avec le prochain export
cli-leads-withdrawal-goes-out = le retrait part avec le prochain export
cli-leads-withdrew = consentement { $purpose } du contact { $id } retiré à { $at }
cli-leads-erased-not-shown = { $count ->
    [one] ({ $count } contact effacé non affiché)
   *[other] ({ $count } contacts effacés non affichés)
}
cli-leads-no-retention = l'événement ne fixe pas retention_days : rien n'est purgé
cli-leads-would-purge = { $count } contact(s) exporté(s) il y a plus de { $days } jours seraient purgés
cli-leads-purged = { $count } contact(s) exporté(s) il y a plus de { $days } jours purgé(s) (traces gardées)

## leadbooth init-event

cli-init-notice-ask = L'information affichée avant le consentement a besoin de ceci (Enter garde la valeur d'exemple, à modifier plus tard) :
cli-init-gap = fichier d'événement { $name } : pas de texte en { $language } pour [translation.{ $code }] { $keys } ; qui choisit cette langue y lit la langue par défaut
cli-init-wrote-default = { $name } écrit, le fichier d'événement que leadbooth lit par défaut : modifiez-le, vérifiez-le avec `leadbooth doctor`, puis lancez le stand avec `leadbooth`
cli-init-wrote = { $name } écrit : modifiez-le, vérifiez-le avec `leadbooth --config { $name } doctor`, puis lancez le stand avec `leadbooth --config { $name }`
cli-init-or-default = , ou enregistrez-le sous { $path } pour l'utiliser par défaut

# ===== booth: rules, drafts, receipt … (branch i18nbooth) =====
# Les règles s'affichent à côté du champ, dans la langue du formulaire ; le
# dialogue du brouillon est pour l'équipe, le reçu pour la personne.

## Lead rules

rule-control-character = contient le caractère de contrôle U+{ $code } en position { $position } ; une ligne n'admet que du texte imprimable
rule-too-long = compte { $found } caractères, plus que les { $max } permis
rule-name-missing = saisissez un prénom ou un nom
rule-email-or-phone = saisissez une adresse e-mail ou un numéro de téléphone
rule-email-hidden = contient le caractère invisible ou de changement de sens U+{ $code } en position { $position } ; une adresse e-mail se saisit en texte simple
rule-email-too-long = fait { $bytes } octets ; une adresse e-mail en a au plus { $max } (RFC 5321)
rule-email-local-too-long = a { $bytes } octets avant le @ ; { $max } au plus sont permis (RFC 5321)
rule-email-invalid = n'est pas une adresse e-mail valide (comme nom@example.com)
rule-country-ambiguous = { $value } désigne plus d'un pays : saisissez le nom complet
rule-country-unknown = { $value } n'est pas un nom de pays connu : saisissez-le comme France, Frankreich ou Allemagne
rule-phone-no-digits = ne contient aucun chiffre
rule-required = est obligatoire : cochez-la pour enregistrer
rule-phone-kept-for = gardé tel que saisi : numéro non valide pour { $region }
rule-phone-kept-prefix = gardé tel que saisi : son indicatif international ne désigne aucun pays
rule-phone-kept = gardé tel que saisi : numéro non valide

## Drafts (the staff side)

draft-title = Contact non enregistré
draft-question = Récupérer le contact non enregistré de { $time } ?
draft-recover = Récupérer
draft-discard = Abandonner
draft-recovered = Contact non enregistré récupéré sans ses cases cochées : redemandez chaque consentement à la personne, puis enregistrez.
draft-recovered-without = Contact non enregistré récupéré sans ses cases cochées (redemandez à la personne) et sans (l'événement a changé) : { $what }.
draft-discarded = Contact non enregistré abandonné.
draft-unreadable = Un contact non enregistré était illisible et a été abandonné : { $error }
draft-version = la version { $version } du format de brouillon n'est pas prise en charge
draft-failed = Le contact non enregistré ne peut pas être gardé en brouillon : { $error }
draft-scan-refused = Badge non lu : répondez d'abord s'il faut récupérer le contact non enregistré (R récupère, D abandonne), puis scannez à nouveau.

## The receipt's QR code

receipt-qr-title = REÇU
receipt-qr-agreed = ACCORD
receipt-qr-none = AUCUN
receipt-qr-withdraw = RETRAIT
receipt-short-email = e-mail
receipt-short-phone = téléphone
receipt-short-mail = courrier
receipt-short-events = événements
receipt-short-affiliates = filiales
receipt-short-partners = partenaires

## A key without a name printed on it

key-space = Espace

## Short forms, for a hint bar with too little room

hint-short-stats = stats
# ===== The command line (branch i18ncli): doctor, verify, keys, attendees, central, report, stats, policy, the import's batch lines, the CRM files; human prose only: JSON, lead lines and CSV stay as they are =====

## leadbooth doctor: each check's label, what it found and what to do
## (`--json` stays in English for scripts)

cli-doctor-label-data-dir = données
cli-doctor-label-database = base
cli-doctor-label-integrity = intégrité
cli-doctor-label-schema = schéma
cli-doctor-label-free-space = espace libre
cli-doctor-label-export-target = cible d'export
cli-doctor-label-signing-key = clé de signature
cli-doctor-label-public-key = clé publique
cli-doctor-label-event = événement
cli-doctor-label-policy = politique
cli-doctor-label-notice = information
cli-doctor-label-languages = langues
cli-doctor-label-terminal = terminal
cli-doctor-label-data-volume = volume
cli-doctor-label-encryption = chiffrement
cli-doctor-label-attendees = participants
cli-doctor-label-kiosk-pin = code borne
cli-doctor-mode-others = { $path } a les droits { $mode } : d'autres utilisateurs peuvent le lire (il faudrait { $want })
cli-doctor-mode-owner = { $path } a les droits { $mode } : son propriétaire ne peut pas s'en servir (il faudrait { $want })
cli-doctor-mode = droits { $mode }
cli-doctor-chmod = lancez : chmod { $mode } { $files }
cli-doctor-data-dir-missing = { $path } n'existe pas encore
cli-doctor-data-dir-missing-fix = il est créé à la première utilisation : lancez `leadbooth keys init`, ou démarrez le stand une fois
cli-doctor-cannot-read = impossible de lire { $path } : { $error }
cli-doctor-data-dir-unreadable-fix = vérifiez le chemin et ses droits, ou passez --data-dir DIR
cli-doctor-not-a-folder = { $path } n'est pas un dossier
cli-doctor-data-dir-not-folder-fix = déplacez-le ailleurs ou passez --data-dir DIR
cli-doctor-db-not-created = { $path } pas encore créée (le stand la crée au premier démarrage)
cli-doctor-not-a-file = { $path } n'est pas un fichier
cli-doctor-db-not-file-fix = déplacez-le ailleurs ; le stand commence alors une nouvelle base
cli-doctor-integrity-no-db = pas encore de base : rien à vérifier
cli-doctor-schema-no-db = pas encore de base ; cette version écrit le schéma { $build }
cli-doctor-db-corrupt = { $path } n'est pas une base SQLite ou est trop abîmée pour être ouverte ({ $detail })
cli-doctor-damaged-fix = ne démarrez pas le stand dessus (lui et les commandes qui écrivent la refusent) : sauvez ce qui est lisible avec `leadbooth export --out DIR` (un lot, non enregistré dans le fichier abîmé), gardez une copie du fichier, puis sortez-le du dossier de données (le stand commence alors une nouvelle base avec un nouvel identifiant d'appareil)
cli-doctor-db-unreadable = impossible de lire la base : { $error }
cli-doctor-db-unreadable-fix = vérifiez le propriétaire et les droits du fichier ; si un stand tourne, réessayez quand il est au repos
cli-doctor-schema-not-checked = non vérifié : la base est illisible
cli-doctor-see-integrity = voir le contrôle d'intégrité ci-dessus
cli-doctor-integrity-ok = contrôle d'intégrité réussi
cli-doctor-integrity-ok-leads = contrôle d'intégrité réussi, { $leads ->
    [one] { $leads } contact
   *[other] { $leads } contacts
}
cli-doctor-integrity-failed = { $path } a échoué au contrôle d'intégrité ({ $count ->
    [one] { $count } problème
   *[other] { $count } problèmes
} ; premier : { $first })
cli-doctor-schema-newer = le schéma { $version } est plus récent que celui de cette version ({ $build })
cli-doctor-schema-newer-fix = installez la version plus récente de leadbooth qui l'a écrit ; celle-ci ne l'ouvrira pas
cli-doctor-schema-current = schéma { $version }, celui de cette version
cli-doctor-schema-older = schéma { $version } ; passé à { $build } à la prochaine ouverture par le stand
cli-doctor-attendees-purged-on = supprimée automatiquement le { $date } ({ $days } jours après le dernier jour de l'événement, { $last })
cli-doctor-attendees-none-purge = aucune liste de participants enregistrée ; une liste chargée sera { $after }
cli-doctor-attendees-none = aucune liste de participants enregistrée
cli-doctor-attendees-overdue = { $count ->
    [one] { $count } participant enregistré
   *[other] { $count } participants enregistrés
} ; la suppression était prévue le { $date }
cli-doctor-attendees-overdue-fix = démarrez le stand une fois ou lancez `leadbooth attendees purge` pour supprimer la liste
cli-doctor-attendees-on-file = { $count ->
    [one] { $count } participant enregistré
   *[other] { $count } participants enregistrés
}, liste { $after }
cli-doctor-attendees-no-end = { $count ->
    [one] { $count } participant enregistré
   *[other] { $count } participants enregistrés
}, gardés sans fin : l'événement ne fixe pas last_day
cli-doctor-attendees-no-end-fix = fixez last_day (et attendee_list_days) sous [event], ou lancez `leadbooth attendees purge` après le salon
cli-doctor-pin-unknown = impossible de savoir si un code de borne est défini : les réglages du stand sont illisibles
cli-doctor-see-database = voir les lignes de la base ci-dessus
cli-doctor-pin-not-set = non défini : `leadbooth --kiosk` en a besoin pour démarrer (`leadbooth kiosk set-pin`) ; le mode équipe non
cli-doctor-pin-set = défini (enregistré comme hachage Argon2id salé) ; la borne peut démarrer
cli-doctor-pin-damaged = le hachage enregistré du code de borne est abîmé : `leadbooth --kiosk` ne démarrera pas
cli-doctor-pin-damaged-fix = redéfinissez le code avec `leadbooth kiosk set-pin`
cli-doctor-space-unmeasured = impossible de mesurer l'espace libre à { $path } : { $error }
cli-doctor-space-unmeasured-fix = vérifiez le disque à la main (df -h)
cli-doctor-space-data = { $size } libres pour le dossier de données ({ $path })
cli-doctor-space-target = { $size } libres pour la cible d'export ({ $path })
cli-doctor-space-exports = { $size } libres pour les exports ({ $path })
cli-doctor-space-under = { $found }, moins de { $limit }
cli-doctor-space-data-fix = libérez de la place sur ce disque : le stand en a besoin pour enregistrer les contacts
cli-doctor-space-export-fix = libérez de la place à cet endroit, ou exportez vers un autre dossier avec `leadbooth export --out DIR`
cli-doctor-export-dir-missing = { $path } (export_dir dans le fichier d'événement) n'existe pas
cli-doctor-export-dir-missing-fix = branchez-le ou montez-le avant l'export, ou changez export_dir dans le fichier d'événement
cli-doctor-export-dir-not-folder = { $path } (export_dir dans le fichier d'événement) n'est pas un dossier
cli-doctor-export-dir-not-folder-fix = changez export_dir dans le fichier d'événement
cli-doctor-key-too-large = bien trop grand pour une clé
cli-doctor-key-not-text = pas du texte
cli-doctor-keys-init-fix = lancez `leadbooth keys init` et donnez la clé publique à l'équipe centrale (`leadbooth keys pubkey`) avant le salon, pour qu'elle puisse se fier aux lots de cet ordinateur
cli-doctor-no-signing-key = pas encore de clé de signature de l'appareil ({ $path })
cli-doctor-secret-key-chmod-fix = lancez : chmod 600 '{ $path }' ; si d'autres ont pu la copier, créez une nouvelle clé et envoyez le nouveau { $public } à l'équipe centrale
cli-doctor-key-unprotected = { $path } identifiant de clé { $id }{ $mode }, non protégée par une phrase secrète : quiconque emporte cet ordinateur peut signer des lots que l'équipe centrale accepte
cli-doctor-key-unprotected-fix = protégez-la : `leadbooth keys init --force --passphrase` (puis donnez le nouveau device.pub à l'équipe centrale) ; le stand demande la phrase secrète au moment de l'export
cli-doctor-key-protected-id = { $path } identifiant de clé { $id } protégée par phrase secrète{ $mode }
cli-doctor-key-protected = { $path } protégée par phrase secrète{ $mode }
cli-doctor-not-secret-key = { $path } n'est pas une clé secrète minisign ({ $error })
cli-doctor-not-secret-key-fix = restaurez-la depuis votre sauvegarde, ou créez une nouvelle clé avec `leadbooth keys init` et envoyez la nouvelle clé publique à l'équipe centrale
cli-doctor-public-missing = { $path } manque
cli-doctor-public-missing-fix = restaurez-le depuis votre sauvegarde ; l'équipe centrale en a besoin pour vérifier les lots de cet ordinateur
cli-doctor-no-public = pas de { $path }
cli-doctor-not-public-key = { $path } n'est pas une clé publique minisign ({ $error })
cli-doctor-restore-fix = restaurez-le depuis votre sauvegarde
cli-doctor-key-mismatch = { $path } a l'identifiant de clé { $id } mais la clé de signature est { $secret } : elles ne forment pas une paire
cli-doctor-key-mismatch-fix = restaurez la paire correspondante depuis votre sauvegarde
cli-doctor-public-ok = { $path } identifiant de clé { $id }
cli-doctor-volume-why = le disque d'un ordinateur volé se lit dans n'importe quel autre : chaque contact, la clé de signature et la liste des participants s'y trouvent
cli-doctor-volume-fix = gardez le dossier de données sur un volume chiffré : chiffrement complet du disque (LUKS) à l'installation, ou un conteneur LUKS monté pour le dossier de données (README, « Preparing a booth laptop »)
cli-doctor-volume-encrypted = { $path } est sur un volume chiffré (dm-crypt { $name })
cli-doctor-volume-other = { $path } est sur { $what }
cli-doctor-volume-plain = { $path } n'est PAS sur un volume chiffré ({ $device } sur { $mount }) : { $why }
cli-doctor-volume-unknown = impossible de savoir si { $path } est sur un volume chiffré : { $reason } ; { $why }
cli-doctor-encryption-none = les lots sont écrits en clair : le fichier d'événement ne nomme aucun destinataire [encryption], une clé USB perdue expose donc chaque contact
cli-doctor-encryption-none-fix = demandez son destinataire à l'équipe centrale (`leadbooth identity new` l'affiche) et ajoutez `[encryption] recipients = ["age1…"]` au fichier d'événement
cli-doctor-encryption-ok = les lots sont chiffrés pour { $count ->
    [one] { $count } destinataire
   *[other] { $count } destinataires
} : { $list }
cli-doctor-event-fix = corrigez le fichier d'événement (`leadbooth init-event -` affiche un exemple commenté)
cli-doctor-not-checked-event = non vérifié : le fichier d'événement ne s'est pas chargé
cli-doctor-see-event = voir le contrôle de l'événement ci-dessus
# The event file the summary names, when it is the built-in one
# ("… from built-in demo event").
cli-doctor-builtin-demo = l'événement de démonstration intégré
cli-doctor-event-summary = { $id } « { $name } » depuis { $source } : { $purposes ->
    [one] { $purposes } finalité de consentement
   *[other] { $purposes } finalités de consentement
} ({ $required } { $required ->
    [one] obligatoire
   *[other] obligatoires
}), { $questions ->
    [one] { $questions } question
   *[other] { $questions } questions
}
cli-doctor-event-demo-fix = pour un vrai salon, écrivez un fichier d'événement avec `leadbooth init-event`, modifiez-le et passez --config FILE
cli-doctor-event-demo-fix-save = pour un vrai salon, écrivez un fichier d'événement avec `leadbooth init-event`, modifiez-le et passez --config FILE ou enregistrez-le sous { $path }
cli-doctor-policy-summary = version { $version }, mise à jour { $date }, { $url }
cli-doctor-not-stated = non indiquée
cli-doctor-policy-sample = { $summary } : la politique EXEMPLE intégrée (le document d'une autre entreprise, de 2012)
cli-doctor-policy-sample-fix = rédigez la politique de votre organisation, placez-la à côté du fichier d'événement et fixez [policy] file = "privacy-policy.md"
cli-doctor-policy-example-url-fix = fixez [policy] url dans le fichier d'événement sur votre vraie page de confidentialité : le code QR y mène
cli-doctor-policy-no-date-fix = ajoutez une ligne « Last Updated <date> » au fichier de politique pour que les participants en voient la date
cli-doctor-notice-lacks = l'information affichée avant le consentement n'a pas { $fields }
cli-doctor-notice-lacks-fix = renseignez-les dans le fichier d'événement (`leadbooth init-event` les demande) ; les participants doivent savoir qui vous êtes, combien de temps vous gardez leurs données, leurs droits, comment retirer leur consentement et où vont leurs données
cli-doctor-notice-ok = responsable { $name } ({ $contact }), juridiction { $jurisdiction }
cli-doctor-translations-ok = textes de l'événement en { $languages } (par défaut { $default })
cli-doctor-translations-missing = fichier d'événement { $file } : { $count ->
    [one] { $count } traduction manquante
   *[other] { $count } traductions manquantes
} : { $list }
cli-doctor-translations-missing-fix = ajoutez-les sous [translation.<langue>] dans le fichier d'événement (`leadbooth init-event -` montre la forme) ; en attendant, les participants qui ont choisi cette langue y lisent la langue par défaut
cli-doctor-colours-no-color = couleurs désactivées (NO_COLOR est défini)
cli-doctor-colours-flag = couleurs désactivées (--no-color)
cli-doctor-colours-not-tty = couleurs désactivées ici (pas un terminal) ; activées au stand
cli-doctor-colours-on = couleurs activées (définissez NO_COLOR ou passez --no-color pour le monochrome)
cli-doctor-terminal-not-tty = la sortie standard n'est pas un terminal, taille non vérifiée ; { $colours }
cli-doctor-terminal-zero = il indique 0x0
cli-doctor-terminal-unknown = impossible de lire la taille du terminal ({ $error }) ; { $colours }
cli-doctor-terminal-unknown-fix = assurez-vous que le terminal du stand fait au moins { $width }x{ $height }
cli-doctor-terminal-small = { $size }, plus petit que le { $least } du stand ; { $colours }
cli-doctor-terminal-small-fix = agrandissez la fenêtre ou prenez une police plus petite
cli-doctor-terminal-ok = { $size } ; { $colours }

## The event named in several commands

cli-event-builtin-demo = événement de démonstration intégré

## leadbooth verify

cli-verify-failed = le lot { $batch } a échoué à la vérification : { $error }
cli-verify-give-key = passez --pubkey FILE ou --trust DIR
cli-verify-sealed-needs-identity = { $batch } est un lot chiffré : passez --identity FILE (l'identité age du bureau) pour vérifier son contenu ; sans elle, `{ $command }` vérifie qu'il est arrivé intact
# Starts with "OK" in every language: a person sees it at a glance, and a
# script that looked for it keeps working.
cli-verify-ok = OK { $batch } : { $leads ->
    [one] { $leads } contact
   *[other] { $leads } contacts
}, { $erasures ->
    [one] { $erasures } effacement
   *[other] { $erasures } effacements
} ; événement { $event }, appareil { $device }, n° { $seq }, signé par la clé { $key }
cli-verify-decrypted = déchiffré avec l'identité donnée

## leadbooth keys

cli-keys-key-id = id de clé
cli-keys-created = créée
cli-keys-protection = protection
cli-keys-public-key = clé publique
cli-keys-secret-key = clé secrète
cli-keys-unknown = inconnue
cli-keys-passphrase = phrase secrète (l'export lit LEADBOOTH_KEY_PASSPHRASE ou la demande)
cli-keys-file-mode = droits 0600, non chiffrée (export sans intervention)
cli-keys-replaced = clé d'appareil { $old } remplacée par { $new } : l'ancienne clé publique ne vérifiera plus les nouveaux lots ; donnez le nouveau { $public } à l'équipe centrale
cli-keys-give = Donnez { $public } à l'équipe centrale : c'est ainsi qu'elle vérifie vos lots.
cli-keys-prompt-required = Phrase secrète de la clé de signature de l'appareil :
cli-keys-prompt =
    Phrase secrète de la clé de signature de l'appareil (la protège si l'ordinateur est volé ; le stand la demande au moment de l'export)
    ou Enter pour aucune (export sans intervention, protégé par les seuls droits du fichier) :
cli-keys-prompt-again = La même phrase secrète encore une fois :
cli-keys-differ = les deux phrases secrètes diffèrent ; aucune clé n'a été créée

## leadbooth attendees

cli-attendees-purged-already = { $file } : rien n'a été importé : la liste des participants est supprimée à partir du { $day } ({ $days } jours après le dernier jour de l'événement)
cli-attendees-cannot-read = impossible de lire { $file }
cli-attendees-nothing-imported = { $file } : rien n'a été importé
cli-attendees-refused = { $file } : rien n'a été importé : { $why }
cli-attendees-row-skipped = { $file } : { $error } : ligne ignorée
cli-attendees-imported = { $count ->
    [one] { $count } participant importé
   *[other] { $count } participants importés
} depuis { $file } : { $new ->
    [one] { $new } nouveau
   *[other] { $new } nouveaux
}, { $updated } mis à jour ; { $skipped ->
    [one] { $skipped } ligne ignorée
   *[other] { $skipped } lignes ignorées
} (voir ci-dessus) ; { $total } enregistrés
cli-attendees-removed = liste des participants supprimée : { $count ->
    [one] { $count } participant
   *[other] { $count } participants
} ; les numéros d'inscription des badges ne sont plus recherchés

## leadbooth central (a person's rights at the office)

cli-central-no-db = --into { $path } : pas de base centrale à cet endroit
cli-central-no-receipt = reçu { $id } : aucun contact avec ce numéro de reçu dans { $db } (pas encore importé, effacé ou mal saisi)
# central receipt ID: one labelled line per value
cli-central-receipt-lead = contact
cli-central-receipt-contact = personne
cli-central-receipt-event = événement
cli-central-receipt-captured = saisi
cli-central-receipt-captured-value = { $at } sur l'appareil { $device }
cli-central-receipt-batch = lot
cli-central-receipt-policy = politique
cli-central-receipt-consents = consentements
cli-central-receipt-no-email = pas d'e-mail
cli-central-erased-at = { $email } : effacé au siège le { $at } (trace gardée)
cli-central-no-contact = aucun contact enregistré pour { $email }
cli-central-contact = contact { $id } ({ $count ->
    [one] { $count } contact source
   *[other] { $count } contacts sources
}) :
cli-central-erased = { $email } effacé au siège : { $count ->
    [one] { $count } contact source supprimé
   *[other] { $count } contacts sources supprimés
} ; la trace { $hash } empêche les lots suivants de le ramener ; le prochain fichier de suppression efface le contact dans le CRM
cli-central-removed-lead = contact source { $id } supprimé
cli-central-withdrew = { $purpose } retiré pour { $email } au siège : { $count ->
    [one] { $count } contact source l'avait accordé
   *[other] { $count } contacts sources l'avaient accordé
} ; ses contacts consentis avant maintenant que les lots suivants apportent sont retirés aussi
cli-central-withdrew-unsubscribed = { $purpose } retiré pour { $email } au siège : { $count ->
    [one] { $count } contact source l'avait accordé
   *[other] { $count } contacts sources l'avaient accordé
} ; le prochain fichier de suppression désabonne le contact ; ses contacts consentis avant maintenant que les lots suivants apportent sont retirés aussi
cli-central-give-csv = passez --csv OUT : le fichier CRM à écrire
cli-central-purged = { $count ->
    [one] { $count } contact supprimé, saisi
   *[other] { $count } contacts supprimés, saisis
} pour la dernière fois il y a plus de { $days } jours, avec leurs contacts sources ; le prochain fichier de suppression les efface dans le CRM

## leadbooth report

cli-report-none = aucun
cli-report-no-event = --event { $id } : aucun lot de cet événement dans { $db } (événements enregistrés : { $known })
cli-report-nothing = { $db } : aucun lot importé pour l'instant, il n'y a donc rien à rapporter (d'abord leadbooth import)
cli-report-making-folder = création du dossier du rapport { $path }
cli-report-writing = écriture du rapport { $path }
cli-report-wrote = { $path } écrit : { $name } ({ $id }), { $leads ->
    [one] { $leads } contact
   *[other] { $leads } contacts
} de { $laptops ->
    [one] { $laptops } ordinateur
   *[other] { $laptops } ordinateurs
}

## leadbooth stats (labels line up: the values start after the longest label)

cli-stats-header = { $name } ({ $id }) sur cet ordinateur, { $day } (UTC{ $offset })
cli-stats-leads = contacts
cli-stats-leads-value = { $leads } ({ $day_leads } le { $day }, { $erased } effacés non comptés)
cli-stats-by-hour = par heure
cli-stats-none-yet = aucun pour l'instant
cli-stats-by-staff = par personne
cli-stats-ratings = intérêt
cli-stats-ratings-value = chaud { $hot }, tiède { $warm }, froid { $cold }, sans { $unrated }
cli-stats-consent = consentement
cli-stats-consent-value = donné / enregistré (non donné, retiré)
cli-stats-not-exported = non exporté
cli-stats-not-exported-value = { $leads ->
    [one] { $leads } contact
   *[other] { $leads } contacts
}, { $erasures ->
    [one] { $erasures } effacement/retrait
   *[other] { $erasures } effacements/retraits
}
cli-stats-last-batch = dernier lot
cli-stats-last-batch-value = { $folder } le { $at } ({ $leads ->
    [one] { $leads } contact
   *[other] { $leads } contacts
})
cli-stats-no-batch = aucun écrit pour l'instant

## leadbooth policy

cli-policy-version = version (SHA-256)
cli-policy-last-updated = mise à jour
cli-policy-url = url
cli-policy-source = source
cli-policy-not-stated = non indiquée
cli-policy-url-in = url de la politique dans { $source }
cli-policy-qr-size = carré de { $mm } mm à 300 dpi, { $modules } modules avec la zone de silence
cli-policy-qr-wrote = { $path } écrit (code QR vers { $url } ; { $size })

## leadbooth import: one line per batch, and what went wrong

cli-import-no-folder = --into { $path } : le dossier { $folder } n'existe pas
cli-import-recomputed = recalcul de { $count ->
    [one] { $count } contact fusionné
   *[other] { $count } contacts fusionnés
} par un leadbooth plus ancien : une case non cochée ne compte plus contre un consentement
cli-import-verifying = vérification
cli-import-importing = import des contacts
cli-import-refused = lot { $batch } refusé : { $why }
cli-import-skipped = ignoré  { $batch } : déjà importé le { $at }
cli-import-batch = importé { $batch } (appareil { $device }, n° { $seq }) : { $new ->
    [one] { $new } nouveau
   *[other] { $new } nouveaux
}, { $merged ->
    [one] { $merged } fusionné
   *[other] { $merged } fusionnés
}, { $updated } mis à jour, { $ignored ->
    [one] { $ignored } ignoré
   *[other] { $ignored } ignorés
} ; { $erasures ->
    [one] { $erasures } effacement
   *[other] { $erasures } effacements
}, { $withdrawals ->
    [one] { $withdrawals } retrait
   *[other] { $withdrawals } retraits
}
cli-import-gap-recorded = trou noté : n° { $from }..={ $to } de l'appareil { $device } pas encore importés (--allow-gaps)
cli-import-rebound = l'appareil { $device } est désormais lié à la clé { $new } (il l'était à la clé { $old } ; --rebind)
cli-import-gap-filled = le trou noté au n° { $seq } est comblé
cli-import-ignored-erased = contact { $id } ignoré : il a été effacé et n'est plus jamais importé
cli-import-ignored-person-erased = contact { $id } ignoré : sa personne a été effacée au siège le { $at } (trace de l'adresse e-mail) ; non importé
cli-import-ignored-stale = { $count ->
    [one] { $count } ancienne version ignorée
   *[other] { $count } anciennes versions ignorées
} de contacts déjà importés dans une version plus récente
cli-import-contact-orphaned = le contact { $id } n'a plus de contact source (effacé, ou son contact est passé à une autre adresse e-mail) : supprimez-le aussi dans le CRM (il figure dans le prochain fichier de suppression)

## The CRM files (import --csv, central crm)

cli-crm-written = CSV pour { $profile } écrit dans { $path } : { $contacts ->
    [one] { $contacts } contact
   *[other] { $contacts } contacts
}
cli-crm-written-changed = CSV pour { $profile } écrit dans { $path } : { $contacts ->
    [one] { $contacts } contact modifié
   *[other] { $contacts } contacts modifiés
} depuis le fichier CRM précédent ({ $since })
cli-crm-written-first = CSV pour { $profile } écrit dans { $path } : { $contacts ->
    [one] { $contacts } contact
   *[other] { $contacts } contacts
} (pas de fichier CRM précédent : tous)
cli-crm-salesforce-placeholders = Salesforce exige Company et Last Name : { $companies ->
    [one] { $companies } contact a
   *[other] { $companies } contacts ont
} Company { $company } et { $last_names } Last Name { $last_name } ; complétez-les dans Salesforce
cli-crm-for-review = { $count ->
    [one] { $count } contact signalé
   *[other] { $count } contacts signalés
} pour vérification (noms différents pour un même e-mail) : voir la colonne Leadbooth Review
cli-crm-suppressions = fichier de suppression écrit dans { $path } : { $deletions } à effacer, { $unsubscribes } à désabonner depuis le précédent

## Why a batch was refused or an attendee row skipped (the file, field and line named)

cli-reason-folder = impossible de lire le dossier du lot { $path } : { $error }
cli-reason-missing = { $path } manque
cli-reason-extra = { $path } n'a pas sa place dans un dossier de lot (seuls les fichiers du lot peuvent y être)
cli-reason-not-a-file = { $path } n'est pas un fichier ordinaire
cli-reason-read = impossible de lire { $path } : { $error }
cli-reason-wrong-key = { $path } a été fait par la clé { $signed_by }, pas par la clé publique donnée { $expected }
cli-reason-bad-signature = { $path } ne se vérifie pas : SHA256SUMS a été modifié, ou la signature appartient à un autre lot
cli-reason-bad-trusted-comment = { $path } : le commentaire de confiance a été modifié (sa signature ne se vérifie pas)
cli-reason-checksum = { $path } ne correspond pas à sa somme de contrôle dans SHA256SUMS : il a été modifié ou abîmé
cli-reason-checksum-crlf = { $path } ne correspond pas à sa somme de contrôle dans SHA256SUMS : il a été modifié ou abîmé (ses fins de ligne ont été changées en CR LF)
cli-reason-line = { $path } ligne { $line } : { $detail }
cli-reason-key-id = { $path } nomme la clé { $manifest } mais le lot est signé par la clé { $signature }
cli-reason-failed-verification = échec de la vérification : { $why }
cli-reason-untrusted-key = il est signé par la clé { $key }, qui n'est pas de confiance : aucun fichier *.pub dans { $trust } n'a cet identifiant de clé (si cet ordinateur est le vôtre, ajoutez-y son keys/device.pub)
cli-reason-no-identity = { $path } est un lot chiffré : passez --identity FILE (l'identité age du bureau) pour l'importer
cli-reason-gap = TROU dans la chaîne de l'appareil { $device } : le lot n° { $seq } est arrivé mais { $count ->
    [one] le n° { $from }..={ $to } n'a pas été importé
   *[other] les n° { $from }..={ $to } n'ont pas été importés
} ; importez d'abord le lot manquant, ou passez --allow-gaps pour l'importer maintenant et noter le trou
cli-reason-gap-too-big = appareil { $device } : le lot n° { $seq } laisserait { $count } lots manquants (plus de { $max }) ; refusé même avec --allow-gaps — vérifiez l'appareil et le numéro du lot
cli-reason-changed = { $path } a changé après sa vérification (son SHA-256 ne correspond plus à SHA256SUMS) ; rien de ce lot n'a été importé — copiez à nouveau le lot et réessayez
cli-reason-changed-line = { $path } ligne { $line } a changé après sa vérification : { $detail } ; rien de ce lot n'a été importé
cli-reason-manifest-rule = { $path } : { $detail } ; rien de ce lot n'a été importé
cli-reason-record = { $path } ligne { $line } : { $detail } ; rien de ce lot n'a été importé
cli-reason-collision = { $path } ligne { $line } : le contact { $lead } appartient déjà à l'appareil { $owner } : un lot ne porte que les contacts de son propre ordinateur (deux ordinateurs avec un même identifiant, ou un ordinateur qui parle pour un autre) ; rien de ce lot n'a été importé
cli-reason-import-read = impossible de lire { $path } : { $error } ; rien de ce lot n'a été importé
cli-reason-missing-column = en-tête : colonne { $column } manquante (il faut { $columns } ; des en-têtes comme « Badge ID » ou « First Name » sont lus aussi, en majuscules ou non)
cli-reason-row = ligne { $line } : { $field } : { $message }
cli-reason-row-at = ligne { $line } : { $field } : { $message } (colonne { $letter }, { $header })
cli-reason-line-only = ligne { $line } : { $message }

## An event file that cannot be used (every command; doctor's event line)

cli-config-read = impossible de lire le fichier d'événement { $path } : { $error }
cli-config-parse = fichier d'événement { $path } : ligne { $line } : { $message }
cli-config-invalid = fichier d'événement { $path } : { $key } : { $message }
cli-config-policy = fichier de politique { $path } (du fichier d'événement { $event }) : { $error }
cli-config-recipients-read = impossible de lire le fichier de destinataires { $path } (du fichier d'événement { $event }, encryption.recipients_file) : { $error }
cli-config-event-too-large = le fichier d'événement { $path } fait { $size } octets ou plus, au-delà des { $max } octets permis
cli-config-policy-too-large = le fichier de politique { $path } fait { $size } octets ou plus, au-delà des { $max } octets permis
cli-config-policy-read = impossible de lire le fichier de politique { $path } (du fichier d'événement { $event }) : { $error }

## The device key (keys, export)

cli-key-missing = pas de clé de signature de l'appareil dans { $path } : lancez `leadbooth keys init`
cli-key-exists = une clé de signature de l'appareil existe déjà : { $path } (identifiant de clé { $id }) ; rien n'a été changé. `leadbooth keys init --force` la remplace, après quoi l'ancien device.pub ne vérifie plus les nouveaux lots
cli-key-wrong-passphrase = mauvaise phrase secrète pour la clé de l'appareil { $path }
cli-key-need-passphrase = la clé de l'appareil { $path } est chiffrée : définissez { $env } ou lancez dans un terminal pour taper sa phrase secrète
cli-key-empty-passphrase = une phrase secrète vide ne protégerait pas la clé ; donnez une phrase secrète ou retirez --passphrase
cli-key-mismatch = { $public } (identifiant de clé { $id }) n'est pas la clé publique de { $secret } (identifiant de clé { $secret_id }) ; lancez `leadbooth keys init --force` pour créer une nouvelle paire

# ===== rules and leftovers (branch i18nrules) =====
# Règles que le formulaire ne peut pas enfreindre (réponses, preuves de
# consentement, provenance avec `leads add`) ; la ligne de commande les donne
# après la ligne et le champ. Noms de champs et valeurs (granted, cli,
# captured_at) restent tels que dans l'entrée.

## Answers

rule-not-a-question = n'est pas une question de cet événement
rule-not-a-choice = { $value } ne fait pas partie des choix
rule-chosen-twice = { $value } est choisi deux fois
rule-takes-list = attend une liste de choix
rule-takes-one = attend une seule valeur, pas une liste

## Consent decisions

rule-consent-missing = manque : indiquez granted à true ou false
rule-purpose-unknown = n'est pas une finalité de cet événement
rule-appears-twice = apparaît plus d'une fois
rule-wording-not-events = n'est pas le texte que cet événement affiche pour cette finalité ; omettez-le (c'est le texte de l'événement qui est enregistré)
rule-method-mismatch = vaut { $given }, mais cette saisie est { $capture } ; seul le stand enregistre comment un consentement a été recueilli
rule-in-future = est dans le futur
rule-ticked-not-granted = est renseigné, mais le consentement n'est pas accordé
rule-withdrawn-not-granted = est renseigné, mais le consentement n'a pas été accordé
rule-withdrawn-before-given = est antérieur au consentement

## leads add: provenance

rule-source-not-cli = vaut { $value } : un contact ajouté en ligne de commande est enregistré comme "cli" (seul le stand enregistre des contacts staff, kiosk ou badge) ; omettez-le
rule-captured-by-other = nomme une autre personne que celle qui l'ajoute ({ $name }) ; omettez-le, ou lancez la commande avec --staff NOM
rule-device-not-this = n'est pas cet ordinateur ({ $device }) ; omettez-le
rule-event-not-current = n'est pas l'événement en cours ({ $event }) ; omettez-le, ou utilisez le fichier de cet événement
rule-policy-not-shown = est une version de la politique de confidentialité que ce stand n'a jamais affichée (son texte n'est pas conservé ici) ; omettez-le pour enregistrer celle en vigueur
rule-tick-before-capture = est antérieur à la saisie (captured_at)

## leads add: where, and what came of it

add-line = ligne { $line }
add-standard-input = entrée standard
add-cannot-read = impossible de lire { $file }
add-line-too-long = dépasse { $max } octets, la plus longue ligne qu'un lot peut contenir (lecture arrêtée)
add-not-utf8 = pas de l'UTF-8 à l'octet { $position }
add-nothing-saved = { $error } ; rien de { $file } n'a été enregistré
add-added = { $count } { $count ->
    [one] contact ajouté
   *[other] contacts ajoutés
} depuis { $file }

## leads erase, withdraw, find, show

leads-give-id = indiquez un identifiant de contact ou --person
leads-none-granted = aucun contact de cette personne n'a { $purpose } accordé : rien n'a été retiré
leads-not-a-purpose = --purpose { $purpose } n'est pas une finalité de cet événement ({ $known })
leads-found = { $count ->
    [0] aucun contact de cette personne sur cet ordinateur
    [one] 1 contact de cette personne sur cet ordinateur ; `leadbooth leads erase --person ...` l'efface
   *[other] { $count } contacts de cette personne sur cet ordinateur ; `leadbooth leads erase --person ...` les efface tous
}
leads-copy-removed = copie du lot { $seq } ({ $folder }) retirée du dossier de données : elle contenait la personne ; le lot signé conservé ailleurs et les empreintes du registre sont inchangés
leads-no-person = aucun contact de { $who } sur cet ordinateur (les contacts effacés ne sont pas cherchés)
leads-id-short = identifiant { $id } : donnez l'identifiant complet ou au moins ses 8 premiers caractères
leads-id-none = aucun contact dont l'identifiant commence par { $id }
leads-id-ambiguous = l'identifiant { $id } est ambigu : { $count } contacts commencent ainsi ; donnez plus de caractères

## kiosk set-pin

kiosk-pin-new = Nouveau code de l'équipe pour la borne :{" "}
kiosk-pin-repeat = Répétez le code :{" "}
kiosk-pin-unreadable-terminal = impossible de lire le code depuis le terminal
kiosk-pin-unreadable-stdin = impossible de lire le code depuis l'entrée standard
kiosk-pin-differ = les deux codes diffèrent ; rien n'a été modifié
kiosk-pin-set = code de l'équipe pour la borne défini (conservé sous forme d'empreinte Argon2id salée)

## Starting the booth's screen

tui-no-signals = impossible d'installer la gestion des signaux
tui-no-terminal = impossible de préparer le terminal

## init-event --ask (the example's value follows each question)

init-q-organisation = Votre organisation (nommée dans le texte du consentement)
init-q-controller = Raison sociale du responsable du traitement
init-q-address = Son adresse postale, sur une ligne
init-q-contact = Contact confidentialité (adresse e-mail ou URL https ; les retraits y sont envoyés)
init-q-jurisdiction = Juridiction sous laquelle les consentements sont recueillis (EU, GB, US-CA ...)
init-q-retention = Durée de conservation des données (une phrase)
init-q-withdraw = Comment retirer un consentement (une phrase)
init-q-transfers = Transferts internationaux (une phrase)
init-q-url = L'URL de votre politique de confidentialité complète (le code QR)
init-reading = lecture de la réponse
init-control = la réponse contient un caractère de contrôle
init-exists = { $file } existe déjà ; ajoutez --force pour le remplacer
init-cannot-create = impossible de créer { $file }
init-cannot-write = impossible d'écrire { $file }
init-invalid = les réponses ne donnent pas un fichier d'événement valide : { $error }
## Show-day leftovers (show16b): a free-text question says it takes typing

text-answer-hint = tapez votre réponse ici

# --- The kiosk's Esc question, in the attendee's language (branch i18nbooth2) ---
kiosk-confirm-title = Recommencer ?
kiosk-confirm-clear = Vider le formulaire ? Tout ce que vous avez saisi sera effacé, sans être enregistré.
kiosk-confirm-yes = oui, vider
kiosk-confirm-no = non, continuer

# --- leads show, in the staff language (branch i18nbooth2) ---
show-lead = Contact
show-event = Événement
show-captured = Saisi
show-captured-value = { $at } par { $by } ({ $source })
show-name = Nom
show-email = E-mail
show-phone = Téléphone
show-company = Société
show-job-title = Fonction
show-country = Pays
show-rating = Note
show-badge-id = N° de badge
show-answer = Réponse
show-receipt = Reçu
show-policy = Politique
show-policy-value = { $hash } (mise à jour : { $date }) { $url }
show-unknown = inconnue
show-notice = Information
show-notice-value = politique complète ouverte : { $opened }, code QR affiché : { $qr }
show-yes = oui
show-no = non
show-jurisdiction = , juridiction { $jurisdiction }
show-controller = Responsable
show-collected = Collecte
show-collected-value = { $method } via { $entry } ; leadbooth { $version } sous l'utilisateur système { $user }
show-data-held = Données conservées
show-consents = Consentements
show-consents-columns = (finalité, base légale, décision, coché, enregistré, expire)
show-withdrawn = retiré { $at } par { $by } via { $channel }
show-language = Langue
show-language-one = { $language } : la personne a lu et consenti dans cette langue
show-language-mixed = choisie : { $language } ; affichée (la langue par défaut de l'événement là où le texte manque) : { $list }
show-notes = Notes

# --- The record rules (lead::check_record), in the staff language (branch i18nbooth2) ---
record-time-future = { $time } est dans le futur (plus de { $hours } heures après { $now }) ; vérifiez l'horloge du portable
record-decided-future = décidé le { $time } : date dans le futur (plus de { $hours } heures après { $now }) ; vérifiez l'horloge du portable
record-withdrawn-future = retiré le { $time } : date dans le futur (plus de { $hours } heures après { $now }) ; vérifiez l'horloge du portable
record-event-id = { $value } n'est pas un identifiant d'événement (minuscules, chiffres et « - »)
record-policy-hash = n'est pas formé de 64 chiffres hexadécimaux en minuscules
record-question-id = n'est pas un identifiant de question (minuscules, chiffres et « _ »)
record-no-consents = n'a aucun enregistrement de consentement : un contact consigne une décision pour chaque finalité de son événement
record-purpose-id = { $value } n'est pas un identifiant de finalité (minuscules, chiffres et « _ »)
record-no-wording = n'a pas de texte
record-wording-control = le texte contient le caractère de contrôle U+{ $code } en position { $position }
record-wording-too-long = le texte compte { $found } caractères, plus que les { $max } permis
record-withdrawn-never-granted = est retiré mais n'a jamais été donné
record-withdrawn-before = est retiré le { $time }, avant d'avoir été donné le { $decided }
record-data-category = { $value } n'est pas une catégorie de données ({ $list })
record-too-long = l'enregistrement fait { $found } octets, plus que les { $max } permis (la plus longue ligne qu'un lot peut contenir) : raccourcissez ses notes ou ses réponses

# --- leadbooth identity (the office's age identity), in the staff language (branch i18nbooth2) ---
identity-created = Identité age { $path } créée (mode 0600). Gardez-la au siège et sauvegardez-la : sans elle, les lots chiffrés pour elle sont illisibles.
identity-put-recipient = Indiquez le destinataire ci-dessus dans le fichier d'événement de chaque stand :
identity-exists = { $path } existe déjà ; rien n'a été changé (une identité n'est jamais écrasée : les lots chiffrés pour elle deviendraient illisibles). Choisissez un autre nom de fichier
identity-line = { $path } ligne { $line } : pas une identité age X25519 ({ $detail }) ; un fichier d'identité contient une ligne AGE-SECRET-KEY-1… (les lignes commençant par # sont des commentaires)
identity-empty = { $path } ne contient aucune ligne AGE-SECRET-KEY-1… : ce n'est pas un fichier d'identité age

## Booth screens: who reads it decides its language (branch nu9booth)

form-cleared = Formulaire effacé, cases cochées comprises : il repart de zéro.
label-colon = { $field } :
staff-scan-others-cleared = { " " }; les autres champs ont été vidés avec les données de la personne précédente.

## First run as a German booth team (nu9cli): init-event and doctor

init-q-rights = Les droits des participants (une phrase)
cli-doctor-notice-sample = encore les valeurs d'exemple : { $fields } ; les consentements seraient enregistrés pour une société qui ne les a pas recueillis
cli-doctor-notice-sample-fix = indiquez votre organisation, la raison sociale du responsable du traitement et votre propre contact confidentialité dans le fichier d'événement (`leadbooth init-event --ask` les demande)
cli-store-booth-running = un stand leadbooth tourne déjà sur le dossier de données { $path }{ $holder } ; fermez-le d'abord (les commandes leadbooth fonctionnent toujours à côté)
cli-store-data-dir = dossier de données { $path } inutilisable : { $error }
cli-stats-other-events = { $count ->
    [one] remarque : ce dossier de données contient aussi un lead d'un autre événement, non compté ci-dessous
   *[other] remarque : ce dossier de données contient aussi { $count } leads d'autres événements, non comptés ci-dessous
  } : { $events }. Ces chiffres sont ceux de l'événement { $id } ; pour les autres, lancez `leadbooth --config <leur fichier d'événement> stats`
cli-doctor-translations-language = { $language } ({ $code }) : il manque { $keys }

## Purposes and languages at the kiosk and the staff side (branch i18nkiosk)

purpose-word-notice = information
language-switched-partly = Langue : français, sauf ce qui reste en { $default ->
    [en] anglais
    [de] allemand
    [es] espagnol
   *[other] français
  } : { $kept }.
language-ticks-cleared-partly = Langue : français, sauf ce qui reste en { $default ->
    [en] anglais
    [de] allemand
    [es] espagnol
   *[other] français
  } : { $kept }. Le texte a changé, cochez à nouveau : { $purposes }.
init-q-languages = Langues proposées par le kiosque (en, de, fr, es ; séparées par des virgules, anglais compris)

## What verify (and import) says of a batch file's form rather than its records (branch i18nlast)

vf-too-large = { $path } fait { $size } octets ; { $what ->
    [sums] le fichier SHA256SUMS d'un lot ne peut dépasser { $limit } octets
    [manifest] le manifeste d'un lot ne peut dépasser { $limit } octets
    [signature] la signature d'un lot ne peut dépasser { $limit } octets
   *[policies] les textes de politique de confidentialité d'un lot ne peuvent dépasser { $limit } octets
  }
vf-sums = { $path } : { $problem }
vf-signature-format = { $path } n'est pas une signature minisign : { $detail }
vf-legacy-signature = { $path } est une signature minisign à l'ancienne (non préhachée) ; leadbooth signe ses lots en mode préhaché et refuse les signatures à l'ancienne
vf-manifest = { $path } n'est pas un manifeste valide : { $detail }
vf-format = { $path } est au format { $found } ; ce leadbooth lit { $current } (et { $older })
vf-manifest-field = { $path } : { $field } { $detail }
vf-trusted-comment = { $path } : le commentaire de confiance { $found } ne correspond pas à manifest.json (attendu : { $expected })
vf-form = { $path } { $detail }
vf-count = { $manifest } indique { $field } { $expected } mais { $path } contient { $found }
vf-count-leads = { $count ->
    [one] { $count } contact
   *[other] { $count } contacts
  }
vf-count-records = { $count ->
    [one] { $count } enregistrement
   *[other] { $count } enregistrements
  }
vf-count-rows = { $count ->
    [one] { $count } ligne de données
   *[other] { $count } lignes de données
  }
vf-sums-empty = est vide
vf-sums-crlf = la ligne { $line } se termine par CR LF (fins de ligne Windows) ; le fichier doit garder les fins de ligne \n avec lesquelles il a été signé
vf-sums-no-final-newline = la dernière ligne ne se termine pas par un saut de ligne (données parasites à la fin ?)
vf-sums-malformed = la ligne { $line } n'a pas la forme `<64 chiffres hexadécimaux en minuscules>  <nom de fichier>`
vf-sums-unknown-name = la ligne { $line } nomme { $name }, qui n'est pas un fichier d'un lot leadbooth
vf-sums-duplicate = la ligne { $line } cite { $name } une deuxième fois
vf-sums-out-of-order = la ligne { $line } cite { $name } hors de l'ordre (attendu : { $expected })
vf-sums-missing = ne cite pas { $name }
vf-line-empty = est vide
vf-line-white-space = commence par une espace
vf-line-more = contient autre chose après son enregistrement (un deuxième enregistrement, une espace ou CR)
vf-line-not-a-record = n'est pas un enregistrement
vf-line-too-long = dépasse { $limit } octets, la plus longue ligne qu'un lot puisse contenir
vf-line-policy-too-long = dépasse { $limit } octets, la plus longue ligne de textes de politique qu'un lot puisse contenir
vf-line-no-newline = ne se termine pas par un saut de ligne (données parasites à la fin ?)
vf-line-not-json = n'est pas du JSON : { $error }
vf-line-parser = { $error } (colonne { $column })
vf-not-exact-form = n'est pas sous la forme qu'écrit leadbooth : elle diffère à l'octet { $byte } (espaces, ordre des clés, échappements, écriture d'une heure, ou un champ ajouté ou omis) ; la ligne a été modifiée après l'export
vf-policy-not-named = la politique { $sha256 } n'est pas une version de politique de manifest.json
vf-policy-twice = la politique { $sha256 } y figure deux fois
vf-policy-missing = le texte de la version de politique { $sha256 } (nommée dans manifest.json) n'y figure pas
vf-sig-not-utf8 = ce n'est pas du texte UTF-8
vf-sig-crlf = elle a des fins de ligne CR LF (Windows) ; elle doit garder ses fins de ligne \n
vf-sig-lines = elle doit faire exactement 4 lignes terminées par un saut de ligne, elle en a { $lines }
vf-sig-lines-no-newline = elle doit faire exactement 4 lignes terminées par un saut de ligne, elle en a { $lines } et pas de saut de ligne final
vf-sig-comment-signature = la signature du commentaire de confiance (ligne 4) fait { $bytes } octets, et non { $want }
vf-manifest-no-format = il n'a pas de "format"
vf-field-format-lists = vaut { $format } mais SHA256SUMS cite policies.jsonl
vf-field-format-not-lists = vaut { $format } mais SHA256SUMS ne cite pas policies.jsonl
vf-field-future = { $at } est dans le futur (plus de { $hours } heures après la vérification à { $now }) ; vérifiez l'horloge de l'ordinateur
vf-field-schema = vaut { $schema } ; un lot { $format } contient des contacts de schéma { $expected }
vf-field-questions-present = est présent, mais un manifeste { $format } n'a pas de libellé de questions (il est apparu avec { $since })
vf-field-questions-missing = manque ; un manifeste { $format } porte le libellé des questions de l'événement
vf-field-question-empty = la question { $number } a un identifiant ou un libellé vide
vf-field-question-twice = l'identifiant de question { $id } apparaît deux fois
vf-field-wording-present = est présent, mais un manifeste { $format } n'a pas de libellés par langue (ils sont apparus avec { $since })
vf-field-wording-missing = manque ; un manifeste { $format } porte les libellés de l'événement dans chaque langue
vf-field-wording-empty = est vide ; il ne nomme aucune langue
vf-field-language-twice = la langue { $language } apparaît deux fois
vf-field-language-others = { $language } : ses finalités ou ses questions ne sont pas celles de { $first } (les mêmes, dans le même ordre)
vf-field-text-line = { $language } : { $text } doit être un texte d'une ligne d'au plus { $max } caractères
vf-field-text-hash = { $language } : purposes.{ $purpose }.text_sha256 n'est pas le SHA-256 de son texte : le libellé a été modifié après avoir été écrit
vf-field-seq-zero = vaut 0 ; les lots se comptent à partir de 1
vf-field-previous-null = vaut null mais seq vaut { $seq }
vf-field-previous-set = est renseigné mais seq vaut 1
vf-field-previous-hex = n'est pas fait de 64 chiffres hexadécimaux en minuscules
vf-field-captured-at = ne correspond pas à lead_count { $count }
vf-sealed-missing-sidecar = { $path } manque : un lot chiffré se compose de trois fichiers ({ $name }, { $name }.sha256, { $name }.minisig) qui voyagent ensemble
vf-sealed-not-sealed-signature = { $path } n'est pas la signature d'un lot leadbooth chiffré (commentaire de confiance { $found })
vf-sealed-signature-of-another = { $path } est la signature de { $names }, pas de { $file } : la signature a été échangée (ou les fichiers renommés) ; copiez les trois fichiers propres à ce lot, sans changer leurs noms
vf-sealed-truncated = { $path } est tronqué : il fait { $have } octets, la longueur signée est { $want } (une copie interrompue ?) ; copiez-le à nouveau depuis la clé USB du stand
vf-sealed-longer = { $path } fait { $have } octets, plus que les { $want } signés : quelque chose y a été ajouté
vf-sealed-altered = { $path } a été modifié : il a la longueur signée mais pas le SHA-256 signé (un octet changé ou inversé) ; rien de ce qu'il contient n'est fiable — copiez-le à nouveau
vf-sealed-forged = { $path } ne se vérifie pas sur { $file } : le fichier chiffré ou le commentaire de confiance de la signature a été modifié après la signature du stand (une falsification, pas une erreur de copie) ; ne l'importez pas et demandez au stand ses trois fichiers
vf-sealed-not-for-identity = { $path } n'est pas chiffré pour l'identité de { $identity } ({ $recipient }) : il a été fait pour d'autres destinataires ; utilisez l'identité dont la ligne age1… figure dans le fichier d'événement du stand
vf-sealed-damaged = { $path } ne peut pas être déchiffré : { $detail }
vf-sealed-contents = { $path } se déchiffre, mais ne contient pas un seul dossier de lot : { $detail }
vf-sealed-mismatch = le lot contenu dans { $path } n'est pas celui que nomme sa signature : { $detail }
vf-sealed-temp = impossible de déchiffrer { $path } dans un dossier temporaire privé : { $error } (TMPDIR choisit où)
vf-sealed-sum-line = doit être une seule ligne terminée par un saut de ligne
vf-sealed-sum-form = n'est pas une ligne sha256sum (<sha256>  <fichier>)
vf-sealed-sum-names = nomme { $found }, pas { $name }
vf-sealed-sum-mismatch = ne correspond pas à la somme de contrôle signée : il a été modifié, ou il appartient à une autre copie
vf-sealed-sum-not-utf8 = n'est pas du texte UTF-8
vf-sealed-not-age = ce n'est pas un fichier age, ou son en-tête a été modifié
vf-sealed-header-mac = son en-tête age a été modifié (le MAC de l'en-tête ne se vérifie pas)
vf-sealed-cut-short = il s'arrête avant son dernier bloc chiffré (tronqué)
vf-sealed-chunk = un bloc chiffré échoue à l'authentification (un octet modifié, ou coupé trop tôt)
vf-sealed-first-entry = sa première entrée est { $found }, pas le dossier { $folder }/
vf-sealed-entry-not-batch-file = { $name } n'est pas un des fichiers du lot
vf-sealed-entry-not-file = { $name } n'est pas un fichier ordinaire
vf-sealed-entry-twice = { $name } y figure deux fois
vf-sealed-archive-empty = l'archive est vide
vf-sealed-bytes-after = il reste des octets après la fin de l'archive
vf-sealed-mismatch-field = manifest.json indique { $field } { $inner }, la signature { $outer }
vf-field-unknown-language = langue inconnue { $language } (le stand parle en, de, fr, es)
# --- La journée de salon d'une nouvelle équipe (branche nu10) ---
init-notice-language = Les quatre phrases suivantes sont l'information dans la langue par défaut de l'événement, l'anglais ([event] language) : écrivez-les en anglais. L'information dans une autre langue se place sous [translation.<code>.notice] ; un participant qui choisit une langue sans elle lit ces phrases-ci.
language-name-en = anglais
language-name-de = allemand
language-name-fr = français
language-name-es = espagnol
language-kept-notice = l'information ci-dessus
list-semicolon = { $before } ; { $after }

## Pourquoi un lot n'a pas pu être écrit (leadbooth export ; F5 au stand)

cli-export-target-missing = la destination d'export { $path } n'existe pas (la clé USB est-elle montée ?)
cli-export-target-not-dir = la destination d'export { $path } n'est pas un dossier
cli-export-folder-exists = le dossier de lot { $path } existe déjà, mais la base de ce stand n'en garde aucune trace (un export a été interrompu juste après l'avoir écrit, ou la base a été restaurée depuis une sauvegarde) ; déplacez ce dossier et exportez de nouveau — ses leads seront exportés une nouvelle fois
cli-export-busy = un autre export est en cours sur { $path } ; attendez qu'il se termine
cli-export-policy-text-missing = des leads citent la version de politique { $sha256 }, dont ce stand n'a pas le texte ; lancez une fois une commande leadbooth (par ex. `leadbooth leads list`) avec le fichier d'événement de cette politique pour que son texte soit enregistré, puis exportez de nouveau
cli-export-line-too-long = { $what } fait { $bytes } octets comme ligne de { $file }, plus que les { $max } qu'une ligne peut contenir (le siège refuserait le lot) ; raccourcissez ses notes ou ses réponses (F2, puis e, au stand)
cli-export-partial-left = { $cause } ; le dossier incomplet { $partial } n'a pas pu être supprimé ({ $cleanup }) : supprimez-le

## An event file's rules, said in the staff language (branch i18ncfg): src/config/rule.rs
## ConfigRule and src/recipients.rs RecipientRule, said by src/cli/reasons.rs config().
## Quoted values ($value, $url, $code...) come quoted as the event file wrote them.

cli-config-key-line = { $key } (ligne { $line })
cli-config-not-utf8 = impossible de lire le fichier d'événement { $path } : ce n'est pas du texte UTF-8 (à l'octet { $byte })
cli-config-policy-not-utf8 = le fichier de politique n'est pas du texte UTF-8 (l'octet { $byte } n'est pas valide)
cli-config-policy-empty = le fichier de politique est vide
cli-config-rule-event-id = { $value } ne doit contenir que des minuscules, des chiffres et des '-'
cli-config-rule-id = { $value } ne doit contenir que des minuscules, des chiffres et des '_'
cli-config-rule-id-twice = { $value } est utilisé deux fois
cli-config-rule-non-empty-line = doit être un texte non vide, sur une seule ligne
cli-config-rule-name-line = doit être un nom sur une seule ligne
cli-config-rule-short-line = doit tenir en un ou deux mots sur une seule ligne
cli-config-rule-text-line = doit être un texte sur une seule ligne
cli-config-rule-url-line = doit être une URL sur une seule ligne
cli-config-rule-not-web-url = { $url } doit être une adresse http:// ou https:// (un téléphone l'ouvre depuis le code QR)
cli-config-rule-too-long = fait { $found } { $unit ->
        [entries] entrées
        [bytes] octets
       *[chars] caractères
    }, au-delà des { $max } permis
cli-config-rule-longer-than = dépasse { $max } caractères
cli-config-rule-no-purpose = il faut au moins une finalité
cli-config-rule-required-consent = la finalité { $purpose } est un consentement (legal_basis "consent") et un consentement n'est jamais une condition de l'enregistrement : rendez-la facultative, ou donnez-lui une legal_basis autre que consent (par exemple "legitimate_interest" pour la prise de connaissance d'une notice)
cli-config-rule-text-no-choices = une question texte ne prend pas de choix
cli-config-rule-choices-needed = une question à choix unique ou multiple a besoin de choix
cli-config-rule-language-tag = { $value } n'est pas une étiquette de langue comme "en" ou "de-CH"
cli-config-rule-months = doit valoir au moins 1 (omettez la clé pour un consentement sans échéance)
cli-config-rule-not-a-date = { $value } n'est pas une date au format 2026-11-30
cli-config-rule-not-shipped = { $value } n'est pas une langue que parle le stand (il propose { $shipped })
cli-config-rule-language-twice = { $code } figure deux fois
cli-config-rule-no-language = ne cite aucune langue ; omettez la clé pour les proposer toutes ({ $shipped })
cli-config-rule-default-left-out = doit inclure la langue par défaut de l'événement, { $code } (event.language) : ses textes comblent chaque lacune
cli-config-rule-default-left-out-written = doit inclure la langue par défaut de l'événement, { $code } (event.language = { $written }) : ses textes comblent chaque lacune
cli-config-rule-choice-count = compte { $found } choix ; la question en compte { $expected } (il en faut autant, dans le même ordre)
cli-config-recipient-in-event = fichier d'événement { $path } : ligne { $line } : { $key } : { $rule }
cli-config-recipient-in-file = fichier de destinataires { $path } (du fichier d'événement { $event }) : ligne { $line } : { $key } : { $rule }
cli-config-recipient-secret = est une identité age secrète, pas un destinataire : retirez-la de ce fichier dès maintenant, gardez-la uniquement au bureau, et mettez ici sa ligne publique age1… à la place
cli-config-recipient-not-one = { $value } n'est pas un destinataire age X25519 ({ $detail }) ; un destinataire est la ligne age1… qu'affiche `leadbooth identity new`
cli-config-recipient-none = ne contient aucun destinataire : mettez ici la ou les lignes age1… de l'identité de l'équipe centrale
cli-config-recipient-twice-event = { $recipient } figure deux fois (d'abord dans le fichier d'événement { $path }, ligne { $line })
cli-config-recipient-twice-file = { $recipient } figure deux fois (d'abord dans le fichier de destinataires { $path }, ligne { $line })
cli-config-recipients-too-large = il dépasse { $max } octets ; un fichier de destinataires ne contient que quelques lignes age1…

## Event-file rules added by the languages adversary review (branch adv18):
## src/config/rule.rs TranslationCode … ChoiceWordedAlike.
cli-config-rule-translation-code = nommez la langue par son code tel que le stand l'écrit, [translation.{ $code }] : une table par langue
cli-config-rule-translation-of-default = est la langue par défaut de l'événement (event.language = { $written }) : son texte est celui du fichier lui-même, dans [[purpose]], [[question]] et [notice] ; une traduction vers cette langue ne serait jamais affichée
cli-config-rule-shown-otherwise = contient en position { $position } le caractère invisible ou qui change le sens d'écriture { $code } ; l'écran ne l'afficherait pas tel qu'il est écrit, et un consentement enregistre son texte tel qu'il est écrit
cli-config-rule-purpose-alike = est formulé comme { $other } ({ $language }) : la personne ne pourrait pas distinguer les deux cases, et une case cochée pour l'une serait enregistrée pour l'autre
cli-config-rule-choice-alike = est formulé comme { $other } ({ $language }) : la réponse est enregistrée par sa place dans la liste, et la personne ne pourrait pas distinguer les deux
## A file or folder the operating system refused (branch i18nio; src/batch/action.rs):
## what leadbooth was doing, the file, then the operating system's own words

io-create = impossible de créer { $path } : { $error }
io-create-folder = impossible de créer le dossier { $path } : { $error }
io-write = impossible d'écrire { $path } : { $error }
io-read = impossible de lire { $path } : { $error }
io-read-staged = impossible de relire le fichier intermédiaire { $path } : { $error }
io-encrypt = impossible de chiffrer { $path } : { $error }
io-start-writing = impossible de commencer l'écriture de { $path } : { $error }
io-rename-into-place = impossible de mettre en place le lot terminé sous le nom { $path } : { $error }
io-sync-folder = impossible d'inscrire sur le disque le contenu du dossier { $path } : { $error }
io-open-export-target = impossible d'ouvrir la destination d'export { $path } : { $error }
io-remove-staging-folder = impossible de supprimer le dossier intermédiaire { $path } : { $error }
io-open-lock-file = impossible d'ouvrir le fichier de verrou { $path } : { $error }
io-lock = impossible de verrouiller { $path } : { $error }
io-set-mode = impossible de changer le mode de { $path } : { $error }
io-restrict = impossible de restreindre les droits de { $path } : { $error }
io-key-audit = la clé de signature { $key } de l'appareil a été créée, mais le journal d'audit n'a pas pu l'enregistrer : { $error }
io-key-signing = échec de la signature : { $detail }
io-key-generating = échec de la création de la paire de clés : { $detail }
io-export-passphrase-not-set = la clé de signature { $path } de l'appareil est chiffrée et { $env } n'est pas défini
io-export-plaintext-on-laptop = refus d'écrire un lot en clair dans { $target }, à l'intérieur du dossier de données { $data } : des destinataires étant configurés, tout lot conservé sur cet ordinateur est chiffré. Écrivez le lot en clair sur un support amovible avec --out DIR, ou retirez --plaintext
io-pin-length = le code PIN doit faire de { $min } à { $max } caractères
io-pin-characters = le code PIN doit se composer de caractères imprimables, sans espace au début ni à la fin
io-pin-bad-hash = l'empreinte enregistrée du code PIN du kiosque est endommagée : définissez de nouveau le code avec `leadbooth kiosk set-pin`
io-qr-empty-url = l'URL du code QR est vide
io-qr-control = l'URL du code QR contient un caractère de contrôle U+{ $code } au caractère { $index }
io-qr-too-long = l'URL est trop longue pour un code QR : { $len } octets, alors qu'un code QR au niveau de correction d'erreur M en contient au plus { $max } (gardez les URL de politique courtes pour que les téléphones les lisent facilement)
io-qr-encode = impossible de coder l'URL en code QR : { $detail }
io-qr-module-size = la taille de module { $size } px du code QR est hors limites (de 1 à { $max } px)
io-qr-write = impossible d'écrire le fichier de code QR { $path } : { $error }
io-qr-write-png = impossible d'écrire le PNG du code QR { $path } : { $error }
io-rights-not-a-person = { $value } n'est ni une adresse e-mail ni un numéro de téléphone
io-rights-remove = impossible de supprimer la copie de lot { $path } : { $error }

## The booth database's refusals at the command line (branch i18nio; cli::reasons::store)

store-corrupt = la base de données { $path } est endommagée ou n'est pas une base leadbooth ({ $detail }) ; elle n'a pas été modifiée — gardez-en une copie et lancez `leadbooth doctor`
store-other-kind = son identifiant d'application est { $found }, et non le { $expected } du type de base attendu ici (les bases d'un stand et du siège ne sont pas interchangeables)
store-damaged = la base de données { $path } a échoué à son contrôle d'intégrité ({ $problem }) ; rien n'y a été écrit. La lecture fonctionne toujours (leads list, leads show) et `leadbooth export --out DIR` sauvegarde ce qui est lisible sous forme de lot ; `leadbooth doctor` indique comment mettre le fichier endommagé de côté
store-read-only = la base de données { $path } est en lecture seule ({ $error }) : les commandes de lecture (leads list, leads show) fonctionnent, mais rien ne peut être enregistré ; rendez le dossier de données accessible en écriture pour saisir ou modifier des contacts
store-too-new = la base de données { $path } a la version de schéma { $found }, plus récente que celles que connaît cette version de leadbooth ({ $known }) ; elle n'a pas été modifiée — utilisez une version plus récente de leadbooth
store-no-such-lead = aucun contact avec l'identifiant { $id }
store-erased = le contact { $id } a été effacé à { $at } ; il ne reste rien à modifier
store-not-recorded = contact { $id } : le consentement { $purpose } n'est pas enregistré pour ce contact
store-not-granted = contact { $id } : le consentement { $purpose } n'a pas été donné
store-already-withdrawn = contact { $id } : le consentement { $purpose } a déjà été retiré à { $at }
store-duplicate-lead = le contact { $id } existe déjà
store-seq-taken = le numéro de lot { $seq } a été enregistré entre-temps par un autre export (le dernier est { $latest })
store-bad-erasure = base de données : l'effacement enregistré du contact { $id } est endommagé : { $detail }
store-bad-row = base de données { $path } : contact { $id } : le champ enregistré { $field } est endommagé : { $detail }

## The booth database's steps (branch i18nstore; StoreError::Sqlite in src/store.rs): what the
## store was doing when SQLite failed, SQLite's own words after it.
# $path: the database file; $doing: store-doing; $error: SQLite's words as it gives them.
store-sqlite = base de données { $path } : échec de l'opération « { $doing } » : { $error }
# What the booth database was doing ($doing: the English phrase as a key, see StoreError::step_key;
# $phrase: the English phrase, shown for one this file does not know yet).
store-doing = { $doing ->
        [building-the-search-index] construction de l'index de recherche
        [checking-integrity] vérification de l'intégrité
        [committing-save] validation de l'enregistrement
        [counting-attendees] comptage des participants
        [counting-erased-leads] comptage des contacts effacés
        [counting-leads] comptage des contacts
        [counting-leads-on-file] comptage des contacts enregistrés
        [counting-leads-to-export] comptage des contacts à exporter
        [counting-other-events-leads] comptage des contacts d'autres événements
        [deleting-draft] suppression du brouillon
        [editing-lead] modification du contact
        [enabling-wal] activation du mode WAL
        [enabling-foreign-keys] activation des clés étrangères
        [enabling-secure-delete] activation de secure_delete
        [ending-the-export-snapshot] clôture de l'instantané d'export
        [erasing-lead] effacement du contact
        [finding-leads-past-retention] recherche des contacts au-delà de la durée de conservation
        [finding-the-batches-that-hold-a-lead] recherche des lots qui contiennent un contact
        [importing-attendees] import des participants
        [looking-for-the-same-person] recherche de la même personne
        [looking-up-attendee] recherche du participant
        [migrating] migration
        [opening] ouverture
        [opening-read-only] ouverture en lecture seule
        [purging-the-attendee-list] suppression de la liste des participants
        [reading-application-id] lecture de l'identifiant d'application
        [reading-audit-log] lecture du journal d'audit
        [reading-batches] lecture des lots
        [reading-consent] lecture du consentement
        [reading-consent-history] lecture de l'historique des consentements
        [reading-consent-row] lecture d'une ligne de consentement
        [reading-consents] lecture des consentements
        [reading-device-id] lecture de l'identifiant de l'appareil
        [reading-draft] lecture du brouillon
        [reading-lead] lecture du contact
        [reading-lead-row] lecture d'une ligne de contact
        [reading-leads] lecture des contacts
        [reading-policy-text] lecture du texte de la politique de confidentialité
        [reading-policy-texts] lecture des textes de la politique de confidentialité
        [reading-policy-versions] lecture des versions de la politique de confidentialité
        [reading-schema] lecture du schéma
        [reading-schema-version] lecture de la version du schéma
        [reading-search-index-state] lecture de l'état de l'index de recherche
        [reading-setting] lecture d'un réglage
        [reading-the-data-version] lecture de la version des données
        [reading-the-figures] lecture des chiffres
        [reading-what-to-export] lecture de ce qui est à exporter
        [recording-a-removed-batch-copy] enregistrement d'une copie de lot supprimée
        [recording-policy-version] enregistrement de la version de la politique de confidentialité
        [recording-the-batch] enregistrement du lot
        [saving-draft] enregistrement du brouillon
        [saving-lead] enregistrement du contact
        [searching-leads] recherche dans les contacts
        [selecting-leads-to-export] sélection des contacts à exporter
        [setting-application-id] définition de l'identifiant d'application
        [setting-busy-timeout] réglage du délai d'attente des verrous
        [setting-synchronous-full] réglage de synchronous=FULL
        [starting-save] début de l'enregistrement
        [starting-the-export] début de l'export
        [updating-the-lead-captured-again] mise à jour du contact saisi à nouveau
        [withdrawing-consent] retrait du consentement
        [writing-audit-log] écriture dans le journal d'audit
        [writing-setting] écriture d'un réglage
        [writing-the-audit-log] écriture dans le journal d'audit
       *[other] { $phrase }
    }

## What makes a database file unusable, found by leadbooth itself (src/store.rs Damage);
## SQLite's own words stay its own.
store-damage-one-byte = le fichier n'est pas une base de données
store-damage-log-empty-file = le fichier est vide, mais son journal d'écriture anticipée { $wal } contient { $bytes } octets qui peuvent être des leads
store-damage-log-no-file = le fichier est absent, mais son journal d'écriture anticipée { $wal } contient { $bytes } octets qui peuvent être des leads
store-damage-no-schema-version = elle a des tables mais pas de version de schéma leadbooth
store-damage-schema-version = version de schéma { $found }, et non la { $expected } de ce programme : ouverte en lecture seule, elle ne peut pas être mise à niveau
