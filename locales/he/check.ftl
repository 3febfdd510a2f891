## הודעות `check`, אחרי הקידומת הקבועה `PATH:LINE:COL: error:`.

check-whose-plan = התוכנית
check-whose-charter = אמנת השירות
check-whose-unit = היחידה `{ $id }`
check-whose-commitment = ההתחייבות `{ $id }`
check-whose-goal = היעד `{ $id }`
check-whose-milestone = אבן הדרך `{ $id }`
check-whose-milestone-action = הפעולה „{ $title }” של אבן הדרך `{ $id }`
check-whose-routine = שגרת הניהול `{ $id }`
check-whose-metric = המדד `{ $id }`
check-whose-breakdown = פיצול יעד של המדד `{ $id }`
check-whose-reading = המדידה מ־{ $on } של המדד `{ $id }`
check-whose-review = סקירת ההיגוי מ־{ $date }
check-whose-decision = החלטה של סקירת ההיגוי מ־{ $date }
check-whose-review-action = הפעולה „{ $text }” של סקירת ההיגוי מ־{ $date }
check-whose-assessment = הערכת המיומנויות של `{ $rep }` מ־{ $on }
check-whose-tool = הכלי `{ $id }`

check-first-unit = היחידה „{ $name }”
check-first-channel = הערוץ „{ $name }”
check-first-commitment = התחייבות מספר { $n }
check-first-goal = היעד „{ $title }”
check-first-milestone = אבן הדרך „{ $title }”
check-first-member = חבר צוות ההיגוי { $name }
check-first-routine = שגרת הניהול „{ $name }”
check-first-agent = סוכן השינוי { $name }
check-first-metric = המדד „{ $name }”
check-first-workshop = הסדנה „{ $topic }”
check-first-tool = הכלי „{ $name }” של הסדנה `{ $workshop }`

check-what-unit = יחידה
check-what-channel = ערוץ
check-what-commitment = התחייבות
check-what-goal = יעד
check-what-milestone = אבן דרך
check-what-person = אדם
check-what-routine = שגרת ניהול
check-what-metric = מדד
check-what-workshop = סדנה
check-what-tool = כלי

check-noun-person = חבר בצוות ההיגוי או סוכן שינוי
check-home-person = committee.yaml או agents.yaml
check-noun-agent = סוכן שינוי
check-noun-channel = ערוץ שירות
check-home-channel = רשימת הערוצים (channels) ב־charter.yaml
check-noun-metric = מדד
check-noun-goal = יעד
check-noun-milestone = אבן דרך
check-noun-unit = יחידה
check-home-unit = רשימת היחידות (units) ב־plan.yaml

check-field = `{ $key }`

