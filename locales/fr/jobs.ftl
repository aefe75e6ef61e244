# Traitements (§8, §13) : liste, notifications, progression, pilote, traitement planifié, récapitulatif.
# « Traitement » pour un traitement par lot (job) ; « Tâche » est déjà l’action « Add task ».

## Shared by the job views, the history and the saved views

previous = Précédent
next = Suivant
download-csv = Télécharger le CSV
csv-error = Impossible de générer le fichier CSV. { $error }
column-outcome = Résultat
column-reason = Motif

## The tray and the completion toasts

jobs-none = Aucun traitement pour l’instant.
jobs-running = { $count } en cours
jobs-scheduled = { $count ->
    [one] { $count } planifié
   *[other] { $count } planifiés
}
jobs-waiting = { $count } en attente de votre action
job-tray-progress = { $done } sur { $total } · { $percent } %
job-progress-of = Progression de { $title }
job-reconnecting = Reconnexion…
job-scheduled-for = Planifié pour le { $when }
toast = Traitement terminé
toast-view-summary = Voir le récapitulatif
toast-dismiss = Fermer la notification
job-loading = Chargement du traitement…
job-status = { $status ->
    [scheduled] Planifié
    [queued] En attente de démarrage
    [running] En cours
    [paused] En attente de votre action
    [succeeded] Terminé
    [completed_with_failures] Terminé avec des échecs
    [failed] Échec
   *[cancelled] Annulé
}

## What a finished job did

job-done = { $count ->
    [one] { $action ->
        [resend_invitations] Invitation renvoyée à { $count } utilisateur
        [send_password_reset] Réinitialisation du mot de passe envoyée à { $count } utilisateur
        [deactivate] { $count } utilisateur désactivé
        [reactivate] { $count } utilisateur réactivé
        [delete] { $count } utilisateur supprimé
        [add_to_team] { $count } utilisateur ajouté à { $what }
        [add_specialisms] { $what } ajouté à { $count } utilisateur
        [add_labels] { $what } ajouté à { $count } utilisateur
        [change_role] Rôle de { $count } utilisateur changé en { $what }
        [change_language] Langue de { $count } utilisateur changée en { $what }
        [remove_labels] { $what } retiré de { $count } utilisateur
        [add_task] { $what } attribué à { $count } utilisateur
        [assign_certificate] { $what } attribué à { $count } utilisateur
        [share_content] { $what } partagé avec { $count } utilisateur
        [undo] « { $what } » annulé pour { $count } utilisateur
       *[send_notification] « { $what } » envoyé à { $count } utilisateur
    }
   *[other] { $action ->
        [resend_invitations] Invitations renvoyées à { $count } utilisateurs
        [send_password_reset] Réinitialisations du mot de passe envoyées à { $count } utilisateurs
        [deactivate] { $count } utilisateurs désactivés
        [reactivate] { $count } utilisateurs réactivés
        [delete] { $count } utilisateurs supprimés
        [add_to_team] { $count } utilisateurs ajoutés à { $what }
        [add_specialisms] { $what } ajouté à { $count } utilisateurs
        [add_labels] { $what } ajouté à { $count } utilisateurs
        [change_role] Rôle de { $count } utilisateurs changé en { $what }
        [change_language] Langue de { $count } utilisateurs changée en { $what }
        [remove_labels] { $what } retiré de { $count } utilisateurs
        [add_task] { $what } attribué à { $count } utilisateurs
        [assign_certificate] { $what } attribué à { $count } utilisateurs
        [share_content] { $what } partagé avec { $count } utilisateurs
        [undo] « { $what } » annulé pour { $count } utilisateurs
       *[send_notification] « { $what } » envoyé à { $count } utilisateurs
    }
}
job-cancelled = { $total ->
    [one] { $title } annulé après { $done } sur { $total } utilisateur
   *[other] { $title } annulé après { $done } sur { $total } utilisateurs
}
job-failed-all = { $count ->
    [one] { $title } a échoué pour { $count } utilisateur
   *[other] { $title } a échoué pour les { $count } utilisateurs
}
job-skipped-count = { $count ->
    [one] { $count } ignoré
   *[other] { $count } ignorés
}
job-failed-count = { $count } en échec

## A job's progress

job-progress = { $total ->
    [one] { $done } sur { $total } utilisateur · { $percent } %
   *[other] { $done } sur { $total } utilisateurs · { $percent } %
}
duration-seconds = { $s } s
duration-minutes = { $min } min { $s } s
duration-hours = { $h } h { $min } min
job-elapsed = Écoulé
job-time-left = Temps restant
job-estimating = Estimation…
job-about = environ { $duration }
outcome-heading = { $outcome ->
    [succeeded] Réussis
    [skipped] Ignorés
   *[failed] En échec
}
outcome = { $outcome ->
    [succeeded] Modifié
    [skipped] Ignoré
   *[failed] En échec
}
job-cancel = Annuler le traitement
job-background = Exécuter en arrière-plan
job-stop-title = Arrêter ce traitement ?
job-stop-body = Il s’arrête avant le prochain lot d’utilisateurs. Utilisateurs traités jusqu’ici : { $done } sur { $total } ; ils conservent la modification.
job-keep-running = Poursuivre
job-stop = Arrêter le traitement
job-not-cancelled = Impossible d’annuler le traitement. { $error }
job-retry-title = Relancer les échecs : { $action }
job-undo-title = Annuler : { $action }

