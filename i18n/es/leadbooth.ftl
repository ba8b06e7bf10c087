# leadbooth: lo que lee el visitante, en español.
# Mismos mensajes y mismos $argumentos que en/leadbooth.ftl (lo comprueba src/i18n.rs).
# Tratamiento: usted.

## La tecla de idioma

language-switched = Idioma: español.
language-ticks-cleared = Idioma: español. El texto del consentimiento ha cambiado de idioma, por eso se han quitado sus marcas: marque de nuevo lo que acepta ({ $purposes }).

## Pantalla de inicio y agradecimiento (quiosco)

attract-welcome = ¡Bienvenido! Deje sus datos de contacto y elija cómo podemos seguir en contacto.
attract-prompt = Pulse Enter (o cualquier tecla) para empezar
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
kiosk-id-not-looked-up = Este quiosco no busca números de acreditación: escriba usted mismo sus datos en el formulario.
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
purpose-share-affiliates = { $organisation } puede comunicar mis datos a sus empresas afiliadas, que pueden estar en otros países.
purpose-share-partners = { $organisation } puede compartir mis datos con socios con los que organiza seminarios, webinarios u ofertas similares, que pueden estar en otros países.

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
}, { $skipped ->
    [one] { $skipped } omitido (ya importado)
   *[other] { $skipped } omitidos (ya importados)
}, { $refused ->
    [one] { $refused } rechazado
   *[other] { $refused } rechazados
}; contactos: { $new ->
    [one] { $new } nuevo
   *[other] { $new } nuevos
}, { $merged ->
    [one] { $merged } fusionado
   *[other] { $merged } fusionados
}, { $updated ->
    [one] { $updated } actualizado
   *[other] { $updated } actualizados
}, { $ignored ->
    [one] { $ignored } ignorado
   *[other] { $ignored } ignorados
}; borrados aplicados: { $erasures }, retiradas aplicadas: { $withdrawals }; { $contacts ->
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
cli-init-gap = archivo del evento { $name }: no hay texto en { $language } para [translation.{ $code }] { $keys }; quien elija ese idioma lee allí el idioma predeterminado
cli-init-wrote-default = se escribió { $name }, el archivo del evento que leadbooth lee por defecto: edítelo, compruébelo con `leadbooth doctor` e inicie el stand con `leadbooth`
cli-init-wrote = se escribió { $name }: edítelo, compruébelo con `leadbooth --config { $name } doctor` e inicie el stand con `leadbooth --config { $name }`
cli-init-or-default = , o guárdelo como { $path } para usarlo por defecto

# ===== booth: rules, drafts, receipt … (branch i18nbooth) =====
# Las reglas se muestran junto al campo, en el idioma del formulario; el
# diálogo del borrador es para el equipo, el justificante para la persona.

## Lead rules

rule-control-character = contiene el carácter de control U+{ $code } en la posición { $position }; una línea solo admite texto imprimible
rule-too-long = tiene { $found } caracteres, más de los { $max } permitidos
rule-name-missing = escriba un nombre o un apellido
rule-email-or-phone = escriba un correo electrónico o un teléfono
rule-email-hidden = contiene el carácter invisible o de cambio de dirección U+{ $code } en la posición { $position }; un correo electrónico se escribe como texto simple
rule-email-too-long = tiene { $bytes } bytes; un correo electrónico admite como máximo { $max } (RFC 5321)
rule-email-local-too-long = tiene { $bytes } bytes antes de la @; se admiten como máximo { $max } (RFC 5321)
rule-email-invalid = no es un correo electrónico válido (como nombre@example.com)
rule-country-ambiguous = { $value } corresponde a más de un país: escriba el nombre completo
rule-country-unknown = { $value } no es un país que conozcamos: escríbalo como España, Spain o Espagne
rule-phone-no-digits = no contiene cifras
rule-required = es obligatoria: márquela para guardar
rule-phone-kept-for = se guarda tal cual: no es un número válido para { $region }
rule-phone-kept-prefix = se guarda tal cual: su prefijo internacional no corresponde a ningún país
rule-phone-kept = se guarda tal cual: no es un número válido

## Drafts (the staff side)

draft-title = Contacto sin guardar
draft-question = ¿Recuperar el contacto sin guardar ({ $time })?
draft-recover = Recuperar
draft-discard = Descartar
draft-recovered = Contacto sin guardar recuperado sin sus marcas: vuelva a preguntar a la persona por cada consentimiento y guarde.
draft-recovered-without = Contacto sin guardar recuperado sin sus marcas (vuelva a preguntar a la persona) y sin (el evento ha cambiado): { $what }.
draft-discarded = Contacto sin guardar descartado.
draft-unreadable = Un contacto sin guardar no se pudo leer y se descartó: { $error }
draft-version = la versión { $version } del formato de borrador no es compatible
draft-failed = El contacto sin guardar no se puede conservar como borrador: { $error }
draft-scan-refused = Credencial no leída: responda primero si se recupera el contacto sin guardar (R recupera, D descarta) y vuelva a escanear.

## The receipt's QR code

receipt-qr-title = JUSTIFICANTE
receipt-qr-agreed = ACEPTADO
receipt-qr-none = NADA
receipt-qr-withdraw = RETIRADA
receipt-short-email = email
receipt-short-phone = teléfono
receipt-short-mail = correo
receipt-short-events = eventos
receipt-short-affiliates = filiales
receipt-short-partners = socios

## A key without a name printed on it

key-space = Espacio

## Short forms, for a hint bar with too little room

hint-short-stats = cifras
# ===== The command line (branch i18ncli): doctor, verify, keys, attendees, central, report, stats, policy, the import's batch lines, the CRM files; human prose only: JSON, lead lines and CSV stay as they are =====

## leadbooth doctor: each check's label, what it found and what to do
## (`--json` stays in English for scripts)

cli-doctor-label-data-dir = datos
cli-doctor-label-database = base de datos
cli-doctor-label-integrity = integridad
cli-doctor-label-schema = esquema
cli-doctor-label-free-space = espacio libre
cli-doctor-label-export-target = destino
cli-doctor-label-signing-key = clave de firma
cli-doctor-label-public-key = clave pública
cli-doctor-label-event = evento
cli-doctor-label-policy = política
cli-doctor-label-notice = aviso
cli-doctor-label-languages = idiomas
cli-doctor-label-terminal = terminal
cli-doctor-label-data-volume = volumen
cli-doctor-label-encryption = cifrado
cli-doctor-label-attendees = asistentes
cli-doctor-label-kiosk-pin = PIN quiosco
cli-doctor-mode-others = { $path } tiene permisos { $mode }: otros usuarios pueden leerlo (deberían ser { $want })
cli-doctor-mode-owner = { $path } tiene permisos { $mode }: su propietario no puede usarlo (deberían ser { $want })
cli-doctor-mode = permisos { $mode }
cli-doctor-chmod = ejecute: chmod { $mode } { $files }
cli-doctor-data-dir-missing = { $path } aún no existe
cli-doctor-data-dir-missing-fix = se crea en el primer uso: ejecute `leadbooth keys init` o inicie el stand una vez
cli-doctor-cannot-read = no se puede leer { $path }: { $error }
cli-doctor-data-dir-unreadable-fix = compruebe la ruta y sus permisos, o indique --data-dir DIR
cli-doctor-not-a-folder = { $path } no es una carpeta
cli-doctor-data-dir-not-folder-fix = muévalo a otro sitio o indique --data-dir DIR
cli-doctor-db-not-created = { $path } aún no se ha creado (el stand la crea en el primer inicio)
cli-doctor-not-a-file = { $path } no es un archivo
cli-doctor-db-not-file-fix = muévalo a otro sitio; el stand empieza entonces una base de datos nueva
cli-doctor-integrity-no-db = aún no hay base de datos: nada que comprobar
cli-doctor-schema-no-db = aún no hay base de datos; esta versión escribe el esquema { $build }
cli-doctor-db-corrupt = { $path } no es una base de datos SQLite o está demasiado dañada para abrirla ({ $detail })
cli-doctor-damaged-fix = no inicie el stand con ella (el stand y los comandos que escriben la rechazan): guarde lo legible con `leadbooth export --out DIR` (un lote, que no queda registrado en el archivo dañado), guarde una copia del archivo y luego sáquelo de la carpeta de datos (el stand empieza entonces una base de datos nueva con un nuevo ID de dispositivo)
cli-doctor-db-unreadable = no se puede leer la base de datos: { $error }
cli-doctor-db-unreadable-fix = compruebe el propietario y los permisos del archivo; si hay un stand en marcha, vuelva a intentarlo cuando esté inactivo
cli-doctor-schema-not-checked = sin comprobar: la base de datos no se puede leer
cli-doctor-see-integrity = vea la comprobación de integridad de arriba
cli-doctor-integrity-ok = comprobación de integridad superada
cli-doctor-integrity-ok-leads = comprobación de integridad superada, { $leads ->
    [one] 1 contacto
   *[other] { $leads } contactos
}
cli-doctor-integrity-failed = { $path } no superó la comprobación de integridad ({ $count ->
    [one] 1 problema
   *[other] { $count } problemas
}; el primero: { $first })
cli-doctor-schema-newer = el esquema { $version } es más nuevo que el de esta versión ({ $build })
cli-doctor-schema-newer-fix = instale el leadbooth más nuevo que lo escribió; este no la abrirá
cli-doctor-schema-current = esquema { $version }, el de esta versión
cli-doctor-schema-older = esquema { $version }; se actualiza a { $build } la próxima vez que el stand la abra
cli-doctor-attendees-purged-on = se elimina automáticamente el { $date } ({ $days } días después del último día del evento, { $last })
cli-doctor-attendees-none-purge = no hay lista de asistentes guardada; una lista cargada { $after }
cli-doctor-attendees-none = no hay lista de asistentes guardada
cli-doctor-attendees-overdue = { $count ->
    [one] 1 asistente guardado
   *[other] { $count } asistentes guardados
}; la eliminación tocaba el { $date }
cli-doctor-attendees-overdue-fix = inicie el stand una vez o ejecute `leadbooth attendees purge` para eliminar la lista
cli-doctor-attendees-on-file = { $count ->
    [one] 1 asistente guardado
   *[other] { $count } asistentes guardados
}; la lista { $after }
cli-doctor-attendees-no-end = { $count ->
    [one] 1 asistente guardado
   *[other] { $count } asistentes guardados
} sin fecha de fin: el evento no fija last_day
cli-doctor-attendees-no-end-fix = fije last_day (y attendee_list_days) en [event], o ejecute `leadbooth attendees purge` después de la feria
cli-doctor-pin-unknown = no se sabe si hay un PIN de quiosco: los ajustes del stand no se pueden leer
cli-doctor-see-database = vea las líneas de la base de datos de arriba
cli-doctor-pin-not-set = sin definir: `leadbooth --kiosk` lo necesita para arrancar (`leadbooth kiosk set-pin`); el modo equipo no
cli-doctor-pin-set = definido (guardado como hash Argon2id con sal); el quiosco puede arrancar
cli-doctor-pin-damaged = el hash guardado del PIN del quiosco está dañado: `leadbooth --kiosk` no arrancará
cli-doctor-pin-damaged-fix = vuelva a definir el PIN con `leadbooth kiosk set-pin`
cli-doctor-space-unmeasured = no se puede medir el espacio libre en { $path }: { $error }
cli-doctor-space-unmeasured-fix = compruebe el disco a mano (df -h)
cli-doctor-space-data = { $size } libres para la carpeta de datos ({ $path })
cli-doctor-space-target = { $size } libres para el destino de exportación ({ $path })
cli-doctor-space-exports = { $size } libres para las exportaciones ({ $path })
cli-doctor-space-under = { $found }, menos de { $limit }
cli-doctor-space-data-fix = libere espacio en este disco: el stand lo necesita para guardar contactos
cli-doctor-space-export-fix = libere espacio allí, o exporte a otra carpeta con `leadbooth export --out DIR`
cli-doctor-export-dir-missing = { $path } (export_dir en el archivo del evento) no existe
cli-doctor-export-dir-missing-fix = conéctelo o móntelo antes de exportar, o cambie export_dir en el archivo del evento
cli-doctor-export-dir-not-folder = { $path } (export_dir en el archivo del evento) no es una carpeta
cli-doctor-export-dir-not-folder-fix = cambie export_dir en el archivo del evento
cli-doctor-key-too-large = demasiado grande para ser una clave
cli-doctor-key-not-text = no es texto
cli-doctor-keys-init-fix = ejecute `leadbooth keys init` y entregue la clave pública al equipo central (`leadbooth keys pubkey`) antes de la feria, para que pueda confiar en los lotes de este portátil
cli-doctor-no-signing-key = aún no hay clave de firma del dispositivo ({ $path })
cli-doctor-secret-key-chmod-fix = ejecute: chmod 600 '{ $path }'; si otros pudieron copiarla, cree una clave nueva y envíe el nuevo { $public } al equipo central
cli-doctor-key-unprotected = { $path } ID de clave { $id }{ $mode }, sin frase de contraseña: quien se lleve este portátil puede firmar lotes que el equipo central acepta
cli-doctor-key-unprotected-fix = protéjala: `leadbooth keys init --force --passphrase` (y entregue el nuevo device.pub al equipo central); el stand pide la frase de contraseña al exportar
cli-doctor-key-protected-id = { $path } ID de clave { $id } protegida con frase de contraseña{ $mode }
cli-doctor-key-protected = { $path } protegida con frase de contraseña{ $mode }
cli-doctor-not-secret-key = { $path } no es una clave secreta de minisign ({ $error })
cli-doctor-not-secret-key-fix = restáurela desde su copia de seguridad, o cree una clave nueva con `leadbooth keys init` y envíe la nueva clave pública al equipo central
cli-doctor-public-missing = falta { $path }
cli-doctor-public-missing-fix = restáurelo desde su copia de seguridad; el equipo central lo necesita para verificar los lotes de este portátil
cli-doctor-no-public = no hay { $path }
cli-doctor-not-public-key = { $path } no es una clave pública de minisign ({ $error })
cli-doctor-restore-fix = restáurelo desde su copia de seguridad
cli-doctor-key-mismatch = { $path } tiene el ID de clave { $id } pero la clave de firma es { $secret }: no forman pareja
cli-doctor-key-mismatch-fix = restaure la pareja correcta desde su copia de seguridad
cli-doctor-public-ok = { $path } ID de clave { $id }
cli-doctor-volume-why = el disco de un portátil robado se puede leer en cualquier otro ordenador: todos los contactos, la clave de firma y la lista de asistentes están en él
cli-doctor-volume-fix = mantenga la carpeta de datos en un volumen cifrado: cifrado de disco completo (LUKS) al instalar, o un contenedor LUKS montado para la carpeta de datos (README, «Preparing a booth laptop»)
cli-doctor-volume-encrypted = { $path } está en un volumen cifrado (dm-crypt { $name })
cli-doctor-volume-other = { $path } está en { $what }
cli-doctor-volume-plain = { $path } NO está en un volumen cifrado ({ $device } en { $mount }): { $why }
cli-doctor-volume-unknown = no se sabe si { $path } está en un volumen cifrado: { $reason }; { $why }
cli-doctor-encryption-none = los lotes se escriben en claro: el archivo del evento no nombra destinatarios en [encryption], así que una memoria USB perdida expone todos los contactos
cli-doctor-encryption-none-fix = pida su destinatario al equipo central (`leadbooth identity new` lo muestra) y añada `[encryption] recipients = ["age1…"]` al archivo del evento
cli-doctor-encryption-ok = los lotes se cifran para { $count ->
    [one] 1 destinatario
   *[other] { $count } destinatarios
}: { $list }
cli-doctor-event-fix = corrija el archivo del evento (`leadbooth init-event -` muestra un ejemplo comentado)
cli-doctor-not-checked-event = sin comprobar: el archivo del evento no se cargó
cli-doctor-see-event = vea la comprobación del evento de arriba
# The event file the summary names, when it is the built-in one
# ("… from built-in demo event").
cli-doctor-builtin-demo = el evento de demostración integrado
cli-doctor-event-summary = { $id } «{ $name }» desde { $source }: { $purposes ->
    [one] 1 finalidad de consentimiento
   *[other] { $purposes } finalidades de consentimiento
} ({ $required } { $required ->
    [one] obligatoria
   *[other] obligatorias
}), { $questions ->
    [one] 1 pregunta
   *[other] { $questions } preguntas
}
cli-doctor-event-demo-fix = para una feria real, escriba un archivo del evento con `leadbooth init-event`, edítelo e indique --config FILE
cli-doctor-event-demo-fix-save = para una feria real, escriba un archivo del evento con `leadbooth init-event`, edítelo e indique --config FILE o guárdelo como { $path }
cli-doctor-policy-summary = versión { $version }, actualizada { $date }, { $url }
cli-doctor-not-stated = sin indicar
cli-doctor-policy-sample = { $summary }: la política de EJEMPLO integrada (el documento de otra empresa, de 2012)
cli-doctor-policy-sample-fix = redacte la política propia de su organización, colóquela junto al archivo del evento y fije [policy] file = "privacy-policy.md"
cli-doctor-policy-example-url-fix = fije [policy] url en el archivo del evento en su página de privacidad real: el código QR lleva allí
cli-doctor-policy-no-date-fix = añada una línea «Last Updated <fecha>» al archivo de la política para que los asistentes vean su fecha
cli-doctor-notice-lacks = al aviso mostrado antes del consentimiento le falta { $fields }
cli-doctor-notice-lacks-fix = fíjelos en el archivo del evento (`leadbooth init-event` los pregunta); los asistentes deben saber quién es usted, cuánto tiempo guarda sus datos, sus derechos, cómo retirar el consentimiento y adónde van los datos
cli-doctor-notice-ok = responsable { $name } ({ $contact }), jurisdicción { $jurisdiction }
cli-doctor-translations-ok = textos del evento en { $languages } (por defecto { $default })
cli-doctor-translations-missing = archivo del evento { $file }: { $count ->
    [one] 1 traducción que falta
   *[other] { $count } traducciones que faltan
}: { $list }
cli-doctor-translations-missing-fix = añádalas en [translation.<idioma>] del archivo del evento (`leadbooth init-event -` muestra la forma); mientras tanto, los asistentes que eligieron ese idioma leen allí el idioma por defecto
cli-doctor-colours-no-color = colores desactivados (NO_COLOR está definido)
cli-doctor-colours-flag = colores desactivados (--no-color)
cli-doctor-colours-not-tty = colores desactivados aquí (no es un terminal); activados en el stand
cli-doctor-colours-on = colores activados (defina NO_COLOR o indique --no-color para monocromo)
cli-doctor-terminal-not-tty = la salida estándar no es un terminal, tamaño sin comprobar; { $colours }
cli-doctor-terminal-zero = indica 0x0
cli-doctor-terminal-unknown = no se puede leer el tamaño del terminal ({ $error }); { $colours }
cli-doctor-terminal-unknown-fix = asegúrese de que el terminal del stand mide al menos { $width }x{ $height }
cli-doctor-terminal-small = { $size }, menor que los { $least } del stand; { $colours }
cli-doctor-terminal-small-fix = agrande la ventana o use una fuente más pequeña
cli-doctor-terminal-ok = { $size }; { $colours }

## The event named in several commands

cli-event-builtin-demo = evento de demostración integrado

## leadbooth verify

cli-verify-failed = el lote { $batch } no superó la verificación: { $error }
cli-verify-give-key = indique --pubkey FILE o --trust DIR
cli-verify-sealed-needs-identity = { $batch } es un lote cifrado: indique --identity FILE (la identidad age de la oficina) para comprobar su contenido; sin ella, `{ $command }` comprueba que llegó intacto
# Starts with "OK" in every language: a person sees it at a glance, and a
# script that looked for it keeps working.
cli-verify-ok = OK { $batch }: { $leads ->
    [one] 1 contacto
   *[other] { $leads } contactos
}, { $erasures ->
    [one] 1 borrado
   *[other] { $erasures } borrados
}; evento { $event }, dispositivo { $device }, n.º { $seq }, firmado con la clave { $key }
cli-verify-decrypted = descifrado con la identidad indicada

## leadbooth keys

cli-keys-key-id = ID de clave
cli-keys-created = creada
cli-keys-protection = protección
cli-keys-public-key = clave pública
cli-keys-secret-key = clave secreta
cli-keys-unknown = desconocida
cli-keys-passphrase = frase de contraseña (la exportación lee LEADBOOTH_KEY_PASSPHRASE o la pide)
cli-keys-file-mode = permisos 0600, sin cifrar (exportación desatendida)
cli-keys-replaced = se sustituyó la clave del dispositivo { $old } por { $new }: la clave pública antigua ya no verificará los lotes nuevos; entregue el nuevo { $public } al equipo central
cli-keys-give = Entregue { $public } al equipo central: así comprueba sus lotes.
cli-keys-prompt-required = Frase de contraseña de la clave de firma del dispositivo:
cli-keys-prompt =
    Frase de contraseña de la clave de firma del dispositivo (la protege si roban el portátil; el stand la pide al exportar)
    o Enter para ninguna (exportación desatendida, protegida solo por los permisos del archivo):
cli-keys-prompt-again = La misma frase de contraseña otra vez:
cli-keys-differ = las dos frases de contraseña no coinciden; no se creó ninguna clave

## leadbooth attendees

cli-attendees-purged-already = { $file }: no se importó nada: la lista de asistentes se elimina desde el { $day } ({ $days } días después del último día del evento)
cli-attendees-cannot-read = no se puede leer { $file }
cli-attendees-nothing-imported = { $file }: no se importó nada
cli-attendees-refused = { $file }: no se importó nada: { $why }
cli-attendees-row-skipped = { $file }: { $error }: fila omitida
cli-attendees-imported = { $count ->
    [one] 1 asistente importado
   *[other] { $count } asistentes importados
} de { $file }: { $new ->
    [one] { $new } nuevo
   *[other] { $new } nuevos
}, { $updated ->
    [one] { $updated } actualizado
   *[other] { $updated } actualizados
}; { $skipped ->
    [one] 1 fila omitida
   *[other] { $skipped } filas omitidas
} (vea arriba); { $total } guardados
cli-attendees-removed = se eliminó la lista de asistentes: { $count ->
    [one] 1 asistente
   *[other] { $count } asistentes
}; los números de registro de las credenciales ya no se buscan

## leadbooth central (a person's rights at the office)

cli-central-no-db = --into { $path }: no existe esa base de datos central
cli-central-no-receipt = comprobante { $id }: ningún contacto con ese número de comprobante en { $db } (aún no importado, borrado o mal escrito)
# central receipt ID: one labelled line per value
cli-central-receipt-lead = contacto
cli-central-receipt-contact = persona
cli-central-receipt-event = evento
cli-central-receipt-captured = registrado
cli-central-receipt-captured-value = { $at } en el dispositivo { $device }
cli-central-receipt-batch = lote
cli-central-receipt-policy = política
cli-central-receipt-consents = consentimientos
cli-central-receipt-no-email = sin correo
cli-central-erased-at = { $email }: borrado en la central el { $at } (se guarda la lápida)
cli-central-no-contact = no hay ningún contacto guardado para { $email }
cli-central-contact = contacto { $id } ({ $count ->
    [one] 1 contacto de origen
   *[other] { $count } contactos de origen
}):
cli-central-erased = { $email } borrado en la central: { $count ->
    [one] 1 contacto de origen eliminado
   *[other] { $count } contactos de origen eliminados
}; la lápida { $hash } impide que lotes posteriores lo traigan de vuelta; el próximo archivo de supresión borra el contacto en el CRM
cli-central-removed-lead = contacto de origen { $id } eliminado
cli-central-withdrew = { $purpose } retirado para { $email } en la central: { $count ->
    [one] 1 contacto de origen lo había concedido
   *[other] { $count } contactos de origen lo habían concedido
}; sus contactos consentidos antes de ahora que traigan lotes posteriores también quedan retirados
cli-central-withdrew-unsubscribed = { $purpose } retirado para { $email } en la central: { $count ->
    [one] 1 contacto de origen lo había concedido
   *[other] { $count } contactos de origen lo habían concedido
}; el próximo archivo de supresión da de baja el contacto; sus contactos consentidos antes de ahora que traigan lotes posteriores también quedan retirados
cli-central-give-csv = indique --csv OUT: el archivo CRM que se escribe
cli-central-purged = se eliminaron { $count ->
    [one] 1 contacto registrado
   *[other] { $count } contactos registrados
} por última vez hace más de { $days } días, con sus contactos de origen; el próximo archivo de supresión los borra en el CRM

## leadbooth report

cli-report-none = ninguno
cli-report-no-event = --event { $id }: ningún lote de este evento en { $db } (eventos guardados: { $known })
cli-report-nothing = { $db }: aún no se ha importado ningún lote, así que no hay nada que informar (primero leadbooth import)
cli-report-making-folder = creando la carpeta del informe { $path }
cli-report-writing = escribiendo el informe { $path }
cli-report-wrote = se escribió { $path }: { $name } ({ $id }), { $leads ->
    [one] 1 contacto
   *[other] { $leads } contactos
} de { $laptops ->
    [one] 1 portátil
   *[other] { $laptops } portátiles
}

## leadbooth stats (labels line up: the values start after the longest label)

cli-stats-header = { $name } ({ $id }) en este portátil, { $day } (UTC{ $offset })
cli-stats-leads = contactos
cli-stats-leads-value = { $leads } ({ $day_leads } el { $day }, { $erased } borrados sin contar)
cli-stats-by-hour = por hora
cli-stats-none-yet = aún ninguno
cli-stats-by-staff = por persona
cli-stats-ratings = interés
cli-stats-ratings-value = caliente { $hot }, templado { $warm }, frío { $cold }, sin valorar { $unrated }
cli-stats-consent = consentimiento
cli-stats-consent-value = dado / registrado (no dado, retirado)
cli-stats-not-exported = sin exportar
cli-stats-not-exported-value = { $leads ->
    [one] 1 contacto
   *[other] { $leads } contactos
}, { $erasures ->
    [one] 1 borrado/retirada
   *[other] { $erasures } borrados/retiradas
}
cli-stats-last-batch = último lote
cli-stats-last-batch-value = { $folder } el { $at } ({ $leads ->
    [one] 1 contacto
   *[other] { $leads } contactos
})
cli-stats-no-batch = aún no se ha escrito ninguno

## leadbooth policy

cli-policy-version = versión (SHA-256)
cli-policy-last-updated = actualizada
cli-policy-url = url
cli-policy-source = origen
cli-policy-not-stated = sin indicar
cli-policy-url-in = url de la política en { $source }
cli-policy-qr-size = cuadrado de { $mm } mm a 300 ppp, { $modules } módulos con la zona de silencio
cli-policy-qr-wrote = se escribió { $path } (código QR a { $url }; { $size })

## leadbooth import: one line per batch, and what went wrong

cli-import-no-folder = --into { $path }: la carpeta { $folder } no existe
cli-import-recomputed = se recalcularon { $count ->
    [one] 1 contacto fusionado
   *[other] { $count } contactos fusionados
} por un leadbooth anterior: no marcar una casilla ya no cuenta en contra de un consentimiento
cli-import-verifying = verificando
cli-import-importing = importando contactos
cli-import-refused = lote { $batch } rechazado: { $why }
cli-import-skipped = omitido  { $batch }: ya importado el { $at }
cli-import-batch = importado { $batch } (dispositivo { $device }, n.º { $seq }): { $new ->
    [one] { $new } nuevo
   *[other] { $new } nuevos
}, { $merged ->
    [one] { $merged } fusionado
   *[other] { $merged } fusionados
}, { $updated ->
    [one] { $updated } actualizado
   *[other] { $updated } actualizados
}, { $ignored ->
    [one] { $ignored } ignorado
   *[other] { $ignored } ignorados
}; { $erasures ->
    [one] 1 borrado
   *[other] { $erasures } borrados
}, { $withdrawals ->
    [one] 1 retirada
   *[other] { $withdrawals } retiradas
}
cli-import-gap-recorded = hueco registrado: n.º { $from }..={ $to } del dispositivo { $device } aún sin importar (--allow-gaps)
cli-import-rebound = el dispositivo { $device } queda vinculado a la clave { $new } (antes a la clave { $old }; --rebind)
cli-import-gap-filled = se cubrió el hueco registrado en el n.º { $seq }
cli-import-ignored-erased = contacto { $id } ignorado: se borró y nunca se vuelve a importar
cli-import-ignored-person-erased = contacto { $id } ignorado: su persona se borró en la central el { $at } (lápida de la dirección de correo); no se importa
cli-import-ignored-stale = se ignoraron { $count ->
    [one] 1 versión antigua
   *[other] { $count } versiones antiguas
} de contactos ya importados en una versión más nueva
cli-import-contact-orphaned = el contacto { $id } ya no tiene contacto de origen (borrado, o su contacto pasó a otra dirección de correo): bórrelo también en el CRM (está en el próximo archivo de supresión)

## The CRM files (import --csv, central crm)

cli-crm-written = CSV para { $profile } escrito en { $path }: { $contacts ->
    [one] 1 contacto
   *[other] { $contacts } contactos
}
cli-crm-written-changed = CSV para { $profile } escrito en { $path }: { $contacts ->
    [one] 1 contacto cambiado
   *[other] { $contacts } contactos cambiados
} desde el archivo CRM anterior ({ $since })
cli-crm-written-first = CSV para { $profile } escrito en { $path }: { $contacts ->
    [one] 1 contacto
   *[other] { $contacts } contactos
} (no hay archivo CRM anterior: todos)
cli-crm-salesforce-placeholders = Salesforce exige Company y Last Name: { $companies ->
    [one] 1 contacto tiene
   *[other] { $companies } contactos tienen
} Company { $company } y { $last_names } Last Name { $last_name }; complételos en Salesforce
cli-crm-for-review = { $count ->
    [one] 1 contacto marcado
   *[other] { $count } contactos marcados
} para revisión (nombres distintos para un mismo correo): vea la columna Leadbooth Review
cli-crm-suppressions = archivo de supresión escrito en { $path }: { $deletions } para borrar, { $unsubscribes } para dar de baja desde el anterior

## Why a batch was refused or an attendee row skipped (the file, field and line named)

cli-reason-folder = no se puede leer la carpeta del lote { $path }: { $error }
cli-reason-missing = falta { $path }
cli-reason-extra = { $path } no pertenece a una carpeta de lote (solo pueden estar los archivos del lote)
cli-reason-not-a-file = { $path } no es un archivo normal
cli-reason-read = no se puede leer { $path }: { $error }
cli-reason-wrong-key = { $path } lo hizo la clave { $signed_by }, no la clave pública indicada { $expected }
cli-reason-bad-signature = { $path } no se verifica: SHA256SUMS fue alterado, o la firma pertenece a otro lote
cli-reason-bad-trusted-comment = { $path }: el comentario de confianza fue alterado (su firma no se verifica)
cli-reason-checksum = { $path } no coincide con su suma de comprobación en SHA256SUMS: fue alterado o dañado
cli-reason-checksum-crlf = { $path } no coincide con su suma de comprobación en SHA256SUMS: fue alterado o dañado (sus finales de línea se cambiaron a CR LF)
cli-reason-line = { $path } línea { $line }: { $detail }
cli-reason-key-id = { $path } nombra la clave { $manifest } pero el lote está firmado con la clave { $signature }
cli-reason-failed-verification = no superó la verificación: { $why }
cli-reason-untrusted-key = está firmado con la clave { $key }, que no es de confianza: ningún archivo *.pub de { $trust } tiene ese ID de clave (si este portátil es suyo, añada allí su keys/device.pub)
cli-reason-no-identity = { $path } es un lote cifrado: indique --identity FILE (la identidad age de la oficina) para importarlo
cli-reason-gap = HUECO en la cadena del dispositivo { $device }: llegó el lote n.º { $seq } pero { $count ->
    [one] el n.º { $from }..={ $to } no se ha
   *[other] los n.º { $from }..={ $to } no se han
} importado; importe primero el lote que falta, o indique --allow-gaps para importarlo ahora y registrar el hueco
cli-reason-gap-too-big = dispositivo { $device }: el lote n.º { $seq } dejaría { $count } lotes sin llegar (más de { $max }); se rechaza incluso con --allow-gaps — compruebe el dispositivo y el número del lote
cli-reason-changed = { $path } cambió después de verificarse (su SHA-256 ya no coincide con SHA256SUMS); no se importó nada de este lote — vuelva a copiar el lote e inténtelo de nuevo
cli-reason-changed-line = { $path } línea { $line } cambió después de verificarse: { $detail }; no se importó nada de este lote
cli-reason-manifest-rule = { $path }: { $detail }; no se importó nada de este lote
cli-reason-record = { $path } línea { $line }: { $detail }; no se importó nada de este lote
cli-reason-collision = { $path } línea { $line }: el contacto { $lead } ya pertenece al dispositivo { $owner }: un lote solo lleva los contactos de su propio portátil (dos portátiles con un mismo ID, o un portátil que habla por otro); no se importó nada de este lote
cli-reason-import-read = no se puede leer { $path }: { $error }; no se importó nada de este lote
cli-reason-missing-column = cabecera: falta la columna { $column } (se necesitan { $columns }; también se leen cabeceras como «Badge ID» o «First Name», en mayúsculas o minúsculas)
cli-reason-row = línea { $line }: { $field }: { $message }
cli-reason-row-at = línea { $line }: { $field }: { $message } (columna { $letter }, { $header })
cli-reason-line-only = línea { $line }: { $message }

## An event file that cannot be used (every command; doctor's event line)

cli-config-read = no se puede leer el archivo del evento { $path }: { $error }
cli-config-parse = archivo del evento { $path }: línea { $line }: { $message }
cli-config-invalid = archivo del evento { $path }: { $key }: { $message }
cli-config-policy = archivo de la política { $path } (del archivo del evento { $event }): { $error }
cli-config-recipients-read = no se puede leer el archivo de destinatarios { $path } (del archivo del evento { $event }, encryption.recipients_file): { $error }
cli-config-event-too-large = el archivo del evento { $path } tiene { $size } bytes o más, más de los { $max } bytes permitidos
cli-config-policy-too-large = el archivo de la política { $path } tiene { $size } bytes o más, más de los { $max } bytes permitidos
cli-config-policy-read = no se puede leer el archivo de la política { $path } (del archivo del evento { $event }): { $error }

## The device key (keys, export)

cli-key-missing = no hay clave de firma del dispositivo en { $path }: ejecute `leadbooth keys init`
cli-key-exists = ya existe una clave de firma del dispositivo: { $path } (ID de clave { $id }); no se cambió nada. `leadbooth keys init --force` la sustituye, y después el device.pub antiguo ya no verifica los lotes nuevos
cli-key-wrong-passphrase = frase de contraseña incorrecta para la clave del dispositivo { $path }
cli-key-need-passphrase = la clave del dispositivo { $path } está cifrada: defina { $env } o ejecútelo en un terminal para escribir su frase de contraseña
cli-key-empty-passphrase = una frase de contraseña vacía no protegería la clave; indique una frase de contraseña u omita --passphrase
cli-key-mismatch = { $public } (ID de clave { $id }) no es la clave pública de { $secret } (ID de clave { $secret_id }); ejecute `leadbooth keys init --force` para crear un par nuevo

# ===== rules and leftovers (branch i18nrules) =====
# Reglas que el formulario no puede incumplir (respuestas, pruebas del
# consentimiento, procedencia con `leads add`); la línea de comandos las da
# tras la línea y el campo. Los nombres de campo y los valores (granted, cli,
# captured_at) quedan como en la entrada.

## Answers

rule-not-a-question = no es una pregunta de este evento
rule-not-a-choice = { $value } no es una de las opciones
rule-chosen-twice = { $value } está elegido dos veces
rule-takes-list = admite una lista de opciones
rule-takes-one = admite un solo valor, no una lista

## Consent decisions

rule-consent-missing = falta: indique granted como true o false
rule-purpose-unknown = no es una finalidad de este evento
rule-appears-twice = aparece más de una vez
rule-wording-not-events = no es el texto que este evento muestra para la finalidad; omítalo (se registra el texto del evento)
rule-method-mismatch = es { $given }, pero esta captura es { $capture }; solo el stand registra cómo se obtuvo un consentimiento
rule-in-future = está en el futuro
rule-ticked-not-granted = está indicado, pero el consentimiento no está otorgado
rule-withdrawn-not-granted = está indicado, pero el consentimiento no se otorgó
rule-withdrawn-before-given = es anterior al consentimiento

## leads add: provenance

rule-source-not-cli = es { $value }: un contacto añadido desde la línea de comandos se registra como "cli" (solo el stand registra contactos staff, kiosk o badge); omítalo
rule-captured-by-other = nombra a otra persona que quien lo añade ({ $name }); omítalo, o ejecute con --staff NOMBRE
rule-device-not-this = no es este portátil ({ $device }); omítalo
rule-event-not-current = no es el evento actual ({ $event }); omítalo, o use el archivo de ese evento
rule-policy-not-shown = es una versión de la política de privacidad que este stand nunca mostró (no se conserva su texto); omítalo para registrar la vigente
rule-tick-before-capture = es anterior a la captura (captured_at)

## leads add: where, and what came of it

add-line = línea { $line }
add-standard-input = entrada estándar
add-cannot-read = no se puede leer { $file }
add-line-too-long = supera los { $max } bytes, la línea más larga que admite un lote (no se sigue leyendo)
add-not-utf8 = no es UTF-8 en el byte { $position }
add-nothing-saved = { $error }; no se guardó nada de { $file }
add-added = { $count ->
    [one] añadido { $count } contacto
   *[other] añadidos { $count } contactos
} desde { $file }

## leads erase, withdraw, find, show

leads-give-id = indique un identificador de contacto o --person
leads-none-granted = ningún contacto de esta persona tiene { $purpose } otorgado: no se retiró nada
leads-not-a-purpose = --purpose { $purpose } no es una finalidad de este evento ({ $known })
leads-found = { $count ->
    [0] ningún contacto de esta persona en este portátil
    [one] 1 contacto de esta persona en este portátil; `leadbooth leads erase --person ...` lo borra
   *[other] { $count } contactos de esta persona en este portátil; `leadbooth leads erase --person ...` los borra todos
}
leads-copy-removed = se quitó la copia del lote { $seq } ({ $folder }) guardada en la carpeta de datos: contenía a la persona; el lote firmado guardado en otro lugar y los hashes del registro no cambian
leads-no-person = ningún contacto de { $who } en este portátil (los contactos borrados no se buscan)
leads-id-short = identificador { $id }: indique el identificador completo o al menos sus 8 primeros caracteres
leads-id-none = ningún contacto cuyo identificador empiece por { $id }
leads-id-ambiguous = el identificador { $id } es ambiguo: { $count } contactos empiezan así; indique más caracteres

## kiosk set-pin

kiosk-pin-new = Nuevo PIN del equipo para el quiosco:{" "}
kiosk-pin-repeat = Repita el PIN:{" "}
kiosk-pin-unreadable-terminal = no se puede leer el PIN desde la terminal
kiosk-pin-unreadable-stdin = no se puede leer el PIN desde la entrada estándar
kiosk-pin-differ = los dos PIN no coinciden; no se cambió nada
kiosk-pin-set = PIN del equipo para el quiosco establecido (guardado como hash Argon2id con sal)

## Starting the booth's screen

tui-no-signals = no se pueden instalar los manejadores de señales
tui-no-terminal = no se puede preparar la terminal

## init-event --ask (the example's value follows each question)

init-q-organisation = Su organización (nombrada en el texto del consentimiento)
init-q-controller = Nombre legal del responsable del tratamiento
init-q-address = Su dirección postal, en una línea
init-q-contact = Contacto de privacidad (correo electrónico o URL https; las retiradas van allí)
init-q-jurisdiction = Jurisdicción bajo la que se obtienen los consentimientos (EU, GB, US-CA ...)
init-q-retention = Cuánto tiempo conserva los datos (una frase)
init-q-withdraw = Cómo retirar un consentimiento (una frase)
init-q-transfers = Transferencias internacionales (una frase)
init-q-url = La URL de su política de privacidad completa (el código QR)
init-reading = al leer la respuesta
init-control = la respuesta contiene un carácter de control
init-exists = { $file } ya existe; use --force para sobrescribirlo
init-cannot-create = no se puede crear { $file }
init-cannot-write = no se puede escribir { $file }
init-invalid = las respuestas no forman un archivo de evento válido: { $error }
## Show-day leftovers (show16b): a free-text question says it takes typing

text-answer-hint = escriba aquí su respuesta

# --- The kiosk's Esc question, in the attendee's language (branch i18nbooth2) ---
kiosk-confirm-title = ¿Empezar de nuevo?
kiosk-confirm-clear = ¿Vaciar el formulario? Todo lo que ha escrito se borrará y no se guardará.
kiosk-confirm-yes = sí, vaciar
kiosk-confirm-no = no, continuar

# --- leads show, in the staff language (branch i18nbooth2) ---
show-lead = Contacto
show-event = Evento
show-captured = Captado
show-captured-value = { $at } por { $by } ({ $source })
show-name = Nombre
show-email = Email
show-phone = Teléfono
show-company = Empresa
show-job-title = Cargo
show-country = País
show-rating = Valoración
show-badge-id = ID de credencial
show-answer = Respuesta
show-receipt = Justificante
show-policy = Política
show-policy-value = { $hash } (última actualización: { $date }) { $url }
show-unknown = desconocida
show-notice = Aviso
show-notice-value = política completa abierta: { $opened }, código QR mostrado: { $qr }
show-yes = sí
show-no = no
show-jurisdiction = , jurisdicción { $jurisdiction }
show-controller = Responsable
show-collected = Recogido
show-collected-value = { $method } mediante { $entry }; leadbooth { $version } como usuario del sistema { $user }
show-data-held = Datos guardados
show-consents = Consentimientos
show-consents-columns = (finalidad, base jurídica, decisión, marcado, guardado, caduca)
show-withdrawn = retirado { $at } por { $by } mediante { $channel }
show-language = Idioma
show-language-one = { $language }: la persona leyó y consintió en este idioma
show-language-mixed = elegido: { $language }; mostrado (el idioma predeterminado del evento donde falta el texto): { $list }
show-notes = Notas

# --- The record rules (lead::check_record), in the staff language (branch i18nbooth2) ---
record-time-future = { $time } está en el futuro (más de { $hours } horas después de { $now }); revise el reloj del portátil
record-decided-future = decidido el { $time }: fecha en el futuro (más de { $hours } horas después de { $now }); revise el reloj del portátil
record-withdrawn-future = retirado el { $time }: fecha en el futuro (más de { $hours } horas después de { $now }); revise el reloj del portátil
record-event-id = { $value } no es un id de evento (minúsculas, dígitos y '-')
record-policy-hash = no son 64 dígitos hexadecimales en minúsculas
record-question-id = no es un id de pregunta (minúsculas, dígitos y '_')
record-no-consents = no tiene registros de consentimiento: un contacto registra una decisión para cada finalidad de su evento
record-purpose-id = { $value } no es un id de finalidad (minúsculas, dígitos y '_')
record-no-wording = no tiene texto
record-wording-control = el texto contiene el carácter de control U+{ $code } en la posición { $position }
record-wording-too-long = el texto tiene { $found } caracteres, más de los { $max } permitidos
record-withdrawn-never-granted = está retirado pero nunca se otorgó
record-withdrawn-before = está retirado el { $time }, antes de otorgarse el { $decided }
record-data-category = { $value } no es una categoría de datos ({ $list })
record-too-long = el registro ocupa { $found } bytes, más de los { $max } permitidos (la línea más larga que admite un lote): acorte sus notas o respuestas

# --- leadbooth identity (the office's age identity), in the staff language (branch i18nbooth2) ---
identity-created = Se creó la identidad age { $path } (modo 0600). Guárdela en la oficina y haga una copia de seguridad: sin ella, los lotes cifrados para ella no se pueden leer.
identity-put-recipient = Ponga el destinatario de arriba en el archivo de evento de cada stand:
identity-exists = { $path } ya existe; no se cambió nada (una identidad nunca se sobrescribe: los lotes cifrados para ella ya no se podrían leer). Elija otro nombre de archivo
identity-line = { $path } línea { $line }: no es una identidad age X25519 ({ $detail }); un archivo de identidad contiene una línea AGE-SECRET-KEY-1… (las líneas que empiezan por # son comentarios)
identity-empty = { $path } no contiene ninguna línea AGE-SECRET-KEY-1…: no es un archivo de identidad age

## Booth screens: who reads it decides its language (branch nu9booth)

form-cleared = Formulario borrado, casillas incluidas: empieza vacío.
label-colon = { $field }:
staff-scan-others-cleared = ; los demás campos se vaciaron junto con los datos de la persona anterior.

## First run as a German booth team (nu9cli): init-event and doctor

init-q-rights = Los derechos de los asistentes (una frase)
cli-doctor-notice-sample = siguen siendo los valores de ejemplo: { $fields }; los consentimientos se registrarían para una empresa que no los recogió
cli-doctor-notice-sample-fix = indique su organización, el nombre legal del responsable del tratamiento y su propio contacto de privacidad en el archivo del evento (`leadbooth init-event --ask` los pregunta)
cli-store-booth-running = ya hay un puesto de leadbooth en marcha en la carpeta de datos { $path }{ $holder }; ciérrelo primero (los comandos de leadbooth siguen funcionando a la vez)
cli-store-data-dir = no se puede usar la carpeta de datos { $path }: { $error }
cli-stats-other-events = { $count ->
    [one] nota: esta carpeta de datos también contiene un lead de otro evento, no contado abajo
   *[other] nota: esta carpeta de datos también contiene { $count } leads de otros eventos, no contados abajo
  }: { $events }. Estas cifras son las del evento { $id }; para los otros, ejecute `leadbooth --config <su archivo de evento> stats`
cli-doctor-translations-language = { $language } ({ $code }): faltan { $keys }

## Purposes and languages at the kiosk and the staff side (branch i18nkiosk)

purpose-word-notice = aviso
language-switched-partly = Idioma: español, salvo lo que sigue en { $default ->
    [en] inglés
    [de] alemán
    [fr] francés
   *[other] español
  }: { $kept }.
language-ticks-cleared-partly = Idioma: español, salvo lo que sigue en { $default ->
    [en] inglés
    [de] alemán
    [fr] francés
   *[other] español
  }: { $kept }. El texto ha cambiado, marque de nuevo: { $purposes }.
init-q-languages = Idiomas que ofrece el quiosco (en, de, fr, es; separados por comas, inglés incluido)

## What verify (and import) says of a batch file's form rather than its records (branch i18nlast)

vf-too-large = { $path } ocupa { $size } bytes; { $what ->
    [sums] el archivo SHA256SUMS de un lote no puede pasar de { $limit } bytes
    [manifest] el manifiesto de un lote no puede pasar de { $limit } bytes
    [signature] la firma de un lote no puede pasar de { $limit } bytes
   *[policies] los textos de la política de privacidad de un lote no pueden pasar de { $limit } bytes
  }
vf-sums = { $path }: { $problem }
vf-signature-format = { $path } no es una firma de minisign: { $detail }
vf-legacy-signature = { $path } es una firma de minisign del tipo antiguo (sin prehash); leadbooth firma los lotes con prehash y rechaza las firmas del tipo antiguo
vf-manifest = { $path } no es un manifiesto válido: { $detail }
vf-format = { $path } tiene el formato { $found }; este leadbooth lee { $current } (y { $older })
vf-manifest-field = { $path }: { $field } { $detail }
vf-trusted-comment = { $path }: el comentario de confianza { $found } no coincide con manifest.json (se esperaba { $expected })
vf-form = { $path } { $detail }
vf-count = { $manifest } indica { $field } { $expected }, pero { $path } tiene { $found }
vf-count-leads = { $count ->
    [one] { $count } contacto
   *[other] { $count } contactos
  }
vf-count-records = { $count ->
    [one] { $count } registro
   *[other] { $count } registros
  }
vf-count-rows = { $count ->
    [one] { $count } fila de datos
   *[other] { $count } filas de datos
  }
vf-sums-empty = está vacío
vf-sums-crlf = la línea { $line } termina en CR LF (finales de línea de Windows); el archivo debe conservar los finales de línea \n con los que se firmó
vf-sums-no-final-newline = la última línea no termina en un salto de línea (¿datos sobrantes al final?)
vf-sums-malformed = la línea { $line } no tiene la forma `<64 dígitos hexadecimales en minúsculas>  <nombre de archivo>`
vf-sums-unknown-name = la línea { $line } nombra { $name }, que no es un archivo de un lote de leadbooth
vf-sums-duplicate = la línea { $line } vuelve a incluir { $name }
vf-sums-out-of-order = la línea { $line } incluye { $name } fuera de orden (se esperaba { $expected })
vf-sums-missing = no incluye { $name }
vf-line-empty = está vacía
vf-line-white-space = empieza con un espacio en blanco
vf-line-more = tiene algo más después de su registro (un segundo registro, espacios en blanco o CR)
vf-line-not-a-record = no es un registro
vf-line-too-long = supera los { $limit } bytes, la línea más larga que puede contener un lote
vf-line-policy-too-long = supera los { $limit } bytes, la línea más larga de textos de la política que puede contener un lote
vf-line-no-newline = no termina en un salto de línea (¿datos sobrantes al final?)
vf-line-not-json = no es JSON: { $error }
vf-line-parser = { $error } (columna { $column })
vf-not-exact-form = no tiene la forma en que escribe leadbooth: difiere en el byte { $byte } (espacios, orden de las claves, secuencias de escape, la forma de escribir una hora, o un campo añadido u omitido); la línea se modificó después de la exportación
vf-policy-not-named = la política { $sha256 } no es una versión de la política de manifest.json
vf-policy-twice = la política { $sha256 } aparece dos veces
vf-policy-missing = falta el texto de la versión de la política { $sha256 } (nombrada en manifest.json)
vf-sig-not-utf8 = no es texto UTF-8
vf-sig-crlf = tiene finales de línea CR LF (Windows); debe conservar sus finales de línea \n
vf-sig-lines = debe tener exactamente 4 líneas terminadas en un salto de línea, pero tiene { $lines }
vf-sig-lines-no-newline = debe tener exactamente 4 líneas terminadas en un salto de línea, pero tiene { $lines } y ningún salto de línea final
vf-sig-comment-signature = la firma del comentario de confianza (línea 4) tiene { $bytes } bytes, no { $want }
vf-manifest-no-format = no tiene "format"
vf-field-format-lists = es { $format }, pero SHA256SUMS incluye policies.jsonl
vf-field-format-not-lists = es { $format }, pero SHA256SUMS no incluye policies.jsonl
vf-field-future = { $at } está en el futuro (más de { $hours } horas después de la comprobación a las { $now }); revise el reloj del portátil
vf-field-schema = es { $schema }; un lote { $format } contiene contactos del esquema { $expected }
vf-field-questions-present = está presente, pero un manifiesto { $format } no lleva el texto de las preguntas (llegó con { $since })
vf-field-questions-missing = falta; un manifiesto { $format } lleva el texto de las preguntas del evento
vf-field-question-empty = la pregunta { $number } tiene un ID o un texto vacío
vf-field-question-twice = el ID de pregunta { $id } aparece dos veces
vf-field-wording-present = está presente, pero un manifiesto { $format } no lleva textos por idioma (llegaron con { $since })
vf-field-wording-missing = falta; un manifiesto { $format } lleva los textos del evento en cada idioma
vf-field-wording-empty = está vacío; no nombra ningún idioma
vf-field-language-twice = el idioma { $language } aparece dos veces
vf-field-language-others = { $language }: sus finalidades o preguntas no son las de { $first } (las mismas, en el mismo orden)
vf-field-text-line = { $language }: { $text } debe ser un texto de una sola línea de como máximo { $max } caracteres
vf-field-text-hash = { $language }: purposes.{ $purpose }.text_sha256 no es el SHA-256 de su texto: el texto se modificó después de escribirse
vf-field-seq-zero = es 0; los lotes se cuentan desde 1
vf-field-previous-null = es null, pero seq es { $seq }
vf-field-previous-set = tiene un valor, pero seq es 1
vf-field-previous-hex = no está formado por 64 dígitos hexadecimales en minúsculas
vf-field-captured-at = no encaja con lead_count { $count }
vf-sealed-missing-sidecar = falta { $path }: un lote cifrado son tres archivos ({ $name }, { $name }.sha256, { $name }.minisig) que viajan juntos
vf-sealed-not-sealed-signature = { $path } no es la firma de un lote cifrado de leadbooth (comentario de confianza { $found })
vf-sealed-signature-of-another = { $path } es la firma de { $names }, no de { $file }: se intercambió la firma (o se renombraron los archivos); copie los tres archivos propios de este lote, sin cambiar sus nombres
vf-sealed-truncated = { $path } está truncado: tiene { $have } bytes y la longitud firmada es { $want } (¿una copia interrumpida?); cópielo de nuevo desde la memoria USB del stand
vf-sealed-longer = { $path } tiene { $have } bytes, más que los { $want } firmados: se le añadió algo
vf-sealed-altered = { $path } fue alterado: tiene la longitud firmada pero no el SHA-256 firmado (un byte cambiado o invertido); nada de su contenido es fiable — cópielo de nuevo
vf-sealed-forged = { $path } no se verifica sobre { $file }: el archivo cifrado o el comentario de confianza de la firma se modificó después de que el stand firmara (una manipulación, no un error de copia); no lo importe y pida al stand sus tres archivos
vf-sealed-not-for-identity = { $path } no está cifrado para la identidad de { $identity } ({ $recipient }): se hizo para otros destinatarios; use la identidad cuya línea age1… está en el archivo del evento del stand
vf-sealed-damaged = { $path } no se puede descifrar: { $detail }
vf-sealed-contents = { $path } se descifra, pero no contiene una sola carpeta de lote: { $detail }
vf-sealed-mismatch = el lote dentro de { $path } no es el que nombra su firma: { $detail }
vf-sealed-temp = no se puede descifrar { $path } en una carpeta temporal privada: { $error } (TMPDIR elige dónde)
vf-sealed-sum-line = debe ser una sola línea terminada en un salto de línea
vf-sealed-sum-form = no es una línea de sha256sum (<sha256>  <archivo>)
vf-sealed-sum-names = nombra { $found }, no { $name }
vf-sealed-sum-mismatch = no coincide con la suma de comprobación firmada: fue alterado o pertenece a otra copia
vf-sealed-sum-not-utf8 = no es texto UTF-8
vf-sealed-not-age = no es un archivo de age, o se modificó su cabecera
vf-sealed-header-mac = se modificó su cabecera de age (el MAC de la cabecera no se verifica)
vf-sealed-cut-short = termina antes de su último bloque cifrado (truncado)
vf-sealed-chunk = un bloque cifrado no supera la autenticación (un byte cambiado, o cortado antes de tiempo)
vf-sealed-first-entry = su primera entrada es { $found }, no la carpeta { $folder }/
vf-sealed-entry-not-batch-file = { $name } no es uno de los archivos del lote
vf-sealed-entry-not-file = { $name } no es un archivo normal
vf-sealed-entry-twice = { $name } aparece dos veces
vf-sealed-archive-empty = el archivo comprimido está vacío
vf-sealed-bytes-after = hay bytes después del final del archivo comprimido
vf-sealed-mismatch-field = manifest.json indica { $field } { $inner }, la firma { $outer }
vf-field-unknown-language = idioma desconocido { $language } (el stand habla en, de, fr, es)
# --- La jornada de feria de un equipo nuevo (rama nu10) ---
init-notice-language = Las cuatro frases siguientes son el aviso en el idioma predeterminado del evento, el inglés ([event] language): escríbalas en inglés. El aviso en otro idioma va en [translation.<code>.notice]; quien elige un idioma sin él lee estas frases.
language-name-en = inglés
language-name-de = alemán
language-name-fr = francés
language-name-es = español
language-kept-notice = el aviso de arriba
list-semicolon = { $before }; { $after }

## Por qué no se pudo escribir un lote (leadbooth export; F5 en el stand)

cli-export-target-missing = el destino de exportación { $path } no existe (¿está montada la memoria USB?)
cli-export-target-not-dir = el destino de exportación { $path } no es una carpeta
cli-export-folder-exists = la carpeta de lote { $path } ya existe, pero la base de datos de este stand no la tiene registrada (una exportación se interrumpió justo después de escribirla, o la base de datos se restauró desde una copia de seguridad); mueva esa carpeta a otro sitio y exporte de nuevo: sus contactos se exportarán otra vez
cli-export-busy = hay otra exportación en curso en { $path }; espere a que termine
cli-export-policy-text-missing = hay contactos que citan la versión de política { $sha256 }, cuyo texto este stand no tiene; ejecute una vez cualquier orden de leadbooth (p. ej. `leadbooth leads list`) con el archivo del evento de esa política para que se registre su texto, y exporte de nuevo
cli-export-line-too-long = { $what } ocupa { $bytes } bytes como línea de { $file }, más que los { $max } que admite una línea (la oficina central rechazaría el lote); acorte sus notas o respuestas (F2 y luego e, en el stand)
cli-export-partial-left = { $cause }; no se pudo quitar la carpeta incompleta { $partial } ({ $cleanup }): bórrela

## An event file's rules, said in the staff language (branch i18ncfg): src/config/rule.rs
## ConfigRule and src/recipients.rs RecipientRule, said by src/cli/reasons.rs config().
## Quoted values ($value, $url, $code...) come quoted as the event file wrote them.

cli-config-key-line = { $key } (línea { $line })
cli-config-not-utf8 = no se puede leer el archivo del evento { $path }: no es texto UTF-8 (en el byte { $byte })
cli-config-policy-not-utf8 = el archivo de la política no es texto UTF-8 (el byte { $byte } no es válido)
cli-config-policy-empty = el archivo de la política está vacío
cli-config-rule-event-id = { $value } solo puede llevar minúsculas, dígitos y '-'
cli-config-rule-id = { $value } solo puede llevar minúsculas, dígitos y '_'
cli-config-rule-id-twice = { $value } se usa dos veces
cli-config-rule-non-empty-line = debe ser un texto no vacío en una sola línea
cli-config-rule-name-line = debe ser un nombre en una sola línea
cli-config-rule-short-line = debe ser una o dos palabras en una sola línea
cli-config-rule-text-line = debe ser texto en una sola línea
cli-config-rule-url-line = debe ser una URL en una sola línea
cli-config-rule-not-web-url = { $url } debe ser una dirección http:// o https:// (un teléfono la abre desde el código QR)
cli-config-rule-too-long = tiene { $found } { $unit ->
        [entries] entradas
        [bytes] bytes
       *[chars] caracteres
    }, más de los { $max } permitidos
cli-config-rule-longer-than = supera los { $max } caracteres
cli-config-rule-no-purpose = se necesita al menos una finalidad
cli-config-rule-required-consent = la finalidad { $purpose } es un consentimiento (legal_basis "consent") y un consentimiento nunca es condición para guardar: hágala opcional, o dele una legal_basis distinta de consent (p. ej., "legitimate_interest" para el acuse de lectura de un aviso)
cli-config-rule-text-no-choices = una pregunta de texto no lleva opciones
cli-config-rule-choices-needed = una pregunta de opción única o múltiple necesita opciones
cli-config-rule-language-tag = { $value } no es una etiqueta de idioma como "en" o "de-CH"
cli-config-rule-months = debe ser al menos 1 (omita la clave si el consentimiento no caduca)
cli-config-rule-not-a-date = { $value } no es una fecha con el formato 2026-11-30
cli-config-rule-not-shipped = { $value } no es un idioma que hable el stand (incluye { $shipped })
cli-config-rule-language-twice = { $code } aparece dos veces
cli-config-rule-no-language = no indica ningún idioma; omita la clave para ofrecerlos todos ({ $shipped })
cli-config-rule-default-left-out = debe incluir el idioma predeterminado del evento, { $code } (event.language): sus textos cubren cualquier hueco
cli-config-rule-default-left-out-written = debe incluir el idioma predeterminado del evento, { $code } (event.language = { $written }): sus textos cubren cualquier hueco
cli-config-rule-choice-count = tiene { $found ->
        [one] una opción
       *[other] { $found } opciones
    }; la pregunta tiene { $expected } (deben ser las mismas, en el mismo orden)
cli-config-recipient-in-event = archivo del evento { $path }: línea { $line }: { $key }: { $rule }
cli-config-recipient-in-file = archivo de destinatarios { $path } (del archivo del evento { $event }): línea { $line }: { $key }: { $rule }
cli-config-recipient-secret = es una identidad secreta de age, no un destinatario: quítela de este archivo ahora mismo, guárdela solo en la oficina y ponga aquí en su lugar su línea pública age1…
cli-config-recipient-not-one = { $value } no es un destinatario X25519 de age ({ $detail }); un destinatario es la línea age1… que mostró `leadbooth identity new`
cli-config-recipient-none = no contiene ningún destinatario: ponga aquí la línea o las líneas age1… de la identidad del equipo central
cli-config-recipient-twice-event = { $recipient } aparece dos veces (primero en el archivo del evento { $path }, línea { $line })
cli-config-recipient-twice-file = { $recipient } aparece dos veces (primero en el archivo de destinatarios { $path }, línea { $line })
cli-config-recipients-too-large = ocupa más de { $max } bytes; un archivo de destinatarios solo contiene unas pocas líneas age1…

## Event-file rules added by the languages adversary review (branch adv18):
## src/config/rule.rs TranslationCode … ChoiceWordedAlike.
cli-config-rule-translation-code = nombre el idioma por su código tal como lo escribe el stand, [translation.{ $code }]: una tabla por idioma
cli-config-rule-translation-of-default = es el idioma predeterminado del evento (event.language = { $written }): su texto es el del propio archivo, en [[purpose]], [[question]] y [notice]; una traducción a ese idioma no se mostraría nunca
cli-config-rule-shown-otherwise = contiene en la posición { $position } el carácter invisible o que cambia la dirección de escritura { $code }; la pantalla no lo mostraría tal como está escrito, y un consentimiento registra su texto tal como está escrito
cli-config-rule-purpose-alike = está redactado igual que { $other } ({ $language }): la persona no podría distinguir las dos casillas, y una marca pensada para una quedaría registrada para la otra
cli-config-rule-choice-alike = está redactado igual que { $other } ({ $language }): la respuesta se guarda por su lugar en la lista, y la persona no podría distinguir las dos
## A file or folder the operating system refused (branch i18nio; src/batch/action.rs):
## what leadbooth was doing, the file, then the operating system's own words

io-create = no se puede crear { $path }: { $error }
io-create-folder = no se puede crear la carpeta { $path }: { $error }
io-write = no se puede escribir { $path }: { $error }
io-read = no se puede leer { $path }: { $error }
io-read-staged = no se puede volver a leer el archivo intermedio { $path }: { $error }
io-encrypt = no se puede cifrar { $path }: { $error }
io-start-writing = no se puede empezar a escribir { $path }: { $error }
io-rename-into-place = no se puede colocar el lote terminado en su sitio como { $path }: { $error }
io-sync-folder = no se puede volcar al disco la carpeta { $path }: { $error }
io-open-export-target = no se puede abrir el destino de exportación { $path }: { $error }
io-remove-staging-folder = no se puede quitar la carpeta intermedia { $path }: { $error }
io-open-lock-file = no se puede abrir el archivo de bloqueo { $path }: { $error }
io-lock = no se puede bloquear { $path }: { $error }
io-set-mode = no se puede cambiar el modo de { $path }: { $error }
io-restrict = no se pueden restringir los permisos de { $path }: { $error }
io-key-audit = se creó la clave de firma { $key } del dispositivo, pero el registro de auditoría no pudo anotarlo: { $error }
io-key-signing = error al firmar: { $detail }
io-key-generating = error al generar el par de claves: { $detail }
io-export-passphrase-not-set = la clave de firma { $path } del dispositivo está cifrada y { $env } no está definida
io-export-plaintext-on-laptop = no se escribe un lote sin cifrar en { $target }, dentro de la carpeta de datos { $data }: con destinatarios configurados, todo lote que se guarda en este portátil va cifrado. Escriba el lote sin cifrar en un soporte extraíble con --out DIR, o quite --plaintext
io-pin-length = el PIN debe tener de { $min } a { $max } caracteres
io-pin-characters = el PIN debe constar de caracteres imprimibles, sin espacios al principio ni al final
io-pin-bad-hash = el hash guardado del PIN del quiosco está dañado: vuelva a establecer el PIN con `leadbooth kiosk set-pin`
io-qr-empty-url = la URL del código QR está vacía
io-qr-control = la URL del código QR contiene un carácter de control U+{ $code } en el carácter { $index }
io-qr-too-long = la URL es demasiado larga para un código QR: { $len } bytes, y un código QR con nivel de corrección de errores M admite como máximo { $max } (mantenga cortas las URL de la política para que los móviles las lean con facilidad)
io-qr-encode = no se puede codificar la URL como código QR: { $detail }
io-qr-module-size = el tamaño de módulo { $size } px del código QR está fuera del intervalo permitido (de 1 a { $max } px)
io-qr-write = no se puede escribir el archivo del código QR { $path }: { $error }
io-qr-write-png = no se puede escribir el PNG del código QR { $path }: { $error }
io-rights-not-a-person = { $value } no es ni una dirección de correo electrónico ni un número de teléfono
io-rights-remove = no se puede quitar la copia del lote { $path }: { $error }

## The booth database's refusals at the command line (branch i18nio; cli::reasons::store)

store-corrupt = la base de datos { $path } está dañada o no es una base de datos de leadbooth ({ $detail }); no se ha tocado — guarde una copia y ejecute `leadbooth doctor`
store-other-kind = su ID de aplicación es { $found }, no el { $expected } del tipo de base de datos que se espera aquí (las bases de datos de un puesto y de la oficina central no son intercambiables)
store-damaged = la base de datos { $path } no ha superado su comprobación de integridad ({ $problem }); no se ha escrito nada en ella. La lectura sigue funcionando (leads list, leads show) y `leadbooth export --out DIR` guarda como lote lo que se puede leer; `leadbooth doctor` explica cómo apartar el archivo dañado
store-read-only = la base de datos { $path } es de solo lectura ({ $error }): los comandos de lectura (leads list, leads show) funcionan, pero no se puede guardar nada; haga que la carpeta de datos admita escritura para registrar o cambiar contactos
store-too-new = la base de datos { $path } tiene la versión de esquema { $found }, más reciente de lo que conoce esta versión de leadbooth ({ $known }); no se ha tocado — use una versión más reciente de leadbooth
store-no-such-lead = no hay ningún contacto con el ID { $id }
store-erased = el contacto { $id } se borró a las { $at }; no queda nada que cambiar
store-not-recorded = contacto { $id }: el consentimiento { $purpose } no consta en este contacto
store-not-granted = contacto { $id }: el consentimiento { $purpose } no se otorgó
store-already-withdrawn = contacto { $id }: el consentimiento { $purpose } ya se retiró a las { $at }
store-duplicate-lead = el contacto { $id } ya existe
store-seq-taken = otra exportación registró entretanto el número de lote { $seq } (el último es { $latest })
store-bad-erasure = base de datos: el borrado guardado del contacto { $id } está dañado: { $detail }
store-bad-row = base de datos { $path }: contacto { $id }: el campo guardado { $field } está dañado: { $detail }

## The booth database's steps (branch i18nstore; StoreError::Sqlite in src/store.rs): what the
## store was doing when SQLite failed, SQLite's own words after it.
# $path: the database file; $doing: store-doing; $error: SQLite's words as it gives them.
store-sqlite = base de datos { $path }: error { $doing }: { $error }
# What the booth database was doing ($doing: the English phrase as a key, see StoreError::step_key;
# $phrase: the English phrase, shown for one this file does not know yet).
store-doing = { $doing ->
        [building-the-search-index] al crear el índice de búsqueda
        [checking-integrity] al comprobar la integridad
        [committing-save] al confirmar el guardado
        [counting-attendees] al contar los asistentes
        [counting-erased-leads] al contar los contactos borrados
        [counting-leads] al contar los contactos
        [counting-leads-on-file] al contar los contactos guardados
        [counting-leads-to-export] al contar los contactos por exportar
        [counting-other-events-leads] al contar los contactos de otros eventos
        [deleting-draft] al borrar el borrador
        [editing-lead] al editar el contacto
        [enabling-wal] al activar el modo WAL
        [enabling-foreign-keys] al activar las claves foráneas
        [enabling-secure-delete] al activar secure_delete
        [ending-the-export-snapshot] al cerrar la instantánea de exportación
        [erasing-lead] al borrar el contacto
        [finding-leads-past-retention] al buscar los contactos que superan el plazo de conservación
        [finding-the-batches-that-hold-a-lead] al buscar los lotes que contienen un contacto
        [importing-attendees] al importar los asistentes
        [looking-for-the-same-person] al buscar a la misma persona
        [looking-up-attendee] al buscar al asistente
        [migrating] al migrar
        [opening] al abrir
        [opening-read-only] al abrir en modo de solo lectura
        [purging-the-attendee-list] al eliminar la lista de asistentes
        [reading-application-id] al leer el ID de aplicación
        [reading-audit-log] al leer el registro de auditoría
        [reading-batches] al leer los lotes
        [reading-consent] al leer el consentimiento
        [reading-consent-history] al leer el historial de consentimientos
        [reading-consent-row] al leer una fila de consentimiento
        [reading-consents] al leer los consentimientos
        [reading-device-id] al leer el ID del dispositivo
        [reading-draft] al leer el borrador
        [reading-lead] al leer el contacto
        [reading-lead-row] al leer una fila de contacto
        [reading-leads] al leer los contactos
        [reading-policy-text] al leer el texto de la política de privacidad
        [reading-policy-texts] al leer los textos de la política de privacidad
        [reading-policy-versions] al leer las versiones de la política de privacidad
        [reading-schema] al leer el esquema
        [reading-schema-version] al leer la versión del esquema
        [reading-search-index-state] al leer el estado del índice de búsqueda
        [reading-setting] al leer un ajuste
        [reading-the-data-version] al leer la versión de los datos
        [reading-the-figures] al leer las cifras
        [reading-what-to-export] al leer lo que hay que exportar
        [recording-a-removed-batch-copy] al registrar una copia de lote eliminada
        [recording-policy-version] al registrar la versión de la política de privacidad
        [recording-the-batch] al registrar el lote
        [saving-draft] al guardar el borrador
        [saving-lead] al guardar el contacto
        [searching-leads] al buscar en los contactos
        [selecting-leads-to-export] al seleccionar los contactos por exportar
        [setting-application-id] al establecer el ID de aplicación
        [setting-busy-timeout] al fijar el tiempo de espera de los bloqueos
        [setting-synchronous-full] al establecer synchronous=FULL
        [starting-save] al iniciar el guardado
        [starting-the-export] al iniciar la exportación
        [updating-the-lead-captured-again] al actualizar el contacto captado de nuevo
        [withdrawing-consent] al retirar el consentimiento
        [writing-audit-log] al escribir en el registro de auditoría
        [writing-setting] al escribir un ajuste
        [writing-the-audit-log] al escribir en el registro de auditoría
       *[other] { $phrase }
    }

## What makes a database file unusable, found by leadbooth itself (src/store.rs Damage);
## SQLite's own words stay its own.
store-damage-one-byte = el archivo no es una base de datos
store-damage-log-empty-file = el archivo está vacío, pero su registro de escritura anticipada { $wal } contiene { $bytes } bytes que pueden ser leads
store-damage-log-no-file = el archivo no existe, pero su registro de escritura anticipada { $wal } contiene { $bytes } bytes que pueden ser leads
store-damage-no-schema-version = tiene tablas pero ninguna versión de esquema de leadbooth
store-damage-schema-version = versión de esquema { $found }, no la { $expected } de este programa: abierta solo para lectura, no se puede actualizar
