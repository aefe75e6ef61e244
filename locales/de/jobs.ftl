# Vorgänge (§8, §13): Liste, Meldungen, Fortschritt, Testlauf, geplanter Vorgang, Zusammenfassung.
# "Vorgang" steht für einen Stapelauftrag (job); "Aufgabe" ist schon die Aktion "Add task".

## Shared by the job views, the history and the saved views

previous = Zurück
next = Weiter
download-csv = CSV herunterladen
csv-error = Die CSV-Datei konnte nicht erstellt werden. { $error }
column-outcome = Ergebnis
column-reason = Grund

## The tray and the completion toasts

jobs-none = Noch keine Vorgänge.
jobs-running = { $count } laufend
jobs-scheduled = { $count } geplant
jobs-waiting = { $count ->
    [one] { $count } wartet auf Sie
   *[other] { $count } warten auf Sie
}
job-tray-progress = { $done } von { $total } · { $percent } %
job-progress-of = Fortschritt von { $title }
job-reconnecting = Verbindung wird wiederhergestellt …
job-scheduled-for = Geplant für { $when }
toast = Vorgang abgeschlossen
toast-view-summary = Zusammenfassung anzeigen
toast-dismiss = Ausblenden
job-loading = Vorgang wird geladen …
job-status = { $status ->
    [scheduled] Geplant
    [queued] Wartet auf Start
    [running] Läuft
    [paused] Wartet auf Sie
    [succeeded] Erledigt
    [completed_with_failures] Erledigt, mit Fehlern
    [failed] Fehlgeschlagen
   *[cancelled] Abgebrochen
}

## What a finished job did

# "für"/"an" mit Akkusativ: "Benutzer" passt für Einzahl und Mehrzahl.
job-done = { $action ->
    [resend_invitations] Einladungen an { $count } Benutzer erneut gesendet
    [send_password_reset] Links zum Zurücksetzen des Kennworts an { $count } Benutzer gesendet
    [deactivate] { $count } Benutzer deaktiviert
    [reactivate] { $count } Benutzer reaktiviert
    [delete] { $count } Benutzer gelöscht
    [add_to_team] { $count } Benutzer zu { $what } hinzugefügt
    [add_specialisms] { $what } für { $count } Benutzer hinzugefügt
    [add_labels] { $what } für { $count } Benutzer hinzugefügt
    [change_role] Rolle für { $count } Benutzer auf { $what } geändert
    [change_language] Sprache für { $count } Benutzer auf { $what } geändert
    [remove_labels] { $what } für { $count } Benutzer entfernt
    [add_task] { $what } für { $count } Benutzer zugewiesen
    [assign_certificate] { $what } für { $count } Benutzer zugewiesen
    [share_content] { $what } für { $count } Benutzer freigegeben
    [undo] „{ $what }“ für { $count } Benutzer rückgängig gemacht
   *[send_notification] „{ $what }“ an { $count } Benutzer gesendet
}
job-cancelled = { $total ->
    [one] { $title } nach { $done } von { $total } Benutzer abgebrochen
   *[other] { $title } nach { $done } von { $total } Benutzern abgebrochen
}
job-failed-all = { $count ->
    [one] { $title } für { $count } Benutzer fehlgeschlagen
   *[other] { $title } für alle { $count } Benutzer fehlgeschlagen
}
job-skipped-count = { $count } übersprungen
job-failed-count = { $count } fehlgeschlagen

## A job's progress

job-progress = { $total ->
    [one] { $done } von { $total } Benutzer · { $percent } %
   *[other] { $done } von { $total } Benutzern · { $percent } %
}
duration-seconds = { $s } s
duration-minutes = { $min } min { $s } s
duration-hours = { $h } h { $min } min
job-elapsed = Verstrichen
job-time-left = Verbleibend
job-estimating = Wird geschätzt …
job-about = etwa { $duration }
outcome-heading = { $outcome ->
    [succeeded] Erfolgreich
    [skipped] Übersprungen
   *[failed] Fehlgeschlagen
}
outcome = { $outcome ->
    [succeeded] Geändert
    [skipped] Übersprungen
   *[failed] Fehlgeschlagen
}
job-cancel = Vorgang abbrechen
job-background = Im Hintergrund ausführen
job-stop-title = Diesen Vorgang stoppen?
job-stop-body = Er stoppt vor dem nächsten Stapel von Benutzern. Bisher wurden { $done } von { $total } Benutzern verarbeitet; sie behalten die Änderung.
job-keep-running = Weiterlaufen lassen
job-stop = Vorgang stoppen
job-not-cancelled = Der Vorgang konnte nicht abgebrochen werden. { $error }
job-retry-title = Fehlgeschlagene wiederholen: { $action }
job-undo-title = Rückgängig machen: { $action }

## A scheduled job

