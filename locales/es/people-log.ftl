# People Log en español. Fuente: locales/en/people-log.ftl (mismos identificadores y variables).
# «many» (1.000.000 o más) toma la variante por defecto *[other].

## The screen and its parts

results = Personas
loading = Cargando…
part-failed = No se pudo cargar una parte de People Log. Comprueba tu conexión y vuelve a intentarlo.
retry = Reintentar

## Filter bar

filter-search = Buscar por nombre o correo electrónico
filter-button = { $count ->
    [0] Filtros
   *[other] Filtros · { $count }
}
# Combinaciones de filtros guardadas.
filter-views = Vistas
filter-chips = Filtros activos
filter-chip-remove = Quitar el filtro { $filter }
filter-clear-all = Borrar todo
filter-options-error = No se pudieron cargar las opciones de filtro. { $error }
density = Densidad
density-comfortable = Cómoda
density-compact = Compacta

## Chips: one active filter each

chip-list = En la lista
chip-list-named = En la lista: { $name } ({ $count })
chip-list-unavailable = En la lista: ya no está disponible
chip-search = Búsqueda: { $text }
chip-status = Estado: { $value }
chip-role = Rol: { $value }
chip-team = Equipo: { $value }
chip-label = Etiqueta: { $value }
chip-language = Idioma: { $value }
chip-specialism = Especialidad: { $value }
chip-content = { $progress ->
    [completed] Ha completado { $item }
   *[not_completed] No ha completado { $item }
    [not_started] No ha empezado { $item }
    [in_progress] Está cursando { $item }
    [overdue] Tiene { $item } vencido
}
chip-hired-within = { $days ->
    [one] Contratado en el último día
   *[other] Contratado en los últimos { $days } días
}
chip-hired-between = Contratado del { $from } al { $to }
chip-hired-from = Contratado desde el { $from }
chip-hired-until = Contratado hasta el { $to }
chip-hired-any = Cualquier fecha de contratación

## Filter fields (the panel's groups)

field-status = Estado
field-role = Rol
field-team = Equipo
field-label = Etiqueta
field-language = Idioma
# Dudoso: «Especialidad» o «Área de especialización».
field-specialism = Especialidad

## A user's status and role

status-active = Activo
status-invited = Invitación pendiente
status-inactive = Inactivo
role-owner = Propietario
role-admin = Administrador
role-hr = RR. HH.
# Gestiona los contenidos formativos; algunos LMS dicen «Gestor de contenidos».
role-curator = Curador
role-learner = Alumno

## Selection bar

selection-none = Ningún usuario seleccionado
selection-count = { $count ->
    [one] { $count } seleccionado
   *[other] { $count } seleccionados
}
selection-count-of = { $count } de { $total } seleccionados
selection-not-shown = { $count ->
    [one] { $count } no visible
   *[other] { $count } no visibles
}
selection-deselect-hidden = Deseleccionar ocultos
selection-clear = Borrar
selection-from-list = Seleccionar desde una lista
toolbar-more = Más
selection-cleared-by-filters = Se borró la selección porque cambiaron los filtros.
actions = Acciones
actions-why-empty = Selecciona al menos un usuario
actions-none-allowed = No hay acciones por lotes disponibles para tu rol
actions-why-none-allowed = Tu rol no permite ejecutar acciones por lotes sobre usuarios. Pide el permiso necesario a un propietario o administrador.
# Procesos por lotes en curso o terminados; «Tareas» ya es la acción «Add task».
jobs = Procesos

## The banner above the table

banner-page-selected = { $count ->
    [one] El usuario de esta página está seleccionado.
   *[other] Los { $count } usuarios de esta página están seleccionados.
}
banner-select-all-matching = { $count ->
    [one] Seleccionar el usuario que coincide con estos filtros
   *[other] Seleccionar los { $count } usuarios que coinciden con estos filtros
}
banner-all-selected = { $count ->
    [one] { $count } usuario está seleccionado.
   *[other] Los { $count } usuarios están seleccionados.
}
banner-clear = Borrar la selección

## Table

table-caption = Usuarios
table-select-page = Seleccionar todos los usuarios de esta página
column-name = Nombre
column-email = Correo electrónico
column-status = Estado
column-role = Rol
column-teams = Equipos
column-labels = Etiquetas
column-language = Idioma
column-hire-date = Fecha de contratación
column-last-active = Última actividad
row-select = Seleccionar a { $name }
row-never-active = Nunca
table-loading = Cargando usuarios
table-error = No se pudieron cargar los usuarios. { $error }
table-empty = Ningún usuario coincide con estos filtros
table-clear-filters = Borrar filtros

## When the server refuses the view: the button that drops what it refused

recover-reset-view = Restablecer la vista
recover-invalid-filters = Quitar los filtros no válidos
recover-first-page = Ir a la primera página
recover-list = Quitar la lista
recover-page-size = Usar el tamaño de página predeterminado
recover-sort = Usar el orden predeterminado
recover-search = Quitar la búsqueda
recover-status = Quitar el filtro Estado
recover-role = Quitar el filtro Rol
recover-team = Quitar el filtro Equipo
recover-label = Quitar el filtro Etiqueta
recover-language = Quitar el filtro Idioma
recover-specialism = Quitar el filtro Especialidad
recover-content = Quitar el filtro de contenido
recover-hire-date = Quitar el filtro de fecha de contratación

## Pagination

pagination = Paginación
pagination-range = { $total ->
    [one] { $first }–{ $last } de { $total } usuario
   *[other] { $first }–{ $last } de { $total } usuarios
}
pagination-none = Ningún usuario
pagination-per-page = Filas por página
pagination-page = Página { $page } de { $pages }
pagination-first = Primera página
pagination-previous = Página anterior
pagination-next = Página siguiente
pagination-last = Última página

api-network = No se pudo conectar con el servidor. Comprueba tu conexión y vuelve a intentarlo.
api-session = Tu sesión ha caducado. Vuelve a iniciar sesión para continuar.
api-server = El servidor tuvo un problema (HTTP { $status }). Vuelve a intentarlo en un momento.
api-refused = El servidor rechazó la solicitud (HTTP { $status }).
api-decode = El servidor envió una respuesta que este widget no puede leer.
api-encode = No se pudo escribir esta solicitud, así que no se envió.
api-aborted = Se canceló la solicitud.
