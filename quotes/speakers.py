"""Speakers: from source mentions as written to the people they mean.

One resolver for both engines. It reads the text in order, keeping a history
of who was mentioned where (and who spoke), and:

* groups proper-name mentions into entities (Naftali Bennett = Bennett =
  Mr. Bennett; Bill Clinton ≠ Hillary Clinton; Donald Trump Jr. ≠ Donald
  Trump), the canonical name being the fullest proper name without titles;
* attaches roles from titles and appositions ("Prime Minister Naftali
  Bennett", "Khalid Mahmood, a Labour MP");
* resolves pronouns to the most salient compatible entity (the last speaker,
  else the last subject, else the last mention; gender from titles and a
  first-name list; he/she only for person-like entities);
* resolves descriptions ("the prime minister", "the Russian president") to
  the last entity with a matching role;
* gives a quotation with no source of its own the speaker of the statement
  it continues.

Plural and anonymous sources ("officials", "a spokesman") keep their mention
and get no named speaker: forcing them onto a person would be wrong more
often than right.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import cache, lru_cache
from importlib import resources

import attrs

from .analysis import Analysis, Token
from .candidates import Candidate, Offsets
from .model import Mention, MentionKind, Quote, Span, Speaker, SpeakerKind
from .quotemarks import QuoteRegion
from .sources import (
    DETERMINERS,
    GROUP_WORDS,
    NP_PREPOSITIONS,
    ORGANISATION_WORDS,
    ROLE_HEADS,
    STOP,
)

MALE_TITLES = frozenset("mr mr. sir lord king prince father brother".split())
FEMALE_TITLES = frozenset("mrs mrs. ms ms. miss madam lady queen princess sister".split())
TITLES = frozenset(
    """president prime minister sen sen. senator rep rep. representative gov gov. governor
    secretary mayor gen gen. general dr dr. prof prof. judge justice chancellor king queen
    prince princess pope lt lt. col col. capt capt. adm adm. sgt sgt. ambassador chairman
    chairwoman speaker leader vice deputy former first lady chief attorney rev rev. saint st
    st. mr mr. mrs mrs. ms ms. miss sir lord dame commissioner director officer detective
    inspector sheriff deputy sergeant captain lieutenant colonel major admiral""".split()
)
# words that make a capitalised run a place, an outlet or a thing, not a person
NON_PERSON_WORDS = frozenset(
    """america american media news network networks radio tv television magazine review
    street avenue square city county state states republic united north south east west
    new national international global capital partners holdings group fund bank university
    college school hospital church island islands river lake mountain park beach valley
    bay airport station hotel tower center centre hall club foundation institute report""".split()
)
HEAD_BREAKING_PREPOSITIONS = frozenset("of on at in from for with near outside".split())
TRAILING_ADVERBS = frozenset("now also then later again still too himself herself".split())
# nouns that describe an organisation ("the bank said")
ORGANISATION_NOUNS = frozenset(
    """bank union company firm network agency campaign committee group party organization
    organisation newspaper paper board court department ministry council administration
    government station channel magazine website airline carrier university school
    corporation business""".split()
)
DOCUMENT_NOUNS = frozenset(
    """brief statement letter filing ad advert video tweet tweets website report memo lawsuit
    complaint email post op-ed column book speech""".split()
)
HEADLINE_FUNCTION_WORDS = frozenset(
    "a an the as at after for of in on to with and or but is are was says over from by".split()
)
PARTY_WORDS = frozenset("democratic republican democrat gop independent libertarian".split())
PARTY_ROLE = {"democratic": "democrat", "democrat": "democrat", "republican": "republican",
              "gop": "republican", "independent": "independent", "libertarian": "libertarian"}
NOUN_GENDER = {
    "businessman": "m", "businesswoman": "f", "congressman": "m", "congresswoman": "f",
    "spokesman": "m", "spokeswoman": "f", "chairman": "m", "chairwoman": "f",
    "councilman": "m", "councilwoman": "f", "king": "m", "queen": "f", "prince": "m",
    "princess": "f", "father": "m", "mother": "f", "husband": "m", "wife": "f", "son": "m",
    "daughter": "f", "man": "m", "woman": "f", "actor": "m", "actress": "f",
}
# nouns that describe a person ("the New York businessman", "the nominee")
PERSON_NOUNS = frozenset(
    """businessman businesswoman billionaire candidate nominee politician democrat republican
    lawmaker senator governor congressman congresswoman official leader frontrunner
    front-runner contender hopeful mogul star host incumbent challenger member""".split()
)
ABBREVIATED_TITLES = {
    "gov": "governor", "sen": "senator", "rep": "representative", "gen": "general",
    "lt": "lieutenant", "col": "colonel", "capt": "captain", "sgt": "sergeant", "adm": "admiral",
    "atty": "attorney", "supt": "superintendent", "amb": "ambassador", "sec": "secretary",
    "pres": "president", "prof": "professor", "rev": "reverend", "insp": "inspector",
    "det": "detective", "cmdr": "commander", "maj": "major", "dr": "dr",
}
QUOTE_CHARS = frozenset({'"', "“", "”", "''", "``", "‘", "’", "'"})
NAME_PARTICLES = frozenset("de van von der den bin al la le del da di du st. mc".split())
NAME_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())
# capitalised words that do not start a name
NOT_NAMES = frozenset(
    """the a an he she it they we i you his her their its our my this that these those there
    but and or so yet if when while after before as at in on for with by from to of not no
    yes monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december photo follow
    according also however meanwhile still then now today yesterday last next said says
    moreover furthermore additionally nonetheless nevertheless instead indeed thus hence
    therefore besides otherwise overall ultimately eventually currently previously recently
    finally initially separately similarly likewise notably importantly specifically earlier
    later again soon here
    asked what why how where who which one two three some many most several other another
    every each all both any some such only even just more less""".split()
)
# what may open a sentence before its first word: "(Imagine the …)"
SENTENCE_OPENERS = frozenset({"(", '"', "“", "'", "‘", "``"})
# lowercase words after which a capitalised first word is a verb, not a name
IMPERATIVE_OBJECTS = frozenset("the a an this that these those his her their its our your".split())
MALE_PRONOUNS = frozenset({"he", "him", "his"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "we", "us"})


@cache
def _first_names() -> dict[str, str]:
    text = (resources.files("quotes") / "data" / "first_names_en.tsv").read_text("utf-8")
    names = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, gender = line.split("\t")
            names[name.casefold()] = gender
    return names


@cache
def _roles() -> tuple[frozenset[str], int]:
    text = (resources.files("quotes") / "data" / "roles_en.txt").read_text("utf-8")
    roles = frozenset(line.strip() for line in text.splitlines()
                      if line.strip() and not line.startswith("#"))
    return roles, max(len(r.split()) for r in roles)


@cache
def _role_last_words() -> frozenset[str]:
    """The last word of every known role: a cheap test before a look-up."""
    return frozenset(role.split()[-1] for role in _roles()[0])


def _role_at_end(words: Sequence[str]) -> str | None:
    """The longest known role that ``words`` end with ("russian president" →
    "president")."""
    return _role_at_end_of(tuple(words))


@lru_cache(maxsize=4096)
def _role_at_end_of(words: tuple[str, ...]) -> str | None:
    roles, longest = _roles()
    for n in range(min(longest, len(words)), 0, -1):
        phrase = " ".join(words[-n:])
        if phrase in roles:
            return phrase
    return None


@attrs.define(eq=False)
class _Entity:
    kind: SpeakerKind
    names: list[str] = attrs.Factory(list)
    roles: list[str] = attrs.Factory(list)
    gender: str | None = None
    mentions: dict[Offsets, MentionKind] = attrs.Factory(dict)
    person_like: bool = False
    has_spoken: bool = False
    first_seen: int = 0

    @property
    def name(self) -> str:
        return max(self.names, key=lambda n: (len(n.split()), len(n))) if self.names else ""

    def name_words(self) -> set[str]:
        return {w.casefold() for n in self.names for w in n.split()}

    def add_role(self, role: str) -> None:
        role = " ".join(role.casefold().split()).strip(" ,")
        if role and role not in self.roles:
            self.roles.append(role)


@attrs.define
class _Event:
    offset: int
    entity: _Entity
    subject: bool
    speaker: bool
    paragraph: int
    span: Offsets | None = None


class _Resolver:
    def __init__(self, analysis: Analysis, regions: Sequence[QuoteRegion] = ()):
        self.analysis = analysis
        self._quoted = sorted((r.start, r.end) for r in regions if r.depth == 0)
        self._quoted_starts = [start for start, _ in self._quoted]
        self.text = analysis.text
        self.tokens = analysis.tokens
        self.entities: list[_Entity] = []
        self.by_full_name: dict[str, _Entity] = {}
        self.by_org: dict[str, _Entity] = {}
        self.history: list[_Event] = []
        self._history_offsets: list[int] = []
        self.name_spans: list[tuple[int, int, _Entity]] = []
        self._name_starts: list[int] = []
        self.by_word: dict[str, list[_Entity]] = {}
        self.last_seen: dict[int, int] = {}

    # -- names -------------------------------------------------------------
    def collect_names(self) -> None:
        """Find proper-name mentions, and role descriptions of people already
        named ("the president"), in the whole text, in order."""
        tokens = self.tokens
        for sentence in self.analysis.sentences:
            if self._is_headline(sentence.first_token, sentence.end_token):
                continue  # "Clinton Goes After Trump As The New Romney" is no name
            i = sentence.first_token
            first_in_sentence = True
            while i < sentence.end_token:
                text = tokens[i].text
                if not (text[:1].isupper() or text == "the" or text == "("):
                    if i > sentence.first_token + 2 and text[:1].isalpha():
                        first_in_sentence = False
                    i += 1
                    continue
                if text == "(":
                    close = next((k for k in range(i + 1, min(sentence.end_token, i + 6))
                                  if tokens[k].text == ")"), None)
                    if close is not None:
                        i = close + 1  # "(R-Ga.)", "(AP)"
                        continue
                opens = i == sentence.first_token or (
                    i == sentence.first_token + 1
                    and tokens[sentence.first_token].text in SENTENCE_OPENERS)
                j = self._name_run(i, sentence.end_token, opens)
                if j == i + 1 and opens and j < sentence.end_token and \
                        tokens[j].text in IMPERATIVE_OBJECTS:
                    j = i  # "(Imagine the spectacle …)", "Consider this": a verb
                if j > i and j - i == 1 and (_is_demonym(tokens[i].text.casefold())
                                             or tokens[i].text.casefold() in PARTY_WORDS):
                    j = i  # "Democratic", "Russian": adjectives, not names
                if j > i:
                    self._add_name_run(i, j, first_in_sentence, sentence.paragraph)
                    first_in_sentence = False
                    i = j
                    continue
                if tokens[i].text.casefold() == "the":
                    end = self._role_description(i, sentence.end_token, first_in_sentence,
                                                 sentence.paragraph)
                    if end > i:
                        first_in_sentence = False
                        i = end
                        continue
                if tokens[i].text[:1].isalpha() and i > sentence.first_token + 2:
                    first_in_sentence = False
                i += 1

    def _is_headline(self, lo: int, hi: int) -> bool:
        """A title-case line: most of its words capitalised."""
        if hi - lo > 30:
            return False  # headlines are short
        words = [t.text for t in self.tokens[lo:hi] if t.text[:1].isalpha()]
        if len(words) < 4:
            return False
        capitalised = sum(1 for w in words if w[:1].isupper())
        if capitalised < 0.75 * len(words):
            return False
        # a sentence full of names ends with a stop and keeps its little words
        # lower-case; a headline does neither
        no_stop = self.tokens[hi - 1].text not in (".", "!", "?")
        title_function_words = any(w.casefold() in HEADLINE_FUNCTION_WORDS for w in words[1:]
                                   if w[:1].isupper())
        return no_stop or title_function_words

    def _role_description(self, i: int, hi: int, subject: bool, paragraph: int) -> int:
        """Record "the [Russian] president" as a mention of the entity with
        that role, so that a later "he" can refer to it; returns its end."""
        tokens = self.tokens
        words: list[str] = []
        for k in range(i + 1, min(hi, i + 5)):
            low = tokens[k].text.casefold()
            if not low.isalpha() and low not in ("-",):
                break
            words.append(low)
            if low not in _role_last_words():
                continue
            role = _role_at_end(words)
            if role is None or role.split()[-1] != low:
                continue
            if k + 1 < hi and self._is_cap(tokens[k + 1]):
                return i  # a title before a name: "the President Obama"
            entity = self._description_by_role(words, tokens[i].start)
            if entity is None:
                return i
            self.note(tokens[i].start, entity, subject=subject, speaker=False,
                      span=(tokens[i].start, tokens[k].end))
            return k + 1
        return i

    def _is_cap(self, token: Token) -> bool:
        text = token.text
        return text[:1].isupper() and (text[:1].isalpha()) and not text.isupper() or (
            text.isupper() and len(text) <= 4 and text.isalpha() and len(text) > 1)

    def _name_run(self, i: int, hi: int, sentence_start: bool) -> int:
        """End (exclusive) of the proper-name run starting at token ``i``,
        titles included ("Russian President Vladimir Putin", "Mr. Bennett",
        "Department of Fisheries", 'Tom "Anchor" Ellery'); ``i`` if none."""
        tokens = self.tokens
        if self.analysis.has_ner and tokens[i].ner in ("PERSON", "ORG") and tokens[i].ner_begin:
            j = i + 1
            while j < hi and tokens[j].ner == tokens[i].ner and not tokens[j].ner_begin:
                j += 1
            return j
        j = i
        while j < hi:
            t = tokens[j]
            low = t.text.casefold()
            if self._is_cap(t):
                if j == i and low in NOT_NAMES:
                    break
                if j == i and sentence_start and (low in GROUP_WORDS or low in ROLE_HEADS):
                    break  # "Officials said", "Analysts say"
                j += 1
                if j < hi and tokens[j].text == "." and (
                        len(t.text) == 1 or low in TITLES or low in NAME_SUFFIXES
                        or low in ABBREVIATED_TITLES):
                    j += 1  # an initial "F." or a title "Gov."
                continue
            if j > i and low in NAME_PARTICLES and j + 1 < hi and self._is_cap(tokens[j + 1]):
                j += 1
                continue
            if j > i and low in ("of", "for", "on") and j + 1 < hi and self._is_cap(tokens[j + 1]) \
                    and any(tk.text.casefold() in ORGANISATION_WORDS for tk in tokens[i:j]):
                j += 1  # "Department of Fisheries", "Committee on Ethics"
                continue
            if j > i and t.text in QUOTE_CHARS and j + 3 < hi and self._is_cap(tokens[j + 1]) \
                    and tokens[j + 2].text in QUOTE_CHARS and self._is_cap(tokens[j + 3]):
                j += 3  # a nickname: Tom "Anchor" Ellery
                continue
            break
        return j

    def _add_name_run(self, i: int, j: int, subject: bool, paragraph: int) -> None:
        tokens = self.tokens
        words = [t.text for t in tokens[i:j]]
        lows = [w.casefold().rstrip(".") for w in words]
        # split off titles and demonyms: "Russian President Vladimir Putin"
        k = 0
        roles: list[str] = []
        gender = None
        while k < len(words) - 1:
            low = lows[k]
            if low in MALE_TITLES or low + "." in MALE_TITLES:
                gender = "m"
            elif low in FEMALE_TITLES or low + "." in FEMALE_TITLES:
                gender = "f"
            if low in TITLES or low in ABBREVIATED_TITLES or words[k] == "." or \
                    low in _roles()[0]:
                k += 1
                continue
            if _is_demonym(low) and k + 1 < len(words) and (lows[k + 1] in TITLES
                                                             or lows[k + 1] in _roles()[0]):
                k += 1
                continue
            if low in PARTY_WORDS and len(words) - k >= 3:
                roles.append(PARTY_ROLE[low])  # "Democrat Hillary Clinton"
                k += 1
                continue
            break
        # a title after capitalised modifiers: "County Commissioner Samuel Adeyemi"
        for last_title in range(len(words) - 2, k - 1, -1):
            if lows[last_title] in TITLES or lows[last_title] in _roles()[0]:
                if all(w[:1].isupper() or w == "." for w in words[k:last_title]):
                    k = last_title + 1
                break
        title_words = [ABBREVIATED_TITLES.get(w, w) for w in lows[:k] if w not in ("", ".")]
        title_words = [w for w in title_words if w not in ("mr", "mrs", "ms", "miss", "dr")]
        if title_words:
            role = _role_at_end(title_words)
            if role:
                roles.append(role)
                if len(title_words) > len(role.split()):
                    roles.append(" ".join(title_words))
        words = _without_nickname(words)
        name_tokens: list[str] = []
        for w in words[k:]:
            if w == "." and name_tokens:
                name_tokens[-1] += "."  # "F." "Jr."
            elif w != ".":
                name_tokens.append(w)
        if not name_tokens or (len(name_tokens) == 1 and (
                name_tokens[0].casefold().rstrip(".") in TITLES
                or name_tokens[0].casefold() in _roles()[0])):
            return  # "President" alone is a title, not a name
        # a role noun right before the name: "White House spokesman Josh Earnest"
        before = [t.text.casefold() for t in tokens[max(0, i - 4):i]]
        role = _role_at_end(before) if before and before[-1] in _role_last_words() else None
        if role:
            roles.append(role)
            # with its modifiers: "democratic presidential nominee"
            n = len(role.split())
            modifiers: list[str] = []
            for w in reversed(before[:-n]):
                if not w.isalpha() or w in DETERMINERS or w in STOP or w in NP_PREPOSITIONS:
                    break
                modifiers.insert(0, w)
            if modifiers:
                roles.append(" ".join(modifiers + [role]))
        start = tokens[i + k].start if words[k] != "." else tokens[i + k + 1].start
        end = tokens[j - 1].end
        name = " ".join(name_tokens)
        is_org = self._looks_organisation(tokens, i + k, j, name_tokens)
        entity = self._entity_for_name(name, is_org, start, gender)
        if entity is None:
            return
        for r in roles:
            entity.add_role(r)
        if gender and not entity.gender:
            entity.gender = gender
        if roles or gender or (len(name_tokens) > 1 and not _org_like(name_tokens)):
            entity.person_like = entity.kind is SpeakerKind.PERSON
        mention_start = tokens[i].start if roles or gender else start
        kind = MentionKind.ORGANISATION if is_org else MentionKind.NAME
        role = self._apposition_after(j)
        if role and entity.kind is SpeakerKind.PERSON:
            entity.add_role(role)
            entity.person_like = True
        entity.mentions[(mention_start, end)] = kind
        self.name_spans.append((mention_start, end, entity))
        self._name_starts.append(mention_start)
        self.note(start, entity, subject=subject, speaker=False, span=(mention_start, end))
        for word in entity.name_words():
            bucket = self.by_word.setdefault(word, [])
            if entity not in bucket:
                bucket.append(entity)

    def _apposition_after(self, j: int) -> str | None:
        """The role in an apposition right after a name: ", the mayor of X,"."""
        tokens = self.tokens
        if j + 2 >= len(tokens) or tokens[j].text != ",":
            return None
        if tokens[j + 1].text.casefold() not in ("a", "an", "the", "its", "his", "her", "their"):
            return None
        words = []
        for t in tokens[j + 2:j + 10]:
            low = t.text.casefold()
            if low in (",", ".", ";", ":", "of", "for", "at", "in", "with", "who", "and", "("):
                break
            words.append(low)
        return _role_at_end(words) if words else None

    def _looks_organisation(self, tokens: Sequence[Token], i: int, j: int,
                            name_tokens: Sequence[str]) -> bool:
        if self.analysis.has_ner:
            ners = {t.ner for t in tokens[i:j]}
            if "ORG" in ners:
                return True
            if "PERSON" in ners:
                return False
        return any(w.casefold() in ORGANISATION_WORDS for w in name_tokens)

    def _entity_for_name(self, name: str, is_org: bool, offset: int,
                         gender: str | None = None) -> _Entity | None:
        key = name.casefold()
        if is_org:
            entity = self.by_org.get(key)
            if entity is None:
                entity = _Entity(kind=SpeakerKind.ORGANISATION, names=[name], first_seen=offset)
                self.by_org[key] = entity
                self.entities.append(entity)
            return entity
        if key in self.by_full_name:
            return self.by_full_name[key]
        words = key.split()
        core = [w for w in words if w.rstrip(".") not in NAME_SUFFIXES]
        if not core:
            return None
        suffix = [w for w in words if w.rstrip(".") in NAME_SUFFIXES]
        # a shorter form of a known name: "Bennett" for "Naftali Bennett"
        known_entities = sorted(self.by_word.get(core[-1], []) + (
            self.by_word.get(core[0], []) if len(core) == 1 else []),
            key=lambda e: -self.last_seen.get(id(e), -1))
        for entity in known_entities:
            if entity.kind is not SpeakerKind.PERSON:
                continue
            known = entity.name_words()
            known_suffix = {w for w in known if w.rstrip(".") in NAME_SUFFIXES}
            if set(suffix) != known_suffix and len(core) > 1:
                continue
            if len(core) == 1 and core[0] in known:
                if gender and entity.gender and entity.gender != gender:
                    continue  # "Mr. Harrow" is not Nora Harrow
                return entity
            if len(core) > 1 and core[-1] in known:
                other_first = [n.split()[0].casefold() for n in entity.names if len(n.split()) > 1]
                if not other_first or core[0] in other_first:
                    if set(suffix) == known_suffix:
                        entity.names.append(name)
                        self.by_full_name[key] = entity
                        if entity.gender is None and core[0] in _first_names():
                            entity.gender = _first_names()[core[0]]
                        return entity
        entity = _Entity(kind=SpeakerKind.PERSON, names=[name], first_seen=offset)
        first = core[0] if len(core) > 1 else None
        if first and first in _first_names() and not _org_like(name.split()):
            entity.gender = _first_names()[first]
            entity.person_like = True
        self.by_full_name[key] = entity
        self.entities.append(entity)
        return entity

    # -- resolution ----------------------------------------------------------
    def _recent(self, offset: int, limit: int = 40) -> list[_Event]:
        """Up to ``limit`` history events before ``offset``, most recent first."""
        stop = bisect_left(self._history_offsets, offset)
        return self.history[max(0, stop - limit):stop][::-1]

    def entity_in(self, start: int, end: int) -> _Entity | None:
        """The head name of a mention: the last name before an apposition
        ("former Obama adviser David Axelrod", "Khalid Ramsey, a Labour MP"),
        else the first after it ("the mayor, Jane Doyle")."""
        comma = self.text.find(",", start, end)
        head_end = comma if comma >= 0 else end
        i = bisect_left(self._name_starts, end)
        inside = [(s, e, entity) for s, e, entity in self.name_spans[max(0, i - 12):i]
                  if s < end and start < e]
        before = [item for item in inside if item[0] < head_end]
        # a name after a preposition is a place or an employer, not the head:
        # "The Rialto cinema on Front Street", "Cory James of Flint"
        heads = [item for item in before if not (
            set(self.text[start:item[0]].casefold().split()) & HEAD_BREAKING_PREPOSITIONS)]
        if heads:
            return heads[-1][2]
        if before:
            return before[0][2]
        return inside[0][2] if inside else None

    def resolve_mention(self, span: Offsets, kind: MentionKind | None
                        ) -> tuple[_Entity | None, MentionKind]:
        start, end = span
        text = self.text[start:end]
        words = text.casefold().split()
        if kind is None:
            kind = MentionKind.DESCRIPTION
        raw = text.split()
        if kind is MentionKind.DESCRIPTION and len(raw) >= 2 and raw[-1] in ORGANISATION_NOUNS \
                and any(w[:1].isupper() for w in raw[1:-1] if w.casefold() not in DETERMINERS):
            # "The Trump campaign", "the Obama administration": an organisation
            # named after a person, not the person
            kind = MentionKind.ORGANISATION
        if kind is MentionKind.DESCRIPTION:
            entity = self._name_as_head(start, end, text)
            if entity is not None:
                role = _role_at_end([w.strip(",.") for w in text.split(",")[0].casefold().split()])
                if role and entity.kind is SpeakerKind.PERSON:
                    entity.add_role(role)
                return entity, MentionKind.NAME
        if kind is MentionKind.ORGANISATION:
            entity = self.entity_in(start, end)
            if entity is not None and entity.kind is not SpeakerKind.ORGANISATION:
                entity = None  # "the Obama administration" is not Obama
        elif kind is MentionKind.NAME:
            entity = self.entity_in(start, end)
            if entity is None and len(words) == 1 and text.isupper():
                # a transcript's "PENCE:" is the Pence named in the article
                known = [e for e in self.by_word.get(words[0], ())
                         if e.kind is SpeakerKind.PERSON]
                entity = max(known, key=lambda e: self.last_seen.get(id(e), -1)) if known else None
        if kind in (MentionKind.NAME, MentionKind.ORGANISATION):
            if entity is not None:
                self._apposition_roles(entity, text)
                return entity, MentionKind.ORGANISATION if entity.kind is \
                    SpeakerKind.ORGANISATION else MentionKind.NAME
            if kind is MentionKind.ORGANISATION:
                key = " ".join(w for w in words if w not in DETERMINERS)
                entity = self.by_org.get(key)
                if entity is None:
                    entity = _Entity(kind=SpeakerKind.ORGANISATION,
                                     names=[_strip_determiner(text)], first_seen=start)
                    self.by_org[key] = entity
                    self.entities.append(entity)
                return entity, kind
            return None, kind
        if kind is MentionKind.PRONOUN:
            return self._pronoun(words[0] if words else "", start), kind
        if kind is MentionKind.DESCRIPTION:
            return self._description(words, start), kind
        return None, kind

    def _name_as_head(self, start: int, end: int, text: str) -> _Entity | None:
        """A name inside a description that is its head: "the mayor, Jane
        Doyle", "Clinton now", "Indiana Gov. Mike Pence"."""
        entity = self.entity_in(start, end)
        if entity is None:
            return None
        if "," in text:
            return entity
        for s_, e_, ent in self.name_spans:
            if ent is entity and s_ < end and start < e_ and set(
                    self.text[start:s_].casefold().split()) & {"for", "of", "at", "with", "to"}:
                return None  # "a spokeswoman for Hillary Clinton" is not Clinton
            if ent is entity and s_ < end and start < e_:
                tail = self.text[e_:end].split()
                if all(w.casefold().strip(".,") in TRAILING_ADVERBS
                       or (w.startswith("(") and w.endswith(")")) for w in tail):
                    return entity
                if tail and tail[0] in ("'s", "’s") and len(tail) <= 3 and \
                        tail[-1].casefold().strip(".,") in DOCUMENT_NOUNS:
                    return entity  # "Ivana Trump's brief" speaks for her
        return None

    def _apposition_roles(self, entity: _Entity, text: str) -> None:
        if "," not in text:
            return
        apposition = text.split(",", 1)[1].strip(" ,").casefold().split()
        while apposition and apposition[0] in DETERMINERS:
            apposition = apposition[1:]
        if 0 < len(apposition) <= 6:
            role = _role_at_end(apposition)
            if role:
                entity.add_role(role)
                if len(apposition) > len(role.split()):
                    entity.add_role(" ".join(apposition))

    def _compatible(self, entity: _Entity, pronoun: str) -> bool:
        if pronoun == "person":  # a description of a person, gender unknown
            return entity.kind is SpeakerKind.PERSON and bool(
                entity.gender or entity.roles or entity.has_spoken)
        if pronoun in MALE_PRONOUNS or pronoun in FEMALE_PRONOUNS:
            # evidence of a person: a gender (first name, title), a role, or
            # having spoken under a name; "Climate Change" has none
            if entity.kind is not SpeakerKind.PERSON or not (
                    entity.gender or entity.roles or entity.has_spoken):
                return False
            want = "m" if pronoun in MALE_PRONOUNS else "f"
            return entity.gender in (None, want)
        if pronoun in ("it", "its"):
            return entity.kind is SpeakerKind.ORGANISATION
        if pronoun in PLURAL_PRONOUNS:
            return entity.kind is SpeakerKind.ORGANISATION
        if pronoun == "who":
            return True
        return False

    def _pronoun(self, pronoun: str, offset: int) -> _Entity | None:
        recent = self._recent(offset)
        paragraph = self.analysis.paragraph_at(offset)
        if pronoun == "who":
            return self._relative_antecedent(offset)
        if pronoun == "which":
            return self._which_antecedent(offset)
        window = [e for e in recent if paragraph - e.paragraph <= 3]
        if pronoun in PLURAL_PRONOUNS or pronoun in ("it", "its"):
            # "they said" / "it said" continue an organisation's statement, or
            # (for "it") follow an organisation just named as a subject;
            # otherwise they are a group we cannot name
            for event in window:
                if event.speaker:
                    if self._compatible(event.entity, pronoun):
                        return event.entity
                    break
            if pronoun in ("it", "its"):
                previous_start = self.analysis.sentences[
                    max(0, self.analysis.sentence_at(offset) - 1)].start
                for event in window:
                    if event.offset < previous_start:
                        break
                    if event.subject and self._compatible(event.entity, pronoun):
                        return event.entity
            return None
        # first people we know are people (a gender or a role), then anyone
        # who has spoken under a name
        for strict in (True, False):
            found = self._pronoun_pass(pronoun, offset, window, strict)
            if found is not None:
                return found
        return None

    def _relative_antecedent(self, offset: int) -> _Entity | None:
        """The person a "who" at ``offset`` refers to: the name right before it
        ("Sanders, who …"), or the name an apposition describes ("Gareth
        Sloane, a Green Party councillor who …")."""
        end = len(self.text[:offset].rstrip(" ,"))
        before = self.text[max(0, offset - 160):offset]
        cut = before.rfind(", ")
        if cut >= 0 and "," not in before[cut + 2:] and \
                before[cut + 2:].split(" ", 1)[0].casefold() in ("a", "an", "the"):
            end = offset - len(before) + cut
        k = bisect_left(self._name_starts, end)
        for _, e_, entity in reversed(self.name_spans[max(0, k - 3):k]):
            if e_ <= end:
                if self.text[e_:end].strip(" ,") or entity.kind is not SpeakerKind.PERSON:
                    return None
                return entity if (entity.gender or entity.roles or entity.has_spoken) else None
        return None

    def _which_antecedent(self, offset: int) -> _Entity | None:
        """The organisation or person a relative "which" at ``offset`` stands
        for: the first name in the noun phrase before its comma ("The Rialto
        cinema on Front Street, which …" is the Rialto)."""
        sentence_start = self.analysis.sentences[self.analysis.sentence_at(offset)].start
        end = len(self.text[:offset].rstrip(" ,"))
        start = max(sentence_start, self.text.rfind(",", sentence_start, end) + 1)
        k = bisect_left(self._name_starts, start)
        for s_, e_, entity in self.name_spans[k:]:
            if s_ >= end:
                break
            if e_ <= end:
                return entity
        return None

    def _pronoun_pass(self, pronoun: str, offset: int, window: list[_Event], strict: bool
                      ) -> _Entity | None:
        def fits(entity: _Entity) -> bool:
            return self._compatible(entity, pronoun) and (
                not strict or bool(entity.gender or entity.roles))

        # a person named in this or the previous sentence, after the last
        # statement, is the likeliest referent ("… Mr. Obama has. He noted")
        sentence = self.analysis.sentence_at(offset)
        previous_start = self.analysis.sentences[max(0, sentence - 1)].start
        since_speaker = []
        for event in window:
            if event.speaker:
                break
            if event.offset >= previous_start:
                since_speaker.append(event)
        for wanted_subject in (True, False):
            for event in since_speaker:
                if (event.subject or not wanted_subject) and fits(event.entity):
                    return event.entity
        for event in window:  # the last speaker, if compatible
            if event.speaker:
                if fits(event.entity):
                    return event.entity
                break
        for event in window[:12]:  # else the last subject
            if event.subject and fits(event.entity):
                return event.entity
        for event in window[:12]:
            if fits(event.entity):
                return event.entity
        return None

    def _description(self, words: list[str], offset: int) -> _Entity | None:
        """The entity a description refers to: the last one whose roles match
        ("the prime minister"); else, for a description of a person ("the New
        York businessman", "the Republican nominee"), the most mentioned
        person of the last paragraphs, who is who news text calls that way."""
        core = [w.strip(",.") for w in words if w not in DETERMINERS and w != "former"]
        if not core:
            return None
        if "of" in core[1:]:
            # "Member of House panel", "a spokesman of the party": the person
            # is the part before "of"
            core = core[:core.index("of", 1)]
        elif core[-1] in ORGANISATION_NOUNS:
            return self._organisation_description(core[-1], offset)
        head = _role_at_end(core) or (core[-1] if core[-1] in PERSON_NOUNS else None)
        if head is None:
            return None
        possessive = next((k for k, w in enumerate(core[:-1])
                           if w.endswith(("'s", "’s")) or w in ("'s", "’s")), None)
        if possessive is not None:
            # "Pagliano's lawyer" is someone other than Pagliano, and no topic;
            # "Connecticut's tax commissioner" may be named in what follows
            owner = core[possessive].removesuffix("'s").removesuffix("’s") or (
                core[possessive - 1] if possessive else "")
            if any(e.kind is SpeakerKind.PERSON and (
                    e.gender or e.roles or e.person_like or len(e.name.split()) > 1)
                   for e in self.by_word.get(owner, ())):
                return None
            return self._named_next(offset)
        if words and words[0] in ("a", "an"):
            # "A New York judge has rejected …": an indefinite description
            # brings in someone new, who may be named next, never the person
            # the text was about
            return self._named_next(offset)
        by_role = self._description_by_role(core, offset)
        if by_role is not None:
            return by_role
        # a party in the description picks the person of that party
        parties = {PARTY_ROLE[w] for w in core if w in PARTY_ROLE}
        if parties:
            for event in self._recent(offset, limit=400):
                entity = event.entity
                if parties & set(entity.roles) or any(
                        f"{p} {r}" in entity.roles for p in parties for r in entity.roles):
                    return entity
        # no role matches: a description of a person continues the topic, as
        # a pronoun would ("The Indiana governor said" after Mike Pence) ...
        gender = NOUN_GENDER.get(core[-1])
        found = self._pronoun({"m": "he", "f": "she"}.get(gender or "", "person"), offset)
        if found is not None:
            return found
        # ... or, for a first mention, is named in the next sentences
        # ("Connecticut's tax commissioner says … Kevin Sullivan says …")
        return self._named_next(offset)

    def _organisation_description(self, noun: str, offset: int) -> _Entity | None:
        """"The bank", "the union", "the network": the organisation whose name
        has that word, else the last organisation-like subject or speaker of
        the last paragraphs (a name with no gender or role)."""
        paragraph = self.analysis.paragraph_at(offset)
        window = [e for e in self._recent(offset, limit=80) if paragraph - e.paragraph <= 3]
        for event in window:
            if noun in event.entity.name.casefold().split():
                return event.entity
        for event in window:
            entity = event.entity
            if (event.subject or event.speaker) and (
                    entity.kind is SpeakerKind.ORGANISATION
                    or not (entity.gender or entity.roles or entity.person_like)):
                return entity
        return None

    def _named_next(self, offset: int) -> _Entity | None:
        """The person who is the subject of one of the next two sentences."""
        sentence = self.analysis.sentence_at(offset)
        last = min(len(self.analysis.sentences), sentence + 3)
        limit = self.analysis.sentences[last - 1].end
        k = bisect_left(self._history_offsets, offset + 1)
        for event in self.history[k:k + 30]:
            if event.offset >= limit:
                break
            entity = event.entity
            if (event.subject or self._after_said(event.offset)) \
                    and entity.kind is SpeakerKind.PERSON and (
                    entity.gender or entity.roles or len(entity.name.split()) > 1) \
                    and self.analysis.sentence_at(event.offset) > sentence:
                return entity
        return None

    def _after_said(self, offset: int) -> bool:
        """Is the name at ``offset`` the speaker of an inverted attribution
        ("…,” said Don Fowler, who …)?"""
        before = self.text[max(0, offset - 8):offset].split()
        return bool(before) and before[-1].casefold() in ("said", "says")

    def _description_by_role(self, words: Sequence[str], offset: int) -> _Entity | None:
        """The last entity whose roles match a description: the whole phrase
        ("russian president") first, else its head role ("president")."""
        core = [w for w in words if w not in DETERMINERS and w != "former"]
        if not core:
            return None
        phrase = " ".join(core)
        head = _role_at_end(core)
        if head is None:
            return None
        parties = {PARTY_ROLE[w] for w in core if w in PARTY_ROLE}
        fallback = None
        seen: set[int] = set()
        for event in self._recent(offset, limit=400):
            entity = event.entity
            if id(entity) in seen:
                continue
            seen.add(id(entity))
            if phrase in entity.roles:
                return entity
            if fallback is None and head in entity.roles and not (
                    parties and _party_of(entity) - parties):
                fallback = entity  # not "the Democratic nominee" for a Republican
        return fallback

    def in_quotation(self, offset: int) -> bool:
        i = bisect_right(self._quoted_starts, offset) - 1
        return i >= 0 and offset < self._quoted[i][1]

    def note(self, offset: int, entity: _Entity, *, subject: bool, speaker: bool,
             span: Offsets | None = None) -> None:
        if not speaker and self.in_quotation(offset):
            return  # named inside a quotation: no antecedent for "he" later
        i = bisect_right(self._history_offsets, offset)
        self._history_offsets.insert(i, offset)
        self.history.insert(i, _Event(offset, entity, subject, speaker,
                                      self.analysis.paragraph_at(offset), span))
        self.last_seen[id(entity)] = max(offset, self.last_seen.get(id(entity), -1))

    def latest_subject(self, after: int, before: int) -> _Event | None:
        """The last person named as a sentence subject between two offsets."""
        for event in self._recent(before):
            if event.offset <= after:
                return None
            entity = event.entity
            if event.subject and event.span and entity.kind is SpeakerKind.PERSON and (
                    entity.person_like or entity.roles):
                return event
        return None


