# Demo-inhoud voor het Platform Scheiding en Omgang Twente.
# Alle namen, adressen, telefoonnummers en e-mailadressen zijn verzonnen.
HUB = {
    "slug": "twente",
    "name": "Platform Scheiding en Omgang Twente",
    "municipality": "Regio Twente",
    "tagline": "Samen voor kinderen als ouders uit elkaar gaan",
    "municipalities": ["Almelo", "Borne", "Dinkelland", "Enschede", "Haaksbergen", "Hellendoorn", "Hengelo", "Hof van Twente", "Losser", "Oldenzaal", "Rijssen-Holten", "Tubbergen", "Twenterand", "Wierden"],
    "postcode_areas": ["7400-7689"],
    "branding": {"primary": "#00594f", "accent": "#f2c94c", "font": "humanist", "layout": "kaart", "logo": "leaf", "initials": "T"},
    "contact": {
        "address": "Voorbeeldstraat 10, 7500 AA Enschede",
        "phone": "053 000 0101",
        "email": "platform@twente.example.nl",
        "hours": "Maandag tot en met donderdag van 9.00 tot 16.30 uur",
    },
    "home": {
        "hero_title": "Samen sterk voor kinderen bij een scheiding",
        "hero_intro": "Gaat u uit elkaar, of twijfelt u over uw relatie? Hier vindt u uitleg, tips en de weg naar hulp in Twente. Voor ouders, kinderen, hun omgeving en professionals.",
        "hero_image": "team",
        "body": [
            ("heading", "Eén netwerk rond het kind"),
            ("paragraph", "<p>In Twente werken veel organisaties samen voor kinderen van ouders die uit elkaar gaan. Denk aan jeugdhulp, gemeenten, scholen en de jeugdbescherming. Zij vormen samen het Platform Scheiding en Omgang.</p><p>Ons doel is simpel. Kinderen groeien veilig op, dichtbij huis en met een goede toekomst. Ook als hun ouders niet meer samen zijn.</p>"),
            ("callout", {
                "title": "Weet u niet waar u moet beginnen?",
                "text": "<p>Dat is heel normaal. Bel of mail ons gerust. Wij luisteren naar uw vraag en wijzen u de weg naar de juiste hulp in uw eigen gemeente.</p>",
                "tone": "tip",
            }),
            ("links", {
                "title": "Snel naar",
                "links": [
                    {"title": "Als uw relatie onder druk staat", "url": "page:relatie-onder-druk", "description": "Hulp voordat u een besluit neemt."},
                    {"title": "Het is niet jouw schuld", "url": "page:niet-jouw-schuld", "description": "Voor kinderen en jongeren."},
                    {"title": "Vroeg signaleren", "url": "page:vroeg-signaleren", "description": "Voor professionals in Twente."},
                    {"title": "Spreekuur voor professionals", "url": "page:spreekuur-professionals", "description": "Overleg over een gezin, op afspraak."},
                ],
            }),
        ],
    },
    "audiences": [
        {
            "audience": "ouders",
            "title": "Voor ouders",
            "slug": "ouders",
            "intro": "Gaat u uit elkaar, of twijfelt u over uw relatie? Hier leest u wat u kunt doen en waar u hulp vindt. Het belang van uw kinderen staat steeds voorop.",
            "body": [
                ("paragraph", "<p>Een scheiding is een grote verandering. Voor u, en ook voor uw kinderen. Veel ouders weten niet goed waar ze moeten beginnen. Dat is heel normaal. Op deze pagina's vindt u uitleg in gewone woorden.</p>"),
                ("callout", {
                    "title": "Hulp vragen is normaal",
                    "text": "<p>U hoeft het niet alleen te doen. In elke Twentse gemeente is er een wijkteam of sociaal team. Daar kunt u gratis terecht met uw vragen.</p>",
                    "tone": "info",
                }),
            ],
            "pages": [
                {
                    "title": "Als uw relatie onder druk staat",
                    "slug": "relatie-onder-druk",
                    "intro": "Ruzie, afstand of twijfel komen in elke relatie voor. Zoek op tijd hulp, ook als u nog niet weet of u uit elkaar wilt.",
                    "image": "hart",
                    "body": [
                        ("heading", "Twijfel is normaal"),
                        ("paragraph", "<p>Een kind krijgen verandert veel. U slaapt minder en heeft minder tijd voor elkaar. Ook geldzorgen, werk of ziekte geven druk. Veel stellen krijgen daardoor vaker ruzie. Dat betekent niet meteen dat uw relatie voorbij is.</p><p>Toch praten weinig mensen erover. Op het consultatiebureau of bij de verloskundige gaat het vooral over de baby. Over de relatie van de ouders gaat het bijna nooit. Dat is jammer, want juist vroeg praten kan veel problemen voorkomen.</p>"),
                        ("heading", "Waar kunt u terecht?"),
                        ("paragraph", "<ul><li><strong>Het wijkteam of sociaal team van uw gemeente.</strong> Daar kunt u gratis een gesprek krijgen over uw relatie.</li><li><strong>Het maatschappelijk werk.</strong> Een maatschappelijk werker helpt bij problemen thuis, met geld of met stress.</li><li><strong>Uw huisarts.</strong> De huisarts luistert en kan u doorverwijzen naar een relatietherapeut.</li><li><strong>Een cursus voor stellen.</strong> Sommige gemeenten hebben een korte cursus over praten en luisteren in een relatie.</li></ul>"),
                        ("callout", {
                            "title": "Een kleine stap helpt al",
                            "text": "<p>U hoeft niet te wachten tot het echt misgaat. Eén gesprek kan al helpen om weer op één lijn te komen. En besluit u toch om uit elkaar te gaan? Dan heeft u al een basis om goed samen te praten over de kinderen.</p>",
                            "tone": "tip",
                        }),
                        ("faq", {
                            "title": "Vragen die ouders vaak stellen",
                            "items": [
                                {"question": "Moet mijn partner meekomen?", "answer": "<p>Nee. U kunt ook alleen een eerste gesprek aanvragen. Vaak is het later wel fijn als u samen gaat.</p>"},
                                {"question": "Kost relatiehulp geld?", "answer": "<p>Een gesprek bij het wijkteam of het maatschappelijk werk is meestal gratis. Voor relatietherapie betaalt u vaak zelf. Soms betaalt een aanvullende verzekering een deel. Vraag het na bij uw zorgverzekeraar.</p>"},
                                {"question": "Merken mijn kinderen de spanning?", "answer": "<p>Ja, kinderen voelen vaak meer dan we denken. Praat niet over volwassenenzaken als zij erbij zijn. Vertel ze wel dat het niet hun schuld is.</p>"},
                            ],
                        }),
                        ("links", {
                            "title": "Lees ook",
                            "links": [
                                {"title": "Uit elkaar gaan: zo pakt u het aan", "url": "page:uit-elkaar-gaan", "description": "De stappen op een rij."},
                                {"title": "Contact met het platform", "url": "page:contact", "description": "Wij denken met u mee."},
                            ],
                        }),
                    ],
                },
                {
                    "title": "Uit elkaar gaan: zo pakt u het aan",
                    "slug": "uit-elkaar-gaan",
                    "intro": "Als u besluit om uit elkaar te gaan, komt er veel op u af. Hier ziet u de belangrijkste stappen en wie u daarbij kan helpen.",
                    "image": "wegwijzer",
                    "body": [
                        ("paragraph", "<p>Veel ouders zeggen: er zijn zoveel loketten en organisaties. Waar moet ik heen? Dat horen wij vaak. De hulp in Twente is nu nog te veel verdeeld over losse plekken. Daarom werken de organisaties in ons platform aan één duidelijke route. Tot die klaar is, helpen deze stappen u op weg.</p>"),
                        ("steps", {
                            "title": "Stap voor stap",
                            "steps": [
                                {"title": "Vertel het samen aan de kinderen", "text": "<p>Doe dit als het kan samen, op een rustig moment. Houd het kort en eerlijk. Zeg dat het een besluit van de volwassenen is.</p>"},
                                {"title": "Zoek advies", "text": "<p>Het wijkteam van uw gemeente helpt u gratis op weg. Voor juridische vragen kunt u terecht bij een advocaat, een mediator of het Juridisch Loket.</p>"},
                                {"title": "Maak afspraken over de kinderen", "text": "<p>Waar wonen de kinderen? Wie brengt ze naar school? Hoe betaalt u samen de kosten? Dit zet u in een ouderschapsplan.</p>"},
                                {"title": "Regel wonen en geld", "text": "<p>Denk aan de huur of de hypotheek, toeslagen en uw inkomen. Het wijkteam of een geldcoach kan meekijken.</p>"},
                                {"title": "Rond de scheiding af", "text": "<p>Bent u getrouwd of geregistreerd partner? Dan gaat de scheiding via een advocaat en de rechter. Woonde u samen zonder huwelijk? Dan is het vaak eenvoudiger, maar goede afspraken blijven belangrijk.</p>"},
                            ],
                        }),
                        ("callout", {
                            "title": "Wat is een mediator?",
                            "text": "<p>Een mediator is iemand die neutraal is. Hij of zij kiest geen kant. De mediator helpt u en uw ex-partner om samen afspraken te maken. Dat is vaak sneller en goedkoper dan een rechtszaak.</p>",
                            "tone": "info",
                        }),
                        ("quote", {
                            "text": "Ik dacht dat ik alles zelf moest uitzoeken. Na één gesprek bij het wijkteam wist ik eindelijk welke stap eerst kwam.",
                            "attribution": "Een vader uit Almelo",
                        }),
                        ("links", {
                            "title": "Verder lezen",
                            "links": [
                                {"title": "Samen een ouderschapsplan maken", "url": "page:ouderschapsplan", "description": "Wat erin staat en hoe u begint."},
                                {"title": "Als het conflict vastloopt", "url": "page:conflict-loopt-vast", "description": "Hulp bij een moeilijke scheiding."},
                            ],
                        }),
                    ],
                },
                {
                    "title": "Samen een ouderschapsplan maken",
                    "slug": "ouderschapsplan",
                    "intro": "In een ouderschapsplan staan uw afspraken over de kinderen. Goede afspraken geven rust, voor u en voor uw kinderen.",
                    "image": "kalender",
                    "body": [
                        ("heading", "Wat is een ouderschapsplan?"),
                        ("paragraph", "<p>Een ouderschapsplan is een document met afspraken over de zorg voor uw kinderen. Bent u getrouwd of geregistreerd partner? Dan moet u dit plan bij de rechter inleveren. Woonde u samen zonder huwelijk? Dan is een plan ook heel verstandig.</p>"),
                        ("paragraph", "<p>In het plan staat in ieder geval:</p><ul><li>hoe u de zorg en de opvoeding verdeelt;</li><li>hoe u elkaar op de hoogte houdt over de kinderen;</li><li>hoe u de kosten voor de kinderen betaalt;</li><li>hoe u uw kinderen bij het plan heeft betrokken.</li></ul>"),
                        ("steps", {
                            "title": "Zo begint u",
                            "steps": [
                                {"title": "Praat eerst over de kinderen", "text": "<p>Wat hebben zij nodig? Denk aan school, sport, vrienden en hun leeftijd.</p>"},
                                {"title": "Vraag uw kinderen wat zij belangrijk vinden", "text": "<p>Zij beslissen niet, maar hun mening telt wel. Vraag het op een rustige manier.</p>"},
                                {"title": "Schrijf de afspraken op", "text": "<p>Gebruik een voorbeeldplan van uw gemeente of vraag hulp aan een mediator.</p>"},
                                {"title": "Kijk elk jaar opnieuw", "text": "<p>Kinderen worden ouder. Wat nu goed werkt, past over een paar jaar misschien niet meer.</p>"},
                            ],
                        }),
                        ("callout", {
                            "title": "Tip: denk aan de kleine dingen",
                            "text": "<p>Wie koopt de schoolspullen? Hoe vieren jullie verjaardagen? Mag uw kind zelf kiezen waar het slaapt op een feestdag? Kleine afspraken voorkomen later veel ruzie.</p>",
                            "tone": "tip",
                        }),
                        ("faq", {
                            "title": "Veelgestelde vragen",
                            "items": [
                                {"question": "Wat als we het niet eens worden?", "answer": "<p>Vraag hulp aan een mediator. Lukt het dan nog niet? Dan beslist de rechter over de punten waarover u het oneens bent.</p>"},
                                {"question": "Kunnen we het plan later veranderen?", "answer": "<p>Ja. Als u het samen eens bent, kunt u de afspraken aanpassen. Schrijf de nieuwe afspraken altijd op.</p>"},
                            ],
                        }),
                        ("links", {
                            "title": "Meer informatie",
                            "links": [
                                {"title": "Voorbeeld van een ouderschapsplan", "url": "https://www.twente.example.nl/ouderschapsplan-voorbeeld", "description": "Een invulbaar voorbeeld (pdf)."},
                                {"title": "Uit elkaar gaan: zo pakt u het aan", "url": "page:uit-elkaar-gaan", "description": "Alle stappen op een rij."},
                            ],
                        }),
                    ],
                },
                {
                    "title": "Als het conflict vastloopt",
                    "slug": "conflict-loopt-vast",
                    "intro": "Soms lukt praten niet meer en gaat de ruzie steeds verder. Dan is er extra hulp nodig, vooral om uw kinderen te beschermen.",
                    "image": "gesprek",
                    "body": [
                        ("paragraph", "<p>Bij de meeste scheidingen lukt het ouders om na een tijd weer samen afspraken te maken. Maar soms niet. Dan spreken we van een complexe scheiding. De ruzie gaat maanden of jaren door. Er zijn vaak rechtszaken. De kinderen zitten er middenin.</p>"),
                        ("callout", {
                            "title": "Dit komt vaker voor dan u denkt",
                            "text": "<p>Bij de organisaties voor jeugdbescherming in Twente gaat het in 60 tot 70 procent van de gezinnen ook om een scheiding. Dat aantal is de laatste jaren gestegen. U bent dus niet de enige.</p>",
                            "tone": "info",
                        }),
                        ("heading", "Wat betekent dit voor uw kind?"),
                        ("paragraph", "<p>Kinderen willen van beide ouders mogen houden. Bij veel ruzie voelen ze zich vaak klem zitten. Ze kiezen geen kant, maar voelen zich wel schuldig. Ze kunnen buikpijn krijgen, slecht slapen of stil worden. Of juist boos.</p>"),
                        ("steps", {
                            "title": "Welke hulp is er?",
                            "steps": [
                                {"title": "Hulp van het wijkteam", "text": "<p>Een medewerker praat met u allebei en kijkt wat nodig is.</p>"},
                                {"title": "Begeleiding bij het ouderschap", "text": "<p>Een speciale hulpverlener helpt u om ouders te blijven, ook als u geen partners meer bent.</p>"},
                                {"title": "De rechter", "text": "<p>Komt u er samen niet uit? Dan kan de rechter beslissen. De rechter kan ook de Raad voor de Kinderbescherming vragen om onderzoek te doen.</p>"},
                                {"title": "Jeugdbescherming", "text": "<p>Is uw kind niet meer veilig? Dan kan de rechter een gezinsvoogd aanwijzen. Dat is iemand van een gecertificeerde instelling (GI). Zo'n organisatie voert de jeugdbescherming uit. Dit heet ook wel het gedwongen kader: de hulp is dan niet meer vrijwillig.</p>"},
                            ],
                        }),
                        ("callout", {
                            "title": "Houd uw kind buiten de ruzie",
                            "text": "<p>Vraag uw kind niet om berichten door te geven. Praat niet slecht over de andere ouder. Zo geeft u uw kind rust, ook als het tussen de volwassenen nog moeilijk is.</p>",
                            "tone": "warning",
                        }),
                        ("contact", {
                            "title": "Wilt u overleggen?",
                            "name": "Platform Scheiding en Omgang Twente",
                            "role": "Wij wijzen u de weg naar de juiste hulp",
                            "phone": "053 000 0101",
                            "email": "platform@twente.example.nl",
                            "hours": "Maandag tot en met donderdag van 9.00 tot 16.30 uur",
                        }),
                    ],
                },
            ],
        },
        {
            "audience": "kinderen",
            "title": "Voor kinderen en jongeren",
            "slug": "kinderen-en-jongeren",
            "intro": "Gaan je ouders uit elkaar? Dan heb je vast veel vragen. Hier vind je antwoorden, tips en mensen met wie je kunt praten.",
            "body": [
                ("paragraph", "<p>Als je ouders uit elkaar gaan, verandert er veel. Misschien ben je verdrietig, boos of in de war. Of merk je er nog weinig van. Alles is goed. Je mag voelen wat je voelt.</p>"),
                ("callout", {
                    "title": "Wil je praten?",
                    "text": "<p>Bel gratis De Praatlijn op 0800 000 111 of chat via praatlijn.example.nl. Je hoeft je naam niet te zeggen.</p>",
                    "tone": "tip",
                }),
            ],
            "pages": [
                {
                    "title": "Het is niet jouw schuld",
                    "slug": "niet-jouw-schuld",
                    "intro": "Veel kinderen denken dat de scheiding hun schuld is. Hier lees je waarom dat niet zo is.",
                    "image": "kind",
                    "body": [
                        ("heading", "Ouders gaan uit elkaar, niet jij"),
                        ("paragraph", "<p>Je ouders hebben samen besloten dat ze niet meer samen willen zijn. Of een van hen heeft dat besloten. Dat gaat over hun relatie. Het gaat niet over jou. Het is niet omdat je ruzie maakte, slechte cijfers had of een keer niet luisterde.</p><p>Je ouders blijven altijd je ouders. Ze houden nog steeds van je. Dat verandert niet door de scheiding.</p>"),
                        ("callout", {
                            "title": "Onthoud dit",
                            "text": "<p>Het is niet jouw schuld. En je hoeft het ook niet op te lossen. Dat is een taak voor de volwassenen.</p>",
                            "tone": "info",
                        }),
                        ("heading", "Wat voel je?"),
                        ("paragraph", "<p>Sommige kinderen zijn verdrietig. Anderen zijn boos, of juist opgelucht omdat de ruzies stoppen. Soms voel je alles op één dag. Dat is allemaal normaal. Er is geen goede of foute manier om je te voelen.</p>"),
                        ("faq", {
                            "title": "Vragen van andere kinderen",
                            "items": [
                                {"question": "Kan ik ervoor zorgen dat mijn ouders weer samen komen?", "answer": "<p>Nee, dat kun je niet. En dat hoeft ook niet. Je ouders hebben zelf een besluit genomen. Jij mag gewoon kind zijn.</p>"},
                                {"question": "Moet ik kiezen bij wie ik wil wonen?", "answer": "<p>Nee. Je ouders maken samen de afspraken. Jij mag wel vertellen wat je fijn vindt. Ben je 12 jaar of ouder en moet de rechter iets beslissen? Dan mag je ook met de rechter praten.</p>"},
                                {"question": "Mag ik het aan mijn vrienden vertellen?", "answer": "<p>Ja, als jij dat wilt. Je mag ook zelf kiezen wie het weet. Vaak is het fijn als je juf, meester of mentor het weet.</p>"},
                            ],
                        }),
                        ("quote", {
                            "text": "Ik dacht eerst dat het kwam doordat ik zo vaak ruzie had met mijn broer. Nu weet ik dat dat niet zo is.",
                            "attribution": "Daan, 10 jaar",
                        }),
                        ("links", {
                            "title": "Lees ook",
                            "links": [
                                {"title": "Met wie kun je praten?", "url": "page:met-wie-praten", "description": "Mensen die naar je luisteren."},
                                {"title": "Jouw mening telt", "url": "page:jouw-mening-telt", "description": "Zo laat je je stem horen."},
                            ],
                        }),
                    ],
                },
                {
                    "title": "Met wie kun je praten?",
                    "slug": "met-wie-praten",
                    "intro": "Praten helpt, en je hoeft het niet alleen te doen. Hier vind je mensen die naar je luisteren.",
                    "image": "gesprek",
                    "body": [
                        ("paragraph", "<p>Soms wil je niet met je ouders praten over de scheiding. Misschien wil je ze niet verdrietig maken. Dat snappen we. Gelukkig zijn er ook andere mensen die je kunt vertrouwen. Praten over wat je voelt, maakt het vaak een beetje lichter. Ook als er verder niets verandert.</p>"),
                        ("heading", "Mensen dichtbij"),
                        ("paragraph", "<ul><li><strong>Iemand in je familie</strong>, zoals een opa, oma, tante of oom.</li><li><strong>Je juf, meester of mentor.</strong> Zij kunnen rekening met je houden op school.</li><li><strong>Een vriend of vriendin.</strong> Misschien zijn de ouders van een klasgenoot ook gescheiden.</li><li><strong>De jeugdverpleegkundige of schoolarts.</strong> Die kun je vaak via school spreken.</li></ul>"),
                        ("heading", "Anoniem praten"),
                        ("paragraph", "<p>Anoniem betekent: je hoeft niet te zeggen wie je bent. Bel gratis De Praatlijn op <strong>0800 000 111</strong>. Of chat op <a href=\"https://praatlijn.example.nl\">praatlijn.example.nl</a>. Je kunt elke dag bellen van 14.00 tot 20.00 uur.</p>"),
                        ("callout", {
                            "title": "Voel je je niet veilig thuis?",
                            "text": "<p>Vertel het aan een volwassene die je vertrouwt. Bijvoorbeeld je leraar of de schoolarts. Ben je in direct gevaar? Bel dan meteen het alarmnummer.</p>",
                            "tone": "warning",
                        }),
                        ("steps", {
                            "title": "Zo begin je een gesprek",
                            "steps": [
                                {"title": "Kies een rustig moment", "text": "<p>Bijvoorbeeld na school, tijdens een wandeling of in de auto.</p>"},
                                {"title": "Begin klein", "text": "<p>Je kunt zeggen: \"Ik moet de laatste tijd veel denken aan thuis.\"</p>"},
                                {"title": "Schrijf het op", "text": "<p>Is praten te moeilijk? Schrijf dan een briefje of stuur een berichtje.</p>"},
                                {"title": "Blijf het proberen", "text": "<p>Luistert iemand niet goed? Dan mag je het ook aan iemand anders vertellen.</p>"},
                            ],
                        }),
                        ("links", {
                            "title": "Meer voor jou",
                            "links": [
                                {"title": "Het is niet jouw schuld", "url": "page:niet-jouw-schuld", "description": "Waarom jij de scheiding niet hebt veroorzaakt."},
                                {"title": "Wonen in twee huizen", "url": "page:twee-huizen", "description": "Tips voor als je heen en weer gaat."},
                            ],
                        }),
                    ],
                },
                {
                    "title": "Wonen in twee huizen",
                    "slug": "twee-huizen",
                    "intro": "Na een scheiding woon je soms in twee huizen, en dat is even wennen. Met deze tips wordt het makkelijker.",
                    "image": "huis",
                    "body": [
                        ("paragraph", "<p>Veel kinderen wonen na een scheiding een deel van de week bij hun moeder en een deel bij hun vader. Dat heet een omgangsregeling of co-ouderschap. Andere kinderen wonen vooral bij één ouder en gaan af en toe naar de andere ouder. Elke situatie is anders. Je ouders maken samen een schema. Daarin staat wanneer je waar bent. Vraag gerust of je dat schema mag zien.</p>"),
                        ("heading", "Tips van andere kinderen"),
                        ("paragraph", "<ul><li>Zorg dat je in allebei de huizen eigen spullen hebt. Een tandenborstel, pyjama en oplader.</li><li>Hang een kalender op je kamer. Dan zie je waar je wanneer bent.</li><li>Maak een vaste tas voor je schoolspullen. Zo vergeet je niets.</li><li>Neem iets mee dat je fijn vindt, zoals een knuffel of foto.</li></ul>"),
                        ("image", {"image": "kalender", "caption": "Met een kalender weet je altijd waar je bent."}),
                        ("callout", {
                            "title": "Het mag anders zijn",
                            "text": "<p>Misschien zijn de regels bij je vader anders dan bij je moeder. Dat is niet erg. Je mag het wel zeggen als iets je dwarszit.</p>",
                            "tone": "tip",
                        }),
                        ("faq", {
                            "title": "Vragen over twee huizen",
                            "items": [
                                {"question": "Wat als ik een keer niet wil gaan?", "answer": "<p>Vertel dat aan je ouders, of aan iemand die je vertrouwt. Soms is er iets aan de hand dat ze moeten weten. Samen kun je zoeken naar een oplossing.</p>"},
                                {"question": "Mag ik mijn andere ouder bellen?", "answer": "<p>Meestal wel. Maak samen met je ouders afspraken over bellen en appen.</p>"},
                                {"question": "Wat als mijn vader of moeder een nieuwe partner krijgt?", "answer": "<p>Dat kan even wennen zijn. Je mag zeggen dat je het moeilijk vindt. Je ouders kunnen het dan rustig aan doen, zodat je tijd hebt om te wennen.</p>"},
                            ],
                        }),
                        ("quote", {
                            "text": "In het begin vond ik het lastig. Nu heb ik gewoon twee kamers. Dat vind ik eigenlijk wel leuk.",
                            "attribution": "Lotte, 12 jaar",
                        }),
                    ],
                },
                {
                    "title": "Jouw mening telt",
                    "slug": "jouw-mening-telt",
                    "intro": "Er worden afspraken over jou gemaakt, dus jij mag zeggen wat je belangrijk vindt. Hier lees je hoe je dat doet.",
                    "image": "wegwijzer",
                    "body": [
                        ("paragraph", "<p>Je ouders maken afspraken over waar je woont, wanneer je bij wie bent en wie wat betaalt. Die afspraken gaan over jou. Dus jij mag meedenken. Je hoeft niet te beslissen. Dat doen de volwassenen. Maar zij moeten wel goed naar je luisteren.</p>"),
                        ("heading", "Zo laat je je stem horen"),
                        ("steps", {
                            "title": "Drie manieren",
                            "steps": [
                                {"title": "Vertel het je ouders", "text": "<p>Zeg wat je fijn vindt en wat niet. Bijvoorbeeld: \"Ik wil op woensdag naar voetbal kunnen.\"</p>"},
                                {"title": "Praat met iemand die helpt", "text": "<p>Een hulpverlener of mediator kan vragen wat jij wilt. Die vertelt het dan aan je ouders.</p>"},
                                {"title": "Praat met de rechter", "text": "<p>Moet de rechter iets beslissen? Ben je 12 jaar of ouder? Dan krijg je een brief met een uitnodiging. Ben je jonger? Dan mag je de rechter een brief schrijven.</p>"},
                            ],
                        }),
                        ("heading", "Een gesprek met de rechter"),
                        ("paragraph", "<p>Een kindgesprek bij de rechter is kort. Het duurt meestal een kwartier. Je ouders zijn er niet bij. De rechter vraagt hoe het met je gaat en wat je belangrijk vindt. Je mag ook zeggen dat je iets liever niet vertelt. Je hoeft niet te gaan als je dat niet wilt.</p>"),
                        ("callout", {
                            "title": "Goed om te weten",
                            "text": "<p>De rechter luistert naar jou, maar beslist zelf. Dat is zo geregeld, zodat jij niet hoeft te kiezen tussen je ouders.</p>",
                            "tone": "info",
                        }),
                        ("quote", {
                            "text": "Ik was zenuwachtig, maar de rechter was heel aardig. Ik mocht gewoon vertellen hoe het voor mij is.",
                            "attribution": "Mila, 13 jaar",
                        }),
                        ("links", {
                            "title": "Meer lezen",
                            "links": [
                                {"title": "Met wie kun je praten?", "url": "page:met-wie-praten", "description": "Als je hulp wilt om je mening te vertellen."},
                            ],
                        }),
                    ],
                },
            ],
        },
        {
            "audience": "netwerk",
            "title": "Voor familie, school en vrienden",
            "slug": "netwerk",
            "intro": "Bent u opa of oma, leerkracht, trainer of vriend van het gezin? Dan kunt u veel betekenen voor een kind bij een scheiding.",
            "body": [
                ("paragraph", "<p>Kinderen hebben in een moeilijke tijd vaste mensen om zich heen nodig. Mensen die luisteren en geen kant kiezen. Dat kunt u zijn. Op deze pagina's leest u hoe u kunt helpen, en waar u zelf terecht kunt met vragen.</p>"),
                ("callout", {
                    "title": "U hoeft geen hulpverlener te zijn",
                    "text": "<p>Een luisterend oor, een vaste plek en gewone aandacht helpen een kind al veel.</p>",
                    "tone": "tip",
                }),
            ],
            "pages": [
                {
                    "title": "Voor opa's en oma's",
                    "slug": "grootouders",
                    "intro": "Als ouders uit elkaar gaan, raakt dat ook de grootouders. U kunt een veilige plek zijn voor uw kleinkind.",
                    "image": "hart",
                    "body": [
                        ("paragraph", "<p>Een scheiding in de familie doet vaak ook u pijn. Misschien maakt u zich zorgen om uw kind en om uw kleinkinderen. Misschien bent u boos op de ex-partner van uw zoon of dochter. Dat is begrijpelijk. Toch is het belangrijk dat u voor uw kleinkind een rustige plek blijft.</p>"),
                        ("heading", "Zo kunt u helpen"),
                        ("paragraph", "<ul><li><strong>Blijf er gewoon zijn.</strong> Vaste gewoontes, zoals samen koken of een wandeling, geven een kind houvast.</li><li><strong>Luister zonder te oordelen.</strong> Laat uw kleinkind vertellen, ook over de andere ouder.</li><li><strong>Praat niet slecht over een van de ouders.</strong> Een kind voelt zich dan klem zitten.</li><li><strong>Help de ouders praktisch.</strong> Bijvoorbeeld met oppassen of met halen en brengen.</li></ul>"),
                        ("callout", {
                            "title": "Blijf in contact met beide kanten",
                            "text": "<p>Heeft u een goede band met de andere ouder? Probeer die dan te houden. Zo blijft u voor uw kleinkind makkelijk bereikbaar.</p>",
                            "tone": "tip",
                        }),
                        ("faq", {
                            "title": "Vragen van grootouders",
                            "items": [
                                {"question": "Ik zie mijn kleinkind niet meer. Wat kan ik doen?", "answer": "<p>Probeer eerst rustig met de ouders te praten. Een mediator kan helpen bij dat gesprek. Lukt het echt niet? Dan kunt u juridisch advies vragen bij het Juridisch Loket of een advocaat.</p>"},
                                {"question": "Mag ik met de school praten?", "answer": "<p>De school praat meestal alleen met de ouders. Vertel het de ouders wel als u zich zorgen maakt over uw kleinkind.</p>"},
                            ],
                        }),
                        ("quote", {
                            "text": "Bij ons is het op woensdag altijd pannenkoekendag. Dat hebben we gewoon zo gehouden. Mijn kleindochter rekent erop.",
                            "attribution": "Een oma uit Oldenzaal",
                        }),
                        ("links", {
                            "title": "Lees ook",
                            "links": [
                                {"title": "Het is niet jouw schuld", "url": "page:niet-jouw-schuld", "description": "Lees samen met uw kleinkind."},
                                {"title": "Vrienden en familie", "url": "page:vrienden-en-familie", "description": "Steun voor de ouders zelf."},
                            ],
                        }),
                    ],
                },
                {
                    "title": "Voor leerkrachten en school",
                    "slug": "leerkrachten",
                    "intro": "Kinderen zijn een groot deel van de dag op school. Daar ziet u vaak als eerste dat er iets speelt.",
                    "image": "school",
                    "body": [
                        ("paragraph", "<p>Een scheiding kan invloed hebben op hoe een kind leert en zich gedraagt. Het kind is misschien moe, stil of snel boos. Of de cijfers gaan omlaag. In Twente werken de samenwerkingsverbanden van het onderwijs mee in ons platform. Zo helpen we scholen om goed te reageren.</p>"),
                        ("heading", "Signalen die u kunt zien"),
                        ("paragraph", "<ul><li>Het kind is vaker afwezig of te laat.</li><li>Het kind vergeet spullen, bijvoorbeeld omdat het in twee huizen woont.</li><li>Het kind trekt zich terug of maakt juist vaak ruzie.</li><li>Het kind praat veel over thuis, of juist helemaal niet meer.</li></ul>"),
                        ("steps", {
                            "title": "Wat kunt u doen?",
                            "steps": [
                                {"title": "Maak contact met het kind", "text": "<p>Vraag rustig hoe het gaat. Zeg dat het kind altijd bij u terecht kan.</p>"},
                                {"title": "Informeer beide ouders", "text": "<p>Beide ouders hebben meestal recht op informatie over hun kind. Nodig ze zo nodig apart uit voor een gesprek.</p>"},
                                {"title": "Overleg binnen school", "text": "<p>Bespreek uw zorgen met de intern begeleider of de zorgcoördinator.</p>"},
                                {"title": "Schakel hulp in", "text": "<p>Neem contact op met de jeugdverpleegkundige, de schoolarts of het wijkteam.</p>"},
                            ],
                        }),
                        ("callout", {
                            "title": "Blijf neutraal",
                            "text": "<p>Kies geen kant tussen de ouders. Maak dezelfde afspraken met beide ouders over rapporten en gesprekken. Dat geeft het kind rust.</p>",
                            "tone": "info",
                        }),
                        ("faq", {
                            "title": "Vragen van scholen",
                            "items": [
                                {"question": "Moeten we beide ouders uitnodigen voor het oudergesprek?", "answer": "<p>Ja, als ze allebei gezag hebben. Lukt een gezamenlijk gesprek niet? Plan dan twee aparte gesprekken.</p>"},
                                {"question": "Een ouder vraagt ons om iets niet aan de andere ouder te vertellen. Wat nu?", "answer": "<p>Leg uit dat de school neutraal blijft. Beide ouders met gezag krijgen dezelfde informatie over hun kind.</p>"},
                            ],
                        }),
                        ("links", {
                            "title": "Handig voor school",
                            "links": [
                                {"title": "Vroeg signaleren", "url": "page:vroeg-signaleren", "description": "Meer over signalen en doorverwijzen."},
                                {"title": "Lesbrief over scheiden", "url": "https://www.twente.example.nl/lesbrief-scheiden", "description": "Een les voor groep 6 tot en met 8 (pdf)."},
                            ],
                        }),
                    ],
                },
                {
                    "title": "Als vriend of familie steunen",
                    "slug": "vrienden-en-familie",
                    "intro": "Gaat iemand in uw omgeving uit elkaar? Uw steun kan veel verschil maken, voor de ouders en voor de kinderen.",
                    "image": "netwerk",
                    "body": [
                        ("paragraph", "<p>Bij een scheiding kiezen vrienden en familie soms snel een kant. Dat voelt logisch, maar het kan de ruzie groter maken. Kinderen merken dat. Wat helpt wel? Een rustige houding, praktische hulp en een luisterend oor. Ouders hebben in deze tijd vaak weinig energie. Een vriend die gewoon komt helpen, is dan goud waard.</p>"),
                        ("heading", "Wat helpt wel"),
                        ("paragraph", "<ul><li>Vraag hoe het gaat, en luister echt.</li><li>Bied praktische hulp aan, zoals een maaltijd of een middag oppassen.</li><li>Moedig de ouder aan om goed over de andere ouder te praten waar de kinderen bij zijn.</li><li>Wijs op hulp, zoals het wijkteam of een mediator.</li><li>Blijf ook gewone dingen samen doen, zoals sporten of koffie drinken.</li></ul>"),
                        ("heading", "Wat helpt niet"),
                        ("paragraph", "<ul><li>Slecht praten over de ex-partner, zeker waar kinderen bij zijn.</li><li>De strijd aanwakkeren met uitspraken als \"Laat je niet alles afpakken\".</li><li>Kinderen vragen wat er bij de andere ouder gebeurt.</li></ul>"),
                        ("callout", {
                            "title": "Maakt u zich zorgen om een kind?",
                            "text": "<p>Merkt u dat een kind niet veilig is? Praat er dan over met de ouders. Of vraag advies bij het wijkteam van uw gemeente. U mag ook anoniem advies vragen bij Veilig Thuis, het advies- en meldpunt voor huiselijk geweld en kindermishandeling.</p>",
                            "tone": "warning",
                        }),
                        ("quote", {
                            "text": "Mijn zus zei niets over mijn ex. Ze vroeg alleen hoe het met mij en de kinderen ging. Dat was precies wat ik nodig had.",
                            "attribution": "Een moeder uit Hengelo",
                        }),
                        ("links", {
                            "title": "Lees ook",
                            "links": [
                                {"title": "Als uw relatie onder druk staat", "url": "page:relatie-onder-druk", "description": "Tips om door te geven."},
                                {"title": "Voor opa's en oma's", "url": "page:grootouders", "description": "Speciaal voor grootouders."},
                            ],
                        }),
                    ],
                },
            ],
        },
        {
            "audience": "professionals",
            "title": "Voor professionals",
            "slug": "professionals",
            "intro": "Werkt u met ouders of kinderen in Twente? Hier vindt u kennis over vroeg signaleren, het inschatten van conflict en samenwerken in de keten.",
            "body": [
                ("paragraph", "<p>In ons platform zit de hele keten rond scheiding. Van de jeugdgezondheidszorg tot de kinderrechter. Van het maatschappelijk werk tot de gecertificeerde instellingen. Samen willen we eerder helpen, beter doorverwijzen en kennis delen.</p>"),
                ("callout", {
                    "title": "Overleg over een gezin?",
                    "text": "<p>Op ons spreekuur voor professionals kunt u een casus bespreken met een ervaren collega. Maak een afspraak via platform@twente.example.nl.</p>",
                    "tone": "info",
                }),
                ("links", {
                    "title": "Direct naar",
                    "links": [
                        {"title": "Spreekuur voor professionals", "url": "page:spreekuur-professionals", "description": "Tijden en locaties."},
                    ],
                }),
            ],
            "pages": [
                {
                    "title": "Vroeg signaleren: praat over de relatie",
                    "slug": "vroeg-signaleren",
                    "intro": "Hoe eerder u relatieproblemen ziet, hoe meer schade u kunt voorkomen. Daarvoor is het belangrijk dat de relatie gewoon onderwerp van gesprek is.",
                    "image": "wegwijzer",
                    "body": [
                        ("heading", "Wat we zagen in Twente"),
                        ("paragraph", "<p>Het platform bekeek de hele keten, van het voorveld tot de rechter. Eén van de belangrijkste lessen: op veel plekken praten we niet over de relatie van ouders. Niet in het onderwijs, niet op het consultatiebureau, niet bij de verloskundige en niet bij zwangerschapsgym. Toch verandert een kind veel in een relatie. Juist daar ligt een kans.</p>"),
                        ("paragraph", "<p>Daarnaast is er te weinig hulp die makkelijk bereikbaar is voor stellen met relatieproblemen. Dus hulp nog voordat ouders besluiten om te scheiden. Wij noemen dat laagdrempelige hulp: hulp zonder wachtlijst, verwijzing of hoge kosten.</p>"),
                        ("steps", {
                            "title": "Zo maakt u de relatie bespreekbaar",
                            "steps": [
                                {"title": "Vraag ernaar als gewoon onderwerp", "text": "<p>Bijvoorbeeld: \"Hoe gaat het tussen jullie, nu de baby er is?\" Zo wordt het normaal om erover te praten.</p>"},
                                {"title": "Luister naar signalen", "text": "<p>Denk aan veel stress, weinig slaap, geldzorgen of opmerkingen over ruzie.</p>"},
                                {"title": "Geef informatie mee", "text": "<p>Wijs ouders op een cursus voor stellen, het wijkteam of het maatschappelijk werk.</p>"},
                                {"title": "Spreek een vervolg af", "text": "<p>Vraag bij een volgend contact hoe het nu gaat.</p>"},
                            ],
                        }),
                        ("callout", {
                            "title": "Signalen bij kinderen",
                            "text": "<p>Let op veranderd gedrag: slecht slapen, buikpijn, terugtrekken, boosheid of slechtere schoolresultaten. Vraag dan ook naar de situatie thuis.</p>",
                            "tone": "tip",
                        }),
                        ("faq", {
                            "title": "Veelgestelde vragen",
                            "items": [
                                {"question": "Is het niet te privé om naar de relatie te vragen?", "answer": "<p>Veel ouders vinden het juist fijn als iemand ernaar vraagt. Leg uit waarom u het vraagt: een goede relatie helpt het kind.</p>"},
                                {"question": "Wat als ouders geen hulp willen?", "answer": "<p>Dat is hun keuze. Geef wel informatie mee, zodat ze later zelf de weg weten.</p>"},
                            ],
                        }),
                        ("links", {
                            "title": "Verder lezen",
                            "links": [
                                {"title": "Triage: hoe zwaar is het conflict?", "url": "page:triage-conflict", "description": "Het conflict inschatten en passend verwijzen."},
                            ],
                        }),
                    ],
                },
                {
                    "title": "Triage: hoe zwaar is het conflict?",
                    "slug": "triage-conflict",
                    "intro": "Niet elke scheiding vraagt dezelfde hulp. Met triage schat u in hoe zwaar het conflict is, zodat u samen met ouders de juiste hulp kiest.",
                    "image": "team",
                    "body": [
                        ("paragraph", "<p>Triage betekent: sorteren op zwaarte. In de zorg voor gezinnen gebruiken we het om te bepalen welke hulp past. Bij een scheiding kijkt u naar het conflict tussen de ouders en naar hoe het met het kind gaat.</p>"),
                        ("heading", "Drie niveaus"),
                        ("paragraph", "<ol><li><strong>Licht:</strong> ouders hebben onenigheid, maar kunnen nog samen praten. Informatie, een cursus of mediation is vaak genoeg.</li><li><strong>Midden:</strong> de ruzies komen steeds terug en het kind merkt er veel van. Hier is begeleiding nodig, zoals een traject voor ouderschap na scheiding.</li><li><strong>Zwaar:</strong> er is geen contact meer zonder ruzie, er lopen rechtszaken, of het kind is niet veilig. Dan is specialistische hulp nodig, soms met de Raad voor de Kinderbescherming.</li></ol>"),
                        ("callout", {
                            "title": "Veiligheid gaat voor",
                            "text": "<p>Is er sprake van huiselijk geweld of kindermishandeling? Volg dan altijd de meldcode van uw organisatie. Vraag bij twijfel advies aan Veilig Thuis.</p>",
                            "tone": "warning",
                        }),
                        ("heading", "Waar let u op?"),
                        ("paragraph", "<ul><li>Hoe praten de ouders over elkaar?</li><li>Hoe lang duurt het conflict al?</li><li>Zijn er advocaten of rechtszaken bij betrokken?</li><li>Hoe gaat het met het kind thuis, op school en met vrienden?</li><li>Welke hulp is er al geweest, en wat werkte?</li></ul>"),
                        ("faq", {
                            "title": "Vragen over triage",
                            "items": [
                                {"question": "Moet ik triage alleen doen?", "answer": "<p>Nee. Bespreek twijfel altijd met een collega of met het spreekuur van het platform.</p>"},
                                {"question": "Kan een conflict van niveau veranderen?", "answer": "<p>Ja, in beide richtingen. Kijk daarom regelmatig opnieuw naar de situatie.</p>"},
                            ],
                        }),
                        ("links", {
                            "title": "Lees ook",
                            "links": [
                                {"title": "Samenwerken in de keten", "url": "page:samenwerken-in-de-keten", "description": "Wie doet wat bij een scheiding."},
                                {"title": "Spreekuur voor professionals", "url": "page:spreekuur-professionals", "description": "Overleg over een casus."},
                            ],
                        }),
                    ],
                },
                {
                    "title": "Samenwerken in de keten",
                    "slug": "samenwerken-in-de-keten",
                    "intro": "Rond een scheiding werken veel organisaties. Als zij goed samenwerken, krijgt het gezin sneller de juiste hulp.",
                    "image": "netwerk",
                    "body": [
                        ("paragraph", "<p>De keten is de rij van organisaties die een gezin kan tegenkomen. Het begint bij het voorveld: de plekken waar ouders en kinderen gewoon komen. Het eindigt bij de kinderrechter en de jeugdbescherming. In ons platform zitten ze allemaal aan tafel.</p>"),
                        ("heading", "Wie zitten er in de keten?"),
                        ("paragraph", "<ul><li><strong>Voorveld:</strong> jeugdgezondheidszorg (JGZ: consultatiebureau en schoolarts), verloskundigen, kinderopvang en scholen.</li><li><strong>Lokale hulp:</strong> wijkteams, maatschappelijk werk en jeugdhulp.</li><li><strong>Juridisch:</strong> advocaten, mediators en de rechtbank.</li><li><strong>Gedwongen kader:</strong> de Raad voor de Kinderbescherming en de gecertificeerde instellingen (GI). Een GI voert een maatregel van de rechter uit. Bijvoorbeeld een ondertoezichtstelling: het kind krijgt dan een gezinsvoogd.</li></ul>"),
                        ("callout", {
                            "title": "Waarom dit belangrijk is",
                            "text": "<p>Bij de gecertificeerde instellingen in Twente speelt in 60 tot 70 procent van de zaken een scheiding mee. Dat percentage stijgt. Eerder en beter samenwerken kan veel gezinnen een zwaar traject besparen.</p>",
                            "tone": "info",
                        }),
                        ("heading", "Het knelpunt: versnipperde hulp"),
                        ("paragraph", "<p>Als ouders eenmaal uit elkaar gaan, is de hulp nu nog versnipperd. Dat betekent: verdeeld over veel losse plekken. Het is niet altijd duidelijk of de juiste hulp op het juiste moment komt. Daarom werken we aan vaste afspraken over doorverwijzen.</p>"),
                        ("steps", {
                            "title": "Afspraken bij doorverwijzen",
                            "steps": [
                                {"title": "Eén regiehouder", "text": "<p>Spreek af wie het overzicht houdt. Meestal is dat het wijkteam.</p>"},
                                {"title": "Warme overdracht", "text": "<p>Verwijs niet alleen door met een telefoonnummer. Maak samen met de ouders kennis met de nieuwe hulpverlener.</p>"},
                                {"title": "Eén plan", "text": "<p>Werk samen met het gezin aan één plan, ook als er meer organisaties betrokken zijn.</p>"},
                                {"title": "Terugkoppelen", "text": "<p>Laat de verwijzer weten hoe het gaat, met toestemming van de ouders.</p>"},
                            ],
                        }),
                        ("links", {
                            "title": "Verder lezen",
                            "links": [
                                {"title": "Expertise bij complexe scheidingen", "url": "page:expertise-complexe-scheidingen", "description": "Kennis voor rechtbank, advocatuur en keten."},
                                {"title": "De drie ontwikkeltafels", "url": "page:ontwikkeltafels", "description": "Hoe Twente de jeugdhulp vernieuwt."},
                            ],
                        }),
                    ],
                },
                {
                    "title": "Expertise bij complexe scheidingen",
                    "slug": "expertise-complexe-scheidingen",
                    "intro": "Complexe scheidingen zijn lastig, ook voor ervaren professionals. Daarom delen we in Twente kennis en ervaring.",
                    "image": "team",
                    "body": [
                        ("paragraph", "<p>De rechtbank, advocaten, mediators en de organisaties in het gedwongen kader zeggen het zelf: we willen meer weten over complexe scheidingen. Soms weten professionals niet goed wat ze moeten doen. Dat heet handelingsverlegenheid. Het is geen onkunde, maar een teken dat deze gezinnen extra kennis vragen. Het platform bundelt en deelt die kennis, zodat niemand er alleen voor staat.</p>"),
                        ("heading", "Wat maakt een scheiding complex?"),
                        ("paragraph", "<ul><li>Het conflict duurt lang en wordt steeds heftiger.</li><li>Ouders zien de ander als gevaar of als vijand.</li><li>Er lopen meerdere procedures tegelijk.</li><li>Het kind raakt klem en weigert soms contact met een ouder.</li><li>Er spelen ook andere problemen, zoals geldzorgen, verslaving of psychische klachten.</li></ul>"),
                        ("heading", "Wat het platform biedt"),
                        ("steps", {
                            "title": "Leren van en met elkaar",
                            "steps": [
                                {"title": "Intervisie", "text": "<p>Elke zes weken bespreken professionals uit verschillende organisaties samen een casus. De groepen zijn klein: zes tot acht mensen.</p>"},
                                {"title": "Scholing", "text": "<p>We organiseren korte trainingen over onder meer het gesprek met ouders in een conflict en het horen van kinderen.</p>"},
                                {"title": "Spreekuur", "text": "<p>U kunt een casus voorleggen aan een ervaren collega. Zie het spreekuur voor professionals.</p>"},
                            ],
                        }),
                        ("callout", {
                            "title": "Uw ervaring telt",
                            "text": "<p>Heeft u een aanpak die goed werkt bij complexe scheidingen? Deel die met het platform. We verzamelen goede voorbeelden en bespreken ze in de bijeenkomsten. Zo leren collega's in heel Twente ervan.</p>",
                            "tone": "tip",
                        }),
                        ("quote", {
                            "text": "Door de intervisie weet ik nu wie ik bij de GI kan bellen. Dat scheelt weken.",
                            "attribution": "Een medewerker van een Twents wijkteam",
                        }),
                        ("contact", {
                            "title": "Meedoen aan intervisie of scholing?",
                            "name": "Bart Nijhuis",
                            "role": "Adviseur kennis en scholing",
                            "phone": "053 000 0102",
                            "email": "scholing@twente.example.nl",
                        }),
                    ],
                },
                {
                    "title": "De drie ontwikkeltafels",
                    "slug": "ontwikkeltafels",
                    "intro": "In Twente werken organisaties samen aan nieuwe vormen van jeugdhulp. Dat gebeurt aan drie ontwikkeltafels.",
                    "image": "team",
                    "body": [
                        ("paragraph", "<p>Ieder kind verdient een goede toekomst. Vanuit dat idee werken jeugdhulp, gemeenten, de samenwerkingsverbanden van het onderwijs en het gedwongen kader in Twente samen. Zij kijken hoe de zorg voor jeugd anders en beter kan. Dat doen ze aan drie ontwikkeltafels. Een ontwikkeltafel is een werkgroep met mensen uit al die organisaties.</p>"),
                        ("steps", {
                            "title": "De drie tafels",
                            "steps": [
                                {"title": "Jeugd groeit op in de eigen omgeving", "text": "<p>Kinderen krijgen hulp dichtbij huis. Ze hoeven niet weg uit hun wijk als er ondersteuning nodig is.</p>"},
                                {"title": "Jeugd groeit veilig op", "text": "<p>Kinderen zijn veilig thuis, op school en in de buurt. Ook als hun ouders een conflict hebben.</p>"},
                                {"title": "Jeugd groeit op met perspectief", "text": "<p>Kinderen kunnen hun talenten ontwikkelen en worden volwassenen met een goed leven.</p>"},
                            ],
                        }),
                        ("heading", "Samen, werken en leren"),
                        ("paragraph", "<p>De tafels werken volgens drie uitgangspunten. We doen het samen. We werken en leren tegelijk: we proberen iets uit en passen het aan. En we kijken naar de toekomst. Ouders en jongeren denken ook mee.</p>"),
                        ("callout", {
                            "title": "De link met scheiding",
                            "text": "<p>De tafel 'Jeugd groeit veilig op' werkt nauw samen met ons platform. Scheidingsproblemen spelen namelijk in veel gezinnen met jeugdbescherming een rol. Samen werken we aan de vier knelpunten uit de keten.</p>",
                            "tone": "info",
                        }),
                        ("faq", {
                            "title": "De vier knelpunten",
                            "items": [
                                {"question": "1. Er wordt te weinig over relaties gepraat", "answer": "<p>Op school, het consultatiebureau, bij de verloskundige en bij zwangerschapsgym is de relatie van ouders nog geen gewoon onderwerp.</p>"},
                                {"question": "2. Er is te weinig hulp vóór de breuk", "answer": "<p>Makkelijk bereikbare hulp bij relatieproblemen, nog voordat ouders besluiten te scheiden, is er nu niet genoeg.</p>"},
                                {"question": "3. De hulp na de breuk is versnipperd", "answer": "<p>Als ouders uit elkaar gaan, is de hulp verdeeld over veel plekken. Het is niet altijd zeker dat de juiste hulp komt.</p>"},
                                {"question": "4. Er is meer kennis nodig over complexe scheidingen", "answer": "<p>Rechtbank, advocaten, mediators en het gedwongen kader willen meer expertise om goed te kunnen handelen.</p>"},
                            ],
                        }),
                        ("links", {
                            "title": "Lees ook",
                            "links": [
                                {"title": "Vroeg signaleren", "url": "page:vroeg-signaleren", "description": "Over knelpunt 1 en 2."},
                                {"title": "Samenwerken in de keten", "url": "page:samenwerken-in-de-keten", "description": "Over knelpunt 3."},
                                {"title": "Expertise bij complexe scheidingen", "url": "page:expertise-complexe-scheidingen", "description": "Over knelpunt 4."},
                            ],
                        }),
                    ],
                },
            ],
        },
    ],
    "pages": [
        {
            "title": "Over ons",
            "slug": "over-ons",
            "intro": "Het Platform Scheiding en Omgang Twente is een netwerk van organisaties. Samen zorgen we voor betere hulp aan gezinnen waarin ouders uit elkaar gaan.",
            "image": "team",
            "body": [
                ("heading", "Wie zijn wij?"),
                ("paragraph", "<p>In het platform werken organisaties uit de hele keten rond scheiding samen. Van de jeugdgezondheidszorg tot de kinderrechter. Van het maatschappelijk werk tot de jeugdbescherming. Ook de Twentse gemeenten, jeugdhulpaanbieders en de samenwerkingsverbanden van het onderwijs doen mee.</p><p>Het platform is zelf geen hulporganisatie. Wij verbinden de organisaties die hulp geven. Zo kent de medewerker van het wijkteam de mediator, en weet de leerkracht wie hij kan bellen. Ouders en jongeren denken ook mee. Zo sluit de hulp aan bij wat gezinnen echt nodig hebben.</p>"),
                ("heading", "Waarom bestaat het platform?"),
                ("paragraph", "<p>Een scheiding kan veel impact hebben op kinderen. Bij de organisaties voor jeugdbescherming in Twente speelt in 60 tot 70 procent van de gezinnen een scheiding mee. Dat aantal is de laatste jaren gestegen. Wij willen dat gezinnen eerder en beter geholpen worden, zodat minder kinderen in de knel komen.</p>"),
                ("steps", {
                    "title": "Waar werken we aan?",
                    "steps": [
                        {"title": "Praten over relaties normaal maken", "text": "<p>Ook op school, het consultatiebureau en bij de verloskundige.</p>"},
                        {"title": "Hulp vóór de breuk", "text": "<p>Makkelijk bereikbare hulp voor stellen die vastlopen.</p>"},
                        {"title": "Eén duidelijke route", "text": "<p>Minder losse loketten, betere doorverwijzing na de breuk.</p>"},
                        {"title": "Meer kennis", "text": "<p>Scholing en intervisie voor professionals die werken met complexe scheidingen.</p>"},
                    ],
                }),
                ("quote", {
                    "text": "Elk kind verdient een goede toekomst. Ook als papa en mama niet meer samen zijn.",
                    "attribution": "Het Platform Scheiding en Omgang Twente",
                }),
                ("links", {
                    "title": "Meer weten",
                    "links": [
                        {"title": "De drie ontwikkeltafels", "url": "page:ontwikkeltafels", "description": "Hoe Twente de jeugdhulp vernieuwt."},
                        {"title": "Contact", "url": "page:contact", "description": "Stel uw vraag aan het platform."},
                    ],
                }),
            ],
        },
        {
            "title": "Contact",
            "slug": "contact",
            "intro": "Heeft u een vraag of wilt u meedoen met het platform? Neem gerust contact op, we reageren binnen drie werkdagen.",
            "image": "gesprek",
            "body": [
                ("contact", {
                    "title": "Platform Scheiding en Omgang Twente",
                    "name": "Sanne Lammerink",
                    "role": "Coördinator van het platform",
                    "phone": "053 000 0101",
                    "email": "platform@twente.example.nl",
                    "address": "Voorbeeldstraat 10, 7500 AA Enschede",
                    "hours": "Maandag tot en met donderdag van 9.00 tot 16.30 uur",
                }),
                ("callout", {
                    "title": "Let op: wij zijn geen hulpverlener",
                    "text": "<p>Het platform is een netwerk. Wij geven zelf geen hulp aan gezinnen. Wel wijzen we u de weg naar de juiste hulp. Voor hulp in uw eigen situatie kunt u het beste eerst contact opnemen met het wijkteam van uw gemeente.</p>",
                    "tone": "info",
                }),
                ("heading", "Waarvoor kunt u ons bellen of mailen?"),
                ("paragraph", "<ul><li>U weet niet bij welke organisatie u moet zijn.</li><li>U bent professional en wilt een casus bespreken.</li><li>U wilt als organisatie aansluiten bij het platform.</li><li>U heeft een vraag of opmerking over deze website.</li><li>U wilt een spreker of workshop voor uw team over scheiding en kinderen.</li></ul>"),
                ("faq", {
                    "title": "Veelgestelde vragen",
                    "items": [
                        {"question": "Kan ik zomaar langskomen?", "answer": "<p>Nee, ons kantoor heeft geen balie. Professionals kunnen wel een afspraak maken voor het spreekuur.</p>"},
                        {"question": "Is mijn vraag vertrouwelijk?", "answer": "<p>Ja. We gaan zorgvuldig om met wat u ons vertelt. Lees meer in onze privacyverklaring.</p>"},
                        {"question": "Kan ik ook in een andere taal contact opnemen?", "answer": "<p>Ja. Wij kunnen een tolk regelen. Zeg bij het eerste contact welke taal u spreekt.</p>"},
                        {"question": "Ik heb een klacht over een organisatie. Kunt u helpen?", "answer": "<p>Neem eerst contact op met die organisatie zelf. Komt u er samen niet uit? Dan denken wij graag met u mee over de volgende stap.</p>"},
                    ],
                }),
                ("links", {
                    "title": "Handig",
                    "links": [
                        {"title": "Spreekuur voor professionals", "url": "page:spreekuur-professionals", "description": "Tijden en locaties."},
                        {"title": "Privacyverklaring", "url": "page:privacy", "description": "Hoe wij met uw gegevens omgaan."},
                    ],
                }),
            ],
        },
        {
            "title": "Toegankelijkheid",
            "slug": "toegankelijkheid",
            "intro": "Iedereen moet deze website goed kunnen gebruiken. Hier leest u wat we daarvoor doen en hoe u een probleem meldt.",
            "image": None,
            "body": [
                ("heading", "Onze ambitie"),
                ("paragraph", "<p>Wij willen dat deze website voldoet aan de richtlijnen WCAG 2.1 op niveau AA. WCAG is een internationale afspraak over toegankelijke websites. Niveau AA betekent bijvoorbeeld: genoeg kleurcontrast, teksten die u kunt vergroten en een site die werkt met alleen een toetsenbord. Zo kan iedereen alle informatie vinden, ook mensen die slecht zien of een hand niet goed kunnen gebruiken.</p>"),
                ("paragraph", "<p>Wat we daarvoor doen:</p><ul><li>We schrijven in eenvoudige taal, op taalniveau B1.</li><li>Afbeeldingen hebben een tekstalternatief.</li><li>De site werkt ook met een schermlezer.</li><li>We testen de site regelmatig, met tools en met echte gebruikers.</li></ul>"),
                ("callout", {
                    "title": "Nog niet alles is perfect",
                    "text": "<p>Sommige oudere documenten, zoals pdf-bestanden van partners, zijn nog niet helemaal toegankelijk. Heeft u een document nodig in een andere vorm? Vraag het ons, dan sturen we het op een andere manier.</p>",
                    "tone": "info",
                }),
                ("steps", {
                    "title": "Een probleem melden",
                    "steps": [
                        {"title": "Beschrijf het probleem", "text": "<p>Vertel op welke pagina het is en wat er niet goed gaat.</p>"},
                        {"title": "Stuur het naar ons", "text": "<p>Mail naar toegankelijkheid@twente.example.nl of bel 053 000 0101.</p>"},
                        {"title": "Wij reageren", "text": "<p>Binnen vijf werkdagen krijgt u antwoord. We laten weten wat we gaan doen en wanneer.</p>"},
                    ],
                }),
                ("faq", {
                    "title": "Vragen over het gebruik van de site",
                    "items": [
                        {"question": "Kan ik de tekst groter maken?", "answer": "<p>Ja. Houd de Ctrl-toets ingedrukt (op een Mac de Cmd-toets) en druk op het plusteken. De pagina blijft goed leesbaar.</p>"},
                        {"question": "Werkt de site op mijn telefoon?", "answer": "<p>Ja. De site past zich aan aan het scherm van uw telefoon of tablet.</p>"},
                    ],
                }),
                ("contact", {
                    "title": "Contact over toegankelijkheid",
                    "name": "Redactie Platform Scheiding en Omgang Twente",
                    "phone": "053 000 0101",
                    "email": "toegankelijkheid@twente.example.nl",
                }),
            ],
        },
        {
            "title": "Privacy",
            "slug": "privacy",
            "intro": "Wij gaan zorgvuldig om met uw gegevens. Op deze website volgen we u niet.",
            "image": None,
            "body": [
                ("heading", "Geen trackingcookies"),
                ("paragraph", "<p>Een cookie is een klein bestandje dat een website op uw apparaat zet. Wij gebruiken geen cookies om te meten of te volgen wat u op deze site doet. We tonen ook geen advertenties.</p><p>Er is alleen één functionele cookie: een sessiecookie voor redacteuren. Die komt alleen op uw apparaat als u inlogt om de website te bewerken. Als gewone bezoeker krijgt u die cookie niet.</p>"),
                ("heading", "Welke gegevens krijgen wij?"),
                ("paragraph", "<p>Als u ons mailt of belt, krijgen wij uw naam, uw e-mailadres of telefoonnummer en uw vraag. Die gegevens gebruiken we alleen om uw vraag te beantwoorden. We geven ze niet aan anderen, tenzij u daar zelf toestemming voor geeft. We bewaren uw bericht niet langer dan een jaar.</p>"),
                ("faq", {
                    "title": "Uw rechten",
                    "items": [
                        {"question": "Mag ik zien welke gegevens u van mij heeft?", "answer": "<p>Ja. Stuur een mail en u krijgt binnen vier weken een overzicht.</p>"},
                        {"question": "Kan ik mijn gegevens laten verwijderen?", "answer": "<p>Ja. Vraag het ons en we verwijderen uw gegevens, als de wet ons niet verplicht ze te bewaren.</p>"},
                        {"question": "Ik ben het niet eens met hoe u mijn gegevens gebruikt.", "answer": "<p>Laat het ons eerst weten, dan zoeken we samen een oplossing. U kunt ook een klacht indienen bij de Autoriteit Persoonsgegevens.</p>"},
                    ],
                }),
                ("callout", {
                    "title": "Deel geen privégegevens via de website",
                    "text": "<p>Vertel in een eerste mail liever niet te veel over uw gezin. Wij nemen contact met u op en vragen alleen wat nodig is. Zo blijven uw gegevens veilig.</p>",
                    "tone": "tip",
                }),
                ("contact", {
                    "title": "Vragen over privacy",
                    "name": "Functionaris gegevensbescherming",
                    "email": "privacy@twente.example.nl",
                    "phone": "053 000 0103",
                }),
            ],
        },
    ],
}
