list-intro = Correos, nombres de usuario o ID de usuario, mezclados, hasta 10.000.
list-paste = Pega la lista
list-paste-help = Uno por línea, o separados por comas, puntos y coma o tabulaciones: sirve una columna copiada de una hoja de cálculo.
list-file = O elige un archivo .csv o .txt
list-file-help = La columna con el encabezado email, username o id; si no, la primera. UTF-8, con o sin marca de orden de bytes (BOM).
list-match = Buscar coincidencias
list-matching = Buscando coincidencias…
list-pasted-name = Lista pegada, { $day } { $time }
list-name = Lista: { $name }
list-unmatched = Sin coincidencia, con el motivo (selecciona para copiar)
list-download = Descargar CSV de las entradas sin coincidencia
list-another = Buscar otra lista
list-matched = { $count } de { $total } con coincidencia
list-not-found = { $count ->
    [one] { $count } no encontrado
   *[other] { $count } no encontrados
}
list-ambiguous = { $count ->
    [one] { $count } ambiguo
   *[other] { $count } ambiguos
}
list-invalid = { $count ->
    [one] { $count } no válido
   *[other] { $count } no válidos
}
list-duplicates = { $count ->
    [one] { $count } duplicado
   *[other] { $count } duplicados
}
list-show = { $count ->
    [one] Mostrar este usuario
   *[other] Mostrar estos { $count } usuarios
}
list-show-select = { $count ->
    [one] Mostrar y seleccionar este usuario
   *[other] Mostrar y seleccionar los { $count }
}
list-why-not-found = Ningún usuario tiene este correo, nombre de usuario o ID
list-why-ambiguous = Más de un usuario tiene este nombre de usuario
list-why-invalid = No es un correo, un nombre de usuario ni un ID
list-why-duplicate = Ya está en la lista
list-csv-entry = Entrada
list-csv-reason = Motivo
list-empty = No hay nada que buscar. Pega correos, nombres de usuario o ID de usuario, uno por línea o separados por comas, o elige un archivo.
list-too-many = { $max } como máximo; esta lista tiene { $count }. Divídela en listas más pequeñas.
list-not-utf8 = Este archivo no es texto UTF-8. Guárdalo como CSV UTF-8 y vuelve a elegirlo.
list-no-column = Este archivo no tiene una columna de correos, nombres de usuario o ID. Pon a esa columna el encabezado email, username o id, o ponla en primer lugar.
list-unreadable = No se pudo leer este archivo. Vuelve a elegirlo.
