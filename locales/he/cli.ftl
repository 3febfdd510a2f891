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
cli-tools-to-decide = { $count ->
    [one] אחד ממתין להחלטה
   *[other] { $count } ממתינים להחלטה
}
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
cli-trend-reviews-from = { $count ->
    [one] סקירה אחת
    [two] שתי סקירות
   *[other] { $count } סקירות
} מ-{ $first } עד { $last }
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

## charter target suggest: the proposal and why (the JSON keeps the English).
cli-target-bad-guide = הנחיית היעד היא { $guide }: היא חייבת להיות גדולה מ־1 (1.2 פירושו שיפור של 20% לעומת היום)
cli-target-from-reading = המדידה מ־{ $on }
cli-target-from-mean = { $count ->
    [two] הממוצע של שתי המדידות האחרונות, מ־{ $first } עד { $latest }
   *[other] הממוצע של { $count } המדידות האחרונות, מ־{ $first } עד { $latest }
}
cli-target-from-baseline = מצב הבסיס מ־{ $on } (אין עדיין מדידה)
cli-target-no-state = למדד { $id } אין מדידה ואין מצב בסיס, ולכן אין מצב נוכחי לשפר: רשמו קודם מדידה (`charter record { $id } VALUE`)
cli-target-today = היום: { $value } ({ $from })
cli-target-guide-percent = ההנחיה מבקשת שיפור של כ־{ $step }% לעומת היום: { $value }
cli-target-of-scale = עשירית מהסולם { $min }..{ $max }, כלומר { $reference }
cli-target-of-size = הגודל של היום, { $reference }
cli-target-of-one = נקודה אחת, כי למדד אין `scale`
cli-target-guide-points = ההנחיה מבקשת שיפור של כ־{ $step }% מתוך { $of }, כלומר { $points } נקודות לעומת היום: { $value }
cli-target-benchmark-not-better = ערך ההשוואה { $benchmark } אינו טוב מהמצב היום, ולכן אינו מעלה את היעד
cli-target-benchmark-too-far = ערך ההשוואה { $benchmark } רחוק יותר ממה שההנחיה מבקשת: יותר מזה בתוכנית אחת יתסכל, ולכן היעד נעצר בהנחיה וערך ההשוואה נשמר לתוכנית הבאה
cli-target-benchmark-no-effort = ערך ההשוואה { $benchmark } טוב רק במעט מהמצב היום: כיעד הוא לא ידרוש מאמץ, ולכן היעד הוא זה של ההנחיה וערך ההשוואה הוא צעד בדרך
cli-target-benchmark-realistic = ערך ההשוואה { $benchmark } של ארגונים דומים נמצא בתחום ההנחיה: ריאלי להגיע אליו
cli-target-percent-bounds = אחוז נשאר בין 0 ל־100
cli-target-too-large = מדד `{ $id }`: הערכים שלו גדולים מכדי להציע מהם יעד (התוצאה חורגת מהמספר הגדול ביותר שקובץ תוכנית יכול להכיל); בדקו במדידות ובמצב הבסיס אם ערך הוקלד בטעות
cli-target-now = היעד כעת הוא { $value } עד { $by }
cli-target-now-past = היעד כעת הוא { $value } עד { $by }, תאריך שכבר עבר: היעד החדש הוא לסוף התוכנית, { $end }
cli-target-none-yet = למדד אין עדיין יעד: היעד הזה הוא לסוף התוכנית, { $end }
cli-target-higher = גבוה יותר עדיף
cli-target-lower = נמוך יותר עדיף
cli-target-proposed = יעד מוצע  { $value } עד { $by }
cli-target-now-is = כעת { $value }
cli-target-why = למה:
cli-target-already = היעד הוא כבר { $value }: אין מה לשנות

