# Das Menü „Aktionen“ und die Dialoge der Aktionen. „Benutzer“ wie in people-log.ftl.

act-history = Verlauf
act-me-failed = Ihre Berechtigungen konnten nicht geladen werden. { $error }
act-group-users = Benutzerverwaltung
act-group-organisation = Organisation
act-group-content = Inhalte & Kommunikation

act-resend-invitations = Einladungen erneut senden
act-send-password-reset = Passwort zurücksetzen
act-deactivate = Deaktivieren
act-reactivate = Reaktivieren
act-delete = Löschen
act-add-to-team = Zu Team hinzufügen
act-add-specialisms = Fachgebiete hinzufügen
act-change-role = Rolle ändern
act-change-language = Sprache ändern
act-add-labels = Labels hinzufügen
act-remove-labels = Labels entfernen
act-add-task = Aufgabe hinzufügen
act-share-content = Inhalte teilen
act-send-notification = Benachrichtigung senden
act-assign-certificate = Zertifikat zuweisen

about-resend-invitations = Neue Einladungs-E-Mails an Benutzer senden, die noch nicht angenommen haben.
about-send-password-reset = Jedem Benutzer einen Link zum Festlegen eines neuen Passworts senden.
about-deactivate = Benutzer auf inaktiv setzen: Sie können sich nicht mehr anmelden. „Reaktivieren“ macht es rückgängig.
about-reactivate = Inaktive Benutzer wieder aktivieren.
about-delete = Benutzer und ihre Daten endgültig entfernen. Dies kann nicht rückgängig gemacht werden.
about-add-to-team = Benutzer zu einem Team hinzufügen; ihre anderen Teams bleiben.
about-add-specialisms = Benutzern Fachgebiete hinzufügen.
about-change-role = Benutzern eine andere Rolle geben, die ändert, was sie tun dürfen.
about-change-language = Die Sprache festlegen, in der Benutzer das LMS sehen.
about-add-labels = Labels zum Ordnen und Filtern von Benutzern hinzufügen.
about-remove-labels = Labels von Benutzern entfernen.
about-add-task = Benutzern eine Aufgabe zuweisen, optional mit Fälligkeitsdatum.
about-share-content = Kurse, Elemente, Kanäle oder Lernlisten mit Benutzern teilen.
about-send-notification = Benutzern eine Benachrichtigung mit eigenem Betreff und eigener Nachricht senden.
about-assign-certificate = Benutzern ein Zertifikat verleihen, mit dem Datum Ihrer Wahl.

act-steps = Schritte
step-configure = Konfigurieren
step-review = Überprüfen
step-run = Ausführen
cancel = Abbrechen
back = Zurück
close = Schließen
act-starting = Wird gestartet…

field-specialisms = Fachgebiete
field-new-role = Neue Rolle
field-task = Aufgabe
field-due-date = Fälligkeitsdatum (optional)
field-content = Zu teilende Inhalte
field-note = Notiz (optional)
field-subject = Betreff
field-message = Nachricht
field-certificate = Zertifikat
field-issue-date = Ausstellungsdatum
content-kind = Art des Inhalts
content-courses = Kurse
content-items = Elemente
content-channels = Kanäle
# "Learnlist" ist ein Produktbegriff; „Lernlisten“ ist unsicher.
content-learnlists = Lernlisten
field-length = { $count } / { $max } Zeichen
message-preview = Vorschau der Benachrichtigung
message-preview-intro = Das sieht jeder Empfänger:

