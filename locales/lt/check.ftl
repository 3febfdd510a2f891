## `check` pranešimai, po nekintamo priešdėlio `PATH:LINE:COL: error:`.

check-whose-plan = planas
check-whose-charter = chartija
check-whose-unit = padalinys `{ $id }`
check-whose-commitment = įsipareigojimas `{ $id }`
check-whose-goal = tikslas `{ $id }`
check-whose-milestone = etapas `{ $id }`
check-whose-milestone-action = etapo `{ $id }` veiksmas „{ $title }“
check-whose-routine = valdymo rutina `{ $id }`
check-whose-metric = rodiklis `{ $id }`
check-whose-breakdown = rodiklio `{ $id }` tikslo išskaidymas
check-whose-reading = rodiklio `{ $id }` { $on } matavimas
check-whose-review = { $date } peržiūra
check-whose-decision = { $date } peržiūros sprendimas
check-whose-review-action = { $date } peržiūros veiksmas „{ $text }“
check-whose-assessment = `{ $rep }` { $on } įgūdžių vertinimas
check-whose-tool = priemonė `{ $id }`

check-first-unit = padalinys „{ $name }“
check-first-channel = kanalas „{ $name }“
check-first-commitment = { $n }-asis įsipareigojimas
check-first-goal = tikslas „{ $title }“
check-first-milestone = etapas „{ $title }“
check-first-member = valdymo komiteto narys { $name }
check-first-routine = valdymo rutina „{ $name }“
check-first-agent = pokyčių agentas { $name }
check-first-metric = rodiklis „{ $name }“
check-first-workshop = seminaras „{ $topic }“
check-first-tool = seminaro `{ $workshop }` priemonė „{ $name }“

check-what-unit = padalinio
check-what-channel = kanalo
check-what-commitment = įsipareigojimo
check-what-goal = tikslo
check-what-milestone = etapo
check-what-person = asmens
check-what-routine = valdymo rutinos
check-what-metric = rodiklio
check-what-workshop = seminaro
check-what-tool = priemonės

check-noun-person = valdymo komiteto narys ar pokyčių agentas
check-home-person = committee.yaml arba agents.yaml
check-noun-agent = pokyčių agentas
check-noun-channel = aptarnavimo kanalas
check-home-channel = charter.yaml kanalų sąrašą (channels)
check-noun-metric = rodiklis
check-noun-goal = tikslas
check-noun-milestone = etapas
check-noun-unit = padalinys
check-home-unit = plan.yaml padalinių sąrašą (units)

check-field = laukas `{ $key }`

