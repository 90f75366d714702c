## Grupo Motor — catálogo en español (Chile). Compartido por la interfaz, la CLI y el PDF.
## Las mismas claves existen en en.ftl (una prueba lo verifica).

## Errores que envía el núcleo
error-required = Este campo es obligatorio.
error-too-long = Es demasiado largo: como máximo { $max } caracteres.
error-control-characters = Contiene caracteres no permitidos.
error-name-letters = El nombre debe tener al menos una letra.
error-rut-format = El RUT no es válido. Escríbalo como 12.345.678-5.
error-rut-check-digit = El dígito verificador del RUT no corresponde. Revise el número.
error-date-format = La fecha no es válida. Escríbala como 24-11-2026.
error-date-out-of-range = La fecha debe estar entre los años 2000 y 2100.
error-time-format = La hora no es válida. Escríbala como 18:30.
error-unknown-reference = Elija una opción de la lista.
error-already-registered = Esta persona ya está registrada en este foro.
error-duplicate-rut = Ya existe una persona con el RUT { $rut }. Búsquela en el registro.
error-not-found = No se encontró el registro. Puede que otra persona lo haya quitado.
error-storage = No se pudo guardar en la base de datos. Lo escrito no se perdió: intente de nuevo.
error-too-new = Esta base de datos es de una versión más nueva de Grupo Motor. Actualice la aplicación.
error-progress-range = El avance debe estar entre 0 y 100.
error-progress-not-started = Un hito «No iniciado» tiene 0 % de avance.
error-progress-no-evidence = Un hito «Sin evidencia disponible» tiene 0 % de avance hasta que haya respaldo.
error-progress-limited = Con nivel «Limitado», el avance va de 1 % a 49 %.
error-progress-substantial = Con nivel «Sustancial», el avance va de 50 % a 99 %.
error-progress-complete = Un hito «Completo» tiene 100 % de avance.
error-end-before-start = El término no puede ser anterior al inicio.
error-unexpected = Ocurrió un error inesperado. Intente de nuevo.
error-demo-not-empty = La base de datos ya tiene registros: los datos de demostración solo se cargan en una base vacía.
error-phone-format = El teléfono no es válido. Escríbalo como +56 9 1234 5678.
error-email-format = El correo electrónico no es válido. Escríbalo como nombre@dominio.cl.
error-consent-required = Para guardar un teléfono o correo, primero registre el consentimiento de la persona.
error-merge-same-person = No se puede fusionar una persona consigo misma.
error-before-received = La fecha no puede ser anterior a la fecha en que se recibió.
error-status-step = Ese paso no sigue del estado actual de la opinión.
error-before-last-step = La fecha no puede ser anterior al paso anterior del seguimiento.
error-evidence-file = No se pudo leer el archivo elegido.
error-evidence-kind = Ese tipo de archivo no se acepta como respaldo. Use PDF, imágenes, documentos o planillas.
error-evidence-too-large = El archivo pesa más de 50 MB.
error-evidence-changed = El archivo de respaldo fue modificado fuera de Grupo Motor y no se abrirá.
error-damaged = La base de datos está dañada y no se puede abrir. Grupo Motor no la modificó ni la borró: puede volver a una copia de seguridad o empezar una base nueva.
error-already-open = Grupo Motor ya está abierto con esta base de datos. Siga en la ventana abierta, o ciérrela e intente de nuevo.
error-not-a-backup = El archivo elegido no es una copia de seguridad de Grupo Motor, o está dañado.

## Archivos que se guardan (PDF, planillas, calendario, sincronización, copias)
error-output-database = No se puede guardar en «{ $path }»: ese archivo es la base de datos de Grupo Motor (o uno de sus archivos de trabajo). Elija otro nombre. La base de datos no se modificó.
error-output-backup = No se puede guardar en «{ $path }»: está en la carpeta de copias de seguridad de Grupo Motor, que no se sobrescriben. Elija otra carpeta.
error-output-evidence = No se puede guardar en «{ $path }»: está en la carpeta de archivos de respaldo de los compromisos. Elija otra carpeta.
error-output-folder = No se puede guardar en «{ $path }»: es una carpeta. Agregue al final el nombre del archivo que quiere guardar.
error-output-device = No se puede guardar en «{ $path }»: es un dispositivo del sistema, no un archivo. Elija un archivo dentro de una carpeta.
error-output-pipe = No se puede guardar en «{ $path }»: es una tubería del sistema (FIFO), no un archivo. Elija un archivo dentro de una carpeta.
error-output-socket = No se puede guardar en «{ $path }»: es un socket del sistema, no un archivo. Elija un archivo dentro de una carpeta.
error-output-no-folder = No se puede guardar en «{ $path }»: la carpeta no existe. Elija una carpeta que exista, o créela primero.
error-output-full = No se pudo guardar «{ $path }»: el disco o la memoria USB está lleno. Libere espacio e intente de nuevo. Si el archivo ya existía, quedó como estaba.
error-output-read-only = No se pudo guardar «{ $path }»: ese disco o memoria USB es de solo lectura. Elija otra ubicación. Si el archivo ya existía, quedó como estaba.
error-output-permission = No se pudo guardar «{ $path }»: no hay permiso para escribir ahí, o el archivo está protegido contra escritura. Elija otra carpeta u otro nombre. Si el archivo ya existía, quedó como estaba.
error-output-write = No se pudo guardar «{ $path }» (¿se retiró la memoria USB?). Intente de nuevo. Si el archivo ya existía, quedó como estaba.

