## people.yaml: נציגים, הכשרתם והסמכתם, ואימון מיומנויות.

## חמשת חלקי ההכשרה של המדריך.
people-part-organisation = היכרות עם הארגון
people-part-one_to_one = הדרכה והעצמה יחידנית
people-part-mentoring = הטמעה, ליווי וחניכה אישית
people-part-certification = מדידת הצלחת הלמידה והסמכה
people-part-follow_up = הטמעה, בקרה וליווי ראשוני בעבודה

## סוגי האימון של מיומנות חלשה.
people-kind-workshop = סדנה
people-kind-guidance = הדרכה
people-kind-side_by_side = ליווי בשטח כתף אל כתף

## מצב הנציג.
people-state-hired = טרם החל
people-state-in_training = בהכשרה
people-state-certified = מוסמך
people-state-left = עזב

## check.
people-noun-rep = נציג ב־people.yaml
people-noun-staff = חבר צוות ההיגוי, סוכן שינוי או נציג
people-home-staff = committee.yaml, agents.yaml או הנציגים ב־people.yaml
people-what-rep = נציג
people-whose-rep = הנציג `{ $id }`
people-first-rep = הנציג { $name }
people-whose-coaching = האימון של `{ $rep }` ב{ $skill }
people-whose-certification = ההסמכה של הנציג `{ $id }`
people-own-mentor = הנציג `{ $id }` רשום כחונך של עצמו: ציינו נציג אחר, חבר צוות ההיגוי או סוכן שינוי
people-id-clash = לנציג `{ $id }` ({ $name }) יש המזהה של { $other }, שהוא חבר צוות ההיגוי או סוכן שינוי: תנו לנציג מזהה משלו, או את אותו השם אם זה אותו אדם
people-part-twice = הנציג `{ $id }` מונה את חלק ההכשרה „{ $part }“ פעמיים: השאירו רשומה אחת לכל חלק
people-what-on-the-job = ההכשרה בעמדת העבודה
people-what-certification = ההסמכה
people-what-left = העזיבה
people-before-start = הנציג `{ $id }`: { $what } ב־{ $date } קודמת לתחילת העבודה ב־{ $start }: תקנו את התאריך או את `start`
people-on-the-job-order = הנציג `{ $id }`: ההכשרה בעמדת העבודה מסתיימת ב־{ $until }, לפני שהיא מתחילה ב־{ $from }: קבעו `until` אחרי `from`
people-certification-due = הנציג `{ $id }` התחיל ב־{ $start } ועדיין לא הוסמך { $days ->
    [one] אחרי יום אחד
    [two] אחרי יומיים
   *[other] אחרי { $days } ימים
}: ההסמכה הייתה צריכה להתבצע עד { $due } ({ $within } מתחילת העבודה); רשמו את ה־`certification` (on, by, ציונים או pass, סיכום), או קבעו `certify_within` ב־people.yaml

## status.
people-md-head = נציגים
people-status-reps = { $count ->
    [one] נציג אחד עובד
    [two] שני נציגים עובדים
   *[other] { $count } נציגים עובדים
} — מוסמכים: { $certified } · בהכשרה: { $training }
people-status-in-training = בהכשרה:
people-started = התחיל ב־{ $start }
people-certification-due-on = הסמכה עד { $due } ({ $when })
people-certification-late = הסמכה: { $late }
people-status-coaching = אימון — פתוחים: { $open } · באיחור: { $overdue } · מוצעים: { $proposed }
people-status-coaching-overdue = אימון באיחור:
people-status-coaching-proposed = אימון שמציעות ההערכות האחרונות:
people-owner = , באחריות { $owner }
people-coaching-overdue-line = { $skill }: { $kind }, { $late }{ $owner }
people-proposed-weak = ציון { $score } ב־{ $on }
people-proposed-unit-weakest = ציון { $score } ב־{ $on }, המיומנות החלשה ביותר ב־{ $unit }
people-proposed-line = { $skill } ({ $why }): { $kind }

## diff: הפריטים של people.yaml.
people-diff-kind-people = נציגים
people-diff-kind-rep = נציג
people-diff-kind-coaching = אימון
people-diff-n-rep = { $count ->
    [one] נציג אחד
    [two] שני נציגים
   *[other] { $count } נציגים
}
people-diff-n-coaching = { $count ->
    [one] רשומת אימון אחת
    [two] שתי רשומות אימון
   *[other] { $count } רשומות אימון
}

## exceptions והדוחות: אימון באיחור.
people-exc-kind-coaching = אימון
people-exc-n-coaching = { $count ->
    [one] אימון אחד באיחור
    [two] שני אימונים באיחור
   *[other] { $count } אימונים באיחור
}
people-exc-coaching = { $count ->
    [one] באיחור של יום אחד (עד { $due }): { $note }
    [two] באיחור של יומיים (עד { $due }): { $note }
   *[other] באיחור של { $count } ימים (עד { $due }): { $note }
}
people-exc-coaching-note = { $kind } ב{ $skill }{ $owner }
people-report-owner = , באחריות { $owner }
people-report-coaching = { $kind } ב{ $skill }{ $owner }, עד { $date }
people-report-exception-coaching = האימון של { $title } { $id }: עד { $due }; { $summary }
people-report-md-exception-coaching = { $tag }: האימון של { $title } { $id }

## לשונית האנשים בממשק.
people-tui-kind-rep = נציג
people-tui-kind-coaching = אימון
people-tui-row-rep = נציג
people-tui-row-coaching = אימון
people-tui-select-rep = בחרו קודם נציג: P פותח את האימון שמציעות המיומנויות שלו
people-tui-nothing-proposed = ההערכה האחרונה של `{ $id }` אינה מציעה אימון
people-tui-certified-on = הוסמך ב־{ $on }
people-tui-due-on = הסמכה עד { $due }
people-tui-done-on = בוצע ב־{ $on }
people-tui-planned-on = מתוכנן ל־{ $on }
people-tui-label-start = תחילת עבודה
people-tui-label-mentor = חונך
people-tui-training = הכשרה
people-tui-on-the-job = הכשרה בעמדת העבודה
people-tui-certification = הוסמך
people-tui-coaching = אימון
people-tui-proposed = אימון מוצע
people-tui-accept-hint = P: פתיחת ההצעה הראשונה בטופס, לשמירה
people-key-accept-proposed-coaching = פתיחת האימון שמציעות מיומנויות הנציג הנבחר, לשמירה
people-field-mentor = חונך
people-field-on-the-job-mentor = חונך בעמדת העבודה
people-field-on-the-job-from = בעמדת העבודה מ־
people-field-on-the-job-until = בעמדת העבודה עד
people-field-certification-on = הוסמך ב־
people-field-certification-by = הוסמך על ידי
people-field-certification-pass = עבר
people-field-certification-summary = סיכום ההסמכה
people-field-left = עזב ב־
people-field-skill = מיומנות
people-field-training-planned = { $part }: מתוכנן
people-field-training-done = { $part }: בוצע
people-field-certification-score = הסמכה: { $skill }
