## Words shared by every output: the plan's states and stored codes.
## A code's word is `code-KIND-CODE`; see src/i18n (i18n::code).

language-name = English

## A metric's state.
state-on_track = on track
state-behind = behind
state-exception = exception
state-stale = stale
state-no_data = no data

## A milestone's status.
code-status-planned = planned
code-status-in_progress = in progress
code-status-done = done
code-status-blocked = blocked
code-status-cancelled = cancelled

## The work plan's stages.
code-phase-define = Define
code-phase-organise = Organise
code-phase-implement = Implement
phase-none = No phase

## A goal's horizon.
code-horizon-short = short term
code-horizon-medium = medium term
code-horizon-long = long term
horizon-none = no horizon

## A steering committee member's role.
code-role-chair = chair
code-role-sponsor = sponsor
code-role-member = member
code-role-secretary = secretary
code-role-consultant = consultant

## The seven roles of customer service (a change agent's level).
code-level-rep = representative
code-level-senior_rep = senior representative
code-level-team_leader = team leader
code-level-shift_manager = shift manager
code-level-department_manager = department manager
code-level-division_manager = division manager
code-level-vp = VP

## A unit's level in the organisation.
code-unit_level-rep = representative
code-unit_level-team = team
code-unit_level-department = department
code-unit_level-division = division
code-unit_level-vp = VP

## A metric's kind, direction, aggregate and period.
code-kind-quality = quality
code-kind-efficiency = efficiency
code-kind-satisfaction = satisfaction
code-kind-external = external
code-direction-up = up
code-direction-down = down
code-aggregate-mean = mean
code-aggregate-sum = sum
code-aggregate-last = last
code-period-day = day
code-period-week = week
code-period-month = month
code-period-quarter = quarter

## A milestone's health at a review.
code-health-on_track = on track
code-health-at_risk = at risk
code-health-off_track = off track
code-health-done = done
code-health-not_started = not started

## A workshop tool's verdict.
code-verdict-trial = on trial
code-verdict-keep = keep
code-verdict-drop = drop

## The ten skills of a service representative.
code-skill-connection = personal connection
code-skill-listening = listening
code-skill-patience = patience
code-skill-empathy = empathy
code-skill-thoroughness = thoroughness
code-skill-self_management = emotional self-management
code-skill-agility = mental agility
code-skill-resilience = resilience under pressure
code-skill-articulation = articulate expression
code-skill-love_of_conversation = love of conversation

## Counted things, with their plural forms.
count-metrics = { $count ->
    [one] { $count } metric
   *[other] { $count } metrics
}
count-milestones = { $count ->
    [one] { $count } milestone
   *[other] { $count } milestones
}
count-reviews = { $count ->
    [one] { $count } review
   *[other] { $count } reviews
}
count-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
count-actions = { $count ->
    [one] { $count } action
   *[other] { $count } actions
}
count-errors = { $count ->
    [one] { $count } error
   *[other] { $count } errors
}
count-warnings = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
}
