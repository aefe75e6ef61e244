# The organisation's batch history (§14): its filters, its list of jobs, one job, and its CSV.

history = History
history-list = Batch jobs
history-loading = Loading the history…
history-error = The history could not be loaded. { $error }
history-empty = No batch job matches these filters.
history-pages = History pages
history-range = { $total ->
    [one] { $first }–{ $last } of { $total } job
   *[other] { $first }–{ $last } of { $total } jobs
}
history-none = No jobs

## Filters

history-filters = Filters of the history
history-any-admin = Any admin
history-any-action = Any action
history-any-status = Any status
history-from = From
history-to = To

## A job's facts: the list's columns, one job's details and the CSV's columns

history-job-id = Job ID
history-created = Created
history-started = Started
history-finished = Finished
history-run-by = Run by
history-action = Action
history-job = Job
history-selection = Selection
history-users = Users
history-undone-by = Undone by
history-back = Back to the list
# No reason was given for the job.
history-no-reason = None given
history-download-all = { $count ->
    [one] Download CSV of all { $count } user
   *[other] Download CSV of all { $count } users
}
# "5 users · 4 succeeded, 0 skipped, 1 failed".
history-counts = { $total ->
    [one] { $total } user
   *[other] { $total } users
} · { $succeeded } succeeded, { $skipped } skipped, { $failed } failed

## How a job's users were chosen

history-chosen = { $count ->
    [one] { $count } chosen user
   *[other] { $count } chosen users
}
history-every-user = Every user
# $count: users the admin deselected from all who matched.
history-every-user-but = Every user ({ $count } left out)
# $filters: the filters as their chips say them, separated by "; ".
history-matching = Users matching { $filters }
history-matching-but = Users matching { $filters } ({ $count } left out)
# $job: the id of the job retried or undone.
history-failed-of = The failed users of { $job }
history-changed-by = The users { $job } changed
