# Procesos (§8, §13): lista, avisos, progreso, piloto, proceso programado y resumen.
# «Proceso» para un proceso por lotes (job); «Tarea» ya es la acción «Add task».

## Shared by the job views, the history and the saved views

previous = Anterior
next = Siguiente
download-csv = Descargar CSV
csv-error = No se pudo generar el CSV. { $error }
column-outcome = Resultado
column-reason = Motivo

## The tray and the completion toasts

jobs-none = Todavía no hay procesos.
jobs-running = { $count } en curso
jobs-scheduled = { $count ->
    [one] { $count } programado
   *[other] { $count } programados
}
jobs-waiting = { $count } esperando tu acción
job-tray-progress = { $done } de { $total } · { $percent } %
job-progress-of = Progreso de { $title }
job-reconnecting = Reconectando…
job-scheduled-for = Programado para el { $when }
toast = Proceso terminado
toast-view-summary = Ver resumen
toast-dismiss = Descartar
job-loading = Cargando el proceso…
job-status = { $status ->
    [scheduled] Programado
    [queued] En espera de inicio
    [running] En curso
    [paused] Esperando tu acción
    [succeeded] Terminado
    [completed_with_failures] Terminado con errores
    [failed] Fallido
   *[cancelled] Cancelado
}

## What a finished job did

job-done = { $count ->
    [one] { $action ->
        [resend_invitations] Invitación reenviada a { $count } usuario
        [send_password_reset] Restablecimiento de contraseña enviado a { $count } usuario
        [deactivate] { $count } usuario desactivado
        [reactivate] { $count } usuario reactivado
        [delete] { $count } usuario eliminado
        [add_to_team] { $count } usuario añadido a { $what }
        [add_specialisms] { $what } añadido a { $count } usuario
        [add_labels] { $what } añadido a { $count } usuario
        [change_role] Rol de { $count } usuario cambiado a { $what }
        [change_language] Idioma de { $count } usuario cambiado a { $what }
        [remove_labels] { $what } quitado de { $count } usuario
        [add_task] { $what } asignado a { $count } usuario
        [assign_certificate] { $what } asignado a { $count } usuario
        [share_content] { $what } compartido con { $count } usuario
        [undo] «{ $what }» deshecho para { $count } usuario
       *[send_notification] «{ $what }» enviado a { $count } usuario
    }
   *[other] { $action ->
        [resend_invitations] Invitaciones reenviadas a { $count } usuarios
        [send_password_reset] Restablecimientos de contraseña enviados a { $count } usuarios
        [deactivate] { $count } usuarios desactivados
        [reactivate] { $count } usuarios reactivados
        [delete] { $count } usuarios eliminados
        [add_to_team] { $count } usuarios añadidos a { $what }
        [add_specialisms] { $what } añadido a { $count } usuarios
        [add_labels] { $what } añadido a { $count } usuarios
        [change_role] Rol de { $count } usuarios cambiado a { $what }
        [change_language] Idioma de { $count } usuarios cambiado a { $what }
        [remove_labels] { $what } quitado de { $count } usuarios
        [add_task] { $what } asignado a { $count } usuarios
        [assign_certificate] { $what } asignado a { $count } usuarios
        [share_content] { $what } compartido con { $count } usuarios
        [undo] «{ $what }» deshecho para { $count } usuarios
       *[send_notification] «{ $what }» enviado a { $count } usuarios
    }
}
job-cancelled = { $total ->
    [one] { $title } cancelado tras { $done } de { $total } usuario
   *[other] { $title } cancelado tras { $done } de { $total } usuarios
}
job-failed-all = { $count ->
    [one] { $title } falló para { $count } usuario
   *[other] { $title } falló para los { $count } usuarios
}
job-skipped-count = { $count ->
    [one] { $count } omitido
   *[other] { $count } omitidos
}
job-failed-count = { $count ->
    [one] { $count } fallido
   *[other] { $count } fallidos
}

## A job's progress

job-progress = { $total ->
    [one] { $done } de { $total } usuario · { $percent } %
   *[other] { $done } de { $total } usuarios · { $percent } %
}
duration-seconds = { $s } s
duration-minutes = { $min } min { $s } s
duration-hours = { $h } h { $min } min
job-elapsed = Transcurrido
job-time-left = Tiempo restante
job-estimating = Calculando…
job-about = unos { $duration }
outcome-heading = { $outcome ->
    [succeeded] Correctos
    [skipped] Omitidos
   *[failed] Fallidos
}
outcome = { $outcome ->
    [succeeded] Cambiado
    [skipped] Omitido
   *[failed] Fallido
}
job-cancel = Cancelar proceso
job-background = Ejecutar en segundo plano
job-stop-title = ¿Detener este proceso?
job-stop-body = Se detiene antes del siguiente lote de usuarios. Usuarios procesados hasta ahora: { $done } de { $total }; conservan el cambio.
job-keep-running = Seguir ejecutando
job-stop = Detener proceso
job-not-cancelled = No se pudo cancelar el proceso. { $error }
job-retry-title = Reintentar fallidos: { $action }
job-undo-title = Deshacer: { $action }

