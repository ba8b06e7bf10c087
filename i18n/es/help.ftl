# Command-line help messages: es (Fluent). Each id is in exactly one file of i18n/es/.
#
# La ayuda de la línea de órdenes (`leadbooth --help`, `-h`, `help ORDEN`) y las
# descripciones del autocompletado del shell, en el idioma del personal
# (src/cli/help.rs). Los ids y su orden: véase i18n/en/help.ftl.

## clap's own words: headings, its flags, what it adds after an argument's help
help-clap-usage = Uso:
help-clap-commands = Órdenes:
help-clap-arguments = Argumentos:
help-clap-options = Opciones:
help-clap-help = Mostrar la ayuda
help-clap-help-more = Mostrar la ayuda (más detalle con '--help')
help-clap-help-summary = Mostrar la ayuda (un resumen con '-h')
help-clap-version = Mostrar la versión
help-clap-help-command = Mostrar este mensaje o la ayuda de las órdenes indicadas
help-clap-help-command-arg = La orden u órdenes cuya ayuda se muestra
help-clap-default = [por defecto: { $value }]
help-clap-env = [variable de entorno: { $variable }]
help-clap-possible-values = [valores posibles: { $values }]
help-clap-possible-values-heading = Valores posibles:

## leadbooth
help-leadbooth = Captación de contactos sin conexión en el stand de una feria, con consentimiento explícito por finalidad y lotes de exportación firmados y con sumas de verificación
help-leadbooth-arg-data-dir = Carpeta de datos con leadbooth.sqlite3, keys/ y exports/ [por defecto: la carpeta de datos de la plataforma]
help-leadbooth-arg-config = Archivo del evento (TOML) [por defecto: event.toml en la carpeta de configuración de la plataforma, si no, el evento de demostración integrado]
help-leadbooth-arg-staff = Quién capta: se guarda como «captado por» [por defecto: la elección al iniciar o el usuario del sistema]
help-leadbooth-arg-no-color = Sin colores (también cuando NO_COLOR está definida)
help-leadbooth-arg-theme = El aspecto del stand: color, o high-contrast para quienes leen mal una pantalla de poco contraste [por defecto: el tema [kiosk] del evento en modo quiosco, si no, color]
help-value-theme-color = La paleta de colores
help-value-theme-high-contrast = Texto claro sobre negro, en negrita; el foco, la opción bajo el cursor y la fila seleccionada en vídeo inverso y subrayados
help-leadbooth-arg-kiosk = Modo autoservicio para los asistentes: sin lista de contactos, el PIN del personal para salir

## leadbooth leads
help-leads = Listar, mostrar, añadir y borrar contactos

## leadbooth leads list
help-leads-list = Una línea por contacto, el más antiguo primero (--json: un objeto JSON por línea)
help-leads-list-arg-json = JSON Lines con el esquema de la exportación

## leadbooth leads show
help-leads-show = Un contacto completo
help-leads-show-arg-id = Id del contacto (el UUID completo o un comienzo único de al menos 8 caracteres)
help-leads-show-arg-json = El contacto como un objeto JSON

## leadbooth leads add
help-leads-add = Añadir contactos desde JSON Lines con el esquema de la exportación (FILE, o - para la entrada estándar); todos o ninguno
help-leads-add-arg-file = Archivo de entrada; `-` o nada lee la entrada estándar

## leadbooth leads erase
help-leads-erase = Derecho de supresión: eliminar los datos personales del contacto, guardar una lápida y enviar el borrado con el próximo lote
help-leads-erase-arg-id = Id del contacto (completo o un comienzo único de al menos 8 caracteres)
help-leads-erase-arg-person = Todos los contactos de la persona con esta dirección de correo o este número de teléfono

## leadbooth leads find
help-leads-find = Acceso: todos los contactos de una persona, buscados por dirección de correo o número de teléfono (sin distinguir mayúsculas ni acentos), completos
help-leads-find-arg-person = La dirección de correo o el número de teléfono de la persona
help-leads-find-arg-json = JSON Lines con el esquema de la exportación (la respuesta a una solicitud de acceso)

## leadbooth leads withdraw
help-leads-withdraw = Registrar que la persona retiró un consentimiento (queda en el historial y sale con el próximo lote)
help-leads-withdraw-arg-id = Id del contacto (completo o un comienzo único de al menos 8 caracteres)
help-leads-withdraw-arg-person = Todos los contactos de la persona con esta dirección de correo o este número de teléfono que concedieron la finalidad
help-leads-withdraw-arg-purpose = La finalidad retirada, p. ej. marketing_email

