"""The words for the data's own names, in Swedish and English: each field, each status and
kind of record, each answer about delivery, and what each open question asks."""
from __future__ import annotations

# What each fact field is called when the site says what a piece of evidence backs.
FIELDS = {  # every field of every record: change lines in the history name them in the page's language
    "abbreviation": {"sv": "förkortning", "en": "abbreviation"},
    "agreement": {"sv": "överenskommelse", "en": "agreement"},
    "delivery": {"sv": "genomförande", "en": "delivery"},
    "case_number": {"sv": "diarienummer", "en": "case number"},
    "definition": {"sv": "förklaring", "en": "definition"},
    "excerpt": {"sv": "sparat utdrag", "en": "stored excerpt"},
    "id": {"sv": "id", "en": "id"},
    "label": {"sv": "etikett", "en": "label"},
    "language": {"sv": "språk", "en": "language"},
    "name": {"sv": "namn", "en": "name"},
    "names_in_source": {"sv": "namn i källorna", "en": "names in the sources"},
    "part_of": {"sv": "del av", "en": "part of"},
    "retrieved": {"sv": "läst", "en": "read"},
    "short_name": {"sv": "kortnamn", "en": "short name"},
    "sources": {"sv": "källor", "en": "sources"},
    "stored_text": {"sv": "sparad text", "en": "stored text"},
    "subject": {"sv": "gäller", "en": "subject"},
    "term": {"sv": "term", "en": "term"},
    "url": {"sv": "adress", "en": "address"},
    "title": {"sv": "rubrik", "en": "title"},
    "evidence": {"sv": "belägg", "en": "evidence"},
    "note": {"sv": "anteckning", "en": "note"},
    "kind": {"sv": "typ", "en": "kind"},
    "source": {"sv": "källa", "en": "source"},
    "open_question": {"sv": "öppen fråga", "en": "open question"},
    "description": {"sv": "beskrivning", "en": "description"},
    "body": {"sv": "organ", "en": "body"},
    "proposed_by": {"sv": "förslag från", "en": "proposed by"},
    "date": {"sv": "datum", "en": "date"},
    "end": {"sv": "sista dag", "en": "last day"},
    "after": {"sv": "ordning i tiden", "en": "order in time"},
    "paragraph": {"sv": "paragraf", "en": "paragraph"},
    "status": {"sv": "status", "en": "status"},
    "decided_in": {"sv": "avgjort genom", "en": "settled by"},
    "outcome": {"sv": "utfall", "en": "outcome"},
    "points": {"sv": "punkter", "en": "points"},
    "minutes_checked": {"sv": "justering", "en": "minutes checked"},
    "announced": {"sv": "anslag", "en": "notice"},
    "concerns": {"sv": "vad det gäller", "en": "what it concerns"},
    "period": {"sv": "period", "en": "period"},
    "summary": {"sv": "syfte", "en": "purpose"},
    "proposed_in": {"sv": "föreslaget i", "en": "proposed in"},
    "approved_in": {"sv": "godkänt genom", "en": "approved by"},
    "replaces": {"sv": "vad som revideras", "en": "what is revised"},
    "party": {"sv": "part", "en": "party"},
    "share_percent": {"sv": "andel arbetstid", "en": "share of working time"},
    "amount_sek": {"sv": "belopp", "en": "amount"},
    "full_time": {"sv": "av en heltid", "en": "of a full-time post"},
    "decision": {"sv": "beslut eller förslag", "en": "decision or proposal"},
    "superseded_by": {"sv": "ändring", "en": "change"},
    "role": {"sv": "titel", "en": "title"},
    "organisation": {"sv": "organisation", "en": "organisation"},
    "value": {"sv": "antal", "en": "number"},
    "counts": {"sv": "vad som räknas", "en": "what is counted"},
    "as_of": {"sv": "när siffran gäller", "en": "when the figure holds"},
    "publisher": {"sv": "utgivare", "en": "publisher"},
    "covers": {"sv": "period", "en": "period"},
    "signatories": {"sv": "undertecknare", "en": "signatories"},
    "recipients": {"sv": "mottagare", "en": "recipients"},
    "recipient_bodies": {"sv": "mottagande organ", "en": "receiving bodies"},
}

# Where a field of one kind is called otherwise than FIELDS calls it.
FIELDS_OF = {
    ("sources", "role"): {"sv": "slag av källa", "en": "kind of source"},
}