def _party_of(entity: _Entity) -> set[str]:
    """Parties named in an entity's roles ("republican presidential nominee")."""
    return {PARTY_ROLE[w] for role in entity.roles for w in role.split() if w in PARTY_ROLE}


def _org_like(words: Sequence[str]) -> bool:
    """Two-word capitalised runs that are no person: "RT America", "Ora Media"."""
    lows = {w.casefold() for w in words}
    return bool(lows & NON_PERSON_WORDS) or any(w.isupper() and len(w) > 1 for w in words)


def _without_nickname(words: list[str]) -> list[str]:
    """Drop a quoted nickname: Tom "Anchor" Ellery -> Tom Ellery."""
    out: list[str] = []
    skip = False
    for w in words:
        if w in QUOTE_CHARS:
            skip = not skip
            continue
        if not skip:
            out.append(w)
    return out


def _is_demonym(word: str) -> bool:
    """Nationality adjectives: "Russian", "Israeli", "Chinese", "British"
    (but not names like "Brennan" or "Brian")."""
    if word in ("us", "u.s", "u.s.", "uk", "u.k", "u.k.", "eu", "un"):
        return True
    if word in _first_names():
        return False
    return word[:1].isalpha() and len(word) > 4 and word.endswith(
        ("ian", "ean", "ese", "ish", "ican", "li", "ni", "qi", "ki", "ese"))


