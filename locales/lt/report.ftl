## Valdymo komiteto ataskaita ir planas tvirtinti (HTML, Markdown).
## Reikšmės ($n, $date, $id…) ateina jau izoliuotos; $count tik
## parenka daugiskaitos formą.

report-title-status = Valdymo komiteto ataskaita
report-title-plan = Aptarnavimo gerinimo planas tvirtinti
report-consultant = konsultavo { $name }
report-meta = { $kind }, būklė { $today } · planas { $plan } · laikotarpis { $start } → { $end } · { $day } · { $left }
report-days-left = { $count ->
    [one] liko { $n } diena
    [few] liko { $n } dienos
   *[other] liko { $n } dienų
}
report-plan-day = { $day } diena iš { $total }
report-starts-tomorrow = prasideda rytoj
report-starts-in = { $count ->
    [one] prasideda po { $n } dienos
   *[other] prasideda po { $n } dienų
}
report-errors = { $count ->
    [one] Plane yra { $n } klaida, todėl kai kurių dalių gali trūkti: paleiskite { $command }.
    [few] Plane yra { $n } klaidos, todėl kai kurių dalių gali trūkti: paleiskite { $command }.
   *[other] Plane yra { $n } klaidų, todėl kai kurių dalių gali trūkti: paleiskite { $command }.
}

## Dienos, dažnumas, laikotarpiai.
report-days = { $n } d.
report-days-signed = { $n } d.
report-moved = { $times } k. { $days }
report-every-d = { $count ->
    [one] kasdien
   *[other] kas { $n } d.
}
report-every-w = { $count ->
    [one] kas savaitę
   *[other] kas { $n } sav.
}
report-every-m = { $count ->
    [one] kas mėnesį
   *[other] kas { $n } mėn.
}
report-every-q = { $count ->
    [one] kas ketvirtį
   *[other] kas { $n } ketv.
}
report-every-y = { $count ->
    [one] kasmet
   *[other] kas { $n } m.
}
report-every = { $every }
report-period = { $period } { $label }
report-latest = naujausia
report-overdue = vėluoja
report-overdue-by = vėluoja { $days }
report-late = vėluoja
report-late-by = vėluoja { $days }
report-undecided-by = nenuspręsta { $days }
report-in-days = po { $days }
report-not-yet = dar ne
report-none-yet = dar nebuvo
report-not-scheduled = nesuplanuota
report-none = nėra
report-unknown-metric = nežinomas rodiklis
report-action-due = , terminas { $date }
report-from-review = peržiūra { $date }
report-from-commit = įrašas { $id }
report-from-held = įvyko
report-last-held = { $date } ({ $from })
report-value-on = { $value } ({ $date })
report-value-by = { $value } iki { $date }
report-value-when = { $value } ({ $date })
report-higher = didesnė
report-lower = mažesnė
report-higher-better = geriau didesnė
report-lower-better = geriau mažesnė
report-unit-is = matavimo vienetas: { $unit }
report-today = šiandien

## Trumpai.
report-at-a-glance = Trumpai
report-glance-milestones = Etapai ({ $total }, vėluoja { $overdue })
report-glance-metrics = Sėkmės rodikliai ({ $n })
report-glance-reviews = Įvykusios peržiūros: { $held } · paskutinė { $last } · kita { $next } · atviri veiksmai { $actions } · išimtys { $exceptions }
report-md-milestones = etapai ({ $n })
report-md-metrics = sėkmės rodikliai ({ $n })
report-md-count = skaičius
report-md-reviews = įvykusios peržiūros: { $held } · paskutinė { $last } · kita { $next }
report-md-open-actions = atviri veiksmai: { $n }
report-md-exceptions = išimtys: { $n }

## Etapai.
report-milestones-by-phase = Etapai pagal fazę
report-no-milestones = Etapų dar nėra.
report-md-actions = Veiksmai:
report-milestone-trend = Etapų tendencija
report-no-trend = Nė viena peržiūra dar neprognozavo etapo datos.
report-trend-caption = Prognozuojama pabaigos data (aukštyn) per kiekvieną peržiūrą (skersai): lygi linija reiškia, kad laikomasi grafiko, kylanti – kad vėluojama; taškinė įstrižainė rodo, kur prognozė sutampa su pačios peržiūros data. Rodoma { $shown } iš { $total } prognozuotų etapų – labiausiai pavėlavę.
report-md-trend-caption = Prognozė per kiekvieną peržiūrą kaip mini grafikas: lygi linija – laikomasi grafiko, kylanti – vėluojama. Rodoma { $shown } iš { $total } prognozuotų etapų – labiausiai pavėlavę.

