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
forums-more = { $count ->
    [one] Mostrar 1 foro anterior
   *[other] Mostrar { $count } foros anteriores
  }
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
csv-field-consent = Consentimiento
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
error-sync-bad-row = La línea { $line } del archivo de sincronización no es válida. No se cambió nada.
error-sync-missing-reference = El archivo menciona registros que este computador no tiene. No se cambió nada: pida una exportación completa (sin «para»).
sync-exported = { $rows ->
    [one] Se exportó 1 registro a { $path }.
   *[other] Se exportaron { $rows } registros a { $path }.
}
sync-report = Sincronización terminada: { $added ->
    [one] 1 agregado
   *[other] { $added } agregados
}, { $changed ->
    [one] 1 actualizado
   *[other] { $changed } actualizados
}, { $unchanged } sin cambios, { $conflicts ->
    [one] 1 conflicto
   *[other] { $conflicts } conflictos
}.
sync-conflict-same-rut = { $label }: dos fichas con el mismo RUT; { $kept }. La otra quedó sin RUT: fusiónelas en Personas.
sync-conflict-same-link = { $label }: el mismo registro se hizo en los dos computadores; { $kept }.
sync-conflict-erased = Una persona pidió que se eliminaran sus datos y el archivo trae cambios para ella: la eliminación se mantiene y su nombre no se muestra.
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