## leadbooth leads purge
help-leads-purge = Conservación: borrar los contactos exportados hace más de retention_days (ajuste del evento)
help-leads-purge-arg-dry-run = Solo decir qué se borraría

## leadbooth policy
help-policy = Mostrar la política de privacidad o escribir su código QR

## leadbooth policy show
help-policy-show = Mostrar el texto de la política, su versión (SHA-256), la fecha de su última actualización y su URL

## leadbooth policy qr
help-policy-qr = Escribir el código QR a la URL de la política para la señalización del stand
help-policy-qr-arg-svg = Escribir un archivo SVG (se adapta a cualquier tamaño de impresión)
help-policy-qr-arg-png = Escribir un archivo PNG, listo para imprimir a 300 ppp

## leadbooth attendees
help-attendees = Cargar la lista de asistentes preinscritos para buscarlos por el número de la acreditación

## leadbooth attendees import
help-attendees-import = Cargar una lista de inscripción (CSV con cabecera: badge_id, first_name, last_name, email, company, job_title, phone, country, escritos también «Badge ID», «First Name», «E-Mail»…, en mayúsculas o minúsculas); las filas con un campo erróneo se omiten y se indican con su línea y columna
help-attendees-import-arg-file = El archivo CSV (UTF-8, RFC 4180; separado por comas, puntos y coma o tabuladores)

## leadbooth attendees purge
help-attendees-purge = Eliminar ahora toda la lista de asistentes (también se elimina sola attendee_list_days después del last_day del evento)

## leadbooth kiosk
help-kiosk = Ajustes del quiosco: el PIN del personal

## leadbooth kiosk set-pin
help-kiosk-set-pin = Fijar el PIN del personal (se pide dos veces en un terminal; si no, una línea de la entrada estándar)

## leadbooth stats
help-stats = Las cifras de este portátil: contactos por hora hoy, por miembro del personal, valoraciones, consentimiento por finalidad y lo que no se ha exportado
help-stats-arg-json = Un objeto JSON (formato leadbooth-stats/1)
help-stats-arg-day = El día que se muestra por horas, AAAA-MM-DD [por defecto: hoy]

## leadbooth export
help-export = Escribir un lote firmado con los contactos nuevos desde el último lote
help-export-arg-out = Carpeta en la que crear la carpeta del lote [por defecto: el export_dir del evento, si no, exports/ en la carpeta de datos]
help-export-arg-all = Exportar de nuevo todos los contactos del evento como un lote nuevo, no solo lo nuevo o modificado
help-export-arg-plaintext = Escribir la carpeta del lote sin cifrar aunque el evento nombre destinatarios (solo a propósito; se rechaza dentro de la carpeta de datos: un lote guardado en este portátil siempre va cifrado)

## leadbooth verify
help-verify = Comprobar un lote: código de salida 0 solo si la firma, las sumas de verificación y el manifiesto son correctos
help-verify-arg-batch-dir = La carpeta del lote (<event>-<device>-<seq>) o el lote cifrado (<event>-<device>-<seq>.tar.age)
help-verify-arg-pubkey = La clave pública del dispositivo (su device.pub, formato minisign); una carpeta se lee como --trust
help-verify-arg-trust = La carpeta de confianza de la oficina (el *.pub de cada portátil, como para `import`): el lote se comprueba con la clave que nombra su firma, que debe ser una de ellas
help-verify-arg-identity = La identidad age de la oficina (creada con `leadbooth identity new`), para descifrar un lote cifrado; el contenido en claro va a una carpeta temporal privada que se elimina después

