## The command line's text output: status, exceptions, trend, log, diff,
## review drafts, import and record messages.

## Days and dates in words (status, exceptions, trend, routines).
cli-days-today = today
cli-days-in = in { $count }d
cli-days-ago = { $count }d ago
cli-late-sentence = due { $due }, { $count }d late
cli-late-short = late { $count }d
cli-late-first = late by { $count }d: due { $due }
cli-plan-starts-tomorrow = starts tomorrow
cli-plan-starts-in = { $count ->
    [one] starts in { $count } day
   *[other] starts in { $count } days
}
cli-plan-day-of = day { $day } of { $total }
cli-due-moved = { $count ->
    [one] ; due date moved { $count } time, { $days }d
   *[other] ; due date moved { $count } times, { $days }d
}
cli-due-on = due { $due }
cli-and-more = … and { $count } more

## charter status, as text.
cli-status-when = { $count ->
    [one] { $today } · { $day } · { $count } day left · { $start } to { $end }
   *[other] { $today } · { $day } · { $count } days left · { $start } to { $end }
}
cli-status-milestones = Milestones { $count }: { $counts }
cli-status-overdue = overdue:
cli-status-next-due = next due:
cli-status-slipped = { $count ->
    [one] { $id } slipped { $days }d over { $count } review
   *[other] { $id } slipped { $days }d over { $count } reviews
}
cli-status-metrics = Metrics { $count }: baseline → latest → target
cli-status-expected = expected { $value }
cli-status-none-yet = none yet
cli-status-review-overdue = overdue
cli-status-not-scheduled = not scheduled (set review_every in plan.yaml)
cli-status-reviews = Reviews: { $count } held · last { $last } · next due { $next }
cli-status-open-actions = Open actions { $count }
cli-status-check = Check: { $errors }, { $warnings }: run `charter check`
cli-source-review = review { $date }
cli-source-milestone = milestone { $id }
cli-source-held = held
cli-source-commit = commit { $commit }

## A metric's units, routines, workshop tools and skills in status.
cli-unit-latest = latest
cli-unit-no-readings = no readings yet
cli-readings = { $count ->
    [one] { $count } reading
   *[other] { $count } readings
}
cli-value-of-target = { $value } of { $target }
cli-unit-before = before: { $past }
cli-routine-not-held = not held yet
cli-routine-last = last { $last }
cli-routine-next = next { $next } ({ $when })
cli-routine-every = every { $every }
cli-routines = Routines { $count }
cli-routines-late = { $count } late
cli-trial-decide-ended = decide: keep or drop (trial ended { $until })
cli-trial-decide = decide: keep or drop
cli-trial-until = on trial until { $until }
cli-trial-no-end = on trial, no end date
cli-trial-kept = kept
cli-trial-dropped = dropped
cli-tools = Workshop tools { $count }
cli-tools-to-decide = { $count } to decide
cli-trial-no-metric = no metric linked: link one with `metric:` to judge the tool by results
cli-trial-unknown-metric = metric `{ $metric }` is not in metrics.yaml
cli-trial-before = { $value } before ({ $readings })
cli-trial-during = { $value } during ({ $readings })
cli-trial-before-none = no readings before
cli-trial-during-none = no readings during
cli-trial-better = better
cli-trial-not-better = not better
cli-skills-head = Rep skills: the weakest per unit, in its latest quarter
cli-reps = { $count ->
    [one] { $count } rep
   *[other] { $count } reps
}

## charter status --format markdown.
cli-md-status-on = Status on **{ $today }** · { $day } · { $start } → { $end }
cli-md-milestones = Milestones
cli-md-col-status = status
cli-md-col-count = count
cli-md-overdue = Overdue
cli-md-next-due = Next due
cli-md-metrics = Metrics
cli-md-metrics-head = metric | baseline | latest | expected | target | state
cli-md-reviews = Reviews
cli-md-reviews-list = - held: { $held }
    - last: { $last }
    - next due: { $next }
cli-md-not-scheduled = not scheduled
cli-md-open-actions = Open actions
cli-md-check = Check: { $errors }, { $warnings }.
cli-md-by-unit = **{ $metric }** by unit
cli-md-by-unit-head = unit | period | value | target | state | before
cli-md-routines = Management routines
cli-md-routines-head = routine | every | last held | next
cli-md-not-yet = not yet
cli-md-tools = Workshop tools
cli-md-tools-head = tool | workshop | trial | results
cli-md-skills = Rep skills
cli-md-skills-head = unit | quarter | reps | weakest skills (mean, change since the previous quarter)

## charter exceptions.
cli-exc-none = no exceptions on { $today }: every metric on track or without data, nothing overdue
cli-exc-head = Exceptions on { $today }: { $metrics }, { $milestones }, { $actions } overdue
cli-exc-n-metrics = { $count ->
    [one] { $count } metric
   *[other] { $count } metrics
}
cli-exc-n-milestones = { $count ->
    [one] { $count } milestone
   *[other] { $count } milestones
}
cli-exc-n-actions = { $count ->
    [one] { $count } action
   *[other] { $count } actions
}
cli-exc-n-routines = { $count ->
    [one] { $count } routine late
   *[other] { $count } routines late
}
cli-exc-n-tools = { $count ->
    [one] { $count } tool undecided
   *[other] { $count } tools undecided
}
cli-exc-kind-metric = metric
cli-exc-kind-milestone = milestone
cli-exc-kind-action = action
cli-exc-kind-routine = routine
cli-exc-kind-tool = tool
cli-exc-metric = { $state }: { $latest } (expected { $expected }{ $alert })
cli-exc-alert = alert { $alert }
cli-exc-routine = { $count ->
    [one] late { $count } day (due { $due }): { $note }
   *[other] late { $count } days (due { $due }): { $note }
}
cli-exc-tool = { $count ->
    [one] undecided { $count } day (due { $due }): { $note }
   *[other] undecided { $count } days (due { $due }): { $note }
}
cli-exc-overdue = { $count ->
    [one] { $count } day overdue (due { $due })
   *[other] { $count } days overdue (due { $due })
}
cli-exc-routine-last = held every { $every }, last on { $last }
cli-exc-routine-never = held every { $every }, not held since the plan's start
cli-exc-tool-note = tried after workshop `{ $workshop }` until { $until }: { $results }; decide: keep or drop
cli-exc-how-named = an action whose text names `{ $id }`
cli-exc-how-field = an action with `{ $kind }: { $id }`
cli-exc-missing = no open corrective action: record one in the next review ({ $how })
cli-exc-md-title = Exceptions on { $today }
cli-exc-md-none = No exceptions: every metric on track or without data, nothing overdue.
cli-exc-md-head = item | what | corrective actions
cli-exc-md-none-open = none open