check-listed-twice = { $field }: `{ $id }` nurodytas du kartus; kiekvieną id nurodykite vieną kartą
check-duplicate-id = pasikartojantis { $what } id `{ $id }`: jį jau turi { $first }; id turi būti unikalūs, pervadinkite vieną iš jų
check-not-an-agent = { $whose }: { $field } `{ $id }` yra valdymo komiteto narys, ne pokyčių agentas: įrašykite `{ $id }` į agents.yaml arba pašalinkite jį iš agentų
check-did-you-mean = gal turėjote omenyje `{ $close }`? Kitaip įrašykite `{ $id }` į { $home }
check-add-or-fix = įrašykite `{ $id }` į { $home } arba pataisykite id
check-unknown-ref = { $whose }: { $field } `{ $id }` nėra { $noun }: { $todo }
check-schema = schema { $schema } nėra versija, kurią ši programa skaito: nurodykite `schema: 1` arba atnaujinkite charter
check-plan-dates = planas baigiasi { $end }, anksčiau nei prasideda ({ $start }): nurodykite `end` datą po `start`
check-last-review = paskutinė peržiūra buvo { $date }
check-no-review-yet = nuo plano pradžios { $start } nebuvo nė vienos peržiūros
check-review-overdue = etapų peržiūra turėjo įvykti { $due }, prieš { $days ->
    [one] { $days } dieną
    [few] { $days } dienas
   *[other] { $days } dienų
} ({ $since }): surenkite ją ir įrašykite į reviews/YYYY-MM-DD.yaml arba pakeiskite review_every
check-target-guide = target_guide { $guide } turi būti didesnis už 1: realus tikslas yra pradinė reikšmė × target_guide; nurodykite apie 1.2 arba pašalinkite, kad būtų numatytasis 1.2
check-own-parent = padalinys `{ $id }` yra pats sau tėvinis: nurodykite kitą tėvinį padalinį arba jį pašalinkite
check-goal-without-milestones = tikslas `{ $id }` neturi etapų: įrašykite į milestones.yaml etapą su `goal: { $id }` arba pašalinkite tikslą
check-depends-on-itself = etapas `{ $id }` priklauso pats nuo savęs: pašalinkite `{ $id }` iš jo depends_on
check-cycle = priklausomybių ratas: { $cycle }: pašalinkite vieną iš šių priklausomybių
check-target-before-baseline = rodiklio `{ $id }` tikslo data { $by } yra ankstesnė už pradinės reikšmės datą { $on }: nurodykite target.by po baseline.on
check-unrealistic = rodiklis `{ $id }`: { $why }
check-no-readings = rodiklis `{ $id }` neturi matavimų: įrašykite matavimą komanda `charter record { $id } VALUE` arba importuokite juos
check-review-twice = etapas `{ $id }` { $date } peržiūroje nurodytas du kartus: palikite po vieną įrašą kiekvienam etapui
check-forecast-in-past = etapo `{ $id }` prognozė { $date } peržiūroje yra { $forecast }, tuo metu jau praėjusi data, nors etapas dar neužbaigtas: prognozuokite { $date } ar vėlesnę datą, kad vėlavimas būtų matomas
check-progress-over = etapo `{ $id }` pažanga { $progress } { $date } peržiūroje viršija 100: pažanga yra procentai nuo 0 iki 100
check-scale-zero = skalė 0 neleidžia jokio balo: balai yra nuo 1 iki skalės; nurodykite `scale: 5`
check-score-range = { $whose }: įgūdžio „{ $name }“ balas { $score } nepatenka į 1..{ $scale }: skirkite balą nuo 1 iki { $scale } arba pakeiskite `scale`
check-trial-before-workshop = priemonė `{ $tool }` bandoma iki { $until }, anksčiau nei vyksta seminaras `{ $workshop }` ({ $date }): nurodykite trial_until po seminaro
check-tool-undecided = seminaro `{ $workshop }` priemonė `{ $tool }` buvo bandoma iki { $until }: nuspręskite, palikti ar atsisakyti — { $trial }; nurodykite `verdict: keep` arba `verdict: drop`
check-due-before-start = etapo `{ $id }` terminas { $due } yra anksčiau nei jo pradžia { $start }: perkelkite `due` po `start` arba pataisykite `start`
check-due-after-end = etapo `{ $id }` terminas { $due } yra po plano pabaigos { $end }: perkelkite terminą arba pratęskite `end` plan.yaml faile
check-done-without-date = etapas `{ $id }` atliktas, bet neturi done_on: įrašykite `done_on: YYYY-MM-DD` su atlikimo diena
check-done-on-not-done = etapas `{ $id }` turi done_on { $done_on }, bet jo būsena yra { $status }: nurodykite `status: done` arba pašalinkite done_on
check-review-date-name = peržiūros data { $date } nesutampa su failo pavadinimu { $file }: nurodykite `date: { $named }` arba pervadinkite failą į { $rename }
check-review-file-name = peržiūros failo pavadinimas { $file } nėra data: kiekvieną peržiūros failą pavadinkite jos data YYYY-MM-DD.yaml, čia { $rename }

