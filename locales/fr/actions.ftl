# Le menu « Actions » et les boîtes de dialogue des actions. Vouvoiement.

act-history = Historique
act-me-failed = Vos autorisations n’ont pas pu être chargées. { $error }
act-group-users = Gestion des utilisateurs
act-group-organisation = Organisation
act-group-content = Contenus et communication

act-resend-invitations = Renvoyer les invitations
act-send-password-reset = Réinitialiser le mot de passe
act-deactivate = Désactiver
act-reactivate = Réactiver
act-delete = Supprimer
act-add-to-team = Ajouter à une équipe
act-add-specialisms = Ajouter des spécialités
act-change-role = Changer de rôle
act-change-language = Changer de langue
act-add-labels = Ajouter des étiquettes
act-remove-labels = Retirer des étiquettes
act-add-task = Ajouter une tâche
act-share-content = Partager des contenus
act-send-notification = Envoyer une notification
act-assign-certificate = Attribuer un certificat

about-resend-invitations = Envoyer de nouveaux e-mails d’invitation aux utilisateurs qui ne les ont pas encore acceptées.
about-send-password-reset = Envoyer à chaque utilisateur un lien pour définir un nouveau mot de passe.
about-deactivate = Rendre les utilisateurs inactifs : ils ne peuvent plus se connecter. « Réactiver » annule l’opération.
about-reactivate = Rendre actifs les utilisateurs inactifs.
about-delete = Supprimer définitivement les utilisateurs et leurs données. Cette opération est irréversible.
about-add-to-team = Ajouter les utilisateurs à une équipe ; leurs autres équipes sont conservées.
about-add-specialisms = Ajouter des domaines d’expertise aux utilisateurs.
about-change-role = Attribuer un autre rôle aux utilisateurs, ce qui modifie leurs droits.
about-change-language = Définir la langue dans laquelle les utilisateurs voient le LMS.
about-add-labels = Ajouter des étiquettes pour organiser et filtrer les utilisateurs.
about-remove-labels = Retirer des étiquettes des utilisateurs.
about-add-task = Attribuer une tâche aux utilisateurs, avec une échéance facultative.
about-share-content = Partager des cours, éléments, chaînes ou listes d’apprentissage avec les utilisateurs.
about-send-notification = Envoyer aux utilisateurs une notification avec l’objet et le message de votre choix.
about-assign-certificate = Décerner un certificat aux utilisateurs, à la date de votre choix.

act-steps = Étapes
step-configure = Configurer
step-review = Vérifier
step-run = Exécuter
cancel = Annuler
back = Retour
close = Fermer
act-starting = Démarrage…

field-specialisms = Spécialités
field-new-role = Nouveau rôle
field-task = Tâche
field-due-date = Échéance (facultatif)
field-content = Contenus à partager
field-note = Note (facultatif)
field-subject = Objet
field-message = Message
field-certificate = Certificat
field-issue-date = Date de délivrance
content-kind = Type de contenu
content-courses = Cours
content-items = Éléments
content-channels = Chaînes
# « Learnlist » est un terme du produit ; traduction incertaine.
content-learnlists = Listes d’apprentissage
field-length = { $count } / { $max } caractères
message-preview = Aperçu de la notification
message-preview-intro = Ce que voit chaque destinataire :

need-confirm-count = Saisissez le nombre d’utilisateurs
need-team = Choisissez une équipe
need-specialism = Choisissez au moins une spécialité
need-role = Choisissez un rôle
need-language = Choisissez une langue
need-label = Choisissez au moins une étiquette
need-task = Choisissez une tâche
need-due-date = Saisissez l’échéance au format AAAA-MM-JJ
need-due-date-ahead = L’échéance est dans le passé
need-content = Choisissez au moins un contenu à partager
need-note-length = La note ne doit pas dépasser { $max } caractères
need-subject = Saisissez un objet
need-subject-length = L’objet ne doit pas dépasser { $max } caractères
need-message = Saisissez un message
need-message-length = Le message ne doit pas dépasser { $max } caractères
need-certificate = Choisissez un certificat
need-issue-date = Saisissez la date de délivrance au format AAAA-MM-JJ
need-issue-date-past = La date de délivrance est dans le futur

