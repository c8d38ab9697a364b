# Translations of hub pages for wagtail-localize: English (en), Arabic (ar), Turkish (tr), Polish (pl).
#
# Source: the Dutch demo content of the hubs "hardenberg" and "helmond" (demo/content/<hub>.py).
# Translated: the home page, the four audience pages and,
# for the audiences "ouders" and "kinderen", one main child page each:
#   hardenberg: uit-elkaar-waar-begint-u, mijn-ouders-gaan-uit-elkaar
#   helmond:    hulp-bij-scheiden, het-is-niet-jouw-schuld
# Every body keeps the blocks of the Dutch source in the same order and of the same type, with the same
# number of steps, questions and links, so each block maps one-to-one onto the source for wagtail-localize.
# Links keep their "page:SLUG" targets; tones, phone numbers and e-mail addresses are copied unchanged.
# Address: "you" (en); parents "siz", children "sen" (tr); direct "ty" as on gov.pl (pl); generic
# second person singular, dual where both parents are meant (ar).
#
# TRANSLATIONS[hub][language] = {"home": {"hero_title", "hero_intro", "body"},
#                                "pages": {slug: {"title", "intro", "body"}}}
# INTERFACE[language] = {Dutch interface string: translation}

# =============================================================================================== hardenberg

_HARDENBERG_EN = {
    "home": {
        "hero_title": "Separating? You are not alone",
        "hero_intro": "The Information Hub helps parents, children, family and professionals in the municipality of Hardenberg. Before, during and after a separation. Close by and easy to reach.",
        "body": [
            ("heading", "All help in one place"),
            ("paragraph", "<p>Every year about 150 couples in our municipality separate. Half of them have children under 18. A separation is hard for everyone in the family. Good information and help in time make a big difference. Especially for the children.</p><p>At the hub you find everything in one place. We work together with lawyers, mediators, social work, the housing corporation, youth care, income advisers and Samen Doen, the local support team. So you do not have to find out on your own where to go.</p>"),
            ("links", {
                "title": "Go straight to",
                "links": [
                    {"title": "Separating: where do you start?", "url": "page:uit-elkaar-waar-begint-u", "description": "The first steps in a row."},
                    {"title": "My parents are splitting up", "url": "page:mijn-ouders-gaan-uit-elkaar", "description": "For children and young people."},
                    {"title": "Temporary housing after the separation", "url": "page:tijdelijk-wonen", "description": "A calm place for up to one year."},
                    {"title": "Spotting problems early", "url": "page:vroeg-signaleren", "description": "For professionals in Hardenberg."},
                ],
            }),
            ("callout", {
                "title": "Just drop by",
                "text": "<p>Every week Samen Doen holds a walk-in hour. You can come in without an appointment with your question. Even if you do not yet know exactly what your question is.</p>",
                "tone": "tip",
            }),
        ],
    },
    "pages": {
        "ouders": {
            "title": "For parents",
            "intro": "Are you separating, or do you have doubts about your relationship? Here you find explanations and help. About the children, money and housing.",
            "body": [
                ("paragraph", "<p>A separation turns your life upside down. A lot has to be arranged, while you may feel sad or angry. On these pages we explain in plain words what you can do. And who can help you in the municipality of Hardenberg.</p>"),
                ("callout", {
                    "title": "Asking for help is smart",
                    "text": "<p>The sooner you ask for help, the smaller the chance that the conflict grows. A first conversation at the hub or at Samen Doen is free.</p>",
                    "tone": "info",
                }),
            ],
        },
        "uit-elkaar-waar-begint-u": {
            "title": "Separating: where do you start?",
            "intro": "A separation raises a lot of questions. Here you can read what you can do first.",
            "body": [
                ("paragraph", "<p>Maybe you have just decided to separate. Or you are still in doubt. This is a difficult time. A lot comes at you at once: feelings, money, housing and caring for the children. It is normal not to know straight away where to begin.</p><p>You do not have to arrange everything at once. Take it step by step. We will help you.</p>"),
                ("steps", {
                    "title": "How to go about it",
                    "steps": [
                        {"title": "Talk to someone", "text": "<p>Tell your story to someone you trust. Or come to the walk-in hour of Samen Doen. There we look at your questions together.</p>"},
                        {"title": "Think of the children", "text": "<p>If possible, tell your children together what is going to happen. Use simple words. Say clearly that it is not their fault.</p>"},
                        {"title": "Put your finances in order", "text": "<p>Make a list of your income, fixed costs and debts. An income adviser from the municipality can help you with this.</p>"},
                        {"title": "Look at housing", "text": "<p>Who stays in the house? And where does the other one go? Do you need a place quickly? Then temporary housing may be a solution.</p>"},
                        {"title": "Make agreements together", "text": "<p>Write down the agreements about the children in a parenting plan (ouderschapsplan). A mediator can help you make these agreements together.</p>"},
                    ],
                }),
                ("faq", {
                    "title": "Questions parents often ask",
                    "items": [
                        {"question": "Do I need a lawyer?", "answer": "<p>Are you married or in a registered partnership? Then you need a lawyer for the divorce. Often you can share one lawyer. That is usually cheaper. Did you live together without being married? Then a lawyer is not always needed.</p>"},
                        {"question": "What is a mediator?", "answer": "<p>A mediator is a go-between. This person does not take sides. He or she helps you and your ex-partner to make agreements together. For example about the children, the house and money.</p>"},
                        {"question": "I have little money. Can I still get help?", "answer": "<p>Yes. Do you have a low income? Then you often pay less for a lawyer or mediator. At the hub we explain how that works.</p>"},
                    ],
                }),
                ("callout", {
                    "title": "Still in doubt?",
                    "text": "<p>Is your relationship not going well, but do you not want to separate yet? You are welcome then too. Together we look at help with relationship problems. Sometimes a few conversations are enough to grow closer again.</p>",
                    "tone": "tip",
                }),
                ("links", {
                    "title": "Read more",
                    "links": [
                        {"title": "Staying parents together", "url": "page:samen-ouder-blijven", "description": "Good agreements about the children."},
                        {"title": "Money and support schemes", "url": "page:geld-en-regelingen", "description": "What to look out for with money."},
                        {"title": "Samen Doen walk-in hour", "url": "page:inloopuur", "description": "Drop by without an appointment."},
                    ],
                }),
            ],
        },
        "kinderen-en-jongeren": {
            "title": "For children and young people",
            "intro": "Are your parents splitting up? Then you probably have lots of questions. Here you find answers, tips and people who listen to you.",
            "body": [
                ("paragraph", "<p>When your parents split up, a lot changes for you. That can be quite hard. On these pages you can read what may happen. And what you can do if something is bothering you.</p>"),
                ("callout", {
                    "title": "It is not your fault",
                    "text": "<p>Parents split up because of things between the two of them. It is never because of you.</p>",
                    "tone": "info",
                }),
            ],
        },
        "mijn-ouders-gaan-uit-elkaar": {
            "title": "My parents are splitting up",
            "intro": "Are your parents getting divorced? Here you can read what may change and what you can do with your feelings.",
            "body": [
                ("callout", {
                    "title": "It is not your fault",
                    "text": "<p>Parents split up because things are no longer going well between the two of them. It is never because of you. Not even if they sometimes argued about you. You do not have to fix it either. That is not your job.</p>",
                    "tone": "info",
                }),
                ("paragraph", "<p>When your parents split up, a lot changes. Maybe you will live in two homes. Maybe you have to move house or go to another school. That can feel scary. It is okay to worry, and you can always ask questions.</p>"),
                ("heading", "All feelings are okay"),
                ("paragraph", "<p>Maybe you feel sad, angry or scared. Or maybe you feel relieved, because the arguing stops. Sometimes you feel everything at once. That is completely normal. There is no right or wrong feeling. It often helps to talk about it. Or to write it down or draw it.</p>"),
                ("faq", {
                    "title": "Questions many children have",
                    "items": [
                        {"question": "Do I have to choose between my dad and my mum?", "answer": "<p>No. You may keep loving both your parents. Nobody may ask you to choose.</p>"},
                        {"question": "Will they get back together?", "answer": "<p>Usually not. Parents often think for a very long time before they decide to split up. It is good to know what happens next. Feel free to ask your parents.</p>"},
                        {"question": "Can I say what I want?", "answer": "<p>Yes. Your opinion matters. Tell your parents what you would like. They make the decision, but they should listen to you.</p>"},
                    ],
                }),
                ("quote", {
                    "text": "At first I thought it was because of me. My teacher said it really was not. That helped.",
                    "attribution": "Lotte, 10 years old",
                }),
                ("links", {
                    "title": "Read also",
                    "links": [
                        {"title": "Who can you talk to?", "url": "page:met-wie-kun-je-praten", "description": "People who listen to you."},
                        {"title": "Living in two homes", "url": "page:wonen-in-twee-huizen", "description": "Tips from other children."},
                    ],
                }),
            ],
        },
        "netwerk": {
            "title": "For family, friends and others around the family",
            "intro": "Grandparents, friends, neighbours, teachers and coaches can mean a lot to a family going through a separation. Here you can read how you can help.",
            "body": [
                ("paragraph", "<p>A separation does not only affect the parents and the children. The people around them notice it too. You can be an important support. Often it is the small things that help: listening, being there and not taking sides.</p>"),
            ],
        },
        "professionals": {
            "title": "For professionals",
            "intro": "Do you work with families in the municipality of Hardenberg? Here you can read how to recognise separation problems early, how to refer and how we learn together.",
            "body": [
                ("paragraph", "<p>The hub is there for you too. We bring together the knowledge and experience of all partners in the social domain. This way we can help families faster and better, and we prevent children from suffering lasting harm.</p>"),
                ("callout", {
                    "title": "Want to discuss a family?",
                    "text": "<p>Call the hub on 0523 000 120. You can also discuss a situation without names first.</p>",
                    "tone": "tip",
                }),
            ],
        },
    },
}

