"""The words of the pages every record gets (uccn.show.recordview), in Swedish and English;
merged into uccn.show.labels.LABELS."""
from __future__ import annotations

RECORD_LABELS: dict[str, dict[str, str]] = {
    # record_lead_<collection>: what the record is, in one plain sentence, first on its page.
    "record_lead_organisations": {"sv": "En organisation som källorna om samarbetet nämner.",
                                  "en": "An organisation that the sources on the cooperation name."},
    "record_lead_organisations_party": {"sv": "En av de två parterna i samarbetet.",
                                        "en": "One of the two parties to the cooperation."},
    "record_lead_people": {"sv": "En person som källorna om samarbetet nämner.",
                           "en": "A person whom the sources on the cooperation name."},
    "record_lead_agreements": {
        "sv": "Ett avtal eller en överenskommelse om samarbetet kring UNESCO Creative Cities Network (UCCN).",
        "en": "An agreement about the cooperation in the UNESCO Creative Cities Network (UCCN).",
    },
    "record_lead_agreements_proposed": {
        "sv": "Ett förslag till avtal om samarbetet kring UNESCO Creative Cities Network (UCCN). Ett förslag är inte ett avtal.",
        "en": "A proposed agreement about the cooperation in the UNESCO Creative Cities Network (UCCN). A proposal is not an agreement.",
    },
    "record_lead_commitments": {
        "sv": "Vad {party} enligt källan ska bidra med till samarbetet, eller föreslås bidra med: {kind}. "
              "Statusen nedan säger vilket.",
        "en": "What {party} is to contribute to the cooperation according to the source, or is proposed to "
              "contribute: {kind}. The status below says which.",
    },
    "record_lead_goals": {"sv": "Ett mål eller ramverk som källorna om samarbetet nämner.",
                          "en": "An aim or framework that the sources on the cooperation name."},
    "record_lead_events": {"sv": "En händelse i samarbetets tidslinje.", "en": "An event in the cooperation's timeline."},
    "record_lead_figures": {"sv": "En siffra om nätverket, så som källan anger den.",
                            "en": "A figure about the network, as the source gives it."},
    "record_lead_sources": {
        "sv": "En källa som uppgifterna på webbplatsen bygger på. Källans text är inte sparad här; var den finns står nedan.",
        "en": "A source that the site's facts rest on. Its text is not stored here; where it is, is given below.",
    },
    "record_back_sources": {"sv": "← Alla källor", "en": "← All sources"},
    "record_lead_glossary": {"sv": "Ett ord eller en förkortning i ordlistan.",
                             "en": "A word or an abbreviation in the glossary."},
    # record_back_<page>: the link from a record's page to the page that lists its kind.
    "record_back_parties": {"sv": "← Parterna och andra organisationer", "en": "← The parties and other organisations"},
    "record_back_agreements": {"sv": "← Avtalen", "en": "← The agreements"},
    "record_back_commitments": {"sv": "← Alla åtaganden", "en": "← All commitments"},
    "record_back_goals": {"sv": "← Mål och ramverk", "en": "← Aims and frameworks"},
    "record_back_timeline": {"sv": "← Tidslinjen", "en": "← The timeline"},
    "record_back_start": {"sv": "← Startsidan", "en": "← Home"},
    "record_back_glossary": {"sv": "← Ordlistan", "en": "← The glossary"},
    # records_<collection>: a kind of record in the plural, as a heading.
    "records_sources": {"sv": "Källor", "en": "Sources"},
    "records_organisations": {"sv": "Organisationer", "en": "Organisations"},
    "records_people": {"sv": "Personer", "en": "People"},
    "records_decisions": {"sv": "Beslut och förslag", "en": "Decisions and proposals"},
    "records_agreements": {"sv": "Avtal", "en": "Agreements"},
    "records_commitments": {"sv": "Åtaganden", "en": "Commitments"},
    "records_goals": {"sv": "Mål och ramverk", "en": "Aims and frameworks"},
    "records_events": {"sv": "Händelser", "en": "Events"},
    "records_figures": {"sv": "Siffror", "en": "Figures"},
    "records_glossary": {"sv": "Ord i ordlistan", "en": "Glossary entries"},
    "record_facts": {"sv": "Uppgifter och belägg", "en": "Facts and evidence"},
    "named_by_heading": {"sv": "Det här nämns i", "en": "Named in"},
    "named_by_none": {"sv": "Ingen annan post i datan hänvisar hit.", "en": "No other record in the data refers to this."},
    "named_by_field": {"sv": "fält: {field}", "en": "field: {field}"},
    "named_by_source": {"sv": "källa", "en": "source"},
    "named_by_sources": {"sv": "en av källorna", "en": "one of the sources"},
    "named_by_more": {"sv": "{shown} av {count} visas här. Alla finns på sidan", "en": "{shown} of {count} are shown here. All are on the page"},
    "yes": {"sv": "Ja", "en": "Yes"},
    "printed": {"sv": "Utskriven", "en": "Printed"},
    # evidence_same_<kind>: where a piece of evidence shown above also backs this fact.
    "evidence_same_quote": {"sv": "Samma citat som ovan", "en": "The same quote as above"},
    "evidence_same_interpretation": {"sv": "Samma tolkning som ovan", "en": "The same interpretation as above"},
    "evidence_same_outside": {"sv": "Samma källa som ovan", "en": "The same source as above"},
    "uncommitted": {"sv": "Ändrad, inte incheckad", "en": "Changed, not committed"},
    "change_uncommitted_new": {"sv": "Ny post, inte incheckad än", "en": "A new record, not committed yet"},
    "feed_draft": {"sv": "Utkast, inte incheckat", "en": "Draft, not committed"},
    "cite_changed": {"sv": "Senast ändrad {date}", "en": "Last changed {date}"},
    "back_to_claim": {"sv": "← Tillbaka till uppgiften", "en": "← Back to the fact"},
    "appeal_heading": {"sv": "Överklagande", "en": "Appeals"},
    "appeal_see_below": {"sv": "Se Överklagande nedan", "en": "See Appeals below"},
    "appeal_how": {
        "sv": "Den som är medlem i kommunen kan överklaga kommunens beslut genom laglighetsprövning hos "
              "förvaltningsrätten (kommunallagen, 13 kapitlet); för ett beslut av regionen gäller det regionens "
              "medlemmar. Överklagandet ska vara skriftligt, ange vilket beslut det gäller och varför beslutet "
              "strider mot lag, och ha kommit in inom tre veckor från den dag då det tillkännagavs på anslagstavlan "
              "att protokollet justerats. Domstolen prövar bara om beslutet är lagligt, inte om det är lämpligt.",
        "en": "A member of the municipality can appeal its decisions to the administrative court "
              "(laglighetsprövning, Local Government Act chapter 13); for a decision of the region, its members "
              "can. The appeal is made in writing, names the decision and why it breaks the law, and must arrive "
              "within three weeks of the day the notice board announced that the minutes were checked and signed. "
              "The court tries only whether the decision is lawful, not whether it is wise.",
    },
    "no": {"sv": "Nej", "en": "No"},
    "abbreviations_on_page": {"sv": "Förkortningar på sidan", "en": "Abbreviations on this page"},
    "report_heading": {"sv": "Rapportera ett fel", "en": "Report an error"},
    "report_link": {"sv": "Skriv en felrapport om den här posten", "en": "Write an error report about this record"},
    "report_how": {
        "sv": "Länken öppnar ett nytt ärende i webbplatsens arkiv på {forge}, med postens id, sidans adress och "
              "postens fält ifyllda. Du behöver ett konto där.",
        "en": "The link opens a new issue in the site's repository on {forge}, with the record's id, the page's "
              "address and the record's fields filled in. You need an account there.",
    },
    "report_title": {"sv": "Fel i {id}", "en": "Error in {id}"},
    "report_body": {
        "sv": "Post: {collection}/{id}\nSida: {address}\nFält: {fields}\n\nVad är fel, och vilken källa säger något annat?\n",
        "en": "Record: {collection}/{id}\nPage: {address}\nFields: {fields}\n\nWhat is wrong, and which source says otherwise?\n",
    },
}
