# The filter panel (§3) and the saved views (the Views menu).

## The filter panel

panel-content = Content progress
panel-content-item = Content item
panel-any = Any
panel-progress = Progress
# Reads as "… <the content item>", as the chips say it.
panel-progress-option = { $progress ->
    [completed] Has completed
   *[not_completed] Has not completed
    [not_started] Has not started
    [in_progress] Is in progress on
    [overdue] Is overdue on
}
panel-hire-date = Hire date
panel-hired-within = Hired in the last (days)
panel-hired-from = Hired from
panel-hired-to = Hired to
panel-days-invalid = Enter a whole number of days from 1 to { $max }.
panel-range-invalid = “Hired from” must be on or before “Hired to”.

## Saved views

views = Saved views
views-list = Saved views list
views-error = Saved views could not be loaded. { $error }
view-name = View name
view-name-placeholder = Name these filters
view-save = Save view
view-name-empty = Enter a name
view-name-long = Keep the name to { $max } characters
view-apply = Apply view { $name }
view-rename = Rename
view-rename-named = Rename view { $name }
view-new-name = New name for { $name }
view-save-name = Save name
view-delete = Delete
view-delete-named = Delete view { $name }
