"""Statuses from minutes wording, in every tense and voice, with negation.

The marked words are read as acts (`ACTS`: each act and the word forms that say
it, Swedish and English). A noun that names a proposal
("förslag") says "proposed" only where no verb says more. A proposal to do something is a proposal ("föreslår att
kommunstyrelsen godkänner" proposes); a decision to do something is that thing
("beslutar att godkänna" approves); a negated act is not that act ("godkändes
inte" does not approve, and is no decision; it backs status rejected). `STATUSES` says which acts back each status
value of the data; `read` gives the one act the words say.
"""
from __future__ import annotations

import functools
import re

from . import Unreadable
from ._words import words

ACTS: dict[str, tuple[str, ...]] = {
    "approve": ("godkänna", "godkänner", "godkände", "godkändes", "godkänts", "godkänt", "godkänd", "godkända",
                "godkännes", "godkänns", "godkännas", "bifalla", "bifaller", "biföll", "bifölls", "bifallit", "bifallits", "bifalls",
                "fastställa", "fastställer", "fastställde", "fastställdes", "fastställt", "fastställts", "fastställd",
                "fastställs", "approve", "approves", "approved", "approving", "endorse", "endorses", "endorsed"),
    "decide": ("besluta", "beslutar", "beslutade", "beslutades", "beslutat", "beslutats", "beslöt", "beslöts",
               "beslutas", "decide", "decides", "decided", "resolve", "resolves", "resolved"),
    "adopt": ("anta", "antar", "antog", "antogs", "antagit", "antagits", "antagen", "antaget", "antagna", "antas",
              "adopt", "adopts", "adopted"),
    "reject": ("avslå", "avslår", "avslog", "avslogs", "avslagit", "avslagits", "avslås", "avslaget", "avslag",
               "underkänna", "underkänner", "underkände", "underkändes", "underkänt", "reject", "rejects", "rejected",
               "turn down", "turns down", "turned down", "decline", "declines", "declined"),
    "postpone": ("bordlägga", "bordlägger", "bordlade", "bordlades", "bordlagt", "bordläggs", "skjuter upp", "sköt upp",
                 "sköts upp", "skjuts upp", "uppskjuten", "postpone", "postpones", "postponed", "defer", "defers",
                 "deferred", "table", "tables", "tabled"),
    "withdraw": ("dra tillbaka", "drar tillbaka", "drog tillbaka", "drogs tillbaka", "dras tillbaka", "återkalla",
                 "återkallar", "återkallade", "återkallades", "withdraw", "withdraws", "withdrew", "withdrawn",
                 "revoke", "revokes"),
    "refer-back": ("återremittera", "återremitterar", "återremitterade", "återremitterades", "återremitterat",
                   "återremiss", "refer back", "referred back", "refers back"),
    "propose": ("föreslå", "föreslår", "föreslog", "föreslogs", "föreslås", "föreslagit", "föreslagits", "föreslaget",
                "skrivits fram", "skrevs fram", "skriver fram", "skrivit fram", "lagt fram", "lades fram",
                "propose", "proposes", "proposed", "drafted", "put forward"),
    "repeal": ("upphäva", "upphäver", "upphävde", "upphävdes", "upphävt", "upphävts", "upphävs", "repeal", "repeals",
               "repealed", "revoked"),
    "replace": ("ersätta", "ersätter", "ersatte", "ersattes", "ersatt", "ersatts", "ersätts", "replace", "replaces",
                "replaced", "supersede", "supersedes", "superseded"),
    "sign": ("teckna", "tecknar", "tecknade", "tecknades", "tecknat", "tecknats", "tecknas", "underteckna",
             "undertecknar", "undertecknade", "undertecknades", "undertecknat", "sign", "signs", "signed"),
    "carry-out": ("genomföra", "genomför", "genomförde", "genomfördes", "genomfört", "genomförts", "uppfylla",
                  "uppfyller", "uppfyllde", "uppfylldes", "uppfyllt", "uppfyllts", "levererat", "levererades",
                  "met", "delivered", "fulfilled", "carried out", "completed"),
    "in-part": ("delvis", "partly", "partially", "in part"),
}
# Nouns that name a proposal: they say "proposed" only where no verb says what became of it
# ("Regiondirektörens förslag" proposes; "beslutar att godkänna förslaget" approves).
PROPOSAL_NOUNS = ("förslag", "förslaget", "förslagen", "förslagets", "avtalsförslag", "avtalsförslaget", "proposal",
                  "proposals", "draft")
NEGATIONS = ("inte", "ej", "icke", "aldrig", "vägrar", "vägrade", "not", "never", "no", "failed", "fails", "refused",
             "refuses", "declined")
