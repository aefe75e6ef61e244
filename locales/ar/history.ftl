# سجلّ العمليات المجمّعة في المؤسسة (§14).

history = السجلّ
history-list = العمليات المجمّعة
history-loading = جارٍ تحميل السجلّ…
history-error = تعذّر تحميل السجلّ. { $error }
history-empty = لا توجد عملية مجمّعة مطابقة لعوامل التصفية هذه.
history-pages = صفحات السجلّ
history-range = { $first }–{ $last } من أصل { $total }
history-none = لا توجد عمليات

## Filters

history-filters = عوامل تصفية السجلّ
history-any-admin = أي مسؤول
history-any-action = أي إجراء
history-any-status = أي حالة
history-from = من
history-to = إلى

## A job's facts

history-job-id = معرّف العملية
history-created = تاريخ الإنشاء
history-started = تاريخ البدء
history-finished = تاريخ الانتهاء
history-run-by = نفّذها
history-action = الإجراء
history-job = العملية
history-selection = التحديد
history-users = المستخدمون
history-undone-by = تراجعت عنها
history-back = العودة إلى القائمة
history-no-reason = لم يُذكر
history-download-all = تنزيل ملف CSV لجميع المستخدمين ({ $count })
history-counts = المستخدمون: { $total } · نجحت: { $succeeded }، تم التخطّي: { $skipped }، فشلت: { $failed }

## How a job's users were chosen

history-chosen = { $count ->
    [zero] لم يُختر أي مستخدم
    [one] مستخدم واحد مختار
    [two] مستخدمان مختاران
    [few] { $count } مستخدمين مختارين
    [many] { $count } مستخدمًا مختارًا
   *[other] { $count } مستخدم مختار
}
history-every-user = جميع المستخدمين
history-every-user-but = جميع المستخدمين (باستثناء { $count })
history-matching = المستخدمون المطابقون لـ { $filters }
history-matching-but = المستخدمون المطابقون لـ { $filters } (باستثناء { $count })
history-failed-of = المستخدمون الذين فشلت معهم { $job }
history-changed-by = المستخدمون الذين غيّرتهم { $job }
