## cli

## Dienos ir datos žodžiais
cli-days-today = šiandien
cli-days-in = po { $count } d.
cli-days-ago = prieš { $count } d.
cli-late-sentence = terminas { $due }, vėluoja { $count } d.
cli-late-short = vėluoja { $count } d.
cli-late-first = vėluoja { $count } d.: terminas { $due }
cli-plan-starts-tomorrow = prasideda rytoj
cli-plan-starts-in = { $count ->
    [one] prasideda po { $count } dienos
   *[other] prasideda po { $count } dienų
}
cli-plan-day-of = { $day } diena iš { $total }
cli-due-moved = { $count ->
    [one] ; terminas perkeltas { $count } kartą, { $days } d.
    [few] ; terminas perkeltas { $count } kartus, { $days } d.
   *[other] ; terminas perkeltas { $count } kartų, { $days } d.
}
cli-due-on = terminas { $due }
cli-and-more = … ir dar { $count }

## charter status
cli-status-when = { $count ->
    [one] { $today } · { $day } · liko { $count } diena · nuo { $start } iki { $end }
    [few] { $today } · { $day } · liko { $count } dienos · nuo { $start } iki { $end }
   *[other] { $today } · { $day } · liko { $count } dienų · nuo { $start } iki { $end }
}
cli-status-milestones = Etapai { $count }: { $counts }
cli-status-overdue = vėluoja:
cli-status-next-due = artimiausi terminai:
cli-status-slipped = { $count ->
    [one] { $id } pasislinko { $days } d. per { $count } peržiūrą
    [few] { $id } pasislinko { $days } d. per { $count } peržiūras
   *[other] { $id } pasislinko { $days } d. per { $count } peržiūrų
}
cli-status-metrics = Sėkmės rodikliai { $count }: pradinė reikšmė → paskutinė → tikslas
cli-status-expected = tikėtina { $value }
cli-status-none-yet = dar nebuvo
cli-status-review-overdue = vėluoja
cli-status-not-scheduled = nesuplanuota (nustatykite review_every faile plan.yaml)
cli-status-reviews = Peržiūros: įvyko { $count } · paskutinė { $last } · kita { $next }
cli-status-open-actions = Atviri veiksmai { $count }
cli-status-check = Patikra: { $errors }, { $warnings }: paleiskite `charter check`
cli-source-review = peržiūra { $date }
cli-source-milestone = etapas { $id }
cli-source-held = įvyko
cli-source-commit = įrašas { $commit }

## Padaliniai, valdymo rutinos, seminarų priemonės ir įgūdžiai
cli-unit-latest = paskutinė
cli-unit-no-readings = dar nėra matavimų
cli-readings = { $count ->
    [one] { $count } matavimas
    [few] { $count } matavimai
   *[other] { $count } matavimų
}
cli-value-of-target = { $value } iš { $target }
cli-unit-before = anksčiau: { $past }
cli-routine-not-held = dar neįvyko
cli-routine-last = paskutinį kartą { $last }
cli-routine-next = kita { $next } ({ $when })
cli-routine-every = kas { $every }
cli-routines = Valdymo rutinos { $count }
cli-routines-late = { $count } vėluoja
cli-trial-decide-ended = reikia nuspręsti: palikti ar atsisakyti (bandymas baigėsi { $until })
cli-trial-decide = reikia nuspręsti: palikti ar atsisakyti
cli-trial-until = bandoma iki { $until }
cli-trial-no-end = bandoma, be pabaigos datos
cli-trial-kept = palikta
cli-trial-dropped = atsisakyta
cli-tools = Dirbtuvių priemonės { $count }
cli-tools-to-decide = { $count } laukia sprendimo
cli-trial-no-metric = nesusietas rodiklis: susiekite jį per `metric:`, kad priemonę būtų galima vertinti pagal rezultatus
cli-trial-unknown-metric = rodiklio `{ $metric }` nėra faile metrics.yaml
cli-trial-before = { $value } prieš ({ $readings })
cli-trial-during = { $value } bandymo metu ({ $readings })
cli-trial-before-none = prieš matavimų nėra
cli-trial-during-none = bandymo metu matavimų nėra
cli-trial-better = geriau
cli-trial-not-better = ne geriau
cli-skills-head = Specialistų įgūdžiai: silpniausi kiekviename padalinyje, paskutinį jo ketvirtį
cli-reps = { $count ->
    [one] { $count } specialistas
    [few] { $count } specialistai
   *[other] { $count } specialistų
}

