## cli

## ימים ותאריכים במילים
cli-days-today = היום
cli-days-in = { $count ->
    [one] בעוד יום
    [two] בעוד יומיים
   *[other] בעוד { $count } ימים
}
cli-days-ago = { $count ->
    [one] לפני יום
    [two] לפני יומיים
   *[other] לפני { $count } ימים
}
cli-late-sentence = { $count ->
    [one] מועד { $due }, באיחור של יום
    [two] מועד { $due }, באיחור של יומיים
   *[other] מועד { $due }, באיחור של { $count } ימים
}
cli-late-short = { $count ->
    [one] באיחור של יום
    [two] באיחור של יומיים
   *[other] באיחור של { $count } ימים
}
cli-late-first = { $count ->
    [one] באיחור של יום: מועד { $due }
    [two] באיחור של יומיים: מועד { $due }
   *[other] באיחור של { $count } ימים: מועד { $due }
}
cli-plan-starts-tomorrow = מתחילה מחר
cli-plan-starts-in = { $count ->
    [one] מתחילה בעוד יום
    [two] מתחילה בעוד יומיים
   *[other] מתחילה בעוד { $count } ימים
}
cli-plan-day-of = יום { $day } מתוך { $total }
cli-due-moved = { $count ->
    [one] ; המועד הוזז פעם אחת, { $days } ימים
    [two] ; המועד הוזז פעמיים, { $days } ימים
   *[other] ; המועד הוזז { $count } פעמים, { $days } ימים
}
cli-due-on = עד { $due }
cli-and-more = … ועוד { $count }

## charter status
cli-status-when = { $count ->
    [one] { $today } · { $day } · נותר יום אחד · { $start } עד { $end }
    [two] { $today } · { $day } · נותרו יומיים · { $start } עד { $end }
   *[other] { $today } · { $day } · נותרו { $count } ימים · { $start } עד { $end }
}
cli-status-milestones = אבני דרך { $count }: { $counts }
cli-status-overdue = באיחור:
cli-status-next-due = המועדים הקרובים:
cli-status-slipped = { $count ->
    [one] { $id } זזה { $days } ימים בסקירה אחת
    [two] { $id } זזה { $days } ימים בשתי סקירות
   *[other] { $id } זזה { $days } ימים ב-{ $count } סקירות
}
cli-status-metrics = מדדי הצלחה { $count }: מצב בסיס → ערך אחרון → יעד
cli-status-expected = צפוי { $value }
cli-status-none-yet = עדיין לא
cli-status-review-overdue = באיחור
cli-status-not-scheduled = לא נקבע מועד (הגדירו review_every בקובץ plan.yaml)
cli-status-reviews = { $count ->
    [one] סקירות היגוי: התקיימה אחת
    [two] סקירות היגוי: התקיימו שתיים
   *[other] סקירות היגוי: התקיימו { $count }
} · האחרונה { $last } · הבאה { $next }
cli-status-open-actions = פעולות פתוחות { $count }
cli-status-check = בדיקה: { $errors }, { $warnings }: הריצו `charter check`
cli-source-review = סקירה { $date }
cli-source-milestone = אבן דרך { $id }
cli-source-held = התקיימה
cli-source-commit = קומיט { $commit }

## יחידות, שגרות ניהול, כלי סדנה ומיומנויות
cli-unit-latest = אחרון
cli-unit-no-readings = אין עדיין מדידות
cli-readings = { $count ->
    [one] מדידה אחת
    [two] שתי מדידות
   *[other] { $count } מדידות
}
cli-value-of-target = { $value } מתוך { $target }
cli-unit-before = קודם: { $past }
cli-routine-not-held = טרם התקיימה
cli-routine-last = אחרונה { $last }
cli-routine-next = הבאה { $next } ({ $when })
cli-routine-every = כל { $every }
cli-routines = שגרות ניהול { $count }
cli-routines-late = { $count } באיחור
cli-trial-decide-ended = להחליט: לשמר או לוותר (הניסיון הסתיים ב-{ $until })
cli-trial-decide = להחליט: לשמר או לוותר
cli-trial-until = בניסיון עד { $until }
cli-trial-no-end = בניסיון, ללא מועד סיום
cli-trial-kept = נשמר
cli-trial-dropped = הוחלט לוותר
cli-tools = כלי סדנה { $count }
cli-tools-to-decide = { $count } ממתינים להחלטה
cli-trial-no-metric = לא קושר מדד: קשרו מדד ב-`metric:` כדי לשפוט את הכלי לפי התוצאות
cli-trial-unknown-metric = המדד `{ $metric }` אינו בקובץ metrics.yaml
cli-trial-before = { $value } לפני ({ $readings })
cli-trial-during = { $value } במהלך הניסיון ({ $readings })
cli-trial-before-none = אין מדידות לפני
cli-trial-during-none = אין מדידות במהלך הניסיון
cli-trial-better = שיפור
cli-trial-not-better = ללא שיפור
cli-skills-head = מיומנויות הנציגים: החלשות ביותר בכל יחידה, ברבעון האחרון שלה
cli-reps = { $count ->
    [one] נציג אחד
    [two] שני נציגים
   *[other] { $count } נציגים
}

