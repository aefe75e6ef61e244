# Historial de procesos por lotes de la organización (§14).

history = Historial
history-list = Procesos por lotes
history-loading = Cargando el historial…
history-error = No se pudo cargar el historial. { $error }
history-empty = Ningún proceso por lotes coincide con estos filtros.
history-pages = Páginas del historial
history-range = { $total ->
    [one] { $first }–{ $last } de { $total } proceso
   *[other] { $first }–{ $last } de { $total } procesos
}
history-none = No hay procesos

## Filters

history-filters = Filtros del historial
history-any-admin = Cualquier administrador
history-any-action = Cualquier acción
history-any-status = Cualquier estado
history-from = Desde
history-to = Hasta

## A job's facts

history-job-id = ID del proceso
history-created = Creado
history-started = Iniciado
history-finished = Terminado
history-run-by = Ejecutado por
history-action = Acción
history-job = Proceso
history-selection = Selección
history-users = Usuarios
history-undone-by = Deshecho por
history-back = Volver a la lista
history-no-reason = No se indicó
history-download-all = { $count ->
    [one] Descargar CSV de { $count } usuario
   *[other] Descargar CSV de los { $count } usuarios
}
history-counts = { $total ->
    [one] { $total } usuario
   *[other] { $total } usuarios
} · correctos: { $succeeded }, omitidos: { $skipped }, fallidos: { $failed }

## How a job's users were chosen

history-chosen = { $count ->
    [one] { $count } usuario elegido
   *[other] { $count } usuarios elegidos
}
history-every-user = Todos los usuarios
history-every-user-but = Todos los usuarios ({ $count } excluidos)
history-matching = Usuarios que coinciden con { $filters }
history-matching-but = Usuarios que coinciden con { $filters } ({ $count } excluidos)
history-failed-of = Los usuarios fallidos de { $job }
history-changed-by = Los usuarios que cambió { $job }
