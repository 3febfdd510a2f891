## The terminal UI: tabs, panes, forms, help, prompts, the status line.

## Tabs, header, footer, popups, lists, details.
tui-tab-overview = Overview
tui-tab-charter = Charter
tui-tab-goals = Goals
tui-tab-milestones = Milestones
tui-tab-metrics = Metrics
tui-tab-people = People
tui-tab-reviews = Reviews
tui-tab-history = History
tui-tab-actions = Actions
tui-enlarge = charter: enlarge the window
tui-header-read-only = viewing { $revision } read-only
tui-header-unsaved = { $count ->
    [one] { $count } unsaved
   *[other] { $count } unsaved
}
tui-header-starts-tomorrow = starts tomorrow
tui-header-starts-in = { $count ->
    [one] starts in { $count } day
   *[other] starts in { $count } days
}
tui-header-day = day { $day } of { $total }
tui-days = { $days }d
tui-footer-help = help
tui-footer-tab = tab
tui-footer-move = move
tui-footer-edit = edit
tui-footer-add = add
tui-footer-delete = delete
tui-footer-filter = filter
tui-footer-search = search
tui-footer-save = save
tui-footer-quit = quit
tui-footer-status = status
tui-footer-timeline = timeline
tui-footer-tick = tick
tui-footer-go-to = go to
tui-footer-record = record
tui-footer-diff = diff
tui-footer-new-review = new review
tui-footer-review-screen = review screen
tui-footer-health = health
tui-footer-close-review = close review
tui-footer-mark = mark
tui-footer-open = open
tui-footer-trend = trend
tui-footer-metric = metric
tui-footer-back = back
tui-footer-apply = apply
tui-footer-cancel = cancel
tui-footer-field = field
tui-footer-choose = choose
tui-footer-yes = yes
tui-footer-no = no
tui-help-title = Keys (esc closes, ↑/↓ PgDn g/G scroll)
tui-help-everywhere = everywhere
tui-help-in-lists = in lists
tui-help-milestones = milestones
tui-help-charter = the charter
tui-help-metrics = metrics
tui-help-in-forms = in forms
tui-help-typing = typing in a form field or a prompt
tui-help-in-prompts = in prompts
tui-help-in-search = in search and problems
tui-help-when-asked = when asked
tui-help-history = history
tui-help-reviews = reviews
tui-help-review-screen = on the review screen
tui-help-read-only = viewing a revision
tui-help-choose = choosing what to add (a)
tui-help-actions = actions
tui-prompt-hint = enter confirms · esc cancels
tui-confirm-hint = y: yes · n/esc: no
tui-confirm-title = Confirm
tui-pick-nothing-found = nothing found
tui-add-every-kind = every kind
tui-add-elsewhere = elsewhere
tui-add-this-tab = this tab
tui-add-hint = key, or ↑/↓ and enter · esc
tui-add-title = Add: what kind of item?
tui-form-hint-ref = ^n/^p: pick an id
tui-form-hint-words = separate with commas
tui-form-hint-bool = ^n: true / false
tui-form-hint = enter applies · esc cancels · ↑/↓ fields · ←/→ cursor · * required
tui-form-add-title = Add { $kind }
tui-form-edit-title = Edit { $kind }
tui-col-what = what
tui-col-owner = owner
tui-col-due = due
tui-col-source = source
tui-col-link = link
tui-col-done = done
tui-col-kind = kind
tui-col-id = id
tui-col-text = text
tui-col-channel-hours-level = channel / hours / level
tui-col-metric-parent = metric / parent
tui-col-title = title
tui-col-horizon = horizon
tui-col-milestones = milestones
tui-col-status = status
tui-col-phase = phase
tui-col-name = name
tui-col-trajectory = baseline → latest → target
tui-col-state = state
tui-col-role-every = role / every
tui-col-more = more
tui-col-date = date
tui-col-decisions = decisions
tui-col-actions = actions
tui-routine-late = { $every } · late { $days }d
tui-routine-next = { $every } · next { $next }
tui-row-reviews-every = reviews every { $every }
tui-row-plan = plan
tui-row-no-vision = (no vision yet: enter to write it)
tui-row-version = version { $version }
tui-row-charter = charter
tui-row-text = text
tui-row-unit = unit
tui-row-in-unit = in { $unit }
tui-row-channel = channel
tui-row-commitment = commitment
tui-row-member = member
tui-row-routine = routine
tui-row-every = every { $every }
tui-count-tools = { $count ->
    [one] { $count } tool
   *[other] { $count } tools
}
tui-row-workshop = workshop: { $topic }
tui-row-tool = tool: { $name }
tui-row-mean = mean { $mean }
tui-row-no-scores = no scores
tui-row-weakest = weakest { $skill } { $score }
tui-row-skills = skills
tui-row-agent = agent
tui-ov-overdue = overdue
tui-ov-next-due = next due
tui-ov-due-in = { $due } in { $days }
tui-ov-slipped = { $count ->
    [one] { $id } slipped { $days }d over { $count } review
   *[other] { $id } slipped { $days }d over { $count } reviews
}
tui-ov-due = due { $due }
tui-ov-open-actions = Open actions { $count }
tui-ov-unread-metrics = { $count ->
    [one] metrics.yaml has { $count } error: a metric it could not read is left out — ! lists them
   *[other] metrics.yaml has { $count } errors: a metric it could not read is left out — ! lists them
}
tui-ov-metrics-shown = Metrics { $total } · { $count } shown (Metrics tab: all)
tui-ov-review = Review
tui-ov-none-yet = none yet
tui-ov-review-next-due = next due { $due } (in { $days })
tui-ov-no-cadence = no review cadence set
tui-ov-last-review = last { $last }
tui-ov-review-overdue = overdue!
tui-ov-last-review-counts = { $count ->
    [one] { $decisions } decisions · { $count } action at the last review
   *[other] { $decisions } decisions · { $count } actions at the last review
}
tui-ov-routines-late = routines late: { $names }
tui-ov-next-routine = next routine: { $id } { $next } (in { $days })
tui-ov-decide = decide: keep or drop { $tools }
tui-ov-units-behind = units behind target: { $units }
tui-ov-weakest-skill = weakest skill: { $skills }
tui-ov-press-problems = press ! to see them
tui-list-filter = filter: { $filter }
tui-list-sorted-by = by { $column }
tui-list-no-actions = no actions yet: milestones (A on the Milestones tab) and reviews hold them
tui-list-empty = nothing here yet: press a to add
tui-list-no-match = nothing matches the filter: esc clears it
tui-list-timeline = timeline (t: table)
tui-detail = Detail
tui-detail-slip-over = { $count ->
    [one] { $days }d over { $count } review
   *[other] { $days }d over { $count } reviews
}
tui-detail-actions-keys = actions: [ ] move · space ticks · A adds · C changes · X removes
tui-detail-value-on = { $value } on { $on }
tui-detail-value-by = { $value } by { $by }
tui-detail-breakdown-keys = breakdown targets: [ ] move · C changes · X removes · b readings
tui-detail-breakdown-select = breakdown targets: b selects them
tui-detail-per = per { $period }
tui-detail-by-unit = by unit
tui-detail-before = before
tui-detail-tools-judged = workshop tools judged by it
tui-detail-readings-keys = readings ({ $count }), latest first: [ ] move · r records · C changes · X removes
tui-detail-newer = { $count ->
    [one] { $count } newer
   *[other] { $count } newer
}
tui-detail-older = { $count ->
    [one] { $count } older
   *[other] { $count } older
}
tui-detail-decision = decision
tui-detail-from-to = { $from } to { $to }
tui-detail-referred = referred to by { $count }
tui-detail-changes-since = changes since { $date }
tui-detail-late-by = late by { $days }: due { $due }
tui-detail-next-in = next { $next } (in { $days })
tui-detail-not-held = not held yet: H records it as held today
tui-charter-title = Service charter
tui-charter-approved = approved { $date }
tui-charter-none = no charter yet: write charter.yaml (see DESIGN §2)
tui-action = Action
tui-action-late-by = late by { $days }
tui-action-keys = enter: go to it · space: tick / untick
tui-action-done = done
tui-action-open = open
tui-action-closed = closed
tui-label-agents = agents
tui-label-alert = alert
tui-label-at-review = at review
tui-label-attendees = attendees
tui-label-baseline = baseline
tui-label-before = before
tui-label-by = by
tui-label-corrects = corrects
tui-label-depends-on = depends on
tui-label-direction = direction
tui-label-done = done
tui-label-done-on = done on
tui-label-due = due
tui-label-during = during
tui-label-every = every
tui-label-expected = expected
tui-label-expected-now = expected now
tui-label-forecast = forecast
tui-label-goal = goal
tui-label-last-held = last held
tui-label-last-review = last review
tui-label-latest = latest
tui-label-mean = mean
tui-label-metric = metric
tui-label-milestone = milestone
tui-label-note = note
tui-label-owner = owner
tui-label-progress = progress
tui-label-slip = slip
tui-label-source = source
tui-label-start-to-due = start → due
tui-label-state = state
tui-label-status = status
tui-label-target = target
tui-label-terms = terms
tui-label-unit = unit
tui-label-values = values
tui-label-vision = vision
tui-label-vs-due = vs due
tui-label-written-in = written in
tui-review-action = action
tui-review-close-step = add decisions and actions, close
tui-review-gone = this review is no longer in the plan: esc
tui-review-step-of = Review { $date } · step { $step } of { $total }
tui-review-this-step = This step
tui-review-milestone-keys = h health · +/- progress · [/] forecast ∓7 days · f forecast · p progress · n note · e all in a form
tui-review-metric-keys = v value · n note · e both in a form
tui-review-decision = Decision
tui-review-decision-keys = e edit · d remove · a another decision · t an action
tui-review-action-keys = x done / open · e edit · d remove · t another action
tui-review-close = Close the review
tui-review-close-keys = a add a decision · t add an action · C close: check, save, commit and tag review/DATE
tui-review-has-errors = { $count ->
    [one] the plan has { $count } error: press ! to see it; a review closes only without errors
   *[other] the plan has { $count } errors: press ! to see them; a review closes only without errors
}
tui-review-no-milestones = no milestones
tui-review-summary = review { $date }: { $milestones }; { $decisions }, { $actions }
tui-review-decisions = { $count ->
    [one] { $count } decision
   *[other] { $count } decisions
}
tui-review-actions = { $count ->
    [one] { $count } action
   *[other] { $count } actions
}
tui-hist-revision-open = the history is not shown while a revision is open: esc returns
tui-hist-reading = reading the history…
tui-hist-diff = Diff { $from } → { $to }
tui-hist-metric = Metric
tui-hist-no-metric = no metric
tui-hist-log = Log { $count }
tui-hist-changes = Changes
tui-hist-no-commit = no commit touches the plan yet
tui-hist-amends = amends review { $date }
tui-hist-closes = closes review { $date }
tui-hist-trend = Milestone trend
tui-hist-no-forecast = no review has forecast a milestone yet: reviews record a forecast per open milestone
tui-hist-trend-title = Milestone trend · forecast at each review · { $count } of { $total }
tui-hist-first = first
tui-hist-on-schedule = on schedule
tui-hist-slip = Slip
tui-hist-no-reading = no reading yet: press r on the Metrics tab to record one
tui-hist-readings = readings
tui-hist-trajectory = trajectory
tui-hist-other-metrics = [ ] other metrics
tui-hist-latest-words = latest { $value } on { $on } · expected { $expected } · { $state }
tui-hist-baseline-words = baseline { $baseline } → target { $target }
tui-hist-in-words = In words
tui-search-title = Search
tui-problems-title = Problems (enter: go to the item)
tui-prompt-commit-message = Commit message
tui-prompt-filter = Filter
tui-msg-nothing-to-save = nothing to save
tui-msg-nothing-to-set = nothing to set at this step
tui-ask-forecast = Forecast (YYYY-MM-DD)
tui-ask-progress = Progress (0–100 %)
tui-ask-note = Note
tui-ask-value = Value at this review
tui-confirm-delete = Delete { $kind } { $id }?
tui-confirm-referred-by = referred to by { $item }
tui-confirm-references-reported = those references will be reported by the checks until you change them
tui-msg-viewing-revision = the plan as it was at { $revision }, read-only: esc returns to the current plan
tui-msg-read-only = read-only: this is the plan as it was at a revision; esc returns to the current plan
tui-trial-decide-ended = decide: keep or drop (trial ended { $until })
tui-trial-decide = decide: keep or drop
tui-trial-until = on trial until { $until }
tui-trial-no-end = on trial, no end date
tui-trial-kept = kept
tui-trial-dropped = dropped
tui-trial-no-metric = no metric linked: link one with `metric:` to judge the tool by results
tui-trial-unknown-metric = metric `{ $metric }` is not in metrics.yaml
tui-trial-before = { $count ->
    [one] { $mean } before ({ $count } reading)
   *[other] { $mean } before ({ $count } readings)
}
tui-trial-during = { $count ->
    [one] { $mean } during ({ $count } reading)
   *[other] { $mean } during ({ $count } readings)
}
tui-trial-before-none = no readings before
tui-trial-during-none = no readings during
tui-trial-better = better
tui-trial-not-better = not better
tui-routine-from-commit = commit { $commit }
tui-routine-held = held
tui-merge-layout-only = the files on disk changed only in comments or layout: your edits now apply to them (s saves)
tui-merge-changed-on-disk = changed on disk ({ $count }):
tui-merge-more = { $count } more
tui-merge-both-sides = changed on both sides ({ $count }), yours kept:
tui-merge-kept-whole = could not be merged item by item; your version is kept whole
tui-merge-errors = { $count ->
    [one] the merged plan has { $count } error to fix before it can be saved:
   *[other] the merged plan has { $count } errors to fix before it can be saved:
}
tui-merge-question = { $count ->
    [one] Merge your { $count } unsaved edit into the files changed on disk?
   *[other] Merge your { $count } unsaved edits into the files changed on disk?
}
tui-merge-done = merged your edits into the files on disk: s saves the result
tui-merge-done-conflicts = { $count ->
    [one] merged your edits into the files on disk ({ $count } conflict, yours kept): s saves the result
   *[other] merged your edits into the files on disk ({ $count } conflicts, yours kept): s saves the result
}
tui-confirm-quit = Quit without saving your changes?
tui-confirm-reload = Reload the plan from disk and drop your unsaved changes?
tui-msg-undone = undone
tui-msg-nothing-to-undo = nothing to undo
tui-msg-redone = redone
tui-msg-nothing-to-redo = nothing to redo
tui-msg-disk-changed-dirty = the plan's files changed on disk outside charter: M merges your edits into them, R reloads them (drops your edits)
tui-msg-disk-changed = the plan's files changed on disk outside charter: press R to reload them
tui-msg-not-saved-disk = { $file } changed on disk since it was loaded, so nothing was saved: M merges your edits into it, R reloads it (drops your edits)
tui-msg-not-closed-disk = { $file } changed on disk since it was loaded, so the review was not closed: M merges your edits into it, R reloads it (drops your edits)
tui-filter-words-only = words match any column
tui-filter-hint = filters: { $filters } · words match any column
tui-msg-adds-nothing = `{ $key }` adds nothing: press a key of the list, or esc
tui-msg-select-workshop = A adds a tool to the selected workshop: select one (W adds a workshop)
tui-confirm-remove-action = Remove the action "{ $title }"?
tui-msg-on-breakdowns = [ ] C X now work on the breakdown targets (b: back to the readings)
tui-msg-on-readings = [ ] C X now work on the readings (b: the breakdown targets)
tui-msg-no-breakdowns = this metric has no breakdown targets: a, then b adds one
tui-msg-no-readings = this metric has no readings: r records one
tui-confirm-remove-breakdown = Remove the breakdown target { $id }?
tui-confirm-remove-reading = Remove the reading of { $metric } on { $on }: { $value }?
tui-msg-target-already = { $metric }: the target { $target } is what the guide proposes already
tui-confirm-set-target = Set the target of { $metric } to { $target } by { $by }?
tui-confirm-set-target-now = Set the target of { $metric } to { $target } by { $by } (now { $now })?
tui-msg-select-metric = select a metric first
tui-prompt-record = Reading of { $metric }: VALUE, then DATE and UNIT if not today and plan-wide (today is { $today })
tui-msg-review-gone = review { $date } is no longer in the plan
tui-msg-review-cannot-close = { $count ->
    [one] the plan has { $count } error, so the review cannot close: press esc, then ! to see it
   *[other] the plan has { $count } errors, so the review cannot close: press esc, then ! to see them
}
tui-confirm-close-review = Close review { $date }: save, commit and tag it?
tui-confirm-close-commit = commit: { $message }
tui-confirm-close-tag = tag: { $tag } (kept as it is if the review was closed before)
tui-msg-review-not-closed = review { $date } not closed: nothing was written
tui-hist-mark-cleared = mark cleared
tui-hist-marked = marked { $commit } ({ $date }): select another revision and press d to compare
tui-hist-nothing-to-compare = no revision to compare
tui-hist-working-tree = working tree
tui-hist-nothing-to-open = no revision to open
tui-hist-revision = { $commit } of { $date }
tui-msg-no-action = no action selected
tui-msg-commit-needs-message = a commit needs a message
tui-msg-assessment-on-people = S adds a skills assessment on the People tab (6)
tui-msg-milestone-no-actions = this milestone has no actions
tui-msg-select-routine = H records a routine as held today: select a routine on the People tab
tui-msg-nothing-to-edit = nothing to edit here: press a to add
tui-msg-no-metrics = the plan has no metrics
tui-msg-select-review = select a review first
tui-msg-review-screen-closed = review screen closed; its edits are not saved yet: s saves, or w and C close the review
tui-msg-nothing-to-change = nothing to change at this step
tui-done-action-removed = milestone { $id }: action removed
tui-done-reading-removed = metric { $metric }: reading on { $date } removed
tui-msg-milestone-no-actions-add = this milestone has no actions: A adds one
tui-done-status = milestone { $id }: status { $from } → { $to }
tui-done-action-done = milestone { $id }: action "{ $title }" done
tui-done-action-reopened = milestone { $id }: action "{ $title }" reopened
tui-msg-held-already = routine { $id } is recorded as held today already
tui-done-held = routine { $id }: held on { $date }
tui-err-record-value = type the value, like 66 or 66.5
tui-err-record-word = `{ $word }` is neither a date nor a unit id: { $error }
tui-err-record-extra = `{ $word }`: type VALUE, then a date and a unit id if needed
tui-err-reading-exists = { $metric } already has a reading on { $date }: C changes it
tui-err-reading-exists-unit = { $metric } already has a reading on { $date } for { $unit }: C changes it
tui-done-reading = metric { $metric }: reading { $value } on { $date }
tui-done-reading-unit = metric { $metric }: reading { $value } on { $date } for { $unit }
tui-err-file-has-errors = { $file } has errors, so an edit to it could not be saved: fix them first (! lists them)
tui-done-review-drafted = review { $date } drafted: { $milestones ->
    [one] { $milestones } open milestone
   *[other] { $milestones } open milestones
}, { $metrics ->
    [one] { $metrics } metric
   *[other] { $metrics } metrics
}, { $actions ->
    [one] { $actions } open action
   *[other] { $actions } open actions
} carried over
tui-filter-unknown-none = no filter `{ $key }`; the { $list } list has no filters, only words to find in its rows
tui-filter-unknown-near = no filter `{ $key }`: did you mean `{ $near }`? filters: { $filters }
tui-filter-unknown = no filter `{ $key }`: filters: { $filters }
tui-err-pick-milestone = { $key }: pick the milestone it belongs to with ^n
tui-err-pick-metric = { $key }: pick the metric it belongs to with ^n
tui-err-pick-review = { $key }: pick the review (its date) it belongs to with ^n
tui-err-no-milestone = { $key }: there is no milestone `{ $id }`: pick one with ^n
tui-err-no-metric = { $key }: there is no metric `{ $id }`: pick one with ^n
tui-err-no-review = { $key }: there is no review (its date) `{ $id }`: pick one with ^n
tui-err-reading-taken = the metric already has a reading on { $date }: change that one
tui-err-reading-taken-unit = the metric already has a reading on { $date } for { $unit }: change that one
tui-err-no-workshop = there is no workshop `{ $id }`: add the workshop first, or pick one with ^n
tui-ref-the-charter = the charter
tui-ref-of-on = of { $rep } on { $date }
tui-err-not-whole = `{ $text }` is not a whole number
tui-err-listed-twice = `{ $id }` is listed twice: list each id once
tui-err-range = write the least and the most value, like 0 100
tui-err-choose-one = choose one of { $options }
tui-err-required = { $field } is required
tui-err-disk-unreadable = cannot read the plan on disk to merge your edits into it: { $error }
tui-msg-reloaded = reloaded from disk
tui-err-progress = progress is a whole percent from 0 to 100
tui-done-progress = { $id }: progress { $progress }%
tui-done-forecast = { $id }: forecast { $date }
tui-done-note = { $id }: note set
tui-err-nothing-to-set = nothing to set at this step
tui-done-review-action-done = action done: { $text }
tui-done-review-action-open = action open: { $text }
tui-done-decision-removed = decision removed: { $text }
tui-done-review-action-removed = action removed: { $text }
tui-search-service-charter = service charter