## The git layer's errors; git's own message is quoted as git says it.
cli-git-not-owner = git מסרב להשתמש במאגר שב-{ $path } כי הוא שייך למשתמש אחר; אם אתם סומכים עליו, הריצו `git config --global --add safe.directory { $path }` ונסו שוב
cli-git-bare = { $path } הוא מאגר git חשוף (אין בו קבצי עבודה), ולכן אי אפשר לשמור בו תוכנית; שכפלו אותו עם `git clone { $path } DIR` ועבדו בעותק
cli-git-operation-in-progress = { $operation } מתבצע כעת ב-{ $workdir }, ולכן charter לא יכול לבצע קומיט עכשיו; { $hint }, ואז נסו שוב
cli-git-op-merge = מיזוג
cli-git-op-merge-hint = סיימו אותו עם `git commit` אחרי שההתנגשויות נפתרו, או בטלו אותו עם `git merge --abort`
cli-git-op-revert = ביטול קומיט (revert)
cli-git-op-revert-hint = סיימו אותו עם `git revert --continue` או בטלו אותו עם `git revert --abort`
cli-git-op-cherry-pick = העתקת קומיט (cherry-pick)
cli-git-op-cherry-pick-hint = סיימו אותה עם `git cherry-pick --continue` או בטלו אותה עם `git cherry-pick --abort`
cli-git-op-bisect = חיפוש בינארי (bisect)
cli-git-op-bisect-hint = סיימו אותו עם `git bisect reset`
cli-git-op-rebase = בסיס מחדש (rebase)
cli-git-op-rebase-hint = סיימו אותו עם `git rebase --continue` או בטלו אותו עם `git rebase --abort`
cli-git-op-am = החלת טלאים (`git am`)
cli-git-op-am-hint = סיימו אותה עם `git am --continue` או בטלו אותה עם `git am --abort`
cli-git-refs-locked = במאגר הזה קיימים קובצי נעילה של git ({ $locks }), שהשאיר תהליך git שנעצר או שעדיין רץ; המתינו שיסתיים, ואם אף תהליך אינו רץ, { $count ->
    [one] מחקו אותו
   *[other] מחקו אותם
} ונסו שוב
cli-git-invalid-identity = git לא יכול להשתמש בשם ובדוא"ל שלכם ככותבי קומיט ({ $error }); הגדירו אותם מחדש עם `git config --global user.name "Your Name"` ועם `git config --global user.email "you@example.com"`
cli-git-invalid-date-var = משתנה הסביבה { $var } מוגדר ל-{ $value }, שאינו תאריך ש-charter מבין; השתמשו בצורה כמו "2026-03-31T09:30:00+03:00" או "1774938600 +0300", או בטלו את { $var }
cli-git-empty-message = הודעת הקומיט ריקה; כתבו שורה אחת שאומרת מה השתנה
cli-git-outside-work-tree = { $path } נמצא מחוץ לעץ העבודה של git ‏{ $workdir }; charter יכול לבצע קומיט רק לקבצים שבתוכו, ולכן העבירו את התוכנית אל המאגר (או הריצו `git init` במקום שבו התוכנית נמצאת)
cli-git-in-git-dir = { $path } נמצא בתוך תיקיית ‎.git של המאגר, ש-git מנהל בעצמו; ציינו במקומו קובץ של התוכנית
cli-git-symlink = { $path } הוא קישור סימבולי; charter מבצע קומיט רק לקבצים רגילים, ולכן החליפו את הקישור בעותק של הקובץ שהוא מצביע עליו
cli-git-is-folder = { $path } הוא תיקייה ולא קובץ; ציינו את הקבצים שבה שצריך לבצע להם קומיט
cli-git-not-utf8 = השם של { $path } אינו UTF-8 תקין; שנו את שמו לתווי UTF-8
cli-git-io = לא ניתן היה { $action } { $path }: { $error }; ודאו שהוא קיים ושמותר לכם לקרוא ולכתוב בו
cli-git-invalid-tag-name = { $name } אינו שם תקין לתג git; השתמשו באותיות, בספרות, ב-'-', ב-'.' וב-'/' בלי רווחים
cli-git-tag-target-missing = אין במאגר הזה אובייקט { $target } לתייג; תייגו קומיט קיים
cli-git-index-not-updated = הקומיט { $commit } בוצע, אבל לא ניתן היה לעדכן את אזור ההכנה של git (האינדקס) ({ $error }); הריצו `git reset -q -- { $paths }` כדי ש-`git status` יתאים לקומיט
cli-git-skip-worktree = { $rel } מסומן skip-worktree באינדקס של git (sparse checkout), ולכן charter לא רואה את התוכן שלו ושמירה עלולה לבצע לו קומיט כריק; הריצו `git sparse-checkout disable` או `git update-index --no-skip-worktree { $rel }`{ $from }, ואז נסו שוב
cli-git-assume-unchanged = { $rel } מסומן assume-unchanged באינדקס של git, ולכן git לא מסתכל על השינויים שלו ו-charter לא יכול לבצע לו קומיט בבטחה; הריצו `git update-index --no-assume-unchanged { $rel }`{ $from }, ואז נסו שוב
cli-git-run-them-in = (הריצו אותן ב-{ $dir })
cli-git-missing-from-work-tree = { $rel } נמצא בקומיט האחרון אבל חסר בתיקייה, ולכן charter קורא אותו כריק ושמירה עלולה לבצע לו קומיט כך; שחזרו אותו עם `git checkout -- { $rel }`, או בצעו קומיט למחיקתו עם `git rm { $rel }` ו-`git commit`{ $from }, ואז נסו שוב
cli-git-unsupported-attribute = ל-{ $rel } יש `{ $attribute }` במאפייני git שלו (.gitattributes): charter מבצע קומיט דרך libgit2, שאינו מריץ את המסננים של git, ולכן היה מבצע קומיט לקובץ כפי שהוא בתיקייה (טקסט גלוי תחת git-crypt, הקובץ כולו תחת LFS); בצעו קומיט לשינויים בקובץ הזה עם git עצמו (`git add` ו-`git commit`), או הסירו את המאפיין מקובצי התוכנית, ואז נסו שוב
cli-git-hook-active = במאגר הזה יש hook מסוג { $hook } ‏({ $path }), ש-`git commit` מריץ ו-charter לא יכול, ולכן charter לא מבצע כאן קומיט; ערכו את השינוי בקובצי התוכנית ובצעו לו קומיט עם `git commit` בעצמכם, או, אם ה-hook אינו מיועד לתוכנית, הסירו אותו או הפכו אותו ללא ניתן להרצה (`chmod -x`), ואז נסו שוב
cli-git-signing-required = { $key } מוגדר true בהגדרות git, ו-charter לא יכול לחתום על { $what }, ולכן הוא לא מבצע כאן קומיט; { $by_hand } בעצמכם, או כבו את החתימה במאגר הזה עם `git config { $key } false`, ואז נסו שוב
cli-git-sign-commits = קומיטים
cli-git-sign-commits-by-hand = ערכו את השינוי בקובצי התוכנית ובצעו לו קומיט עם `git commit`
cli-git-sign-tags = תגי סקירה
cli-git-sign-tags-by-hand = בצעו קומיט לסקירה עם `git commit` ותייגו אותה עם `git tag -s review/DATE`
cli-git-failed = git לא הצליח { $action }: { $error }; הריצו `git status` במאגר כדי לראות מה לא תקין, תקנו ונסו שוב
cli-git-missing-after-staging = הקובץ חסר באינדקס אחרי ההוספה לאזור ההכנה
## What charter was doing when git failed: "git could not …", "could not … PATH".
cli-git-do-read-index = לקרוא את האינדקס
cli-git-do-walk-history = לעבור על ההיסטוריה
cli-git-do-read-head-tree = לקרוא את העץ של HEAD
cli-git-do-read-config = לקרוא את הגדרות git
cli-git-do-read-head = לקרוא את HEAD
cli-git-do-read-commit = לקרוא קומיט
cli-git-do-open-config = לפתוח את ההגדרות של המאגר
cli-git-do-write-empty-tree = לכתוב עץ ריק
cli-git-do-read-tag-message = לקרוא את הודעת התג
cli-git-do-read-plan-status = לקרוא את המצב של קובצי התוכנית
cli-git-do-read-plan-folder = לקרוא את תיקיית התוכנית בקומיט
cli-git-do-read-new-tree = לקרוא את העץ החדש
cli-git-do-read-conflicts = לקרוא את ההתנגשויות שבאינדקס
cli-git-do-read-commit-message = לקרוא את הודעת הקומיט
cli-git-do-read-head-commit = לקרוא את הקומיט ש-HEAD מצביע עליו
cli-git-do-read-empty-tree = לקרוא עץ ריק
cli-git-do-read-plan-file = לקרוא קובץ של התוכנית מ-git
cli-git-do-read-commit-files = לקרוא את הקבצים של קומיט
cli-git-do-list-review-tags = למנות את תגי הסקירה
cli-git-do-list-remotes = למנות את המאגרים המרוחקים
cli-git-do-build-tree = לבנות את העץ החדש
cli-git-do-set = להגדיר את { $key }
cli-git-do-resolve = לפענח את הנתיב
cli-git-do-create-folder = ליצור את התיקייה
cli-git-do-unstage = להוציא את { $file } מאזור ההכנה
cli-git-do-stage = להוסיף את { $file } לאזור ההכנה
cli-git-do-look-in-head = לחפש את { $file } ב-HEAD
cli-git-do-read-in-head = לקרוא את { $file } ב-HEAD
cli-git-do-read = לקרוא את { $name }
cli-git-do-read-tag = לקרוא את התג { $name }
cli-git-do-read-status = לקרוא את המצב של { $file }
cli-git-do-read-branch = לקרוא את הענף { $name }
cli-git-do-read-attributes = לקרוא את המאפיינים של { $file }
cli-git-do-create-tag = ליצור את התג { $name }
cli-git-do-open-repository = לפתוח את המאגר שמכיל את { $dir }
cli-git-do-create-repository = ליצור מאגר ב-{ $dir }
cli-git-do-read-tag-commit = לקרוא את הקומיט שהתג { $name } מצביע עליו
cli-git-do-restore-entry = לשחזר את הרשומה של { $file } באינדקס
cli-git-do-repair-index = לעדכן את האינדקס לפי הקומיט האחרון עבור { $files }
cli-git-do-commit = ליצור את הקומיט
cli-git-do-create = ליצור את
cli-git-do-read-file = לקרוא את

