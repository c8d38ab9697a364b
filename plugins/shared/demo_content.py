"""
Demo shared pieces (B1 Dutch), written for this project. Contact details are made up.

Each piece: key, title, summary, region slug (None: the whole network), audiences, topics, body
as (type, value) tuples (demo/content/FORMAT.md), for some the key of the piece it is a page
below ("parent"), and for the most used ones an English and Arabic version.
"""

PIECES = [
    {
        "key": "kind-en-scheiding",
        "title": "Wat een scheiding betekent voor uw kind",
        "summary": "Kinderen merken alles. Zo helpt u uw kind door de scheiding heen.",
        "region": None,
        "audiences": ["ouders", "netwerk"],
        "topics": ["kind", "emoties"],
        "body": [
            ("paragraph", "<p>Als ouders uit elkaar gaan, verandert er veel voor een kind. Het huis, de vaste dagen, soms de school. Kinderen voelen vaak meer dan ze zeggen.</p>"),
            ("heading", "Wat helpt uw kind?"),
            ("steps", {"title": "Vijf dingen die u vandaag kunt doen", "steps": [
                {"title": "Vertel het samen", "text": "<p>Vertel uw kind samen met de andere ouder dat u uit elkaar gaat. Gebruik eenvoudige woorden.</p>"},
                {"title": "Zeg dat het niet de schuld van uw kind is", "text": "<p>Veel kinderen denken dat het hun schuld is. Zeg vaak dat het een besluit van de ouders is.</p>"},
                {"title": "Houd ruzie weg bij uw kind", "text": "<p>Praat niet negatief over de andere ouder waar uw kind bij is.</p>"},
                {"title": "Houd vaste gewoontes", "text": "<p>Dezelfde school, dezelfde sport, dezelfde vrienden: dat geeft houvast.</p>"},
                {"title": "Vraag hoe het gaat", "text": "<p>Vraag het vaker dan één keer. Sommige kinderen praten pas na weken.</p>"},
            ]}),
            ("image", {"image": "kind", "caption": "Samen praten helpt, ook als het moeilijk is."}),
            ("callout", {"title": "Let op signalen", "text": "<p>Slaapt uw kind slecht, is het boos of stil, of gaat het op school minder goed? Praat erover met de mentor of de huisarts.</p>", "tone": "warning"}),
        ],
        "translations": {
            "en": {
                "title": "What a separation means for your child",
                "summary": "Children notice everything. This is how you help your child through the separation.",
                "body": [
                    ("paragraph", "<p>When parents split up, a lot changes for a child: the home, the fixed days, sometimes the school. Children often feel more than they say.</p>"),
                    ("heading", "What helps your child?"),
                    ("callout", {"title": "It is not their fault", "text": "<p>Tell your child together, in simple words, and say often that it is the parents' decision.</p>", "tone": "info"}),
                ],
            },
            "ar": {
                "title": "ماذا يعني الانفصال لطفلك",
                "summary": "الأطفال يلاحظون كل شيء. هكذا تساعد طفلك خلال الانفصال.",
                "body": [
                    ("paragraph", "<p>عندما ينفصل الوالدان يتغير الكثير في حياة الطفل: البيت والأيام الثابتة وأحيانًا المدرسة. الأطفال يشعرون غالبًا بأكثر مما يقولون.</p>"),
                    ("heading", "ما الذي يساعد طفلك؟"),
                    ("callout", {"title": "ليس ذنب الطفل", "text": "<p>أخبرا طفلكما معًا بكلمات بسيطة، وقولا له مرارًا إنه قرار الوالدين.</p>", "tone": "info"}),
                ],
            },
        },
    },
    {
        "key": "ouderschapsplan",
        "title": "Het ouderschapsplan: afspraken over uw kinderen",
        "summary": "Hebt u kinderen onder de 18 en gaat u scheiden? Dan maakt u samen een ouderschapsplan.",
        "region": None,
        "audiences": ["ouders", "professionals"],
        "topics": ["ouderschapsplan", "recht"],
        "body": [
            ("paragraph", "<p>Getrouwde en geregistreerde ouders die scheiden, moeten een ouderschapsplan maken. Zonder plan spreekt de rechter de scheiding niet uit. Voor ouders die samenwoonden met gezamenlijk gezag is het ook verplicht.</p>"),
            ("heading", "Wat staat erin?"),
            ("faq", {"title": "Vragen over het ouderschapsplan", "items": [
                {"question": "Welke afspraken moeten erin?", "answer": "<p>Hoe u de zorg en opvoeding verdeelt, hoe u elkaar informeert over uw kinderen, en wat de kosten zijn en wie wat betaalt.</p>"},
                {"question": "Moet mijn kind meedenken?", "answer": "<p>Ja. U schrijft in het plan hoe u uw kinderen bij de afspraken hebt betrokken.</p>"},
                {"question": "Kunnen we het plan later veranderen?", "answer": "<p>Ja. Kinderen worden ouder en situaties veranderen. Spreek af wanneer u het plan samen bekijkt.</p>"},
            ]}),
            ("callout", {"title": "Tip", "text": "<p>Maak het plan concreet: welke dagen, wie haalt en brengt, hoe gaat het met verjaardagen en vakanties.</p>", "tone": "tip"}),
            ("download", {"document": "checklist-ouderschapsplan", "title": "Checklist voor uw ouderschapsplan", "description": "Alle onderwerpen op een rij, om samen af te vinken."}),
        ],
        "translations": {
            "en": {
                "title": "The parenting plan: agreements about your children",
                "summary": "Do you have children under 18 and are you divorcing? Then you make a parenting plan together.",
                "body": [
                    ("paragraph", "<p>Married and registered parents who divorce must make a parenting plan. Without a plan the court does not grant the divorce.</p>"),
                    ("callout", {"title": "Tip", "text": "<p>Make the plan concrete: which days, who takes and collects, birthdays and holidays.</p>", "tone": "tip"}),
                ],
            },
            "ar": {
                "title": "خطة الأبوة: اتفاقات حول أطفالك",
                "summary": "هل لديك أطفال دون 18 عامًا وتنوي الطلاق؟ عندها تضعان معًا خطة أبوة.",
                "body": [
                    ("paragraph", "<p>على الوالدين المتزوجين أو المسجلين اللذين يتطلقان وضع خطة أبوة. بدون خطة لا يحكم القاضي بالطلاق.</p>"),
                    ("callout", {"title": "نصيحة", "text": "<p>اجعلا الخطة واضحة: أي أيام، ومن يوصل ومن يستلم، وأعياد الميلاد والعطل.</p>", "tone": "tip"}),
                ],
            },
        },
    },
    {
        "key": "mediation",
        "title": "Mediation: samen afspraken maken",
        "summary": "Een mediator helpt u en uw ex om samen tot goede afspraken te komen.",
        "region": None,
        "audiences": ["ouders"],
        "topics": ["mediation"],
        "body": [
            ("paragraph", "<p>Een mediator is neutraal. Hij of zij kiest geen kant, maar helpt u allebei om te praten en afspraken op papier te zetten.</p>"),
            ("steps", {"title": "Zo gaat mediation", "steps": [
                {"title": "Kennismaking", "text": "<p>U vertelt samen wat er speelt en wat u wilt regelen.</p>"},
                {"title": "Gesprekken", "text": "<p>Meestal drie tot zes gesprekken over kinderen, geld en wonen.</p>"},
                {"title": "Afspraken vastleggen", "text": "<p>De mediator zet de afspraken in een convenant en ouderschapsplan.</p>"},
            ]}),
            ("callout", {"title": "Kosten", "text": "<p>Met een laag inkomen betaalt u vaak maar een deel. Vraag het na bij het steunpunt van uw gemeente.</p>", "tone": "info"}),
        ],
        "update": {
            "callout": {"title": "Kosten", "text": "<p>Met een laag inkomen betaalt u vaak maar een deel van de kosten; de rest betaalt de overheid. Het steunpunt rekent het graag met u uit.</p>", "tone": "info"},
        },
        "translations": {
            "en": {
                "title": "Mediation: making agreements together",
                "summary": "A mediator helps you and your ex reach good agreements together.",
                "body": [("paragraph", "<p>A mediator is neutral. They take no side, but help you both to talk and to put agreements on paper.</p>")],
            },
            "ar": {
                "title": "الوساطة: الاتفاق معًا",
                "summary": "يساعدك الوسيط أنت وشريكك السابق على الوصول إلى اتفاقات جيدة معًا.",
                "body": [("paragraph", "<p>الوسيط محايد. لا ينحاز لأحد، بل يساعدكما على الحديث وكتابة الاتفاقات.</p>")],
            },
        },
    },
    {
        "key": "geld",
        "title": "Geld na de scheiding: alimentatie en toeslagen",
        "summary": "Na een scheiding verandert uw inkomen. Zo krijgt u overzicht.",
        "region": None,
        "audiences": ["ouders"],
        "topics": ["geld"],
        "body": [
            ("paragraph", "<p>Twee huishoudens kosten meer dan één. Maak daarom vroeg een overzicht van wat er binnenkomt en wat eruit gaat.</p>"),
            ("faq", {"title": "Vragen over geld", "items": [
                {"question": "Wat is kinderalimentatie?", "answer": "<p>Een bedrag dat de ene ouder aan de andere betaalt voor de kosten van de kinderen. U kunt het samen afspreken of de rechter laten beslissen.</p>"},
                {"question": "Verandert mijn toeslag?", "answer": "<p>Vaak wel. Geef de scheiding snel door aan Dienst Toeslagen, zodat u niet te veel of te weinig krijgt.</p>"},
                {"question": "Ik heb schulden. Wat nu?", "answer": "<p>Wacht niet. De schuldhulp van uw gemeente is gratis en helpt u een plan te maken.</p>"},
            ]}),
        ],
        "translations": {
            "en": {
                "title": "Money after the separation: maintenance and allowances",
                "summary": "After a separation your income changes. This is how you keep track.",
                "body": [("paragraph", "<p>Two households cost more than one. Make an overview early of what comes in and what goes out.</p>")],
            },
            "ar": {
                "title": "المال بعد الانفصال: النفقة والإعانات",
                "summary": "بعد الانفصال يتغير دخلك. هكذا تحافظ على نظرة عامة.",
                "body": [("paragraph", "<p>أسرتان تكلفان أكثر من أسرة واحدة. ضع مبكرًا قائمة بما يدخل وما يخرج.</p>")],
            },
        },
    },
    {
        "key": "wonen",
        "title": "Wonen na de scheiding",
        "summary": "Wie blijft in het huis, en waar woont de ander? Zo pakt u het aan.",
        "region": None,
        "audiences": ["ouders"],
        "topics": ["wonen"],
        "body": [
            ("paragraph", "<p>Een nieuwe woning vinden is vaak het moeilijkste deel van een scheiding. Begin er op tijd mee.</p>"),
            ("callout", {"title": "Voorrang", "text": "<p>Sommige gemeenten geven ouders met kinderen na een scheiding voorrang bij een huurwoning. Vraag het na bij het steunpunt.</p>", "tone": "tip"}),
            ("image", {"image": "huis", "caption": "Twee huizen, één thuis voor uw kind."}),
            ("paragraph", "<p>Woont u in een koophuis? Laat dan uitrekenen of één van u de hypotheek alleen kan betalen.</p>"),
        ],
        "translations": {
            "en": {
                "title": "Housing after the separation",
                "summary": "Who stays in the house, and where does the other parent live? This is how you go about it.",
                "body": [("paragraph", "<p>Finding a new home is often the hardest part of a separation. Start in good time.</p>")],
            },
            "ar": {
                "title": "السكن بعد الانفصال",
                "summary": "من يبقى في البيت، وأين يسكن الآخر؟ هكذا تتعامل مع الأمر.",
                "body": [("paragraph", "<p>إيجاد مسكن جديد هو غالبًا أصعب جزء في الانفصال. ابدأ في وقت مبكر.</p>")],
            },
        },
    },
    {
        "key": "jongeren",
        # A page below 'Wat een scheiding betekent voor uw kind': sent with it as a tree of pages.
        "parent": "kind-en-scheiding",
        "title": "Voor jongeren: jouw ouders gaan uit elkaar",
        "summary": "Alles wat je voelt is normaal. Je staat er niet alleen voor.",
        "region": None,
        "audiences": ["kinderen"],
        "topics": ["kind", "emoties"],
        "body": [
            ("paragraph", "<p>Boos, verdrietig, opgelucht of alles tegelijk: het mag allemaal. Praat erover met iemand die je vertrouwt.</p>"),
            ("quote", {"text": "Ik dacht eerst dat het door mij kwam. Nu weet ik dat het niet zo is.", "attribution": "Sanne, 14 jaar"}),
        ],
    },
    {
        "key": "twente-lotgenoten",
        "title": "Lotgenotengroepen voor kinderen in Twente",
        "summary": "In Twente praten kinderen van gescheiden ouders met elkaar, onder begeleiding.",
        "region": "twente",
        "audiences": ["kinderen", "ouders"],
        "topics": ["kind", "emoties"],
        "body": [
            ("paragraph", "<p>In groepjes van zes tot acht kinderen praten en spelen kinderen over de scheiding van hun ouders. Een begeleider is er altijd bij.</p>"),
            ("contact", {"title": "Aanmelden", "name": "Groepen Twente (voorbeeld)", "phone": "053 000 00 00", "email": "groepen@twente.example.nl", "hours": "ma-vr 9.00-16.00"}),
        ],
    },
    {
        "key": "brabant-spreekuur",
        "title": "Gratis juridisch spreekuur in Zuidoost-Brabant",
        "summary": "Een jurist beantwoordt uw vragen over scheiden, gratis en zonder afspraak.",
        "region": "zuidoost-brabant",
        "audiences": ["ouders"],
        "topics": ["recht"],
        "body": [
            ("paragraph", "<p>Elke eerste donderdag van de maand zit een jurist klaar in de bibliotheek. U hoeft geen afspraak te maken.</p>"),
            ("contact", {"title": "Juridisch spreekuur", "name": "Mr. J. de Vries (voorbeeld)", "email": "spreekuur@brabant.example.nl", "address": "Bibliotheekplein 1, Helmond", "hours": "eerste donderdag, 13.00-16.00"}),
        ],
    },
    {
        "key": "als-de-ruzie-blijft",
        "title": "Als de ruzie blijft: hulp bij een moeilijke scheiding",
        "summary": "Blijft u ruzie maken met de andere ouder? Er is hulp, voor u en voor uw kind.",
        "region": None,
        "audiences": ["ouders", "netwerk"],
        "topics": ["emoties", "kind"],
        "body": [
            ("paragraph", "<p>De meeste ouders vinden na een tijd een nieuwe manier om samen voor hun kind te zorgen. Maar ongeveer 1 op de 7 scheidingen blijft moeilijk. Er is dan veel ruzie, soms jaren lang.</p>"),
            ("paragraph", "<p>Kinderen lijden daar het meest onder. Een op de drie kinderen van gescheiden ouders heeft er flink last van. Ze slapen slecht, zijn boos of stil, of het gaat minder goed op school.</p>"),
            ("callout", {"title": "Wacht niet te lang", "text": "<p>Hoe eerder u hulp vraagt, hoe kleiner de schade voor uw kind. Hulp vragen is geen zwakte.</p>", "tone": "tip"}),
            ("helplines", {"title": "Nu iemand spreken?"}),
        ],
        # Complete translations, block for block: wagtail-localize's editor opens with every string done.
        "translations": {
            "en": {
                "title": "When the conflict goes on: help with a difficult separation",
                "summary": "Do you keep arguing with the other parent? There is help, for you and for your child.",
                "body": [
                    ("paragraph", "<p>Most parents find a new way to care for their child together after a while. But about 1 in 7 separations stays difficult. There is a lot of conflict then, sometimes for years.</p>"),
                    ("paragraph", "<p>Children suffer most from this. One in three children of separated parents is badly affected. They sleep badly, are angry or quiet, or do less well at school.</p>"),
                    ("callout", {"title": "Do not wait too long", "text": "<p>The sooner you ask for help, the less harm to your child. Asking for help is not a weakness.</p>", "tone": "tip"}),
                    ("helplines", {"title": "Talk to someone now?"}),
                ],
            },
            "ar": {
                "title": "عندما يستمر الخلاف: مساعدة في انفصال صعب",
                "summary": "هل تستمر الخلافات بينك وبين الوالد الآخر؟ توجد مساعدة لك ولطفلك.",
                "body": [
                    ("paragraph", "<p>معظم الآباء والأمهات يجدون بعد فترة طريقة جديدة لرعاية طفلهم معًا. لكن انفصالًا واحدًا تقريبًا من كل سبعة يبقى صعبًا، ويكثر فيه الخلاف أحيانًا لسنوات.</p>"),
                    ("paragraph", "<p>الأطفال هم الأكثر تأثرًا بذلك. طفل من كل ثلاثة أطفال لوالدين منفصلين يتأثر كثيرًا: ينام بشكل سيئ أو يصبح غاضبًا أو صامتًا أو يتراجع في المدرسة.</p>"),
                    ("callout", {"title": "لا تنتظر طويلًا", "text": "<p>كلما طلبت المساعدة مبكرًا قلّ الضرر على طفلك. طلب المساعدة ليس ضعفًا.</p>", "tone": "tip"}),
                    ("helplines", {"title": "هل تريد التحدث مع أحد الآن؟"}),
                ],
            },
        },
    },
    {
        "key": "samen-vertellen-video",
        "title": "Video: zo vertelt u uw kind over de scheiding",
        "summary": "In een korte video ziet u hoe twee ouders het samen aan hun kind vertellen.",
        "region": None,
        "audiences": ["ouders"],
        "topics": ["kind", "emoties"],
        "body": [
            ("paragraph", "<p>Het eerste gesprek over de scheiding onthoudt een kind vaak lang. In deze video ziet u hoe twee ouders dat samen doen: rustig, eerlijk en zonder ruzie.</p>"),
            ("video", {"title": "Samen vertellen (voorbeeldvideo)", "url": "https://vimeo.com/000000000", "transcript": "https://www.example.nl/video-samen-vertellen/tekstversie"}),
            ("steps", {"title": "Na het gesprek", "steps": [
                {"title": "Geef uw kind tijd", "text": "<p>Uw kind hoeft niet meteen te reageren. Vragen komen vaak later.</p>"},
                {"title": "Vertel wat hetzelfde blijft", "text": "<p>Bijvoorbeeld de school, de sport en de vrienden.</p>"},
            ]}),
        ],
        "translations": {
            "en": {
                "title": "Video: how to tell your child about the separation",
                "summary": "A short video shows two parents telling their child together.",
                "body": [
                    ("paragraph", "<p>A child often remembers the first talk about the separation for a long time. In this video two parents do it together: calmly, honestly and without a fight.</p>"),
                    ("video", {"title": "Telling it together (example video)", "url": "https://vimeo.com/000000000", "transcript": "https://www.example.nl/video-samen-vertellen/tekstversie"}),
                    ("steps", {"title": "After the talk", "steps": [
                        {"title": "Give your child time", "text": "<p>Your child does not have to react straight away. Questions often come later.</p>"},
                        {"title": "Say what stays the same", "text": "<p>For example school, sports and friends.</p>"},
                    ]}),
                ],
            },
            "ar": {
                "title": "فيديو: كيف تخبر طفلك بالانفصال",
                "summary": "في فيديو قصير ترى والدين يخبران طفلهما معًا.",
                "body": [
                    ("paragraph", "<p>يتذكر الطفل غالبًا الحديث الأول عن الانفصال لوقت طويل. في هذا الفيديو يفعل ذلك والدان معًا: بهدوء وصدق ودون شجار.</p>"),
                    ("video", {"title": "نخبره معًا (فيديو توضيحي)", "url": "https://vimeo.com/000000000", "transcript": "https://www.example.nl/video-samen-vertellen/tekstversie"}),
                    ("steps", {"title": "بعد الحديث", "steps": [
                        {"title": "امنح طفلك وقتًا", "text": "<p>لا يجب أن يتفاعل طفلك فورًا. الأسئلة تأتي غالبًا لاحقًا.</p>"},
                        {"title": "قل ما الذي سيبقى كما هو", "text": "<p>مثل المدرسة والرياضة والأصدقاء.</p>"},
                    ]}),
                ],
            },
        },
    },
    {
        "key": "twente-platform",
        "title": "Voor professionals: samenwerken bij scheidingen in Twente",
        "summary": "Bij veel jeugdzaken spelen scheidingsproblemen. In Twente werken alle organisaties daarom samen.",
        "region": "twente",
        "audiences": ["professionals"],
        "topics": ["kind", "recht"],
        "body": [
            ("paragraph", "<p>Bij 60 tot 70 procent van de gezinnen bij de jeugdbescherming spelen problemen rond een scheiding. In Twente werken de jeugdgezondheidszorg, het maatschappelijk werk, de jeugdbescherming en de rechtbank daarom samen in één platform.</p>"),
            ("steps", {"title": "Zo schakelt u het platform in", "steps": [
                {"title": "Bespreek het met de ouders", "text": "<p>Vraag of de ouders het goed vinden dat u het platform om advies vraagt.</p>"},
                {"title": "Meld de vraag aan", "text": "<p>Stuur een korte beschrijving, zonder namen, naar het platform.</p>"},
                {"title": "Samen verder", "text": "<p>Binnen twee weken hoort u welke hulp het beste past.</p>"},
            ]}),
            ("contact", {"title": "Platform Scheiding en Omgang Twente", "name": "Secretariaat (voorbeeld)", "email": "platform@twente.example.nl", "hours": "ma-do 9.00-17.00"}),
        ],
    },
    {
        "key": "brabant-kind-loket",
        "title": "Het kind- en scheidingsloket: ook voor kinderen en grootouders",
        "summary": "Bij het loket kan iedereen terecht met vragen over een scheiding, zonder afspraak.",
        "region": "zuidoost-brabant",
        "audiences": ["ouders", "kinderen", "netwerk"],
        "topics": ["kind", "recht"],
        "body": [
            ("paragraph", "<p>Bij het kind- en scheidingsloket zitten een mediator en een jeugd- en gezinswerker samen klaar. Zij beantwoorden uw vraag meteen, of zoeken samen met u naar de juiste hulp.</p>"),
            ("faq", {"title": "Vragen over het loket", "items": [
                {"question": "Wie kan er komen?", "answer": "<p>Ouders die uit elkaar gaan of al gescheiden zijn. Maar ook kinderen, opa's en oma's, leraren en andere mensen rond het gezin.</p>"},
                {"question": "Moet ik een afspraak maken?", "answer": "<p>Nee. U loopt gewoon binnen tijdens het spreekuur. Het is gratis.</p>"},
            ]}),
            ("contact", {"title": "Kind- en scheidingsloket", "name": "Sociaal team (voorbeeld)", "phone": "040 000 00 00", "email": "loket@brabant.example.nl", "hours": "woensdag 14.00-17.00"}),
            ("helplines", {"title": ""}),
        ],
    },]