check-listed-twice = השדה { $field } מציין את `{ $id }` פעמיים: ציינו כל מזהה פעם אחת
check-duplicate-id = מזהה { $what } כפול `{ $id }`: כבר נמצא אצל { $first }; מזהים חייבים להיות ייחודיים, שנו אחד מהם
check-not-an-agent = `{ $id }` בשדה { $field } של { $whose } הוא חבר בצוות ההיגוי ולא סוכן שינוי: הוסיפו את `{ $id }` אל agents.yaml, או הסירו אותו מרשימת סוכני השינוי
check-did-you-mean = האם התכוונתם ל־`{ $close }`? אחרת הוסיפו את `{ $id }` אל { $home }
check-add-or-fix = הוסיפו את `{ $id }` אל { $home }, או תקנו את המזהה
check-unknown-ref = `{ $id }` בשדה { $field } של { $whose } אינו { $noun }: { $todo }
check-schema = הגרסה schema { $schema } אינה גרסה שהתוכנה הזו קוראת: כתבו `schema: 1`, או עדכנו את charter
check-plan-dates = התוכנית מסתיימת ב־{ $end }, לפני שהיא מתחילה ב־{ $start }: קבעו ב־`end` תאריך שאחרי `start`
check-last-review = סקירת ההיגוי האחרונה הייתה ב־{ $date }
check-no-review-yet = לא התקיימה סקירת היגוי מאז תחילת התוכנית ב־{ $start }
check-review-overdue = סקירת היגוי של אבני הדרך הייתה אמורה להתקיים ב־{ $due }, { $days ->
    [one] לפני יום אחד
    [two] לפני יומיים
   *[other] לפני { $days } ימים
} ({ $since }): קיימו סקירה ותעדו אותה ב־reviews/YYYY-MM-DD.yaml, או שנו את review_every
check-target-guide = הערך של target_guide הוא { $guide }, והוא חייב להיות גדול מ־1: יעד ריאלי הוא מצב הפתיחה × target_guide; קבעו בערך 1.2, או הסירו אותו לברירת המחדל 1.2
check-own-parent = היחידה `{ $id }` היא ההורה של עצמה: קבעו יחידת הורה אחרת, או הסירו אותה
check-goal-without-milestones = ליעד `{ $id }` אין אבני דרך: הוסיפו ל־milestones.yaml אבן דרך עם `goal: { $id }`, או הסירו את היעד
check-depends-on-itself = אבן הדרך `{ $id }` תלויה בעצמה: הסירו את `{ $id }` מרשימת depends_on שלה
check-cycle = מעגל תלויות: { $cycle }: הסירו אחת מהתלויות האלה
check-target-before-baseline = למדד `{ $id }` תאריך יעד { $by } שקודם לתאריך מצב הפתיחה { $on }: קבעו את target.by אחרי baseline.on
check-unrealistic = המדד `{ $id }`: { $why }
check-no-readings = למדד `{ $id }` אין מדידות: רשמו מדידה בעזרת `charter record { $id } VALUE`, או ייבאו אותן
check-review-twice = אבן הדרך `{ $id }` מופיעה פעמיים בסקירת ההיגוי מ־{ $date }: השאירו רשומה אחת לכל אבן דרך
check-forecast-in-past = לאבן הדרך `{ $id }` נחזה מועד { $forecast } בסקירת ההיגוי מ־{ $date }, תאריך שכבר עבר בזמן הסקירה בעוד היא פתוחה: חזו { $date } או מאוחר יותר, כדי שהעיכוב ייראה
check-progress-over = ההתקדמות { $progress } של אבן הדרך `{ $id }` בסקירת ההיגוי מ־{ $date } גבוהה מ־100: ההתקדמות היא אחוז, מ־0 עד 100
check-scale-zero = סולם 0 אינו מאפשר אף ציון: הציונים הם מ־1 ועד הסולם; כתבו `scale: 5`
check-score-range = הציון { $score } במיומנות „{ $name }” ב{ $whose } מחוץ לטווח 1..{ $scale }: תנו ציון מ־1 עד { $scale }, או שנו את `scale`
check-trial-before-workshop = הכלי `{ $tool }` בניסיון עד { $until }, לפני הסדנה `{ $workshop }` ב־{ $date }: קבעו את trial_until אחרי הסדנה
check-tool-undecided = הכלי `{ $tool }` של הסדנה `{ $workshop }` היה בניסיון עד { $until }: החליטו אם לשמר או לוותר — { $trial }; כתבו `verdict: keep` או `verdict: drop`
check-due-before-start = מועד היעד של אבן הדרך `{ $id }` הוא { $due }, לפני שהיא מתחילה ב־{ $start }: הזיזו את `due` אל אחרי `start`, או תקנו את `start`
check-due-after-end = מועד היעד של אבן הדרך `{ $id }` הוא { $due }, אחרי סוף התוכנית ב־{ $end }: הזיזו את המועד, או האריכו את `end` ב־plan.yaml
check-done-without-date = אבן הדרך `{ $id }` הושלמה אך אין לה done_on: הוסיפו `done_on: YYYY-MM-DD` עם יום ההשלמה
check-done-on-not-done = לאבן הדרך `{ $id }` יש done_on { $done_on } אך הסטטוס שלה הוא { $status }: כתבו `status: done`, או הסירו את done_on
check-review-date-name = תאריך הסקירה { $date } אינו תואם את שם הקובץ { $file }: כתבו `date: { $named }`, או שנו את שם הקובץ ל־{ $rename }
check-review-file-name = שם קובץ הסקירה { $file } אינו תאריך: קראו לכל קובץ סקירה YYYY-MM-DD.yaml לפי התאריך שלה, כאן { $rename }