## charter trend milestones and charter trend metric.
cli-trend-slip = { $days }d
cli-trend-reviews-from = { $count } reviews from { $first } to { $last }
cli-trend-review-on = 1 review on { $first }
cli-trend-no-reviews = no reviews yet
cli-trend-head = { $count ->
    [one] Milestone trend: { $count } milestone, { $held }
   *[other] Milestone trend: { $count } milestones, { $held }
}
cli-trend-col-title = title
cli-trend-col-planned = planned
cli-trend-col-latest = latest
cli-trend-col-slip = slip
cli-trend-col-reviews = reviews
cli-trend-moved = { $count ->
    [one] due date moved { $count } time, { $days } in all ({ $from } → { $to })
   *[other] due date moved { $count } times, { $days } in all ({ $from } → { $to })
}
cli-trend-no-forecast = No review has forecast these milestones yet: give them a `forecast` in a review (reviews/YYYY-MM-DD.yaml).
cli-trend-chart-head = Forecast (up) at each review (across): level is on schedule, rising slips.
cli-trend-legend-review-date = forecast = review date
cli-trend-legend-several = several at one point
cli-trend-chart-fewer = one letter each; choose fewer
cli-trend-chart-others = those that slipped most; choose others
cli-trend-chart-some = Chart: { $shown } of { $count } milestones, { $how } with --id.
cli-trend-no-readings = No readings yet: record one with `charter record { $metric } VALUE`.
cli-trend-higher-better = higher is better
cli-trend-lower-better = lower is better
cli-trend-baseline = baseline { $value } on { $on }
cli-trend-target = target { $value } by { $by }
cli-trend-no-target = no target
cli-trend-no-baseline = no baseline
cli-trend-no-baseline-or-target = no baseline or target
cli-trend-alert-below = alert below { $alert }
cli-trend-alert-above = alert above { $alert }
cli-trend-latest = latest { $value } on { $on }
cli-trend-legend-reading = reading
cli-trend-legend-expected = expected (baseline → target)
cli-trend-col-date = date
cli-trend-col-value = value
cli-trend-col-expected = expected
cli-trend-col-difference = difference

## charter diff and charter log: changes in plan terms.
cli-diff-added = added
cli-diff-removed = removed
cli-diff-things-added = { $things } added
cli-diff-things-removed = { $things } removed
cli-diff-things-changed = { $things } changed
cli-diff-set-to = { $field } set to { $new }
cli-diff-unset = { $field } { $old } removed
cli-diff-change = { $field } { $old } → { $new }
cli-diff-none = no change to the plan
cli-diff-none-between = no change to the plan from { $from } to { $to }
cli-diff-kind-plan = plan
cli-diff-n-plan = { $count ->
    [one] { $count } plan
   *[other] { $count } plan
}
cli-diff-kind-unit = unit
cli-diff-n-unit = { $count ->
    [one] { $count } unit
   *[other] { $count } units
}
cli-diff-kind-charter = charter
cli-diff-n-charter = { $count ->
    [one] { $count } charter
   *[other] { $count } charter
}
cli-diff-kind-channel = channel
cli-diff-n-channel = { $count ->
    [one] { $count } channel
   *[other] { $count } channels
}
cli-diff-kind-commitment = commitment
cli-diff-n-commitment = { $count ->
    [one] { $count } commitment
   *[other] { $count } commitments
}
cli-diff-kind-goal = goal
cli-diff-n-goal = { $count ->
    [one] { $count } goal
   *[other] { $count } goals
}
cli-diff-kind-goals = goals
cli-diff-n-goals = { $count ->
    [one] { $count } goals
   *[other] { $count } goals
}
cli-diff-kind-milestone = milestone
cli-diff-n-milestone = { $count ->
    [one] { $count } milestone
   *[other] { $count } milestones
}
cli-diff-kind-milestones = milestones
cli-diff-n-milestones = { $count ->
    [one] { $count } milestones
   *[other] { $count } milestones
}
cli-diff-kind-committee = committee
cli-diff-n-committee = { $count ->
    [one] { $count } committee
   *[other] { $count } committee
}
cli-diff-kind-member = member
cli-diff-n-member = { $count ->
    [one] { $count } member
   *[other] { $count } members
}
cli-diff-kind-routine = routine
cli-diff-n-routine = { $count ->
    [one] { $count } routine
   *[other] { $count } routines
}
cli-diff-kind-agents = agents
cli-diff-n-agents = { $count ->
    [one] { $count } agents
   *[other] { $count } agents
}
cli-diff-kind-agent = agent
cli-diff-n-agent = { $count ->
    [one] { $count } agent
   *[other] { $count } agents
}
cli-diff-kind-metrics = metrics
cli-diff-n-metrics = { $count ->
    [one] { $count } metrics
   *[other] { $count } metrics
}
cli-diff-kind-metric = metric
cli-diff-n-metric = { $count ->
    [one] { $count } metric
   *[other] { $count } metrics
}
cli-diff-kind-skills = skills
cli-diff-n-skills = { $count ->
    [one] { $count } skills
   *[other] { $count } skills
}
cli-diff-kind-assessment = assessment
cli-diff-n-assessment = { $count ->
    [one] { $count } assessment
   *[other] { $count } assessments
}
cli-diff-kind-workshops = workshops
cli-diff-n-workshops = { $count ->
    [one] { $count } workshops
   *[other] { $count } workshops
}
cli-diff-kind-workshop = workshop
cli-diff-n-workshop = { $count ->
    [one] { $count } workshop
   *[other] { $count } workshops
}
cli-diff-kind-review = review
cli-diff-n-review = { $count ->
    [one] { $count } review
   *[other] { $count } reviews
}
cli-diff-n-readings = { $count ->
    [one] { $count } reading
   *[other] { $count } readings
}
cli-diff-n-decisions = { $count ->
    [one] { $count } decision
   *[other] { $count } decisions
}
cli-diff-n-actions = { $count ->
    [one] { $count } action
   *[other] { $count } actions
}
cli-diff-n-assessments = { $count ->
    [one] { $count } assessment
   *[other] { $count } assessments
}
cli-diff-n-tools = { $count ->
    [one] { $count } tool
   *[other] { $count } tools
}
cli-diff-n-breakdown = { $count ->
    [one] { $count } breakdown
   *[other] { $count } breakdown
}
cli-diff-field-title = title
cli-diff-field-name = name
cli-diff-field-text = text
cli-diff-field-due = due
cli-diff-field-status = status
cli-diff-field-owner = owner
cli-diff-field-progress = progress
cli-diff-field-forecast = forecast
cli-diff-field-health = health
cli-diff-field-value = value
cli-diff-field-target = target
cli-diff-field-baseline = baseline
cli-diff-field-alert = alert
cli-diff-field-unit = unit
cli-diff-field-on = on
cli-diff-field-by = by
cli-diff-field-done = done
cli-diff-field-note = note
cli-diff-field-summary = summary
cli-diff-field-description = description
cli-diff-field-date = date
cli-diff-field-attendees = attendees
cli-diff-field-every = every
cli-diff-field-held = held
cli-diff-field-language = language
cli-diff-field-start = start
cli-diff-field-end = end
cli-diff-field-role = role
cli-diff-field-level = level
cli-diff-field-kind = kind
cli-diff-field-direction = direction
cli-diff-field-period = period
cli-diff-field-verdict = verdict
cli-diff-field-horizon = horizon
cli-diff-field-phase = phase
cli-diff-field-vision = vision
cli-diff-field-goal = goal
cli-diff-field-milestone = milestone
cli-diff-field-metric = metric
cli-diff-field-goals = goals
cli-diff-field-milestones = milestones
cli-diff-field-principles = principles
cli-diff-field-review_every = review_every
cli-diff-field-trial_until = trial_until
cli-diff-field-depends_on = depends_on
cli-diff-field-units = units
cli-log-empty = no commit touches the plan yet: save or commit its files first
cli-log-amends = amends review { $date }

