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
hint-contrast = contraste
key-any = cualquier tecla

## Finalidades por defecto (registradas y con hash: cada byte cuenta)

purpose-policy-ack = Me han mostrado cómo usa { $organisation } mis datos (la información de arriba), y { $organisation } puede dar seguimiento a la conversación de hoy.
purpose-marketing-email = Envíenme información comercial de { $organisation } por correo electrónico.
purpose-marketing-phone = Contáctenme por teléfono con información comercial de { $organisation }.
purpose-marketing-mail = Envíenme información comercial de { $organisation } por correo postal.
purpose-events = Invítenme a los seminarios y webinarios de { $organisation }.
purpose-share-affiliates = { $organisation } puede comunicar mis datos a sus empresas afiliadas, que pueden estar fuera de Estados Unidos.
purpose-share-partners = { $organisation } puede compartir mis datos con socios con los que organiza seminarios, webinarios u ofertas similares, que pueden estar fuera de Estados Unidos.

# ===== El lado del equipo: pantallas y CLI (rama i18nstaff) =====

## Times

staff-months = ene feb mar abr may jun jul ago sept oct nov dic
staff-date-this-year = { $day } { $month } { $time }
staff-date-other-year = { $day } { $month } { $year } { $time }
staff-times-in = horas en { $zone }

## Status line

staff-label = Personal
staff-lead-count = { $count ->
    [one] 1 contacto
   *[other] { $count } contactos
}
staff-too-small = Amplíe la ventana (80x24 como mínimo)

## The staff form

staff-heading = Para el equipo
staff-jump-staff = Alt-R interés, Alt-O notas
staff-rating = Interés
staff-rating-none = ninguno
staff-rating-hot = caliente
staff-rating-warm = templado
staff-rating-cold = frío
staff-notes = Notas
staff-notes-placeholder = Lo que el equipo deba saber (Enter empieza otra línea)
staff-name-first-name = nombre
staff-name-last-name = apellidos
staff-name-email = correo electrónico
staff-name-company = empresa
staff-name-job-title = cargo
staff-name-phone = teléfono
staff-name-country = país

## Saving

staff-saved = { $count ->
    [one] Guardado. 1 contacto registrado.
   *[other] Guardado. { $count } contactos registrados.
}
staff-duplicate-title = Ya registrado
staff-duplicate-question = { $name } (mismo { $matched ->
    [email] correo
    [phone] teléfono
   *[badge] ID de credencial
}) ya se registró ({ $at }, por { $by }). ¿Actualizar ese contacto con lo que hay en el formulario? Las decisiones de consentimiento de hoy se guardan como decisiones nuevas.
staff-this-person = Esta persona
staff-duplicate-updated = { $name } actualizado: ya registrado, se añadieron los datos y decisiones de consentimiento de hoy.
staff-the-lead = el contacto
staff-duplicate-check-failed = No se pudo buscar un registro anterior: { $error }
staff-store-failed = No guardado, el formulario se conserva: { $error }

## Badge scans

staff-from-badge = ◆ credencial
staff-scan-armed = Escanee la credencial ahora, o escriba su ID de registro y pulse Enter. Esc cancela.
staff-scan-reading = Leyendo la credencial…
staff-scan-cancelled = Escaneo de credencial cancelado.
staff-scan-filled-id = Credencial { $id }, { $name }: { $count } campos rellenados ({ $mark })
staff-scan-filled = Credencial leída: { $count } campos rellenados ({ $mark })
staff-scan-filled-name = Credencial leída ({ $name }): { $count } campos rellenados ({ $mark })
staff-scan-kept = ; los campos que no trae se conservan.
staff-scan-replaced = , en lugar de lo escrito en: { $fields }; los demás campos se conservan.
staff-scan-unknown-id = La credencial { $id } no está en la lista de asistentes: escriba los datos. El ID se guarda con el contacto para que el equipo central lo pueda asociar.
staff-scan-lookup-failed = Credencial { $id } guardada con el contacto, pero la lista de asistentes no se puede leer: { $error }
staff-scan-failed = Credencial no leída, el formulario no ha cambiado: { $error }.
staff-scan-refused-pin = Credencial no leída mientras se pide el PIN del equipo: escriba el PIN o pulse Esc y vuelva a escanear.
staff-scan-refused-question = Credencial no leída: responda primero a la pregunta (y o n) y vuelva a escanear.
staff-scan-refused-duplicate = Credencial no leída: elija primero u (actualizar el contacto anterior), s (guardar como nuevo) o Esc (volver al formulario) y vuelva a escanear.
staff-scan-refused-screen = Credencial no leída aquí: vuelva al formulario (Esc) y escanee de nuevo.
staff-scan-ignored = { $count ->
    [one] Se ignoró 1 carácter tras el final de la credencial.
   *[other] Se ignoraron { $count } caracteres tras el final de la credencial.
}