## charter status --format markdown
cli-md-status-on = Būklė **{ $today }** · { $day } · { $start } → { $end }
cli-md-milestones = Etapai
cli-md-col-status = būsena
cli-md-col-count = skaičius
cli-md-overdue = Vėluoja
cli-md-next-due = Artimiausi terminai
cli-md-metrics = Sėkmės rodikliai
cli-md-metrics-head = rodiklis | pradinė | paskutinė | tikėtina | tikslas | būklė
cli-md-reviews = Peržiūros
cli-md-reviews-list = - įvyko: { $held }
    - paskutinė: { $last }
    - kita: { $next }
cli-md-not-scheduled = nesuplanuota
cli-md-open-actions = Atviri veiksmai
cli-md-check = Patikra: { $errors }, { $warnings }.
cli-md-by-unit = **{ $metric }** pagal padalinį
cli-md-by-unit-head = padalinys | laikotarpis | reikšmė | tikslas | būklė | anksčiau
cli-md-routines = Valdymo rutinos
cli-md-routines-head = rutina | dažnumas | paskutinį kartą | kita
cli-md-not-yet = dar ne
cli-md-tools = Dirbtuvių priemonės
cli-md-tools-head = priemonė | seminaras | bandymas | rezultatai
cli-md-skills = Specialistų įgūdžiai
cli-md-skills-head = padalinys | ketvirtis | specialistai | silpniausi įgūdžiai (vidurkis, pokytis nuo ankstesnio ketvirčio)

## charter exceptions
cli-exc-none = { $today } išimčių nėra: visi rodikliai atitinka planą arba neturi duomenų, niekas nevėluoja
cli-exc-head = Išimtys { $today }: { $metrics }, { $milestones }, { $actions } vėluoja
cli-exc-n-metrics = { $count ->
    [one] { $count } rodiklis
    [few] { $count } rodikliai
   *[other] { $count } rodiklių
}
cli-exc-n-milestones = { $count ->
    [one] { $count } etapas
    [few] { $count } etapai
   *[other] { $count } etapų
}
cli-exc-n-actions = { $count ->
    [one] { $count } veiksmas
    [few] { $count } veiksmai
   *[other] { $count } veiksmų
}
cli-exc-n-routines = { $count ->
    [one] { $count } rutina vėluoja
    [few] { $count } rutinos vėluoja
   *[other] { $count } rutinų vėluoja
}
cli-exc-n-tools = { $count ->
    [one] { $count } priemonė laukia sprendimo
    [few] { $count } priemonės laukia sprendimo
   *[other] { $count } priemonių laukia sprendimo
}
cli-exc-kind-metric = rodiklis
cli-exc-kind-milestone = etapas
cli-exc-kind-action = veiksmas
cli-exc-kind-routine = rutina
cli-exc-kind-tool = priemonė
cli-exc-metric = { $state }: { $latest } (tikėtina { $expected }{ $alert })
cli-exc-alert = įspėjimo riba { $alert }
cli-exc-routine = vėluoja { $count } d. (terminas { $due }): { $note }
cli-exc-tool = laukia sprendimo { $count } d. (terminas { $due }): { $note }
cli-exc-overdue = vėluoja { $count } d. (terminas { $due })
cli-exc-routine-last = vyksta kas { $every }, paskutinį kartą { $last }
cli-exc-routine-never = vyksta kas { $every }, neįvyko nuo plano pradžios
cli-exc-tool-note = bandoma po seminaro `{ $workshop }` iki { $until }: { $results }; reikia nuspręsti: palikti ar atsisakyti
cli-exc-how-named = veiksmas, kurio tekste minimas `{ $id }`
cli-exc-how-field = veiksmas su `{ $kind }: { $id }`
cli-exc-missing = nėra atviro taisomojo veiksmo: įrašykite jį kitoje peržiūroje ({ $how })
cli-exc-md-title = Išimtys { $today }
cli-exc-md-none = Išimčių nėra: visi rodikliai atitinka planą arba neturi duomenų, niekas nevėluoja.
cli-exc-md-head = elementas | kas negerai | taisomieji veiksmai
cli-exc-md-none-open = nėra atviro

