# Demo-inhoud voor het Kind- en scheidingsloket Cranendonck.
# Alle namen, adressen, telefoonnummers en e-mailadressen zijn verzonnen.
HUB = {
    "slug": "cranendonck",
    "name": "Kind- en scheidingsloket Cranendonck",
    "municipality": "Gemeente Cranendonck",
    "tagline": "Hulp bij scheiden, met het kind voorop",
    "municipalities": ["Cranendonck"],
    "postcode_areas": ["6020-6029"],
    "branding": {"primary": "#7a2048", "accent": "#f3c677", "font": "serif", "layout": "lijn", "logo": "shield", "initials": "KC"},
    "contact": {
        "address": "Gemeentehuis Cranendonck, Voorbeeldplein 1, 6020 AA Budel",
        "phone": "0495 000 0202",
        "email": "loket@cranendonck.example.nl",
        "hours": "Maandag tot en met vrijdag van 9.00 tot 12.30 uur",
    },
    "home": {
        "hero_title": "Uit elkaar, en toch samen ouder",
        "hero_intro": "Het Kind- en scheidingsloket helpt ouders, kinderen en hun omgeving bij een scheiding. Loop gewoon binnen in het gemeentehuis in Budel, een afspraak is niet nodig.",
        "hero_image": "kind",
        "body": [
            ("heading", "Waarom een loket voor kinderen?"),
            ("paragraph", "<p>Een scheiding raakt het hele gezin. Kinderen van gescheiden ouders hebben gemiddeld ongeveer twee keer zoveel problemen als andere kinderen. Ze zijn bijvoorbeeld vaker verdrietig of angstig, hebben moeite met vrienden, of halen lagere cijfers.</p><p>Dat hoeft niet zo te zijn. Als ouders goed met elkaar praten, duidelijke afspraken maken en samen blijven opvoeden, voelt een kind zich veilig. Daar helpen wij bij.</p>"),
            ("callout", {
                "title": "Gewoon binnenlopen",
                "text": "<p>Tijdens het inloopspreekuur zitten een mediator en een jeugd- en gezinsprofessional van het Sociaal Team Cranendonck voor u klaar. U hoeft geen afspraak te maken.</p>",
                "tone": "tip",
            }),
            ("links", {
                "title": "Snel naar",
                "links": [
                    {"title": "Inloopspreekuur", "url": "page:inloopspreekuur", "description": "Tijden en plaats in het gemeentehuis."},
                    {"title": "Hoe werkt een scheiding?", "url": "page:scheiding-hoe-werkt-het", "description": "De stappen voor ouders op een rij."},
                    {"title": "Het is niet jouw schuld", "url": "page:niet-jouw-schuld", "description": "Voor kinderen en jongeren."},
                ],
            }),
        ],
    },
    "audiences": [
        {
            "audience": "ouders",
            "title": "Voor ouders",
            "slug": "ouders",
            "intro": "Gaat u scheiden, of bent u al gescheiden? Hier vindt u uitleg en tips, zodat uw kind zo min mogelijk last heeft van de scheiding.",
            "body": [
                ("paragraph", "<p>Een scheiding brengt veel vragen mee. Over de procedure, over geld en wonen, en vooral over de kinderen. U hoeft die vragen niet alleen op te lossen. Bij het Kind- en scheidingsloket kijken we samen met u wat past.</p>"),
                ("callout", {
                    "title": "Kom langs met uw vraag",
                    "text": "<p>Op het inloopspreekuur krijgt u direct antwoord, of we zoeken samen naar een oplossing. Ook als u nog twijfelt of u wilt scheiden.</p>",
                    "tone": "info",
                }),
            ],
            "pages": [
                {
                    "title": "Hoe werkt een scheiding?",
                    "slug": "scheiding-hoe-werkt-het",
                    "intro": "Een scheiding regelen bestaat uit een aantal stappen. Hier leest u in het kort hoe het werkt en wie u kan helpen.",
                    "image": "wegwijzer",
                    "body": [
                        ("paragraph", "<p>Hoe een scheiding gaat, hangt af van uw situatie. Bent u getrouwd of geregistreerd partner? Dan is er meestal een rechter nodig. Woonde u samen zonder huwelijk? Dan gaat het vaak zonder rechter. Maar ook dan zijn goede afspraken over de kinderen belangrijk.</p>"),
                        ("steps", {
                            "title": "De stappen bij een echtscheiding",
                            "steps": [
                                {"title": "Samen of alleen?", "text": "<p>Bent u het samen eens? Dan dient u samen één verzoek in bij de rechter. U kunt dan één advocaat delen. Is dat niet zo? Dan neemt ieder een eigen advocaat.</p>"},
                                {"title": "Afspraken maken", "text": "<p>U maakt afspraken over de kinderen, het huis, het geld en de spullen. Een mediator kan u daarbij helpen.</p>"},
                                {"title": "Ouderschapsplan", "text": "<p>Met kinderen onder de 18 jaar moet u een ouderschapsplan maken. Dat gaat mee naar de rechter.</p>"},
                                {"title": "De rechter beslist", "text": "<p>De rechter kijkt naar het verzoek en de afspraken. Bent u het eens? Dan hoeft u vaak niet naar de rechtbank te komen.</p>"},
                                {"title": "Inschrijven", "text": "<p>De advocaat laat de scheiding inschrijven bij de gemeente. Pas dan is de scheiding officieel.</p>"},
                            ],
                        }),
                        ("callout", {
                            "title": "Wat is een mediator?",
                            "text": "<p>Een mediator is een neutrale bemiddelaar. Hij of zij kiest geen kant, maar helpt u allebei om samen tot afspraken te komen. Bij ons inloopspreekuur zit altijd een mediator.</p>",
                            "tone": "info",
                        }),
                        ("faq", {
                            "title": "Veelgestelde vragen",
                            "items": [
                                {"question": "Wat kost een scheiding?", "answer": "<p>Dat hangt af van de advocaat, de mediator en hoe snel u het eens wordt. Heeft u een laag inkomen? Dan betaalt u vaak minder, omdat de overheid een deel betaalt. Vraag ernaar bij het loket.</p>"},
                                {"question": "Hoe lang duurt het?", "answer": "<p>Bent u het samen eens? Dan duurt het vaak een paar maanden. Is er onenigheid, dan kan het veel langer duren.</p>"},
                            ],
                        }),
                        ("links", {
                            "title": "Lees ook",
                            "links": [
                                {"title": "Goede afspraken maken", "url": "page:goede-afspraken", "description": "Over het ouderschapsplan en de zorgregeling."},
                                {"title": "Inloopspreekuur", "url": "page:inloopspreekuur", "description": "Stel uw vraag aan een mediator."},
                            ],
                        }),
                    ],
                },
                {
                    "title": "Samen ouder blijven",
                    "slug": "samen-ouder-blijven",
                    "intro": "U bent geen partners meer, maar wel allebei ouder van uw kind. Samen opvoeden na een scheiding is niet altijd makkelijk, maar het geeft uw kind rust.",
                    "image": "hart",
                    "body": [
                        ("paragraph", "<p>Kinderen hebben een veilige en voorspelbare omgeving nodig. Dat lukt het best als ouders goed met elkaar communiceren en duidelijke afspraken maken. U hoeft geen vrienden te worden. Maar u werkt wel samen, als een soort collega's in de opvoeding.</p>"),
                        ("heading", "Tips voor samen opvoeden"),
                        ("paragraph", "<ul><li><strong>Zet uw kind centraal.</strong> Vraag bij elke keuze: wat is goed voor ons kind?</li><li><strong>Praat zakelijk.</strong> Houd gesprekken kort en vriendelijk. Bespreek gevoelens over de relatie liever met een vriend of hulpverlener.</li><li><strong>Gebruik geen boodschapper.</strong> Geef geen berichten mee aan uw kind.</li><li><strong>Spreek niet slecht over de ander.</strong> Uw kind is voor de helft van u allebei.</li><li><strong>Houd dezelfde grote regels aan.</strong> Bijvoorbeeld over bedtijd, schermtijd en huiswerk.</li></ul>"),
                        ("callout", {
                            "title": "Als praten echt niet lukt",
                            "text": "<p>Soms is er te veel ruzie om samen te overleggen. Dan kan 'parallel ouderschap' helpen. Ieder regelt zijn eigen tijd met het kind. U overlegt alleen over de grote dingen, bijvoorbeeld via een schriftje of een app. Bespreek de mogelijkheden op het inloopspreekuur.</p>",
                            "tone": "tip",
                        }),
                        ("quote", {
                            "text": "We spreken nu één keer per maand af in een koffiezaak. Alleen over de kinderen. Dat werkt beter dan al die appjes.",
                            "attribution": "Een moeder uit Maarheeze",
                        }),
                        ("faq", {
                            "title": "Vragen van ouders",
                            "items": [
                                {"question": "Mijn ex houdt zich niet aan de afspraken. Wat kan ik doen?", "answer": "<p>Schrijf op wat er gebeurt. Probeer het rustig te bespreken, eventueel met een mediator erbij. Kom gerust langs bij het loket om mee te denken.</p>"},
                                {"question": "Hebben we allebei nog gezag?", "answer": "<p>Meestal wel. Na een scheiding houden de meeste ouders samen het gezag. Dat betekent dat u grote beslissingen, zoals de keuze voor een school, samen neemt.</p>"},
                            ],
                        }),
                        ("links", {
                            "title": "Lees ook",
                            "links": [
                                {"title": "Het nieuws vertellen aan uw kind", "url": "page:vertellen-aan-uw-kind", "description": "Zo pakt u het gesprek aan."},
                            ],
                        }),
                    ],
                },
                {
                    "title": "Goede afspraken maken",
                    "slug": "goede-afspraken",
                    "intro": "Duidelijke afspraken voorkomen ruzie en geven uw kind houvast. Hier leest u waar u aan moet denken.",
                    "image": "kalender",
                    "body": [
                        ("heading", "Het ouderschapsplan"),
                        ("paragraph", "<p>In een ouderschapsplan schrijft u op hoe u na de scheiding voor de kinderen zorgt. Bent u getrouwd of geregistreerd partner? Dan is dit plan verplicht. Woonde u samen? Dan is het ook heel verstandig.</p><p>In het plan staat onder meer:</p><ul><li>bij wie de kinderen wonen en wanneer ze bij de andere ouder zijn (de zorgregeling);</li><li>hoe u elkaar informeert over school, gezondheid en vrienden;</li><li>hoe u de kosten verdeelt (de kinderalimentatie);</li><li>hoe u de kinderen heeft gevraagd wat zij belangrijk vinden.</li></ul>"),
                        ("callout", {
                            "title": "Wat is kinderalimentatie?",
                            "text": "<p>Kinderalimentatie is geld dat de ene ouder aan de andere ouder betaalt voor de kosten van de kinderen. Het bedrag hangt af van uw inkomens en van hoe vaak de kinderen bij wie zijn.</p>",
                            "tone": "info",
                        }),
                        ("steps", {
                            "title": "Zo komt u tot goede afspraken",
                            "steps": [
                                {"title": "Begin bij uw kind", "text": "<p>Kijk naar de leeftijd, school, sport en vriendjes. Wat heeft uw kind nodig?</p>"},
                                {"title": "Maak het concreet", "text": "<p>Schrijf niet 'we doen het in overleg', maar bijvoorbeeld 'de kinderen zijn op woensdag en in het weekend bij papa'.</p>"},
                                {"title": "Denk aan feestdagen en vakanties", "text": "<p>Wie viert Sinterklaas met de kinderen? Hoe verdeelt u de zomervakantie?</p>"},
                                {"title": "Spreek een evaluatie af", "text": "<p>Kijk elk jaar samen of de afspraken nog passen.</p>"},
                            ],
                        }),
                        ("faq", {
                            "title": "Veelgestelde vragen",
                            "items": [
                                {"question": "Wie helpt ons bij het maken van het plan?", "answer": "<p>Een mediator of advocaat kan helpen. Op het inloopspreekuur kunt u ook eerst vrijblijvend uw vragen stellen.</p>"},
                                {"question": "Wat als we het niet eens worden?", "answer": "<p>Dan beslist de rechter over de punten waarover u het oneens bent. Vaak lukt het met hulp van een mediator toch om samen tot afspraken te komen.</p>"},
                            ],
                        }),
                        ("links", {
                            "title": "Handig",
                            "links": [
                                {"title": "Voorbeeld ouderschapsplan", "url": "https://www.cranendonck.example.nl/ouderschapsplan", "description": "Een invulbaar voorbeeld (pdf)."},
                                {"title": "Samen ouder blijven", "url": "page:samen-ouder-blijven", "description": "Tips voor samen opvoeden."},
                            ],
                        }),
                    ],
                },
                {
                    "title": "Het nieuws vertellen aan uw kind",
                    "slug": "vertellen-aan-uw-kind",
                    "intro": "Hoe vertelt u uw kind dat u gaat scheiden? Een goed eerste gesprek helpt uw kind om het nieuws een plek te geven.",
                    "image": "kind",
                    "body": [
                        ("paragraph", "<p>Veel ouders zien op tegen dit gesprek. Dat is begrijpelijk. U wilt uw kind geen pijn doen. Toch is het beter om eerlijk te zijn. Kinderen merken vaak al dat er iets speelt. Duidelijkheid geeft hen juist rust.</p>"),
                        ("steps", {
                            "title": "Zo bereidt u het gesprek voor",
                            "steps": [
                                {"title": "Vertel het samen", "text": "<p>Als het kan, vertellen beide ouders het tegelijk. Zo ziet uw kind dat u er samen voor blijft zorgen.</p>"},
                                {"title": "Kies een rustig moment", "text": "<p>Niet vlak voor school of het slapengaan. Zorg dat er daarna tijd is voor vragen.</p>"},
                                {"title": "Houd het eenvoudig", "text": "<p>Vertel wat er verandert en wat hetzelfde blijft. Bijvoorbeeld dezelfde school en dezelfde vrienden.</p>"},
                                {"title": "Zeg dat het niet de schuld van uw kind is", "text": "<p>Zeg het duidelijk, en zeg het later nog eens.</p>"},
                            ],
                        }),
                        ("faq", {
                            "title": "Per leeftijd",
                            "items": [
                                {"question": "Jonge kinderen (tot 6 jaar)", "answer": "<p>Gebruik korte zinnen. Vertel vooral wat er praktisch verandert: waar ze slapen en wanneer ze papa of mama zien.</p>"},
                                {"question": "Basisschoolkinderen (6 tot 12 jaar)", "answer": "<p>Deze kinderen willen vaak weten hoe het zit. Beantwoord hun vragen eerlijk, zonder details over de ruzie.</p>"},
                                {"question": "Tieners", "answer": "<p>Tieners willen serieus genomen worden. Vraag wat zij belangrijk vinden, bijvoorbeeld over hun eigen planning.</p>"},
                            ],
                        }),
                        ("callout", {
                            "title": "Wat u beter niet kunt doen",
                            "text": "<p>Geef de andere ouder niet de schuld. Vraag uw kind niet om te kiezen. En laat uw kind niet de rol van troostende volwassene spelen.</p>",
                            "tone": "warning",
                        }),
                        ("links", {
                            "title": "Lees samen met uw kind",
                            "links": [
                                {"title": "Het is niet jouw schuld", "url": "page:niet-jouw-schuld", "description": "Een pagina speciaal voor kinderen."},
                                {"title": "Alle gevoelens mogen er zijn", "url": "page:alle-gevoelens", "description": "Over verdriet, boosheid en opluchting."},
                            ],
                        }),
                    ],
                },
            ],
        },
        {
            "audience": "kinderen",
            "title": "Voor kinderen en jongeren",
            "slug": "kinderen-en-jongeren",
            "intro": "Gaan je ouders uit elkaar? Hier lees je wat er gebeurt, wat je kunt doen en met wie je kunt praten.",
            "body": [
                ("paragraph", "<p>Een scheiding is voor veel kinderen een grote verandering. Misschien heb je veel vragen, of juist helemaal geen zin om erover na te denken. Dat mag allebei. Lees deze pagina's wanneer jij dat wilt.</p>"),
                ("callout", {
                    "title": "Jij mag ook langskomen",
                    "text": "<p>Het loket is er ook voor kinderen. Je mag binnenlopen tijdens het inloopspreekuur in het gemeentehuis. Alleen, met een ouder of met iemand anders die je vertrouwt.</p>",
                    "tone": "tip",
                }),
            ],
            "pages": [
                {
                    "title": "Het is niet jouw schuld",
                    "slug": "niet-jouw-schuld",
                    "intro": "Als ouders uit elkaar gaan, denken kinderen soms dat het door hen komt. Dat is nooit zo.",
                    "image": "kind",
                    "body": [
                        ("heading", "Het gaat over je ouders, niet over jou"),
                        ("paragraph", "<p>Je ouders gaan uit elkaar omdat het tussen hen niet meer goed gaat. Dat heeft niets te maken met iets wat jij hebt gedaan of gezegd. Ook niet als ze weleens ruzie hadden over jou, bijvoorbeeld over bedtijd of huiswerk. Zulke ruzies zijn heel gewoon. Ze zijn niet de reden van een scheiding.</p>"),
                        ("callout", {
                            "title": "Dit is belangrijk",
                            "text": "<p>Het is niet jouw schuld. Je kunt het ook niet weer goedmaken. En dat hoeft ook niet. Jij mag gewoon kind zijn.</p>",
                            "tone": "info",
                        }),
                        ("paragraph", "<p>Je ouders blijven allebei je ouders. Ook al wonen ze straks niet meer in hetzelfde huis. Ze blijven van je houden en voor je zorgen. Je mag ook van allebei blijven houden. Je hoeft niet te kiezen.</p>"),
                        ("faq", {
                            "title": "Vragen die kinderen vaak hebben",
                            "items": [
                                {"question": "Waarom gaan mijn ouders uit elkaar?", "answer": "<p>Dat is voor elk gezin anders. Soms zijn ouders niet meer verliefd, of maken ze te veel ruzie. Je mag je ouders vragen om het uit te leggen.</p>"},
                                {"question": "Ga ik verhuizen?", "answer": "<p>Misschien. Dat hangt af van de afspraken die je ouders maken. Vraag het gerust aan ze.</p>"},
                                {"question": "Ik vind het stom dat niemand mij iets vraagt.", "answer": "<p>Dat snappen we. Zeg het tegen je ouders. Of kom langs bij het loket. Wij helpen je om je mening te laten horen.</p>"},
                            ],
                        }),
                        ("quote", {
                            "text": "Ik dacht dat mijn vader wegging omdat ik zo druk was. Mijn moeder zei dat het echt niet zo was. Toen kon ik weer slapen.",
                            "attribution": "Sem, 9 jaar",
                        }),
                        ("links", {
                            "title": "Meer voor jou",
                            "links": [
                                {"title": "Praten helpt", "url": "page:praten-helpt", "description": "Met wie je kunt praten."},
                                {"title": "Alle gevoelens mogen er zijn", "url": "page:alle-gevoelens", "description": "Wat je kunt doen met je gevoelens."},
                            ],
                        }),
                    ],
                },
                {
                    "title": "Praten helpt",
                    "slug": "praten-helpt",
                    "intro": "Als je ergens mee zit, helpt het om erover te praten. Hier lees je met wie dat kan.",
                    "image": "gesprek",
                    "body": [
                        ("paragraph", "<p>Misschien wil je niet met je ouders praten over de scheiding. Je wilt ze niet verdrietig maken, of je bent boos op ze. Dat is heel normaal. Er zijn ook andere mensen die graag naar je luisteren.</p>"),
                        ("heading", "Met wie kun je praten?"),
                        ("paragraph", "<ul><li><strong>Iemand van je familie</strong>, zoals je opa, oma, tante of oom.</li><li><strong>Je juf, meester of mentor.</strong> Die kan op school rekening met je houden.</li><li><strong>Je trainer of een vriend.</strong> Soms is gewoon samen iets doen al fijn.</li><li><strong>Iemand van het loket.</strong> Je mag zelf binnenlopen tijdens het inloopspreekuur in het gemeentehuis in Budel.</li></ul>"),
                        ("callout", {
                            "title": "Liever anoniem praten?",
                            "text": "<p>Anoniem betekent dat je niet hoeft te zeggen wie je bent. Bel gratis De Praatlijn op 0800 000 111, elke dag van 14.00 tot 20.00 uur. Of chat via praatlijn.example.nl.</p>",
                            "tone": "tip",
                        }),
                        ("steps", {
                            "title": "Zo kun je beginnen",
                            "steps": [
                                {"title": "Kies iemand die je vertrouwt", "text": "<p>Het maakt niet uit wie. Als jij je er maar fijn bij voelt.</p>"},
                                {"title": "Zeg wat je bezighoudt", "text": "<p>Bijvoorbeeld: \"Ik moet veel denken aan de scheiding. Mag ik daar met je over praten?\"</p>"},
                                {"title": "Neem je tijd", "text": "<p>Je hoeft niet alles in één keer te vertellen. Je kunt later verder praten.</p>"},
                            ],
                        }),
                        ("callout", {
                            "title": "Voel je je niet veilig?",
                            "text": "<p>Is er thuis iets wat niet goed voelt of waar je bang van wordt? Vertel het aan een volwassene die je vertrouwt. Ben je in direct gevaar? Bel dan meteen het alarmnummer.</p>",
                            "tone": "warning",
                        }),
                        ("links", {
                            "title": "Lees ook",
                            "links": [
                                {"title": "Inloopspreekuur", "url": "page:inloopspreekuur", "description": "Wanneer je bij het loket terecht kunt."},
                            ],
                        }),
                    ],
                },
                {
                    "title": "Alle gevoelens mogen er zijn",
                    "slug": "alle-gevoelens",
                    "intro": "Verdrietig, boos, bang of juist opgelucht: als je ouders uit elkaar gaan, voel je van alles. Hier lees je wat je ermee kunt doen.",
                    "image": "hart",
                    "body": [
                        ("paragraph", "<p>Er is geen goede of foute manier om je te voelen bij een scheiding. Sommige kinderen huilen veel. Anderen worden boos of stil. Weer anderen merken er eerst bijna niets van, en worden later pas verdrietig. Het kan ook zijn dat je blij bent dat de ruzies thuis stoppen. Dat mag allemaal.</p>"),
                        ("heading", "Wat kun je doen?"),
                        ("paragraph", "<ul><li><strong>Beweeg.</strong> Ga rennen, fietsen, voetballen of dansen. Dat helpt bij boosheid en spanning.</li><li><strong>Schrijf of teken.</strong> Zet je gedachten in een schrift. Niemand hoeft het te lezen.</li><li><strong>Doe iets leuks.</strong> Spreek af met vrienden. Je mag ook gewoon plezier hebben.</li><li><strong>Praat erover.</strong> Met iemand die je vertrouwt, of anoniem via De Praatlijn.</li></ul>"),
                        ("image", {"image": "hart", "caption": "Al je gevoelens zijn goed. Je hoeft ze niet weg te stoppen."}),
                        ("callout", {
                            "title": "Merk je dat het niet overgaat?",
                            "text": "<p>Slaap je slecht, heb je vaak buikpijn of heb je nergens meer zin in? Vertel het aan je ouders, je mentor of de huisarts. Dan kunnen ze je helpen.</p>",
                            "tone": "tip",
                        }),
                        ("faq", {
                            "title": "Vragen over gevoelens",
                            "items": [
                                {"question": "Is het raar dat ik ook blij ben?", "answer": "<p>Nee. Soms was het thuis heel onrustig. Dan is het fijn als het stiller wordt. Je kunt blij en verdrietig tegelijk zijn.</p>"},
                                {"question": "Mag ik boos zijn op mijn ouders?", "answer": "<p>Ja, dat mag. Probeer het wel te zeggen zonder iets kapot te maken of iemand pijn te doen. Vertel je ouders wat je voelt. Dan kunnen zij je helpen.</p>"},
                            ],
                        }),
                        ("quote", {
                            "text": "Als ik boos ben, ga ik skaten. Daarna kan ik weer normaal praten.",
                            "attribution": "Noah, 13 jaar",
                        }),
                        ("links", {
                            "title": "Meer voor jou",
                            "links": [
                                {"title": "Praten helpt", "url": "page:praten-helpt", "description": "Mensen die naar je luisteren."},
                                {"title": "Voor tieners", "url": "page:voor-tieners", "description": "Tips als je al wat ouder bent."},
                            ],
                        }),
                    ],
                },
                {
                    "title": "Voor tieners: jouw leven, jouw plek",
                    "slug": "voor-tieners",
                    "intro": "Ben je twaalf of ouder? Dan heb je je eigen leven, en daar moet ook na de scheiding ruimte voor zijn.",
                    "image": "kind",
                    "body": [
                        ("paragraph", "<p>Als tiener heb je vaak een volle agenda. School, sport, vrienden, misschien een bijbaan. Na een scheiding komt daar een wisselschema bij: de ene week hier, de andere week daar. Dat kan lastig zijn. Het is normaal dat je daar zelf iets over wilt zeggen.</p>"),
                        ("heading", "Zo houd je grip"),
                        ("paragraph", "<ul><li>Zet het schema in je telefoon. Dan weet je altijd waar je bent.</li><li>Zeg het op tijd als een afspraak niet past bij je planning.</li><li>Zorg voor dubbele spullen die je elke dag nodig hebt, zoals een oplader.</li><li>Vertel je mentor wat er speelt. Dan snapt die het als je eens iets vergeet.</li></ul>"),
                        ("heading", "Praten met de rechter"),
                        ("paragraph", "<p>Moet de rechter iets beslissen over jou? Ben je 12 jaar of ouder? Dan krijg je meestal een brief. Je wordt uitgenodigd voor een kort gesprek met de rechter. Je ouders zijn er niet bij. Je mag vertellen wat jij belangrijk vindt. Je hoeft niet te kiezen: de rechter beslist zelf. Wil je niet gaan? Dan mag je ook een brief schrijven, of niets doen.</p>"),
                        ("callout", {
                            "title": "Let op met social media",
                            "text": "<p>Deel niet alles over de scheiding online. Wat je nu post, kan later nog zichtbaar zijn. Praat liever met iemand die je vertrouwt.</p>",
                            "tone": "warning",
                        }),
                        ("faq", {
                            "title": "Vragen van tieners",
                            "items": [
                                {"question": "Mag ik zelf kiezen waar ik woon?", "answer": "<p>Je ouders beslissen, of de rechter als zij het niet eens worden. Maar hoe ouder je bent, hoe zwaarder jouw mening meetelt.</p>"},
                                {"question": "Mijn ouders vragen mij steeds wat de ander doet. Wat moet ik doen?", "answer": "<p>Je mag zeggen dat je dat niet fijn vindt. Je bent geen boodschapper. Lukt dat niet? Kom dan langs bij het loket. We helpen je.</p>"},
                            ],
                        }),
                    ],
                },
            ],
        },
        {
            "audience": "netwerk",
            "title": "Voor familie, school en omgeving",
            "slug": "netwerk",
            "intro": "Grootouders, leerkrachten, trainers en vrienden zijn belangrijk voor een kind bij een scheiding. Ook u kunt met uw vragen bij het loket terecht.",
            "body": [
                ("paragraph", "<p>Kinderen hebben tijdens een scheiding mensen nodig die gewoon blijven wie ze zijn. Een opa die elke week komt, een juf die even vraagt hoe het gaat, een trainer die het kind laat meedoen. Zo geeft u een kind houvast.</p>"),
                ("callout", {
                    "title": "Ook voor u",
                    "text": "<p>Het inloopspreekuur is er niet alleen voor ouders. Ook grootouders, docenten en andere betrokkenen kunnen binnenlopen met een vraag.</p>",
                    "tone": "info",
                }),
            ],
            "pages": [
                {
                    "title": "Voor opa's en oma's",
                    "slug": "grootouders",
                    "intro": "Een scheiding in de familie raakt ook u als grootouder. Voor uw kleinkind kunt u een rustige en vertrouwde plek zijn.",
                    "image": "huis",
                    "body": [
                        ("paragraph", "<p>Misschien maakt u zich zorgen om uw zoon of dochter. En om uw kleinkinderen. Misschien bent u boos of verdrietig over hoe het gaat. Dat is heel begrijpelijk. Voor uw kleinkind is het vooral belangrijk dat u er blijft, zonder kant te kiezen.</p>"),
                        ("heading", "Wat kunt u doen?"),
                        ("paragraph", "<ul><li><strong>Houd vaste gewoontes vast.</strong> De logeerpartij, de wandeling of het spelletje op zondag.</li><li><strong>Luister zonder oordeel.</strong> Uw kleinkind mag ook positief over de andere ouder praten.</li><li><strong>Spreek met respect over beide ouders.</strong> Ook als u het moeilijk vindt.</li><li><strong>Bied praktische hulp.</strong> Bijvoorbeeld met oppassen of met halen en brengen.</li></ul>"),
                        ("callout", {
                            "title": "Blijf neutraal",
                            "text": "<p>Een kind dat hoort dat opa of oma boos is op papa of mama, raakt in de knel. Bespreek uw eigen gevoelens liever met andere volwassenen.</p>",
                            "tone": "tip",
                        }),
                        ("faq", {
                            "title": "Vragen van grootouders",
                            "items": [
                                {"question": "Ik mag mijn kleinkind minder vaak zien. Wat kan ik doen?", "answer": "<p>Probeer rustig met beide ouders te praten. Laat merken dat u er voor het kind bent, niet voor de strijd. Lukt dat niet? Kom dan langs op het inloopspreekuur. Onze mediator denkt met u mee.</p>"},
                                {"question": "Mijn kleinkind vertelt mij dingen die mij zorgen baren.", "answer": "<p>Neem het serieus en luister goed. Bespreek uw zorgen met de ouders of met een medewerker van het Sociaal Team.</p>"},
                            ],
                        }),
                        ("quote", {
                            "text": "Ik zeg tegen mijn kleinzoon: bij opa mag je alles vertellen, en ik kies geen kant. Dat vindt hij fijn.",
                            "attribution": "Een opa uit Soerendonk",
                        }),
                        ("links", {
                            "title": "Lees ook",
                            "links": [
                                {"title": "Het is niet jouw schuld", "url": "page:niet-jouw-schuld", "description": "Om samen met uw kleinkind te lezen."},
                                {"title": "Inloopspreekuur", "url": "page:inloopspreekuur", "description": "Ook grootouders zijn welkom."},
                            ],
                        }),
                    ],
                },
                {
                    "title": "Voor leerkrachten en school",
                    "slug": "leerkrachten",
                    "intro": "Op school ziet u vaak als eerste dat een kind het moeilijk heeft. Met een paar eenvoudige stappen helpt u het kind en de ouders op weg.",
                    "image": "school",
                    "body": [
                        ("paragraph", "<p>Kinderen van gescheiden ouders hebben vaker moeite op school. Ze kunnen zich slecht concentreren, zijn moe of gedragen zich anders. Hun cijfers kunnen dalen. Als leerkracht kunt u veel betekenen. U bent een vast gezicht in een onrustige tijd.</p>"),
                        ("heading", "Signalen in de klas"),
                        ("paragraph", "<ul><li>Het kind is stil, teruggetrokken of juist druk en boos.</li><li>Het kind vergeet vaak spullen of huiswerk.</li><li>De schoolresultaten gaan omlaag.</li><li>Het kind heeft vaker ruzie met klasgenoten.</li></ul>"),
                        ("steps", {
                            "title": "Wat u kunt doen",
                            "steps": [
                                {"title": "Maak tijd voor het kind", "text": "<p>Vraag rustig hoe het gaat. Laat weten dat het altijd bij u terecht kan.</p>"},
                                {"title": "Informeer beide ouders gelijk", "text": "<p>Ouders met gezag hebben allebei recht op informatie. Stuur rapporten en uitnodigingen naar beiden.</p>"},
                                {"title": "Overleg met de intern begeleider", "text": "<p>Samen bekijkt u of er extra steun nodig is.</p>"},
                                {"title": "Verwijs naar het loket", "text": "<p>Geef ouders de tijden van het inloopspreekuur. U mag ook zelf binnenlopen om te overleggen.</p>"},
                            ],
                        }),
                        ("callout", {
                            "title": "Tip voor de klas",
                            "text": "<p>Praat in de klas af en toe over verschillende soorten gezinnen. Zo voelt een kind van gescheiden ouders zich niet anders dan de rest.</p>",
                            "tone": "tip",
                        }),
                        ("faq", {
                            "title": "Vragen van scholen",
                            "items": [
                                {"question": "Een ouder wil niet dat de andere ouder het rapport krijgt. Wat nu?", "answer": "<p>Heeft de andere ouder ook gezag? Dan heeft die recht op dezelfde informatie. Leg dat rustig uit. Twijfelt u? Overleg dan met de schoolleiding of met het loket.</p>"},
                                {"question": "Mogen we het kind vragen naar de situatie thuis?", "answer": "<p>Ja, op een open manier. Laat het kind zelf kiezen wat het vertelt. Dring niet aan.</p>"},
                            ],
                        }),
                        ("links", {
                            "title": "Verder lezen",
                            "links": [
                                {"title": "Signalen herkennen", "url": "page:signalen-herkennen", "description": "Meer over signalen bij kinderen."},
                                {"title": "Inloopspreekuur", "url": "page:inloopspreekuur", "description": "Tijden en plaats."},
                            ],
                        }),
                    ],
                },
                {
                    "title": "Trainers, buren en vrienden",
                    "slug": "trainers-buren-vrienden",
                    "intro": "Ook mensen buiten het gezin kunnen veel betekenen voor een kind. Denk aan de trainer, de buurvrouw of de ouders van een vriendje.",
                    "image": "netwerk",
                    "body": [
                        ("paragraph", "<p>Bij een scheiding verandert er thuis veel. Dan is het fijn als de rest van het leven zo gewoon mogelijk doorgaat. De voetbaltraining, de muziekles, spelen bij de buren. U hoeft daarvoor niets bijzonders te doen. Er gewoon zijn helpt al. Een vaste plek waar alles hetzelfde blijft, geeft een kind rust.</p>"),
                        ("heading", "Kleine dingen met groot effect"),
                        ("paragraph", "<ul><li>Vraag af en toe hoe het gaat, zonder door te vragen.</li><li>Help met vervoer als een kind nu in twee huizen woont.</li><li>Zorg dat het kind kan blijven meedoen, ook als het eens te laat is.</li><li>Heb begrip als een kind een keer boos of verdrietig is.</li></ul>"),
                        ("callout", {
                            "title": "Kies geen kant",
                            "text": "<p>Hoort u verhalen van de ene ouder over de andere? Ga er niet in mee als het kind erbij is. Een kind wil van allebei zijn ouders mogen houden.</p>",
                            "tone": "info",
                        }),
                        ("faq", {
                            "title": "Veelgestelde vragen",
                            "items": [
                                {"question": "Een ouder vraagt mij wat de ander doet. Wat zeg ik?", "answer": "<p>Zeg vriendelijk dat u daar liever buiten blijft. Zo houdt u het contact met allebei goed, en het kind ook.</p>"},
                                {"question": "Ik maak me zorgen om een kind. Waar kan ik terecht?", "answer": "<p>Loop binnen bij het inloopspreekuur, of bel het Sociaal Team Cranendonck. Bij zorgen over veiligheid kunt u ook advies vragen bij Veilig Thuis.</p>"},
                            ],
                        }),
                        ("quote", {
                            "text": "Ik haal hem nu op woensdag op voor de training. Een klein gebaar, maar zijn moeder was er heel blij mee.",
                            "attribution": "Een voetbaltrainer uit Budel-Schoot",
                        }),
                        ("links", {
                            "title": "Lees ook",
                            "links": [
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
            "intro": "Werkt u met kinderen of gezinnen in Cranendonck? Hier leest u hoe u signalen herkent, het conflict inschat en samenwerkt met het loket.",
            "body": [
                ("paragraph", "<p>Het Kind- en scheidingsloket is er ook voor instanties. Denk aan scholen, kinderopvang, huisartsen, jeugdhulp en het maatschappelijk werk. U kunt binnenlopen om een situatie te bespreken, of ouders naar ons verwijzen.</p>"),
                ("links", {
                    "title": "Direct naar",
                    "links": [
                        {"title": "Doorverwijzen naar het loket", "url": "page:doorverwijzen", "description": "Zo verwijst u ouders en kinderen."},
                        {"title": "Inloopspreekuur", "url": "page:inloopspreekuur", "description": "Tijden en plaats."},
                    ],
                }),
            ],
            "pages": [
                {
                    "title": "Signalen herkennen",
                    "slug": "signalen-herkennen",
                    "intro": "Hoe eerder u ziet dat een kind last heeft van een scheiding, hoe beter u kunt helpen. Op deze pagina leest u waar u op kunt letten.",
                    "image": "wegwijzer",
                    "body": [
                        ("paragraph", "<p>Kinderen van gescheiden ouders hebben gemiddeld ongeveer twee keer zoveel problemen als kinderen uit gezinnen zonder scheiding. Het gaat om emotionele en sociale problemen, gedragsproblemen en slechtere schoolprestaties. Niet de scheiding zelf, maar vooral langdurige ruzie tussen ouders is schadelijk.</p>"),
                        ("heading", "Signalen bij kinderen"),
                        ("paragraph", "<ul><li><strong>Emotioneel:</strong> somber, angstig, snel huilen, slecht slapen.</li><li><strong>Sociaal:</strong> zich terugtrekken, minder vrienden, niet meer willen sporten.</li><li><strong>Gedrag:</strong> boosheid, driftbuien, druk gedrag of juist heel braaf zijn.</li><li><strong>School:</strong> slechtere cijfers, concentratieproblemen, vaker afwezig.</li><li><strong>Lichamelijk:</strong> hoofdpijn of buikpijn zonder duidelijke oorzaak.</li></ul>"),
                        ("heading", "Signalen bij ouders"),
                        ("paragraph", "<p>Let ook op ouders. Praten ze negatief over de andere ouder waar het kind bij is? Lopen er procedures? Komen ouders niet meer samen naar gesprekken? Dat zijn tekenen dat het conflict groeit.</p>"),
                        ("callout", {
                            "title": "Bespreek het, ook als u twijfelt",
                            "text": "<p>U hoeft niet zeker te weten wat er speelt. Vraag het aan ouders of het kind. Of loop binnen bij het loket om uw twijfel te bespreken, zonder namen te noemen.</p>",
                            "tone": "tip",
                        }),
                        ("faq", {
                            "title": "Veelgestelde vragen",
                            "items": [
                                {"question": "Heeft elk kind van gescheiden ouders problemen?", "answer": "<p>Nee. De meeste kinderen redden zich goed, zeker als hun ouders goed samenwerken. Extra aandacht is vooral nodig als de ruzie lang duurt.</p>"},
                                {"question": "Hoe begin ik het gesprek met een kind?", "answer": "<p>Begin open. Bijvoorbeeld: \"Ik zie dat je de laatste tijd stiller bent. Hoe gaat het met je?\" Laat het kind zelf bepalen wat het vertelt.</p>"},
                            ],
                        }),
                        ("links", {
                            "title": "Volgende stap",
                            "links": [
                                {"title": "Hoe zwaar is het conflict?", "url": "page:conflict-inschatten", "description": "Zo schat u het conflict in."},
                                {"title": "Doorverwijzen naar het loket", "url": "page:doorverwijzen", "description": "Zo verwijst u door."},
                            ],
                        }),
                    ],
                },
                {
                    "title": "Doorverwijzen naar het loket",
                    "slug": "doorverwijzen",
                    "intro": "Ouders en kinderen kunnen zonder verwijzing bij het loket terecht. Met een goede uitleg van u is de stap naar binnen wel een stuk kleiner.",
                    "image": "team",
                    "body": [
                        ("paragraph", "<p>Het Kind- en scheidingsloket is een vrije toegang. Dat betekent: er is geen verwijsbrief nodig en er zijn geen kosten. Toch vinden veel ouders het spannend om hulp te vragen. Uw uitleg en aanmoediging helpen daarbij.</p>"),
                        ("steps", {
                            "title": "Zo verwijst u door",
                            "steps": [
                                {"title": "Bespreek uw zorg", "text": "<p>Vertel ouders wat u ziet bij het kind. Blijf feitelijk en oordeel niet.</p>"},
                                {"title": "Leg uit wat het loket doet", "text": "<p>Een mediator en een jeugd- en gezinsprofessional beantwoorden vragen meteen, of zoeken samen met de ouders naar een oplossing.</p>"},
                                {"title": "Geef de praktische informatie", "text": "<p>Noem de tijden van het inloopspreekuur en het adres in het gemeentehuis.</p>"},
                                {"title": "Bied aan om mee te gaan", "text": "<p>Soms helpt het als u de eerste keer meeloopt, of even belt met het loket.</p>"},
                            ],
                        }),
                        ("callout", {
                            "title": "Toestemming",
                            "text": "<p>Wilt u zelf informatie over een gezin delen met het loket? Vraag dan eerst toestemming aan de ouders. Zonder toestemming kunt u een situatie wel anoniem bespreken.</p>",
                            "tone": "info",
                        }),
                        ("faq", {
                            "title": "Veelgestelde vragen",
                            "items": [
                                {"question": "Kan ik als professional ook zelf een vraag stellen?", "answer": "<p>Ja. Ook instanties zijn welkom op het inloopspreekuur. U kunt ook bellen met het loket.</p>"},
                                {"question": "Wat als ouders niet willen?", "answer": "<p>Geef de informatie toch mee. Veel ouders komen later alsnog. Maakt u zich zorgen over de veiligheid van het kind? Volg dan de meldcode van uw organisatie.</p>"},
                            ],
                        }),
                        ("contact", {
                            "title": "Overleggen met het loket",
                            "name": "Kind- en scheidingsloket Cranendonck",
                            "role": "Voor vragen van professionals",
                            "phone": "0495 000 0202",
                            "email": "loket@cranendonck.example.nl",
                            "hours": "Maandag tot en met vrijdag van 9.00 tot 12.30 uur",
                        }),
                    ],
                },
                {
                    "title": "Hoe zwaar is het conflict?",
                    "slug": "conflict-inschatten",
                    "intro": "Niet elk conflict tussen ouders vraagt dezelfde aanpak. Door het conflict goed in te schatten, kiest u de hulp die past.",
                    "image": "gesprek",
                    "body": [
                        ("paragraph", "<p>Dit inschatten noemen we ook wel triage: sorteren op zwaarte. Het helpt om snel te zien of informatie genoeg is, of dat er meer nodig is. Zo voorkomt u dat een lichte situatie zwaarder wordt, of dat een zware situatie te lang blijft liggen.</p>"),
                        ("faq", {
                            "title": "Drie niveaus",
                            "items": [
                                {"question": "Licht: ouders praten nog met elkaar", "answer": "<p>Er is onenigheid, maar ouders kunnen samen afspraken maken. Informatie en advies zijn vaak genoeg. Het inloopspreekuur is hier heel geschikt voor.</p>"},
                                {"question": "Midden: het conflict loopt op", "answer": "<p>Ouders komen er samen niet meer uit en het kind merkt dat. Mediation of begeleiding bij het ouderschap is nodig. Het loket helpt bij het vinden van passende hulp.</p>"},
                                {"question": "Zwaar: het kind zit klem", "answer": "<p>Er is geen overleg meer mogelijk, er lopen rechtszaken of het kind is niet veilig. Dan is specialistische hulp nodig. Soms is de Raad voor de Kinderbescherming betrokken.</p>"},
                            ],
                        }),
                        ("heading", "Vragen die u kunt stellen"),
                        ("paragraph", "<ul><li>Hoe lang duurt het conflict al?</li><li>Kunnen ouders nog samen in één ruimte zijn?</li><li>Hoe praten ouders over elkaar als het kind erbij is?</li><li>Hoe gaat het met het kind thuis, op school en met vrienden?</li><li>Is er sprake van geweld, dreiging of angst?</li></ul>"),
                        ("callout", {
                            "title": "Veiligheid eerst",
                            "text": "<p>Zijn er signalen van huiselijk geweld of kindermishandeling? Volg dan altijd de meldcode. Bij twijfel kunt u advies vragen bij Veilig Thuis, het advies- en meldpunt voor huiselijk geweld en kindermishandeling.</p>",
                            "tone": "warning",
                        }),
                        ("links", {
                            "title": "Lees ook",
                            "links": [
                                {"title": "Samenwerken met het Sociaal Team", "url": "page:samenwerken-sociaal-team", "description": "Wie doet wat bij complexe situaties."},
                            ],
                        }),
                    ],
                },
                {
                    "title": "Samenwerken met het Sociaal Team",
                    "slug": "samenwerken-sociaal-team",
                    "intro": "Het loket is onderdeel van het Sociaal Team Cranendonck. Zo zijn korte lijnen met andere hulp in de gemeente vanzelfsprekend.",
                    "image": "team",
                    "body": [
                        ("paragraph", "<p>Het Sociaal Team Cranendonck helpt inwoners met vragen over zorg, opvoeden, geld en werk. Het loket is er speciaal voor scheidingsvragen. Tijdens het inloopspreekuur werken een mediator en een jeugd- en gezinsprofessional samen. Zo komen juridische en opvoedkundige vragen op één plek samen.</p>"),
                        ("heading", "Wie doet wat?"),
                        ("paragraph", "<ul><li><strong>De mediator</strong> helpt bij vragen over de scheidingsprocedure, afspraken en het ouderschapsplan.</li><li><strong>De jeugd- en gezinsprofessional</strong> kijkt naar hoe het met het kind en het gezin gaat, en welke steun nodig is.</li><li><strong>Het Sociaal Team</strong> pakt andere vragen op, bijvoorbeeld over schulden of wonen.</li><li><strong>Partners</strong> zoals scholen, huisartsen en jeugdhulp signaleren en verwijzen door.</li></ul>"),
                        ("steps", {
                            "title": "Samenwerken in de praktijk",
                            "steps": [
                                {"title": "Eén vast aanspreekpunt", "text": "<p>Elk gezin krijgt één contactpersoon, ook als er meer hulpverleners zijn.</p>"},
                                {"title": "Samen met het gezin", "text": "<p>We maken plannen samen met ouders en, waar het kan, met het kind.</p>"},
                                {"title": "Korte lijnen", "text": "<p>Met toestemming van ouders overleggen we snel met school of jeugdhulp.</p>"},
                            ],
                        }),
                        ("quote", {
                            "text": "Doordat de mediator en ik samen aan tafel zitten, hoeven ouders hun verhaal maar één keer te vertellen.",
                            "attribution": "Een jeugd- en gezinsprofessional van het Sociaal Team",
                        }),
                        ("callout", {
                            "title": "Privacy in de samenwerking",
                            "text": "<p>We delen alleen informatie met andere organisaties als ouders daar toestemming voor geven. Is een kind niet veilig? Dan volgen we de meldcode en overleggen we met Veilig Thuis.</p>",
                            "tone": "info",
                        }),
                        ("links", {
                            "title": "Lees ook",
                            "links": [
                                {"title": "Hoe zwaar is het conflict?", "url": "page:conflict-inschatten", "description": "Het conflict inschatten en passend verwijzen."},
                            ],
                        }),
                        ("contact", {
                            "title": "Samenwerken met het loket?",
                            "name": "Ellen Verhoeven",
                            "role": "Coördinator Kind- en scheidingsloket",
                            "phone": "0495 000 0203",
                            "email": "samenwerken@cranendonck.example.nl",
                        }),
                    ],
                },
            ],
        },
    ],
    "pages": [
        {
            "title": "Over het loket",
            "slug": "over-ons",
            "intro": "Het Kind- en scheidingsloket is een plek in het gemeentehuis waar iedereen terecht kan met vragen over scheiden en kinderen. Ons doel: kinderen zo min mogelijk last laten hebben van een scheiding.",
            "image": "huis",
            "body": [
                ("heading", "Wat doen wij?"),
                ("paragraph", "<p>Wij willen voorkomen dat kinderen schade oplopen door een scheiding. Is er al schade? Dan helpen we om die kleiner te maken of op te lossen. Dat doen we door ouders, kinderen en hun omgeving snel en dichtbij te helpen. Zonder wachtlijst en zonder afspraak. Hoe eerder iemand hulp vraagt, hoe meer we kunnen doen.</p>"),
                ("paragraph", "<p>Op het inloopspreekuur zitten altijd twee mensen klaar:</p><ul><li>een <strong>mediator</strong>, die alles weet over de scheidingsprocedure en het maken van afspraken;</li><li>een <strong>jeugd- en gezinsprofessional</strong> van het Sociaal Team Cranendonck, die let op hoe het met het kind en het gezin gaat.</li></ul><p>Zij beantwoorden uw vraag direct. Of ze zoeken samen met u naar een passende oplossing.</p>"),
                ("heading", "Voor wie?"),
                ("paragraph", "<p>Het loket is er voor ouders die gescheiden zijn of gaan scheiden. Maar ook voor kinderen en jongeren, grootouders, leerkrachten en andere instanties. Iedereen die betrokken is bij een kind in een scheidingssituatie, is welkom.</p>"),
                ("callout", {
                    "title": "Hoe het begon",
                    "text": "<p>Het loket begon als proef. De gemeente wilde weten of een vaste, laagdrempelige plek in het gemeentehuis gezinnen echt helpt. Laagdrempelig betekent: makkelijk binnen te lopen, zonder verwijzing of kosten. We blijven steeds kijken wat goed werkt en wat beter kan.</p>",
                    "tone": "info",
                }),
                ("quote", {
                    "text": "Ik liep eigenlijk binnen met één vraag over het ouderschapsplan. Ik ging naar huis met een plan voor het hele gezin.",
                    "attribution": "Een vader uit Budel-Dorplein",
                }),
                ("links", {
                    "title": "Meer weten",
                    "links": [
                        {"title": "Inloopspreekuur", "url": "page:inloopspreekuur", "description": "Wanneer en waar."},
                        {"title": "Contact", "url": "page:contact", "description": "Bel of mail het loket."},
                    ],
                }),
            ],
        },
        {
            "title": "Contact",
            "slug": "contact",
            "intro": "U kunt langskomen tijdens het inloopspreekuur, of ons bellen en mailen. We helpen u graag verder.",
            "image": "gesprek",
            "body": [
                ("contact", {
                    "title": "Kind- en scheidingsloket Cranendonck",
                    "name": "Team van het loket",
                    "role": "Mediator en jeugd- en gezinsprofessional",
                    "phone": "0495 000 0202",
                    "email": "loket@cranendonck.example.nl",
                    "address": "Gemeentehuis Cranendonck, Voorbeeldplein 1, 6020 AA Budel",
                    "hours": "Telefonisch bereikbaar van maandag tot en met vrijdag, 9.00 tot 12.30 uur",
                }),
                ("heading", "Langskomen"),
                ("paragraph", "<p>Het loket zit in het gemeentehuis in Budel. Meld u bij de publieksbalie en zeg dat u voor het Kind- en scheidingsloket komt. Een medewerker brengt u naar de spreekkamer. Het gemeentehuis is goed toegankelijk met een rolstoel of rollator. Er is een invalidenparkeerplaats vlak bij de ingang. Parkeren voor het gemeentehuis is gratis.</p>"),
                ("callout", {
                    "title": "Liever een vaste afspraak?",
                    "text": "<p>Voor het inloopspreekuur is geen afspraak nodig. Kunt u niet op die tijden? Bel of mail ons, dan plannen we samen een ander moment.</p>",
                    "tone": "tip",
                }),
                ("faq", {
                    "title": "Veelgestelde vragen",
                    "items": [
                        {"question": "Kost het iets?", "answer": "<p>Nee. Een gesprek bij het loket is gratis voor inwoners van Cranendonck.</p>"},
                        {"question": "Moet mijn ex-partner meekomen?", "answer": "<p>Nee. U mag alleen komen, samen, of met iemand anders die u steunt.</p>"},
                        {"question": "Mag ik mijn kind meenemen?", "answer": "<p>Ja. In de spreekkamer liggen speelgoed en boeken. Wilt u iets bespreken zonder dat uw kind het hoort? Zeg het gerust, dan zoeken we een oplossing.</p>"},
                        {"question": "Kan ik ook in een andere taal geholpen worden?", "answer": "<p>Ja. Laat het ons even weten, dan regelen we een tolk.</p>"},
                        {"question": "Ik heb een klacht. Waar kan ik terecht?", "answer": "<p>Vertel het eerst aan de medewerkers van het loket. Komen we er samen niet uit? Dan kunt u een klacht indienen bij de gemeente Cranendonck.</p>"},
                    ],
                }),
                ("links", {
                    "title": "Handig",
                    "links": [
                        {"title": "Inloopspreekuur", "url": "page:inloopspreekuur", "description": "Tijden en plaats."},
                        {"title": "Privacy", "url": "page:privacy", "description": "Hoe wij omgaan met uw gegevens."},
                    ],
                }),
            ],
        },
        {
            "title": "Toegankelijkheid",
            "slug": "toegankelijkheid",
            "intro": "Wij willen dat iedereen deze website makkelijk kan gebruiken. Lees hier wat we daarvoor doen en hoe u een probleem kunt melden.",
            "image": None,
            "body": [
                ("heading", "Ons doel"),
                ("paragraph", "<p>Deze website moet voldoen aan de WCAG 2.1, niveau AA. Dat zijn internationale regels voor toegankelijke websites. Ze zorgen ervoor dat ook mensen met een beperking de site goed kunnen gebruiken. Bijvoorbeeld mensen die slecht zien, doof zijn of geen muis kunnen gebruiken.</p>"),
                ("paragraph", "<p>Dit doen we al:</p><ul><li>We schrijven in eenvoudige taal, op taalniveau B1.</li><li>Er is genoeg contrast tussen tekst en achtergrond.</li><li>U kunt de hele site bedienen met het toetsenbord.</li><li>Afbeeldingen hebben een korte beschrijving voor schermlezers.</li><li>De site werkt op telefoon, tablet en computer.</li></ul>"),
                ("callout", {
                    "title": "Wat nog niet goed gaat",
                    "text": "<p>Sommige pdf-bestanden, zoals het voorbeeld van een ouderschapsplan, zijn nog niet helemaal toegankelijk. We werken eraan. Heeft u dit document nodig in een andere vorm? Vraag het ons, dan helpen we u op een andere manier.</p>",
                    "tone": "info",
                }),
                ("steps", {
                    "title": "Een probleem melden",
                    "steps": [
                        {"title": "Vertel wat er misgaat", "text": "<p>Noem de pagina en beschrijf het probleem. Welk apparaat en welke browser gebruikt u?</p>"},
                        {"title": "Stuur het naar ons", "text": "<p>Mail naar toegankelijkheid@cranendonck.example.nl of bel 0495 000 0202.</p>"},
                        {"title": "Wij reageren", "text": "<p>U krijgt binnen vijf werkdagen een reactie. We vertellen wat we gaan doen en wanneer het klaar is.</p>"},
                    ],
                }),
                ("faq", {
                    "title": "Handige tips",
                    "items": [
                        {"question": "Hoe maak ik de tekst groter?", "answer": "<p>Houd de Ctrl-toets ingedrukt (op een Mac de Cmd-toets) en druk op het plusteken. Met het minteken maakt u de tekst weer kleiner.</p>"},
                        {"question": "Kan ik de tekst laten voorlezen?", "answer": "<p>Ja. De site werkt met de voorleesfunctie van uw telefoon, tablet of computer.</p>"},
                    ],
                }),
                ("contact", {
                    "title": "Contact over toegankelijkheid",
                    "name": "Webredactie gemeente Cranendonck",
                    "phone": "0495 000 0202",
                    "email": "toegankelijkheid@cranendonck.example.nl",
                }),
            ],
        },
        {
            "title": "Privacy",
            "slug": "privacy",
            "intro": "Uw privacy is belangrijk, zeker bij een onderwerp als scheiden. Op deze website volgen we u niet.",
            "image": None,
            "body": [
                ("heading", "Cookies"),
                ("paragraph", "<p>Een cookie is een klein bestandje dat een website op uw computer of telefoon opslaat. Deze website gebruikt <strong>geen</strong> cookies om u te volgen of om bezoek te meten. Er zijn ook geen advertenties.</p><p>We gebruiken alleen één functionele sessiecookie. Die is nodig voor redacteuren die inloggen om de website bij te houden. Bezoekers die niet inloggen, krijgen deze cookie niet.</p>"),
                ("heading", "Gegevens bij het loket"),
                ("paragraph", "<p>Komt u langs, of belt of mailt u ons? Dan schrijven we alleen op wat nodig is om u te helpen. Bijvoorbeeld uw naam, uw telefoonnummer en uw vraag. We delen deze gegevens alleen met anderen als u daar toestemming voor geeft. Een uitzondering is als de veiligheid van een kind in gevaar is.</p>"),
                ("faq", {
                    "title": "Uw rechten",
                    "items": [
                        {"question": "Mag ik zien wat u over mij heeft opgeschreven?", "answer": "<p>Ja. Vraag het ons. U krijgt binnen vier weken een overzicht.</p>"},
                        {"question": "Kan ik gegevens laten aanpassen of verwijderen?", "answer": "<p>Ja. Klopt er iets niet? Dan passen we het aan. U kunt ook vragen om gegevens te verwijderen, als de wet ons niet verplicht om ze te bewaren.</p>"},
                        {"question": "Hoe lang bewaart u mijn gegevens?", "answer": "<p>Niet langer dan nodig. Meestal bewaren we gegevens tot een jaar nadat ons contact is gestopt.</p>"},
                    ],
                }),
                ("callout", {
                    "title": "Niet tevreden?",
                    "text": "<p>Bent u het niet eens met hoe wij met uw gegevens omgaan? Laat het ons weten. U kunt ook een klacht indienen bij de Autoriteit Persoonsgegevens.</p>",
                    "tone": "info",
                }),
                ("contact", {
                    "title": "Vragen over privacy",
                    "name": "Functionaris gegevensbescherming gemeente Cranendonck",
                    "email": "privacy@cranendonck.example.nl",
                    "phone": "0495 000 0204",
                }),
            ],
        },
    ],
}
