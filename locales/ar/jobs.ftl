# العمليات (§8، §13): القائمة والإشعارات والتقدّم والتجربة والعملية المجدولة والملخّص.
# «العملية» للعمل المجمّع (job)؛ «المهمة» محجوزة لإجراء «Add task».
# الأعداد مع «من المستخدمين» أو بعد نقطتين، فلا تتغيّر الجملة بتغيّر العدد.

## Shared by the job views, the history and the saved views

previous = السابق
next = التالي
download-csv = تنزيل ملف CSV
csv-error = تعذّر إنشاء ملف CSV. { $error }
column-outcome = النتيجة
column-reason = السبب

## The tray and the completion toasts

jobs-none = لا توجد عمليات بعد.
jobs-running = قيد التشغيل: { $count }
jobs-scheduled = مجدولة: { $count }
jobs-waiting = بانتظارك: { $count }
job-tray-progress = { $done } من أصل { $total } · { $percent }٪
job-progress-of = تقدّم { $title }
job-reconnecting = جارٍ إعادة الاتصال…
job-scheduled-for = مجدولة في { $when }
toast = انتهت العملية
toast-view-summary = عرض الملخّص
toast-dismiss = تجاهل
job-loading = جارٍ تحميل العملية…
job-status = { $status ->
    [scheduled] مجدولة
    [queued] بانتظار البدء
    [running] قيد التشغيل
    [paused] بانتظارك
    [succeeded] اكتملت
    [completed_with_failures] اكتملت مع إخفاقات
    [failed] فشلت
   *[cancelled] أُلغيت
}

## What a finished job did

job-done = { $action ->
    [resend_invitations] أُعيد إرسال الدعوات إلى { $count } من المستخدمين
    [send_password_reset] أُرسلت روابط إعادة تعيين كلمة المرور إلى { $count } من المستخدمين
    [deactivate] أُلغي تنشيط { $count } من المستخدمين
    [reactivate] أُعيد تنشيط { $count } من المستخدمين
    [delete] حُذف { $count } من المستخدمين
    [add_to_team] أُضيف { $count } من المستخدمين إلى { $what }
    [add_specialisms] أُضيف { $what } إلى { $count } من المستخدمين
    [add_labels] أُضيف { $what } إلى { $count } من المستخدمين
    [change_role] تغيّر دور { $count } من المستخدمين إلى { $what }
    [change_language] تغيّرت لغة { $count } من المستخدمين إلى { $what }
    [remove_labels] أُزيل { $what } عن { $count } من المستخدمين
    [add_task] أُسند { $what } إلى { $count } من المستخدمين
    [assign_certificate] أُسندت { $what } إلى { $count } من المستخدمين
    [share_content] شُورك { $what } مع { $count } من المستخدمين
    [undo] تم التراجع عن «{ $what }» لدى { $count } من المستخدمين
   *[send_notification] أُرسل «{ $what }» إلى { $count } من المستخدمين
}
job-cancelled = أُلغيت { $title } بعد معالجة { $done } من أصل { $total }
job-failed-all = فشلت { $title } لجميع المستخدمين ({ $count })
job-skipped-count = تم تخطّي { $count }
job-failed-count = فشل { $count }

## A job's progress

job-progress = المستخدمون: { $done } من أصل { $total } · { $percent }٪
duration-seconds = { $s } ث
duration-minutes = { $min } د { $s } ث
duration-hours = { $h } س { $min } د
job-elapsed = المدة المنقضية
job-time-left = الوقت المتبقّي
job-estimating = جارٍ التقدير…
job-about = نحو { $duration }
outcome-heading = { $outcome ->
    [succeeded] نجحت
    [skipped] تم تخطّيها
   *[failed] فشلت
}
outcome = { $outcome ->
    [succeeded] تم التغيير
    [skipped] تم التخطّي
   *[failed] فشل
}
job-cancel = إلغاء العملية
job-background = التشغيل في الخلفية
job-stop-title = هل تريد إيقاف هذه العملية؟
job-stop-body = تتوقف العملية قبل الدفعة التالية من المستخدمين. المستخدمون الذين تمت معالجتهم حتى الآن: { $done } من أصل { $total }، ويحتفظون بالتغيير.
job-keep-running = متابعة التشغيل
job-stop = إيقاف العملية
job-not-cancelled = تعذّر إلغاء العملية. { $error }
job-retry-title = إعادة محاولة الإخفاقات: { $action }
job-undo-title = تراجع: { $action }

## A scheduled job

job-starts = تبدأ في { $when }.
job-run-now = التشغيل الآن
job-reschedule = إعادة الجدولة
job-new-time = التاريخ والوقت الجديدان ({ $zone })
job-save-time = حفظ الوقت الجديد
job-not-started = تعذّر بدء العملية الآن. { $error }
job-not-moved = تعذّر نقل العملية إلى وقت آخر. { $error }

