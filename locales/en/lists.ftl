# "Select from a list" (src/lists): paste or upload emails, usernames or ids; the server matches them.

list-intro = Emails, usernames or user ids, mixed, up to 10,000.
list-paste = Paste the list
list-paste-help = One per line, or separated by commas, semicolons or tabs: a column copied from a spreadsheet works.
list-file = Or choose a .csv or .txt file
list-file-help = The column headed email, username or id, else the first. UTF-8, with or without a byte-order mark.
list-match = Match
list-matching = Matching…
# The list's name, when pasted: $day and $time as the locale writes them ("4 Dec", "10:32").
list-pasted-name = Pasted list, { $day } { $time }
list-name = List: { $name }
list-unmatched = Not matched, with the reason (select to copy)
list-download = Download CSV of entries not matched
list-another = Match another list
# The result: "812 of 815 matched", then one part per reason, " · 3 not found".
list-matched = { $count } of { $total } matched
list-not-found = { $count } not found
list-ambiguous = { $count } ambiguous
list-invalid = { $count } invalid
list-duplicates = { $count ->
    [one] { $count } duplicate
   *[other] { $count } duplicates
}
list-show = { $count ->
    [one] Show this user
   *[other] Show these { $count } users
}
list-show-select = { $count ->
    [one] Show and select this user
   *[other] Show and select all { $count }
}

## Why an entry added nobody (also the CSV's Reason column)

list-why-not-found = No user has this email, username or id
list-why-ambiguous = More than one user has this username
list-why-invalid = Not an email, username or id
list-why-duplicate = Already in the list
# The CSV's column headers.
list-csv-entry = Entry
list-csv-reason = Reason

## Why no list could be read

list-empty = There is nothing to match. Paste emails, usernames or user ids, one per line or separated by commas, or choose a file.
list-too-many = { $max } at most; this list has { $count }. Split it into smaller lists.
list-not-utf8 = This file is not UTF-8 text. Save it as UTF-8 CSV, then choose it again.
list-no-column = This file has no column of emails, usernames or ids. Head that column email, username or id, or make it the first.
list-unreadable = This file could not be read. Choose it again.