## Confirmations

staff-confirm-clear = ¿Vaciar el formulario? Se perderá lo escrito para esta persona.
staff-confirm-quit = ¿Salir? El formulario tiene contenido sin guardar que se perderá.
staff-confirm-quit-lead = ¿Salir? El contacto del formulario no está guardado. ¿Guardarlo como borrador (se ofrece al próximo inicio) o salir y perderlo?
staff-confirm-title = Confirme
staff-cleared = Formulario vaciado, casillas incluidas: la siguiente persona empieza sin nada marcado.
staff-confirm-erase = ¿Borrar este contacto? Sus datos personales se eliminan para siempre; solo queda una lápida (id, hora, consentimientos).
staff-confirm-withdraw = ¿Retirar el consentimiento resaltado? La retirada se registra con la hora; no se puede deshacer.
staff-confirm-discard = ¿Descartar los cambios de este contacto?

## Lead list

staff-leads-title = Contactos, los más recientes primero ({ $total })
staff-leads-title-latest = Contactos, los más recientes primero (los últimos { $shown } de { $total })
staff-column-time = Hora
staff-column-name = Nombre
staff-column-email = Correo
staff-column-company = Empresa
staff-column-consents = Consentimientos dados
staff-no-leads = Aún no hay contactos registrados.
staff-leads-failed = No se pueden leer los contactos: { $error }
staff-search = Buscar
staff-search-hint = nombre, correo, empresa, tel. o ID
staff-search-count = { $count ->
    [0] ningún resultado
    [one] 1 resultado
   *[other] { $count } resultados
}
staff-search-count-page = los { $count } más recientes; escriba más para acotar
staff-no-match = Ningún contacto coincide. Esc borra la búsqueda.

## Lead details

staff-lead-title = Contacto: { $name }
staff-detail-name = Nombre
staff-detail-captured = Registrado
staff-detail-badge-id = Credencial
staff-detail-rating = Interés
staff-detail-lead-id = ID de contacto
staff-detail-policy = Política
staff-detail-answers = Respuestas
staff-detail-consents = Consentimientos
staff-detail-notes = Notas
staff-detail-no-notes = (ninguna)
staff-detail-granted = dado
staff-detail-not-granted = no dado
staff-captured = { $at } por { $by } ({ $source ->
    [kiosk] quiosco
    [badge] credencial
    [cli] línea de comandos
   *[staff] equipo
})
staff-consent-given = { $at }, { $method ->
    [self_service] autoservicio
   *[staff_assisted] con el equipo
}
staff-consent-withdrawn = retirado { $at } (dado { $granted })
staff-withdraw-title = ¿Qué consentimiento retirar?
staff-nothing-to-withdraw = Este contacto no tiene consentimientos dados que retirar.
staff-withdrawn = Consentimiento { $purpose } retirado ({ $at }); sale con la próxima exportación.
staff-erased = { $copies ->
    [0] Contacto borrado: datos personales eliminados, se guarda una lápida; el borrado sale con la próxima exportación.
    [one] Contacto borrado: datos personales eliminados, se guarda una lápida; el borrado sale con la próxima exportación. Se eliminó la copia del lote en la carpeta de datos que lo contenía.
   *[other] Contacto borrado: datos personales eliminados, se guarda una lápida; el borrado sale con la próxima exportación. Se eliminaron las { $copies } copias de lote en la carpeta de datos que lo contenían.
}
staff-lead-failed = No es posible: { $error }

## Editing a lead

staff-edit-title = Editando { $name }: los consentimientos solo cambian al retirarlos
staff-edit-saved = Cambios guardados ({ $fields }).
staff-edit-unchanged = No ha cambiado nada.

## Staff picker

staff-pick = ¿Quién registra contactos?
staff-pick-help = Elija su nombre; se guarda con cada contacto que registre.