do-resend-invitations = { $count ->
    [one] Renvoyer les invitations à { $count } utilisateur
   *[other] Renvoyer les invitations à { $count } utilisateurs
}
do-send-password-reset = { $count ->
    [one] Envoyer une réinitialisation du mot de passe à { $count } utilisateur
   *[other] Envoyer une réinitialisation du mot de passe à { $count } utilisateurs
}
do-deactivate = { $count ->
    [one] Désactiver { $count } utilisateur
   *[other] Désactiver { $count } utilisateurs
}
do-reactivate = { $count ->
    [one] Réactiver { $count } utilisateur
   *[other] Réactiver { $count } utilisateurs
}
do-delete = { $count ->
    [one] Supprimer définitivement { $count } utilisateur
   *[other] Supprimer définitivement { $count } utilisateurs
}
do-add-to-team = { $count ->
    [one] Ajouter { $count } utilisateur à l’équipe { $name }
   *[other] Ajouter { $count } utilisateurs à l’équipe { $name }
}
do-add-specialisms = { $count ->
    [one] Ajouter { $names } à { $count } utilisateur
   *[other] Ajouter { $names } à { $count } utilisateurs
}
do-change-role = { $count ->
    [one] Changer le rôle de { $count } utilisateur en { $name }
   *[other] Changer le rôle de { $count } utilisateurs en { $name }
}
do-change-language = { $count ->
    [one] Changer la langue de { $count } utilisateur en { $name }
   *[other] Changer la langue de { $count } utilisateurs en { $name }
}
do-add-labels = { $count ->
    [one] Ajouter les étiquettes { $names } à { $count } utilisateur
   *[other] Ajouter les étiquettes { $names } à { $count } utilisateurs
}
do-remove-labels = { $count ->
    [one] Retirer les étiquettes { $names } de { $count } utilisateur
   *[other] Retirer les étiquettes { $names } de { $count } utilisateurs
}
do-add-task = { $count ->
    [one] Attribuer la tâche { $name } à { $count } utilisateur
   *[other] Attribuer la tâche { $name } à { $count } utilisateurs
}
do-add-task-due = { $count ->
    [one] Attribuer la tâche { $name } à { $count } utilisateur, échéance le { $date }
   *[other] Attribuer la tâche { $name } à { $count } utilisateurs, échéance le { $date }
}
do-share-content = { $count ->
    [one] Partager { $names } avec { $count } utilisateur
   *[other] Partager { $names } avec { $count } utilisateurs
}
do-send-notification = { $count ->
    [one] Envoyer la notification « { $name } » à { $count } utilisateur
   *[other] Envoyer la notification « { $name } » à { $count } utilisateurs
}
do-assign-certificate = { $count ->
    [one] Attribuer le certificat { $name } à { $count } utilisateur, délivré le { $date }
   *[other] Attribuer le certificat { $name } à { $count } utilisateurs, délivré le { $date }
}
act-names-two = { $first } et { $last }
act-names-more = { $first }, { $rest }
with-pilot = { $action } : d’abord { $size }, puis le reste après votre confirmation
with-schedule = { $action }, le { $when }

