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

## charter target suggest: the proposal and why (the JSON keeps the English).
cli-target-bad-guide = tikslo gairė yra { $guide }: ji turi būti didesnė nei 1 (1.2 reiškia 20 % geriau nei šiandien)
cli-target-from-reading = { $on } matavimas
cli-target-from-mean = paskutinių { $count } matavimų vidurkis, { $first }–{ $latest }
cli-target-from-baseline = pradinė reikšmė { $on } (matavimų dar nėra)
cli-target-no-state = rodiklis { $id } neturi nei matavimų, nei pradinės reikšmės, todėl nėra dabartinės būklės, kurią būtų galima gerinti: pirmiausia įrašykite matavimą (`charter record { $id } VALUE`)
cli-target-today = šiandien: { $value } ({ $from })
cli-target-guide-percent = gairės siūlo pagerinti maždaug { $step } %, palyginti su šiandien: { $value }
cli-target-of-scale = skalės { $min }..{ $max } dešimtadalio, t. y. { $reference }
cli-target-of-size = šiandienos dydžio, { $reference }
cli-target-of-one = vieneto, nes rodiklis neturi `scale`
cli-target-guide-points = gairės siūlo pagerinti maždaug { $step } % nuo { $of }, t. y. pokytis { $points }, palyginti su šiandien: { $value }
cli-target-benchmark-not-better = lyginamoji reikšmė { $benchmark } nėra geresnė nei šiandien, todėl tikslo nekelia
cli-target-benchmark-too-far = lyginamoji reikšmė { $benchmark } toliau nei gairės: daugiau per vieną planą demotyvuotų, todėl tikslas sustoja ties gairėmis, o lyginamoji reikšmė paliekama kitam planui
cli-target-benchmark-no-effort = lyginamoji reikšmė { $benchmark } vos geresnė nei šiandien: kaip tikslas ji nereikalautų pastangų, todėl tikslas lieka pagal gaires, o lyginamoji reikšmė – žingsnis pakeliui
cli-target-benchmark-realistic = panašių organizacijų lyginamoji reikšmė { $benchmark } neviršija gairių: ją pasiekti realu
cli-target-percent-bounds = procentai lieka tarp 0 ir 100
cli-target-too-large = rodiklis `{ $id }`: jo reikšmės per didelės, kad iš jų būtų galima pasiūlyti tikslą (rezultatas viršija didžiausią skaičių, kurį gali talpinti plano failas); patikrinkite, ar matavimuose ir pradinėje reikšmėje nėra klaidingai įvestos reikšmės
cli-target-now = dabartinis tikslas { $value } iki { $by }
cli-target-now-past = dabartinis tikslas { $value } iki { $by }, o ši data jau praėjo: naujasis skirtas plano pabaigai, { $end }
cli-target-none-yet = rodiklis dar neturi tikslo: šis skirtas plano pabaigai, { $end }
cli-target-higher = kuo daugiau, tuo geriau
cli-target-lower = kuo mažiau, tuo geriau
cli-target-proposed = siūlomas tikslas  { $value } iki { $by }
cli-target-now-is = dabar { $value }
cli-target-why = kodėl:
cli-target-already = tikslas jau yra { $value }: nėra ką keisti

