# Filterbereich (§3) und gespeicherte Ansichten.

## The filter panel

panel-content = Lernfortschritt
panel-content-item = Inhalt
panel-any = Beliebig
panel-progress = Fortschritt
# Wird als "… <Inhalt>" gelesen, wie in den Filterchips.
panel-progress-option = { $progress ->
    [completed] Hat abgeschlossen
   *[not_completed] Hat nicht abgeschlossen
    [not_started] Hat nicht begonnen
    [in_progress] Bearbeitet gerade
    [overdue] Ist überfällig bei
}
panel-hire-date = Eintrittsdatum
panel-hired-within = Eingestellt in den letzten (Tagen)
panel-hired-from = Eingestellt ab
panel-hired-to = Eingestellt bis
panel-days-invalid = Geben Sie eine ganze Zahl von Tagen zwischen 1 und { $max } ein.
panel-range-invalid = „Eingestellt ab“ darf nicht nach „Eingestellt bis“ liegen.

## Saved views

views = Gespeicherte Ansichten
views-list = Liste der gespeicherten Ansichten
views-error = Gespeicherte Ansichten konnten nicht geladen werden. { $error }
view-name = Name der Ansicht
view-name-placeholder = Diese Filter benennen
view-save = Ansicht speichern
view-name-empty = Geben Sie einen Namen ein
view-name-long = Der Name darf höchstens { $max } Zeichen lang sein
view-apply = Ansicht { $name } anwenden
view-rename = Umbenennen
view-rename-named = Ansicht { $name } umbenennen
view-new-name = Neuer Name für { $name }
view-save-name = Namen speichern
view-delete = Löschen
view-delete-named = Ansicht { $name } löschen
