## The terminal UI: tabs, panes, forms, help, prompts, the status line.

## Tabs, header, footer, popups, lists, details.
tui-tab-overview = סקירה
tui-tab-charter = אמנה
tui-tab-goals = יעדים
tui-tab-milestones = אבני דרך
tui-tab-metrics = מדדים
tui-tab-people = אנשים
tui-tab-reviews = סקירות
tui-tab-history = היסטוריה
tui-tab-actions = פעולות
tui-enlarge = charter: יש להגדיל את החלון
tui-header-read-only = צפייה ב-{ $revision } לקריאה בלבד
tui-header-unsaved = { $count ->
    [one] שינוי אחד לא נשמר
    [two] שני שינויים לא נשמרו
   *[other] { $count } שינויים לא נשמרו
}
tui-header-starts-tomorrow = מתחילה מחר
tui-header-starts-in = { $count ->
    [one] מתחילה בעוד יום אחד
    [two] מתחילה בעוד יומיים
   *[other] מתחילה בעוד { $count } ימים
}
tui-header-day = יום { $day } מתוך { $total }
tui-days = { $days } י׳
tui-footer-help = עזרה
tui-footer-tab = לשונית
tui-footer-move = תנועה
tui-footer-edit = עריכה
tui-footer-add = הוספה
tui-footer-delete = מחיקה
tui-footer-filter = סינון
tui-footer-search = חיפוש
tui-footer-save = שמירה
tui-footer-quit = יציאה
tui-footer-status = סטטוס
tui-footer-timeline = ציר זמן
tui-footer-tick = סימון
tui-footer-go-to = מעבר
tui-footer-record = רישום
tui-footer-diff = השוואה
tui-footer-new-review = סקירה חדשה
tui-footer-review-screen = מסך הסקירה
tui-footer-health = מצב
tui-footer-close-review = סגירת הסקירה
tui-footer-mark = סימון
tui-footer-open = פתיחה
tui-footer-trend = מגמה
tui-footer-metric = מדד
tui-footer-back = חזרה
tui-footer-apply = החלה
tui-footer-cancel = ביטול
tui-footer-field = שדה
tui-footer-choose = בחירה
tui-footer-yes = כן
tui-footer-no = לא
tui-help-title = מקשים (esc סוגר, ↑/↓ PgDn g/G גוללים)
tui-help-everywhere = בכל מקום
tui-help-in-lists = ברשימות
tui-help-milestones = אבני דרך
tui-help-charter = אמנת השירות
tui-help-metrics = מדדים
tui-help-in-forms = בטפסים
tui-help-typing = הקלדה בשדה של טופס או בשורת קלט
tui-help-in-prompts = בשורות קלט
tui-help-in-search = בחיפוש וברשימת הבעיות
tui-help-when-asked = כשנשאלים
tui-help-history = היסטוריה
tui-help-reviews = סקירות היגוי
tui-help-review-screen = במסך הסקירה
tui-help-read-only = בצפייה בגרסה
tui-help-choose = בחירת מה להוסיף (a)
tui-help-actions = פעולות
tui-prompt-hint = enter מאשר · esc מבטל
tui-confirm-hint = y: כן · n/esc: לא
tui-confirm-title = אישור
tui-pick-nothing-found = לא נמצא דבר
tui-add-every-kind = כל הסוגים
tui-add-elsewhere = במקומות אחרים
tui-add-this-tab = הלשונית הזו
tui-add-hint = מקש, או ↑/↓ ו-enter · esc
tui-add-title = הוספה: איזה סוג פריט?
tui-form-hint-ref = ^n/^p: בחירת מזהה
tui-form-hint-words = מופרדים בפסיקים
tui-form-hint-bool = ^n: true (כן) / false (לא)
tui-form-hint = enter מחיל · esc מבטל · ↑/↓ שדות · ←/→ סמן · * חובה
tui-form-add-title = הוספת { $kind }
tui-form-edit-title = עריכת { $kind }
tui-col-what = מה
tui-col-owner = אחראי
tui-col-due = תאריך יעד
tui-col-source = מקור
tui-col-link = קישור
tui-col-done = בוצעה
tui-col-kind = סוג
tui-col-id = מזהה
tui-col-text = טקסט
tui-col-channel-hours-level = ערוץ / שעות / דרג
tui-col-metric-parent = מדד / יחידת אם
tui-col-title = כותרת
tui-col-horizon = טווח
tui-col-milestones = אבני דרך
tui-col-status = סטטוס
tui-col-phase = שלב
tui-col-name = שם
tui-col-trajectory = בסיס → אחרון → יעד
tui-col-state = מצב
tui-col-role-every = תפקיד / תדירות
tui-col-more = עוד
tui-col-date = תאריך
tui-col-decisions = החלטות
tui-col-actions = פעולות
tui-routine-late = { $every } · באיחור של { $days ->
    [one] יום אחד
    [two] יומיים
   *[other] { $days } ימים
}
tui-routine-next = { $every } · הבאה { $next }
tui-row-reviews-every = סקירת היגוי כל { $every }
tui-row-plan = תוכנית
tui-row-no-vision = (עדיין אין חזון: enter לכתיבתו)
tui-row-version = גרסה { $version }
tui-row-charter = אמנה
tui-row-text = טקסט
tui-row-unit = יחידה
tui-row-in-unit = בתוך { $unit }
tui-row-channel = ערוץ
tui-row-commitment = התחייבות
tui-row-member = חבר
tui-row-routine = שגרה
tui-row-every = כל { $every }
tui-count-tools = { $count ->
    [one] כלי אחד
    [two] שני כלים
   *[other] { $count } כלים
}
tui-row-workshop = סדנה: { $topic }
tui-row-tool = כלי: { $name }
tui-row-mean = ממוצע { $mean }
tui-row-no-scores = אין ציונים
tui-row-weakest = החלשה ביותר: { $skill } { $score }
tui-row-skills = תכונות
tui-row-agent = סוכן שינוי
tui-ov-overdue = באיחור
tui-ov-next-due = הבאות בתור
tui-ov-due-in = { $due } בעוד { $days }
tui-ov-slipped = { $count ->
    [one] { $id } זזה { $days } ימים בסקירת היגוי אחת
    [two] { $id } זזה { $days } ימים בשתי סקירות היגוי
   *[other] { $id } זזה { $days } ימים ב-{ $count } סקירות היגוי
}
tui-ov-due = עד { $due }
tui-ov-open-actions = פעולות פתוחות { $count }
tui-ov-unread-metrics = { $count ->
    [one] ב-metrics.yaml יש שגיאה אחת: מדד שלא ניתן היה לקרוא הושמט — ! מציג אותה
    [two] ב-metrics.yaml יש שתי שגיאות: מדד שלא ניתן היה לקרוא הושמט — ! מציג אותן
   *[other] ב-metrics.yaml יש { $count } שגיאות: מדד שלא ניתן היה לקרוא הושמט — ! מציג אותן
}
tui-ov-metrics-shown = מדדים { $total } · מוצגים { $count } (לשונית מדדים: כולם)
tui-ov-review = סקירת היגוי
tui-ov-none-yet = עדיין לא התקיימה
tui-ov-review-next-due = הבאה ב-{ $due } (בעוד { $days })
tui-ov-no-cadence = לא נקבעה תדירות לסקירות ההיגוי
tui-ov-last-review = האחרונה: { $last }
tui-ov-review-overdue = באיחור!
tui-ov-last-review-counts = { $count ->
    [one] בסקירה האחרונה: { $decisions } החלטות · פעולה אחת
    [two] בסקירה האחרונה: { $decisions } החלטות · שתי פעולות
   *[other] בסקירה האחרונה: { $decisions } החלטות · { $count } פעולות
}
tui-ov-routines-late = שגרות ניהול באיחור: { $names }
tui-ov-next-routine = שגרת הניהול הבאה: { $id } { $next } (בעוד { $days })
tui-ov-decide = להחליט: להשאיר או לוותר על { $tools }
tui-ov-units-behind = יחידות מאחורי היעד: { $units }
tui-ov-weakest-skill = התכונה החלשה ביותר: { $skills }
tui-ov-press-problems = ! מציג אותן
tui-list-filter = סינון: { $filter }
tui-list-sorted-by = לפי { $column }
tui-list-no-actions = עדיין אין פעולות: הן נרשמות באבני הדרך (A בלשונית אבני דרך) ובסקירות ההיגוי
tui-list-empty = עדיין אין כאן דבר: a להוספה
tui-list-no-match = אין התאמות לסינון: esc מנקה אותו
tui-list-timeline = ציר זמן (t: טבלה)
tui-detail = פרטים
tui-detail-slip-over = { $count ->
    [one] { $days } ימים בסקירת היגוי אחת
    [two] { $days } ימים בשתי סקירות היגוי
   *[other] { $days } ימים ב-{ $count } סקירות היגוי
}
tui-detail-actions-keys = פעולות: [ ] תנועה · רווח מסמן · A מוסיף · C משנה · X מסיר
tui-detail-value-on = { $value } ב-{ $on }
tui-detail-value-by = { $value } עד { $by }
tui-detail-breakdown-keys = יעדי פירוט: [ ] תנועה · C משנה · X מסיר · b מדידות
tui-detail-breakdown-select = יעדי פירוט: b בוחר בהם
tui-detail-per = לכל { $period }
tui-detail-by-unit = לפי יחידה
tui-detail-before = לפני
tui-detail-tools-judged = כלי סדנה הנמדדים בו
tui-detail-readings-keys = מדידות ({ $count }), האחרונה ראשונה: [ ] תנועה · r רושם · C משנה · X מסיר
tui-detail-newer = { $count ->
    [one] אחת חדשה יותר
    [two] שתיים חדשות יותר
   *[other] { $count } חדשות יותר
}
tui-detail-older = { $count ->
    [one] אחת ישנה יותר
    [two] שתיים ישנות יותר
   *[other] { $count } ישנות יותר
}
tui-detail-decision = החלטה
tui-detail-from-to = מ-{ $from } עד { $to }
tui-detail-referred = מוזכר ב-{ $count }
tui-detail-changes-since = שינויים מאז { $date }
tui-detail-late-by = באיחור של { $days }: הייתה אמורה ב-{ $due }
tui-detail-next-in = הבאה { $next } (בעוד { $days })
tui-detail-not-held = עדיין לא התקיימה: H רושם אותה כמתקיימת היום
tui-charter-title = אמנת שירות
tui-charter-approved = אושרה ב-{ $date }
tui-charter-none = עדיין אין אמנת שירות: יש לכתוב את charter.yaml (ראו DESIGN §2)
tui-action = פעולה
tui-action-late-by = באיחור של { $days }
tui-action-keys = enter: מעבר אליה · רווח: סימון / ביטול סימון
tui-action-done = בוצעה
tui-action-open = פתוחה
tui-action-closed = סגורה
tui-label-agents = סוכני השינוי
tui-label-alert = התראה
tui-label-at-review = בסקירה
tui-label-attendees = משתתפים
tui-label-baseline = מצב בסיס
tui-label-before = לפני
tui-label-by = מעריך
tui-label-corrects = מתקנת
tui-label-depends-on = תלויה ב
tui-label-direction = כיוון
tui-label-done = בוצעה
tui-label-done-on = הושלמה ב
tui-label-due = תאריך יעד
tui-label-during = במהלך
tui-label-every = תדירות
tui-label-expected = צפוי
tui-label-expected-now = צפוי כעת
tui-label-forecast = תחזית
tui-label-goal = יעד
tui-label-last-held = התקיימה לאחרונה
tui-label-last-review = סקירה אחרונה
tui-label-latest = אחרון
tui-label-mean = ממוצע
tui-label-metric = מדד
tui-label-milestone = אבן דרך
tui-label-note = הערה
tui-label-owner = אחראי
tui-label-progress = התקדמות
tui-label-slip = סטייה
tui-label-source = מקור
tui-label-start-to-due = התחלה → יעד
tui-label-state = מצב
tui-label-status = סטטוס
tui-label-target = יעד
tui-label-terms = תנאים
tui-label-unit = יחידה
tui-label-values = ערכים
tui-label-vision = חזון
tui-label-vs-due = מול תאריך היעד
tui-label-written-in = נכתבה ב
tui-review-action = פעולה
tui-review-close-step = הוספת החלטות ופעולות, סגירה
tui-review-gone = סקירת ההיגוי הזו כבר אינה בתוכנית: esc
tui-review-step-of = סקירת היגוי { $date } · צעד { $step } מתוך { $total }
tui-review-this-step = הצעד הזה
tui-review-milestone-keys = h מצב · +/- התקדמות · [/] תחזית ∓7 ימים · f תחזית · p התקדמות · n הערה · e הכול בטופס
tui-review-metric-keys = v ערך · n הערה · e שניהם בטופס
tui-review-decision = החלטה
tui-review-decision-keys = e עריכה · d הסרה · a החלטה נוספת · t פעולה
tui-review-action-keys = x בוצעה / פתוחה · e עריכה · d הסרה · t פעולה נוספת
tui-review-close = סגירת סקירת ההיגוי
tui-review-close-keys = a הוספת החלטה · t הוספת פעולה · C סגירה: בדיקה, שמירה, רישום ותיוג review/DATE
tui-review-has-errors = { $count ->
    [one] בתוכנית יש שגיאה אחת: ! מציג אותה; סקירת היגוי נסגרת רק בלי שגיאות
    [two] בתוכנית יש שתי שגיאות: ! מציג אותן; סקירת היגוי נסגרת רק בלי שגיאות
   *[other] בתוכנית יש { $count } שגיאות: ! מציג אותן; סקירת היגוי נסגרת רק בלי שגיאות
}
tui-review-no-milestones = אין אבני דרך
tui-review-summary = סקירת היגוי { $date }: { $milestones }; { $decisions }, { $actions }
tui-review-decisions = { $count ->
    [one] החלטה אחת
    [two] שתי החלטות
   *[other] { $count } החלטות
}
tui-review-actions = { $count ->
    [one] פעולה אחת
    [two] שתי פעולות
   *[other] { $count } פעולות
}
tui-hist-revision-open = ההיסטוריה אינה מוצגת כשגרסה פתוחה: esc חוזר
tui-hist-reading = קורא את ההיסטוריה…
tui-hist-diff = השוואה { $from } → { $to }
tui-hist-metric = מדד
tui-hist-no-metric = אין מדד
tui-hist-log = יומן { $count }
tui-hist-changes = שינויים
tui-hist-no-commit = עדיין אין גרסה שנוגעת בתוכנית
tui-hist-amends = מתקנת את סקירת ההיגוי { $date }
tui-hist-closes = סוגרת את סקירת ההיגוי { $date }
tui-hist-trend = מגמת אבני הדרך
tui-hist-no-forecast = עדיין אף סקירת היגוי לא חזתה אבן דרך: כל סקירה רושמת תחזית לכל אבן דרך פתוחה
tui-hist-trend-title = מגמת אבני הדרך · התחזית בכל סקירת היגוי · { $count } מתוך { $total }
tui-hist-first = ראשונה
tui-hist-on-schedule = בזמן
tui-hist-slip = סטייה
tui-hist-no-reading = עדיין אין מדידה: r בלשונית המדדים רושם מדידה
tui-hist-readings = מדידות
tui-hist-trajectory = מסלול
tui-hist-other-metrics = [ ] מדדים אחרים
tui-hist-latest-words = אחרון { $value } ב-{ $on } · צפוי { $expected } · { $state }
tui-hist-baseline-words = בסיס { $baseline } → יעד { $target }
tui-hist-in-words = במילים
tui-search-title = חיפוש
tui-problems-title = בעיות (enter: מעבר לפריט)
tui-prompt-commit-message = תיאור הרישום
tui-prompt-filter = סינון
tui-msg-nothing-to-save = אין מה לשמור
tui-msg-nothing-to-set = אין מה לקבוע בצעד הזה
tui-ask-forecast = תחזית (YYYY-MM-DD)
tui-ask-progress = התקדמות (0–100 %)
tui-ask-note = הערה
tui-ask-value = הערך בסקירת ההיגוי הזו
tui-confirm-delete = למחוק את { $kind } { $id }?
tui-confirm-referred-by = מוזכר ב-{ $item }
tui-confirm-references-reported = הבדיקות ידווחו על ההפניות האלה עד שיתוקנו
tui-msg-viewing-revision = התוכנית כפי שהייתה ב-{ $revision }, לקריאה בלבד: esc חוזר לתוכנית הנוכחית
tui-msg-read-only = לקריאה בלבד: זו התוכנית כפי שהייתה בגרסה קודמת; esc חוזר לתוכנית הנוכחית
tui-trial-decide-ended = להחליט: להשאיר או לוותר (הניסיון הסתיים ב-{ $until })
tui-trial-decide = להחליט: להשאיר או לוותר
tui-trial-until = בניסיון עד { $until }
tui-trial-no-end = בניסיון, ללא תאריך סיום
tui-trial-kept = נשאר
tui-trial-dropped = ויתרנו עליו
tui-trial-no-metric = לא קושר מדד: יש לקשר מדד ב-`metric:` כדי לשפוט את הכלי לפי התוצאות
tui-trial-unknown-metric = המדד `{ $metric }` אינו ב-metrics.yaml
tui-trial-before = { $count ->
    [one] { $mean } לפני (מדידה אחת)
    [two] { $mean } לפני (שתי מדידות)
   *[other] { $mean } לפני ({ $count } מדידות)
}
tui-trial-during = { $count ->
    [one] { $mean } במהלך (מדידה אחת)
    [two] { $mean } במהלך (שתי מדידות)
   *[other] { $mean } במהלך ({ $count } מדידות)
}
tui-trial-before-none = אין מדידות לפני
tui-trial-during-none = אין מדידות במהלך
tui-trial-better = טוב יותר
tui-trial-not-better = לא טוב יותר
tui-routine-from-commit = גרסה { $commit }
tui-routine-held = התקיימה
tui-merge-layout-only = הקבצים בדיסק השתנו רק בהערות או בעימוד: העריכות שלך חלות עליהם עכשיו (s שומר)
tui-merge-changed-on-disk = השתנו בדיסק ({ $count }):
tui-merge-more = ועוד { $count }
tui-merge-both-sides = השתנו בשני הצדדים ({ $count }), הגרסה שלך נשמרה:
tui-merge-kept-whole = לא ניתן היה למזג פריט אחר פריט; הגרסה שלך נשמרה בשלמותה
tui-merge-errors = { $count ->
    [one] בתוכנית הממוזגת יש שגיאה אחת לתקן לפני שמירה:
    [two] בתוכנית הממוזגת יש שתי שגיאות לתקן לפני שמירה:
   *[other] בתוכנית הממוזגת יש { $count } שגיאות לתקן לפני שמירה:
}
tui-merge-question = { $count ->
    [one] למזג את העריכה שלא נשמרה לקבצים שהשתנו בדיסק?
    [two] למזג את שתי העריכות שלא נשמרו לקבצים שהשתנו בדיסק?
   *[other] למזג את { $count } העריכות שלא נשמרו לקבצים שהשתנו בדיסק?
}
tui-merge-done = העריכות שלך מוזגו לקבצים בדיסק: s שומר את התוצאה
tui-merge-done-conflicts = { $count ->
    [one] העריכות שלך מוזגו לקבצים בדיסק (התנגשות אחת, הגרסה שלך נשמרה): s שומר את התוצאה
    [two] העריכות שלך מוזגו לקבצים בדיסק (שתי התנגשויות, הגרסה שלך נשמרה): s שומר את התוצאה
   *[other] העריכות שלך מוזגו לקבצים בדיסק ({ $count } התנגשויות, הגרסה שלך נשמרה): s שומר את התוצאה
}
tui-confirm-quit = לצאת בלי לשמור את השינויים?
tui-confirm-reload = לטעון מחדש את התוכנית מהדיסק ולוותר על השינויים שלא נשמרו?
tui-msg-undone = בוטל
tui-msg-nothing-to-undo = אין מה לבטל
tui-msg-redone = בוצע שוב
tui-msg-nothing-to-redo = אין מה לבצע שוב
tui-msg-disk-changed-dirty = קובצי התוכנית השתנו בדיסק מחוץ ל-charter: M ממזג אליהם את העריכות שלך, R טוען אותם מחדש (העריכות שלך יאבדו)
tui-msg-disk-changed = קובצי התוכנית השתנו בדיסק מחוץ ל-charter: R טוען אותם מחדש
tui-msg-not-saved-disk = { $file } השתנה בדיסק מאז שנטען, ולכן דבר לא נשמר: M ממזג אליו את העריכות שלך, R טוען אותו מחדש (העריכות שלך יאבדו)
tui-msg-not-closed-disk = { $file } השתנה בדיסק מאז שנטען, ולכן סקירת ההיגוי לא נסגרה: M ממזג אליו את העריכות שלך, R טוען אותו מחדש (העריכות שלך יאבדו)
tui-filter-words-only = מילים מתאימות לכל עמודה
tui-filter-hint = מסננים: { $filters } · מילים מתאימות לכל עמודה
tui-msg-adds-nothing = `{ $key }` אינו מוסיף דבר: יש להקיש מקש מהרשימה, או esc
tui-msg-select-workshop = A מוסיף כלי לסדנה הנבחרת: יש לבחור סדנה (W מוסיף סדנה)
tui-confirm-remove-action = להסיר את הפעולה "{ $title }"?
tui-msg-on-breakdowns = [ ] C X פועלים עכשיו על יעדי הפירוט (b: חזרה למדידות)
tui-msg-on-readings = [ ] C X פועלים עכשיו על המדידות (b: יעדי הפירוט)
tui-msg-no-breakdowns = למדד הזה אין יעדי פירוט: a ואחריו b מוסיפים יעד
tui-msg-no-readings = למדד הזה אין מדידות: r רושם מדידה
tui-confirm-remove-breakdown = להסיר את יעד הפירוט { $id }?
tui-confirm-remove-reading = להסיר את המדידה של { $metric } מ-{ $on }: { $value }?
tui-msg-target-already = { $metric }: היעד { $target } הוא כבר מה שההנחיה מציעה
tui-confirm-set-target = לקבוע את היעד של { $metric } ל-{ $target } עד { $by }?
tui-confirm-set-target-now = לקבוע את היעד של { $metric } ל-{ $target } עד { $by } (כעת { $now })?
tui-msg-select-metric = יש לבחור מדד קודם
tui-prompt-record = מדידה של { $metric }: ערך, ואחריו תאריך ויחידה אם אינם של היום ושל כל התוכנית (היום { $today })
tui-msg-review-gone = סקירת ההיגוי { $date } כבר אינה בתוכנית
tui-msg-review-cannot-close = { $count ->
    [one] בתוכנית יש שגיאה אחת, ולכן סקירת ההיגוי לא יכולה להיסגר: esc, ואחריו ! מציג אותה
    [two] בתוכנית יש שתי שגיאות, ולכן סקירת ההיגוי לא יכולה להיסגר: esc, ואחריו ! מציג אותן
   *[other] בתוכנית יש { $count } שגיאות, ולכן סקירת ההיגוי לא יכולה להיסגר: esc, ואחריו ! מציג אותן
}
tui-confirm-close-review = לסגור את סקירת ההיגוי { $date }: לשמור, לרשום ולתייג?
tui-confirm-close-commit = רישום: { $message }
tui-confirm-close-tag = תג: { $tag } (נשאר כמו שהוא אם הסקירה נסגרה כבר)
tui-msg-review-not-closed = סקירת ההיגוי { $date } לא נסגרה: דבר לא נכתב
tui-hist-mark-cleared = הסימון בוטל
tui-hist-marked = סומנה { $commit } ({ $date }): יש לבחור גרסה אחרת ולהקיש d להשוואה
tui-hist-nothing-to-compare = אין גרסה להשוואה
tui-hist-working-tree = עותק העבודה
tui-hist-nothing-to-open = אין גרסה לפתיחה
tui-hist-revision = { $commit } מ-{ $date }
tui-msg-no-action = אין פעולה נבחרת
tui-msg-commit-needs-message = רישום צריך תיאור
tui-msg-assessment-on-people = S מוסיף הערכת תכונות בלשונית אנשים (6)
tui-msg-milestone-no-actions = לאבן הדרך הזו אין פעולות
tui-msg-select-routine = H רושם שגרת ניהול כמתקיימת היום: יש לבחור שגרה בלשונית אנשים
tui-msg-nothing-to-edit = אין כאן מה לערוך: a להוספה
tui-msg-no-metrics = בתוכנית אין מדדים
tui-msg-select-review = יש לבחור סקירת היגוי קודם
tui-msg-review-screen-closed = מסך הסקירה נסגר; העריכות בו עדיין לא נשמרו: s שומר, או w ואחריו C סוגרים את סקירת ההיגוי
tui-msg-nothing-to-change = אין מה לשנות בצעד הזה
tui-done-action-removed = אבן הדרך { $id }: הפעולה הוסרה
tui-done-reading-removed = המדד { $metric }: המדידה מ-{ $date } הוסרה
tui-msg-milestone-no-actions-add = לאבן הדרך הזו אין פעולות: A מוסיף פעולה
tui-done-status = אבן הדרך { $id }: המצב { $from } ← { $to }
tui-done-action-done = אבן הדרך { $id }: הפעולה "{ $title }" בוצעה
tui-done-action-reopened = אבן הדרך { $id }: הפעולה "{ $title }" נפתחה מחדש
tui-msg-held-already = שגרת הניהול { $id } כבר רשומה כמתקיימת היום
tui-done-held = שגרת הניהול { $id }: התקיימה ב-{ $date }
tui-err-record-value = יש להקליד את הערך, למשל 66 או 66.5
tui-err-record-word = `{ $word }` אינו תאריך ואינו מזהה של יחידה: { $error }
tui-err-record-extra = `{ $word }`: יש להקליד ערך, ואחריו תאריך ומזהה יחידה אם צריך
tui-err-reading-exists = ל-{ $metric } כבר יש מדידה ב-{ $date }: C משנה אותה
tui-err-reading-exists-unit = ל-{ $metric } כבר יש מדידה ב-{ $date } עבור { $unit }: C משנה אותה
tui-done-reading = המדד { $metric }: מדידה { $value } ב-{ $date }
tui-done-reading-unit = המדד { $metric }: מדידה { $value } ב-{ $date } עבור { $unit }
tui-err-file-has-errors = ב-{ $file } יש שגיאות, ולכן לא ניתן לשמור בו עריכה: יש לתקן אותן קודם (! מציג אותן)
tui-done-review-drafted = טיוטת סקירת ההיגוי { $date } נוצרה, והועברו אליה: אבני דרך פתוחות { $milestones }, מדדים { $metrics }, פעולות פתוחות { $actions }
tui-filter-unknown-none = אין מסנן `{ $key }`; ברשימה { $list } אין מסננים, רק מילים לחיפוש בשורות
tui-filter-unknown-near = אין מסנן `{ $key }`: האם התכוונת ל-`{ $near }`? מסננים: { $filters }
tui-filter-unknown = אין מסנן `{ $key }`: מסננים: { $filters }
tui-err-pick-milestone = { $key }: יש לבחור עם ^n את אבן הדרך שאליה הפריט שייך
tui-err-pick-metric = { $key }: יש לבחור עם ^n את המדד שאליו הפריט שייך
tui-err-pick-review = { $key }: יש לבחור עם ^n את סקירת ההיגוי (לפי התאריך) שאליה הפריט שייך
tui-err-no-milestone = { $key }: אין אבן דרך `{ $id }`: יש לבחור אחת עם ^n
tui-err-no-metric = { $key }: אין מדד `{ $id }`: יש לבחור אחד עם ^n
tui-err-no-review = { $key }: אין סקירת היגוי `{ $id }`: יש לבחור אחת עם ^n
tui-err-reading-taken = למדד כבר יש מדידה ב-{ $date }: יש לשנות אותה
tui-err-reading-taken-unit = למדד כבר יש מדידה ב-{ $date } עבור { $unit }: יש לשנות אותה
tui-err-no-workshop = אין סדנת שירות `{ $id }`: יש להוסיף את הסדנה קודם, או לבחור אחת עם ^n
tui-ref-the-charter = אמנת השירות
tui-ref-of-on = של { $rep } מ-{ $date }
tui-err-not-whole = `{ $text }` אינו מספר שלם
tui-err-listed-twice = `{ $id }` מופיע פעמיים: כל מזהה פעם אחת
tui-err-range = יש לכתוב את הערך הקטן ביותר ואת הגדול ביותר, למשל 0 100
tui-err-choose-one = יש לבחור אחד מאלה: { $options }
tui-err-required = { $field } הוא שדה חובה
tui-err-disk-unreadable = לא ניתן לקרוא את התוכנית שבדיסק כדי למזג אליה את העריכות: { $error }
tui-msg-reloaded = נטען מחדש מהדיסק
tui-err-progress = התקדמות היא אחוז שלם בין 0 ל-100
tui-done-progress = { $id }: התקדמות { $progress }%
tui-done-forecast = { $id }: תחזית { $date }
tui-done-note = { $id }: ההערה נשמרה
tui-err-nothing-to-set = אין מה לקבוע בצעד הזה
tui-done-review-action-done = הפעולה בוצעה: { $text }
tui-done-review-action-open = הפעולה פתוחה: { $text }
tui-done-decision-removed = ההחלטה הוסרה: { $text }
tui-done-review-action-removed = הפעולה הוסרה: { $text }
tui-search-service-charter = אמנת שירות