## charter status --format markdown
cli-md-status-on = מצב ליום **{ $today }** · { $day } · { $start } → { $end }
cli-md-milestones = אבני דרך
cli-md-col-status = מצב
cli-md-col-count = מספר
cli-md-overdue = באיחור
cli-md-next-due = המועדים הקרובים
cli-md-metrics = מדדי הצלחה
cli-md-metrics-head = מדד | מצב בסיס | אחרון | צפוי | יעד | מצב
cli-md-reviews = סקירות היגוי
cli-md-reviews-list = - התקיימו: { $held }
    - האחרונה: { $last }
    - הבאה: { $next }
cli-md-not-scheduled = לא נקבע מועד
cli-md-open-actions = פעולות פתוחות
cli-md-check = בדיקה: { $errors }, { $warnings }.
cli-md-by-unit = **{ $metric }** לפי יחידה
cli-md-by-unit-head = יחידה | תקופה | ערך | יעד | מצב | קודם
cli-md-routines = שגרות ניהול
cli-md-routines-head = שגרה | תדירות | התקיימה לאחרונה | הבאה
cli-md-not-yet = טרם
cli-md-tools = כלי סדנה
cli-md-tools-head = כלי | סדנה | ניסיון | תוצאות
cli-md-skills = מיומנויות הנציגים
cli-md-skills-head = יחידה | רבעון | נציגים | המיומנויות החלשות ביותר (ממוצע, שינוי מהרבעון הקודם)

## charter exceptions
cli-exc-none = אין חריגות ליום { $today }: כל המדדים במסלול או ללא נתונים, ושום דבר אינו באיחור
cli-exc-head = חריגות ליום { $today }: { $metrics }, { $milestones }, { $actions } באיחור
cli-exc-n-metrics = { $count ->
    [one] מדד אחד
    [two] שני מדדים
   *[other] { $count } מדדים
}
cli-exc-n-milestones = { $count ->
    [one] אבן דרך אחת
    [two] שתי אבני דרך
   *[other] { $count } אבני דרך
}
cli-exc-n-actions = { $count ->
    [one] פעולה אחת
    [two] שתי פעולות
   *[other] { $count } פעולות
}
cli-exc-n-routines = { $count ->
    [one] שגרה אחת באיחור
    [two] שתי שגרות באיחור
   *[other] { $count } שגרות באיחור
}
cli-exc-n-tools = { $count ->
    [one] כלי אחד ממתין להחלטה
    [two] שני כלים ממתינים להחלטה
   *[other] { $count } כלים ממתינים להחלטה
}
cli-exc-kind-metric = מדד
cli-exc-kind-milestone = אבן דרך
cli-exc-kind-action = פעולה
cli-exc-kind-routine = שגרה
cli-exc-kind-tool = כלי
cli-exc-metric = { $state }: { $latest } (צפוי { $expected }{ $alert })
cli-exc-alert = סף התראה { $alert }
cli-exc-routine = { $count ->
    [one] באיחור של יום (מועד { $due }): { $note }
    [two] באיחור של יומיים (מועד { $due }): { $note }
   *[other] באיחור של { $count } ימים (מועד { $due }): { $note }
}
cli-exc-tool = { $count ->
    [one] ממתין להחלטה יום אחד (מועד { $due }): { $note }
    [two] ממתין להחלטה יומיים (מועד { $due }): { $note }
   *[other] ממתין להחלטה { $count } ימים (מועד { $due }): { $note }
}
cli-exc-overdue = { $count ->
    [one] באיחור של יום (מועד { $due })
    [two] באיחור של יומיים (מועד { $due })
   *[other] באיחור של { $count } ימים (מועד { $due })
}
cli-exc-routine-last = מתקיימת כל { $every }, לאחרונה ב-{ $last }
cli-exc-routine-never = מתקיימת כל { $every }, לא התקיימה מאז תחילת התוכנית
cli-exc-tool-note = נוסה אחרי הסדנה `{ $workshop }` עד { $until }: { $results }; להחליט: לשמר או לוותר
cli-exc-how-named = פעולה שהטקסט שלה מזכיר את `{ $id }`
cli-exc-how-field = פעולה עם `{ $kind }: { $id }`
cli-exc-missing = אין פעולה מתקנת פתוחה: רשמו אחת בסקירת ההיגוי הבאה ({ $how })
cli-exc-md-title = חריגות ליום { $today }
cli-exc-md-none = אין חריגות: כל המדדים במסלול או ללא נתונים, ושום דבר אינו באיחור.
cli-exc-md-head = פריט | מה קרה | פעולות מתקנות
cli-exc-md-none-open = אין פעולה פתוחה