## charter trend
cli-trend-slip = { $days } d.
cli-trend-reviews-from = { $count ->
    [one] { $count } peržiūra nuo { $first } iki { $last }
    [few] { $count } peržiūros nuo { $first } iki { $last }
   *[other] { $count } peržiūrų nuo { $first } iki { $last }
}
cli-trend-review-on = 1 peržiūra { $first }
cli-trend-no-reviews = peržiūrų dar nebuvo
cli-trend-head = { $count ->
    [one] Etapų tendencija: { $count } etapas, { $held }
    [few] Etapų tendencija: { $count } etapai, { $held }
   *[other] Etapų tendencija: { $count } etapų, { $held }
}
cli-trend-col-title = pavadinimas
cli-trend-col-planned = planuota
cli-trend-col-latest = prognozė
cli-trend-col-slip = poslinkis
cli-trend-col-reviews = peržiūros
cli-trend-moved = { $count ->
    [one] terminas perkeltas { $count } kartą, iš viso { $days } ({ $from } → { $to })
    [few] terminas perkeltas { $count } kartus, iš viso { $days } ({ $from } → { $to })
   *[other] terminas perkeltas { $count } kartų, iš viso { $days } ({ $from } → { $to })
}
cli-trend-no-forecast = Nė viena peržiūra dar nepateikė šių etapų prognozės: įrašykite `forecast` peržiūroje (reviews/YYYY-MM-DD.yaml).
cli-trend-chart-head = Prognozė (aukštyn) kiekvienoje peržiūroje (skersai): lygi linija – pagal grafiką, kylanti – vėlavimas.
cli-trend-legend-review-date = prognozė = peržiūros data
cli-trend-legend-several = keli viename taške
cli-trend-chart-fewer = po vieną raidę kiekvienam; pasirinkite mažiau
cli-trend-chart-others = labiausiai pasislinkę; pasirinkite kitus
cli-trend-chart-some = Diagrama: { $shown } iš { $count } etapų, { $how } su --id.
cli-trend-no-readings = Matavimų dar nėra: įrašykite su `charter record { $metric } VALUE`.
cli-trend-higher-better = kuo didesnis, tuo geriau
cli-trend-lower-better = kuo mažesnis, tuo geriau
cli-trend-baseline = pradinė reikšmė { $value } { $on }
cli-trend-target = tikslas { $value } iki { $by }
cli-trend-no-target = be tikslo
cli-trend-no-baseline = be pradinės reikšmės
cli-trend-no-baseline-or-target = be pradinės reikšmės ir tikslo
cli-trend-alert-below = įspėjimas žemiau { $alert }
cli-trend-alert-above = įspėjimas virš { $alert }
cli-trend-latest = paskutinė { $value } { $on }
cli-trend-legend-reading = matavimas
cli-trend-legend-expected = tikėtina (pradinė → tikslas)
cli-trend-col-date = data
cli-trend-col-value = reikšmė
cli-trend-col-expected = tikėtina
cli-trend-col-difference = skirtumas