## leadbooth import
help-import = Central: comprobar los lotes de portátiles de confianza y fusionarlos en una sola base de datos
help-import-arg-batches = Carpetas de lotes o lotes cifrados (….tar.age), en cualquier orden (se importan por dispositivo y seq)
help-import-arg-identity = La identidad age de la oficina (creada con `leadbooth identity new`), para descifrar lotes cifrados; cada uno se descifra en una carpeta temporal privada que se elimina al importarlo
help-import-arg-trust = Carpeta de claves públicas de confianza (*.pub, formato minisign), una por portátil del stand
help-import-arg-into = El almacén central: un archivo SQLite (se crea si falta) o un servidor PostgreSQL, postgres://USER@HOST[:PORT]/DATABASE (sus tablas se crean si faltan; la contraseña en PGPASSWORD, o la URL en LEADBOOTH_CENTRAL, la mantiene fuera de la línea de órdenes)
help-import-arg-allow-gaps = Importar lotes aunque falten otros anteriores del mismo portátil; el hueco queda registrado y se comprueba con sus dos vecinos cuando llega el lote que faltaba
help-import-arg-rebind = Un portátil cuya clave de firma se sustituyó a propósito (`keys init --force`): su dispositivo queda ligado aquí a la clave de su próximo lote en lugar de rechazarse (repítalo para cada dispositivo)
help-import-arg-purge-older-than = Conservación central en cada importación: tras los lotes, eliminar los contactos cuya última captación tenga más de DAYS días (como `central purge --older-than DAYS`), antes de escribir el archivo del CRM
help-import-arg-csv = Escribir también los contactos fusionados como archivo de importación del CRM (de forma atómica), con un archivo de supresión de los contactos que hay que borrar o dar de baja desde el anterior
help-import-arg-profile = Nombres de las columnas del CSV
help-value-profile-hubspot = Importación de contactos de HubSpot
help-value-profile-salesforce = Asistente de importación de datos de Salesforce (candidatos)
help-import-arg-changed-only = Solo los contactos que cambiaron desde el archivo del CRM anterior (todos si no lo había)
help-import-arg-suppressions = El archivo de supresión [por defecto: el nombre de OUT con -suppressions.csv]

## leadbooth report
help-report = Central: el informe de la feria, un archivo HTML por evento (gráficos integrados, sin red), --json para las cifras
help-report-arg-into = El almacén central: un archivo SQLite o un servidor PostgreSQL, postgres://USER@HOST[:PORT]/DATABASE (la contraseña en PGPASSWORD, o la URL en LEADBOOTH_CENTRAL)
help-report-arg-event = Solo este evento (su id, p. ej. demo-2026) [por defecto: todos los eventos guardados]
help-report-arg-out = Carpeta en la que se escriben los archivos HTML [por defecto: la carpeta actual; con --json no se escribe ninguno salvo que se indique --out]
help-report-arg-json = Mostrar las cifras en JSON, un objeto por evento y por línea (formato leadbooth-report/1)
help-report-arg-within-days = Fecha de caducidad o de fin de conservación «próxima»: dentro de este número de días a partir de ahora
help-report-arg-retention-days = Listar los registros cuyo fin de conservación (captación + DAYS días) está próximo o ya pasó

## leadbooth central
help-central = Central: los derechos de una persona por su dirección de correo (mostrar, borrar, retirar), la conservación, los archivos del CRM y el contacto de un número de justificante

## leadbooth central receipt
help-central-receipt = Buscar el contacto (y su ficha) que indica el número de justificante de un asistente
help-central-receipt-arg-id = El número de justificante, tal como lo muestra el justificante del asistente (mayúsculas, espacios y guiones dan igual)
help-central-receipt-arg-into = El almacén central: un archivo SQLite o un servidor PostgreSQL, postgres://USER@HOST[:PORT]/DATABASE (la contraseña en PGPASSWORD, o la URL en LEADBOOTH_CENTRAL)
help-central-receipt-arg-json = Un objeto JSON por contacto encontrado

## leadbooth central show
help-central-show = Acceso: todo lo que la base de datos central guarda de una persona (--json para una solicitud de acceso)
help-central-show-arg-email = La dirección de correo de la persona (sin distinguir mayúsculas)
help-central-show-arg-into = El almacén central: un archivo SQLite o un servidor PostgreSQL, postgres://USER@HOST[:PORT]/DATABASE (la contraseña en PGPASSWORD, o la URL en LEADBOOTH_CENTRAL)
help-central-show-arg-json = Un objeto JSON

## leadbooth central erase
help-central-erase = Supresión: eliminar la ficha de una persona y todos los contactos de origen de todos los portátiles, y guardar una lápida (un hash de la dirección) para que lotes posteriores no los traigan de vuelta
help-central-erase-arg-email = La dirección de correo de la persona (sin distinguir mayúsculas)
help-central-erase-arg-into = El almacén central: un archivo SQLite o un servidor PostgreSQL, postgres://USER@HOST[:PORT]/DATABASE (la contraseña en PGPASSWORD, o la URL en LEADBOOTH_CENTRAL)

## leadbooth central withdraw
help-central-withdraw = Retirada: retirar una finalidad de una persona en los contactos de todos los portátiles, ahora y en los suyos que traigan lotes posteriores (consentidos antes de ahora); el próximo archivo de supresión la da de baja
help-central-withdraw-arg-email = La dirección de correo de la persona (sin distinguir mayúsculas)
help-central-withdraw-arg-purpose = La finalidad retirada, p. ej. marketing_email
help-central-withdraw-arg-into = El almacén central: un archivo SQLite o un servidor PostgreSQL, postgres://USER@HOST[:PORT]/DATABASE (la contraseña en PGPASSWORD, o la URL en LEADBOOTH_CENTRAL)