check-rule-ratio-up = מצב הפתיחה × { $guide }
check-rule-ratio-down = מצב הפתיחה ÷ { $guide }
check-rule-points-up = מצב הפתיחה + { $step } × { $reference }
check-rule-points-down = מצב הפתיחה − { $step } × { $reference }
check-frustrating-ratio-up = היעד { $target } טוב ב־{ $percent }% ממצב הפתיחה { $baseline }: הרבה מעל היעד הריאלי { $realistic } ({ $rule }); יעד רחוק כל כך מתסכל, שקלו { $realistic }
check-frustrating-ratio-down = היעד { $target } נמוך ב־{ $percent }% ממצב הפתיחה { $baseline }: הרבה מתחת ליעד הריאלי { $realistic } ({ $rule }); יעד רחוק כל כך מתסכל, שקלו { $realistic }
check-frustrating-points-up = היעד { $target } טוב ב־{ $points } נקודות ממצב הפתיחה { $baseline }: הרבה מעל היעד הריאלי { $realistic } ({ $rule }); יעד רחוק כל כך מתסכל, שקלו { $realistic }
check-frustrating-points-down = היעד { $target } נמוך ב־{ $points } נקודות ממצב הפתיחה { $baseline }: הרבה מתחת ליעד הריאלי { $realistic } ({ $rule }); יעד רחוק כל כך מתסכל, שקלו { $realistic }
check-no-effort-up = היעד { $target } אינו טוב ממצב הפתיחה { $baseline } (גבוה יותר עדיף): הוא אינו דורש מאמץ; שקלו { $realistic } ({ $rule })
check-no-effort-down = היעד { $target } אינו טוב ממצב הפתיחה { $baseline } (נמוך יותר עדיף): הוא אינו דורש מאמץ; שקלו { $realistic } ({ $rule })

check-approved-in-future = אמנת השירות מאושרת ב־{ $on }, תאריך שעוד לא הגיע (היום { $today }): כתבו ב־approved_on את יום האישור, או הסירו אותו עד אז
check-goal-without-metrics = ליעד `{ $id }` אין מדד: השיטה קובעת את מדדי ההצלחה יחד עם היעדים; הוסיפו `metrics: [ID]` עם המדד שמראה שהיעד הושג
check-scale-order = למדד `{ $id }` הסולם [{ $min }, { $max }]: הערך הראשון הוא הנמוך ביותר שהמדד יכול לקבל וחייב להיות קטן מהשני, למשל [-100, 100] ל־NPS
check-baseline-off-scale = מצב הפתיחה { $value } של המדד `{ $id }` מחוץ לסולם שלו { $range }: תקנו את הערך, או הרחיבו את הסולם
check-target-off-scale = היעד { $value } של המדד `{ $id }` מחוץ לסולם שלו { $range }: אף מדידה לא תגיע אליו; קבעו יעד על הסולם
check-reading-off-scale = המדידה { $value } מ־{ $on } של המדד `{ $id }` מחוץ לסולם שלו { $range }: תקנו את הערך (טעות הקלדה?), או הרחיבו את הסולם
check-no-baseline = למדד `{ $id }` אין מצב פתיחה: היעד והמסלול אל היעד מתחילים ממנו; הוסיפו `baseline: {"{"} value: V, on: YYYY-MM-DD {"}"}` מנתוני העבר
check-no-target = למדד `{ $id }` אין יעד: הוסיפו `target: {"{"} value: V, by: YYYY-MM-DD {"}"}` (`charter target suggest { $id }` מציע יעד ריאלי)
check-target-horizon = היעד של המדד `{ $id }` קבוע ל־{ $by }, יותר מ־{ $horizon } אחרי מצב הפתיחה מ־{ $on }: מודל יעדים תקף ל־4–8 חודשים, ואז בודקים ומתקנים אותו; קבעו יעד ביניים עד { $limit } לכל המאוחר, או שנו את target_horizon ב־plan.yaml
check-target-after-end = היעד של המדד `{ $id }` קבוע ל־{ $by }, אחרי סוף התוכנית ב־{ $end }: קבעו אותו עד סוף התוכנית, או האריכו את `end` ב־plan.yaml
check-reading-in-future = המדידה של המדד `{ $id }` מתוארכת ל־{ $on }, אחרי היום ({ $today }): מדידה רושמת את מה שנמדד; תקנו את התאריך
check-every = { $unit ->
    [day] { $count ->
        [one] יום אחד
        [two] יומיים
       *[other] { $count } ימים
    }
    [week] { $count ->
        [one] שבוע אחד
        [two] שבועיים
       *[other] { $count } שבועות
    }
    [month] { $count ->
        [one] חודש אחד
        [two] חודשיים
       *[other] { $count } חודשים
    }
    [quarter] { $count ->
        [one] רבעון אחד
        [two] שני רבעונים
       *[other] { $count } רבעונים
    }
   *[year] { $count ->
        [one] שנה אחת
        [two] שנתיים
       *[other] { $count } שנים
    }
}