## Safe imports and honest errors (issue 11): field labels, sync rules, CLI messages
field-from = Desde
field-to = Hasta
field-file = Archivo
field-text = Texto
field-on = Fecha
field-periodStart = Primer día
field-period_start = Primer día
field-periodEnd = Último día
field-period_end = Último día
field-meetingDate = Fecha de la reunión
field-meeting_date = Fecha de la reunión
field-meetingTitle = Nombre de la reunión
field-meeting_title = Nombre de la reunión
field-detail = Detalle
field-reference = Referencia
field-noted_on = Fecha de la nota
field-period = Trimestre
field-language = Idioma
field-given_on = Fecha del consentimiento
field-commitment_id = Compromiso
field-colleague = Colega
field-sector_code = Código de sector
field-lead_directorate = Dirección responsable
field-description = Descripción
field-db = Base de datos
error-sync-bad-value = La línea { $line } del archivo de sincronización trae un valor que los formularios no aceptan: { $rule } No se cambió nada: pida que lo corrijan en el otro computador y exporten de nuevo.
error-sync-future-stamp = La línea { $line } del archivo de sincronización tiene fecha { $date }, más de { $hours } horas después de la hora de este computador. No se cambió nada: revise la fecha y hora del computador que exportó el archivo (y de este) y pida que exporten de nuevo.
cli-arg-help = Escriba «grupo-motor --help» para ver los comandos y sus opciones.
cli-arg-invalid-choice = El valor «{ $value }» no es válido para { $argument }. Valores posibles: { $allowed }.
cli-arg-invalid-value = El valor «{ $value }» no es válido para { $argument }.
cli-arg-unknown = La opción «{ $argument }» no existe.
cli-arg-unknown-command = El comando «{ $subcommand }» no existe.
cli-arg-missing = Falta { $argument }.
cli-arg-no-command = Falta el comando (por ejemplo: forums, stats, pack).
cli-arg-conflict = { $argument } no se puede usar junto con otra de las opciones dadas.
cli-arg-values = { $argument } recibió una cantidad de valores que no corresponde.
cli-arg-other = Los argumentos no son válidos.
cli-arg-suggestion = ¿Quiso decir «{ $suggestion }»?
error-stdout = No se pudo escribir el resultado en la salida (¿disco lleno?). No se cambió nada.
error-stdout-saved = El trabajo del comando SÍ quedó guardado (la importación, exportación o copia se hizo), pero no se pudo escribir el informe en la salida (¿disco lleno?). No lo repita: revise el resultado en la aplicación.
error-no-database = No hay una base de datos de Grupo Motor en «{ $path }». Revise la ruta de --db (o GRUPO_MOTOR_DB). No se creó nada: para empezar una base nueva, abra la aplicación o use el comando demo.
error-database-folder = «{ $path }» es una carpeta, no una base de datos. Indique el archivo, por ejemplo { $path }/grupo-motor.sqlite3.
error-db-read-only = No se puede escribir en la base de datos: el archivo, su carpeta o el disco son de solo lectura (¿memoria USB protegida, permisos del archivo?). No se cambió nada. Copie la base a una carpeta donde se pueda escribir, o pida permiso de escritura.
error-db-full = No se pudo guardar en la base de datos: el disco está lleno. Lo guardado antes sigue intacto; lo último no se guardó. Libere espacio e intente de nuevo.
error-db-cannot-open = No se pudo abrir el archivo de la base de datos: la carpeta no existe o no hay permiso para usarla. Revise la ruta (--db o GRUPO_MOTOR_DB).
error-db-busy = La base de datos está ocupada por otro programa (¿otra copia de Grupo Motor, o una copia de seguridad en curso?). Espere un momento e intente de nuevo.
error-db-io = El disco no respondió al leer o escribir la base de datos (¿se retiró la memoria USB?). Vuelva a conectarla e intente de nuevo; lo ya guardado no se pierde.
error-date-impossible = Esa fecha no existe en el calendario (revise el día y el mes, por ejemplo 28-02-2026).
error-csv-unclosed-quote = Hay comillas (") sin cerrar desde la línea { $line }: todo lo que sigue quedaría en una sola celda. Cierre las comillas o quítelas e intente de nuevo. No se importó nada.
error-csv-not-a-file = «{ $path }» no es un archivo común (es una carpeta, un dispositivo o una tubería). Elija la planilla guardada.

## Datos personales (Ley 21.719): niñas y niños, género, bloqueo
error-child-needs-guardian = Una niña o niño menor de 14 años se registra con su nombre solo con el consentimiento de su madre, padre o tutor (Ley 21.719). Registre ese consentimiento o regístrelo como participante anónimo.
error-gender-needs-consent = El género solo se guarda con el consentimiento expreso de la persona (Ley 21.719): márquelo o deje el género sin registrar.
error-gender-needs-guardian = Para una persona menor de edad, el género solo se guarda con el consentimiento de su madre, padre o tutor.
error-person-blocked = Esta persona está bloqueada (Ley 21.719): su registro no se puede cambiar ni usar hasta que se levante el bloqueo.
error-person-not-blocked = Esta persona no está bloqueada.
consent-method-signed_paper = En papel, firmado en el foro
consent-method-in_person = En persona
consent-method-other = De otra forma
consent-giver-person = la persona
consent-giver-guardian = su madre, padre o tutor
review-child_without_guardian = Niña o niño con nombre y sin consentimiento del tutor
review-gender_without_consent = Género registrado sin consentimiento expreso
field-guardian-name = Nombre del tutor
field-guardian-relationship = Parentesco
field-guardian-method = Cómo lo dio
field-guardian-purpose = Finalidad
field-guardian-date = Fecha del consentimiento
field-consent-by = Quién consiente
field-block-reason = Motivo del bloqueo
field-block-date = Bloqueada desde
field-unblock-date = Se levanta el
guardian-default-purpose = Participar en los foros del Gobierno Abierto de Maipú
desk-guardian-title = Consentimiento del tutor (Ley 21.719)
desk-guardian-help = Una niña o niño menor de 14 años se registra con su nombre solo con el consentimiento de su madre, padre o tutor.
desk-guardian-consent = Con consentimiento del tutor
desk-guardian-anonymous = Sin consentimiento: participante anónimo
desk-guardian-anonymous-help = Se guardan solo el tramo de edad y el barrio, para los conteos; el nombre no se guarda.
desk-gender-consent = Consiente expresamente que se registre su género
desk-gender-consent-guardian = Su madre, padre o tutor consiente expresamente que se registre su género
desk-saved-anonymous = Guardado como participante anónimo
attendee-anonymous = Participante anónimo
lawful-title = Datos personales (Ley 21.719)
lawful-review-title = Por revisar (Ley 21.719)
lawful-review-help = Este registro es de antes de la ley. Registre el consentimiento que falta o anonimice a la persona.
lawful-guardian-title = Consentimiento del tutor
lawful-guardian-given = { $guardian } ({ $relationship }) consintió el { $date }, { $method }: { $purpose }
lawful-guardian-none = Sin consentimiento del tutor registrado.
lawful-guardian-record = Registrar consentimiento del tutor
lawful-guardian-withdraw = Retirar el consentimiento del tutor
lawful-guardian-withdraw-confirm = Al retirarlo, la niña o niño queda como participante anónimo: su nombre, RUT, contactos y tutor se borran; sus asistencias se cuentan sin nombre.
lawful-guardian-withdraw-yes = Sí, retirar y anonimizar
lawful-gender-title = Género (dato sensible)
lawful-gender-given = { $gender }, con el consentimiento de { $by } del { $date }
lawful-gender-none = Sin género registrado: solo se guarda con consentimiento expreso.
lawful-gender-record = Registrar el género
lawful-gender-withdraw = Retirar el consentimiento (borra el género)
lawful-anonymise = Anonimizar
lawful-anonymise-confirm = Se borran nombre, RUT, contactos y tutor; las asistencias quedan como conteos anónimos.
lawful-anonymise-yes = Sí, anonimizar
lawful-block-title = Bloqueo (Art. 8 ter)
lawful-blocked = Bloqueada desde el { $date }: { $reason }
lawful-block-help = Mientras dure el bloqueo, el registro se conserva pero no se puede editar, y no aparece en planillas, packs, hojas de firmas, la búsqueda del registro de asistencia ni los archivos de sincronización.
lawful-block = Bloquear
lawful-unblock = Levantar el bloqueo
lawful-block-lifted = Del { $from } al { $to }: { $reason }
person-gender-locked = Sin consentimiento expreso: el género se registra en «Género (dato sensible)».
people-filter-review = Por revisar (Ley 21.719)
people-blocked = Bloqueada
people-review = Por revisar
csv-plan-anonymous = { $count ->
    [one] Una fila es de una niña o niño, y una planilla no trae el consentimiento del tutor: en una asistencia se registra como participante anónimo; en una lista de personas no se guarda.
   *[other] { $count } filas son de niñas o niños, y una planilla no trae el consentimiento del tutor: en una asistencia se registran como participantes anónimos; en una lista de personas no se guardan.
  }
csv-plan-genders-dropped = { $count ->
    [one] A una fila se le quita el género: no trae consentimiento expreso (columna «Consentimiento género»).
   *[other] A { $count } filas se les quita el género: no traen consentimiento expreso (columna «Consentimiento género»).
  }

## Solicitudes de derechos (Ley 21.719) y plazos de conservación
error-request-requester = Elija a la persona que lo pidió o escriba su nombre.
error-request-before-step = La fecha no puede ser anterior al paso anterior de la solicitud.
error-request-step = Ese paso no es posible en el estado actual de la solicitud (una respuesta o un rechazo es definitivo).
error-request-extension-blocking = Una solicitud de bloqueo se responde en 2 días hábiles y no se puede prorrogar.
error-request-extended-twice = El plazo ya se prorrogó una vez; la ley permite una sola prórroga.
error-request-extension-late = La prórroga debe decidirse antes de que venza el plazo de 30 días.
error-request-extension-reason = Escriba el motivo de la prórroga: se informa a la persona.
error-request-reasons = Un rechazo debe dar sus razones.
error-request-no-person = Esta solicitud no nombra a una persona registrada en la aplicación (o ya fue suprimida).
error-request-not-export = Solo una solicitud de acceso o de portabilidad se responde enviando los datos de la persona.
error-retention-period = El plazo debe ser de 1 a 600 meses, o de 1 a 50 años.
request-right-access = Acceso
request-right-rectification = Rectificación
request-right-suppression = Supresión
request-right-opposition = Oposición
request-right-portability = Portabilidad
request-right-blocking = Bloqueo
request-channel-in_person = En persona
request-channel-email = Correo electrónico
request-channel-letter = Carta
request-channel-phone = Teléfono
request-channel-other = Otro
request-status-received = Recibida
request-status-in_progress = En trámite
request-status-answered = Respondida
request-status-refused = Rechazada
letter-title = { $right ->
    [access] Respuesta a su solicitud de acceso
    [rectification] Respuesta a su solicitud de rectificación
    [suppression] Respuesta a su solicitud de supresión
    [opposition] Respuesta a su solicitud de oposición
    [portability] Respuesta a su solicitud de portabilidad
   *[blocking] Respuesta a su solicitud de bloqueo
  }
letter-place-date = Maipú, { $date }
letter-to = Señor(a) { $name }
letter-right = Derecho ejercido
letter-received = Recibida el
letter-channel = Por
letter-subject = Datos de
letter-extended = Prórroga
letter-extended-value = { $date }: { $reason }
letter-due = Plazo de respuesta
letter-decision = Decisión
letter-granted = Su solicitud fue acogida el { $date }.
letter-refused = Su solicitud fue rechazada el { $date }, por las siguientes razones:
letter-agencia = Si no está conforme con esta respuesta, puede reclamar ante la Agencia de Protección de Datos Personales, conforme a la Ley 21.719.
letter-pending = Su solicitud está en trámite; la respuesta vence el { $date }.
letter-sent = Los datos que guardamos sobre usted le fueron enviados el { $date }.
letter-free = El ejercicio de estos derechos es gratuito (Ley 19.628, modificada por la Ley 21.719).
nav-requests = Solicitudes
requests-title = Solicitudes de derechos
requests-new = Nueva solicitud
requests-help = Acceso, rectificación, supresión, oposición, portabilidad y bloqueo: se responden en 30 días corridos (prorrogables una vez por 30); el bloqueo, en 2 días hábiles.
requests-form-title = Registrar una solicitud
requests-received-on = Recibida el
requests-right = Derecho
requests-channel = Canal
requests-subject-search = Buscar a la persona
requests-subject = Sobre los datos de
requests-subject-none = (nadie registrado)
requests-by-subject = La pidió la misma persona
requests-requester-name = Nombre de quien la pidió
requests-notes = Notas
requests-none = No hay solicitudes registradas.
requests-received = recibida el { $date }
requests-overdue = Vencida el { $date }
requests-due = Vence el { $date }
requests-status = Estado
requests-subject-gone = (suprimida)
requests-started = En trámite desde
requests-extended = Prorrogada el
requests-due-on = Plazo
requests-decided = Decidida el
requests-sent = Datos enviados el
requests-step-start = Iniciar trámite
requests-step-extend = Prorrogar 30 días
requests-step-answered = Responder
requests-step-refused = Rechazar
requests-step-on = Fecha
requests-extension-reason = Motivo de la prórroga
requests-refusal-reasons = Razones del rechazo
requests-answer-text = Respuesta dada
requests-erase-warning = Responder esta solicitud suprime a { $name }: su nombre, RUT y contactos se borran y su asistencia queda solo como conteo anónimo. No se puede deshacer.
requests-erase-confirm = Suprimir y responder
requests-save-to = Guardar en
requests-send-pdf = Enviar sus datos (PDF)
requests-send-json = Enviar sus datos (JSON)
requests-send-title = Guardar los datos de la persona
requests-edit-person = Corregir a la persona
requests-letter = Carta de respuesta (PDF)
requests-letter-file = respuesta
dashboard-requests = Solicitudes de derechos
dashboard-requests-none = Ninguna solicitud vencida ni por vencer esta semana.
dashboard-requests-overdue = { $count ->
    [one] 1 vencida
   *[other] { $count } vencidas
  }
dashboard-requests-week = { $count ->
    [one] 1 vence esta semana
   *[other] { $count } vencen esta semana
  }
dashboard-requests-open = Ver solicitudes
retention-title = Plazos de conservación
retention-help = Cuánto tiempo se guarda cada tipo de dato. Se listan las personas que pasaron el plazo; nada se borra hasta que usted lo confirme.
retention-rule-contact_details = Teléfonos y correos
retention-rule-attendance_names = Nombres en la asistencia
retention-period-contact_details = Meses sin asistir a un foro
retention-period-attendance_names = Años sin asistir a un foro
retention-passed = { $count ->
    [0] Nadie pasó el plazo.
    [one] 1 persona pasó el plazo.
   *[other] { $count } personas pasaron el plazo.
  }
retention-last-seen = visto por última vez el { $date }
retention-more = y { $count } más
retention-apply-contact_details = Borrar sus contactos
retention-apply-attendance_names = Anonimizar a estas personas
retention-confirm-contact_details = { $count ->
    [one] Confirmar: borrar los contactos de 1 persona
   *[other] Confirmar: borrar los contactos de { $count } personas
  }
retention-confirm-attendance_names = { $count ->
    [one] Confirmar: anonimizar a 1 persona
   *[other] Confirmar: anonimizar a { $count } personas
  }
retention-done-contact_details = { $count ->
    [one] Se borraron los contactos de 1 persona.
   *[other] Se borraron los contactos de { $count } personas.
  }
retention-done-attendance_names = { $count ->
    [one] Se anonimizó a 1 persona; su asistencia queda como conteo anónimo.
   *[other] Se anonimizó a { $count } personas; su asistencia queda como conteo anónimo.
  }
retention-rule-childrens_names = Nombres de niñas y niños menores de 14 años (con consentimiento del tutor)
retention-period-childrens_names = Meses sin asistir a un foro
retention-apply-childrens_names = Anonimizar a estas niñas y niños
retention-confirm-childrens_names = { $count ->
    [one] Confirmar: anonimizar a 1 niña o niño
   *[other] Confirmar: anonimizar a { $count } niñas y niños
  }
retention-done-childrens_names = { $count ->
    [one] Se anonimizó a 1 niña o niño, con el consentimiento de su tutor; su asistencia queda como conteo anónimo.
   *[other] Se anonimizó a { $count } niñas y niños, con el consentimiento de sus tutores; su asistencia queda como conteo anónimo.
  }
## Documents and breach log (Ley 21.719: art. 14 ter, 16 quáter, 14 sexies)
controller-title = Responsable de los datos
controller-help = Quién responde por los datos personales que registra el Grupo Motor (Ley 21.719, art. 14 ter). Aparece en el aviso de privacidad, en los formularios de consentimiento y en las respuestas a solicitudes de derechos.
controller-name = Nombre del responsable
controller-unit = Unidad
controller-contact = Contacto para solicitudes de derechos
controller-address = Dirección
controller-purposes = Finalidades (una por línea)
controller-retention = Por cuánto tiempo se guardan los datos
controller-placeholder-name = Ilustre Municipalidad de Maipú
controller-placeholder-unit = DIDECO
controller-placeholder-contact = Correo, teléfono u oficina que recibe las solicitudes
controller-placeholder-address = Dirección de la oficina que atiende
controller-placeholder-purposes = Registrar la participación en los foros del plan de Gobierno Abierto
controller-placeholder-retention = Por ejemplo: los teléfonos y correos se borran tras 24 meses sin participar.
controller-save = Guardar responsable
controller-saved = Datos del responsable guardados.
documents-title = Documentos para imprimir
documents-help = En el idioma elegido arriba, en A4 o carta. El aviso de privacidad se arma con los datos del responsable; péguelo en la mesa de inscripción.
documents-save-to = Guardar en (opcional: si lo deja vacío, se pregunta)
documents-save-title = Guardar el documento
document-privacy-notice = Aviso de privacidad
document-guardian-consent = Consentimiento de apoderados (mesa de niñas, niños y adolescentes)
document-contact-consent = Consentimiento para teléfono y correo
document-file-privacy-notice = aviso-de-privacidad.pdf
document-file-guardian-consent = consentimiento-apoderados.pdf
document-file-contact-consent = consentimiento-contacto.pdf
document-saved = Documento guardado en { $path }
document-open = Abrir
breaches-title = Incidentes de seguridad
breaches-help = Registre todo incidente que afecte datos personales: una hoja de firmas perdida, un computador robado, un correo enviado a quien no correspondía. Si puso en riesgo a las personas, debe comunicarse a la Agencia de Protección de Datos Personales (Ley 21.719, art. 14 sexies). Este registro queda solo en este computador: no viaja en los archivos de sincronización.
breaches-none = No hay incidentes registrados.
breaches-new = Registrar un incidente
breaches-col-found = Detectado
breaches-col-what = Qué ocurrió
breaches-col-people = Personas
breaches-col-notice = Comunicación
breach-people-unknown = sin saber
breach-status-agency-pending = Falta avisar a la Agencia
breach-status-people-pending = Falta avisar a cada persona afectada
breach-status-done = Comunicado
breach-status-not-required = No exigido
breach-edit = Editar
breach-print = Imprimir informe
breach-edit-label = Editar el incidente del { $date }
breach-print-label = Imprimir el informe del incidente del { $date }
breach-form-new = Nuevo incidente
breach-form-edit = Editar incidente
breach-field-found-on = Fecha en que se detectó (dd-mm-aaaa)
breach-field-what = Qué ocurrió
breach-field-whose = Datos de quiénes
breach-field-count = Cuántas personas (vacío si aún no se sabe)
breach-field-kinds = Qué datos (nombres, RUT, teléfonos…)
breach-field-children = Incluye datos de niñas o niños menores de 14 años
breach-field-sensitive = Incluye datos sensibles (identidad de género, salud…)
breach-field-risk = Puso en riesgo a las personas
breach-field-actions = Qué se hizo
breach-field-agency-on = Comunicado a la Agencia el (dd-mm-aaaa, vacío si aún no)
breach-field-people-on = Comunicado a cada persona afectada el (dd-mm-aaaa, vacío si aún no)
breach-field-how = Quién comunicó, a quién y cómo
breach-rule-people = Avisar a cada persona afectada (o a quien tenga su cuidado) es obligatorio cuando el incidente puso en riesgo datos de niñas o niños menores de 14 años o datos sensibles.
breach-must-agency = Este incidente debe comunicarse a la Agencia de Protección de Datos Personales.
breach-must-people = Debe comunicarse también a cada persona afectada (o a quien tenga su cuidado).
breach-must-none = Si no puso en riesgo a las personas, basta con registrarlo.
breach-save = Guardar incidente
breach-cancel = Cancelar
breach-saved = Incidente guardado.
breach-report-saved = Informe guardado en { $path }
breach-report-file = informe-incidente-{ $date }.pdf
error-controller-incomplete = { $field ->
    [name] Falta el nombre del responsable de los datos.
    [contact] Falta el contacto para solicitudes de derechos.
    [purposes] Faltan las finalidades para las que se usan los datos.
   *[retention] Falta decir por cuánto tiempo se guardan los datos.
  } Complételo en «Responsable de los datos» antes de imprimir el aviso de privacidad.
error-controller-purposes-many = Son demasiadas finalidades: escriba como máximo 20, una por línea.
error-breach-future = La fecha no puede ser posterior a hoy.
error-breach-notice-before-found = La comunicación no puede ser anterior a la fecha en que se detectó el incidente.
error-breach-count = Escriba cuántas personas con un número mayor que cero, o déjelo vacío si aún no se sabe.
error-breach-notified-how = Diga quién comunicó el incidente, a quién y cómo.
doc-controller-line = Responsable de los datos: { $controller }
doc-contact-fallback = el Grupo Motor en la mesa de inscripción
doc-updated = Vigente desde el { $date }.
doc-notice-title = Aviso de privacidad
doc-notice-subtitle = Cómo se tratan sus datos personales en los foros y mesas del plan de Gobierno Abierto (Ley 19.628, modificada por la Ley 21.719, art. 14 ter).
doc-notice-who = ¿Quién es responsable de sus datos?
doc-label-controller = Responsable
doc-label-unit = Unidad
doc-label-address = Dirección
doc-label-contact = Contacto para ejercer sus derechos
doc-notice-what = ¿Qué datos registramos?
doc-notice-what-1 = Su nombre.
doc-notice-what-2 = Su RUT, solo si usted lo da: es opcional.
doc-notice-what-3 = Su barrio y la organización a la que pertenece, si pertenece a una.
doc-notice-what-4 = Su tramo de edad, para contar la participación de niñas, niños, adolescentes y personas mayores.
doc-notice-what-5 = Su género, solo con su consentimiento expreso: es un dato sensible.
doc-notice-what-6 = Su teléfono y su correo, solo si usted consiente, y solo para lo que consintió.
doc-notice-what-7 = Los foros a los que asiste y lo que plantea en ellos, con la respuesta que se le da.
doc-notice-children = Niñas y niños menores de 14 años: se registran por su nombre solo con el consentimiento de su madre, padre o de quien tenga su cuidado personal; sin él, solo se cuenta su participación, sin nombre.
doc-notice-where = Los datos se guardan en los computadores del Grupo Motor, sin servicios en internet.
doc-notice-why = ¿Para qué los usamos?
doc-notice-how-long = ¿Por cuánto tiempo los guardamos?
doc-notice-rights = Sus derechos y cómo ejercerlos
doc-notice-rights-text = Usted puede pedir, sin costo, acceso a sus datos, que se corrijan (rectificación), que se eliminen (supresión), oponerse a su uso, recibir una copia para llevarla a otra parte (portabilidad) y que se bloqueen mientras se resuelve su solicitud.
doc-notice-how = Pídalo en la mesa de inscripción de cualquier foro o diríjase a: { $contact }. Se le responderá dentro de 30 días corridos, plazo que puede prorrogarse una vez por otros 30; una solicitud de bloqueo, dentro de 2 días hábiles.
doc-notice-agency = Si no se le responde a tiempo o no está de acuerdo con la respuesta, puede reclamar ante la Agencia de Protección de Datos Personales.
doc-guardian-title = Consentimiento para registrar los datos de una niña o un niño
doc-guardian-subtitle = Mesa de niñas, niños y adolescentes del plan de Gobierno Abierto (Ley 21.719, art. 16 quáter).
doc-guardian-intro = Para registrar por su nombre a una niña o un niño menor de 14 años, la ley pide el consentimiento de su madre, padre, representante legal o de quien tenga su cuidado personal. Sin este consentimiento la niña o el niño participa igual, y solo se cuenta su participación, sin su nombre.
doc-section-child = La niña o el niño
doc-section-guardian = Quien da el consentimiento
doc-field-name = Nombre completo
doc-field-age = Edad
doc-field-barrio = Barrio
doc-field-rut = RUT
doc-field-relationship = Relación (madre, padre, tutor…)
doc-field-phone = Teléfono
doc-field-email = Correo electrónico
doc-section-purposes = ¿Para qué se usan los datos?
doc-guardian-default-purpose = Registrar su participación en la mesa y contarla, junto con lo que plantee, en los informes del Grupo Motor de Gobierno Abierto.
doc-section-recorded = ¿Qué se registra?
doc-guardian-recorded = Su nombre, su tramo de edad, su barrio, las mesas a las que asiste y lo que plantea en ellas.
doc-guardian-gender = Autorizo además que se registre su género (es un dato sensible; es opcional).
doc-section-withdrawal = ¿Cómo retirar el consentimiento?
doc-guardian-withdrawal = Puede retirarlo cuando quiera, sin dar razones, ante { $contact }. Al retirarlo, su nombre se borra y su participación queda solo como una cifra anónima.
doc-guardian-agree = Doy mi consentimiento para que se registren los datos indicados, para las finalidades indicadas.
doc-signature-guardian = Firma de quien da el consentimiento
doc-signature-date = Fecha
doc-signature-received = Recibido por (nombre y firma)
doc-signature-person = Firma
doc-contact-title = Consentimiento para guardar su teléfono y su correo
doc-contact-subtitle = Ley 19.628, modificada por la Ley 21.719: sus datos de contacto se guardan solo con su consentimiento.
doc-contact-intro = El Grupo Motor guarda su teléfono y su correo solo si usted lo autoriza, y los usa solo para lo que usted marque aquí. Puede dar solo uno de los dos.
doc-section-contact-purposes = ¿Para qué podemos contactarle? Marque lo que autoriza
doc-contact-purpose-1 = Avisarle de los próximos foros y actividades del plan de Gobierno Abierto.
doc-contact-purpose-2 = Darle la respuesta a lo que usted planteó.
doc-contact-purpose-other = Otra finalidad (escriba cuál):
doc-contact-withdrawal = Puede retirar este consentimiento cuando quiera, sin dar razones, ante { $contact }: su teléfono y su correo se borran.
doc-contact-rights = También puede pedir acceso a sus datos, corregirlos, eliminarlos, oponerse a su uso, llevárselos o bloquearlos; si no se le responde, puede reclamar ante la Agencia de Protección de Datos Personales.
breach-report-title = Informe de incidente de seguridad de datos personales
breach-report-subtitle = Para la Agencia de Protección de Datos Personales (Ley 19.628, modificada por la Ley 21.719, art. 14 sexies).
breach-report-controller = Responsable
breach-label-found-on = Fecha en que se detectó
breach-label-what = Qué ocurrió
breach-label-whose = Datos de quiénes
breach-label-count = Personas afectadas
breach-count-unknown = Aún no se sabe
breach-label-kinds = Datos afectados
breach-label-children = ¿Datos de niñas o niños menores de 14 años?
breach-label-sensitive = ¿Datos sensibles?
breach-label-risk = ¿Puso en riesgo a las personas?
breach-label-actions = Medidas adoptadas
breach-label-agency = Comunicado a la Agencia
breach-label-people = Comunicado a cada persona afectada
breach-label-how = Quién comunicó, a quién y cómo
breach-notified-on = El { $date }
breach-notice-pending = Pendiente: la ley lo exige
breach-notice-not-required = No exigido
breach-duty-agency = Este incidente puso en riesgo a las personas: debe comunicarse a la Agencia de Protección de Datos Personales sin dilaciones indebidas.
breach-duty-people = Además afecta datos de niñas o niños menores de 14 años o datos sensibles: debe comunicarse también a cada persona afectada (o a quien tenga su cuidado), en un lenguaje claro y sencillo.
breach-duty-none = Se evaluó que no puso en riesgo a las personas: queda registrado, sin obligación de comunicarlo.
breach-report-recorded = Registrado el { $date }.
breach-signature = Firma de quien informa
## Eliminar y deshacer; fechas de lo ocurrido; confirmación de fusión; resultados de búsqueda
error-date-in-future = { $field ->
    [received_on] La fecha en que se recibió
    [receivedOn] La fecha en que se recibió
    [answered_on] La fecha de la respuesta
    [noted_on] La fecha de la nota
    [added_on] La fecha en que se agregó la evidencia
    [on] La fecha del paso
   *[other] La fecha
  } no puede ser posterior a hoy: registre solo lo que ya ocurrió.
error-after-next-step = La fecha no puede ser posterior al paso siguiente del seguimiento.
delete-action = Eliminar
delete-confirm-forum = ¿Eliminar el foro «{ $label }»?
delete-confirm-milestone = ¿Eliminar el hito «{ $label }»?
delete-confirm-note = ¿Eliminar la nota «{ $label }»?
delete-confirm-evidence = ¿Eliminar el archivo «{ $label }»?
delete-confirm-feedback = ¿Eliminar la opinión «{ $label }»?
delete-takes-nothing = No se elimina nada más.
delete-takes = Se eliminarán también { $list }.
delete-and = { $first } y { $last }
delete-takes-sign-ins = { $count ->
    [one] 1 asistencia
   *[other] { $count } asistencias
  }
delete-takes-facilitators = { $count ->
    [one] 1 facilitador
   *[other] { $count } facilitadores
  }
delete-takes-feedback = { $count ->
    [one] 1 opinión con su seguimiento
   *[other] { $count } opiniones con su seguimiento
  }
delete-takes-notes = { $count ->
    [one] 1 nota
   *[other] { $count } notas
  }
delete-takes-evidence = { $count ->
    [one] 1 archivo
   *[other] { $count } archivos
  }
delete-undo-hint = Podrá deshacerlo durante unos segundos.
deleted-forum = Se eliminó el foro «{ $label }».
deleted-milestone = Se eliminó el hito «{ $label }».
deleted-note = Se eliminó la nota.
deleted-evidence = Se eliminó el archivo «{ $label }».
deleted-feedback = Se eliminó la opinión.
undo-action = Deshacer
undo-done = Se deshizo la eliminación.
step-correct = Corregir fecha
step-correct-label = Nueva fecha del paso
step-correct-save = Guardar fecha
merge-side-survivor = Se conserva
merge-side-duplicate = Se fusiona en la anterior
merge-forums-attended = Foros
merge-first-seen = Primera vez
merge-last-seen = Última vez
merge-nothing = —
search-result-received = recibida el { $date }
feedback-single = Se muestra la opinión elegida en la búsqueda.
feedback-single-all = Ver todas las opiniones
merge-rut = RUT
error-pdf-no-viewer = No se pudo abrir el PDF: este computador no tiene un visor de PDF que responda. El archivo está en { $path }; ábralo desde allí o instale un visor.
field-feedback-person = Quién lo dijo
field-optional = opcional
feedback-person-none = Sin nombre
person-exported = Datos de la persona guardados en { $path }
## Hojas en papel, evidencias que viajan, conflictos y carpeta compartida (issue 14)
pack-col-row = N.º
pack-col-code = Código
pack-sheet-codes-note = El código junto a cada nombre sirve para pasar la hoja al computador: en «Pasar una hoja en papel» se escribe el código y Enter.
pack-forums-signed-note = * Asistencia pasada desde una hoja de firmas en papel; la hoja firmada se guarda como evidencia del foro.
pack-annex-signed-sheet = La asistencia de este foro se pasó desde una hoja de firmas en papel. La foto o el escaneo de la hoja firmada se guarda como evidencia, con su SHA-256.
paper-open = Pasar una hoja en papel
paper-leave = Volver al registro
paper-search-label = Código, número de fila o nombre
paper-search-hint = Escriba el código impreso junto al nombre y Enter para marcarlo. Para una fila en blanco, escriba su número (o el nombre) y Enter, y complete la persona nueva. Esc borra.
paper-sheet-heading = Hoja en papel
paper-lines-label = Nombres impresos en la hoja
paper-progress = { $done } de { $total } marcados
paper-next-blank = Siguiente fila en blanco: { $row }.
paper-blanks-done = Ya se pasaron todas las filas en blanco.
paper-row-title = Fila { $row }: persona nueva
paper-ticked = registrado
paper-signed-heading = Hoja firmada (foto o escaneo)
paper-signed-none = Aún no se adjunta la hoja firmada.
paper-signed-path = Foto o escaneo de la hoja firmada
paper-signed-choose = Elegir la foto o el escaneo de la hoja firmada
paper-signed-add = Adjuntar la hoja firmada
paper-signed-added = Se guardó «{ $name }» como evidencia del foro.
sync-file-refused-changed = Se rechazó el archivo de evidencia «{ $name }»: su contenido no coincide con su SHA-256 (se dañó o se cambió en el camino). El registro llegó; pida el archivo otra vez.
sync-file-refused-too-large = Se rechazó el archivo de evidencia «{ $name }»: es más grande de lo anunciado o del límite de 50 MB.
sync-file-refused-unknown = Se rechazó un archivo de evidencia que no corresponde a ningún registro.
sync-files-report = Archivos de evidencia: { $received } recibidos, { $here } ya estaban, { $refused } rechazados.
sync-plan = { $files ->
    [0] Este archivo llevará { $rows } registros y ningún archivo de evidencia.
    [one] Este archivo llevará { $rows } registros y un archivo de evidencia ({ $size }).
   *[other] Este archivo llevará { $rows } registros y { $files } archivos de evidencia ({ $size }).
  }
sync-plan-unavailable = { $count ->
    [one] Un archivo de evidencia registrado no está en este computador (o cambió) y no se enviará.
   *[other] { $count } archivos de evidencia registrados no están en este computador (o cambiaron) y no se enviarán.
  }
sync-files-received = { $received ->
    [0] No llegaron archivos de evidencia nuevos.
    [one] Llegó un archivo de evidencia, revisado con su SHA-256.
   *[other] Llegaron { $received } archivos de evidencia, revisados con su SHA-256.
  }
sync-folder-title = Carpeta compartida
sync-folder-help = Elija una carpeta que vean todos los computadores (un pendrive, o una que Syncthing u otro programa ya lleva entre ellos). Grupo Motor deja ahí su propio archivo e importa los de sus colegas que no ha visto, al abrirse y cuando lo pida. Nunca borra el archivo de otro computador.
sync-folder-chosen = Carpeta elegida: { $folder }
sync-folder-none = Aún no se elige una carpeta compartida.
sync-folder-path = Carpeta compartida (escriba o pegue la ruta para elegirla o cambiarla)
sync-folder-now = Sincronizar ahora
sync-folder-report = Carpeta compartida: { $imported ->
    [0] ningún archivo nuevo de colegas
    [one] se importó un archivo de un colega
   *[other] se importaron { $imported } archivos de colegas
  }, { $unchanged } sin cambios desde la última vez; este computador dejó { $written }.
error-sync-folder-missing = Esa carpeta no existe o no es una carpeta. Revise la ruta (¿está conectado el pendrive?).
error-sync-folder-none = Primero elija la carpeta compartida.
error-conflict-keep-other = No se pudo tomar el valor del otro computador: choca con otro registro (por ejemplo, un RUT que ya tiene otra persona). Corríjalo a mano.
conflicts-title = Conflictos
conflicts-help = Registros que se cambiaron en los dos computadores desde la última vez que se intercambiaron. Si cambiaron datos distintos, se unieron (actualización paralela); si cambió el mismo dato, se tomó el más reciente (conflicto). Revise cada uno: puede quedarse con el otro valor o marcarlo como revisado.
conflicts-with-reviewed = Mostrar también los revisados
conflicts-none = No hay conflictos por revisar.
conflicts-waiting = { $count ->
    [one] Un cambio hecho en dos computadores espera revisión.
   *[other] { $count } cambios hechos en dos computadores esperan revisión.
  }
conflicts-open = Revisar conflictos
conflicts-kind-parallel = Actualización paralela
conflicts-kind-same_field = Conflicto
conflicts-kind-deleted = Eliminado y editado
conflicts-found = Encontrado el { $date } a las { $time }
conflicts-was-reviewed = revisado
conflicts-was-kept-other = revisado: se tomó el otro valor
conflicts-col-field = Dato
conflicts-col-this = Este computador
conflicts-col-other = El otro
conflicts-col-kept = Quedó
conflicts-keep-other = Quedarse con el otro valor
conflicts-mark-reviewed = Marcar como revisado
conflicts-kept-other = { $label }: ahora vale el otro valor; el cambio viajará en la próxima sincronización.
conflicts-marked = { $label }: marcado como revisado.
conflicts-empty-value = (vacío)
conflicts-reference = (otro registro)
conflicts-deleted-value = eliminado
conflicts-table-neighbourhood = Barrio
conflicts-table-organization = Organización
conflicts-table-person = Persona
conflicts-table-commitment = Compromiso
conflicts-table-milestone = Hito
conflicts-table-milestone_note = Nota de un hito
conflicts-table-evidence = Evidencia
conflicts-table-forum = Foro
conflicts-table-forum_commitment = Compromiso de un foro
conflicts-table-forum_facilitator = Facilitador de un foro
conflicts-table-attendance = Asistencia
conflicts-table-feedback = Opinión
conflicts-table-feedback_event = Paso de una opinión
conflicts-table-meeting_pack = Pack de reunión
conflicts-field-full_name = Nombre
conflicts-field-rut = RUT
conflicts-field-phone = Teléfono
conflicts-field-email = Correo
conflicts-field-neighbourhood_id = Barrio
conflicts-field-organization_id = Organización
conflicts-field-age_band = Tramo de edad
conflicts-field-gender = Género
conflicts-field-is_driving_group = Integrante del grupo motor
conflicts-field-title = Título
conflicts-field-place = Lugar
conflicts-field-starts_at = Fecha y hora
conflicts-field-kind = Tipo
conflicts-field-agenda = Temario
conflicts-field-minutes = Acta
conflicts-field-text = Texto
conflicts-field-status = Estado
conflicts-field-priority = Prioridad
conflicts-field-answer = Respuesta
conflicts-field-completion = Nivel de avance
conflicts-field-progress = Avance
conflicts-field-planned_start = Inicio previsto
conflicts-field-planned_end = Término previsto
conflicts-field-role = Rol
conflicts-field-deleted_at = Eliminado
conflicts-field-name = Nombre
conflicts-field-other = Otro dato
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