## What each kind of item is called.
tui-kind-goal = יעד
tui-kind-milestone = אבן דרך
tui-kind-metric = מדד
tui-kind-committee-member = חבר צוות ההיגוי
tui-kind-routine = שגרת ניהול
tui-kind-change-agent = סוכן שינוי
tui-kind-channel = ערוץ שירות
tui-kind-commitment = התחייבות
tui-kind-review = סקירת היגוי
tui-kind-charter-text = טקסט האמנה
tui-kind-plan-details = פרטי התוכנית
tui-kind-unit = יחידה
tui-kind-skills-assessment = הערכת תכונות
tui-kind-workshop = סדנת שירות
tui-kind-workshop-tool = כלי מהסדנה
tui-kind-reading = מדידה
tui-kind-milestone-action = פעולה של אבן דרך
tui-kind-breakdown-target = יעד פירוט
tui-kind-review-decision = החלטת סקירה
tui-kind-review-action = פעולת סקירה
tui-kind-review-milestone-entry = רשומת אבן דרך בסקירה
tui-kind-review-metric-entry = רשומת מדד בסקירה
tui-kind-plan = תוכנית
tui-kind-charter = אמנת שירות
tui-kind-decision = החלטה
tui-kind-action = פעולה

## Form field labels (English shows the field path itself).
tui-field-agents = סוכני השינוי
tui-field-aggregate = צבירה
tui-field-alert = סף התראה
tui-field-approved-by = אושרה על ידי
tui-field-approved-on = תאריך אישור
tui-field-attendees = משתתפים
tui-field-baseline-on = תאריך הבסיס
tui-field-baseline-value = ערך הבסיס
tui-field-by = מעריך
tui-field-channel = ערוץ
tui-field-consultant = יועץ
tui-field-date = תאריך
tui-field-depends-on = תלויה ב
tui-field-description = תיאור
tui-field-direction = כיוון
tui-field-done = בוצעה
tui-field-done-on = הושלמה ב
tui-field-due = תאריך יעד
tui-field-email = דוא״ל
tui-field-end = סיום
tui-field-every = תדירות
tui-field-focus = תחום מיקוד
tui-field-forecast = תחזית
tui-field-goal = יעד
tui-field-health = מצב
tui-field-held = התקיימה
tui-field-horizon = טווח
tui-field-hours = שעות
tui-field-id = מזהה
tui-field-kind = סוג
tui-field-language = שפה
tui-field-level = דרג
tui-field-metric = מדד
tui-field-metrics = מדדים
tui-field-milestone = אבן דרך
tui-field-name = שם
tui-field-note = הערה
tui-field-on = תאריך
tui-field-organization = ארגון
tui-field-owner = אחראי
tui-field-parent = יחידת אם
tui-field-period = תקופה
tui-field-phase = שלב
tui-field-principles = עקרונות השירות
tui-field-progress = התקדמות
tui-field-rep = נציג
tui-field-review = סקירת היגוי
tui-field-review-every = סקירת היגוי כל
tui-field-role = תפקיד
tui-field-scale = סולם
tui-field-source = מקור
tui-field-start = התחלה
tui-field-status = סטטוס
tui-field-summary = סיכום
tui-field-target = יעד
tui-field-target-by = תאריך היעד
tui-field-target-value = ערך היעד
tui-field-target-guide = הנחיית יעד
tui-field-target-horizon = טווח יעד
tui-field-terms = תנאים
tui-field-text = טקסט
tui-field-title = כותרת
tui-field-topic = נושא
tui-field-trial-until = ניסיון עד
tui-field-unit = יחידה
tui-field-value = ערך
tui-field-values = ערכים
tui-field-verdict = החלטה
tui-field-version = גרסה
tui-field-vision = חזון
tui-field-workshop = סדנה