## leadbooth central crm
help-central-crm = Escribir el archivo del CRM y su archivo de supresión sin importar ningún lote (p. ej. después de `central erase`)
help-central-crm-arg-into = El almacén central: un archivo SQLite o un servidor PostgreSQL, postgres://USER@HOST[:PORT]/DATABASE (la contraseña en PGPASSWORD, o la URL en LEADBOOTH_CENTRAL)
help-central-crm-arg-csv = Escribir también los contactos fusionados como archivo de importación del CRM (de forma atómica), con un archivo de supresión de los contactos que hay que borrar o dar de baja desde el anterior
help-central-crm-arg-profile = Nombres de las columnas del CSV
help-central-crm-arg-changed-only = Solo los contactos que cambiaron desde el archivo del CRM anterior (todos si no lo había)
help-central-crm-arg-suppressions = El archivo de supresión [por defecto: el nombre de OUT con -suppressions.csv]

## leadbooth central purge
help-central-purge = Conservación central: eliminar los contactos cuya última captación tenga más de DAYS días
help-central-purge-arg-older-than = Conservar los contactos captados dentro de este número de días
help-central-purge-arg-into = El almacén central: un archivo SQLite o un servidor PostgreSQL, postgres://USER@HOST[:PORT]/DATABASE (la contraseña en PGPASSWORD, o la URL en LEADBOOTH_CENTRAL)

## leadbooth keys
help-keys = La clave de firma del dispositivo: init, show, pubkey

## leadbooth keys init
help-keys-init = Crear el par de claves de firma del dispositivo en keys/ (no sustituye una existente sin --force); en un terminal ofrece una frase de contraseña (se escribe dos veces; Enter para ninguna)
help-keys-init-arg-passphrase = Cifrar la clave secreta con una frase de contraseña (de LEADBOOTH_KEY_PASSPHRASE, si no, escrita dos veces); la exportación también la pedirá
help-keys-init-arg-no-passphrase = No ofrecer frase de contraseña: la clave solo la protegen los permisos de su archivo (exportación desatendida)
help-keys-init-arg-force = Sustituir una clave existente: el device.pub anterior ya no comprobará los lotes nuevos

## leadbooth keys show
help-keys-show = Id de la clave, fecha de creación, protección y dónde está la clave pública

## leadbooth keys pubkey
help-keys-pubkey = Mostrar el archivo de la clave pública (formato minisign) para entregarlo al equipo central

## leadbooth identity
help-identity = Central: la identidad age que descifra los lotes cifrados

## leadbooth identity new
help-identity-new = Crear una identidad X25519 nueva en FILE (permisos 0600; nunca sobrescribe) y mostrar su destinatario
help-identity-new-arg-file = Dónde guardar la identidad, p. ej. office.age.key (consérvela en la oficina, con copia de seguridad)

## leadbooth identity recipient
help-identity-recipient = Mostrar el destinatario o destinatarios (age1…) de un archivo de identidad existente
help-identity-recipient-arg-file = El archivo de identidad

## leadbooth doctor
help-doctor = Comprobar que este portátil está listo: carpeta de datos, base de datos, espacio libre, clave, evento, terminal
help-doctor-arg-json = Mostrar las comprobaciones como una matriz JSON (id, status, message, fix) para scripts
help-doctor-arg-strict = Salir con 1 también ante avisos, no solo ante fallos

## leadbooth init-event
help-init-event = Escribir un archivo de evento de ejemplo comentado para empezar la configuración de una feria
help-init-event-arg-file = Dónde escribirlo; `-` lo escribe en la salida estándar
help-init-event-arg-force = Sobrescribir FILE si existe
help-init-event-arg-ask = Preguntar por el responsable y el aviso aunque la entrada estándar no sea un terminal (una respuesta por línea); sin esta opción solo se pregunta en un terminal
help-init-event-arg-no-input = No preguntar: escribir los valores de ejemplo, para editarlos a mano

## leadbooth completions
help-completions = Mostrar un script de autocompletado para el shell (bash, zsh, fish, elvish, powershell)
help-completions-arg-shell = El shell para el que se escribe el script de autocompletado

## leadbooth manpage
help-manpage = Mostrar la página de manual (roff, en inglés)