## charter sync; git's own messages are shown as git prints them.
cli-sync-no-repository = התוכנית ב-{ $dir } אינה במאגר git, ולכן אין מה לסנכרן: הריצו `git init`, בצעו קומיט לתוכנית והוסיפו מאגר מרוחק (`git remote add origin URL`)
cli-sync-merging = מיזוג מתבצע כעת ב-{ $dir } (מסנכרון קודם או מ-`git merge`): סיימו אותו (ערכו את הקבצים שבהתנגשות, `git add` להם ו-`git commit`) והריצו שוב `charter sync`, או בטלו אותו עם `git merge --abort`
cli-sync-uncommitted = בתוכנית יש שינויים שלא בוצע להם קומיט, ולכן הסנכרון לא התחיל: { $files }; בצעו להם קומיט (`git add` ו-`git commit`, או `charter review close` לסקירה) או הניחו אותם בצד עם `git stash -u`, ואז הריצו שוב `charter sync`
cli-sync-fetch-failed = `git fetch { $remote }` נכשל (ההודעה של git מופיעה למעלה): בדקו את הרשת ואת הגישה שלכם למאגר המרוחק, ואז הריצו שוב `charter sync`
cli-sync-nothing-new = אין חדש ב-{ $upstream }
cli-sync-fetched = { $count ->
    [one] התקבל קומיט אחד מ-{ $upstream }
    [two] התקבלו שני קומיטים מ-{ $upstream }
   *[other] התקבלו { $count } קומיטים מ-{ $upstream }
}
cli-sync-fast-forwarded = קודם קדימה ({ $changes })
cli-sync-merged = מוזג ({ $changes })
cli-sync-push-failed = `git push { $remote } { $refspec }` נכשל (ההודעה של git מופיעה למעלה); דבר לא אבד: הקומיטים שלכם נמצאים ב-{ $branch }. אם מישהו דחף בינתיים, הריצו שוב `charter sync`
cli-sync-pushed = { $count ->
    [one] נדחף קומיט אחד אל { $upstream }
    [two] נדחפו שני קומיטים אל { $upstream }
   *[other] נדחפו { $count } קומיטים אל { $upstream }
}
cli-sync-nothing-to-push = אין מה לדחוף
cli-sync-no-driver = לתשומת לבכם: ב-{ $dir } אין `.gitattributes` שמציין את מנהל המיזוג של charter, ולכן git ממזג את הקבצים שלו שורה אחר שורה; ראו ב-README איך להגדיר אותו
cli-sync-detached = ‏HEAD מנותק (אינו על ענף), ולכן אין ענף מעקב לסנכרן איתו: עברו לענף עם `git switch BRANCH`, ואז הריצו שוב `charter sync`
cli-sync-add-remote = הוסיפו את המאגר המשותף כמאגר מרוחק עם `git remote add origin URL`, ואז הריצו פעם אחת `git push -u origin { $branch }`
cli-sync-push-upstream = הריצו פעם אחת `git push -u { $remote } { $branch }`
cli-sync-no-upstream = לענף { $branch } אין ענף מעקב (upstream), ולכן charter לא יודע לאן לסנכרן: { $how }; אחרי זה `charter sync` מושך, ממזג ודוחף לשם
cli-sync-option-like-upstream = ענף המעקב של הענף { $branch } הוא הענף { $upstream } של המאגר המרוחק { $remote }, ששמו מתחיל ב-'-', ש-git היה קורא כאפשרות, ולכן charter לא מסנכרן איתו: עקבו אחרי ענף בעל שם רגיל עם `git branch --set-upstream-to REMOTE/BRANCH`, ואז הריצו שוב `charter sync`
cli-sync-option-like-remote = שמו של המאגר המרוחק { $remote } מתחיל ב-'-', ש-git היה קורא כאפשרות (אפשרות כמו `--upload-pack=…` מריצה פקודה), ולכן charter לא מריץ איתו את git: תנו למאגר המרוחק שם רגיל עם `git remote rename -- '{ $quoted }' origin` (או שם אחר), ואז הריצו שוב `charter sync`
cli-sync-option-like-branch = שמו של הענף { $branch } מתחיל ב-'-', ש-git היה קורא כאפשרות, ולכן charter לא מסנכרן אותו: תנו לו שם רגיל עם `git branch -m -- '{ $quoted }' NEWNAME`, ואז הריצו שוב `charter sync`
cli-sync-no-program = לא נמצאה תוכנת charter למיזוג: { $error }
cli-sync-conflicts = המיזוג עם { $upstream } נעצר בהתנגשויות, דבר לא נדחף:
cli-sync-not-merged = לא ניתן היה למזג (הגרסה שלנו נמצאת בקובץ, עם סימוני ההתנגשות של git אם אינו קובץ תוכנית; `git show :3:{ $path }` מציג את שלהם)
cli-sync-to-finish = כדי לסיים: ערכו כל קובץ שלמעלה לערכים הרצויים (הערת `{ $mark }` מסמנת כל פריט; מחקו אותה בסיום), ואז הריצו `git add FILE…` ו-`git commit`, ואז שוב `charter sync` כדי לדחוף.
cli-sync-to-undo = כדי לבטל את המיזוג במקום זאת: `git merge --abort` (הקומיטים שלכם ושלהם נשארים כפי שהיו).
cli-sync-cannot-run-git = לא ניתן להריץ את git ({ $error }): ‏charter sync משתמש בתוכנת `git` למשיכה ולדחיפה; התקינו את git וודאו שהוא נמצא ב-PATH
cli-sync-no-message = אין הודעה
cli-sync-git-failed = `git { $command }` נכשל: { $said }; דבר לא נדחף. הריצו `git status` כדי לראות את מצב המאגר, תקנו את מה ש-git אומר, ואז הריצו שוב `charter sync`

