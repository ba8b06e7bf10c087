# Central office messages: es (Fluent). Each id is in exactly one file of i18n/es/.

## The import's refusals and the trust folder (src/import.rs, said by src/cli/reasons.rs)

central-fork = BIFURCACIÓN en la cadena del dispositivo { $device } en el n.º { $seq }: { $detail }. La historia de este dispositivo existe en dos versiones (una copia de seguridad restaurada, una carpeta de datos copiada o una manipulación); no se importó nada de este lote — averigüe qué portátil lo escribió antes de seguir
central-fork-same-batch-id = el lote con ID { $batch } ya se importó desde { $folder } con otro contenido
central-fork-same-seq = ya se importó desde { $folder } otro lote con este número
central-fork-previous = su previous ({ $previous }) no es el SHA-256 del SHA256SUMS del n.º { $below } importado desde { $folder } ({ $hash })
central-fork-next = el n.º { $next } importado desde { $folder } indica el previous { $previous }, pero el SHA256SUMS de este lote da { $hash }
central-device-key = el dispositivo { $device } está vinculado a la clave { $bound } ({ $bound_file }) (la clave de su primer lote importado); este lote está firmado con la clave { $signed } ({ $signed_file }). Todos los lotes de un portátil se firman con su propia clave, así que ningún portátil puede escribir en la historia de otro; si la clave de este portátil se sustituyó a propósito, vuelva a importar con --rebind { $device }
central-key-left-trust = ya no está en la carpeta de confianza
central-not-owner = { $path } línea { $line }: { $kind ->
        [erasure] borrado
       *[withdrawal] retirada
    } del contacto { $lead }, que pertenece al dispositivo { $owner }: un lote solo puede borrar o retirar los contactos de su propio portátil (el portátil que captó el contacto envía sus borrados y retiradas); no se importó nada de este lote
central-database = { $error }; no se importó nada de este lote
central-contended = { $error }; se intentó { $attempts } veces mientras otras importaciones escribían en la misma base de datos, y no se importó nada de este lote — vuelva a importarlo cuando terminen
central-rule-lead = contacto { $lead }: { $rule }
central-rule-in-future = { $field } { $at } está en el futuro (más de { $hours } horas después de la comprobación a las { $now }); revise el reloj del portátil
central-rule-other-device = el device_id { $device } no es el dispositivo { $batch_device } del lote
central-rule-not-a-purpose = la finalidad { $purpose } no es un ID de finalidad
central-rule-control = { $field } contiene el carácter de control U+{ $code } en la posición { $position }
central-trust-unreadable = no se puede leer la carpeta de confianza { $path }: { $error }
central-trust-two-files = la carpeta de confianza { $path } contiene dos claves públicas con el ID de clave { $key }: { $first } y { $second }; deje un solo archivo por clave de portátil (elimine la copia)
central-trust-no-keys = la carpeta de confianza { $path } no contiene ningún archivo de clave pública *.pub: ponga allí el keys/device.pub de cada portátil del stand (con otro nombre, p. ej. laptop-1.pub)
central-key-invalid = { $what ->
        [public] { $path } no es una clave pública de minisign: { $detail }
        [secret] { $path } no es una clave secreta de minisign: { $detail }
       *[file] { $path } no es un archivo de clave de minisign: { $detail }
    }
central-key-too-large = { $path } no es un archivo de clave de minisign: tiene { $size } bytes, y un archivo de clave tiene unos pocos cientos

## The central database's errors (src/central/mod.rs CentralError, said by src/cli/reasons.rs;
## the driver's own message, $error or $detail, stays as SQLite or PostgreSQL give it)

central-db-error = base de datos { $db }: error { $doing }: { $error }
central-db-url = --into: no es una URL de PostgreSQL utilizable ({ $detail }); se espera postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE
central-url-no-host = falta el host: indique postgres://user@host/database
central-url-no-database = falta el nombre de la base de datos: indique postgres://user@host/database