_HARDENBERG_AR = {
    "home": {
        "hero_title": "تنفصل عن شريكك؟ لست وحدك",
        "hero_intro": "يساعد مركز المعلومات (Informatieknooppunt) الآباء والأمهات والأطفال والعائلة والمهنيين في بلدية هاردنبرخ. قبل الانفصال وأثناءه وبعده. قريب منك وسهل الوصول.",
        "body": [
            ("heading", "كل المساعدة في مكان واحد"),
            ("paragraph", "<p>كل سنة ينفصل في بلديتنا نحو 150 زوجًا. نصفهم لديهم أطفال دون 18 سنة. الانفصال صعب على كل فرد في العائلة. والمعلومات الجيدة والمساعدة في الوقت المناسب تصنع فرقًا كبيرًا، وخصوصًا للأطفال.</p><p>في المركز تجد كل شيء في مكان واحد. نعمل مع المحامين والوسطاء والعمل الاجتماعي وشركة الإسكان ورعاية الشباب ومستشاري الدخل وفريق الدعم المحلي Samen Doen. لذلك لا تحتاج أن تبحث وحدك عن الجهة المناسبة.</p>"),
            ("links", {
                "title": "انتقل مباشرة إلى",
                "links": [
                    {"title": "الانفصال: من أين تبدأ؟", "url": "page:uit-elkaar-waar-begint-u", "description": "الخطوات الأولى بالترتيب."},
                    {"title": "والداي ينفصلان", "url": "page:mijn-ouders-gaan-uit-elkaar", "description": "للأطفال والشباب."},
                    {"title": "سكن مؤقت بعد الانفصال", "url": "page:tijdelijk-wonen", "description": "مكان هادئ لمدة أقصاها سنة."},
                    {"title": "الانتباه المبكر للمشاكل", "url": "page:vroeg-signaleren", "description": "للمهنيين في هاردنبرخ."},
                ],
            }),
            ("callout", {
                "title": "تعال ببساطة",
                "text": "<p>كل أسبوع يقدم فريق Samen Doen ساعة استقبال مفتوحة. يمكنك أن تأتي بسؤالك دون موعد، حتى لو لم تكن تعرف بعد ما هو سؤالك بالضبط.</p>",
                "tone": "tip",
            }),
        ],
    },
    "pages": {
        "ouders": {
            "title": "للآباء والأمهات",
            "intro": "هل تنفصل عن شريكك، أو لديك شكوك حول علاقتك؟ هنا تجد شرحًا ومساعدة، عن الأطفال والمال والسكن.",
            "body": [
                ("paragraph", "<p>الانفصال يقلب حياتك رأسًا على عقب. هناك أمور كثيرة يجب ترتيبها، وأنت ربما تشعر بالحزن أو الغضب. في هذه الصفحات نشرح بكلمات بسيطة ما يمكنك فعله، ومن يمكنه مساعدتك في بلدية هاردنبرخ.</p>"),
                ("callout", {
                    "title": "طلب المساعدة تصرف ذكي",
                    "text": "<p>كلما طلبت المساعدة أبكر، قلّ احتمال أن يكبر الخلاف. المحادثة الأولى في المركز أو عند Samen Doen مجانية.</p>",
                    "tone": "info",
                }),
            ],
        },
        "uit-elkaar-waar-begint-u": {
            "title": "الانفصال: من أين تبدأ؟",
            "intro": "الانفصال يطرح أسئلة كثيرة. هنا تقرأ ما يمكنك فعله أولًا.",
            "body": [
                ("paragraph", "<p>ربما قررت للتو أن تنفصل. أو ما زلت مترددًا. هذه فترة صعبة. أمور كثيرة تأتيك في وقت واحد: المشاعر والمال والسكن ورعاية الأطفال. من الطبيعي ألا تعرف فورًا من أين تبدأ.</p><p>لا تحتاج أن ترتب كل شيء دفعة واحدة. تقدّم خطوة بخطوة. ونحن نساعدك في ذلك.</p>"),
                ("steps", {
                    "title": "هكذا تبدأ",
                    "steps": [
                        {"title": "تحدث مع أحد", "text": "<p>احكِ قصتك لشخص تثق به. أو تعال إلى ساعة الاستقبال عند Samen Doen. هناك ننظر معًا في أسئلتك.</p>"},
                        {"title": "فكّر في الأطفال", "text": "<p>أخبرا أطفالكما معًا بما سيحدث، إن أمكن. استخدما كلمات بسيطة. وقولا بوضوح إن ما يحدث ليس ذنبهم.</p>"},
                        {"title": "رتّب أمورك المالية", "text": "<p>اكتب قائمة بدخلك ومصاريفك الثابتة وديونك. يمكن لمستشار الدخل في البلدية أن يساعدك في ذلك.</p>"},
                        {"title": "فكّر في السكن", "text": "<p>من سيبقى في البيت؟ وإلى أين سيذهب الآخر؟ هل تحتاج إلى مكان بسرعة؟ قد يكون السكن المؤقت حلًا.</p>"},
                        {"title": "ضعا الاتفاقات معًا", "text": "<p>اكتبا الاتفاقات حول الأطفال في خطة الأبوّة (ouderschapsplan). يمكن للوسيط أن يساعدكما في وضع هذه الاتفاقات معًا.</p>"},
                    ],
                }),
                ("faq", {
                    "title": "أسئلة يطرحها الآباء والأمهات كثيرًا",
                    "items": [
                        {"question": "هل أحتاج إلى محامٍ؟", "answer": "<p>هل أنت متزوج أو في شراكة مسجلة؟ عندها تحتاج إلى محامٍ للطلاق. وغالبًا يمكنكما أن توكّلا محاميًا واحدًا معًا، وهذا أرخص في العادة. هل كنتما تعيشان معًا دون زواج؟ عندها لا تحتاج دائمًا إلى محامٍ.</p>"},
                        {"question": "من هو الوسيط؟", "answer": "<p>الوسيط شخص محايد لا يقف مع أي طرف. يساعدك أنت وشريكك السابق على وضع اتفاقات معًا، مثلًا حول الأطفال والبيت والمال.</p>"},
                        {"question": "مالي قليل. هل يمكنني الحصول على المساعدة؟", "answer": "<p>نعم. إذا كان دخلك منخفضًا، تدفع غالبًا أقل مقابل المحامي أو الوسيط. في المركز نشرح لك كيف يعمل ذلك.</p>"},
                    ],
                }),
                ("callout", {
                    "title": "هل ما زلت مترددًا؟",
                    "text": "<p>علاقتك ليست على ما يرام، لكنك لا تريد الانفصال بعد؟ أنت مرحب بك أيضًا. ننظر معًا في المساعدة في مشاكل العلاقة. وأحيانًا تكفي بضع محادثات لتقتربا من بعضكما من جديد.</p>",
                    "tone": "tip",
                }),
                ("links", {
                    "title": "اقرأ المزيد",
                    "links": [
                        {"title": "أن تبقيا والدَين معًا", "url": "page:samen-ouder-blijven", "description": "اتفاقات جيدة حول الأطفال."},
                        {"title": "المال والمساعدات", "url": "page:geld-en-regelingen", "description": "ما الذي يجب الانتباه إليه في المال."},
                        {"title": "ساعة الاستقبال عند Samen Doen", "url": "page:inloopuur", "description": "تعال دون موعد."},
                    ],
                }),
            ],
        },
        "kinderen-en-jongeren": {
            "title": "للأطفال والشباب",
            "intro": "هل ينفصل والداك؟ لديك بالتأكيد أسئلة كثيرة. هنا تجد أجوبة ونصائح وأشخاصًا يستمعون إليك.",
            "body": [
                ("paragraph", "<p>عندما ينفصل والداك، يتغير الكثير بالنسبة لك. وقد يكون هذا صعبًا. في هذه الصفحات تقرأ ما قد يحدث، وما الذي يمكنك فعله إذا كان شيء يزعجك.</p>"),
                ("callout", {
                    "title": "هذا ليس ذنبك",
                    "text": "<p>ينفصل الوالدان بسبب أمور بينهما هما الاثنين. وهذا لا يحدث بسببك أبدًا.</p>",
                    "tone": "info",
                }),
            ],
        },
        "mijn-ouders-gaan-uit-elkaar": {
            "title": "والداي ينفصلان",
            "intro": "هل سيطلّق والداك؟ هنا تقرأ ما قد يتغير، وما الذي يمكنك فعله مع مشاعرك.",
            "body": [
                ("callout", {
                    "title": "هذا ليس ذنبك",
                    "text": "<p>ينفصل الوالدان لأن العلاقة بينهما هما الاثنين لم تعد جيدة. وهذا لا يحدث بسببك أبدًا، حتى لو تشاجرا أحيانًا بسببك. وليس عليك أن تحل المشكلة. هذه ليست مهمتك.</p>",
                    "tone": "info",
                }),
                ("paragraph", "<p>عندما ينفصل والداك، يتغير الكثير. ربما ستعيش في بيتين. ربما ستنتقل إلى بيت آخر أو إلى مدرسة أخرى. قد يكون هذا مقلقًا. من حقك أن تقلق، ومن حقك دائمًا أن تسأل.</p>"),
                ("heading", "كل المشاعر مقبولة"),
                ("paragraph", "<p>ربما تشعر بالحزن أو الغضب أو الخوف. أو ربما تشعر بالارتياح لأن الشجار سيتوقف. وأحيانًا تشعر بكل ذلك في وقت واحد. هذا طبيعي جدًا. لا يوجد شعور صحيح وشعور خطأ. غالبًا يساعدك أن تتحدث عن مشاعرك، أو أن تكتبها أو ترسمها.</p>"),
                ("faq", {
                    "title": "أسئلة يطرحها كثير من الأطفال",
                    "items": [
                        {"question": "هل يجب أن أختار بين أبي وأمي؟", "answer": "<p>لا. يحق لك أن تستمر في حب والديك الاثنين. ولا يحق لأحد أن يطلب منك أن تختار.</p>"},
                        {"question": "هل سيعودان إلى بعضهما؟", "answer": "<p>في أغلب الأحيان لا. يفكر الوالدان عادةً وقتًا طويلًا جدًا قبل أن يقررا الانفصال. من الجيد أن تعرف ماذا سيحدث بعد ذلك. لا تتردد في سؤال والديك.</p>"},
                        {"question": "هل يمكنني أن أقول ما أريده؟", "answer": "<p>نعم. رأيك مهم. قل لوالديك ما تحبه وما تفضّله. هما يتخذان القرار، لكن عليهما أن يستمعا إليك.</p>"},
                    ],
                }),
                ("quote", {
                    "text": "في البداية ظننت أن ذلك بسببي. لكن معلمتي قالت إن هذا غير صحيح أبدًا. وهذا ساعدني.",
                    "attribution": "لوته، 10 سنوات",
                }),
                ("links", {
                    "title": "اقرأ أيضًا",
                    "links": [
                        {"title": "مع من يمكنك أن تتحدث؟", "url": "page:met-wie-kun-je-praten", "description": "أشخاص يستمعون إليك."},
                        {"title": "العيش في بيتين", "url": "page:wonen-in-twee-huizen", "description": "نصائح من أطفال آخرين."},
                    ],
                }),
            ],
        },
        "netwerk": {
            "title": "للعائلة والأصدقاء والمحيطين",
            "intro": "الأجداد والأصدقاء والجيران والمعلمون والمدربون يمكن أن يكونوا مهمين جدًا لعائلة تمر بالانفصال. هنا تقرأ كيف يمكنك المساعدة.",
            "body": [
                ("paragraph", "<p>الانفصال لا يمس الوالدين والأطفال فقط. الناس من حولهم يلاحظونه أيضًا. ويمكنك أن تكون سندًا مهمًا. وغالبًا الأشياء الصغيرة هي التي تساعد: أن تستمع، وأن تكون موجودًا، وألا تقف مع طرف ضد الآخر.</p>"),
            ],
        },
        "professionals": {
            "title": "للمهنيين",
            "intro": "هل تعمل مع عائلات في بلدية هاردنبرخ؟ هنا تقرأ كيف تلاحظ مشاكل الانفصال مبكرًا، وكيف تحيل العائلات، وكيف نتعلم معًا.",
            "body": [
                ("paragraph", "<p>المركز موجود من أجلك أنت أيضًا. نجمع معرفة وخبرة كل الشركاء في المجال الاجتماعي. هكذا نساعد العائلات بشكل أسرع وأفضل، ونمنع أن يصاب الأطفال بضرر دائم.</p>"),
                ("callout", {
                    "title": "تريد التشاور حول عائلة؟",
                    "text": "<p>اتصل بالمركز على الرقم 0523 000 120. ويمكنك أيضًا أن تناقش الحالة أولًا دون ذكر أسماء.</p>",
                    "tone": "tip",
                }),
            ],
        },
    },
}