def _strip_determiner(text: str) -> str:
    words = text.split()
    while len(words) > 1 and words[0].casefold() in DETERMINERS:
        words = words[1:]
    return " ".join(words)


def resolve(analysis: Analysis, candidates: Sequence[Candidate],
            regions: Sequence[QuoteRegion] = ()
            ) -> tuple[tuple[Quote, ...], tuple[Speaker, ...]]:
    """Quotes with resolved speakers and addressees, and the speakers.

    ``regions`` are the quotations of the text: people named inside a
    quotation are what someone said, not who is being written about, so they
    do not become antecedents of later pronouns.
    """
    resolver = _Resolver(analysis, regions)
    resolver.collect_names()
    text = analysis.text
    resolved: list[tuple[Candidate, _Entity | None, MentionKind | None, _Entity | None]] = []
    previous: tuple[Candidate, _Entity | None, MentionKind | None] | None = None
    for cand in candidates:
        entity: _Entity | None = None
        kind = cand.source_kind
        if cand.source is None and cand.inherits:
            # a quotation with no source of its own continues the exchange
            # before it, unless another person has become the subject since
            after = previous[0].end if previous is not None else -1
            subject = resolver.latest_subject(after, cand.start)
            if subject is not None and subject.span is not None and \
                    analysis.paragraph_at(cand.start) - subject.paragraph <= 2:
                cand.source = subject.span
                entity, kind = subject.entity, MentionKind.NAME
                cand.confidence = min(cand.confidence, 0.65)
            elif previous is not None and previous[0].source is not None and \
                    analysis.paragraph_at(cand.start) - analysis.paragraph_at(previous[0].end) <= 2:
                prev_cand, entity, kind = previous
                cand.source = prev_cand.source
                cand.confidence = min(cand.confidence, 0.7)
        elif cand.source is not None:
            entity, kind = resolver.resolve_mention(cand.source, cand.source_kind)
            if entity is not None:
                entity.mentions.setdefault(cand.source, kind)
                if kind is MentionKind.NAME:
                    entity.has_spoken = True
                resolver.note(cand.source[0], entity, subject=True, speaker=True)
        addressee = None
        if cand.addressee is not None:
            a_kind = _guess_kind(text, cand.addressee)
            addressee, a_kind = resolver.resolve_mention(cand.addressee, a_kind)
            if addressee is not None:
                addressee.mentions.setdefault(cand.addressee, a_kind)
        if entity is not None and cand.source is not None:
            # later pronouns refer to the speaker of this statement
            resolver.note(cand.end, entity, subject=True, speaker=True)
        resolved.append((cand, entity, kind, addressee))
        previous = (cand, entity, kind)
    return _build(text, analysis, resolved)


