## `check` messages, after the stable `PATH:LINE:COL: error:` prefix.
## Ids, dates, numbers and field names are passed in as they are.

## How a message names the item it is about.
check-whose-plan = the plan
check-whose-charter = the charter
check-whose-unit = unit `{ $id }`
check-whose-commitment = commitment `{ $id }`
check-whose-goal = goal `{ $id }`
check-whose-milestone = milestone `{ $id }`
check-whose-milestone-action = action “{ $title }” of milestone `{ $id }`
check-whose-routine = routine `{ $id }`
check-whose-metric = metric `{ $id }`
check-whose-breakdown = a breakdown of metric `{ $id }`
check-whose-reading = the reading of { $on } for metric `{ $id }`
check-whose-review = review { $date }
check-whose-decision = a decision of review { $date }
check-whose-review-action = action “{ $text }” of review { $date }
check-whose-assessment = the assessment of `{ $rep }` on { $on }
check-whose-tool = tool `{ $id }`

## How a duplicate id names the item that has it first.
check-first-unit = unit “{ $name }”
check-first-channel = channel “{ $name }”
check-first-commitment = commitment { $n }
check-first-goal = goal “{ $title }”
check-first-milestone = milestone “{ $title }”
check-first-member = committee member { $name }
check-first-routine = routine “{ $name }”
check-first-agent = change agent { $name }
check-first-metric = metric “{ $name }”
check-first-workshop = workshop “{ $topic }”
check-first-tool = tool “{ $name }” of workshop `{ $workshop }`

## The kinds of id.
check-what-unit = unit
check-what-channel = channel
check-what-commitment = commitment
check-what-goal = goal
check-what-milestone = milestone
check-what-person = person
check-what-routine = routine
check-what-metric = metric
check-what-workshop = workshop
check-what-tool = tool

## What an id of a kind is, and where one is added.
check-noun-person = a committee member or change agent
check-home-person = committee.yaml or agents.yaml
check-noun-agent = a change agent
check-noun-channel = a channel
check-home-channel = the channels of charter.yaml
check-noun-metric = a metric
check-noun-goal = a goal
check-noun-milestone = a milestone
check-noun-unit = a unit
check-home-unit = the units of plan.yaml

## A field holding a reference: `singular` reads "agent" for `agents`.
check-field = { $key ->
   *[other] { $singular }
}