_HARDENBERG_TR = {
    "home": {
        "hero_title": "Ayrılıyor musunuz? Yalnız değilsiniz",
        "hero_intro": "Bilgi Merkezi (Informatieknooppunt), Hardenberg belediyesindeki anne babalara, çocuklara, ailelere ve uzmanlara yardım eder. Ayrılıktan önce, ayrılık sırasında ve sonrasında. Size yakın ve kolay ulaşılır.",
        "body": [
            ("heading", "Tüm yardım tek bir yerde"),
            ("paragraph", "<p>Belediyemizde her yıl yaklaşık 150 çift ayrılıyor. Bunların yarısının 18 yaşından küçük çocukları var. Ayrılık, ailedeki herkes için zordur. Doğru bilgi ve zamanında yardım büyük fark yaratır. Özellikle çocuklar için.</p><p>Merkezde her şeyi tek bir yerde bulursunuz. Avukatlar, arabulucular, sosyal hizmet, konut kurumu, gençlik yardımı, gelir danışmanları ve yerel destek ekibi Samen Doen ile birlikte çalışıyoruz. Nereye gitmeniz gerektiğini tek başınıza araştırmak zorunda kalmazsınız.</p>"),
            ("links", {
                "title": "Hemen şuraya gidin",
                "links": [
                    {"title": "Ayrılık: nereden başlamalı?", "url": "page:uit-elkaar-waar-begint-u", "description": "İlk adımlar sırayla."},
                    {"title": "Annemle babam ayrılıyor", "url": "page:mijn-ouders-gaan-uit-elkaar", "description": "Çocuklar ve gençler için."},
                    {"title": "Ayrılıktan sonra geçici konut", "url": "page:tijdelijk-wonen", "description": "En fazla bir yıl için sakin bir yer."},
                    {"title": "Sorunları erken fark etmek", "url": "page:vroeg-signaleren", "description": "Hardenberg’deki uzmanlar için."},
                ],
            }),
            ("callout", {
                "title": "Çekinmeden uğrayın",
                "text": "<p>Samen Doen her hafta randevusuz görüşme saati düzenler. Sorunuzla randevu almadan gelebilirsiniz. Sorunuzun tam olarak ne olduğunu henüz bilmeseniz bile.</p>",
                "tone": "tip",
            }),
        ],
    },
    "pages": {
        "ouders": {
            "title": "Anne babalar için",
            "intro": "Ayrılıyor musunuz ya da ilişkiniz hakkında şüpheleriniz mi var? Burada açıklamalar ve yardım bulursunuz. Çocuklar, para ve konut hakkında.",
            "body": [
                ("paragraph", "<p>Ayrılık hayatınızı altüst eder. Belki üzgün ya da öfkeli hissederken birçok şeyi düzenlemeniz gerekir. Bu sayfalarda neler yapabileceğinizi sade bir dille anlatıyoruz. Ve Hardenberg belediyesinde kimden yardım alabileceğinizi.</p>"),
                ("callout", {
                    "title": "Yardım istemek akıllıcadır",
                    "text": "<p>Ne kadar erken yardım isterseniz, anlaşmazlığın büyüme ihtimali o kadar azalır. Merkezde veya Samen Doen’da ilk görüşme ücretsizdir.</p>",
                    "tone": "info",
                }),
            ],
        },
        "uit-elkaar-waar-begint-u": {
            "title": "Ayrılık: nereden başlamalı?",
            "intro": "Ayrılık birçok soruyu beraberinde getirir. Burada ilk olarak neler yapabileceğinizi okuyabilirsiniz.",
            "body": [
                ("paragraph", "<p>Belki ayrılmaya yeni karar verdiniz. Ya da hâlâ kararsızsınız. Bu zor bir dönem. Birçok şey aynı anda üzerinize gelir: duygular, para, konut ve çocukların bakımı. Nereden başlayacağınızı hemen bilememeniz normaldir.</p><p>Her şeyi bir anda halletmek zorunda değilsiniz. Adım adım ilerleyin. Biz de size yardım ederiz.</p>"),
                ("steps", {
                    "title": "Şöyle ilerleyin",
                    "steps": [
                        {"title": "Biriyle konuşun", "text": "<p>Yaşadıklarınızı güvendiğiniz birine anlatın. Ya da Samen Doen’un randevusuz görüşme saatine gelin. Orada sorularınıza birlikte bakarız.</p>"},
                        {"title": "Çocukları düşünün", "text": "<p>Mümkünse çocuklarınıza ne olacağını birlikte anlatın. Basit kelimeler kullanın. Bunun onların suçu olmadığını açıkça söyleyin.</p>"},
                        {"title": "Para işlerinizi düzenleyin", "text": "<p>Gelirinizin, sabit giderlerinizin ve borçlarınızın bir listesini yapın. Belediyenin gelir danışmanı bu konuda size yardım edebilir.</p>"},
                        {"title": "Konut durumuna bakın", "text": "<p>Evde kim kalacak? Diğeri nereye gidecek? Hızlıca bir yere mi ihtiyacınız var? O zaman geçici konut bir çözüm olabilir.</p>"},
                        {"title": "Birlikte anlaşmalar yapın", "text": "<p>Çocuklarla ilgili anlaşmaları bir ebeveynlik planına (ouderschapsplan) yazın. Bir arabulucu bu anlaşmaları birlikte yapmanıza yardım edebilir.</p>"},
                    ],
                }),
                ("faq", {
                    "title": "Anne babaların sık sorduğu sorular",
                    "items": [
                        {"question": "Avukata ihtiyacım var mı?", "answer": "<p>Evli misiniz veya kayıtlı bir birlikteliğiniz mi var? O zaman boşanma için avukata ihtiyacınız var. Çoğu zaman birlikte tek bir avukat tutabilirsiniz. Bu genellikle daha ucuzdur. Evlenmeden mi birlikte yaşadınız? O zaman avukat her zaman gerekmez.</p>"},
                        {"question": "Arabulucu nedir?", "answer": "<p>Arabulucu, taraf tutmayan bir aracıdır. Sizin ve eski partnerinizin birlikte anlaşmalar yapmasına yardım eder. Örneğin çocuklar, ev ve para hakkında.</p>"},
                        {"question": "Az param var. Yine de yardım alabilir miyim?", "answer": "<p>Evet. Geliriniz düşük mü? O zaman avukat veya arabulucu için çoğu zaman daha az ödersiniz. Merkezde bunun nasıl işlediğini açıklarız.</p>"},
                    ],
                }),
                ("callout", {
                    "title": "Hâlâ kararsız mısınız?",
                    "text": "<p>İlişkiniz iyi gitmiyor ama henüz ayrılmak istemiyor musunuz? O zaman da hoş geldiniz. İlişki sorunları için yardıma birlikte bakarız. Bazen birkaç görüşme bile yeniden yakınlaşmanıza yardımcı olur.</p>",
                    "tone": "tip",
                }),
                ("links", {
                    "title": "Devamını okuyun",
                    "links": [
                        {"title": "Birlikte anne baba kalmak", "url": "page:samen-ouder-blijven", "description": "Çocuklar hakkında iyi anlaşmalar."},
                        {"title": "Para ve destekler", "url": "page:geld-en-regelingen", "description": "Parayla ilgili dikkat etmeniz gerekenler."},
                        {"title": "Samen Doen randevusuz görüşme saati", "url": "page:inloopuur", "description": "Randevu almadan gelin."},
                    ],
                }),
            ],
        },
        "kinderen-en-jongeren": {
            "title": "Çocuklar ve gençler için",
            "intro": "Annenle baban ayrılıyor mu? O zaman muhtemelen bir sürü sorun vardır. Burada cevaplar, ipuçları ve seni dinleyen insanlar bulursun.",
            "body": [
                ("paragraph", "<p>Annenle baban ayrıldığında senin için de çok şey değişir. Bu oldukça zor olabilir. Bu sayfalarda neler olabileceğini okuyabilirsin. Ve seni bir şey rahatsız ederse neler yapabileceğini.</p>"),
                ("callout", {
                    "title": "Bu senin suçun değil",
                    "text": "<p>Anne babalar, ikisi arasındaki şeyler yüzünden ayrılır. Bu asla senin yüzünden olmaz.</p>",
                    "tone": "info",
                }),
            ],
        },
        "mijn-ouders-gaan-uit-elkaar": {
            "title": "Annemle babam ayrılıyor",
            "intro": "Annenle baban boşanıyor mu? Burada neyin değişebileceğini ve duygularınla neler yapabileceğini okuyabilirsin.",
            "body": [
                ("callout", {
                    "title": "Bu senin suçun değil",
                    "text": "<p>Anne babalar, kendi aralarındaki ilişki artık iyi gitmediği için ayrılır. Bu asla senin yüzünden olmaz. Bazen senin hakkında tartışmış olsalar bile. Bunu düzeltmek de senin işin değil.</p>",
                    "tone": "info",
                }),
                ("paragraph", "<p>Annenle baban ayrıldığında çok şey değişir. Belki iki evde yaşayacaksın. Belki taşınman ya da başka bir okula gitmen gerekecek. Bu seni tedirgin edebilir. Endişelenmen normal, ve her zaman soru sorabilirsin.</p>"),
                ("heading", "Tüm duygular normaldir"),
                ("paragraph", "<p>Belki üzgün, öfkeli ya da korkmuş hissediyorsun. Ya da kavgalar bittiği için rahatlamış hissediyorsun. Bazen hepsini aynı anda hissedersin. Bu çok normal. Doğru ya da yanlış duygu yoktur. Bunun hakkında konuşmak çoğu zaman iyi gelir. Ya da yazmak veya resmini çizmek.</p>"),
                ("faq", {
                    "title": "Birçok çocuğun sorduğu sorular",
                    "items": [
                        {"question": "Annemle babam arasında seçim yapmak zorunda mıyım?", "answer": "<p>Hayır. İkisini de sevmeye devam edebilirsin. Kimse senden seçim yapmanı isteyemez.</p>"},
                        {"question": "Tekrar barışacaklar mı?", "answer": "<p>Genellikle hayır. Anne babalar ayrılmaya karar vermeden önce çoğu zaman çok uzun süre düşünür. Bundan sonra neler olacağını bilmek iyi gelir. Annene ve babana sormaktan çekinme.</p>"},
                        {"question": "Ne istediğimi söyleyebilir miyim?", "answer": "<p>Evet. Senin fikrin önemli. Neyi istediğini annene ve babana anlat. Kararı onlar verir ama seni dinlemeleri gerekir.</p>"},
                    ],
                }),
                ("quote", {
                    "text": "Önce bunun benim yüzümden olduğunu sandım. Öğretmenim bunun kesinlikle doğru olmadığını söyledi. Bu bana iyi geldi.",
                    "attribution": "Lotte, 10 yaşında",
                }),
                ("links", {
                    "title": "Bunları da oku",
                    "links": [
                        {"title": "Kiminle konuşabilirsin?", "url": "page:met-wie-kun-je-praten", "description": "Seni dinleyen insanlar."},
                        {"title": "İki evde yaşamak", "url": "page:wonen-in-twee-huizen", "description": "Başka çocuklardan ipuçları."},
                    ],
                }),
            ],
        },
        "netwerk": {
            "title": "Aile, arkadaşlar ve çevre için",
            "intro": "Büyükanne ve büyükbabalar, arkadaşlar, komşular, öğretmenler ve antrenörler ayrılık yaşayan bir aile için çok şey ifade edebilir. Burada nasıl yardım edebileceğinizi okuyabilirsiniz.",
            "body": [
                ("paragraph", "<p>Ayrılık sadece anne babayı ve çocukları etkilemez. Çevrelerindeki insanlar da bunu fark eder. Siz önemli bir destek olabilirsiniz. Çoğu zaman küçük şeyler yardımcı olur: dinlemek, yanlarında olmak ve taraf tutmamak.</p>"),
            ],
        },
        "professionals": {
            "title": "Uzmanlar için",
            "intro": "Hardenberg belediyesinde ailelerle mi çalışıyorsunuz? Burada ayrılık sorunlarını nasıl erken fark edeceğinizi, nasıl yönlendireceğinizi ve birlikte nasıl öğrendiğimizi okuyabilirsiniz.",
            "body": [
                ("paragraph", "<p>Merkez sizin için de var. Sosyal alandaki tüm ortakların bilgi ve deneyimini bir araya getiriyoruz. Böylece ailelere daha hızlı ve daha iyi yardım edebilir, çocukların kalıcı zarar görmesini önleyebiliriz.</p>"),
                ("callout", {
                    "title": "Bir aile hakkında danışmak mı istiyorsunuz?",
                    "text": "<p>Merkezi 0523 000 120 numaralı telefondan arayın. Bir durumu önce isim vermeden de konuşabilirsiniz.</p>",
                    "tone": "tip",
                }),
            ],
        },
    },
}

