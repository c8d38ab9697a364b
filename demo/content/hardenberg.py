# Demo-inhoud voor het Informatieknooppunt Relaties en Scheiden in de gemeente Hardenberg.
# Alle namen, adressen, telefoonnummers, e-mailadressen en websites zijn verzonnen.
HUB = {
    "slug": "hardenberg",
    "name": "Informatieknooppunt Relaties en Scheiden Hardenberg",
    "municipality": "Gemeente Hardenberg",
    "tagline": "Eén plek voor al uw vragen over relaties en scheiden",
    "municipalities": ["Hardenberg"],
    "postcode_areas": ["7690-7699", "7770-7799"],
    "branding": {"primary": "#1d4f73", "accent": "#e9a23b", "font": "humanist", "layout": "banner", "logo": "circle", "initials": "H"},
    "contact": {
        "address": "Voorbeeldplein 1, 7771 AA Hardenberg",
        "phone": "0523 000 100",
        "email": "knooppunt@hardenberg.example.nl",
        "hours": "Maandag tot en met vrijdag van 9.00 tot 17.00 uur",
    },
    "home": {
        "hero_title": "Uit elkaar? U staat er niet alleen voor",
        "hero_intro": "Het Informatieknooppunt helpt ouders, kinderen, familie en professionals in de gemeente Hardenberg. Voor, tijdens en na een scheiding. Dichtbij en zonder drempel.",
        "hero_image": "gesprek",
        "body": [
            ("heading", "Alle hulp op één plek"),
            ("paragraph", "<p>Elk jaar gaan in onze gemeente ongeveer 150 stellen uit elkaar. Bij de helft van hen zijn er kinderen onder de 18 jaar. Een scheiding is zwaar, voor iedereen in het gezin. Goede informatie en hulp op tijd maken veel verschil. Vooral voor de kinderen.</p><p>Bij het knooppunt vindt u alles op één plek. We werken samen met advocaten, mediators, het maatschappelijk werk, de woningcorporatie, jeugdhulp, inkomensconsulenten en Samen Doen. U hoeft dus niet zelf uit te zoeken waar u moet zijn.</p>"),
            ("links", {
                "title": "Snel naar",
                "links": [
                    {"title": "Uit elkaar: waar begint u?", "url": "page:uit-elkaar-waar-begint-u", "description": "De eerste stappen op een rij."},
                    {"title": "Mijn ouders gaan uit elkaar", "url": "page:mijn-ouders-gaan-uit-elkaar", "description": "Voor kinderen en jongeren."},
                    {"title": "Tijdelijk wonen na de scheiding", "url": "page:tijdelijk-wonen", "description": "Een rustige plek voor maximaal een jaar."},
                    {"title": "Vroeg signaleren", "url": "page:vroeg-signaleren", "description": "Voor professionals in Hardenberg."},
                ],
            }),
            ("callout", {
                "title": "Kom gewoon langs",
                "text": "<p>Elke week houdt Samen Doen een inloopuur. U kunt zonder afspraak binnenlopen met uw vraag. Ook als u nog niet precies weet wat uw vraag is.</p>",
                "tone": "tip",
            }),
        ],
    },
    "audiences": [
        # ------------------------------------------------------------------ ouders
        {
            "audience": "ouders",
            "title": "Voor ouders",
            "slug": "ouders",
            "intro": "Gaat u uit elkaar, of twijfelt u over uw relatie? Hier vindt u uitleg en hulp. Over de kinderen, over geld en over wonen.",
            "body": [
                ("paragraph", "<p>Een scheiding zet uw leven op zijn kop. Er moet veel geregeld worden, terwijl u zich misschien verdrietig of boos voelt. Op deze pagina’s leggen we in gewone woorden uit wat u kunt doen. En bij wie u terecht kunt in de gemeente Hardenberg.</p>"),
                ("callout", {
                    "title": "Hulp vragen is slim",
                    "text": "<p>Hoe eerder u hulp vraagt, hoe kleiner de kans dat de ruzie groter wordt. Een eerste gesprek bij het knooppunt of bij Samen Doen is gratis.</p>",
                    "tone": "info",
                }),
            ],
            "pages": [
                {
                    "title": "Uit elkaar: waar begint u?",
                    "slug": "uit-elkaar-waar-begint-u",
                    "intro": "Een scheiding brengt veel vragen met zich mee. Hier leest u wat u als eerste kunt doen.",
                    "image": "wegwijzer",
                    "body": [
                        ("paragraph", "<p>Misschien heeft u net besloten om uit elkaar te gaan. Of u twijfelt nog. Dat is een moeilijke tijd. Er komt veel op u af: gevoelens, geld, wonen en de zorg voor de kinderen. Het is normaal dat u niet meteen weet waar u moet beginnen.</p><p>U hoeft niet alles in één keer te regelen. Doe het stap voor stap. Wij helpen u daarbij.</p>"),
                        ("steps", {
                            "title": "Zo pakt u het aan",
                            "steps": [
                                {"title": "Praat met iemand", "text": "<p>Vertel uw verhaal aan iemand die u vertrouwt. Of kom langs bij het inloopuur van Samen Doen. Daar kijken we samen naar uw vragen.</p>"},
                                {"title": "Denk aan de kinderen", "text": "<p>Vertel uw kinderen samen wat er gaat gebeuren, als dat kan. Gebruik eenvoudige woorden. Zeg duidelijk dat het niet hun schuld is.</p>"},
                                {"title": "Zet uw geldzaken op een rij", "text": "<p>Maak een lijstje van uw inkomen, vaste lasten en schulden. Een inkomensconsulent van de gemeente kan u daarbij helpen.</p>"},
                                {"title": "Kijk naar wonen", "text": "<p>Wie blijft in het huis wonen? En waar gaat de ander heen? Heeft u snel een plek nodig? Dan is tijdelijke woonruimte misschien een oplossing.</p>"},
                                {"title": "Maak samen afspraken", "text": "<p>Schrijf de afspraken over de kinderen op in een ouderschapsplan. Een mediator kan u helpen om die afspraken samen te maken.</p>"},
                            ],
                        }),
                        ("faq", {
                            "title": "Vragen die ouders vaak stellen",
                            "items": [
                                {"question": "Heb ik een advocaat nodig?", "answer": "<p>Bent u getrouwd of heeft u een geregistreerd partnerschap? Dan heeft u voor de scheiding een advocaat nodig. Vaak kunt u samen één advocaat nemen. Dat is meestal goedkoper. Woonde u samen zonder huwelijk? Dan is een advocaat niet altijd nodig.</p>"},
                                {"question": "Wat is een mediator?", "answer": "<p>Een mediator is een bemiddelaar. Deze persoon kiest geen kant. Hij of zij helpt u en uw ex-partner om samen afspraken te maken. Bijvoorbeeld over de kinderen, het huis en geld.</p>"},
                                {"question": "Ik heb weinig geld. Kan ik toch hulp krijgen?", "answer": "<p>Ja. Heeft u een laag inkomen? Dan betaalt u vaak minder voor een advocaat of mediator. Bij het knooppunt leggen we uit hoe dat werkt.</p>"},
                            ],
                        }),
                        ("callout", {
                            "title": "Twijfelt u nog?",
                            "text": "<p>Gaat het niet goed in uw relatie, maar wilt u nog niet scheiden? Ook dan bent u welkom. We kijken samen naar hulp bij relatieproblemen. Soms helpen een paar gesprekken al om weer nader tot elkaar te komen.</p>",
                            "tone": "tip",
                        }),
                        ("links", {
                            "title": "Lees verder",
                            "links": [
                                {"title": "Samen ouder blijven", "url": "page:samen-ouder-blijven", "description": "Goede afspraken over de kinderen."},
                                {"title": "Geld en regelingen", "url": "page:geld-en-regelingen", "description": "Waar u op moet letten met geld."},
                                {"title": "Inloopuur Samen Doen", "url": "page:inloopuur", "description": "Zonder afspraak langskomen."},
                            ],
                        }),
                    ],
                },
                {
                    "title": "Samen ouder blijven",
                    "slug": "samen-ouder-blijven",
                    "intro": "U gaat uit elkaar als partners, maar u blijft allebei ouder. Hier leest u hoe u goede afspraken maakt over de kinderen.",
                    "image": "kind",
                    "body": [
                        ("paragraph", "<p>Kinderen merken veel van een scheiding. Van elke drie kinderen met gescheiden ouders krijgt er één last van matige tot ernstige problemen. Dat weten we uit onderzoek. Bijvoorbeeld stress, somberheid of slechtere cijfers op school.</p><p>Het goede nieuws is: ouders kunnen veel doen om dat te voorkomen. Het belangrijkste is dat uw kinderen niet tussen u in komen te staan. Ze moeten van u allebei mogen houden.</p>"),
                        ("heading", "Het ouderschapsplan"),
                        ("paragraph", "<p>In een ouderschapsplan schrijft u de afspraken over uw kinderen op. Bijvoorbeeld:</p><ul><li>bij wie de kinderen wonen en wanneer ze bij de andere ouder zijn;</li><li>hoe u elkaar op de hoogte houdt over school en gezondheid;</li><li>wie welke kosten betaalt;</li><li>hoe u het doet met verjaardagen, feestdagen en vakanties.</li></ul><p>Bent u getrouwd of heeft u een geregistreerd partnerschap? Dan is een ouderschapsplan verplicht. Woonde u samen? Dan is het ook heel verstandig om er een te maken.</p>"),
                        ("callout", {
                            "title": "Tips voor een goed gesprek",
                            "text": "<ul><li>Praat over de kinderen, niet over het verleden.</li><li>Kies een rustig moment, zonder de kinderen erbij.</li><li>Schrijf afspraken meteen op.</li><li>Lukt het niet samen? Vraag hulp aan een mediator.</li></ul>",
                            "tone": "tip",
                        }),
                        ("quote", {
                            "text": "We zijn geen stel meer. Maar voor onze dochter zijn we nog steeds een team. Dat hebben we afgesproken, en daar houden we ons aan.",
                            "attribution": "Moeder van een dochter van negen",
                        }),
                        ("faq", {
                            "title": "Veelgestelde vragen",
                            "items": [
                                {"question": "Wat is co-ouderschap?", "answer": "<p>Bij co-ouderschap zorgen beide ouders ongeveer evenveel voor de kinderen. De kinderen wonen dan een deel van de tijd bij de ene ouder en een deel bij de andere. Dat werkt het best als u dicht bij elkaar woont en goed kunt overleggen.</p>"},
                                {"question": "Kijkt iemand mee naar ons plan?", "answer": "<p>Als u getrouwd was, komt het ouderschapsplan bij de rechter. De rechter kijkt of de afspraken goed zijn voor de kinderen.</p>"},
                                {"question": "Wat als de afspraken later niet meer passen?", "answer": "<p>Kinderen worden ouder en situaties veranderen. U kunt het plan samen aanpassen. Spreek bijvoorbeeld af dat u er elk jaar samen naar kijkt.</p>"},
                            ],
                        }),
                        ("links", {
                            "title": "Lees ook",
                            "links": [
                                {"title": "Als praten moeilijk wordt", "url": "page:als-praten-moeilijk-wordt", "description": "Wat u kunt doen bij veel ruzie."},
                                {"title": "Mijn ouders gaan uit elkaar", "url": "page:mijn-ouders-gaan-uit-elkaar", "description": "Een pagina om samen met uw kind te lezen."},
                            ],
                        }),
                    ],
                },
                {
                    "title": "Als praten moeilijk wordt",
                    "slug": "als-praten-moeilijk-wordt",
                    "intro": "Soms lopen de spanningen tussen ouders hoog op. Hier leest u wat u kunt doen als samen praten niet meer lukt.",
                    "image": "hart",
                    "body": [
                        ("paragraph", "<p>Boosheid en ruzie horen vaak bij een scheiding. Meestal wordt het na een tijdje rustiger. Maar soms blijft het conflict doorgaan, of het wordt erger. Dan spreken we van een complexe scheiding. Sommige mensen noemen het een vechtscheiding. In Hardenberg gebeurt dit bij ongeveer 15 van de 100 scheidingen.</p>"),
                        ("heading", "Wat merken de kinderen?"),
                        ("paragraph", "<p>Kinderen voelen spanning meteen. Ook als u denkt dat ze het niet merken. Ze kunnen zich schuldig voelen, of het gevoel hebben dat ze moeten kiezen. Sommige kinderen worden stil, andere worden boos of druk. Hoe eerder er hulp komt, hoe kleiner de kans op blijvende schade.</p>"),
                        ("steps", {
                            "title": "Wat u zelf kunt doen",
                            "steps": [
                                {"title": "Neem even afstand", "text": "<p>Bent u boos? Schrijf uw bericht, maar stuur het niet meteen. Lees het later nog een keer.</p>"},
                                {"title": "Houd de kinderen erbuiten", "text": "<p>Praat niet negatief over de andere ouder als de kinderen erbij zijn. Laat kinderen geen boodschappen doorgeven.</p>"},
                                {"title": "Vraag een bemiddelaar", "text": "<p>Een mediator of maatschappelijk werker helpt u om weer met elkaar in gesprek te komen.</p>"},
                                {"title": "Zorg voor steun voor de kinderen", "text": "<p>Jeugdhulp kan uw kinderen helpen om met de situatie om te gaan. Via het knooppunt komt u bij de juiste hulp.</p>"},
                            ],
                        }),
                        ("callout", {
                            "title": "Voelt u zich niet veilig?",
                            "text": "<p>Wordt u of worden uw kinderen bedreigd of pijn gedaan? Bel bij direct gevaar 112. Wilt u advies over geweld in huis? Neem contact op met het knooppunt. Wij helpen u snel verder.</p>",
                            "tone": "warning",
                        }),
                        ("contact", {
                            "title": "Hulp bij conflict",
                            "name": "Team Relaties en Scheiden",
                            "role": "Maatschappelijk werk Hardenberg",
                            "phone": "0523 000 140",
                            "email": "relaties@hardenberg.example.nl",
                            "hours": "Maandag tot en met vrijdag van 9.00 tot 17.00 uur",
                        }),
                        ("links", {
                            "title": "Lees ook",
                            "links": [
                                {"title": "Samen ouder blijven", "url": "page:samen-ouder-blijven", "description": "Afspraken maken over de kinderen."},
                                {"title": "Inloopuur Samen Doen", "url": "page:inloopuur", "description": "Zonder afspraak uw vraag stellen."},
                            ],
                        }),
                    ],
                },
                {
                    "title": "Tijdelijk wonen na de scheiding",
                    "slug": "tijdelijk-wonen",
                    "intro": "Na een scheiding moet vaak een van de ouders verhuizen. Met tijdelijke woonruimte krijgt u rust en tijd om een vaste woning te zoeken.",
                    "image": "huis",
                    "body": [
                        ("paragraph", "<p>Een nieuw huis vinden is niet makkelijk. Er zijn weinig woningen en de wachttijd is lang. Blijven ouders onder één dak wonen terwijl ze uit elkaar gaan? Dan loopt de spanning vaak op. Dat is slecht voor iedereen, en vooral voor de kinderen.</p><p>Daarom werkt de gemeente samen met de woningcorporatie en het maatschappelijk werk. Samen bieden we tijdelijke woonruimte aan voor een van de ouders.</p>"),
                        ("heading", "Hoe werkt het?"),
                        ("paragraph", "<ul><li>Een van de ouders kan tijdelijk in een woning wonen.</li><li>Dat kan voor maximaal een jaar.</li><li>De huur is relatief laag.</li><li>In die tijd zoekt u een vaste woning.</li><li>Een maatschappelijk werker helpt u in deze periode. Bijvoorbeeld met geld, met de afspraken over de kinderen en met het zoeken naar een woning.</li></ul>"),
                        ("steps", {
                            "title": "Zo vraagt u het aan",
                            "steps": [
                                {"title": "Neem contact op", "text": "<p>Bel of mail het knooppunt, of kom naar het inloopuur van Samen Doen.</p>"},
                                {"title": "Een gesprek", "text": "<p>U praat met een maatschappelijk werker over uw situatie. Samen kijken jullie of tijdelijk wonen bij u past.</p>"},
                                {"title": "Een woning zoeken", "text": "<p>De woningcorporatie kijkt welke woning er vrij is.</p>"},
                                {"title": "Tekenen en verhuizen", "text": "<p>U tekent een tijdelijk huurcontract. Daarna kunt u verhuizen.</p>"},
                            ],
                        }),
                        ("faq", {
                            "title": "Veelgestelde vragen",
                            "items": [
                                {"question": "Voor wie is tijdelijke woonruimte bedoeld?", "answer": "<p>Voor ouders in de gemeente Hardenberg die uit elkaar gaan en die snel een eigen plek nodig hebben. In een gesprek kijken we samen of het in uw situatie past.</p>"},
                                {"question": "Kunnen mijn kinderen bij mij komen?", "answer": "<p>Ja, dat is de bedoeling. Zo blijft u ook in deze periode een thuis voor uw kinderen.</p>"},
                                {"question": "Wat gebeurt er na een jaar?", "answer": "<p>De tijdelijke woonruimte stopt na maximaal een jaar. Daarom zoeken we vanaf het begin samen naar een vaste woning.</p>"},
                            ],
                        }),
                        ("contact", {
                            "title": "Vragen over tijdelijk wonen",
                            "name": "Marco Hesselink",
                            "role": "Woonconsulent bij de woningcorporatie",
                            "phone": "0523 000 150",
                            "email": "wonen@hardenberg.example.nl",
                            "hours": "Dinsdag en donderdag van 9.00 tot 12.00 uur",
                        }),
                    ],
                },
                {
                    "title": "Geld en regelingen",
                    "slug": "geld-en-regelingen",
                    "intro": "Een scheiding heeft vaak grote gevolgen voor uw geld. Hier leest u waar u op moet letten en welke hulp er is.",
                    "image": "euro",
                    "body": [
                        ("paragraph", "<p>Na een scheiding heeft u vaak minder geld dan eerst. De vaste lasten blijven, maar u betaalt ze nu alleen. Het is slim om hier op tijd naar te kijken. Zo voorkomt u schulden.</p>"),
                        ("heading", "Waar moet u aan denken?"),
                        ("paragraph", "<ul><li><strong>Kinderalimentatie:</strong> geld dat de ene ouder aan de andere betaalt voor de kosten van de kinderen.</li><li><strong>Partneralimentatie:</strong> geld voor de ex-partner als die te weinig inkomen heeft. Dit geldt alleen als u getrouwd was of een geregistreerd partnerschap had.</li><li><strong>Toeslagen:</strong> uw huurtoeslag, zorgtoeslag en kindgebonden budget kunnen veranderen. Geef veranderingen op tijd door.</li><li><strong>Huis en schulden:</strong> wie houdt het huis, en wie betaalt de huur of de hypotheek?</li></ul>"),
                        ("callout", {
                            "title": "Hulp van een inkomensconsulent",
                            "text": "<p>Een inkomensconsulent van de gemeente helpt u gratis met een overzicht van uw geld. De consulent kijkt ook of u recht heeft op extra hulp.</p>",
                            "tone": "tip",
                        }),
                        ("heading", "Samen voor alle kinderen"),
                        ("paragraph", "<p>Heeft u weinig geld? Dan wilt u toch dat uw kinderen mee kunnen doen. Via het digitale loket <strong>Samen voor alle kinderen</strong> vindt u alle regelingen voor gezinnen met een laag inkomen op één plek. Bijvoorbeeld hulp bij:</p><ul><li>schoolspullen en schoolreisjes;</li><li>de contributie van een sportclub;</li><li>muziekles, dansles of toneel;</li><li>het vieren van een verjaardag;</li><li>een dagje uit.</li></ul><p>U hoeft niet bij allerlei loketten apart iets aan te vragen. Dat scheelt tijd en gedoe.</p>"),
                        ("links", {
                            "title": "Meer informatie",
                            "links": [
                                {"title": "Samen voor alle kinderen", "url": "https://www.samenvoorallekinderen.example.nl/", "description": "Het digitale loket met alle regelingen voor kinderen."},
                                {"title": "Inloopuur Samen Doen", "url": "page:inloopuur", "description": "Hulp bij het aanvragen van een regeling."},
                                {"title": "Uit elkaar: waar begint u?", "url": "page:uit-elkaar-waar-begint-u", "description": "De eerste stappen op een rij."},
                            ],
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
            "intro": "Gaan je ouders uit elkaar? Dan heb je vast veel vragen. Hier vind je antwoorden, tips en mensen die naar je luisteren.",
            "body": [
                ("paragraph", "<p>Als je ouders gaan scheiden, verandert er veel voor jou. Dat kan best moeilijk zijn. Op deze pagina’s lees je wat er kan gebeuren. En wat jij kunt doen als je ergens mee zit.</p>"),
                ("callout", {
                    "title": "Het is niet jouw schuld",
                    "text": "<p>Ouders gaan uit elkaar om dingen tussen hen twee. Het komt nooit door jou.</p>",
                    "tone": "info",
                }),
            ],
            "pages": [
                {
                    "title": "Mijn ouders gaan uit elkaar",
                    "slug": "mijn-ouders-gaan-uit-elkaar",
                    "intro": "Gaan je ouders scheiden? Hier lees je wat er kan veranderen en wat je kunt doen met je gevoelens.",
                    "image": "kind",
                    "body": [
                        ("callout", {
                            "title": "Het is niet jouw schuld",
                            "text": "<p>Ouders gaan uit elkaar omdat het tussen hén niet meer goed gaat. Het komt nooit door jou. Ook niet als ze weleens ruzie maakten over jou. Jij hoeft het ook niet op te lossen. Dat is niet jouw taak.</p>",
                            "tone": "info",
                        }),
                        ("paragraph", "<p>Als je ouders gaan scheiden, verandert er veel. Misschien ga je in twee huizen wonen. Misschien moet je verhuizen of naar een andere school. Dat kan spannend zijn. Je mag je zorgen maken, en je mag altijd vragen stellen.</p>"),
                        ("heading", "Alle gevoelens zijn goed"),
                        ("paragraph", "<p>Misschien ben je verdrietig, boos of bang. Of voel je je juist opgelucht, omdat de ruzies stoppen. Soms voel je alles tegelijk. Dat is heel normaal. Er bestaat geen goed of fout gevoel. Het helpt vaak om erover te praten. Of om het op te schrijven of te tekenen.</p>"),
                        ("faq", {
                            "title": "Vragen die veel kinderen hebben",
                            "items": [
                                {"question": "Moet ik kiezen tussen mijn vader en mijn moeder?", "answer": "<p>Nee. Je mag van allebei je ouders blijven houden. Niemand mag van je vragen dat je kiest.</p>"},
                                {"question": "Komen ze weer bij elkaar?", "answer": "<p>Meestal niet. Ouders denken vaak heel lang na voordat ze besluiten om uit elkaar te gaan. Het is fijn om te weten hoe het nu verder gaat. Vraag het gerust aan je ouders.</p>"},
                                {"question": "Mag ik zeggen wat ik wil?", "answer": "<p>Ja. Jouw mening is belangrijk. Vertel je ouders wat jij fijn vindt. Zij nemen de beslissing, maar ze horen wel naar je te luisteren.</p>"},
                            ],
                        }),
                        ("quote", {
                            "text": "Ik dacht eerst dat het door mij kwam. Mijn juf zei dat het echt niet zo was. Dat hielp.",
                            "attribution": "Lotte, 10 jaar",
                        }),
                        ("links", {
                            "title": "Lees ook",
                            "links": [
                                {"title": "Met wie kun je praten?", "url": "page:met-wie-kun-je-praten", "description": "Mensen die naar je luisteren."},
                                {"title": "Wonen in twee huizen", "url": "page:wonen-in-twee-huizen", "description": "Tips van andere kinderen."},
                            ],
                        }),
                    ],
                },
                {
                    "title": "Met wie kun je praten?",
                    "slug": "met-wie-kun-je-praten",
                    "intro": "Je hoeft niet alles alleen te dragen. Er zijn mensen die graag naar je luisteren.",
                    "image": "gesprek",
                    "body": [
                        ("paragraph", "<p>Soms wil je niet met je ouders praten. Je wilt ze niet verdrietig maken. Of je bent juist boos op ze. Dat snappen we. Gelukkig zijn er ook andere mensen met wie je kunt praten.</p><p>Praten lucht op. Je probleem is daarna niet meteen weg, maar je hoofd wordt vaak wel rustiger. En samen bedenk je soms een oplossing waar je alleen niet op kwam.</p>"),
                        ("heading", "Mensen om je heen"),
                        ("paragraph", "<ul><li>je opa, oma, tante of oom;</li><li>een vriend of vriendin;</li><li>je juf, meester of mentor;</li><li>je trainer of coach bij de club;</li><li>iemand op school die er is voor kinderen met zorgen, zoals de schoolmaatschappelijk werker.</li></ul>"),
                        ("contact", {
                            "title": "Liever met iemand die je niet kent?",
                            "name": "De Praatlijn",
                            "role": "Gratis en anoniem bellen of chatten",
                            "phone": "0800 000 111",
                            "email": "chat@praatlijn.example.nl",
                            "hours": "Elke dag van 14.00 tot 20.00 uur",
                        }),
                        ("callout", {
                            "title": "Wat betekent anoniem?",
                            "text": "<p>Anoniem betekent dat je niet hoeft te zeggen hoe je heet. Niemand weet wie je bent. Je ouders horen er niets van.</p>",
                            "tone": "tip",
                        }),
                        ("steps", {
                            "title": "Zo kun je het vertellen",
                            "steps": [
                                {"title": "Kies iemand die je vertrouwt", "text": "<p>Dat kan een volwassene zijn, maar ook een vriend.</p>"},
                                {"title": "Zoek een rustig moment", "text": "<p>Bijvoorbeeld na school, of tijdens een wandeling.</p>"},
                                {"title": "Begin klein", "text": "<p>Je kunt zeggen: ‘Mag ik iets vertellen? Het gaat thuis niet zo goed.’</p>"},
                                {"title": "Het mag lastig zijn", "text": "<p>Weet je niet goed wat je moet zeggen? Dat is oké. De ander helpt je wel op weg.</p>"},
                            ],
                        }),
                        ("callout", {
                            "title": "Voel je je niet veilig?",
                            "text": "<p>Ben je bang thuis, of doet iemand je pijn? Vertel het meteen aan een volwassene die je vertrouwt. Is er echt gevaar? Bel dan 112.</p>",
                            "tone": "warning",
                        }),
                    ],
                },
                {
                    "title": "Wonen in twee huizen",
                    "slug": "wonen-in-twee-huizen",
                    "intro": "Na de scheiding woon je misschien deels bij je vader en deels bij je moeder. Met deze tips wordt dat een stuk makkelijker.",
                    "image": "kalender",
                    "body": [
                        ("paragraph", "<p>Wonen in twee huizen is wennen. Je hebt twee slaapkamers, twee keer huisregels en soms een andere weg naar school. In het begin voelt dat vaak raar. Na een tijdje weten de meeste kinderen er goed mee om te gaan.</p>"),
                        ("steps", {
                            "title": "Tips van andere kinderen",
                            "steps": [
                                {"title": "Maak een kalender", "text": "<p>Hang in allebei de huizen een kalender op. Dan zie je precies waar je wanneer bent.</p>"},
                                {"title": "Heb spullen dubbel", "text": "<p>Een tandenborstel, pyjama en oplader in elk huis scheelt veel gesjouw.</p>"},
                                {"title": "Neem iets mee dat van jou is", "text": "<p>Een knuffel, een foto of je eigen kussen maakt een nieuwe kamer meteen meer van jou.</p>"},
                                {"title": "Zeg wat je mist", "text": "<p>Mis je iets of iemand? Zeg het. Dan kunnen jullie samen naar een oplossing zoeken.</p>"},
                            ],
                        }),
                        ("heading", "Andere regels in elk huis"),
                        ("paragraph", "<p>Bij je moeder mag je misschien langer opblijven dan bij je vader. Of andersom. Dat is normaal, want elk huis heeft eigen regels. Het is wel fijn als je ouders over belangrijke dingen hetzelfde afspreken. Bijvoorbeeld over huiswerk of over je telefoon.</p>"),
                        ("faq", {
                            "title": "Wat als...",
                            "items": [
                                {"question": "Wat als ik ergens niet heen wil?", "answer": "<p>Praat erover met je ouders, of met iemand die je vertrouwt. Misschien zit je iets dwars. Samen kunnen jullie kijken wat helpt.</p>"},
                                {"question": "Wat als mijn vrienden ver weg wonen?", "answer": "<p>Vraag of je ook in het andere huis vrienden mag uitnodigen. Of spreek af om te bellen of samen te gamen.</p>"},
                                {"question": "Wat als ik mijn huisdier mis?", "answer": "<p>Vraag of je foto’s of filmpjes kunt krijgen. Misschien kan je huisdier soms mee.</p>"},
                            ],
                        }),
                        ("links", {
                            "title": "Lees ook",
                            "links": [
                                {"title": "Met wie kun je praten?", "url": "page:met-wie-kun-je-praten", "description": "Als je ergens mee zit."},
                                {"title": "Voor jongeren: jouw stem telt", "url": "page:jouw-stem-telt", "description": "Meepraten over de afspraken."},
                            ],
                        }),
                    ],
                },
                {
                    "title": "Voor jongeren: jouw stem telt",
                    "slug": "jouw-stem-telt",
                    "intro": "Ben je twaalf jaar of ouder? Dan mag je meer meedenken over de afspraken die je ouders maken. Hier lees je hoe dat werkt.",
                    "image": "school",
                    "body": [
                        ("paragraph", "<p>Als tiener heb je je eigen leven. School, vrienden, sport en misschien een bijbaantje. Een scheiding kan daar flink doorheen lopen. Het is dus logisch dat je wilt meepraten over wat er gebeurt.</p>"),
                        ("heading", "Het gesprek met de rechter"),
                        ("paragraph", "<p>Gaan je ouders via de rechter uit elkaar? En ben je 12 jaar of ouder? Dan krijg je meestal een brief van de rechter. Daarin word je uitgenodigd voor een gesprek. Dat heet een kindgesprek.</p><p>In dat gesprek vertel je wat jij belangrijk vindt. Je hoeft niet te kiezen tussen je ouders. Wil je niet komen? Dat mag ook. Je kunt ook een brief schrijven. De rechter neemt uiteindelijk het besluit.</p>"),
                        ("callout", {
                            "title": "Ben je jonger dan 12?",
                            "text": "<p>Ook dan mag je een brief aan de rechter schrijven. Vraag iemand die je vertrouwt om je daarbij te helpen.</p>",
                            "tone": "tip",
                        }),
                        ("faq", {
                            "title": "Vragen van jongeren",
                            "items": [
                                {"question": "Horen mijn ouders wat ik zeg?", "answer": "<p>De rechter vertelt meestal in het kort wat je hebt gezegd. Vraag aan het begin van het gesprek gerust hoe dat precies gaat.</p>"},
                                {"question": "Ik maak me zorgen om mijn vader of moeder. Is dat raar?", "answer": "<p>Nee. Veel jongeren maken zich zorgen om een ouder die het moeilijk heeft. Dat laat zien dat je om ze geeft. Maar het is niet jouw taak om voor je ouder te zorgen. Vertel het aan iemand, zodat een volwassene kan helpen.</p>"},
                                {"question": "Mijn cijfers gaan omlaag. Wat nu?", "answer": "<p>Dat gebeurt vaker tijdens een scheiding. Vertel het aan je mentor. Dan kan school rekening met je houden.</p>"},
                            ],
                        }),
                        ("quote", {
                            "text": "Het gesprek met de rechter was minder eng dan ik dacht. Ze luisterde gewoon naar me.",
                            "attribution": "Daan, 14 jaar",
                        }),
                        ("links", {
                            "title": "Lees ook",
                            "links": [
                                {"title": "Met wie kun je praten?", "url": "page:met-wie-kun-je-praten", "description": "Hulp als je ergens mee zit."},
                                {"title": "Mijn ouders gaan uit elkaar", "url": "page:mijn-ouders-gaan-uit-elkaar", "description": "Wat er kan veranderen."},
                            ],
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
            "intro": "Grootouders, vrienden, buren, leerkrachten en trainers kunnen veel betekenen voor een gezin in scheiding. Hier leest u hoe u kunt helpen.",
            "body": [
                ("paragraph", "<p>Een scheiding raakt niet alleen de ouders en de kinderen. Ook de mensen eromheen merken het. U kunt een belangrijke steun zijn. Vaak zijn het de kleine dingen die helpen: luisteren, er zijn en geen kant kiezen.</p>"),
            ],
            "pages": [
                {
                    "title": "Voor opa’s en oma’s",
                    "slug": "grootouders",
                    "intro": "Als grootouder bent u vaak een vaste plek voor uw kleinkinderen. Zeker als hun ouders uit elkaar gaan.",
                    "image": "hart",
                    "body": [
                        ("paragraph", "<p>Een scheiding in de familie raakt ook u. Misschien bent u verdrietig of boos. Of u maakt zich zorgen over het contact met uw kleinkinderen. Die gevoelens zijn begrijpelijk.</p><p>Tegelijk kunt u veel betekenen voor de kinderen. U geeft rust en vertrouwen in een onrustige tijd.</p>"),
                        ("steps", {
                            "title": "Wat u kunt doen",
                            "steps": [
                                {"title": "Blijf er gewoon zijn", "text": "<p>Houd vast aan vaste gewoontes, zoals de woensdagmiddag bij opa en oma.</p>"},
                                {"title": "Kies geen kant", "text": "<p>Praat niet negatief over de ex-partner van uw kind. Ook niet als u boos bent. Uw kleinkind houdt van beide ouders.</p>"},
                                {"title": "Luister", "text": "<p>Laat uw kleinkind vertellen wat het wil. U hoeft geen oplossing te hebben.</p>"},
                                {"title": "Steun uw eigen kind", "text": "<p>Ook uw zoon of dochter heeft u nodig. Praktische hulp, zoals oppassen, is vaak heel welkom.</p>"},
                            ],
                        }),
                        ("faq", {
                            "title": "Vragen van grootouders",
                            "items": [
                                {"question": "Heb ik recht op contact met mijn kleinkinderen?", "answer": "<p>Grootouders hebben niet vanzelf recht op een omgangsregeling. Het beste is om goede afspraken te maken met beide ouders. Lukt dat niet? Dan kan een mediator helpen bij het gesprek.</p>"},
                                {"question": "Mijn kleinkind vertelt dingen waar ik van schrik. Wat nu?", "answer": "<p>Neem het serieus. Bespreek uw zorgen met de ouders, of bel het knooppunt voor advies. Dat kan ook zonder namen te noemen.</p>"},
                            ],
                        }),
                        ("quote", {
                            "text": "Ik bemoei me niet met hun ruzie. Maar de pannenkoeken op zaterdag gaan gewoon door.",
                            "attribution": "Opa van drie kleinkinderen",
                        }),
                        ("links", {
                            "title": "Lees ook",
                            "links": [
                                {"title": "Familie, vrienden en buren", "url": "page:familie-vrienden-buren", "description": "Zo geeft u steun aan de ouders."},
                                {"title": "Mijn ouders gaan uit elkaar", "url": "page:mijn-ouders-gaan-uit-elkaar", "description": "Om samen met uw kleinkind te lezen."},
                            ],
                        }),
                    ],
                },
                {
                    "title": "Familie, vrienden en buren",
                    "slug": "familie-vrienden-buren",
                    "intro": "Kent u iemand die gaat scheiden? Met kleine dingen kunt u al veel steun geven.",
                    "image": "netwerk",
                    "body": [
                        ("paragraph", "<p>Mensen die uit elkaar gaan, hebben vaak een vol hoofd. Ze moeten veel regelen en slapen slecht. Steun van mensen om hen heen helpt dan echt. U hoeft geen deskundige te zijn om iets te betekenen. Weet u niet goed wat u moet zeggen? Dat hoeft ook niet. ‘Ik ben er voor je’ is vaak al genoeg.</p>"),
                        ("heading", "Zo helpt u"),
                        ("paragraph", "<ul><li>Vraag hoe het gaat, en luister echt.</li><li>Bied praktische hulp aan. Denk aan boodschappen, een maaltijd of de kinderen van school halen.</li><li>Help bij de verhuizing.</li><li>Ga mee naar een afspraak als iemand dat spannend vindt.</li><li>Blijf er ook na een paar maanden. De eerste drukte is dan voorbij, maar steun is nog steeds welkom.</li></ul>"),
                        ("callout", {
                            "title": "Blijf neutraal",
                            "text": "<p>Het is verleidelijk om mee te praten over de ex. Dat helpt meestal niet, zeker niet als er kinderen bij zijn. Blijf vriendelijk tegen beide ouders.</p>",
                            "tone": "tip",
                        }),
                        ("faq", {
                            "title": "Veelgestelde vragen",
                            "items": [
                                {"question": "Wanneer moet ik me zorgen maken?", "answer": "<p>Lijkt uw vriend of familielid het niet meer aan te kunnen? Slaapt of eet hij of zij slecht, of wordt er veel gedronken? Zeg wat u ziet. En vertel over de hulp van het knooppunt en Samen Doen.</p>"},
                                {"question": "Kan ik zelf om advies vragen?", "answer": "<p>Ja. Ook als u zelf niet gaat scheiden, kunt u bij het knooppunt terecht met uw vragen.</p>"},
                            ],
                        }),
                        ("links", {
                            "title": "Handig om door te sturen",
                            "links": [
                                {"title": "Uit elkaar: waar begint u?", "url": "page:uit-elkaar-waar-begint-u", "description": "De eerste stappen voor ouders."},
                                {"title": "Inloopuur Samen Doen", "url": "page:inloopuur", "description": "Zonder afspraak langskomen."},
                                {"title": "Voor opa’s en oma’s", "url": "page:grootouders", "description": "Speciaal voor grootouders."},
                            ],
                        }),
                    ],
                },
                {
                    "title": "School, sportclub en vereniging",
                    "slug": "school-en-vereniging",
                    "intro": "Leerkrachten, trainers en begeleiders zien kinderen vaak. Zij merken soms als eerste dat er thuis iets speelt.",
                    "image": "school",
                    "body": [
                        ("paragraph", "<p>Een kind is veel op school en bij de club. U ziet hoe het zich gedraagt en kent het goed. Daardoor bent u belangrijk in het leven van dat kind. Voor een kind van gescheiden ouders kan een vaste, rustige volwassene veel betekenen.</p>"),
                        ("heading", "Signalen om op te letten"),
                        ("paragraph", "<ul><li>stiller worden of zich terugtrekken;</li><li>sneller boos of druk zijn;</li><li>vaak moe zijn of slecht slapen;</li><li>lagere cijfers of minder zin in sport;</li><li>vaker spullen vergeten, omdat ze in het andere huis liggen.</li></ul>"),
                        ("callout", {
                            "title": "U hoeft het niet op te lossen",
                            "text": "<p>Luisteren en laten merken dat u het ziet, is al heel waardevol. Maakt u zich zorgen? Bespreek het op school met de intern begeleider. Dat is de collega die leerlingen extra begeleidt. Bij een club kunt u terecht bij de vertrouwenspersoon.</p>",
                            "tone": "info",
                        }),
                        ("steps", {
                            "title": "Praktische tips",
                            "steps": [
                                {"title": "Informeer beide ouders", "text": "<p>Hebben beide ouders het gezag? Stuur berichten, rapporten en uitnodigingen dan naar allebei.</p>"},
                                {"title": "Blijf neutraal", "text": "<p>Kies geen kant, ook niet als een ouder u om steun vraagt.</p>"},
                                {"title": "Denk aan twee adressen", "text": "<p>Houd rekening met spullen die in het andere huis liggen, en met wie het kind ophaalt.</p>"},
                                {"title": "Vraag advies bij twijfel", "text": "<p>Bel het knooppunt. We denken graag met u mee.</p>"},
                            ],
                        }),
                        ("contact", {
                            "title": "Advies voor scholen en clubs",
                            "name": "Informatieknooppunt Relaties en Scheiden",
                            "role": "Vraagbaak voor iedereen rond het kind",
                            "phone": "0523 000 100",
                            "email": "knooppunt@hardenberg.example.nl",
                        }),
                        ("links", {
                            "title": "Lees ook",
                            "links": [
                                {"title": "Vroeg signaleren", "url": "page:vroeg-signaleren", "description": "Meer over signalen, voor professionals."},
                                {"title": "Met wie kun je praten?", "url": "page:met-wie-kun-je-praten", "description": "Een pagina voor kinderen."},
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
            "intro": "Werkt u met gezinnen in de gemeente Hardenberg? Hier leest u hoe u scheidingsproblemen vroeg herkent, hoe u doorverwijst en hoe we samen leren.",
            "body": [
                ("paragraph", "<p>Het knooppunt is er ook voor u. We bundelen de kennis en ervaring van alle partners in het sociaal domein. Zo kunnen we gezinnen sneller en beter helpen, en voorkomen we dat kinderen blijvende schade oplopen.</p>"),
                ("callout", {
                    "title": "Overleg over een gezin?",
                    "text": "<p>Bel het knooppunt op 0523 000 120. U kunt een situatie ook eerst zonder namen bespreken.</p>",
                    "tone": "tip",
                }),
            ],
            "pages": [
                {
                    "title": "Vroeg signaleren",
                    "slug": "vroeg-signaleren",
                    "intro": "Hoe eerder hulp start, hoe kleiner de kans op schade voor kinderen. Hier leest u hoe u relatie- en scheidingsproblemen vroeg herkent.",
                    "image": "wegwijzer",
                    "body": [
                        ("paragraph", "<p>Per jaar gaan in de gemeente Hardenberg ongeveer 150 stellen uit elkaar. Bij de helft zijn er kinderen jonger dan 18. In ongeveer 15 procent van de gevallen loopt de scheiding uit op een complex conflict. Uit onderzoek in heel Nederland weten we: van elke drie kinderen met gescheiden ouders krijgt er één matige tot ernstige problemen. Veel van die problemen zijn te voorkomen als er op tijd hulp komt.</p>"),
                        ("heading", "Waar ziet u het?"),
                        ("paragraph", "<p>Relatieproblemen komen vaak eerst op een andere plek naar boven. Bijvoorbeeld bij:</p><ul><li>een vraag over schulden of toeslagen bij de inkomensconsulent;</li><li>een huurachterstand of een verzoek om een andere woning bij de woningcorporatie;</li><li>zorgen over gedrag of schoolprestaties bij jeugdhulp of school;</li><li>een eerste juridische vraag bij een advocaat of juridisch dienstverlener.</li></ul>"),
                        ("callout", {
                            "title": "Stel de vraag",
                            "text": "<p>Merkt u spanning? Vraag door: ‘Hoe gaat het thuis eigenlijk?’ Eén open vraag kan de deur openen naar hulp.</p>",
                            "tone": "tip",
                        }),
                        ("steps", {
                            "title": "Wat doet u als u iets merkt?",
                            "steps": [
                                {"title": "Benoem wat u ziet", "text": "<p>Vertel rustig en zonder oordeel wat u opvalt.</p>"},
                                {"title": "Vraag wat nodig is", "text": "<p>Laat de ouder zelf vertellen waar hij of zij hulp bij wil.</p>"},
                                {"title": "Wijs de weg", "text": "<p>Vertel over het knooppunt en het inloopuur van Samen Doen. Of regel samen met de ouder een eerste afspraak.</p>"},
                                {"title": "Overleg bij twijfel", "text": "<p>Bespreek de situatie zonder namen met het knooppunt of met een collega uit het leernetwerk.</p>"},
                            ],
                        }),
                        ("callout", {
                            "title": "Zorgen over veiligheid",
                            "text": "<p>Zijn er signalen van huiselijk geweld of kindermishandeling? Volg dan de meldcode van uw organisatie. Bij direct gevaar belt u 112.</p>",
                            "tone": "warning",
                        }),
                        ("links", {
                            "title": "Lees verder",
                            "links": [
                                {"title": "Doorverwijzen via het knooppunt", "url": "page:doorverwijzen", "description": "Wie doet wat, en hoe verwijst u door?"},
                                {"title": "Conflict inschatten en samenwerken", "url": "page:conflict-inschatten", "description": "Passende hulp bij elke zwaarte."},
                            ],
                        }),
                    ],
                },
                {
                    "title": "Doorverwijzen via het knooppunt",
                    "slug": "doorverwijzen",
                    "intro": "Het knooppunt bundelt de kennis en het aanbod van alle partners. Zo komt een gezin snel bij de juiste hulp.",
                    "image": "netwerk",
                    "body": [
                        ("paragraph", "<p>Een gezin in scheiding heeft vaak vragen op veel gebieden tegelijk. Juridisch, over geld, over wonen en over opvoeden. Als elke organisatie apart werkt, raken ouders de weg kwijt. Het knooppunt is de plek waar die vragen samenkomen.</p>"),
                        ("heading", "Wie doet wat?"),
                        ("paragraph", "<ul><li><strong>Samen Doen:</strong> eerste vragen over werk, welzijn, wonen en zorg. Elke week een inloopuur.</li><li><strong>Maatschappelijk werk:</strong> steun en gesprekken met ouders tijdens en na de scheiding.</li><li><strong>Advocaten en mediators:</strong> juridische afspraken en het ouderschapsplan.</li><li><strong>Juridisch dienstverleners:</strong> advies, ook voor mensen met een laag inkomen.</li><li><strong>Inkomensconsulenten:</strong> geld, toeslagen en regelingen.</li><li><strong>Woningcorporatie:</strong> tijdelijke woonruimte voor een van de ouders.</li><li><strong>Jeugdhulp:</strong> hulp voor kinderen en bij opvoedvragen.</li></ul>"),
                        ("steps", {
                            "title": "Zo verwijst u door",
                            "steps": [
                                {"title": "Bespreek het met de ouder", "text": "<p>Vraag toestemming voordat u gegevens deelt.</p>"},
                                {"title": "Neem contact op", "text": "<p>Bel of mail het knooppunt. Of ga samen met de ouder naar het inloopuur.</p>"},
                                {"title": "Zorg voor een warme overdracht", "text": "<p>Bij een warme overdracht stelt u het gezin zelf voor aan de nieuwe hulpverlener. Zo hoeven ouders hun verhaal niet steeds opnieuw te vertellen.</p>"},
                                {"title": "Blijf betrokken", "text": "<p>Vraag na een paar weken hoe het gaat. Soms is er nog een andere vraag.</p>"},
                            ],
                        }),
                        ("callout", {
                            "title": "Let op privacy",
                            "text": "<p>Deel alleen gegevens als de ouder daar toestemming voor geeft. Twijfelt u? Overleg dan eerst zonder namen.</p>",
                            "tone": "info",
                        }),
                        ("contact", {
                            "title": "Contact voor professionals",
                            "name": "Ingrid Wolterink",
                            "role": "Coördinator Informatieknooppunt",
                            "phone": "0523 000 120",
                            "email": "professionals@hardenberg.example.nl",
                            "hours": "Maandag tot en met donderdag van 9.00 tot 16.00 uur",
                        }),
                        ("links", {
                            "title": "Lees ook",
                            "links": [
                                {"title": "Leernetwerk echtscheidingen", "url": "page:leernetwerk", "description": "Samen kennis delen."},
                                {"title": "Tijdelijk wonen na de scheiding", "url": "page:tijdelijk-wonen", "description": "Informatie om door te geven aan ouders."},
                            ],
                        }),
                    ],
                },
                {
                    "title": "Leernetwerk echtscheidingen",
                    "slug": "leernetwerk",
                    "intro": "In het leernetwerk delen professionals uit verschillende vakgebieden hun kennis en ervaring. Samen werken we eraan dat kinderen geen schade oplopen door een scheiding.",
                    "image": "team",
                    "body": [
                        ("paragraph", "<p>Het leernetwerk bestaat uit de partners van het knooppunt. Jeugdhulpverleners, sociaal werkers, scheidingsadvocaten, mediators, relatietherapeuten en anderen leren van elkaar. Iedereen werkt vanuit het eigen vak, maar met hetzelfde doel: het belang van het kind staat voorop.</p><p>Doordat professionals elkaar beter leren kennen, weten ze sneller wie ze kunnen bellen. Dat scheelt gezinnen tijd en zorgen.</p>"),
                        ("heading", "Wat doen we?"),
                        ("paragraph", "<ul><li>We bespreken casussen. Een casus is een echte situatie uit de praktijk. We noemen daarbij geen namen.</li><li>We volgen korte trainingen over nieuwe kennis.</li><li>We maken afspraken over samenwerken en doorverwijzen.</li><li>We passen wat we leren meteen toe bij vragen van inwoners.</li></ul>"),
                        ("heading", "Nieuwe methodes proberen"),
                        ("paragraph", "<p>We zoeken ook naar nieuwe manieren om te helpen. Een voorbeeld is virtual reality (VR). Met een VR-bril kan een ouder een situatie beleven door de ogen van een kind. Bijvoorbeeld een ruzie bij het ophalen. Dat maakt vaak meer indruk dan alleen een gesprek. We onderzoeken samen wanneer dit helpt bij ingewikkelde scheidingen.</p>"),
                        ("quote", {
                            "text": "Door het leernetwerk bel ik de mediator nu gewoon even op. Dat scheelt het gezin weken wachten.",
                            "attribution": "Sociaal werker, deelnemer aan het leernetwerk",
                        }),
                        ("faq", {
                            "title": "Meedoen",
                            "items": [
                                {"question": "Wie kan meedoen?", "answer": "<p>Professionals die in de gemeente Hardenberg werken met gezinnen in scheiding. Ook als uw organisatie nog geen partner is van het knooppunt.</p>"},
                                {"question": "Hoe vaak komt het netwerk bij elkaar?", "answer": "<p>Ongeveer vier keer per jaar. Daarnaast zijn er kleinere werkgroepen over een bepaald onderwerp.</p>"},
                            ],
                        }),
                        ("contact", {
                            "title": "Aanmelden voor het leernetwerk",
                            "role": "Secretariaat leernetwerk",
                            "phone": "0523 000 121",
                            "email": "leernetwerk@hardenberg.example.nl",
                        }),
                    ],
                },
                {
                    "title": "Conflict inschatten en samenwerken",
                    "slug": "conflict-inschatten",
                    "intro": "Niet elke scheiding vraagt om dezelfde hulp. Met een goede inschatting van het conflict kiest u samen met de partners de juiste aanpak.",
                    "image": "gesprek",
                    "body": [
                        ("paragraph", "<p>Triage betekent: inschatten hoe ernstig een situatie is en welke hulp daarbij past. Bij een scheiding kijken we vooral naar twee dingen. Hoe groot is het conflict tussen de ouders? En hoe gaat het met de kinderen?</p>"),
                        ("steps", {
                            "title": "Drie niveaus",
                            "steps": [
                                {"title": "Licht", "text": "<p>Ouders praten nog met elkaar. Informatie en een gesprek bij het inloopuur zijn vaak genoeg.</p>"},
                                {"title": "Midden", "text": "<p>Er is veel spanning en afspraken lukken niet goed. Mediation of begeleiding door het maatschappelijk werk helpt dan.</p>"},
                                {"title": "Zwaar", "text": "<p>Ouders staan lijnrecht tegenover elkaar, er lopen rechtszaken of kinderen raken klem. Dan werken jeugdhulp, advocaten en maatschappelijk werk samen, met één regisseur. Dat is één vaste professional die het overzicht houdt.</p>"},
                            ],
                        }),
                        ("heading", "Samenwerken in de keten"),
                        ("paragraph", "<p>Met de keten bedoelen we alle organisaties die samen een gezin helpen. Goed samenwerken voorkomt dat ouders van loket naar loket gaan. Het voorkomt ook dat professionals langs elkaar heen werken. Maak daarom duidelijke afspraken over wie wat doet. En houd elkaar op de hoogte.</p>"),
                        ("callout", {
                            "title": "Eén gezin, één plan",
                            "text": "<p>Spreek af wie de regie heeft. Zet de belangrijkste afspraken in één plan dat alle betrokkenen kennen, ook de ouders.</p>",
                            "tone": "tip",
                        }),
                        ("faq", {
                            "title": "Vragen uit de praktijk",
                            "items": [
                                {"question": "Wat als ouders niet willen meewerken?", "answer": "<p>Blijf in gesprek en benoem het belang van het kind. Maak de eerste stap klein, bijvoorbeeld één gesprek bij het inloopuur.</p>"},
                                {"question": "Hoe houd ik het kind in beeld?", "answer": "<p>Vraag kinderen zelf naar hun ervaring, op een manier die past bij hun leeftijd. Spreek af wie in het team let op de stem van het kind.</p>"},
                            ],
                        }),
                        ("links", {
                            "title": "Lees ook",
                            "links": [
                                {"title": "Doorverwijzen via het knooppunt", "url": "page:doorverwijzen", "description": "Wie doet wat."},
                                {"title": "Leernetwerk echtscheidingen", "url": "page:leernetwerk", "description": "Casussen samen bespreken."},
                                {"title": "Als praten moeilijk wordt", "url": "page:als-praten-moeilijk-wordt", "description": "De pagina voor ouders over conflict."},
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
            "title": "Over het knooppunt",
            "slug": "over-ons",
            "intro": "Het Informatieknooppunt Relaties en Scheiden is er voor iedereen in de gemeente Hardenberg die te maken heeft met relatieproblemen of een scheiding.",
            "image": "team",
            "body": [
                ("paragraph", "<p>Elk jaar gaan in de gemeente Hardenberg ongeveer 150 stellen uit elkaar. Bij de helft van die stellen wonen kinderen onder de 18 jaar. Ongeveer 15 procent van de scheidingen loopt uit op een complex conflict. En een op de drie kinderen met gescheiden ouders krijgt daarna matige tot ernstige problemen.</p><p>Dat willen we voorkomen. Daarom werkt de gemeente samen met partners uit het hele sociaal domein aan een programma met drie projecten.</p>"),
                ("steps", {
                    "title": "Ons programma",
                    "steps": [
                        {"title": "Project 1: het informatieknooppunt", "text": "<p>Eén centrale plek met kennis en ervaring over relaties en scheiden. Op locatie en online. Voor ouders, kinderen, hun omgeving en professionals. Voor, tijdens en na een scheiding.</p>"},
                        {"title": "Project 2: tijdelijk wonen", "text": "<p>Een van de ouders kan maximaal een jaar tegen een relatief lage huur tijdelijk ergens wonen. Dat geeft rust en voorkomt dat de scheiding moeilijker wordt.</p>"},
                        {"title": "Project 3: het leernetwerk", "text": "<p>Professionals uit verschillende vakgebieden delen kennis en ervaring. Zo leren we samen hoe we schade bij kinderen voorkomen.</p>"},
                    ],
                }),
                ("heading", "Onze partners"),
                ("paragraph", "<p>Aan het knooppunt doen veel partners mee. Samen Doen, het maatschappelijk werk en jeugdhulp. Maar ook advocaten, mediators en juridisch dienstverleners. En de woningcorporatie en de inkomensconsulenten van de gemeente. Iedere partner brengt eigen kennis mee. Samen zorgen we dat u niet van loket naar loket hoeft.</p>"),
                ("quote", {
                    "text": "Een scheiding hoeft geen blijvende sporen na te laten bij kinderen. Als we er op tijd bij zijn, kunnen we veel voorkomen.",
                    "attribution": "Team Informatieknooppunt",
                }),
                ("links", {
                    "title": "Meer weten",
                    "links": [
                        {"title": "Tijdelijk wonen na de scheiding", "url": "page:tijdelijk-wonen", "description": "Over project 2."},
                        {"title": "Leernetwerk echtscheidingen", "url": "page:leernetwerk", "description": "Over project 3."},
                        {"title": "Contact", "url": "page:contact", "description": "Stel uw vraag aan het knooppunt."},
                    ],
                }),
            ],
        },
        {
            "title": "Contact",
            "slug": "contact",
            "intro": "Heeft u een vraag? Neem gerust contact met ons op. Ook als u nog niet precies weet wat uw vraag is.",
            "image": "wegwijzer",
            "body": [
                ("contact", {
                    "title": "Informatieknooppunt Relaties en Scheiden",
                    "phone": "0523 000 100",
                    "email": "knooppunt@hardenberg.example.nl",
                    "address": "Voorbeeldplein 1, 7771 AA Hardenberg",
                    "hours": "Maandag tot en met vrijdag van 9.00 tot 17.00 uur",
                }),
                ("paragraph", "<p>U kunt ons bellen of mailen. Of u komt langs bij het inloopuur van Samen Doen. Wilt u liever een afspraak op een ander moment? Dat kan ook. Een gesprek is gratis. Wat u ons vertelt, blijft tussen ons, tenzij u toestemming geeft om het te delen.</p>"),
                ("steps", {
                    "title": "Wat gebeurt er als u contact opneemt?",
                    "steps": [
                        {"title": "We luisteren", "text": "<p>U vertelt in uw eigen woorden wat er speelt.</p>"},
                        {"title": "We kijken wat u nodig heeft", "text": "<p>Samen zoeken we uit welke hulp bij u past.</p>"},
                        {"title": "We brengen u in contact", "text": "<p>Als dat nodig is, zorgen we dat de juiste partner contact met u opneemt.</p>"},
                    ],
                }),
                ("callout", {
                    "title": "Snel antwoord",
                    "text": "<p>Op een e-mail krijgt u binnen twee werkdagen antwoord. Bij direct gevaar belt u altijd 112.</p>",
                    "tone": "info",
                }),
                ("contact", {
                    "title": "Samen Doen",
                    "role": "Voor vragen over werk, welzijn, wonen en zorg",
                    "phone": "0523 000 110",
                    "email": "vraag@samendoen.example.nl",
                    "address": "Voorbeeldplein 1, 7771 AA Hardenberg",
                }),
                ("faq", {
                    "title": "Veelgestelde vragen",
                    "items": [
                        {"question": "Kan ik een vraag stellen zonder mijn naam te noemen?", "answer": "<p>Ja. U hoeft uw naam niet te noemen als u dat niet wilt. We helpen u dan zo goed mogelijk met algemene informatie.</p>"},
                        {"question": "Ik spreek niet zo goed Nederlands. Kan ik toch komen?", "answer": "<p>Ja. Neem gerust iemand mee die kan helpen met vertalen. Of vraag ons wat de mogelijkheden zijn.</p>"},
                    ],
                }),
                ("links", {
                    "title": "Handige links",
                    "links": [
                        {"title": "Inloopuur Samen Doen", "url": "page:inloopuur", "description": "Tijden en locaties."},
                        {"title": "Website van Samen Doen", "url": "https://www.samendoen.example.nl/", "description": "Alles over de teams van Samen Doen."},
                        {"title": "Privacyverklaring", "url": "page:privacy", "description": "Hoe wij met uw gegevens omgaan."},
                    ],
                }),
            ],
        },
        {
            "title": "Toegankelijkheid",
            "slug": "toegankelijkheid",
            "intro": "Wij willen dat iedereen deze website goed kan gebruiken. Ook mensen met een beperking.",
            "image": None,
            "body": [
                ("paragraph", "<p>Wij streven ernaar dat deze website voldoet aan niveau AA van de WCAG 2.1. WCAG is een internationale set afspraken voor toegankelijke websites. Niveau AA is de norm voor websites van de overheid in Nederland.</p>"),
                ("heading", "Wat we hebben gedaan"),
                ("paragraph", "<ul><li>We schrijven in eenvoudige taal, op taalniveau B1.</li><li>Tekst en achtergrond hebben genoeg kleurverschil.</li><li>U kunt de hele website met het toetsenbord gebruiken.</li><li>Afbeeldingen hebben een korte beschrijving voor mensen die een voorleesprogramma gebruiken.</li><li>U kunt de tekst tot 200 procent vergroten zonder dat er iets wegvalt.</li><li>Elke pagina heeft duidelijke kopjes.</li></ul>"),
                ("callout", {
                    "title": "Nog niet alles is perfect",
                    "text": "<p>Sommige oudere documenten, zoals pdf-bestanden, zijn misschien niet goed leesbaar met hulpmiddelen. Die werken we bij. Heeft u een document in een andere vorm nodig? Vraag het ons, dan sturen we het op.</p>",
                    "tone": "info",
                }),
                ("steps", {
                    "title": "Een probleem melden",
                    "steps": [
                        {"title": "Beschrijf het probleem", "text": "<p>Vertel op welke pagina het was en wat er niet goed ging.</p>"},
                        {"title": "Stuur het naar ons", "text": "<p>Mail naar toegankelijkheid@hardenberg.example.nl of bel 0523 000 100.</p>"},
                        {"title": "U krijgt antwoord", "text": "<p>Binnen vijf werkdagen hoort u wat we gaan doen.</p>"},
                        {"title": "We lossen het op", "text": "<p>We passen de website zo snel mogelijk aan. Kan dat niet meteen? Dan helpen we u op een andere manier aan de informatie.</p>"},
                    ],
                }),
                ("contact", {
                    "title": "Contact over toegankelijkheid",
                    "name": "Webredactie Informatieknooppunt",
                    "phone": "0523 000 100",
                    "email": "toegankelijkheid@hardenberg.example.nl",
                }),
                ("faq", {
                    "title": "Veelgestelde vragen",
                    "items": [
                        {"question": "Wat als ik niet tevreden ben over de oplossing?", "answer": "<p>Dan kunt u een klacht indienen bij de gemeente Hardenberg. Vraag ons hoe dat werkt. We helpen u daar graag bij.</p>"},
                        {"question": "Kan ik de informatie ook op een andere manier krijgen?", "answer": "<p>Ja. U kunt ons bellen of langskomen. Dan leggen we het u persoonlijk uit.</p>"},
                    ],
                }),
            ],
        },
        {
            "title": "Privacy",
            "slug": "privacy",
            "intro": "Wij gaan zorgvuldig om met uw gegevens. Hier leest u welke gegevens we gebruiken en waarom.",
            "image": None,
            "body": [
                ("heading", "Cookies"),
                ("paragraph", "<p>Deze website volgt u niet. We gebruiken geen cookies voor advertenties of statistieken. Er is maar één cookie: een functionele sessiecookie voor redacteuren. Redacteuren zijn de medewerkers die de teksten op deze website bijhouden. Zij hebben die cookie nodig om in te loggen. Gewone bezoekers krijgen deze cookie niet.</p>"),
                ("callout", {
                    "title": "Daarom geen cookiemelding",
                    "text": "<p>Omdat we u niet volgen, hoeft u geen toestemming te geven voor cookies. U ziet dus ook geen cookiemelding.</p>",
                    "tone": "info",
                }),
                ("heading", "Als u contact met ons opneemt"),
                ("paragraph", "<p>Belt of mailt u ons? Dan gebruiken we uw naam, telefoonnummer of e-mailadres om u te helpen. We vragen niet meer gegevens dan nodig. We delen uw gegevens alleen met een partner als u daar toestemming voor geeft. We bewaren uw gegevens niet langer dan nodig is.</p><p>We beveiligen onze systemen goed. Alleen medewerkers die uw gegevens nodig hebben voor hun werk, kunnen ze inzien. Medewerkers van de partners hebben een geheimhoudingsplicht. Dat betekent dat zij niets mogen doorvertellen.</p>"),
                ("faq", {
                    "title": "Uw rechten",
                    "items": [
                        {"question": "Mag ik zien welke gegevens u van mij heeft?", "answer": "<p>Ja. U kunt ons vragen welke gegevens we van u hebben. U krijgt binnen een maand antwoord.</p>"},
                        {"question": "Kan ik mijn gegevens laten aanpassen of verwijderen?", "answer": "<p>Ja. Kloppen uw gegevens niet? Dan passen we ze aan. U kunt ons ook vragen om uw gegevens te verwijderen.</p>"},
                        {"question": "Waar kan ik terecht met een klacht?", "answer": "<p>Neem eerst contact met ons op. Komen we er samen niet uit? Dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens.</p>"},
                    ],
                }),
                ("contact", {
                    "title": "Vragen over privacy",
                    "name": "Functionaris gegevensbescherming",
                    "role": "Gemeente Hardenberg",
                    "phone": "0523 000 190",
                    "email": "privacy@hardenberg.example.nl",
                }),
            ],
        },
    ],
}
