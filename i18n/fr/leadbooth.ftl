# leadbooth : ce que lit le visiteur, en français.
# Mêmes messages et mêmes $arguments que en/leadbooth.ftl (vérifié par src/i18n.rs).
# On vouvoie le visiteur.

## La touche de langue

language-switched = Langue : français.
language-ticks-cleared = Langue : français. Le texte du consentement a changé de langue, vos cases ont donc été décochées : cochez à nouveau ce que vous acceptez ({ $purposes }).

## Écran d'accueil et remerciement (borne)

attract-welcome = Bienvenue ! Laissez vos coordonnées et choisissez comment nous pouvons rester en contact.
attract-prompt = Appuyez sur Entrée (ou une autre touche) pour commencer
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
kiosk-id-not-looked-up = Cette borne ne recherche pas les numéros de badge : saisissez vous-même vos coordonnées ci-dessous.
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
purpose-share-affiliates = { $organisation } peut transmettre mes données à ses sociétés affiliées, qui peuvent se trouver hors des États-Unis.
purpose-share-partners = { $organisation } peut partager mes données avec des partenaires avec qui { $organisation } organise des séminaires, des webinaires ou des offres semblables, et qui peuvent se trouver hors des États-Unis.

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
staff-notes-placeholder = Ce que l'équipe doit savoir (Entrée commence une ligne)
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
staff-scan-armed = Scannez le badge maintenant, ou tapez son numéro d'inscription puis Entrée. Échap annule.
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
staff-scan-refused-pin = Badge non lu pendant la demande du code de l'équipe : tapez le code ou Échap, puis scannez à nouveau.
staff-scan-refused-question = Badge non lu : répondez d'abord à la question (y ou n), puis scannez à nouveau.
staff-scan-refused-duplicate = Badge non lu : choisissez d'abord u (mettre à jour le contact), s (enregistrer à part) ou Échap (retour au formulaire), puis scannez à nouveau.
staff-scan-refused-screen = Badge non lu ici : revenez au formulaire de saisie (Échap), puis scannez à nouveau.
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
staff-no-match = Aucun contact ne correspond. Échap efface la recherche.

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
staff-export-choose = Dossier cible (↑↓ pour choisir, Entrée y écrit le lot) :
staff-export-no-media = Aucune clé USB ni carte mémoire n'est montée.
staff-export-medium = Amovible { $name } ({ $fs })
staff-export-last = Dernier utilisé
staff-export-last-note = utilisé la dernière fois
staff-export-laptop = Cet ordinateur
staff-export-gone = absent
staff-export-other = Autre dossier
staff-export-type-folder = Tapez le chemin du dossier sur la dernière ligne, puis Entrée.
staff-export-free-gb = { $size } Go libres
staff-export-free-mb = { $size } Mo libres
staff-export-key-beside = La clé publique de l'appareil est à côté, { $file }, pour le dossier de confiance du bureau.
staff-export-key-not-beside = La clé publique de l'appareil n'a pas pu être écrite à côté du lot ({ $error }) : donnez keys/device.pub au bureau.
staff-export-press-enter = Entrée écrit le lot, Échap revient en arrière.
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
staff-export-wrong-passphrase = Phrase secrète erronée ; rien n'a été écrit. Retapez-la puis Entrée.
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
staff-check-raw-heading = Dernière rafale, telle quelle ({ $count } caractères ; ⏎ Entrée, ⇥ Tab, ␛ Échap/Alt) :
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
}, { $skipped } ignorés (déjà importés), { $refused } refusés ; contacts : { $new } nouveaux, { $merged } fusionnés, { $updated } mis à jour, { $ignored } ignorés ; effacements appliqués : { $erasures }, retraits appliqués : { $withdrawals } ; { $contacts ->
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

cli-init-notice-ask = L'information affichée avant le consentement a besoin de ceci (Entrée garde la valeur d'exemple, à modifier plus tard) :
cli-init-gap = fichier d'événement { $name } : { $gap }
cli-init-wrote-default = { $name } écrit, le fichier d'événement que leadbooth lit par défaut : modifiez-le, vérifiez-le avec `leadbooth doctor`, puis lancez le stand avec `leadbooth`
cli-init-wrote = { $name } écrit : modifiez-le, vérifiez-le avec `leadbooth --config { $name } doctor`, puis lancez le stand avec `leadbooth --config { $name }`
cli-init-or-default = , ou enregistrez-le sous { $path } pour l'utiliser par défaut

## Show-day leftovers (show16b): a free-text question says it takes typing

text-answer-hint = tapez votre réponse ici