check-rule-ratio-up = pradinė reikšmė × { $guide }
check-rule-ratio-down = pradinė reikšmė ÷ { $guide }
check-rule-points-up = pradinė reikšmė + { $step } × { $reference }
check-rule-points-down = pradinė reikšmė − { $step } × { $reference }
check-frustrating-ratio-up = tikslas { $target } yra { $percent }% geresnis už pradinę reikšmę { $baseline }: gerokai viršija realų { $realistic } ({ $rule }); toks tolimas tikslas demotyvuoja, apsvarstykite { $realistic }
check-frustrating-ratio-down = tikslas { $target } yra { $percent }% mažesnis už pradinę reikšmę { $baseline }: gerokai žemiau realaus { $realistic } ({ $rule }); toks tolimas tikslas demotyvuoja, apsvarstykite { $realistic }
check-frustrating-points-up = tikslas { $target } yra { $points } punktais geresnis už pradinę reikšmę { $baseline }: gerokai viršija realų { $realistic } ({ $rule }); toks tolimas tikslas demotyvuoja, apsvarstykite { $realistic }
check-frustrating-points-down = tikslas { $target } yra { $points } punktais mažesnis už pradinę reikšmę { $baseline }: gerokai žemiau realaus { $realistic } ({ $rule }); toks tolimas tikslas demotyvuoja, apsvarstykite { $realistic }
check-no-effort-up = tikslas { $target } nėra geresnis už pradinę reikšmę { $baseline } (didesnė reikšmė geriau): jis nereikalauja pastangų; apsvarstykite { $realistic } ({ $rule })
check-no-effort-down = tikslas { $target } nėra geresnis už pradinę reikšmę { $baseline } (mažesnė reikšmė geriau): jis nereikalauja pastangų; apsvarstykite { $realistic } ({ $rule })

check-approved-in-future = chartija patvirtinta { $on }, o ši data dar neatėjo (šiandien { $today }): nurodykite approved_on patvirtinimo dieną arba iki tol jį pašalinkite
check-goal-without-metrics = tikslas `{ $id }` neturi rodiklio: metodas sėkmės rodiklius nustato kartu su tikslais; įrašykite `metrics: [ID]` su rodikliu, kuris parodo, kad tikslas pasiektas
check-scale-order = rodiklio `{ $id }` skalė yra [{ $min }, { $max }]: pirmoji reikšmė yra mažiausia galima ir turi būti mažesnė už antrąją, pvz., [-100, 100] NPS rodikliui
check-baseline-off-scale = rodiklio `{ $id }` pradinė reikšmė { $value } nepatenka į jo skalę { $range }: pataisykite reikšmę arba išplėskite skalę
check-target-off-scale = rodiklio `{ $id }` tikslas { $value } nepatenka į jo skalę { $range }: jokio matavimo jis nepasieks; nustatykite tikslą skalėje
check-reading-off-scale = rodiklio `{ $id }` { $on } matavimas { $value } nepatenka į jo skalę { $range }: pataisykite reikšmę (rašybos klaida?) arba išplėskite skalę
check-no-baseline = rodiklis `{ $id }` neturi pradinės reikšmės: nuo jos prasideda tikslas ir kelias iki jo; įrašykite `baseline: {"{"} value: V, on: YYYY-MM-DD {"}"}` pagal ankstesnius duomenis
check-no-target = rodiklis `{ $id }` neturi tikslo: įrašykite `target: {"{"} value: V, by: YYYY-MM-DD {"}"}` (`charter target suggest { $id }` pasiūlys realų)
check-target-horizon = rodiklio `{ $id }` tikslo data { $by } yra daugiau nei { $horizon } po pradinės reikšmės ({ $on }): tikslų modelis galioja 4–8 mėnesius, tada jis tikrinamas ir koreguojamas; nustatykite tarpinį tikslą ne vėliau kaip { $limit } arba pakeiskite target_horizon plan.yaml faile
check-target-after-end = rodiklio `{ $id }` tikslo data { $by } yra po plano pabaigos { $end }: nustatykite ją iki plano pabaigos arba pratęskite `end` plan.yaml faile
check-reading-in-future = rodiklio `{ $id }` matavimo data { $on } yra po šiandienos ({ $today }): matavimas įrašo tai, kas išmatuota; pataisykite datą
check-every = { $unit ->
    [day] { $count ->
        [one] { $count } diena
        [few] { $count } dienos
       *[other] { $count } dienų
    }
    [week] { $count ->
        [one] { $count } savaitė
        [few] { $count } savaitės
       *[other] { $count } savaičių
    }
    [month] { $count ->
        [one] { $count } mėnuo
        [few] { $count } mėnesiai
       *[other] { $count } mėnesių
    }
    [quarter] { $count ->
        [one] { $count } ketvirtis
        [few] { $count } ketvirčiai
       *[other] { $count } ketvirčių
    }
   *[year] { $count ->
        [one] { $count } metai
        [few] { $count } metai
       *[other] { $count } metų
    }
}