## Sėkmės rodikliai.
report-metrics = Sėkmės rodikliai
report-no-metrics = Sėkmės rodiklių dar nėra.
report-readings = { $count ->
    [one] { $n } matavimas
    [few] { $n } matavimai
   *[other] { $n } matavimų
}
report-metric-line = pradinė reikšmė { $baseline } → naujausia { $latest } → tikslas { $target } · tikėtina dabar { $expected } · įspėjimo riba { $alert } · { $readings } · { $better }
report-metrics-note = Ištisinė linija ir taškai: matavimai (žalia – pagal planą, oranžinė – atsilieka, raudona – už įspėjimo ribos). Punktyras: kelias nuo pradinės reikšmės iki tikslo. Rombas: tikslas.
report-md-readings-intro = Matavimai kaip mini grafikas (daugiausia { $n } naujausi), tada kelias nuo pradinės reikšmės iki tikslo.
report-chart-trend = Etapų tendencija: prognozė per kiekvieną peržiūrą
report-chart-empty = { $name }: dar nėra nei matavimų, nei tikslo
report-chart-metric = { $name }: matavimai, palyginti su keliu iki tikslo
report-no-readings = matavimų dar nėra
report-chart-alert = riba { $value }
report-chart-target = tikslas { $value }

## Paskutinė peržiūra ir išimtys.
report-last-review = Paskutinė peržiūra
report-no-review = Peržiūrų dar nebuvo.
report-decisions = Sprendimai ({ $n })
report-no-decisions = Sprendimų neužrašyta.
report-open-actions = Atviri veiksmai ({ $n })
report-no-open-actions = Atvirų veiksmų nėra.
report-exceptions = Išimtys ({ $n })
report-no-exceptions = Nė vienas rodiklis neviršija ribos ir neatsilieka, nė vienas etapas nevėluoja.
report-exception-metric = rodiklis { $name } { $id }: naujausia { $latest } · tikėtina { $expected } · riba { $alert }
report-exception-milestone = etapas { $title } { $id }: terminas { $due }
report-exception-routine = valdymo rutina { $title } { $id }: terminas { $due }; { $summary }
report-exception-tool = priemonė { $title } { $id }: terminas { $due }; { $summary }
report-md-exception-metric = { $state }: rodiklis { $name } { $id }
report-md-exception-values = Naujausia { $latest } · tikėtina { $expected } · riba { $alert }
report-md-exception-milestone = { $tag }: etapas { $title } { $id }
report-md-exception-routine = { $tag }: valdymo rutina { $title } { $id }
report-md-exception-tool = { $tag }: priemonė { $title } { $id }
report-md-due = Terminas { $date }
report-md-due-because = Terminas { $date }: { $summary }
report-routine-held-last = vyksta { $every }, paskutinį kartą { $date }
report-routine-never-held = vyksta { $every }, nuo plano pradžios neįvyko
report-tool-summary = išbandyta po seminaro { $workshop } iki { $date }: { $results }; reikia nuspręsti – palikti ar atsisakyti
report-no-corrective-action = Nėra atviro taisomojo veiksmo
report-lacks-action = { $lead }: valdymo komitetas turėtų jį paskirti ({ $how }).
report-how-name = peržiūros veiksmą, kurio tekste minima { $id }
report-how-link = peržiūros veiksmą su { $metric } arba { $milestone }

## Tikslai ir chartija.
report-goals = Tikslai ({ $n })
report-no-goals = Plane dar nėra tikslų.
report-charter = Klientų aptarnavimo chartija
report-version = { $n } versija
report-approved-on-by = patvirtino { $names } { $date }
report-approved-on = patvirtinta { $date }
report-approved-by = patvirtino { $names }
report-not-approved = dar nepatvirtinta
report-vision = Vizija
report-values = Vertybės
report-principles = Aptarnavimo principai
report-services = Aptarnavimo kanalai
report-terms = Sąlygos
report-commitments = Chartijos įsipareigojimai ({ $n })
report-no-commitments = Chartijoje nėra įsipareigojimų.
report-no-metric-measures = jo nematuoja joks rodiklis

## Žmonės.
report-people = Valdymo komitetas ir pokyčių agentai
report-committee = Valdymo komitetas ({ $n })
report-no-members = Valdymo komiteto narių dar nėra.
report-routines = Valdymo rutinos ({ $n })
report-agents = Pokyčių agentai ({ $n })
report-no-agents = Pokyčių agentų dar nėra.