## Reading a CSV file of readings: a cell, a line or the header that cannot be read.
cli-csv-bad-date-format = `{ $format }` אינו תבנית תאריך ש-charter יכול לקרוא בה תאריכים: השתמשו בקודי strftime של chrono לתאריך שלם, למשל --date-format %m/%d/%Y או --date-format %d.%m.%Y
cli-csv-unreadable = { $error }: ודאו שהקובץ הוא ייצוא CSV
cli-csv-quotes = { $error }: בדקו את המירכאות בשורה הזו
cli-csv-column-no-name = עמודה { $number } (ללא שם)
cli-csv-or = {" "}או{" "}
cli-csv-found-nothing = כלום
cli-csv-row-short = { $cells ->
    [one] בשורה יש תא אחד
   *[other] בשורה יש { $cells } תאים
} ואין בה תא מספר { $ordinal }: בדקו את המפרידים בשורה
cli-csv-not-utf8 = התא אינו טקסט UTF-8: ייצאו את הקובץ כ-UTF-8 ‏("CSV UTF-8" בגיליונות אלקטרוניים)
cli-csv-metric-empty = המדד ריק: כתבו את המזהה של המדד
cli-csv-how-comma = כתבו אותו כמו 66 או 66.5
cli-csv-how-any = כתבו אותו כמו 66, ‏66.5 או 66,5
cli-csv-value-empty = הערך ריק: { $how }
cli-csv-grouped = `{ $text }` אינו מספר ש-charter יכול לקרוא: כתבו אותו בלי מפרידי אלפים ({ $how })
cli-csv-not-number = `{ $text }` אינו מספר: { $how }
cli-csv-date-not-in-format = `{ $text }` אינו תאריך בתבנית { $format } ({ $error })
cli-csv-date-empty = התאריך ריק: כתבו אותו כ-YYYY-MM-DD או כ-DD/MM/YYYY
cli-csv-not-date = `{ $text }` אינו תאריך: כתבו אותו כ-YYYY-MM-DD או כ-DD/MM/YYYY, או העבירו --date-format עם התבנית של הקובץ (למשל --date-format %d.%m.%Y)
cli-csv-no-month = `{ $text }` אינו תאריך: בקריאה כ-DD/MM/YYYY אין חודש { $month }; אם הקובץ כותב MM/DD/YYYY, העבירו --date-format %m/%d/%Y
cli-csv-month-days = `{ $text }` אינו תאריך: ב-{ $month } יש { $days } ימים
cli-csv-not-dmy = `{ $text }` אינו תאריך: כתבו אותו כ-DD/MM/YYYY או כ-YYYY-MM-DD, או העבירו --date-format עם התבנית של הקובץ (למשל --date-format %m/%d/%Y)
cli-csv-empty = הקובץ ריק: הוא חייב להתחיל בשורת כותרת שמציינת את העמודות `metric`, `date`, `value` (ואם רוצים גם `unit`)
cli-csv-missing-columns = שורה 1: בכותרת אין עמודה { $missing }: השורה הראשונה חייבת לציין את העמודות `metric`, `date` ו-`value` (העמודה `unit` רשות), מופרדות בפסיקים, בנקודה-פסיק או בטאבים; השורה הזו מציינת { $found }
cli-csv-duplicate-column = שורה 1: הכותרת מציינת את `{ $name }` פעמיים (עמודות { $first } ו-{ $second }): שנו את שמה של אחת מהן או הסירו אותה
cli-csv-line = שורה { $line }: { $message }
cli-csv-line-too-long = שורה { $line } ארוכה מ-1 MB: זה אינו ייצוא CSV של מדידות (בדקו את הקובץ, או שהוא אינו קישור להתקן)
cli-csv-too-many-rows = בקובץ יש יותר מ-{ $max } מדידות, יותר ממה ש-metrics.yaml יכול להכיל (הוא יכול להיות לכל היותר 64 MB): ייבאו אותו בחלקים, או שמרו פחות מדידות לכל מדד

