# leadbooth: lo que lee el visitante, en español.
# Mismos mensajes y mismos $argumentos que en/leadbooth.ftl (lo comprueba src/i18n.rs).
# Tratamiento: usted.

## La tecla de idioma

language-switched = Idioma: español.
language-ticks-cleared = Idioma: español. El texto del consentimiento ha cambiado de idioma, por eso se han quitado sus marcas: marque de nuevo lo que acepta ({ $purposes }).

## Pantalla de inicio y agradecimiento (quiosco)

attract-welcome = ¡Bienvenido! Deje sus datos de contacto y elija cómo podemos seguir en contacto.
attract-prompt = Pulse Intro (o cualquier tecla) para empezar
attract-policy = Nuestra política de privacidad está a una tecla (F1) y en su móvil con el código.
thank-you = ¡Gracias! Sus datos se han guardado.
thank-you-next = Esta pantalla vuelve al inicio en un momento.
qr-caption = Escanee la política completa:
qr-too-small = Amplíe la ventana para mostrar el código QR
qr-failed = Sin código QR: { $error }
self-service = Autoservicio

policy-title = Política de privacidad · versión { $version }
policy-title-updated = Política de privacidad · versión { $version } · actualizada { $date }

## El formulario

field-first-name = Nombre
field-last-name = Apellidos
field-email = Correo
field-company = Empresa
field-job-title = Cargo
field-phone = Teléfono
field-country = País
country-hint = su nombre, p. ej. España o Spain
questions-heading = Preguntas
consent-heading = Consentimiento: marque solo lo que la persona acepta
consent-heading-kiosk = Consentimiento: marque solo lo que usted acepta
required = (obligatorio)
answer = Respuesta
not-saved = { $count ->
    [0] No guardado.
    [one] No guardado: corrija el campo marcado.
   *[other] No guardado: corrija los { $count } campos marcados.
}
field-full = { $field } está lleno: admite { $max } caracteres como máximo.
paste-refused = Pegado rechazado: contiene el carácter de control U+{ $code }.
paste-too-long = Pegado rechazado: { $field } tendría { $total } caracteres, más de los { $max } permitidos.
paste-far-too-long = Pegado rechazado: es mucho más largo de lo que admite { $field } ({ $max } caracteres).
check-field = Revise { $field }: { $message }

## La información básica (primera capa)

notice-heading = Antes de elegir: quiénes somos y cómo usamos sus datos
notice-who = Quién
notice-why = Para qué
notice-kept = Conservación
notice-rights = Sus derechos
notice-withdraw = Retirada
notice-transfers = Transferencias
notice-full-policy = Política completa
notice-full-policy-how = pulse F1, o escanee allí su código QR
notice-not-set = (no indicado en el archivo del evento: pregunte a nuestro equipo)
notice-follow-up = para dar seguimiento a la conversación de hoy (nuestro interés legítimo; confirme que ha visto esta información).
notice-optional = { $count ->
    [one] Un uso más solo si marca su casilla: es opcional.
   *[other] { $count } usos más solo si marca sus casillas: cada uno es opcional.
}

## Quiosco

still-there-title = { " " }¿Sigue ahí?{ " " }
still-there = Este formulario se borrará en { $secs } { $secs ->
    [one] segundo
   *[other] segundos
} para que el siguiente visitante no vea nada suyo: hace un rato que nadie toca el teclado.
still-there-key = Pulse cualquier tecla para seguir donde estaba.
kiosk-id-not-looked-up = Este quiosco no busca números de acreditación: escriba usted mismo sus datos abajo.
kiosk-id-scans-limited = Demasiados números de acreditación en poco tiempo: se ignoran durante un minuto. Escriba sus datos o pregunte a nuestro equipo.

## Justificante

receipt-scan = Su justificante: escanee el código con el móvil para guardar lo que ha aceptado y cómo retirarlo.
receipt-number = Justificante { $id }
receipt-agreed = Ha aceptado: { $list }
receipt-nothing-agreed = No ha aceptado ni comunicaciones comerciales ni cesión de datos.
receipt-withdraw = Para retirar su consentimiento, escriba a { $contact } con el número del justificante.
receipt-done = Pulse cualquier tecla cuando termine.

## Barra de teclas

hint-fields = campos
hint-save = guardar
hint-policy = privacidad
hint-start = empezar
hint-continue = seguir
hint-still-here = sigo aquí
hint-tick = marcar
hint-choose = elegir
hint-move = mover
hint-newline = nueva línea
hint-clear = borrar
hint-back = volver
hint-scroll = desplazar
hint-page = página
hint-ends = inicio/fin
hint-scan = acreditación
key-any = cualquier tecla

## Finalidades por defecto (registradas y con hash: cada byte cuenta)

purpose-policy-ack = Me han mostrado cómo usa { $organisation } mis datos (la información de arriba), y { $organisation } puede dar seguimiento a la conversación de hoy.
purpose-marketing-email = Envíenme información comercial de { $organisation } por correo electrónico.
purpose-marketing-phone = Contáctenme por teléfono con información comercial de { $organisation }.
purpose-marketing-mail = Envíenme información comercial de { $organisation } por correo postal.
purpose-events = Invítenme a los seminarios y webinarios de { $organisation }.
purpose-share-affiliates = { $organisation } puede comunicar mis datos a sus empresas afiliadas, que pueden estar fuera de Estados Unidos.
purpose-share-partners = { $organisation } puede compartir mis datos con socios con los que organiza seminarios, webinarios u ofertas similares, que pueden estar fuera de Estados Unidos.
