# Demo-inhoud voor Duurzaam Ouderschap in de gemeente Helmond.
# Alle namen, adressen, telefoonnummers, e-mailadressen en websites zijn verzonnen.
HUB = {
    "slug": "helmond",
    "name": "Duurzaam Ouderschap Helmond",
    "municipality": "Gemeente Helmond",
    "tagline": "Samen goed ouder blijven, ook als de relatie stopt",
    "municipalities": ["Helmond"],
    "postcode_areas": ["5700-5709"],
    "branding": {"primary": "#b3400a", "accent": "#2f7d6d", "font": "geometric", "layout": "licht", "logo": "square", "initials": "DO"},
    "contact": {
        "address": "Voorbeeldstraat 10, 5701 AA Helmond",
        "phone": "0492 000 200",
        "email": "duurzaamouderschap@helmond.example.nl",
        "hours": "Maandag tot en met vrijdag van 8.30 tot 17.00 uur",
    },
    "home": {
        "hero_title": "Goed ouder blijven, ook na een scheiding",
        "hero_intro": "Duurzaam Ouderschap helpt ouders, kinderen, familie en professionals in Helmond. We willen voorkomen dat kinderen schade oplopen door een scheiding of door ruzie tussen hun ouders.",
        "hero_image": "hart",
        "body": [
            ("paragraph", "<p>Duurzaam ouderschap betekent: ouders blijven samen zorgen voor hun kind. Nu en later. Ook als ze als stel uit elkaar gaan.</p><p>In Helmond werken scholen, de jeugdgezondheidszorg, het maatschappelijk werk, jeugdhulp en vrijwilligers daarom samen. Ouders en kinderen die zelf een scheiding hebben meegemaakt, denken mee. Zo sluit de hulp aan bij wat gezinnen echt nodig hebben.</p>"),
            ("links", {
                "title": "Waar bent u naar op zoek?",
                "links": [
                    {"title": "De ouderschapsbelofte", "url": "page:ouderschapsbelofte", "description": "Vijf beloftes aan uw kind."},
                    {"title": "Hulp bij scheiden, stap voor stap", "url": "page:hulp-bij-scheiden", "description": "Wat u kunt regelen, en in welke volgorde."},
                    {"title": "Het is niet jouw schuld", "url": "page:het-is-niet-jouw-schuld", "description": "Voor kinderen en jongeren."},
                    {"title": "Echtscheidingsspreekuur", "url": "page:echtscheidingsspreekuur", "description": "Tijden en locaties."},
                ],
            }),
            ("callout", {
                "title": "Praat erover bij het spreekuur",
                "text": "<p>Bij het echtscheidingsspreekuur praat u met een maatschappelijk werker. Op woensdagavond zijn er ook een advocaat en een mediator. U bent welkom, of u nu net twijfelt of al jaren gescheiden bent.</p>",
                "tone": "info",
            }),
        ],
    },
    "audiences": [
        # ------------------------------------------------------------------ ouders
        {
            "audience": "ouders",
            "title": "Voor ouders",
            "slug": "ouders",
            "intro": "Gaat u uit elkaar, bent u al gescheiden, of wordt u binnenkort ouder? Hier vindt u informatie en hulp om samen goed voor uw kind te blijven zorgen.",
            "body": [
                ("paragraph", "<p>Een scheiding is een van de zwaarste dingen die je als ouder kunt meemaken. U heeft te maken met verdriet, boosheid en veel vragen. Tegelijk wilt u dat het goed gaat met uw kind. Op deze pagina’s vindt u uitleg, tips en de weg naar hulp in Helmond.</p>"),
                ("callout", {
                    "title": "Ook in uw eigen taal",
                    "text": "<p>Over gevoelens praten gaat vaak het best in de taal die u thuis spreekt. Daarom bieden we hulp en cursussen waar het kan ook in andere talen aan.</p>",
                    "tone": "tip",
                }),
            ],
            "pages": [
                {
                    "title": "De ouderschapsbelofte",
                    "slug": "ouderschapsbelofte",
                    "intro": "Met de ouderschapsbelofte spreken ouders af hoe ze voor hun kind willen zorgen. Nu, en ook als het later anders loopt.",
                    "image": "hart",
                    "body": [
                        ("paragraph", "<p>Een baby krijgen is een groot moment. U denkt na over de toekomst van uw kind. Bijna niemand denkt dan aan scheiden. Toch is dit een goed moment om samen stil te staan bij één vraag: hoe blijven wij altijd goede ouders voor ons kind, wat er ook gebeurt?</p><p>De ouderschapsbelofte helpt daarbij. Het is een korte tekst met vijf beloftes. Ze zijn gebaseerd op de rechten van het kind. Dat zijn afspraken die landen over de hele wereld hebben gemaakt over wat elk kind nodig heeft.</p>"),
                        ("steps", {
                            "title": "De vijf beloftes",
                            "steps": [
                                {"title": "Wij zorgen samen voor jou", "text": "<p>Wat er ook gebeurt, we blijven allebei je ouder. We blijven samen verantwoordelijk voor jou.</p>"},
                                {"title": "Je mag van ons allebei houden", "text": "<p>Je hoeft nooit te kiezen. Je houdt contact met ons allebei, en met de familie aan beide kanten.</p>"},
                                {"title": "Wij houden jou buiten onze ruzies", "text": "<p>Zijn we het oneens? Dan lossen we dat samen op. Jij hoeft geen boodschappen over te brengen.</p>"},
                                {"title": "Wij luisteren naar jou", "text": "<p>We vragen wat jij vindt en nemen dat serieus. Op een manier die past bij je leeftijd.</p>"},
                                {"title": "Wij vragen op tijd hulp", "text": "<p>Lukt het ons niet alleen? Dan zoeken we hulp. Zo kun jij veilig en rustig opgroeien.</p>"},
                            ],
                        }),
                        ("callout", {
                            "title": "Waar hoort u over de belofte?",
                            "text": "<p>Verloskundigen, kraamverzorgenden en medewerkers van het consultatiebureau vertellen u erover rond de geboorte. U kunt de belofte ook zelf downloaden en samen invullen.</p>",
                            "tone": "tip",
                        }),
                        ("faq", {
                            "title": "Veelgestelde vragen",
                            "items": [
                                {"question": "Is de belofte een contract?", "answer": "<p>Nee. Het is geen juridisch document. Het is een afspraak tussen u beiden, voor uw kind. U kunt hem ophangen of bewaren bij de papieren van uw kind.</p>"},
                                {"question": "Kunnen we de belofte ook later nog maken?", "answer": "<p>Ja, het is nooit te laat. Ook als uw kind al ouder is, of als u al uit elkaar bent.</p>"},
                                {"question": "Wij hebben geen problemen. Is dit dan iets voor ons?", "answer": "<p>Juist wel. Afspraken maken gaat het makkelijkst als het goed gaat. Het is een mooi moment om samen te bespreken wat u uw kind wilt geven.</p>"},
                            ],
                        }),
                        ("links", {
                            "title": "Meer over de belofte",
                            "links": [
                                {"title": "Download de ouderschapsbelofte", "url": "https://www.duurzaamouderschap.example.nl/ouderschapsbelofte", "description": "Om samen in te vullen."},
                                {"title": "Hulp bij scheiden, stap voor stap", "url": "page:hulp-bij-scheiden", "description": "Als het toch anders loopt."},
                            ],
                        }),
                    ],
                },
                {
                    "title": "Hulp bij scheiden, stap voor stap",
                    "slug": "hulp-bij-scheiden",
                    "intro": "Als u gaat scheiden, moet er veel geregeld worden. Deze stappen helpen u op weg.",
                    "image": "wegwijzer",
                    "body": [
                        ("paragraph", "<p>Uit elkaar gaan brengt veel vragen mee. Over de kinderen, over geld en over wonen. En vaak ook over uw eigen gevoelens. Het helpt als u weet waar u kunt beginnen. En als u weet dat u er niet alleen voor staat.</p>"),
                        ("steps", {
                            "title": "Zo gaat u te werk",
                            "steps": [
                                {"title": "Kom naar het spreekuur", "text": "<p>Bij het echtscheidingsspreekuur zet een maatschappelijk werker samen met u op een rij wat er moet gebeuren.</p>"},
                                {"title": "Vertel het samen aan de kinderen", "text": "<p>Doe dat als het kan samen, in eenvoudige woorden. Zeg erbij dat het niet hun schuld is en dat u allebei hun ouder blijft.</p>"},
                                {"title": "Maak een ouderschapsplan", "text": "<p>Daarin staan de afspraken over de kinderen: waar ze wonen, wie wat betaalt en hoe u contact houdt. Voor getrouwde ouders is dit plan verplicht.</p>"},
                                {"title": "Regel de juridische kant", "text": "<p>Bent u getrouwd of heeft u een geregistreerd partnerschap? Dan heeft u een advocaat nodig. Een mediator kan helpen om samen afspraken te maken.</p>"},
                                {"title": "Zorg ook goed voor uzelf", "text": "<p>Slaap, beweging en steun van mensen om u heen helpen u om dit vol te houden. Uw kind heeft een ouder nodig die overeind blijft.</p>"},
                            ],
                        }),
                        ("callout", {
                            "title": "Wat is gezamenlijk gezag?",
                            "text": "<p>Gezag betekent dat u de belangrijke beslissingen over uw kind neemt. Bijvoorbeeld over school en medische zorg. Heeft u samen het gezag? Dan houdt u dat na een scheiding meestal allebei.</p>",
                            "tone": "info",
                        }),
                        ("faq", {
                            "title": "Vragen over het spreekuur",
                            "items": [
                                {"question": "Wat kost het spreekuur?", "answer": "<p>Het spreekuur is gratis.</p>"},
                                {"question": "Moeten we samen komen?", "answer": "<p>Dat mag, maar het hoeft niet. U kunt ook alleen komen.</p>"},
                                {"question": "Ik ben niet getrouwd. Kan ik toch komen?", "answer": "<p>Ja. Ook als u samenwoonde of nooit samen heeft gewoond, bent u welkom met uw vragen.</p>"},
                            ],
                        }),
                        ("links", {
                            "title": "Lees verder",
                            "links": [
                                {"title": "Echtscheidingsspreekuur", "url": "page:echtscheidingsspreekuur", "description": "Tijden en locaties."},
                                {"title": "Cursus Positief Opvoeden", "url": "page:positief-opvoeden", "description": "Praktische tips voor de nieuwe situatie."},
                                {"title": "Online trainingen", "url": "page:online-trainingen", "description": "Thuis aan de slag, in uw eigen tempo."},
                            ],
                        }),
                    ],
                },
                {
                    "title": "Cursus Positief Opvoeden na een scheiding",
                    "slug": "positief-opvoeden",
                    "intro": "In de cursus Positief Opvoeden leert u hoe u uw kind helpt in een nieuwe gezinssituatie. De cursus is er waar mogelijk ook in andere talen.",
                    "image": "team",
                    "body": [
                        ("paragraph", "<p>Na een scheiding verandert er veel voor uw kind. Er zijn twee huizen, soms nieuwe partners en nieuwe regels. Dat vraagt veel van u als ouder. In de cursus Positief Opvoeden voor gescheiden ouders krijgt u praktische tips. U oefent met situaties uit uw eigen leven, samen met andere ouders.</p>"),
                        ("heading", "Wat leert u?"),
                        ("paragraph", "<ul><li>hoe u rustig blijft op lastige momenten;</li><li>hoe u uw kind helpt om over gevoelens te praten;</li><li>hoe u duidelijke regels maakt in uw eigen huis;</li><li>hoe u goed samenwerkt met de andere ouder. Dat noemen we ook wel de co-ouderrelatie: de manier waarop u samen ouder bent, ook al woont u niet meer samen.</li></ul>"),
                        ("heading", "In uw eigen taal"),
                        ("paragraph", "<p>Helmond is een stad met inwoners uit veel landen. Opvoeden, relaties en scheiden zitten vol emoties. En over emoties praat u vaak het makkelijkst in de taal van thuis. Daarom geven we de cursus waar het kan ook in andere talen. Bij het spreekuur hoort u welke talen er nu zijn.</p>"),
                        ("faq", {
                            "title": "Veelgestelde vragen",
                            "items": [
                                {"question": "Moet de andere ouder ook meedoen?", "answer": "<p>Nee, u kunt ook alleen meedoen. Doet u allebei mee? Dan kunt u ook kiezen voor verschillende groepen.</p>"},
                                {"question": "Hoe ziet de cursus eruit?", "answer": "<p>U komt een paar keer bij elkaar in een kleine groep. Een getrainde begeleider leidt de bijeenkomsten. De data hoort u bij het aanmelden.</p>"},
                            ],
                        }),
                        ("quote", {
                            "text": "Ik dacht dat ik alles fout deed. In de groep merkte ik dat andere ouders precies dezelfde vragen hadden.",
                            "attribution": "Vader van twee kinderen, deelnemer aan de cursus",
                        }),
                        ("contact", {
                            "title": "Aanmelden voor de cursus",
                            "role": "Secretariaat Duurzaam Ouderschap",
                            "phone": "0492 000 230",
                            "email": "cursus@helmond.example.nl",
                            "hours": "Maandag tot en met donderdag van 9.00 tot 12.00 uur",
                        }),
                    ],
                },
                {
                    "title": "Online trainingen",
                    "slug": "online-trainingen",
                    "intro": "Wilt u thuis en in uw eigen tempo aan de slag? Er zijn online trainingen voor gescheiden ouders en voor hun kinderen.",
                    "image": "kalender",
                    "body": [
                        ("paragraph", "<p>Niet iedereen kan of wil naar een groep. Misschien werkt u op wisselende tijden. Of u leest liever eerst rustig zelf iets. Dan is een online training een goede keuze. U doet de training op de computer, tablet of telefoon. Wanneer het u uitkomt.</p>"),
                        ("heading", "Voor ouders"),
                        ("paragraph", "<p>De training voor ouders bestaat uit korte delen. Elk deel duurt ongeveer twintig minuten. Onderwerpen zijn bijvoorbeeld:</p><ul><li>hoe vertel ik het mijn kind?</li><li>hoe maak ik afspraken met de andere ouder?</li><li>wat doe ik als ik boos ben?</li><li>hoe ga ik om met een nieuwe partner in het leven van mijn kind?</li></ul>"),
                        ("heading", "Voor kinderen"),
                        ("paragraph", "<p>Voor kinderen is er een aparte training met filmpjes, spelletjes en opdrachten. Kinderen leren dat ze niet de enige zijn. En dat ze hun gevoelens mogen laten zien. U kunt de training samen met uw kind doen, of uw kind doet hem alleen.</p>"),
                        ("steps", {
                            "title": "Zo begint u",
                            "steps": [
                                {"title": "Kies een training", "text": "<p>Voor uzelf, voor uw kind, of allebei.</p>"},
                                {"title": "Maak een account", "text": "<p>U heeft alleen een e-mailadres nodig.</p>"},
                                {"title": "Werk in uw eigen tempo", "text": "<p>U kunt altijd stoppen en later verder gaan.</p>"},
                                {"title": "Vragen?", "text": "<p>Bel of mail ons. We helpen u graag op weg.</p>"},
                            ],
                        }),
                        ("links", {
                            "title": "Naar de trainingen",
                            "links": [
                                {"title": "Online training voor ouders", "url": "https://www.duurzaamouderschap.example.nl/training-ouders", "description": "Korte delen, wanneer het u uitkomt."},
                                {"title": "Online training voor kinderen", "url": "https://www.duurzaamouderschap.example.nl/training-kinderen", "description": "Met filmpjes en opdrachten."},
                                {"title": "Praten en hulp voor kinderen", "url": "page:praten-en-hulp", "description": "Een pagina om samen met uw kind te lezen."},
                            ],
                        }),
                    ],
                },
                {
                    "title": "Steun van andere ouders",
                    "slug": "steun-van-andere-ouders",
                    "intro": "Praten met ouders die hetzelfde meemaken, kan veel steun geven. In Helmond zijn er zelfhulpgroepen en een denktank van gescheiden ouders.",
                    "image": "netwerk",
                    "body": [
                        ("paragraph", "<p>Bij een scheiding voelen veel ouders zich alleen. Ook als er genoeg mensen om hen heen zijn. Andere ouders die het zelf hebben meegemaakt, begrijpen vaak zonder veel woorden wat u bedoelt. Ze geven geen advies van bovenaf. Ze vertellen wat hen zelf heeft geholpen.</p>"),
                        ("heading", "Zelfhulpnetwerken"),
                        ("paragraph", "<p>Een zelfhulpnetwerk is een groep ouders die elkaar helpen. Er is geen hulpverlener bij, of alleen op de achtergrond. U deelt ervaringen en tips. In Helmond zijn er bijvoorbeeld:</p><ul><li>gespreksgroepen die een keer per maand bij elkaar komen;</li><li>een online groep waar u op elk moment een vraag kunt stellen;</li><li>koffieochtenden voor ouders in de wijk.</li></ul>"),
                        ("heading", "De denktank van gescheiden ouders"),
                        ("paragraph", "<p>In de denktank denken gescheiden ouders mee over de hulp in Helmond. Wat werkte goed? Wat heeft u gemist? Met hun ervaringen maken we de hulp beter. De denktank bestaat al vanaf het begin van Duurzaam Ouderschap. Nieuwe leden zijn welkom.</p>"),
                        ("quote", {
                            "text": "In de denktank merk ik dat mijn ervaring ergens goed voor is. Dat geeft me een goed gevoel.",
                            "attribution": "Moeder, lid van de denktank van gescheiden ouders",
                        }),
                        ("faq", {
                            "title": "Veelgestelde vragen",
                            "items": [
                                {"question": "Moet ik in de groep iets over mezelf vertellen?", "answer": "<p>Nee. U mag ook eerst alleen luisteren. U bepaalt zelf wat u deelt.</p>"},
                                {"question": "Hoe vind ik een groep die bij mij past?", "answer": "<p>Bel of mail ons. We vertellen welke groepen er zijn en wanneer ze bij elkaar komen.</p>"},
                            ],
                        }),
                        ("contact", {
                            "title": "Meedoen of meer weten?",
                            "role": "Contactpersoon zelfhulp en denktank",
                            "phone": "0492 000 240",
                            "email": "denktank@helmond.example.nl",
                        }),
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------ kinderen
        {
            "audience": "kinderen",
            "title": "Voor kinderen en jongeren",
            "slug": "kinderen-en-jongeren",
            "intro": "Zijn je ouders uit elkaar, of gaan ze scheiden? Hier lees je wat je moet weten, waar je kunt praten en hoe je kunt meedenken.",
            "body": [
                ("paragraph", "<p>Deze pagina’s zijn voor jou. We hebben ze gemaakt samen met kinderen en jongeren uit Helmond die zelf gescheiden ouders hebben. Zij weten hoe het voelt.</p>"),
                ("callout", {
                    "title": "Je bent niet de enige",
                    "text": "<p>Heel veel kinderen hebben ouders die uit elkaar zijn. Waarschijnlijk ook een paar kinderen in jouw klas.</p>",
                    "tone": "info",
                }),
            ],
            "pages": [
                {
                    "title": "Het is niet jouw schuld",
                    "slug": "het-is-niet-jouw-schuld",
                    "intro": "Gaan je ouders uit elkaar, of zijn ze al gescheiden? Lees hier wat je moet weten. En wat je kunt doen als het moeilijk is.",
                    "image": "kind",
                    "body": [
                        ("heading", "Jij hebt niets fout gedaan"),
                        ("paragraph", "<p>Ouders scheiden omdat ze als stel niet meer samen verder kunnen. Dat heeft niets met jou te maken. Je hebt niets verkeerd gedaan. En je hoeft het ook niet te repareren.</p><p>Heel veel kinderen maken een scheiding mee. Je bent dus niet de enige, ook al voelt dat soms wel zo.</p>"),
                        ("callout", {
                            "title": "Dit mag je altijd",
                            "text": "<ul><li>van allebei je ouders houden;</li><li>verdrietig, boos of juist blij zijn;</li><li>vragen stellen;</li><li>zeggen dat je iets niet wilt vertellen;</li><li>gewoon kind zijn en plezier maken.</li></ul>",
                            "tone": "tip",
                        }),
                        ("faq", {
                            "title": "Wat als...",
                            "items": [
                                {"question": "Wat als mijn ouders ruzie maken terwijl ik erbij ben?", "answer": "<p>Dat is niet fijn. Je mag weggaan naar je kamer of naar buiten. Later kun je tegen je ouders zeggen dat je het vervelend vond.</p>"},
                                {"question": "Wat als een ouder me dingen vraagt over de andere ouder?", "answer": "<p>Je hoeft geen spion of boodschapper te zijn. Je mag zeggen: ‘Vraag het maar zelf.’</p>"},
                                {"question": "Wat als ik me schaam?", "answer": "<p>Dat voelen meer kinderen. Je hoeft het niet aan iedereen te vertellen. Jij kiest zelf met wie je het deelt.</p>"},
                            ],
                        }),
                        ("quote", {
                            "text": "Mijn moeder zei: het is niet jouw schuld. Ik moest het wel tien keer horen voordat ik het geloofde.",
                            "attribution": "Meisje van 12, lid van de kinderdenktank",
                        }),
                        ("links", {
                            "title": "Lees ook",
                            "links": [
                                {"title": "Praten en hulp", "url": "page:praten-en-hulp", "description": "Met wie kun je praten?"},
                                {"title": "Praatgroep op school", "url": "page:praatgroep-op-school", "description": "Samen met kinderen die hetzelfde meemaken."},
                            ],
                        }),
                    ],
                },
                {
                    "title": "Praatgroep op school",
                    "slug": "praatgroep-op-school",
                    "intro": "Op sommige scholen in Helmond is er een praatgroep voor kinderen van gescheiden ouders. Daar ontmoet je kinderen die hetzelfde meemaken.",
                    "image": "school",
                    "body": [
                        ("paragraph", "<p>In een praatgroep zit je met een paar kinderen bij elkaar. Ze hebben allemaal ouders die uit elkaar zijn of gaan. Een begeleider helpt het gesprek op gang. Je mag vertellen wat je wilt, maar het hoeft niet. Alleen luisteren is ook goed.</p>"),
                        ("steps", {
                            "title": "Hoe gaat het?",
                            "steps": [
                                {"title": "Je ouders geven toestemming", "text": "<p>School vraagt je ouders of je mee mag doen.</p>"},
                                {"title": "Je komt een paar keer bij elkaar", "text": "<p>Dat gebeurt op school, in een rustig lokaal.</p>"},
                                {"title": "Je doet opdrachten en spelletjes", "text": "<p>Zo praat je op een makkelijke manier over wat je voelt.</p>"},
                                {"title": "Wat je zegt, blijft in de groep", "text": "<p>Dat spreken jullie met elkaar af.</p>"},
                            ],
                        }),
                        ("callout", {
                            "title": "Op welke scholen?",
                            "text": "<p>We beginnen op drie scholen in Helmond. Dat heet een pilot: een proef om te kijken of het goed werkt. Gaat het goed? Dan komen er later meer scholen bij. Vraag je juf, meester of mentor of jouw school meedoet.</p>",
                            "tone": "info",
                        }),
                        ("faq", {
                            "title": "Vragen over de praatgroep",
                            "items": [
                                {"question": "Is het niet eng?", "answer": "<p>In het begin misschien een beetje. De meeste kinderen vinden het na de eerste keer fijn. Je merkt dat anderen dezelfde dingen voelen.</p>"},
                                {"question": "Weten mijn klasgenoten dat ik meedoe?", "answer": "<p>Alleen als jij dat zelf wilt vertellen.</p>"},
                                {"question": "Mijn school doet niet mee. Wat nu?", "answer": "<p>Je kunt de online training voor kinderen doen. Of je praat met iemand die je vertrouwt.</p>"},
                            ],
                        }),
                        ("quote", {
                            "text": "Ik dacht dat ik de enige was die twee keer zijn verjaardag viert. Nu ken ik kinderen die dat ook hebben.",
                            "attribution": "Jongen van 11",
                        }),
                        ("links", {
                            "title": "Lees ook",
                            "links": [
                                {"title": "Het is niet jouw schuld", "url": "page:het-is-niet-jouw-schuld", "description": "Wat je moet weten."},
                                {"title": "Praten en hulp", "url": "page:praten-en-hulp", "description": "Ook de online training voor kinderen."},
                            ],
                        }),
                    ],
                },
                {
                    "title": "Praten en hulp",
                    "slug": "praten-en-hulp",
                    "intro": "Soms zit je hoofd zo vol dat je het niet meer weet. Dan is het fijn om met iemand te praten. Dat kan op veel manieren.",
                    "image": "gesprek",
                    "body": [
                        ("paragraph", "<p>Je kunt praten met iemand die je kent. Bijvoorbeeld een opa of oma, een vriend of je mentor. Of met iemand op school die er is voor kinderen met zorgen. Wil je liever met iemand praten die je niet kent? Dat kan ook. Bel of chat dan met JouwLijn.</p><p>Praten helpt. Je probleem is daarna misschien niet weg. Maar je hoeft het niet meer alleen te dragen.</p>"),
                        ("contact", {
                            "title": "JouwLijn",
                            "name": "JouwLijn",
                            "role": "Gratis en anoniem bellen of chatten",
                            "phone": "0800 000 222",
                            "email": "chat@jouwlijn.example.nl",
                            "hours": "Elke dag van 14.00 tot 20.00 uur",
                        }),
                        ("faq", {
                            "title": "Vragen over JouwLijn",
                            "items": [
                                {"question": "Wat betekent anoniem?", "answer": "<p>Je hoeft je naam niet te zeggen. Niemand weet wie je bent, ook je ouders niet.</p>"},
                                {"question": "Waar kan ik over praten?", "answer": "<p>Over alles. Over de scheiding, maar ook over school, vrienden of iets anders waar je mee zit.</p>"},
                            ],
                        }),
                        ("heading", "Online training voor kinderen"),
                        ("paragraph", "<p>Er is ook een online training voor kinderen van gescheiden ouders. Je doet hem op een laptop of tablet, in je eigen tempo. Er zitten filmpjes van andere kinderen in, opdrachten en tips. Vraag je vader of moeder of je mee mag doen.</p>"),
                        ("callout", {
                            "title": "Voel je je niet veilig?",
                            "text": "<p>Ben je bang, of doet iemand je pijn? Vertel het meteen aan een volwassene die je vertrouwt. Is er echt gevaar? Bel dan 112.</p>",
                            "tone": "warning",
                        }),
                        ("links", {
                            "title": "Handige links",
                            "links": [
                                {"title": "Chat met JouwLijn", "url": "https://www.jouwlijn.example.nl/chat", "description": "Gratis en anoniem."},
                                {"title": "Online training voor kinderen", "url": "https://www.duurzaamouderschap.example.nl/training-kinderen", "description": "Filmpjes, opdrachten en tips."},
                            ],
                        }),
                    ],
                },
                {
                    "title": "Denk mee in de jongerendenktank",
                    "slug": "denktank-jongeren",
                    "intro": "Ben jij tussen de 12 en 18 en zijn je ouders gescheiden? Dan zoeken we jou. In de denktank vertel je wat jongeren echt nodig hebben.",
                    "image": "team",
                    "body": [
                        ("paragraph", "<p>Volwassenen bedenken vaak hulp voor jongeren. Maar jij weet zelf het best wat helpt en wat niet. Daarom is er in Helmond een denktank van kinderen van gescheiden ouders. Een denktank is een groep die samen nadenkt over een onderwerp en ideeën geeft.</p><p>Met jouw ideeën maken we de hulp beter. De teksten voor jongeren op deze website zijn bijvoorbeeld eerst gelezen door jongeren uit de denktank.</p>"),
                        ("heading", "Wat doe je in de denktank?"),
                        ("paragraph", "<ul><li>Je praat over wat jij hebt meegemaakt, als je dat wilt.</li><li>Je geeft tips aan de gemeente en aan hulpverleners.</li><li>Je leest mee met de teksten op deze website.</li><li>Je denkt mee over de praatgroepen op school.</li></ul>"),
                        ("steps", {
                            "title": "Zo doe je mee",
                            "steps": [
                                {"title": "Stuur een berichtje", "text": "<p>Mail of bel ons. Vertel hoe oud je bent en waarom je mee wilt doen.</p>"},
                                {"title": "Kennismaken", "text": "<p>We spreken eerst een keer af, zodat je ziet hoe het gaat.</p>"},
                                {"title": "Bijeenkomsten", "text": "<p>De denktank komt een paar keer per jaar bij elkaar. Er is altijd iets te eten en te drinken.</p>"},
                            ],
                        }),
                        ("faq", {
                            "title": "Vragen over meedoen",
                            "items": [
                                {"question": "Moet ik mijn hele verhaal vertellen?", "answer": "<p>Nee. Je deelt alleen wat jij wilt.</p>"},
                                {"question": "Moeten mijn ouders toestemming geven?", "answer": "<p>Ben je jonger dan 16? Dan vragen we ook toestemming aan een ouder.</p>"},
                                {"question": "Kost het veel tijd?", "answer": "<p>Nee. Je komt een paar keer per jaar. En je kunt altijd stoppen als je dat wilt.</p>"},
                            ],
                        }),
                        ("quote", {
                            "text": "Ik vind het tof dat ze echt iets doen met wat wij zeggen.",
                            "attribution": "Yara, 15 jaar, lid van de jongerendenktank",
                        }),
                        ("contact", {
                            "title": "Aanmelden",
                            "role": "Begeleider jongerendenktank",
                            "phone": "0492 000 250",
                            "email": "jongerendenktank@helmond.example.nl",
                        }),
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------ netwerk
        {
            "audience": "netwerk",
            "title": "Voor familie, vrienden en omgeving",
            "slug": "netwerk",
            "intro": "Familie, vrienden, buren en vrijwilligers staan dicht bij een gezin. Hier leest u hoe u steun kunt geven als ouders uit elkaar gaan.",
            "body": [
                ("paragraph", "<p>Een gezin in scheiding heeft veel aan mensen om zich heen. U hoeft geen hulpverlener te zijn om iets te betekenen. Een luisterend oor, een maaltijd of een vaste middag met de kinderen maakt al verschil.</p>"),
                ("callout", {
                    "title": "Vragen? Bel gerust",
                    "text": "<p>Ook als familielid of vrijwilliger kunt u bij ons terecht met uw vragen. Bel 0492 000 200.</p>",
                    "tone": "tip",
                }),
            ],
            "pages": [
                {
                    "title": "Familie en vrienden",
                    "slug": "familie-en-vrienden",
                    "intro": "Opa’s, oma’s, tantes, ooms en vrienden kunnen veel betekenen voor een gezin in scheiding. Hier leest u hoe.",
                    "image": "netwerk",
                    "body": [
                        ("paragraph", "<p>Als ouders uit elkaar gaan, verandert er ook veel voor de familie en vrienden. Misschien ziet u de kinderen minder vaak. Of u weet niet goed hoe u met de ex-partner moet omgaan. Dat is lastig. Toch kunt u juist nu een belangrijke rol spelen.</p>"),
                        ("steps", {
                            "title": "Vijf manieren om te helpen",
                            "steps": [
                                {"title": "Wees een vaste plek", "text": "<p>Voor kinderen is het fijn als sommige dingen gewoon hetzelfde blijven. Zoals logeren bij opa en oma.</p>"},
                                {"title": "Luister zonder oordeel", "text": "<p>Laat ouders en kinderen hun verhaal vertellen. U hoeft niet meteen advies te geven.</p>"},
                                {"title": "Help praktisch", "text": "<p>Denk aan oppassen, koken of helpen bij een verhuizing.</p>"},
                                {"title": "Kies geen kant", "text": "<p>Praat niet slecht over de andere ouder. Zeker niet als de kinderen het kunnen horen.</p>"},
                                {"title": "Wijs de weg", "text": "<p>Vertel over het echtscheidingsspreekuur als iemand vastloopt.</p>"},
                            ],
                        }),
                        ("callout", {
                            "title": "Ook uw eigen gevoelens tellen",
                            "text": "<p>Een scheiding in de familie kan ook u verdrietig maken. Praat daar met iemand over. Zo kunt u er beter zijn voor de kinderen.</p>",
                            "tone": "info",
                        }),
                        ("faq", {
                            "title": "Veelgestelde vragen",
                            "items": [
                                {"question": "Mag ik contact houden met de ex-partner van mijn zoon of dochter?", "answer": "<p>Ja, dat mag. Voor de kinderen is het vaak zelfs fijn als de familie vriendelijk blijft tegen beide ouders.</p>"},
                                {"question": "Mijn kleinkind is stil en verdrietig. Wat kan ik doen?", "answer": "<p>Geef aandacht en laat merken dat alle gevoelens mogen. Lees samen de pagina ‘Het is niet jouw schuld’. Blijft u zich zorgen maken? Bespreek het dan met de ouders of met ons.</p>"},
                            ],
                        }),
                        ("links", {
                            "title": "Lees ook",
                            "links": [
                                {"title": "Het is niet jouw schuld", "url": "page:het-is-niet-jouw-schuld", "description": "Om samen met een kind te lezen."},
                                {"title": "Steun van andere ouders", "url": "page:steun-van-andere-ouders", "description": "Zelfhulpgroepen voor ouders."},
                            ],
                        }),
                    ],
                },
                {
                    "title": "Scheiden in verschillende culturen",
                    "slug": "verschillende-culturen",
                    "intro": "Helmond is een stad met inwoners uit veel landen. Elk gezin kijkt op zijn eigen manier naar relaties, familie en scheiden.",
                    "image": "gesprek",
                    "body": [
                        ("paragraph", "<p>In sommige families is scheiden iets waar je niet over praat. Er kan schaamte zijn, of angst voor wat de familie of de gemeenschap ervan vindt. Soms hebben grootouders of andere familieleden veel te zeggen over beslissingen. Dat kan steun geven, maar ook druk.</p>"),
                        ("heading", "Wat kunt u doen?"),
                        ("paragraph", "<p>Misschien bent u een familielid. Of een sleutelfiguur: iemand die in een gemeenschap bekend is en vertrouwd wordt. Bijvoorbeeld een geestelijk leider, iemand van een vereniging of een ervaren moeder uit de buurt. U kunt helpen door:</p><ul><li>het onderwerp bespreekbaar te maken, zonder oordeel;</li><li>het belang van de kinderen voorop te zetten;</li><li>ouders te vertellen dat hulp vragen normaal is;</li><li>mee te gaan naar een eerste gesprek, als de ouder dat wil.</li></ul>"),
                        ("callout", {
                            "title": "Hulp in uw eigen taal",
                            "text": "<p>De cursus Positief Opvoeden is er waar mogelijk ook in andere talen. Bij het spreekuur kijken we samen hoe we u het best kunnen helpen, bijvoorbeeld met een tolk.</p>",
                            "tone": "tip",
                        }),
                        ("faq", {
                            "title": "Veelgestelde vragen",
                            "items": [
                                {"question": "Mag ik als familielid mee naar het spreekuur?", "answer": "<p>Ja, als de ouder dat graag wil.</p>"},
                                {"question": "Begrijpen de hulpverleners mijn cultuur?", "answer": "<p>Hulpverleners in Helmond krijgen extra kennis over verschillende culturen. Vertel gerust wat voor u en uw familie belangrijk is. Dan houden we daar rekening mee.</p>"},
                            ],
                        }),
                        ("quote", {
                            "text": "In onze familie praatten we er nooit over. Toen mijn tante het toch deed, voelde ik me minder alleen.",
                            "attribution": "Moeder, lid van de denktank van gescheiden ouders",
                        }),
                        ("links", {
                            "title": "Lees ook",
                            "links": [
                                {"title": "Cursus Positief Opvoeden", "url": "page:positief-opvoeden", "description": "Ook in andere talen."},
                                {"title": "Echtscheidingsspreekuur", "url": "page:echtscheidingsspreekuur", "description": "Tijden en locaties."},
                            ],
                        }),
                    ],
                },
                {
                    "title": "Vrijwilligers en verenigingen",
                    "slug": "vrijwilligers-en-verenigingen",
                    "intro": "Vrijwilligers staan dicht bij gezinnen. Bij de sportclub, in het buurthuis, bij een geloofsgemeenschap of als maatje. Zo kunt u een gezin in scheiding steunen.",
                    "image": "team",
                    "body": [
                        ("paragraph", "<p>Als vrijwilliger ziet u kinderen en ouders vaak in een ontspannen sfeer. Daardoor vertellen mensen u soms meer dan aan een hulpverlener. Dat is waardevol. Met een paar eenvoudige dingen kunt u een gezin in scheiding echt helpen.</p><p>Denk aan een trainer die merkt dat een kind vaak afzegt. Of een medewerker van het buurthuis die ziet dat een vader er moe en somber uitziet.</p>"),
                        ("heading", "Wat u kunt doen"),
                        ("paragraph", "<ul><li>Geef kinderen een plek waar ze even niet aan thuis hoeven te denken.</li><li>Let op veranderingen, zoals een kind dat stiller wordt of vaak afzegt.</li><li>Houd rekening met twee adressen, bijvoorbeeld bij het ophalen of bij uitnodigingen.</li><li>Vertel ouders over de hulp in Helmond, zoals het spreekuur en de online trainingen.</li></ul>"),
                        ("callout", {
                            "title": "Ken uw grenzen",
                            "text": "<p>U bent geen hulpverlener, en dat hoeft ook niet. Maakt u zich zorgen? Vertel het aan de coördinator van uw organisatie of bel ons voor advies.</p>",
                            "tone": "info",
                        }),
                        ("steps", {
                            "title": "Wat doet u als u zich zorgen maakt?",
                            "steps": [
                                {"title": "Vertel wat u ziet", "text": "<p>Zeg bijvoorbeeld: ‘Ik merk dat je de laatste tijd stil bent. Gaat het wel goed?’</p>"},
                                {"title": "Luister", "text": "<p>Laat de ander vertellen. U hoeft het niet op te lossen.</p>"},
                                {"title": "Overleg", "text": "<p>Bespreek het met uw coördinator of met Duurzaam Ouderschap.</p>"},
                            ],
                        }),
                        ("contact", {
                            "title": "Voor vrijwilligersorganisaties",
                            "name": "Sanne Verhoeckx",
                            "role": "Coördinator vrijwilligers, Duurzaam Ouderschap",
                            "phone": "0492 000 260",
                            "email": "vrijwilligers@helmond.example.nl",
                        }),
                        ("links", {
                            "title": "Lees ook",
                            "links": [
                                {"title": "Signaleren en doorverwijzen", "url": "page:signaleren-en-doorverwijzen", "description": "Meer over signalen, voor professionals."},
                                {"title": "Online trainingen", "url": "page:online-trainingen", "description": "Om door te geven aan ouders."},
                            ],
                        }),
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------ professionals
        {
            "audience": "professionals",
            "title": "Voor professionals",
            "slug": "professionals",
            "intro": "Werkt u in Helmond met ouders of kinderen? Hier leest u over onze gezamenlijke visie, de ouderschapsbelofte, de voorlichting op scholen en hoe u signaleert en doorverwijst.",
            "body": [
                ("paragraph", "<p>Duurzaam Ouderschap wil dat alle organisaties in Helmond op dezelfde manier naar scheiding en ouderschap kijken. Zo voorkomen we schade bij kinderen en helpen we gezinnen zo vroeg mogelijk. Dat doen we niet voor, maar met u.</p>"),
                ("callout", {
                    "title": "Denk mee in de denktank",
                    "text": "<p>Heeft u ideeën of tips uit de praktijk? De denktank voor professionals komt regelmatig bij elkaar. U bent welkom.</p>",
                    "tone": "tip",
                }),
            ],
            "pages": [
                {
                    "title": "Een gezamenlijke visie in de keten",
                    "slug": "gezamenlijke-visie",
                    "intro": "Duurzaam Ouderschap werkt aan één gedeelde visie voor alle organisaties in Helmond die met ouders en kinderen werken. Zo helpen we gezinnen samen, en niet ieder apart.",
                    "image": "team",
                    "body": [
                        ("paragraph", "<p>Met de keten bedoelen we alle organisaties die een gezin tegenkomen of helpen. Denk aan de jeugdgezondheidszorg, scholen, de sociale gebiedsteams, het maatschappelijk werk, jeugdhulp, welzijnswerk en vrijwilligersorganisaties. Iedere partner ziet een ander stukje van het gezin. Samen zien we het hele plaatje.</p>"),
                        ("heading", "Onze uitgangspunten"),
                        ("paragraph", "<ul><li><strong>Preventie eerst:</strong> we zijn er zo vroeg mogelijk, al rond de geboorte.</li><li><strong>Normaliseren:</strong> scheiden komt veel voor. We maken het bespreekbaar, zonder oordeel.</li><li><strong>Het kind centraal:</strong> bij elke stap vragen we ons af wat dit betekent voor het kind.</li><li><strong>Ervaring telt:</strong> ouders en jongeren denken mee via hun eigen denktanks.</li><li><strong>Passend aanbod:</strong> een aanbod dat alles dekt, zonder dubbel werk.</li></ul>"),
                        ("heading", "De denktank voor professionals"),
                        ("paragraph", "<p>In de denktank voor professionals komen mensen uit de praktijk samen. Ze bespreken ideeën en tips, en werken de visie verder uit. De denktanks van gescheiden ouders en van kinderen van gescheiden ouders geven steeds hun mening. Zo blijven we dicht bij wat gezinnen echt nodig hebben.</p>"),
                        ("callout", {
                            "title": "Scheiden bespreekbaar maken",
                            "text": "<p>We leggen inwoners regelmatig een dilemma voor: een lastige keuze waar je samen over kunt praten. Dat doen we via sociale media en in het huis-aan-huisblad. Zo wordt praten over relaties en scheiden gewoner.</p>",
                            "tone": "info",
                        }),
                        ("faq", {
                            "title": "Meedoen als organisatie",
                            "items": [
                                {"question": "Wat vragen we van partners?", "answer": "<p>Dat u de visie deelt met uw collega’s, meedenkt in de denktank en de afspraken over doorverwijzen nakomt.</p>"},
                                {"question": "Hoe sluit mijn organisatie aan?", "answer": "<p>Neem contact op met de programmaleider. We plannen dan een kennismaking.</p>"},
                            ],
                        }),
                        ("contact", {
                            "title": "Programmaleider Duurzaam Ouderschap",
                            "name": "Ilse van Deursen",
                            "role": "Programmaleider",
                            "phone": "0492 000 210",
                            "email": "programma@helmond.example.nl",
                        }),
                    ],
                },
                {
                    "title": "De ouderschapsbelofte rond de geboorte",
                    "slug": "belofte-rond-de-geboorte",
                    "intro": "Professionals rond de geboorte zien ouders op een moment dat ze openstaan voor vragen over de toekomst. Dat is een kans om de ouderschapsbelofte te bespreken.",
                    "image": "kind",
                    "body": [
                        ("paragraph", "<p>De meeste ouders zijn rond de geboorte vol goede voornemens. Juist dan is het makkelijk om samen te bespreken wat ze hun kind willen geven. Ook als het later tegenzit. De ouderschapsbelofte helpt om dat gesprek te voeren. De belofte bestaat uit vijf beloftes, gebaseerd op de rechten van het kind.</p>"),
                        ("heading", "Voor wie is dit?"),
                        ("paragraph", "<ul><li>verloskundigen;</li><li>kraamverzorgenden;</li><li>medewerkers van de jeugdgezondheidszorg, zoals het consultatiebureau;</li><li>huisartsen;</li><li>begeleiders van zwangerschapscursussen.</li></ul>"),
                        ("steps", {
                            "title": "Zo bespreekt u de belofte",
                            "steps": [
                                {"title": "Kies een rustig moment", "text": "<p>Bijvoorbeeld tijdens een controle of een huisbezoek, als er tijd is voor een gesprek.</p>"},
                                {"title": "Leg uit wat het is", "text": "<p>Vertel dat het gaat over goed ouderschap voor nu en later. Niet over scheiden.</p>"},
                                {"title": "Geef de kaart mee", "text": "<p>Ouders kunnen de belofte thuis samen invullen.</p>"},
                                {"title": "Kom er later op terug", "text": "<p>Vraag bij een volgend contact of ouders er samen over hebben gepraat.</p>"},
                            ],
                        }),
                        ("callout", {
                            "title": "Praat over ouderschap, niet over scheiden",
                            "text": "<p>Ouders schrikken soms van het woord scheiding. Leg de nadruk op wat ze hun kind willen geven. U kunt vragen: ‘Wat willen jullie allebei voor je kind betekenen, wat er ook gebeurt?’</p>",
                            "tone": "tip",
                        }),
                        ("faq", {
                            "title": "Vragen uit de praktijk",
                            "items": [
                                {"question": "Wat als ouders negatief reageren?", "answer": "<p>Dat mag. Leg uit dat het een aanbod is en geen verplichting. Laat de kaart achter, zodat ouders er later naar kunnen kijken.</p>"},
                                {"question": "Waar bestel ik kaarten?", "answer": "<p>Stuur een mail naar belofte@helmond.example.nl. U krijgt de kaarten gratis toegestuurd.</p>"},
                            ],
                        }),
                        ("links", {
                            "title": "Meer informatie",
                            "links": [
                                {"title": "De ouderschapsbelofte voor ouders", "url": "page:ouderschapsbelofte", "description": "De pagina waar u ouders naar kunt verwijzen."},
                                {"title": "Download de ouderschapsbelofte", "url": "https://www.duurzaamouderschap.example.nl/ouderschapsbelofte", "description": "Om te printen."},
                            ],
                        }),
                    ],
                },
                {
                    "title": "Scholen: voorlichting en praatgroepen",
                    "slug": "scholen-voorlichting",
                    "intro": "School is een vaste plek in het leven van een kind. Daarom helpen we scholen om kinderen van gescheiden ouders goed te steunen.",
                    "image": "school",
                    "body": [
                        ("paragraph", "<p>Onderzoek laat zien dat groepen op school veel kunnen betekenen voor kinderen van gescheiden ouders. Kinderen merken dat hun gevoelens er mogen zijn. En dat ze die kunnen delen met anderen die hetzelfde meemaken. School is daarom een belangrijke partner in de keten.</p>"),
                        ("heading", "Voorlichting ‘Kinderen van gescheiden ouders’"),
                        ("paragraph", "<p>Getrainde voorlichters geven op school een voorlichting aan leerkrachten, mentoren en intern begeleiders. Aan bod komen onder andere:</p><ul><li>wat kinderen meemaken bij een scheiding;</li><li>welke signalen u kunt zien in de klas;</li><li>hoe u een gesprek met een kind begint;</li><li>hoe u beide ouders goed informeert;</li><li>wanneer en waar u doorverwijst.</li></ul>"),
                        ("heading", "Praatgroepen: drie pilots"),
                        ("paragraph", "<p>Op drie scholen starten we een praatgroep voor kinderen van gescheiden ouders. Een pilot is een proef: we kijken goed wat werkt. De kinderen die meedoen, blijven we een tijd volgen. Blijkt de aanpak goed te werken? Dan kunnen daarna meer scholen meedoen. Zo willen we uiteindelijk zoveel mogelijk kinderen in Helmond bereiken.</p>"),
                        ("faq", {
                            "title": "Vragen van scholen",
                            "items": [
                                {"question": "Hoe lang duurt de voorlichting?", "answer": "<p>Ongeveer twee uur. Dat past vaak in een teamvergadering of studiemiddag.</p>"},
                                {"question": "Kan onze school ook een praatgroep krijgen?", "answer": "<p>We beginnen op drie scholen. Wilt u op de lijst voor later? Stuur ons een mail.</p>"},
                            ],
                        }),
                        ("quote", {
                            "text": "Sinds de voorlichting weet ik beter wat ik kan zeggen als een leerling vertelt dat zijn ouders gaan scheiden.",
                            "attribution": "Leerkracht groep 6",
                        }),
                        ("contact", {
                            "title": "Voorlichting aanvragen",
                            "role": "Team scholen, Duurzaam Ouderschap",
                            "phone": "0492 000 270",
                            "email": "scholen@helmond.example.nl",
                        }),
                    ],
                },
                {
                    "title": "Signaleren en doorverwijzen",
                    "slug": "signaleren-en-doorverwijzen",
                    "intro": "Hoe eerder u spanning in een gezin opmerkt, hoe beter u kunt helpen. Hier leest u waar u op let en waar u naartoe verwijst.",
                    "image": "wegwijzer",
                    "body": [
                        ("paragraph", "<p>Relatieproblemen en scheidingen zijn niet altijd zichtbaar. Vaak ziet u eerst iets anders. Een kind dat slechter slaapt, een ouder die vaak moe is, of een vraag over geld. Door goed te kijken en door te vragen, komt hulp eerder op gang. Een open vraag als ‘Hoe gaat het bij jullie thuis?’ is vaak al genoeg om het gesprek te beginnen.</p><p>Let bijvoorbeeld op een kind dat stiller of bozer wordt, of op ouders die niet meer samen naar gesprekken komen. Ook als kinderen boodschappen tussen hun ouders moeten overbrengen, is dat een signaal.</p>"),
                        ("steps", {
                            "title": "Hoe zwaar is het conflict?",
                            "steps": [
                                {"title": "Licht: ouders praten nog met elkaar", "text": "<p>Verwijs naar de online trainingen, de ouderschapsbelofte of het echtscheidingsspreekuur.</p>"},
                                {"title": "Midden: er is veel spanning", "text": "<p>Denk aan de cursus Positief Opvoeden, mediation of begeleiding door het maatschappelijk werk.</p>"},
                                {"title": "Zwaar: kinderen raken klem", "text": "<p>Schakel het sociaal gebiedsteam en jeugdhulp in. Spreek af wie de regie houdt.</p>"},
                            ],
                        }),
                        ("callout", {
                            "title": "Werk cultuursensitief",
                            "text": "<p>Cultuursensitief werken betekent: u houdt rekening met de achtergrond van een gezin. Vraag wat een scheiding betekent in hun familie. Gebruik bij een taalprobleem een tolk, en nooit een kind.</p>",
                            "tone": "tip",
                        }),
                        ("callout", {
                            "title": "Zorgen over veiligheid",
                            "text": "<p>Zijn er signalen van huiselijk geweld of kindermishandeling? Volg dan de meldcode van uw organisatie. Bij direct gevaar belt u 112.</p>",
                            "tone": "warning",
                        }),
                        ("links", {
                            "title": "Aanbod om naar te verwijzen",
                            "links": [
                                {"title": "Echtscheidingsspreekuur", "url": "page:echtscheidingsspreekuur", "description": "Inloop en avondspreekuur."},
                                {"title": "Cursus Positief Opvoeden", "url": "page:positief-opvoeden", "description": "Ook in andere talen."},
                                {"title": "Online trainingen", "url": "page:online-trainingen", "description": "Voor ouders en kinderen."},
                                {"title": "Een gezamenlijke visie in de keten", "url": "page:gezamenlijke-visie", "description": "Hoe we samenwerken."},
                            ],
                        }),
                    ],
                },
            ],
        },
    ],
    # ---------------------------------------------------------------------- losse pagina's
    "pages": [
        {
            "title": "Over Duurzaam Ouderschap",
            "slug": "over-ons",
            "intro": "Duurzaam Ouderschap is een samenwerking in Helmond. We willen voorkomen dat kinderen schade oplopen door een scheiding of door relatieproblemen van hun ouders.",
            "image": "team",
            "body": [
                ("paragraph", "<p>Wij dromen van een stad waarin elk kind opgroeit met ouders die hun best blijven doen. Ook als het tussen die ouders niet meer klikt. En waarin ouders weten waar ze hulp vinden als het even tegenzit. Daar werken we elke dag aan.</p><p>De gemeente Helmond heeft geld vrijgemaakt om hier werk van te maken. Met partners uit de hele stad bouwen we aan hulp die past bij Helmond. Zo vroeg mogelijk, en dichtbij.</p>"),
                ("heading", "Wat doen we?"),
                ("paragraph", "<ul><li>We werken aan één gezamenlijke visie voor alle organisaties in de keten.</li><li>We brengen de ouderschapsbelofte onder de aandacht rond de geboorte.</li><li>We geven voorlichting op scholen en starten praatgroepen voor kinderen.</li><li>We bieden de cursus Positief Opvoeden aan, ook in andere talen.</li><li>We houden een echtscheidingsspreekuur.</li><li>We bieden online trainingen en helpen zelfhulpnetwerken op weg.</li></ul>"),
                ("heading", "Ervaringsdeskundigen denken mee"),
                ("paragraph", "<p>Er zijn drie denktanks: een van gescheiden ouders, een van kinderen van gescheiden ouders en een van professionals. Zij zijn er vanaf het begin bij. Hun ideeën en ervaringen nemen we steeds mee in ons werk.</p>"),
                ("callout", {
                    "title": "Op locatie en online",
                    "text": "<p>U vindt ons op het spreekuur in de stad en op deze website. Iedereen die in Helmond woont of met Helmond verbonden is, kan bij ons terecht. Gescheiden ouders, aanstaande ouders, kinderen, familie en professionals.</p>",
                    "tone": "info",
                }),
                ("links", {
                    "title": "Meer weten",
                    "links": [
                        {"title": "Een gezamenlijke visie in de keten", "url": "page:gezamenlijke-visie", "description": "Onze uitgangspunten."},
                        {"title": "De ouderschapsbelofte", "url": "page:ouderschapsbelofte", "description": "Vijf beloftes aan uw kind."},
                        {"title": "Contact", "url": "page:contact", "description": "Stel uw vraag."},
                    ],
                }),
            ],
        },
        {
            "title": "Contact",
            "slug": "contact",
            "intro": "Heeft u een vraag over scheiden, ouderschap of relatieproblemen? Neem gerust contact met ons op.",
            "image": "wegwijzer",
            "body": [
                ("contact", {
                    "title": "Duurzaam Ouderschap Helmond",
                    "phone": "0492 000 200",
                    "email": "duurzaamouderschap@helmond.example.nl",
                    "address": "Voorbeeldstraat 10, 5701 AA Helmond",
                    "hours": "Maandag tot en met vrijdag van 8.30 tot 17.00 uur",
                }),
                ("paragraph", "<p>U kunt ons bellen, mailen of langskomen bij het echtscheidingsspreekuur. We luisteren naar uw vraag en kijken samen wat u nodig heeft. Soms helpen we u meteen. Soms brengen we u in contact met een partner, zoals het maatschappelijk werk of een mediator. Een gesprek is gratis.</p>"),
                ("faq", {
                    "title": "Veelgestelde vragen",
                    "items": [
                        {"question": "Hoe snel krijg ik antwoord op mijn e-mail?", "answer": "<p>Binnen twee werkdagen.</p>"},
                        {"question": "Kan ik ook in een andere taal contact opnemen?", "answer": "<p>Ja. Laat ons weten welke taal u spreekt. We kijken dan samen hoe we u het best kunnen helpen, bijvoorbeeld met een tolk.</p>"},
                        {"question": "Ben ik welkom als ik nog niet weet of ik wil scheiden?", "answer": "<p>Zeker. Ook met vragen over relatieproblemen kunt u bij ons terecht.</p>"},
                    ],
                }),
                ("steps", {
                    "title": "Wat gebeurt er na uw vraag?",
                    "steps": [
                        {"title": "We luisteren", "text": "<p>U vertelt in uw eigen woorden wat er speelt.</p>"},
                        {"title": "We zoeken samen", "text": "<p>We kijken welke hulp bij u en uw kinderen past.</p>"},
                        {"title": "We verbinden", "text": "<p>Als het nodig is, zorgen we dat de juiste partner contact met u opneemt. U hoeft uw verhaal dan niet opnieuw te vertellen.</p>"},
                    ],
                }),
                ("callout", {
                    "title": "Direct gevaar?",
                    "text": "<p>Bent u of is uw kind niet veilig? Bel dan 112.</p>",
                    "tone": "warning",
                }),
                ("contact", {
                    "title": "Voor professionals",
                    "name": "Ilse van Deursen",
                    "role": "Programmaleider Duurzaam Ouderschap",
                    "phone": "0492 000 210",
                    "email": "programma@helmond.example.nl",
                }),
                ("links", {
                    "title": "Handige links",
                    "links": [
                        {"title": "Echtscheidingsspreekuur", "url": "page:echtscheidingsspreekuur", "description": "Tijden en locaties."},
                        {"title": "Privacyverklaring", "url": "page:privacy", "description": "Hoe wij met uw gegevens omgaan."},
                        {"title": "Toegankelijkheid", "url": "page:toegankelijkheid", "description": "Een probleem met de website melden."},
                    ],
                }),
            ],
        },
        {
            "title": "Toegankelijkheid",
            "slug": "toegankelijkheid",
            "intro": "Iedereen moet deze website goed kunnen gebruiken. Ook mensen die slecht zien, slecht horen of moeite hebben met lezen.",
            "image": None,
            "body": [
                ("paragraph", "<p>Wij streven ernaar dat deze website voldoet aan niveau AA van de WCAG 2.1. WCAG staat voor Web Content Accessibility Guidelines. Dat zijn internationale afspraken over toegankelijke websites. Websites van de Nederlandse overheid moeten aan niveau AA voldoen.</p>"),
                ("heading", "Zo maken we de website toegankelijk"),
                ("paragraph", "<ul><li>We schrijven in duidelijke taal, op taalniveau B1.</li><li>De kleuren hebben genoeg contrast, zodat tekst goed leesbaar is.</li><li>U kunt alles bedienen met alleen een toetsenbord.</li><li>Afbeeldingen hebben een tekst die een voorleesprogramma kan voorlezen.</li><li>De pagina’s werken ook als u de tekst groter maakt.</li><li>Filmpjes krijgen ondertiteling.</li></ul>"),
                ("callout", {
                    "title": "Waar we nog aan werken",
                    "text": "<p>Sommige documenten om te downloaden zijn nog niet helemaal toegankelijk. Heeft u zo’n document nodig in een andere vorm? Vraag het ons. Dan zorgen we dat u de informatie op een andere manier krijgt.</p>",
                    "tone": "info",
                }),
                ("steps", {
                    "title": "Een probleem melden",
                    "steps": [
                        {"title": "Vertel ons wat er misging", "text": "<p>Noem de pagina en beschrijf het probleem zo goed mogelijk.</p>"},
                        {"title": "Mail of bel", "text": "<p>Mail naar toegankelijkheid@helmond.example.nl of bel 0492 000 200.</p>"},
                        {"title": "Reactie binnen vijf werkdagen", "text": "<p>We laten u weten wat we met uw melding doen.</p>"},
                        {"title": "Oplossing", "text": "<p>We passen de website zo snel mogelijk aan. Tot die tijd helpen we u op een andere manier.</p>"},
                    ],
                }),
                ("contact", {
                    "title": "Contact over toegankelijkheid",
                    "name": "Webredactie Duurzaam Ouderschap",
                    "phone": "0492 000 200",
                    "email": "toegankelijkheid@helmond.example.nl",
                }),
                ("faq", {
                    "title": "Veelgestelde vragen",
                    "items": [
                        {"question": "Ik ben niet tevreden over de reactie. Wat nu?", "answer": "<p>Dan kunt u een klacht indienen bij de gemeente Helmond. Wij vertellen u graag hoe dat werkt.</p>"},
                        {"question": "Kan iemand mij de informatie uitleggen?", "answer": "<p>Ja. Bel ons of kom langs bij het spreekuur. Dan nemen we de informatie samen met u door.</p>"},
                    ],
                }),
            ],
        },
        {
            "title": "Privacy",
            "slug": "privacy",
            "intro": "Uw gegevens zijn bij ons in goede handen. Hier leest u welke gegevens we gebruiken en wat uw rechten zijn.",
            "image": None,
            "body": [
                ("heading", "Geen volgcookies"),
                ("paragraph", "<p>Wij houden niet bij welke pagina’s u bekijkt. We gebruiken geen cookies voor advertenties, statistieken of sociale media. Alleen medewerkers die de website bijhouden, de redacteuren, krijgen een functionele sessiecookie. Die cookie zorgt ervoor dat zij ingelogd blijven. Als bezoeker krijgt u deze cookie niet. Daarom ziet u ook geen cookiemelding.</p>"),
                ("heading", "Als u contact met ons opneemt"),
                ("paragraph", "<p>Belt of mailt u ons, of komt u naar het spreekuur? Dan schrijven we alleen op wat nodig is om u te helpen. Bijvoorbeeld uw naam, uw telefoonnummer en uw vraag. We gebruiken die gegevens alleen voor uw hulpvraag. We geven ze alleen aan een andere organisatie als u daar toestemming voor geeft. Of als de wet dat verplicht, bijvoorbeeld als een kind in gevaar is.</p><p>We bewaren uw gegevens niet langer dan nodig. Alleen medewerkers die ze nodig hebben voor hun werk, kunnen ze inzien.</p>"),
                ("faq", {
                    "title": "Uw rechten",
                    "items": [
                        {"question": "Kan ik zien welke gegevens u van mij heeft?", "answer": "<p>Ja. Stuur ons een verzoek. U krijgt binnen een maand antwoord.</p>"},
                        {"question": "Kan ik mijn gegevens laten veranderen of verwijderen?", "answer": "<p>Ja. Als iets niet klopt, passen we het aan. U kunt ook vragen om uw gegevens te verwijderen.</p>"},
                        {"question": "Ik heb een klacht. Waar kan ik terecht?", "answer": "<p>Neem eerst contact met ons op. Komen we er samen niet uit? Dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens.</p>"},
                    ],
                }),
                ("contact", {
                    "title": "Vragen over privacy",
                    "name": "Functionaris gegevensbescherming",
                    "role": "Gemeente Helmond",
                    "phone": "0492 000 290",
                    "email": "privacy@helmond.example.nl",
                }),
            ],
        },
    ],
}
