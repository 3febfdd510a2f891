## דוח צוות ההיגוי ומסמך התוכנית לאישור (HTML, Markdown).
## הערכים ($n, $date, $id…) מגיעים כבר מבודדים לכיוון משמאל לימין;
## $count רק בוחר את צורת הרבים.

report-title-status = דוח לצוות ההיגוי
report-title-plan = תוכנית לשיפור מערך השירות לאישור
report-consultant = ייעוץ: { $name }
report-meta = { $kind } נכון ל־{ $today } · תוכנית { $plan } · תקופה { $start } ← { $end } · { $day } · { $left }
report-days-left = { $count ->
    [one] נותר יום אחד
    [two] נותרו יומיים
   *[other] נותרו { $n } ימים
}
report-plan-day = יום { $day } מתוך { $total }
report-starts-tomorrow = מתחילה מחר
report-starts-in = { $count ->
    [one] מתחילה בעוד יום
    [two] מתחילה בעוד יומיים
   *[other] מתחילה בעוד { $n } ימים
}
report-errors = { $count ->
    [one] בתוכנית יש שגיאה אחת, ולכן ייתכן שחלקים ממנה חסרים: הריצו { $command }.
   *[other] בתוכנית יש { $n } שגיאות, ולכן ייתכן שחלקים ממנה חסרים: הריצו { $command }.
}

## ספירת ימים, תדירויות, תקופות.
report-days = { $count ->
    [one] יום אחד
    [two] יומיים
   *[other] { $n } ימים
}
report-days-signed = { $count ->
    [one] { $n } יום
   *[other] { $n } ימים
}
report-moved = { $count ->
    [one] פעם אחת, { $days }
    [two] פעמיים, { $days }
   *[other] { $times } פעמים, { $days }
}
report-every-d = { $count ->
    [one] כל יום
    [two] כל יומיים
   *[other] כל { $n } ימים
}
report-every-w = { $count ->
    [one] כל שבוע
    [two] כל שבועיים
   *[other] כל { $n } שבועות
}
report-every-m = { $count ->
    [one] כל חודש
    [two] כל חודשיים
   *[other] כל { $n } חודשים
}
report-every-q = { $count ->
    [one] כל רבעון
   *[other] כל { $n } רבעונים
}
report-every-y = { $count ->
    [one] כל שנה
    [two] כל שנתיים
   *[other] כל { $n } שנים
}
report-every = { $every }
report-period = { $period } { $label }
report-latest = אחרון
report-overdue = באיחור
report-overdue-by = באיחור של { $days }
report-late = באיחור
report-late-by = באיחור של { $days }
report-undecided-by = ממתין להחלטה { $days }
report-in-days = בעוד { $days }
report-not-yet = עדיין לא
report-none-yet = עדיין אין
report-not-scheduled = לא נקבעה
report-none = אין
report-unknown-metric = מדד לא מוכר
report-action-due = , יעד { $date }
report-from-review = סקירת היגוי { $date }
report-from-commit = קומיט { $id }
report-from-held = התקיימה
report-last-held = { $date } ({ $from })
report-value-on = { $value } ב־{ $date }
report-value-by = { $value } עד { $date }
report-value-when = { $value } ({ $date })
report-higher = גבוה יותר
report-lower = נמוך יותר
report-higher-better = גבוה יותר עדיף
report-lower-better = נמוך יותר עדיף
report-unit-is = יחידת מידה: { $unit }
report-today = היום

## במבט אחד.
report-at-a-glance = במבט אחד
report-glance-milestones = אבני דרך ({ $total }, { $overdue } באיחור)
report-glance-metrics = מדדי הצלחה ({ $n })
report-glance-reviews = סקירות היגוי שהתקיימו: { $held } · האחרונה { $last } · הבאה { $next } · פעולות פתוחות { $actions } · חריגות { $exceptions }
report-md-milestones = אבני דרך ({ $n })
report-md-metrics = מדדי הצלחה ({ $n })
report-md-count = מספר
report-md-reviews = סקירות היגוי שהתקיימו: { $held } · האחרונה { $last } · הבאה { $next }
report-md-open-actions = פעולות פתוחות: { $n }
report-md-exceptions = חריגות: { $n }

## אבני דרך.
report-milestones-by-phase = אבני דרך לפי שלב
report-no-milestones = עדיין אין אבני דרך.
report-md-actions = פעולות:
report-milestone-trend = מגמת אבני הדרך
report-no-trend = אף סקירת היגוי עדיין לא חזתה מועד לאבן דרך.
report-trend-caption = מועד הסיום החזוי (מלמטה למעלה) בכל סקירת היגוי (לרוחב): קו ישר עומד בלוח הזמנים, קו עולה מחליק; האלכסון המנוקד הוא המקום שבו החיזוי שווה למועד הסקירה עצמה. { $shown } מתוך { $total } אבני דרך עם חיזוי, אלה שהחליקו יותר מכולן.
report-md-trend-caption = החיזוי בכל סקירת היגוי, כקו מגמה: קו ישר עומד בלוח הזמנים, קו עולה מחליק. { $shown } מתוך { $total } אבני דרך עם חיזוי, אלה שהחליקו יותר מכולן.