check-listed-twice = { $field } `{ $id }` is listed twice in { $key }: list each id once
check-duplicate-id = duplicate { $what } id `{ $id }`: { $first } already has it; ids must be unique, rename one of them
check-not-an-agent = { $field } `{ $id }` of { $whose } is a committee member, not a change agent: add `{ $id }` to agents.yaml, or remove `{ $id }` from the agents
check-did-you-mean = did you mean `{ $close }`? Otherwise add `{ $id }` to { $home }
check-add-or-fix = add `{ $id }` to { $home }, or fix the id
check-unknown-ref = { $field } `{ $id }` of { $whose } is not { $noun }: { $todo }
check-schema = schema { $schema } is not one this charter reads: set `schema: 1`, or update charter
check-plan-dates = the plan ends on { $end }, before it starts on { $start }: set `end` to a date after `start`
check-last-review = the last review was on { $date }
check-no-review-yet = there has been no review since the start on { $start }
check-review-overdue = a milestone review was due on { $due }, { $days ->
    [one] { $days } day
   *[other] { $days } days
} ago ({ $since }): hold one and record it in reviews/YYYY-MM-DD.yaml, or change review_every
check-target-guide = target_guide { $guide } must be greater than 1: a realistic target is the baseline × target_guide; set it to about 1.2, or remove it for the default 1.2
check-own-parent = unit `{ $id }` is its own parent: set another parent, or remove it
check-goal-without-milestones = goal `{ $id }` has no milestones: add a milestone with `goal: { $id }` to milestones.yaml, or remove the goal
check-depends-on-itself = milestone `{ $id }` depends on itself: remove `{ $id }` from its depends_on
check-cycle = dependency cycle: { $cycle }: remove one of these dependencies
check-target-before-baseline = metric `{ $id }` has its target date { $by } before its baseline date { $on }: set target.by after baseline.on
check-unrealistic = metric `{ $id }`: { $why }
check-no-readings = metric `{ $id }` has no readings: record one with `charter record { $id } VALUE`, or import them
check-review-twice = milestone `{ $id }` appears twice in review { $date }: keep one entry per milestone
check-forecast-in-past = milestone `{ $id }` is forecast for { $forecast } in review { $date }, a date already past at that review while it is still open: forecast { $date } or later, so its slip shows
check-progress-over = progress { $progress } of milestone `{ $id }` in review { $date } is above 100: progress is a percent, from 0 to 100
check-scale-zero = scale 0 leaves no possible score: scores run from 1 to scale; set `scale: 5`
check-score-range = { $name ->
   *[other] { $skill }
} score { $score } in { $whose } is outside 1..{ $scale }: give a score from 1 to { $scale }, or change `scale`
check-trial-before-workshop = tool `{ $tool }` is tried until { $until }, before workshop `{ $workshop }` on { $date }: set trial_until after the workshop
check-tool-undecided = tool `{ $tool }` of workshop `{ $workshop }` was on trial until { $until }: decide: keep or drop — { $trial }; set `verdict: keep` or `verdict: drop`
check-due-before-start = milestone `{ $id }` is due on { $due }, before it starts on { $start }: move `due` after `start`, or fix `start`
check-due-after-end = milestone `{ $id }` is due on { $due }, after the plan ends on { $end }: move the due date, or extend `end` in plan.yaml
check-done-without-date = milestone `{ $id }` is done but has no done_on: add `done_on: YYYY-MM-DD` with the day it was done
check-done-on-not-done = milestone `{ $id }` has done_on { $done_on } but its status is { $status }: set `status: done`, or remove done_on
check-review-date-name = review date { $date } does not match its file name { $file }: set `date: { $named }`, or rename the file to { $rename }
check-review-file-name = review file name { $file } is not a date: name each review file YYYY-MM-DD.yaml after its date, here { $rename }

## Realism of a target (DESIGN §6: the method's 120% rule).
check-rule-ratio-up = baseline × { $guide }
check-rule-ratio-down = baseline ÷ { $guide }
check-rule-points-up = baseline + { $step } × { $reference }
check-rule-points-down = baseline − { $step } × { $reference }
check-frustrating-ratio-up = target { $target } is { $percent }% better than the baseline { $baseline }: far above the realistic { $realistic } ({ $rule }); a target this far off frustrates, consider { $realistic }
check-frustrating-ratio-down = target { $target } is { $percent }% below the baseline { $baseline }: far below the realistic { $realistic } ({ $rule }); a target this far off frustrates, consider { $realistic }
check-frustrating-points-up = target { $target } is { $points } points better than the baseline { $baseline }: far above the realistic { $realistic } ({ $rule }); a target this far off frustrates, consider { $realistic }
check-frustrating-points-down = target { $target } is { $points } points below the baseline { $baseline }: far below the realistic { $realistic } ({ $rule }); a target this far off frustrates, consider { $realistic }
check-no-effort-up = target { $target } is not better than the baseline { $baseline } (higher is better): it asks for no effort; consider { $realistic } ({ $rule })
check-no-effort-down = target { $target } is not better than the baseline { $baseline } (lower is better): it asks for no effort; consider { $realistic } ({ $rule })