## The git layer's errors; git's own message is quoted as git says it.
cli-git-not-owner = git atsisako naudoti saugyklą { $path }, nes ji priklauso kitam naudotojui; jei ja pasitikite, paleiskite `git config --global --add safe.directory { $path }` ir bandykite dar kartą
cli-git-bare = { $path } yra plika git saugykla (joje nėra darbinių failų), todėl plano joje laikyti negalima; nukopijuokite ją su `git clone { $path } DIR` ir dirbkite kopijoje
cli-git-operation-in-progress = aplanke { $workdir } vyksta { $operation }, todėl charter dabar negali įrašyti; { $hint }, tada bandykite dar kartą
cli-git-op-merge = suliejimas
cli-git-op-merge-hint = užbaikite jį su `git commit`, kai konfliktai išspręsti, arba atšaukite su `git merge --abort`
cli-git-op-revert = įrašo atšaukimas (revert)
cli-git-op-revert-hint = užbaikite jį su `git revert --continue` arba atšaukite su `git revert --abort`
cli-git-op-cherry-pick = įrašo perkėlimas (cherry-pick)
cli-git-op-cherry-pick-hint = užbaikite jį su `git cherry-pick --continue` arba atšaukite su `git cherry-pick --abort`
cli-git-op-bisect = dvejetainė paieška (bisect)
cli-git-op-bisect-hint = baikite ją su `git bisect reset`
cli-git-op-rebase = perbazavimas (rebase)
cli-git-op-rebase-hint = užbaikite jį su `git rebase --continue` arba atšaukite su `git rebase --abort`
cli-git-op-am = pataisų taikymas (`git am`)
cli-git-op-am-hint = užbaikite jį su `git am --continue` arba atšaukite su `git am --abort`
cli-git-refs-locked = šioje saugykloje yra git užrakto failų ({ $locks }), kuriuos paliko sustabdytas arba dar veikiantis git procesas; palaukite, kol jis baigs, o jei joks neveikia, { $count ->
    [one] ištrinkite jį
   *[other] ištrinkite juos
} ir bandykite dar kartą
cli-git-invalid-identity = git negali naudoti jūsų vardo ir el. pašto kaip įrašo autoriaus ({ $error }); nustatykite juos iš naujo su `git config --global user.name "Your Name"` ir `git config --global user.email "you@example.com"`
cli-git-invalid-date-var = aplinkos kintamasis { $var } nustatytas į { $value }, o tai nėra data, kurią charter supranta; naudokite formą, pvz., "2026-03-31T09:30:00+03:00" arba "1774938600 +0300", arba pašalinkite { $var }
cli-git-empty-message = įrašo žinutė tuščia; parašykite vieną eilutę, kas pasikeitė
cli-git-outside-work-tree = { $path } yra už git darbinio medžio { $workdir } ribų; charter gali įrašyti tik jame esančius failus, todėl perkelkite planą į saugyklą (arba paleiskite `git init` ten, kur yra planas)
cli-git-in-git-dir = { $path } yra saugyklos .git aplanke, kurį git tvarko pats; nurodykite plano failą
cli-git-symlink = { $path } yra simbolinė nuoroda; charter įrašo tik įprastus failus, todėl pakeiskite nuorodą failo, į kurį ji rodo, kopija
cli-git-is-folder = { $path } yra aplankas, ne failas; nurodykite jame esančius failus, kuriuos reikia įrašyti
cli-git-not-utf8 = { $path } pavadinimas nėra tinkamas UTF-8; pervadinkite jį UTF-8 simboliais
cli-git-io = nepavyko { $action } { $path }: { $error }; patikrinkite, ar jis yra ir ar galite jį skaityti ir rašyti
cli-git-invalid-tag-name = { $name } nėra tinkamas git žymos pavadinimas; naudokite raides, skaitmenis, „-“, „.“ ir „/“ be tarpų
cli-git-tag-target-missing = šioje saugykloje nėra objekto { $target }, kurį būtų galima pažymėti; pažymėkite esamą įrašą
cli-git-index-not-updated = įrašas { $commit } padarytas, bet git parengimo srities (indekso) atnaujinti nepavyko ({ $error }); paleiskite `git reset -q -- { $paths }`, kad `git status` atitiktų įrašą
cli-git-skip-worktree = { $rel } git indekse pažymėtas skip-worktree (sparse checkout), todėl charter nemato jo turinio ir išsaugant jis galėtų būti įrašytas tuščias; paleiskite `git sparse-checkout disable` arba `git update-index --no-skip-worktree { $rel }`{ $from }, tada bandykite dar kartą
cli-git-assume-unchanged = { $rel } git indekse pažymėtas assume-unchanged, todėl git nežiūri jo pakeitimų, o charter negali jo saugiai įrašyti; paleiskite `git update-index --no-assume-unchanged { $rel }`{ $from }, tada bandykite dar kartą
cli-git-run-them-in = (paleiskite jas aplanke { $dir })
cli-git-missing-from-work-tree = { $rel } yra paskutiniame įraše, bet jo nėra aplanke, todėl charter jį skaito kaip tuščią ir išsaugant jis galėtų būti taip įrašytas; atkurkite jį su `git checkout -- { $rel }` arba įrašykite jo pašalinimą su `git rm { $rel }` ir `git commit`{ $from }, tada bandykite dar kartą
cli-git-unsupported-attribute = { $rel } git atributuose (.gitattributes) turi `{ $attribute }`: charter įrašo per libgit2, kuri nepaleidžia git filtrų, todėl įrašytų failą tokį, koks jis yra aplanke (atvirą tekstą su git-crypt, visą failą su LFS); šio failo pakeitimus įrašykite pačiu git (`git add` ir `git commit`) arba pašalinkite atributą plano failams, tada bandykite dar kartą
cli-git-hook-active = šioje saugykloje yra { $hook } kabliukas ({ $path }), kurį paleidžia `git commit`, bet negali paleisti charter, todėl charter čia neįrašo; pakeiskite plano failus ir įrašykite pakeitimą patys su `git commit`, arba, jei kabliukas skirtas ne planui, pašalinkite jį arba padarykite nevykdomą (`chmod -x`), tada bandykite dar kartą
cli-git-signing-required = git konfigūracijoje { $key } yra true, o charter negali pasirašyti { $what }, todėl čia neįrašo; { $by_hand } patys arba išjunkite pasirašymą šioje saugykloje su `git config { $key } false`, tada bandykite dar kartą
cli-git-sign-commits = įrašų
cli-git-sign-commits-by-hand = pakeiskite plano failus ir įrašykite pakeitimą su `git commit`
cli-git-sign-tags = peržiūrų žymų
cli-git-sign-tags-by-hand = įrašykite peržiūrą su `git commit` ir pažymėkite ją su `git tag -s review/DATE`
cli-git-failed = git nepavyko { $action }: { $error }; paleiskite `git status` saugykloje, kad pamatytumėte, kas negerai, ištaisykite ir bandykite dar kartą
cli-git-missing-after-staging = įtraukus į parengimo sritį, failo indekse nėra
## What charter was doing when git failed: "git could not …", "could not … PATH".
cli-git-do-read-index = nuskaityti indekso
cli-git-do-walk-history = pereiti istorijos
cli-git-do-read-head-tree = nuskaityti HEAD medžio
cli-git-do-read-config = nuskaityti git konfigūracijos
cli-git-do-read-head = nuskaityti HEAD
cli-git-do-read-commit = nuskaityti įrašo
cli-git-do-open-config = atverti saugyklos konfigūracijos
cli-git-do-write-empty-tree = įrašyti tuščio medžio
cli-git-do-read-tag-message = nuskaityti žymos žinutės
cli-git-do-read-plan-status = nuskaityti plano failų būsenos
cli-git-do-read-plan-folder = nuskaityti plano aplanko įraše
cli-git-do-read-new-tree = nuskaityti naujojo medžio
cli-git-do-read-conflicts = nuskaityti konfliktų indekse
cli-git-do-read-commit-message = nuskaityti įrašo žinutės
cli-git-do-read-head-commit = nuskaityti įrašo, į kurį rodo HEAD
cli-git-do-read-empty-tree = nuskaityti tuščio medžio
cli-git-do-read-plan-file = nuskaityti plano failo iš git
cli-git-do-read-commit-files = nuskaityti įrašo failų
cli-git-do-list-review-tags = išvardyti peržiūrų žymų
cli-git-do-list-remotes = išvardyti nutolusių saugyklų
cli-git-do-build-tree = sudaryti naujojo medžio
cli-git-do-set = nustatyti { $key }
cli-git-do-resolve = nustatyti kelio
cli-git-do-create-folder = sukurti aplanko
cli-git-do-unstage = išimti { $file } iš parengimo srities
cli-git-do-stage = įtraukti { $file } į parengimo sritį
cli-git-do-look-in-head = rasti { $file } HEAD įraše
cli-git-do-read-in-head = nuskaityti { $file } HEAD įraše
cli-git-do-read = nuskaityti { $name }
cli-git-do-read-tag = nuskaityti žymos { $name }
cli-git-do-read-status = nuskaityti { $file } būsenos
cli-git-do-read-branch = nuskaityti šakos { $name }
cli-git-do-read-attributes = nuskaityti { $file } atributų
cli-git-do-create-tag = sukurti žymos { $name }
cli-git-do-open-repository = atverti saugyklos, kurioje yra { $dir }
cli-git-do-create-repository = sukurti saugyklos aplanke { $dir }
cli-git-do-read-tag-commit = nuskaityti įrašo, į kurį rodo žyma { $name }
cli-git-do-restore-entry = atkurti { $file } įrašo indekse
cli-git-do-repair-index = atnaujinti indekso pagal paskutinį įrašą failams { $files }
cli-git-do-commit = sukurti įrašo
cli-git-do-create = sukurti
cli-git-do-read-file = nuskaityti