_HARDENBERG_PL = {
    "home": {
        "hero_title": "Rozstajesz się? Nie zostaniesz z tym bez pomocy",
        "hero_intro": "Punkt Informacyjny (Informatieknooppunt) pomaga rodzicom, dzieciom, rodzinie i specjalistom w gminie Hardenberg. Przed rozstaniem, w trakcie i po nim. Blisko i bez barier.",
        "body": [
            ("heading", "Cała pomoc w jednym miejscu"),
            ("paragraph", "<p>Każdego roku w naszej gminie rozstaje się około 150 par. Połowa z nich ma dzieci poniżej 18 lat. Rozstanie jest trudne dla całej rodziny. Dobre informacje i pomoc na czas bardzo dużo zmieniają. Zwłaszcza dla dzieci.</p><p>W punkcie znajdziesz wszystko w jednym miejscu. Współpracujemy z adwokatami, mediatorami, pracownikami socjalnymi, spółdzielnią mieszkaniową, pomocą dla młodzieży, doradcami ds. dochodów i lokalnym zespołem wsparcia Samen Doen. Nie musisz więc na własną rękę szukać, dokąd się udać.</p>"),
            ("links", {
                "title": "Przejdź od razu do",
                "links": [
                    {"title": "Rozstanie: od czego zacząć?", "url": "page:uit-elkaar-waar-begint-u", "description": "Pierwsze kroki po kolei."},
                    {"title": "Moi rodzice się rozstają", "url": "page:mijn-ouders-gaan-uit-elkaar", "description": "Dla dzieci i młodzieży."},
                    {"title": "Tymczasowe mieszkanie po rozstaniu", "url": "page:tijdelijk-wonen", "description": "Spokojne miejsce na maksymalnie rok."},
                    {"title": "Wczesne rozpoznawanie problemów", "url": "page:vroeg-signaleren", "description": "Dla specjalistów w Hardenbergu."},
                ],
            }),
            ("callout", {
                "title": "Po prostu przyjdź",
                "text": "<p>Co tydzień Samen Doen prowadzi godzinę konsultacji bez zapisów. Możesz przyjść ze swoim pytaniem bez umawiania się. Nawet jeśli jeszcze nie wiesz dokładnie, jakie masz pytanie.</p>",
                "tone": "tip",
            }),
        ],
    },
    "pages": {
        "ouders": {
            "title": "Dla rodziców",
            "intro": "Rozstajesz się albo masz wątpliwości co do swojego związku? Tu znajdziesz wyjaśnienia i pomoc. W sprawie dzieci, pieniędzy i mieszkania.",
            "body": [
                ("paragraph", "<p>Rozstanie wywraca życie do góry nogami. Trzeba wiele załatwić, a przy tym możesz czuć smutek albo złość. Na tych stronach prostymi słowami wyjaśniamy, co możesz zrobić. I kto może ci pomóc w gminie Hardenberg.</p>"),
                ("callout", {
                    "title": "Prośba o pomoc to mądry krok",
                    "text": "<p>Im wcześniej poprosisz o pomoc, tym mniejsza szansa, że konflikt się zaostrzy. Pierwsza rozmowa w punkcie lub w Samen Doen jest bezpłatna.</p>",
                    "tone": "info",
                }),
            ],
        },
        "uit-elkaar-waar-begint-u": {
            "title": "Rozstanie: od czego zacząć?",
            "intro": "Rozstanie wiąże się z wieloma pytaniami. Tu przeczytasz, co możesz zrobić najpierw.",
            "body": [
                ("paragraph", "<p>Może właśnie zapadła decyzja o rozstaniu. A może wciąż się wahasz. To trudny czas. Wiele spraw spada na ciebie naraz: uczucia, pieniądze, mieszkanie i opieka nad dziećmi. To normalne, że nie wiesz od razu, od czego zacząć.</p><p>Nie musisz załatwiać wszystkiego naraz. Działaj krok po kroku. My ci w tym pomożemy.</p>"),
                ("steps", {
                    "title": "Jak się do tego zabrać",
                    "steps": [
                        {"title": "Porozmawiaj z kimś", "text": "<p>Opowiedz swoją historię komuś, komu ufasz. Albo przyjdź na godzinę konsultacji bez zapisów w Samen Doen. Tam razem przyjrzymy się twoim pytaniom.</p>"},
                        {"title": "Pomyśl o dzieciach", "text": "<p>Jeśli to możliwe, powiedzcie dzieciom razem, co się wydarzy. Używajcie prostych słów. Powiedzcie wyraźnie, że to nie jest ich wina.</p>"},
                        {"title": "Uporządkuj finanse", "text": "<p>Zrób listę swoich dochodów, stałych wydatków i długów. Pomóc ci w tym może doradca ds. dochodów z gminy.</p>"},
                        {"title": "Pomyśl o mieszkaniu", "text": "<p>Kto zostaje w domu? A dokąd pójdzie druga osoba? Potrzebujesz szybko jakiegoś miejsca? Wtedy rozwiązaniem może być mieszkanie tymczasowe.</p>"},
                        {"title": "Ustalcie wszystko razem", "text": "<p>Zapiszcie ustalenia dotyczące dzieci w planie rodzicielskim (ouderschapsplan). Mediator może wam pomóc wspólnie dojść do tych ustaleń.</p>"},
                    ],
                }),
                ("faq", {
                    "title": "Pytania, które rodzice zadają często",
                    "items": [
                        {"question": "Czy potrzebuję adwokata?", "answer": "<p>Jesteś w związku małżeńskim lub w zarejestrowanym związku partnerskim? Wtedy do rozwodu potrzebujesz adwokata. Często możecie wziąć jednego wspólnego adwokata. Zwykle jest to tańsze. Mieszkaliście razem bez ślubu? Wtedy adwokat nie zawsze jest potrzebny.</p>"},
                        {"question": "Kim jest mediator?", "answer": "<p>Mediator to osoba, która pośredniczy i nie staje po żadnej stronie. Pomaga tobie i twojemu byłemu partnerowi wspólnie coś ustalić. Na przykład w sprawie dzieci, domu i pieniędzy.</p>"},
                        {"question": "Mam mało pieniędzy. Czy mimo to mogę dostać pomoc?", "answer": "<p>Tak. Masz niski dochód? Wtedy często płacisz mniej za adwokata lub mediatora. W punkcie wyjaśnimy, jak to działa.</p>"},
                    ],
                }),
                ("callout", {
                    "title": "Wciąż się wahasz?",
                    "text": "<p>W twoim związku nie układa się dobrze, ale nie chcesz jeszcze się rozstawać? Wtedy też zapraszamy. Razem poszukamy pomocy przy problemach w związku. Czasem już kilka rozmów pomaga znów się do siebie zbliżyć.</p>",
                    "tone": "tip",
                }),
                ("links", {
                    "title": "Czytaj dalej",
                    "links": [
                        {"title": "Nadal razem jako rodzice", "url": "page:samen-ouder-blijven", "description": "Dobre ustalenia dotyczące dzieci."},
                        {"title": "Pieniądze i wsparcie", "url": "page:geld-en-regelingen", "description": "Na co uważać w sprawach finansowych."},
                        {"title": "Konsultacje bez zapisów w Samen Doen", "url": "page:inloopuur", "description": "Przyjdź bez umawiania się."},
                    ],
                }),
            ],
        },
        "kinderen-en-jongeren": {
            "title": "Dla dzieci i młodzieży",
            "intro": "Twoi rodzice się rozstają? Na pewno masz wiele pytań. Tu znajdziesz odpowiedzi, wskazówki i osoby, które cię wysłuchają.",
            "body": [
                ("paragraph", "<p>Kiedy twoi rodzice się rozstają, wiele się dla ciebie zmienia. To może być naprawdę trudne. Na tych stronach przeczytasz, co może się wydarzyć. I co możesz zrobić, gdy coś cię martwi.</p>"),
                ("callout", {
                    "title": "To nie twoja wina",
                    "text": "<p>Rodzice rozstają się z powodu spraw między nimi dwojgiem. Nigdy nie dzieje się to przez ciebie.</p>",
                    "tone": "info",
                }),
            ],
        },
        "mijn-ouders-gaan-uit-elkaar": {
            "title": "Moi rodzice się rozstają",
            "intro": "Twoi rodzice się rozwodzą? Tu przeczytasz, co może się zmienić i co możesz zrobić ze swoimi uczuciami.",
            "body": [
                ("callout", {
                    "title": "To nie twoja wina",
                    "text": "<p>Rodzice rozstają się, bo między nimi dwojgiem przestało się dobrze układać. Nigdy nie dzieje się to przez ciebie. Nawet jeśli czasem kłócili się o ciebie. Nie musisz też tego naprawiać. To nie jest twoje zadanie.</p>",
                    "tone": "info",
                }),
                ("paragraph", "<p>Kiedy rodzice się rozstają, wiele się zmienia. Może będziesz mieszkać w dwóch domach. Może czeka cię przeprowadzka albo zmiana szkoły. To może być stresujące. Możesz się martwić i zawsze możesz zadawać pytania.</p>"),
                ("heading", "Wszystkie uczucia są w porządku"),
                ("paragraph", "<p>Może czujesz smutek, złość albo strach. A może czujesz ulgę, bo kłótnie się skończą. Czasem czujesz wszystko naraz. To zupełnie normalne. Nie ma dobrych ani złych uczuć. Często pomaga o tym porozmawiać. Albo to zapisać lub narysować.</p>"),
                ("faq", {
                    "title": "Pytania, które ma wiele dzieci",
                    "items": [
                        {"question": "Czy muszę wybierać między tatą a mamą?", "answer": "<p>Nie. Możesz dalej kochać oboje rodziców. Nikt nie może cię prosić o taki wybór.</p>"},
                        {"question": "Czy oni znów będą razem?", "answer": "<p>Zwykle nie. Rodzice często bardzo długo się zastanawiają, zanim postanowią się rozstać. Dobrze jest wiedzieć, co będzie dalej. Śmiało zapytaj o to rodziców.</p>"},
                        {"question": "Czy mogę powiedzieć, czego chcę?", "answer": "<p>Tak. Twoje zdanie jest ważne. Powiedz rodzicom, co byłoby dla ciebie dobre. To oni podejmują decyzję, ale powinni cię wysłuchać.</p>"},
                    ],
                }),
                ("quote", {
                    "text": "Najpierw myślałam, że to przeze mnie. Moja pani w szkole powiedziała, że to naprawdę nieprawda. To mi pomogło.",
                    "attribution": "Lotte, 10 lat",
                }),
                ("links", {
                    "title": "Przeczytaj też",
                    "links": [
                        {"title": "Z kim możesz porozmawiać?", "url": "page:met-wie-kun-je-praten", "description": "Osoby, które cię wysłuchają."},
                        {"title": "Życie w dwóch domach", "url": "page:wonen-in-twee-huizen", "description": "Wskazówki od innych dzieci."},
                    ],
                }),
            ],
        },
        "netwerk": {
            "title": "Dla rodziny, przyjaciół i otoczenia",
            "intro": "Dziadkowie, przyjaciele, sąsiedzi, nauczyciele i trenerzy mogą wiele znaczyć dla rodziny w trakcie rozstania. Tu przeczytasz, jak możesz pomóc.",
            "body": [
                ("paragraph", "<p>Rozstanie dotyka nie tylko rodziców i dzieci. Ludzie wokół nich też to odczuwają. Możesz być ważnym wsparciem. Często pomagają drobne rzeczy: wysłuchać, być obok i nie stawać po żadnej stronie.</p>"),
            ],
        },
        "professionals": {
            "title": "Dla specjalistów",
            "intro": "Pracujesz z rodzinami w gminie Hardenberg? Tu przeczytasz, jak wcześnie rozpoznać problemy związane z rozstaniem, jak kierować rodziny dalej i jak uczymy się razem.",
            "body": [
                ("paragraph", "<p>Punkt jest także dla ciebie. Łączymy wiedzę i doświadczenie wszystkich partnerów w obszarze społecznym. Dzięki temu możemy szybciej i lepiej pomagać rodzinom oraz chronić dzieci przed trwałymi szkodami.</p>"),
                ("callout", {
                    "title": "Chcesz skonsultować sytuację rodziny?",
                    "text": "<p>Zadzwoń do punktu pod numer 0523 000 120. Możesz też najpierw omówić sytuację bez podawania nazwisk.</p>",
                    "tone": "tip",
                }),
            ],
        },
    },
}

# ================================================================================================= helmond

