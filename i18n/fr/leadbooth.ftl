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
key-any = une touche

## Finalités par défaut (enregistrées et hachées : chaque octet compte)

purpose-policy-ack = On m'a montré comment { $organisation } utilise mes données (l'information ci-dessus), et { $organisation } peut donner suite à notre échange d'aujourd'hui.
purpose-marketing-email = Envoyez-moi des informations commerciales de { $organisation } par e-mail.
purpose-marketing-phone = Contactez-moi par téléphone pour des informations commerciales de { $organisation }.
purpose-marketing-mail = Envoyez-moi des informations commerciales de { $organisation } par courrier.
purpose-events = Invitez-moi aux séminaires et webinaires de { $organisation }.
purpose-share-affiliates = { $organisation } peut transmettre mes données à ses sociétés affiliées, qui peuvent se trouver hors des États-Unis.
purpose-share-partners = { $organisation } peut partager mes données avec des partenaires avec qui { $organisation } organise des séminaires, des webinaires ou des offres semblables, et qui peuvent se trouver hors des États-Unis.