## charter diff ir charter log
cli-diff-added = pridėta
cli-diff-removed = pašalinta
cli-diff-things-added = pridėta: { $things }
cli-diff-things-removed = pašalinta: { $things }
cli-diff-things-changed = pakeista: { $things }
cli-diff-set-to = { $field } nustatyta: { $new }
cli-diff-unset = { $field } { $old } pašalinta
cli-diff-change = { $field } { $old } → { $new }
cli-diff-none = plane nėra pakeitimų
cli-diff-none-between = plane nėra pakeitimų nuo { $from } iki { $to }
cli-diff-kind-plan = planas
cli-diff-n-plan = { $count ->
    [one] { $count } planas
    [few] { $count } planai
   *[other] { $count } planų
}
cli-diff-kind-unit = padalinys
cli-diff-n-unit = { $count ->
    [one] { $count } padalinys
    [few] { $count } padaliniai
   *[other] { $count } padalinių
}
cli-diff-kind-charter = chartija
cli-diff-n-charter = { $count ->
    [one] { $count } chartija
    [few] { $count } chartijos
   *[other] { $count } chartijų
}
cli-diff-kind-channel = kanalas
cli-diff-n-channel = { $count ->
    [one] { $count } kanalas
    [few] { $count } kanalai
   *[other] { $count } kanalų
}
cli-diff-kind-commitment = įsipareigojimas
cli-diff-n-commitment = { $count ->
    [one] { $count } įsipareigojimas
    [few] { $count } įsipareigojimai
   *[other] { $count } įsipareigojimų
}
cli-diff-kind-goal = tikslas
cli-diff-n-goal = { $count ->
    [one] { $count } tikslas
    [few] { $count } tikslai
   *[other] { $count } tikslų
}
cli-diff-kind-goals = tikslai
cli-diff-n-goals = { $count ->
    [one] { $count } tikslai
    [few] { $count } tikslai
   *[other] { $count } tikslų
}
cli-diff-kind-milestone = etapas
cli-diff-n-milestone = { $count ->
    [one] { $count } etapas
    [few] { $count } etapai
   *[other] { $count } etapų
}
cli-diff-kind-milestones = etapai
cli-diff-n-milestones = { $count ->
    [one] { $count } etapai
    [few] { $count } etapai
   *[other] { $count } etapų
}
cli-diff-kind-committee = valdymo komitetas
cli-diff-n-committee = { $count ->
    [one] { $count } valdymo komitetas
    [few] { $count } valdymo komitetai
   *[other] { $count } valdymo komitetų
}
cli-diff-kind-member = narys
cli-diff-n-member = { $count ->
    [one] { $count } narys
    [few] { $count } nariai
   *[other] { $count } narių
}
cli-diff-kind-routine = rutina
cli-diff-n-routine = { $count ->
    [one] { $count } rutina
    [few] { $count } rutinos
   *[other] { $count } rutinų
}
cli-diff-kind-agents = pokyčių agentai
cli-diff-n-agents = { $count ->
    [one] { $count } pokyčių agentai
    [few] { $count } pokyčių agentai
   *[other] { $count } pokyčių agentų
}
cli-diff-kind-agent = pokyčių agentas
cli-diff-n-agent = { $count ->
    [one] { $count } pokyčių agentas
    [few] { $count } pokyčių agentai
   *[other] { $count } pokyčių agentų
}
cli-diff-kind-metrics = sėkmės rodikliai
cli-diff-n-metrics = { $count ->
    [one] { $count } sėkmės rodikliai
    [few] { $count } sėkmės rodikliai
   *[other] { $count } sėkmės rodiklių
}
cli-diff-kind-metric = rodiklis
cli-diff-n-metric = { $count ->
    [one] { $count } rodiklis
    [few] { $count } rodikliai
   *[other] { $count } rodiklių
}
cli-diff-kind-skills = įgūdžiai
cli-diff-n-skills = { $count ->
    [one] { $count } įgūdžiai
    [few] { $count } įgūdžiai
   *[other] { $count } įgūdžių
}
cli-diff-kind-assessment = vertinimas
cli-diff-n-assessment = { $count ->
    [one] { $count } vertinimas
    [few] { $count } vertinimai
   *[other] { $count } vertinimų
}
cli-diff-kind-workshops = seminarai
cli-diff-n-workshops = { $count ->
    [one] { $count } seminaras
    [few] { $count } seminarai
   *[other] { $count } seminarų
}
cli-diff-kind-workshop = seminaras
cli-diff-n-workshop = { $count ->
    [one] { $count } seminaras
    [few] { $count } seminarai
   *[other] { $count } seminarų
}
cli-diff-kind-review = peržiūra
cli-diff-n-review = { $count ->
    [one] { $count } peržiūra
    [few] { $count } peržiūros
   *[other] { $count } peržiūrų
}
cli-diff-n-readings = { $count ->
    [one] { $count } matavimas
    [few] { $count } matavimai
   *[other] { $count } matavimų
}
cli-diff-n-decisions = { $count ->
    [one] { $count } sprendimas
    [few] { $count } sprendimai
   *[other] { $count } sprendimų
}
cli-diff-n-actions = { $count ->
    [one] { $count } veiksmas
    [few] { $count } veiksmai
   *[other] { $count } veiksmų
}
cli-diff-n-assessments = { $count ->
    [one] { $count } vertinimas
    [few] { $count } vertinimai
   *[other] { $count } vertinimų
}
cli-diff-n-tools = { $count ->
    [one] { $count } priemonė
    [few] { $count } priemonės
   *[other] { $count } priemonių
}
cli-diff-n-breakdown = { $count ->
    [one] { $count } skaidinys
    [few] { $count } skaidiniai
   *[other] { $count } skaidinių
}
cli-diff-field-title = pavadinimas
cli-diff-field-name = pavadinimas
cli-diff-field-text = tekstas
cli-diff-field-due = terminas
cli-diff-field-status = būsena
cli-diff-field-owner = atsakingas
cli-diff-field-progress = pažanga
cli-diff-field-forecast = prognozė
cli-diff-field-health = būklė
cli-diff-field-value = reikšmė
cli-diff-field-target = tikslas
cli-diff-field-baseline = pradinė reikšmė
cli-diff-field-alert = įspėjimo riba
cli-diff-field-unit = padalinys
cli-diff-field-on = data
cli-diff-field-by = iki
cli-diff-field-done = atlikta
cli-diff-field-note = pastaba
cli-diff-field-summary = santrauka
cli-diff-field-description = aprašymas
cli-diff-field-date = data
cli-diff-field-attendees = dalyviai
cli-diff-field-every = dažnumas
cli-diff-field-held = įvyko
cli-diff-field-language = kalba
cli-diff-field-start = pradžia
cli-diff-field-end = pabaiga
cli-diff-field-role = vaidmuo
cli-diff-field-level = lygis
cli-diff-field-kind = rūšis
cli-diff-field-direction = kryptis
cli-diff-field-period = laikotarpis
cli-diff-field-verdict = sprendimas
cli-diff-field-horizon = laikotarpis
cli-diff-field-phase = etapas
cli-diff-field-vision = vizija
cli-diff-field-goal = tikslas
cli-diff-field-milestone = etapas
cli-diff-field-metric = rodiklis
cli-diff-field-goals = tikslai
cli-diff-field-milestones = etapai
cli-diff-field-principles = aptarnavimo principai
cli-diff-field-review_every = peržiūrų dažnumas
cli-diff-field-trial_until = bandoma iki
cli-diff-field-depends_on = priklauso nuo
cli-diff-field-units = padaliniai
cli-log-empty = planą keičiančių įrašų dar nėra: pirmiausia išsaugokite arba įrašykite (commit) jo failus
cli-log-amends = pataiso peržiūrą { $date }

