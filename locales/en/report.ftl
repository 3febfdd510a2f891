## The steering committee report and the sign-off document (HTML, Markdown).
## Values ($n, $date, $id…) arrive already isolated for right-to-left
## pages; $count only picks the plural form.

report-title-status = Steering committee report
report-title-plan = Service improvement plan for sign-off
report-consultant = consultant { $name }
report-meta = { $kind } as of { $today } · plan { $plan } · period { $start } → { $end } · { $day } · { $left }
report-days-left = { $count ->
    [one] { $n } day left
   *[other] { $n } days left
}
report-plan-day = day { $day } of { $total }
report-starts-tomorrow = starts tomorrow
report-starts-in = { $count ->
    [one] starts in { $n } day
   *[other] starts in { $n } days
}
report-errors = { $count ->
   *[other] The plan has { $n } error(s), so parts of it may be missing: run { $command }.
}

## Day counts, cadences, periods.
report-days = { $count ->
   *[other] { $n }d
}
report-days-signed = { $count ->
   *[other] { $n }d
}
report-moved = { $count ->
   *[other] { $times }× { $days }
}
report-every-d = { $count ->
   *[other] { $n }d
}
report-every-w = { $count ->
   *[other] { $n }w
}
report-every-m = { $count ->
   *[other] { $n }m
}
report-every-q = { $count ->
   *[other] { $n }q
}
report-every-y = { $count ->
   *[other] { $n }y
}
report-every = every { $every }
report-period = { $period } { $label }
report-latest = latest
report-overdue = overdue
report-overdue-by = overdue { $days }
report-late = late
report-late-by = late { $days }
report-undecided-by = undecided { $days }
report-in-days = in { $days }
report-not-yet = not yet
report-none-yet = none yet
report-not-scheduled = not scheduled
report-none = none
report-unknown-metric = unknown metric
report-action-due = , due { $date }
report-from-review = review { $date }
report-from-commit = commit { $id }
report-from-held = held
report-last-held = { $date } ({ $from })
report-value-on = { $value } on { $date }
report-value-by = { $value } by { $date }
report-value-when = { $value } ({ $date })
report-higher = higher
report-lower = lower
report-higher-better = higher is better
report-lower-better = lower is better
report-unit-is = unit { $unit }
report-today = today

## At a glance.
report-at-a-glance = At a glance
report-glance-milestones = Milestones ({ $total }, { $overdue } overdue)
report-glance-metrics = Metrics ({ $n })
report-glance-reviews = Reviews held: { $held } · last { $last } · next due { $next } · open actions { $actions } · exceptions { $exceptions }
report-md-milestones = milestones ({ $n })
report-md-metrics = metrics ({ $n })
report-md-count = count
report-md-reviews = reviews held: { $held } · last { $last } · next due { $next }
report-md-open-actions = open actions: { $n }
report-md-exceptions = exceptions: { $n }

## Milestones.
report-milestones-by-phase = Milestones by phase
report-no-milestones = No milestones yet.
report-md-actions = Actions:
report-milestone-trend = Milestone trend
report-no-trend = No review has forecast a milestone yet.
report-trend-caption = Forecast completion date (up) at each review (across): a level line is on schedule, a rising one slips; the dotted diagonal is where the forecast is the review's own date. { $shown } of { $total } forecast milestones, those that slipped most.
report-md-trend-caption = The forecast at each review, as a sparkline: level is on schedule, rising slips. { $shown } of { $total } forecast milestones, those that slipped most.

## Metrics.
report-metrics = Metrics
report-no-metrics = No metrics yet.
report-readings = { $count ->
    [one] { $n } reading
   *[other] { $n } readings
}
report-metric-line = baseline { $baseline } → latest { $latest } → target { $target } · expected now { $expected } · alert { $alert } · { $readings } · { $better }
report-metrics-note = Solid line and dots: readings (green on track, orange behind, red beyond the alert). Dashed: the trajectory from baseline to target. Diamond: the target.
report-md-readings-intro = Readings as a sparkline (the latest { $n } at most), then the trajectory from baseline to target.
report-chart-trend = Milestone trend: forecast at each review
report-chart-empty = { $name }: no readings and no target yet
report-chart-metric = { $name }: readings against the trajectory
report-no-readings = no readings yet
report-chart-alert = alert { $value }
report-chart-target = target { $value }

## The last review and the exceptions.
report-last-review = Last review
report-no-review = No review held yet.
report-decisions = Decisions ({ $n })
report-no-decisions = No decisions recorded.
report-open-actions = Open actions ({ $n })
report-no-open-actions = No open actions.
report-exceptions = Exceptions ({ $n })
report-no-exceptions = No metric in exception or behind, no overdue milestone.
report-exception-metric = metric { $name } { $id }: latest { $latest } · expected { $expected } · alert { $alert }
report-exception-milestone = milestone { $title } { $id }: due { $due }
report-exception-routine = routine { $title } { $id }: due { $due }; { $summary }
report-exception-tool = tool { $title } { $id }: due { $due }; { $summary }
report-md-exception-metric = { $state } metric { $name } { $id }
report-md-exception-values = Latest { $latest } · expected { $expected } · alert { $alert }
report-md-exception-milestone = { $tag }: milestone { $title } { $id }
report-md-exception-routine = { $tag }: routine { $title } { $id }
report-md-exception-tool = { $tag }: tool { $title } { $id }
report-md-due = Due { $date }
report-md-due-because = Due { $date }: { $summary }
report-routine-held-last = held every { $every }, last on { $date }
report-routine-never-held = held every { $every }, not held since the plan's start
report-tool-summary = tried after workshop { $workshop } until { $date }: { $results }; decide: keep or drop
report-no-corrective-action = No open corrective action
report-lacks-action = { $lead }: the committee should name one ({ $how }).
report-how-name = a review action whose text names { $id }
report-how-link = a review action with { $metric } or { $milestone }