## charter review new and charter review close.
cli-review-draft-title = Steering review { $count }
cli-review-drafted = drafted { $file }: { $milestones }, { $metrics }, { $actions } carried over; edit it, then `charter review close { $date }`
cli-review-open-milestones = { $count ->
    [one] { $count } open milestone
   *[other] { $count } open milestones
}
cli-review-open-actions = { $count ->
    [one] { $count } open action
   *[other] { $count } open actions
}
cli-review-not-closed = review { $date } was not closed and nothing was committed: fix the errors above, then run `charter review close { $date }` again
cli-review-tagged = tagged { $commit } as { $tag }
cli-review-tag-stays = the tag { $tag } stays on { $commit }, the commit that closed the review
cli-review-already-closed = review { $date } is already closed (commit { $commit }, tag { $tag }) and has not changed since; nothing to do
cli-review-nothing-to-commit = nothing to commit: the last commit { $commit } already holds the review as it is
cli-committed = committed { $commit }: { $message }
cli-review-not-tagged = the review was committed as { $commit } but could not be tagged ({ $error }); tag it with `git tag -a { $tag } -m "{ $message }" { $commit }`
cli-review-unreadable = { $file } could not be read as a review: run `charter check` to see why

## Saves: what happened to the commit, in the language shown (the commit
## message itself stays English).
cli-save-not-in-git = not committed: the plan is not in a git repository (run `git init` in its folder to keep its history)
cli-save-committed-detached = committed { $commit } on a detached HEAD, which is on no branch (`git switch -c NAME` keeps it on a new branch): { $message }
cli-save-nothing = nothing to commit
cli-save-outside = also holds edits made outside charter before this save (listed in the commit message): { $changes }
cli-save-file-has-errors = { $file } has errors, so charter will not { $what }: run `charter check` and fix them first
cli-save-what-reading = add a reading to it
cli-save-what-readings = add readings to it
cli-save-what-change = change it

## An id a command names that the plan does not hold ($kind: metric or milestone).
cli-did-you-mean = did you mean `{ $id }`?
cli-lookup-broken = { $kind ->
    [metric] metric
   *[other] milestone
} `{ $id }` is in { $file } but could not be read: run `charter check` and fix it first
cli-lookup-none-yet = { $kind ->
    [metric] { $file } has no metrics yet
   *[other] { $file } has no milestones yet
}
cli-lookup-some = { $kind ->
    [metric] the metrics include { $ids }, … ({ $count } in all, in { $file })
   *[other] the milestones include { $ids }, … ({ $count } in all, in { $file })
}
cli-lookup-all = { $kind ->
    [metric] the metrics are { $ids }
   *[other] the milestones are { $ids }
}
cli-lookup-unknown = { $kind ->
    [metric] there is no metric `{ $id }`: { $hint }
   *[other] there is no milestone `{ $id }`: { $hint }
}

## charter record.
cli-record-message = metric { $metric }: reading { $value } on { $on }
cli-record-message-unit = metric { $metric }: reading { $value } on { $on } for { $unit }
cli-record-exists = { $metric } already has a reading on { $on }: { $value }; pass --replace to replace it
cli-record-exists-unit = { $metric } already has a reading on { $on } for { $unit }: { $value }; pass --replace to replace it
cli-record-no-unit = there is no unit `{ $unit }` in plan.yaml: the units are { $units }

## charter import readings.
cli-import-message = import readings: { $readings ->
    [one] { $readings } reading
   *[other] { $readings } readings
} for { $metrics ->
    [one] { $metrics } metric
   *[other] { $metrics } metrics
} from { $file }
cli-import-message-replaced = import readings: { $readings ->
    [one] { $readings } reading
   *[other] { $readings } readings
} for { $metrics ->
    [one] { $metrics } metric
   *[other] { $metrics } metrics
} from { $file } ({ $replaced } replaced)
cli-import-cannot-read = cannot read { $file }: { $why }
cli-import-no-such-file = there is no such file: check the path
cli-import-a-folder = it is a folder: give the CSV file
cli-import-may-read = { $error }: check that you may read it
cli-import-add-unit = add it to `units` in plan.yaml, or fix the cell
cli-import-no-unit = there is no unit `{ $unit }` in plan.yaml: { $hint }
cli-import-repeated = line { $line } already gives { $what }: keep one of the two rows
cli-import-reading = { $metric } on { $on }
cli-import-reading-unit = { $metric } on { $on } for { $unit }
cli-import-ignored = ignored columns: { $columns } (charter reads metric, date, value and unit)
cli-import-cell = column { $column } ({ $name }): { $message }
cli-import-refused = { $count ->
    [one] nothing was imported: { $count } error in { $file }; fix it and run the import again
   *[other] nothing was imported: { $count } errors in { $file }; fix them and run the import again
}
cli-import-add = add: { $what }: { $value }
cli-import-replace = replace: { $what }: { $old } → { $value }
cli-import-keep = keep: { $what }: { $recorded } (the file has { $value } on line { $line }; pass --replace to replace it)
cli-import-tally = { $added } added, { $replaced } replaced, { $kept } kept, { $unchanged } already recorded
cli-import-n-readings = { $count ->
    [one] { $count } reading
   *[other] { $count } readings
}
cli-import-n-metrics = { $count ->
    [one] { $count } metric
   *[other] { $count } metrics
}
cli-import-dry-run = dry run: would import { $readings } for { $metrics } from { $file } ({ $tally }); nothing was written
cli-import-nothing = nothing to import: every reading of { $file } is already recorded ({ $tally })
cli-import-done = imported { $readings } for { $metrics } from { $file } ({ $tally })