## --help and clap's parse errors (English shows clap's own; these word the others).
cli-help-usage = שימוש:
cli-help-commands = פקודות:
cli-help-arguments = ארגומנטים:
cli-help-options = אפשרויות:
cli-help-options-mark = אפשרויות
cli-help-command-mark = פקודה
cli-help-default = ברירת מחדל: { $value }
cli-help-possible = ערכים אפשריים: { $values }
cli-clap-error = שגיאה:
cli-clap-unknown-argument = הארגומנט '{ $arg }' אינו צפוי כאן
cli-clap-unknown-subcommand = אין פקודה '{ $name }'
cli-clap-value-required = '{ $arg }' דורש ערך, ולא ניתן ערך
cli-clap-invalid-value = הערך '{ $value }' אינו תקין עבור '{ $arg }'
cli-clap-invalid-value-why = הערך '{ $value }' אינו תקין עבור '{ $arg }': { $why }
cli-clap-missing = חסרים ארגומנטים נדרשים: { $args }
cli-clap-missing-subcommand = '{ $name }' דורש פקודת משנה, ולא ניתנה אחת
cli-clap-conflict = אי אפשר להשתמש בארגומנט '{ $arg }' יחד עם '{ $other }'
cli-clap-values = מספר שגוי של ערכים עבור '{ $arg }'
cli-clap-no-equals = כדי לתת ערך ל-'{ $arg }' יש לכתוב סימן שוויון
cli-clap-other = שורת הפקודה אינה תקינה
cli-clap-similar = עצה: קיים דומה: '{ $name }'
cli-clap-more = למידע נוסף, נסו '--help'.