## Goals and the charter.
report-goals = Goals ({ $n })
report-no-goals = The plan has no goals yet.
report-charter = Charter
report-version = version { $n }
report-approved-on-by = approved on { $date } by { $names }
report-approved-on = approved on { $date }
report-approved-by = approved by { $names }
report-not-approved = not approved yet
report-vision = Vision
report-values = Values
report-principles = Principles
report-services = Services
report-terms = Terms
report-commitments = Charter commitments ({ $n })
report-no-commitments = The charter lists no commitments.
report-no-metric-measures = no metric measures it

## People.
report-people = Steering committee and change agents
report-committee = Steering committee ({ $n })
report-no-members = No committee members yet.
report-routines = Routines ({ $n })
report-agents = Change agents ({ $n })
report-no-agents = No change agents yet.

## The method's parts.
report-units = Units against their targets
report-md-by-unit = { $metric } by unit
report-management-routines = Management routines
report-workshop-tools = Workshop tools
report-trial-decide-ended = decide: keep or drop (trial ended { $date })
report-trial-decide = decide: keep or drop
report-trial-until = on trial until { $date }
report-trial-open = on trial, no end date
report-trial-kept = kept
report-trial-dropped = dropped
report-tool-no-metric = no metric linked: link one with { $key } to judge the tool by results
report-tool-unknown-metric = metric { $metric } is not in metrics.yaml
report-tool-before = { $count ->
    [one] { $value } before ({ $readings } reading)
   *[other] { $value } before ({ $readings } readings)
}
report-tool-before-none = no readings before
report-tool-during = { $count ->
    [one] { $value } during ({ $readings } reading)
   *[other] { $value } during ({ $readings } readings)
}
report-tool-during-none = no readings during
report-tool-results = { $metric } { $before }, { $during }
report-tool-better = { $metric } { $before }, { $during }: better
report-tool-not-better = { $metric } { $before }, { $during }: not better
report-rep-skills = Rep skills
report-skills-note = Mean score per unit in its latest quarter; the weakest skills with their change since the previous quarter.
report-weakest = weakest { $skills }
report-metric-plan = Metrics: baselines and targets ({ $n })

## Sign-off.
report-sign-off = Sign-off
report-sign-off-text = By signing, we approve this plan: its charter and commitments, goals, milestones and actions, steering committee, change agents and metrics with their targets.
report-signature = signature
report-date = date
report-name-and-title = name and title
report-md-signature-lines = Signature: { $sign } Date: { $date }
report-md-name-and-title = Name and title: { $line }
report-prepared-by = Prepared by { $name }

report-cannot-write = cannot write the report to { $path }: { $error }; check that its folder exists and is writable, or give another path with -o

## Table columns.
report-col-milestone = milestone
report-col-owner = owner
report-col-due = due
report-col-status = status
report-col-forecast = forecast
report-col-slip = slip
report-col-planned = planned
report-col-latest-forecast = latest forecast
report-col-due-moved = due moved
report-col-reviews = reviews
report-col-forecasts = forecasts
report-col-metric = metric
report-col-readings = readings
report-col-baseline = baseline
report-col-latest = latest
report-col-expected-now = expected now
report-col-target = target
report-col-alert = alert
report-col-state = state
report-col-action = action
report-col-corrects = corrects
report-col-goal = goal
report-col-horizon = horizon
report-col-metrics = metrics
report-col-channel = channel
report-col-hours = hours
report-col-commitment = commitment
report-col-member = member
report-col-role = role
report-col-title = title
report-col-routine = routine
report-col-every = every
report-col-agent = agent
report-col-unit = unit
report-col-level = level
report-col-focus = focus
report-col-period = period
report-col-value = value
report-col-before = before
report-col-last-held = last held
report-col-next = next
report-col-tool = tool
report-col-workshop = workshop
report-col-trial = trial
report-col-results = results
report-col-skill = skill
report-col-quarter = quarter
report-col-reps = reps
report-col-weakest = weakest skills (mean, change since the previous quarter)
report-col-source = source
report-col-better = better

## Incidents open until investigated and their actions done.
report-open-for = open { $days }
report-exception-incident = incident { $title } { $id }: { $summary }
report-md-exception-incident = { $tag }: incident { $title } { $id }
report-incident-not-investigated = happened on { $date }; not investigated yet
report-incident-actions = happened on { $date }; { $done } of { $count ->
    [one] { $count } action
   *[other] { $count } actions
} done
report-from-incident = incident of { $date }