## charter new.
cli-new-give-folder = give the folder for the new plan: `charter new DIR` (in a terminal, `charter new` alone asks for it)
cli-new-no-template = there is no template `{ $name }`: choose one of { $names } (see `charter templates`)
cli-new-message = new plan { $id } from template { $template }
cli-new-created = created the plan { $id } in { $dir }
cli-new-next = next: in { $dir }, run `charter` to fill in the plan in the terminal UI, then `charter check`
cli-new-not-empty = { $dir } already exists and is not an empty folder: choose a new folder for the plan
cli-new-cannot-fill = cannot write the plan's details into { $path }: { $error }
cli-cannot-read = cannot read { $path }: { $error }
cli-cannot-write = cannot write { $path }: { $error }; check that you may write there

## Finding, reading and writing the plan's files.
cli-store-no-plan-found = no plan found in { $start } or any folder above it: run `charter new DIR` to start one, or pass --plan DIR
cli-store-not-a-plan = { $dir } holds no plan.yaml: pass --plan with the folder that holds the plan's plan.yaml
cli-store-plan-is-a-file = { $path } is a file, not a folder: pass --plan the folder that holds plan.yaml
cli-store-marker-is-a-folder = { $path } is a folder, not a file: a plan's plan.yaml must be a file; rename the folder
cli-store-read = cannot read { $path }: { $error }
cli-store-write = cannot write { $path }: { $error }; check that the folder exists and that you may write to it (nothing else was written)
cli-store-unsafe-link = cannot write { $path }: { $what } (nothing was written)
cli-store-changed-on-disk = { $file } changed on disk since charter read it, so it was not overwritten: run the command again to apply your change to the new content
cli-store-file-has-errors = { $file } has errors, so charter will not rewrite it (that could lose what it cannot read): run `charter check`, fix the file, and try again
cli-store-not-read-back = charter made a new text of { $file } that does not read back as intended ({ $what }), so nothing was written or committed; { $file } is as it was. This is a bug in charter: please report it with { $file } attached
cli-store-too-big = the new { $file } would be { $mb } MB, more than charter reads back ({ $limit } MB), so nothing was written or committed: split the data or remove old entries

