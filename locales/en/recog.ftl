## recognition.yaml: praise passed on, service heroes, the Customer Service Week.

## Who praised.
recog-from-customer = customer
recog-from-colleague = colleague
recog-from-manager = manager

## check.
recog-whose-praise = the praise of `{ $rep }` on { $on }
recog-whose-hero = the hero of { $period }
recog-whose-week = the service week of { $start }
recog-praise-ahead = the praise of `{ $rep }` is dated { $on }, after today ({ $today }): fix the date
recog-shared-before = the praise of `{ $rep }` was passed on on { $shared }, before it came in on { $on }: fix `shared`
recog-not-shared = the praise of `{ $rep }` on { $on } has not been passed on after { $days ->
    [one] { $days } day
   *[other] { $days } days
}: pass it on to the rep and the team, and record the day in `shared`
recog-bad-period = the hero period “{ $period }” is neither a month (2026-03) nor a quarter (2026-Q1)
recog-hero-twice = `{ $rep }` is named service hero of { $period } twice: keep one entry
recog-week-days = the service week of { $start } has { $count ->
    [one] { $count } day
   *[other] { $count } days
}: plan five, each with an activity and an owner
recog-day-without-owner = day { $day } of the service week of { $start } (“{ $activity }”) has no owner: name who runs it

## status and the reports.
recog-md-head = Recognition
recog-status-praise = Praise: { $this } this quarter ({ $quarter }) · { $last } last quarter ({ $previous }) · { $unshared } not passed on
recog-status-heroes = Service heroes of { $period }:
recog-status-candidates = Hero candidates (the most praise, no hero named yet):
recog-candidate-line = { $period }: { $rep }, { $count ->
    [one] { $count } praise
   *[other] { $count } praises
}
recog-status-week = Customer Service Week { $start } – { $end }:
recog-status-week-now = Customer Service Week, under way ({ $start } – { $end }):
recog-no-owner = no owner yet
recog-status-after = The week after: { $after }

## diff: recognition.yaml's items.
recog-diff-kind-recognition = recognition
recog-diff-kind-praise = praise
recog-diff-kind-hero = service hero
recog-diff-kind-service_week = service week
recog-diff-n-praise = { $count ->
    [one] { $count } praise
   *[other] { $count } praises
}
recog-diff-n-hero = { $count ->
    [one] { $count } service hero
   *[other] { $count } service heroes
}
recog-diff-n-service_week = { $count ->
    [one] { $count } service week
   *[other] { $count } service weeks
}

## The Customer Service Week's five days, as the article suggests them.
recog-week-day-1 = Leaders sit beside the reps on the front line and listen to calls
recog-week-day-2 = Customers' stories and praise shared with the whole company
recog-week-day-3 = Thanks to the service team from the other departments
recog-week-day-4 = The service heroes rewarded as generously as the top sellers
recog-week-day-5 = A celebration with the team, and what changes from next week
recog-week-after = Leaders keep meeting the front line every month and service metrics stay on every scorecard: every week a service week

## The People tab.
recog-tui-row-praise = praise
recog-tui-row-hero = service hero
recog-tui-row-week = service week
recog-tui-shared-on = passed on { $on }
recog-tui-not-shared = not passed on yet
recog-tui-days-owned = { $owned } of { $count ->
    [one] { $count } day
   *[other] { $count } days
} owned
recog-key-add-service-week = plan a Customer Service Week from the template
recog-field-from = from
recog-field-shared = passed on
recog-field-reason = reason
recog-field-after = the week after
recog-field-day1 = day 1
recog-field-owner1 = owner of day 1
recog-field-day2 = day 2
recog-field-owner2 = owner of day 2
recog-field-day3 = day 3
recog-field-owner3 = owner of day 3
recog-field-day4 = day 4
recog-field-owner4 = owner of day 4
recog-field-day5 = day 5
recog-field-owner5 = owner of day 5

## A hero named from the candidate.
recog-hero-reason = { $count ->
    [one] The only praise of { $period }
   *[other] The most praise of { $period } ({ $count })
}