## charter sync; git's own messages are shown as git prints them.
cli-sync-no-repository = planas aplanke { $dir } nėra git saugykloje, todėl nėra ko sinchronizuoti: paleiskite `git init`, įrašykite planą ir pridėkite nutolusią saugyklą (`git remote add origin URL`)
cli-sync-merging = aplanke { $dir } vyksta suliejimas (nuo ankstesnio sinchronizavimo arba `git merge`): užbaikite jį (pataisykite konfliktuojančius failus, `git add` juos ir `git commit`) ir vėl paleiskite `charter sync`, arba atšaukite su `git merge --abort`
cli-sync-uncommitted = plane yra neįrašytų pakeitimų, todėl sinchronizavimas nepradėtas: { $files }; įrašykite juos (`git add` ir `git commit`, arba `charter review close` peržiūrai) arba atidėkite su `git stash -u`, tada vėl paleiskite `charter sync`
cli-sync-fetch-failed = `git fetch { $remote }` nepavyko (git pranešimas yra aukščiau): patikrinkite tinklą ir prieigą prie nutolusios saugyklos, tada vėl paleiskite `charter sync`
cli-sync-nothing-new = { $upstream } nieko naujo
cli-sync-fetched = { $count ->
    [one] gautas { $count } įrašas iš { $upstream }
    [few] gauti { $count } įrašai iš { $upstream }
   *[other] gauta { $count } įrašų iš { $upstream }
}
cli-sync-fast-forwarded = paslinkta į priekį ({ $changes })
cli-sync-merged = sulieta ({ $changes })
cli-sync-push-failed = `git push { $remote } { $refspec }` nepavyko (git pranešimas yra aukščiau); niekas neprarasta: jūsų įrašai yra šakoje { $branch }. Jei kas nors tuo metu išsiuntė pakeitimus, vėl paleiskite `charter sync`
cli-sync-pushed = { $count ->
    [one] išsiųstas { $count } įrašas į { $upstream }
    [few] išsiųsti { $count } įrašai į { $upstream }
   *[other] išsiųsta { $count } įrašų į { $upstream }
}
cli-sync-nothing-to-push = nėra ko išsiųsti
cli-sync-no-driver = pastaba: aplanke { $dir } nėra `.gitattributes`, nurodančio charter suliejimo tvarkyklę, todėl git jo failus sulieja eilutė po eilutės; kaip ją nustatyti, žr. README
cli-sync-detached = HEAD atjungtas (ne šakoje), todėl nėra sekamos šakos, su kuria sinchronizuoti: pereikite į šaką su `git switch BRANCH`, tada vėl paleiskite `charter sync`
cli-sync-add-remote = pridėkite bendrą saugyklą kaip nutolusią su `git remote add origin URL`, tada vieną kartą paleiskite `git push -u origin { $branch }`
cli-sync-push-upstream = vieną kartą paleiskite `git push -u { $remote } { $branch }`
cli-sync-no-upstream = šaka { $branch } neturi sekamos šakos (upstream), todėl charter nežino, su kuo sinchronizuoti: { $how }; po to `charter sync` ten parsiunčia, sulieja ir išsiunčia
cli-sync-option-like-upstream = šakos { $branch } sekama šaka yra nutolusios saugyklos { $remote } šaka { $upstream }, kurios pavadinimas prasideda „-“, o git tai palaikytų parinktimi, todėl charter su ja nesinchronizuoja: sekite įprastai pavadintą šaką su `git branch --set-upstream-to REMOTE/BRANCH`, tada vėl paleiskite `charter sync`
cli-sync-option-like-remote = nutolusios saugyklos { $remote } pavadinimas prasideda „-“, o git tai palaikytų parinktimi (tokia kaip `--upload-pack=…` paleidžia komandą), todėl charter su ja git nepaleidžia: suteikite jai įprastą pavadinimą su `git remote rename -- '{ $quoted }' origin` (ar kitu pavadinimu), tada vėl paleiskite `charter sync`
cli-sync-option-like-branch = šakos { $branch } pavadinimas prasideda „-“, o git tai palaikytų parinktimi, todėl charter jos nesinchronizuoja: suteikite jai įprastą pavadinimą su `git branch -m -- '{ $quoted }' NEWNAME`, tada vėl paleiskite `charter sync`
cli-sync-no-program = nerasta charter programa suliejimui: { $error }
cli-sync-conflicts = suliejimas su { $upstream } sustojo dėl konfliktų, niekas neišsiųsta:
cli-sync-not-merged = nepavyko sulieti (mūsų versija yra faile, su git konfliktų žymėmis, jei tai ne plano failas; `git show :3:{ $path }` rodo jų versiją)
cli-sync-to-finish = Kad užbaigtumėte: pataisykite kiekvieną aukščiau nurodytą failą norimomis reikšmėmis (kiekvieną elementą žymi komentaras `{ $mark }`; baigę jį ištrinkite), tada paleiskite `git add FILE…` ir `git commit`, o paskui vėl `charter sync`, kad išsiųstumėte.
cli-sync-to-undo = Kad vietoj to atšauktumėte suliejimą: `git merge --abort` (jūsų ir jų įrašai lieka tokie, kokie buvo).
cli-sync-cannot-run-git = nepavyko paleisti git ({ $error }): charter sync parsiuntimui ir išsiuntimui naudoja programą `git`; įdiekite git ir įsitikinkite, kad ji yra PATH
cli-sync-no-message = jokio pranešimo
cli-sync-git-failed = `git { $command }` nepavyko: { $said }; niekas neišsiųsta. Paleiskite `git status`, kad pamatytumėte saugyklos būseną, ištaisykite tai, ką sako git, tada vėl paleiskite `charter sync`

