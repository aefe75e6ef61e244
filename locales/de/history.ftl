# Verlauf der Stapelvorgänge der Organisation (§14).

history = Verlauf
history-list = Stapelvorgänge
history-loading = Verlauf wird geladen …
history-error = Der Verlauf konnte nicht geladen werden. { $error }
history-empty = Kein Stapelvorgang entspricht diesen Filtern.
history-pages = Seiten des Verlaufs
history-range = { $total ->
    [one] { $first }–{ $last } von { $total } Vorgang
   *[other] { $first }–{ $last } von { $total } Vorgängen
}
history-none = Keine Vorgänge

## Filters

history-filters = Filter des Verlaufs
history-any-admin = Alle Administratoren
history-any-action = Alle Aktionen
history-any-status = Alle Status
history-from = Von
history-to = Bis

## A job's facts

history-job-id = Vorgangs-ID
history-created = Erstellt
history-started = Gestartet
history-finished = Beendet
history-run-by = Ausgeführt von
history-action = Aktion
history-job = Vorgang
history-selection = Auswahl
history-users = Benutzer
history-undone-by = Rückgängig gemacht durch
history-back = Zurück zur Liste
history-no-reason = Keiner angegeben
history-download-all = { $count ->
    [one] CSV für { $count } Benutzer herunterladen
   *[other] CSV für alle { $count } Benutzer herunterladen
}
history-counts = { $total } Benutzer · { $succeeded } erfolgreich, { $skipped } übersprungen, { $failed } fehlgeschlagen

## How a job's users were chosen

history-chosen = { $count ->
    [one] { $count } ausgewählter Benutzer
   *[other] { $count } ausgewählte Benutzer
}
history-every-user = Alle Benutzer
history-every-user-but = Alle Benutzer ({ $count } ausgenommen)
history-matching = Benutzer mit { $filters }
history-matching-but = Benutzer mit { $filters } ({ $count } ausgenommen)
history-failed-of = Die fehlgeschlagenen Benutzer von { $job }
history-changed-by = Die von { $job } geänderten Benutzer