## What each kind of item is called.
tui-kind-goal = goal
tui-kind-milestone = milestone
tui-kind-metric = metric
tui-kind-committee-member = committee member
tui-kind-routine = routine
tui-kind-change-agent = change agent
tui-kind-channel = channel
tui-kind-commitment = commitment
tui-kind-review = review
tui-kind-charter-text = charter text
tui-kind-plan-details = plan details
tui-kind-unit = unit
tui-kind-skills-assessment = skills assessment
tui-kind-workshop = workshop
tui-kind-workshop-tool = workshop tool
tui-kind-reading = reading
tui-kind-milestone-action = milestone action
tui-kind-breakdown-target = breakdown target
tui-kind-review-decision = review decision
tui-kind-review-action = review action
tui-kind-review-milestone-entry = review milestone entry
tui-kind-review-metric-entry = review metric entry
tui-kind-plan = plan
tui-kind-charter = charter
tui-kind-decision = decision
tui-kind-action = action

## Form field labels (English shows the field path itself).
tui-field-agents = agents
tui-field-aggregate = aggregate
tui-field-alert = alert
tui-field-approved-by = approved_by
tui-field-approved-on = approved_on
tui-field-attendees = attendees
tui-field-baseline-on = baseline.on
tui-field-baseline-value = baseline.value
tui-field-by = by
tui-field-channel = channel
tui-field-consultant = consultant
tui-field-date = date
tui-field-depends-on = depends_on
tui-field-description = description
tui-field-direction = direction
tui-field-done = done
tui-field-done-on = done_on
tui-field-due = due
tui-field-email = email
tui-field-end = end
tui-field-every = every
tui-field-focus = focus
tui-field-forecast = forecast
tui-field-goal = goal
tui-field-health = health
tui-field-held = held
tui-field-horizon = horizon
tui-field-hours = hours
tui-field-id = id
tui-field-kind = kind
tui-field-language = language
tui-field-level = level
tui-field-metric = metric
tui-field-metrics = metrics
tui-field-milestone = milestone
tui-field-name = name
tui-field-note = note
tui-field-on = on
tui-field-organization = organization
tui-field-owner = owner
tui-field-parent = parent
tui-field-period = period
tui-field-phase = phase
tui-field-principles = principles
tui-field-progress = progress
tui-field-rep = rep
tui-field-review = review
tui-field-review-every = review_every
tui-field-role = role
tui-field-scale = scale
tui-field-source = source
tui-field-start = start
tui-field-status = status
tui-field-summary = summary
tui-field-target = target
tui-field-target-by = target.by
tui-field-target-value = target.value
tui-field-target-guide = target_guide
tui-field-target-horizon = target_horizon
tui-field-terms = terms
tui-field-text = text
tui-field-title = title
tui-field-topic = topic
tui-field-trial-until = trial_until
tui-field-unit = unit
tui-field-value = value
tui-field-values = values
tui-field-verdict = verdict
tui-field-version = version
tui-field-vision = vision
tui-field-workshop = workshop

