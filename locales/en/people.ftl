## people.yaml: reps, their training and certification, and coaching.

## The guide's five parts of training a new rep.
people-part-organisation = getting to know the organisation
people-part-one_to_one = one-to-one training and empowerment
people-part-mentoring = embedding and personal mentoring
people-part-certification = measuring the learning and certification
people-part-follow_up = control and first accompaniment at work

## Kinds of coaching a weak skill gets.
people-kind-workshop = workshop
people-kind-guidance = guidance
people-kind-side_by_side = shoulder-to-shoulder coaching

## Where a rep stands.
people-state-hired = not started
people-state-in_training = in training
people-state-certified = certified
people-state-left = left

## check.
people-noun-rep = a rep of people.yaml
people-noun-staff = a committee member, change agent or rep
people-home-staff = committee.yaml, agents.yaml or the reps of people.yaml
people-what-rep = rep
people-whose-rep = rep `{ $id }`
people-first-rep = rep { $name }
people-whose-coaching = the coaching of `{ $rep }` in { $skill }
people-whose-certification = the certification of rep `{ $id }`
people-own-mentor = rep `{ $id }` is named as their own mentor: name another rep, a committee member or a change agent
people-id-clash = rep `{ $id }` ({ $name }) has the id of { $other }, who is on the committee or a change agent: give the rep an id of their own, or the same name if they are one person
people-part-twice = rep `{ $id }` lists the training part “{ $part }” twice: keep one entry per part
people-what-on-the-job = on-the-job training
people-what-certification = certification
people-what-left = leaving
people-before-start = rep `{ $id }`: { $what } on { $date } is before the start on { $start }: fix the date, or `start`
people-on-the-job-order = rep `{ $id }`: on-the-job training ends on { $until }, before it begins on { $from }: set `until` after `from`
people-certification-due = rep `{ $id }` started on { $start } and is not certified after { $days ->
    [one] { $days } day
   *[other] { $days } days
}: certification was due on { $due } ({ $within } after the start); record the `certification` (on, by, scores or pass, summary), or set `certify_within` in people.yaml

## status.
people-md-head = People
people-status-reps = { $count ->
    [one] { $count } rep
   *[other] { $count } reps
} working: { $certified } certified · { $training } in training
people-status-in-training = in training:
people-started = started { $start }
people-certification-due-on = certification due { $due } ({ $when })
people-certification-late = certification { $late }
people-status-coaching = Coaching: { $open } open · { $overdue } overdue · { $proposed } proposed
people-status-coaching-overdue = coaching overdue:
people-status-coaching-proposed = coaching proposed by the latest assessments:
people-owner = , owner { $owner }
people-coaching-overdue-line = { $skill }: { $kind }, { $late }{ $owner }
people-proposed-weak = scored { $score } on { $on }
people-proposed-unit-weakest = scored { $score } on { $on }, the weakest skill of { $unit }
people-proposed-line = { $skill } ({ $why }): { $kind }

## diff: people.yaml's items.
people-diff-kind-people = people
people-diff-kind-rep = rep
people-diff-kind-coaching = coaching
people-diff-n-rep = { $count ->
    [one] { $count } rep
   *[other] { $count } reps
}
people-diff-n-coaching = { $count ->
    [one] { $count } coaching entry
   *[other] { $count } coaching entries
}

## exceptions and the reports: coaching overdue.
people-exc-kind-coaching = coaching
people-exc-n-coaching = { $count ->
    [one] { $count } coaching overdue
   *[other] { $count } coaching entries overdue
}
people-exc-coaching = { $count ->
    [one] overdue { $count } day (due { $due }): { $note }
   *[other] overdue { $count } days (due { $due }): { $note }
}
people-exc-coaching-note = { $kind } in { $skill }{ $owner }
people-report-owner = , by { $owner }
people-report-coaching = { $kind } in { $skill }{ $owner }, due { $date }
people-report-exception-coaching = coaching of { $title } { $id }: due { $due }; { $summary }
people-report-md-exception-coaching = { $tag }: coaching of { $title } { $id }

## The terminal UI's People tab.
people-tui-kind-rep = rep
people-tui-kind-coaching = coaching
people-tui-row-rep = rep
people-tui-row-coaching = coaching
people-tui-select-rep = select a rep first: P opens the coaching their skills propose
people-tui-nothing-proposed = the latest assessment of `{ $id }` proposes no coaching
people-tui-certified-on = certified { $on }
people-tui-due-on = certification due { $due }
people-tui-done-on = done { $on }
people-tui-planned-on = planned { $on }
people-tui-label-start = start
people-tui-label-mentor = mentor
people-tui-training = training
people-tui-on-the-job = on the job
people-tui-certification = certified
people-tui-coaching = coaching
people-tui-proposed = coaching proposed
people-tui-accept-hint = P: open the first proposal in a form, to save
people-key-accept-proposed-coaching = open the coaching the selected rep's skills propose, to save
people-field-mentor = mentor
people-field-on-the-job-mentor = on-the-job mentor
people-field-on-the-job-from = on the job from
people-field-on-the-job-until = on the job until
people-field-certification-on = certified on
people-field-certification-by = certified by
people-field-certification-pass = passed
people-field-certification-summary = certification summary
people-field-left = left on
people-field-skill = skill
people-field-training-planned = { $part }: planned
people-field-training-done = { $part }: done
people-field-certification-score = certification: { $skill }
