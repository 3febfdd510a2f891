## Meetings of routines and the incident log in the terminal UI, the
## actions register and the status they feed.

## Kinds, fields and form errors.
meet-kind-incident = incident
meet-kind-incident-action = incident action
meet-kind-meeting = meeting
meet-kind-meeting-decision = meeting decision
meet-kind-meeting-action = meeting action
meet-field-minutes = minutes
meet-field-investigation = investigation
meet-field-recovery = recovery
meet-field-incident = incident
meet-field-routine = routine
meet-field-meeting = meeting
meet-err-pick-incident = { $key }: pick the incident it belongs to with ^n
meet-err-no-incident = { $key }: there is no incident `{ $id }`: pick one with ^n
meet-err-pick-routine = { $key }: pick the routine the meeting belongs to with ^n
meet-err-no-routine = { $key }: there is no routine `{ $id }`: pick one with ^n
meet-err-pick-meeting = meeting: pick the meeting (routine and date) with ^n
meet-err-no-meeting = meeting: there is no meeting `{ $id }`: pick one with ^n

## The People tab: rows, details, keys, messages.
meet-row-incident = incident
meet-incident-not-investigated = not investigated yet
meet-incident-actions-open = { $count ->
    [one] { $count } action open
   *[other] { $count } actions open
}
meet-incident-closed = closed
meet-routine-from-meeting = meeting
meet-label-happened-on = Happened on
meet-label-investigation = What the investigation found
meet-label-recovery = Recovery offered to customers
meet-label-attendance = Attendance
meet-attendance = { $percent }% of the expected people; { $full } of { $count ->
    [one] { $count } meeting
   *[other] { $count } meetings
} in full
meet-detail-incident-actions-keys = { $count ->
    [one] { $count } action
   *[other] { $count } actions
}: [ ] move · space ticks · A adds · C changes · X removes
meet-detail-meetings-keys = { $count ->
    [one] { $count } meeting
   *[other] { $count } meetings
}: [ ] move · A adds a meeting · N a decision · T an action · C changes · X removes · space ticks
meet-help-people = people: incidents and meetings
meet-key-next-entry = next action of the incident, or next meeting entry of the routine
meet-key-previous-entry = previous action of the incident, or previous meeting entry
meet-key-tick-action = tick or untick the action under the cursor
meet-key-add-action-or-meeting = add an action to the incident, or a meeting to the routine
meet-key-change-entry = change the action, meeting or decision under the cursor in a form
meet-key-remove-entry = remove the entry under the cursor (asks first)
meet-key-add-decision = add a decision to the meeting under the cursor
meet-key-add-meeting-action = add an action to the meeting under the cursor
meet-msg-no-entries = nothing to change here yet: A adds one
meet-msg-not-an-action = the cursor is not on an action: move to one with ] and [
meet-done-action-done = action "{ $text }" done
meet-done-action-reopened = action "{ $text }" open again

## Where an action or an occurrence comes from.
meet-source-meeting-held = meeting
meet-source-meeting = meeting of { $routine } on { $date }
meet-source-incident = incident { $id }

## charter status and the Overview: open incidents and attendance.
meet-status-attendance = attendance { $percent }% over { $count ->
    [one] { $count } meeting
   *[other] { $count } meetings
}
meet-status-incidents = { $count ->
    [one] { $count } open incident
   *[other] { $count } open incidents
}
meet-md-incidents = Open incidents
meet-status-incident-not-investigated = not investigated yet
meet-status-incident-actions = { $count ->
    [one] investigated, { $count } action open
   *[other] investigated, { $count } actions open
}
meet-ov-incidents = { $count ->
    [one] open incident
   *[other] { $count } open incidents
}: { $names }

## Both reports: where a routine's last occurrence comes from, attendance.
meet-report-from-meeting = meeting recorded
meet-report-attendance = attendance { $percent } over { $count ->
    [one] { $count } meeting
   *[other] { $count } meetings
}
