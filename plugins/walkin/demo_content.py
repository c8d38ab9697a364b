"""
The walk-in pages of the demo hubs: when and where residents can walk in. Fictional places and
contact details; `page:SLUG` links point at the hub's own pages.
"""

WALK_IN_PAGES = {
    "hardenberg": {
        "title": "Inloopuur Samen Doen",
        "slug": "inloopuur",
        "intro": "Elke week is er een inloopuur van Samen Doen, op drie plekken in de gemeente. U kunt zonder afspraak binnenlopen met vragen over relaties, scheiden, geld, wonen of zorg.",
        "sessions": [
            {"weekday": 2, "opens": "09:00", "closes": "10:00", "location": "Samen Doen Hardenberg, spreekkamer 1",
             "address": "Voorbeeldplein 1, 7771 AA Hardenberg",
             "with": "een medewerker van Samen Doen en een maatschappelijk werker",
             "appointment": False,
             "note": "Op de eerste dinsdag van de maand schuift ook een mediator aan."},
            {"weekday": 3, "opens": "15:00", "closes": "16:00", "location": "Dorpshuis De Voorbeeldhoek",
             "address": "Voorbeeldweg 3, 7776 AA Slagharen",
             "with": "een medewerker van Samen Doen",
             "appointment": False,
             "note": "Ook voor vragen over de tijdelijke woonruimte."},
            {"weekday": 4, "opens": "13:30", "closes": "14:30", "location": "Kulturhus Voorbeeld, zaal 2",
             "address": "Voorbeeldstraat 12, 7701 AB Dedemsvaart",
             "with": "een medewerker van Samen Doen en een inkomensconsulent",
             "appointment": False,
             "note": "Vragen over geld? Neem uw laatste loonstrook of uitkeringsbrief mee."},
        ],
        "body": [
            ("paragraph", "<p>Bij het inloopuur kunt u zomaar binnenlopen. U hoeft geen afspraak te maken. Een medewerker luistert naar uw vraag en denkt met u mee. Soms is uw vraag meteen beantwoord. Soms maken we een vervolgafspraak, of brengen we u in contact met een partner van het knooppunt.</p>"),
            ("faq", {
                "title": "Goed om te weten",
                "items": [
                    {"question": "Waar kan ik mee komen?", "answer": "<p>Met elke vraag over relaties en scheiden. Bijvoorbeeld over de kinderen, een ouderschapsplan, geld, wonen of hoe u het best met uw ex-partner kunt praten.</p>"},
                    {"question": "Kost het iets?", "answer": "<p>Nee, het inloopuur is gratis.</p>"},
                    {"question": "Mag ik iemand meenemen?", "answer": "<p>Ja. U mag iemand meenemen die u vertrouwt, zoals een vriend of familielid.</p>"},
                ],
            }),
            ("callout", {
                "title": "Kunt u niet op deze tijden?",
                "text": "<p>Bel 0523 000 100 of mail naar knooppunt@hardenberg.example.nl. Dan maken we een afspraak op een ander moment.</p>",
                "tone": "tip",
            }),
            ("links", {
                "title": "Voorbereiden",
                "links": [
                    {"title": "Uit elkaar: waar begint u?", "url": "page:uit-elkaar-waar-begint-u", "description": "De eerste stappen op een rij."},
                    {"title": "Geld en regelingen", "url": "page:geld-en-regelingen", "description": "Waar u op moet letten met geld."},
                ],
            }),
        ],
    },

    "helmond": {
        "title": "Echtscheidingsspreekuur",
        "slug": "echtscheidingsspreekuur",
        "intro": "Heeft u vragen over scheiden, ouderschap of relatieproblemen? Kom naar het echtscheidingsspreekuur. U praat met een maatschappelijk werker. Op woensdagavond zijn er ook een advocaat en een mediator.",
        "sessions": [
            {"weekday": 1, "opens": "13:00", "closes": "15:00", "location": "Centrum voor ouders, spreekkamer 2",
             "address": "Voorbeeldstraat 10, 5701 AA Helmond",
             "with": "maatschappelijk werkers",
             "appointment": False,
             "note": "Vrije inloop. Soms moet u even wachten."},
            {"weekday": 3, "opens": "19:00", "closes": "21:00", "location": "Centrum voor ouders, spreekkamer 1",
             "address": "Voorbeeldstraat 10, 5701 AA Helmond",
             "with": "een maatschappelijk werker, een advocaat en een mediator",
             "appointment": True,
             "note": "Maak vooraf een afspraak via 0492 000 200. Dan is er genoeg tijd voor uw vraag."},
            {"weekday": 5, "opens": "09:30", "closes": "11:30", "location": "Wijkhuis De Voorbeeldhof",
             "address": "Voorbeeldlaan 25, 5703 AB Helmond",
             "with": "een maatschappelijk werker",
             "appointment": False,
             "note": "Ook voor vragen over relatieproblemen, als u (nog) niet gaat scheiden."},
        ],
        "body": [
            ("paragraph", "<p>Bij het echtscheidingsspreekuur kunt u terecht met al uw vragen. Een maatschappelijk werker luistert naar u en denkt met u mee. Op woensdagavond zijn er ook een advocaat en een mediator. Een mediator is een bemiddelaar die ouders helpt om samen afspraken te maken.</p>"),
            ("heading", "Waar kunt u mee komen?"),
            ("paragraph", "<ul><li>Hoe vertel ik het aan de kinderen?</li><li>Wat moet er in een ouderschapsplan?</li><li>Hoe regelen we de omgang met de kinderen?</li><li>Wat zijn de gevolgen voor mijn geld en mijn huis?</li><li>Hoe praat ik weer normaal met mijn ex-partner?</li></ul>"),
            ("faq", {
                "title": "Goed om te weten",
                "items": [
                    {"question": "Kost het spreekuur geld?", "answer": "<p>Nee, het spreekuur is gratis. Ook het gesprek met de advocaat of mediator op woensdagavond is gratis.</p>"},
                    {"question": "Mogen we samen komen?", "answer": "<p>Ja. U kunt alleen komen of samen met de andere ouder.</p>"},
                    {"question": "Is het gesprek vertrouwelijk?", "answer": "<p>Ja. Wat u vertelt, blijft tussen u en de medewerker. Alleen als een kind in gevaar is, kunnen we dat niet voor ons houden.</p>"},
                ],
            }),
            ("links", {
                "title": "Voorbereiden",
                "links": [
                    {"title": "Hulp bij scheiden, stap voor stap", "url": "page:hulp-bij-scheiden", "description": "Wat u kunt regelen."},
                    {"title": "De ouderschapsbelofte", "url": "page:ouderschapsbelofte", "description": "Vijf beloftes aan uw kind."},
                ],
            }),
        ],
    },

    "twente": {
        "title": "Spreekuur voor professionals",
        "slug": "spreekuur-professionals",
        "intro": "Heeft u als professional zorgen over een gezin in scheiding? Bespreek uw casus op ons spreekuur met een ervaren collega uit de keten. Maak vooraf een afspraak.",
        "sessions": [
            {"weekday": 2, "opens": "13:00", "closes": "16:00", "location": "Kantoor van het platform, spreekkamer 2",
             "address": "Voorbeeldstraat 10, 7500 AA Enschede", "with": "een gedragswetenschapper en een mediator",
             "appointment": True, "note": "Afspraak maken via platform@twente.example.nl of 053 000 0101."},
            {"weekday": 4, "opens": "09:00", "closes": "11:00", "location": "Online, via een beveiligde videoverbinding",
             "address": "U krijgt de link na uw aanmelding", "with": "een jeugdbeschermer van een gecertificeerde instelling",
             "appointment": True, "note": "Handig voor vragen over het gedwongen kader. Meld u uiterlijk de dag ervoor aan."},
        ],
        "body": [
            ("paragraph", "<p>Het spreekuur is bedoeld voor professionals in Twente. Bijvoorbeeld medewerkers van wijkteams, de jeugdgezondheidszorg, scholen, het maatschappelijk werk en de jeugdhulp. U kunt een gezin bespreken zonder namen te noemen.</p>"),
            ("steps", {
                "title": "Zo werkt het",
                "steps": [
                    {"title": "Maak een afspraak", "text": "<p>Mail of bel ons. Vertel kort waar uw vraag over gaat.</p>"},
                    {"title": "Bereid u voor", "text": "<p>Zet de belangrijkste feiten op een rij. Wat speelt er, wat is al geprobeerd, en wat is uw vraag?</p>"},
                    {"title": "Bespreek de casus", "text": "<p>Samen kijken we naar de zwaarte van het conflict en de mogelijke hulp. Een gesprek duurt ongeveer drie kwartier.</p>"},
                ],
            }),
            ("callout", {
                "title": "Acute zorgen over veiligheid?",
                "text": "<p>Wacht dan niet op het spreekuur. Volg de meldcode van uw organisatie en neem contact op met Veilig Thuis.</p>",
                "tone": "warning",
            }),
        ],
    },

    "cranendonck": {
        "title": "Inloopspreekuur",
        "slug": "inloopspreekuur",
        "intro": "Loop gewoon binnen in het gemeentehuis in Budel, een afspraak is niet nodig. Een mediator en een jeugd- en gezinsprofessional van het Sociaal Team Cranendonck staan klaar voor uw vragen.",
        "sessions": [
            {"weekday": 3, "opens": "13:30", "closes": "16:00", "location": "Gemeentehuis Cranendonck, spreekkamer naast de publieksbalie",
             "address": "Voorbeeldplein 1, 6020 AA Budel", "with": "een mediator en een jeugd- en gezinsprofessional van het Sociaal Team Cranendonck",
             "appointment": False, "note": "Op woensdagmiddag zijn kinderen en jongeren ook van harte welkom, alleen of met iemand erbij."},
            {"weekday": 1, "opens": "18:30", "closes": "20:00", "location": "Gemeentehuis Cranendonck, spreekkamer naast de publieksbalie",
             "address": "Voorbeeldplein 1, 6020 AA Budel", "with": "een mediator en een jeugd- en gezinsprofessional van het Sociaal Team Cranendonck",
             "appointment": False, "note": "Avondspreekuur voor ouders die overdag werken. Gebruik de zij-ingang."},
        ],
        "body": [
            ("paragraph", "<p>U kunt bij ons terecht met alle vragen over scheiden en kinderen. Bijvoorbeeld: hoe gaat een scheidingsprocedure? Wat zet ik in het ouderschapsplan? Hoe blijven we samen goede ouders, met ons kind op de eerste plaats? We geven direct antwoord, of zoeken samen naar een oplossing die past.</p>"),
            ("paragraph", "<p>Het spreekuur is er voor ouders die gescheiden zijn of gaan scheiden, en voor kinderen, grootouders, leerkrachten en instanties.</p>"),
            ("callout", {
                "title": "Goed om te weten",
                "text": "<p>Het spreekuur is gratis. U hoeft geen papieren mee te nemen. Is het druk? Dan wacht u even in de hal. Kunt u niet op deze tijden? Bel 0495 000 0202 voor een afspraak op een ander moment.</p>",
                "tone": "tip",
            }),
        ],
    },

}
