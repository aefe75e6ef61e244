# Historique des traitements par lot de l’organisation (§14).

history = Historique
history-list = Traitements par lot
history-loading = Chargement de l’historique…
history-error = Impossible de charger l’historique. { $error }
history-empty = Aucun traitement par lot ne correspond à ces filtres.
history-pages = Pages de l’historique
history-range = { $total ->
    [one] { $first }–{ $last } sur { $total } traitement
   *[other] { $first }–{ $last } sur { $total } traitements
}
history-none = Aucun traitement

## Filters

history-filters = Filtres de l’historique
history-any-admin = Tous les administrateurs
history-any-action = Toutes les actions
history-any-status = Tous les statuts
history-from = Du
history-to = Au

## A job's facts

history-job-id = ID du traitement
history-created = Créé le
history-started = Démarré le
history-finished = Terminé le
history-run-by = Exécuté par
history-action = Action
history-job = Traitement
history-selection = Sélection
history-users = Utilisateurs
history-undone-by = Annulé par
history-back = Retour à la liste
history-no-reason = Aucun
history-download-all = { $count ->
    [one] Télécharger le CSV de { $count } utilisateur
   *[other] Télécharger le CSV des { $count } utilisateurs
}
history-counts = { $total ->
    [one] { $total } utilisateur
   *[other] { $total } utilisateurs
} · réussis : { $succeeded }, ignorés : { $skipped }, en échec : { $failed }

## How a job's users were chosen

history-chosen = { $count ->
    [one] { $count } utilisateur choisi
   *[other] { $count } utilisateurs choisis
}
history-every-user = Tous les utilisateurs
history-every-user-but = Tous les utilisateurs ({ $count } exclus)
history-matching = Utilisateurs correspondant à { $filters }
history-matching-but = Utilisateurs correspondant à { $filters } ({ $count } exclus)
history-failed-of = Les utilisateurs en échec de { $job }
history-changed-by = Les utilisateurs modifiés par { $job }
