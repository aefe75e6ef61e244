# El menú «Acciones» y los diálogos de las acciones. Tuteo, como en people-log.ftl.

act-history = Historial
act-me-failed = No se pudieron cargar tus permisos. { $error }
act-group-users = Gestión de usuarios
act-group-organisation = Organización
act-group-content = Contenido y comunicación

act-resend-invitations = Reenviar invitaciones
act-send-password-reset = Restablecer contraseña
act-deactivate = Desactivar
act-reactivate = Reactivar
act-delete = Eliminar
act-add-to-team = Añadir a un equipo
act-add-specialisms = Añadir especialidades
act-change-role = Cambiar rol
act-change-language = Cambiar idioma
act-add-labels = Añadir etiquetas
act-remove-labels = Quitar etiquetas
act-add-task = Añadir tarea
act-share-content = Compartir contenido
act-send-notification = Enviar notificación
act-assign-certificate = Asignar certificado

about-resend-invitations = Enviar nuevos correos de invitación a los usuarios que aún no la han aceptado.
about-send-password-reset = Enviar a cada usuario un enlace para establecer una nueva contraseña.
about-deactivate = Poner a los usuarios como inactivos: ya no podrán iniciar sesión. «Reactivar» lo deshace.
about-reactivate = Volver a activar a los usuarios inactivos.
about-delete = Eliminar de forma permanente a los usuarios y sus registros. No se puede deshacer.
about-add-to-team = Añadir a los usuarios a un equipo; sus otros equipos se mantienen.
about-add-specialisms = Añadir áreas de especialización a los usuarios.
about-change-role = Dar a los usuarios otro rol, lo que cambia lo que pueden hacer.
about-change-language = Establecer el idioma en el que los usuarios ven el LMS.
about-add-labels = Añadir etiquetas para organizar y filtrar a los usuarios.
about-remove-labels = Quitar etiquetas de los usuarios.
about-add-task = Asignar una tarea a los usuarios, con fecha de vencimiento opcional.
about-share-content = Compartir cursos, elementos, canales o listas de aprendizaje con los usuarios.
about-send-notification = Enviar a los usuarios una notificación con el asunto y el mensaje que elijas.
about-assign-certificate = Otorgar un certificado a los usuarios, con la fecha que elijas.

act-steps = Pasos
step-configure = Configurar
step-review = Revisar
step-run = Ejecutar
cancel = Cancelar
back = Atrás
close = Cerrar
act-starting = Iniciando…

field-specialisms = Especialidades
field-new-role = Nuevo rol
field-task = Tarea
field-due-date = Fecha de vencimiento (opcional)
field-content = Contenido que compartir
field-note = Nota (opcional)
field-subject = Asunto
field-message = Mensaje
field-certificate = Certificado
field-issue-date = Fecha de emisión
content-kind = Tipo de contenido
content-courses = Cursos
content-items = Elementos
content-channels = Canales
# «Learnlist» es un término del producto; traducción dudosa.
content-learnlists = Listas de aprendizaje
field-length = { $count } / { $max } caracteres
message-preview = Vista previa de la notificación
message-preview-intro = Lo que ve cada destinatario:

need-confirm-count = Escribe el número de usuarios
need-team = Elige un equipo
need-specialism = Elige al menos una especialidad
need-role = Elige un rol
need-language = Elige un idioma
need-label = Elige al menos una etiqueta
need-task = Elige una tarea
need-due-date = Escribe la fecha de vencimiento como AAAA-MM-DD
need-due-date-ahead = La fecha de vencimiento ya pasó
need-content = Elige al menos un elemento que compartir
need-note-length = La nota puede tener como máximo { $max } caracteres
need-subject = Escribe un asunto
need-subject-length = El asunto puede tener como máximo { $max } caracteres
need-message = Escribe un mensaje
need-message-length = El mensaje puede tener como máximo { $max } caracteres
need-certificate = Elige un certificado
need-issue-date = Escribe la fecha de emisión como AAAA-MM-DD
need-issue-date-past = La fecha de emisión es futura