## Metodo dalys.
report-units = Padaliniai ir jų tikslai
report-md-by-unit = { $metric } pagal padalinį
report-management-routines = Valdymo rutinos
report-workshop-tools = Seminarų priemonės
report-trial-decide-ended = reikia nuspręsti: palikti ar atsisakyti (bandymas baigėsi { $date })
report-trial-decide = reikia nuspręsti: palikti ar atsisakyti
report-trial-until = bandoma iki { $date }
report-trial-open = bandoma, pabaigos data nenustatyta
report-trial-kept = palikta
report-trial-dropped = atsisakyta
report-tool-no-metric = nesusieta su rodikliu: susiekite su { $key }, kad priemonę galėtumėte vertinti pagal rezultatus
report-tool-unknown-metric = rodiklio { $metric } nėra faile metrics.yaml
report-tool-before = { $count ->
    [one] { $value } prieš ({ $readings } matavimas)
    [few] { $value } prieš ({ $readings } matavimai)
   *[other] { $value } prieš ({ $readings } matavimų)
}
report-tool-before-none = prieš matavimų nėra
report-tool-during = { $count ->
    [one] { $value } bandymo metu ({ $readings } matavimas)
    [few] { $value } bandymo metu ({ $readings } matavimai)
   *[other] { $value } bandymo metu ({ $readings } matavimų)
}
report-tool-during-none = bandymo metu matavimų nėra
report-tool-results = { $metric }: { $before }, { $during }
report-tool-better = { $metric }: { $before }, { $during }: geriau
report-tool-not-better = { $metric }: { $before }, { $during }: ne geriau
report-rep-skills = Aptarnavimo specialistų įgūdžiai
report-skills-note = Vidutinis padalinio balas naujausią jo ketvirtį; silpniausi įgūdžiai ir jų pokytis nuo ankstesnio ketvirčio.
report-weakest = silpniausi: { $skills }
report-metric-plan = Sėkmės rodikliai: pradinės reikšmės ir tikslai ({ $n })

## Tvirtinimas.
report-sign-off = Tvirtinimas
report-sign-off-text = Pasirašydami tvirtiname šį planą: chartiją ir jos įsipareigojimus, tikslus, etapus ir veiksmus, valdymo komitetą, pokyčių agentus ir sėkmės rodiklius su jų tikslais.
report-signature = parašas
report-date = data
report-name-and-title = vardas, pavardė ir pareigos
report-md-signature-lines = Parašas: { $sign } Data: { $date }
report-md-name-and-title = Vardas, pavardė ir pareigos: { $line }
report-prepared-by = Parengė { $name }

report-cannot-write = nepavyko įrašyti ataskaitos į { $path }: { $error }; patikrinkite, ar aplankas yra ir į jį galima rašyti, arba nurodykite kitą kelią su -o

## Lentelių stulpeliai.
report-col-milestone = etapas
report-col-owner = atsakingas
report-col-due = terminas
report-col-status = būsena
report-col-forecast = prognozė
report-col-slip = nuokrypis
report-col-planned = planuota
report-col-latest-forecast = naujausia prognozė
report-col-due-moved = termino keitimai
report-col-reviews = peržiūros
report-col-forecasts = prognozės
report-col-metric = rodiklis
report-col-readings = matavimai
report-col-baseline = pradinė reikšmė
report-col-latest = naujausia
report-col-expected-now = tikėtina dabar
report-col-target = tikslas
report-col-alert = įspėjimo riba
report-col-state = būklė
report-col-action = veiksmas
report-col-corrects = taiso
report-col-goal = tikslas
report-col-horizon = laikotarpis
report-col-metrics = rodikliai
report-col-channel = kanalas
report-col-hours = darbo laikas
report-col-commitment = įsipareigojimas
report-col-member = narys
report-col-role = vaidmuo
report-col-title = pareigos
report-col-routine = rutina
report-col-every = dažnumas
report-col-agent = agentas
report-col-unit = padalinys
report-col-level = lygis
report-col-focus = sritis
report-col-period = laikotarpis
report-col-value = reikšmė
report-col-before = anksčiau
report-col-last-held = paskutinį kartą
report-col-next = kita
report-col-tool = priemonė
report-col-workshop = seminaras
report-col-trial = bandymas
report-col-results = rezultatai
report-col-skill = įgūdis
report-col-quarter = ketvirtis
report-col-reps = specialistai
report-col-weakest = silpniausi įgūdžiai (vidurkis, pokytis nuo ankstesnio ketvirčio)
report-col-source = šaltinis
report-col-better = geriau

## Incidents open until investigated and their actions done.
report-open-for = atviras { $days }
report-exception-incident = incidentas { $title } { $id }: { $summary }
report-md-exception-incident = { $tag }: incidentas { $title } { $id }
report-incident-not-investigated = įvyko { $date }; dar neištirtas
report-incident-actions = įvyko { $date }; atlikta { $done } iš { $count ->
    [one] { $count } veiksmo
    [few] { $count } veiksmų
   *[other] { $count } veiksmų
}
report-from-incident = { $date } incidentas