_HELMOND_EN = {
    "home": {
        "hero_title": "Staying a good parent, even after a separation",
        "hero_intro": "Duurzaam Ouderschap (‘Lasting Parenthood’) helps parents, children, family and professionals in Helmond. We want to prevent children from being harmed by a separation or by conflict between their parents.",
        "body": [
            ("paragraph", "<p>Lasting parenthood means: parents keep caring for their child together. Now and later. Even when they split up as a couple.</p><p>That is why schools, youth health care, social work, youth care and volunteers in Helmond work together. Parents and children who have been through a separation themselves share their ideas. This way the help fits what families really need.</p>"),
            ("links", {
                "title": "What are you looking for?",
                "links": [
                    {"title": "The parenting promise", "url": "page:ouderschapsbelofte", "description": "Five promises to your child."},
                    {"title": "Help with separating, step by step", "url": "page:hulp-bij-scheiden", "description": "What to arrange, and in which order."},
                    {"title": "It is not your fault", "url": "page:het-is-niet-jouw-schuld", "description": "For children and young people."},
                    {"title": "Separation advice hours", "url": "page:echtscheidingsspreekuur", "description": "Times and locations."},
                ],
            }),
            ("callout", {
                "title": "Talk about it at the advice hours",
                "text": "<p>At the separation advice hours you talk with a social worker. On Wednesday evenings a lawyer and a mediator are there too. You are welcome, whether you are just starting to have doubts or have been divorced for years.</p>",
                "tone": "info",
            }),
        ],
    },
    "pages": {
        "ouders": {
            "title": "For parents",
            "intro": "Are you separating, are you already divorced, or will you soon become a parent? Here you find information and help to keep caring well for your child together.",
            "body": [
                ("paragraph", "<p>A separation is one of the hardest things you can go through as a parent. You are dealing with sadness, anger and many questions. At the same time you want your child to be well. On these pages you find explanations, tips and the way to help in Helmond.</p>"),
                ("callout", {
                    "title": "Also in your own language",
                    "text": "<p>Talking about feelings is often easiest in the language you speak at home. That is why, where possible, we also offer help and courses in other languages.</p>",
                    "tone": "tip",
                }),
            ],
        },
        "hulp-bij-scheiden": {
            "title": "Help with separating, step by step",
            "intro": "When you separate, a lot has to be arranged. These steps help you get started.",
            "body": [
                ("paragraph", "<p>Splitting up raises many questions. About the children, about money and about housing. And often also about your own feelings. It helps to know where you can start. And to know that you are not on your own.</p>"),
                ("steps", {
                    "title": "How to go about it",
                    "steps": [
                        {"title": "Come to the advice hours", "text": "<p>At the separation advice hours, a social worker works out with you what needs to be done.</p>"},
                        {"title": "Tell the children together", "text": "<p>If possible, do this together, in simple words. Tell them that it is not their fault and that you both remain their parents.</p>"},
                        {"title": "Make a parenting plan", "text": "<p>It contains the agreements about the children: where they live, who pays for what and how you stay in touch. For married parents this plan is compulsory.</p>"},
                        {"title": "Arrange the legal side", "text": "<p>Are you married or in a registered partnership? Then you need a lawyer. A mediator can help you make agreements together.</p>"},
                        {"title": "Take good care of yourself too", "text": "<p>Sleep, exercise and support from people around you help you keep going. Your child needs a parent who stays on their feet.</p>"},
                    ],
                }),
                ("callout", {
                    "title": "What is joint parental authority?",
                    "text": "<p>Parental authority (gezag) means that you make the important decisions about your child. For example about school and medical care. Do you have authority together? Then after a separation you usually both keep it.</p>",
                    "tone": "info",
                }),
                ("faq", {
                    "title": "Questions about the advice hours",
                    "items": [
                        {"question": "What do the advice hours cost?", "answer": "<p>The advice hours are free.</p>"},
                        {"question": "Do we have to come together?", "answer": "<p>You may, but you do not have to. You can also come on your own.</p>"},
                        {"question": "I am not married. Can I still come?", "answer": "<p>Yes. Also if you lived together or never lived together, you are welcome with your questions.</p>"},
                    ],
                }),
                ("links", {
                    "title": "Read more",
                    "links": [
                        {"title": "Separation advice hours", "url": "page:echtscheidingsspreekuur", "description": "Times and locations."},
                        {"title": "Positive Parenting course", "url": "page:positief-opvoeden", "description": "Practical tips for the new situation."},
                        {"title": "Online training", "url": "page:online-trainingen", "description": "Get started at home, at your own pace."},
                    ],
                }),
            ],
        },
        "kinderen-en-jongeren": {
            "title": "For children and young people",
            "intro": "Have your parents split up, or are they getting divorced? Here you can read what you need to know, where you can talk and how you can share your ideas.",
            "body": [
                ("paragraph", "<p>These pages are for you. We made them together with children and young people from Helmond whose parents are divorced. They know how it feels.</p>"),
                ("callout", {
                    "title": "You are not the only one",
                    "text": "<p>Lots of children have parents who have split up. Probably a few children in your class too.</p>",
                    "tone": "info",
                }),
            ],
        },
        "het-is-niet-jouw-schuld": {
            "title": "It is not your fault",
            "intro": "Are your parents splitting up, or are they already divorced? Read here what you need to know. And what you can do when things are hard.",
            "body": [
                ("heading", "You did nothing wrong"),
                ("paragraph", "<p>Parents split up because they cannot go on together as a couple. That has nothing to do with you. You did nothing wrong. And you do not have to fix it either.</p><p>Lots of children go through a separation. So you are not the only one, even if it sometimes feels that way.</p>"),
                ("callout", {
                    "title": "You are always allowed to",
                    "text": "<ul><li>love both your parents;</li><li>feel sad, angry or even happy;</li><li>ask questions;</li><li>say that you do not want to talk about something;</li><li>just be a kid and have fun.</li></ul>",
                    "tone": "tip",
                }),
                ("faq", {
                    "title": "What if...",
                    "items": [
                        {"question": "What if my parents argue while I am there?", "answer": "<p>That is not nice. You may go to your room or outside. Later you can tell your parents that you did not like it.</p>"},
                        {"question": "What if one parent asks me things about the other parent?", "answer": "<p>You do not have to be a spy or a messenger. You can say: ‘Please ask them yourself.’</p>"},
                        {"question": "What if I feel ashamed?", "answer": "<p>Other children feel that too. You do not have to tell everyone. You choose who you share it with.</p>"},
                    ],
                }),
                ("quote", {
                    "text": "My mum said: it is not your fault. I had to hear it about ten times before I believed it.",
                    "attribution": "Girl aged 12, member of the children’s think tank",
                }),
                ("links", {
                    "title": "Read also",
                    "links": [
                        {"title": "Talking and help", "url": "page:praten-en-hulp", "description": "Who can you talk to?"},
                        {"title": "Talk group at school", "url": "page:praatgroep-op-school", "description": "Together with children who are going through the same thing."},
                    ],
                }),
            ],
        },
        "netwerk": {
            "title": "For family, friends and others around the family",
            "intro": "Family, friends, neighbours and volunteers are close to a family. Here you can read how you can give support when parents separate.",
            "body": [
                ("paragraph", "<p>A family going through a separation gains a lot from the people around them. You do not have to be a care worker to make a difference. A listening ear, a meal or a regular afternoon with the children already helps.</p>"),
                ("callout", {
                    "title": "Questions? Feel free to call",
                    "text": "<p>As a family member or volunteer, you are also welcome to ask us your questions. Call 0492 000 200.</p>",
                    "tone": "tip",
                }),
            ],
        },
        "professionals": {
            "title": "For professionals",
            "intro": "Do you work with parents or children in Helmond? Here you can read about our shared vision, the parenting promise, the information sessions at schools and how to spot problems and refer.",
            "body": [
                ("paragraph", "<p>Duurzaam Ouderschap wants all organisations in Helmond to look at separation and parenting in the same way. This way we prevent harm to children and help families as early as possible. We do not do this for you, but with you.</p>"),
                ("callout", {
                    "title": "Join the think tank",
                    "text": "<p>Do you have ideas or tips from your daily work? The think tank for professionals meets regularly. You are welcome.</p>",
                    "tone": "tip",
                }),
            ],
        },
    },
}

