# Panneau de filtres (§3) et vues enregistrées.

## The filter panel

panel-content = Progression du contenu
panel-content-item = Contenu
panel-any = Tous
panel-progress = Progression
# Se lit « … <contenu> », comme les puces de filtre.
panel-progress-option = { $progress ->
    [completed] A terminé
   *[not_completed] N’a pas terminé
    [not_started] N’a pas commencé
    [in_progress] Suit actuellement
    [overdue] Est en retard sur
}
panel-hire-date = Date d’embauche
panel-hired-within = Embauché au cours des derniers (jours)
panel-hired-from = Embauché depuis le
panel-hired-to = Embauché jusqu’au
panel-days-invalid = Saisissez un nombre entier de jours entre 1 et { $max }.
panel-range-invalid = « Embauché depuis le » doit être antérieur ou égal à « Embauché jusqu’au ».

## Saved views

views = Vues enregistrées
views-list = Liste des vues enregistrées
views-error = Impossible de charger les vues enregistrées. { $error }
view-name = Nom de la vue
view-name-placeholder = Nommer ces filtres
view-save = Enregistrer la vue
view-name-empty = Saisissez un nom
view-name-long = Le nom ne doit pas dépasser { $max } caractères
view-apply = Appliquer la vue { $name }
view-rename = Renommer
view-rename-named = Renommer la vue { $name }
view-new-name = Nouveau nom pour { $name }
view-save-name = Enregistrer le nom
view-delete = Supprimer
view-delete-named = Supprimer la vue { $name }