## A scheduled job

job-starts = Démarre le { $when }.
job-run-now = Exécuter maintenant
job-reschedule = Replanifier
job-new-time = Nouvelle date et heure ({ $zone })
job-save-time = Enregistrer le nouvel horaire
job-not-started = Impossible de démarrer le traitement maintenant. { $error }
job-not-moved = Impossible de déplacer le traitement. { $error }

## A pilot done

pilot-tried = { $count ->
    [one] Essayé sur { $count } utilisateur : vérifiez le résultat
   *[other] Essayé sur { $count } utilisateurs : vérifiez le résultat
}
pilot-stop = Arrêter ici
pilot-stop-undoable = « Arrêter ici » conserve la modification pour ces utilisateurs ; le récapitulatif proposera ensuite de l’annuler.
pilot-stop-kept = « Arrêter ici » conserve la modification pour ces utilisateurs.
job-not-resumed = Impossible de poursuivre le traitement. { $error }
job-not-stopped = Impossible d’arrêter le traitement. { $error }
pilot-users = Utilisateurs du pilote
pilot-users-loading = Chargement des utilisateurs du pilote…
pilot-users-error = Impossible de charger les utilisateurs du pilote. { $error }

## The summary of a finished job

summary = Récapitulatif
summary-reason = Motif :
summary-reasons = Ce qui a été ignoré ou a échoué
summary-retry = Relancer les échecs
summary-select-failed = Sélectionner les utilisateurs en échec
summary-undo = Annuler
summary-failed-error = Impossible de charger les utilisateurs en échec. { $error }
undo-title = Annuler « { $job } » ?
undo-body = { $count ->
    [one] Cela rétablit les valeurs précédentes de l’utilisateur modifié par ce traitement. Les utilisateurs modifiés depuis par quelqu’un d’autre restent inchangés.
   *[other] Cela rétablit les valeurs précédentes des { $count } utilisateurs modifiés par ce traitement. Les utilisateurs modifiés depuis par quelqu’un d’autre restent inchangés.
}
undo-keep = Conserver les modifications
undo-confirm = Annuler les modifications
affected = Utilisateurs ignorés et en échec
affected-pages = Pages des utilisateurs concernés
affected-loading = Chargement des utilisateurs concernés…
affected-error = Impossible de charger les utilisateurs concernés. { $error }
csv-user-id = ID utilisateur
csv-advice = Que faire

## Why users were skipped or failed, and what the admin can do

reason = { $code ->
    [already_accepted] A déjà accepté l’invitation
    [invitation_pending] Invitation pas encore acceptée
    [user_inactive] L’utilisateur est inactif
    [already_inactive] Déjà inactif
    [already_active] Déjà actif
    [already_in_team] Déjà dans l’équipe
    [already_has_specialisms] A déjà ces spécialités
    [already_has_role] A déjà ce rôle
    [already_has_language] Utilise déjà cette langue
    [already_has_label] A déjà ces étiquettes
    [label_not_present] N’a pas ces étiquettes
    [already_assigned] Tâche déjà attribuée
    [already_certified] Détient déjà ce certificat
    [managed_by_sso] Géré par le fournisseur d’identité (SSO)
    [cannot_deactivate_self] Vous ne pouvez pas vous désactiver vous-même
    [cannot_delete_self] Vous ne pouvez pas vous supprimer vous-même
    [cannot_change_own_role] Vous ne pouvez pas changer votre propre rôle
    [owner_protected] Seul un propriétaire peut modifier un propriétaire
    [email_bounced] Adresse e-mail rejetée
    [user_deleted] L’utilisateur a été supprimé
   *[changed_since] Modifié par quelqu’un d’autre depuis le traitement
}
reason-advice = { $code ->
    [managed_by_sso] Modifiez-le dans votre fournisseur d’identité ; le LMS ne peut pas le remplacer.
    [email_bounced] Vérifiez l’adresse e-mail dans le profil de l’utilisateur, puis réessayez.
    [owner_protected] Demandez à un propriétaire d’effectuer cette modification.
    [self] Demandez à un autre administrateur d’effectuer cette modification pour vous.
    [changed_since] Quelqu’un a modifié ces utilisateurs après le traitement ; vérifiez-les un par un.
    [user_deleted] Rien à faire : l’utilisateur n’existe plus.
    [user_inactive] Réactivez d’abord ces utilisateurs s’ils doivent recevoir ceci.
    [invitation_pending] Renvoyez l’invitation ; l’action sera possible une fois celle-ci acceptée.
   *[already] Rien à faire : ces utilisateurs étaient déjà dans l’état demandé.
}
