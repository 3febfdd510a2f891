## Visiems išvedimams bendri žodžiai: plano būsenos ir saugomi kodai.
## Terminai: docs/glossary.md.

language-name = lietuvių

state-on_track = pagal planą
state-behind = atsilieka
state-exception = išimtis
state-stale = pasenę duomenys
state-no_data = nėra duomenų

code-status-planned = suplanuota
code-status-in_progress = vykdoma
code-status-done = atlikta
code-status-blocked = sustabdyta
code-status-cancelled = atšaukta

code-phase-define = Apibrėžimas
code-phase-organise = Organizavimas
code-phase-implement = Įgyvendinimas
phase-none = Be etapo

code-horizon-short = trumpasis laikotarpis
code-horizon-medium = vidutinis laikotarpis
code-horizon-long = ilgasis laikotarpis
horizon-none = be laikotarpio

code-role-chair = pirmininkas
code-role-sponsor = rėmėjas
code-role-member = narys
code-role-secretary = sekretorius
code-role-consultant = konsultantas

code-level-rep = aptarnavimo specialistas
code-level-senior_rep = vyresnysis specialistas, mentorius
code-level-team_leader = komandos vadovas
code-level-shift_manager = pamainos vadovas
code-level-department_manager = skyriaus vadovas
code-level-division_manager = padalinio vadovas
code-level-vp = viceprezidentas

code-unit_level-rep = specialistas
code-unit_level-team = komanda
code-unit_level-department = skyrius
code-unit_level-division = padalinys
code-unit_level-vp = viceprezidentas

code-kind-quality = kokybė
code-kind-efficiency = efektyvumas
code-kind-satisfaction = pasitenkinimas
code-kind-external = išorinis
code-direction-up = didėja
code-direction-down = mažėja
code-aggregate-mean = vidurkis
code-aggregate-sum = suma
code-aggregate-last = paskutinė
code-period-day = diena
code-period-week = savaitė
code-period-month = mėnuo
code-period-quarter = ketvirtis

code-health-on_track = pagal planą
code-health-at_risk = rizikinga
code-health-off_track = nukrypo nuo plano
code-health-done = atlikta
code-health-not_started = nepradėta

code-verdict-trial = bandoma
code-verdict-keep = palikti
code-verdict-drop = atsisakyti

code-skill-connection = asmeninis ryšys
code-skill-listening = klausymasis
code-skill-patience = kantrybė
code-skill-empathy = empatija
code-skill-thoroughness = kruopštumas
code-skill-self_management = emocijų valdymas
code-skill-agility = mąstymo greitis
code-skill-resilience = atsparumas stresui
code-skill-articulation = aiški raiška
code-skill-love_of_conversation = pokalbio malonumas

count-metrics = { $count ->
    [one] { $count } rodiklis
    [few] { $count } rodikliai
   *[other] { $count } rodiklių
}
count-milestones = { $count ->
    [one] { $count } etapas
    [few] { $count } etapai
   *[other] { $count } etapų
}
count-reviews = { $count ->
    [one] { $count } peržiūra
    [few] { $count } peržiūros
   *[other] { $count } peržiūrų
}
count-days = { $count ->
    [one] { $count } diena
    [few] { $count } dienos
   *[other] { $count } dienų
}
count-actions = { $count ->
    [one] { $count } veiksmas
    [few] { $count } veiksmai
   *[other] { $count } veiksmų
}
count-errors = { $count ->
    [one] { $count } klaida
    [few] { $count } klaidos
   *[other] { $count } klaidų
}
count-warnings = { $count ->
    [one] { $count } įspėjimas
    [few] { $count } įspėjimai
   *[other] { $count } įspėjimų
}
