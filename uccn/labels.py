"""Interface text in Swedish and English, and the site's paths per language.

Kept apart from the data: editors change `data/`, developers change these.
"""
from __future__ import annotations

# Where each page lives, per language (directory URLs, relative to the language root).
PAGES = {
    "sources": {"sv": "kallor/", "en": "sources/"},
    "glossary": {"sv": "ordlista/", "en": "glossary/"},
    "parties": {"sv": "parter/", "en": "parties/"},
    "decisions": {"sv": "beslut/", "en": "decisions/"},
    "agreements": {"sv": "avtal/", "en": "agreements/"},
    "commitments": {"sv": "ataganden/", "en": "commitments/"},
    "timeline": {"sv": "tidslinje/", "en": "timeline/"},
}

# Generated record pages: collection -> folder under the language's docs dir.
RECORD_FOLDERS = {"decisions": {"sv": "beslut", "en": "decisions"}}

LABELS: dict[str, dict[str, str]] = {
    "all_decisions": {"sv": "← Alla beslut och förslag", "en": "← All decisions and proposals"},
    # lead_<kind>: chosen by the record's kind in templates/decision_page.html.
    "lead_decision": {
        "sv": "Ett beslut i samarbetet kring UNESCO Creative Cities Network (UCCN).",
        "en": "A decision in the cooperation in the UNESCO Creative Cities Network (UCCN).",
    },
    "lead_proposal": {
        "sv": "Ett förslag i samarbetet kring UNESCO Creative Cities Network (UCCN). Ett förslag är inte ett beslut.",
        "en": "A proposal in the cooperation in the UNESCO Creative Cities Network (UCCN). A proposal is not a decision.",
    },
    "not_stated": {"sv": "Anges inte i källan", "en": "Not stated in the source"},
    "source": {"sv": "Källa", "en": "Source"},
    "sources": {"sv": "Källor", "en": "Sources"},
    "body": {"sv": "Organ", "en": "Body"},
    "proposed_by": {"sv": "Förslag från", "en": "Proposed by"},
    "meeting_date": {"sv": "Sammanträde", "en": "Meeting"},
    "date": {"sv": "Datum", "en": "Date"},
    "paragraph": {"sv": "Paragraf", "en": "Paragraph"},
    "case_number": {"sv": "Diarienummer", "en": "Case number"},
    "status": {"sv": "Status", "en": "Status"},
    "outcome": {"sv": "Utfall", "en": "Outcome"},
    "minutes_checked": {"sv": "Protokollet justerat", "en": "Minutes approved"},
    "announced": {"sv": "Anslaget på anslagstavlan", "en": "Announced on the notice board"},
    "appeal_deadline": {"sv": "Sista dag att överklaga (laglighetsprövning)", "en": "Last day to appeal"},
    "appeal_unknown": {
        "sv": "Kan inte räknas ut: källan anger inte när protokollet anslogs",
        "en": "Cannot be worked out: the source does not say when the minutes were announced",
    },
    "concerns": {"sv": "Gäller", "en": "Concerns"},
    "period": {"sv": "Period", "en": "Period"},
    "points": {"sv": "Förslagets punkter", "en": "Points of the proposal"},
    "quote_note": {
        "sv": "Punkterna citeras ordagrant ur källan.",
        "en": "The points are translated from the Swedish source; the Swedish text is quoted word for word.",
    },
    "resting_commitments": {"sv": "Åtaganden som vilar på detta", "en": "Commitments resting on this"},
    "none": {"sv": "Inga", "en": "None"},
    "note": {"sv": "Att notera", "en": "Note"},
    "open_question": {"sv": "Oklart i källan", "en": "Left open by the source"},
    "kind": {"sv": "Typ", "en": "Kind"},
    "title": {"sv": "Rubrik", "en": "Title"},
    "party": {"sv": "Part", "en": "Party"},
    "year": {"sv": "År", "en": "Year"},
    "both_parties": {"sv": "Båda parterna", "en": "Both parties"},
    "of_full_time": {"sv": "av en heltid", "en": "of a full-time post"},
    "per_year": {"sv": "per år", "en": "a year"},
    "replaces": {"sv": "Ersätter", "en": "Replaces"},
    "approved_in": {"sv": "Godkänt genom", "en": "Approved by"},
    "proposed_in": {"sv": "Föreslaget i", "en": "Proposed in"},
    "rests_on": {"sv": "Vilar på", "en": "Rests on"},
    "agreement": {"sv": "Avtal", "en": "Agreement"},
    "superseded_by_proposed": {"sv": "Föreslås ersättas av", "en": "Proposed to be replaced by"},
    "superseded_by": {"sv": "Ersatt av", "en": "Replaced by"},
    "as_of": {"sv": "Gäller", "en": "As of"},
    "as_of_unknown": {"sv": "Dag anges inte i källan", "en": "Date not stated in the source"},
    "people": {"sv": "Personer i källan", "en": "People in the source"},
    "organisation": {"sv": "Organisation", "en": "Organisation"},
    "signed_by": {"sv": "Undertecknad av", "en": "Signed by"},
    "sent_to": {"sv": "Utdrag till", "en": "Extract sent to"},
    "publisher": {"sv": "Utgivare", "en": "Publisher"},
    "covers": {"sv": "Gäller perioden", "en": "Concerns the period"},
    "primary": {"sv": "Huvudkälla", "en": "Primary source"},
    "secondary": {"sv": "Offentlig källa för siffror som ändras", "en": "Public source for changing figures"},
    "undated": {"sv": "Odaterad", "en": "Undated"},
    "after_event": {"sv": "Efter", "en": "After"},
    "date_not_stated": {"sv": "Tidpunkt anges inte i källan", "en": "Time not stated in the source"},
    "aims": {"sv": "Mål för arbetet", "en": "Aims of the work"},
    "frameworks": {"sv": "Ramverk", "en": "Frameworks"},
    "change": {"sv": "Förändring", "en": "Change"},
    "total": {"sv": "Summa", "en": "Total"},
    "totals_caption": {
        "sv": "{kind} per part och år, enligt varje version av avtalet",
        "en": "{kind} per party and year, by each version of the agreement",
    },
    "current_caption": {"sv": "Det senaste varje part åtar sig, enligt källan", "en": "The latest each party commits to, according to the source"},
    "decision_register_caption": {"sv": "Beslut och förslag", "en": "Decisions and proposals"},
    "figures_caption": {"sv": "Antal städer i nätverket, med datum och källa", "en": "Number of cities in the network, with date and source"},
    "value": {"sv": "Antal", "en": "Number"},
    "figure": {"sv": "Uppgift", "en": "Figure"},
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

KINDS = {
    "decision": {"sv": "Beslut", "en": "Decision"},
    "proposal": {"sv": "Förslag", "en": "Proposal"},
    "working-time": {"sv": "Arbetstid", "en": "Working time"},
    "money": {"sv": "Pengar", "en": "Money"},
}
