## Meetings of routines and the incident log in the terminal UI, the
## actions register and the status they feed.

## Kinds, fields and form errors.
meet-kind-incident = אירוע
meet-kind-incident-action = פעולה של אירוע
meet-kind-meeting = מפגש
meet-kind-meeting-decision = החלטה של מפגש
meet-kind-meeting-action = פעולה של מפגש
meet-field-minutes = משך בדקות
meet-field-investigation = תחקיר
meet-field-recovery = פיצוי ללקוחות
meet-field-incident = אירוע
meet-field-routine = שגרת ניהול
meet-field-meeting = מפגש
meet-err-pick-incident = { $key }: יש לבחור עם ^n את האירוע שאליו הפעולה שייכת
meet-err-no-incident = { $key }: אין אירוע `{ $id }`: יש לבחור אחד עם ^n
meet-err-pick-routine = { $key }: יש לבחור עם ^n את שגרת הניהול שאליה המפגש שייך
meet-err-no-routine = { $key }: אין שגרת ניהול `{ $id }`: יש לבחור אחת עם ^n
meet-err-pick-meeting = מפגש: יש לבחור עם ^n את המפגש (שגרת ניהול ותאריך)
meet-err-no-meeting = מפגש: אין מפגש `{ $id }`: יש לבחור אחד עם ^n

## The People tab: rows, details, keys, messages.
meet-row-incident = אירוע
meet-incident-not-investigated = טרם תוחקר
meet-incident-actions-open = { $count ->
    [one] פעולה אחת פתוחה
   *[other] { $count } פעולות פתוחות
}
meet-incident-closed = סגור
meet-routine-from-meeting = מפגש
meet-label-happened-on = תאריך האירוע
meet-label-investigation = ממצאי התחקיר
meet-label-recovery = הפיצוי שהוצע ללקוחות
meet-label-attendance = נוכחות
meet-attendance = { $percent }% מהמשתתפים הצפויים; { $full } מתוך { $count ->
    [one] מפגש אחד
   *[other] { $count } מפגשים
} בנוכחות מלאה
meet-detail-incident-actions-keys = { $count ->
    [one] פעולה אחת
   *[other] { $count } פעולות
}: [ ] תנועה · רווח מסמן · A מוסיף · C משנה · X מסיר
meet-detail-meetings-keys = { $count ->
    [one] מפגש אחד
   *[other] { $count } מפגשים
}: [ ] תנועה · A מוסיף מפגש · N החלטה · T פעולה · C משנה · X מסיר · רווח מסמן
meet-help-people = אנשים: אירועים ומפגשים
meet-key-next-entry = הפעולה הבאה של האירוע, או הרשומה הבאה במפגשי השגרה
meet-key-previous-entry = הפעולה הקודמת של האירוע, או הרשומה הקודמת במפגשי השגרה
meet-key-tick-action = סימון או ביטול סימון של הפעולה שתחת הסמן
meet-key-add-action-or-meeting = הוספת פעולה לאירוע, או מפגש לשגרת הניהול
meet-key-change-entry = שינוי הפעולה, המפגש או ההחלטה שתחת הסמן בטופס
meet-key-remove-entry = הסרת הרשומה שתחת הסמן (עם אישור)
meet-key-add-decision = הוספת החלטה למפגש שתחת הסמן
meet-key-add-meeting-action = הוספת פעולה למפגש שתחת הסמן
meet-msg-no-entries = אין כאן עדיין מה לשנות: A מוסיף
meet-msg-not-an-action = הסמן אינו על פעולה: יש לעבור לפעולה עם ] ו־[
meet-done-action-done = הפעולה "{ $text }" בוצעה
meet-done-action-reopened = הפעולה "{ $text }" נפתחה מחדש

## Where an action or an occurrence comes from.
meet-source-meeting-held = מפגש
meet-source-meeting = מפגש { $routine } ב־{ $date }
meet-source-incident = אירוע { $id }

## charter status and the Overview: open incidents and attendance.
meet-status-attendance = נוכחות { $percent }% ב{ $count ->
    [one] מפגש אחד
   *[other]־{ $count } מפגשים
}
meet-status-incidents = { $count ->
    [one] אירוע פתוח אחד
   *[other] { $count } אירועים פתוחים
}
meet-md-incidents = אירועים פתוחים
meet-status-incident-not-investigated = טרם תוחקר
meet-status-incident-actions = { $count ->
    [one] תוחקר, פעולה אחת פתוחה
   *[other] תוחקר, { $count } פעולות פתוחות
}
meet-ov-incidents = { $count ->
    [one] אירוע פתוח
   *[other] { $count } אירועים פתוחים
}: { $names }

## Both reports: where a routine's last occurrence comes from, attendance.
meet-report-from-meeting = מפגש מתועד
meet-report-attendance = נוכחות { $percent } ב{ $count ->
    [one] מפגש אחד
   *[other]־{ $count } מפגשים
}
