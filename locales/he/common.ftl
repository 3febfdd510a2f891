## מילים משותפות לכל הפלטים: מצבי התוכנית והקודים השמורים.
## המונחים לפי המדריך לשיפור מערכי שירות לקוחות (ראו docs/glossary.md).

language-name = עברית

state-on_track = במסלול
state-behind = בפיגור
state-exception = חריגה
state-stale = לא עדכני
state-no_data = אין נתונים

code-status-planned = מתוכנן
code-status-in_progress = בביצוע
code-status-done = הושלם
code-status-blocked = חסום
code-status-cancelled = בוטל

## שלבי תוכנית העבודה
code-phase-define = הגדרת יעדים ואבני דרך
code-phase-organise = ניהול פרויקט השינוי
code-phase-implement = יישום והטמעה
phase-none = ללא שלב

code-horizon-short = טווח קצר
code-horizon-medium = טווח בינוני
code-horizon-long = טווח ארוך
horizon-none = ללא טווח

## תפקידים בצוות ההיגוי
code-role-chair = יושב ראש
code-role-sponsor = נותן חסות
code-role-member = חבר
code-role-secretary = מזכיר
code-role-consultant = יועץ

## שבעת בעלי התפקידים בשירות לקוחות
code-level-rep = נציג שירות לקוחות זוטר
code-level-senior_rep = נציג מיומן, מדריך וחונך
code-level-team_leader = ראש צוות
code-level-shift_manager = אחראי משמרת
code-level-department_manager = מנהל מחלקה
code-level-division_manager = מנהל אגף
code-level-vp = סמנכ״ל

code-unit_level-rep = נציג
code-unit_level-team = צוות
code-unit_level-department = מחלקה
code-unit_level-division = אגף
code-unit_level-vp = סמנכ״ל

code-kind-quality = איכות
code-kind-efficiency = יעילות
code-kind-satisfaction = שביעות רצון
code-kind-external = חיצוני
code-direction-up = עולה
code-direction-down = יורד
code-aggregate-mean = ממוצע
code-aggregate-sum = סכום
code-aggregate-last = אחרון
code-period-day = יום
code-period-week = שבוע
code-period-month = חודש
code-period-quarter = רבעון

code-health-on_track = במסלול
code-health-at_risk = בסיכון
code-health-off_track = חורג מהמסלול
code-health-done = הושלם
code-health-not_started = טרם התחיל

code-verdict-trial = בניסיון
code-verdict-keep = לשמר
code-verdict-drop = לוותר

## עשר התכונות החשובות לנציגי שירות
code-skill-connection = יכולת יצירת קשר אישי
code-skill-listening = הקשבה
code-skill-patience = סבלנות
code-skill-empathy = אמפתיה
code-skill-thoroughness = יסודיות
code-skill-self_management = ניהול רגשי
code-skill-agility = זריזות מנטלית
code-skill-resilience = חוסן במצבי לחץ
code-skill-articulation = יכולת ביטוי גבוהה
code-skill-love_of_conversation = אהבת התקשורת והשיחה

count-metrics = { $count ->
    [one] מדד אחד
    [two] שני מדדים
   *[other] { $count } מדדים
}
count-milestones = { $count ->
    [one] אבן דרך אחת
    [two] שתי אבני דרך
   *[other] { $count } אבני דרך
}
count-reviews = { $count ->
    [one] סקירה אחת
    [two] שתי סקירות
   *[other] { $count } סקירות
}
count-days = { $count ->
    [one] יום אחד
    [two] יומיים
   *[other] { $count } ימים
}
count-actions = { $count ->
    [one] פעולה אחת
    [two] שתי פעולות
   *[other] { $count } פעולות
}
count-errors = { $count ->
    [one] שגיאה אחת
    [two] שתי שגיאות
   *[other] { $count } שגיאות
}
count-warnings = { $count ->
    [one] אזהרה אחת
    [two] שתי אזהרות
   *[other] { $count } אזהרות
}
