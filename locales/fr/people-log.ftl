# People Log en français. Source : locales/en/people-log.ftl (mêmes identifiants, mêmes variables).
# Typographie : espace insécable avant « : » (U+00A0). Le pluriel français range 0 et 1 sous
# [one] ; « many » (1 000 000 et plus) prend la variante par défaut *[other].

## The screen and its parts

results = Personnes
loading = Chargement…
part-failed = Une partie de People Log n’a pas pu être chargée. Vérifiez votre connexion, puis réessayez.
retry = Réessayer

## Filter bar

filter-search = Rechercher par nom ou e-mail
filter-button = { $count ->
    [0] Filtres
   *[other] Filtres · { $count }
}
# Combinaisons de filtres enregistrées.
filter-views = Vues
filter-chips = Filtres actifs
filter-chip-remove = Retirer le filtre { $filter }
filter-clear-all = Tout effacer
filter-options-error = Impossible de charger les choix de filtres. { $error }
density = Densité
density-comfortable = Confortable
density-compact = Compacte

## Chips: one active filter each

chip-list = Dans la liste
chip-list-named = Dans la liste : { $name } ({ $count })
chip-list-unavailable = Dans la liste : plus disponible
chip-search = Recherche : { $text }
chip-status = Statut : { $value }
chip-role = Rôle : { $value }
chip-team = Équipe : { $value }
chip-label = Étiquette : { $value }
chip-language = Langue : { $value }
chip-specialism = Spécialité : { $value }
chip-content = { $progress ->
    [completed] A terminé { $item }
   *[not_completed] N’a pas terminé { $item }
    [not_started] N’a pas commencé { $item }
    [in_progress] Suit actuellement { $item }
    [overdue] Est en retard sur { $item }
}
chip-hired-within = { $days ->
    [one] Embauché le dernier jour
   *[other] Embauché au cours des { $days } derniers jours
}
chip-hired-between = Embauché du { $from } au { $to }
chip-hired-from = Embauché depuis le { $from }
chip-hired-until = Embauché jusqu’au { $to }
chip-hired-any = Toute date d’embauche

## Filter fields (the panel's groups)

field-status = Statut
field-role = Rôle
field-team = Équipe
field-label = Étiquette
field-language = Langue
# Incertain : « Spécialité » ou « Domaine d’expertise ».
field-specialism = Spécialité

## A user's status and role

status-active = Actif
status-invited = Invitation en attente
status-inactive = Inactif
role-owner = Propriétaire
role-admin = Administrateur
role-hr = RH
# Gère les contenus de formation ; certains LMS disent « Gestionnaire de contenu ».
role-curator = Curateur
role-learner = Apprenant

## Selection bar

selection-none = Aucun utilisateur sélectionné
selection-count = { $count ->
    [one] { $count } sélectionné
   *[other] { $count } sélectionnés
}
selection-count-of = { $count } sur { $total } sélectionnés
selection-not-shown = { $count ->
    [one] { $count } non affiché
   *[other] { $count } non affichés
}
selection-deselect-hidden = Désélectionner les masqués
selection-clear = Effacer
selection-from-list = Sélectionner depuis une liste
toolbar-more = Plus
selection-cleared-by-filters = Sélection effacée, car les filtres ont changé.
actions = Actions
actions-why-empty = Sélectionnez au moins un utilisateur
actions-none-allowed = Aucune action groupée disponible pour votre rôle
actions-why-none-allowed = Votre rôle ne permet pas d’exécuter des actions groupées sur les utilisateurs. Demandez l’autorisation nécessaire à un propriétaire ou à un administrateur.
# Traitements par lot en cours ou terminés.
jobs = Traitements

## The banner above the table

banner-page-selected = { $count ->
    [one] L’utilisateur de cette page est sélectionné.
   *[other] Les { $count } utilisateurs de cette page sont sélectionnés.
}
banner-select-all-matching = { $count ->
    [one] Sélectionner l’utilisateur correspondant à ces filtres
   *[other] Sélectionner les { $count } utilisateurs correspondant à ces filtres
}
banner-all-selected = { $count ->
    [one] { $count } utilisateur est sélectionné.
   *[other] Les { $count } utilisateurs sont sélectionnés.
}
banner-clear = Effacer la sélection

## Table

table-caption = Utilisateurs
table-select-page = Sélectionner tous les utilisateurs de cette page
column-name = Nom
column-email = E-mail
column-status = Statut
column-role = Rôle
column-teams = Équipes
column-labels = Étiquettes
column-language = Langue
column-hire-date = Date d’embauche
column-last-active = Dernière activité
row-select = Sélectionner { $name }
row-never-active = Jamais
table-loading = Chargement des utilisateurs
table-error = Impossible de charger les utilisateurs. { $error }
table-empty = Aucun utilisateur ne correspond à ces filtres
table-clear-filters = Effacer les filtres

## When the server refuses the view: the button that drops what it refused

recover-reset-view = Réinitialiser la vue
recover-invalid-filters = Retirer les filtres non valides
recover-first-page = Aller à la première page
recover-list = Retirer la liste
recover-page-size = Utiliser le nombre de lignes par défaut
recover-sort = Utiliser l’ordre par défaut
recover-search = Retirer la recherche
recover-status = Retirer le filtre Statut
recover-role = Retirer le filtre Rôle
recover-team = Retirer le filtre Équipe
recover-label = Retirer le filtre Étiquette
recover-language = Retirer le filtre Langue
recover-specialism = Retirer le filtre Spécialité
recover-content = Retirer le filtre de contenu
recover-hire-date = Retirer le filtre de date d’embauche

## Pagination

pagination = Pagination
pagination-range = { $total ->
    [one] { $first }–{ $last } sur { $total } utilisateur
   *[other] { $first }–{ $last } sur { $total } utilisateurs
}
pagination-none = Aucun utilisateur
pagination-per-page = Lignes par page
pagination-page = Page { $page } sur { $pages }
pagination-first = Première page
pagination-previous = Page précédente
pagination-next = Page suivante
pagination-last = Dernière page

api-network = Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.
api-session = Votre session a expiré. Reconnectez-vous pour continuer.
api-server = Le serveur a rencontré un problème (HTTP { $status }). Réessayez dans un instant.
api-refused = Le serveur a refusé la requête (HTTP { $status }).
api-decode = Le serveur a envoyé une réponse que ce widget ne peut pas lire.
api-encode = Cette requête n’a pas pu être rédigée, elle n’a donc pas été envoyée.
api-aborted = La requête a été annulée.