## Export (F5)

staff-export-title = Exportar un lote firmado con lo nuevo
staff-export-target = Carpeta de destino:{ " " }
staff-export-choose = Carpeta de destino (↑↓ para elegir, Enter escribe el lote allí):
staff-export-no-media = No hay ninguna memoria USB ni tarjeta montada.
staff-export-medium = Extraíble { $name } ({ $fs })
staff-export-last = Último usado
staff-export-last-note = usado la última vez
staff-export-laptop = Este portátil
staff-export-gone = no está ahora
staff-export-other = Otra carpeta
staff-export-type-folder = Escriba la ruta de la carpeta en la última línea y pulse Enter.
staff-export-free-gb = { $size } GB libres
staff-export-free-mb = { $size } MB libres
staff-export-key-beside = La clave pública del equipo está al lado como { $file }, para la carpeta de confianza de la oficina.
staff-export-key-not-beside = No se pudo escribir la clave pública del equipo junto al lote ({ $error }): entregue keys/device.pub a la oficina.
staff-export-press-enter = Enter escribe el lote, Esc vuelve atrás.
staff-export-running = Escribiendo el lote...
staff-export-preparing = abriendo la clave de firma y contando los contactos
staff-export-failed = La exportación falló, no se marcó nada como exportado:{ " " }
staff-export-worker-died = La exportación falló: se detuvo de forma inesperada; no se marcó nada como exportado. Vea logs/leadbooth.log.
staff-export-needs-passphrase = La clave de firma tiene frase de contraseña: defina LEADBOOTH_KEY_PASSPHRASE antes de iniciar, o ejecute `leadbooth export` en una terminal.
staff-export-nothing-new = Nada nuevo desde el último lote; no se escribió nada.
staff-export-written = Lote escrito en{ " " }
staff-export-check = Compruébelo con herramientas estándar:
staff-export-busy = Hay una exportación en curso: espere a que termine.
staff-export-passphrase = Frase de contraseña de la clave de firma (oculta):{ " " }
staff-export-wrong-passphrase = Frase de contraseña incorrecta; no se escribió nada. Escríbala de nuevo y pulse Enter.
staff-export-not-encrypted = NO cifrado: el archivo del evento no nombra destinatarios [encryption]; una memoria perdida expone todos los contactos.
staff-export-check-sealed = Compruebe que llegó intacto (sin identidad):
staff-export-encrypted-to = { $count ->
    [one] Cifrado para 1 destinatario: { $list }
   *[other] Cifrado para { $count } destinatarios: { $list }
}
staff-export-pending = Nuevo desde el último lote: { $leads ->
    [one] 1 contacto
   *[other] { $leads } contactos
}, { $erasures ->
    [one] 1 borrado o retirada
   *[other] { $erasures } borrados o retiradas
}.
staff-export-counts = { $leads ->
    [one] 1 contacto
   *[other] { $leads } contactos
}, { $erasures ->
    [one] 1 borrado o retirada
   *[other] { $erasures } borrados o retiradas
}, lote número { $seq }.
staff-export-key-created = Se creó la clave de firma del equipo { $key }; entregue { $public } al equipo central.

## Hint bar (the staff side)

staff-hint-leads = contactos
staff-hint-export = exportar
staff-hint-stats = estadísticas
staff-hint-export-now = exportar ahora
staff-hint-scan = escanear credencial
staff-hint-cancel-scan = cancelar escaneo
staff-hint-search = buscar
staff-hint-open = abrir
staff-hint-edit = editar
staff-hint-withdraw = retirar consentimiento
staff-hint-erase = borrar
staff-hint-cancel = cancelar
staff-hint-clear-search = borrar búsqueda
staff-hint-quit = salir
staff-hint-scanner-check = probar escáner
staff-hint-yes = sí
staff-hint-no = no
staff-hint-unlock = desbloquear
staff-hint-recover = recuperar
staff-hint-update = actualizar ese contacto
staff-hint-keep-draft = guardar borrador, salir
staff-hint-quit-lose = salir y perderlo
staff-hint-save-new = guardar como nuevo
staff-hint-discard = descartar

## Short forms, for a hint bar with too little room (80 columns)

staff-short-scan = escanear
staff-short-withdraw = retirar
staff-short-clear-search = borrar
staff-short-cancel-scan = cancelar
staff-short-export-now = exportar
staff-short-ends = extremos
staff-short-scanner-check = escáner
staff-short-update = actualizar
staff-short-keep-draft = guardar