## charter review new ir charter review close
cli-review-draft-title = Valdymo komiteto peržiūra { $count }
cli-review-drafted = parengtas juodraštis { $file }: perkelta { $milestones }, { $metrics }, { $actions }; pataisykite jį, tada paleiskite `charter review close { $date }`
cli-review-open-milestones = { $count ->
    [one] { $count } atviras etapas
    [few] { $count } atviri etapai
   *[other] { $count } atvirų etapų
}
cli-review-open-actions = { $count ->
    [one] { $count } atviras veiksmas
    [few] { $count } atviri veiksmai
   *[other] { $count } atvirų veiksmų
}
cli-review-not-closed = peržiūra { $date } neuždaryta ir niekas neįrašyta: ištaisykite aukščiau nurodytas klaidas, tada dar kartą paleiskite `charter review close { $date }`
cli-review-tagged = { $commit } pažymėtas žyma { $tag }
cli-review-tag-stays = žyma { $tag } lieka ties { $commit } – įrašu, kuriuo peržiūra buvo uždaryta
cli-review-already-closed = peržiūra { $date } jau uždaryta (įrašas { $commit }, žyma { $tag }) ir nuo to laiko nepasikeitė; nieko daryti nereikia
cli-review-nothing-to-commit = nėra ką įrašyti: paskutinis įrašas { $commit } jau turi šią peržiūrą
cli-committed = įrašyta { $commit }: { $message }
cli-review-not-tagged = peržiūra įrašyta kaip { $commit }, bet jos nepavyko pažymėti žyma ({ $error }); pažymėkite ją komanda `git tag -a { $tag } -m "{ $message }" { $commit }`
cli-review-unreadable = { $file } nepavyko perskaityti kaip peržiūros: paleiskite `charter check`, kad pamatytumėte kodėl

## Išsaugojimai: kas nutiko įrašui (commit) rodoma kalba; pats įrašo
## pranešimas lieka angliškas.
cli-save-not-in-git = neįrašyta: planas nėra git saugykloje (paleiskite `git init` jo aplanke, kad būtų saugoma istorija)
cli-save-committed-detached = įrašyta { $commit } ant atjungto HEAD, kuris nėra jokioje šakoje (`git switch -c NAME` išsaugos jį naujoje šakoje): { $message }
cli-save-nothing = nėra ką įrašyti
cli-save-outside = įraše taip pat yra pakeitimų, padarytų ne per charter prieš šį išsaugojimą (jie išvardyti įrašo pranešime): { $changes }
cli-save-file-has-errors = faile { $file } yra klaidų, todėl { $what }: paleiskite `charter check` ir pirmiausia jas ištaisykite
cli-save-what-reading = charter nepridės į jį matavimo
cli-save-what-readings = charter nepridės į jį matavimų
cli-save-what-change = charter jo nekeis