## charter trend
cli-trend-slip = { $days } ימ׳
cli-trend-reviews-from = { $count } סקירות מ-{ $first } עד { $last }
cli-trend-review-on = סקירה אחת ב-{ $first }
cli-trend-no-reviews = עדיין אין סקירות
cli-trend-head = { $count ->
    [one] מגמת אבני הדרך: אבן דרך אחת, { $held }
    [two] מגמת אבני הדרך: שתי אבני דרך, { $held }
   *[other] מגמת אבני הדרך: { $count } אבני דרך, { $held }
}
cli-trend-col-title = כותרת
cli-trend-col-planned = מתוכנן
cli-trend-col-latest = תחזית
cli-trend-col-slip = חריגה
cli-trend-col-reviews = סקירות
cli-trend-moved = { $count ->
    [one] המועד הוזז פעם אחת, { $days } בסך הכול ({ $from } → { $to })
    [two] המועד הוזז פעמיים, { $days } בסך הכול ({ $from } → { $to })
   *[other] המועד הוזז { $count } פעמים, { $days } בסך הכול ({ $from } → { $to })
}
cli-trend-no-forecast = אף סקירה עוד לא נתנה תחזית לאבני הדרך האלה: הוסיפו להן `forecast` בסקירה (reviews/YYYY-MM-DD.yaml).
cli-trend-chart-head = התחזית (למעלה) בכל סקירה (לרוחב): קו ישר פירושו עמידה בלוח הזמנים, קו עולה פירושו דחייה.
cli-trend-legend-review-date = תחזית = תאריך הסקירה
cli-trend-legend-several = כמה בנקודה אחת
cli-trend-chart-fewer = אות אחת לכל אחת; בחרו פחות
cli-trend-chart-others = אלה שנדחו הכי הרבה; בחרו אחרות
cli-trend-chart-some = בתרשים: { $shown } מתוך { $count } אבני דרך, { $how } עם --id.
cli-trend-no-readings = אין עדיין מדידות: רשמו מדידה עם `charter record { $metric } VALUE`.
cli-trend-higher-better = גבוה יותר עדיף
cli-trend-lower-better = נמוך יותר עדיף
cli-trend-baseline = מצב בסיס { $value } ב-{ $on }
cli-trend-target = יעד { $value } עד { $by }
cli-trend-no-target = ללא יעד
cli-trend-no-baseline = ללא מצב בסיס
cli-trend-no-baseline-or-target = ללא מצב בסיס וללא יעד
cli-trend-alert-below = התראה מתחת ל-{ $alert }
cli-trend-alert-above = התראה מעל { $alert }
cli-trend-latest = אחרון { $value } ב-{ $on }
cli-trend-legend-reading = מדידה
cli-trend-legend-expected = צפוי (מצב בסיס → יעד)
cli-trend-col-date = תאריך
cli-trend-col-value = ערך
cli-trend-col-expected = צפוי
cli-trend-col-difference = הפרש

