## The terminal UI: tabs, panes, forms, help, prompts, the status line.

## Tabs, header, footer, popups, lists, details.
tui-tab-overview = Apžvalga
tui-tab-charter = Chartija
tui-tab-goals = Tikslai
tui-tab-milestones = Etapai
tui-tab-metrics = Rodikliai
tui-tab-people = Žmonės
tui-tab-reviews = Peržiūros
tui-tab-history = Istorija
tui-tab-actions = Veiksmai
tui-enlarge = charter: padidinkite langą
tui-header-read-only = peržiūrima { $revision } tik skaitymui
tui-header-unsaved = { $count ->
    [one] { $count } neišsaugotas
    [few] { $count } neišsaugoti
   *[other] { $count } neišsaugotų
}
tui-header-starts-tomorrow = prasideda rytoj
tui-header-starts-in = { $count ->
    [one] prasideda po { $count } dienos
    [few] prasideda po { $count } dienų
   *[other] prasideda po { $count } dienų
}
tui-header-day = { $day } diena iš { $total }
tui-days = { $days } d.
tui-footer-help = pagalba
tui-footer-tab = skirtukas
tui-footer-move = judėti
tui-footer-edit = taisyti
tui-footer-add = pridėti
tui-footer-delete = trinti
tui-footer-filter = filtras
tui-footer-search = paieška
tui-footer-save = išsaugoti
tui-footer-quit = išeiti
tui-footer-status = būsena
tui-footer-timeline = laiko juosta
tui-footer-tick = pažymėti
tui-footer-go-to = eiti
tui-footer-record = įrašyti
tui-footer-diff = skirtumai
tui-footer-new-review = nauja peržiūra
tui-footer-review-screen = peržiūros ekranas
tui-footer-health = būklė
tui-footer-close-review = uždaryti peržiūrą
tui-footer-mark = žymėti
tui-footer-open = atverti
tui-footer-trend = tendencija
tui-footer-metric = rodiklis
tui-footer-back = atgal
tui-footer-apply = pritaikyti
tui-footer-cancel = atšaukti
tui-footer-field = laukas
tui-footer-choose = pasirinkti
tui-footer-yes = taip
tui-footer-no = ne
tui-help-title = Klavišai (esc uždaro, ↑/↓ PgDn g/G slenka)
tui-help-everywhere = visur
tui-help-in-lists = sąrašuose
tui-help-milestones = etapai
tui-help-charter = chartija
tui-help-metrics = rodikliai
tui-help-in-forms = formose
tui-help-typing = rašant formos lauke ar užklausoje
tui-help-in-prompts = užklausose
tui-help-in-search = paieškoje ir problemų sąraše
tui-help-when-asked = kai klausiama
tui-help-history = istorija
tui-help-reviews = peržiūros
tui-help-review-screen = peržiūros ekrane
tui-help-read-only = žiūrint versiją
tui-help-choose = renkantis, ką pridėti (a)
tui-help-actions = veiksmai
tui-prompt-hint = enter patvirtina · esc atšaukia
tui-confirm-hint = y: taip · n/esc: ne
tui-confirm-title = Patvirtinimas
tui-pick-nothing-found = nieko nerasta
tui-add-every-kind = visos rūšys
tui-add-elsewhere = kitur
tui-add-this-tab = šis skirtukas
tui-add-hint = klavišas arba ↑/↓ ir enter · esc
tui-add-title = Pridėti: kokios rūšies įrašą?
tui-form-hint-ref = ^n/^p: pasirinkti ID
tui-form-hint-words = atskirti kableliais
tui-form-hint-bool = ^n: true (taip) / false (ne)
tui-form-hint = enter pritaiko · esc atšaukia · ↑/↓ laukai · ←/→ žymeklis · * privaloma
tui-form-add-title = Pridėti: { $kind }
tui-form-edit-title = Taisyti: { $kind }
tui-col-what = kas
tui-col-owner = atsakingas
tui-col-due = terminas
tui-col-source = šaltinis
tui-col-link = susieta su
tui-col-done = atlikta
tui-col-kind = rūšis
tui-col-id = ID
tui-col-text = tekstas
tui-col-channel-hours-level = kanalas / valandos / lygis
tui-col-metric-parent = rodiklis / aukštesnis padalinys
tui-col-title = pavadinimas
tui-col-horizon = laikotarpis
tui-col-milestones = etapai
tui-col-status = būsena
tui-col-phase = fazė
tui-col-name = pavadinimas
tui-col-trajectory = pradinė → naujausia → tikslas
tui-col-state = būklė
tui-col-role-every = vaidmuo / kas kiek
tui-col-more = daugiau
tui-col-date = data
tui-col-decisions = sprendimai
tui-col-actions = veiksmai
tui-routine-late = { $every } · vėluoja { $days } d.
tui-routine-next = { $every } · kita { $next }
tui-row-reviews-every = peržiūra kas { $every }
tui-row-plan = planas
tui-row-no-vision = (vizijos dar nėra: enter – ją parašyti)
tui-row-version = versija { $version }
tui-row-charter = chartija
tui-row-text = tekstas
tui-row-unit = padalinys
tui-row-in-unit = priklauso { $unit }
tui-row-channel = kanalas
tui-row-commitment = įsipareigojimas
tui-row-member = narys
tui-row-routine = rutina
tui-row-every = kas { $every }
tui-count-tools = { $count ->
    [one] { $count } įrankis
    [few] { $count } įrankiai
   *[other] { $count } įrankių
}
tui-row-workshop = seminaras: { $topic }
tui-row-tool = įrankis: { $name }
tui-row-mean = vidurkis { $mean }
tui-row-no-scores = nėra balų
tui-row-weakest = silpniausia: { $skill } { $score }
tui-row-skills = savybės
tui-row-agent = pokyčių agentas
tui-ov-overdue = vėluoja
tui-ov-next-due = artimiausi terminai
tui-ov-due-in = { $due } po { $days }
tui-ov-slipped = { $count ->
    [one] { $id } pasislinko { $days } d. per { $count } peržiūrą
    [few] { $id } pasislinko { $days } d. per { $count } peržiūras
   *[other] { $id } pasislinko { $days } d. per { $count } peržiūrų
}
tui-ov-due = iki { $due }
tui-ov-open-actions = Atviri veiksmai { $count }
tui-ov-unread-metrics = { $count ->
    [one] metrics.yaml turi { $count } klaidą: neperskaitytas rodiklis praleistas — ! jas parodo
    [few] metrics.yaml turi { $count } klaidas: neperskaitytas rodiklis praleistas — ! jas parodo
   *[other] metrics.yaml turi { $count } klaidų: neperskaitytas rodiklis praleistas — ! jas parodo
}
tui-ov-metrics-shown = Rodikliai { $total } · rodoma { $count } (skirtukas Rodikliai: visi)
tui-ov-review = Peržiūra
tui-ov-none-yet = dar nebuvo
tui-ov-review-next-due = kita { $due } (po { $days })
tui-ov-no-cadence = peržiūrų dažnumas nenustatytas
tui-ov-last-review = paskutinė: { $last }
tui-ov-review-overdue = vėluoja!
tui-ov-last-review-counts = { $count ->
    [one] paskutinėje peržiūroje: sprendimų { $decisions } · { $count } veiksmas
    [few] paskutinėje peržiūroje: sprendimų { $decisions } · { $count } veiksmai
   *[other] paskutinėje peržiūroje: sprendimų { $decisions } · { $count } veiksmų
}
tui-ov-routines-late = vėluojančios rutinos: { $names }
tui-ov-next-routine = kita rutina: { $id } { $next } (po { $days })
tui-ov-decide = nuspręsti: palikti ar atsisakyti { $tools }
tui-ov-units-behind = padaliniai atsilieka nuo tikslo: { $units }
tui-ov-weakest-skill = silpniausia savybė: { $skills }
tui-ov-press-problems = ! jas parodo
tui-list-filter = filtras: { $filter }
tui-list-sorted-by = pagal { $column }
tui-list-no-actions = veiksmų dar nėra: juos turi etapai (A skirtuke Etapai) ir peržiūros
tui-list-empty = čia dar nieko nėra: a – pridėti
tui-list-no-match = filtrą niekas neatitinka: esc jį išvalo
tui-list-timeline = laiko juosta (t: lentelė)
tui-detail = Informacija
tui-detail-slip-over = { $count ->
    [one] { $days } d. per { $count } peržiūrą
    [few] { $days } d. per { $count } peržiūras
   *[other] { $days } d. per { $count } peržiūrų
}
tui-detail-actions-keys = veiksmai: [ ] judėti · tarpas žymi · A prideda · C keičia · X šalina
tui-detail-value-on = { $value } ({ $on })
tui-detail-value-by = { $value } iki { $by }
tui-detail-breakdown-keys = išskaidyti tikslai: [ ] judėti · C keičia · X šalina · b matavimai
tui-detail-breakdown-select = išskaidyti tikslai: b juos pasirenka
tui-detail-per = per { $period }
tui-detail-by-unit = pagal padalinį
tui-detail-before = prieš
tui-detail-tools-judged = juo vertinami seminaro įrankiai
tui-detail-readings-keys = matavimai ({ $count }), naujausi pirmi: [ ] judėti · r įrašo · C keičia · X šalina
tui-detail-newer = { $count ->
    [one] { $count } naujesnis
    [few] { $count } naujesni
   *[other] { $count } naujesnių
}
tui-detail-older = { $count ->
    [one] { $count } senesnis
    [few] { $count } senesni
   *[other] { $count } senesnių
}
tui-detail-decision = sprendimas
tui-detail-from-to = nuo { $from } iki { $to }
tui-detail-referred = nurodo { $count }
tui-detail-changes-since = pokyčiai nuo { $date }
tui-detail-late-by = vėluoja { $days }: terminas { $due }
tui-detail-next-in = kita { $next } (po { $days })
tui-detail-not-held = dar neįvyko: H pažymi ją įvykusia šiandien
tui-charter-title = Klientų aptarnavimo chartija
tui-charter-approved = patvirtinta { $date }
tui-charter-none = chartijos dar nėra: parašykite charter.yaml (žr. DESIGN §2)
tui-action = Veiksmas
tui-action-late-by = vėluoja { $days }
tui-action-keys = enter: eiti į jį · tarpas: pažymėti / atžymėti
tui-action-done = atliktas
tui-action-open = atviras
tui-action-closed = uždarytas
tui-label-agents = pokyčių agentai
tui-label-alert = įspėjimo riba
tui-label-at-review = peržiūroje
tui-label-attendees = dalyviai
tui-label-baseline = pradinė reikšmė
tui-label-before = prieš
tui-label-by = vertintojas
tui-label-corrects = taiso
tui-label-depends-on = priklauso nuo
tui-label-direction = kryptis
tui-label-done = atlikta
tui-label-done-on = atlikta
tui-label-due = terminas
tui-label-during = metu
tui-label-every = kas kiek
tui-label-expected = tikėtina
tui-label-expected-now = tikėtina dabar
tui-label-forecast = prognozė
tui-label-goal = tikslas
tui-label-last-held = paskutinį kartą įvyko
tui-label-last-review = paskutinė peržiūra
tui-label-latest = naujausia
tui-label-mean = vidurkis
tui-label-metric = rodiklis
tui-label-milestone = etapas
tui-label-note = pastaba
tui-label-owner = atsakingas
tui-label-progress = pažanga
tui-label-slip = nuokrypis
tui-label-source = šaltinis
tui-label-start-to-due = pradžia → terminas
tui-label-state = būklė
tui-label-status = būsena
tui-label-target = tikslas
tui-label-terms = sąlygos
tui-label-unit = padalinys
tui-label-values = vertybės
tui-label-vision = vizija
tui-label-vs-due = palyginti su terminu
tui-label-written-in = įrašytas
tui-review-action = veiksmas
tui-review-close-step = pridėti sprendimus ir veiksmus, uždaryti
tui-review-gone = šios peržiūros plane nebėra: esc
tui-review-step-of = Peržiūra { $date } · žingsnis { $step } iš { $total }
tui-review-this-step = Šis žingsnis
tui-review-milestone-keys = h būklė · +/- pažanga · [/] prognozė ∓7 d. · f prognozė · p pažanga · n pastaba · e viskas formoje
tui-review-metric-keys = v reikšmė · n pastaba · e abu formoje
tui-review-decision = Sprendimas
tui-review-decision-keys = e taisyti · d pašalinti · a kitas sprendimas · t veiksmas
tui-review-action-keys = x atliktas / atviras · e taisyti · d pašalinti · t kitas veiksmas
tui-review-close = Uždaryti peržiūrą
tui-review-close-keys = a pridėti sprendimą · t pridėti veiksmą · C uždaryti: patikrinti, išsaugoti, įrašyti ir pažymėti review/DATE
tui-review-has-errors = { $count ->
    [one] plane yra { $count } klaida: ! jas parodo; peržiūra uždaroma tik be klaidų
    [few] plane yra { $count } klaidos: ! jas parodo; peržiūra uždaroma tik be klaidų
   *[other] plane yra { $count } klaidų: ! jas parodo; peržiūra uždaroma tik be klaidų
}
tui-review-no-milestones = etapų nėra
tui-review-summary = peržiūra { $date }: { $milestones }; { $decisions }, { $actions }
tui-review-decisions = { $count ->
    [one] { $count } sprendimas
    [few] { $count } sprendimai
   *[other] { $count } sprendimų
}
tui-review-actions = { $count ->
    [one] { $count } veiksmas
    [few] { $count } veiksmai
   *[other] { $count } veiksmų
}
tui-hist-revision-open = istorija nerodoma, kol atverta versija: esc grįžta
tui-hist-reading = skaitoma istorija…
tui-hist-diff = Skirtumai { $from } → { $to }
tui-hist-metric = Rodiklis
tui-hist-no-metric = rodiklio nėra
tui-hist-log = Žurnalas { $count }
tui-hist-changes = Pakeitimai
tui-hist-no-commit = planas dar neįrašytas nė vienoje versijoje
tui-hist-amends = pataiso peržiūrą { $date }
tui-hist-closes = uždaro peržiūrą { $date }
tui-hist-trend = Etapų tendencija
tui-hist-no-forecast = nė viena peržiūra dar nenumatė etapo: peržiūros įrašo prognozę kiekvienam atviram etapui
tui-hist-trend-title = Etapų tendencija · prognozė kiekvienoje peržiūroje · { $count } iš { $total }
tui-hist-first = pirmoji
tui-hist-on-schedule = laiku
tui-hist-slip = Nuokrypis
tui-hist-no-reading = matavimų dar nėra: r skirtuke Rodikliai įrašo matavimą
tui-hist-readings = matavimai
tui-hist-trajectory = trajektorija
tui-hist-other-metrics = [ ] kiti rodikliai
tui-hist-latest-words = naujausia { $value } ({ $on }) · tikėtina { $expected } · { $state }
tui-hist-baseline-words = pradinė { $baseline } → tikslas { $target }
tui-hist-in-words = Žodžiais
tui-search-title = Paieška
tui-problems-title = Problemos (enter: eiti į įrašą)
tui-prompt-commit-message = Įrašo aprašymas
tui-prompt-filter = Filtras
tui-msg-nothing-to-save = nėra ką išsaugoti
tui-msg-nothing-to-set = šiame žingsnyje nėra ką nustatyti
tui-ask-forecast = Prognozė (YYYY-MM-DD)
tui-ask-progress = Pažanga (0–100 %)
tui-ask-note = Pastaba
tui-ask-value = Reikšmė šioje peržiūroje
tui-confirm-delete = Ištrinti: { $kind } { $id }?
tui-confirm-referred-by = nurodo { $item }
tui-confirm-references-reported = patikros apie šias nuorodas praneš, kol jų nepakeisite
tui-msg-viewing-revision = planas, koks buvo { $revision }, tik skaitymui: esc grįžta į dabartinį planą
tui-msg-read-only = tik skaitymui: tai planas, koks buvo vienoje versijoje; esc grįžta į dabartinį planą
tui-trial-decide-ended = nuspręsti: palikti ar atsisakyti (bandymas baigėsi { $until })
tui-trial-decide = nuspręsti: palikti ar atsisakyti
tui-trial-until = bandomas iki { $until }
tui-trial-no-end = bandomas, be pabaigos datos
tui-trial-kept = paliktas
tui-trial-dropped = atsisakyta
tui-trial-no-metric = nesusietas joks rodiklis: susiekite jį per `metric:`, kad įrankį būtų galima vertinti pagal rezultatus
tui-trial-unknown-metric = rodiklio `{ $metric }` nėra metrics.yaml
tui-trial-before = { $count ->
    [one] { $mean } prieš ({ $count } matavimas)
    [few] { $mean } prieš ({ $count } matavimai)
   *[other] { $mean } prieš ({ $count } matavimų)
}
tui-trial-during = { $count ->
    [one] { $mean } metu ({ $count } matavimas)
    [few] { $mean } metu ({ $count } matavimai)
   *[other] { $mean } metu ({ $count } matavimų)
}
tui-trial-before-none = matavimų prieš nėra
tui-trial-during-none = matavimų metu nėra
tui-trial-better = geriau
tui-trial-not-better = ne geriau
tui-routine-from-commit = versija { $commit }
tui-routine-held = įvyko
tui-merge-layout-only = diske pasikeitė tik failų komentarai ar išdėstymas: jūsų pakeitimai dabar taikomi jiems (s išsaugo)
tui-merge-changed-on-disk = pasikeitė diske ({ $count }):
tui-merge-more = dar { $count }
tui-merge-both-sides = pasikeitė abiejose pusėse ({ $count }), palikta jūsų versija:
tui-merge-kept-whole = nepavyko sulieti įrašas po įrašo; jūsų versija palikta visa
tui-merge-errors = { $count ->
    [one] sulietame plane yra { $count } klaida, kurią reikia ištaisyti prieš išsaugant:
    [few] sulietame plane yra { $count } klaidos, kurias reikia ištaisyti prieš išsaugant:
   *[other] sulietame plane yra { $count } klaidų, kurias reikia ištaisyti prieš išsaugant:
}
tui-merge-question = { $count ->
    [one] Sulieti { $count } neišsaugotą pakeitimą su diske pasikeitusiais failais?
    [few] Sulieti { $count } neišsaugotus pakeitimus su diske pasikeitusiais failais?
   *[other] Sulieti { $count } neišsaugotų pakeitimų su diske pasikeitusiais failais?
}
tui-merge-done = jūsų pakeitimai sulieti su failais diske: s išsaugo rezultatą
tui-merge-done-conflicts = { $count ->
    [one] jūsų pakeitimai sulieti su failais diske ({ $count } konfliktas, palikta jūsų versija): s išsaugo rezultatą
    [few] jūsų pakeitimai sulieti su failais diske ({ $count } konfliktai, palikta jūsų versija): s išsaugo rezultatą
   *[other] jūsų pakeitimai sulieti su failais diske ({ $count } konfliktų, palikta jūsų versija): s išsaugo rezultatą
}
tui-confirm-quit = Išeiti neišsaugojus pakeitimų?
tui-confirm-reload = Iš naujo įkelti planą iš disko ir atsisakyti neišsaugotų pakeitimų?
tui-msg-undone = atšaukta
tui-msg-nothing-to-undo = nėra ką atšaukti
tui-msg-redone = grąžinta
tui-msg-nothing-to-redo = nėra ką grąžinti
tui-msg-disk-changed-dirty = plano failai diske pakeisti ne per charter: M sulieja su jais jūsų pakeitimus, R įkelia juos iš naujo (jūsų pakeitimai dings)
tui-msg-disk-changed = plano failai diske pakeisti ne per charter: R įkelia juos iš naujo
tui-msg-not-saved-disk = { $file } pasikeitė diske po įkėlimo, todėl niekas neišsaugota: M sulieja su juo jūsų pakeitimus, R įkelia jį iš naujo (jūsų pakeitimai dings)
tui-msg-not-closed-disk = { $file } pasikeitė diske po įkėlimo, todėl peržiūra neuždaryta: M sulieja su juo jūsų pakeitimus, R įkelia jį iš naujo (jūsų pakeitimai dings)
tui-filter-words-only = žodžiai atitinka bet kurį stulpelį
tui-filter-hint = filtrai: { $filters } · žodžiai atitinka bet kurį stulpelį
tui-msg-adds-nothing = `{ $key }` nieko neprideda: paspauskite sąrašo klavišą arba esc
tui-msg-select-workshop = A prideda įrankį pasirinktam seminarui: pasirinkite seminarą (W prideda seminarą)
tui-confirm-remove-action = Pašalinti veiksmą „{ $title }“?
tui-msg-on-breakdowns = [ ] C X dabar dirba su išskaidytais tikslais (b: atgal prie matavimų)
tui-msg-on-readings = [ ] C X dabar dirba su matavimais (b: išskaidyti tikslai)
tui-msg-no-breakdowns = šis rodiklis neturi išskaidytų tikslų: a, po to b prideda tikslą
tui-msg-no-readings = šis rodiklis neturi matavimų: r įrašo matavimą
tui-confirm-remove-breakdown = Pašalinti išskaidytą tikslą { $id }?
tui-confirm-remove-reading = Pašalinti { $metric } matavimą ({ $on }): { $value }?
tui-msg-target-already = { $metric }: tikslas { $target } jau toks, kokį siūlo gairės
tui-confirm-set-target = Nustatyti { $metric } tikslą { $target } iki { $by }?
tui-confirm-set-target-now = Nustatyti { $metric } tikslą { $target } iki { $by } (dabar { $now })?
tui-msg-select-metric = pirma pasirinkite rodiklį
tui-prompt-record = { $metric } matavimas: REIKŠMĖ, po jos DATA ir PADALINYS, jei ne šiandien ir ne viso plano (šiandien { $today })
tui-msg-review-gone = peržiūros { $date } plane nebėra
tui-msg-review-cannot-close = { $count ->
    [one] plane yra { $count } klaida, todėl peržiūros uždaryti negalima: esc, po to ! ją parodo
    [few] plane yra { $count } klaidos, todėl peržiūros uždaryti negalima: esc, po to ! jas parodo
   *[other] plane yra { $count } klaidų, todėl peržiūros uždaryti negalima: esc, po to ! jas parodo
}
tui-confirm-close-review = Uždaryti peržiūrą { $date }: išsaugoti, įrašyti ir pažymėti?
tui-confirm-close-commit = įrašas: { $message }
tui-confirm-close-tag = žymė: { $tag } (lieka tokia pati, jei peržiūra jau buvo uždaryta)
tui-msg-review-not-closed = peržiūra { $date } neuždaryta: niekas neįrašyta
tui-hist-mark-cleared = žymė panaikinta
tui-hist-marked = pažymėta { $commit } ({ $date }): pasirinkite kitą versiją ir paspauskite d palyginti
tui-hist-nothing-to-compare = nėra versijos palyginti
tui-hist-working-tree = darbinė kopija
tui-hist-nothing-to-open = nėra versijos atverti
tui-hist-revision = { $commit } ({ $date })
tui-msg-no-action = nepasirinktas joks veiksmas
tui-msg-commit-needs-message = įrašui reikia aprašymo
tui-msg-assessment-on-people = S prideda savybių įvertinimą skirtuke Žmonės (6)
tui-msg-milestone-no-actions = šis etapas neturi veiksmų
tui-msg-select-routine = H pažymi rutiną įvykusia šiandien: pasirinkite rutiną skirtuke Žmonės
tui-msg-nothing-to-edit = čia nėra ką taisyti: a – pridėti
tui-msg-no-metrics = plane nėra rodiklių
tui-msg-select-review = pirma pasirinkite peržiūrą
tui-msg-review-screen-closed = peržiūros ekranas uždarytas; jo pakeitimai dar neišsaugoti: s išsaugo, arba w ir C uždaro peržiūrą
tui-msg-nothing-to-change = šiame žingsnyje nėra ką keisti
tui-done-action-removed = etapas { $id }: veiksmas pašalintas
tui-done-reading-removed = rodiklis { $metric }: { $date } matavimas pašalintas
tui-msg-milestone-no-actions-add = šis etapas neturi veiksmų: A prideda veiksmą
tui-done-status = etapas { $id }: būsena { $from } → { $to }
tui-done-action-done = etapas { $id }: veiksmas „{ $title }“ atliktas
tui-done-action-reopened = etapas { $id }: veiksmas „{ $title }“ vėl atvertas
tui-msg-held-already = rutina { $id } jau pažymėta įvykusia šiandien
tui-done-held = rutina { $id }: įvyko { $date }
tui-err-record-value = įveskite reikšmę, pvz., 66 arba 66.5
tui-err-record-word = `{ $word }` nėra nei data, nei padalinio id: { $error }
tui-err-record-extra = `{ $word }`: įveskite REIKŠMĘ, po jos, jei reikia, datą ir padalinio id
tui-err-reading-exists = { $metric } jau turi matavimą { $date }: C jį pakeičia
tui-err-reading-exists-unit = { $metric } jau turi matavimą { $date } padaliniui { $unit }: C jį pakeičia
tui-done-reading = rodiklis { $metric }: matavimas { $value } ({ $date })
tui-done-reading-unit = rodiklis { $metric }: matavimas { $value } ({ $date }, padalinys { $unit })
tui-err-file-has-errors = { $file } turi klaidų, todėl jo pakeitimo išsaugoti negalima: pirma jas ištaisykite (! jas išvardija)
tui-done-review-drafted = parengtas peržiūros { $date } juodraštis, perkelta: atvirų etapų – { $milestones }, rodiklių – { $metrics }, atvirų veiksmų – { $actions }
tui-filter-unknown-none = filtro `{ $key }` nėra; sąrašas „{ $list }“ neturi filtrų, tik žodžius, kurių ieškoma eilutėse
tui-filter-unknown-near = filtro `{ $key }` nėra: gal turėjote omenyje `{ $near }`? filtrai: { $filters }
tui-filter-unknown = filtro `{ $key }` nėra: filtrai: { $filters }
tui-err-pick-milestone = { $key }: su ^n pasirinkite etapą, kuriam tai priklauso
tui-err-pick-metric = { $key }: su ^n pasirinkite rodiklį, kuriam tai priklauso
tui-err-pick-review = { $key }: su ^n pasirinkite peržiūrą (jos datą), kuriai tai priklauso
tui-err-no-milestone = { $key }: etapo `{ $id }` nėra: pasirinkite jį su ^n
tui-err-no-metric = { $key }: rodiklio `{ $id }` nėra: pasirinkite jį su ^n
tui-err-no-review = { $key }: peržiūros `{ $id }` nėra: pasirinkite ją su ^n
tui-err-reading-taken = rodiklis jau turi matavimą { $date }: pakeiskite tą
tui-err-reading-taken-unit = rodiklis jau turi matavimą { $date } padaliniui { $unit }: pakeiskite tą
tui-err-no-workshop = aptarnavimo seminaro `{ $id }` nėra: pirma pridėkite seminarą arba pasirinkite jį su ^n
tui-ref-the-charter = chartija
tui-ref-of-on = { $rep }, { $date }
tui-err-not-whole = `{ $text }` nėra sveikasis skaičius
tui-err-listed-twice = `{ $id }` nurodytas du kartus: kiekvieną id nurodykite vieną kartą
tui-err-range = įrašykite mažiausią ir didžiausią reikšmę, pvz., 0 100
tui-err-choose-one = pasirinkite vieną iš: { $options }
tui-err-required = { $field } – privalomas laukas
tui-err-disk-unreadable = nepavyko perskaityti plano diske, kad į jį būtų sujungti jūsų pakeitimai: { $error }
tui-msg-reloaded = iš naujo įkelta iš disko
tui-err-progress = pažanga – sveikasis procentas nuo 0 iki 100
tui-done-progress = { $id }: pažanga { $progress }%
tui-done-forecast = { $id }: prognozė { $date }
tui-done-note = { $id }: pastaba įrašyta
tui-err-nothing-to-set = šiame žingsnyje nėra ką nustatyti
tui-done-review-action-done = veiksmas atliktas: { $text }
tui-done-review-action-open = veiksmas atviras: { $text }
tui-done-decision-removed = sprendimas pašalintas: { $text }
tui-done-review-action-removed = veiksmas pašalintas: { $text }
tui-search-service-charter = aptarnavimo chartija

