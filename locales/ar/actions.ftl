# قائمة «الإجراءات» ونوافذ الإجراءات. العربية الفصحى المعاصرة.
# في جمل المراجعة يُكتب العدد بين قوسين بعد «المستخدمين» ليصحّ مع كل الأعداد دون صيغ جمع.

act-history = السجل
act-me-failed = تعذّر تحميل صلاحياتك. { $error }
act-group-users = إدارة المستخدمين
act-group-organisation = المؤسسة
act-group-content = المحتوى والتواصل

act-resend-invitations = إعادة إرسال الدعوات
act-send-password-reset = إعادة تعيين كلمة المرور
act-deactivate = إلغاء التنشيط
act-reactivate = إعادة التنشيط
act-delete = حذف
act-add-to-team = إضافة إلى فريق
act-add-specialisms = إضافة تخصصات
act-change-role = تغيير الدور
act-change-language = تغيير اللغة
act-add-labels = إضافة تصنيفات
act-remove-labels = إزالة تصنيفات
act-add-task = إضافة مهمة
act-share-content = مشاركة محتوى
act-send-notification = إرسال إشعار
act-assign-certificate = منح شهادة

about-resend-invitations = إرسال رسائل دعوة جديدة إلى المستخدمين الذين لم يقبلوا الدعوة بعد.
about-send-password-reset = إرسال رابط إلى كل مستخدم لتعيين كلمة مرور جديدة.
about-deactivate = جعل المستخدمين غير نشطين: لن يتمكنوا من تسجيل الدخول. يمكن التراجع بـ«إعادة التنشيط».
about-reactivate = إعادة المستخدمين غير النشطين إلى الحالة النشطة.
about-delete = إزالة المستخدمين وسجلاتهم نهائيًا. لا يمكن التراجع عن ذلك.
about-add-to-team = إضافة المستخدمين إلى فريق واحد؛ تبقى فرقهم الأخرى كما هي.
about-add-specialisms = إضافة مجالات خبرة إلى المستخدمين.
about-change-role = منح المستخدمين دورًا آخر، مما يغيّر ما يُسمح لهم به.
about-change-language = تحديد اللغة التي يرى بها المستخدمون نظام إدارة التعلم.
about-add-labels = إضافة تصنيفات لتنظيم المستخدمين وتصفيتهم.
about-remove-labels = إزالة تصنيفات من المستخدمين.
about-add-task = إسناد مهمة إلى المستخدمين، مع تاريخ استحقاق اختياري.
about-share-content = مشاركة الدورات أو العناصر أو القنوات أو قوائم التعلم مع المستخدمين.
about-send-notification = إرسال إشعار إلى المستخدمين بموضوع ورسالة من اختيارك.
about-assign-certificate = منح المستخدمين شهادة بالتاريخ الذي تختاره.

act-steps = الخطوات
step-configure = الإعداد
step-review = المراجعة
step-run = التنفيذ
cancel = إلغاء
back = رجوع
close = إغلاق
act-starting = جارٍ البدء…

field-specialisms = التخصصات
field-new-role = الدور الجديد
field-task = المهمة
field-due-date = تاريخ الاستحقاق (اختياري)
field-content = المحتوى المراد مشاركته
field-note = ملاحظة (اختياري)
field-subject = الموضوع
field-message = الرسالة
field-certificate = الشهادة
field-issue-date = تاريخ الإصدار
content-kind = نوع المحتوى
content-courses = الدورات
content-items = العناصر
content-channels = القنوات
# «Learnlist» مصطلح خاص بالمنتج؛ الترجمة غير مؤكدة.
content-learnlists = قوائم التعلم
field-length = { $count } / { $max } حرف
message-preview = معاينة الإشعار
message-preview-intro = ما يراه كل مستلم:

need-confirm-count = اكتب عدد المستخدمين
need-team = اختر فريقًا
need-specialism = اختر تخصصًا واحدًا على الأقل
need-role = اختر دورًا
need-language = اختر لغة
need-label = اختر تصنيفًا واحدًا على الأقل
need-task = اختر مهمة
need-due-date = أدخل تاريخ الاستحقاق بالصيغة YYYY-MM-DD
need-due-date-ahead = تاريخ الاستحقاق في الماضي
need-content = اختر عنصرًا واحدًا على الأقل للمشاركة
need-note-length = يجب ألا تتجاوز الملاحظة { $max } حرف
need-subject = أدخل موضوعًا
need-subject-length = يجب ألا يتجاوز الموضوع { $max } حرف
need-message = أدخل رسالة
need-message-length = يجب ألا تتجاوز الرسالة { $max } حرف
need-certificate = اختر شهادة
need-issue-date = أدخل تاريخ الإصدار بالصيغة YYYY-MM-DD
need-issue-date-past = تاريخ الإصدار في المستقبل