de-expect-whole = מספר שלם
de-expect-byte = מספר שלם מ־0 עד 255
de-expect-u16 = מספר שלם מ־0 עד 65535
de-expect-u32 = מספר שלם, 0 או יותר
de-expect-number = מספר
de-expect-bool = true או false
de-expect-text = טקסט
de-expect-id = מזהה
de-expect-list = רשימה
de-expect-mapping = מיפוי של שדות
de-expect-word = מילה אחת
de-expected-word = נדרשת מילה אחת
de-found-long-text = `{ $start }…` ({ $count } תווים)
de-found-list = רשימה
de-found-mapping = מיפוי של שדות
de-found-nothing = ערך ריק
de-wrong-type = נדרש { $expected }, נמצא { $found }
de-field-without-name = שדה בלי שם: כתבו את שם השדה לפני הנקודתיים, אחד מ־{ $fields }
de-unknown-field-near = שדה לא מוכר `{ $field }`: האם התכוונתם ל־`{ $best }`?
de-unknown-field = שדה לא מוכר `{ $field }`: השדות כאן הם { $fields }
de-not-one-of-near = `{ $value }` אינו אחד מ־{ $values }: האם התכוונתם ל־`{ $best }`?
de-not-one-of = `{ $value }` אינו אחד מ־{ $values }
de-missing-field = חסר השדה החובה `{ $field }`: הוסיפו `{ $field }:` לפריט הזה
de-out-of-range = `{ $text }` מחוץ לטווח: נדרש { $expected }
de-not-whole = `{ $text }` אינו מספר שלם: נדרש { $expected }
de-too-large = `{ $text }` גדול מכל מספר שתוכנית יכולה להכיל (לכל היותר 1e15 לכל צד של האפס): בדקו את הערך, או כתבו אותו ביחידה גדולה יותר (אלפים, מיליונים)
de-not-finite = `{ $text }` אינו מספר סופי: נדרש { $expected }; מספרים בתוכנית חייבים להיות סופיים
de-number-as-text = : ‏YAML קורא את `{ $text }` כטקסט; כתבו את המספר בלי `_` או `,`, כך: { $bare }
de-yaml11-bool = נדרש true או false, נמצא `{ $text }`: ‏YAML 1.2 קורא את `{ $text }` כטקסט ולא ככן או לא; כתבו true או false
de-id-reads-as = ‏YAML קורא את `{ $text }` כ{ $what }, ומזהה הוא טקסט: כתבו אותו במירכאות, "{ $text }"

## YAML reading errors (the parser's own detail, `info`, stays as it says it).
yaml-expects-str = טקסט
yaml-expects-int = מספר שלם, כמו 12, ‏0x1F או 0o17
yaml-expects-float = מספר, כמו 12, ‏0.5, ‏1e3, ‏.inf או .nan
yaml-expects-bool = true או false
yaml-expects-null = null, ~ או כלום
yaml-second-document = כאן מתחיל מסמך YAML שני: קובץ תוכנית מכיל מסמך אחד בדיוק (מחקו את שורת ה־`---` ואת מה שאחריה, או העבירו אותם לקובץ משלהם)
yaml-too-deep = קינון עמוק מ־{ $depth } רמות: קובצי תוכנית אף פעם אינם עמוקים כל כך; בדקו שזה הקובץ שהתכוונתם אליו
yaml-key-not-text = מפתח חייב להיות טקסט פשוט, לא רשימה ולא מיפוי
yaml-duplicate-key = המפתח `{ $key }` כתוב פעמיים (בפעם הראשונה בשורה { $line }): מחקו אחד מהם
yaml-tag-mismatch = ל־`{ $text }` יש תג `{ $tag }`, אבל הוא אינו { $expected }: תקנו את הערך, או הסירו את התג
yaml-collection-tagged = { $what ->
    [list] זו רשימה
   *[mapping] זה מיפוי
}, אבל יש לו תג `{ $tag }`: הסירו את התג
yaml-unknown-tag = התג `{ $tag }` אינו תג ש־charter קורא: קובצי תוכנית משתמשים בערכי YAML פשוטים, לכל היותר עם תגי הליבה ‎!!str, ‎!!int, ‎!!float, ‎!!bool ו־‎!!null; הסירו את התג
yaml-unclosed = שגיאת תחביר YAML: ה־`{ $open }` הזה לא נסגר לעולם: סיימו את { $what ->
    [list] הרשימה
   *[mapping] המיפוי
} ב־`{ $close }`
yaml-tab = שגיאת תחביר YAML: יש תו טאב בהזחה: הזיחו ברווחים, לא בטאבים
yaml-syntax = שגיאת תחביר YAML: { $info }{ $hint ->
    [not-key-value] : שורה כאן אינה `key: value`: הוסיפו `: ` אחרי המפתח שלה, או הזיחו אותה תחת המפתח שמעליה
    [quote-colons] : בדקו את ההזחה, ושימו במירכאות טקסט שיש בו `: `
    [check-closed] : בדקו את ההזחה, ושכל `[`, `{"{"}` ומירכאות נסגרו
    [spaces] : הזיחו ברווחים, לא בטאבים
   *[none] {""}
}