## A pilot done

# «التجربة» للتشغيل التجريبي (pilot) على عدد قليل من المستخدمين أولًا.
pilot-tried = جُرّبت على { $count } من المستخدمين: تحقّق من النتيجة
pilot-stop = التوقف هنا
pilot-stop-undoable = يحتفظ «التوقف هنا» بالتغيير لهؤلاء المستخدمين، ثم يعرض الملخّص التراجع عنه.
pilot-stop-kept = يحتفظ «التوقف هنا» بالتغيير لهؤلاء المستخدمين.
job-not-resumed = تعذّرت متابعة العملية. { $error }
job-not-stopped = تعذّر إيقاف العملية. { $error }
pilot-users = مستخدمو التجربة
pilot-users-loading = جارٍ تحميل مستخدمي التجربة…
pilot-users-error = تعذّر تحميل مستخدمي التجربة. { $error }

## The summary of a finished job

summary = الملخّص
summary-reason = السبب:
summary-reasons = ما تم تخطّيه أو فشل
summary-retry = إعادة محاولة الإخفاقات
summary-select-failed = تحديد المستخدمين الذين فشلت معهم
summary-undo = تراجع
summary-failed-error = تعذّر تحميل المستخدمين الذين فشلت معهم العملية. { $error }
undo-title = هل تريد التراجع عن «{ $job }»؟
undo-body = يعيد هذا القيم السابقة للمستخدمين الذين غيّرتهم هذه العملية (العدد: { $count }). ويبقى المستخدمون الذين غيّرهم شخص آخر منذ ذلك الحين على حالهم.
undo-keep = الاحتفاظ بالتغييرات
undo-confirm = التراجع عن التغييرات
affected = المستخدمون الذين تم تخطّيهم أو فشلت معهم العملية
affected-pages = صفحات المستخدمين المتأثّرين
affected-loading = جارٍ تحميل المستخدمين المتأثّرين…
affected-error = تعذّر تحميل المستخدمين المتأثّرين. { $error }
csv-user-id = معرّف المستخدم
csv-advice = ما يجب فعله

## Why users were skipped or failed, and what the admin can do

reason = { $code ->
    [already_accepted] قَبِل الدعوة بالفعل
    [invitation_pending] لم تُقبل الدعوة بعد
    [user_inactive] المستخدم غير نشط
    [already_inactive] غير نشط بالفعل
    [already_active] نشط بالفعل
    [already_in_team] في الفريق بالفعل
    [already_has_specialisms] لديه هذه التخصصات بالفعل
    [already_has_role] لديه هذا الدور بالفعل
    [already_has_language] يستخدم هذه اللغة بالفعل
    [already_has_label] لديه هذه التصنيفات بالفعل
    [label_not_present] ليست لديه هذه التصنيفات
    [already_assigned] المهمة مُسندة بالفعل
    [already_certified] يحمل هذه الشهادة بالفعل
    [managed_by_sso] تتم إدارته من موفّر الهوية (SSO)
    [cannot_deactivate_self] لا يمكنك إلغاء تنشيط نفسك
    [cannot_delete_self] لا يمكنك حذف نفسك
    [cannot_change_own_role] لا يمكنك تغيير دورك
    [owner_protected] لا يغيّر المالكَ إلا مالك
    [email_bounced] ارتدّت رسائل عنوان البريد الإلكتروني
    [user_deleted] حُذف المستخدم
   *[changed_since] غيّره شخص آخر بعد تشغيل العملية
}
reason-advice = { $code ->
    [managed_by_sso] غيّر هذا في موفّر الهوية؛ لا يمكن لنظام إدارة التعلّم تجاوزه.
    [email_bounced] تحقّق من عنوان البريد الإلكتروني في ملف المستخدم، ثم أعد المحاولة.
    [owner_protected] اطلب من مالك إجراء هذا التغيير.
    [self] اطلب من مسؤول آخر إجراء هذا التغيير نيابةً عنك.
    [changed_since] غيّر شخص ما هؤلاء المستخدمين بعد تشغيل العملية؛ راجعهم واحدًا تلو الآخر.
    [user_deleted] لا حاجة لأي إجراء: المستخدم لم يعد موجودًا.
    [user_inactive] أعد تنشيط هؤلاء المستخدمين أولًا إن كان ينبغي أن يحصلوا على هذا.
    [invitation_pending] أعد إرسال الدعوة؛ يمكن تنفيذ هذا بعد قبولها.
   *[already] لا حاجة لأي إجراء: كان هؤلاء المستخدمون على الحال المطلوبة بالفعل.
}
