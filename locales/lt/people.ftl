## people.yaml: specialistai, jų mokymas ir sertifikavimas, įgūdžių ugdymas.

## Penkios vadovo mokymo dalys.
people-part-organisation = pažintis su organizacija
people-part-one_to_one = individualus mokymas ir įgalinimas
people-part-mentoring = įtvirtinimas ir asmeninė mentorystė
people-part-certification = mokymosi vertinimas ir sertifikavimas
people-part-follow_up = kontrolė ir pirmasis palydėjimas darbe

## Silpno įgūdžio ugdymo būdai.
people-kind-workshop = seminaras
people-kind-guidance = instruktažas
people-kind-side_by_side = mokymas greta, „petys į petį“

## Kur yra specialistas.
people-state-hired = dar nepradėjo
people-state-in_training = mokosi
people-state-certified = sertifikuotas
people-state-left = išėjo

## check.
people-noun-rep = people.yaml specialistas
people-noun-staff = komiteto narys, pokyčių agentas ar specialistas
people-home-staff = committee.yaml, agents.yaml arba people.yaml specialistus
people-what-rep = specialisto
people-whose-rep = specialisto `{ $id }`
people-first-rep = specialistas { $name }
people-whose-coaching = specialisto `{ $rep }` ugdymo (įgūdis: { $skill })
people-whose-certification = specialisto `{ $id }` sertifikavimo
people-own-mentor = specialistas `{ $id }` nurodytas savo paties mentoriumi: nurodykite kitą specialistą, komiteto narį ar pokyčių agentą
people-id-clash = specialisto `{ $id }` ({ $name }) id sutampa su { $other }, kuris yra komiteto narys ar pokyčių agentas: suteikite specialistui savo id arba tą patį vardą, jei tai tas pats žmogus
people-part-twice = specialisto `{ $id }` mokymo dalis „{ $part }“ nurodyta du kartus: palikite po vieną įrašą kiekvienai daliai
people-what-on-the-job = mokymas darbo vietoje
people-what-certification = sertifikavimas
people-what-left = išėjimas
people-before-start = specialistas `{ $id }`: { $what } { $date } yra anksčiau nei darbo pradžia { $start }: pataisykite datą arba `start`
people-on-the-job-order = specialistas `{ $id }`: mokymas darbo vietoje baigiasi { $until }, anksčiau nei prasideda { $from }: nurodykite `until` po `from`
people-certification-due = specialistas `{ $id }` pradėjo dirbti { $start } ir nesertifikuotas jau { $days ->
    [one] { $days } dieną
    [few] { $days } dienas
   *[other] { $days } dienų
}: sertifikuoti reikėjo iki { $due } ({ $within } nuo pradžios); įrašykite `certification` (on, by, balai arba pass, santrauka) arba nurodykite `certify_within` faile people.yaml

## status.
people-md-head = Specialistai
people-status-reps = Dirba { $count ->
    [one] { $count } specialistas
    [few] { $count } specialistai
   *[other] { $count } specialistų
} — sertifikuoti: { $certified } · mokosi: { $training }
people-status-in-training = mokosi:
people-started = pradėjo { $start }
people-certification-due-on = sertifikuoti iki { $due } ({ $when })
people-certification-late = sertifikavimas: { $late }
people-status-coaching = Ugdymas — atviri: { $open } · vėluojantys: { $overdue } · siūlomi: { $proposed }
people-status-coaching-overdue = vėluojantis ugdymas:
people-status-coaching-proposed = ugdymas, kurį siūlo naujausi vertinimai:
people-owner = , atsakingas { $owner }
people-coaching-overdue-line = { $skill }: { $kind }, { $late }{ $owner }
people-proposed-weak = balas { $score }, { $on }
people-proposed-unit-weakest = balas { $score }, { $on }; silpniausias padalinio { $unit } įgūdis
people-proposed-line = { $skill } ({ $why }): { $kind }

## diff: people.yaml įrašai.
people-diff-kind-people = specialistai
people-diff-kind-rep = specialistas
people-diff-kind-coaching = ugdymas
people-diff-n-rep = { $count ->
    [one] { $count } specialistas
    [few] { $count } specialistai
   *[other] { $count } specialistų
}
people-diff-n-coaching = { $count ->
    [one] { $count } ugdymo įrašas
    [few] { $count } ugdymo įrašai
   *[other] { $count } ugdymo įrašų
}

## exceptions ir ataskaitos: vėluojantis ugdymas.
people-exc-kind-coaching = ugdymas
people-exc-n-coaching = { $count ->
    [one] { $count } ugdymo įrašas vėluoja
    [few] { $count } ugdymo įrašai vėluoja
   *[other] { $count } ugdymo įrašų vėluoja
}
people-exc-coaching = { $count ->
    [one] vėluoja { $count } dieną (terminas { $due }): { $note }
    [few] vėluoja { $count } dienas (terminas { $due }): { $note }
   *[other] vėluoja { $count } dienų (terminas { $due }): { $note }
}
people-exc-coaching-note = { $kind }, įgūdis: { $skill }{ $owner }
people-report-owner = , atsakingas { $owner }
people-report-coaching = { $kind }, įgūdis: { $skill }{ $owner }, terminas { $date }
people-report-exception-coaching = { $title } { $id } ugdymas: terminas { $due }; { $summary }
people-report-md-exception-coaching = { $tag }: { $title } { $id } ugdymas

## Terminalo sąsajos skirtukas „Žmonės“.
people-tui-kind-rep = specialistas
people-tui-kind-coaching = ugdymas
people-tui-row-rep = specialistas
people-tui-row-coaching = ugdymas
people-tui-select-rep = pirmiausia pasirinkite specialistą: P atveria ugdymą, kurį siūlo jo įgūdžiai
people-tui-nothing-proposed = naujausias `{ $id }` vertinimas ugdymo nesiūlo
people-tui-certified-on = sertifikuotas { $on }
people-tui-due-on = sertifikuoti iki { $due }
people-tui-done-on = atlikta { $on }
people-tui-planned-on = suplanuota { $on }
people-tui-label-start = pradžia
people-tui-label-mentor = mentorius
people-tui-training = mokymas
people-tui-on-the-job = mokymas darbo vietoje
people-tui-certification = sertifikuotas
people-tui-coaching = ugdymas
people-tui-proposed = siūlomas ugdymas
people-tui-accept-hint = P: atverti pirmąjį pasiūlymą formoje ir išsaugoti
people-key-accept-proposed-coaching = atverti ugdymą, kurį siūlo pasirinkto specialisto įgūdžiai, ir išsaugoti
people-field-mentor = mentorius
people-field-on-the-job-mentor = mentorius darbo vietoje
people-field-on-the-job-from = darbo vietoje nuo
people-field-on-the-job-until = darbo vietoje iki
people-field-certification-on = sertifikuotas
people-field-certification-by = sertifikavo
people-field-certification-pass = išlaikė
people-field-certification-summary = sertifikavimo santrauka
people-field-left = išėjo
people-field-skill = įgūdis
people-field-training-planned = { $part }: suplanuota
people-field-training-done = { $part }: atlikta
people-field-certification-score = sertifikavimas: { $skill }