## מדדי הצלחה.
report-metrics = מדדי הצלחה
report-no-metrics = עדיין אין מדדי הצלחה.
report-readings = { $count ->
    [one] מדידה אחת
    [two] שתי מדידות
   *[other] { $n } מדידות
}
report-metric-line = מצב בסיס { $baseline } ← אחרון { $latest } ← יעד { $target } · הצפוי כעת { $expected } · סף התראה { $alert } · { $readings } · { $better }
report-metrics-note = קו רציף ונקודות: המדידות (ירוק במסלול, כתום בפיגור, אדום מעבר לסף ההתראה). קו מקווקו: המסלול ממצב הבסיס אל היעד. מעוין: היעד.
report-md-readings-intro = המדידות כקו מגמה (לכל היותר { $n } האחרונות), ואחריהן המסלול ממצב הבסיס אל היעד.
report-chart-trend = מגמת אבני הדרך: החיזוי בכל סקירת היגוי
report-chart-empty = { $name }: עדיין אין מדידות ואין יעד
report-chart-metric = { $name }: המדידות מול המסלול
report-no-readings = עדיין אין מדידות
report-chart-alert = סף התראה { $value }
report-chart-target = יעד { $value }

## סקירת ההיגוי האחרונה והחריגות.
report-last-review = סקירת ההיגוי האחרונה
report-no-review = עדיין לא התקיימה סקירת היגוי.
report-decisions = החלטות ({ $n })
report-no-decisions = לא נרשמו החלטות.
report-open-actions = פעולות פתוחות ({ $n })
report-no-open-actions = אין פעולות פתוחות.
report-exceptions = חריגות ({ $n })
report-no-exceptions = אין מדד בחריגה או בפיגור, ואין אבן דרך באיחור.
report-exception-metric = מדד { $name } { $id }: אחרון { $latest } · צפוי { $expected } · סף התראה { $alert }
report-exception-milestone = אבן דרך { $title } { $id }: מועד יעד { $due }
report-exception-routine = שגרת ניהול { $title } { $id }: מועד { $due }; { $summary }
report-exception-tool = כלי { $title } { $id }: מועד { $due }; { $summary }
report-md-exception-metric = { $state } מדד { $name } { $id }
report-md-exception-values = אחרון { $latest } · צפוי { $expected } · סף התראה { $alert }
report-md-exception-milestone = { $tag }: אבן דרך { $title } { $id }
report-md-exception-routine = { $tag }: שגרת ניהול { $title } { $id }
report-md-exception-tool = { $tag }: כלי { $title } { $id }
report-md-due = מועד יעד { $date }
report-md-due-because = מועד { $date }: { $summary }
report-routine-held-last = מתקיימת { $every }, לאחרונה ב־{ $date }
report-routine-never-held = מתקיימת { $every }, ולא התקיימה מאז תחילת התוכנית
report-tool-summary = נוסה אחרי הסדנה { $workshop } עד { $date }: { $results }; יש להחליט אם לשמר או לוותר
report-no-corrective-action = אין פעולה מתקנת פתוחה
report-lacks-action = { $lead }: על צוות ההיגוי לקבוע פעולה כזו ({ $how }).
report-how-name = פעולה בסקירת היגוי שהטקסט שלה מזכיר את { $id }
report-how-link = פעולה בסקירת היגוי עם { $metric } או { $milestone }

## יעדים ואמנת השירות.
report-goals = יעדים ({ $n })
report-no-goals = לתוכנית עדיין אין יעדים.
report-charter = אמנת השירות
report-version = גרסה { $n }
report-approved-on-by = אושרה ב־{ $date } על ידי { $names }
report-approved-on = אושרה ב־{ $date }
report-approved-by = אושרה על ידי { $names }
report-not-approved = עדיין לא אושרה
report-vision = חזון
report-values = ערכים
report-principles = עקרונות השירות
report-services = ערוצי השירות
report-terms = תנאים
report-commitments = התחייבויות אמנת השירות ({ $n })
report-no-commitments = אמנת השירות אינה כוללת התחייבויות.
report-no-metric-measures = אף מדד אינו מודד אותה

## אנשים.
report-people = צוות ההיגוי וסוכני השינוי
report-committee = צוות ההיגוי ({ $n })
report-no-members = עדיין אין חברים בצוות ההיגוי.
report-routines = שגרות ניהול ({ $n })
report-agents = סוכני השינוי ({ $n })
report-no-agents = עדיין אין סוכני שינוי.

