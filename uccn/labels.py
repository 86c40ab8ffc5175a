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
RECORD_FOLDERS = {"decisions": {"sv": "beslut", "en": "decisions"}, "sources": {"sv": "kallor", "en": "sources"}}

# Each paragraph of a stored source text has this anchor on the source's page, in both languages.
PARAGRAPH_ANCHOR = "stycke-{number}"

# What each fact field is called when the site says what a piece of evidence backs.
FIELDS = {
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
    "as_of": {"sv": "dag siffran gäller", "en": "date the figure holds for"},
    "publisher": {"sv": "utgivare", "en": "publisher"},
    "covers": {"sv": "period", "en": "period"},
    "signatories": {"sv": "undertecknare", "en": "signatories"},
    "recipients": {"sv": "mottagare", "en": "recipients"},
    "recipient_bodies": {"sv": "mottagande organ", "en": "receiving bodies"},
}

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
    "minutes_checked": {"sv": "Protokollet justerat", "en": "Minutes checked and signed"},
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
    "replaces_proposed": {"sv": "Föreslås ersätta", "en": "Proposed to replace"},
    "revises": {"sv": "Reviderar", "en": "Revises"},
    "revises_proposed": {"sv": "Föreslås revidera", "en": "Proposed to revise"},
    "body_or_proposer": {"sv": "Organ eller förslagsställare", "en": "Body or proposer"},
    "address": {"sv": "Adress", "en": "Address"},
    "retrieved": {"sv": "läst", "en": "read"},
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
    "secondary": {"sv": "Annan offentlig källa", "en": "Other public source"},
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
    "evidence_quote": {"sv": "Citat ur källan", "en": "Quote from the source"},
    "evidence_interpretation": {"sv": "Tolkning", "en": "Interpretation"},
    "evidence_outside": {"sv": "Kan inte kontrolleras här", "en": "Not verifiable on this site"},
    "evidence_backs": {"sv": "gäller", "en": "backs"},
    "evidence_translation": {"sv": "Översättning", "en": "Translation"},
    "evidence_paragraph": {"sv": "Stycke {number} i källan: {title}", "en": "Paragraph {number} of the source (in Swedish): {title}"},
    "evidence_outside_text": {
        "sv": "Uppgiften kommer från en källa vars text inte finns sparad på webbplatsen:",
        "en": "This comes from a source whose text is not stored on this site:",
    },
    "evidence_interpretation_text": {
        "sv": "Det här står inte ordagrant i källan. Så har vi läst den, och varför:",
        "en": "The source does not say this in so many words. This is how we read it, and why:",
    },
    "source_text": {"sv": "Läs källans text, stycke för stycke", "en": "Read the source’s text, paragraph by paragraph"},
    "source_text_lead": {
        "sv": "Källans text, ordagrant som i originalet, med radbrytningarna kvar. Varje stycke har ett nummer, så att citaten på webbplatsen kan länka till det.",
        "en": "The source’s text, word for word as in the original, with its line breaks. The source is in Swedish; it is shown as it is. Each paragraph has a number, so that the quotes on this site can link to it.",
    },
    "evidence_totals_caption": {"sv": "Vad uppgifterna på webbplatsen vilar på", "en": "What the facts on this site rest on"},
    "evidence_count": {"sv": "Antal uppgifter", "en": "Number of facts"},
    "evidence_kind": {"sv": "Belägg", "en": "Evidence"},
    "count_quote": {"sv": "Ordagrant citat ur källan, kontrollerat vid varje bygge", "en": "Verbatim quote from the source, checked on every build"},
    "count_self": {"sv": "Förslagspunkter som själva är ordagranna citat", "en": "Points of a proposal that are verbatim quotes themselves"},
    "count_interpretation": {"sv": "Tolkning, med skäl", "en": "Interpretation, with the reason"},
    "count_outside": {"sv": "Annan källa vars text inte finns sparad här", "en": "Another source whose text is not stored here"},
    "count_none": {"sv": "Utan belägg", "en": "Without evidence"},
    "abbreviations_in_text": {"sv": "Förkortningar i texten", "en": "Abbreviations in the text"},
    "source_details": {"sv": "Om källan", "en": "About the source"},
    "paragraph_number": {"sv": "Stycke {number}", "en": "Paragraph {number}"},
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