## charter diff ו-charter log
cli-diff-added = נוסף
cli-diff-removed = הוסר
cli-diff-things-added = נוספו: { $things }
cli-diff-things-removed = הוסרו: { $things }
cli-diff-things-changed = שונו: { $things }
cli-diff-set-to = { $field } נקבע: { $new }
cli-diff-unset = { $field } { $old } הוסר
cli-diff-change = { $field } { $old } → { $new }
cli-diff-none = אין שינוי בתוכנית
cli-diff-none-between = אין שינוי בתוכנית מ-{ $from } עד { $to }
cli-diff-kind-plan = תוכנית
cli-diff-n-plan = { $count ->
    [one] תוכנית אחת
   *[other] { $count } תוכניות
}
cli-diff-kind-unit = יחידה
cli-diff-n-unit = { $count ->
    [one] יחידה אחת
   *[other] { $count } יחידות
}
cli-diff-kind-charter = אמנת שירות
cli-diff-n-charter = { $count ->
    [one] אמנת שירות אחת
   *[other] { $count } אמנות שירות
}
cli-diff-kind-channel = ערוץ
cli-diff-n-channel = { $count ->
    [one] ערוץ אחד
   *[other] { $count } ערוצים
}
cli-diff-kind-commitment = התחייבות
cli-diff-n-commitment = { $count ->
    [one] התחייבות אחת
   *[other] { $count } התחייבויות
}
cli-diff-kind-goal = יעד
cli-diff-n-goal = { $count ->
    [one] יעד אחד
   *[other] { $count } יעדים
}
cli-diff-kind-goals = יעדים
cli-diff-n-goals = { $count ->
    [one] יעדים אחד
   *[other] { $count } יעדים
}
cli-diff-kind-milestone = אבן דרך
cli-diff-n-milestone = { $count ->
    [one] אבן דרך אחת
   *[other] { $count } אבני דרך
}
cli-diff-kind-milestones = אבני דרך
cli-diff-n-milestones = { $count ->
    [one] אבני דרך אחד
   *[other] { $count } אבני דרך
}
cli-diff-kind-committee = צוות ההיגוי
cli-diff-n-committee = { $count ->
    [one] צוות ההיגוי אחד
   *[other] { $count } צוות ההיגוי
}
cli-diff-kind-member = חבר צוות ההיגוי
cli-diff-n-member = { $count ->
    [one] חבר אחד בצוות ההיגוי
   *[other] { $count } חברי צוות ההיגוי
}
cli-diff-kind-routine = שגרת ניהול
cli-diff-n-routine = { $count ->
    [one] שגרת ניהול אחת
   *[other] { $count } שגרות ניהול
}
cli-diff-kind-agents = סוכני השינוי
cli-diff-n-agents = { $count ->
    [one] סוכני השינוי אחד
   *[other] { $count } סוכני השינוי
}
cli-diff-kind-agent = סוכן שינוי
cli-diff-n-agent = { $count ->
    [one] סוכן שינוי אחד
   *[other] { $count } סוכני שינוי
}
cli-diff-kind-metrics = מדדי הצלחה
cli-diff-n-metrics = { $count ->
    [one] מדדי הצלחה אחד
   *[other] { $count } מדדי הצלחה
}
cli-diff-kind-metric = מדד
cli-diff-n-metric = { $count ->
    [one] מדד אחד
   *[other] { $count } מדדים
}
cli-diff-kind-skills = מיומנויות
cli-diff-n-skills = { $count ->
    [one] מיומנויות אחד
   *[other] { $count } מיומנויות
}
cli-diff-kind-assessment = הערכה
cli-diff-n-assessment = { $count ->
    [one] הערכה אחת
   *[other] { $count } הערכות
}
cli-diff-kind-workshops = סדנאות
cli-diff-n-workshops = { $count ->
    [one] סדנה אחת
    [two] שתי סדנאות
   *[other] { $count } סדנאות
}
cli-diff-kind-workshop = סדנה
cli-diff-n-workshop = { $count ->
    [one] סדנה אחת
   *[other] { $count } סדנאות
}
cli-diff-kind-review = סקירת היגוי
cli-diff-n-review = { $count ->
    [one] סקירת היגוי אחת
   *[other] { $count } סקירות היגוי
}
cli-diff-n-readings = { $count ->
    [one] מדידה אחת
   *[other] { $count } מדידות
}
cli-diff-n-decisions = { $count ->
    [one] החלטה אחת
   *[other] { $count } החלטות
}
cli-diff-n-actions = { $count ->
    [one] פעולה אחת
   *[other] { $count } פעולות
}
cli-diff-n-assessments = { $count ->
    [one] הערכה אחת
   *[other] { $count } הערכות
}
cli-diff-n-tools = { $count ->
    [one] כלי אחד
   *[other] { $count } כלים
}
cli-diff-n-breakdown = { $count ->
    [one] פילוח אחד
   *[other] { $count } פילוחים
}
cli-diff-field-title = כותרת
cli-diff-field-name = שם
cli-diff-field-text = טקסט
cli-diff-field-due = מועד
cli-diff-field-status = מצב
cli-diff-field-owner = אחראי
cli-diff-field-progress = התקדמות
cli-diff-field-forecast = תחזית
cli-diff-field-health = מצב בסקירה
cli-diff-field-value = ערך
cli-diff-field-target = יעד
cli-diff-field-baseline = מצב בסיס
cli-diff-field-alert = סף התראה
cli-diff-field-unit = יחידה
cli-diff-field-on = תאריך
cli-diff-field-by = עד
cli-diff-field-done = בוצע
cli-diff-field-note = הערה
cli-diff-field-summary = סיכום
cli-diff-field-description = תיאור
cli-diff-field-date = תאריך
cli-diff-field-attendees = משתתפים
cli-diff-field-every = תדירות
cli-diff-field-held = התקיימה
cli-diff-field-language = שפה
cli-diff-field-start = התחלה
cli-diff-field-end = סיום
cli-diff-field-role = תפקיד
cli-diff-field-level = דרג
cli-diff-field-kind = סוג
cli-diff-field-direction = כיוון
cli-diff-field-period = תקופה
cli-diff-field-verdict = החלטה
cli-diff-field-horizon = טווח
cli-diff-field-phase = שלב
cli-diff-field-vision = חזון
cli-diff-field-goal = יעד
cli-diff-field-milestone = אבן דרך
cli-diff-field-metric = מדד
cli-diff-field-goals = יעדים
cli-diff-field-milestones = אבני דרך
cli-diff-field-principles = עקרונות השירות
cli-diff-field-review_every = תדירות סקירות
cli-diff-field-trial_until = ניסיון עד
cli-diff-field-depends_on = תלוי ב
cli-diff-field-units = יחידות
cli-log-empty = עדיין אין קומיט שנוגע בתוכנית: שמרו את הקבצים שלה או בצעו להם קומיט
cli-log-amends = מתקן את סקירה { $date }

