"""Proper names in a text: who is mentioned where, under which names and roles.

The first half of speaker resolution, shared by both engines: ``NameIndex``
reads the text once, in order, and

* groups proper-name mentions into entities (Naftali Bennett = Bennett =
  Mr. Bennett; Bill Clinton ≠ Hillary Clinton; Donald Trump Jr. ≠ Donald
  Trump), the canonical name being the fullest proper name without titles;
* attaches roles from titles and appositions ("Prime Minister Naftali
  Bennett", "Khalid Mahmood, a Labour MP") and gender from titles and a
  first-name list;
* keeps a history of mentions (who was a subject, who spoke, where), which
  ``speakers`` walks back through to resolve pronouns and descriptions.

The vocabulary of titles, roles and organisation words lives here too.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import cache, lru_cache
from importlib import resources

import attrs
import regex

from .analysis import Analysis, Token
from .candidates import Offsets
from .model import MentionKind, SpeakerKind
from .quotemarks import QuoteRegion
from .sources import (
    DETERMINERS,
    GROUP_WORDS,
    NP_PREPOSITIONS,
    ORGANISATION_WORDS,
    ROLE_HEADS,
    STOP,
)
from .states import PARTY_NOUNS, is_party_tag, is_state_party_description

# nouns that give a person's gender ("the eldest daughter", "the spokeswoman")
NOUN_GENDER = {
    "businessman": "m", "businesswoman": "f", "congressman": "m", "congresswoman": "f",
    "spokesman": "m", "spokeswoman": "f", "chairman": "m", "chairwoman": "f",
    "councilman": "m", "councilwoman": "f", "king": "m", "queen": "f", "prince": "m",
    "princess": "f", "father": "m", "mother": "f", "husband": "m", "wife": "f", "son": "m",
    "daughter": "f", "man": "m", "woman": "f", "actor": "m", "actress": "f",
    "brother": "m", "sister": "f", "uncle": "m", "aunt": "f", "nephew": "m", "niece": "f",
    "grandfather": "m", "grandmother": "f", "boyfriend": "m", "girlfriend": "f",
    "widow": "f", "widower": "m", "stepfather": "m", "stepmother": "f",
}
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
# titles that take an "of" phrase before the name: "Secretary of State John Kerry"
TITLE_HEADS_BEFORE_OF = frozenset(
    "secretary minister chancellor director commissioner chief".split())
# words that make a capitalised run a place, an outlet or a thing, not a person
NON_PERSON_WORDS = frozenset(
    """america american media news network networks radio tv television magazine review
    street avenue square city county state states republic united north south east west
    new national international global capital partners holdings group fund bank university
    college school hospital church island islands river lake mountain park beach valley
    bay airport station hotel tower center centre hall club foundation institute report
    agreement accord treaty act""".split()
)
# what ends a mention's head and opens its apposition or aside: a comma,
# a dash ("Gingrich — mentioned by Newsmax as …"), a spaced hyphen
APPOSITION_MARK = regex.compile(r",|\s?(?:--|[—–])|\s-\s|\s\(")
HEAD_BREAKING_PREPOSITIONS = frozenset("of on at in from for with near outside".split())
HEADLINE_FUNCTION_WORDS = frozenset(
    "a an the as at after for of in on to with and or but is are was says over from by".split()
)
PARTY_WORDS = frozenset("democratic republican democrat gop independent libertarian".split())
PARTY_ROLE = {"democratic": "democrat", "democrat": "democrat", "republican": "republican",
              "gop": "republican", "independent": "independent", "libertarian": "libertarian"}
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
    every each all both any some such only even just more less unlike like despite during
    among amid without within through under over following regarding concerning including
    excluding although though because unless whereas whether since until once""".split()
)
# organisation words that are also surnames
SURNAME_LIKE_ORGANISATION_WORDS = frozenset("service house post bank union press".split())
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# verbs and adverbs of title-case headlines, which end a name ("Hillary Clinton
# Says …", "Dinesh D'Souza Just Made …")
TITLE_CASE_VERBS = frozenset(
    """is are was were be been has have had does do did says said calls called tells told
    slams blasts rips hits warns claims reveals revealed admits announces describes
    described explains responds thinks knows shows wants makes made gets seems looks
    just""".split())  # (not "will" or "may": Theresa May, George Will)
# words for an amount that open a sentence before "of the": no names
QUANTITY_OPENERS = frozenset(
    """much many most some all none half part dozens hundreds thousands millions billions
    scores regardless one two three four five six seven eight nine ten twenty thirty forty
    fifty sixty seventy eighty ninety""".split())
# what may open a sentence before its first word: "(Imagine the …)"
SENTENCE_OPENERS = frozenset({"(", '"', "“", "'", "‘", "``"})
# verbs that open imperative sentences and are no names ("Take action …")
IMPERATIVE_VERBS = frozenset(
    """take make let get give keep look think imagine consider remember go come stop call ask
    try tell put bring show find leave help""".split())
# lowercase words after which a capitalised first word is a verb, not a name
IMPERATIVE_OBJECTS = frozenset("the a an this that these those his her their its our your".split())


@cache
def places() -> frozenset[str]:
    """Countries, states and cities whose bare name is no person's (casefolded)."""
    text = (resources.files("quotes") / "data" / "places_en.txt").read_text("utf-8")
    return frozenset(line.strip().casefold().replace(".", "") for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))


def is_place(name: str) -> bool:
    """Is ``name`` (as written) a country, state or city of the place list?"""
    return name.casefold().replace(".", "").strip() in places()


@cache
def first_names() -> dict[str, str]:
    """First names and their usual gender: the census list, and names news
    text uses that it lacks ("Barack", "Jeb", "Megyn")."""
    names = {}
    for data in ("first_names_en.tsv", "first_names_extra_en.tsv"):
        text = (resources.files("quotes") / "data" / data).read_text("utf-8")
        for line in text.splitlines():
            if line and not line.startswith("#"):
                name, gender = line.split("\t")
                names[name.casefold()] = gender
    return names