# A negated act, as what it amounts to: "godkändes inte" leaves the matter not approved (status rejected),
# but it is no decision taken (status decided asks for one).
NEGATED = {"carry-out": "not-carried-out"}
# The acts that back each status value of the data.
STATUSES: dict[str, tuple[str, ...]] = {
    "decided": ("approve", "decide", "adopt", "reject", "refer-back", "postpone", "withdraw", "repeal", "replace"),
    "approved": ("approve", "adopt"),
    "adopted": ("adopt", "approve"),
    "proposed": ("propose",),
    "rejected": ("reject", "not-approve", "not-adopt"),
    "signed": ("sign",),
    "superseded": ("replace", "repeal"),
    "met": ("carry-out",),
    "partly": ("in-part",),
    "not-met": ("not-carried-out",),
}
# When the words hold several acts, the one that says what happened: a proposal to approve proposes,
# a decision to approve approves, work carried out in part is partly carried out.
_PRECEDENCE = ("propose", "in-part", "not-carried-out", "not-approve", "not-adopt", "reject", "withdraw", "postpone", "refer-back", "repeal", "replace", "adopt", "approve",
               "sign", "carry-out", "decide")


_ACT_OF = {form: act for act, forms in ACTS.items() for form in forms}
_FORMS = re.compile(r"(?<![^\W_])(?:" + "|".join(map(re.escape, sorted(_ACT_OF, key=len, reverse=True))) + r")(?![^\W_])")


@functools.lru_cache(maxsize=8192)
def _acts(text: str) -> tuple[str, ...]:
    """Each act the words say, in order; a negated one as what it amounts to (remembered per text)."""
    folded = " ".join(words(text))
    found = []
    for m in _FORMS.finditer(folded):
        act = _ACT_OF[m.group(0)]
        negated = any(n in NEGATIONS for n in folded[m.end():].split()[:2] + folded[: m.start()].split()[-2:])
        found.append(NEGATED.get(act, f"not-{act}") if negated else act)
    return tuple(found)


def read(text: str, context: object = None) -> str:
    """The act the words say (approve, propose, reject, …)."""
    acts = _acts(text)
    for act in _PRECEDENCE:
        if act in acts:
            return act
    if any(w in PROPOSAL_NOUNS for w in words(text)):
        if isinstance(context, str) and _acts(context):  # the quote's verb says what became of the proposal
            raise Unreadable("orden är ett förslags namn, men citatet säger med ett verb vad som hände med det; "
                             "markera verbet (till exempel godkändes)",
                             "the words name a proposal, but the quote's verb says what became of it; mark the verb")
        return "propose"
    if acts:  # only negated acts that amount to none ("föreslogs inte")
        raise Unreadable(f"orden säger att något inte skedde ({acts[0]}); det är ingen status",
                         f"the words say something did not happen ({acts[0]}); that is no status")
    raise Unreadable("orden säger ingen status (t.ex. godkändes, beslutar att godkänna, föreslås, avslogs)",
                     "the words say no status (e.g. approved, decides to approve, is proposed, was rejected)")


# How a message names an act: in Swedish, then English.
ACT_WORDS = {"approve": ("godkänner", "approves"), "decide": ("beslutar", "decides"), "adopt": ("antar", "adopts"),
             "reject": ("avslår", "rejects"), "refer-back": ("återremitterar", "refers back"),
             "postpone": ("bordlägger", "postpones"), "withdraw": ("drar tillbaka", "withdraws"),
             "propose": ("föreslår", "proposes"), "repeal": ("upphäver", "repeals"), "replace": ("ersätter", "replaces"),
             "sign": ("tecknar", "signs"), "carry-out": ("genomförs", "is carried out"), "in-part": ("delvis", "in part"),
             "not-carried-out": ("genomförs inte", "is not carried out"), "not-approve": ("godkänns inte", "is not approved"),
             "not-adopt": ("antas inte", "is not adopted")}


def agrees(reading: str, value: str) -> tuple[str, str] | None:
    if reading in STATUSES.get(value, ()):
        return None
    sv, en = ACT_WORDS.get(reading, (reading, reading))
    fits = ", ".join(statuses_of(reading)) or "ingen"
    return f"”{sv}”, som passar status {fits}", f"“{en}”, which fits status {fits}"


_ADJECTIVE = re.compile(r"\bproposed(?=\s+(?!by\b|to\b|that\b|in\b|on\b|as\b)[^\W\d_])", re.IGNORECASE)


# Acts a text may say for one another: an approval is an adoption ("antogs" for "godkändes").
FAMILY = {"adopt": "approve"}


@functools.lru_cache(maxsize=8192)
def text_acts(text: str) -> frozenset[str]:
    """The acts a title or a translation says: its verbs ("godkänner", "was rejected"), or a proposal
    where a noun is all it has ("(förslag)"). "The proposed agreement" proposes nothing."""
    acts = {FAMILY.get(a, a) for a in _acts(_ADJECTIVE.sub("", text))}
    if not acts and any(w in PROPOSAL_NOUNS for w in words(text)):
        acts.add("propose")
    return frozenset(acts)


@functools.lru_cache(maxsize=8192)
def all_acts(text: str) -> frozenset[str]:
    """Every act a text says, a proposal named by a noun among them ("förslag": propose)."""
    acts = {FAMILY.get(a, a) for a in _acts(text)}
    if any(w in PROPOSAL_NOUNS for w in words(text)):
        acts.add("propose")
    return frozenset(acts)


def statuses_of(act: str) -> list[str]:
    """The status values an act backs, for a message."""
    return [status for status, acts in STATUSES.items() if act in acts]