## Copias de seguridad y base de datos dañada
damaged-title = La base de datos está dañada
damaged-with-backup = Puede volver a la copia de seguridad más reciente, del { $date }: lo registrado después no estará. O puede empezar una base de datos nueva, vacía. En ambos casos el archivo dañado se guarda aparte con otro nombre; no se borra.
damaged-without-backup = No hay copias de seguridad. Puede empezar una base de datos nueva, vacía; el archivo dañado se guarda aparte con otro nombre, no se borra.
damaged-restore = Volver a la copia del { $date }
damaged-new = Empezar una base nueva
damaged-quit = Salir
backup-saved = Copia de seguridad guardada: { $path }
backup-restored = Copia restaurada. El estado anterior quedó guardado en { $path }
backup-restored-fresh = Copia restaurada.
backups-none = Todavía no hay copias de seguridad.

## Vocabularios (también los usa la interfaz)
forum-kind-co_creation_forum = Foro de co-creación
forum-kind-multi_stakeholder_forum = Foro multiactor
forum-kind-interim_session = Sesión intermedia
forum-kind-quarterly_meeting = Reunión trimestral
forum-kind-childrens_roundtable = Mesa de niñas, niños y adolescentes
forum-kind-consultation = Consulta

## El paquete de la reunión trimestral (PDF) y las hojas de asistencia
error-period-format = El periodo no es válido. Escríbalo como 2026-Q4, o indique --from y --to.
error-pack-font = No se pudo leer la fuente tipográfica incluida en Grupo Motor. Reinstale la aplicación.
error-pack-write = No se pudo guardar el PDF. Revise que la carpeta exista y se pueda escribir en ella.
pack-default-title = Reunión trimestral de rendición de cuentas
pack-agenda-default-1 = Bienvenida y acuerdos de la reunión anterior
pack-agenda-default-2 = Avance de los compromisos
pack-agenda-default-3 = Lo que dijeron los vecinos y las respuestas entregadas
pack-agenda-default-4 = Acuerdos y próximos pasos
pack-brand = Grupo Motor · Gobierno Abierto Maipú
pack-page = Página { $page } de { $total }
pack-period-range = del { $from } al { $to }
pack-place-unknown = Por confirmar
pack-cover-date = Fecha
pack-cover-place = Lugar
pack-cover-period = Periodo informado
pack-cover-agenda = Tabla
pack-cover-contents = Contenido
pack-cover-contacts-note = Este documento incluye teléfonos y correos de vecinos: entréguelo solo a quien deba contactarlos.
pack-glance-title = 1. El periodo de un vistazo
pack-figure-forums = Foros realizados
pack-figure-people = Personas alcanzadas (sin repetir)
pack-figure-first-time = Participan por primera vez
pack-figure-neighbourhoods = Barrios alcanzados
pack-figure-neighbourhoods-value = { $reached } de { $total }
pack-figure-children-adolescents = Niñas, niños y adolescentes
pack-figure-children = Niñas y niños
pack-figure-adolescents = Adolescentes
pack-figure-women-men = Mujeres / hombres (donde se registró)
pack-figure-women = Mujeres (donde se registró)
pack-figure-men = Hombres (donde se registró)
pack-figure-attendances = Asistencias registradas
pack-figure-feedback = Opiniones recibidas
pack-figure-open = Opiniones esperando respuesta
pack-glance-chart = Personas alcanzadas en el periodo
pack-glance-note = Quien asistió a varios foros se cuenta una sola vez. Participa por primera vez quien nunca antes había firmado en un foro.
pack-commitments-title = 2. Compromisos
pack-commitment-heading = Compromiso { $number }: { $title }
pack-commitment-lead = Dirección responsable: { $directorate }
pack-col-milestone = Hito
pack-col-planned-end = Término previsto
pack-col-completion = Nivel de cumplimiento
pack-col-progress = Avance
pack-late-mark = atrasado
pack-no-milestones = Aún no hay hitos registrados.
pack-completion-no_evidence = Sin evidencia disponible
pack-completion-not_started = No iniciado
pack-completion-limited = Limitado
pack-completion-substantial = Sustancial
pack-completion-complete = Completo
pack-notes-title = Notas y respaldos del periodo
pack-col-date = Fecha
pack-col-note = Nota
pack-col-file = Archivo de respaldo
pack-note-moved = Pasa a: { $level }
pack-no-notes = No se registraron notas en el periodo.
pack-no-evidence = No se agregaron archivos de respaldo en el periodo.
pack-late-title = Hitos atrasados y por qué
pack-col-why = Por qué (última nota)
pack-no-late = Ningún hito está atrasado.
pack-no-note = Sin notas registradas.
pack-said-title = 3. Lo que dijeron los vecinos
pack-said-summary = En el periodo se recibieron { $count } opiniones.
pack-said-by-commitment = Opiniones por compromiso
pack-said-by-neighbourhood = Opiniones por barrio
pack-said-without-commitment = Sin compromiso asignado
pack-said-without-neighbourhood = Sin barrio registrado
pack-open-title = Opiniones que esperan respuesta
pack-open-intro = Todas las opiniones abiertas o derivadas al { $date }, con los días que llevan esperando.
pack-col-received = Recibida
pack-col-days = Días
pack-col-neighbourhood = Barrio
pack-col-commitment = Compromiso
pack-col-said = Qué dijeron
pack-col-status = Estado
pack-status-open = Abierta
pack-status-forwarded = Derivada a { $directorate }
pack-open-none = No hay opiniones esperando respuesta.
pack-answers-title = Ustedes dijeron, hicimos
pack-answers-intro = Respuestas entregadas desde el { $date }.
pack-col-you-said = Ustedes dijeron
pack-col-we-did = Hicimos
pack-answers-none = No se entregaron respuestas en este lapso.
pack-forums-title = 4. Foros del periodo
pack-col-forum = Foro
pack-col-kind = Tipo
pack-col-place = Lugar
pack-col-attendance = Asistencia
pack-forums-total = Total
pack-forums-none = No hubo foros en el periodo.
pack-forums-chart = Asistencia por barrio
pack-forums-chart-note = Asistencias registradas según el barrio de cada persona. Se listan todos los barrios, para que se vea dónde no llegamos.
pack-annex-title = 5. Anexo: listas de asistencia
pack-annex-forum = { $date } · { $title } ({ $count } asistentes)
pack-col-name = Nombre
pack-col-organization = Organización
pack-col-phone = Teléfono
pack-col-email = Correo
pack-annex-empty = Nadie registró asistencia.
pack-annex-erased = Asistieron además { $count } personas cuyos datos fueron eliminados a su pedido.
pack-sheet-title = Hoja de asistencia
pack-sheet-note = Sus datos se usan solo para registrar la participación en el plan de Gobierno Abierto de Maipú. El RUT es voluntario.
pack-col-rut = RUT (opcional)
pack-col-signature = Firma
pack-continued = { $title } (continuación)