act-users = { $count ->
    [one] { $count } utilisateur
   *[other] { $count } utilisateurs
}
scope-matching = Tous les utilisateurs qui correspondent à ces filtres :
scope-chips = Filtres de cette sélection
scope-no-filters = Aucun filtre : tous les utilisateurs
scope-hidden = { $count ->
    [one] { $count } d’entre eux est masqué par les filtres actuels.
   *[other] { $count } d’entre eux sont masqués par les filtres actuels.
}
scope-leave-out = Les exclure
large-batch = { $count ->
    [one] ⚠ Prudence avec les grandes sélections. Vérifiez vos filtres et le nombre avant d’agir sur { $count } utilisateur.
   *[other] ⚠ Prudence avec les grandes sélections. Vérifiez vos filtres et le nombre avant d’agir sur { $count } utilisateurs.
}
preview-title = Ce qui va se passer
preview-checking = Vérification de chaque utilisateur…
preview-failed = La simulation a échoué. { $error }
preview-will-change = { $count ->
    [one] { $count } sera modifié
   *[other] { $count } seront modifiés
}
preview-will-skip = { $count ->
    [one] { $count } sera ignoré
   *[other] { $count } seront ignorés
}
preview-will-fail = { $count ->
    [one] { $count } échouera
   *[other] { $count } échoueront
}
preview-total-moved = { $total ->
    [one] { $total } utilisateur correspond maintenant, et non { $selected } comme sélectionné.
   *[other] { $total } utilisateurs correspondent maintenant, et non { $selected } comme sélectionné.
}
preview-reasons = Motifs
preview-reason = { $outcome ->
    [succeeded] { $count ->
        [one] { $count } sera modifié : { $reason }
       *[other] { $count } seront modifiés : { $reason }
    }
    [skipped] { $count ->
        [one] { $count } ignoré : { $reason }
       *[other] { $count } ignorés : { $reason }
    }
   *[failed] { $count ->
        [one] { $count } échouera : { $reason }
       *[other] { $count } échoueront : { $reason }
    }
}
preview-sample = Quelques-uns des utilisateurs
preview-outcome = Résultat
act-outcome = { $outcome ->
    [succeeded] sera modifié
    [skipped] ignoré
   *[failed] échouera
}
act-outcome-why = { $outcome ->
    [succeeded] sera modifié : { $reason }
    [skipped] ignoré : { $reason }
   *[failed] échouera : { $reason }
}
confirm-delete = Saisissez { $count } pour confirmer la suppression définitive de ces utilisateurs

run-count-changed = Depuis votre vérification, le nombre d’utilisateurs correspondants a changé : { $now } maintenant, et non { $reviewed }. Vérifiez le nouveau nombre avant d’exécuter.
run-review-count = Vérifier le nouveau nombre
run-forbidden = Vous ne pouvez plus exécuter cette action : vos autorisations ont changé. Elle a été retirée du menu Actions.
run-session-expired = Votre session a expiré. Reconnectez-vous dans un autre onglet, puis réessayez : rien de ce que vous avez saisi n’est perdu.

pilot-legend = Essai pilote
pilot-try = Essayer d’abord sur { $size }
pilot-size = Utilisateurs pour l’essai
pilot-hint = Choisis dans toute la sélection. La tâche attend ensuite que vous poursuiviez avec le reste ou que vous l’arrêtiez.
pilot-whole-number = Saisissez un nombre entier de 1 à { $max }
pilot-range = Essayez d’abord l’action sur 1 à { $max } utilisateurs
pilot-fewer = Essayez sur moins que les { $count } utilisateurs sélectionnés, ou exécutez l’action sur tous
pilot-continue = Continuer avec les { $count } restants

when-legend = Quand
when-now = Exécuter maintenant
when-schedule = Planifier
when-at = Date et heure ({ $zone })
when-day-time = { $day } à { $time }
when-choose = Choisissez une date et une heure
when-passed = Cette heure est passée : choisissez-en une plus tardive
when-too-far = Choisissez une heure au plus { $days } jours à l’avance
when-resolved = Elle s’applique aux utilisateurs qui correspondent à ces filtres au démarrage : { $count } aujourd’hui.
out-of-hours = Vous êtes en dehors des heures de travail (de 08:00 à 18:00, du lundi au vendredi). Pensez au moment d’envoi : évitez les messages non urgents en dehors de ces heures.

reason-label = Motif (affiché dans l’historique)
reason-required = obligatoire
reason-length = { $count } sur { $max } caractères
reason-too-long = Le motif ne doit pas dépasser { $max } caractères
reason-needed-over = Indiquez un motif : toute tâche sur plus de { $count } utilisateurs en exige un
reason-needed-for = Indiquez un motif : toute tâche « { $action } » en exige un

pick-chosen = Choisis : { $field }
pick-search = Rechercher : { $field }
pick-remove = Retirer { $name }
pick-placeholder = Tapez pour rechercher
pick-none = Aucun résultat. Essayez avec moins de lettres.
pick-more = { $shown } affichés sur { $count }. Tapez pour affiner la liste.

