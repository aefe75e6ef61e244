# People Log auf Deutsch. Quelle: locales/en/people-log.ftl (gleiche IDs, gleiche Variablen).
# "Benutzer" als generisches Maskulinum, wie in den meisten LMS-Oberflächen; ein Anbieter, der
# gendert ("Benutzer:innen"), ändert es hier an einer Stelle pro Nachricht.

## The screen and its parts

results = Personen
loading = Wird geladen …
part-failed = Ein Teil von People Log konnte nicht geladen werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.
retry = Erneut versuchen

## Filter bar

filter-search = Nach Name oder E-Mail suchen
filter-button = { $count ->
    [0] Filter
   *[other] Filter · { $count }
}
# "Ansichten": gespeicherte Filterkombinationen.
filter-views = Ansichten
filter-chips = Aktive Filter
filter-chip-remove = Filter { $filter } entfernen
filter-clear-all = Alle entfernen
filter-options-error = Die Filteroptionen konnten nicht geladen werden. { $error }
density = Anzeigedichte
density-comfortable = Komfortabel
density-compact = Kompakt

## Chips: one active filter each

chip-list = In Liste
chip-list-named = In Liste: { $name } ({ $count })
chip-list-unavailable = In Liste: nicht mehr verfügbar
chip-search = Suche: { $text }
chip-status = Status: { $value }
chip-role = Rolle: { $value }
chip-team = Team: { $value }
chip-label = Label: { $value }
chip-language = Sprache: { $value }
chip-specialism = Fachgebiet: { $value }
chip-content = { $progress ->
    [completed] Hat { $item } abgeschlossen
   *[not_completed] Hat { $item } nicht abgeschlossen
    [not_started] Hat { $item } nicht begonnen
    [in_progress] Bearbeitet { $item } gerade
    [overdue] Ist bei { $item } überfällig
}
chip-hired-within = { $days ->
    [one] Eingestellt am letzten Tag
   *[other] Eingestellt in den letzten { $days } Tagen
}
chip-hired-between = Eingestellt vom { $from } bis { $to }
chip-hired-from = Eingestellt ab { $from }
chip-hired-until = Eingestellt bis { $to }
chip-hired-any = Beliebiges Eintrittsdatum

## Filter fields (the panel's groups)

field-status = Status
field-role = Rolle
field-team = Team
# "Label" ist in deutschen LMS üblich; alternativ "Schlagwort".
field-label = Label
field-language = Sprache
# Unsicher: "Fachgebiet" oder "Spezialisierung"; gemeint ist ein fachlicher Schwerpunkt.
field-specialism = Fachgebiet

## A user's status and role

status-active = Aktiv
status-invited = Einladung ausstehend
status-inactive = Inaktiv
role-owner = Inhaber
role-admin = Administrator
# Kurzform wie im Englischen; ausgeschrieben "Personalabteilung".
role-hr = HR
# Verwaltet Lerninhalte.
role-curator = Kurator
role-learner = Lernender

## Selection bar

selection-none = Keine Benutzer ausgewählt
selection-count = { $count } ausgewählt
selection-count-of = { $count } von { $total } ausgewählt
selection-not-shown = { $count } nicht angezeigt
selection-deselect-hidden = Ausgeblendete abwählen
selection-clear = Auswahl aufheben
selection-from-list = Aus Liste auswählen
toolbar-more = Mehr
selection-cleared-by-filters = Die Auswahl wurde aufgehoben, weil sich die Filter geändert haben.
actions = Aktionen
actions-why-empty = Wählen Sie mindestens einen Benutzer aus
actions-none-allowed = Für Ihre Rolle sind keine Stapelaktionen verfügbar
actions-why-none-allowed = Ihre Rolle darf keine Stapelaktionen für Benutzer ausführen. Bitten Sie einen Inhaber oder Administrator um die nötige Berechtigung.
# Laufende und beendete Stapelvorgänge; "Aufgaben" ist schon für die Aktion "Add task" vergeben.
jobs = Vorgänge

## The banner above the table

banner-page-selected = { $count ->
    [one] Der einzige Benutzer auf dieser Seite ist ausgewählt.
   *[other] Alle { $count } Benutzer auf dieser Seite sind ausgewählt.
}
banner-select-all-matching = { $count ->
    [one] Den einen Benutzer auswählen, der diesen Filtern entspricht
   *[other] Alle { $count } Benutzer auswählen, die diesen Filtern entsprechen
}
banner-all-selected = { $count ->
    [one] { $count } Benutzer ist ausgewählt.
   *[other] Alle { $count } Benutzer sind ausgewählt.
}
banner-clear = Auswahl aufheben

## Table

table-caption = Benutzer
table-select-page = Alle Benutzer auf dieser Seite auswählen
column-name = Name
column-email = E-Mail
column-status = Status
column-role = Rolle
column-teams = Teams
column-labels = Labels
column-language = Sprache
column-hire-date = Eintrittsdatum
column-last-active = Zuletzt aktiv
row-select = { $name } auswählen
row-never-active = Nie
table-loading = Benutzer werden geladen
table-error = Die Benutzer konnten nicht geladen werden. { $error }
table-empty = Keine Benutzer entsprechen diesen Filtern
table-clear-filters = Filter entfernen

## When the server refuses the view: the button that drops what it refused

recover-reset-view = Ansicht zurücksetzen
recover-invalid-filters = Ungültige Filter entfernen
recover-first-page = Zur ersten Seite
recover-list = Liste entfernen
recover-page-size = Standardanzahl pro Seite verwenden
recover-sort = Standardsortierung verwenden
recover-search = Suche entfernen
recover-status = Statusfilter entfernen
recover-role = Rollenfilter entfernen
recover-team = Teamfilter entfernen
recover-label = Labelfilter entfernen
recover-language = Sprachfilter entfernen
recover-specialism = Fachgebietsfilter entfernen
recover-content = Inhaltsfilter entfernen
recover-hire-date = Eintrittsdatumsfilter entfernen

## Pagination

pagination = Seitennavigation
pagination-range = { $total ->
    [one] { $first }–{ $last } von { $total } Benutzer
   *[other] { $first }–{ $last } von { $total } Benutzern
}
pagination-none = Keine Benutzer
pagination-per-page = Zeilen pro Seite
pagination-page = Seite { $page } von { $pages }
pagination-first = Erste Seite
pagination-previous = Vorherige Seite
pagination-next = Nächste Seite
pagination-last = Letzte Seite

api-network = Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.
api-session = Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um fortzufahren.
api-server = Beim Server ist ein Problem aufgetreten (HTTP { $status }). Versuchen Sie es gleich noch einmal.
api-refused = Der Server hat die Anfrage abgelehnt (HTTP { $status }).
api-decode = Der Server hat eine Antwort gesendet, die dieses Widget nicht lesen kann.
api-encode = Diese Anfrage konnte nicht erstellt werden und wurde daher nicht gesendet.
api-aborted = Die Anfrage wurde abgebrochen.