## What each kind of item is called.
tui-kind-goal = tikslas
tui-kind-milestone = etapas
tui-kind-metric = rodiklis
tui-kind-committee-member = valdymo komiteto narys
tui-kind-routine = valdymo rutina
tui-kind-change-agent = pokyčių agentas
tui-kind-channel = aptarnavimo kanalas
tui-kind-commitment = įsipareigojimas
tui-kind-review = peržiūra
tui-kind-charter-text = chartijos tekstas
tui-kind-plan-details = plano duomenys
tui-kind-unit = padalinys
tui-kind-skills-assessment = savybių įvertinimas
tui-kind-workshop = aptarnavimo seminaras
tui-kind-workshop-tool = seminaro įrankis
tui-kind-reading = matavimas
tui-kind-milestone-action = etapo veiksmas
tui-kind-breakdown-target = išskaidytas tikslas
tui-kind-review-decision = peržiūros sprendimas
tui-kind-review-action = peržiūros veiksmas
tui-kind-review-milestone-entry = etapo įrašas peržiūroje
tui-kind-review-metric-entry = rodiklio įrašas peržiūroje
tui-kind-plan = planas
tui-kind-charter = chartija
tui-kind-decision = sprendimas
tui-kind-action = veiksmas

## Form field labels (English shows the field path itself).
tui-field-agents = pokyčių agentai
tui-field-aggregate = agregavimas
tui-field-alert = įspėjimo riba
tui-field-approved-by = patvirtino
tui-field-approved-on = patvirtinimo data
tui-field-attendees = dalyviai
tui-field-baseline-on = pradinės reikšmės data
tui-field-baseline-value = pradinė reikšmė
tui-field-by = vertintojas
tui-field-channel = kanalas
tui-field-consultant = konsultantas
tui-field-date = data
tui-field-depends-on = priklauso nuo
tui-field-description = aprašymas
tui-field-direction = kryptis
tui-field-done = atlikta
tui-field-done-on = atlikimo data
tui-field-due = terminas
tui-field-email = el. paštas
tui-field-end = pabaiga
tui-field-every = kas kiek
tui-field-focus = sritis
tui-field-forecast = prognozė
tui-field-goal = tikslas
tui-field-health = būklė
tui-field-held = įvyko
tui-field-horizon = laikotarpis
tui-field-hours = valandos
tui-field-id = ID
tui-field-kind = rūšis
tui-field-language = kalba
tui-field-level = lygis
tui-field-metric = rodiklis
tui-field-metrics = rodikliai
tui-field-milestone = etapas
tui-field-name = pavadinimas
tui-field-note = pastaba
tui-field-on = data
tui-field-organization = organizacija
tui-field-owner = atsakingas
tui-field-parent = aukštesnis padalinys
tui-field-period = laikotarpis
tui-field-phase = fazė
tui-field-principles = aptarnavimo principai
tui-field-progress = pažanga
tui-field-rep = specialistas
tui-field-review = peržiūra
tui-field-review-every = peržiūra kas
tui-field-role = vaidmuo
tui-field-scale = skalė
tui-field-source = šaltinis
tui-field-start = pradžia
tui-field-status = būsena
tui-field-summary = santrauka
tui-field-target = tikslas
tui-field-target-by = tikslo data
tui-field-target-value = tikslo reikšmė
tui-field-target-guide = tikslo gairė
tui-field-target-horizon = tikslo laikotarpis
tui-field-terms = sąlygos
tui-field-text = tekstas
tui-field-title = pavadinimas
tui-field-topic = tema
tui-field-trial-until = bandoma iki
tui-field-unit = padalinys
tui-field-value = reikšmė
tui-field-values = vertybės
tui-field-verdict = sprendimas
tui-field-version = versija
tui-field-vision = vizija
tui-field-workshop = seminaras

