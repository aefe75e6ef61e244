# People Log بالعربية. المصدر: locales/en/people-log.ftl (المعرّفات والمتغيّرات نفسها).
# فئات الجمع في العربية ست: zero وone وtwo وfew (3–10) وmany (11–99) وother (100 فما فوق)،
# وكل اختيار للجمع يذكرها كلها (يرفض tools/catalogs ما ينقصه منها).
# الأرقام تأتي منسّقة للغة (Intl)، والواجهة تُعرض من اليمين إلى اليسار (dir="rtl").

## The screen and its parts

results = الأشخاص
loading = جارٍ التحميل…
part-failed = تعذّر تحميل جزء من People Log. تحقّق من اتصالك ثم أعد المحاولة.
retry = إعادة المحاولة

## Filter bar

filter-search = البحث بالاسم أو البريد الإلكتروني
filter-button = { $count ->
    [0] عوامل التصفية
   *[other] عوامل التصفية · { $count }
}
# مجموعات عوامل التصفية المحفوظة.
filter-views = طرق العرض
filter-chips = عوامل التصفية النشطة
filter-chip-remove = إزالة عامل التصفية { $filter }
filter-clear-all = مسح الكل
filter-options-error = تعذّر تحميل خيارات التصفية. { $error }
density = كثافة العرض
density-comfortable = مريحة
density-compact = مضغوطة

## Chips: one active filter each

chip-list = في القائمة
chip-list-named = في القائمة: { $name } ({ $count })
chip-list-unavailable = في القائمة: لم تعد متاحة
chip-search = بحث: { $text }
chip-status = الحالة: { $value }
chip-role = الدور: { $value }
chip-team = الفريق: { $value }
chip-label = التصنيف: { $value }
chip-language = اللغة: { $value }
chip-specialism = التخصص: { $value }
chip-content = { $progress ->
    [completed] أكمل { $item }
   *[not_completed] لم يُكمل { $item }
    [not_started] لم يبدأ { $item }
    [in_progress] يتابع { $item } حاليًا
    [overdue] متأخر في { $item }
}
chip-hired-within = { $days ->
    [zero] عُيّن اليوم
    [one] عُيّن خلال آخر يوم
    [two] عُيّن خلال آخر يومين
    [few] عُيّن خلال آخر { $days } أيام
    [many] عُيّن خلال آخر { $days } يومًا
   *[other] عُيّن خلال آخر { $days } يوم
}
chip-hired-between = عُيّن من { $from } إلى { $to }
chip-hired-from = عُيّن منذ { $from }
chip-hired-until = عُيّن حتى { $to }
chip-hired-any = أي تاريخ تعيين

## Filter fields (the panel's groups)

field-status = الحالة
field-role = الدور
field-team = الفريق
# غير مؤكد: «التصنيف» أو «الوسم».
field-label = التصنيف
field-language = اللغة
field-specialism = التخصص

## A user's status and role

status-active = نشط
status-invited = الدعوة معلّقة
status-inactive = غير نشط
role-owner = المالك
role-admin = المسؤول
role-hr = الموارد البشرية
# يدير المحتوى التعليمي؛ غير مؤكد: «أمين المحتوى» أو «منسّق المحتوى».
role-curator = أمين المحتوى
role-learner = المتعلّم

## Selection bar

selection-none = لم يُحدَّد أي مستخدم
selection-count = { $count ->
    [zero] لم يُحدَّد أي مستخدم
    [one] مستخدم واحد محدَّد
    [two] مستخدمان محدَّدان
    [few] { $count } مستخدمين محدَّدين
    [many] { $count } مستخدمًا محدَّدًا
   *[other] { $count } مستخدم محدَّد
}
selection-count-of = تم تحديد { $count } من أصل { $total }
selection-not-shown = غير المعروضين: { $count }
selection-deselect-hidden = إلغاء تحديد المخفيين
selection-clear = مسح
selection-from-list = التحديد من قائمة
toolbar-more = المزيد
selection-cleared-by-filters = تم مسح التحديد لأن عوامل التصفية تغيّرت.
actions = الإجراءات
actions-why-empty = حدّد مستخدمًا واحدًا على الأقل
actions-none-allowed = لا توجد إجراءات مجمّعة متاحة لدورك
actions-why-none-allowed = لا يسمح دورك بتنفيذ إجراءات مجمّعة على المستخدمين. اطلب الإذن اللازم من المالك أو المسؤول.
# العمليات المجمّعة الجارية أو المنتهية؛ «المهام» محجوزة لإجراء «Add task».
jobs = العمليات

## The banner above the table