## Start-up

staff-not-a-terminal = no se puede iniciar la pantalla del stand (¿es una terminal interactiva?)
staff-kiosk-no-pin = el modo quiosco necesita un PIN del equipo para salir: defínalo con `leadbooth kiosk set-pin` y vuelva a iniciar `leadbooth --kiosk`

## Scanner check (F9)

staff-check-title = Prueba del escáner
staff-check-intro = Escanee una credencial (o el código de prueba) para ver exactamente lo que el escáner escribe en este portátil. Nada de lo escaneado aquí se guarda.
staff-check-nothing-yet = Aún no se ha escaneado nada.
staff-check-raw-heading = Última ráfaga, tal como llegó ({ $count } caracteres; ⏎ Enter, ⇥ Tab, ␛ Esc/Alt):
staff-check-read-heading = Leído:
staff-check-code-ok = El código de prueba llegó exacto: el escáner y este portátil coinciden en la distribución del teclado.
staff-check-read-badge = Una credencial: { $fields }
staff-check-read-id = ID de registro { $id }
staff-check-not-read = No leído como credencial: { $why }
staff-check-mixup = Distribuciones de teclado cruzadas: el escáner escribe para { $scanner }, este portátil lee { $laptop }.
staff-check-changed = Llegó → quería decir: { $list }
staff-check-fix = Solución a probar: { $fix }
staff-check-meant = Quería decir: { $read }
staff-check-no-mixup = Ninguna confusión habitual de teclado (US, QWERTZ alemán, AZERTY francés) explica estos caracteres. Escanee el código de prueba: si llega cambiado, esta pantalla nombra la confusión.
staff-check-code-caption = Código de prueba: escanéelo de la pantalla.
staff-check-code-room = Amplíe la ventana para mostrar el código de prueba.

## PIN dialog

staff-pin-title = Solo personal
staff-pin-label = PIN
staff-pin-prompt-quit = Escriba el PIN del equipo para salir del modo quiosco.
staff-pin-prompt-leads = Escriba el PIN del equipo para abrir la lista de contactos.
staff-pin-wrong = PIN incorrecto.
staff-pin-locked = Demasiados PIN incorrectos. Inténtelo de nuevo en { $time }.

## After a save, and one attendee at a time

staff-receipt-next = Cualquier tecla: siguiente persona (escanear una credencial también).
staff-new-attendee = Nueva persona: se borraron las casillas, respuestas, interés y notas de la anterior.

## Statistics (F6)

staff-stats-title = Estadísticas{ " " }
staff-stats-per-hour = Contactos por hora hoy
staff-stats-staff = Por persona
staff-stats-ratings = Interés
staff-stats-consent = Consentimiento dado / registrado
staff-stats-none = aún no hay contactos
staff-stats-no-batch = Aún no se ha escrito ningún lote (F5 exporta).
staff-stats-summary = · hoy { $today }: { $today_leads } · total del evento en este portátil: { $leads }
staff-stats-erased = · { $count ->
    [one] { $count } borrado
   *[other] { $count } borrados
}
staff-stats-others = { $count } más
staff-stats-hot = Caliente
staff-stats-warm = Templado
staff-stats-cold = Frío
staff-stats-unrated = Sin valorar
staff-stats-exported = Todo está exportado.
staff-stats-not-exported = Sin exportar: { $leads ->
    [one] 1 contacto
   *[other] { $leads } contactos
} (F5 exporta)
staff-stats-not-exported-erasures = Sin exportar: { $leads ->
    [one] 1 contacto
   *[other] { $leads } contactos
}, { $erasures ->
    [one] 1 borrado/retirada
   *[other] { $erasures } borrados/retiradas
} (F5 exporta)
staff-stats-last-batch = Último lote: n.º { $seq } escrito { $at } ({ $leads ->
    [one] 1 contacto
   *[other] { $leads } contactos
})

# ===== The command line's words (branch i18nstaff): stderr messages for a person; data on stdout and JSON stay as they are =====

## Command line: how a line starts

cli-error = error
cli-warning = aviso
cli-note = nota

## leadbooth export