## What each key does, for help.
tui-key-next-tab = kitas skirtukas
tui-key-previous-tab = ankstesnis skirtukas
tui-key-overview = Apžvalga
tui-key-charter = Chartija
tui-key-goals = Tikslai
tui-key-milestones = Etapai
tui-key-metrics = Rodikliai
tui-key-people = Žmonės
tui-key-reviews = Peržiūros
tui-key-history = Istorija
tui-key-actions-every-action-of-the-milestones = Veiksmai: visi etapų ir peržiūrų veiksmai
tui-key-newer-commit = naujesnė versija
tui-key-older-commit = senesnė versija
tui-key-page-up = puslapis aukštyn
tui-key-page-down = puslapis žemyn
tui-key-newest-commit = naujausia versija
tui-key-oldest-commit = seniausia versija
tui-key-what-the-commit-changed = ką pakeitė ši versija
tui-key-mark-the-revision-to-compare-again = pažymėti versiją palyginimui (dar kartą: atžymėti)
tui-key-diff-the-marked-revision-to-this = palyginimas: nuo pažymėtos versijos iki šios (nepažymėjus: nuo šios iki darbinės kopijos)
tui-key-open-the-plan-as-it-was = atverti planą, koks jis buvo šioje versijoje, tik skaitymui
tui-key-milestone-trend-chart-forecasts-at-each = etapo tendencija: prognozės kiekvienoje peržiūroje
tui-key-metric-chart-readings-against-the-trajectory = rodiklio grafikas: matavimai ir numatyta trajektorija
tui-key-previous-metric = ankstesnis rodiklis
tui-key-next-metric = kitas rodiklis
tui-key-new-review-for-today-pre-filled = nauja šiandienos peržiūra, iš anksto užpildyta pagal planą, peržiūros ekrane
tui-key-walk-through-the-review-on-the = pereiti peržiūrą peržiūros ekrane
tui-key-previous-step = ankstesnis žingsnis
tui-key-next-step = kitas žingsnis
tui-key-first-step = pirmas žingsnis
tui-key-last-step-close = paskutinis žingsnis: uždarymas
tui-key-next-health-on-track-to-at = kita būklė (pagal planą → rizikinga → nukrypusi → atlikta → nepradėta)
tui-key-progress-more = pažanga +10 %
tui-key-progress-less = pažanga −10 %
tui-key-forecast-a-week-later = prognozė savaite vėliau
tui-key-forecast-a-week-earlier = prognozė savaite anksčiau
tui-key-type-the-forecast = įvesti prognozę
tui-key-type-the-progress = įvesti pažangą
tui-key-note = pastaba
tui-key-the-metric-s-value = rodiklio reikšmė
tui-key-add-a-decision-a-form-text = pridėti sprendimą (forma: tekstas, atsakingas)
tui-key-add-an-action-a-form-owner = pridėti veiksmą (forma: atsakingas, terminas, taisomas rodiklis ar etapas)
tui-key-edit-this-step-in-a-form = taisyti šį žingsnį formoje (etapo ar rodiklio įrašas, sprendimas, veiksmas)
tui-key-action-done-open = veiksmas atliktas / atviras
tui-key-remove-the-decision-or-action = pašalinti sprendimą ar veiksmą
tui-key-close-the-review-check-save-commit = uždaryti peržiūrą: patikrinti, išsaugoti, įrašyti ir pažymėti review/DATE
tui-key-undo = atšaukti
tui-key-redo = grąžinti
tui-key-help = pagalba
tui-key-leave-the-review-screen-edits-stay = išeiti iš peržiūros ekrano (pakeitimai lieka neišsaugoti)
tui-key-back-to-the-current-plan = grįžti į dabartinį planą
tui-key-search-every-document = ieškoti visuose dokumentuose
tui-key-errors-and-warnings-of-the-plan = plano klaidos ir įspėjimai
tui-key-save-and-commit = išsaugoti ir įrašyti
tui-key-reload-the-plan-from-disk-drops = iš naujo įkelti planą iš disko (neišsaugoti pakeitimai dings)
tui-key-merge-your-unsaved-edits-into-plan = sulieti neišsaugotus pakeitimus su diske pasikeitusiais plano failais
tui-key-this-help = ši pagalba
tui-key-quit = išeiti
tui-key-add-an-item-choose-its-kind = pridėti įrašą: pasirinkti rūšį (visos rūšys, šio skirtuko – pirmos)
tui-key-previous-item = ankstesnis įrašas
tui-key-next-item = kitas įrašas
tui-key-first-item = pirmas įrašas
tui-key-last-item = paskutinis įrašas
tui-key-edit-the-item = taisyti įrašą
tui-key-add-an-item-choose-its-kind-2 = pridėti įrašą: pasirinkti rūšį (šio skirtuko – pirmos)
tui-key-delete-the-item-asks-first = ištrinti įrašą (pirma paklausia)
tui-key-filter-words-or-the-list-s = filtras (žodžiai arba sąrašo filtro žodžiai: juos rodo užuominos eilutė)
tui-key-clear-the-filter = išvalyti filtrą
tui-key-sort-by-the-next-column = rikiuoti pagal kitą stulpelį
tui-key-reverse-the-sort = atvirkštinė tvarka
tui-key-scroll-the-detail-down-or-the = slinkti informaciją žemyn (arba pelės ratuku virš jos)
tui-key-scroll-the-detail-up = slinkti informaciją aukštyn
tui-key-scroll-the-charter-s-text-down = slinkti chartijos tekstą žemyn (arba pelės ratuku virš jo)
tui-key-scroll-the-charter-s-text-up = slinkti chartijos tekstą aukštyn
tui-key-next-status-planned-to-in-progress = kita būsena (suplanuota → vykdoma → atlikta → užblokuota → atšaukta)
tui-key-mark-done-today = pažymėti atliktu šiandien
tui-key-timeline-table = laiko juosta / lentelė
tui-key-next-action-of-the-milestone = kitas etapo veiksmas
tui-key-previous-action-of-the-milestone = ankstesnis etapo veiksmas
tui-key-tick-untick-the-action = pažymėti / atžymėti veiksmą
tui-key-add-an-action-to-the-milestone = pridėti veiksmą etapui
tui-key-change-the-action-in-a-form = keisti veiksmą formoje (etapas, pavadinimas, atsakingas, terminas, atlikta)
tui-key-remove-the-action-asks-first = pašalinti veiksmą (pirma paklausia)
tui-key-record-a-reading-value-then-a = įrašyti matavimą: REIKŠMĖ, po jos data ir padalinys, jei ne šiandienos ir ne viso plano
tui-key-c-x-work-on-the-breakdown = [ ] C X dirbti su išskaidytais tikslais / su matavimais
tui-key-previous-action = ankstesnis veiksmas
tui-key-next-action = kitas veiksmas
tui-key-first-action = pirmas veiksmas
tui-key-last-action = paskutinis veiksmas
tui-key-go-to-the-action-s-milestone = eiti į veiksmo etapą ar peržiūrą
tui-key-tick-untick-the-action-where-it = pažymėti / atžymėti veiksmą ten, kur jis įrašytas (peržiūros veiksmą – naujausioje jį nurodančioje peržiūroje)
tui-key-filter-words-or-owner-metric-milestone = filtras (žodžiai arba owner: metric: milestone: open late overdue)
tui-key-scroll-the-detail-down = slinkti informaciją žemyn
tui-key-add-a-service-workshop = pridėti aptarnavimo seminarą
tui-key-add-a-tool-to-try-after = pridėti įrankį, išbandomą po pasirinkto seminaro
tui-key-record-the-selected-routine-as-held = pažymėti pasirinktą rutiną kaip įvykusią šiandien (skirtukas Žmonės)
tui-key-add-a-rep-s-assessment-of = pridėti specialisto dešimties savybių įvertinimą (skirtukas Žmonės)
tui-key-suggest-a-realistic-target-from-the = pasiūlyti realų tikslą (pagal naujausius matavimus ir gaires) ir kodėl
tui-key-next-older-reading-of-the-metric = kitas (senesnis) rodiklio matavimas
tui-key-previous-newer-reading-of-the-metric = ankstesnis (naujesnis) rodiklio matavimas
tui-key-change-the-reading-or-breakdown-target = keisti matavimą ar išskaidytą tikslą formoje
tui-key-remove-the-reading-or-breakdown-target = pašalinti matavimą ar išskaidytą tikslą (pirma paklausia)
tui-key-next-field = kitas laukas
tui-key-previous-field = ankstesnis laukas
tui-key-next-choice-or-matching-id = kitas pasirinkimas ar atitinkantis ID
tui-key-previous-choice-or-matching-id = ankstesnis pasirinkimas ar atitinkantis ID
tui-key-edit-the-field-in-editor = taisyti lauką per $EDITOR
tui-key-apply-the-form = pritaikyti formą
tui-key-cancel = atšaukti
tui-key-cursor-one-character-left = žymeklis vienu simboliu kairėn
tui-key-cursor-one-character-right = žymeklis vienu simboliu dešinėn
tui-key-cursor-to-the-start-of-the = žymeklis į žodžio pradžią
tui-key-cursor-past-the-end-of-the = žymeklis už žodžio pabaigos
tui-key-delete-the-word-before-the-cursor = ištrinti žodį prieš žymeklį
tui-key-cursor-to-the-start = žymeklis į pradžią
tui-key-cursor-to-the-end = žymeklis į pabaigą
tui-key-delete-the-character-before-the-cursor = ištrinti simbolį prieš žymeklį
tui-key-delete-the-character-under-the-cursor = ištrinti simbolį po žymekliu
tui-key-confirm = patvirtinti
tui-key-previous = ankstesnis
tui-key-next = kitas
tui-key-go-there = eiti ten
tui-key-close = uždaryti
tui-key-delete-a-character = ištrinti simbolį
tui-key-previous-kind = ankstesnė rūšis
tui-key-next-kind = kita rūšis
tui-key-first-kind = pirma rūšis
tui-key-last-kind = paskutinė rūšis
tui-key-open-the-kind-s-form-or = atverti rūšies formą (arba paspausti šalia nurodytą klavišą)
tui-key-add-nothing = nieko nepridėti
tui-key-yes = taip
tui-key-no = ne
tui-key-close-help = uždaryti pagalbą
tui-key-scroll-up = slinkti aukštyn
tui-key-scroll-down = slinkti žemyn
tui-key-top = viršus
tui-key-bottom = apačia

## The status line after a review is closed in the UI.
tui-review-close-refused = { $count ->
    [one] plane yra { $count } klaida, todėl peržiūros uždaryti negalima: paspauskite esc, tada !, kad ją pamatytumėte
    [few] plane yra { $count } klaidos, todėl peržiūros uždaryti negalima: paspauskite esc, tada !, kad jas pamatytumėte
   *[other] plane yra { $count } klaidų, todėl peržiūros uždaryti negalima: paspauskite esc, tada !, kad jas pamatytumėte
}
tui-review-close-committed = peržiūra { $date } uždaryta: įrašyta { $commit } ir pažymėta žyma { $tag }
tui-review-close-tagged = peržiūra { $date } uždaryta: { $commit } pažymėtas žyma { $tag }
tui-review-close-amended = peržiūra { $date } pataisyta: įrašyta { $commit }; žyma { $tag } lieka ties { $closed } – įrašu, kuriuo peržiūra buvo uždaryta
tui-review-close-already = peržiūra { $date } jau buvo uždaryta (žyma { $tag } ties { $closed }) ir nuo to laiko niekas nepasikeitė
