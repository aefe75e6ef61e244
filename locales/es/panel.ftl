# Panel de filtros (§3) y vistas guardadas.

## The filter panel

panel-content = Progreso en contenidos
panel-content-item = Contenido
panel-any = Cualquiera
panel-progress = Progreso
# Se lee «… <contenido>», como en los filtros activos.
panel-progress-option = { $progress ->
    [completed] Ha completado
   *[not_completed] No ha completado
    [not_started] No ha empezado
    [in_progress] Está cursando
    [overdue] Tiene vencido
}
panel-hire-date = Fecha de contratación
panel-hired-within = Contratado en los últimos (días)
panel-hired-from = Contratado desde
panel-hired-to = Contratado hasta
panel-days-invalid = Introduce un número entero de días entre 1 y { $max }.
panel-range-invalid = «Contratado desde» debe ser anterior o igual a «Contratado hasta».

## Saved views

views = Vistas guardadas
views-list = Lista de vistas guardadas
views-error = No se pudieron cargar las vistas guardadas. { $error }
view-name = Nombre de la vista
view-name-placeholder = Pon nombre a estos filtros
view-save = Guardar vista
view-name-empty = Introduce un nombre
view-name-long = El nombre no puede superar los { $max } caracteres
view-apply = Aplicar la vista { $name }
view-rename = Renombrar
view-rename-named = Renombrar la vista { $name }
view-new-name = Nuevo nombre para { $name }
view-save-name = Guardar nombre
view-delete = Eliminar
view-delete-named = Eliminar la vista { $name }