## Reading a CSV file of readings: a cell, a line or the header that cannot be read.
cli-csv-bad-date-format = `{ $format }` nėra datos formatas, kuriuo charter gali skaityti datas: naudokite chrono strftime kodus visai datai, pavyzdžiui, --date-format %m/%d/%Y arba --date-format %d.%m.%Y
cli-csv-unreadable = { $error }: patikrinkite, ar failas yra CSV eksportas
cli-csv-quotes = { $error }: patikrinkite kabutes šioje eilutėje
cli-csv-column-no-name = { $number } stulpelis (be pavadinimo)
cli-csv-or = {" "}arba{" "}
cli-csv-found-nothing = nieko
cli-csv-row-short = eilutėje yra { $cells ->
    [one] { $cells } langelis
    [few] { $cells } langeliai
   *[other] { $cells } langelių
}, o { $ordinal } langelio nėra: patikrinkite eilutės skyriklius
cli-csv-not-utf8 = langelis nėra UTF-8 tekstas: eksportuokite failą kaip UTF-8 („CSV UTF-8“ skaičiuoklėse)
cli-csv-metric-empty = rodiklis tuščias: įrašykite rodiklio id
cli-csv-how-comma = rašykite, pvz., 66 arba 66.5
cli-csv-how-any = rašykite, pvz., 66, 66.5 arba 66,5
cli-csv-value-empty = reikšmė tuščia: { $how }
cli-csv-grouped = `{ $text }` nėra skaičius, kurį charter gali perskaityti: rašykite be tūkstančių skyriklių ({ $how })
cli-csv-not-number = `{ $text }` nėra skaičius: { $how }
cli-csv-date-not-in-format = `{ $text }` nėra data formatu { $format } ({ $error })
cli-csv-date-empty = data tuščia: rašykite ją kaip YYYY-MM-DD arba DD/MM/YYYY
cli-csv-not-date = `{ $text }` nėra data: rašykite ją kaip YYYY-MM-DD arba DD/MM/YYYY arba nurodykite --date-format su failo formatu (pavyzdžiui, --date-format %d.%m.%Y)
cli-csv-no-month = `{ $text }` nėra data: skaitant kaip DD/MM/YYYY, { $month } mėnesio nėra; jei faile rašoma MM/DD/YYYY, nurodykite --date-format %m/%d/%Y
cli-csv-month-days = `{ $text }` nėra data: { $month } turi { $days ->
    [one] { $days } dieną
    [few] { $days } dienas
   *[other] { $days } dienų
}
cli-csv-not-dmy = `{ $text }` nėra data: rašykite ją kaip DD/MM/YYYY arba YYYY-MM-DD arba nurodykite --date-format su failo formatu (pavyzdžiui, --date-format %m/%d/%Y)
cli-csv-empty = failas tuščias: jis turi prasidėti antraštės eilute, nurodančia stulpelius `metric`, `date`, `value` (ir, jei reikia, `unit`)
cli-csv-missing-columns = 1 eilutė: antraštėje nėra stulpelio { $missing }: pirmoje eilutėje turi būti nurodyti stulpeliai `metric`, `date` ir `value` (`unit` nebūtinas), atskirti kableliais, kabliataškiais arba tabuliacijomis; ši nurodo { $found }
cli-csv-duplicate-column = 1 eilutė: antraštėje `{ $name }` nurodytas du kartus ({ $first } ir { $second } stulpeliai): pervadinkite arba pašalinkite vieną
cli-csv-line = { $line } eilutė: { $message }
cli-csv-line-too-long = { $line } eilutė ilgesnė nei 1 MB: tai ne matavimų CSV eksportas (patikrinkite failą arba ar tai nėra nuoroda į įrenginį)
cli-csv-too-many-rows = faile yra daugiau nei { $max } matavimų – daugiau, nei gali talpinti metrics.yaml (jis gali būti ne didesnis nei 64 MB): importuokite dalimis arba laikykite mažiau matavimų kiekvienam rodikliui

