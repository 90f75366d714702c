## Grupo Motor — catálogo en español (Chile). Compartido por la interfaz, la CLI y el PDF.
## Las mismas claves existen en en.ftl (una prueba lo verifica).

## Errores que envía el núcleo
error-required = Este campo es obligatorio.
error-too-long = Es demasiado largo.
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
error-end-before-start = El término no puede ser anterior al inicio.
error-unexpected = Ocurrió un error inesperado. Intente de nuevo.
error-demo-not-empty = La base de datos ya tiene registros: los datos de demostración solo se cargan en una base vacía.
error-phone-format = El teléfono no es válido. Escríbalo como +56 9 1234 5678.
error-email-format = El correo electrónico no es válido. Escríbalo como nombre@dominio.cl.
error-consent-required = Para guardar un teléfono o correo, primero registre el consentimiento de la persona.
error-merge-same-person = No se puede fusionar una persona consigo misma.
error-before-received = La fecha no puede ser anterior a la fecha en que se recibió.
error-evidence-file = No se pudo leer el archivo elegido.
error-evidence-kind = Ese tipo de archivo no se acepta como respaldo. Use PDF, imágenes, documentos o planillas.
error-evidence-too-large = El archivo pesa más de 50 MB.
error-evidence-changed = El archivo de respaldo fue modificado fuera de Grupo Motor y no se abrirá.

## Vocabularios (también los usa la interfaz)
forum-kind-co_creation_forum = Foro de co-creación
forum-kind-multi_stakeholder_forum = Foro multiactor
forum-kind-interim_session = Sesión intermedia
forum-kind-quarterly_meeting = Reunión trimestral
forum-kind-childrens_roundtable = Mesa de niñas, niños y adolescentes
forum-kind-consultation = Consulta