## Komandoje nurodytas identifikatorius, kurio plane nėra ($kind: metric arba milestone).
cli-did-you-mean = gal turėjote omenyje `{ $id }`?
cli-lookup-broken = { $kind ->
    [metric] rodiklis
   *[other] etapas
} `{ $id }` yra faile { $file }, bet jo nepavyko perskaityti: paleiskite `charter check` ir pirmiausia jį ištaisykite
cli-lookup-none-yet = { $kind ->
    [metric] faile { $file } dar nėra rodiklių
   *[other] faile { $file } dar nėra etapų
}
cli-lookup-some = { $kind ->
    [metric] rodikliai: { $ids }, … (iš viso { $count }, faile { $file })
   *[other] etapai: { $ids }, … (iš viso { $count }, faile { $file })
}
cli-lookup-all = { $kind ->
    [metric] rodikliai: { $ids }
   *[other] etapai: { $ids }
}
cli-lookup-unknown = { $kind ->
    [metric] rodiklio `{ $id }` nėra: { $hint }
   *[other] etapo `{ $id }` nėra: { $hint }
}

## charter record.
cli-record-message = rodiklis { $metric }: matavimas { $value }, { $on }
cli-record-message-unit = rodiklis { $metric }: matavimas { $value }, { $on }, padalinys { $unit }
cli-record-exists = rodiklis { $metric } jau turi matavimą { $on }: { $value }; nurodykite --replace, kad jį pakeistumėte
cli-record-exists-unit = rodiklis { $metric } jau turi padalinio { $unit } matavimą { $on }: { $value }; nurodykite --replace, kad jį pakeistumėte
cli-record-no-unit = faile plan.yaml nėra padalinio `{ $unit }`: padaliniai yra { $units }

## charter import readings.
cli-import-message = matavimų importas: { $readings ->
    [one] { $readings } matavimas
    [few] { $readings } matavimai
   *[other] { $readings } matavimų
}, { $metrics ->
    [one] { $metrics } rodiklis
    [few] { $metrics } rodikliai
   *[other] { $metrics } rodiklių
}, iš { $file }
cli-import-message-replaced = matavimų importas: { $readings ->
    [one] { $readings } matavimas
    [few] { $readings } matavimai
   *[other] { $readings } matavimų
}, { $metrics ->
    [one] { $metrics } rodiklis
    [few] { $metrics } rodikliai
   *[other] { $metrics } rodiklių
}, iš { $file } (pakeista: { $replaced })
cli-import-cannot-read = nepavyko perskaityti { $file }: { $why }
cli-import-no-such-file = tokio failo nėra: patikrinkite kelią
cli-import-a-folder = tai aplankas: nurodykite CSV failą
cli-import-may-read = { $error }: patikrinkite, ar turite teisę jį skaityti
cli-import-add-unit = įrašykite jį į `units` faile plan.yaml arba pataisykite langelį
cli-import-no-unit = faile plan.yaml nėra padalinio `{ $unit }`: { $hint }
cli-import-repeated = { $line } eilutėje jau yra { $what }: palikite vieną iš dviejų eilučių
cli-import-reading = { $metric }, { $on }
cli-import-reading-unit = { $metric }, { $on }, padalinys { $unit }
cli-import-ignored = praleisti stulpeliai: { $columns } (charter skaito metric, date, value ir unit)
cli-import-cell = stulpelis { $column } ({ $name }): { $message }
cli-import-refused = { $count ->
    [one] niekas neimportuota: faile { $file } yra { $count } klaida; ištaisykite ją ir importuokite dar kartą
    [few] niekas neimportuota: faile { $file } yra { $count } klaidos; ištaisykite jas ir importuokite dar kartą
   *[other] niekas neimportuota: faile { $file } yra { $count } klaidų; ištaisykite jas ir importuokite dar kartą
}
cli-import-add = pridėti: { $what }: { $value }
cli-import-replace = pakeisti: { $what }: { $old } → { $value }
cli-import-keep = palikti: { $what }: { $recorded } (faile yra { $value } { $line } eilutėje; nurodykite --replace, kad pakeistumėte)
cli-import-tally = pridėta { $added }, pakeista { $replaced }, palikta { $kept }, jau įrašyta { $unchanged }
cli-import-n-readings = { $count ->
    [one] { $count } matavimas
    [few] { $count } matavimai
   *[other] { $count } matavimų
}
cli-import-n-metrics = { $count ->
    [one] { $count } rodiklis
    [few] { $count } rodikliai
   *[other] { $count } rodiklių
}
cli-import-dry-run = bandomasis paleidimas: iš { $file } būtų importuota: { $readings } ({ $metrics }; { $tally }); niekas neįrašyta
cli-import-nothing = nėra ką importuoti: visi { $file } matavimai jau įrašyti ({ $tally })
cli-import-done = iš { $file } importuota: { $readings } ({ $metrics }; { $tally })