## La aplicación
app-title = Grupo Motor
app-subtitle = Gobierno Abierto · Maipú
nav-label = Secciones
nav-forums = Foros
nav-people = Personas
nav-feedback = Opiniones
nav-commitments = Compromisos
nav-dashboard = Panel
language-label = Idioma
language-es-CL = Español
language-en = English
loading = Cargando…
status-saving = Guardando…
status-saved = Guardado
action-save = Guardar
action-cancel = Cancelar
no-neighbourhood = Sin barrio
attendee-count = { $count ->
    [one] 1 asistente
   *[other] { $count } asistentes
}

## Foros
forums-title = Foros y sesiones
forums-new = Nuevo foro
forums-empty = Aún no hay foros. Cree el primero con «Nuevo foro».
forum-form-new = Nuevo foro
forum-form-edit = Editar foro
forum-edit = Editar foro
field-kind = Tipo de encuentro
field-title = Título
field-date = Fecha
field-time = Hora
hint-date = dd-mm-aaaa
hint-time = hh:mm
field-place = Lugar
field-neighbourhood = Barrio
field-commitments = Compromisos que aborda
field-invitation = Cómo se convocó
field-agenda = Programa
field-minutes = Acta
invitation-random_invitation = Invitación aleatoria
invitation-open_call = Convocatoria abierta
invitation-invited_leaders = Dirigentes invitados

## Mesa de registro
desk-search-label = Buscar por nombre o RUT
desk-search-hint = Escriba parte del nombre o del RUT. Flechas para elegir, Enter para registrar, Ctrl+Enter para una persona nueva, Esc para borrar.
desk-results = Personas que coinciden
desk-no-match = Nadie coincide con «{ $query }». Presione Enter para registrarla como persona nueva.
desk-new-person = Persona nueva
desk-forums-attended = { $count ->
    [one] 1 foro
   *[other] { $count } foros
}
desk-attendees = Asistentes
desk-by-neighbourhood = Asistencia por barrio
desk-remove = Quitar
desk-remove-label = Quitar a { $name } de la lista
desk-remove-confirm = ¿Quitar a { $name }?
desk-remove-yes = Sí, quitar
desk-remove-no = No
person-form-title = Persona nueva
person-form-hint = Tab pasa al campo siguiente, Enter guarda y registra, Esc vuelve a la búsqueda.
desk-nobody-yet = Aún no se registra nadie en este foro.
field-full-name = Nombre completo
field-organization = Organización
field-age-band = Tramo de edad
field-rut = RUT (opcional)
field-gender = Género (opcional)
field-role = Rol
age-band-child = Niña o niño (menor de 14)
age-band-adolescent = Adolescente (14 a 17)
age-band-adult = Adulto (18 a 59)
age-band-senior = Persona mayor (60 o más)
gender-female = Mujer
gender-male = Hombre
gender-other = Otro
gender-unknown = Sin registrar
role-neighbour = Vecina o vecino
role-leader = Dirigente
role-official = Funcionario municipal
role-monitor = Monitor independiente
role-observer = Observador