_HELMOND_AR = {
    "home": {
        "hero_title": "أن تبقى أبًا جيدًا أو أمًا جيدة، حتى بعد الانفصال",
        "hero_intro": "يساعد برنامج Duurzaam Ouderschap (الأبوّة المستدامة) الآباء والأمهات والأطفال والعائلة والمهنيين في هيلموند. نريد أن نمنع أن يتضرر الأطفال بسبب الانفصال أو بسبب الخلاف بين والديهم.",
        "body": [
            ("paragraph", "<p>الأبوّة المستدامة تعني أن يستمر الوالدان في رعاية طفلهما معًا، الآن وفي المستقبل، حتى لو انفصلا كزوجين.</p><p>لهذا تعمل في هيلموند المدارس، والرعاية الصحية للشباب، والعمل الاجتماعي، ورعاية الشباب، والمتطوعون معًا. ويشارك برأيهم آباء وأمهات وأطفال مرّوا هم أنفسهم بتجربة الانفصال. هكذا تناسب المساعدةُ ما تحتاجه العائلات فعلًا.</p>"),
            ("links", {
                "title": "عمّ تبحث؟",
                "links": [
                    {"title": "وعد الأبوّة", "url": "page:ouderschapsbelofte", "description": "خمسة وعود لطفلك."},
                    {"title": "المساعدة في الانفصال، خطوة بخطوة", "url": "page:hulp-bij-scheiden", "description": "ما الذي ترتّبه، وبأي ترتيب."},
                    {"title": "هذا ليس ذنبك", "url": "page:het-is-niet-jouw-schuld", "description": "للأطفال والشباب."},
                    {"title": "ساعات الاستشارة حول الانفصال", "url": "page:echtscheidingsspreekuur", "description": "المواعيد والأماكن."},
                ],
            }),
            ("callout", {
                "title": "تحدّث عن الأمر في ساعات الاستشارة",
                "text": "<p>في ساعات الاستشارة حول الانفصال تتحدث مع أخصائي اجتماعي. وفي مساء يوم الأربعاء يحضر أيضًا محامٍ ووسيط. أنت مرحب بك، سواء بدأت تتردد للتو أو مضت على طلاقك سنوات.</p>",
                "tone": "info",
            }),
        ],
    },
    "pages": {
        "ouders": {
            "title": "للآباء والأمهات",
            "intro": "هل تنفصل عن شريكك، أو أنت مطلّق، أو ستصبح أبًا أو أمًا قريبًا؟ هنا تجد معلومات ومساعدة لتستمرا معًا في رعاية طفلكما جيدًا.",
            "body": [
                ("paragraph", "<p>الانفصال من أصعب ما يمكن أن يمر به الأب أو الأم. تواجه الحزن والغضب وأسئلة كثيرة. وفي الوقت نفسه تريد أن يكون طفلك بخير. في هذه الصفحات تجد الشرح والنصائح والطريق إلى المساعدة في هيلموند.</p>"),
                ("callout", {
                    "title": "بلغتك أيضًا",
                    "text": "<p>الحديث عن المشاعر يكون غالبًا أسهل باللغة التي تتكلمها في البيت. لذلك نقدم المساعدة والدورات بلغات أخرى أيضًا حيثما أمكن.</p>",
                    "tone": "tip",
                }),
            ],
        },
        "hulp-bij-scheiden": {
            "title": "المساعدة في الانفصال، خطوة بخطوة",
            "intro": "عندما تنفصل، هناك أمور كثيرة يجب ترتيبها. هذه الخطوات تساعدك على البدء.",
            "body": [
                ("paragraph", "<p>الانفصال يطرح أسئلة كثيرة، عن الأطفال والمال والسكن، وغالبًا أيضًا عن مشاعرك أنت. من المفيد أن تعرف من أين تبدأ، وأن تعرف أنك لست وحدك.</p>"),
                ("steps", {
                    "title": "هكذا تتصرف",
                    "steps": [
                        {"title": "تعال إلى ساعات الاستشارة", "text": "<p>في ساعات الاستشارة حول الانفصال يرتّب معك أخصائي اجتماعي ما يجب القيام به.</p>"},
                        {"title": "أخبرا الأطفال معًا", "text": "<p>افعلا ذلك معًا إن أمكن، بكلمات بسيطة. وقولا لهم إن ما يحدث ليس ذنبهم، وإنكما ستبقيان والدَيهم.</p>"},
                        {"title": "ضعا خطة الأبوّة", "text": "<p>تتضمن الخطة الاتفاقات حول الأطفال: أين يعيشون، ومن يدفع ماذا، وكيف تبقيان على تواصل. هذه الخطة إلزامية للوالدين المتزوجين.</p>"},
                        {"title": "رتّب الجانب القانوني", "text": "<p>هل أنت متزوج أو في شراكة مسجلة؟ عندها تحتاج إلى محامٍ. ويمكن للوسيط أن يساعدكما على وضع الاتفاقات معًا.</p>"},
                        {"title": "اعتنِ بنفسك جيدًا أيضًا", "text": "<p>النوم والحركة ودعم الناس من حولك يساعدونك على الصمود. طفلك يحتاج إلى أب أو أم يبقى واقفًا على قدميه.</p>"},
                    ],
                }),
                ("callout", {
                    "title": "ما هي الولاية المشتركة؟",
                    "text": "<p>الولاية (gezag) تعني أنك تتخذ القرارات المهمة بشأن طفلك، مثلًا حول المدرسة والرعاية الطبية. هل لديكما الولاية معًا؟ عندها تحتفظان بها عادةً أنتما الاثنان بعد الانفصال.</p>",
                    "tone": "info",
                }),
                ("faq", {
                    "title": "أسئلة حول ساعات الاستشارة",
                    "items": [
                        {"question": "كم تكلّف ساعات الاستشارة؟", "answer": "<p>ساعات الاستشارة مجانية.</p>"},
                        {"question": "هل يجب أن نأتي معًا؟", "answer": "<p>يمكنكما ذلك، لكنه ليس ضروريًا. يمكنك أيضًا أن تأتي وحدك.</p>"},
                        {"question": "لست متزوجًا. هل يمكنني أن آتي؟", "answer": "<p>نعم. سواء كنتما تعيشان معًا أو لم تعيشا معًا أبدًا، أنت مرحب بك مع أسئلتك.</p>"},
                    ],
                }),
                ("links", {
                    "title": "اقرأ المزيد",
                    "links": [
                        {"title": "ساعات الاستشارة حول الانفصال", "url": "page:echtscheidingsspreekuur", "description": "المواعيد والأماكن."},
                        {"title": "دورة التربية الإيجابية", "url": "page:positief-opvoeden", "description": "نصائح عملية للوضع الجديد."},
                        {"title": "دورات عبر الإنترنت", "url": "page:online-trainingen", "description": "ابدأ في البيت، بالسرعة التي تناسبك."},
                    ],
                }),
            ],
        },
        "kinderen-en-jongeren": {
            "title": "للأطفال والشباب",
            "intro": "هل انفصل والداك، أو سيتطلقان؟ هنا تقرأ ما يجب أن تعرفه، وأين يمكنك أن تتحدث، وكيف يمكنك أن تشارك برأيك.",
            "body": [
                ("paragraph", "<p>هذه الصفحات لك. صنعناها مع أطفال وشباب من هيلموند والداهم منفصلان. هم يعرفون هذا الشعور.</p>"),
                ("callout", {
                    "title": "لست الوحيد",
                    "text": "<p>كثير جدًا من الأطفال والداهم منفصلان. وربما بعض الأطفال في صفك أيضًا.</p>",
                    "tone": "info",
                }),
            ],
        },
        "het-is-niet-jouw-schuld": {
            "title": "هذا ليس ذنبك",
            "intro": "هل ينفصل والداك، أو هما منفصلان بالفعل؟ اقرأ هنا ما يجب أن تعرفه، وما الذي يمكنك فعله عندما يكون الأمر صعبًا.",
            "body": [
                ("heading", "أنت لم تفعل أي شيء خطأ"),
                ("paragraph", "<p>ينفصل الوالدان لأنهما لم يعودا يستطيعان الاستمرار معًا كزوجين. وهذا لا علاقة له بك. أنت لم تفعل أي شيء خطأ. وليس عليك أن تصلح الأمر.</p><p>كثير جدًا من الأطفال يمرون بانفصال والديهم. أنت إذن لست الوحيد، حتى لو شعرت بذلك أحيانًا.</p>"),
                ("callout", {
                    "title": "يحق لك دائمًا",
                    "text": "<ul><li>أن تحب والديك الاثنين؛</li><li>أن تكون حزينًا أو غاضبًا أو حتى سعيدًا؛</li><li>أن تسأل؛</li><li>أن تقول إنك لا تريد أن تحكي شيئًا ما؛</li><li>أن تكون طفلًا عاديًا وتستمتع بوقتك.</li></ul>",
                    "tone": "tip",
                }),
                ("faq", {
                    "title": "ماذا لو...",
                    "items": [
                        {"question": "ماذا لو تشاجر والداي وأنا موجود؟", "answer": "<p>هذا ليس لطيفًا. يمكنك أن تذهب إلى غرفتك أو تخرج. وفيما بعد يمكنك أن تقول لوالديك إن ذلك أزعجك.</p>"},
                        {"question": "ماذا لو سألني أحد والديّ عن الوالد الآخر؟", "answer": "<p>ليس عليك أن تكون جاسوسًا أو حامل رسائل. يمكنك أن تقول: «اسأله أنت بنفسك».</p>"},
                        {"question": "ماذا لو شعرت بالخجل؟", "answer": "<p>أطفال آخرون يشعرون بذلك أيضًا. ليس عليك أن تخبر الجميع. أنت تختار بنفسك مع من تتحدث عن الأمر.</p>"},
                    ],
                }),
                ("quote", {
                    "text": "قالت لي أمي: هذا ليس ذنبك. كان عليّ أن أسمع ذلك عشر مرات تقريبًا حتى صدّقته.",
                    "attribution": "بنت عمرها 12 سنة، عضوة في مجموعة تفكير الأطفال",
                }),
                ("links", {
                    "title": "اقرأ أيضًا",
                    "links": [
                        {"title": "الحديث والمساعدة", "url": "page:praten-en-hulp", "description": "مع من يمكنك أن تتحدث؟"},
                        {"title": "مجموعة الحديث في المدرسة", "url": "page:praatgroep-op-school", "description": "مع أطفال يمرون بالتجربة نفسها."},
                    ],
                }),
            ],
        },
        "netwerk": {
            "title": "للعائلة والأصدقاء والمحيطين",
            "intro": "العائلة والأصدقاء والجيران والمتطوعون قريبون من العائلة. هنا تقرأ كيف يمكنك أن تقدم الدعم عندما ينفصل الوالدان.",
            "body": [
                ("paragraph", "<p>العائلة التي تمر بالانفصال تستفيد كثيرًا من الناس من حولها. لا تحتاج أن تكون مختصًا في الرعاية لتصنع فرقًا. أذن صاغية، أو وجبة طعام، أو وقت ثابت بعد الظهر مع الأطفال، كل هذا يساعد.</p>"),
                ("callout", {
                    "title": "لديك أسئلة؟ اتصل بنا",
                    "text": "<p>يمكنك أيضًا كفرد من العائلة أو كمتطوع أن تتوجه إلينا بأسئلتك. اتصل بالرقم 0492 000 200.</p>",
                    "tone": "tip",
                }),
            ],
        },
        "professionals": {
            "title": "للمهنيين",
            "intro": "هل تعمل مع الآباء والأمهات أو الأطفال في هيلموند؟ هنا تقرأ عن رؤيتنا المشتركة، ووعد الأبوّة، وجلسات التوعية في المدارس، وكيف تلاحظ المشاكل وتحيل العائلات.",
            "body": [
                ("paragraph", "<p>يريد برنامج Duurzaam Ouderschap أن تنظر كل المنظمات في هيلموند إلى الانفصال والأبوّة بالطريقة نفسها. هكذا نمنع الضرر عن الأطفال ونساعد العائلات في أبكر وقت ممكن. ونحن لا نفعل ذلك من أجلك، بل معك.</p>"),
                ("callout", {
                    "title": "شارك في مجموعة التفكير",
                    "text": "<p>هل لديك أفكار أو نصائح من عملك اليومي؟ مجموعة التفكير للمهنيين تجتمع بانتظام. أنت مرحب بك.</p>",
                    "tone": "tip",
                }),
            ],
        },
    },
}