## The plan's history (log, diff, --as-of) and its lock.
cli-history-no-repository = the plan in { $dir } is not in a git repository, so it has no history: run `git init` and `git add` + `git commit` its files (or start plans with `charter new`), then try again
cli-history-no-commits = the repository has no commits yet: commit the plan's files first
cli-history-unknown-revision = `{ $rev }` is not a revision: give a commit, a branch, a tag such as `review/2026-03-31`, or a date YYYY-MM-DD (see `charter log` for the plan's commits){ $hint }
cli-history-nothing-before = no commit of the plan is dated on or before { $date }: the first one is dated { $first } (see `charter log`)
cli-history-plan-absent = the plan folder { $prefix } did not exist at { $rev }: see `charter log` for the revisions that hold it
cli-history-no-review-closed = ; no review is closed yet (`charter review close` tags one)
cli-history-reviews-range = ; the closed reviews are review/{ $first } … review/{ $last } ({ $count } in all)
cli-history-reviews = ; the closed reviews are { $reviews }
cli-lock-busy = the plan is busy: another charter command is saving it (process { $owner }, lock { $path }); try again in a moment, and if no charter command is running, delete { $path }
cli-lock-io = cannot lock the plan ({ $path }): { $error }; check that you may write to the plan folder

## charter diff and trend: the working tree and errors.
cli-diff-working-tree = working tree
cli-diff-cannot-read-commit = cannot read commit { $commit }: { $error }
cli-diff-broken = the working tree has { $count } error(s), and items that fail to load show as removed above: run `charter check`
cli-trend-errors-may-hide = (the plan has { $count } error(s), which may hide it: run `charter check`)

## git's errors that charter words itself.
cli-git-index-locked = another git process seems to be running in this repository ({ $lock } exists); wait for it to finish, and if none is running, delete { $lock } and try again
cli-git-head-moved = the branch moved while charter was committing (another git command ran at the same time); nothing was committed, try again
cli-git-tag-exists = there is already a tag named { $name }; if it is wrong, delete it with `git tag -d { $name }` and try again
# $unset: `user.name`, `user.email` or both, comma-separated; $count: how many.
cli-git-missing-identity = { $count ->
    [one] git does not know who you are ({ $unset } is not set), so charter cannot sign its commits; run
   *[other] git does not know who you are (user.name and user.email are not set), so charter cannot sign its commits; run
}
    { $commands }
    (leave out --global to set it for this repository only), then try again
cli-review-exists-closed = { $file } already exists and was closed in commit { $commit }: to change it, edit it and run `charter review close { $date }` to commit the amendment
cli-review-exists = { $file } already exists: edit it, or close it with `charter review close { $date }`

## diff: the incident log and routines' meetings.
cli-diff-kind-incidents = incidents
cli-diff-kind-incident = incident
cli-diff-n-incident = { $count ->
    [one] { $count } incident
   *[other] { $count } incidents
}
cli-diff-n-meetings = { $count ->
    [one] { $count } meeting
   *[other] { $count } meetings
}
cli-diff-field-meetings = meetings
cli-diff-field-investigation = investigation
cli-diff-field-recovery = recovery

## exceptions: open incidents.
cli-source-incident = incident of { $date }
cli-exc-kind-incident = incident
cli-exc-n-incidents = { $count ->
    [one] { $count } incident open
   *[other] { $count } incidents open
}
cli-exc-incident = { $count ->
    [one] open { $count } day: { $note }
   *[other] open { $count } days: { $note }
}
cli-exc-incident-not-investigated = happened on { $on }; not investigated yet
cli-exc-incident-actions = happened on { $on }; { $done } of { $count ->
    [one] { $count } action
   *[other] { $count } actions
} done

## charter target suggest: the proposal and why (the JSON keeps the English).
cli-target-bad-guide = the target guide is { $guide }: it must be more than 1 (1.2 means 20% better than today)
cli-target-from-reading = the reading of { $on }
cli-target-from-mean = the mean of the last { $count } readings, { $first } to { $latest }
cli-target-from-baseline = the baseline of { $on } (no reading yet)
cli-target-no-state = metric { $id } has no reading and no baseline, so there is no current state to improve on: record a reading first (`charter record { $id } VALUE`)
cli-target-today = today: { $value } ({ $from })
cli-target-guide-percent = the guide asks about { $step }% better than today: { $value }
cli-target-of-scale = a tenth of the scale { $min }..{ $max }, { $reference }
cli-target-of-size = today's size, { $reference }
cli-target-of-one = 1 point, as the metric has no `scale`
cli-target-guide-points = the guide asks about { $step }% of { $of } better than today, { $points } points: { $value }
cli-target-benchmark-not-better = the benchmark { $benchmark } is not better than today, so it does not raise the target
cli-target-benchmark-too-far = the benchmark { $benchmark } is further than the guide: more in one plan would frustrate, so the target stops at the guide and the benchmark is for the next plan
cli-target-benchmark-no-effort = the benchmark { $benchmark } is barely better than today: as a target it would ask for no effort, so the target is the guide's and the benchmark a step on the way
cli-target-benchmark-realistic = the benchmark { $benchmark } of similar organisations is within the guide: reaching it is realistic
cli-target-percent-bounds = a percentage stays between 0 and 100
cli-target-too-large = metric `{ $id }`: its values are too large to suggest a target from (the result is beyond the largest number a plan file holds); check its readings and baseline for a value typed wrong
cli-target-now = the target now is { $value } by { $by }
cli-target-now-past = the target now is { $value } by { $by }, a date already past: the new one is for the plan's end, { $end }
cli-target-none-yet = the metric has no target yet: this one is for the plan's end, { $end }
cli-target-higher = higher is better
cli-target-lower = lower is better
cli-target-proposed = proposed target  { $value } by { $by }
cli-target-now-is = now { $value }
cli-target-why = why:
cli-target-already = the target is { $value } already: nothing to change

## The git layer's errors; git's own message is quoted as git says it.
cli-git-not-owner = git refuses to use the repository at { $path } because it belongs to another user; if you trust it, run `git config --global --add safe.directory { $path }` and try again
cli-git-bare = { $path } is a bare git repository (it has no working files), so a plan cannot be kept in it; clone it with `git clone { $path } DIR` and work in the clone
cli-git-operation-in-progress = { $operation } is in progress in { $workdir }, so charter cannot commit now; { $hint }, then try again
cli-git-op-merge = a merge
cli-git-op-merge-hint = finish it with `git commit` once the conflicts are resolved, or cancel it with `git merge --abort`
cli-git-op-revert = a revert
cli-git-op-revert-hint = finish it with `git revert --continue` or cancel it with `git revert --abort`
cli-git-op-cherry-pick = a cherry-pick
cli-git-op-cherry-pick-hint = finish it with `git cherry-pick --continue` or cancel it with `git cherry-pick --abort`
cli-git-op-bisect = a bisect
cli-git-op-bisect-hint = end it with `git bisect reset`
cli-git-op-rebase = a rebase
cli-git-op-rebase-hint = finish it with `git rebase --continue` or cancel it with `git rebase --abort`
cli-git-op-am = a patch application (`git am`)
cli-git-op-am-hint = finish it with `git am --continue` or cancel it with `git am --abort`
cli-git-refs-locked = git's lock files exist in this repository ({ $locks }), left by a git process that was stopped or is still running; wait for it to finish, and if none is running, delete { $count ->
    [one] it
   *[other] them
} and try again
cli-git-invalid-identity = git cannot use your name and email as a commit author ({ $error }); set them again with `git config --global user.name "Your Name"` and `git config --global user.email "you@example.com"`
cli-git-invalid-date-var = the environment variable { $var } is set to { $value }, which is not a date charter understands; use a form like "2026-03-31T09:30:00+03:00" or "1774938600 +0300", or unset { $var }
cli-git-empty-message = the commit message is empty; write one line that says what changed
cli-git-outside-work-tree = { $path } is outside the git work tree { $workdir }; charter can only commit files inside it, so move the plan into the repository (or run `git init` where the plan is)
cli-git-in-git-dir = { $path } is inside the repository's .git folder, which git manages itself; name a file of the plan instead
cli-git-symlink = { $path } is a symbolic link; charter commits only regular files, so replace the link with a copy of the file it points to
cli-git-is-folder = { $path } is a folder, not a file; name the files in it that should be committed
cli-git-not-utf8 = the name of { $path } is not valid UTF-8; rename it using UTF-8 characters
cli-git-io = could not { $action } { $path }: { $error }; check that it exists and that you may read and write it
cli-git-invalid-tag-name = { $name } is not a valid git tag name; use letters, digits, '-', '.' and '/' without spaces
cli-git-tag-target-missing = there is no object { $target } in this repository to tag; tag an existing commit
cli-git-index-not-updated = commit { $commit } was made, but git's staging area (the index) could not be updated ({ $error }); run `git reset -q -- { $paths }` so that `git status` matches the commit
cli-git-skip-worktree = { $rel } is marked skip-worktree in git's index (sparse checkout), so charter cannot see its content and a save could commit it as empty; run `git sparse-checkout disable` or `git update-index --no-skip-worktree { $rel }`{ $from }, then try again
cli-git-assume-unchanged = { $rel } is marked assume-unchanged in git's index, so git does not look at its changes and charter cannot commit it safely; run `git update-index --no-assume-unchanged { $rel }`{ $from }, then try again
cli-git-run-them-in = (run them in { $dir })
cli-git-missing-from-work-tree = { $rel } is in the last commit but missing from the folder, so charter reads it as empty and a save could commit it so; restore it with `git checkout -- { $rel }`, or commit its removal with `git rm { $rel }` and `git commit`{ $from }, then try again
cli-git-unsupported-attribute = { $rel } has `{ $attribute }` in its git attributes (.gitattributes): charter commits through libgit2, which does not run git's filters, so it would commit the file as it is in the folder (plaintext under git-crypt, the whole file under LFS); commit changes to this file with git itself (`git add` and `git commit`), or remove the attribute for the plan's files, then try again
cli-git-hook-active = this repository has a { $hook } hook ({ $path }), which `git commit` runs and charter cannot, so charter does not commit here; make the change in the plan's files and commit it with `git commit` yourself, or, if the hook is not meant for the plan, remove it or make it not executable (`chmod -x`), then try again
cli-git-signing-required = { $key } is true in git's configuration, and charter cannot sign { $what }, so it does not commit here; { $by_hand } yourself, or turn signing off for this repository with `git config { $key } false`, then try again
cli-git-sign-commits = commits
cli-git-sign-commits-by-hand = make the change in the plan's files and commit it with `git commit`
cli-git-sign-tags = review tags
cli-git-sign-tags-by-hand = commit the review with `git commit` and tag it with `git tag -s review/DATE`
cli-git-failed = git could not { $action }: { $error }; run `git status` in the repository to see what is wrong, fix it, and try again
cli-git-missing-after-staging = the file is missing from the index after staging
## What charter was doing when git failed: "git could not …", "could not … PATH".
cli-git-do-read-index = read the index
cli-git-do-walk-history = walk the history
cli-git-do-read-head-tree = read HEAD's tree
cli-git-do-read-config = read the git configuration
cli-git-do-read-head = read HEAD
cli-git-do-read-commit = read a commit
cli-git-do-open-config = open the repository's config
cli-git-do-write-empty-tree = write an empty tree
cli-git-do-read-tag-message = read the tag message
cli-git-do-read-plan-status = read the status of the plan's files
cli-git-do-read-plan-folder = read the plan folder at a commit
cli-git-do-read-new-tree = read the new tree
cli-git-do-read-conflicts = read the conflicts in the index
cli-git-do-read-commit-message = read the commit message
cli-git-do-read-head-commit = read the commit HEAD points to
cli-git-do-read-empty-tree = read an empty tree
cli-git-do-read-plan-file = read a file of the plan from git
cli-git-do-read-commit-files = read a commit's files
cli-git-do-list-review-tags = list the review tags
cli-git-do-list-remotes = list the remotes
cli-git-do-build-tree = build the new tree
cli-git-do-set = set { $key }
cli-git-do-resolve = resolve
cli-git-do-create-folder = create the folder
cli-git-do-unstage = unstage { $file }
cli-git-do-stage = stage { $file }
cli-git-do-look-in-head = look for { $file } in HEAD
cli-git-do-read-in-head = read { $file } in HEAD
cli-git-do-read = read { $name }
cli-git-do-read-tag = read the tag { $name }
cli-git-do-read-status = read the status of { $file }
cli-git-do-read-branch = read the branch { $name }
cli-git-do-read-attributes = read the attributes of { $file }
cli-git-do-create-tag = create the tag { $name }
cli-git-do-open-repository = open the repository containing { $dir }
cli-git-do-create-repository = create a repository in { $dir }
cli-git-do-read-tag-commit = read the commit the tag { $name } points to
cli-git-do-restore-entry = restore the index entry of { $file }
cli-git-do-repair-index = bring the index up to date with the last commit for { $files }
cli-git-do-commit = create the commit
cli-git-do-create = create
cli-git-do-read-file = read