## --help and clap's parse errors (English shows clap's own; these word the others).
cli-help-usage = Naudojimas:
cli-help-commands = Komandos:
cli-help-arguments = Argumentai:
cli-help-options = Parinktys:
cli-help-options-mark = PARINKTYS
cli-help-command-mark = KOMANDA
cli-help-default = numatytoji: { $value }
cli-help-possible = galimos reikšmės: { $values }
cli-clap-error = klaida:
cli-clap-unknown-argument = netikėtas argumentas '{ $arg }'
cli-clap-unknown-subcommand = nežinoma komanda '{ $name }'
cli-clap-value-required = '{ $arg }' reikia reikšmės, bet ji nenurodyta
cli-clap-invalid-value = netinkama reikšmė '{ $value }' argumentui '{ $arg }'
cli-clap-invalid-value-why = netinkama reikšmė '{ $value }' argumentui '{ $arg }': { $why }
cli-clap-missing = nenurodyti privalomi argumentai: { $args }
cli-clap-missing-subcommand = '{ $name }' reikia komandos, bet ji nenurodyta
cli-clap-conflict = argumento '{ $arg }' negalima naudoti kartu su '{ $other }'
cli-clap-values = netinkamas reikšmių skaičius argumentui '{ $arg }'
cli-clap-no-equals = priskiriant reikšmę argumentui '{ $arg }', reikia lygybės ženklo
cli-clap-other = komandinė eilutė netinkama
cli-clap-similar = patarimas: yra panašus: '{ $name }'
cli-clap-more = Daugiau informacijos: '--help'.