do-resend-invitations = { $count ->
    [one] Reenviar invitaciones a { $count } usuario
   *[other] Reenviar invitaciones a { $count } usuarios
}
do-send-password-reset = { $count ->
    [one] Enviar un restablecimiento de contraseña a { $count } usuario
   *[other] Enviar un restablecimiento de contraseña a { $count } usuarios
}
do-deactivate = { $count ->
    [one] Desactivar { $count } usuario
   *[other] Desactivar { $count } usuarios
}
do-reactivate = { $count ->
    [one] Reactivar { $count } usuario
   *[other] Reactivar { $count } usuarios
}
do-delete = { $count ->
    [one] Eliminar de forma permanente { $count } usuario
   *[other] Eliminar de forma permanente { $count } usuarios
}
do-add-to-team = { $count ->
    [one] Añadir { $count } usuario al equipo { $name }
   *[other] Añadir { $count } usuarios al equipo { $name }
}
do-add-specialisms = { $count ->
    [one] Añadir { $names } a { $count } usuario
   *[other] Añadir { $names } a { $count } usuarios
}
do-change-role = { $count ->
    [one] Cambiar el rol de { $count } usuario a { $name }
   *[other] Cambiar el rol de { $count } usuarios a { $name }
}
do-change-language = { $count ->
    [one] Cambiar el idioma de { $count } usuario a { $name }
   *[other] Cambiar el idioma de { $count } usuarios a { $name }
}
do-add-labels = { $count ->
    [one] Añadir las etiquetas { $names } a { $count } usuario
   *[other] Añadir las etiquetas { $names } a { $count } usuarios
}
do-remove-labels = { $count ->
    [one] Quitar las etiquetas { $names } de { $count } usuario
   *[other] Quitar las etiquetas { $names } de { $count } usuarios
}
do-add-task = { $count ->
    [one] Asignar la tarea { $name } a { $count } usuario
   *[other] Asignar la tarea { $name } a { $count } usuarios
}
do-add-task-due = { $count ->
    [one] Asignar la tarea { $name } a { $count } usuario, con vencimiento el { $date }
   *[other] Asignar la tarea { $name } a { $count } usuarios, con vencimiento el { $date }
}
do-share-content = { $count ->
    [one] Compartir { $names } con { $count } usuario
   *[other] Compartir { $names } con { $count } usuarios
}
do-send-notification = { $count ->
    [one] Enviar la notificación «{ $name }» a { $count } usuario
   *[other] Enviar la notificación «{ $name }» a { $count } usuarios
}
do-assign-certificate = { $count ->
    [one] Asignar el certificado { $name } a { $count } usuario, emitido el { $date }
   *[other] Asignar el certificado { $name } a { $count } usuarios, emitido el { $date }
}
act-names-two = { $first } y { $last }
act-names-more = { $first }, { $rest }
with-pilot = { $action }: primero { $size } y el resto cuando lo confirmes
with-schedule = { $action }, el { $when }