## רכיבי השיטה.
report-units = היחידות מול היעדים שלהן
report-md-by-unit = { $metric } לפי יחידה
report-management-routines = שגרות ניהול
report-workshop-tools = כלים מהסדנאות
report-trial-decide-ended = יש להחליט: לשמר או לוותר (הניסיון הסתיים ב־{ $date })
report-trial-decide = יש להחליט: לשמר או לוותר
report-trial-until = בניסיון עד { $date }
report-trial-open = בניסיון, ללא מועד סיום
report-trial-kept = נשמר
report-trial-dropped = ויתרנו עליו
report-tool-no-metric = לא קושר מדד: קשרו מדד עם { $key } כדי לשפוט את הכלי לפי התוצאות
report-tool-unknown-metric = המדד { $metric } אינו מופיע ב־metrics.yaml
report-tool-before = { $count ->
    [one] { $value } לפני (מדידה אחת)
    [two] { $value } לפני (שתי מדידות)
   *[other] { $value } לפני ({ $readings } מדידות)
}
report-tool-before-none = אין מדידות לפני
report-tool-during = { $count ->
    [one] { $value } במהלך הניסיון (מדידה אחת)
    [two] { $value } במהלך הניסיון (שתי מדידות)
   *[other] { $value } במהלך הניסיון ({ $readings } מדידות)
}
report-tool-during-none = אין מדידות במהלך הניסיון
report-tool-results = { $metric }: { $before }, { $during }
report-tool-better = { $metric }: { $before }, { $during }: שיפור
report-tool-not-better = { $metric }: { $before }, { $during }: ללא שיפור
report-rep-skills = כישורי הנציגים
report-skills-note = הציון הממוצע בכל יחידה ברבעון האחרון שלה; הכישורים החלשים ביותר והשינוי בהם מאז הרבעון הקודם.
report-weakest = החלשים ביותר: { $skills }
report-metric-plan = מדדי הצלחה: מצב בסיס ויעדים ({ $n })

## אישור התוכנית.
report-sign-off = אישור התוכנית
report-sign-off-text = בחתימתנו אנו מאשרים את התוכנית: אמנת השירות וההתחייבויות שבה, היעדים, אבני הדרך והפעולות, צוות ההיגוי, סוכני השינוי ומדדי ההצלחה עם היעדים שלהם.
report-signature = חתימה
report-date = תאריך
report-name-and-title = שם ותפקיד
report-md-signature-lines = חתימה: { $sign } תאריך: { $date }
report-md-name-and-title = שם ותפקיד: { $line }
report-prepared-by = הוכן על ידי { $name }

report-cannot-write = לא ניתן לכתוב את הדוח אל { $path }: { $error }; ודאו שהתיקייה קיימת ושיש הרשאת כתיבה אליה, או ציינו נתיב אחר עם -o

## עמודות הטבלאות.
report-col-milestone = אבן דרך
report-col-owner = אחראי
report-col-due = מועד יעד
report-col-status = מצב
report-col-forecast = חיזוי
report-col-slip = החלקה
report-col-planned = מתוכנן
report-col-latest-forecast = חיזוי אחרון
report-col-due-moved = הזזות מועד
report-col-reviews = סקירות
report-col-forecasts = חיזויים
report-col-metric = מדד
report-col-readings = מדידות
report-col-baseline = מצב בסיס
report-col-latest = אחרון
report-col-expected-now = צפוי כעת
report-col-target = יעד
report-col-alert = סף התראה
report-col-state = מצב
report-col-action = פעולה
report-col-corrects = מתקנת את
report-col-goal = יעד
report-col-horizon = טווח
report-col-metrics = מדדים
report-col-channel = ערוץ
report-col-hours = שעות פעילות
report-col-commitment = התחייבות
report-col-member = חבר
report-col-role = תפקיד בצוות
report-col-title = תפקיד
report-col-routine = שגרה
report-col-every = תדירות
report-col-agent = סוכן שינוי
report-col-unit = יחידה
report-col-level = דרג
report-col-focus = תחום התמקדות
report-col-period = תקופה
report-col-value = ערך
report-col-before = קודם לכן
report-col-last-held = התקיימה לאחרונה
report-col-next = הבאה
report-col-tool = כלי
report-col-workshop = סדנה
report-col-trial = ניסיון
report-col-results = תוצאות
report-col-skill = כישור
report-col-quarter = רבעון
report-col-reps = נציגים
report-col-weakest = הכישורים החלשים ביותר (ממוצע, שינוי מאז הרבעון הקודם)
report-col-source = מקור
report-col-better = עדיף

## Incidents open until investigated and their actions done.
report-open-for = פתוח { $days }
report-exception-incident = אירוע { $title } { $id }: { $summary }
report-md-exception-incident = { $tag }: אירוע { $title } { $id }
report-incident-not-investigated = אירע ב־{ $date }; טרם תוחקר
report-incident-actions = אירע ב־{ $date }; בוצעו { $done } מתוך { $count ->
    [one] פעולה אחת
    [two] שתי פעולות
   *[other] { $count } פעולות
}
report-from-incident = האירוע מ־{ $date }