de-expect-whole = sveikasis skaičius
de-expect-byte = sveikasis skaičius nuo 0 iki 255
de-expect-u16 = sveikasis skaičius nuo 0 iki 65535
de-expect-u32 = sveikasis skaičius, 0 ar daugiau
de-expect-number = skaičius
de-expect-bool = true arba false
de-expect-text = tekstas
de-expect-id = id
de-expect-list = sąrašas
de-expect-mapping = laukų rinkinys
de-expect-word = vienas žodis
de-expected-word = tikėtasi vieno žodžio
de-found-long-text = `{ $start }…` ({ $count } simb.)
de-found-list = sąrašas
de-found-mapping = laukų rinkinys
de-found-nothing = tuščia reikšmė
de-wrong-type = tikėtasi: { $expected }, rasta: { $found }
de-field-without-name = laukas be pavadinimo: prieš dvitaškį parašykite lauko pavadinimą, vieną iš { $fields }
de-unknown-field-near = nežinomas laukas `{ $field }`: gal turėjote omenyje `{ $best }`?
de-unknown-field = nežinomas laukas `{ $field }`: čia galimi laukai { $fields }
de-not-one-of-near = `{ $value }` nėra viena iš { $values }: gal turėjote omenyje `{ $best }`?
de-not-one-of = `{ $value }` nėra viena iš { $values }
de-missing-field = trūksta privalomo lauko `{ $field }`: įrašykite `{ $field }:` šiam elementui
de-out-of-range = `{ $text }` nepatenka į leistinas ribas: tikėtasi: { $expected }
de-not-whole = `{ $text }` nėra sveikasis skaičius: tikėtasi: { $expected }
de-too-large = `{ $text }` viršija plano skaičiaus ribas (ne daugiau kaip 1e15 į abi nulio puses): patikrinkite reikšmę arba rašykite ją didesniais vienetais (tūkstančiais, milijonais)
de-not-finite = `{ $text }` nėra baigtinis skaičius: tikėtasi: { $expected }; plano skaičiai turi būti baigtiniai
de-number-as-text = : YAML `{ $text }` skaito kaip tekstą; rašykite skaičių be `_` ar `,`, t. y. { $bare }
de-yaml11-bool = tikėtasi true arba false, rasta `{ $text }`: YAML 1.2 `{ $text }` skaito kaip tekstą, o ne kaip taip ar ne; rašykite true arba false
de-id-reads-as = YAML `{ $text }` skaito kaip { $what }, o id yra tekstas: rašykite jį kabutėse, "{ $text }"

## YAML reading errors (the parser's own detail, `info`, stays as it says it).
yaml-expects-str = tekstas
yaml-expects-int = sveikasis skaičius, pavyzdžiui, 12, 0x1F ar 0o17
yaml-expects-float = skaičius, pavyzdžiui, 12, 0.5, 1e3, .inf ar .nan
yaml-expects-bool = true arba false
yaml-expects-null = null, ~ arba nieko
yaml-second-document = čia prasideda antras YAML dokumentas: plano faile yra lygiai vienas dokumentas (ištrinkite eilutę `---` ir tai, kas po jos, arba perkelkite tai į atskirą failą)
yaml-too-deep = įdėjimas gilesnis nei { $depth } lygių: plano failai niekada nebūna tokie gilūs; patikrinkite, ar tai tas failas, kurio norėjote
yaml-key-not-text = raktas turi būti paprastas tekstas, ne sąrašas ir ne atvaizdis
yaml-duplicate-key = raktas `{ $key }` parašytas du kartus (pirmą kartą { $line } eilutėje): ištrinkite vieną iš jų
yaml-tag-mismatch = `{ $text }` pažymėta žyme `{ $tag }`, bet tai nėra { $expected }: pataisykite reikšmę arba pašalinkite žymę
yaml-collection-tagged = tai { $what ->
    [list] sąrašas
   *[mapping] atvaizdis
}, bet jis pažymėtas žyme `{ $tag }`: pašalinkite žymę
yaml-unknown-tag = žymė `{ $tag }` nėra iš tų, kurias charter skaito: plano failuose rašomos paprastos YAML reikšmės, daugiausia su pagrindinėmis žymėmis !!str, !!int, !!float, !!bool ir !!null; pašalinkite žymę
yaml-unclosed = YAML sintaksės klaida: šis `{ $open }` niekur neuždarytas: užbaikite { $what ->
    [list] sąrašą
   *[mapping] atvaizdį
} ženklu `{ $close }`
yaml-tab = YAML sintaksės klaida: įtraukoje yra tabuliacijos ženklas: atitraukite tarpais, ne tabuliacija
yaml-syntax = YAML sintaksės klaida: { $info }{ $hint ->
    [not-key-value] : ši eilutė nėra `key: value`: po rakto parašykite `: ` arba atitraukite ją po aukščiau esančiu raktu
    [quote-colons] : patikrinkite įtrauką, o tekstą, kuriame yra `: `, rašykite kabutėse
    [check-closed] : patikrinkite įtrauką ir ar uždaryti visi `[`, `{"{"}` ir kabutės
    [spaces] : atitraukite tarpais, ne tabuliacija
   *[none] {""}
}