## charter review new ו-charter review close
cli-review-draft-title = סקירת היגוי { $count }
cli-review-drafted = נוצרה טיוטה { $file }: הועברו { $milestones }, { $metrics } ו-{ $actions }; ערכו אותה, ואז הריצו `charter review close { $date }`
cli-review-open-milestones = { $count ->
    [one] אבן דרך פתוחה אחת
    [two] שתי אבני דרך פתוחות
   *[other] { $count } אבני דרך פתוחות
}
cli-review-open-actions = { $count ->
    [one] פעולה פתוחה אחת
    [two] שתי פעולות פתוחות
   *[other] { $count } פעולות פתוחות
}
cli-review-not-closed = סקירה { $date } לא נסגרה ושום דבר לא נשמר בקומיט: תקנו את השגיאות שלמעלה, ואז הריצו שוב `charter review close { $date }`
cli-review-tagged = { $commit } תויג כ-{ $tag }
cli-review-tag-stays = התג { $tag } נשאר על { $commit }, הקומיט שסגר את הסקירה
cli-review-already-closed = סקירה { $date } כבר סגורה (קומיט { $commit }, תג { $tag }) ולא השתנתה מאז; אין מה לעשות
cli-review-nothing-to-commit = אין מה לשמור: הקומיט האחרון { $commit } כבר מכיל את הסקירה כפי שהיא
cli-committed = נשמר בקומיט { $commit }: { $message }
cli-review-not-tagged = הסקירה נשמרה בקומיט { $commit } אך לא ניתן היה לתייג אותה ({ $error }); תייגו אותה בפקודה `git tag -a { $tag } -m "{ $message }" { $commit }`
cli-review-unreadable = לא ניתן לקרוא את { $file } כסקירה: הריצו `charter check` כדי לראות מדוע

## שמירות: מה קרה לקומיט, בשפת התצוגה (הודעת הקומיט עצמה נשארת באנגלית)
cli-save-not-in-git = לא נשמר בקומיט: התוכנית אינה במאגר git (הריצו `git init` בתיקייה שלה כדי לשמור את ההיסטוריה)
cli-save-committed-detached = נשמר בקומיט { $commit } על HEAD מנותק, שאינו על אף ענף (`git switch -c NAME` ישמור אותו על ענף חדש): { $message }
cli-save-nothing = אין מה לשמור בקומיט
cli-save-outside = הקומיט כולל גם עריכות שנעשו מחוץ ל-charter לפני השמירה הזו (מפורטות בהודעת הקומיט): { $changes }
cli-save-file-has-errors = יש שגיאות ב-{ $file }, ולכן charter לא { $what }: הריצו `charter check` ותקנו אותן קודם
cli-save-what-reading = יוסיף לו מדידה
cli-save-what-readings = יוסיף לו מדידות
cli-save-what-change = ישנה אותו