@cache
def unisex_first_names() -> frozenset[str]:
    """First names given to both sexes: they mark a person but no gender."""
    text = (resources.files("quotes") / "data" / "first_names_unisex_en.txt").read_text("utf-8")
    return frozenset(line.strip().casefold() for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))


@cache
def known_roles() -> tuple[frozenset[str], int]:
    text = (resources.files("quotes") / "data" / "roles_en.txt").read_text("utf-8")
    roles = frozenset(line.strip() for line in text.splitlines()
                      if line.strip() and not line.startswith("#"))
    return roles, max(len(r.split()) for r in roles)


@cache
def role_last_words() -> frozenset[str]:
    """The last word of every known role: a cheap test before a look-up."""
    return frozenset(role.split()[-1] for role in known_roles()[0])


def role_at_end(words: Sequence[str]) -> str | None:
    """The longest known role that ``words`` end with ("russian president" →
    "president")."""
    return role_at_end_of(tuple(words))


@lru_cache(maxsize=4096)
def role_at_end_of(words: tuple[str, ...]) -> str | None:
    roles, longest = known_roles()
    for n in range(min(longest, len(words)), 0, -1):
        phrase = " ".join(words[-n:])
        if phrase in roles:
            return phrase
    return None


def _described_subject(tokens: Sequence[Token], first: int, i: int) -> bool:
    """Is the name at token ``i`` the subject after a description that opens
    the sentence ("English comedian and actor Peter Serafinowicz needed …")?
    Only plain words may stand before it: no punctuation, function words or
    verb forms."""
    if i - first > 5 or not tokens[first].text[:1].isupper():
        return False
    for token in tokens[first:i]:
        low = token.text.casefold()
        if low in ("'s", "’s") and token is not tokens[first]:
            continue  # "Iowa State University's Dianne Bystrom agreed"
        if not token.text.isalpha() or (low in STOP and low != "and") \
                or low.endswith(("ed", "ing")):
            return False
    return True


def _after_opening_phrase(tokens: Sequence[Token], first: int, i: int, j: int) -> bool:
    """Is the name at tokens ``i`` … ``j-1`` the subject after an opening
    phrase ("In his statement Saturday, Sanders did go further")? The phrase
    opens with a preposition or time word and ends with the comma before the
    name, and a verb follows the name (not another comma: "In Fort Pierce,
    Florida, …")."""
    after = tokens[j].text if j < len(tokens) else ""
    return first < i - 1 <= first + 12 and tokens[i - 1].text == "," \
        and after.isalpha() and after.islower() \
        and after not in ("of", "for", "at", "from", "with", "in", "on", "and", "or", "to", "by") \
        and tokens[first].text.casefold() in OPENING_PHRASE_WORDS \
        and not any(t.text in (",", ";", ":", "\"", "“", "”") for t in tokens[first:i - 1])


def _after_fronted_participle(tokens: Sequence[Token], first: int, i: int, j: int) -> bool:
    """Is the name at tokens ``i`` … ``j-1`` the subject after a fronted
    participial phrase, commas and all ("Asked whether he was concerned that
    Donald Trump, …, could win, Ban demurred.")? A finite verb follows it."""
    opener = tokens[first].text
    after = tokens[j].text if j < len(tokens) else ""
    return first + 2 < i and tokens[i - 1].text == "," and opener[:1].isupper() \
        and opener.casefold().endswith(("ed", "ing")) and opener.isalpha() \
        and after.isalpha() and after.islower() and after.endswith(("ed", "s")) \
        and after not in ("was", "has", "is", "as", "us", "his", "this", "its")


OPENING_PHRASE_WORDS = frozenset(
    """in at on during after before following since with under earlier later last this
    yesterday today tonight so meanwhile still now then""".split())


@attrs.define(eq=False)
class Entity:
    kind: SpeakerKind
    names: list[str] = attrs.Factory(list)
    roles: list[str] = attrs.Factory(list)
    gender: str | None = None
    mentions: dict[Offsets, MentionKind] = attrs.Factory(dict)
    person_like: bool = False
    # named with a first name given to both sexes ("Angel Mendoza")
    first_named: bool = False
    has_spoken: bool = False
    first_seen: int = 0
    # one-word forms the text has used for this entity ("cruz")
    bare_names: set[str] = attrs.Factory(set)

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
class Event:
    offset: int
    entity: Entity
    subject: bool
    speaker: bool
    paragraph: int
    span: Offsets | None = None