## charter new.
cli-new-give-folder = nurodykite naujo plano aplanką: `charter new DIR` (terminale vien `charter new` jo paklaus)
cli-new-no-template = šablono `{ $name }` nėra: pasirinkite vieną iš šių: { $names } (žr. `charter templates`)
cli-new-message = naujas planas { $id } pagal šabloną { $template }
cli-new-created = planas { $id } sukurtas aplanke { $dir }
cli-new-next = toliau: aplanke { $dir } paleiskite `charter`, kad užpildytumėte planą terminalo sąsajoje, tada `charter check`
cli-new-not-empty = { $dir } jau yra ir nėra tuščias aplankas: pasirinkite naują aplanką planui
cli-new-cannot-fill = nepavyko įrašyti plano duomenų į { $path }: { $error }
cli-cannot-read = nepavyko perskaityti { $path }: { $error }
cli-cannot-write = nepavyko įrašyti { $path }: { $error }; patikrinkite, ar turite teisę ten rašyti

## Plano failų radimas, skaitymas ir rašymas.
cli-store-no-plan-found = nei aplanke { $start }, nei aukštesniuose aplankuose plano nerasta: paleiskite `charter new DIR`, kad pradėtumėte naują, arba nurodykite --plan DIR
cli-store-not-a-plan = aplanke { $dir } nėra plan.yaml: su --plan nurodykite aplanką, kuriame yra plano plan.yaml
cli-store-plan-is-a-file = { $path } yra failas, o ne aplankas: su --plan nurodykite aplanką, kuriame yra plan.yaml
cli-store-marker-is-a-folder = { $path } yra aplankas, o ne failas: plano plan.yaml turi būti failas; pervadinkite aplanką
cli-store-read = nepavyko perskaityti { $path }: { $error }
cli-store-write = nepavyko įrašyti { $path }: { $error }; patikrinkite, ar aplankas yra ir ar turite teisę į jį rašyti (niekas kita neįrašyta)
cli-store-unsafe-link = nepavyko įrašyti { $path }: { $what } (niekas neįrašyta)
cli-store-changed-on-disk = { $file } diske pasikeitė po to, kai charter jį perskaitė, todėl nebuvo perrašytas: paleiskite komandą dar kartą, kad pakeitimas būtų pritaikytas naujam turiniui
cli-store-file-has-errors = faile { $file } yra klaidų, todėl charter jo neperrašys (galėtų prarasti tai, ko negali perskaityti): paleiskite `charter check`, ištaisykite failą ir bandykite dar kartą
cli-store-not-read-back = charter sukurtas naujas { $file } tekstas neperskaitomas taip, kaip numatyta ({ $what }), todėl niekas neįrašyta; { $file } liko toks, koks buvo. Tai charter klaida: praneškite apie ją ir pridėkite { $file }
cli-store-too-big = naujas { $file } būtų { $mb } MB, daugiau nei charter perskaito ({ $limit } MB), todėl niekas neįrašyta: padalykite duomenis arba pašalinkite senus įrašus

## Plano istorija (log, diff, --as-of) ir jo užraktas.
cli-history-no-repository = planas aplanke { $dir } nėra git saugykloje, todėl neturi istorijos: paleiskite `git init` ir `git add` + `git commit` jo failams (arba pradėkite planus su `charter new`), tada bandykite dar kartą
cli-history-no-commits = saugykloje dar nėra įrašų: pirmiausia įrašykite (commit) plano failus
cli-history-unknown-revision = `{ $rev }` nėra versija: nurodykite įrašą, šaką, žymą, pvz., `review/2026-03-31`, arba datą YYYY-MM-DD (plano įrašus rodo `charter log`){ $hint }
cli-history-nothing-before = nėra plano įrašo, datuoto { $date } ar anksčiau: pirmasis datuotas { $first } (žr. `charter log`)
cli-history-plan-absent = plano aplanko { $prefix } versijoje { $rev } nebuvo: versijas, kuriose jis yra, rodo `charter log`
cli-history-no-review-closed = ; dar neuždaryta nė viena peržiūra (`charter review close` ją pažymi)
cli-history-reviews-range = ; uždarytos peržiūros: review/{ $first } … review/{ $last } (iš viso { $count })
cli-history-reviews = ; uždarytos peržiūros: { $reviews }
cli-lock-busy = planas užimtas: jį saugo kita charter komanda (procesas { $owner }, užraktas { $path }); bandykite dar kartą po akimirkos, o jei jokia charter komanda neveikia, ištrinkite { $path }
cli-lock-io = nepavyko užrakinti plano ({ $path }): { $error }; patikrinkite, ar turite teisę rašyti į plano aplanką