## charter new without a folder: the questions; charter templates.
cli-ask-intro = תוכנית חדשה: ענו על כל שאלה, או הקישו Enter כדי לקבל את ברירת המחדל שב[סוגריים].
cli-ask-folder = תיקייה לתוכנית
cli-ask-templates = תבניות:
cli-ask-template = תבנית (מספר או שם)
cli-ask-no-template = אין תבנית `{ $name }`: ציינו את המספר או את השם שלה
cli-ask-title = כותרת (שם התוכנית)
cli-ask-organization = ארגון
cli-ask-consultant = יועץ
cli-ask-start = היום הראשון, YYYY-MM-DD
cli-ask-optional = { $prompt } (Enter כדי לדלג)
cli-ask-no-answer = לא התקבלה תשובה שמישה ל"{ $prompt }" אחרי { $count } ניסיונות: לא נוצר דבר
cli-ask-end-of-input = לא ניתנו תשובות לשאלות (הקלט הסתיים): לא נוצר דבר
cli-ask-cannot-read = לא ניתן לקרוא את התשובה: { $error }
cli-template-contact-center = תוכנית מלאה למוקד שירות: אמנה, יעדים, 16 אבני דרך, צוות היגוי ושגרות ניהול, סוכני שינוי, 13 מדדים, נציגים, סקרים, אירוע חריג והוקרה
cli-template-he-contact-center = אותה תוכנית למוקד שירות, כתובה בעברית
cli-template-lt-contact-center = אותה תוכנית למוקד שירות, כתובה בליטאית
cli-template-charter-only = אמנת שירות וצוות ההיגוי שמאשר אותה, כדי להתחיל
cli-template-blank = רק plan.yaml: מתחילים מאפס
cli-unknown-language = שפה לא מוכרת { $text }: השתמשו ב-en (אנגלית), he (עברית) או lt (ליטאית)
cli-history-repository-root = (שורש המאגר)

## The help of each command (charter --help, charter COMMAND --help): the
## commands' abouts, their arguments' help, and the options every command has.
cli-help-about = תוכניות לשיפור שירות הלקוחות ב-git: אמנת שירות, יעדים, אבני דרך, מדדים וסקירות היגוי
cli-help-after = התוכנית נמצאת מהתיקייה הנוכחית ומעלה, אלא אם ניתן --plan.
    קודי יציאה: 0 תקין, 1 יש בתוכנית שגיאות או שבדיקה נכשלה, 2 שימוש שגוי או כשל בפעולה.
