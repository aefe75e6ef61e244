list-intro = E-Mail-Adressen, Benutzernamen oder Benutzer-IDs, gemischt, bis zu 10.000.
list-paste = Liste einfügen
list-paste-help = Eine pro Zeile oder getrennt durch Kommas, Semikolons oder Tabulatoren: Eine aus einer Tabelle kopierte Spalte funktioniert.
list-file = Oder wählen Sie eine .csv- oder .txt-Datei
list-file-help = Die Spalte mit der Überschrift email, username oder id, sonst die erste. UTF-8, mit oder ohne Byte-Order-Mark.
list-match = Abgleichen
list-matching = Wird abgeglichen…
list-pasted-name = Eingefügte Liste, { $day } { $time }
list-name = Liste: { $name }
list-unmatched = Nicht zugeordnet, mit Grund (zum Kopieren markieren)
list-download = CSV der nicht zugeordneten Einträge herunterladen
list-another = Weitere Liste abgleichen
list-matched = { $count } von { $total } zugeordnet
list-not-found = { $count } nicht gefunden
list-ambiguous = { $count } mehrdeutig
list-invalid = { $count } ungültig
list-duplicates = { $count ->
    [one] { $count } Duplikat
   *[other] { $count } Duplikate
}
list-show = { $count ->
    [one] Diesen Benutzer anzeigen
   *[other] Diese { $count } Benutzer anzeigen
}
list-show-select = { $count ->
    [one] Diesen Benutzer anzeigen und auswählen
   *[other] Alle { $count } anzeigen und auswählen
}
list-why-not-found = Kein Benutzer hat diese E-Mail-Adresse, diesen Benutzernamen oder diese ID
list-why-ambiguous = Mehr als ein Benutzer hat diesen Benutzernamen
list-why-invalid = Keine E-Mail-Adresse, kein Benutzername und keine ID
list-why-duplicate = Bereits in der Liste
list-csv-entry = Eintrag
list-csv-reason = Grund
list-empty = Es gibt nichts abzugleichen. Fügen Sie E-Mail-Adressen, Benutzernamen oder Benutzer-IDs ein, eine pro Zeile oder durch Kommas getrennt, oder wählen Sie eine Datei.
list-too-many = Höchstens { $max }; diese Liste hat { $count }. Teilen Sie sie in kleinere Listen auf.
list-not-utf8 = Diese Datei ist kein UTF-8-Text. Speichern Sie sie als CSV (UTF-8) und wählen Sie sie erneut.
list-no-column = Diese Datei hat keine Spalte mit E-Mail-Adressen, Benutzernamen oder IDs. Überschreiben Sie diese Spalte mit email, username oder id oder machen Sie sie zur ersten.
list-unreadable = Diese Datei konnte nicht gelesen werden. Wählen Sie sie erneut.
