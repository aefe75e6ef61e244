list-intro = عناوين بريد إلكتروني أو أسماء مستخدمين أو معرّفات مستخدمين، مختلطة، حتى 10٬000.
list-paste = الصق القائمة
list-paste-help = واحد في كل سطر، أو مفصولة بفواصل أو فواصل منقوطة أو علامات جدولة: يصلح عمود منسوخ من جدول بيانات.
list-file = أو اختر ملف ‎.csv أو ‎.txt
list-file-help = العمود المعنون email أو username أو id، وإلا فالعمود الأول. بترميز UTF-8، مع علامة ترتيب البايتات أو بدونها.
list-match = مطابقة
list-matching = جارٍ المطابقة…
list-pasted-name = قائمة ملصقة، { $day } { $time }
list-name = القائمة: { $name }
list-unmatched = غير المطابَقة مع السبب (حدّدها للنسخ)
list-download = تنزيل ملف CSV بالإدخالات غير المطابَقة
list-another = مطابقة قائمة أخرى
list-matched = طوبق { $count } من { $total }
list-not-found = غير موجود: { $count }
list-ambiguous = ملتبس: { $count }
list-invalid = غير صالح: { $count }
list-duplicates = مكرر: { $count }
list-show = { $count ->
    [zero] عرض المستخدمين ({ $count })
    [one] عرض هذا المستخدم
    [two] عرض هذين المستخدمَين
    [few] عرض هؤلاء المستخدمين الـ{ $count }
    [many] عرض هؤلاء المستخدمين ({ $count })
   *[other] عرض هؤلاء المستخدمين ({ $count })
}
list-show-select = { $count ->
    [zero] عرض الكل وتحديده ({ $count })
    [one] عرض هذا المستخدم وتحديده
    [two] عرض المستخدمَين وتحديدهما
    [few] عرض الـ{ $count } كلهم وتحديدهم
    [many] عرض الكل وتحديده ({ $count })
   *[other] عرض الكل وتحديده ({ $count })
}
list-why-not-found = لا يوجد مستخدم بهذا البريد الإلكتروني أو اسم المستخدم أو المعرّف
list-why-ambiguous = أكثر من مستخدم يحمل اسم المستخدم هذا
list-why-invalid = ليس بريدًا إلكترونيًا ولا اسم مستخدم ولا معرّفًا
list-why-duplicate = موجود في القائمة مسبقًا
list-csv-entry = الإدخال
list-csv-reason = السبب
list-empty = لا يوجد ما تجب مطابقته. الصق عناوين بريد إلكتروني أو أسماء مستخدمين أو معرّفات، واحدًا في كل سطر أو مفصولة بفواصل، أو اختر ملفًا.
list-too-many = الحد الأقصى { $max }؛ وهذه القائمة فيها { $count }. قسّمها إلى قوائم أصغر.
list-not-utf8 = هذا الملف ليس نصًا بترميز UTF-8. احفظه بصيغة CSV UTF-8 ثم اختره مجددًا.
list-no-column = لا يحتوي هذا الملف على عمود لعناوين البريد أو أسماء المستخدمين أو المعرّفات. عنوِن ذلك العمود email أو username أو id، أو اجعله العمود الأول.
list-unreadable = تعذّرت قراءة هذا الملف. اختره مجددًا.