job-starts = Beginnt am { $when }.
job-run-now = Jetzt ausführen
job-reschedule = Neu planen
job-new-time = Neues Datum und neue Uhrzeit ({ $zone })
job-save-time = Neue Zeit speichern
job-not-started = Der Vorgang konnte nicht sofort gestartet werden. { $error }
job-not-moved = Der Vorgang konnte nicht verschoben werden. { $error }

## A pilot done

# "Testlauf" für den Pilot (§13): die Aktion zuerst an wenigen Benutzern.
pilot-tried = { $count ->
    [one] Testlauf mit { $count } Benutzer: Prüfen Sie das Ergebnis
   *[other] Testlauf mit { $count } Benutzern: Prüfen Sie das Ergebnis
}
pilot-stop = Hier beenden
pilot-stop-undoable = „Hier beenden“ behält die Änderung für diese Benutzer bei; die Zusammenfassung bietet dann an, sie rückgängig zu machen.
pilot-stop-kept = „Hier beenden“ behält die Änderung für diese Benutzer bei.
job-not-resumed = Der Vorgang konnte nicht fortgesetzt werden. { $error }
job-not-stopped = Der Vorgang konnte nicht beendet werden. { $error }
pilot-users = Benutzer des Testlaufs
pilot-users-loading = Benutzer des Testlaufs werden geladen …
pilot-users-error = Die Benutzer des Testlaufs konnten nicht geladen werden. { $error }

## The summary of a finished job

summary = Zusammenfassung
summary-reason = Grund:
summary-reasons = Übersprungen oder fehlgeschlagen
summary-retry = Fehlgeschlagene wiederholen
summary-select-failed = Fehlgeschlagene Benutzer auswählen
summary-undo = Rückgängig machen
summary-failed-error = Die fehlgeschlagenen Benutzer konnten nicht geladen werden. { $error }
undo-title = „{ $job }“ rückgängig machen?
undo-body = { $count ->
    [one] Damit erhält der { $count } Benutzer, den dieser Vorgang geändert hat, seine vorherigen Werte zurück. Benutzer, die seitdem jemand anderes geändert hat, bleiben unverändert.
   *[other] Damit erhalten die { $count } Benutzer, die dieser Vorgang geändert hat, ihre vorherigen Werte zurück. Benutzer, die seitdem jemand anderes geändert hat, bleiben unverändert.
}
undo-keep = Änderungen behalten
undo-confirm = Änderungen rückgängig machen
affected = Übersprungene und fehlgeschlagene Benutzer
affected-pages = Seiten der betroffenen Benutzer
affected-loading = Betroffene Benutzer werden geladen …
affected-error = Die betroffenen Benutzer konnten nicht geladen werden. { $error }
csv-user-id = Benutzer-ID
csv-advice = Was zu tun ist

## Why users were skipped or failed, and what the admin can do

reason = { $code ->
    [already_accepted] Einladung bereits angenommen
    [invitation_pending] Einladung noch nicht angenommen
    [user_inactive] Benutzer ist inaktiv
    [already_inactive] Bereits inaktiv
    [already_active] Bereits aktiv
    [already_in_team] Bereits im Team
    [already_has_specialisms] Hat diese Fachgebiete bereits
    [already_has_role] Hat diese Rolle bereits
    [already_has_language] Verwendet diese Sprache bereits
    [already_has_label] Hat diese Labels bereits
    [label_not_present] Hat diese Labels nicht
    [already_assigned] Aufgabe bereits zugewiesen
    [already_certified] Besitzt dieses Zertifikat bereits
    [managed_by_sso] Vom Identitätsanbieter verwaltet (SSO)
    [cannot_deactivate_self] Sie können sich nicht selbst deaktivieren
    [cannot_delete_self] Sie können sich nicht selbst löschen
    [cannot_change_own_role] Sie können Ihre eigene Rolle nicht ändern
    [owner_protected] Nur ein Inhaber kann einen Inhaber ändern
    [email_bounced] E-Mail-Adresse nicht zustellbar
    [user_deleted] Benutzer wurde gelöscht
   *[changed_since] Nach dem Vorgang von jemand anderem geändert
}
reason-advice = { $code ->
    [managed_by_sso] Ändern Sie dies bei Ihrem Identitätsanbieter; das LMS kann es nicht überschreiben.
    [email_bounced] Prüfen Sie die E-Mail-Adresse im Profil des Benutzers und versuchen Sie es dann erneut.
    [owner_protected] Bitten Sie einen Inhaber, diese Änderung vorzunehmen.
    [self] Bitten Sie einen anderen Administrator, diese Änderung für Sie vorzunehmen.
    [changed_since] Jemand hat diese Benutzer nach dem Vorgang geändert; prüfen Sie sie einzeln.
    [user_deleted] Nichts zu tun: Der Benutzer existiert nicht mehr.
    [user_inactive] Reaktivieren Sie diese Benutzer zuerst, wenn sie dies erhalten sollen.
    [invitation_pending] Senden Sie die Einladung erneut; die Aktion ist möglich, sobald sie angenommen wurde.
   *[already] Nichts zu tun: Diese Benutzer waren bereits wie gewünscht.
}