_HELMOND_TR = {
    "home": {
        "hero_title": "Ayrılıktan sonra da iyi bir anne baba olmak",
        "hero_intro": "Duurzaam Ouderschap (Kalıcı Ebeveynlik), Helmond’daki anne babalara, çocuklara, ailelere ve uzmanlara yardım eder. Çocukların bir ayrılık ya da anne babaları arasındaki kavga yüzünden zarar görmesini önlemek istiyoruz.",
        "body": [
            ("paragraph", "<p>Kalıcı ebeveynlik şu demektir: anne baba, çocukları için birlikte bakım vermeye devam eder. Şimdi ve gelecekte. Çift olarak ayrılsalar bile.</p><p>Bu yüzden Helmond’da okullar, gençlik sağlık hizmetleri, sosyal hizmet, gençlik yardımı ve gönüllüler birlikte çalışıyor. Kendisi ayrılık yaşamış anne babalar ve çocuklar da fikirlerini paylaşıyor. Böylece yardım, ailelerin gerçekten ihtiyaç duyduğu şeye uygun oluyor.</p>"),
            ("links", {
                "title": "Ne arıyorsunuz?",
                "links": [
                    {"title": "Ebeveynlik sözü", "url": "page:ouderschapsbelofte", "description": "Çocuğunuza beş söz."},
                    {"title": "Adım adım ayrılık yardımı", "url": "page:hulp-bij-scheiden", "description": "Neleri, hangi sırayla düzenleyebilirsiniz."},
                    {"title": "Bu senin suçun değil", "url": "page:het-is-niet-jouw-schuld", "description": "Çocuklar ve gençler için."},
                    {"title": "Boşanma danışma saati", "url": "page:echtscheidingsspreekuur", "description": "Saatler ve yerler."},
                ],
            }),
            ("callout", {
                "title": "Danışma saatinde konuşun",
                "text": "<p>Boşanma danışma saatinde bir sosyal hizmet uzmanıyla konuşursunuz. Çarşamba akşamları bir avukat ve bir arabulucu da orada olur. İster yeni şüphe duymaya başlamış olun, ister yıllardır boşanmış olun, hoş geldiniz.</p>",
                "tone": "info",
            }),
        ],
    },
    "pages": {
        "ouders": {
            "title": "Anne babalar için",
            "intro": "Ayrılıyor musunuz, zaten boşandınız mı, ya da yakında anne baba mı oluyorsunuz? Burada çocuğunuza birlikte iyi bakmaya devam etmeniz için bilgi ve yardım bulursunuz.",
            "body": [
                ("paragraph", "<p>Ayrılık, bir anne babanın yaşayabileceği en zor şeylerden biridir. Üzüntü, öfke ve birçok soruyla karşı karşıyasınız. Aynı zamanda çocuğunuzun iyi olmasını istiyorsunuz. Bu sayfalarda açıklamalar, ipuçları ve Helmond’da yardıma giden yolu bulursunuz.</p>"),
                ("callout", {
                    "title": "Kendi dilinizde de",
                    "text": "<p>Duygular hakkında konuşmak çoğu zaman evde konuştuğunuz dilde en kolaydır. Bu yüzden mümkün olduğunda yardım ve kursları başka dillerde de sunuyoruz.</p>",
                    "tone": "tip",
                }),
            ],
        },
        "hulp-bij-scheiden": {
            "title": "Adım adım ayrılık yardımı",
            "intro": "Ayrılırken birçok şeyin düzenlenmesi gerekir. Bu adımlar başlamanıza yardımcı olur.",
            "body": [
                ("paragraph", "<p>Ayrılmak birçok soruyu beraberinde getirir. Çocuklar, para ve konut hakkında. Ve çoğu zaman kendi duygularınız hakkında da. Nereden başlayabileceğinizi bilmek iyi gelir. Ve bu süreçte yalnız olmadığınızı bilmek de.</p>"),
                ("steps", {
                    "title": "Şöyle ilerleyin",
                    "steps": [
                        {"title": "Danışma saatine gelin", "text": "<p>Boşanma danışma saatinde bir sosyal hizmet uzmanı, yapılması gerekenleri sizinle birlikte sıralar.</p>"},
                        {"title": "Çocuklara birlikte anlatın", "text": "<p>Mümkünse bunu birlikte ve basit kelimelerle yapın. Bunun onların suçu olmadığını ve ikinizin de anne babaları olarak kalacağınızı söyleyin.</p>"},
                        {"title": "Bir ebeveynlik planı yapın", "text": "<p>Bu planda çocuklarla ilgili anlaşmalar yer alır: nerede yaşayacakları, kimin neyi ödeyeceği ve nasıl iletişimde kalacağınız. Evli anne babalar için bu plan zorunludur.</p>"},
                        {"title": "Hukuki tarafı düzenleyin", "text": "<p>Evli misiniz veya kayıtlı bir birlikteliğiniz mi var? O zaman bir avukata ihtiyacınız var. Bir arabulucu birlikte anlaşma yapmanıza yardım edebilir.</p>"},
                        {"title": "Kendinize de iyi bakın", "text": "<p>Uyku, hareket ve çevrenizdeki insanların desteği dayanmanıza yardım eder. Çocuğunuzun ayakta kalan bir anne ya da babaya ihtiyacı var.</p>"},
                    ],
                }),
                ("callout", {
                    "title": "Ortak velayet nedir?",
                    "text": "<p>Velayet (gezag), çocuğunuzla ilgili önemli kararları sizin vermeniz demektir. Örneğin okul ve tıbbi bakım hakkında. Velayet ikinizde birlikte mi? O zaman ayrılıktan sonra genellikle ikiniz de velayeti korursunuz.</p>",
                    "tone": "info",
                }),
                ("faq", {
                    "title": "Danışma saati hakkında sorular",
                    "items": [
                        {"question": "Danışma saati ücretli mi?", "answer": "<p>Danışma saati ücretsizdir.</p>"},
                        {"question": "Birlikte mi gelmemiz gerekiyor?", "answer": "<p>Birlikte gelebilirsiniz ama zorunlu değil. Tek başınıza da gelebilirsiniz.</p>"},
                        {"question": "Evli değilim. Yine de gelebilir miyim?", "answer": "<p>Evet. Birlikte yaşadıysanız ya da hiç birlikte yaşamadıysanız da sorularınızla gelebilirsiniz.</p>"},
                    ],
                }),
                ("links", {
                    "title": "Devamını okuyun",
                    "links": [
                        {"title": "Boşanma danışma saati", "url": "page:echtscheidingsspreekuur", "description": "Saatler ve yerler."},
                        {"title": "Olumlu Ebeveynlik kursu", "url": "page:positief-opvoeden", "description": "Yeni durum için pratik ipuçları."},
                        {"title": "Çevrim içi eğitimler", "url": "page:online-trainingen", "description": "Evde, kendi hızınızda başlayın."},
                    ],
                }),
            ],
        },
        "kinderen-en-jongeren": {
            "title": "Çocuklar ve gençler için",
            "intro": "Annenle baban ayrıldı mı, ya da boşanıyorlar mı? Burada bilmen gerekenleri, nerede konuşabileceğini ve nasıl fikrini söyleyebileceğini okuyabilirsin.",
            "body": [
                ("paragraph", "<p>Bu sayfalar senin için. Onları, anne babası boşanmış Helmond’lu çocuklar ve gençlerle birlikte hazırladık. Onlar bunun nasıl bir his olduğunu biliyor.</p>"),
                ("callout", {
                    "title": "Yalnız değilsin",
                    "text": "<p>Çok sayıda çocuğun anne babası ayrı. Muhtemelen senin sınıfında da birkaç çocuğun.</p>",
                    "tone": "info",
                }),
            ],
        },
        "het-is-niet-jouw-schuld": {
            "title": "Bu senin suçun değil",
            "intro": "Annenle baban ayrılıyor mu, ya da zaten boşandılar mı? Bilmen gerekenleri burada oku. Ve zorlandığında neler yapabileceğini.",
            "body": [
                ("heading", "Sen yanlış bir şey yapmadın"),
                ("paragraph", "<p>Anne babalar, çift olarak birlikte devam edemedikleri için ayrılır. Bunun seninle hiçbir ilgisi yok. Sen yanlış bir şey yapmadın. Bunu düzeltmek zorunda da değilsin.</p><p>Çok sayıda çocuk bir ayrılık yaşar. Yani yalnız değilsin, bazen öyle hissetsen bile.</p>"),
                ("callout", {
                    "title": "Bunları her zaman yapabilirsin",
                    "text": "<ul><li>annenle babanın ikisini de sevebilirsin;</li><li>üzgün, öfkeli ya da mutlu olabilirsin;</li><li>soru sorabilirsin;</li><li>bir şeyi anlatmak istemediğini söyleyebilirsin;</li><li>sadece çocuk olabilir ve eğlenebilirsin.</li></ul>",
                    "tone": "tip",
                }),
                ("faq", {
                    "title": "Ya...",
                    "items": [
                        {"question": "Ya annemle babam ben oradayken kavga ederse?", "answer": "<p>Bu hoş değil. Odana ya da dışarı gidebilirsin. Sonra annene ve babana bundan hoşlanmadığını söyleyebilirsin.</p>"},
                        {"question": "Ya annem ya da babam bana diğeri hakkında sorular sorarsa?", "answer": "<p>Casus ya da haberci olmak zorunda değilsin. ‘Kendin sor’ diyebilirsin.</p>"},
                        {"question": "Ya utanırsam?", "answer": "<p>Başka çocuklar da bunu hisseder. Herkese anlatmak zorunda değilsin. Kiminle paylaşacağını sen seçersin.</p>"},
                    ],
                }),
                ("quote", {
                    "text": "Annem ‘Bu senin suçun değil’ dedi. Buna inanmadan önce bunu on kez duymam gerekti.",
                    "attribution": "12 yaşında bir kız, çocuk düşünce grubunun üyesi",
                }),
                ("links", {
                    "title": "Bunları da oku",
                    "links": [
                        {"title": "Konuşmak ve yardım", "url": "page:praten-en-hulp", "description": "Kiminle konuşabilirsin?"},
                        {"title": "Okulda konuşma grubu", "url": "page:praatgroep-op-school", "description": "Aynı şeyi yaşayan çocuklarla birlikte."},
                    ],
                }),
            ],
        },
        "netwerk": {
            "title": "Aile, arkadaşlar ve çevre için",
            "intro": "Aile, arkadaşlar, komşular ve gönüllüler bir aileye yakındır. Burada anne baba ayrılırken nasıl destek olabileceğinizi okuyabilirsiniz.",
            "body": [
                ("paragraph", "<p>Ayrılık yaşayan bir aile, çevresindeki insanlardan çok destek alır. Fark yaratmak için yardım uzmanı olmanız gerekmez. Dinleyen bir kulak, bir yemek ya da çocuklarla düzenli bir öğleden sonra bile fark yaratır.</p>"),
                ("callout", {
                    "title": "Sorunuz mu var? Çekinmeden arayın",
                    "text": "<p>Bir aile üyesi ya da gönüllü olarak da sorularınızla bize başvurabilirsiniz. 0492 000 200 numarasını arayın.</p>",
                    "tone": "tip",
                }),
            ],
        },
        "professionals": {
            "title": "Uzmanlar için",
            "intro": "Helmond’da anne babalarla veya çocuklarla mı çalışıyorsunuz? Burada ortak vizyonumuzu, ebeveynlik sözünü, okullardaki bilgilendirmeleri ve sorunları nasıl fark edip yönlendireceğinizi okuyabilirsiniz.",
            "body": [
                ("paragraph", "<p>Duurzaam Ouderschap, Helmond’daki tüm kuruluşların ayrılığa ve ebeveynliğe aynı şekilde bakmasını istiyor. Böylece çocukların zarar görmesini önlüyor ve ailelere olabildiğince erken yardım ediyoruz. Bunu sizin için değil, sizinle birlikte yapıyoruz.</p>"),
                ("callout", {
                    "title": "Düşünce grubuna katılın",
                    "text": "<p>İşinizden fikirleriniz veya ipuçlarınız mı var? Uzmanlar için düşünce grubu düzenli olarak toplanır. Siz de gelebilirsiniz.</p>",
                    "tone": "tip",
                }),
            ],
        },
    },
}

