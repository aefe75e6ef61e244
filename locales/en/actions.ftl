# The Actions menu and every action's dialog (src/actions), and the pickers (src/ui/picker.rs).
# $count is always a number of users unless said otherwise.

## The menu

act-history = History
act-me-failed = Your permissions could not be loaded. { $error }
act-group-users = User management
act-group-organisation = Organisation
act-group-content = Content & Communication

## The actions' names (menu items, dialog titles, the run button)

act-resend-invitations = Resend invitations
act-send-password-reset = Send password reset
act-deactivate = Deactivate
act-reactivate = Reactivate
act-delete = Delete
act-add-to-team = Add to team
act-add-specialisms = Add specialisms
act-change-role = Change role
act-change-language = Change language
act-add-labels = Add labels
act-remove-labels = Remove labels
act-add-task = Add task
act-share-content = Share content
act-send-notification = Send notification
act-assign-certificate = Assign certificate

## One line under the action's name

about-resend-invitations = Send new invitation emails to users who have not accepted yet.
about-send-password-reset = Email each user a link to set a new password.
about-deactivate = Set users to inactive: they can no longer sign in. Reactivate undoes it.
about-reactivate = Restore inactive users to active.
about-delete = Permanently remove users and their records. This cannot be undone.
about-add-to-team = Add users to one team; their other teams stay.
about-add-specialisms = Add areas of expertise to users.
about-change-role = Give users another role, which changes what they may do.
about-change-language = Set the language users see the LMS in.
about-add-labels = Add labels for organising and filtering users.
about-remove-labels = Remove labels from users.
about-add-task = Assign a task to users, with an optional due date.
about-share-content = Share courses, items, channels or learnlists with users.
about-send-notification = Send users a notification with your own subject and message.
about-assign-certificate = Award a certificate to users, dated the day you choose.

## The steps

act-steps = Steps
step-configure = Configure
step-review = Review
step-run = Run
cancel = Cancel
back = Back
close = Close
act-starting = Starting…

## Configure: the fields

field-specialisms = Specialisms
field-new-role = New role
field-task = Task
field-due-date = Due date (optional)
field-content = Content to share
field-note = Note (optional)
field-subject = Subject
field-message = Message
field-certificate = Certificate
field-issue-date = Issue date
content-kind = Kind of content
content-courses = Courses
content-items = Items
content-channels = Channels
content-learnlists = Learnlists
# Under a text field: how many characters it holds and may hold.
field-length = { $count } / { $max } characters
message-preview = Preview of the notification
message-preview-intro = What each recipient sees:

## Configure: what a field needs

need-confirm-count = Type the number of users
need-team = Choose a team
need-specialism = Choose at least one specialism
need-role = Choose a role
need-language = Choose a language
need-label = Choose at least one label
need-task = Choose a task
need-due-date = Enter the due date as YYYY-MM-DD
need-due-date-ahead = The due date is in the past
need-content = Choose at least one item to share
need-note-length = Keep the note to { $max } characters
need-subject = Enter a subject
need-subject-length = Keep the subject to { $max } characters
need-message = Enter a message
need-message-length = Keep the message to { $max } characters
need-certificate = Choose a certificate
need-issue-date = Enter the issue date as YYYY-MM-DD
need-issue-date-past = The issue date is in the future

## Review: what will happen to whom. $name/$names are data (a team, "A, B and C").

do-resend-invitations = { $count ->
    [one] Resend invitations to { $count } user
   *[other] Resend invitations to { $count } users
}
do-send-password-reset = { $count ->
    [one] Send a password reset to { $count } user
   *[other] Send a password reset to { $count } users
}
do-deactivate = { $count ->
    [one] Deactivate { $count } user
   *[other] Deactivate { $count } users
}
do-reactivate = { $count ->
    [one] Reactivate { $count } user
   *[other] Reactivate { $count } users
}
do-delete = { $count ->
    [one] Permanently delete { $count } user
   *[other] Permanently delete { $count } users
}
do-add-to-team = { $count ->
    [one] Add { $count } user to team { $name }
   *[other] Add { $count } users to team { $name }
}
do-add-specialisms = { $count ->
    [one] Add { $names } to { $count } user
   *[other] Add { $names } to { $count } users
}
do-change-role = { $count ->
    [one] Change the role of { $count } user to { $name }
   *[other] Change the role of { $count } users to { $name }
}
do-change-language = { $count ->
    [one] Change the language of { $count } user to { $name }
   *[other] Change the language of { $count } users to { $name }
}
do-add-labels = { $count ->
    [one] Add labels { $names } to { $count } user
   *[other] Add labels { $names } to { $count } users
}
do-remove-labels = { $count ->
    [one] Remove labels { $names } from { $count } user
   *[other] Remove labels { $names } from { $count } users
}
do-add-task = { $count ->
    [one] Assign task { $name } to { $count } user
   *[other] Assign task { $name } to { $count } users
}
# $date is as the admin entered it, YYYY-MM-DD.
do-add-task-due = { $count ->
    [one] Assign task { $name } to { $count } user, due { $date }
   *[other] Assign task { $name } to { $count } users, due { $date }
}
do-share-content = { $count ->
    [one] Share { $names } with { $count } user
   *[other] Share { $names } with { $count } users
}
do-send-notification = { $count ->
    [one] Send the notification “{ $name }” to { $count } user
   *[other] Send the notification “{ $name }” to { $count } users
}
do-assign-certificate = { $count ->
    [one] Assign certificate { $name } to { $count } user, issued { $date }
   *[other] Assign certificate { $name } to { $count } users, issued { $date }
}
# Joins names: "A and B", then "A, B and C" ($first is "A, B").
act-names-two = { $first } and { $last }
act-names-more = { $first }, { $rest }
# Review's sentence with a pilot, or a schedule ($when: "Mon 8 Dec at 09:00 (Europe/London)").
with-pilot = { $action }: { $size } first, then the rest once you confirm
with-schedule = { $action }, on { $when }