class NameIndex:
    """Every proper-name mention of a text, grouped into entities, and the
    history of mentions in text order."""

    def __init__(self, analysis: Analysis, regions: Sequence[QuoteRegion] = ()):
        self.analysis = analysis
        self._quoted = sorted((r.start, r.end) for r in regions if r.depth == 0)
        self._quoted_starts = [start for start, _ in self._quoted]
        self.text = analysis.text
        self.tokens = analysis.tokens
        self.entities: list[Entity] = []
        # the words the text writes in lower case, found when first needed
        self._lower_words: frozenset[str] | None = None
        self.by_full_name: dict[str, Entity] = {}
        self.by_org: dict[str, Entity] = {}
        self.history: list[Event] = []
        self._history_offsets: list[int] = []
        self.name_spans: list[tuple[int, int, Entity]] = []
        self._name_starts: list[int] = []
        self.by_word: dict[str, list[Entity]] = {}
        self.last_seen: dict[int, int] = {}
        # entities that have been the speaker of a statement, under any mention
        self.speakers_seen: set[int] = set()
        # "IMF" -> the entity of "International Monetary Fund", and back
        self._by_acronym: dict[str, Entity] = {}
        self._by_short_name: dict[str, Entity] = {}

    def collect_names(self) -> None:
        """Find proper-name mentions, and role descriptions of people already
        named ("the president"), in the whole text, in order."""
        tokens = self.tokens
        for sentence in self.analysis.sentences:
            if self._is_headline(sentence.first_token, sentence.end_token) \
                    or self._is_section_label(sentence.first_token, sentence.end_token):
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
                if j == i + 1 and opens and j < sentence.end_token and (
                        tokens[j].text in IMPERATIVE_OBJECTS
                        or (tokens[i].text.casefold() in IMPERATIVE_VERBS
                            and tokens[i].text.casefold() not in self.by_word
                            and tokens[j].text.islower())):
                    j = i  # "(Imagine the spectacle …)", "Consider this", "Take action": a verb
                if j == i + 1 and opens and j + 1 < sentence.end_token \
                        and tokens[j].text == "of" \
                        and tokens[j + 1].text.isalpha() and tokens[j + 1].text.islower() \
                        and tokens[i].text.casefold() not in self.by_word and (
                            tokens[j + 1].text not in IMPERATIVE_OBJECTS
                            or tokens[i].text.casefold() in QUANTITY_OPENERS
                            or (j + 2 < sentence.end_token
                                and tokens[j + 2].text[:1].islower())):
                    # "Auction of gun used …", "Much of the impetus": a common
                    # noun opening a sentence ("Smith of the Brookings
                    # Institution" stays a name)
                    j = i
                low = tokens[i].text.casefold()
                if j == i + 1 and is_party_tag(tokens[i].text):
                    j = i  # "Sen. Joni Ernst, R-Iowa": the tag names no one
                if j - i >= 2 and tokens[j - 1].text.casefold() in PARTY_NOUNS \
                        and is_state_party_description([t.text for t in tokens[i:j]]):
                    i = j  # "the New Hampshire Republican": a description, no name
                    first_in_sentence = False
                    continue
                if j - i >= 2 and opens and self._common_word(i) \
                        and self._opens_before_name(tokens[i].text.casefold()) \
                        and self._person_word(tokens[i + 1].text):
                    # "Billionaire Donald Trump", "Does Ted Cruz …", "Given
                    # Sanders' …": the word opening the sentence is no part
                    # of the name after it
                    i += 1
                    low = tokens[i].text.casefold()
                if j > i and j - i == 1 and (is_demonym(low) or low in PARTY_WORDS
                                             or is_plural_of_kind(low)
                                             or (opens and low in PLURAL_COMMON_NOUNS
                                                 and low not in self.by_word)
                                             or (opens and self._common_word(i))):
                    # "Democratic", "Russian": adjectives; "Democrats",
                    # "Companies": groups; "Allies of Clinton say": a word
                    # the text also writes in lower case
                    j = i
                if j > i:
                    # "People like Scott, he said": a name after a preposition
                    # is no subject even near the start of a sentence
                    after_preposition = i > sentence.first_token and \
                        tokens[i - 1].text.casefold() in SUBJECT_BLOCKING_WORDS
                    subject = (first_in_sentence
                               or _described_subject(tokens, sentence.first_token, i)
                               or _after_opening_phrase(tokens, sentence.first_token, i, j)
                               or _after_fronted_participle(tokens, sentence.first_token, i, j)
                               ) and not after_preposition
                    self._add_name_run(i, j, subject, sentence.paragraph)
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

    def learn_genders(self) -> None:
        """Gender from the pronouns that follow a person named alone in a
        sentence ("President Barack Obama responded … by saying his
        refusal …"): the name list cannot know every first name, and a "she"
        must not go to a man it does not know. Only people with a title, a
        role or a name of two words that is not a place or an institution
        learn (a bare "Virginia" or "Honolulu" may be a place), only from
        unanimous evidence, and never inside quotation marks."""
        votes: dict[int, set[str]] = {}
        by_id: dict[int, Entity] = {}
        spans, starts = self.name_spans, self._name_starts  # in text order
        sentences = self.analysis.sentences
        for token in self.tokens:
            gender = PRONOUN_GENDER.get(token.text)
            if gender is None or self.in_quotation(token.start):
                continue
            sentence = sentences[token.sentence]
            first = bisect_left(starts, sentence.start)
            last = bisect_left(starts, token.start)
            if first == last:
                continue
            opening = self.tokens[min(sentence.end_token - 1, sentence.first_token + 4)].end
            if starts[first] >= opening:
                name_at = self.analysis.token_at(starts[first])
                name_end = self.analysis.token_at(spans[first][1] - 1) + 1
                if not _after_opening_phrase(self.tokens, sentence.first_token, name_at,
                                             name_end):
                    continue  # the first name is not the sentence's subject
            named = {id(entity) for _, _, entity in spans[first:last]}
            entity = spans[first][2]
            if len(named) == 1 and entity.kind is SpeakerKind.PERSON and (
                    entity.roles or entity.person_like or (
                        len(entity.name.split()) > 1 and not org_like(entity.name.split())
                        and not set(entity.name.casefold().split()) & NON_PERSON_WORDS)):
                votes.setdefault(id(entity), set()).add(gender)
                by_id[id(entity)] = entity
        for key, genders in votes.items():
            entity = by_id[key]
            if entity.gender is None and len(genders) == 1:
                entity.gender = genders.pop()

    def _common_word(self, i: int) -> bool:
        """Is the capitalised word at token ``i``, which opens its sentence,
        one the text writes in lower case elsewhere ("Allies", "Nearly",
        "Federal")? A name is not written so ("Trump", "Hammond") — unless it
        is a first name or a known one ("Bill", "Will")."""
        low = self.tokens[i].text.casefold()
        if low in self.by_word or low in first_names() or not self.tokens[i].text.isalpha():
            return False
        if not low.endswith("s") and i + 1 < len(self.tokens) \
                and self.tokens[i + 1].text in SPEECH_VERBS_AFTER_NAME:
            return False  # "Target said …" is the company, whatever "target" is elsewhere
        if self._lower_words is None:
            self._lower_words = frozenset(t.text for t in self.tokens if t.text.islower())
        return low in self._lower_words

    @staticmethod
    def _opens_before_name(low: str) -> bool:
        """Can this word open a sentence before a name without being part of
        it ("Was Szlachta satisfied", "Beneath Clinton's wins", "Stated
        Stone:", "Billionaire Donald Trump")? Not a word that may be a first
        name ("Ash Carter", "Chip Roy", "Young Kim")."""
        return low in STOP or low in SENTENCE_OPENING_WORDS or low.endswith(("ly", "ed"))

    def _person_word(self, word: str) -> bool:
        """Is ``word`` a first name, or a name the text has used for a person?"""
        low = word.casefold()
        return low in first_names() or any(e.kind is SpeakerKind.PERSON and (e.gender or e.roles)
                                           for e in self.by_word.get(low, ()))

    def _is_section_label(self, lo: int, hi: int) -> bool:
        """A line of one to three words in capitals ("FULL TEXT.",
        "ABSTRACT."): a label of the page, no name."""
        if hi - lo > 6 or not self.tokens[lo].text.isupper():
            return False
        words = [t.text for t in self.tokens[lo:hi] if t.text[:1].isalpha()]
        return 0 < len(words) <= 3 and all(w.isupper() for w in words) \
            and all(not t.text[:1].isalnum() for t in self.tokens[lo:hi]
                    if not t.text[:1].isalpha())

    def _is_headline(self, lo: int, hi: int) -> bool:
        """A title-case line: most of its words capitalised."""
        if hi - lo > 30:
            return False  # headlines are short
        words = [t.text for t in self.tokens[lo:hi] if t.text[:1].isalpha()
                 and t.text.casefold() not in ("n't", "n’t")]  # "Does" "n’t" is one word
        if len(words) < 4:
            return False
        paragraphs = self.analysis.paragraphs
        if len(paragraphs) > 1 and self.tokens[lo].start <= paragraphs[0][0] + 1 \
                and paragraphs[0][1] - 1 <= self.tokens[hi - 1].end <= paragraphs[0][1] + 1:
            # the title line: its little words may be lower-case ("Obama Sees
            # 'Personal Insult' if Blacks Don't Rally for Hillary Clinton.")
            content = [w for w in words if w.casefold() not in TITLE_SMALL_WORDS]
            # (one lower-case little word stays a title: "… Violence is Beyond
            # Compare", "… Prosecutor after Report …"; a lower-case verb makes
            # a lede: "Prime Minister Aron Velde met President Ilka Morrow")
            lower = [w.casefold() for w in content if not w[:1].isupper()]
            return not lower or (len(lower) == 1 and len(content) >= 6
                                 and lower[0] in HEADLINE_FUNCTION_WORDS)
        capitalised = sum(1 for w in words if w[:1].isupper())
        if capitalised < 0.75 * len(words):
            return False
        if capitalised == len(words) >= 5 and not any(
                t.text == "," for t in self.tokens[lo:hi]):
            return True  # every word capitalised: a list's heading, even with a stop
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
            if low not in role_last_words():
                continue
            role = role_at_end(words)
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

    def _description_by_role(self, words: Sequence[str], offset: int) -> Entity | None:
        """The last entity whose roles match a description: the whole phrase
        ("russian president") first, else its head role ("president")."""
        core = [w for w in words if w not in DETERMINERS and w != "former"]
        if not core:
            return None
        phrase = " ".join(core)
        head = role_at_end(core)
        if head is None:
            return None
        parties = parties_of(core)
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
                    parties and party_of(entity) - parties):
                fallback = entity  # not "the Democratic nominee" for a Republican
        return fallback

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
                if j > i and low in WEEKDAYS:
                    if j - 2 > i and tokens[j - 2].text == "on":
                        j -= 2  # "CBS News on Super Tuesday": the name ends before "on"
                    break  # "asked Trump Wednesday"
                if j > i and low in TITLE_CASE_VERBS and j + 1 < hi \
                        and self._is_cap(tokens[j + 1]):
                    break  # "Hillary Clinton Says EgyptAir …" — but "Edward Said argued"
                if j == i and (low in NOT_NAMES or (
                        low in STOP and sentence_start and j + 1 < hi
                        and not self._is_cap(tokens[j + 1]))):
                    break  # "Since last week's poll": but "said Will Hurd" is a name
                if j == i and sentence_start and low.endswith(("ial", "ical", "ive", "ous")) \
                        and low not in first_names() and j + 1 < hi \
                        and tokens[j + 1].text[:1].islower() \
                        and not tokens[j + 1].text.endswith(("ed", "s", "ld", "id")):
                    break  # "Presidential campaigning is …": an adjective, not "Clive said"
                if j == i and sentence_start and (low in GROUP_WORDS or low in ROLE_HEADS):
                    break  # "Officials said", "Analysts say"
                if j == i and sentence_start and low.endswith("ing") and j + 1 < hi \
                        and tokens[j + 1].text[:1].islower():
                    break  # "Voting rights advocates …" is no name
                j += 1
                if j < hi and tokens[j].text == "." and (
                        len(t.text) == 1 or low in TITLES or low in NAME_SUFFIXES
                        or low in ABBREVIATED_TITLES):
                    j += 1  # an initial "F." or a title "Gov."
                continue
            if j > i and len(t.text) == 1 and t.text.isupper() and j + 2 < hi \
                    and tokens[j + 1].text == "." and self._is_cap(tokens[j + 2]):
                j += 2  # a middle initial: "John F. Kerry"
                continue
            if j > i and low == "of" and j + 2 < hi and self._is_cap(tokens[j + 1]) \
                    and tokens[j - 1].text.casefold() in TITLE_HEADS_BEFORE_OF:
                j += 1  # "Secretary of State John Kerry", "Minister of Defence …"
                continue
            if j > i and low in NAME_PARTICLES and j + 1 < hi and self._is_cap(tokens[j + 1]):
                j += 1
                continue
            if j > i and low in ("of", "for", "on") and j + 1 < hi and self._is_cap(tokens[j + 1]) \
                    and tokens[j + 1].text.casefold() not in NOT_NAMES \
                    and any(tk.text.casefold() in ORGANISATION_WORDS for tk in tokens[i:j]):
                j += 1  # "Department of Fisheries", "Committee on Ethics"
                continue
            if j > i and low == "and" and j + 2 < hi and self._is_cap(tokens[j + 1]) \
                    and any(tk.text.casefold() in ("of", "for", "on") for tk in tokens[i:j]) \
                    and any(tk.text.casefold() in ORGANISATION_WORDS for tk in tokens[i:j]) \
                    and self._organisation_tail(j + 1, hi):
                j += 1  # "Center for Economic and Policy Research"
                continue
            if j > i and t.text in QUOTE_CHARS and j + 3 < hi and self._is_cap(tokens[j + 1]) \
                    and tokens[j + 2].text in QUOTE_CHARS and self._is_cap(tokens[j + 3]):
                j += 3  # a nickname: Tom "Anchor" Ellery
                continue
            break
        return j

    def _organisation_tail(self, k: int, hi: int) -> bool:
        """Do the one or two capitalised words at ``k`` end an organisation's
        name ("… and Policy Research"), not begin a titled person's ("… and
        Health Secretary Tom Price")?"""
        tokens = self.tokens
        for end in (k + 1, k + 2):
            if end > hi or not all(self._is_cap(t) for t in tokens[k:end]):
                return False
            if tokens[end - 1].text.casefold() in ORGANISATION_TAILS and (
                    end >= hi or not self._is_cap(tokens[end])):
                return not any(t.text.casefold() in TITLES for t in tokens[k:end])
        return False

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
            if low in TITLE_HEADS_BEFORE_OF and k + 3 < len(words) and lows[k + 1] == "of":
                # "Secretary of State", "Secretary of Homeland Security": the
                # title runs up to the last two words at most (the name)
                end_of_title = k + 2
                while end_of_title < len(words) - 3 and \
                        lows[end_of_title + 1] not in first_names():
                    end_of_title += 1
                roles.append(" ".join(lows[k:end_of_title + 1]))
                k = end_of_title + 1
                continue
            if low in MALE_TITLES or low + "." in MALE_TITLES:
                gender = "m"
            elif low in FEMALE_TITLES or low + "." in FEMALE_TITLES:
                gender = "f"
            if low in TITLES or low in ABBREVIATED_TITLES or words[k] == "." or \
                    low in known_roles()[0]:
                k += 1
                continue
            if is_demonym(low) and k + 1 < len(words) and (lows[k + 1] in TITLES
                                                             or lows[k + 1] in known_roles()[0]):
                k += 1
                continue
            # "Democrat Hillary Clinton" is a Democrat; the "Republican National
            # Committee" keeps its party in its name
            if low in PARTY_WORDS and len(words) - k >= 3 and not any(
                    w in ORGANISATION_WORDS for w in lows[k + 1:]):
                roles.append(PARTY_ROLE[low])  # "Democrat Hillary Clinton"
                k += 1
                continue
            break
        # a title after capitalised modifiers: "County Commissioner Samuel Adeyemi"
        for last_title in range(len(words) - 2, k - 1, -1):
            if lows[last_title] in TITLES or lows[last_title] in known_roles()[0]:
                if all(w[:1].isupper() or w == "." for w in words[k:last_title]):
                    k = last_title + 1
                    if lows[k] == "of" and k + 2 < len(words):
                        k += 2  # "White House Chief of Staff Denis McDonough"
                break
        title_words = [ABBREVIATED_TITLES.get(w, w) for w in lows[:k] if w not in ("", ".")]
        title_words = [w for w in title_words if w not in ("mr", "mrs", "ms", "miss", "dr")]
        if title_words:
            role = role_at_end(title_words)
            if role:
                roles.append(role)
                if len(title_words) > len(role.split()):
                    roles.append(" ".join(title_words))
        words = without_nickname(words)
        name_tokens: list[str] = []
        for w in words[k:]:
            if w == "." and name_tokens:
                name_tokens[-1] += "."  # "F." "Jr."
            elif w != ".":
                name_tokens.append(w)
        if not name_tokens or (len(name_tokens) == 1 and (
                name_tokens[0].casefold().rstrip(".") in TITLES
                or name_tokens[0].casefold() in known_roles()[0])):
            return  # "President" alone is a title, not a name
        # a role noun right before the name: "White House spokesman Josh Earnest"
        before = [t.text.casefold() for t in tokens[max(0, i - 4):i]]
        noun_gender = NOUN_GENDER.get(before[-1]) if before else None  # "widow Terry Strada"
        role = role_at_end(before) if before and before[-1] in role_last_words() else None
        if role is None and len(before) > 1 and before[-1] == "," and j < len(tokens) \
                and tokens[j].text in (",", ".") and before[-2] in role_last_words():
            # "Kazakhstan's foreign minister, Erlan Idrissov, plays down …":
            # the role set off before the name
            before = [t.text.casefold() for t in tokens[max(0, i - 5):i - 1]]
            role = role_at_end(before)
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
        entity = self._entity_for_name(name, is_org, start, gender, titled=bool(roles))
        if entity is None:
            return
        self._remember_short_forms(name, entity)
        for r in roles:
            entity.add_role(r)
        if gender and not entity.gender:
            entity.gender = gender
        if noun_gender and entity.kind is SpeakerKind.PERSON:
            entity.gender = noun_gender  # a widow is a woman whatever "Terry" suggests
        if roles or gender or (len(name_tokens) > 1 and not org_like(name_tokens)):
            entity.person_like = entity.kind is SpeakerKind.PERSON
        mention_start = tokens[i].start if roles or gender else start
        kind = MentionKind.ORGANISATION if is_org else MentionKind.NAME
        role = self._apposition_after(j)
        if role and entity.kind is SpeakerKind.PERSON:
            entity.add_role(role)
            entity.person_like = True
        gender_noun = self._apposition_gender(j)
        if gender_noun and entity.kind is SpeakerKind.PERSON and not entity.gender:
            entity.gender = gender_noun  # "Ivanka Trump, the nominee's eldest daughter,"
            entity.person_like = True
        entity.mentions[(mention_start, end)] = kind
        self.name_spans.append((mention_start, end, entity))
        self._name_starts.append(mention_start)
        self.note(start, entity, subject=subject, speaker=False, span=(mention_start, end))
        for word in entity.name_words():
            bucket = self.by_word.setdefault(word, [])
            if entity not in bucket:
                bucket.append(entity)
        if entity.kind is SpeakerKind.PERSON:
            self._organisation_named_after(name, j, subject)

    def _organisation_named_after(self, name: str, j: int, subject: bool) -> None:
        """ "the Trump campaign('s website)", "Clinton's team": an organisation
        named after the person, registered where it is mentioned so that "the
        campaign" and "it" can find it later. "team" and "camp" are the
        campaign when the text speaks of one."""
        tokens = self.tokens
        k = j + 1 if j < len(tokens) and tokens[j].text in ("'s", "’s") else j
        if k >= len(tokens) or tokens[k].text.casefold() not in CAMPAIGN_NOUNS:
            return
        noun = tokens[k].text.casefold()
        surname = name.split()[-1]
        entity = self.campaign_of(surname) if noun in ("team", "camp") else None
        if entity is None:
            entity = self._entity_for_name(f"{surname} {noun}", True, tokens[k].start)
        if entity is None:
            return
        # the head of its phrase unless a role or name follows ("Trump
        # campaign spokesman Jason Miller")
        head = k + 1 >= len(tokens) or not (tokens[k + 1].text[:1].isupper()
                                             or tokens[k + 1].text.casefold() in role_last_words()
                                             or tokens[k + 1].text in ("'s", "’s"))
        self.note(tokens[k].start, entity, subject=subject and head, speaker=False)

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
        return role_at_end(words) if words else None

    def _apposition_gender(self, j: int) -> str | None:
        """The gender an apposition right after a name gives by its head noun
        (", the nominee's eldest daughter,", ", a mother of three,")."""
        tokens = self.tokens
        if j + 2 >= len(tokens) or tokens[j].text != ",":
            return None
        for t in tokens[j + 1:j + 10]:
            low = t.text.casefold()
            if low in (",", ".", ";", ":", "who", "("):
                return None
            if low in NOUN_GENDER:
                return NOUN_GENDER[low]
        return None

    def _looks_organisation(self, tokens: Sequence[Token], i: int, j: int,
                            name_tokens: Sequence[str]) -> bool:
        if self.analysis.has_ner:
            ners = {t.ner for t in tokens[i:j]}
            if "ORG" in ners:
                return True
            if "PERSON" in ners:
                return False
        if name_tokens and name_tokens[0].casefold() in first_names() \
                and name_tokens[-1].casefold() in SURNAME_LIKE_ORGANISATION_WORDS:
            return False  # "Robert Service", the historian; "the Secret Service" stays
        return any(w.casefold() in ORGANISATION_WORDS for w in name_tokens)

    def _entity_for_name(self, name: str, is_org: bool, offset: int,
                         gender: str | None = None, titled: bool = False) -> Entity | None:
        key = name.casefold()
        same = self._acronym_partner(name)
        if same is not None:
            # "the International Monetary Fund … the IMF": one organisation
            if name not in same.names:
                same.names.append(name)
            if is_org or not (same.gender or same.roles):
                same.kind = SpeakerKind.ORGANISATION
            return same
        if is_org:
            entity = self.by_org.get(key)
            if entity is None:
                entity = Entity(kind=SpeakerKind.ORGANISATION, names=[name], first_seen=offset)
                self.by_org[key] = entity
                self.entities.append(entity)
            return entity
        same_name = self.by_full_name.get(key)
        if same_name is not None and not (gender and same_name.gender
                                          and same_name.gender != gender):
            return same_name  # … but "Mrs. Clinton" is not the "Clinton" who became Bill Clinton
        words = key.split()
        core = [w for w in words if w.rstrip(".") not in NAME_SUFFIXES]
        if not core:
            return None
        suffix = [w for w in words if w.rstrip(".") in NAME_SUFFIXES]
        # a shorter form of a known name: "Bennett" for "Naftali Bennett"
        # a bare surname goes first to whoever it already stood for ("Cruz"
        # is Ted Cruz even just after "a photo of Heidi Cruz"), then to the
        # person last mentioned
        known_entities = sorted(self.by_word.get(core[-1], []) + (
            self.by_word.get(core[0], []) if len(core) == 1 else []),
            key=lambda e: (len(core) == 1 and core[0] not in e.bare_names,
                           -self.last_seen.get(id(e), -1)))
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
                if gender is None and is_place(core[0]) and not any(
                        n.casefold().split()[-1] == core[0] for n in entity.names):
                    continue  # "Cleveland" is the city, not "Cleveland Browns"
                entity.bare_names.add(core[0])
                return entity
            if len(core) > 1 and core[-1] in known:
                other_first = [n.split()[0].casefold() for n in entity.names if len(n.split()) > 1]
                if not other_first or core[0] in other_first:
                    if set(suffix) == known_suffix:
                        entity.names.append(name)
                        self.by_full_name[key] = entity
                        if entity.gender is None and core[0] in first_names():
                            entity.gender = first_names()[core[0]]
                        return entity
        if len(core) == 1:
            misspelt = self._spelling_variant(core[0])
            if misspelt is not None and (gender is None or misspelt.gender == gender):
                # ("Mr. McLenney" is not "Jennifer McClenney", nor a person
                # whose gender the text never showed)
                misspelt.bare_names.add(core[0])
                return misspelt  # "McLenney" for the "Tyresha McClenney" named before
        if gender is None and not titled and is_place(key):
            # "China says …", "Moscow denied …": a state speaks as an
            # organisation; "he" and "she" are not for it
            return self._entity_for_name(name, True, offset)
        entity = Entity(kind=SpeakerKind.PERSON, names=[name], first_seen=offset)
        first = core[0] if len(core) > 1 else None
        if first and first in first_names() and not org_like(name.split()):
            entity.gender = first_names()[first]
            entity.person_like = True
        elif first and first in unisex_first_names() and not org_like(name.split()):
            entity.first_named = True  # "Angel Mendoza": a person, gender unknown
        self.by_full_name[key] = entity
        self.entities.append(entity)
        return entity

    def _spelling_variant(self, surname: str) -> Entity | None:
        """The one person introduced by full name whose surname differs from
        ``surname`` by one dropped or added letter ("McClenney"/"McLenney"):
        news text misspells names, and a long surname off by one letter is
        rarely someone else. Short names are left alone ("Kane"/"Kan")."""
        if len(surname) < 6:
            return None
        found = {id(entity): entity for last, entity in self.by_full_name.items()
                 if entity.kind is SpeakerKind.PERSON and " " in last
                 and _one_letter_apart(last.rsplit(" ", 1)[1], surname)}
        return next(iter(found.values())) if len(found) == 1 else None

    def campaign_of(self, surname: str) -> Entity | None:
        """The campaign named after a person ("the Trump campaign"), if the
        text has one: what "the Trump team" or "Trump's camp" also means."""
        return self.by_org.get(f"{surname} campaign".casefold())

    def _acronym_partner(self, name: str) -> Entity | None:
        """The entity a name is the acronym of, or whose acronym it spells
        out ("IMF" and "International Monetary Fund")."""
        if " " not in name:
            return self._by_acronym.get(name) if name.isupper() and 2 <= len(name) <= 6 else None
        if not self._by_short_name or " " not in name:
            return None
        short = _acronym(name)
        return self._by_short_name.get(short) if short else None

    def _remember_short_forms(self, name: str, entity: Entity) -> None:
        if " " not in name:
            if name.isupper() and 2 <= len(name) <= 6:
                self._by_short_name.setdefault(name, entity)
        else:
            short = _acronym(name)
            if short:
                self._by_acronym.setdefault(short, entity)

    def _recent(self, offset: int, limit: int = 40) -> list[Event]:
        """Up to ``limit`` history events before ``offset``, most recent first."""
        stop = bisect_left(self._history_offsets, offset)
        return self.history[max(0, stop - limit):stop][::-1]

    def events_between(self, start: int, end: int) -> list[Event]:
        """History events at offsets in ``[start, end)``, in text order."""
        return self.history[bisect_left(self._history_offsets, start):
                            bisect_left(self._history_offsets, end)]

    def entity_in(self, start: int, end: int) -> Entity | None:
        """The head name of a mention: the last name before an apposition
        ("former Obama adviser David Axelrod", "Khalid Ramsey, a Labour MP"),
        else the first after it ("the mayor, Jane Doyle")."""
        aside = APPOSITION_MARK.search(self.text, start, end)
        if aside is not None and aside.group().strip() not in (",", "(") \
                and self.text[start:aside.start()].isupper() \
                and APPOSITION_MARK.search(self.text, aside.end(), end) is None:
            # a dateline before the dash ("NEW YORK - Republican presidential
            # candidate Donald Trump"): the mention starts after it
            start = aside.end()
            aside = APPOSITION_MARK.search(self.text, start, end)
        comma = aside.start() if aside is not None else -1
        head_end = comma if comma >= 0 else end
        i = bisect_left(self._name_starts, end)
        inside = [(s, e, entity) for s, e, entity in self.name_spans[max(0, i - 12):i]
                  if s < end and start < e]
        before = [item for item in inside if item[0] < head_end]
        # a name after a preposition is a place or an employer, not the head:
        # "The Rialto cinema on Front Street", "Cory James of Flint"
        heads = [item for item in before if not (
            set(self.text[start:item[0]].casefold().split()) & HEAD_BREAKING_PREPOSITIONS)
            or role_at_end(tuple(self.text[max(start, item[0] - 40):item[0]].casefold().split()))]
        # … unless a role stands right before it: "Fight for $15 organizing
        # director Kendall Fells"
        if heads:
            return heads[-1][2]
        titled = [item for item in before if item[2].kind is SpeakerKind.PERSON
                  and self.text[item[0]:item[1]].split()[0].casefold() in TITLES]
        if titled:
            return titled[-1][2]  # "at the party convention Sen. Helen Crane": the titled name
        after = [item for item in inside if item[0] > head_end]
        if before and after and aside is not None \
                and not self.text[aside.end():after[0][0]].strip() \
                and after[0][2].kind is SpeakerKind.PERSON and len(after[0][2].name.split()) > 1:
            return after[0][2]  # "The mayor of Springfield, Jane Doyle": the named holder
        if before:
            return before[0][2]
        return inside[0][2] if inside else None

    def in_quotation(self, offset: int) -> bool:
        i = bisect_right(self._quoted_starts, offset) - 1
        return i >= 0 and offset < self._quoted[i][1]

    def note(self, offset: int, entity: Entity, *, subject: bool, speaker: bool,
             span: Offsets | None = None) -> None:
        if not speaker and self.in_quotation(offset):
            return  # named inside a quotation: no antecedent for "he" later
        i = bisect_right(self._history_offsets, offset)
        self._history_offsets.insert(i, offset)
        self.history.insert(i, Event(offset, entity, subject, speaker,
                                      self.analysis.paragraph_at(offset), span))
        self.last_seen[id(entity)] = max(offset, self.last_seen.get(id(entity), -1))
        if speaker:
            self.speakers_seen.add(id(entity))

    def latest_subject(self, after: int, before: int) -> Event | None:
        """The last person named as a sentence subject between two offsets."""
        for event in self._recent(before):
            if event.offset <= after:
                return None
            entity = event.entity
            if event.subject and event.span and entity.kind is SpeakerKind.PERSON and (
                    entity.person_like or entity.roles):
                return event
        return None