## מזהה שפקודה מציינת ואינו בתוכנית ($kind: metric או milestone)
cli-did-you-mean = האם התכוונתם ל-`{ $id }`?
cli-lookup-broken = { $kind ->
    [metric] המדד
   *[other] אבן הדרך
} `{ $id }` נמצא ב-{ $file } אך לא ניתן לקרוא אותו: הריצו `charter check` ותקנו אותו קודם
cli-lookup-none-yet = { $kind ->
    [metric] עדיין אין מדדים ב-{ $file }
   *[other] עדיין אין אבני דרך ב-{ $file }
}
cli-lookup-some = { $kind ->
    [metric] המדדים כוללים את { $ids }, … ({ $count } בסך הכול, ב-{ $file })
   *[other] אבני הדרך כוללות את { $ids }, … ({ $count } בסך הכול, ב-{ $file })
}
cli-lookup-all = { $kind ->
    [metric] המדדים הם { $ids }
   *[other] אבני הדרך הן { $ids }
}
cli-lookup-unknown = { $kind ->
    [metric] אין מדד `{ $id }`: { $hint }
   *[other] אין אבן דרך `{ $id }`: { $hint }
}

## charter record
cli-record-message = מדד { $metric }: מדידה { $value } בתאריך { $on }
cli-record-message-unit = מדד { $metric }: מדידה { $value } בתאריך { $on } עבור { $unit }
cli-record-exists = למדד { $metric } כבר יש מדידה בתאריך { $on }: { $value }; הוסיפו --replace כדי להחליף אותה
cli-record-exists-unit = למדד { $metric } כבר יש מדידה בתאריך { $on } עבור { $unit }: { $value }; הוסיפו --replace כדי להחליף אותה
cli-record-no-unit = אין יחידה `{ $unit }` ב-plan.yaml: היחידות הן { $units }

## charter import readings
cli-import-message = ייבוא מדידות: { $readings ->
    [one] מדידה אחת
   *[other] { $readings } מדידות
} עבור { $metrics ->
    [one] מדד אחד
   *[other] { $metrics } מדדים
} מתוך { $file }
cli-import-message-replaced = ייבוא מדידות: { $readings ->
    [one] מדידה אחת
   *[other] { $readings } מדידות
} עבור { $metrics ->
    [one] מדד אחד
   *[other] { $metrics } מדדים
} מתוך { $file } ({ $replaced } הוחלפו)
cli-import-cannot-read = לא ניתן לקרוא את { $file }: { $why }
cli-import-no-such-file = אין קובץ כזה: בדקו את הנתיב
cli-import-a-folder = זו תיקייה: ציינו את קובץ ה-CSV
cli-import-may-read = { $error }: בדקו שיש לכם הרשאה לקרוא אותו
cli-import-add-unit = הוסיפו אותה ל-`units` ב-plan.yaml, או תקנו את התא
cli-import-no-unit = אין יחידה `{ $unit }` ב-plan.yaml: { $hint }
cli-import-repeated = שורה { $line } כבר נותנת { $what }: השאירו אחת משתי השורות
cli-import-reading = { $metric } בתאריך { $on }
cli-import-reading-unit = { $metric } בתאריך { $on } עבור { $unit }
cli-import-ignored = עמודות שלא נקראו: { $columns } (charter קורא את metric, ‏date, ‏value ו-unit)
cli-import-cell = עמודה { $column } ({ $name }): { $message }
cli-import-refused = { $count ->
    [one] דבר לא יובא: שגיאה אחת ב-{ $file }; תקנו אותה והריצו את הייבוא שוב
   *[other] דבר לא יובא: { $count } שגיאות ב-{ $file }; תקנו אותן והריצו את הייבוא שוב
}
cli-import-add = הוספה: { $what }: { $value }
cli-import-replace = החלפה: { $what }: { $old } → { $value }
cli-import-keep = נשמר: { $what }: { $recorded } (בקובץ { $value } בשורה { $line }; הוסיפו --replace כדי להחליף)
cli-import-tally = { $added } נוספו, { $replaced } הוחלפו, { $kept } נשמרו כפי שהיו, { $unchanged } כבר רשומות
cli-import-n-readings = { $count ->
    [one] מדידה אחת
   *[other] { $count } מדידות
}
cli-import-n-metrics = { $count ->
    [one] מדד אחד
   *[other] { $count } מדדים
}
cli-import-dry-run = הרצת ניסיון: הייבוא היה כולל { $readings } עבור { $metrics } מתוך { $file } ({ $tally }); דבר לא נכתב
cli-import-nothing = אין מה לייבא: כל המדידות של { $file } כבר רשומות ({ $tally })
cli-import-done = הייבוא הושלם: { $readings } עבור { $metrics } מתוך { $file } ({ $tally })