## charter sync; git's own messages are shown as git prints them.
cli-sync-no-repository = the plan in { $dir } is not in a git repository, so there is nothing to sync: run `git init`, commit the plan and add a remote (`git remote add origin URL`)
cli-sync-merging = a merge is in progress in { $dir } (from an earlier sync or `git merge`): finish it (edit the files in conflict, `git add` them and `git commit`) and run `charter sync` again, or undo it with `git merge --abort`
cli-sync-uncommitted = the plan has changes that are not committed, so sync did not start: { $files }; commit them (`git add` and `git commit`, or `charter review close` for a review) or put them aside with `git stash -u`, then run `charter sync` again
cli-sync-fetch-failed = `git fetch { $remote }` failed (git's message is above): check the network and your access to the remote, then run `charter sync` again
cli-sync-nothing-new = nothing new on { $upstream }
cli-sync-fetched = { $count ->
    [one] fetched { $count } commit from { $upstream }
   *[other] fetched { $count } commits from { $upstream }
}
cli-sync-fast-forwarded = fast-forwarded ({ $changes })
cli-sync-merged = merged ({ $changes })
cli-sync-push-failed = `git push { $remote } { $refspec }` failed (git's message is above); nothing is lost: your commits are in { $branch }. If someone pushed in the meantime, run `charter sync` again
cli-sync-pushed = { $count ->
    [one] pushed { $count } commit to { $upstream }
   *[other] pushed { $count } commits to { $upstream }
}
cli-sync-nothing-to-push = nothing to push
cli-sync-no-driver = note: { $dir } has no `.gitattributes` naming the charter merge driver, so git merges its files line by line; see the README to set it up
cli-sync-detached = HEAD is detached (not on a branch), so there is no upstream to sync with: switch to a branch with `git switch BRANCH`, then run `charter sync` again
cli-sync-add-remote = add the shared repository as a remote with `git remote add origin URL`, then run `git push -u origin { $branch }` once
cli-sync-push-upstream = run `git push -u { $remote } { $branch }` once
cli-sync-no-upstream = the branch { $branch } has no upstream, so charter does not know where to sync: { $how }; after that `charter sync` fetches, merges and pushes there
cli-sync-option-like-upstream = the upstream of the branch { $branch } is the branch { $upstream } of the remote { $remote }, whose name starts with '-', which git would read as an option, so charter does not sync with it: track a branch with an ordinary name with `git branch --set-upstream-to REMOTE/BRANCH`, then run `charter sync` again
cli-sync-option-like-remote = the remote { $remote } has a name that starts with '-', which git would read as an option (one like `--upload-pack=…` runs a command), so charter does not run git with it: give the remote an ordinary name with `git remote rename -- '{ $quoted }' origin` (or another name), then run `charter sync` again
cli-sync-option-like-branch = the branch { $branch } has a name that starts with '-', which git would read as an option, so charter does not sync it: give it an ordinary name with `git branch -m -- '{ $quoted }' NEWNAME`, then run `charter sync` again
cli-sync-no-program = cannot find the charter program to merge with: { $error }
cli-sync-conflicts = the merge with { $upstream } stopped on conflicts, nothing was pushed:
cli-sync-not-merged = could not be merged (our version is in the file, with git's conflict markers if it is not a plan file; `git show :3:{ $path }` shows theirs)
cli-sync-to-finish = To finish: edit each file above to the values you want (a `{ $mark }` comment marks each item; delete it when done), then run `git add FILE…` and `git commit`, then `charter sync` again to push.
cli-sync-to-undo = To undo the merge instead: `git merge --abort` (your commits and theirs stay as they were).
cli-sync-cannot-run-git = cannot run git ({ $error }): charter sync uses the `git` program for fetch and push; install git and make sure it is on PATH
cli-sync-no-message = no message
cli-sync-git-failed = `git { $command }` failed: { $said }; nothing was pushed. Run `git status` to see where the repository stands, fix what git says, then run `charter sync` again

## Reading a CSV file of readings: a cell, a line or the header that cannot be read.
cli-csv-bad-date-format = `{ $format }` is not a date format charter can read dates with: use chrono's strftime codes for a whole date, for example --date-format %m/%d/%Y or --date-format %d.%m.%Y
cli-csv-unreadable = { $error }: check that the file is a CSV export
cli-csv-quotes = { $error }: check the quotes on this line
cli-csv-column-no-name = column { $number } (no name)
cli-csv-or = {" "}or{" "}
cli-csv-found-nothing = nothing
cli-csv-row-short = the row has { $cells } cells and no { $ordinal }: check the row's delimiters
cli-csv-not-utf8 = the cell is not UTF-8 text: export the file as UTF-8 ("CSV UTF-8" in spreadsheets)
cli-csv-metric-empty = the metric is empty: write the metric's id
cli-csv-how-comma = write it like 66 or 66.5
cli-csv-how-any = write it like 66, 66.5 or 66,5
cli-csv-value-empty = the value is empty: { $how }
cli-csv-grouped = `{ $text }` is not a number charter can read: write it without thousands separators ({ $how })
cli-csv-not-number = `{ $text }` is not a number: { $how }
cli-csv-date-not-in-format = `{ $text }` is not a date in the format { $format } ({ $error })
cli-csv-date-empty = the date is empty: write it as YYYY-MM-DD or DD/MM/YYYY
cli-csv-not-date = `{ $text }` is not a date: write it as YYYY-MM-DD or DD/MM/YYYY, or pass --date-format with the file's format (for example --date-format %d.%m.%Y)
cli-csv-no-month = `{ $text }` is not a date: read as DD/MM/YYYY there is no month { $month }; if the file writes MM/DD/YYYY, pass --date-format %m/%d/%Y
cli-csv-month-days = `{ $text }` is not a date: { $month } has { $days } days
cli-csv-not-dmy = `{ $text }` is not a date: write it as DD/MM/YYYY or YYYY-MM-DD, or pass --date-format with the file's format (for example --date-format %m/%d/%Y)
cli-csv-empty = the file is empty: it must start with a header line naming the columns metric, date, value (and optionally unit)
cli-csv-missing-columns = line 1: the header has no { $missing } column: the first line must name the columns metric, date and value (unit is optional), separated by commas, semicolons or tabs; this one names { $found }
cli-csv-duplicate-column = line 1: the header names `{ $name }` twice (columns { $first } and { $second }): rename or remove one
cli-csv-line = line { $line }: { $message }
cli-csv-line-too-long = line { $line } is longer than 1 MB: this is not a CSV export of readings (check the file, or that it is not a link to a device)
cli-csv-too-many-rows = the file holds more than { $max } readings, more than metrics.yaml can take (it may be at most 64 MB): import it in parts, or keep fewer readings per metric

## --help and clap's parse errors (English shows clap's own; these word the others).
cli-help-usage = Usage:
cli-help-commands = Commands:
cli-help-arguments = Arguments:
cli-help-options = Options:
cli-help-options-mark = OPTIONS
cli-help-command-mark = COMMAND
cli-help-default = default: { $value }
cli-help-possible = possible values: { $values }
cli-clap-error = error:
cli-clap-unknown-argument = unexpected argument '{ $arg }' found
cli-clap-unknown-subcommand = unrecognized subcommand '{ $name }'
cli-clap-value-required = a value is required for '{ $arg }' but none was supplied
cli-clap-invalid-value = invalid value '{ $value }' for '{ $arg }'
cli-clap-invalid-value-why = invalid value '{ $value }' for '{ $arg }': { $why }
cli-clap-missing = the following required arguments were not provided: { $args }
cli-clap-missing-subcommand = '{ $name }' requires a subcommand but one was not provided
cli-clap-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
cli-clap-values = wrong number of values for '{ $arg }'
cli-clap-no-equals = equal sign is needed when assigning values to '{ $arg }'
cli-clap-other = the command line is not valid
cli-clap-similar = tip: a similar one exists: '{ $name }'
cli-clap-more = For more information, try '--help'.

## charter new without a folder: the questions; charter templates.
cli-ask-intro = A new plan: answer each question, or press Enter to take the default in [brackets].
cli-ask-folder = Folder for the plan
cli-ask-templates = Templates:
cli-ask-template = Template (number or name)
cli-ask-no-template = there is no template `{ $name }`: give its number or name
cli-ask-title = Title (the plan's name)
cli-ask-organization = Organization
cli-ask-consultant = Consultant
cli-ask-start = First day, YYYY-MM-DD
cli-ask-optional = { $prompt } (Enter to leave out)
cli-ask-no-answer = no usable answer to "{ $prompt }" after { $count } tries: nothing was created
cli-ask-end-of-input = the questions were not answered (end of input): nothing was created
cli-ask-cannot-read = cannot read the answer: { $error }
cli-template-contact-center = a complete contact-centre plan: charter, goals, 16 milestones, committee and routines, agents, 13 metrics, reps, surveys, an incident and recognition
cli-template-he-contact-center = the same contact-centre plan written in Hebrew
cli-template-lt-contact-center = the same contact-centre plan written in Lithuanian
cli-template-charter-only = a service charter and the committee that approves it, to start with
cli-template-blank = only plan.yaml: start from nothing
cli-unknown-language = unknown language { $text }: use en (English), he (Hebrew) or lt (Lithuanian)
cli-history-repository-root = (the repository root)

## The help of each command (charter --help, charter COMMAND --help): the
## commands' abouts, their arguments' help, and the options every command has.
cli-help-about = Customer-service improvement plans in git: charter, goals, milestones, metrics and reviews
cli-help-after = The plan is found from the current folder upward unless --plan is given.
    Exit codes: 0 ok, 1 the plan has errors or a check failed, 2 wrong usage or an operational failure.
cli-help-arg-plan = The plan folder (the one holding plan.yaml)
cli-help-arg-today = The date to take as today, for every derived fact
cli-help-arg-no-cache = Parse every plan file, neither reading nor filling the parse cache
cli-help-arg-bidi = Who lays out right-to-left text in the terminal UI: charter (reorders it, for terminals without bidi) or the terminal; by default the terminal when it is one known to do bidi (VTE 0.58+, Konsole, mlterm)
cli-help-arg-lang = The language of labels and sentences: en, he or lt (default: the plan's `language:`, else en)
cli-help-arg-help = Print help
cli-help-arg-version = Print version
cli-help-help-about = Print this message or the help of the given subcommand(s)
cli-help-tui-about = The terminal UI (the default when no command is given)
cli-help-demo-about = Build a demo plan with a year of readings and reviews, and open it
cli-help-demo-arg-dir = Build the demo plan in this folder and keep it (it must not exist, or be empty)
cli-help-new-about = Start a new plan from a template (git init when needed, first commit)
cli-help-new-arg-dir = The folder to create the plan in (created when missing; must be empty). Left out in a terminal, `charter new` asks for it and the plan's details, then opens the new plan in the terminal UI
cli-help-new-arg-template = The template to start from (see `charter templates`) [default: contact-center]
cli-help-new-arg-title = The plan's title (plan.yaml's `title`)
cli-help-new-arg-organization = The organization the plan is for (plan.yaml's `organization`)
cli-help-new-arg-consultant = The consultant guiding the plan (plan.yaml's `consultant`)
cli-help-new-arg-start = The plan's first day, YYYY-MM-DD; the template's dates move with it (default: the Monday of this week)
cli-help-templates-about = List the templates `charter new` can start from
cli-help-check-about = Report errors (exit 1) and warnings (exit 1 only with --strict)
cli-help-check-arg-strict = Fail (exit 1) on warnings too
cli-help-status-about = The one-screen summary for managers
cli-help-status-arg-as-of = The status as it was at a revision (a commit, a tag such as review/2026-03-31, or a date YYYY-MM-DD: the last commit on or before it), read from git without touching the files
cli-help-record-about = Add a reading to a metric, and commit it
cli-help-record-arg-metric = The metric's id
cli-help-record-arg-value = The value read (a decimal comma is accepted)
cli-help-record-arg-on = The reading's date (default: today)
cli-help-record-arg-unit = A reading for one unit of the organisation
cli-help-record-arg-replace = Replace a reading already recorded for that date (and unit)
cli-help-review-about = Milestone reviews: draft one from the plan, close it (commit and tag)
cli-help-review-new-about = Draft reviews/DATE.yaml, pre-filled from the plan's current state (not committed)
cli-help-review-new-arg-date = The review's date (default: today)
cli-help-review-close-about = Validate the plan, commit the review and tag it review/DATE
cli-help-review-close-arg-date = The review's date (default: the one review not closed yet)
cli-help-fmt-about = Rewrite the plan's files canonically (or only report what would change)
cli-help-fmt-arg-check = Only list the files that are not canonical (exit 1 when there are any)
cli-help-log-about = The plan's history: the commits that touched it, reviews marked
cli-help-log-arg-max-count = Show at most N commits
cli-help-log-arg-changes = List every change of each commit (text), not only a summary
cli-help-diff-about = What changed between two revisions, in plan terms
cli-help-diff-arg-from = The older revision: a commit, branch, tag such as review/2026-03-31, or a date YYYY-MM-DD (the last commit on or before it); default HEAD
cli-help-diff-arg-to = The newer revision; default the working tree
cli-help-trend-about = Milestone forecasts across reviews, or one metric against its trajectory
cli-help-trend-milestones-about = Each milestone's forecast at each review, and how far it slipped
cli-help-trend-milestones-arg-ids = Only this milestone (repeat for more); the chart shows them all
cli-help-trend-milestones-arg-width = Width of the text output, in columns
cli-help-trend-metric-about = One metric's readings against its trajectory and alert
cli-help-trend-metric-arg-id = The metric's id
cli-help-trend-metric-arg-width = Width of the text output, in columns
cli-help-trend-skills-about = Mean rep skill scores per unit over time, the weakest skills, or one rep's trend
cli-help-trend-skills-arg-unit = Only this unit (an id from plan.yaml `units`, or one used in skills.yaml)
cli-help-trend-skills-arg-rep = One rep's own assessments over time instead of the units' means
cli-help-trend-skills-arg-by = The period the means are taken over
cli-help-target-about = A realistic target for a metric, from its readings, the guide and a benchmark
cli-help-target-suggest-about = Propose a realistic target for a metric, and why
cli-help-target-suggest-arg-metric = The metric's id
cli-help-target-suggest-arg-benchmark = The value similar organisations reach (a decimal comma is accepted)
cli-help-target-suggest-arg-last = How many of the latest readings make the current state
cli-help-target-suggest-arg-apply = Set the proposed target in metrics.yaml and commit it
cli-help-exceptions-about = Metrics in exception or behind, overdue milestones and actions, with their corrective actions
cli-help-sync-about = Fetch, merge (plan files by item) and push with the branch's upstream
cli-help-merge-driver-about = The git merge driver for plan files: `charter merge-driver -- %O %A %B %P`
cli-help-merge-driver-arg-base = The common ancestor's version (git's %O)
cli-help-merge-driver-arg-ours = Our version, overwritten with the merged result (git's %A)
cli-help-merge-driver-arg-theirs = Their version (git's %B)
cli-help-merge-driver-arg-path = The file's path in the repository (git's %P), which tells its kind
cli-help-report-about = The steering committee report, or the whole plan for sign-off, as one HTML file or as Markdown
cli-help-report-arg-kind = Which report: `status`, the steering committee report (the default; `committee` names it too), or `plan`, the whole plan as a document the client signs off (charter, goals, milestones with their actions, committee, change agents, metrics with targets, signatures)
cli-help-report-arg-as-of = The report as it was at a revision (a commit, a tag such as review/2026-03-31, or a date YYYY-MM-DD: the last commit on or before it), read from git without touching the files
cli-help-report-arg-output = Write the report to FILE (atomically) instead of stdout
cli-help-import-about = Import data from other systems: readings from a CSV export
cli-help-import-readings-about = Readings of metrics from a CSV export: columns metric, date, value and optionally unit, found by their header
cli-help-import-readings-arg-file = The CSV file (comma, semicolon or tab separated; UTF-8)
cli-help-import-readings-arg-dry-run = Show what would be added, replaced and kept; write nothing
cli-help-import-readings-arg-replace = Replace readings already recorded for the same metric, date and unit
cli-help-import-readings-arg-date-format = How the file writes dates, in chrono's strftime codes (default: YYYY-MM-DD or DD/MM/YYYY)
cli-help-completions-about = Print the completion script for a shell (bash, zsh, fish, elvish, powershell)
cli-help-completions-after = Install, for example:
    {"  "}bash: charter completions bash > ~/.local/share/bash-completion/completions/charter
    {"  "}zsh:  charter completions zsh > "${"{"}fpath[1]{"}"}/_charter"
    {"  "}fish: charter completions fish > ~/.config/fish/completions/charter.fish
cli-help-completions-arg-shell = The shell to complete for
cli-help-man-about = Print the man page (roff): `charter man | man -l -`
cli-help-schema-about = JSON Schemas of the plan's files, for editors
cli-help-schema-arg-out = Write one NAME.schema.json per file into DIR (created when missing) instead of printing them all as one JSON object

## The git merge driver (git runs it during a merge or `charter sync`).
cli-merge-cannot-read = cannot read { $file }: { $error }; the merge driver is meant to be run by git as `charter merge-driver -- %O %A %B %P`
cli-merge-not-plan-file = { $path } is not a plan file, so it cannot be merged item by item; our version is left in it as it was. Merge it by hand (`git show :3:{ $path }` shows theirs), then `git add { $path }` and `git commit`
cli-merge-cannot-write = cannot write the merged { $path } to { $file }: { $error }
cli-merge-conflict = merge conflict in { $path }: { $count ->
    [one] 1 change
   *[other] { $count } changes
} made differently on both sides
cli-merge-conflict-help = The file keeps our values, with a `{ $mark }` comment above each item. Edit { $path } to the values you want and delete those comments, then run `git add { $path }` and `git commit` (or `git merge --abort` to undo the merge).
cli-merge-unmergeable = cannot merge { $path } item by item: { $reason }.
cli-merge-unmergeable-help = Our version is left in { $path } as it was; theirs is kept by git (`git show :3:{ $path }` shows it, `git checkout --theirs -- { $path }` takes it). Fix the file by hand, then run `git add { $path }` and `git commit` (or `git merge --abort` to undo the merge).