## Ids, dates and durations that do not parse. `types-not-*` is the part
## of each message that says which kind of value it is.
-not-an-id = nėra tinkamas id
-not-a-date = nėra data
-not-a-duration = nėra trukmė
types-not-an-id = { -not-an-id }
types-not-a-date = { -not-a-date }
types-not-a-duration = { -not-a-duration }
types-bad-id = `{ $text }` { -not-an-id }: id rašomi mažosiomis lotyniškomis raidėmis a-z, skaitmenimis ir brūkšneliais ir prasideda raide arba skaitmeniu
types-bad-id-example = `{ $text }` { -not-an-id }: id rašomi mažosiomis lotyniškomis raidėmis a-z, skaitmenimis ir brūkšneliais ir prasideda raide arba skaitmeniu (pavyzdžiui, `{ $example }`)
types-date-shape = `{ $text }` { -not-a-date }: datas rašykite YYYY-MM-DD forma, pavyzdžiui, 2026-03-31
types-no-month = `{ $text }` { -not-a-date }: nėra { $month } mėnesio
types-month-days = `{ $text }` { -not-a-date }: { $month } turi { $days ->
    [one] { $days } dieną
    [few] { $days } dienas
   *[other] { $days } dienų
}
types-duration-shape = `{ $text }` { -not-a-duration }: parašykite skaičių ir vieną iš raidžių d (dienos), w (savaitės), m (mėnesiai), q (ketvirčiai), y (metai), pavyzdžiui, 4w
types-duration-zero = `{ $text }` { -not-a-duration }: ji turi būti bent 1
types-duration-too-long = `{ $text }` ilgesnė už bet kurį planą: trukmė yra ne daugiau kaip 10 metų (10y, 40q, 120m, 521w arba 3653d); parašykite trumpesnę

## Meetings of routines and the incident log.
check-whose-meeting = valdymo rutinos `{ $id }` susitikimas { $on }
check-whose-meeting-action = valdymo rutinos `{ $id }` susitikimo { $on } veiksmas „{ $text }“
check-meeting-twice = valdymo rutina `{ $id }` turi du susitikimus { $on }: palikite po vieną įrašą kiekvienam susitikimui arba pataisykite datą
check-meeting-ahead = valdymo rutinos `{ $id }` susitikimas { $on } dar neįvyko: įrašykite susitikimą, kai jis įvyks
check-action-due-before = { $whose }: terminas { $due } yra anksčiau, nei dėl jo susitarta ({ $agreed }): nurodykite terminą { $agreed } ar vėlesnį
check-whose-incident = incidentas `{ $id }`
check-whose-incident-action = incidento `{ $id }` veiksmas „{ $text }“
check-first-incident = incidentas „{ $title }“
check-what-incident = incidento
check-incident-ahead = incidento `{ $id }` data { $on } yra ateityje: įrašykite incidentą, kai jis įvyks
check-not-investigated = incidentas `{ $id }` ({ $on }) neištirtas jau { $days ->
    [one] { $days } dieną
    [few] { $days } dienas
   *[other] { $days } dienų
}: `investigation` lauke aprašykite, ką parodė tyrimas, ir nurodykite veiksmus
