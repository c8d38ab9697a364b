"""
The walk-in pages of the demo hubs. Their hours are in the partner directory
(plugins.directory.demo_content.HUB_WALK_INS); fictional contact details; `page:SLUG` links point at
the hub's own pages.
"""

WALK_IN_PAGES = {
    "hardenberg": {
        "title": "Inloopuur Samen Doen",
        "slug": "inloopuur",
        "intro": "Elke week is er een inloopuur van Samen Doen, op drie plekken in de gemeente. U kunt zonder afspraak binnenlopen met vragen over relaties, scheiden, geld, wonen of zorg.",
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