cli-help-arg-plan = תיקיית התוכנית (זו שמכילה את plan.yaml)
cli-help-arg-today = התאריך שייחשב כהיום, לכל עובדה מחושבת
cli-help-arg-no-cache = לנתח כל קובץ של התוכנית, בלי לקרוא את מטמון הניתוח ובלי למלא אותו
cli-help-arg-bidi = מי מסדר טקסט מימין לשמאל בממשק המסוף: charter (מסדר אותו מחדש, למסופים בלי תמיכה בדו-כיווניות) או המסוף עצמו; כברירת מחדל המסוף, כשהוא מסוף שידוע שתומך בדו-כיווניות (VTE 0.58+, Konsole, mlterm)
cli-help-arg-lang = שפת התוויות והמשפטים: en, he או lt (ברירת מחדל: ה-`language:` של התוכנית, אחרת en)
cli-help-arg-help = הצגת העזרה
cli-help-arg-version = הצגת הגרסה
cli-help-help-about = הצגת ההודעה הזו או העזרה של פקודות המשנה שצוינו
cli-help-tui-about = ממשק המסוף (ברירת המחדל כשלא ניתנה פקודה)
cli-help-demo-about = בניית תוכנית הדגמה עם שנה של מדידות וסקירות היגוי, ופתיחתה
cli-help-demo-arg-dir = לבנות את תוכנית ההדגמה בתיקייה הזו ולשמור אותה (היא חייבת לא להתקיים, או להיות ריקה)
cli-help-new-about = פתיחת תוכנית חדשה מתבנית (git init כשצריך, קומיט ראשון)
cli-help-new-arg-dir = התיקייה שבה תיווצר התוכנית (נוצרת אם חסרה; חייבת להיות ריקה). אם היא חסרה במסוף, `charter new` שואל עליה ועל פרטי התוכנית, ואז פותח את התוכנית החדשה בממשק המסוף
cli-help-new-arg-template = התבנית שממנה מתחילים (ראו `charter templates`) [ברירת מחדל: contact-center]
cli-help-new-arg-title = כותרת התוכנית (`title` ב-plan.yaml)
cli-help-new-arg-organization = הארגון שעבורו התוכנית (`organization` ב-plan.yaml)
cli-help-new-arg-consultant = היועץ שמלווה את התוכנית (`consultant` ב-plan.yaml)
cli-help-new-arg-start = היום הראשון של התוכנית, YYYY-MM-DD; התאריכים של התבנית זזים איתו (ברירת מחדל: יום שני של השבוע הזה)
cli-help-templates-about = רשימת התבניות ש-`charter new` יכול להתחיל מהן
cli-help-check-about = דיווח על שגיאות (יציאה 1) ועל אזהרות (יציאה 1 רק עם --strict)
cli-help-check-arg-strict = להיכשל (יציאה 1) גם על אזהרות
cli-help-status-about = התמונה במסך אחד, למנהלים
cli-help-status-arg-as-of = המצב כפי שהיה בגרסה (קומיט, תג כמו review/2026-03-31, או תאריך YYYY-MM-DD: הקומיט האחרון בו או לפניו), נקרא מ-git בלי לגעת בקבצים
cli-help-record-about = הוספת מדידה למדד, וקומיט שלה
cli-help-record-arg-metric = המזהה של המדד
cli-help-record-arg-value = הערך שנמדד (אפשר גם עם פסיק עשרוני)
cli-help-record-arg-on = תאריך המדידה (ברירת מחדל: היום)
cli-help-record-arg-unit = מדידה ליחידה אחת של הארגון
cli-help-record-arg-replace = להחליף מדידה שכבר נרשמה לאותו תאריך (ולאותה יחידה)
cli-help-review-about = סקירות היגוי של אבני הדרך: טיוטה מתוך התוכנית, וסגירה (קומיט ותג)
cli-help-review-new-about = טיוטה של reviews/DATE.yaml, ממולאת מהמצב הנוכחי של התוכנית (בלי קומיט)
cli-help-review-new-arg-date = תאריך הסקירה (ברירת מחדל: היום)
cli-help-review-close-about = בדיקת התוכנית, קומיט של הסקירה ותיוג שלה כ-review/DATE
cli-help-review-close-arg-date = תאריך הסקירה (ברירת מחדל: הסקירה היחידה שעוד לא נסגרה)
cli-help-fmt-about = כתיבה מחדש של קובצי התוכנית בצורה הקנונית (או רק דיווח על מה שהיה משתנה)
cli-help-fmt-arg-check = רק לפרט את הקבצים שאינם בצורה הקנונית (יציאה 1 כשיש כאלה)
cli-help-log-about = ההיסטוריה של התוכנית: הקומיטים שנגעו בה, עם סימון הסקירות
cli-help-log-arg-max-count = להציג לכל היותר N קומיטים
cli-help-log-arg-changes = לפרט כל שינוי של כל קומיט (בטקסט), ולא רק סיכום
cli-help-diff-about = מה השתנה בין שתי גרסאות, במונחי התוכנית
cli-help-diff-arg-from = הגרסה הישנה: קומיט, ענף, תג כמו review/2026-03-31, או תאריך YYYY-MM-DD (הקומיט האחרון בו או לפניו); ברירת מחדל HEAD
cli-help-diff-arg-to = הגרסה החדשה; ברירת מחדל עץ העבודה
cli-help-trend-about = תחזיות אבני הדרך לאורך הסקירות, או מדד אחד מול המסלול שלו
cli-help-trend-milestones-about = התחזית של כל אבן דרך בכל סקירה, וכמה היא החליקה
cli-help-trend-milestones-arg-ids = רק אבן הדרך הזו (חזרו על האפשרות לעוד); התרשים מציג את כולן
cli-help-trend-milestones-arg-width = רוחב הפלט הטקסטואלי, בעמודות
cli-help-trend-metric-about = המדידות של מדד אחד מול המסלול שלו וההתרעה
cli-help-trend-metric-arg-id = המזהה של המדד
cli-help-trend-metric-arg-width = רוחב הפלט הטקסטואלי, בעמודות
cli-help-trend-skills-about = ממוצע ציוני המיומנויות של הנציגים בכל יחידה לאורך זמן, המיומנויות החלשות, או המגמה של נציג אחד
cli-help-trend-skills-arg-unit = רק היחידה הזו (מזהה מתוך `units` ב-plan.yaml, או כזה שמופיע ב-skills.yaml)
cli-help-trend-skills-arg-rep = ההערכות של נציג אחד לאורך זמן, במקום ממוצעי היחידות
cli-help-trend-skills-arg-by = התקופה שעליה מחושבים הממוצעים
cli-help-target-about = יעד ריאלי למדד, מתוך המדידות שלו, ההנחיה וערך השוואה
cli-help-target-suggest-about = הצעת יעד ריאלי למדד, ולמה
cli-help-target-suggest-arg-metric = המזהה של המדד
cli-help-target-suggest-arg-benchmark = הערך שארגונים דומים מגיעים אליו (אפשר גם עם פסיק עשרוני)
cli-help-target-suggest-arg-last = כמה מהמדידות האחרונות מרכיבות את המצב הנוכחי
cli-help-target-suggest-arg-apply = לקבוע את היעד המוצע ב-metrics.yaml ולבצע לו קומיט
cli-help-exceptions-about = מדדים בחריגה או בפיגור, אבני דרך ופעולות באיחור, עם הפעולות המתקנות שלהם
cli-help-sync-about = משיכה, מיזוג (קובצי התוכנית לפי פריט) ודחיפה מול ענף המעקב של הענף
cli-help-merge-driver-about = מנהל המיזוג של git לקובצי התוכנית: `charter merge-driver -- %O %A %B %P`
cli-help-merge-driver-arg-base = הגרסה של האב המשותף (%O של git)
cli-help-merge-driver-arg-ours = הגרסה שלנו, שנכתבת מחדש עם התוצאה הממוזגת (%A של git)
cli-help-merge-driver-arg-theirs = הגרסה שלהם (%B של git)
cli-help-merge-driver-arg-path = הנתיב של הקובץ במאגר (%P של git), שממנו ידוע סוגו
cli-help-report-about = דוח צוות ההיגוי, או התוכנית כולה לאישור, כקובץ HTML אחד או כ-Markdown
cli-help-report-arg-kind = איזה דוח: `status`, דוח צוות ההיגוי (ברירת המחדל; גם `committee` מציין אותו), או `plan`, התוכנית כולה כמסמך שהלקוח מאשר (אמנת שירות, יעדים, אבני דרך עם הפעולות שלהן, צוות היגוי, סוכני שינוי, מדדים עם יעדים, חתימות)
cli-help-report-arg-as-of = הדוח כפי שהיה בגרסה (קומיט, תג כמו review/2026-03-31, או תאריך YYYY-MM-DD: הקומיט האחרון בו או לפניו), נקרא מ-git בלי לגעת בקבצים
cli-help-report-arg-output = לכתוב את הדוח ל-FILE (באופן אטומי) במקום לפלט הרגיל
cli-help-import-about = ייבוא נתונים ממערכות אחרות: מדידות מייצוא CSV
cli-help-import-readings-about = מדידות של מדדים מייצוא CSV: העמודות `metric`, `date`, `value` ולפי הצורך `unit`, מזוהות לפי הכותרת שלהן
cli-help-import-readings-arg-file = קובץ ה-CSV (מופרד בפסיקים, בנקודה-פסיק או בטאבים; UTF-8)
cli-help-import-readings-arg-dry-run = להציג מה היה נוסף, מוחלף ונשמר; לא לכתוב דבר
cli-help-import-readings-arg-replace = להחליף מדידות שכבר נרשמו לאותו מדד, תאריך ויחידה
cli-help-import-readings-arg-date-format = איך הקובץ כותב תאריכים, בקודי strftime של chrono (ברירת מחדל: YYYY-MM-DD או DD/MM/YYYY)
cli-help-completions-about = הצגת סקריפט ההשלמה למעטפת (bash, zsh, fish, elvish, powershell)
cli-help-completions-after = התקנה, למשל:
    {"  "}bash: charter completions bash > ~/.local/share/bash-completion/completions/charter
    {"  "}zsh:  charter completions zsh > "${"{"}fpath[1]{"}"}/_charter"
    {"  "}fish: charter completions fish > ~/.config/fish/completions/charter.fish