# What an open question asks (uccn.show.questions), by collection and field.
QUESTIONS = {
    "sources.date": {"sv": "När ärendebeskrivningen skrevs och vilket datum den har",
                     "en": "When the case description was written, and its date"},
    "decisions.date": {"sv": "Vilken dag sammanträdet hölls (källan anger bara månaden)",
                       "en": "On which day the meeting was held (the source gives only the month)"},
    "decisions.date.proposal": {"sv": "När förslaget lades fram (källan anger ingen tid)",
                                "en": "When the proposal was made (the source gives no time)"},
    "decisions.paragraph": {"sv": "Vilken paragraf beslutet har i protokollet", "en": "Its paragraph in the minutes"},
    "decisions.case_number": {"sv": "Ärendets diarienummer", "en": "The case number (diarienummer)"},
    "decisions.minutes_checked": {"sv": "När protokollet justerades", "en": "When the minutes were checked and signed"},
    "decisions.announced": {
        "sv": "När protokollet anslogs på anslagstavlan (då börjar tiden för att överklaga)",
        "en": "When the minutes were put on the notice board (the time to appeal starts then)",
    },
    "decisions.status": {"sv": "Om förslaget antogs, och i så fall när och av vem",
                         "en": "Whether the proposal was adopted, and if so when and by whom"},
    "agreements.date": {"sv": "När överenskommelsen föreslogs", "en": "When the agreement was proposed"},
    "agreements.status": {"sv": "Om avtalet ingicks och undertecknades, och i så fall när",
                          "en": "Whether the agreement was entered into and signed, and if so when"},
    "figures.as_of": {"sv": "Vilken dag siffran gäller", "en": "On which day the figure holds"},
    "commitments.delivery": {
        "sv": "Om åtagandet blev av: om arbetstiden eller pengarna gavs under perioden, helt, delvis eller inte alls",
        "en": "Whether the commitment was carried out: whether the working time or the money was given during "
              "the period, fully, in part or not at all",
    },
}

# Whether a commitment was carried out (Commitment.delivery); None: no source says it.
DELIVERY = {
    "met": {"sv": "Uppfyllt", "en": "Met"},
    "partly": {"sv": "Delvis uppfyllt", "en": "Partly met"},
    "not-met": {"sv": "Inte uppfyllt", "en": "Not met"},
}

STATUS = {
    "decisions": {
        "decided": {"sv": "Beslutat", "en": "Decided"},
        "proposed": {"sv": "Förslag – källan säger inte om det antogs", "en": "Proposal – the source does not say whether it was adopted"},
        "adopted": {"sv": "Förslaget antogs", "en": "Proposal adopted"},
        "rejected": {"sv": "Förslaget avslogs", "en": "Proposal rejected"},
    },
    "agreements": {
        "proposed": {"sv": "Förslag", "en": "Proposal"},
        "approved": {"sv": "Godkänt", "en": "Approved"},
        "signed": {"sv": "Undertecknat", "en": "Signed"},
        "superseded": {"sv": "Ersatt", "en": "Replaced"},
    },
    "commitments": {
        "proposed": {"sv": "Föreslaget", "en": "Proposed"},
        "approved": {"sv": "Godkänt", "en": "Approved"},
        "superseded": {"sv": "Ersatt", "en": "Replaced"},
    },
}

# The words for the kinds of decisions and commitments (not uccn.records.kinds, the kinds of fields).
KIND_WORDS = {
    "decision": {"sv": "Beslut", "en": "Decision"},
    "proposal": {"sv": "Förslag", "en": "Proposal"},
    "working-time": {"sv": "Arbetstid", "en": "Working time"},
    "money": {"sv": "Pengar", "en": "Money"},
}

# The words for the other choices a record makes, by collection and field (a record's page shows them).
CHOICES = {
    ("organisations", "kind"): {
        "region": {"sv": "Region", "en": "Region"},
        "municipality": {"sv": "Kommun", "en": "Municipality"},
        "body": {"sv": "Politiskt organ", "en": "Political body"},
        "unit": {"sv": "Förvaltning eller enhet", "en": "Administration or unit"},
        "role": {"sv": "Tjänst", "en": "Post"},
        "network": {"sv": "Nätverk", "en": "Network"},
        "subnetwork": {"sv": "Del av ett nätverk", "en": "Part of a network"},
        "un-agency": {"sv": "FN-organ", "en": "UN agency"},
    },
    ("goals", "kind"): {
        "aim": {"sv": "Mål", "en": "Aim"},
        "framework": {"sv": "Ramverk", "en": "Framework"},
    },
    ("figures", "counts"): {
        "cities": {"sv": "Städer", "en": "Cities"},
        "countries": {"sv": "Länder", "en": "Countries"},
    },
    ("sources", "role"): {
        "primary": {"sv": "Förstahandskälla", "en": "Primary source"},
        "secondary": {"sv": "Andrahandskälla", "en": "Secondary source"},
    },
    ("sources", "language"): {
        "sv": {"sv": "Svenska", "en": "Swedish"},
        "en": {"sv": "Engelska", "en": "English"},
    },
}