act-users = { $count ->
    [one] { $count } usuario
   *[other] { $count } usuarios
}
scope-matching = Todos los usuarios que cumplen estos filtros:
scope-chips = Filtros de esta selección
scope-no-filters = Sin filtros: todos los usuarios
scope-hidden = { $count ->
    [one] { $count } de ellos está oculto por los filtros actuales.
   *[other] { $count } de ellos están ocultos por los filtros actuales.
}
scope-leave-out = Excluirlos
large-batch = { $count ->
    [one] ⚠ Ten cuidado con las selecciones grandes. Revisa los filtros y el número antes de actuar sobre { $count } usuario.
   *[other] ⚠ Ten cuidado con las selecciones grandes. Revisa los filtros y el número antes de actuar sobre { $count } usuarios.
}
preview-title = Qué va a pasar
preview-checking = Comprobando cada usuario…
preview-failed = La simulación falló. { $error }
preview-will-change = { $count ->
    [one] { $count } cambiará
   *[other] { $count } cambiarán
}
preview-will-skip = { $count ->
    [one] { $count } se omitirá
   *[other] { $count } se omitirán
}
preview-will-fail = { $count ->
    [one] { $count } fallará
   *[other] { $count } fallarán
}
preview-total-moved = { $total ->
    [one] Ahora coincide { $total } usuario, no { $selected } como se seleccionó.
   *[other] Ahora coinciden { $total } usuarios, no { $selected } como se seleccionó.
}
preview-reasons = Motivos
preview-reason = { $outcome ->
    [succeeded] { $count ->
        [one] { $count } cambiará: { $reason }
       *[other] { $count } cambiarán: { $reason }
    }
    [skipped] { $count ->
        [one] { $count } omitido: { $reason }
       *[other] { $count } omitidos: { $reason }
    }
   *[failed] { $count ->
        [one] { $count } fallará: { $reason }
       *[other] { $count } fallarán: { $reason }
    }
}
preview-sample = Algunos de los usuarios
preview-outcome = Resultado
act-outcome = { $outcome ->
    [succeeded] cambiará
    [skipped] omitido
   *[failed] fallará
}
act-outcome-why = { $outcome ->
    [succeeded] cambiará: { $reason }
    [skipped] omitido: { $reason }
   *[failed] fallará: { $reason }
}
confirm-delete = Escribe { $count } para confirmar que quieres eliminar a estos usuarios de forma permanente

run-count-changed = Desde tu revisión, el número de usuarios que coinciden ha cambiado: ahora { $now }, no { $reviewed }. Comprueba el nuevo número antes de ejecutar.
run-review-count = Revisar el nuevo número
run-forbidden = Ya no puedes ejecutar esta acción: tus permisos han cambiado. Se ha quitado del menú Acciones.
run-session-expired = Tu sesión ha caducado. Vuelve a iniciar sesión en otra pestaña y reinténtalo: no se pierde nada de lo que escribiste.

pilot-legend = Prueba piloto
pilot-try = Probar primero con { $size }
pilot-size = Usuarios para la prueba
pilot-hint = Elegidos de toda la selección. Después, la tarea espera a que continúes con el resto o la detengas.
pilot-whole-number = Escribe un número entero del 1 al { $max }
pilot-range = Prueba primero la acción con 1 a { $max } usuarios
pilot-fewer = Prueba con menos de los { $count } usuarios seleccionados, o ejecútala con todos
pilot-continue = Continuar con los { $count } restantes

when-legend = Cuándo
when-now = Ejecutar ahora
when-schedule = Programar
when-at = Fecha y hora ({ $zone })
when-day-time = { $day } a las { $time }
when-choose = Elige una fecha y hora
when-passed = Esa hora ya pasó: elige una posterior
when-too-far = Elige una hora como máximo { $days } días después de hoy
when-resolved = Se aplica a los usuarios que cumplan estos filtros cuando empiece: { $count } hoy.
out-of-hours = Esto es fuera del horario laboral (de 08:00 a 18:00, de lunes a viernes). Ten en cuenta el momento: evita enviar mensajes no urgentes fuera de horario.

reason-label = Motivo (se muestra en el historial)
reason-required = obligatorio
reason-length = { $count } de { $max } caracteres
reason-too-long = El motivo puede tener como máximo { $max } caracteres
reason-needed-over = Indica un motivo: toda tarea sobre más de { $count } usuarios lo necesita
reason-needed-for = Indica un motivo: toda tarea «{ $action }» lo necesita

pick-chosen = Elegidos: { $field }
pick-search = Buscar en { $field }
pick-remove = Quitar { $name }
pick-placeholder = Escribe para buscar
pick-none = No hay coincidencias. Prueba con menos letras.
pick-more = Se muestran { $shown } de { $count }. Escribe para acotar la lista.