## Ids, dates and durations that do not parse. `types-not-*` is the part
## of each message that says which kind of value it is.
-not-an-id = אינו מזהה תקין
-not-a-date = אינו תאריך
-not-a-duration = אינו משך זמן
types-not-an-id = { -not-an-id }
types-not-a-date = { -not-a-date }
types-not-a-duration = { -not-a-duration }
types-bad-id = `{ $text }` { -not-an-id }: מזהים כתובים באותיות לטיניות קטנות a-z, בספרות ובמקפים, ומתחילים באות או בספרה
types-bad-id-example = `{ $text }` { -not-an-id }: מזהים כתובים באותיות לטיניות קטנות a-z, בספרות ובמקפים, ומתחילים באות או בספרה (למשל `{ $example }`)
types-date-shape = `{ $text }` { -not-a-date }: כתבו תאריכים בצורה YYYY-MM-DD, למשל 2026-03-31
types-no-month = `{ $text }` { -not-a-date }: אין חודש { $month }
types-month-days = `{ $text }` { -not-a-date }: בחודש { $month } יש { $days } ימים
types-duration-shape = `{ $text }` { -not-a-duration }: כתבו מספר ואחת האותיות d (ימים), w (שבועות), m (חודשים), q (רבעונים), y (שנים), למשל 4w
types-duration-zero = `{ $text }` { -not-a-duration }: הוא חייב להיות 1 לפחות
types-duration-too-long = `{ $text }` ארוך מכל תוכנית: משך זמן הוא לכל היותר 10 שנים (10y, ‏40q, ‏120m, ‏521w או 3653d); כתבו משך קצר יותר

## Meetings of routines and the incident log.
check-whose-meeting = המפגש של שגרת הניהול `{ $id }` ב־{ $on }
check-whose-meeting-action = הפעולה „{ $text }” מהמפגש של שגרת הניהול `{ $id }` ב־{ $on }
check-meeting-twice = לשגרת הניהול `{ $id }` יש שני מפגשים ב־{ $on }: השאירו רשומה אחת לכל מפגש, או תקנו את התאריך
check-meeting-ahead = המפגש של שגרת הניהול `{ $id }` ב־{ $on } עוד לא התקיים: תעדו מפגש אחרי שהתקיים
check-action-due-before = מועד היעד של { $whose } הוא { $due }, לפני שסוכמה ב־{ $agreed }: קבעו מועד יעד ב־{ $agreed } או אחריו
check-whose-incident = האירוע `{ $id }`
check-whose-incident-action = הפעולה „{ $text }” של האירוע `{ $id }`
check-first-incident = האירוע „{ $title }”
check-what-incident = אירוע
check-incident-ahead = האירוע `{ $id }` מתוארך ל־{ $on }, בעתיד: תעדו אירוע אחרי שקרה
check-not-investigated = האירוע `{ $id }` מ־{ $on } לא תוחקר { $days ->
    [one] כבר יום אחד
    [two] כבר יומיים
   *[other] כבר { $days } ימים
}: כתבו תחת `investigation` את ממצאי התחקיר, ואת הפעולות שנגזרו ממנו