## charter new without a folder: the questions; charter templates.
cli-ask-intro = Naujas planas: atsakykite į kiekvieną klausimą arba paspauskite Enter, kad priimtumėte numatytąją reikšmę [skliaustuose].
cli-ask-folder = Plano aplankas
cli-ask-templates = Šablonai:
cli-ask-template = Šablonas (numeris arba pavadinimas)
cli-ask-no-template = šablono `{ $name }` nėra: nurodykite jo numerį arba pavadinimą
cli-ask-title = Pavadinimas (plano vardas)
cli-ask-organization = Organizacija
cli-ask-consultant = Konsultantas
cli-ask-start = Pirmoji diena, YYYY-MM-DD
cli-ask-optional = { $prompt } (Enter – praleisti)
cli-ask-no-answer = po { $count } bandymų nėra tinkamo atsakymo į „{ $prompt }“: niekas nesukurta
cli-ask-end-of-input = į klausimus neatsakyta (įvestis baigėsi): niekas nesukurta
cli-ask-cannot-read = nepavyko perskaityti atsakymo: { $error }
cli-template-contact-center = visas kontaktų centro planas: chartija, tikslai, 16 etapų, komitetas ir vadybos rutinos, pokyčių agentai, 13 rodiklių, specialistai, apklausos, incidentas ir pripažinimas
cli-template-he-contact-center = tas pats kontaktų centro planas, parašytas hebrajiškai
cli-template-lt-contact-center = tas pats kontaktų centro planas, parašytas lietuviškai
cli-template-charter-only = aptarnavimo chartija ir ją tvirtinantis komitetas – pradžiai
cli-template-blank = tik plan.yaml: pradėti nuo nulio
cli-unknown-language = nežinoma kalba { $text }: naudokite en (anglų), he (hebrajų) arba lt (lietuvių)
cli-history-repository-root = (saugyklos šaknis)

## The help of each command (charter --help, charter COMMAND --help): the
## commands' abouts, their arguments' help, and the options every command has.
cli-help-about = Klientų aptarnavimo gerinimo planai git saugykloje: chartija, tikslai, etapai, rodikliai ir peržiūros
cli-help-after = Planas ieškomas nuo dabartinio aplanko aukštyn, nebent nurodytas --plan.
    Išėjimo kodai: 0 gerai, 1 plane yra klaidų arba patikra nepavyko, 2 neteisingas naudojimas arba veiksmo gedimas.