## Personas
people-title = Personas
people-search = Buscar por nombre o RUT
people-driving-group-only = Solo integrantes del Grupo Motor
filter-all = Todos
people-forums = Foros
people-last-seen = Última vez
people-member = Grupo Motor
people-none = Nadie coincide con la búsqueda.
people-more = Mostrar más
people-purge-title = Borrar contactos antiguos
people-purge-help = Borra el teléfono y el correo (y el consentimiento) de quienes no han asistido a ningún foro en los últimos meses indicados. Sus asistencias se conservan.
people-purge-months = Meses sin asistir
people-purge-action = Borrar contactos
people-purged = { $count ->
    [one] Se borró el contacto de 1 persona.
   *[other] Se borraron los contactos de { $count } personas.
}
person-back = Volver a personas
person-record = Ficha
person-driving-group = Integrante del Grupo Motor
consent-title = Contacto y consentimiento
consent-help = El teléfono y el correo solo se guardan si la persona da su consentimiento, con su fecha y finalidad.
consent-given = Consentimiento del { $date }: { $purpose }
consent-withdraw = Retirar consentimiento y borrar contacto
consent-record = Registrar consentimiento y contacto
field-phone = Teléfono
field-email = Correo electrónico
field-purpose = Finalidad del consentimiento
field-consent-date = Fecha del consentimiento
merge-title = Fusionar fichas duplicadas
merge-help = Si esta persona quedó registrada dos veces, busque la otra ficha: sus asistencias y opiniones pasarán a esta.
merge-search = Buscar la otra ficha
merge-confirm = Se fusionará «{ $duplicate }» en «{ $survivor }». La otra ficha dejará de existir.
merge-action = Fusionar
rights-title = Sus datos
rights-participation = { $count ->
    [one] Participó en 1 foro
   *[other] Participó en { $count } foros
}
rights-said = Lo que dijo
rights-export = Exportar sus datos (JSON)
rights-erase = Eliminar sus datos
rights-erase-confirm = Se borrarán su nombre, RUT y contacto; sus asistencias quedarán solo como cifras anónimas. No se puede deshacer.
rights-erase-yes = Sí, eliminar
person-export-title = Guardar los datos de la persona

## Panel
dashboard-title = Panel del período
period-from = Desde
period-to = Hasta
period-show = Ver
period-previous = Trimestre anterior
period-next = Trimestre siguiente
figure-forums = foros realizados
figure-people = personas alcanzadas
figure-first-time = participan por primera vez
figure-neighbourhoods = barrios alcanzados
figure-young = niñas, niños ({ $children }) y adolescentes ({ $adolescents })
figure-women-men = mujeres · hombres (registrados)
figure-feedback-open = opiniones esperando respuesta
dashboard-by-neighbourhood = Asistencia por barrio
dashboard-waiting = Opiniones esperando respuesta, por antigüedad
dashboard-milestones = Hitos por nivel de cumplimiento
dashboard-progress = Avance de cada hito
dashboard-lists = Asistentes por barrio
age-days = { $range } días
milestone-late = atrasado
calendar-export = Exportar calendario (iCal)
calendar-export-title = Guardar el calendario de foros
calendar-exported = { $count ->
    [one] Se exportó 1 foro.
   *[other] Se exportaron { $count } foros.
}
completion-no_evidence = Sin evidencia disponible
completion-not_started = No iniciado
completion-limited = Limitado
completion-substantial = Sustancial
completion-complete = Completo

## Búsqueda
search-label = Buscar personas, foros u opiniones
search-person = Persona
search-forum = Foro
search-feedback = Opinión
search-none = Sin resultados.