_HELMOND_PL = {
    "home": {
        "hero_title": "Dobry rodzic, także po rozstaniu",
        "hero_intro": "Duurzaam Ouderschap (Trwałe Rodzicielstwo) pomaga rodzicom, dzieciom, rodzinie i specjalistom w Helmond. Chcemy, żeby dzieci nie ponosiły szkody z powodu rozstania lub kłótni między rodzicami.",
        "body": [
            ("paragraph", "<p>Trwałe rodzicielstwo oznacza, że rodzice nadal razem troszczą się o swoje dziecko. Teraz i w przyszłości. Także wtedy, gdy jako para się rozstają.</p><p>Dlatego w Helmond współpracują szkoły, opieka zdrowotna nad dziećmi i młodzieżą, pracownicy socjalni, pomoc dla młodzieży i wolontariusze. Rodzice i dzieci, którzy sami przeżyli rozstanie, dzielą się swoimi pomysłami. Dzięki temu pomoc odpowiada na to, czego rodziny naprawdę potrzebują.</p>"),
            ("links", {
                "title": "Czego szukasz?",
                "links": [
                    {"title": "Obietnica rodzicielska", "url": "page:ouderschapsbelofte", "description": "Pięć obietnic dla twojego dziecka."},
                    {"title": "Pomoc przy rozstaniu krok po kroku", "url": "page:hulp-bij-scheiden", "description": "Co załatwić i w jakiej kolejności."},
                    {"title": "To nie twoja wina", "url": "page:het-is-niet-jouw-schuld", "description": "Dla dzieci i młodzieży."},
                    {"title": "Konsultacje w sprawie rozwodu", "url": "page:echtscheidingsspreekuur", "description": "Godziny i miejsca."},
                ],
            }),
            ("callout", {
                "title": "Porozmawiaj o tym na konsultacjach",
                "text": "<p>Na konsultacjach w sprawie rozwodu rozmawiasz z pracownikiem socjalnym. W środy wieczorem są też adwokat i mediator. Zapraszamy, niezależnie od tego, czy dopiero zaczynasz mieć wątpliwości, czy jesteś po rozwodzie od lat.</p>",
                "tone": "info",
            }),
        ],
    },
    "pages": {
        "ouders": {
            "title": "Dla rodziców",
            "intro": "Rozstajesz się, jesteś już po rozwodzie, a może wkrótce zostaniesz rodzicem? Tu znajdziesz informacje i pomoc, żeby nadal razem dobrze troszczyć się o dziecko.",
            "body": [
                ("paragraph", "<p>Rozstanie to jedno z najtrudniejszych przeżyć dla rodzica. Mierzysz się ze smutkiem, złością i wieloma pytaniami. Jednocześnie chcesz, żeby twoje dziecko miało się dobrze. Na tych stronach znajdziesz wyjaśnienia, wskazówki i drogę do pomocy w Helmond.</p>"),
                ("callout", {
                    "title": "Także w twoim języku",
                    "text": "<p>O uczuciach najłatwiej często rozmawia się w języku, którym mówisz w domu. Dlatego tam, gdzie to możliwe, oferujemy pomoc i kursy także w innych językach.</p>",
                    "tone": "tip",
                }),
            ],
        },
        "hulp-bij-scheiden": {
            "title": "Pomoc przy rozstaniu krok po kroku",
            "intro": "Przy rozstaniu trzeba wiele załatwić. Te kroki pomogą ci zacząć.",
            "body": [
                ("paragraph", "<p>Rozstanie rodzi wiele pytań. O dzieci, o pieniądze i o mieszkanie. A często także o twoje własne uczucia. Pomaga wiedza, od czego zacząć. I świadomość, że nie zostajesz z tym bez wsparcia.</p>"),
                ("steps", {
                    "title": "Jak się do tego zabrać",
                    "steps": [
                        {"title": "Przyjdź na konsultacje", "text": "<p>Na konsultacjach w sprawie rozwodu pracownik socjalny razem z tobą ustali, co trzeba zrobić.</p>"},
                        {"title": "Powiedzcie dzieciom razem", "text": "<p>Jeśli to możliwe, zróbcie to razem, prostymi słowami. Powiedzcie, że to nie ich wina i że oboje nadal będziecie ich rodzicami.</p>"},
                        {"title": "Przygotujcie plan rodzicielski", "text": "<p>Są w nim ustalenia dotyczące dzieci: gdzie mieszkają, kto za co płaci i jak utrzymujecie kontakt. Dla rodziców w związku małżeńskim ten plan jest obowiązkowy.</p>"},
                        {"title": "Załatw sprawy prawne", "text": "<p>Jesteś w związku małżeńskim lub w zarejestrowanym związku partnerskim? Wtedy potrzebujesz adwokata. Mediator może pomóc wam wspólnie coś ustalić.</p>"},
                        {"title": "Zadbaj też o siebie", "text": "<p>Sen, ruch i wsparcie bliskich pomagają to przetrwać. Twoje dziecko potrzebuje rodzica, który trzyma się na nogach.</p>"},
                    ],
                }),
                ("callout", {
                    "title": "Co to jest wspólna władza rodzicielska?",
                    "text": "<p>Władza rodzicielska (gezag) oznacza, że podejmujesz ważne decyzje dotyczące dziecka. Na przykład w sprawie szkoły i leczenia. Macie wspólną władzę rodzicielską? Wtedy po rozstaniu zwykle oboje ją zachowujecie.</p>",
                    "tone": "info",
                }),
                ("faq", {
                    "title": "Pytania o konsultacje",
                    "items": [
                        {"question": "Ile kosztują konsultacje?", "answer": "<p>Konsultacje są bezpłatne.</p>"},
                        {"question": "Czy musimy przyjść razem?", "answer": "<p>Możecie, ale nie musicie. Możesz też przyjść sam lub sama.</p>"},
                        {"question": "Nie mam ślubu. Czy mogę przyjść?", "answer": "<p>Tak. Także jeśli mieszkaliście razem albo nigdy razem nie mieszkaliście, zapraszamy z pytaniami.</p>"},
                    ],
                }),
                ("links", {
                    "title": "Czytaj dalej",
                    "links": [
                        {"title": "Konsultacje w sprawie rozwodu", "url": "page:echtscheidingsspreekuur", "description": "Godziny i miejsca."},
                        {"title": "Kurs Pozytywnego Wychowania", "url": "page:positief-opvoeden", "description": "Praktyczne wskazówki na nową sytuację."},
                        {"title": "Szkolenia online", "url": "page:online-trainingen", "description": "W domu, we własnym tempie."},
                    ],
                }),
            ],
        },
        "kinderen-en-jongeren": {
            "title": "Dla dzieci i młodzieży",
            "intro": "Twoi rodzice się rozstali albo się rozwodzą? Tu przeczytasz, co warto wiedzieć, gdzie możesz porozmawiać i jak możesz podzielić się swoim zdaniem.",
            "body": [
                ("paragraph", "<p>Te strony są dla ciebie. Przygotowaliśmy je razem z dziećmi i młodzieżą z Helmond, których rodzice są po rozwodzie. Oni wiedzą, jak to jest.</p>"),
                ("callout", {
                    "title": "Nie tylko ty to przeżywasz",
                    "text": "<p>Bardzo wiele dzieci ma rodziców, którzy się rozstali. Pewnie także kilkoro dzieci w twojej klasie.</p>",
                    "tone": "info",
                }),
            ],
        },
        "het-is-niet-jouw-schuld": {
            "title": "To nie twoja wina",
            "intro": "Twoi rodzice się rozstają albo są już po rozwodzie? Przeczytaj tutaj, co warto wiedzieć. I co możesz zrobić, kiedy jest ci ciężko.",
            "body": [
                ("heading", "Nic złego się przez ciebie nie stało"),
                ("paragraph", "<p>Rodzice rozstają się, bo jako para nie mogą już być razem. To nie ma nic wspólnego z tobą. Nie ma w tym twojej winy. I nie musisz tego naprawiać.</p><p>Bardzo wiele dzieci przeżywa rozstanie rodziców. Nie tylko ty, nawet jeśli czasem tak się czujesz.</p>"),
                ("callout", {
                    "title": "Zawsze możesz",
                    "text": "<ul><li>kochać oboje rodziców;</li><li>czuć smutek, złość albo nawet radość;</li><li>zadawać pytania;</li><li>powiedzieć, że o czymś nie chcesz mówić;</li><li>po prostu być dzieckiem i dobrze się bawić.</li></ul>",
                    "tone": "tip",
                }),
                ("faq", {
                    "title": "Co, jeśli...",
                    "items": [
                        {"question": "Co, jeśli rodzice kłócą się przy mnie?", "answer": "<p>To nie jest przyjemne. Możesz pójść do swojego pokoju albo na dwór. Później możesz powiedzieć rodzicom, że było ci przykro.</p>"},
                        {"question": "Co, jeśli jedno z rodziców wypytuje mnie o drugie?", "answer": "<p>Nie musisz być szpiegiem ani posłańcem. Możesz powiedzieć: ‘Zapytaj sam’ albo ‘Zapytaj sama’.</p>"},
                        {"question": "Co, jeśli się wstydzę?", "answer": "<p>Inne dzieci też tak czują. Nie musisz mówić o tym wszystkim. Ty decydujesz, z kim się tym podzielisz.</p>"},
                    ],
                }),
                ("quote", {
                    "text": "Mama powiedziała: to nie twoja wina. Musiałam to usłyszeć chyba dziesięć razy, zanim w to uwierzyłam.",
                    "attribution": "Dziewczynka, 12 lat, członkini dziecięcej grupy doradczej",
                }),
                ("links", {
                    "title": "Przeczytaj też",
                    "links": [
                        {"title": "Rozmowa i pomoc", "url": "page:praten-en-hulp", "description": "Z kim możesz porozmawiać?"},
                        {"title": "Grupa rozmów w szkole", "url": "page:praatgroep-op-school", "description": "Razem z dziećmi, które przeżywają to samo."},
                    ],
                }),
            ],
        },
        "netwerk": {
            "title": "Dla rodziny, przyjaciół i otoczenia",
            "intro": "Rodzina, przyjaciele, sąsiedzi i wolontariusze są blisko rodziny. Tu przeczytasz, jak możesz wspierać, gdy rodzice się rozstają.",
            "body": [
                ("paragraph", "<p>Rodzina w trakcie rozstania bardzo korzysta z pomocy ludzi wokół. Nie musisz być specjalistą, żeby coś zmienić. Wysłuchanie, posiłek albo stałe popołudnie z dziećmi już pomagają.</p>"),
                ("callout", {
                    "title": "Masz pytania? Zadzwoń śmiało",
                    "text": "<p>Także jako członek rodziny lub wolontariusz możesz zwrócić się do nas z pytaniami. Zadzwoń pod numer 0492 000 200.</p>",
                    "tone": "tip",
                }),
            ],
        },
        "professionals": {
            "title": "Dla specjalistów",
            "intro": "Pracujesz z rodzicami lub dziećmi w Helmond? Tu przeczytasz o naszej wspólnej wizji, obietnicy rodzicielskiej, spotkaniach informacyjnych w szkołach oraz o tym, jak rozpoznawać problemy i kierować rodziny dalej.",
            "body": [
                ("paragraph", "<p>Duurzaam Ouderschap chce, żeby wszystkie organizacje w Helmond patrzyły na rozstanie i rodzicielstwo w ten sam sposób. Dzięki temu chronimy dzieci przed szkodą i pomagamy rodzinom jak najwcześniej. Nie robimy tego za ciebie, lecz razem z tobą.</p>"),
                ("callout", {
                    "title": "Dołącz do grupy doradczej",
                    "text": "<p>Masz pomysły lub wskazówki z codziennej pracy? Grupa doradcza dla specjalistów spotyka się regularnie. Zapraszamy.</p>",
                    "tone": "tip",
                }),
            ],
        },
    },
}

# ==================================================================================================== index

TRANSLATIONS = {
    "hardenberg": {"en": _HARDENBERG_EN, "ar": _HARDENBERG_AR, "tr": _HARDENBERG_TR, "pl": _HARDENBERG_PL},
    "helmond": {"en": _HELMOND_EN, "ar": _HELMOND_AR, "tr": _HELMOND_TR, "pl": _HELMOND_PL},
}

# ================================================================================================ interface

INTERFACE = {
    "en": {
        "Naar de inhoud": "Skip to content",
        "Zoeken": "Search",
        "Zoek": "Search",
        "Zoeken op deze website": "Search this website",
        "Hoofdmenu": "Main menu",
        "Kruimelpad": "Breadcrumb",
        "Contact": "Contact",
        "Telefoon": "Phone",
        "E-mail": "Email",
        "Lees verder": "Read more",
        "Waar zoekt u hulp bij?": "What do you need help with?",
        "Snel weg": "Quick exit",
        "Deze pagina in een andere taal": "This page in another language",
        "Deze pagina is er niet in uw taal. U leest de Nederlandse tekst.": "This page is not available in your language. You are reading the Dutch text.",
        "Menu": "Menu",
        "Sluit menu": "Close menu",
    },
    "ar": {
        "Naar de inhoud": "انتقل إلى المحتوى",
        "Zoeken": "البحث",
        "Zoek": "ابحث",
        "Zoeken op deze website": "البحث في هذا الموقع",
        "Hoofdmenu": "القائمة الرئيسية",
        "Kruimelpad": "مسار التنقل",
        "Contact": "اتصل بنا",
        "Telefoon": "الهاتف",
        "E-mail": "البريد الإلكتروني",
        "Lees verder": "اقرأ المزيد",
        "Waar zoekt u hulp bij?": "في أي موضوع تبحث عن مساعدة؟",
        "Snel weg": "خروج سريع",
        "Deze pagina in een andere taal": "هذه الصفحة بلغة أخرى",
        "Deze pagina is er niet in uw taal. U leest de Nederlandse tekst.": "هذه الصفحة غير متوفرة بلغتك. أنت تقرأ النص الهولندي.",
        "Menu": "القائمة",
        "Sluit menu": "أغلق القائمة",
    },
    "tr": {
        "Naar de inhoud": "İçeriğe geç",
        "Zoeken": "Arama",
        "Zoek": "Ara",
        "Zoeken op deze website": "Bu web sitesinde ara",
        "Hoofdmenu": "Ana menü",
        "Kruimelpad": "Gezinme yolu",
        "Contact": "İletişim",
        "Telefoon": "Telefon",
        "E-mail": "E-posta",
        "Lees verder": "Devamını okuyun",
        "Waar zoekt u hulp bij?": "Hangi konuda yardım arıyorsunuz?",
        "Snel weg": "Hızlı çıkış",
        "Deze pagina in een andere taal": "Bu sayfa başka bir dilde",
        "Deze pagina is er niet in uw taal. U leest de Nederlandse tekst.": "Bu sayfa sizin dilinizde mevcut değil. Hollandaca metni okuyorsunuz.",
        "Menu": "Menü",
        "Sluit menu": "Menüyü kapat",
    },
    "pl": {
        "Naar de inhoud": "Przejdź do treści",
        "Zoeken": "Wyszukiwanie",
        "Zoek": "Szukaj",
        "Zoeken op deze website": "Szukaj w tym serwisie",
        "Hoofdmenu": "Menu główne",
        "Kruimelpad": "Ścieżka nawigacyjna",
        "Contact": "Kontakt",
        "Telefoon": "Telefon",
        "E-mail": "E-mail",
        "Lees verder": "Czytaj dalej",
        "Waar zoekt u hulp bij?": "W czym szukasz pomocy?",
        "Snel weg": "Szybkie wyjście",
        "Deze pagina in een andere taal": "Ta strona w innym języku",
        "Deze pagina is er niet in uw taal. U leest de Nederlandse tekst.": "Ta strona nie jest dostępna w twoim języku. Czytasz tekst po niderlandzku.",
        "Menu": "Menu",
        "Sluit menu": "Zamknij menu",
    },
}