## Numbers: approval, goals' metrics, scales, baselines, targets, readings.
check-approved-in-future = the charter is approved on { $on }, a date still to come (today is { $today }): set approved_on to the day it was approved, or remove it until then
check-goal-without-metrics = goal `{ $id }` has no metric: the method fixes the success metrics with the goals; add `metrics: [ID]` with the metric that shows it is reached
check-scale-order = metric `{ $id }` has the scale [{ $min }, { $max }]: the first value is the lowest the metric can take and must be below the second, e.g. [-100, 100] for an NPS
check-baseline-off-scale = the baseline { $value } of metric `{ $id }` is outside its scale { $range }: fix the value, or widen the scale
check-target-off-scale = the target { $value } of metric `{ $id }` is outside its scale { $range }: no reading can reach it; set a target on the scale
check-reading-off-scale = the reading { $value } of { $on } for metric `{ $id }` is outside its scale { $range }: fix the value (a typo?), or widen the scale
check-no-baseline = metric `{ $id }` has no baseline: the target and the trajectory start from it; add `baseline: {"{"} value: V, on: YYYY-MM-DD {"}"}` from past data
check-no-target = metric `{ $id }` has no target: add `target: {"{"} value: V, by: YYYY-MM-DD {"}"}` (`charter target suggest { $id }` proposes a realistic one)
check-target-horizon = the target of metric `{ $id }` is dated { $by }, more than { $horizon } after its baseline of { $on }: a goal model holds for 4–8 months, then it is checked and corrected; set an intermediate target by { $limit } at the latest, or change target_horizon in plan.yaml
check-target-after-end = the target of metric `{ $id }` is dated { $by }, after the plan ends on { $end }: set it by the plan's end, or extend `end` in plan.yaml
check-reading-in-future = the reading of metric `{ $id }` is dated { $on }, after today ({ $today }): a reading records what was measured; fix its date
check-every = { $unit ->
    [day] { $count ->
        [one] { $count } day
       *[other] { $count } days
    }
    [week] { $count ->
        [one] { $count } week
       *[other] { $count } weeks
    }
    [month] { $count ->
        [one] { $count } month
       *[other] { $count } months
    }
    [quarter] { $count ->
        [one] { $count } quarter
       *[other] { $count } quarters
    }
   *[year] { $count ->
        [one] { $count } year
       *[other] { $count } years
    }
}

## Reading a file's values (the loader).
de-expect-whole = a whole number
de-expect-byte = a whole number from 0 to 255
de-expect-u16 = a whole number from 0 to 65535
de-expect-u32 = a whole number of 0 or more
de-expect-number = a number
de-expect-bool = true or false
de-expect-text = a string
de-expect-id = an id
de-expect-list = a list
de-expect-mapping = a mapping
de-expect-word = a single word
de-expected-word = expected a single word
de-found-long-text = `{ $start }…` ({ $count } characters)
de-found-list = a list
de-found-mapping = a mapping
de-found-nothing = nothing
de-wrong-type = expected { $expected }, found { $found }
de-field-without-name = a field without a name: write the field's name before the colon, one of { $fields }
de-unknown-field-near = unknown field `{ $field }`: did you mean `{ $best }`?
de-unknown-field = unknown field `{ $field }`: the fields here are { $fields }
de-not-one-of-near = `{ $value }` is not one of { $values }: did you mean `{ $best }`?
de-not-one-of = `{ $value }` is not one of { $values }
de-missing-field = missing required field `{ $field }`: add `{ $field }:` to this item
de-out-of-range = `{ $text }` is out of range: expected { $expected }
de-not-whole = `{ $text }` is not a whole number: expected { $expected }
de-too-large = `{ $text }` is beyond what a plan number may be (at most 1e15 either side of zero): check the value, or write it in a larger unit (thousands, millions)
de-not-finite = `{ $text }` is not a finite number: expected { $expected }; plan numbers must be finite
de-number-as-text = : YAML reads `{ $text }` as text; write the number without `_` or `,`, as { $bare }
de-yaml11-bool = expected true or false, found `{ $text }`: YAML 1.2 reads `{ $text }` as text, not as a yes or no; write true or false
de-id-reads-as = `{ $text }` reads as { $what } in YAML, and an id is text: write it in quotes, "{ $text }"