## Opiniones (el circuito «ustedes dijeron, hicimos»)
feedback-title = Lo que dijeron vecinas y vecinos
feedback-new = Nueva opinión
feedback-show = Mostrar
feedback-show-waiting = Esperando respuesta
feedback-show-all = Todas
feedback-filter-commitment = Compromiso
feedback-filter-neighbourhood = Barrio
feedback-any = Todos
feedback-none-chosen = —
feedback-none = No hay opiniones con estos filtros.
feedback-count = { $count ->
    [one] 1 opinión
   *[other] { $count } opiniones
}
feedback-kind-concern = Preocupación
feedback-kind-proposal = Propuesta
feedback-kind-question = Pregunta
feedback-kind-recognition = Reconocimiento
priority-low = Prioridad baja
priority-medium = Prioridad media
priority-high = Prioridad alta
feedback-status-open = Abierta
feedback-status-forwarded = Derivada
feedback-status-answered = Respondida
feedback-status-closed = Cerrada
feedback-age = { $days ->
    [0] recibida hoy
    [one] hace 1 día
   *[other] hace { $days } días
}
feedback-commitment = Compromiso { $number }
feedback-forwarded-to = Derivada a { $directorate }
feedback-answer = Respuesta del { $date }
feedback-history = Historial
feedback-event = { $date } · { $status }
feedback-change = Cambiar estado
feedback-form-title = Registrar una opinión
field-feedback-text = Qué dijo
field-feedback-kind = Tipo
field-priority = Prioridad
field-received-on = Recibida el
field-commitment = Compromiso
field-milestone = Hito
field-forum = Foro donde se dijo
field-status = Nuevo estado
field-status-on = Fecha
field-detail-forwarded = Dirección a la que se deriva
field-detail-answered = Respuesta entregada
field-detail-note = Nota (opcional)

## Compromisos e hitos
commitments-title = Compromisos del plan
commitment-heading = Compromiso { $number }: { $title }
commitment-lead = Dirección responsable: { $directorate }
commitment-progress = Avance del compromiso
milestones-none = Aún no hay hitos. Agregue el primero.
milestone-new = Nuevo hito
milestone-edit = Editar hito
milestone-planned = Previsto: { $from } al { $to }
milestone-planned-end = Término previsto: { $date }
milestone-unplanned = Sin fechas previstas
field-milestone-title = Hito
field-planned-start = Inicio previsto
field-planned-end = Término previsto
notes-title = Notas
notes-none = Sin notas todavía.
note-add = Agregar nota
note-moved = Pasa de «{ $before }» a «{ $after }»
field-note-date = Fecha
field-author = Quién escribe
field-note-text = Nota
field-completion = Nivel de cumplimiento
completion-unchanged = Sin cambio
field-progress = Avance (0 a 100)
evidence-title = Respaldos
evidence-none = Sin archivos de respaldo.
evidence-add = Agregar archivo de respaldo
evidence-choose-title = Elegir el archivo de respaldo
evidence-path = Archivo de respaldo (ruta)
evidence-open = Abrir
evidence-open-label = Abrir { $name }
evidence-added = Se guardó una copia de «{ $name }».

## Planillas (CSV): importar y exportar
error-csv-empty = El archivo está vacío.
error-csv-too-large = El archivo pesa más de { $max } MB: no parece una lista de personas.
error-csv-no-rows = La planilla solo tiene encabezados: no hay filas que importar.
error-csv-missing-column = Falta la columna «{ $column }». La primera fila debe nombrar las columnas (Nombre, RUT, Barrio…).
error-csv-duplicate-column = Dos columnas dicen lo mismo («{ $column }»). Deje solo una.
error-csv-unreadable = No se pudo leer la planilla cerca de la línea { $line }.
error-csv-bad-rows = { $count ->
    [one] Una fila tiene problemas: no se importó nada. Corríjala o quítela e intente de nuevo.
   *[other] { $count } filas tienen problemas: no se importó nada. Corríjalas o quítelas e intente de nuevo.
}
error-csv-unknown-neighbourhood = El barrio no está en la lista de barrios de Maipú.
error-csv-age-band = El tramo de edad no se reconoce. Escriba niña/niño, adolescente, adulto, adulto mayor o la edad en años.
error-csv-gender = El género no se reconoce. Escriba mujer, hombre u otro, o déjelo vacío.
error-csv-role = El rol no se reconoce. Escriba vecino, dirigente, funcionario, monitor u observador.
error-csv-repeated = Esta persona ya aparece en una fila anterior del archivo.
error-csv-extra-fields = La fila tiene más celdas que la fila de encabezados.
error-file-access = No se pudo leer o guardar el archivo. Revise que exista y que la carpeta se pueda usar.
csv-col-name = Nombre completo
csv-col-rut = RUT
csv-col-neighbourhood = Barrio
csv-col-organization = Organización
csv-col-age-band = Tramo de edad
csv-col-gender = Género
csv-col-driving-group = Grupo Motor
csv-col-forums = Foros
csv-col-last-seen = Última vez
csv-col-phone = Teléfono
csv-col-email = Correo
csv-col-consent = Consentimiento
csv-col-purpose = Finalidad
csv-col-date = Fecha
csv-col-forum = Foro
csv-col-forum-kind = Tipo de encuentro
csv-col-role = Rol
csv-col-arrived = Hora de llegada
csv-col-received = Recibida
csv-col-commitment = Compromiso
csv-col-milestone = Hito
csv-col-feedback-kind = Tipo
csv-col-priority = Prioridad
csv-col-status = Estado
csv-col-forwarded-to = Derivada a
csv-col-said = Qué dijeron
csv-col-answer = Respuesta
csv-col-answered = Respondida
csv-yes = Sí
csv-no = No
csv-feedback-kind-concern = Preocupación
csv-feedback-kind-proposal = Propuesta
csv-feedback-kind-question = Pregunta
csv-feedback-kind-recognition = Reconocimiento
csv-priority-low = Baja
csv-priority-medium = Media
csv-priority-high = Alta
csv-status-open = Abierta
csv-status-forwarded = Derivada
csv-status-answered = Respondida
csv-status-closed = Cerrada
csv-field-full_name = Nombre
csv-field-rut = RUT
csv-field-neighbourhood = Barrio
csv-field-organization_name = Organización
csv-field-age_band = Tramo de edad
csv-field-gender = Género
csv-field-role = Rol
csv-field-phone = Teléfono
csv-field-email = Correo
csv-field-purpose = Finalidad
csv-field-row = Fila
csv-plan-create = Línea { $line }: { $name } (persona nueva)
csv-plan-match = Línea { $line }: { $name } ya está registrada como «{ $existing }»
csv-plan-already = Línea { $line }: { $name } ya firmó en este foro
csv-plan-bad = Línea { $line }, { $field }: { $message }
csv-plan-bad-row = Línea { $line }: { $message }
csv-plan-contacts-dropped = { $count ->
    [one] Se omitieron el teléfono y el correo de una fila que no registra consentimiento.
   *[other] Se omitieron el teléfono y el correo de { $count } filas que no registran consentimiento.
}
csv-plan-ignored = Columnas que no se usan: { $columns }
csv-plan-summary = Resumen: { $summary }.
csv-import-done = Importación terminada: { $created ->
    [one] una persona nueva
   *[other] { $created } personas nuevas
}, { $registered ->
    [one] una asistencia registrada
   *[other] { $registered } asistencias registradas
}, { $skipped ->
    [one] una ya estaba registrada
   *[other] { $skipped } ya estaban registradas
}, { $contacts ->
    [one] un contacto guardado con consentimiento
   *[other] { $contacts } contactos guardados con consentimiento
}.

