## recognition.yaml: מחמאות שהועברו, גיבורי שירות ושבוע שירות הלקוחות.

## מי החמיא.
recog-from-customer = לקוח
recog-from-colleague = עמית
recog-from-manager = מנהל

## check.
recog-whose-praise = המחמאה ל־`{ $rep }` מ־{ $on }
recog-whose-hero = גיבור השירות של { $period }
recog-whose-week = שבוע השירות שמתחיל ב־{ $start }
recog-praise-ahead = המחמאה ל־`{ $rep }` מתוארכת ל־{ $on }, אחרי היום ({ $today }): תקנו את התאריך
recog-shared-before = המחמאה ל־`{ $rep }` הועברה ב־{ $shared }, לפני שהתקבלה ב־{ $on }: תקנו את `shared`
recog-not-shared = המחמאה ל־`{ $rep }` מ־{ $on } לא הועברה { $days ->
    [one] אחרי יום אחד
    [two] אחרי יומיים
   *[other] אחרי { $days } ימים
}: העבירו אותה לנציג ולצוות, ורשמו את התאריך ב־`shared`
recog-bad-period = התקופה „{ $period }“ של גיבור השירות אינה חודש (2026-03) ואינה רבעון (2026-Q1)
recog-hero-twice = `{ $rep }` נבחר לגיבור השירות של { $period } פעמיים: השאירו רשומה אחת
recog-week-days = בשבוע השירות שמתחיל ב־{ $start } יש { $count ->
    [one] יום אחד
    [two] יומיים
   *[other] { $count } ימים
}: תכננו חמישה, לכל אחד פעילות ואחראי
recog-day-without-owner = ליום { $day } בשבוע השירות שמתחיל ב־{ $start } („{ $activity }“) אין אחראי: ציינו מי מוביל אותו

## status והדוחות.
recog-md-head = הוקרה
recog-status-praise = מחמאות: { $this } ברבעון הזה ({ $quarter }) · { $last } ברבעון הקודם ({ $previous }) · { $unshared } שלא הועברו
recog-status-heroes = גיבורי השירות של { $period }:
recog-status-candidates = מועמדים לגיבור שירות (הכי הרבה מחמאות, טרם נבחר גיבור):
recog-candidate-line = { $period }: { $rep }, { $count ->
    [one] מחמאה אחת
    [two] שתי מחמאות
   *[other] { $count } מחמאות
}
recog-status-week = שבוע שירות הלקוחות { $start } – { $end }:
recog-status-week-now = שבוע שירות הלקוחות, מתקיים עכשיו ({ $start } – { $end }):
recog-no-owner = עדיין אין אחראי
recog-status-after = השבוע שאחרי: { $after }

## diff: הפריטים של recognition.yaml.
recog-diff-kind-recognition = הוקרה
recog-diff-kind-praise = מחמאה
recog-diff-kind-hero = גיבור שירות
recog-diff-kind-service_week = שבוע שירות
recog-diff-n-praise = { $count ->
    [one] מחמאה אחת
    [two] שתי מחמאות
   *[other] { $count } מחמאות
}
recog-diff-n-hero = { $count ->
    [one] גיבור שירות אחד
    [two] שני גיבורי שירות
   *[other] { $count } גיבורי שירות
}
recog-diff-n-service_week = { $count ->
    [one] שבוע שירות אחד
    [two] שני שבועות שירות
   *[other] { $count } שבועות שירות
}

## חמשת הימים של שבוע שירות הלקוחות, כפי שהמאמר מציע.
recog-week-day-1 = המנהלים יושבים ליד הנציגים בקו הראשון ומקשיבים לשיחות
recog-week-day-2 = סיפורי לקוחות ומחמאות משותפים עם כל החברה
recog-week-day-3 = תודה לצוות השירות מהמחלקות האחרות
recog-week-day-4 = גיבורי השירות מתוגמלים בנדיבות כמו המוכרים המצטיינים
recog-week-day-5 = חגיגה עם הצוות, ומה משתנה מהשבוע הבא
recog-week-after = המנהלים ממשיכים לפגוש את הקו הראשון מדי חודש ומדדי השירות נשארים בכל כרטיס ביצועים: כל שבוע הוא שבוע שירות

## לשונית האנשים.
recog-tui-row-praise = מחמאה
recog-tui-row-hero = גיבור שירות
recog-tui-row-week = שבוע שירות
recog-tui-shared-on = הועברה ב־{ $on }
recog-tui-not-shared = טרם הועברה
recog-tui-days-owned = ל־{ $owned } מתוך { $count ->
    [one] יום אחד
    [two] יומיים
   *[other] { $count } ימים
} יש אחראי
recog-key-add-service-week = תכנון שבוע שירות לקוחות מהתבנית
recog-field-from = ממי
recog-field-shared = הועברה
recog-field-reason = סיבה
recog-field-after = השבוע שאחרי
recog-field-day1 = יום 1
recog-field-owner1 = אחראי יום 1
recog-field-day2 = יום 2
recog-field-owner2 = אחראי יום 2
recog-field-day3 = יום 3
recog-field-owner3 = אחראי יום 3
recog-field-day4 = יום 4
recog-field-owner4 = אחראי יום 4
recog-field-day5 = יום 5
recog-field-owner5 = אחראי יום 5

## A hero named from the candidate.
recog-hero-reason = { $count ->
    [one] המחמאה היחידה של { $period }
   *[other] הכי הרבה מחמאות ב־{ $period } ({ $count })
}