## What each key does, for help.
tui-key-next-tab = הלשונית הבאה
tui-key-previous-tab = הלשונית הקודמת
tui-key-overview = סקירה
tui-key-charter = אמנת שירות
tui-key-goals = יעדים
tui-key-milestones = אבני דרך
tui-key-metrics = מדדי הצלחה
tui-key-people = אנשים
tui-key-reviews = סקירות היגוי
tui-key-history = היסטוריה
tui-key-actions-every-action-of-the-milestones = פעולות: כל הפעולות של אבני הדרך ושל סקירות ההיגוי
tui-key-newer-commit = גרסה חדשה יותר
tui-key-older-commit = גרסה ישנה יותר
tui-key-page-up = עמוד למעלה
tui-key-page-down = עמוד למטה
tui-key-newest-commit = הגרסה החדשה ביותר
tui-key-oldest-commit = הגרסה הישנה ביותר
tui-key-what-the-commit-changed = מה השתנה בגרסה
tui-key-mark-the-revision-to-compare-again = סימון הגרסה להשוואה (שוב: ביטול הסימון)
tui-key-diff-the-marked-revision-to-this = השוואה: מהגרסה המסומנת לזו (בלי סימון: מזו לעותק העבודה)
tui-key-open-the-plan-as-it-was = פתיחת התוכנית כפי שהייתה בגרסה זו, לקריאה בלבד
tui-key-milestone-trend-chart-forecasts-at-each = מגמת אבן דרך: התחזיות בכל סקירת היגוי
tui-key-metric-chart-readings-against-the-trajectory = גרף מדד: המדידות מול המסלול
tui-key-previous-metric = המדד הקודם
tui-key-next-metric = המדד הבא
tui-key-new-review-for-today-pre-filled = סקירת היגוי חדשה להיום, ממולאת מראש מהתוכנית, במסך הסקירה
tui-key-walk-through-the-review-on-the = מעבר על סקירת ההיגוי במסך הסקירה
tui-key-previous-step = הצעד הקודם
tui-key-next-step = הצעד הבא
tui-key-first-step = הצעד הראשון
tui-key-last-step-close = הצעד האחרון: סגירה
tui-key-next-health-on-track-to-at = המצב הבא (במסלול ← בסיכון ← חורג ← הושלם ← טרם החל)
tui-key-progress-more = התקדמות +10%
tui-key-progress-less = התקדמות −10%
tui-key-forecast-a-week-later = תחזית שבוע מאוחר יותר
tui-key-forecast-a-week-earlier = תחזית שבוע מוקדם יותר
tui-key-type-the-forecast = הקלדת התחזית
tui-key-type-the-progress = הקלדת ההתקדמות
tui-key-note = הערה
tui-key-the-metric-s-value = ערך המדד
tui-key-add-a-decision-a-form-text = הוספת החלטה (טופס: טקסט, אחראי)
tui-key-add-an-action-a-form-owner = הוספת פעולה (טופס: אחראי, תאריך יעד, המדד או אבן הדרך שהיא מתקנת)
tui-key-edit-this-step-in-a-form = עריכת הצעד בטופס (רשומה של אבן דרך או מדד, החלטה, פעולה)
tui-key-action-done-open = פעולה בוצעה / פתוחה
tui-key-remove-the-decision-or-action = הסרת ההחלטה או הפעולה
tui-key-close-the-review-check-save-commit = סגירת סקירת ההיגוי: בדיקה, שמירה, רישום ותיוג review/DATE
tui-key-undo = ביטול
tui-key-redo = ביצוע חוזר
tui-key-help = עזרה
tui-key-leave-the-review-screen-edits-stay = יציאה ממסך הסקירה (העריכות נשארות, לא שמורות)
tui-key-back-to-the-current-plan = חזרה לתוכנית הנוכחית
tui-key-search-every-document = חיפוש בכל המסמכים
tui-key-errors-and-warnings-of-the-plan = שגיאות ואזהרות בתוכנית
tui-key-save-and-commit = שמירה ורישום
tui-key-reload-the-plan-from-disk-drops = טעינה מחדש של התוכנית מהדיסק (העריכות שלא נשמרו יאבדו)
tui-key-merge-your-unsaved-edits-into-plan = מיזוג העריכות שלא נשמרו לקובצי התוכנית שהשתנו בדיסק
tui-key-this-help = העזרה הזו
tui-key-quit = יציאה
tui-key-add-an-item-choose-its-kind = הוספת פריט: בחירת הסוג (כל הסוגים, של הלשונית הזו קודם)
tui-key-previous-item = הפריט הקודם
tui-key-next-item = הפריט הבא
tui-key-first-item = הפריט הראשון
tui-key-last-item = הפריט האחרון
tui-key-edit-the-item = עריכת הפריט
tui-key-add-an-item-choose-its-kind-2 = הוספת פריט: בחירת הסוג (של הלשונית הזו קודם)
tui-key-delete-the-item-asks-first = מחיקת הפריט (אחרי אישור)
tui-key-filter-words-or-the-list-s = סינון (מילים, או מילות הסינון של הרשימה: שורת הרמז מציגה אותן)
tui-key-clear-the-filter = ניקוי הסינון
tui-key-sort-by-the-next-column = מיון לפי העמודה הבאה
tui-key-reverse-the-sort = היפוך המיון
tui-key-scroll-the-detail-down-or-the = גלילת הפרטים למטה (או גלגלת העכבר מעליהם)
tui-key-scroll-the-detail-up = גלילת הפרטים למעלה
tui-key-scroll-the-charter-s-text-down = גלילת טקסט האמנה למטה (או גלגלת העכבר מעליו)
tui-key-scroll-the-charter-s-text-up = גלילת טקסט האמנה למעלה
tui-key-next-status-planned-to-in-progress = הסטטוס הבא (מתוכנן ← בביצוע ← הושלם ← חסום ← בוטל)
tui-key-mark-done-today = סימון כהושלם היום
tui-key-timeline-table = ציר זמן / טבלה
tui-key-next-action-of-the-milestone = הפעולה הבאה של אבן הדרך
tui-key-previous-action-of-the-milestone = הפעולה הקודמת של אבן הדרך
tui-key-tick-untick-the-action = סימון / ביטול סימון של הפעולה
tui-key-add-an-action-to-the-milestone = הוספת פעולה לאבן הדרך
tui-key-change-the-action-in-a-form = שינוי הפעולה בטופס (אבן דרך, כותרת, אחראי, תאריך יעד, בוצעה)
tui-key-remove-the-action-asks-first = הסרת הפעולה (אחרי אישור)
tui-key-record-a-reading-value-then-a = רישום מדידה: ערך, ואחריו תאריך ויחידה אם אינם של היום ושל כל התוכנית
tui-key-c-x-work-on-the-breakdown = [ ] C X עבודה על יעדי הפירוט / על המדידות
tui-key-previous-action = הפעולה הקודמת
tui-key-next-action = הפעולה הבאה
tui-key-first-action = הפעולה הראשונה
tui-key-last-action = הפעולה האחרונה
tui-key-go-to-the-action-s-milestone = מעבר לאבן הדרך או לסקירת ההיגוי של הפעולה
tui-key-tick-untick-the-action-where-it = סימון / ביטול סימון של הפעולה במקום שבו היא כתובה (פעולת סקירה: בסקירה האחרונה שמונה אותה)
tui-key-filter-words-or-owner-metric-milestone = סינון (מילים, או owner: metric: milestone: open late overdue)
tui-key-scroll-the-detail-down = גלילת הפרטים למטה
tui-key-add-a-service-workshop = הוספת סדנת שירות
tui-key-add-a-tool-to-try-after = הוספת כלי לניסיון אחרי הסדנה הנבחרת
tui-key-record-the-selected-routine-as-held = רישום שגרת הניהול הנבחרת כמתקיימת היום (לשונית אנשים)
tui-key-add-a-rep-s-assessment-of = הוספת הערכה של נציג בעשר התכונות (לשונית אנשים)
tui-key-suggest-a-realistic-target-from-the = הצעת יעד ריאלי (מהמדידות האחרונות ומההנחיה), ולמה
tui-key-next-older-reading-of-the-metric = המדידה הבאה (הישנה יותר) של המדד
tui-key-previous-newer-reading-of-the-metric = המדידה הקודמת (החדשה יותר) של המדד
tui-key-change-the-reading-or-breakdown-target = שינוי המדידה או יעד הפירוט בטופס
tui-key-remove-the-reading-or-breakdown-target = הסרת המדידה או יעד הפירוט (אחרי אישור)
tui-key-next-field = השדה הבא
tui-key-previous-field = השדה הקודם
tui-key-next-choice-or-matching-id = הבחירה הבאה או המזהה התואם הבא
tui-key-previous-choice-or-matching-id = הבחירה הקודמת או המזהה התואם הקודם
tui-key-edit-the-field-in-editor = עריכת השדה ב-$EDITOR
tui-key-apply-the-form = החלת הטופס
tui-key-cancel = ביטול
tui-key-cursor-one-character-left = הסמן תו אחד שמאלה
tui-key-cursor-one-character-right = הסמן תו אחד ימינה
tui-key-cursor-to-the-start-of-the = הסמן לתחילת המילה
tui-key-cursor-past-the-end-of-the = הסמן אחרי סוף המילה
tui-key-delete-the-word-before-the-cursor = מחיקת המילה שלפני הסמן
tui-key-cursor-to-the-start = הסמן להתחלה
tui-key-cursor-to-the-end = הסמן לסוף
tui-key-delete-the-character-before-the-cursor = מחיקת התו שלפני הסמן
tui-key-delete-the-character-under-the-cursor = מחיקת התו שתחת הסמן
tui-key-confirm = אישור
tui-key-previous = הקודם
tui-key-next = הבא
tui-key-go-there = מעבר לשם
tui-key-close = סגירה
tui-key-delete-a-character = מחיקת תו
tui-key-previous-kind = הסוג הקודם
tui-key-next-kind = הסוג הבא
tui-key-first-kind = הסוג הראשון
tui-key-last-kind = הסוג האחרון
tui-key-open-the-kind-s-form-or = פתיחת הטופס של הסוג (או הקשה על המקש שלידו)
tui-key-add-nothing = לא להוסיף דבר
tui-key-yes = כן
tui-key-no = לא
tui-key-close-help = סגירת העזרה
tui-key-scroll-up = גלילה למעלה
tui-key-scroll-down = גלילה למטה
tui-key-top = ראש
tui-key-bottom = סוף

## The status line after a review is closed in the UI.
tui-review-close-refused = { $count ->
    [one] בתוכנית שגיאה אחת, ולכן אי אפשר לסגור את הסקירה: הקישו esc ואחר כך ! כדי לראות אותה
    [two] בתוכנית שתי שגיאות, ולכן אי אפשר לסגור את הסקירה: הקישו esc ואחר כך ! כדי לראות אותן
   *[other] בתוכנית { $count } שגיאות, ולכן אי אפשר לסגור את הסקירה: הקישו esc ואחר כך ! כדי לראות אותן
}
tui-review-close-committed = סקירה { $date } נסגרה: נשמרה בקומיט { $commit } ותויגה { $tag }
tui-review-close-tagged = סקירה { $date } נסגרה: { $commit } תויג כ-{ $tag }
tui-review-close-amended = סקירה { $date } תוקנה: נשמרה בקומיט { $commit }; התג { $tag } נשאר על { $closed }, הקומיט שסגר אותה
tui-review-close-already = סקירה { $date } כבר נסגרה (תג { $tag } על { $closed }) ולא השתנה בה דבר מאז