## --into and its password, a database without the schema (branch nu11pg)
central-url-scheme = empieza por «{ $begins }», no por postgres:// ni postgresql://
central-url-password-argv = --into contiene una contraseña, que otros usuarios de este equipo pueden ver (ps) y que el historial del shell conserva: ponga la URL en LEADBOOTH_CENTRAL, o quítele la contraseña y defina PGPASSWORD
central-url-two-ats = más de una @: escriba una @, /, : o # del usuario o de la contraseña como %40, %2F, %3A, %23, o indique la contraseña en PGPASSWORD
central-db-no-schema = base de datos { $db }: no contiene tablas de leadbooth (no se ha importado ningún lote en ella): compruebe el nombre de la base de datos; la primera importación las crea
central-csv-no-folder = no se puede escribir el archivo CSV { $path }: la carpeta { $folder } no existe; no se importó nada

central-db-too-new = base de datos { $db }: su esquema tiene la versión { $found }, más reciente de lo que conoce este leadbooth ({ $known }); actualice leadbooth — no se cambió nada
central-db-migration = base de datos { $db }: error al migrar el esquema: { $detail }
central-db-bad-row = base de datos { $db }: { $row }: el campo guardado { $field } está dañado: { $detail }
central-csv-write = no se puede escribir el archivo CSV { $path }: { $error }
central-person-not-an-email = { $value } no es una dirección de correo electrónico
central-person-unknown-purpose = --purpose { $purpose } no es una finalidad de consentimiento de ningún contacto importado (conocidas: { $known })
# What was being done when the database failed ($doing: the phrase as a key; $phrase: the
# English phrase, shown for one this file does not know yet).
central-doing = { $doing ->
        [committing-the-batch] al confirmar el lote
        [connecting] al conectar
        [counting-contacts] al contar los contactos
        [creating-a-contact] al crear un contacto
        [creating-contacts] al crear los contactos
        [erasing-a-person] al borrar a una persona
        [erasing-the-lead] al borrar el contacto
        [filling-the-gap] al rellenar el hueco
        [finding-contacts-merged-by-older-rules] al buscar contactos fusionados con reglas anteriores
        [looking-up-the-batch-id] al buscar el ID del lote
        [looking-up-the-batch] al buscar el lote
        [looking-up-the-contact] al buscar el contacto
        [looking-up-the-contacts] al buscar los contactos
        [looking-up-the-receipt] al buscar el justificante
        [making-the-staging-tables] al crear las tablas intermedias
        [migrating-the-schema] al migrar el esquema
        [preparing-a-statement] al preparar una sentencia
        [purging-contacts-past-retention] al eliminar los contactos que superan el plazo de conservación
        [queueing-a-suppression] al poner en cola una supresión
        [reading-crm-files] al leer los archivos de CRM
        [reading-a-policy-text] al leer un texto de política de privacidad
        [reading-consent-wording] al leer los textos de consentimiento
        [reading-contacts] al leer los contactos
        [reading-erased-people] al leer las personas borradas
        [reading-erasures] al leer los borrados
        [reading-purposes] al leer las finalidades
        [reading-recorded-gaps] al leer los huecos registrados
        [reading-suppressions] al leer las supresiones
        [reading-the-events] al leer las ferias
        [reading-the-lead] al leer el contacto
        [reading-the-schema-version] al leer la versión del esquema
        [reading-withdrawals] al leer las retiradas
        [recording-consent-wording] al registrar los textos de consentimiento
        [recording-purposes] al registrar las finalidades
        [recording-the-crm-file] al registrar el archivo de CRM
        [recording-the-batch] al registrar el lote
        [recording-the-device] al registrar el dispositivo
        [recording-the-erasure] al registrar el borrado
        [recording-the-gap] al registrar el hueco
        [recording-the-withdrawal] al registrar la retirada
        [removing-the-contact] al eliminar el contacto
        [saving-the-lead] al guardar el contacto
        [saving-the-leads] al guardar los contactos
        [setting-cache-size] al fijar el tamaño de la caché
        [storing-the-policy-text] al guardar el texto de la política de privacidad
        [updating-the-contact] al actualizar el contacto
        [updating-the-contacts] al actualizar los contactos
        [withdrawing-the-consent] al retirar el consentimiento
        [enabling-foreign-keys] al activar las claves foráneas
        [migrating] al migrar
        [opening] al abrir
        [reading-application-id] al leer el ID de aplicación
        [reading-device-id] al leer el ID del dispositivo
        [reading-schema-version] al leer la versión del esquema
        [reading-schema] al leer el esquema
        [setting-application-id] al establecer el ID de aplicación
        [setting-busy-timeout] al fijar el tiempo de espera de los bloqueos
        [enabling-wal] al activar el modo WAL
        [enabling-secure-delete] al activar secure_delete
        [opening-read-only] al abrir en modo de solo lectura
        [setting-synchronous-full] al establecer synchronous=FULL
       *[other] { $phrase }
    }

