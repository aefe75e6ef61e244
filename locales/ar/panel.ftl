# لوحة عوامل التصفية (§3) وطرق العرض المحفوظة.

## The filter panel

panel-content = التقدّم في المحتوى
panel-content-item = عنصر المحتوى
panel-any = أي عنصر
panel-progress = التقدّم
# تُقرأ «… <عنصر المحتوى>» كما في شرائح عوامل التصفية.
panel-progress-option = { $progress ->
    [completed] أكمل
   *[not_completed] لم يُكمل
    [not_started] لم يبدأ
    [in_progress] يتابع حاليًا
    [overdue] متأخر في
}
panel-hire-date = تاريخ التعيين
panel-hired-within = عُيّن خلال آخر (أيام)
panel-hired-from = عُيّن منذ
panel-hired-to = عُيّن حتى
panel-days-invalid = أدخل عددًا صحيحًا من الأيام بين 1 و{ $max }.
panel-range-invalid = يجب ألا يكون «عُيّن منذ» بعد «عُيّن حتى».

## Saved views

views = طرق العرض المحفوظة
views-list = قائمة طرق العرض المحفوظة
views-error = تعذّر تحميل طرق العرض المحفوظة. { $error }
view-name = اسم طريقة العرض
view-name-placeholder = سمِّ عوامل التصفية هذه
view-save = حفظ طريقة العرض
view-name-empty = أدخل اسمًا
view-name-long = يجب ألا يتجاوز الاسم { $max } حرفًا
view-apply = تطبيق طريقة العرض { $name }
view-rename = إعادة التسمية
view-rename-named = إعادة تسمية طريقة العرض { $name }
view-new-name = اسم جديد لـ { $name }
view-save-name = حفظ الاسم
view-delete = حذف
view-delete-named = حذف طريقة العرض { $name }
