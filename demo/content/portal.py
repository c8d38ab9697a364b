# Demo-inhoud voor het regionale portaal van Knooppunt.
# Alle namen, adressen, telefoonnummers en e-mailadressen zijn verzonnen.
PORTAL = {
    "title": "Knooppunt",
    "hero_title": "Hulp bij relaties en scheiden, dichtbij huis",
    "contact": {
        "address": "Voorbeeldlaan 10, 3500 AA Utrecht",
        "phone": "030 000 0000",
        "email": "netwerk@knooppunt.example.nl",
        "hours": "Voor vragen van gemeenten en coördinatoren. Inwoners vinden hulp bij de hub van hun gemeente.",
    },
    "hero_intro": "Knooppunt verbindt de scheidingsloketten en platforms van gemeenten. Kies hieronder uw gemeente of regio en vind informatie en hulp bij u in de buurt.",
    "body": [
        ("heading", "Wat is Knooppunt?"),
        ("paragraph", "<p>Knooppunt is een netwerk van gemeenten en regio's die gezinnen helpen bij relatieproblemen en scheiding. Elke gemeente heeft een eigen website, een zogeheten hub. Daar vindt u uitleg, tips en de weg naar hulp in uw eigen buurt. Het kind staat daarbij altijd voorop.</p>"),
        ("paragraph", "<p>De hubs zijn er voor iedereen die te maken heeft met een scheiding:</p><ul><li><strong>ouders</strong> die twijfelen, gaan scheiden of al gescheiden zijn;</li><li><strong>kinderen en jongeren</strong>, met uitleg in hun eigen taal;</li><li><strong>familie, school en vrienden</strong> die een kind willen steunen;</li><li><strong>professionals</strong> die gezinnen willen helpen en doorverwijzen.</li></ul>"),
        ("callout", {
            "title": "Kennis delen, zodat niemand opnieuw hoeft te beginnen",
            "text": "<p>De hubs delen teksten, ervaringen en een overzicht van hulp. Werkt een aanpak goed in de ene gemeente? Dan kan een andere gemeente die overnemen. Daarbij sluiten we aan bij wat het landelijke programma Scheiden zonder schade heeft geleerd over het voorkomen van schade bij kinderen.</p>",
            "tone": "info",
        }),
        ("links", {
            "title": "Meer over Knooppunt",
            "links": [
                {"title": "Over het netwerk", "url": "page:over-het-netwerk", "description": "Hoe Knooppunt werkt en wie meedoen."},
                {"title": "Voor gemeenten", "url": "page:voor-gemeenten", "description": "Wat uw gemeente krijgt als u aansluit."},
                {"title": "Toegankelijkheid", "url": "page:toegankelijkheid", "description": "Hoe wij zorgen dat iedereen de sites kan gebruiken."},
            ],
        }),
    ],
    "pages": [
        {
            "title": "Over het netwerk",
            "slug": "over-het-netwerk",
            "intro": "Knooppunt is een samenwerking van gemeenten die gezinnen in scheiding beter willen helpen. Hier leest u waarom het netwerk bestaat en hoe het werkt.",
            "image": "netwerk",
            "body": [
                ("heading", "Waarom een netwerk?"),
                ("paragraph", "<p>Elk jaar maken veel kinderen mee dat hun ouders uit elkaar gaan. De meeste kinderen redden zich goed. Maar bij langdurige ruzie lopen kinderen een groter risico op problemen, thuis en op school. Veel gemeenten willen daar iets aan doen. Ze openen een loket, starten een platform of brengen organisaties bij elkaar.</p><p>Toch vond elke gemeente het wiel opnieuw uit. Iedereen schreef eigen teksten en bouwde een eigen website. Dat kost veel tijd en geld. Knooppunt maakt het makkelijker om samen op te trekken.</p>"),
                ("heading", "Hoe werkt het?"),
                ("steps", {
                    "title": "Vier bouwstenen",
                    "steps": [
                        {"title": "Een eigen hub per gemeente", "text": "<p>Elke gemeente of regio heeft een eigen website, met eigen kleuren en eigen contactgegevens.</p>"},
                        {"title": "Een gedeelde bibliotheek", "text": "<p>Goede teksten over bijvoorbeeld het ouderschapsplan of praten met kinderen worden gedeeld. Gemeenten passen ze aan hun eigen situatie aan.</p>"},
                        {"title": "Eén overzicht van hulp", "text": "<p>Organisaties staan één keer in het partneroverzicht, ook als ze in meerdere gemeenten werken.</p>"},
                        {"title": "Zoeken in alle hubs", "text": "<p>Met één zoekvak vindt u informatie uit uw eigen hub en uit de andere hubs van het netwerk.</p>"},
                    ],
                }),
                ("callout", {
                    "title": "Onze uitgangspunten",
                    "text": "<p>We schrijven in eenvoudige taal, op taalniveau B1. We spreken kinderen aan met 'je' en volwassenen met 'u'. We volgen bezoekers niet met cookies. En we willen dat iedereen de sites kan gebruiken, ook mensen met een beperking.</p>",
                    "tone": "tip",
                }),
                ("quote", {
                    "text": "We hoefden niet alles zelf te bedenken. Binnen een paar weken stond onze hub online, met teksten die al door ouders waren getest.",
                    "attribution": "Een beleidsmedewerker jeugd van een aangesloten gemeente",
                }),
                ("links", {
                    "title": "Verder lezen",
                    "links": [
                        {"title": "Voor gemeenten", "url": "page:voor-gemeenten", "description": "Zo sluit uw gemeente aan."},
                    ],
                }),
            ],
        },
        {
            "title": "Voor gemeenten",
            "slug": "voor-gemeenten",
            "intro": "Wilt u als gemeente of jeugdregio gezinnen in scheiding beter helpen? Met Knooppunt heeft u snel een eigen hub, en u staat er niet alleen voor.",
            "image": "team",
            "body": [
                ("heading", "Wat krijgt uw gemeente?"),
                ("paragraph", "<ul><li><strong>Een eigen hub in uw eigen huisstijl.</strong> Met uw kleuren, uw lettertype, uw naam en uw contactgegevens. Inwoners herkennen meteen hun eigen gemeente.</li><li><strong>Een gedeelde bibliotheek met teksten.</strong> Voor ouders, kinderen, hun omgeving en professionals. U neemt teksten over en past ze aan, of u schrijft zelf.</li><li><strong>Eén partneroverzicht.</strong> Organisaties zoals mediators, maatschappelijk werk en jeugdhulp staan er één keer in. Zo blijven gegevens actueel in alle hubs tegelijk.</li><li><strong>Zoeken over alle hubs heen.</strong> Staat een antwoord niet op uw hub, maar wel bij een andere gemeente? Dan vindt uw inwoner het toch.</li></ul>"),
                ("heading", "Hulp bij uw aanpak"),
                ("paragraph", "<p>Het landelijke programma Scheiden zonder schade heeft twee handreikingen gemaakt. Een handreiking is een praktische gids. De eerste gids is bedoeld voor wethouders en beleidsmedewerkers. Hij helpt u bijvoorbeeld om uit te leggen waarom investeren in het voorkomen van vechtscheidingen loont. Dat zijn scheidingen met langdurige, heftige ruzie. En hoe u voorkomt dat wijkteams en jeugdbescherming overvol raken met zware scheidingszaken. Ook leest u hoe u problemen vroeg opmerkt en een goed hulpaanbod organiseert.</p><p>De tweede gids is interactief en richt zich op professionals binnen de gemeente. Aan de hand van voorbeelden in zes thema's ziet u hoe andere gemeenten het doen. Denk aan het inschatten van de zwaarte van een conflict, omgaan met complexe situaties, samenwerken met partners, en preventie en vroegsignalering.</p>"),
                ("callout", {
                    "title": "Tip: gebruik de gidsen bij de start",
                    "text": "<p>Veel gemeenten gebruiken de handreikingen als basis voor hun plan. Daarna vullen ze hun hub met de aanpak die bij hun inwoners past. Knooppunt helpt u om die twee stappen aan elkaar te koppelen.</p>",
                    "tone": "tip",
                }),
                ("steps", {
                    "title": "Zo sluit u aan",
                    "steps": [
                        {"title": "Kennismaken", "text": "<p>We bespreken uw wensen en wat er in uw gemeente al is.</p>"},
                        {"title": "Inrichten", "text": "<p>We zetten uw hub klaar met uw huisstijl en een eerste set teksten.</p>"},
                        {"title": "Vullen en testen", "text": "<p>Uw redacteuren passen de teksten aan. Samen testen we de site met inwoners.</p>"},
                        {"title": "Live en verder", "text": "<p>Uw hub gaat online. U doet mee aan het netwerk en deelt uw ervaringen.</p>"},
                    ],
                }),
                ("contact", {
                    "title": "Aansluiten bij Knooppunt?",
                    "name": "Joost de Wit",
                    "role": "Netwerkcoördinator Knooppunt",
                    "phone": "085 000 0300",
                    "email": "netwerk@knooppunt.example.nl",
                }),
            ],
        },
        {
            "title": "Toegankelijkheid",
            "slug": "toegankelijkheid",
            "intro": "Knooppunt wil dat iedereen de portal en alle hubs goed kan gebruiken. Hier leest u wat we daarvoor doen en hoe u een probleem meldt.",
            "image": None,
            "body": [
                ("heading", "Onze ambitie"),
                ("paragraph", "<p>De portal en de hubs moeten voldoen aan de WCAG 2.1, niveau AA. Dat zijn internationale afspraken over toegankelijke websites. Ze zorgen ervoor dat ook mensen met een beperking alle informatie kunnen vinden en lezen. Bijvoorbeeld mensen die slecht zien, slecht horen of geen muis gebruiken.</p>"),
                ("paragraph", "<p>Wat we doen:</p><ul><li>Alle teksten zijn geschreven op taalniveau B1.</li><li>Elke hub kiest kleuren met genoeg contrast tussen tekst en achtergrond.</li><li>De sites werken met alleen een toetsenbord en met schermlezers.</li><li>Afbeeldingen hebben een korte beschrijving.</li><li>We testen regelmatig, met automatische tools en met echte gebruikers.</li></ul>"),
                ("callout", {
                    "title": "Elke hub heeft een eigen verklaring",
                    "text": "<p>Elke gemeente is zelf verantwoordelijk voor de teksten en documenten op haar hub. Daarom heeft elke hub ook een eigen toegankelijkheidsverklaring. Deze verklaring gaat over de portal en de techniek die alle hubs delen.</p>",
                    "tone": "info",
                }),
                ("steps", {
                    "title": "Een probleem melden",
                    "steps": [
                        {"title": "Beschrijf het probleem", "text": "<p>Op welke pagina gaat het mis? Wat probeerde u te doen?</p>"},
                        {"title": "Stuur het naar ons", "text": "<p>Mail naar toegankelijkheid@knooppunt.example.nl of bel 085 000 0300.</p>"},
                        {"title": "Wij reageren", "text": "<p>Binnen vijf werkdagen krijgt u antwoord. Gaat het om een hub? Dan zorgen wij dat de juiste gemeente het probleem oppakt.</p>"},
                    ],
                }),
                ("faq", {
                    "title": "Veelgestelde vragen",
                    "items": [
                        {"question": "Kan ik de tekst groter maken?", "answer": "<p>Ja. Houd de Ctrl-toets ingedrukt (op een Mac de Cmd-toets) en druk op het plusteken. De pagina past zich aan.</p>"},
                        {"question": "Ik heb een document nodig in een andere vorm.", "answer": "<p>Laat het ons weten. We sturen u de informatie op een manier die voor u werkt, bijvoorbeeld als gewone tekst.</p>"},
                    ],
                }),
                ("contact", {
                    "title": "Contact over toegankelijkheid",
                    "name": "Team Knooppunt",
                    "phone": "085 000 0300",
                    "email": "toegankelijkheid@knooppunt.example.nl",
                }),
            ],
        },
    ],
}