## charter new
cli-new-give-folder = ציינו את התיקייה לתוכנית החדשה: `charter new DIR` (בטרמינל, `charter new` לבדו שואל עליה)
cli-new-no-template = אין תבנית `{ $name }`: בחרו אחת מאלה: { $names } (ראו `charter templates`)
cli-new-message = תוכנית חדשה { $id } מתבנית { $template }
cli-new-created = התוכנית { $id } נוצרה ב-{ $dir }
cli-new-next = הצעד הבא: ב-{ $dir }, הריצו `charter` כדי למלא את התוכנית בממשק הטרמינל, ואחר כך `charter check`
cli-new-not-empty = { $dir } כבר קיים ואינו תיקייה ריקה: בחרו תיקייה חדשה לתוכנית
cli-new-cannot-fill = לא ניתן לכתוב את פרטי התוכנית ל-{ $path }: { $error }
cli-cannot-read = לא ניתן לקרוא את { $path }: { $error }
cli-cannot-write = לא ניתן לכתוב את { $path }: { $error }; בדקו שיש לכם הרשאת כתיבה שם

## מציאה, קריאה וכתיבה של קובצי התוכנית
cli-store-no-plan-found = לא נמצאה תוכנית ב-{ $start } או באף תיקייה מעליה: הריצו `charter new DIR` כדי להתחיל תוכנית, או ציינו --plan DIR
cli-store-not-a-plan = אין plan.yaml ב-{ $dir }: ציינו באפשרות --plan את התיקייה שמכילה את ה-plan.yaml של התוכנית
cli-store-plan-is-a-file = { $path } הוא קובץ, לא תיקייה: ציינו באפשרות --plan את התיקייה שמכילה את plan.yaml
cli-store-marker-is-a-folder = { $path } היא תיקייה, לא קובץ: plan.yaml של תוכנית חייב להיות קובץ; שנו את שם התיקייה
cli-store-read = לא ניתן לקרוא את { $path }: { $error }
cli-store-write = לא ניתן לכתוב את { $path }: { $error }; בדקו שהתיקייה קיימת ושיש לכם הרשאת כתיבה בה (שום דבר אחר לא נכתב)
cli-store-unsafe-link = לא ניתן לכתוב את { $path }: { $what } (שום דבר לא נכתב)
cli-store-changed-on-disk = { $file } השתנה בדיסק מאז ש-charter קרא אותו, ולכן לא נדרס: הריצו את הפקודה שוב כדי להחיל את השינוי שלכם על התוכן החדש
cli-store-file-has-errors = יש שגיאות ב-{ $file }, ולכן charter לא יכתוב אותו מחדש (כך עלול לאבד את מה שאינו יכול לקרוא): הריצו `charter check`, תקנו את הקובץ ונסו שוב
cli-store-not-read-back = הטקסט החדש ש-charter יצר ל-{ $file } אינו נקרא בחזרה כמתוכנן ({ $what }), ולכן שום דבר לא נכתב ולא נשמר בקומיט; { $file } נשאר כפי שהיה. זו תקלה ב-charter: אנא דווחו עליה וצרפו את { $file }
cli-store-too-big = { $file } החדש היה בגודל { $mb } MB, יותר ממה ש-charter קורא ({ $limit } MB), ולכן שום דבר לא נכתב ולא נשמר בקומיט: פצלו את הנתונים או הסירו רשומות ישנות

## ההיסטוריה של התוכנית (log,‏ diff,‏ --as-of) והנעילה שלה
cli-history-no-repository = התוכנית ב-{ $dir } אינה במאגר git, ולכן אין לה היסטוריה: הריצו `git init` ו-`git add` + `git commit` לקבצים שלה (או התחילו תוכניות עם `charter new`), ונסו שוב
cli-history-no-commits = עדיין אין קומיטים במאגר: בצעו קודם קומיט לקובצי התוכנית
cli-history-unknown-revision = `{ $rev }` אינו גרסה: ציינו קומיט, ענף, תג כמו `review/2026-03-31`, או תאריך YYYY-MM-DD (ראו `charter log` לקומיטים של התוכנית){ $hint }
cli-history-nothing-before = אין קומיט של התוכנית בתאריך { $date } או לפניו: הראשון הוא מתאריך { $first } (ראו `charter log`)
cli-history-plan-absent = תיקיית התוכנית { $prefix } לא הייתה קיימת ב-{ $rev }: ראו `charter log` לגרסאות שמכילות אותה
cli-history-no-review-closed = ; עדיין לא נסגרה אף סקירה (`charter review close` מתייג אחת)
cli-history-reviews-range = ; הסקירות הסגורות הן review/{ $first } … review/{ $last } ({ $count } בסך הכול)
cli-history-reviews = ; הסקירות הסגורות הן { $reviews }
cli-lock-busy = התוכנית תפוסה: פקודת charter אחרת שומרת אותה (תהליך { $owner }, נעילה { $path }); נסו שוב בעוד רגע, ואם אין פקודת charter שרצה, מחקו את { $path }
cli-lock-io = לא ניתן לנעול את התוכנית ({ $path }): { $error }; בדקו שיש לכם הרשאת כתיבה בתיקיית התוכנית