## charter diff ir trend: darbinis medis ir klaidos.
cli-diff-working-tree = darbinis medis
cli-diff-cannot-read-commit = nepavyko perskaityti įrašo { $commit }: { $error }
cli-diff-broken = { $count ->
    [one] darbiniame medyje yra { $count } klaida, o neįkeliami elementai aukščiau rodomi kaip pašalinti: paleiskite `charter check`
    [few] darbiniame medyje yra { $count } klaidos, o neįkeliami elementai aukščiau rodomi kaip pašalinti: paleiskite `charter check`
   *[other] darbiniame medyje yra { $count } klaidų, o neįkeliami elementai aukščiau rodomi kaip pašalinti: paleiskite `charter check`
}
cli-trend-errors-may-hide = { $count ->
    [one] (plane yra { $count } klaida, kuri gali jį slėpti: paleiskite `charter check`)
    [few] (plane yra { $count } klaidos, kurios gali jį slėpti: paleiskite `charter check`)
   *[other] (plane yra { $count } klaidų, kurios gali jį slėpti: paleiskite `charter check`)
}

## git klaidos, kurias charter formuluoja pats.
cli-git-index-locked = panašu, kad šioje saugykloje veikia kitas git procesas ({ $lock } yra); palaukite, kol jis baigs, o jei joks neveikia, ištrinkite { $lock } ir bandykite dar kartą
cli-git-head-moved = šaka pasislinko, kol charter įrašinėjo (tuo pat metu veikė kita git komanda); niekas neįrašyta, bandykite dar kartą
cli-git-tag-exists = žyma { $name } jau yra; jei ji neteisinga, ištrinkite ją su `git tag -d { $name }` ir bandykite dar kartą
# $unset: user.name, user.email arba abu, atskirti kableliu; $count: kiek.
cli-git-missing-identity = { $count ->
    [one] git nežino, kas jūs esate ({ $unset } nenustatytas), todėl charter negali pasirašyti savo įrašų; paleiskite
   *[other] git nežino, kas jūs esate (user.name ir user.email nenustatyti), todėl charter negali pasirašyti savo įrašų; paleiskite
}
    { $commands }
    (praleiskite --global, kad nustatytumėte tik šiai saugyklai), tada bandykite dar kartą
cli-review-exists-closed = { $file } jau yra ir buvo uždarytas įrašu { $commit }: norėdami jį pakeisti, pataisykite jį ir paleiskite `charter review close { $date }`, kad pataisymas būtų įrašytas
cli-review-exists = { $file } jau yra: pataisykite jį arba uždarykite su `charter review close { $date }`

## diff: the incident log and routines' meetings.
cli-diff-kind-incidents = incidentai
cli-diff-kind-incident = incidentas
cli-diff-n-incident = { $count ->
    [one] { $count } incidentas
    [few] { $count } incidentai
   *[other] { $count } incidentų
}
cli-diff-n-meetings = { $count ->
    [one] { $count } susitikimas
    [few] { $count } susitikimai
   *[other] { $count } susitikimų
}
cli-diff-field-meetings = susitikimai
cli-diff-field-investigation = tyrimas
cli-diff-field-recovery = klientų atgavimas

## exceptions: open incidents.
cli-source-incident = { $date } incidentas
cli-exc-kind-incident = incidentas
cli-exc-n-incidents = { $count ->
    [one] { $count } atviras incidentas
    [few] { $count } atviri incidentai
   *[other] { $count } atvirų incidentų
}
cli-exc-incident = atviras { $count } d.: { $note }
cli-exc-incident-not-investigated = įvyko { $on }; dar neištirtas
cli-exc-incident-actions = įvyko { $on }; atlikta { $done } iš { $count ->
    [one] { $count } veiksmo
    [few] { $count } veiksmų
   *[other] { $count } veiksmų
}