## YAML reading errors (the parser's own detail, `info`, stays as it says it).
yaml-expects-str = text
yaml-expects-int = a whole number such as 12, 0x1F or 0o17
yaml-expects-float = a number such as 12, 0.5, 1e3, .inf or .nan
yaml-expects-bool = true or false
yaml-expects-null = null, ~ or nothing
yaml-second-document = a second YAML document starts here: a plan file holds exactly one document (remove the `---` line and what follows, or move it to its own file)
yaml-too-deep = nesting deeper than { $depth } levels: plan files are never this deep; check the file is the one you meant
yaml-key-not-text = a key must be plain text, not a list or mapping
yaml-duplicate-key = duplicate key `{ $key }` (first written on line { $line }): remove one of them
yaml-tag-mismatch = `{ $text }` is tagged `{ $tag }` but is not { $expected }: fix the value, or remove the tag
yaml-collection-tagged = this is { $what ->
    [list] a list
   *[mapping] a mapping
}, but it is tagged `{ $tag }`: remove the tag
yaml-unknown-tag = the tag `{ $tag }` is not one charter reads: plan files use plain YAML values, with at most the core tags !!str, !!int, !!float, !!bool and !!null; remove the tag
yaml-unclosed = YAML syntax error: this `{ $open }` is never closed: end the { $what ->
    [list] list
   *[mapping] mapping
} with `{ $close }`
yaml-tab = YAML syntax error: found a tab in the indentation: indent with spaces, not tabs
yaml-syntax = YAML syntax error: { $info }{ $hint ->
    [not-key-value] : a line here is not `key: value`: add `: ` after its key, or indent it under the key above
    [quote-colons] : check the indentation, and put text that contains `: ` in quotes
    [check-closed] : check the indentation and that every `[`, `{"{"}` and quote is closed
    [spaces] : indent with spaces, not tabs
   *[none] {""}
}

## Ids, dates and durations that do not parse. `types-not-*` is the part
## of each message that says which kind of value it is.
-not-an-id = is not a valid id
-not-a-date = is not a date
-not-a-duration = is not a duration
types-not-an-id = { -not-an-id }
types-not-a-date = { -not-a-date }
types-not-a-duration = { -not-a-duration }
types-bad-id = `{ $text }` { -not-an-id }: ids use lowercase letters a-z, digits and dashes, and start with a letter or digit
types-bad-id-example = `{ $text }` { -not-an-id }: ids use lowercase letters a-z, digits and dashes, and start with a letter or digit (for example `{ $example }`)
types-date-shape = `{ $text }` { -not-a-date }: write dates as YYYY-MM-DD, for example 2026-03-31
types-no-month = `{ $text }` { -not-a-date }: there is no month { $month }
types-month-days = `{ $text }` { -not-a-date }: { $month } has { $days } days
types-duration-shape = `{ $text }` { -not-a-duration }: write a number and one of d, w, m (months), q (quarters), y, for example 4w
types-duration-zero = `{ $text }` { -not-a-duration }: it must be at least 1
types-duration-too-long = `{ $text }` is longer than any plan runs: a duration is at most 10 years (10y, 40q, 120m, 521w or 3653d); write a shorter one

## Meetings of routines and the incident log.
check-whose-meeting = meeting of routine `{ $id }` on { $on }
check-whose-meeting-action = action “{ $text }” of the meeting of routine `{ $id }` on { $on }
check-meeting-twice = routine `{ $id }` has two meetings on { $on }: keep one record per meeting, or correct its date
check-meeting-ahead = the meeting of routine `{ $id }` on { $on } is in the future: record a meeting once it is held
check-action-due-before = { $whose } is due { $due }, before it was agreed on { $agreed }: set its due date on or after { $agreed }
check-whose-incident = incident `{ $id }`
check-whose-incident-action = action “{ $text }” of incident `{ $id }`
check-first-incident = incident “{ $title }”
check-what-incident = incident
check-incident-ahead = incident `{ $id }` is dated { $on }, in the future: record an incident once it has happened
check-not-investigated = incident `{ $id }` of { $on } has had no investigation for { $days ->
    [one] { $days } day
   *[other] { $days } days
}: write what the investigation found under `investigation`, with its action items