## charter diff ו-trend: עץ העבודה ושגיאות
cli-diff-working-tree = עץ העבודה
cli-diff-cannot-read-commit = לא ניתן לקרוא את הקומיט { $commit }: { $error }
cli-diff-broken = { $count ->
    [one] בעץ העבודה יש שגיאה אחת, ופריטים שאינם נטענים מופיעים למעלה כמוסרים: הריצו `charter check`
   *[other] בעץ העבודה יש { $count } שגיאות, ופריטים שאינם נטענים מופיעים למעלה כמוסרים: הריצו `charter check`
}
cli-trend-errors-may-hide = { $count ->
    [one] (יש בתוכנית שגיאה אחת, שעלולה להסתיר אותו: הריצו `charter check`)
   *[other] (יש בתוכנית { $count } שגיאות, שעלולות להסתיר אותו: הריצו `charter check`)
}

## שגיאות git ש-charter מנסח בעצמו
cli-git-index-locked = נראה שתהליך git אחר רץ במאגר הזה ({ $lock } קיים); המתינו שיסתיים, ואם אף תהליך אינו רץ, מחקו את { $lock } ונסו שוב
cli-git-head-moved = הענף זז בזמן ש-charter שמר את הקומיט (פקודת git אחרת רצה באותו זמן); שום דבר לא נשמר, נסו שוב
cli-git-tag-exists = כבר קיים תג בשם { $name }; אם הוא שגוי, מחקו אותו עם `git tag -d { $name }` ונסו שוב
# $unset: user.name, user.email או שניהם, מופרדים בפסיק; $count: כמה
cli-git-missing-identity = { $count ->
    [one] git לא יודע מי אתם ({ $unset } אינו מוגדר), ולכן charter לא יכול לחתום על הקומיטים שלו; הריצו
   *[other] git לא יודע מי אתם (user.name ו-user.email אינם מוגדרים), ולכן charter לא יכול לחתום על הקומיטים שלו; הריצו
}
    { $commands }
    (השמיטו את --global כדי להגדיר זאת רק למאגר הזה), ונסו שוב
cli-review-exists-closed = { $file } כבר קיים ונסגר בקומיט { $commit }: כדי לשנות אותו, ערכו אותו והריצו `charter review close { $date }` כדי לשמור את התיקון בקומיט
cli-review-exists = { $file } כבר קיים: ערכו אותו, או סגרו אותו עם `charter review close { $date }`

## diff: the incident log and routines' meetings.
cli-diff-kind-incidents = אירועים
cli-diff-kind-incident = אירוע
cli-diff-n-incident = { $count ->
    [one] אירוע אחד
    [two] שני אירועים
   *[other] { $count } אירועים
}
cli-diff-n-meetings = { $count ->
    [one] מפגש אחד
    [two] שני מפגשים
   *[other] { $count } מפגשים
}
cli-diff-field-meetings = מפגשים
cli-diff-field-investigation = תחקיר
cli-diff-field-recovery = השבת לקוחות

## exceptions: open incidents.
cli-source-incident = האירוע מ־{ $date }
cli-exc-kind-incident = אירוע
cli-exc-n-incidents = { $count ->
    [one] אירוע אחד פתוח
    [two] שני אירועים פתוחים
   *[other] { $count } אירועים פתוחים
}
cli-exc-incident = { $count ->
    [one] פתוח יום אחד: { $note }
    [two] פתוח יומיים: { $note }
   *[other] פתוח { $count } ימים: { $note }
}
cli-exc-incident-not-investigated = אירע ב־{ $on }; טרם תוחקר
cli-exc-incident-actions = אירע ב־{ $on }; בוצעו { $done } מתוך { $count ->
    [one] פעולה אחת
    [two] שתי פעולות
   *[other] { $count } פעולות
}
