## recognition.yaml: perduoti pagyrimai, aptarnavimo herojai, Klientų aptarnavimo savaitė.

## Kas pagyrė.
recog-from-customer = klientas
recog-from-colleague = kolega
recog-from-manager = vadovas

## check.
recog-whose-praise = `{ $rep }` pagyrimo ({ $on })
recog-whose-hero = { $period } aptarnavimo herojaus
recog-whose-week = aptarnavimo savaitės nuo { $start }
recog-praise-ahead = `{ $rep }` pagyrimo data { $on } yra vėlesnė nei šiandien ({ $today }): pataisykite datą
recog-shared-before = `{ $rep }` pagyrimas perduotas { $shared }, anksčiau nei gautas { $on }: pataisykite `shared`
recog-not-shared = `{ $rep }` pagyrimas, gautas { $on }, neperduotas jau { $days ->
    [one] { $days } dieną
    [few] { $days } dienas
   *[other] { $days } dienų
}: perduokite jį specialistui ir komandai, o dieną įrašykite į `shared`
recog-bad-period = aptarnavimo herojaus laikotarpis „{ $period }“ nėra nei mėnuo (2026-03), nei ketvirtis (2026-Q1)
recog-hero-twice = `{ $rep }` du kartus nurodytas { $period } aptarnavimo herojumi: palikite vieną įrašą
recog-week-days = aptarnavimo savaitėje nuo { $start } { $count ->
    [one] { $count } diena
    [few] { $count } dienos
   *[other] { $count } dienų
}: suplanuokite penkias, kiekvienai veiklą ir atsakingą asmenį
recog-day-without-owner = aptarnavimo savaitės nuo { $start } { $day }-oji diena („{ $activity }“) neturi atsakingo: nurodykite, kas ją veda

## status ir ataskaitos.
recog-md-head = Pripažinimas
recog-status-praise = Pagyrimai: šį ketvirtį ({ $quarter }) { $this } · praėjusį ketvirtį ({ $previous }) { $last } · neperduotų { $unshared }
recog-status-heroes = { $period } aptarnavimo herojai:
recog-status-candidates = Kandidatai į herojus (daugiausia pagyrimų, herojus dar nenurodytas):
recog-candidate-line = { $period }: { $rep }, { $count ->
    [one] { $count } pagyrimas
    [few] { $count } pagyrimai
   *[other] { $count } pagyrimų
}
recog-status-week = Klientų aptarnavimo savaitė { $start } – { $end }:
recog-status-week-now = Klientų aptarnavimo savaitė vyksta dabar ({ $start } – { $end }):
recog-no-owner = atsakingo dar nėra
recog-status-after = Savaitė po jos: { $after }

## diff: recognition.yaml įrašai.
recog-diff-kind-recognition = pripažinimas
recog-diff-kind-praise = pagyrimas
recog-diff-kind-hero = aptarnavimo herojus
recog-diff-kind-service_week = aptarnavimo savaitė
recog-diff-n-praise = { $count ->
    [one] { $count } pagyrimas
    [few] { $count } pagyrimai
   *[other] { $count } pagyrimų
}
recog-diff-n-hero = { $count ->
    [one] { $count } aptarnavimo herojus
    [few] { $count } aptarnavimo herojai
   *[other] { $count } aptarnavimo herojų
}
recog-diff-n-service_week = { $count ->
    [one] { $count } aptarnavimo savaitė
    [few] { $count } aptarnavimo savaitės
   *[other] { $count } aptarnavimo savaičių
}

## Penkios Klientų aptarnavimo savaitės dienos, kaip siūlo straipsnis.
recog-week-day-1 = Vadovai sėdi šalia priekinės linijos darbuotojų ir klausosi pokalbių
recog-week-day-2 = Klientų istorijos ir pagyrimai pasidalijami su visa įmone
recog-week-day-3 = Kitų skyrių padėka aptarnavimo komandai
recog-week-day-4 = Aptarnavimo herojai apdovanojami taip pat dosniai kaip geriausi pardavėjai
recog-week-day-5 = Šventė su komanda ir tai, kas keičiasi nuo kitos savaitės
recog-week-after = Vadovai kas mėnesį susitinka su priekine linija, o aptarnavimo rodikliai lieka kiekvienoje rezultatų kortelėje: kiekviena savaitė – aptarnavimo savaitė

## Skirtukas „Žmonės“.
recog-tui-row-praise = pagyrimas
recog-tui-row-hero = aptarnavimo herojus
recog-tui-row-week = aptarnavimo savaitė
recog-tui-shared-on = perduotas { $on }
recog-tui-not-shared = dar neperduotas
recog-tui-days-owned = atsakingi paskirti { $owned } iš { $count ->
    [one] { $count } dienos
    [few] { $count } dienų
   *[other] { $count } dienų
}
recog-key-add-service-week = suplanuoti Klientų aptarnavimo savaitę pagal šabloną
recog-field-from = kas pagyrė
recog-field-shared = perduota
recog-field-reason = priežastis
recog-field-after = savaitė po jos
recog-field-day1 = 1 diena
recog-field-owner1 = 1 dienos atsakingas
recog-field-day2 = 2 diena
recog-field-owner2 = 2 dienos atsakingas
recog-field-day3 = 3 diena
recog-field-owner3 = 3 dienos atsakingas
recog-field-day4 = 4 diena
recog-field-owner4 = 4 dienos atsakingas
recog-field-day5 = 5 diena
recog-field-owner5 = 5 dienos atsakingas

## A hero named from the candidate.
recog-hero-reason = { $count ->
    [one] Vienintelis { $period } pagyrimas
   *[other] Daugiausia pagyrimų per { $period } ({ $count })
}
