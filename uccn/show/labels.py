"""Interface text in Swedish and English: what the site's own pages and views say.

Kept apart from the data: editors change `data/`, developers change these. The words for
the data's own names (fields, statuses, kinds, questions) are in uccn.records.vocabulary; where
each page lives, in uccn.base.published.
"""
from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "all_decisions": {"sv": "← Alla beslut och förslag", "en": "← All decisions and proposals"},
    # lead_<kind>: chosen by the record's kind in templates/decision_page.html.
    "lead_decision": {
        "sv": "Ett beslut i samarbetet kring UNESCO Creative Cities Network (UCCN).",
        "en": "A decision about the cooperation in the UNESCO Creative Cities Network (UCCN).",
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
        "sv": "Kan inte räknas ut: källan anger varken när sammanträdet hölls eller när protokollet anslogs",
        "en": "Cannot be worked out: the source gives neither the meeting's date nor when the minutes were announced",
    },
    "appeal_latest": {"sv": "Tiden att överklaga gick ut senast", "en": "The time to appeal ended at the latest on"},
    "calendar_name": {"sv": "UCCN-samarbetet: sista dagar", "en": "The UCCN cooperation: deadlines"},
    "calendar_description": {
        "sv": "Sista dag att överklaga besluten, uträknad av webbplatsen (tre veckor från anslaget; varje händelse "
              "säger hur), och slutet på åtagandenas perioder, så exakt som källorna anger dem. En period som källan "
              "bara anger med år omfattar hela året: källan anger ingen dag.",
        "en": "The last day to appeal the decisions, worked out by the site (three weeks from the posting; each event "
              "says how), and the end of the commitments' periods, as precisely as the sources give them. A period "
              "the source gives only as a year covers the whole year: the source gives no day.",
    },
    "calendar_appeal": {"sv": "Sista dag att överklaga {ref}", "en": "Last day to appeal {ref}"},
    "calendar_appeal_latest": {"sv": "Senaste möjliga dag att överklaga {ref} (uträknad)",
                               "en": "Latest possible day to appeal {ref} (worked out)"},
    "calendar_appeal_exact_how": {
        "sv": "Tre veckor från dagen då protokollets justering anslogs, flyttat till nästa vardag (kommunallagen).",
        "en": "Three weeks from the day the minutes' approval was announced, moved to the next weekday (the Local Government Act).",
    },
    "calendar_period_end": {"sv": "Perioden slutar: {name}", "en": "The period ends: {name}"},
    "calendar_product": {"sv": "Kalender", "en": "Calendar"},
    "calendar_period_end_read": {
        "sv": "Källan anger ingen period för åtagandet. Att den slutar {date} är vår tolkning; skälet står på sidan.",
        "en": "The source gives no period for the commitment. That it ends on {date} is our reading; the reason is on the page.",
    },
    "calendar_period_end_day": {"sv": "Den sista dagen som källan anger.", "en": "The last day the source gives."},
    "delivery": {"sv": "Blev det av", "en": "Carried out"},
    "record_json": {"sv": "Uppgifterna om posten som öppna data (JSON)", "en": "The record's data as open data (JSON)"},
    "open_questions_page": {"sv": "Öppna frågor", "en": "Open questions"},
    "delivery_not_stated": {
        "sv": "Anges inte i källan. Frågan står under {party} på sidan",
        "en": "Not stated in the source. The question is listed under {party} on the page",
    },
    "delivery_caption": {"sv": "Blev åtagandena av? Antal per svar, för åtaganden vars period har slutat",
                         "en": "Were the commitments carried out? Number per answer, for commitments whose period has ended"},
    "delivery_answer": {"sv": "Svar", "en": "Answer"},
    "delivery_count": {"sv": "Antal åtaganden", "en": "Number of commitments"},
    "calendar_link": {"sv": "Kalender med sista dagar (iCalendar)", "en": "Calendar of deadlines (iCalendar)"},
    "appeal_latest_how": {
        "sv": "Uträknat, inte angivet i källan: sammanträdet hölls {held}, och räkningen utgår från den sista dag det "
              "kan ha varit, och från att kommunen höll lagens tidsfrister: protokollet ska justeras inom 14 dagar "
              "och justeringen tillkännages på anslagstavlan inom 2 dagar efter det, och ett överklagande ska komma in inom 3 veckor från anslaget "
              "(kommunallagen). En sista dag på en lördag, söndag eller helgdag flyttas till nästa vardag.",
        "en": "Worked out, not given in the source: the meeting was held {held}, and the count starts from the "
              "last day it can have been, and from the municipality keeping the time limits of the law: the minutes "
              "are checked and signed within 14 days and this is announced within 2 days after that, and an appeal must arrive within "
              "3 weeks of the announcement (Local Government Act). A last day on a Saturday, Sunday or public "
              "holiday moves to the next weekday.",
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
    "on_day": {"sv": "den {date}", "en": "on {date}"},
    "in_month": {"sv": "i {date}", "en": "in {date}"},
    "per_year": {"sv": "per år", "en": "a year"},
    "replaces": {"sv": "Ersätter", "en": "Replaces"},
    "replaces_proposed": {"sv": "Föreslås ersätta", "en": "Proposed to replace"},
    "revises": {"sv": "Reviderar", "en": "Revises"},
    "revises_proposed": {"sv": "Föreslås revidera", "en": "Proposed to revise"},
    "body_or_proposer": {"sv": "Organ eller förslagsställare", "en": "Body or proposer"},
    "address": {"sv": "Adress", "en": "Address"},
    "retrieved": {"sv": "läst", "en": "read"},
    "approved_in": {"sv": "Godkänt genom", "en": "Approved by"},
    "approved_by": {"sv": "godkänt av {party} genom {ref}", "en": "approved by {party} through {ref}"},
    "proposed_in": {"sv": "Föreslaget i", "en": "Proposed in"},
    "rests_on": {"sv": "Vilar på", "en": "Rests on"},
    "agreement": {"sv": "Avtal", "en": "Agreement"},
    "superseded_by_proposed": {"sv": "Föreslås ersättas av", "en": "Proposed to be replaced by"},
    "superseded_by": {"sv": "Ersatt av", "en": "Replaced by"},
    "as_of": {"sv": "Gäller", "en": "As of"},
    "as_of_unknown": {"sv": "Dag anges inte i källan", "en": "Date not stated in the source"},
    "people": {"sv": "Personer i källan", "en": "People in the source"},
    "other_organisations": {"sv": "Andra organisationer i källorna", "en": "Other organisations in the sources"},
    "organisation": {"sv": "Organisation", "en": "Organisation"},
    "signed_by": {"sv": "Undertecknad av", "en": "Signed by"},
    "sent_to": {"sv": "Utdrag till", "en": "Extract sent to"},
    "publisher": {"sv": "Utgivare", "en": "Publisher"},
    "covers": {"sv": "Gäller perioden", "en": "Concerns the period"},
    "primary": {"sv": "Huvudkälla", "en": "Primary source"},
    "secondary": {"sv": "Annan offentlig källa", "en": "Other public source"},
    "undated": {"sv": "Odaterad", "en": "Undated"},
    "after_event": {"sv": "Efter", "en": "After"},
    "our_reading": {"sv": "vår tolkning", "en": "our interpretation"},
    "undated_events": {"sv": "Händelser som källan inte daterar", "en": "Events the source does not date"},
    "undated_events_text": {
        "sv": "Källan säger inte när de här händelserna skedde, bara vad de kom efter. Därför står de inte i tidsordningen ovan.",
        "en": "The source does not say when these events took place, only what they followed. So they are not placed in the time order above.",
    },
    "date_not_stated": {"sv": "Tidpunkt anges inte i källan", "en": "Time not stated in the source"},
    "aims": {"sv": "Mål för arbetet", "en": "Aims of the work"},
    "frameworks": {"sv": "Ramverk", "en": "Frameworks"},
    "change": {"sv": "Förändring", "en": "Change"},
    "standing_caption": {"sv": "Vem har beslutat eller föreslagit vad, enligt källorna: {title}",
                         "en": "Who decided or proposed what, according to the sources: {title}"},
    "questions_none_holder": {"sv": "Källorna anger inte vem som har svaret", "en": "The sources do not say who holds the answer"},
    "questions_about": {"sv": "Gäller", "en": "About"},
    "questions_request": {"sv": "Begäran att kopiera", "en": "A request to copy"},
    "questions_request_note": {
        "sv": "Kopiera texten och skicka den till {party}. Källorna anger ingen adress. Kommunens och regionens registratur tar emot sådana frågor.",
        "en": "Copy the text and send it to {party}. The sources give no address; the registry (registratur) of the municipality or the Region receives such requests. The request is in Swedish, the language the authorities work in; you may also write in English.",
    },
    "questions_count": {"sv": "{count} frågor", "en": "{count} questions"},
    "questions_count_one": {"sv": "1 fråga", "en": "1 question"},
    "questions_more": {
        "sv": "Fler frågor av samma slag, som inte listas här en och en:",
        "en": "More questions of the same kind, not listed here one by one:",
    },
    "questions_more_count": {"sv": "{count} till", "en": "{count} more"},
    "questions_more_where": {
        "sv": "Du hittar alla i öppna data. Där är de uppgifter som källan inte anger tomma:",
        "en": "You can find them all in the open data, where what the source does not state is left empty:",
    },
    "open_data": {"sv": "Öppna data", "en": "Open data"},
    "chart_working_time": {"sv": "Arbetstid per part i varje version av avtalet", "en": "Working time per party in each version of the agreement"},
    "chart_working_time_caption": {
        "sv": "Andel arbetstid per part i varje version av avtalet. Där källan inte anger någon andel står det ”Anges inte i källan”. Tabellen ovan har samma siffror år för år.",
        "en": "Share of working time per party in each version of the agreement. Where the source gives no share, it says “Not stated in the source”. The table above has the same figures year by year.",
    },
    "chart_money": {"sv": "Pengar per år och part i varje version av avtalet", "en": "Money a year per party in each version of the agreement"},
    "chart_money_caption": {
        "sv": "Kronor per år och part i varje version av avtalet. Där källan inte anger något belopp står det ”Anges inte i källan”. Tabellen ovan har samma siffror år för år.",
        "en": "Swedish kronor a year per party in each version of the agreement. Where the source gives no amount, it says “Not stated in the source”. The table above has the same figures year by year.",
    },
    "chart_cities": {"sv": "Antal städer i UCCN över tid", "en": "Number of cities in the UCCN over time"},
    "chart_cities_series": {"sv": "Städer i UCCN", "en": "Cities in the UCCN"},
    "chart_cities_caption": {
        "sv": "Varje stapel gäller den dag som står över den. Där det står tolkning anger källan ingen dag; skälet och källorna står i tabellen nedan.",
        "en": "Each bar holds for the date above it. Where it says interpretation, the source gives no date; the reason and the sources are in the table below.",
    },
    "cite_heading": {"sv": "Så citerar du", "en": "How to cite this"},
    "cite_source": {"sv": "Källa", "en": "Source"},
    "cite_read": {"sv": "Skriv också vilken dag du läste sidan.", "en": "Also give the day you read the page."},
    "cite_title": {"sv": "”{title}”", "en": "“{title}”"},
    "feed_title_party": {"sv": "UCCN-samarbetet: nya och ändrade uppgifter om {party}",
                         "en": "The UCCN cooperation: new and changed records about {party}"},
    # The publisher, its contact and the data's licence (uccn.read.publisher; templates/publisher.html).
    "publisher_is": {"sv": "Webbplatsen och datan ges ut av {name}.", "en": "The site and the data are published by {name}."},
    "publisher_email": {"sv": "Du når utgivaren på e-post:", "en": "You can reach the publisher by email:"},
    "publisher_form": {"sv": "Du når utgivaren genom formuläret på", "en": "You can reach the publisher through the form at"},
    "publisher_issues": {
        "sv": "Utgivaren har inte angett någon e-postadress. Du når utgivaren genom att skriva ett nytt ärende i",
        "en": "The publisher has not given an email address. You can reach the publisher by writing a new issue in",
    },
    "publisher_issues_link": {"sv": "projektets ärendelista", "en": "the project's issue tracker"},
    "publisher_none": {
        "sv": "Utgivaren har ännu inte angett någon kontakt, och ingen ärendelista är angiven.",
        "en": "The publisher has not yet given a contact, and no issue tracker is set.",
    },
    "licence_data": {
        "sv": "Den sammanställda datan och beskrivningen av den får användas fritt enligt",
        "en": "The compiled data and its description may be used freely under",
    },
    "licence_choice": {"sv": "Det är webbplatsens eget val.", "en": "That is the site's own choice."},
    "licence_law": {
        "sv": "Myndigheters beslut är inte skyddade av upphovsrätt (9 § upphovsrättslagen, 1960:729). Utdrag ur "
              "andra texter, som webbsidor, citeras med stöd av 22 § samma lag och med sin adress; de omfattas "
              "inte av licensen.",
        "en": "Decisions of authorities are not protected by copyright (section 9 of the Swedish Copyright Act, "
              "1960:729). Excerpts of other texts, such as web pages, are quoted under section 22 of the same "
              "act, with their address; the licence does not cover them.",
    },
    "releases_none": {
        "sv": "Det finns inga daterade versioner ännu. En version görs genom att märka en incheckning med en git-tagg "
              "som heter data- och dagens datum, till exempel data-2026-12-07.",
        "en": "There are no dated releases yet. A release is made by tagging a commit with a git tag named data- "
              "and the day's date, for example data-2026-12-07.",
    },
    "release_cite": {"sv": "Så citerar du den:", "en": "How to cite it:"},
    "release_data_only": {
        "sv": "bara datafilerna, eftersom datan inte klarar dagens kontroller,",
        "en": "only the data files, as the data does not pass today's checks,",
    },
    "release_citation": {"sv": "{publisher}. Öppna data om UCCN-samarbetet, version {tag}.",
                         "en": "{publisher}. Open data on the UCCN cooperation, release {tag}."},
    "table_file": {"sv": "Tabell", "en": "Table"},
    "table_contents": {"sv": "Innehåll", "en": "Contents"},
    "table_excel": {"sv": "För Excel", "en": "For Excel"},
    "feed_follow": {"sv": "Följ ändringar som rör {party} (Atom-flöde)", "en": "Follow changes about {party} (Atom feed)"},
    "feed_title": {"sv": "UCCN-samarbetet i Jämtland Härjedalen: nya och ändrade uppgifter",
                   "en": "The UCCN cooperation in Jämtland Härjedalen: new and changed records"},
    "history_heading": {"sv": "Ändringar på webbplatsen", "en": "Changes on this site"},
    "change_implausible_date": {
        "sv": "(Ändringens egen tidpunkt var orimlig, före ändringen innan, och används inte; dagen är den ändringens.)",
        "en": "(The change’s own date could not be right, before the change before it, and is not used; the day is that change’s.)",
    },
    "print_address": {"sv": "Sidans adress", "en": "This page's address"},
    "history_lead": {
        "sv": "Här står när webbplatsens uppgifter om posten lades in eller ändrades, inte när något hände i samarbetet.",
        "en": "When this site's details of the record were added or changed, not when anything happened in the cooperation.",
    },
    "last_changed": {"sv": "Uppgifterna ändrades senast", "en": "Details last changed"},
    "history_unavailable": {
        "sv": "Historiken går inte att visa: den här kopian av webbplatsen byggdes utan ändringshistorik.",
        "en": "The history cannot be shown: this copy of the site was built without its change history.",
    },
    "change_added": {"sv": "Uppgifterna lades in på webbplatsen", "en": "The details were added to this site"},
    "change_field": {"sv": "{field} ändrat", "en": "{field} changed"},
    "change_commit": {"sv": "ändringen", "en": "the change"},
    "standing_heading": {"sv": "Parternas beslut och förslag", "en": "The parties’ decisions and proposals"},
    "standing_decided": {"sv": "Beslutat", "en": "Decided"},
    "standing_proposed": {"sv": "Föreslaget", "en": "Proposed"},
    "standing_none": {"sv": "Inget beslut eller förslag i källorna", "en": "No decision or proposal in the sources"},
    "standing_row": {"sv": "Beslut och förslag som källorna visar", "en": "Decisions and proposals the sources show"},
    "total": {"sv": "Summa", "en": "Total"},
    "totals_caption": {
        "sv": "{kind} per part och år, enligt varje version av avtalet",
        "en": "{kind} per party and year, by each version of the agreement",
    },
    "current_caption": {"sv": "Det senaste som föreslagits eller beslutats för varje part, enligt källan", "en": "The latest proposed or decided for each party, according to the source"},
    "register_title": {"sv": "Beslut och förslag {year}", "en": "Decisions and proposals {year}"},
    "register_unknown_year": {"sv": "Utan årtal", "en": "No year"},
    "register_title_unknown": {"sv": "Beslut och förslag utan årtal i källan", "en": "Decisions and proposals with no year in the source"},
    "register_page_of": {"sv": "Sida {number} av {pages}", "en": "Page {number} of {pages}"},
    "register_lead": {
        "sv": "Beslut och förslag i samarbetet kring UNESCO Creative Cities Network (UCCN), ett år i taget. Varje rad leder till beslutets egen sida.",
        "en": "Decisions and proposals in the cooperation in the UNESCO Creative Cities Network (UCCN), one year at a time. Each row leads to the decision's own page.",
    },
    "register_years": {"sv": "Beslut per år", "en": "Decisions by year"},
    "register_filters": {"sv": "Visa bara", "en": "Show only"},
    "register_all": {"sv": "Alla", "en": "All"},
    "register_showing": {"sv": "Visar {first}–{last} av {total}.", "en": "Showing {first}–{last} of {total}."},
    "register_pages": {"sv": "Sidor", "en": "Pages"},
    "register_by_year_note": {
        "sv": "Beslut och förslag är många, så registret visas ett år i taget. Välj ett år ovan.",
        "en": "There are many decisions and proposals, so the register shows one year at a time. Choose a year above.",
    },
    "register_description": {
        "sv": "Beslut och förslag i samarbetet kring UCCN {year}: organ, datum, paragraf och status.",
        "en": "Decisions and proposals in the UCCN cooperation {year}: body, date, paragraph and status.",
    },
    "decision_register_caption": {"sv": "Beslut och förslag", "en": "Decisions and proposals"},
    "figures_caption": {"sv": "Antal städer i nätverket, med datum och källa", "en": "Number of cities in the network, with date and source"},
    "value": {"sv": "Antal", "en": "Number"},
    "evidence_quote": {"sv": "Citat ur källan", "en": "Quote from the source"},
    "evidence_interpretation": {"sv": "Tolkning", "en": "Interpretation"},
    "evidence_outside": {"sv": "Kan inte kontrolleras här", "en": "Not verifiable on this site"},
    "evidence_backs": {"sv": "gäller", "en": "backs"},
    "evidence_row": {"sv": "Belägg för raden ({count})", "en": "Evidence for this row ({count})"},
    "evidence_translation": {"sv": "Översättning", "en": "Translation"},
    # Before a source's title, which is shown as the name of a work (<cite>).
    "evidence_paragraph": {"sv": "Stycke {number} i källan:", "en": "Passage {number} of the source:"},
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
        "en": "The source’s text, word for word as in the original, with its line breaks. Each paragraph has a number, so that the quotes on this site can link to it.",
    },
    "source_excerpt_lead": {
        "sv": "Utdrag ur en webbsida: de stycken som uppgifterna på webbplatsen bygger på, ordagrant som på sidan när vi läste den. Varje stycke har ett nummer, så att citaten kan länka till det. Hela sidan finns på källans adress.",
        "en": "An excerpt of a web page: the passages the facts on this site rest on, word for word as on the page when we read it. Each paragraph has a number, so that the quotes can link to it. The whole page is at the source’s address.",
    },
    "source_language_sv": {"sv": "Källan är på svenska.", "en": "The source is in Swedish; it is shown as it is."},
    "source_language_en": {"sv": "Källan är på engelska; den visas som den är, och citaten har en översättning.", "en": "The source is in English."},
    "evidence_totals_caption": {"sv": "Vad uppgifterna på webbplatsen vilar på", "en": "What the facts on this site rest on"},
    "evidence_rules_caption": {"sv": "Vad ett citat måste innehålla, per slags uppgift", "en": "What a quote must hold, per kind of fact"},
    "evidence_rule": {"sv": "Regel", "en": "Rule"},
    "evidence_rule_asks": {"sv": "Citatet måste innehålla", "en": "The quote must hold"},
    "evidence_rule_fields": {"sv": "Fält", "en": "Fields"},
    "evidence_count": {"sv": "Antal uppgifter", "en": "Number of facts"},
    "evidence_kind": {"sv": "Belägg", "en": "Evidence"},
    "count_quote": {"sv": "Ordagrant citat ur källan, kontrollerat vid varje bygge", "en": "Verbatim quote from the source, checked on every build"},
    "count_self": {"sv": "Förslagspunkter som själva är ordagranna citat", "en": "Points of a proposal that are verbatim quotes themselves"},
    "count_interpretation": {"sv": "Tolkning, med skäl", "en": "Interpretation, with the reason"},
    "count_outside": {"sv": "Annan källa vars text inte finns sparad här", "en": "Another source whose text is not stored here"},
    "count_none": {"sv": "Utan belägg", "en": "Without evidence"},
    "abbreviations_in_text": {"sv": "Förkortningar i texten", "en": "Abbreviations in the text"},
    "source_details": {"sv": "Om källan", "en": "About the source"},
    "paragraph_number": {"sv": "Stycke {number}", "en": "Passage {number}"},
    "figure": {"sv": "Uppgift", "en": "Figure"},
}

from .recordlabels import RECORD_LABELS

LABELS |= RECORD_LABELS
