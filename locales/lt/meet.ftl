## Meetings of routines and the incident log in the terminal UI, the
## actions register and the status they feed.

## Kinds, fields and form errors.
meet-kind-incident = incidentas
meet-kind-incident-action = incidento veiksmas
meet-kind-meeting = susitikimas
meet-kind-meeting-decision = susitikimo sprendimas
meet-kind-meeting-action = susitikimo veiksmas
meet-field-minutes = trukmė minutėmis
meet-field-investigation = tyrimas
meet-field-recovery = kompensacija klientams
meet-field-incident = incidentas
meet-field-routine = valdymo rutina
meet-field-meeting = susitikimas
meet-err-pick-incident = { $key }: su ^n pasirinkite incidentą, kuriam tai priklauso
meet-err-no-incident = { $key }: incidento `{ $id }` nėra: pasirinkite jį su ^n
meet-err-pick-routine = { $key }: su ^n pasirinkite valdymo rutiną, kuriai priklauso susitikimas
meet-err-no-routine = { $key }: valdymo rutinos `{ $id }` nėra: pasirinkite ją su ^n
meet-err-pick-meeting = susitikimas: su ^n pasirinkite susitikimą (valdymo rutiną ir datą)
meet-err-no-meeting = susitikimas: susitikimo `{ $id }` nėra: pasirinkite jį su ^n

## The People tab: rows, details, keys, messages.
meet-row-incident = incidentas
meet-incident-not-investigated = dar neištirtas
meet-incident-actions-open = { $count ->
    [one] { $count } veiksmas neatliktas
    [few] { $count } veiksmai neatlikti
   *[other] { $count } veiksmų neatlikta
}
meet-incident-closed = uždarytas
meet-routine-from-meeting = susitikimas
meet-label-happened-on = Įvyko
meet-label-investigation = Ką parodė tyrimas
meet-label-recovery = Klientams pasiūlyta kompensacija
meet-label-attendance = Lankomumas
meet-attendance = { $percent }% laukiamų dalyvių; { $full } iš { $count ->
    [one] { $count } susitikimo
   *[other] { $count } susitikimų
} visa sudėtimi
meet-detail-incident-actions-keys = { $count ->
    [one] { $count } veiksmas
    [few] { $count } veiksmai
   *[other] { $count } veiksmų
}: [ ] judėti · tarpas žymi · A prideda · C keičia · X šalina
meet-detail-meetings-keys = { $count ->
    [one] { $count } susitikimas
    [few] { $count } susitikimai
   *[other] { $count } susitikimų
}: [ ] judėti · A prideda susitikimą · N sprendimą · T veiksmą · C keičia · X šalina · tarpas žymi
meet-help-people = žmonės: incidentai ir susitikimai
meet-key-next-entry = kitas incidento veiksmas arba kitas rutinos susitikimų įrašas
meet-key-previous-entry = ankstesnis incidento veiksmas arba ankstesnis susitikimų įrašas
meet-key-tick-action = pažymėti veiksmą po žymekliu arba atžymėti
meet-key-add-action-or-meeting = pridėti veiksmą incidentui arba susitikimą valdymo rutinai
meet-key-change-entry = keisti veiksmą, susitikimą ar sprendimą po žymekliu formoje
meet-key-remove-entry = pašalinti įrašą po žymekliu (pirma paklausia)
meet-key-add-decision = pridėti sprendimą susitikimui po žymekliu
meet-key-add-meeting-action = pridėti veiksmą susitikimui po žymekliu
meet-msg-no-entries = čia dar nėra ką keisti: A prideda
meet-msg-not-an-action = žymeklis ne ant veiksmo: pereikite prie jo su ] ir [
meet-done-action-done = veiksmas „{ $text }“ atliktas
meet-done-action-reopened = veiksmas „{ $text }“ vėl atidarytas

## Where an action or an occurrence comes from.
meet-source-meeting-held = susitikimas
meet-source-meeting = { $routine } susitikimas { $date }
meet-source-incident = incidentas { $id }

## charter status and the Overview: open incidents and attendance.
meet-status-attendance = lankomumas { $percent }% per { $count ->
    [one] { $count } susitikimą
    [few] { $count } susitikimus
   *[other] { $count } susitikimų
}
meet-status-incidents = { $count ->
    [one] { $count } atviras incidentas
    [few] { $count } atviri incidentai
   *[other] { $count } atvirų incidentų
}
meet-md-incidents = Atviri incidentai
meet-status-incident-not-investigated = dar neištirtas
meet-status-incident-actions = { $count ->
    [one] ištirtas, { $count } veiksmas neatliktas
    [few] ištirtas, { $count } veiksmai neatlikti
   *[other] ištirtas, { $count } veiksmų neatlikta
}
meet-ov-incidents = { $count ->
    [one] atviras incidentas
    [few] { $count } atviri incidentai
   *[other] { $count } atvirų incidentų
}: { $names }

## Both reports: where a routine's last occurrence comes from, attendance.
meet-report-from-meeting = įrašytas susitikimas
meet-report-attendance = lankomumas { $percent } per { $count ->
    [one] { $count } susitikimą
    [few] { $count } susitikimus
   *[other] { $count } susitikimų
}