## Sincronización entre computadores
error-sync-not-sync-file = El archivo no es un archivo de sincronización de Grupo Motor.
error-sync-too-new = El archivo viene de una versión más nueva de Grupo Motor (formato { $version }, esquema { $schema }). Actualice la aplicación para importarlo. No se cambió nada.
error-sync-truncated = El archivo de sincronización está incompleto o dañado (¿se copió a medias?). No se cambió nada: pida que lo exporten de nuevo.
error-sync-bad-row = La línea { $line } del archivo de sincronización ({ $table }) no es válida. No se cambió nada.
error-sync-missing-reference = El archivo menciona registros que este computador no tiene. No se cambió nada: pida una exportación completa (sin «para»).
sync-exported = Se exportaron { $rows } registros a { $path }.
sync-report = Sincronización terminada: { $added } agregados, { $changed } actualizados, { $unchanged } sin cambios, { $conflicts } conflictos.
sync-conflict-same-rut = { $label }: dos fichas con el mismo RUT; { $kept }. La otra quedó sin RUT: fusiónelas en Personas.
sync-conflict-same-link = { $label }: el mismo registro se hizo en los dos computadores; { $kept }.
sync-conflict-erased = { $label }: sus datos fueron eliminados a su pedido; la eliminación se mantiene.
sync-kept-this-laptop = se mantuvo el de este computador
sync-kept-file = se tomó el del archivo

## Pantalla «Rendición»: el pack de la reunión trimestral y las hojas de firmas
nav-pack = Rendición
nav-data = Datos
error-pdf-missing = No se encontró el PDF: puede haberse movido o borrado. Vuelva a exportarlo.
error-agenda-too-long = La tabla tiene demasiados puntos: deje 15 como máximo.
error-csv-changed = El archivo cambió después de la vista previa. Revise la vista previa de nuevo antes de importar.
file-choose = Elegir…
file-path-hint = Escriba o pegue la ruta, o use «Elegir…».
pack-screen-title = Rendición de cuentas
pack-form-title = Pack de la reunión trimestral (PDF)
pack-meeting = Reunión
pack-meeting-other = Otra fecha
pack-field-title = Nombre de la reunión
pack-field-date = Fecha de la reunión
pack-field-place = Lugar
pack-field-agenda = Tabla (un punto por línea)
pack-field-from = Periodo desde
pack-field-to = hasta
pack-field-paper = Papel
pack-paper-a4 = A4
pack-paper-letter = Carta
pack-field-contacts = Incluir teléfonos y correos en las listas de asistencia
pack-contacts-warning = El PDF llevará datos personales: entréguelo solo a quien deba contactar a los vecinos.
pack-field-open = Abrir el PDF al terminar
pack-field-save-to = Guardar en
pack-save-title = Guardar el pack de la reunión
pack-export = Exportar pack
pack-exporting = Preparando el PDF…
pack-exported = Pack guardado en { $path }
pack-history-title = Packs anteriores
pack-history-none = Todavía no se ha exportado ningún pack.
pack-history-meeting = Reunión
pack-history-period = Periodo
pack-history-made = Exportado
pack-history-file = Archivo
pack-open = Abrir
pack-open-label = Abrir el pack del { $date }
sheet-title = Hoja de firmas para imprimir
sheet-help = Una tabla con nombre, barrio, organización, RUT y firma, con las personas que vinieron a los últimos foros de ese barrio y filas en blanco.
sheet-forum = Foro
sheet-save-title = Guardar la hoja de firmas
sheet-export = Imprimir hoja de firmas
sheet-exported = Hoja de firmas guardada en { $path }