cli-help-arg-plan = Plano aplankas (tas, kuriame yra plan.yaml)
cli-help-arg-today = Data, laikoma šiandiena, visiems apskaičiuojamiems faktams
cli-help-arg-no-cache = Analizuoti kiekvieną plano failą, neskaitant ir nepildant analizės podėlio
cli-help-arg-bidi = Kas terminalo sąsajoje išdėsto iš dešinės į kairę rašomą tekstą: charter (pertvarko jį terminalams be dvikryptės rašybos palaikymo) ar pats terminalas; numatytasis – terminalas, kai žinoma, kad jis tai palaiko (VTE 0.58+, Konsole, mlterm)
cli-help-arg-lang = Etikečių ir sakinių kalba: en, he arba lt (numatytoji: plano `language:`, kitaip en)
cli-help-arg-help = Rodyti pagalbą
cli-help-arg-version = Rodyti versiją
cli-help-help-about = Rodyti šį pranešimą arba nurodytų pokomandžių pagalbą
cli-help-tui-about = Terminalo sąsaja (numatytoji, kai komanda nenurodyta)
cli-help-demo-about = Sukurti demonstracinį planą su metų matavimais ir peržiūromis ir jį atverti
cli-help-demo-arg-dir = Sukurti demonstracinį planą šiame aplanke ir jį palikti (aplanko neturi būti arba jis turi būti tuščias)
cli-help-new-about = Pradėti naują planą pagal šabloną (prireikus git init, pirmasis įrašas)
cli-help-new-arg-dir = Aplankas, kuriame kuriamas planas (sukuriamas, jei jo nėra; turi būti tuščias). Jei terminale jis nenurodytas, `charter new` jo ir plano duomenų paklausia, tada atveria naują planą terminalo sąsajoje
cli-help-new-arg-template = Šablonas, nuo kurio pradedama (žr. `charter templates`) [numatytasis: contact-center]
cli-help-new-arg-title = Plano pavadinimas (plan.yaml `title`)
cli-help-new-arg-organization = Organizacija, kuriai skirtas planas (plan.yaml `organization`)
cli-help-new-arg-consultant = Planą lydintis konsultantas (plan.yaml `consultant`)
cli-help-new-arg-start = Pirmoji plano diena, YYYY-MM-DD; šablono datos pasislenka kartu (numatytoji: šios savaitės pirmadienis)
cli-help-templates-about = Šablonai, nuo kurių gali pradėti `charter new`
cli-help-check-about = Pranešti klaidas (išėjimo kodas 1) ir įspėjimus (1 tik su --strict)
cli-help-check-arg-strict = Baigti nesėkme (išėjimo kodas 1) ir dėl įspėjimų
cli-help-status-about = Vieno ekrano suvestinė vadovams
cli-help-status-arg-as-of = Būsena, kokia buvo tam tikroje versijoje (įrašas, žyma, pvz., review/2026-03-31, arba data YYYY-MM-DD: paskutinis įrašas tą dieną ar anksčiau), nuskaityta iš git neliečiant failų
cli-help-record-about = Pridėti rodiklio matavimą ir jį įrašyti
cli-help-record-arg-metric = Rodiklio id
cli-help-record-arg-value = Išmatuota reikšmė (tinka ir dešimtainis kablelis)
cli-help-record-arg-on = Matavimo data (numatytoji: šiandien)
cli-help-record-arg-unit = Vieno organizacijos padalinio matavimas
cli-help-record-arg-replace = Pakeisti tai datai (ir padaliniui) jau įrašytą matavimą
cli-help-review-about = Etapų peržiūros: juodraštis pagal planą, uždarymas (įrašas ir žyma)
cli-help-review-new-about = Parengti reviews/DATE.yaml juodraštį, užpildytą pagal dabartinę plano būklę (neįrašomas)
cli-help-review-new-arg-date = Peržiūros data (numatytoji: šiandien)
cli-help-review-close-about = Patikrinti planą, įrašyti peržiūrą ir pažymėti ją review/DATE
cli-help-review-close-arg-date = Peržiūros data (numatytoji: vienintelė dar neuždaryta peržiūra)
cli-help-fmt-about = Perrašyti plano failus kanonine forma (arba tik pranešti, kas pasikeistų)
cli-help-fmt-arg-check = Tik išvardyti failus, kurie nėra kanoninės formos (išėjimo kodas 1, jei tokių yra)
cli-help-log-about = Plano istorija: jį palietę įrašai, pažymėtos peržiūros
cli-help-log-arg-max-count = Rodyti daugiausia N įrašų
cli-help-log-arg-changes = Išvardyti kiekvieno įrašo kiekvieną pakeitimą (tekstu), ne tik santrauką
cli-help-diff-about = Kas pasikeitė tarp dviejų versijų, plano sąvokomis
cli-help-diff-arg-from = Senesnė versija: įrašas, šaka, žyma, pvz., review/2026-03-31, arba data YYYY-MM-DD (paskutinis įrašas tą dieną ar anksčiau); numatytoji HEAD
cli-help-diff-arg-to = Naujesnė versija; numatytoji – darbinis medis
cli-help-trend-about = Etapų prognozės per peržiūras arba vieno rodiklio kelias link tikslo
cli-help-trend-milestones-about = Kiekvieno etapo prognozė kiekvienoje peržiūroje ir kiek jis nuslinko
cli-help-trend-milestones-arg-ids = Tik šis etapas (kartokite, jei reikia daugiau); diagrama rodo visus
cli-help-trend-milestones-arg-width = Tekstinės išvesties plotis stulpeliais
cli-help-trend-metric-about = Vieno rodiklio matavimai, palyginti su jo keliu ir įspėjimu
cli-help-trend-metric-arg-id = Rodiklio id
cli-help-trend-metric-arg-width = Tekstinės išvesties plotis stulpeliais
cli-help-trend-skills-about = Specialistų įgūdžių vidutiniai balai kiekviename padalinyje laikui bėgant, silpniausi įgūdžiai arba vieno specialisto pokytis
cli-help-trend-skills-arg-unit = Tik šis padalinys (id iš plan.yaml `units` arba naudojamas skills.yaml)
cli-help-trend-skills-arg-rep = Vieno specialisto vertinimai laikui bėgant vietoj padalinių vidurkių
cli-help-trend-skills-arg-by = Laikotarpis, kuriam skaičiuojami vidurkiai
cli-help-target-about = Realus rodiklio tikslas pagal jo matavimus, gaires ir lyginamąją reikšmę
cli-help-target-suggest-about = Pasiūlyti realų rodiklio tikslą ir paaiškinti kodėl
cli-help-target-suggest-arg-metric = Rodiklio id
cli-help-target-suggest-arg-benchmark = Reikšmė, kurią pasiekia panašios organizacijos (tinka ir dešimtainis kablelis)
cli-help-target-suggest-arg-last = Kiek naujausių matavimų sudaro dabartinę būklę
cli-help-target-suggest-arg-apply = Nustatyti pasiūlytą tikslą metrics.yaml ir jį įrašyti
cli-help-exceptions-about = Rodikliai, viršiję ribas ar atsiliekantys, vėluojantys etapai ir veiksmai, su jų korekciniais veiksmais
cli-help-sync-about = Parsiųsti, sulieti (plano failus pagal elementus) ir išsiųsti su šakos sekama šaka
cli-help-merge-driver-about = Plano failų git suliejimo tvarkyklė: `charter merge-driver -- %O %A %B %P`
cli-help-merge-driver-arg-base = Bendro protėvio versija (git %O)
cli-help-merge-driver-arg-ours = Mūsų versija, perrašoma sulietu rezultatu (git %A)
cli-help-merge-driver-arg-theirs = Jų versija (git %B)
cli-help-merge-driver-arg-path = Failo kelias saugykloje (git %P), pagal kurį žinoma jo rūšis
cli-help-report-about = Valdymo komiteto ataskaita arba visas planas tvirtinti, kaip vienas HTML failas arba Markdown
cli-help-report-arg-kind = Kuri ataskaita: `status` – valdymo komiteto ataskaita (numatytoji; ją žymi ir `committee`), arba `plan` – visas planas kaip dokumentas, kurį tvirtina klientas (chartija, tikslai, etapai su veiksmais, komitetas, pokyčių agentai, rodikliai su tikslais, parašai)
cli-help-report-arg-as-of = Ataskaita, kokia buvo tam tikroje versijoje (įrašas, žyma, pvz., review/2026-03-31, arba data YYYY-MM-DD: paskutinis įrašas tą dieną ar anksčiau), nuskaityta iš git neliečiant failų
cli-help-report-arg-output = Įrašyti ataskaitą į FILE (atomiškai) vietoj standartinės išvesties
cli-help-import-about = Importuoti duomenis iš kitų sistemų: matavimus iš CSV eksporto
cli-help-import-readings-about = Rodiklių matavimai iš CSV eksporto: stulpeliai `metric`, `date`, `value` ir, jei reikia, `unit`, randami pagal antraštę
cli-help-import-readings-arg-file = CSV failas (atskirtas kableliais, kabliataškiais arba tabuliacijomis; UTF-8)
cli-help-import-readings-arg-dry-run = Parodyti, kas būtų pridėta, pakeista ir palikta; nieko nerašyti
cli-help-import-readings-arg-replace = Pakeisti matavimus, jau įrašytus tam pačiam rodikliui, datai ir padaliniui
cli-help-import-readings-arg-date-format = Kaip faile rašomos datos, chrono strftime kodais (numatytoji: YYYY-MM-DD arba DD/MM/YYYY)
cli-help-completions-about = Rodyti apvalkalo užbaigimo scenarijų (bash, zsh, fish, elvish, powershell)
cli-help-completions-after = Įdiegimas, pavyzdžiui:
    {"  "}bash: charter completions bash > ~/.local/share/bash-completion/completions/charter
    {"  "}zsh:  charter completions zsh > "${"{"}fpath[1]{"}"}/_charter"
    {"  "}fish: charter completions fish > ~/.config/fish/completions/charter.fish