## The HTML show report (src/report/html.rs): headings, labels, chart titles, axis and legend

report-title = { $event } ({ $id }): informe de la feria
report-meta = Elaborado el { $at } a partir de { $source } por leadbooth { $version }. Los días y las horas están en { $zone }. Los contactos borrados no se cuentan.
report-leads = contactos
report-laptops = portátiles
report-staff = personal
report-may-be-contacted = se puede contactar ({ $purpose })
report-h-per-day = Contactos por día
report-chart-per-day = Contactos por día ({ $zone })
report-h-per-hour = Contactos por hora del día
report-chart-per-hour = Contactos por hora ({ $zone }, todos los días)
report-h-per-laptop = Contactos por portátil
report-h-per-staff = Contactos por miembro del personal
report-col-day = día
report-col-hour = hora
report-col-laptop-id = portátil (ID de dispositivo)
report-col-staff = miembro del personal
report-h-ratings = Distribución de valoraciones
report-chart-ratings = Valoraciones
report-col-rating = valoración
report-rating = { $rating ->
        [hot] caliente
        [warm] templado
        [cold] frío
       *[unrated] sin valorar
    }
report-h-consent = Consentimiento y rechazo por finalidad
report-chart-consent = Decisiones por finalidad
report-granted = otorgado
report-not-given = no otorgado
report-withdrawn = retirado
report-col-purpose = finalidad
report-col-recorded = registrados
report-col-consent-pct = consentimiento %
report-col-refusal-pct = rechazo %
report-col-withdrawal-pct = retirada %
report-h-removals = Retiradas y borrados a lo largo del tiempo
report-chart-removals = Borrados y retiradas por día ({ $zone })
report-erasures = borrados
report-withdrawals = retiradas
report-total = total
report-h-duplicates = Duplicados fusionados
report-col-contacts = personas
report-col-leads-merged = contactos fusionados
report-across-laptops = entre portátiles
report-same-laptop = en un mismo portátil
report-h-batches = Lotes recibidos por portátil
report-col-laptop = portátil
report-col-batches = lotes
report-col-seqs = números
report-col-last-written = último escrito
report-col-last-imported = último importado
report-col-missing = faltan (huecos)
report-col-late = llegados tarde
report-none = ninguno
report-h-policy = Privacidad: consentimientos por versión de la política
report-col-policy = versión de la política (SHA-256)
report-col-purpose-granted = { $purpose } otorgado
report-h-expiry = Privacidad: consentimientos a punto de caducar
report-expiry = Consentimientos vigentes cuya validez termina en { $days } días (o ya ha terminado):
report-col-lead = contacto
report-col-expires = caduca
report-h-retention = Privacidad: registros cerca de su fecha de conservación
report-no-retention = No se indicó ningún plazo de conservación: genere el informe con { $flag } para ver los registros que se acercan a él.
report-retention = Contactos conservados { $kept } días tras su captación cuya fecha de conservación cae dentro de { $days } días (o ya ha pasado):
report-col-captured = captado
report-col-retain-until = conservar hasta
report-h-crm = Privacidad: solicitudes pendientes para el CRM
report-crm = Eliminaciones y bajas pendientes para el próximo archivo de supresión ({ $command }), todas las ferias:
report-col-contact = persona
report-col-action = acción
report-col-reason = motivo
report-col-since = desde
report-action = { $action ->
        [delete] eliminar
        [unsubscribe] dar de baja
       *[other] { $code }
    }