## What each key does, for help.
tui-key-next-tab = next tab
tui-key-previous-tab = previous tab
tui-key-overview = Overview
tui-key-charter = Charter
tui-key-goals = Goals
tui-key-milestones = Milestones
tui-key-metrics = Metrics
tui-key-people = People
tui-key-reviews = Reviews
tui-key-history = History
tui-key-actions-every-action-of-the-milestones = Actions: every action of the milestones and reviews
tui-key-newer-commit = newer commit
tui-key-older-commit = older commit
tui-key-page-up = page up
tui-key-page-down = page down
tui-key-newest-commit = newest commit
tui-key-oldest-commit = oldest commit
tui-key-what-the-commit-changed = what the commit changed
tui-key-mark-the-revision-to-compare-again = mark the revision to compare (again: unmark)
tui-key-diff-the-marked-revision-to-this = diff: the marked revision to this one (none marked: this one to the working tree)
tui-key-open-the-plan-as-it-was = open the plan as it was at this revision, read-only
tui-key-milestone-trend-chart-forecasts-at-each = milestone trend chart: forecasts at each review
tui-key-metric-chart-readings-against-the-trajectory = metric chart: readings against the trajectory
tui-key-previous-metric = previous metric
tui-key-next-metric = next metric
tui-key-new-review-for-today-pre-filled = new review for today, pre-filled from the plan, on the review screen
tui-key-walk-through-the-review-on-the = walk through the review on the review screen
tui-key-previous-step = previous step
tui-key-next-step = next step
tui-key-first-step = first step
tui-key-last-step-close = last step: close
tui-key-next-health-on-track-to-at = next health (on track → at risk → off track → done → not started)
tui-key-progress-more = progress +10%
tui-key-progress-less = progress −10%
tui-key-forecast-a-week-later = forecast a week later
tui-key-forecast-a-week-earlier = forecast a week earlier
tui-key-type-the-forecast = type the forecast
tui-key-type-the-progress = type the progress
tui-key-note = note
tui-key-the-metric-s-value = the metric's value
tui-key-add-a-decision-a-form-text = add a decision (a form: text, owner)
tui-key-add-an-action-a-form-owner = add an action (a form: owner, due, the metric or milestone it corrects)
tui-key-edit-this-step-in-a-form = edit this step in a form (a milestone's or metric's entry, a decision, an action)
tui-key-action-done-open = action done / open
tui-key-remove-the-decision-or-action = remove the decision or action
tui-key-close-the-review-check-save-commit = close the review: check, save, commit and tag review/DATE
tui-key-undo = undo
tui-key-redo = redo
tui-key-help = help
tui-key-leave-the-review-screen-edits-stay = leave the review screen (edits stay, unsaved)
tui-key-back-to-the-current-plan = back to the current plan
tui-key-search-every-document = search every document
tui-key-errors-and-warnings-of-the-plan = errors and warnings of the plan
tui-key-save-and-commit = save and commit
tui-key-reload-the-plan-from-disk-drops = reload the plan from disk (drops unsaved edits)
tui-key-merge-your-unsaved-edits-into-plan = merge your unsaved edits into plan files changed on disk
tui-key-this-help = this help
tui-key-quit = quit
tui-key-add-an-item-choose-its-kind = add an item: choose its kind (every kind, this tab's first)
tui-key-previous-item = previous item
tui-key-next-item = next item
tui-key-first-item = first item
tui-key-last-item = last item
tui-key-edit-the-item = edit the item
tui-key-add-an-item-choose-its-kind-2 = add an item: choose its kind (this tab's first)
tui-key-delete-the-item-asks-first = delete the item (asks first)
tui-key-filter-words-or-the-list-s = filter (words, or the list's filter words: the hint line names them)
tui-key-clear-the-filter = clear the filter
tui-key-sort-by-the-next-column = sort by the next column
tui-key-reverse-the-sort = reverse the sort
tui-key-scroll-the-detail-down-or-the = scroll the detail down (or the mouse wheel over it)
tui-key-scroll-the-detail-up = scroll the detail up
tui-key-scroll-the-charter-s-text-down = scroll the charter's text down (or the mouse wheel over it)
tui-key-scroll-the-charter-s-text-up = scroll the charter's text up
tui-key-next-status-planned-to-in-progress = next status (planned → in progress → done → blocked → cancelled)
tui-key-mark-done-today = mark done today
tui-key-timeline-table = timeline / table
tui-key-next-action-of-the-milestone = next action of the milestone
tui-key-previous-action-of-the-milestone = previous action of the milestone
tui-key-tick-untick-the-action = tick / untick the action
tui-key-add-an-action-to-the-milestone = add an action to the milestone
tui-key-change-the-action-in-a-form = change the action in a form (milestone, title, owner, due, done)
tui-key-remove-the-action-asks-first = remove the action (asks first)
tui-key-record-a-reading-value-then-a = record a reading: VALUE, then a date and a unit if not today's plan-wide one
tui-key-c-x-work-on-the-breakdown = [ ] C X work on the breakdown targets / on the readings
tui-key-previous-action = previous action
tui-key-next-action = next action
tui-key-first-action = first action
tui-key-last-action = last action
tui-key-go-to-the-action-s-milestone = go to the action's milestone or review
tui-key-tick-untick-the-action-where-it = tick / untick the action where it is written (a review action: in the latest review that lists it)
tui-key-filter-words-or-owner-metric-milestone = filter (words, or owner: metric: milestone: open late overdue)
tui-key-scroll-the-detail-down = scroll the detail down
tui-key-add-a-service-workshop = add a service workshop
tui-key-add-a-tool-to-try-after = add a tool to try after the selected workshop
tui-key-record-the-selected-routine-as-held = record the selected routine as held today (People tab)
tui-key-add-a-rep-s-assessment-of = add a rep's assessment of the ten skills (People tab)
tui-key-suggest-a-realistic-target-from-the = suggest a realistic target (from the latest readings and the guide), and why
tui-key-next-older-reading-of-the-metric = next (older) reading of the metric
tui-key-previous-newer-reading-of-the-metric = previous (newer) reading of the metric
tui-key-change-the-reading-or-breakdown-target = change the reading or breakdown target in a form
tui-key-remove-the-reading-or-breakdown-target = remove the reading or breakdown target (asks first)
tui-key-next-field = next field
tui-key-previous-field = previous field
tui-key-next-choice-or-matching-id = next choice or matching id
tui-key-previous-choice-or-matching-id = previous choice or matching id
tui-key-edit-the-field-in-editor = edit the field in $EDITOR
tui-key-apply-the-form = apply the form
tui-key-cancel = cancel
tui-key-cursor-one-character-left = cursor one character left
tui-key-cursor-one-character-right = cursor one character right
tui-key-cursor-to-the-start-of-the = cursor to the start of the word
tui-key-cursor-past-the-end-of-the = cursor past the end of the word
tui-key-delete-the-word-before-the-cursor = delete the word before the cursor
tui-key-cursor-to-the-start = cursor to the start
tui-key-cursor-to-the-end = cursor to the end
tui-key-delete-the-character-before-the-cursor = delete the character before the cursor
tui-key-delete-the-character-under-the-cursor = delete the character under the cursor
tui-key-confirm = confirm
tui-key-previous = previous
tui-key-next = next
tui-key-go-there = go there
tui-key-close = close
tui-key-delete-a-character = delete a character
tui-key-previous-kind = previous kind
tui-key-next-kind = next kind
tui-key-first-kind = first kind
tui-key-last-kind = last kind
tui-key-open-the-kind-s-form-or = open the kind's form (or press the key shown beside it)
tui-key-add-nothing = add nothing
tui-key-yes = yes
tui-key-no = no
tui-key-close-help = close help
tui-key-scroll-up = scroll up
tui-key-scroll-down = scroll down
tui-key-top = top
tui-key-bottom = bottom

## The status line after a review is closed in the UI.
tui-review-close-refused = { $count ->
    [one] the plan has 1 error, so the review cannot close: press esc, then ! to see it
   *[other] the plan has { $count } errors, so the review cannot close: press esc, then ! to see them
}
tui-review-close-committed = review { $date } closed: committed { $commit } and tagged { $tag }
tui-review-close-tagged = review { $date } closed: tagged { $commit } as { $tag }
tui-review-close-amended = review { $date } amended: committed { $commit }; { $tag } stays on { $closed }, the commit that closed it
tui-review-close-already = review { $date } was closed already (tag { $tag } on { $closed }) and nothing changed since