banner-page-selected = { $count ->
    [zero] لم يُحدَّد أي مستخدم في هذه الصفحة.
    [one] تم تحديد المستخدم الوحيد في هذه الصفحة.
    [two] تم تحديد المستخدمَين في هذه الصفحة.
    [few] تم تحديد جميع المستخدمين الـ{ $count } في هذه الصفحة.
    [many] تم تحديد جميع المستخدمين في هذه الصفحة وعددهم { $count } مستخدمًا.
   *[other] تم تحديد جميع المستخدمين في هذه الصفحة وعددهم { $count } مستخدم.
}
banner-select-all-matching = { $count ->
    [zero] لا يوجد مستخدمون مطابقون لعوامل التصفية هذه
    [one] تحديد المستخدم الوحيد المطابق لعوامل التصفية هذه
    [two] تحديد المستخدمَين المطابقَين لعوامل التصفية هذه
    [few] تحديد جميع المستخدمين المطابقين لعوامل التصفية هذه ({ $count } مستخدمين)
    [many] تحديد جميع المستخدمين المطابقين لعوامل التصفية هذه ({ $count } مستخدمًا)
   *[other] تحديد جميع المستخدمين المطابقين لعوامل التصفية هذه ({ $count } مستخدم)
}
banner-all-selected = { $count ->
    [zero] لم يُحدَّد أي مستخدم.
    [one] تم تحديد مستخدم واحد.
    [two] تم تحديد مستخدمَين.
    [few] تم تحديد { $count } مستخدمين.
    [many] تم تحديد { $count } مستخدمًا.
   *[other] تم تحديد { $count } مستخدم.
}
banner-clear = مسح التحديد

## Table

table-caption = المستخدمون
table-select-page = تحديد جميع المستخدمين في هذه الصفحة
column-name = الاسم
column-email = البريد الإلكتروني
column-status = الحالة
column-role = الدور
column-teams = الفرق
column-labels = التصنيفات
column-language = اللغة
column-hire-date = تاريخ التعيين
column-last-active = آخر نشاط
row-select = تحديد { $name }
row-never-active = لم يسجّل الدخول قط
table-loading = جارٍ تحميل المستخدمين
table-error = تعذّر تحميل المستخدمين. { $error }
table-empty = لا يوجد مستخدمون مطابقون لعوامل التصفية هذه
table-clear-filters = مسح عوامل التصفية

## When the server refuses the view: the button that drops what it refused

recover-reset-view = إعادة ضبط العرض
recover-invalid-filters = إزالة عوامل التصفية غير الصالحة
recover-first-page = الانتقال إلى الصفحة الأولى
recover-list = إزالة القائمة
recover-page-size = استخدام حجم الصفحة الافتراضي
recover-sort = استخدام الترتيب الافتراضي
recover-search = إزالة البحث
recover-status = إزالة عامل تصفية الحالة
recover-role = إزالة عامل تصفية الدور
recover-team = إزالة عامل تصفية الفريق
recover-label = إزالة عامل تصفية التصنيف
recover-language = إزالة عامل تصفية اللغة
recover-specialism = إزالة عامل تصفية التخصص
recover-content = إزالة عامل تصفية المحتوى
recover-hire-date = إزالة عامل تصفية تاريخ التعيين

## Pagination

pagination = التنقل بين الصفحات
pagination-range = { $total ->
    [zero] { $first }–{ $last } من أصل { $total } مستخدم
    [one] { $first }–{ $last } من أصل مستخدم واحد
    [two] { $first }–{ $last } من أصل مستخدمَين
    [few] { $first }–{ $last } من أصل { $total } مستخدمين
    [many] { $first }–{ $last } من أصل { $total } مستخدمًا
   *[other] { $first }–{ $last } من أصل { $total } مستخدم
}
pagination-none = لا يوجد مستخدمون
pagination-per-page = عدد الصفوف في الصفحة
pagination-page = الصفحة { $page } من { $pages }
pagination-first = الصفحة الأولى
pagination-previous = الصفحة السابقة
pagination-next = الصفحة التالية
pagination-last = الصفحة الأخيرة

api-network = تعذّر الوصول إلى الخادم. تحقّق من اتصالك وأعد المحاولة.
api-session = انتهت جلستك. سجّل الدخول مجددًا للمتابعة.
api-server = واجه الخادم مشكلة (HTTP { $status }). أعد المحاولة بعد قليل.
api-refused = رفض الخادم الطلب (HTTP { $status }).
api-decode = أرسل الخادم ردًّا لا تستطيع هذه الأداة قراءته.
api-encode = تعذّر إنشاء هذا الطلب، لذا لم يُرسَل.
api-aborted = أُلغي الطلب.
