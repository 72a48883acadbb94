"""US states as news text writes them: full names ("Florida"), the
abbreviations of AP style ("Fla."), and postal codes in party tags
("R-FL"). A description that names a state ("the Florida senator") cannot be
a politician whose party tag gives another state ("Sen. Joni Ernst,
R-Iowa"); this module says which state a word or a tag names."""

from __future__ import annotations

import re
from itertools import pairwise

# full name: AP abbreviation, postal code
_STATES = {
    "alabama": ("ala", "al"), "alaska": ("alaska", "ak"), "arizona": ("ariz", "az"),
    "arkansas": ("ark", "ar"), "california": ("calif", "ca"), "colorado": ("colo", "co"),
    "connecticut": ("conn", "ct"), "delaware": ("del", "de"), "florida": ("fla", "fl"),
    "georgia": ("ga", "ga"), "hawaii": ("hawaii", "hi"), "idaho": ("idaho", "id"),
    "illinois": ("ill", "il"), "indiana": ("ind", "in"), "iowa": ("iowa", "ia"),
    "kansas": ("kan", "ks"), "kentucky": ("ky", "ky"), "louisiana": ("la", "la"),
    "maine": ("maine", "me"), "maryland": ("md", "md"), "massachusetts": ("mass", "ma"),
    "michigan": ("mich", "mi"), "minnesota": ("minn", "mn"), "mississippi": ("miss", "ms"),
    "missouri": ("mo", "mo"), "montana": ("mont", "mt"), "nebraska": ("neb", "ne"),
    "nevada": ("nev", "nv"), "new hampshire": ("n.h", "nh"), "new jersey": ("n.j", "nj"),
    "new mexico": ("n.m", "nm"), "new york": ("n.y", "ny"), "north carolina": ("n.c", "nc"),
    "north dakota": ("n.d", "nd"), "ohio": ("ohio", "oh"), "oklahoma": ("okla", "ok"),
    "oregon": ("ore", "or"), "pennsylvania": ("pa", "pa"), "rhode island": ("r.i", "ri"),
    "south carolina": ("s.c", "sc"), "south dakota": ("s.d", "sd"),
    "tennessee": ("tenn", "tn"), "texas": ("tex", "tx"), "utah": ("utah", "ut"),
    "vermont": ("vt", "vt"), "virginia": ("va", "va"), "washington": ("wash", "wa"),
    "west virginia": ("w.va", "wv"), "wisconsin": ("wis", "wi"), "wyoming": ("wyo", "wy"),
}
_BY_FORM: dict[str, str] = {}
for _name, (_abbreviation, _postal) in _STATES.items():
    _BY_FORM[_name] = _BY_FORM[_abbreviation] = _BY_FORM[_postal] = _name

# a party tag after a name: "(R-Iowa)", ", D-N.Y.,", "(R-SC)", ", I-Vt."
PARTY_TAG = re.compile(r"[RDI]-([A-Z][A-Za-z.]*)")
# where a tag or "of STATE" stands right after a name
_AFTER_NAME = re.compile(
    r"\s*(?:,\s*|\(\s*)[RDI]-(?P<tag>[A-Z][A-Za-z.]*)"
    r"|\s+of\s+(?P<of>[A-Z][a-z]+(?: [A-Z][a-z]+)?)")


def state_named(form: str) -> str | None:
    """The state a word or abbreviation names ("Fla." -> "florida")."""
    return _BY_FORM.get(form.casefold().rstrip("."))


def is_party_tag(word: str) -> bool:
    """Is ``word`` a party tag ("R-Iowa", "D-N.Y."), which names no one?"""
    found = PARTY_TAG.fullmatch(word.rstrip(","))
    return found is not None and state_named(found.group(1)) is not None


def state_after_name(text: str, end: int) -> str | None:
    """The state a party tag or an "of" phrase gives right after a name
    ending at ``end`` ("Sen. Joni Ernst, R-Iowa", "Sanders of Vermont")."""
    found = _AFTER_NAME.match(text, end, min(len(text), end + 40))
    if found is None:
        return None
    return state_named(found.group("tag") or found.group("of"))


def states_in(words: list[str]) -> set[str]:
    """The states a description's words name ("the new york senator")."""
    found = {w for w in words if w in _STATES}
    found |= {f"{a} {b}" for a, b in pairwise(words) if f"{a} {b}" in _STATES}
    return found


# party nouns that a state turns into a description of a person
PARTY_NOUNS = frozenset("republican democrat".split())


def is_state_party_description(words: list[str]) -> bool:
    """Do these words, after any article, describe a politician by state
    and party ("the Wisconsin Republican", "an Iowa Democrat")? They read
    like a name but are a description."""
    lows = [w.casefold().strip(",.") for w in words]
    while lows and lows[0] in ("the", "a", "an", "one", "another"):
        lows = lows[1:]
    return len(lows) >= 2 and lows[-1] in PARTY_NOUNS and " ".join(lows[:-1]) in _STATES