cli-help-completions-arg-shell = Apvalkalas, kuriam skirtas užbaigimas
cli-help-man-about = Rodyti man puslapį (roff): `charter man | man -l -`
cli-help-schema-about = Plano failų JSON schemos redaktoriams
cli-help-schema-arg-out = Įrašyti po vieną NAME.schema.json kiekvienam failui į DIR (sukuriamas, jei jo nėra), užuot išvedus visas kaip vieną JSON objektą

## The git merge driver (git runs it during a merge or `charter sync`).
cli-merge-cannot-read = nepavyko perskaityti { $file }: { $error }; suliejimo tvarkyklę turi paleisti git komanda `charter merge-driver -- %O %A %B %P`
cli-merge-not-plan-file = { $path } nėra plano failas, todėl jo negalima sulieti elementas po elemento; jame palikta mūsų versija. Suliekite jį rankiniu būdu (`git show :3:{ $path }` parodo jų versiją), tada paleiskite `git add { $path }` ir `git commit`
cli-merge-cannot-write = nepavyko įrašyti sulieto { $path } į { $file }: { $error }
cli-merge-conflict = suliejimo konfliktas faile { $path }: { $count ->
    [one] { $count } pakeitimas skirtingai padarytas
    [few] { $count } pakeitimai skirtingai padaryti
   *[other] { $count } pakeitimų skirtingai padaryta
} abiejose pusėse
cli-merge-conflict-help = Faile paliktos mūsų reikšmės, virš kiekvieno elemento – komentaras `{ $mark }`. Pataisykite { $path } į norimas reikšmes ir ištrinkite tuos komentarus, tada paleiskite `git add { $path }` ir `git commit` (arba `git merge --abort`, kad atšauktumėte suliejimą).
cli-merge-unmergeable = negalima sulieti { $path } elementas po elemento: { $reason }.
cli-merge-unmergeable-help = Faile { $path } palikta mūsų versija; jų versiją saugo git (`git show :3:{ $path }` ją parodo, `git checkout --theirs -- { $path }` ją paima). Pataisykite failą rankiniu būdu, tada paleiskite `git add { $path }` ir `git commit` (arba `git merge --abort`, kad atšauktumėte suliejimą).
