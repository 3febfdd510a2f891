## Surveys of customers, employees and managers (surveys.yaml), and
## recognition (recognition.yaml).

survey-kind-customers = customers
survey-kind-employees = employees
survey-kind-managers = managers

## charter check
survey-check-what = survey
survey-check-whose = survey `{ $id }`
survey-check-first = the survey of { $on } (`{ $id }`)
survey-check-min-rate = `min_response_rate` is { $rate }: a response rate is a percentage, write one from 0 to 100
survey-check-responses = survey `{ $id }` has { $responses } responses from { $population } people asked: responses cannot outnumber those asked; correct `responses` or `population`
survey-check-low-rate = only { $rate }% answered survey `{ $id }` (below { $min }%): its scores may not speak for everyone asked; ask again or widen the survey
survey-check-off-scale = survey `{ $id }` scores { $value } for metric `{ $metric }`, outside its scale { $range }: correct the score, or the metric's `scale`
survey-check-unit-cycle = the parents of unit `{ $id }` loop: { $cycle }; a unit cannot be below itself, so figures cannot roll up: remove one `parent` of the loop
survey-check-due = the { $kind } were last surveyed on { $last }: a new survey was due { $due } (every { $every }); hold one and record it in surveys.yaml

## charter status
survey-status-title = Surveys (every { $every })
survey-status-due = { $count } due
survey-status-last = last { $on } (`{ $id }`)
survey-status-rate = { $rate }% answered
survey-status-next = next { $due }
survey-status-overdue = due since { $due }
survey-md-title = Surveys
survey-md-head = surveyed | last survey | answered | next