def _guess_kind(text: str, span: Offsets) -> MentionKind:
    words = text[span[0]:span[1]].split()
    if len(words) == 1 and words[0].casefold() in MALE_PRONOUNS | FEMALE_PRONOUNS | {"them", "it"}:
        return MentionKind.PRONOUN
    if words and words[-1][:1].isupper():
        return MentionKind.NAME
    return MentionKind.DESCRIPTION


def _build(text: str, analysis: Analysis,
           resolved: list[tuple[Candidate, _Entity | None, MentionKind | None, _Entity | None]]
           ) -> tuple[tuple[Quote, ...], tuple[Speaker, ...]]:
    used: list[_Entity] = []
    for _, entity, _, addressee in resolved:
        for e in (entity, addressee):
            if e is not None and e not in used and e.name:
                used.append(e)
    used.sort(key=lambda e: e.first_seen)
    speakers: dict[int, Speaker] = {}
    for number, entity in enumerate(used, 1):
        mentions = tuple(
            Mention(span=Span.of(text, s, e), kind=kind)
            for (s, e), kind in sorted(entity.mentions.items())
        )
        speakers[id(entity)] = Speaker(
            id=f"S{number}", name=entity.name, kind=entity.kind, roles=tuple(entity.roles),
            mentions=mentions, gender=entity.gender,
        )
    quotes = []
    for cand, entity, kind, addressee in resolved:
        speaker = speakers.get(id(entity)) if entity is not None else None
        source = None
        if cand.source is not None:
            source = Mention(span=Span.of(text, *cand.source),
                             kind=kind or cand.source_kind or MentionKind.DESCRIPTION)
        confidence = cand.confidence
        if speaker is None:
            confidence = min(confidence, 0.6)
        quotes.append(Quote(
            kind=cand.kind,
            content=tuple(Span.of(text, s, e) for s, e in cand.content),
            cue=Span.of(text, *cand.cue) if cand.cue else None,
            cue_type=cand.cue_type,
            source=source,
            speaker=speaker,
            addressee=speakers.get(id(addressee)) if addressee is not None else None,
            sentences=tuple(sorted({analysis.sentence_at(s) for s, _ in cand.content})),
            confidence=round(confidence, 3),
        ))
    return tuple(quotes), tuple(speakers.values())