## Pantalla «Datos»: copias, planillas y sincronización
data-title = Datos
backups-title = Copias de seguridad
backups-help = Grupo Motor hace una copia al abrir (una por día, guarda las últimas 14) y antes de cada cambio de versión de la base de datos.
backups-make = Hacer una copia ahora
backups-made = Copia guardada: { $path }
backups-col-date = Fecha
backups-col-reason = Motivo
backups-col-size = Tamaño
backup-reason-daily = Diaria
backup-reason-manual = Manual
backup-reason-before-migration = Antes de actualizar
backup-reason-before-restore = Antes de restaurar
backup-restore = Restaurar
backup-restore-label = Restaurar la copia del { $date }
backup-restore-file = Restaurar desde un archivo
backup-restore-choose-title = Elegir una copia de seguridad
backup-confirm = ¿Volver a la copia del { $date }? Lo registrado después de esa fecha no estará. Antes se guarda una copia del estado actual.
backup-confirm-file = ¿Volver a la copia { $path }? Lo registrado después no estará. Antes se guarda una copia del estado actual.
backup-confirm-yes = Sí, restaurar
backup-cancel = Cancelar
import-title = Importar una planilla (CSV)
import-help = Planillas guardadas desde Excel, LibreOffice o Google Sheets como CSV, separadas por «;» o «,». La primera fila nombra las columnas: Nombre, RUT, Barrio, Organización, Tramo de edad…
import-kind = Importar
import-kind-people = Personas
import-kind-attendance = Asistencia de un foro
import-forum = Foro
import-file = Archivo CSV
import-choose-title = Elegir la planilla
import-preview = Vista previa
import-nothing-written = Vista previa: todavía no se guardó nada.
import-summary-create = { $count ->
    [one] una persona nueva
   *[other] { $count } personas nuevas
}
import-summary-matches = { $count ->
    [one] una ya registrada
   *[other] { $count } ya registradas
}
import-summary-already = { $count ->
    [one] una ya firmó en este foro
   *[other] { $count } ya firmaron en este foro
}
import-summary-bad = { $count ->
    [one] una fila con problemas
   *[other] { $count } filas con problemas
}
import-to-create = Personas nuevas
import-matches = Ya registradas (no se crean de nuevo)
import-already = Ya firmaron en este foro
import-bad = Filas con problemas (no se importan)
import-match-line = Línea { $line }: { $name } → { $existing }
import-create-line = Línea { $line }: { $name }
import-confirm = { $count ->
    [one] Importar una fila
   *[other] Importar { $count } filas
}
import-confirm-skipping = { $count ->
    [one] (se omite una fila con problemas)
   *[other] (se omiten { $count } filas con problemas)
}
import-nothing = No hay filas que importar.
import-done = Importación terminada: { $created ->
    [one] una persona nueva
   *[other] { $created } personas nuevas
}, { $registered ->
    [one] una asistencia registrada
   *[other] { $registered } asistencias registradas
}, { $skipped ->
    [one] una ya estaba registrada
   *[other] { $skipped } ya estaban registradas
}.
export-title = Exportar planillas (CSV)
export-help = Se abren directamente en Excel y LibreOffice.
export-people = Personas
export-people-contacts = con teléfono, correo y consentimiento
export-attendance-forum = Asistencia de un foro
export-attendance-period = Asistencia de un periodo
export-feedback = Opiniones y respuestas
export-save-title = Guardar la planilla
export-button = Exportar
export-done = Planilla guardada en { $path }
sync-title = Sincronizar con otro computador
sync-help = Exporte un archivo a un pendrive o carpeta compartida; en el otro computador, impórtelo. Los registros se unen sin duplicarse; importar dos veces el mismo archivo no cambia nada.
sync-export-title = Exportar
sync-colleague = Para (opcional: solo lo nuevo desde la última vez que le exportó a esa persona)
sync-save-title = Guardar el archivo de sincronización
sync-export = Exportar archivo
sync-export-done = Se exportaron { $rows } registros a { $path }.
sync-import-title = Importar
sync-file = Archivo de sincronización
sync-choose-title = Elegir el archivo de sincronización
sync-import = Importar archivo
sync-conflicts = Conflictos y cómo se resolvieron

