# Jobs (§8, §13): the tray and its toasts, a job's progress, the pilot's and the scheduled job's
# views, the summary with the reasons users were skipped or failed, and the summary's CSV.

## Shared by the job views, the history and the saved views

previous = Previous
next = Next
download-csv = Download CSV
# $error: what went wrong, as the server or the browser said it.
csv-error = The CSV could not be built. { $error }
column-outcome = Outcome
column-reason = Reason

## The tray and the completion toasts

jobs-none = No jobs yet.
# The Jobs button's badge lists the open jobs by kind, each after " · ": "Jobs · 2 running · 1 scheduled".
jobs-running = { $count } running
jobs-scheduled = { $count } scheduled
jobs-waiting = { $count } waiting for you
# A job in the tray: "1,200 of 4,013 · 29%".
job-tray-progress = { $done } of { $total } · { $percent }%
# The progress bar's accessible name; $title is the job's title as the server wrote it.
job-progress-of = Progress of { $title }
job-reconnecting = Reconnecting…
# $when: the day and time, in the admin's time zone.
job-scheduled-for = Scheduled for { $when }
# The accessible name of a completion toast.
toast = Job finished
toast-view-summary = View summary
toast-dismiss = Dismiss
job-loading = Loading the job…
job-status = { $status ->
    [scheduled] Scheduled
    [queued] Waiting to start
    [running] Running
    [paused] Waiting for you
    [succeeded] Done
    [completed_with_failures] Done with failures
    [failed] Failed
   *[cancelled] Cancelled
}

## What a finished job did: the toast and the live region. Counts of skipped and failed users
## follow it after " · ": "Added 4,000 users to Sales EMEA · 13 failed".

# $what: what the job's title names after its last ": " (a team, role, labels, a course, a
# message's subject), as the server wrote it; for an undo, the title of the job it undid.
job-done = { $action ->
    [resend_invitations] Resent invitations to { $count ->
        [one] { $count } user
       *[other] { $count } users
    }
    [send_password_reset] Sent password resets to { $count ->
        [one] { $count } user
       *[other] { $count } users
    }
    [deactivate] Deactivated { $count ->
        [one] { $count } user
       *[other] { $count } users
    }
    [reactivate] Reactivated { $count ->
        [one] { $count } user
       *[other] { $count } users
    }
    [delete] Deleted { $count ->
        [one] { $count } user
       *[other] { $count } users
    }
    [add_to_team] Added { $count ->
        [one] { $count } user
       *[other] { $count } users
    } to { $what }
    [add_specialisms] Added { $what } to { $count ->
        [one] { $count } user
       *[other] { $count } users
    }
    [add_labels] Added { $what } to { $count ->
        [one] { $count } user
       *[other] { $count } users
    }
    [change_role] Changed the role of { $count ->
        [one] { $count } user
       *[other] { $count } users
    } to { $what }
    [change_language] Changed the language of { $count ->
        [one] { $count } user
       *[other] { $count } users
    } to { $what }
    [remove_labels] Removed { $what } from { $count ->
        [one] { $count } user
       *[other] { $count } users
    }
    [add_task] Assigned { $what } to { $count ->
        [one] { $count } user
       *[other] { $count } users
    }
    [assign_certificate] Assigned { $what } to { $count ->
        [one] { $count } user
       *[other] { $count } users
    }
    [share_content] Shared { $what } with { $count ->
        [one] { $count } user
       *[other] { $count } users
    }
    [undo] Undid “{ $what }” for { $count ->
        [one] { $count } user
       *[other] { $count } users
    }
   *[send_notification] Sent “{ $what }” to { $count ->
        [one] { $count } user
       *[other] { $count } users
    }
}
job-cancelled = { $title } cancelled after { $done } of { $total ->
    [one] { $total } user
   *[other] { $total } users
}
job-failed-all = { $title } failed for all { $count ->
    [one] { $count } user
   *[other] { $count } users
}
job-skipped-count = { $count } skipped
job-failed-count = { $count } failed

## A job's progress