cli-export-other-events = { $count ->
    [one] 1 contacto de otro evento no se exporta en el lote de este evento; expórtelo con --config <su archivo de evento>
   *[other] { $count } contactos de otros eventos no se exportan en el lote de este evento; expórtelos con --config <su archivo de evento>
}
cli-export-key-created = Se creó la clave de firma del equipo { $key } (primera exportación). Entregue { $public } al equipo central: así comprueba los lotes de este portátil.
cli-export-failed = la exportación falló: { $error }; no se marcó nada como exportado
cli-export-not-recorded = la base de datos { $db } no se puede escribir (dañada o de solo lectura), así que este lote no queda registrado en ella: sus contactos no se marcan como exportados. Impórtelo en la central, guarde una copia de la base y luego sáquela de la carpeta de datos (`leadbooth doctor` explica cómo)
cli-export-written = Lote { $batch } escrito en { $folder }
cli-export-encrypted-to = { $count ->
    [one] cifrado para 1 destinatario: { $list }
   *[other] cifrado para { $count } destinatarios: { $list }
}
cli-export-check-sealed = Compruebe que llegó intacto (sin identidad):
cli-export-at-office = En la oficina:
cli-export-check = Compruébelo con herramientas estándar:
cli-export-key-beside = La clave pública del dispositivo está al lado como { $file }, para la carpeta de confianza de la oficina.
cli-export-key-not-beside = no se pudo escribir la clave pública del dispositivo junto al lote ({ $error }): entregue { $key } a la oficina
cli-export-plaintext = este lote NO está cifrado (--plaintext), aunque el evento nombra { $count ->
    [one] 1 destinatario
   *[other] { $count } destinatarios
}; contiene todos los contactos en claro — guarde la memoria en lugar seguro y bórrela tras la importación (queda en el registro de auditoría)
cli-export-not-encrypted = este lote no está cifrado: el evento no nombra destinatarios ([encryption] en el archivo del evento); una memoria perdida expondría todos los contactos
cli-export-progress = exportando
cli-export-nothing-since = Nada nuevo que exportar desde el lote { $seq } ({ $folder }); no se escribió nada.
cli-export-nothing = Nada que exportar: aún no hay contactos; no se escribió nada.

## leadbooth import

cli-import-summary = Resumen: { $imported ->
    [one] { $imported } lote importado
   *[other] { $imported } lotes importados
}, { $skipped } omitidos (ya importados), { $refused } rechazados; contactos: { $new } nuevos, { $merged } fusionados, { $updated } actualizados, { $ignored } ignorados; borrados aplicados: { $erasures }, retiradas aplicadas: { $withdrawals }; { $contacts ->
    [one] { $contacts } contacto
   *[other] { $contacts } contactos
} en { $db }
cli-import-retention = conservación: se eliminaron { $count } contacto(s) registrados por última vez hace más de { $days } días; el archivo de supresión los borra en el CRM

## leadbooth leads

cli-leads-erased = contacto { $id } borrado: datos personales eliminados, lápida guardada; el borrado sale con la próxima exportación
cli-leads-withdrawal-goes-out = la retirada sale con la próxima exportación
cli-leads-withdrew = consentimiento { $purpose } del contacto { $id } retirado a las { $at }
cli-leads-erased-not-shown = { $count ->
    [one] (1 contacto borrado no mostrado)
   *[other] ({ $count } contactos borrados no mostrados)
}
cli-leads-no-retention = el evento no fija retention_days: no se purga nada
cli-leads-would-purge = { $count } contacto(s) exportados hace más de { $days } días se purgarían
cli-leads-purged = se purgaron { $count } contacto(s) exportados hace más de { $days } días (se guardan las lápidas)

## leadbooth init-event

cli-init-notice-ask = El aviso mostrado antes del consentimiento necesita esto (Enter conserva el valor de ejemplo, para editarlo después):
cli-init-gap = archivo del evento { $name }: { $gap }
cli-init-wrote-default = se escribió { $name }, el archivo del evento que leadbooth lee por defecto: edítelo, compruébelo con `leadbooth doctor` e inicie el stand con `leadbooth`
cli-init-wrote = se escribió { $name }: edítelo, compruébelo con `leadbooth --config { $name } doctor` e inicie el stand con `leadbooth --config { $name }`
cli-init-or-default = , o guárdelo como { $path } para usarlo por defecto

## Show-day leftovers (show16b): a free-text question says it takes typing

text-answer-hint = escriba aquí su respuesta
