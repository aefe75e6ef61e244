# People Log's words, in English: the source catalog. Every other locale has the same message
# ids and the same variables (tools/catalogs refuses anything else). Whole sentences with
# variables, never sentences glued from pieces: word order differs by language.
#
# Numbers given as variables ($count, $total, …) come formatted for the locale (4,213 / 4.213 /
# 4 213); a select on one picks its plural category from the browser (Intl.PluralRules).

## The screen and its parts

results = People
loading = Loading…
part-failed = Part of People Log could not load. Check your connection, then retry.
retry = Retry

## Filter bar

filter-search = Search by name or email
# The button that opens the filter panel, with how many filters it has set.
filter-button = { $count ->
    [0] Filters
   *[other] Filters · { $count }
}
filter-views = Views
filter-chips = Active filters
# The accessible name of a chip's remove button; $filter is the chip's text.
filter-chip-remove = Remove filter { $filter }
filter-clear-all = Clear all
filter-options-error = Filter choices could not be loaded. { $error }
density = Density
density-comfortable = Comfortable
density-compact = Compact

## Chips: one active filter each

chip-list = In list
chip-list-named = In list: { $name } ({ $count })
chip-list-unavailable = In list: no longer available
chip-search = Search: { $text }
chip-status = Status: { $value }
chip-role = Role: { $value }
chip-team = Team: { $value }
chip-label = Label: { $value }
chip-language = Language: { $value }
chip-specialism = Specialism: { $value }
# $item is a course or other content item's name.
chip-content = { $progress ->
    [completed] Has completed { $item }
   *[not_completed] Has not completed { $item }
    [not_started] Has not started { $item }
    [in_progress] Is in progress on { $item }
    [overdue] Is overdue on { $item }
}
chip-hired-within = { $days ->
    [one] Hired in the last day
   *[other] Hired in the last { $days } days
}
chip-hired-between = Hired { $from } to { $to }
chip-hired-from = Hired from { $from }
chip-hired-until = Hired until { $to }
chip-hired-any = Any hire date

## Filter fields (the panel's groups)

field-status = Status
field-role = Role
field-team = Team
field-label = Label
field-language = Language
field-specialism = Specialism

## A user's status and role

status-active = Active
status-invited = Invitation pending
status-inactive = Inactive
role-owner = Owner
role-admin = Admin
role-hr = HR
role-curator = Curator
role-learner = Learner

## Selection bar

selection-none = No users selected
selection-count = { $count } selected
selection-count-of = { $count } of { $total } selected
# Selected users the current filters hide; shown after the count, as "12 selected · 3 not shown".
selection-not-shown = { $count } not shown
selection-deselect-hidden = Deselect hidden
selection-clear = Clear
selection-from-list = Select from a list
# In a narrow widget, the menu of the toolbar's other controls (Clear, Views, Density, Select from a list, History).
toolbar-more = More
selection-cleared-by-filters = Selection cleared because the filters changed.
actions = Actions
# Why Actions is disabled.
actions-why-empty = Select at least one user
actions-none-allowed = No batch actions available for your role
actions-why-none-allowed = Your role may not run batch actions on users. Ask an Owner or Admin for the permission you need.
jobs = Jobs

## The banner above the table

banner-page-selected = { $count ->
    [one] The { $count } user on this page is selected.
   *[other] All { $count } users on this page are selected.
}
banner-select-all-matching = { $count ->
    [one] Select the { $count } user that matches these filters
   *[other] Select all { $count } users that match these filters
}
banner-all-selected = { $count ->
    [one] { $count } user is selected.
   *[other] All { $count } users are selected.
}
banner-clear = Clear selection

## Table

table-caption = Users
table-select-page = Select all users on this page
column-name = Name
column-email = Email
column-status = Status
column-role = Role
column-teams = Teams
column-labels = Labels
column-language = Language
column-hire-date = Hire date
column-last-active = Last active
# A row's checkbox; $name is the user's name.
row-select = Select { $name }
# Last active: the user has never signed in.
row-never-active = Never
table-loading = Loading users
table-error = Users could not be loaded. { $error }
table-empty = No users match these filters
table-clear-filters = Clear filters

## When the server refuses the view: the button that drops what it refused

recover-reset-view = Reset the view
recover-invalid-filters = Remove the invalid filters
recover-first-page = Go to the first page
recover-list = Remove the list
recover-page-size = Use the default page size
recover-sort = Use the default order
recover-search = Remove the search
recover-status = Remove the Status filter
recover-role = Remove the Role filter
recover-team = Remove the Team filter
recover-label = Remove the Label filter
recover-language = Remove the Language filter
recover-specialism = Remove the Specialism filter
recover-content = Remove the content filter
recover-hire-date = Remove the hire-date filter

## Pagination

pagination = Pagination
pagination-range = { $total ->
    [one] { $first }–{ $last } of { $total } user
   *[other] { $first }–{ $last } of { $total } users
}
pagination-none = No users
pagination-per-page = Rows per page
pagination-page = Page { $page } of { $pages }
pagination-first = First page
pagination-previous = Previous page
pagination-next = Next page
pagination-last = Last page

## Request errors in the widget's words (a server's own problem details are shown as they come)

api-network = Could not reach the server. Check your connection and try again.
api-session = Your session has expired. Sign in again to continue.
api-server = The server had a problem (HTTP { $status }). Try again in a moment.
api-refused = The server refused the request (HTTP { $status }).
api-decode = The server sent an answer this widget cannot read.
api-encode = This request could not be written, so it was not sent.
api-aborted = The request was cancelled.