need-confirm-count = Geben Sie die Anzahl der Benutzer ein
need-team = Wählen Sie ein Team
need-specialism = Wählen Sie mindestens ein Fachgebiet
need-role = Wählen Sie eine Rolle
need-language = Wählen Sie eine Sprache
need-label = Wählen Sie mindestens ein Label
need-task = Wählen Sie eine Aufgabe
need-due-date = Geben Sie das Fälligkeitsdatum als JJJJ-MM-TT ein
need-due-date-ahead = Das Fälligkeitsdatum liegt in der Vergangenheit
need-content = Wählen Sie mindestens einen Inhalt zum Teilen
need-note-length = Die Notiz darf höchstens { $max } Zeichen lang sein
need-subject = Geben Sie einen Betreff ein
need-subject-length = Der Betreff darf höchstens { $max } Zeichen lang sein
need-message = Geben Sie eine Nachricht ein
need-message-length = Die Nachricht darf höchstens { $max } Zeichen lang sein
need-certificate = Wählen Sie ein Zertifikat
need-issue-date = Geben Sie das Ausstellungsdatum als JJJJ-MM-TT ein
need-issue-date-past = Das Ausstellungsdatum liegt in der Zukunft

do-resend-invitations = Einladungen erneut an { $count } Benutzer senden
do-send-password-reset = Passwort-Zurücksetzung an { $count } Benutzer senden
do-deactivate = { $count } Benutzer deaktivieren
do-reactivate = { $count } Benutzer reaktivieren
do-delete = { $count } Benutzer endgültig löschen
do-add-to-team = { $count } Benutzer zum Team { $name } hinzufügen
do-add-specialisms = { $count ->
    [one] { $names } zu { $count } Benutzer hinzufügen
   *[other] { $names } zu { $count } Benutzern hinzufügen
}
do-change-role = Rolle von { $count } Benutzer in { $name } ändern
do-change-language = Sprache von { $count } Benutzer in { $name } ändern
do-add-labels = { $count ->
    [one] Labels { $names } zu { $count } Benutzer hinzufügen
   *[other] Labels { $names } zu { $count } Benutzern hinzufügen
}
do-remove-labels = { $count ->
    [one] Labels { $names } von { $count } Benutzer entfernen
   *[other] Labels { $names } von { $count } Benutzern entfernen
}
do-add-task = Aufgabe { $name } an { $count } Benutzer zuweisen
do-add-task-due = Aufgabe { $name } an { $count } Benutzer zuweisen, fällig am { $date }
do-share-content = { $count ->
    [one] { $names } mit { $count } Benutzer teilen
   *[other] { $names } mit { $count } Benutzern teilen
}
do-send-notification = Benachrichtigung „{ $name }“ an { $count } Benutzer senden
do-assign-certificate = Zertifikat { $name } an { $count } Benutzer zuweisen, ausgestellt am { $date }
act-names-two = { $first } und { $last }
act-names-more = { $first }, { $rest }
with-pilot = { $action }: zuerst { $size }, den Rest nach Ihrer Bestätigung
with-schedule = { $action }, am { $when }

act-users = { $count } Benutzer
scope-matching = Alle Benutzer, die diesen Filtern entsprechen:
scope-chips = Filter dieser Auswahl
scope-no-filters = Keine Filter: alle Benutzer
scope-hidden = { $count ->
    [one] { $count } davon wird durch die aktuellen Filter ausgeblendet.
   *[other] { $count } davon werden durch die aktuellen Filter ausgeblendet.
}
scope-leave-out = Diese auslassen
large-batch = ⚠ Vorsicht bei großen Auswahlen. Prüfen Sie Ihre Filter und die Anzahl, bevor Sie { $count } Benutzer bearbeiten.
preview-title = Was passieren wird
preview-checking = Jeder Benutzer wird geprüft…
preview-failed = Der Probelauf ist fehlgeschlagen. { $error }
preview-will-change = { $count ->
    [one] { $count } wird geändert
   *[other] { $count } werden geändert
}
preview-will-skip = { $count ->
    [one] { $count } wird übersprungen
   *[other] { $count } werden übersprungen
}
preview-will-fail = { $count ->
    [one] { $count } schlägt fehl
   *[other] { $count } schlagen fehl
}
preview-total-moved = { $total ->
    [one] Jetzt entspricht { $total } Benutzer, nicht { $selected } wie ausgewählt.
   *[other] Jetzt entsprechen { $total } Benutzer, nicht { $selected } wie ausgewählt.
}
preview-reasons = Gründe
preview-reason = { $outcome ->
    [succeeded] { $count ->
        [one] { $count } wird geändert: { $reason }
       *[other] { $count } werden geändert: { $reason }
    }
    [skipped] { $count } übersprungen: { $reason }
   *[failed] { $count ->
        [one] { $count } schlägt fehl: { $reason }
       *[other] { $count } schlagen fehl: { $reason }
    }
}
preview-sample = Einige der Benutzer
preview-outcome = Ergebnis
act-outcome = { $outcome ->
    [succeeded] wird geändert
    [skipped] übersprungen
   *[failed] schlägt fehl
}
act-outcome-why = { $outcome ->
    [succeeded] wird geändert: { $reason }
    [skipped] übersprungen: { $reason }
   *[failed] schlägt fehl: { $reason }
}
confirm-delete = Geben Sie { $count } ein, um zu bestätigen, dass Sie diese Benutzer endgültig löschen möchten

