## Surveys of customers, employees and managers (surveys.yaml), and
## recognition (recognition.yaml).

survey-kind-customers = לקוחות
survey-kind-employees = עובדים
survey-kind-managers = מנהלים

## charter check
survey-check-what = סקר
survey-check-whose = הסקר `{ $id }`
survey-check-first = הסקר מ־{ $on } (`{ $id }`)
survey-check-min-rate = `min_response_rate` הוא { $rate }: שיעור היענות הוא אחוז, כתבו ערך בין 0 ל־100
survey-check-responses = בסקר `{ $id }` יש { $responses } משיבים מתוך { $population } שנשאלו: לא ייתכנו יותר משיבים מנשאלים; תקנו את `responses` או את `population`
survey-check-low-rate = רק { $rate }% השיבו לסקר `{ $id }` (פחות מ־{ $min }%): ייתכן שהתוצאות אינן מייצגות את כל מי שנשאלו; שאלו שוב או הרחיבו את הסקר
survey-check-off-scale = בסקר `{ $id }` הציון של המדד `{ $metric }` הוא { $value }, מחוץ לסולם שלו { $range }: תקנו את הציון או את `scale` של המדד
survey-check-unit-cycle = היחידות מעל היחידה `{ $id }` חוזרות במעגל: { $cycle }; יחידה לא יכולה להיות תחת עצמה, ולכן אי אפשר לסכם את הנתונים שלה כלפי מעלה: הסירו `parent` אחד מהמעגל
survey-check-due = סקר שביעות הרצון האחרון של ה{ $kind } נערך ב־{ $last }: סקר חדש היה צריך להיערך עד { $due } (כל { $every }); ערכו סקר ותעדו אותו ב־surveys.yaml

## charter status
survey-status-title = סקרי שביעות רצון (כל { $every })
survey-status-due = { $count } בפיגור
survey-status-last = האחרון ב־{ $on } (`{ $id }`)
survey-status-rate = { $rate }% השיבו
survey-status-next = הבא עד { $due }
survey-status-overdue = היה צריך להיערך עד { $due }
survey-md-title = סקרי שביעות רצון
survey-md-head = נסקרים | הסקר האחרון | השיבו | הבא