## Review

act-users = { $count ->
    [one] { $count } user
   *[other] { $count } users
}
scope-matching = Every user that matches these filters:
scope-chips = Filters of this selection
scope-no-filters = No filters: every user
scope-hidden = { $count ->
    [one] { $count } user of them is hidden by the current filters.
   *[other] { $count } users of them are hidden by the current filters.
}
scope-leave-out = Leave them out
large-batch = { $count ->
    [one] ⚠ Be careful with large selections. Check your filters and the count before you act on { $count } user.
   *[other] ⚠ Be careful with large selections. Check your filters and the count before you act on { $count } users.
}
preview-title = What will happen
preview-checking = Checking each user…
preview-failed = The dry run failed. { $error }
preview-will-change = { $count } will change
preview-will-skip = { $count } will be skipped
preview-will-fail = { $count } will fail
preview-total-moved = { $total ->
    [one] { $total } user match now, not { $selected } as selected.
   *[other] { $total } users match now, not { $selected } as selected.
}
preview-reasons = Reasons
# A line of the reasons: how many, what happens to them, and why ($reason).
preview-reason = { $outcome ->
    [succeeded] { $count } will change: { $reason }
    [skipped] { $count } skipped: { $reason }
   *[failed] { $count } will fail: { $reason }
}
preview-sample = Some of the users
preview-outcome = Outcome
act-outcome = { $outcome ->
    [succeeded] will change
    [skipped] skipped
   *[failed] will fail
}
act-outcome-why = { $outcome ->
    [succeeded] will change: { $reason }
    [skipped] skipped: { $reason }
   *[failed] will fail: { $reason }
}
confirm-delete = Type { $count } to confirm you want to delete these users permanently

## Run: what stopped it

run-count-changed = Since your review, the number of users that match changed: { $now } now, not { $reviewed }. Check the new count before you run.
run-review-count = Review the new count
run-forbidden = You may no longer run this action: your permissions have changed. It has been removed from the Actions menu.
run-session-expired = Your session has expired. Sign in again in another tab, then retry: nothing you entered is lost.

## Try on 10 first (pilot)

pilot-legend = Pilot run
pilot-try = Try on { $size } first
pilot-size = Users to try first
pilot-hint = Picked across the whole selection. The job then waits for you to continue with the rest or stop.
pilot-whole-number = Enter a whole number from 1 to { $max }
pilot-range = Try the action on 1 to { $max } users first
pilot-fewer = Try it on fewer than the { $count } selected users, or run it on all of them
pilot-continue = Continue with the remaining { $count }

## When: run now or schedule

when-legend = When
when-now = Run now
when-schedule = Schedule
when-at = Date and time ({ $zone })
# "Mon 8 Dec at 09:00": $day and $time as the locale writes them.
when-day-time = { $day } at { $time }
when-choose = Choose a date and time
when-passed = This time has passed: choose a later one
when-too-far = Choose a time at most { $days } days ahead
when-resolved = It acts on the users who match these filters when it starts: { $count } today.
out-of-hours = This is outside working hours (08:00 to 18:00, Monday to Friday). Consider timing: avoid out-of-hours for non-urgent messages.

## Reason (shown in the history)

reason-label = Reason (shown in the history)
reason-required = required
reason-length = { $count } of { $max } characters
reason-too-long = Keep the reason to { $max } characters
reason-needed-over = Give a reason: every job on more than { $count } users needs one
# $action is the action's name, as in the menu.
reason-needed-for = Give a reason: every “{ $action }” job needs one

## Pickers

pick-chosen = Chosen: { $field }
pick-search = Search { $field }
pick-remove = Remove { $name }
pick-placeholder = Type to search
pick-none = Nothing matches. Try fewer letters.
pick-more = Showing { $shown } of { $count }. Type to narrow the list.