do-resend-invitations = إعادة إرسال الدعوات إلى المستخدمين ({ $count })
do-send-password-reset = إرسال إعادة تعيين كلمة المرور إلى المستخدمين ({ $count })
do-deactivate = إلغاء تنشيط المستخدمين ({ $count })
do-reactivate = إعادة تنشيط المستخدمين ({ $count })
do-delete = حذف المستخدمين ({ $count }) نهائيًا
do-add-to-team = إضافة المستخدمين ({ $count }) إلى الفريق { $name }
do-add-specialisms = إضافة { $names } إلى المستخدمين ({ $count })
do-change-role = تغيير دور المستخدمين ({ $count }) إلى { $name }
do-change-language = تغيير لغة المستخدمين ({ $count }) إلى { $name }
do-add-labels = إضافة التصنيفات { $names } إلى المستخدمين ({ $count })
do-remove-labels = إزالة التصنيفات { $names } من المستخدمين ({ $count })
do-add-task = إسناد المهمة { $name } إلى المستخدمين ({ $count })
do-add-task-due = إسناد المهمة { $name } إلى المستخدمين ({ $count })، تستحق في { $date }
do-share-content = مشاركة { $names } مع المستخدمين ({ $count })
do-send-notification = إرسال الإشعار «{ $name }» إلى المستخدمين ({ $count })
do-assign-certificate = منح الشهادة { $name } للمستخدمين ({ $count })، بتاريخ إصدار { $date }
act-names-two = { $first } و{ $last }
act-names-more = { $first }، { $rest }
with-pilot = { $action }: { $size } أولًا، ثم الباقون بعد تأكيدك
with-schedule = { $action }، في { $when }

act-users = { $count ->
    [zero] لا مستخدمين
    [one] مستخدم واحد
    [two] مستخدمان
    [few] { $count } مستخدمين
    [many] { $count } مستخدمًا
   *[other] { $count } مستخدم
}
scope-matching = كل المستخدمين المطابقين لعوامل التصفية هذه:
scope-chips = عوامل تصفية هذا التحديد
scope-no-filters = بلا عوامل تصفية: كل المستخدمين
scope-hidden = منهم { $count } تخفيهم عوامل التصفية الحالية.
scope-leave-out = استبعادهم
large-batch = ⚠ توخَّ الحذر مع التحديدات الكبيرة. تحقّق من عوامل التصفية والعدد قبل تنفيذ الإجراء على المستخدمين ({ $count }).
preview-title = ما الذي سيحدث
preview-checking = جارٍ فحص كل مستخدم…
preview-failed = فشل التشغيل التجريبي. { $error }
preview-will-change = سيتغيّر: { $count }
preview-will-skip = سيُتخطّى: { $count }
preview-will-fail = سيفشل: { $count }
preview-total-moved = المطابقون الآن { $total }، لا { $selected } كما حُدِّد.
preview-reasons = الأسباب
preview-reason = { $outcome ->
    [succeeded] سيتغيّر { $count }: { $reason }
    [skipped] تم تخطّي { $count }: { $reason }
   *[failed] سيفشل { $count }: { $reason }
}
preview-sample = بعض المستخدمين
preview-outcome = النتيجة
act-outcome = { $outcome ->
    [succeeded] سيتغيّر
    [skipped] تم التخطّي
   *[failed] سيفشل
}
act-outcome-why = { $outcome ->
    [succeeded] سيتغيّر: { $reason }
    [skipped] تم التخطّي: { $reason }
   *[failed] سيفشل: { $reason }
}
confirm-delete = اكتب { $count } لتأكيد أنك تريد حذف هؤلاء المستخدمين نهائيًا

run-count-changed = منذ مراجعتك تغيّر عدد المستخدمين المطابقين: { $now } الآن بدلًا من { $reviewed }. تحقّق من العدد الجديد قبل التنفيذ.
run-review-count = مراجعة العدد الجديد
run-forbidden = لم يعد مسموحًا لك بتنفيذ هذا الإجراء: تغيّرت صلاحياتك. وقد أُزيل من قائمة الإجراءات.
run-session-expired = انتهت جلستك. سجّل الدخول مجددًا في علامة تبويب أخرى ثم أعد المحاولة: لن يضيع شيء مما أدخلته.

pilot-legend = تشغيل تجريبي
pilot-try = التجربة على { $size } أولًا
pilot-size = عدد المستخدمين للتجربة
pilot-hint = يُختارون من التحديد كله. ثم ينتظر الإجراء حتى تتابع مع الباقين أو توقفه.
pilot-whole-number = أدخل عددًا صحيحًا من 1 إلى { $max }
pilot-range = جرّب الإجراء أولًا على عدد من 1 إلى { $max } من المستخدمين
pilot-fewer = جرّبه على عدد أقل من المستخدمين المحدَّدين ({ $count })، أو نفّذه عليهم جميعًا
pilot-continue = المتابعة مع الباقين ({ $count })

when-legend = التوقيت
when-now = التنفيذ الآن
when-schedule = الجدولة
when-at = التاريخ والوقت ({ $zone })
when-day-time = { $day } الساعة { $time }
when-choose = اختر التاريخ والوقت
when-passed = مضى هذا الوقت: اختر وقتًا لاحقًا
when-too-far = اختر وقتًا لا يتجاوز { $days } يومًا من الآن
when-resolved = يُطبَّق على المستخدمين المطابقين لعوامل التصفية هذه عند بدئه: { $count } اليوم.
out-of-hours = هذا الوقت خارج ساعات العمل (من 08:00 إلى 18:00، من الاثنين إلى الجمعة). انتبه للتوقيت: تجنّب إرسال الرسائل غير العاجلة خارج ساعات العمل.

reason-label = السبب (يظهر في السجل)
reason-required = مطلوب
reason-length = { $count } من { $max } حرف
reason-too-long = يجب ألا يتجاوز السبب { $max } حرف
reason-needed-over = اذكر سببًا: كل مهمة على أكثر من { $count } مستخدم تتطلب سببًا
reason-needed-for = اذكر سببًا: كل مهمة «{ $action }» تتطلب سببًا

pick-chosen = المختار: { $field }
pick-search = بحث في { $field }
pick-remove = إزالة { $name }
pick-placeholder = اكتب للبحث
pick-none = لا توجد نتائج. جرّب أحرفًا أقل.
pick-more = يُعرض { $shown } من { $count }. اكتب لتضييق القائمة.

