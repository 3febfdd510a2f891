## Surveys of customers, employees and managers (surveys.yaml), and
## recognition (recognition.yaml).

survey-kind-customers = klientai
survey-kind-employees = darbuotojai
survey-kind-managers = vadovai

## charter check
survey-check-what = apklausa
survey-check-whose = apklausa `{ $id }`
survey-check-first = { $on } apklausa (`{ $id }`)
survey-check-min-rate = `min_response_rate` yra { $rate }: atsakiusiųjų dalis nurodoma procentais, įrašykite skaičių nuo 0 iki 100
survey-check-responses = apklausoje `{ $id }` yra { $responses } atsakymų iš { $population } apklaustųjų: atsakymų negali būti daugiau nei apklaustųjų; pataisykite `responses` arba `population`
survey-check-low-rate = į apklausą `{ $id }` atsakė tik { $rate }% (mažiau nei { $min }%): rezultatai gali neatspindėti visų apklaustųjų; apklauskite dar kartą arba platesnį ratą
survey-check-off-scale = apklausoje `{ $id }` rodiklio `{ $metric }` įvertis { $value } yra už jo skalės { $range } ribų: pataisykite įvertį arba rodiklio `scale`
survey-check-unit-cycle = padalinio `{ $id }` aukštesni padaliniai sudaro ratą: { $cycle }; padalinys negali būti pavaldus pats sau, todėl jo rodiklių negalima apibendrinti: pašalinkite vieną rato `parent`
survey-check-due = paskutinė apklausa (apklausti { $kind }) vyko { $last }: nauja turėjo įvykti iki { $due } (kas { $every }); surenkite apklausą ir įrašykite ją į surveys.yaml

## charter status
survey-status-title = Apklausos (kas { $every })
survey-status-due = { $count } vėluoja
survey-status-last = paskutinė { $on } (`{ $id }`)
survey-status-rate = atsakė { $rate }%
survey-status-next = kita iki { $due }
survey-status-overdue = turėjo įvykti iki { $due }
survey-md-title = Apklausos
survey-md-head = apklausti | paskutinė apklausa | atsakė | kita