run-count-changed = Seit Ihrer Überprüfung hat sich die Anzahl passender Benutzer geändert: jetzt { $now }, nicht { $reviewed }. Prüfen Sie die neue Anzahl, bevor Sie ausführen.
run-review-count = Neue Anzahl überprüfen
run-forbidden = Sie dürfen diese Aktion nicht mehr ausführen: Ihre Berechtigungen haben sich geändert. Sie wurde aus dem Menü „Aktionen“ entfernt.
run-session-expired = Ihre Sitzung ist abgelaufen. Melden Sie sich in einem anderen Tab erneut an und versuchen Sie es dann noch einmal: Ihre Eingaben bleiben erhalten.

pilot-legend = Testlauf
pilot-try = Zuerst mit { $size } testen
pilot-size = Benutzer für den Test
pilot-hint = Aus der gesamten Auswahl gewählt. Der Auftrag wartet dann, bis Sie mit dem Rest fortfahren oder ihn beenden.
pilot-whole-number = Geben Sie eine ganze Zahl von 1 bis { $max } ein
pilot-range = Testen Sie die Aktion zuerst mit 1 bis { $max } Benutzern
pilot-fewer = Testen Sie mit weniger als den { $count } ausgewählten Benutzern oder führen Sie die Aktion für alle aus
pilot-continue = Mit den restlichen { $count } fortfahren

when-legend = Zeitpunkt
when-now = Jetzt ausführen
when-schedule = Planen
when-at = Datum und Uhrzeit ({ $zone })
when-day-time = { $day } um { $time }
when-choose = Wählen Sie Datum und Uhrzeit
when-passed = Dieser Zeitpunkt ist vorbei: Wählen Sie einen späteren
when-too-far = Wählen Sie einen Zeitpunkt höchstens { $days } Tage im Voraus
when-resolved = Sie betrifft die Benutzer, die beim Start diesen Filtern entsprechen: heute { $count }.
out-of-hours = Dies liegt außerhalb der Arbeitszeit (08:00 bis 18:00, Montag bis Freitag). Achten Sie auf den Zeitpunkt: Vermeiden Sie nicht dringende Nachrichten außerhalb der Arbeitszeit.

reason-label = Grund (wird im Verlauf angezeigt)
reason-required = erforderlich
reason-length = { $count } von { $max } Zeichen
reason-too-long = Der Grund darf höchstens { $max } Zeichen lang sein
reason-needed-over = Geben Sie einen Grund an: Jeder Auftrag für mehr als { $count } Benutzer braucht einen
reason-needed-for = Geben Sie einen Grund an: Jeder Auftrag „{ $action }“ braucht einen

pick-chosen = Ausgewählt: { $field }
pick-search = { $field } durchsuchen
pick-remove = { $name } entfernen
pick-placeholder = Zum Suchen tippen
pick-none = Keine Treffer. Versuchen Sie es mit weniger Buchstaben.
pick-more = { $shown } von { $count } angezeigt. Tippen Sie, um die Liste einzugrenzen.