# "1,200 of 4,013 users · 29%".
job-progress = { $done } of { $total ->
    [one] { $total } user
   *[other] { $total } users
} · { $percent }%
# Durations: "45 s", "2 min 05 s", "1 h 02 min" (the second number always two digits).
duration-seconds = { $s } s
duration-minutes = { $min } min { $s } s
duration-hours = { $h } h { $min } min
job-elapsed = Elapsed
job-time-left = Time left
job-estimating = Estimating…
job-about = about { $duration }
# The counts' headings (and the CSV's outcome column).
outcome-heading = { $outcome ->
    [succeeded] Succeeded
    [skipped] Skipped
   *[failed] Failed
}
# A user's outcome in the pilot's and the summary's tables.
outcome = { $outcome ->
    [succeeded] Changed
    [skipped] Skipped
   *[failed] Failed
}
job-cancel = Cancel job
job-background = Run in background
job-stop-title = Stop this job?
job-stop-body = It stops before its next batch of users. So far { $done } of { $total } users are processed; they keep the change.
job-keep-running = Keep running
job-stop = Stop job
job-not-cancelled = The job could not be cancelled. { $error }
# The action dialog's title when the summary's Retry failed or Undo moved it on to a new job.
job-retry-title = Retry failed: { $action }
job-undo-title = Undo: { $action }

## A scheduled job

job-starts = Starts on { $when }.
job-run-now = Run now
job-reschedule = Reschedule
# $zone: the admin's time zone, e.g. Europe/Berlin.
job-new-time = New date and time ({ $zone })
job-save-time = Save new time
job-not-started = The job could not start now. { $error }
job-not-moved = The job could not be moved. { $error }

## A pilot done: its users, then go on or stop

pilot-tried = Tried on { $count ->
    [one] { $count } user
   *[other] { $count } users
}: check how it went
pilot-stop = Stop here
pilot-stop-undoable = Stop here keeps the change for these users; the summary then offers to undo it.
pilot-stop-kept = Stop here keeps the change for these users.
job-not-resumed = The job could not go on. { $error }
job-not-stopped = The job could not be stopped. { $error }
pilot-users = Users of the pilot
pilot-users-loading = Loading the pilot's users…
pilot-users-error = The pilot's users could not be loaded. { $error }

## The summary of a finished job

summary = Summary
# Before the reason the admin gave for the job.
summary-reason = Reason:
summary-reasons = What was skipped or failed
summary-retry = Retry failed
summary-select-failed = Select failed users
summary-undo = Undo
summary-failed-error = The failed users could not be loaded. { $error }
# $job: the job's title as the server wrote it.
undo-title = Undo “{ $job }”?
undo-body = This puts back the previous values for the { $count ->
    [one] { $count } user
   *[other] { $count } users
} this job changed. Users someone else changed since are left as they are.
undo-keep = Keep the changes
undo-confirm = Undo changes
affected = Skipped and failed users
affected-pages = Affected users pages
affected-loading = Loading the affected users…
affected-error = The affected users could not be loaded. { $error }
# The summary's CSV: its first and last columns.
csv-user-id = User ID
csv-advice = What to do

## Why users were skipped or failed, and what the admin can do

reason = { $code ->
    [already_accepted] Already accepted the invitation
    [invitation_pending] Invitation not accepted yet
    [user_inactive] User is inactive
    [already_inactive] Already inactive
    [already_active] Already active
    [already_in_team] Already in the team
    [already_has_specialisms] Already has these specialisms
    [already_has_role] Already has this role
    [already_has_language] Already uses this language
    [already_has_label] Already has these labels
    [label_not_present] Does not have these labels
    [already_assigned] Task already assigned
    [already_certified] Already holds this certificate
    [managed_by_sso] Managed by the identity provider (SSO)
    [cannot_deactivate_self] You cannot deactivate yourself
    [cannot_delete_self] You cannot delete yourself
    [cannot_change_own_role] You cannot change your own role
    [owner_protected] Only an Owner can change an Owner
    [email_bounced] Email address bounced
    [user_deleted] User was deleted
   *[changed_since] Changed by someone else since the job ran
}
reason-advice = { $code ->
    [managed_by_sso] Change this in your identity provider; the LMS cannot override it.
    [email_bounced] Check the email address in the user's profile, then retry.
    [owner_protected] Ask an Owner to make this change.
    [self] Ask another administrator to make this change for you.
    [changed_since] Someone changed these users after the job ran; review them one by one.
    [user_deleted] Nothing to do: the user no longer exists.
    [user_inactive] Reactivate these users first if they should get this.
    [invitation_pending] Resend the invitation; this can be done once it is accepted.
   *[already] Nothing to do: these users were already as asked.
}