## A scheduled job

job-starts = Empieza el { $when }.
job-run-now = Ejecutar ahora
job-reschedule = Reprogramar
job-new-time = Nueva fecha y hora ({ $zone })
job-save-time = Guardar nueva hora
job-not-started = No se pudo iniciar el proceso ahora. { $error }
job-not-moved = No se pudo cambiar la hora del proceso. { $error }

## A pilot done

pilot-tried = { $count ->
    [one] Probado con { $count } usuario: comprueba el resultado
   *[other] Probado con { $count } usuarios: comprueba el resultado
}
pilot-stop = Detener aquí
pilot-stop-undoable = «Detener aquí» mantiene el cambio para estos usuarios; después, el resumen ofrece deshacerlo.
pilot-stop-kept = «Detener aquí» mantiene el cambio para estos usuarios.
job-not-resumed = No se pudo continuar el proceso. { $error }
job-not-stopped = No se pudo detener el proceso. { $error }
pilot-users = Usuarios del piloto
pilot-users-loading = Cargando los usuarios del piloto…
pilot-users-error = No se pudieron cargar los usuarios del piloto. { $error }

## The summary of a finished job

summary = Resumen
summary-reason = Motivo:
summary-reasons = Qué se omitió o falló
summary-retry = Reintentar fallidos
summary-select-failed = Seleccionar usuarios fallidos
summary-undo = Deshacer
summary-failed-error = No se pudieron cargar los usuarios fallidos. { $error }
undo-title = ¿Deshacer «{ $job }»?
undo-body = { $count ->
    [one] Se restauran los valores anteriores del usuario que cambió este proceso. Los usuarios que otra persona haya cambiado desde entonces se quedan como están.
   *[other] Se restauran los valores anteriores de los { $count } usuarios que cambió este proceso. Los usuarios que otra persona haya cambiado desde entonces se quedan como están.
}
undo-keep = Conservar los cambios
undo-confirm = Deshacer cambios
affected = Usuarios omitidos y fallidos
affected-pages = Páginas de usuarios afectados
affected-loading = Cargando los usuarios afectados…
affected-error = No se pudieron cargar los usuarios afectados. { $error }
csv-user-id = ID de usuario
csv-advice = Qué hacer

## Why users were skipped or failed, and what the admin can do

reason = { $code ->
    [already_accepted] Ya aceptó la invitación
    [invitation_pending] Invitación aún no aceptada
    [user_inactive] El usuario está inactivo
    [already_inactive] Ya está inactivo
    [already_active] Ya está activo
    [already_in_team] Ya está en el equipo
    [already_has_specialisms] Ya tiene estas especialidades
    [already_has_role] Ya tiene este rol
    [already_has_language] Ya usa este idioma
    [already_has_label] Ya tiene estas etiquetas
    [label_not_present] No tiene estas etiquetas
    [already_assigned] Tarea ya asignada
    [already_certified] Ya tiene este certificado
    [managed_by_sso] Gestionado por el proveedor de identidad (SSO)
    [cannot_deactivate_self] No puedes desactivarte a ti mismo
    [cannot_delete_self] No puedes eliminarte a ti mismo
    [cannot_change_own_role] No puedes cambiar tu propio rol
    [owner_protected] Solo un propietario puede cambiar a un propietario
    [email_bounced] Correo electrónico rebotado
    [user_deleted] El usuario fue eliminado
   *[changed_since] Otra persona lo cambió después del proceso
}
reason-advice = { $code ->
    [managed_by_sso] Cámbialo en tu proveedor de identidad; el LMS no puede anularlo.
    [email_bounced] Comprueba la dirección de correo en el perfil del usuario y vuelve a intentarlo.
    [owner_protected] Pide a un propietario que haga este cambio.
    [self] Pide a otro administrador que haga este cambio por ti.
    [changed_since] Alguien cambió estos usuarios después del proceso; revísalos uno por uno.
    [user_deleted] No hay nada que hacer: el usuario ya no existe.
    [user_inactive] Reactiva primero a estos usuarios si deben recibir esto.
    [invitation_pending] Reenvía la invitación; podrás hacerlo cuando se haya aceptado.
   *[already] No hay nada que hacer: estos usuarios ya estaban como se pedía.
}