cli-help-completions-arg-shell = המעטפת שעבורה ההשלמה
cli-help-man-about = הצגת דף ה-man ‏(roff): `charter man | man -l -`
cli-help-schema-about = סכמות JSON של קובצי התוכנית, לעורכים
cli-help-schema-arg-out = לכתוב קובץ NAME.schema.json אחד לכל קובץ לתוך DIR (נוצרת אם חסרה) במקום להציג את כולן כאובייקט JSON אחד

## The git merge driver (git runs it during a merge or `charter sync`).
cli-merge-cannot-read = לא ניתן לקרוא את { $file }: { $error }; מנהל המיזוג נועד לרוץ מתוך git בפקודה `charter merge-driver -- %O %A %B %P`
cli-merge-not-plan-file = { $path } אינו קובץ של התוכנית, ולכן אי אפשר למזג אותו פריט אחר פריט; הגרסה שלנו נשארה בו כפי שהייתה. מזגו אותו ידנית (`git show :3:{ $path }` מציג את הגרסה שלהם), ואחר כך הריצו `git add { $path }` ו-`git commit`
cli-merge-cannot-write = לא ניתן לכתוב את { $path } הממוזג אל { $file }: { $error }
cli-merge-conflict = התנגשות מיזוג ב-{ $path }: { $count ->
    [one] שינוי אחד נעשה
    [two] שני שינויים נעשו
   *[other] { $count } שינויים נעשו
} אחרת בכל אחד מהצדדים
cli-merge-conflict-help = הקובץ שומר את הערכים שלנו, עם הערת `{ $mark }` מעל כל פריט. ערכו את { $path } לערכים הרצויים ומחקו את ההערות האלה, ואחר כך הריצו `git add { $path }` ו-`git commit` (או `git merge --abort` כדי לבטל את המיזוג).
cli-merge-unmergeable = אי אפשר למזג את { $path } פריט אחר פריט: { $reason }.
cli-merge-unmergeable-help = הגרסה שלנו נשארה ב-{ $path } כפי שהייתה; הגרסה שלהם נשמרת ב-git (`git show :3:{ $path }` מציג אותה, `git checkout --theirs -- { $path }` לוקח אותה). תקנו את הקובץ ידנית, ואחר כך הריצו `git add { $path }` ו-`git commit` (או `git merge --abort` כדי לבטל את המיזוג).