report-reason = { $reason ->
        [erasure] borrado
        [central-erasure] borrado en la oficina central
        [withdrawal] retirada
        [retention] plazo de conservación vencido
        [no-source] ya no queda ningún contacto de origen
       *[other] { $code }
    }
report-nothing-to-chart = Todavía no hay nada que representar.
report-chart-failed = No se pudo dibujar el gráfico: { $error }
report-others = { $count } más

## Branch i18nrules: a lead's record rules in a batch (src/batch/rules.rs LeadBreak), a policy
## text that does not hold (src/policy.rs PolicyProblem), the central SQLite file's own faults
## (CentralError::Open) and a stored row's detail (src/central/mod.rs RowProblem); said by
## src/cli/reasons.rs. SQLite's and the parsers' own words ($detail, $error) stay as they are.

central-rule-lead-other-device = el device_id { $device } no es el dispositivo { $batch_device } del lote: un lote solo contiene los contactos de su propio portátil
central-rule-other-event = el event_id { $event } no es el evento { $batch_event } del lote
central-rule-schema-ahead = sus registros de consentimiento son del esquema de contacto { $schema } (indican el idioma solicitado), pero un lote en formato { $format } contiene contactos del esquema { $batch_schema }
central-policy-hash = el texto de la política { $sha256 } no corresponde a ese hash SHA-256
central-policy-too-long = { $field } tiene { $found } { $unit ->
        [bytes] bytes
        [entries] entradas
       *[chars] caracteres
    }, más de los { $max } permitidos
central-policy-not-a-date = last_updated { $value } no es una fecha (AAAA-MM-DD)
central-open-damaged = la base de datos { $db } está dañada o no es una base de datos de leadbooth ({ $detail }); no se ha modificado — guarde una copia e indique en --into un archivo de base de datos central (o un nombre de archivo nuevo para crear una)
central-open-booth = { $db } es la base de datos de un stand, no una central (las bases de datos de un stand y la central no son intercambiables): los contactos de un stand llegan a la oficina central como lotes — expórtelos en el portátil e importe el lote; el archivo no se ha modificado
central-open-other-kind = la base de datos { $db } no es una base de datos central de leadbooth (su application id es { $found }); no se ha modificado
central-open-io = no se puede crear ni abrir la base de datos { $db }: { $error }
central-row-unknown = { $what ->
        [method] método desconocido
        [action] acción desconocida
       *[rating] valoración desconocida
    } { $value }
central-row-no-wording = no hay texto de consentimiento n.º { $id }
central-row-count = { $rows ->
        [one] { $rows } fila
       *[other] { $rows } filas
    } para { $leads ->
        [one] { $leads } contacto
       *[other] { $leads } contactos
    }
central-row-batch-missing = falta su lote
central-row-vanished = no se encontró justo después de registrarlo
# `central receipt`: the language each consent's wording was shown in, and the one asked for
central-receipt-language = idioma
central-receipt-language-asked = idioma solicitado

## The row a damaged central row is named by (branch i18nlast)

central-row-name = { $kind ->
    [lead] contacto { $id }
    [contact] contacto del CRM { $id }
    [batch] lote { $id }
    [suppression] supresión { $id }
    [consent-wording] texto de consentimiento de { $id }
    [crm-file] archivo del CRM
    [erased-person] persona borrada
    [person-withdrawal] retirada de una persona
    [leads] contactos
    [erasure] borrado
    [withdrawal] retirada
   *[other] { $id }
  }

## adv18: what the import takes of a batch from an older booth (src/cli/import.rs)

central-import-no-language = { $count ->
    [one] 1 contacto procede
   *[other] { $count } contactos proceden
} de un stand que no registraba el idioma del texto de consentimiento: queda como no registrado (vacío en central show y en el archivo del CRM), nunca se deduce
central-import-no-language-asked = { $count ->
    [one] 1 contacto procede
   *[other] { $count } contactos proceden
} de un stand que no registraba el idioma que eligió el asistente: se conserva el idioma mostrado; el elegido queda como no registrado