## Los datos de una persona, en papel (derecho de acceso)
person-pdf-title = Datos personales de { $name }
person-pdf-intro = Todo lo que Grupo Motor guarda sobre esta persona, al { $date }.
person-pdf-no-consent = No registra consentimiento: no se guardan teléfono ni correo.
person-pdf-recorded = Registrada el
person-pdf-changed = Última modificación
person-pdf-participation = Foros a los que asistió
person-pdf-said = Lo que dijo y las respuestas
person-pdf-facilitated = Foros que facilitó
person-pdf-none = Ninguno.
person-pdf-rights = Puede pedir que se corrijan o eliminen estos datos al Grupo Motor de Gobierno Abierto de la Municipalidad de Maipú. Si se eliminan, sus asistencias quedan solo como cifras anónimas.
rights-export-pdf = Exportar sus datos (PDF)

## doctor: revisión de la base de datos, sus copias y sus evidencias
doctor-fine = Bien
doctor-warning = Atención
doctor-problem = Problema
doctor-database-missing = No hay una base de datos en { $path }. Revise la ruta (--db) o abra la aplicación una vez para crearla.
doctor-database-damaged = La base de datos { $path } está dañada: no se puede leer. Vuelva a una copia de seguridad (grupo-motor restore ARCHIVO).
doctor-database-damaged-count = La base de datos { $path } está dañada: SQLite encontró { $count ->
    [one] un problema
   *[other] { $count } problemas
  } en su estructura. Vuelva a una copia de seguridad (grupo-motor restore ARCHIVO).
doctor-database-too-new = La base de datos { $path } es de una versión más nueva de Grupo Motor. Actualice la aplicación.
doctor-database-ok = La base de datos { $path } está sana: { $people ->
    [one] una persona
   *[other] { $people } personas
  }, { $forums ->
    [one] un foro
   *[other] { $forums } foros
  }.
doctor-database-ok-older = La base de datos { $path } está sana ({ $people ->
    [one] una persona
   *[other] { $people } personas
  }, { $forums ->
    [one] un foro
   *[other] { $forums } foros
  }); se pondrá al día la próxima vez que se abra, después de una copia de seguridad.
doctor-backups-none = Todavía no hay copias de seguridad en { $folder }. Abra la aplicación (hace una al día) o use grupo-motor backup.
doctor-backups-ok = { $count ->
    [one] Hay una copia de seguridad
   *[other] Hay { $count } copias de seguridad
  }; la última es del { $date }.
doctor-backups-old = La última copia de seguridad es del { $date }: tiene más de una semana. Haga una ahora (grupo-motor backup).
doctor-backups-latest-damaged = La última copia de seguridad (del { $date }) está dañada; las anteriores están en { $folder }. Haga una nueva ahora (grupo-motor backup).
doctor-evidence-ok = { $count ->
    [0] No hay archivos de evidencia registrados.
    [one] El archivo de evidencia está en su lugar y sin cambios.
   *[other] Los { $count } archivos de evidencia están en su lugar y sin cambios.
  }
doctor-evidence-missing = Falta el archivo de evidencia «{ $name }» en { $folder }. Si lo tiene en otro equipo, vuelva a adjuntarlo al hito.
doctor-evidence-changed = El archivo de evidencia «{ $name }» cambió después de adjuntarse (su SHA-256 no coincide): ya no prueba lo que se registró.
doctor-summary-fine = Todo está en orden.
doctor-summary-problems = { $count ->
    [one] Se encontró un problema.
   *[other] Se encontraron { $count } problemas.
  }

## field-ready: Configuración, Acerca de
nav-settings = Configuración
settings-title = Configuración
settings-language = Idioma
settings-paper = Papel por defecto (packs y hojas de firmas)
settings-leader-name = Su nombre
settings-leader-name-help = Aparece como autor de sus notas; si es el nombre de una persona del grupo motor, queda como facilitador de los foros que usted crea. Hasta { $max } caracteres.
settings-reading = Lectura
settings-large-text = Letra grande
settings-high-contrast = Alto contraste (para leer al sol)
settings-save = Guardar configuración
about-title = Acerca de Grupo Motor
about-version = Versión
about-database = Base de datos
about-records = Registros
about-records-people = { $count ->
    [one] Persona
   *[other] Personas
  }
about-records-forums = { $count ->
    [one] Foro
   *[other] Foros
  }
about-records-attendances = { $count ->
    [one] Asistencia
   *[other] Asistencias
  }
about-records-feedback = { $count ->
    [one] Opinión
   *[other] Opiniones
  }
about-records-milestones = { $count ->
    [one] Hito
   *[other] Hitos
  }
about-records-notes = { $count ->
    [one] Nota
   *[other] Notas
  }
about-records-evidence = { $count ->
    [one] Evidencia
   *[other] Evidencias
  }
about-last-backup = Última copia de seguridad
about-no-backup = Todavía no hay copias de seguridad.
about-logs = Registro de actividad (logs)
about-open-folder = Abrir la carpeta de datos
search-placeholder = Buscar personas, foros…
field-limit = Hasta { $max } caracteres.
field-limit-count = { $count } de { $max } caracteres como máximo.
forum-form-facilitator = Facilitador: { $name } (su nombre en Configuración, si es del grupo motor).