MALE_PRONOUNS = frozenset({"he", "him", "his"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers"})
# every spelling of a gendered pronoun, so tokens need no casefolding
PRONOUN_GENDER = {form: gender for gender, words in (("m", MALE_PRONOUNS), ("f", FEMALE_PRONOUNS))
                  for word in words for form in (word, word.capitalize(), word.upper())}
SUBJECT_BLOCKING_WORDS = frozenset(
    "like of for with about to from by against than unlike including".split())
TITLE_SMALL_WORDS = frozenset(
    """a an the and but or nor for of on in at to by with from as if vs n't 's ’s""".split())
CAMPAIGN_NOUNS = frozenset("campaign administration team camp".split())


def _one_letter_apart(a: str, b: str) -> bool:
    """Is one of the words the other with one letter more?"""
    if abs(len(a) - len(b)) != 1 or a[:2] != b[:2]:
        return False
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


@lru_cache(maxsize=4096)
def _acronym(name: str) -> str:
    """ "International Monetary Fund" -> "IMF"; "" for one word or a name
    with lower-case words other than the little ones."""
    words = [w for w in name.split() if w.casefold() not in ("of", "the", "for", "and", "on")]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return ""
    return "".join(w[0] for w in words)


def parties_of(words: Sequence[str]) -> set[str]:
    """The parties a description names ("the Democratic front-runner")."""
    return {PARTY_ROLE[w] for w in words if w in PARTY_ROLE}


def party_of(entity: Entity) -> set[str]:
    """Parties named in an entity's roles ("republican presidential nominee")."""
    return {PARTY_ROLE[w] for role in entity.roles for w in role.split() if w in PARTY_ROLE}


def org_like(words: Sequence[str]) -> bool:
    """Two-word capitalised runs that are no person: "RT America", "Ora Media"
    — but a first name with a surname spelt like a place word is a person
    ("Cornel West", "Oliver North")."""
    lows = [w.casefold() for w in words]
    if len(lows) == 2 and lows[0] in first_names() and lows[1] in PLACE_LIKE_SURNAMES:
        return False
    return bool(set(lows) & NON_PERSON_WORDS) or any(
        w.isupper() and len(w.rstrip(".")) > 1 for w in words)  # an initial "C." is no acronym


# words of NON_PERSON_WORDS that are common surnames too
PLACE_LIKE_SURNAMES = frozenset("west north".split())  # "Grant Park" stays a place


def without_nickname(words: list[str]) -> list[str]:
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


def is_demonym(word: str) -> bool:
    """Nationality adjectives: "Russian", "Israeli", "Chinese", "British"
    (but not names like "Brennan" or "Brian")."""
    if word in ("us", "u.s", "u.s.", "uk", "u.k", "u.k.", "eu", "un"):
        return True
    if word in first_names() or word in NOT_DEMONYMS:
        return False
    return word in I_DEMONYMS or (word[:1].isalpha() and len(word) > 4 and word.endswith(
        ("ian", "ean", "ese", "ish", "ican")))


# speech verbs after which a one-word subject is a name ("Target said")
SPEECH_VERBS_AFTER_NAME = frozenset("said says told announced reported added wrote".split())
# words that open a sentence before a name: prepositions, and nouns that
# describe the person named ("Billionaire Donald Trump")
SENTENCE_OPENING_WORDS = frozenset(
    """beneath beyond behind given despite unlike inside outside among amid billionaire
    businessman businesswoman comedian""".split())
# a name with a demonym's ending: "The Guardian" (a newspaper), "Don Guardian"
NOT_DEMONYMS = frozenset({"guardian"})
# demonyms in "-i", listed: by ending alone "Petrilli" or "Kowalski" would be one
I_DEMONYMS = frozenset(
    """israeli israelis iraqi iraqis pakistani pakistanis somali somalis yemeni yemenis omani
    omanis bahraini bahrainis afghani azerbaijani nepali nepalis bengali""".split())


def is_plural_of_kind(word: str) -> bool:
    """Party members or nationals in the plural ("Democrats", "Republicans",
    "Russians", "Americans"): a group, not a name."""
    return word in PLURAL_NATIONALS or (word.endswith("s") and (
        word[:-1] in PARTY_WORDS or word in ("independents", "evangelicals")
        or (word.endswith(("ians", "eans", "icans")) and is_demonym(word[:-1]))))


# last words of organisation names that join two fields with "and"
ORGANISATION_TAILS = frozenset(
    """research studies affairs policy development relations prevention services security
    sciences technology education training justice health welfare""".split())
# plural common nouns that open sentences capitalised
PLURAL_COMMON_NOUNS = frozenset(
    """companies firms groups unions banks agencies governments countries nations states
    voters officials critics supporters opponents experts analysts residents activists
    protesters lawmakers leaders candidates workers students parents teachers police
    republicans democrats""".split())
# plural nationals whose singular ends in "-i" (a closed list: "Willis" and
# "Dukakis" are surnames)
PLURAL_NATIONALS = frozenset(
    """israelis iraqis pakistanis saudis somalis kuwaitis afghanis yemenis qataris omanis
    bangladeshis emiratis""".split())


def strip_determiner(text: str) -> str:
    words = text.split()
    while len(words) > 1 and words[0].casefold() in DETERMINERS:
        words = words[1:]
    return " ".join(words)
