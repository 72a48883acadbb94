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

import re
from bisect import bisect_left
from collections.abc import Sequence
from itertools import pairwise

from .analysis import Analysis
from .candidates import Candidate, Offsets
from .model import Mention, MentionKind, Quote, Span, Speaker, SpeakerKind
from .names import (
    APPOSITION_MARK,
    FEMALE_PRONOUNS,
    MALE_PRONOUNS,
    NON_PERSON_WORDS,
    NOUN_GENDER,
    TITLES,
    Entity,
    Event,
    NameIndex,
    first_names,
    is_place,
    parties_of,
    party_of,
    role_at_end,
    strip_determiner,
)
from .quotemarks import QuoteRegion
from .sources import (
    ANONYMOUS_HEADS,
    DETERMINERS,
    GROUP_WORDS,
    ORGANISATION_WORDS,
    PRONOUNS,
    QUANTIFIERS,
    RELATIVE_THAT_HEADS,
    US_STATES,
    is_person_plural,
    subject_before,
)
from .states import PARTY_NOUNS, is_state_party_description, state_after_name, states_in

TRAILING_ADVERBS = frozenset(
    "now also then later again still too himself herself today tonight".split())
# an article and capitalised words closing the text before a relative "who"
DESCRIPTION_BEFORE = re.compile(r"\b(?:the|a|an)\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*$")
# "said of …" right after a cue: what the statement is about
SAID_OF = re.compile(r"\s+of\s+")
# organisation nouns that, as "the NOUN" opening a clause, continue a named one
SUBJECT_ORGANISATION_NOUNS = frozenset(
    "network company bank newspaper paper agency union firm magazine website station".split())
# bodies that speak for the organisation that owns them ("the paper's editorial board")
BOARD_NOUNS = frozenset("board editors".split())
# roles of people who run campaigns of their own
CAMPAIGNING_ROLES = frozenset(
    """candidate nominee senator governor representative congressman congresswoman mayor
    front-runner hopeful contender presidential candidate""".split())
# a name that modifies a noun after it ("the Sanders campaign", "Trump's")
MODIFIED_NAME = re.compile(r"['’]s\b|\s+[a-z]+['’]s\b|\s+(?:campaign|camp|team|staff|"
                           r"administration|family|office|aides|supporters|voters)\b")
# parts of a name after the surname
NAME_SUFFIXES = frozenset("jr sr ii iii iv".split())
# records an organisation or a person issues to speak for them ("the release said")
ISSUED_RECORDS = frozenset("release statement announcement memo".split())
# an age or a hometown set off after a name (", 24", ", from Manchester")
AGE_OR_HOMETOWN = re.compile(r",\s+(?:\d{1,3}|from(?:\s+[A-Z][\w.'’-]*)+)$")
# capitalised words opening a sentence that name nothing ("Neither company")
NOT_NAME_OPENERS = QUANTIFIERS | frozenset("neither either every another any no such other".split())
# nouns that describe an organisation ("the bank said")
ORGANISATION_NOUNS = frozenset(
    """bank union company firm network agency campaign committee group party organization
    organisation newspaper paper board court department ministry council administration
    government station channel magazine website airline carrier university school
    corporation business team camp fund bureau authority institute commission service
    foundation""".split()
)
DOCUMENT_NOUNS = frozenset(
    """brief statement letter filing ad advert video tweet tweets website report memo lawsuit
    complaint email post op-ed column book speech account memoir testimony document
    release ruling decision opinion clip spot commercial research findings tracker note
    message declaration affidavit""".split()
)
POSSESSIVE_PRONOUNS = frozenset("his her their its".split())
# media a document comes in, no makers: "a TV ad", "a Web video"
MEDIA = frozenset("tv web internet cable radio online digital facebook twitter".split())
# what someone says, as a noun: "his response focused on …"
SPOKEN_NOUNS = frozenset("response reply answer remarks comments comment words message".split())
# what someone says or how, which speaks for whoever's it is ("Ryan's language")
POSSESSED_WORDS = SPOKEN_NOUNS | frozenset("language rhetoric".split())
# a document's noun followed by who made it: "video by the …", "letter from …"
MADE_BY = re.compile(
    r"[\w-]*,?\s+(?:(?:(?:released|published|issued|produced|commissioned|conducted|written|"
    r"prepared|compiled|filed|submitted)\s+)?(?:by|from)|(?:released|published|issued|produced|"
    r"commissioned|conducted|written|prepared|compiled|filed|submitted)(?:\s+[\w-]+){1,4}?\s+by)"
    r"\s+(?:the\s+)?", re.I)
# documents a text may call by another name later ("a web video … The ad … The clip")
DOCUMENT_FAMILIES = (
    ("ad", "advert", "video", "clip", "spot", "commercial"),
    ("statement", "release", "letter", "memo", "email"),
    ("ruling", "decision", "opinion"),
    ("survey", "poll", "study", "report", "analysis", "findings", "results", "research"),
    ("article", "story", "piece", "editorial"),
)
# words in an organisation's name that tell what it is, for "the union",
# "the agency", "the network" …
NAME_WORDS_OF_KIND = {
    "union": frozenset("union unions workers association federation brotherhood teamsters "
                       "guild afl cio seiu".split()),
    "agency": frozenset("agency administration department bureau service office commission "
                        "investigations enforcement authority fbi cia nsa epa irs fda dea atf "
                        "ice tsa fema".split()),
    "network": frozenset("network news tv television broadcasting channel".split()),
    "court": frozenset("court circuit tribunal".split()),
    "newspaper": frozenset("times post journal herald tribune gazette news".split()),
    "paper": frozenset("times post journal herald tribune gazette".split()),
    "committee": frozenset("committee panel".split()),
    "party": frozenset("party rnc dnc gop republican democratic".split()),
    "panel": frozenset("committee panel".split()),
    "university": frozenset("university college institute school".split()),
    "company": frozenset("company inc corp corporation co ltd llc international holdings "
                         "pharmaceuticals industries group logistics technologies "
                         "enterprises airlines motors".split()),
}
OPENING_MARKS = frozenset('"“‘\'«')
# the start of an apposition after a name: ", president of …", ", a senior fellow …"
APPOSITION_START = re.compile(r",\s+(?!and\b|or\b|but\b)(?:the\s+|a\s+|an\s+)?"
                              r"(?:[a-z][\w-]*\s+){0,3}"
                              r"(?:president|director|chairman|chairwoman|chair|founder|"
                              r"executive|spokesman|spokeswoman|professor|fellow|member|"
                              r"leader|head|analyst|adviser|advisor|strategist|organizer|"
                              r"editor|author|owner|secretary|senator|representative)\b")
# verbs by which a subject makes a record: "the council issued a statement"
MAKING_VERB = re.compile(
    r"\b(?:issued|issues|released|releases|published|publishes|conducted|conducts|"
    r"commissioned|commissions|produced|produces|put out|puts out|sent|sends|posted|posts|"
    r"wrote|writes|unveiled|unveils|launched|launches|ran|runs|aired|airs|filed|files|"
    r"circulated|distributed|prepared|compiled|shared|tweeted|made|makes|created|creates|"
    r"spent|spends|paid|pays|bought|buys|funded|funds|sponsored|sponsors|placed|places|"
    r"took|takes)\b",
    re.I)
# conjunctions that open a subordinate clause
SUBORDINATING = frozenset(
    "after before when while because since although though as if until unless whereas".split())
# lower-case words that may stand before a titled name in an apposition
NAME_MODIFIERS = frozenset("former then late acting interim outgoing incoming".split())
# a participle that says a record came out, right after its noun
PUBLISHED = re.compile(r"\s+(?:released|published|conducted|issued)\b", re.I)
# nouns for what someone holds or says ("Mr. Allen's proposition that …")
VIEW_NOUNS = frozenset(
    """proposition argument view views claim claims point position theory idea ideas
    comments remarks proposal thesis assertion contention belief case""".split())
# cues only a document has: '"…," it reads'
READING_CUES = frozenset("read reads".split())
# words opening a phrase or clause before the subject ("When Obama took office, he …")
FRONTING_WORDS = frozenset(
    """in when after as while although though because since despite before once until if
    during following""".split())
# … those of them that open a subordinate clause, not a phrase
SUBORDINATORS = FRONTING_WORDS - {"in", "as", "despite", "during", "following"}
# lower-case words after a name that are no verb of it
NOT_VERBS_AFTER_NAME = frozenset(
    "of to in on for with and or at from by about as than the a an".split())
# the writer or sender of a document, named after it in its sentence
SENT_BY = re.compile(r"\b(?:sent|written|signed|authored|penned)\b[^;]{0,80}?\b(?:by|from)\s+",
                     re.I)
# a possessive before the record: "Exxon contended in its letter"
OWN_RECORD = re.compile(r"\b(?:its|his|her|their)\s+$", re.I)
# records and documents whose maker may be named in front of them
MADE_RECORDS = DOCUMENT_NOUNS | frozenset(
    """survey surveys poll polls study studies report analysis review audit investigation
    article story editorial piece results data figures estimates summary average tally""".split())
# words that say what kind an organisation is only as a name's last word
ENDING_KIND_WORDS = frozenset("international group".split())
# what a record may be a copy or part of ("an archived version of the … website")
COPY_NOUNS = frozenset("version copy copies excerpt excerpts portion part draft".split())
# organisation nouns for a business, whose names rarely say what they are
BUSINESS_NOUNS = frozenset("bank company firm business corporation network".split())
# words that make a name a place or an institution unless a person is shown
PLACE_WORDS = NON_PERSON_WORDS | {"hill"}
ISSUER_PREPOSITIONS = frozenset("on from by of".split())
# nouns that describe a person ("the New York businessman", "the nominee")
PERSON_NOUNS = frozenset(
    """businessman businesswoman billionaire candidate nominee politician democrat republican
    lawmaker senator governor congressman congresswoman official leader frontrunner
    front-runner contender hopeful mogul star host incumbent challenger member doctor
    physician surgeon lawyer attorney teacher professor student friend neighbor neighbour
    resident owner mother father wife husband daughter son sister brother widow
    speechwriter writer strategist pollster consultant activist lobbyist donor operative
    tycoon magnate financier
    veteran socialist conservative liberal progressive populist economist historian scholar
    author columnist commentator comedian actor actress singer executive entrepreneur investor
    developer millionaire""".split()
)
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "we", "us"})

# "X is a …" / "X … and was an …" between a name and a relative "who"
COPULAR_DESCRIPTION = re.compile(r"\s+(?:is|was)\s+(?:a|an|the)\s")
# people a text brings in as one of many ("a student wrote …"), rarely by name
ORDINARY_PEOPLE = frozenset(
    """student voter resident worker employee supporter protester attendee parent teacher
    man woman neighbor neighbour friend member reader viewer customer patient volunteer
    demonstrator bystander witness""".split())
AGE = re.compile(r"\d+-year-old")
APPOSITION_PREPOSITIONS = frozenset("of at for from with in on".split())
# a name with a possessive "'s" inside a phrase ("POLITICO's … average")
POSSESSOR = re.compile(r"\b([A-Z][\w.&-]*)['’]s\b")
# a relative clause set off after a source: what it says is about the source
RELATIVE_ASIDE = re.compile(r"(?:,\s+|\s?(?:--|[—–])\s*|\s-\s)(?:who|which|whose)\b")
# a name that ends an attribution after a quotation: '"…," NATO Secretary
# General Jens Stoltenberg said'
SAID_AFTER_NAME = re.compile(
    r"(?:[A-Z][\w.'’-]*\s+){0,5}[A-Z][\w.'’-]*\s+(?:said|says|told|tells|added|wrote)\b")


class _Resolver(NameIndex):
    """Resolves a source mention to the entity it means, on top of the
    name index: names, pronouns, descriptions."""

    # the content and cue word of the statement whose source is being resolved
    content: tuple[Offsets, ...] = ()
    cue: str = ""
    # whom the statement is told to: never its speaker ('"…," he told Hannity')
    addressee: Entity | None = None
    # whom it is said of: never its speaker either ('"…," she said of Mr. Trump')
    said_of: Entity | None = None

    def __init__(self, analysis: Analysis, regions: Sequence[QuoteRegion] = ()):
        super().__init__(analysis, regions)
        # the states the text ties each person to, by (entity, roles, mentions)
        self._states_known: dict[tuple[int, int, int], set[str]] = {}

    def resolve_mention(self, span: Offsets, kind: MentionKind | None
                        ) -> tuple[Entity | None, MentionKind]:
        start, end = span
        if kind is None:
            kind = MentionKind.DESCRIPTION
        if kind is not MentionKind.PRONOUN:
            aside = RELATIVE_ASIDE.search(self.text, start, end)
            if aside is not None:
                end = aside.start()  # "Trump's campaign, which has clashed with …, said"
        text = self.text[start:end]
        words = text.casefold().split()
        raw = text.split()
        if kind is not MentionKind.PRONOUN:
            issuer = self._issuer(words, start, end)
            if issuer is not None:
                return issuer, MentionKind.DESCRIPTION
            maker = self._maker_after_by(start, end)
            if maker is not None:
                return maker, MentionKind.DESCRIPTION
        if kind is MentionKind.DESCRIPTION and len(raw) >= 2 and raw[-1] in ORGANISATION_NOUNS \
                and (any(w[:1].isupper() for w in raw[1:-1] if w.casefold() not in DETERMINERS)
                     or (len(raw) == 2 and raw[0][:1].isupper() and raw[0].isalpha()
                         and words[0] not in DETERMINERS and words[0] not in PRONOUNS
                         and words[0] not in NOT_NAME_OPENERS)):
            # "The Trump campaign", "the Obama administration": an organisation
            # named after a person, not the person; "Time magazine": one whose
            # name alone would read as a common word
            kind = MentionKind.ORGANISATION
        if kind is MentionKind.DESCRIPTION:
            entity = self._name_as_head(start, end, text)
            if entity is not None:
                role = role_at_end([w.strip(",.") for w in text.split(",")[0].casefold().split()])
                if role and entity.kind is SpeakerKind.PERSON:
                    entity.add_role(role)
                return entity, MentionKind.NAME
        if kind is MentionKind.ORGANISATION:
            entity = self.entity_in(start, end)
            if entity is not None and entity.kind is not SpeakerKind.ORGANISATION:
                # "the Obama administration" is not Obama — but "The director
                # of the European Centre, Ina Kirsch" is the person named after it
                entity = self._name_as_head(start, end, text) \
                    if APPOSITION_MARK.search(text) else None  # (a comma or a dash)
                if entity is not None and entity.kind is SpeakerKind.PERSON:
                    return entity, MentionKind.NAME
                entity = None
        elif kind is MentionKind.NAME and is_state_party_description(raw):
            # "The Wisconsin Republican said": a description of a politician
            return self._state_party(words, start), MentionKind.DESCRIPTION
        elif kind is MentionKind.NAME:
            entity = self.entity_in(start, end)
            if entity is None and len(words) > 1:
                # a name in a headline ("Elizabeth Warren: Trump Is …") is the
                # person the article names in full
                entity = self.by_full_name.get(" ".join(words))
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
                entity = self.by_org.get(key) or self._campaign(key)
                if entity is None and ("," in text or len(words) > 8):
                    return None, kind  # a clause the span finder ran on, not a name
                if entity is None:
                    aside = APPOSITION_MARK.search(text)  # "NATO - the alliance -": NATO
                    entity = Entity(kind=SpeakerKind.ORGANISATION,
                                     names=[strip_determiner(text[:aside.start()] if aside
                                                             else text)], first_seen=start)
                    self.by_org[key] = entity
                    self.entities.append(entity)
                return entity, kind
            return None, kind
        if kind is MentionKind.GROUP:
            return self._named_group(start, end), kind
        if kind is MentionKind.PRONOUN:
            if words == ["i"] and not self.in_quotation(start):
                return self._author(start), kind  # the writer of an essay or letter
            return self._pronoun(words[0] if words else "", start), kind
        if kind is MentionKind.DESCRIPTION:
            if len(words) >= 2 and words[-1].endswith("ed") \
                    and words[-2].strip(",.") in MADE_RECORDS:
                # "a New York Times/CBS News survey released (on Thursday)",
                # "a declaration filed (in federal court by …)": the record
                words = words[:-1]
            return self._made_by_name_inside(start, end, words) or \
                self._description(words, start), kind
        return None, kind

    def named_in_of_phrase(self, cue_end: int) -> Entity | None:
        """The person an "of" phrase right after a cue is about ("the
        cautious candidate said of running against Mr. Trump")."""
        found = SAID_OF.match(self.text, cue_end)
        if found is None:
            return None
        k = bisect_left(self._name_starts, found.end())
        if k == len(self.name_spans) or self.name_spans[k][1] > found.end() + 40:
            return None
        s_, e_, entity = self.name_spans[k]
        between = self.text[found.end():s_]
        if any(c in between for c in ",.;:\"“”") or MODIFIED_NAME.match(self.text, e_):
            return None  # (not "said of the Sanders campaign's win": a modifier)
        return entity

    def _campaign(self, key: str) -> Entity | None:
        """ "the Trump team", "Clinton's camp", "Clinton's team": the campaign
        named after that person, when the text has one."""
        words = key.replace("’s", "").replace("'s", "").split()
        if len(words) >= 2 and words[-1] in ("team", "camp", "campaign"):
            return self.campaign_of(words[-2])
        return None

    def _named_group(self, start: int, end: int) -> Entity | None:
        """ "Mr. Grassley and Mr. Leahy", "Forbes and Wealth-X": people or
        organisations named together speak as a group, a speaker of its own
        (never one of them), which a later "they" can continue. Other groups
        ("officials") stay unnamed."""
        text = self.text[start:end]
        head = text.split(",", 1)[0]
        parts = [part.strip(" -—–") for part in head.split(" and ")]
        if len(parts) != 2 or any("—" in part or "including" in part for part in parts):
            return None  # ("Intelligence officials — including Adm. Rogers and …": a group)
        members: list[Entity] = []
        offset = start
        for part in parts:
            part_start = self.text.find(part, offset, end)
            # (each part is headed by its name: "The Elling mayor" is nobody named)
            entity = self._name_as_head(part_start, part_start + len(part), part) \
                if part_start >= 0 else None
            if entity is None or entity.kind is SpeakerKind.GROUP or entity in members:
                return None
            if entity.kind is not SpeakerKind.PERSON and (is_place(entity.name) or not all(
                    w[:1].isupper() for w in part.split() if w.casefold() != "the")):
                # organisations too, when the part is just the name ("Forbes
                # and Wealth-X say") — not "exit polls in New Hampshire"
                return None
            members.append(entity)
            offset = part_start + len(part)
        return self._group_of(members, start)

    def _group_of(self, members: list[Entity], start: int) -> Entity:
        key = " and ".join(sorted(e.name.casefold() for e in members))
        group = self.by_org.get(key)
        if group is None:
            group = Entity(kind=SpeakerKind.GROUP, names=[" and ".join(e.name for e in members)],
                           first_seen=start)
            self.by_org[key] = group
            self.entities.append(group)
        return group

    def note_groups(self) -> None:
        """People named together as a subject ("Obama and Clinton withdrew
        our forces. They can't blame this on Bush.") are a group a later
        "they" can mean; they are noted where they are named."""
        subjects = {event.offset for event in self.history if event.subject}
        for (s1, e1, first), (s2, e2, second) in pairwise(self.name_spans):  # text order
            if self.text[e1:s2] != " and " or first is second \
                    or first.kind is not SpeakerKind.PERSON \
                    or second.kind is not SpeakerKind.PERSON:
                continue
            subject = any(s1 <= offset < e1 for offset in subjects)
            self.note(s1, self._group_of([first, second], s1), subject=subject, speaker=False,
                      span=(s1, e2))

    def note_organisation_subjects(self) -> None:
        """An organisation described as a sentence's subject ("… on Fox
        News. With Mr. Murdoch at the helm, the network covered … It didn't
        show …") is noted where it is described, so that a later "it" or
        "the company" can go on with it."""
        tokens, words = self.tokens, self.analysis.words
        for sentence in self.analysis.sentences:
            first = sentence.first_token
            # the subject opens the sentence or follows an opening phrase
            comma = next((k for k in range(first, min(sentence.end_token, first + 10))
                          if words[k] == ","), None)
            for start in (first, comma + 1 if comma is not None else None):
                if start is None or start + 2 >= sentence.end_token:
                    continue
                if words[start] != "the" or words[start + 1] not in SUBJECT_ORGANISATION_NOUNS \
                        or not tokens[start + 2].text.isalpha() \
                        or not tokens[start + 2].text.islower():
                    continue
                at = tokens[start].start
                entity = self._organisation_description(words[start + 1], at)
                if entity is not None and entity.kind is SpeakerKind.ORGANISATION:
                    self.note(at, entity, subject=True, speaker=False,
                              span=(at, tokens[start + 1].end))

    def _author(self, offset: int) -> Entity | None:
        """Who writes "I" outside quotation marks: the signature under a
        letter to the editor (a short paragraph holding just a name, within
        the next paragraphs), else the person an author's note at the end
        introduces ("Charlotte Meehan is playwright-in-residence at …")."""
        paragraphs = self.analysis.paragraphs
        here = self.analysis.paragraph_at(offset)
        for start, end in paragraphs[here + 1:here + 5]:
            words = self.text[start:end].split()
            if 0 < len(words) <= 6 and all(w[:1].isupper() or not w[:1].isalpha()
                                           for w in words):
                entity = self.entity_in(start, end)
                if entity is not None and entity.kind is SpeakerKind.PERSON \
                        and len(entity.name.split()) > 1:  # "Empathy." is a subheading
                    return entity
        for start, end in paragraphs[-3:]:
            if start < offset:
                continue
            entity = self.entity_in(start, min(end, start + 60))
            if entity is None or entity.kind is not SpeakerKind.PERSON:
                continue
            name_end = next((e for s_, e, ent in self.name_spans if ent is entity and s_ >= start),
                            None)
            if name_end is not None and re.match(r",? (is|was|has been) |, (an?|the) ",
                                                 self.text[name_end:name_end + 14]):
                return entity
        return None

    def _issuer(self, words: list[str], start: int, end: int) -> Entity | None:
        """Who a document in a source phrase speaks for: "a document on the
        Trump campaign's website", "a statement from the Kremlin", "a report
        by Jane Doe" — the organisation or person after the preposition."""
        core = [w for w in words if w not in DETERMINERS]
        if len(core) < 3 or core[0] not in DOCUMENT_NOUNS or core[1] not in ISSUER_PREPOSITIONS:
            return None
        found = re.compile(rf"\s{core[1]}\s", re.I).search(self.text, start, end)
        if found is None:
            return None
        rest = self.text[found.end():end].casefold()
        for key, entity in self.by_org.items():
            if key and key in rest:
                return entity
        return self.entity_in(found.end(), end)

    def _name_end(self, entity: Entity, start: int) -> int:
        """Where the first name span of ``entity`` at or after ``start`` ends."""
        return next((e_ for _, e_, ent in self.name_spans[bisect_left(self._name_starts, start):]
                     if ent is entity), start)

    def _name_as_head(self, start: int, end: int, text: str) -> Entity | None:
        """A name inside a description that is its head: "the mayor, Jane
        Doyle", "Clinton now", "Indiana Gov. Mike Pence"."""
        entity = self.entity_in(start, end)
        if entity is None:
            return None
        if "," in text:
            # "the mayor, Jane Doyle": the name before the comma or right after
            # it — not one deep in a phrase ("A report, released after
            # pressure from Senator Ann Falk")
            # ("the Clinton aide, who …" is not Clinton: the name must head
            # the part before the comma)
            comma = start + text.index(",")
            head = self._name_as_head(start, comma, self.text[start:comma])
            if head is not None:
                return head
            return next((ent for s_, _, ent in self.name_spans[
                bisect_left(self._name_starts, comma):bisect_left(self._name_starts, end)]
                if s_ > comma and self._only_modifiers(comma + 1, s_)), None)
        dash = next((text.find(d) for d in ("—", "–", " -- ", " - ") if d in text), -1)
        if dash > 0:
            # "Joyce — who is listed as an attorney … —": the name before the
            # aside — or, after a description, the name the dashes set off
            # ("Clinton's spokesman - Brian Fallon - said")
            named_before = self.entity_in(start, start + dash)
            if named_before is not None and not self.text[
                    self._name_end(named_before, start):start + dash].strip():
                return named_before  # the name heads the part before the dash
            after = next((ent for s_, _, ent in self.name_spans[
                bisect_left(self._name_starts, start + dash):bisect_left(self._name_starts, end)]
                if ent.kind is SpeakerKind.PERSON and len(ent.name.split()) > 1), None)
            return after or named_before
        # the name spans that overlap the mention (sorted by start; a name is
        # far shorter than 200 characters)
        overlapping = self.name_spans[bisect_left(self._name_starts, start - 200):
                                      bisect_left(self._name_starts, end)]
        for s_, e_, ent in overlapping:
            if e_ <= start:
                continue
            before = self.text[start:s_].casefold().split()
            role = role_at_end([w for w in before if w not in DETERMINERS])
            # (a role that holds the preposition is a title: "secretary of state
            # Ann Lee"; "a lawyer for former governor Tom Park" is the lawyer)
            titled = self.text[s_:e_].split()[0].casefold() in TITLES or bool(
                role and set(role.split()) & {"for", "of", "at", "with", "to"})
            if ent is entity and s_ < end and start < e_ and set(before) & {
                    "for", "of", "at", "with", "to"} and not titled:
                # "a spokeswoman for Hillary Clinton" is not Clinton — but
                # "at the convention Sen. Elizabeth Warren" is Warren
                return None
            if ent is entity and s_ < end and start < e_:
                tail = self.text[e_:end].split()
                if len(tail) >= 2 and tail[0] in ("of", "from") and all(
                        w[:1].isupper() for w in tail[1:]):
                    return entity  # "Tom Cole of Oklahoma", "Jane Doe of Dayton"
                if all(w.casefold().strip(".,") in TRAILING_ADVERBS
                       or (w.startswith("(") and w.endswith(")")) for w in tail):
                    return entity
                if tail in (["'s"], ["’s"]):
                    return entity  # "Trump's" (the holder of "Trump's claim that …")
                if tail and tail[0] in ("'s", "’s") and len(tail) <= 3 and \
                        tail[-1].casefold().strip(".,") in DOCUMENT_NOUNS:
                    return entity  # "Ivana Trump's brief" speaks for her
        return None

    def _only_modifiers(self, start: int, end: int) -> bool:
        """Is the text between two offsets nothing but lower-case modifiers
        of a name ("former", "then-")? — as in "the other candidate on the
        stage, former Secretary of State Hillary Clinton"."""
        words = self.text[start:end].split()
        return len(words) <= 2 and all(w.casefold() in NAME_MODIFIERS or w.endswith("-")
                                       for w in words)

    def learn_role(self, description: str, entity: Entity) -> None:
        """A description resolved to a person gives that person its role
        ("The secretary of state and 2014 candidate …" is Grimes: a later
        "the secretary of state" finds her by it)."""
        head = description.split(",")[0].casefold().split()
        head = [w for w in head if w not in DETERMINERS and not w.endswith(("'s", "’s"))]
        head = head[:head.index("and")] if "and" in head else head
        role = role_at_end(head) if head else None
        if role:
            entity.add_role(role)

    def _apposition_roles(self, entity: Entity, text: str) -> None:
        if "," not in text:
            return
        apposition = text.split(",", 1)[1].strip(" ,").casefold().split()
        while apposition and apposition[0] in DETERMINERS:
            apposition = apposition[1:]
        # "director general of the International Atomic Energy Agency": the
        # role is the head before its prepositional phrase
        cut = next((k for k, w in enumerate(apposition) if k and w in APPOSITION_PREPOSITIONS),
                   None)
        if cut is not None and role_at_end(apposition[:cut]):
            apposition = apposition[:cut]
        if 0 < len(apposition) <= 6:
            role = role_at_end(apposition)
            if role:
                entity.add_role(role)
                if len(apposition) > len(role.split()):
                    entity.add_role(" ".join(apposition))

    def _compatible(self, entity: Entity, pronoun: str) -> bool:
        if entity is self.addressee or entity is self.said_of:
            return False
        if pronoun == "person":  # a description of a person, gender unknown
            return entity.kind is SpeakerKind.PERSON and bool(
                entity.gender or entity.roles or entity.has_spoken)
        if pronoun in MALE_PRONOUNS or pronoun in FEMALE_PRONOUNS:
            # evidence of a person: a gender (first name, title), a role, or
            # having spoken under a name; "Climate Change" has none
            if entity.kind is not SpeakerKind.PERSON or not (
                    entity.gender or entity.roles or entity.has_spoken or entity.first_named
                    or (entity.person_like and id(entity) in self.speakers_seen)):
                # (a speaker under any mention: "according to a post from
                # Arianna Huffington. '…,' she wrote")
                return False
            want = "m" if pronoun in MALE_PRONOUNS else "f"
            return entity.gender in (None, want)
        if pronoun in PLURAL_PRONOUNS and entity.kind is SpeakerKind.GROUP:
            return True  # "Mr. Grassley and Mr. Leahy say … they say"
        if pronoun in PLURAL_PRONOUNS and is_place(entity.name):
            return False  # "Russia is playing interference, they say": not Russia
        if pronoun in ("it", "its") or pronoun in PLURAL_PRONOUNS:
            return entity.kind is SpeakerKind.ORGANISATION or self._organisation_like(entity)
        if pronoun == "who":
            return True
        return False

    def _people_between(self, start: int, end: int) -> bool:
        """Does a plural noun for people ("members", "officials") stand
        between two offsets? It, not an organisation, is what "they" then
        means."""
        return any(word.strip(".,;:”\"'’").casefold() in GROUP_WORDS
                   for word in self.text[start:end].split())

    @staticmethod
    def _organisation_like(entity: Entity) -> bool:
        """A one-word name with no evidence of a person (no first name,
        title, gender or role): "Politifact", "Reuters", "Breitbart" read as
        organisations when the text calls them "it" or "they"."""
        return entity.kind is SpeakerKind.PERSON and not (
            entity.gender or entity.roles or entity.person_like) and all(
            len(name.split()) == 1 and (len(name) > 3 or name.casefold() in ORGANISATION_WORDS)
            for name in entity.names)  # "TV" in "a reality TV boss" is no organisation

    def _pronoun(self, pronoun: str, offset: int) -> Entity | None:
        recent = self._recent(offset)
        paragraph = self.analysis.paragraph_at(offset)
        if pronoun == "who":
            return self._relative_antecedent(offset)
        if pronoun in ("which", "that"):
            return self._which_antecedent(offset)  # "a message that said …": its maker
        window = [e for e in recent if paragraph - e.paragraph <= 3]
        if pronoun in PLURAL_PRONOUNS and self._group_noun_before(offset):
            return None  # "That frustrates many analysts because they believe …"
        if pronoun in ("they", "them", "their") and self.in_quotation(offset):
            # '"… I ask the people … They said, …"': people in the quoted
            # speaker's own story, not those the article names
            return None
        if pronoun in PLURAL_PRONOUNS or pronoun in ("it", "its"):
            # "they said" / "it said" continue an organisation's statement, or
            # (for "it") follow an organisation just named as a subject;
            # otherwise they are a group we cannot name — but the subject of
            # the pronoun's own sentence comes first ("So far, Cleveland has
            # raised $57 million of the $64 million it pledged")
            if pronoun == "it" and self.cue in READING_CUES:
                # '"…," it reads': a document, never a place or a person
                record = self._record_before(offset, 6)
                return self._document_author(record[0], offset, first_mention=False) \
                    if record is not None else None
            sentence_start = self.analysis.sentences[self.analysis.sentence_at(offset)].start
            for event in window:
                if event.offset < sentence_start:
                    break
                if event.subject and self._compatible(event.entity, pronoun):
                    return event.entity
            if pronoun == "it":
                record = self._record_before(offset)
                if record is not None and not any(
                        record[1] < e.offset and e.subject and self._compatible(e.entity, "it")
                        for e in window):
                    # '"…," it reads' after "according to a newly uncovered
                    # email": the document, which speaks for its maker
                    return self._document_author(record[0], offset, first_mention=False)
            for event in window:
                if event.speaker:
                    if self._compatible(event.entity, pronoun):
                        return event.entity
                    break
            # … or follow an organisation named as a subject in this or the
            # previous sentence ("Politifact did a fact-check. … they
            # published the results")
            previous_start = self.analysis.sentences[
                max(0, self.analysis.sentence_at(offset) - 1)].start
            group_start = self.analysis.sentences[
                max(0, self.analysis.sentence_at(offset) - 2)].start
            for event in window:
                if event.offset < group_start:
                    break
                if event.offset < previous_start and event.entity.kind is not SpeakerKind.GROUP:
                    continue  # people named together stay "they" a sentence longer
                if event.subject and self._compatible(event.entity, pronoun):
                    if pronoun in PLURAL_PRONOUNS and event.entity.kind is not SpeakerKind.GROUP \
                            and self._people_between(event.offset, offset):
                        return None  # "The AP interviewed 20 crew members … They said"
                    return event.entity
            return None
        # first people we know are people (a gender or a role), then anyone
        # who has spoken under a name
        for strict in (True, False):
            found = self._pronoun_pass(pronoun, offset, window, strict)
            if found is not None:
                return found
        return None

    def _record_before(self, offset: int, sentences: int = 3) -> tuple[str, int] | None:
        """The last record or document ("The ad …", "according to a new
        email") that was the subject of one of the three sentences before, or
        what "according to" cites there, as its noun and offset."""
        sentence = self.analysis.sentence_at(offset)
        first = self.analysis.sentences[max(0, sentence - sentences)].first_token
        tokens, words = self.analysis.tokens, self.analysis.words
        for i in range(self.analysis.token_at(offset) - 1, first - 1, -1):
            if words[i] not in MADE_RECORDS or self.in_quotation(tokens[i].start):
                continue
            info = self.analysis.sentences[self.analysis.sentence_at(tokens[i].start)]
            opener = info.first_token
            # the subject: an article and at most two modifiers before the
            # noun ("The ad …", "A new CNN poll …"), not "The bank rejected the report"
            subject = i - opener <= 3 and words[opener] in DETERMINERS and all(
                tokens[j].text.isalpha() and words[j] not in DETERMINERS
                and not words[j].endswith("ed") for j in range(opener + 1, i))
            if subject or any(words[j] == "according" for j in range(max(opener, i - 6), i)):
                return words[i], tokens[i].start
        return None

    def _group_noun_before(self, offset: int) -> bool:
        """Does a plural group noun ("analysts", "officials") stand earlier in
        the pronoun's sentence, after the last name there? "They" then
        stands for that unnamed group."""
        sentence = self.analysis.sentences[self.analysis.sentence_at(offset)]
        last_name = max((e for s_, e, _ in self.name_spans[
            bisect_left(self._name_starts, sentence.start):
            bisect_left(self._name_starts, offset)]), default=sentence.start)
        words = self.analysis.words
        tokens = self.analysis.tokens
        # … not right before it: in "the very people they refuse to define"
        # the pronoun is the subject of a relative clause about them;
        # "teachers", "protesters" are such a group too
        return any((words[i] in GROUP_WORDS or (
            tokens[i].text.islower() and is_person_plural(words[i])))
                   and tokens[i].start >= last_name
                   for i in range(sentence.first_token, self.analysis.token_at(offset) - 1))

    def _end_before(self, offset: int) -> int:
        """Where the text before ``offset`` ends once spaces and commas are
        stepped over (without copying the text before it)."""
        end = offset
        while end > 0 and self.text[end - 1] in " ,":
            end -= 1
        return end

    def _before_aside_marks(self, end: int) -> int:
        """Step back over the dash that opens an aside ("Sanders - who …")
        and a parenthesis after a name ("Jennifer L. McClellan (D-Richmond),
        a corporate attorney who …"): the name before them is the antecedent."""
        while end > 0 and self.text[end - 1] in " ,-—–":
            end -= 1
        if end > 0 and self.text[end - 1] == ")":
            opening = self.text.rfind("(", max(0, end - 40), end)
            if opening > 0 and "," not in self.text[opening:end]:
                end = opening
                while end > 0 and self.text[end - 1] == " ":
                    end -= 1
        return end

    def _relative_antecedent(self, offset: int) -> Entity | None:
        """The person a "who" at ``offset`` refers to: the name right before it
        ("Sanders, who …"), or the name an apposition describes ("Gareth
        Sloane, a Green Party councillor who …")."""
        end = self._end_before(offset)
        described = DESCRIPTION_BEFORE.search(self.text, max(0, end - 50), end)
        if described is not None and is_state_party_description(described.group(0).split()):
            # "a partial reversal for the Wisconsin Republican, who had …"
            return self._state_party(described.group(0).casefold().split(), described.start())
        before = self.text[max(0, offset - 160):offset]
        cut = before.rfind(", ")
        if cut >= 0 and "," not in before[cut + 2:] and \
                before[cut + 2:].split(" ", 1)[0].casefold() in ("a", "an", "the"):
            end = offset - len(before) + cut
        end = self._before_aside_marks(end)
        while (aside := AGE_OR_HOMETOWN.search(self.text, max(0, end - 60), end)) is not None:
            end = aside.start()  # "Nicky Driscoll, 24, from Manchester, who …": Driscoll
        k = bisect_left(self._name_starts, end)
        for index in range(k - 1, max(0, k - 3) - 1, -1):
            s_, e_, entity = self.name_spans[index]
            if e_ <= end and index > 0 and self.text[self.name_spans[index - 1][1]:s_] == " of ":
                # "Senator Bernie Sanders of Vermont, who …": the person, not the place
                index -= 1
                s_, e_, entity = self.name_spans[index]
                end = e_
            if e_ <= end:
                between = self.text[e_:end]
                if entity.kind is SpeakerKind.PERSON and COPULAR_DESCRIPTION.search(between) \
                        and not any(c in between for c in ".;:!?\"“”"):
                    # "Donald Trump is a serial liar, … and bully who has …": the
                    # person the predicate describes
                    return entity
                if between.strip(" ,") or entity.kind is not SpeakerKind.PERSON:
                    return None
                if index > 0 and self.text[self.name_spans[index - 1][1]:s_].strip() in (
                        "and", "or", "&"):
                    return None  # "Marco Rubio and John Kasich, who …": both of them
                # "who" itself says it is a person, unless the name reads as a
                # place ("Democrats on Capitol Hill, who …") and nothing (a
                # first name, a title, a role) shows a person ("Anita Hill")
                if entity.gender or entity.roles:
                    return entity
                words = entity.name.casefold().split()
                return None if any(w in PLACE_WORDS for w in words) else entity
        return None

    def _which_antecedent(self, offset: int) -> Entity | None:
        """The organisation or person a relative "which" at ``offset`` stands
        for: the first name in the noun phrase before its comma ("The Rialto
        cinema on Front Street, which …" is the Rialto)."""
        sentence = self.analysis.sentences[self.analysis.sentence_at(offset)]
        end = self._end_before(offset)
        start = max(sentence.start, self.text.rfind(",", sentence.start, end) + 1)
        last = self.analysis.token_at(max(end - 1, 0))
        noun = self.analysis.words[last]
        if noun in MADE_RECORDS or noun in RELATIVE_THAT_HEADS:
            # "… leads in the poll, which shows …", "ran a headline that
            # said": the record speaks for its maker, not for the people it
            # is about
            at = self.analysis.tokens[last].start
            indefinite = last > 0 and self.analysis.words[last - 1] in ("a", "an")
            return self._document_author(noun, at + len(noun) if not indefinite else at,
                                         first_mention=indefinite)
        phrase = subject_before(self.analysis.tokens, sentence.first_token, last + 1)
        if phrase is not None and phrase[1] >= last:
            # "… fighting all year against the Republican-led Congress, which
            # wants …": the noun phrase the relative follows, not the clause's
            # subject (one that lost a last word the subject finder takes
            # for an adverb, "a website called Real News Right Now", too)
            start = max(start, self.analysis.tokens[phrase[0]].start)
        k = bisect_left(self._name_starts, start)
        for s_, e_, entity in self.name_spans[k:]:
            if s_ >= end:
                break
            if e_ <= end:
                return entity
        return None

    def _introduced(self, event: Event) -> bool:
        """Is this mention a full name introduced with an apposition ("Henry
        Crespo, president of the Florida Democratic Black Caucus")? News text
        introduces someone that way just before quoting them."""
        if event.span is None or len(self.text[event.span[0]:event.span[1]].split()) < 2:
            return False
        after = self.text[event.span[1]:event.span[1] + 40]
        match = APPOSITION_START.match(after)
        return match is not None

    def _pronoun_pass(self, pronoun: str, offset: int, window: list[Event], strict: bool
                      ) -> Entity | None:
        def fits(entity: Entity) -> bool:
            return self._compatible(entity, pronoun) and (
                not strict or bool(entity.gender or entity.roles))

        # a person named in this or the previous sentence, after the last
        # statement, is the likeliest referent ("… Mr. Obama has. He noted")
        sentence = self.analysis.sentence_at(offset)
        previous_start = self.analysis.sentences[max(0, sentence - 1)].start
        paragraph_start = self.analysis.paragraphs[self.analysis.paragraph_at(offset)][0]
        if paragraph_start > 0 and self.text[paragraph_start:paragraph_start + 1] in OPENING_MARKS:
            # a paragraph of quotation ending '…," he said': "previous" is the
            # sentence before the quotation, not one inside it
            before = self.analysis.sentence_at(paragraph_start - 1)
            previous_start = min(previous_start, self.analysis.sentences[before].start)
        fronted = self._named_in_fronted_phrase(offset, fits) \
            or self._subject_after_fronted_clause(offset, fits)
        if fronted is not None:
            return fronted
        since_speaker = []
        for event in window:
            if event.speaker:
                break
            if event.offset >= previous_start:
                since_speaker.append(event)
        # one whose gender is known to match outranks one of unknown gender
        # ("Tina Houchins had a question for the president. '…,' she said")
        gendered = pronoun in MALE_PRONOUNS or pronoun in FEMALE_PRONOUNS
        for known_gender in ((True, False) if gendered else (False,)):
            for event in since_speaker:
                if (event.subject or self._introduced(event)) and fits(event.entity) and (
                        event.entity.gender or not known_gender):
                    return event.entity
        last_spoke = next((e.paragraph for e in window if e.speaker), -1)
        for event in since_speaker:
            if event.span is not None and fits(event.entity) and event.paragraph > last_spoke \
                    and self.text.startswith(", who ", event.span[1]) \
                    and self.text[event.span[1] + 6:].split(" ", 1)[0].casefold() \
                    not in PRONOUNS:  # (not "Rubio, who he dubbed …": he is someone else)
                # no subject fits, but a relative clause made someone the
                # topic ("Such negativity has exasperated Mr. Obama, who has
                # gotten less credit … The only regret he acknowledged")
                return event.entity
        topic = self._topic_just_named(offset, previous_start, since_speaker, fits)
        if topic is not None:
            return topic
        owner = self._sole_possessor(since_speaker, fits)
        if owner is not None:
            return owner
        # the last speaker, if compatible, before people only mentioned since
        # ("… Lynch said. She has faced controversies … Hillary Clinton …
        # She said")
        for index, event in enumerate(window):
            if event.speaker:
                if fits(event.entity) and (event.entity.gender or not gendered):
                    # … unless the text has since made someone else its
                    # subject ("'…,' said Representative Steve Israel. … Mr.
                    # Obama has in the last year secured … Where he used to boast")
                    # (a later paragraph: in the speaker's own paragraph a
                    # "he added" goes on with the speaker)
                    newer = next((e.entity for e in window[:index]
                                  if e.subject and e.entity is not event.entity
                                  and e.paragraph > event.paragraph
                                  and not self.in_quotation(e.offset)
                                  and fits(e.entity) and (e.entity.gender or not gendered)),
                                 None)
                    return newer or event.entity
                break
        for known_gender in ((True, False) if gendered else (False,)):
            for event in since_speaker:
                if fits(event.entity) and (event.entity.gender or not known_gender):
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

    def _topic_just_named(self, offset: int, previous_start: int, since_speaker: list[Event],
                          fits) -> Entity | None:
        """The person the article is about, named in the sentence before a
        sentence-opening pronoun that follows someone else's statement ("…,"
        said Mr. Gunnels, an aide. … But when it comes to Mr. Sanders's
        proudest moments, … He was among 25 senators …"): news text returns
        to its subject once a minor voice has had its say."""
        if self.analysis.token_at(offset) != self.analysis.sentences[
                self.analysis.sentence_at(offset)].first_token:
            return None
        if self.in_quotation(previous_start) or any(
                self.in_quotation(e.offset) for e in since_speaker):
            return None
        counts: dict[int, int] = {}
        for event in self.history[:bisect_left(self._history_offsets, offset)]:
            counts[id(event.entity)] = counts.get(id(event.entity), 0) + 1
        named = [e.entity for e in since_speaker if fits(e.entity)]
        if len({id(e) for e in named}) != 1:
            return None
        topic = named[0]
        top = max(counts.values(), default=0)
        speaker = next((e.entity for e in self._recent(offset) if e.speaker), None)
        if speaker is None or speaker is topic or counts.get(id(topic), 0) < top \
                or counts.get(id(speaker), 0) * 2 > counts.get(id(topic), 0):
            return None
        return topic

    def _sole_possessor(self, since_speaker: list[Event], fits) -> Entity | None:
        """The one person named since the last statement, as the owner of
        what follows ("It starts with Mr. VandeHei's provocative proposition
        that … They're doing this, he says"): whose view the pronoun goes on
        with."""
        people = {id(e.entity): e for e in since_speaker if fits(e.entity)
                  and not self.in_quotation(e.offset)}
        if len(people) != 1:
            return None
        event = next(iter(people.values()))
        if event.span is None or event.entity.gender is None:
            return None
        first = self.text[event.span[0]:event.span[1]].split()[0].casefold()
        if first not in TITLES and first not in first_names():
            return None  # a person by title or first name: not "Patriot Coal's"
        if self.text[event.span[1]:event.span[1] + 2] not in ("'s", "’s"):
            return None
        # … of a view or statement ("Mr. VandeHei's provocative proposition"),
        # not of a thing ("Mr. Jones's office")
        after = [w.strip(".,;:").casefold() for w in self.text[event.span[1] + 2:
                                                                  event.span[1] + 60].split()]
        return event.entity if any(w in VIEW_NOUNS for w in after[:3]) else None

    def _named_in_fronted_phrase(self, offset: int, fits) -> Entity | None:
        """The one person named in a phrase that opens the pronoun's sentence,
        when the pronoun is the subject right after it ("When Obama took
        office, he …", "In an example of how sensitive Obama is about his
        legacy, he used …")."""
        info = self.analysis.sentences[self.analysis.sentence_at(offset)]
        words = self.analysis.words
        first = info.first_token
        pronoun_at = self.analysis.token_at(offset)
        if pronoun_at - 1 <= first or words[pronoun_at - 1] != "," \
                or words[first] not in FRONTING_WORDS \
                or "," in words[first:pronoun_at - 1]:
            return None
        named = [e for e in self._recent(offset)
                 if e.offset >= info.start and not self.in_quotation(e.offset)
                 and e.span is not None and self._verb_follows(e.span[1])]
        people = {id(e.entity): e.entity for e in named if fits(e.entity)}
        return next(iter(people.values())) if len(people) == 1 else None

    def _subject_after_fronted_clause(self, offset: int, fits) -> Entity | None:
        """The person named as the main clause's subject when the pronoun
        stands in a subordinate clause that opens the sentence ("Ever since
        she endorsed Mrs. Clinton this month, Ms. Warren has been …"): news
        text names the subject after such a clause, not before it."""
        sentence = self.analysis.sentence_at(offset)
        info = self.analysis.sentences[sentence]
        words = self.analysis.words
        first = info.first_token
        if words[first] == "ever":
            first += 1
        pronoun_at = self.analysis.token_at(offset)
        if words[first] not in SUBORDINATORS or not first < pronoun_at <= first + 2:
            return None
        comma = next((i for i in range(pronoun_at + 1, min(info.end_token, pronoun_at + 25))
                      if words[i] in (",", ";", ":", "\"", "“", "”")), None)
        if comma is None or words[comma] != ",":
            return None
        after = self.analysis.tokens[comma + 1].start if comma + 1 < info.end_token else -1
        k = bisect_left(self._name_starts, after)
        if k >= len(self.name_spans):
            return None
        s_, e_, entity = self.name_spans[k]
        if s_ - after > 5 or not self._verb_follows(e_) or not fits(entity):
            return None
        previous = self.analysis.sentences[max(0, sentence - 1)]
        if any(e.entity is not entity and fits(e.entity) and previous.start <= e.offset < info.start
               and e.subject and not self.in_quotation(e.offset) for e in self._recent(offset)):
            # "Hillary Clinton spoke in Ohio. When she said …, Ms. Warren …"
            # (but not "… leading Mrs. Clinton's search. Ever since she …")
            return None
        return entity

    def _verb_follows(self, end: int) -> bool:
        """Is the word after offset ``end`` a verb's (a lower-case word that is
        no preposition or article): "When Obama took office" — not "In a
        letter to President Obama, …"?"""
        following = self.text[end:end + 30].split(maxsplit=1)
        return bool(following) and following[0].isalpha() and following[0].islower() \
            and following[0] not in NOT_VERBS_AFTER_NAME

    def _made_by_name_inside(self, start: int, end: int, words: list[str]) -> Entity | None:
        """ "a recent Reuters survey of voter lists", "A new CNN poll": a
        record or document whose maker's name stands right before its noun
        speaks for that maker."""
        head = words[:words.index("of", 1)] if "of" in words[1:] else words
        if head is not words and head[-1] in COPY_NOUNS:
            # "an archived version of the Eric Trump Foundation website from
            # 2010": the record the copy is of
            rest = words[len(head) + 1:]
            head = rest[:next((k for k, w in enumerate(rest) if w in ("of", "from")), len(rest))]
        spoken = len(head) >= 2 and head[-1].strip(",.") in POSSESSED_WORDS
        if len(head) < 2 or (head[-1].strip(",.") not in MADE_RECORDS and not spoken):
            return None
        noun_start = self._word_at(head[-1].strip(",."), start, end)
        if noun_start is None:
            return None
        owner = POSSESSOR.search(self.text, start, noun_start)
        if owner is not None and not re.search(r"['’]s\b", self.text[owner.end():noun_start]):
            # "POLITICO's Battleground States average": the possessor made it
            found = self.entity_in(owner.start(1), owner.end(1))
            if found is not None:
                return found
            if owner.group(1).isupper() and 2 < len(owner.group(1)) <= 12:
                return self._entity_for_name(owner.group(1), True, noun_start)
        if spoken:
            return None  # "Ryan's language", "the senator's remarks": only a possessor speaks
        named = self._named_right_before(noun_start, start)
        if named is None:
            # "a POLITICO analysis of FEC records": a maker in capitals, which
            # the name index leaves alone (it reads long capital runs as shouting)
            # ("a USA TODAY analysis": up to three words)
            before = self.text[start:noun_start].split()
            run = 0
            while run < min(3, len(before) - 1) and before[-1 - run].isupper() \
                    and before[-1 - run].isalpha():
                run += 1
            maker = " ".join(before[len(before) - run:])
            if run and 2 < len(maker) <= 20 and not before[-1 - run].isupper():
                named = self._entity_for_name(maker, True, noun_start)
        return named

    def _word_at(self, word: str, start: int, end: int) -> int | None:
        """Where ``word`` first stands, as a whole word, in ``[start, end)``."""
        found = re.compile(rf"\b{re.escape(word)}\b", re.I).search(self.text, start, end)
        return found.start() if found else None

    def _maker_after_by(self, start: int, end: int) -> Entity | None:
        """A record's maker named after "by" ("an analysis of Federal
        Election Commission data by Crowdpac, a …"): the maker, not the name
        of what was analysed."""
        head = self.text[start:end].split(",", 1)[0]
        if not any(w.strip(".").casefold() in MADE_RECORDS for w in head.split()[:3]):
            return None
        by = head.rfind(" by ")
        if by < 0 or re.search(r"['’]s\b", head[by:]):
            return None  # ("a document provided by Nunberg's lawyer": the lawyer)
        at = start + by + 4
        k = bisect_left(self._name_starts, at)
        if k < len(self.name_spans) and self.name_spans[k][0] == at:
            # the head of the phrase after "by": "by Loyola Law School
            # professor Justin Levitt" is Levitt
            return self.entity_in(at, start + len(head)) or self.name_spans[k][2]
        return None

    def _named_right_before(self, at: int, not_before: int = 0) -> Entity | None:
        """The entity named right before a document's noun at ``at`` ("a
        recent Reuters survey", "Ipsos opinion poll"), not before
        ``not_before``."""
        k = bisect_left(self._name_starts, at)
        for index in range(k - 1, max(0, k - 2) - 1, -1):
            s_, e_, entity = self.name_spans[index]
            if s_ >= not_before and at - e_ <= 20 and _modifies(self.text[e_:at]) \
                    and entity.name.casefold() not in MEDIA:
                return self._joint_maker(index) or entity  # … but "a TV ad" is nobody's
        return None

    def _joint_maker(self, index: int) -> Entity | None:
        """Two makers written as one with a slash ("a CNN/ORC poll", "an NBC
        News/Wall Street Journal survey"): one organisation named for both,
        not the second alone."""
        s_, e_, _ = self.name_spans[index]
        if index == 0 or self.text[s_ - 1:s_] != "/":
            return None
        first_start, first_end, _ = self.name_spans[index - 1]
        if first_end != s_ - 1:
            return None
        joint = self.text[first_start:e_]
        return self._entity_for_name(joint, True, first_start) if len(joint) <= 60 else None

    def _description(self, words: list[str], offset: int) -> Entity | None:
        """The entity a description refers to: the last one whose roles match
        ("the prime minister"); else, for a description of a person ("the New
        York businessman", "the Republican nominee"), the most mentioned
        person of the last paragraphs, who is who news text calls that way."""
        core = [w.strip(",.") for w in words if w not in DETERMINERS and w != "former"]
        if not core:
            return None
        if len(words) <= 3 and words[0] in POSSESSIVE_PRONOUNS and (
                core[-1] in DOCUMENT_NOUNS or core[-1] in SPOKEN_NOUNS):
            # "her account", "his memoir", "his response": the document or
            # the words speak for their author
            return self._pronoun(words[0], offset)
        if len(words) == 2 and words[0] in ("his", "her") and core[-1] in ("campaign", "team",
                                                                      "camp"):
            # "her campaign said": the campaign named after her, if the text has one
            holder = self._pronoun(words[0], offset)
            if holder is None or holder.kind is not SpeakerKind.PERSON:
                return None
            surname = next((w for w in reversed(holder.name.split())
                            if w.casefold().rstrip(".") not in NAME_SUFFIXES), holder.name)
            found = self.campaign_of(surname)
            if found is None and (set(holder.roles) & CAMPAIGNING_ROLES or re.search(
                    rf"\b{re.escape(surname)}(?:['’]s?)?\s+(?:campaign|camp|team)\b", self.text)):
                # a candidate's, or the text speaks of "Clinton's campaign"
                # elsewhere: that one (not a strategist's "his campaign")
                found = self._entity_for_name(f"{surname} campaign", True, offset)
            return found
        if words[0] in ("my", "our"):
            return None  # "my father" is the writer's, not the topic of the text
        if words[0] in POSSESSIVE_PRONOUNS:
            return None  # "his lawyer" is someone the text has not named
        if "of" in core[1:] and role_at_end(core) != " ".join(core):
            # "Member of House panel", "a spokesman of the party": the person
            # is the part before "of" — "the board of elections" is a board;
            # but "the secretary of state" is one role
            core = core[:core.index("of", 1)]
        cut = next((k for k, w in enumerate(core) if k > 0 and w == "for"
                    and any(x.strip(",.") in RACE_WORDS for x in core[k + 1:])), None)
        if cut is not None and words[0] not in ("a", "an") \
                and (role_at_end(core[:cut]) or core[cut - 1] in PERSON_NOUNS):
            # "the Republican presidential nominee for the Nov. 8 election":
            # the role before the race it is for (an indefinite one, "a
            # candidate for governor", brings in someone new)
            core = core[:cut]
        if core == ["campaign"]:
            # "Hillary Clinton plans to … The campaign says": the campaign of
            # the person the last sentences are about
            person = self._subject_just_before(offset)
            if person is not None:
                surname = person.name.split()[-1]
                return self.campaign_of(surname) or self._entity_for_name(
                    f"{surname} campaign", True, offset)
        owner_noun = next((w.removesuffix("'s").removesuffix("’s") for w in core[:-1]
                           if w.endswith(("'s", "’s"))), None)
        if owner_noun in ORGANISATION_NOUNS and core[-1] in BOARD_NOUNS:
            # "the paper's editorial board wrote": the paper speaks
            return self._organisation_description(owner_noun, offset)
        if core[-1] == "office" and owner_noun:
            # "Powell's office said": the office speaks for the person it serves
            owners = [e for e in self.by_word.get(owner_noun, ()) if e.kind is SpeakerKind.PERSON]
            if owners:
                served = max(owners, key=lambda e: self.last_seen.get(id(e), -1))
                return self._entity_for_name(f"{served.name}'s office", True, offset)
        if core[-1] in ORGANISATION_NOUNS:
            found = self._campaign(" ".join(core)) or \
                self._organisation_description(core[-1], offset)
            if found is not None and found.kind is SpeakerKind.PERSON \
                    and not (found.gender or found.roles):
                # "Wells Fargo … The bank said": the text has shown what it is
                found.kind = SpeakerKind.ORGANISATION
            return found
        elif core[-1] in MADE_RECORDS and (len(core) <= 2 or words[0] in ("a", "an") or (
                len(core) == 3 and all(w.islower() for w in core))):  # "the new 50-state poll"
            return self._document_author(core[-1], offset, words[0] in ("a", "an"))
        first_part = core[-1].split("-")[0]
        if "-" in core[-1] and core[-1] not in PERSON_NOUNS and (
                first_part in PERSON_NOUNS or role_at_end([first_part])):
            core = core[:-1] + [first_part]  # "the nominee-in-waiting" is a nominee
        head = role_at_end(core) or (core[-1] if core[-1] in PERSON_NOUNS
                                     or AGE.fullmatch(core[-1]) else None)  # "the 43-year-old"
        if head is None:
            return None
        if core[-1] in ANONYMOUS_HEADS:
            # "the spokesman", "Cameron's spokesman": someone unnamed, unless
            # the text has named a person with that role ("White House
            # spokesman Josh Earnest … the spokesman")
            return self._description_by_role(core, offset)
        possessive = next((k for k, w in enumerate(core[:-1])
                           if w.endswith(("'s", "’s")) or w in ("'s", "’s")), None)
        if possessive is not None:
            # "Pagliano's lawyer" is someone other than Pagliano, and no topic;
            # "Connecticut's tax commissioner" may be named in what follows
            owner = core[possessive].removesuffix("'s").removesuffix("’s") or (
                core[possessive - 1] if possessive else "")
            owners = [e for e in self.by_word.get(owner, ()) if e.kind is SpeakerKind.PERSON and (
                e.gender or e.roles or e.person_like or len(e.name.split()) > 1)]
            if owners:
                # the owner's lawyer is nobody we can name — unless the owner
                # is out of sight and the description varies the name of the
                # person just written about ("… Axelrod called on Dean to
                # apologise. '…,' Obama's former strategist said")
                return None if self._owner_in_sight(owners, offset) else \
                    self._subject_just_before(offset)
            return self._named_next(offset) or self._subject_just_before(offset)
        if words and words[0] in ("one", "another"):
            return None  # "one Latino conservative", "another New Hampshire Republican"
        if words and words[0] in ("a", "an"):
            # "A New York judge has rejected …": an indefinite description
            # brings in someone new, who may be named next, never the person
            # the text was about — but "a student", "a voter" is one of many,
            # rarely named
            if core[-1] in ORDINARY_PEOPLE:
                return None
            return self._named_next(offset, head)
        parties = parties_of(core)
        states = states_in(core)
        by_role = self._description_by_role(core, offset)
        if states:
            # "Sen. Bernie Sanders, I-Vt., … The Vermont senator": the person
            # the text has tied to that state comes first
            tied = next((e.entity for e in self._recent(offset, limit=400)
                         if e.entity.kind is SpeakerKind.PERSON
                         and self._known_state(e.entity) & states), None)
            if tied is not None:
                return tied
        if by_role is not None and states and (
                self._other_state(by_role, states)
                or (core[-1] in PARTY_NOUNS and not self._known_state(by_role) & states)):
            # "the Ohio governor" is no governor tied to another state; "the
            # Wisconsin Republican" is not any Republican, but one the text
            # has tied to Wisconsin
            by_role = None
        closing = self._name_closing_previous_sentence(offset, NOUN_GENDER.get(core[-1]))
        if closing is not None and self._other_state(closing, states):
            closing = None  # "… with Sen. Joni Ernst, R-Iowa. The Florida senator told"
        if closing is not None and by_role is None:
            # (a holder of the role anywhere before wins: "… Miss Universe
            # Alicia Machado. The Indiana governor said" is Pence)
            return closing
        near = self._subject_just_before(offset, own_sentence=True)
        if by_role is not None and near is not None and near is not by_role \
                and not near.roles and not (parties and party_of(near) - parties) \
                and self._paragraphs_since(by_role, offset) > 2:
            # "Cruz defends his bona fides in a commercial: '…,' the senator
            # says": the subject of the description's own sentence, whose
            # roles the text has not given, over a senator named paragraphs
            # before
            return near
        if by_role is not None:
            return by_role
        # a party in the description picks the person of that party
        if parties:
            for event in self._recent(offset, limit=400):
                entity = event.entity
                if states and not self._known_state(entity) & states:
                    continue  # "the Wisconsin Republican": not any Republican
                if parties & set(entity.roles) or any(
                        f"{p} {r}" in entity.roles for p in parties for r in entity.roles):
                    return entity
        # no role matches: a description of a person continues the topic, as
        # a pronoun would ("The Indiana governor said" after Mike Pence) ...
        gender = NOUN_GENDER.get(core[-1])
        paragraph_start = self.analysis.paragraphs[self.analysis.paragraph_at(offset)][0]
        if not self.text[paragraph_start:offset].strip():
            # a description opening a paragraph introduces someone, who may
            # be named next ("The New York state attorney general is
            # confirming … Eric Schneiderman says …") — unless it varies the
            # name of the person who spoke last, in the paragraph before
            # ("Bernie Sanders … said he agrees … / The Vermont senator declined")
            found = self._named_next(offset)
            if found is not None and any(r == head or r.endswith(" " + head)
                                         or head.endswith(" " + r) for r in found.roles):
                return found  # "… Attorney General Ann Falk says": named with the role
            last = self._last_speaker_before(offset)
            if last is not None and self._compatible(last, {"m": "he", "f": "she"}.get(
                    gender or "", "person")) and not (parties and party_of(last) - parties):
                return last
            if found is not None:
                return found
        found = self._pronoun({"m": "he", "f": "she"}.get(gender or "", "person"), offset)
        if found is not None and ((parties and party_of(found) - parties)
                                  or self._other_state(found, states)):
            found = None  # "the Democratic front-runner" is no Republican
        if found is not None and found is near and CONTRAST_BEFORE.search(
                self.text, max(0, offset - 12), offset) and any(
                e.entity is not near and e.entity.kind is SpeakerKind.PERSON
                and e.offset >= self.analysis.sentences[self.analysis.sentence_at(offset)].start
                for e in self._recent(offset, limit=10)):
            # "Clinton leads Sanders by 271 delegates, but the self-described
            # democratic socialist has vowed …": with someone else named in
            # the clause, the same subject would be "she" — but "Trump has
            # denied it, but the Republican nominee said" is Trump
            return None
        if found is not None:
            return found
        # ... or, for a first mention, is named in the next sentences
        # ("Connecticut's tax commissioner says … Kevin Sullivan says …")
        return self._named_next(offset)

    def _state_party(self, words: list[str], offset: int) -> Entity | None:
        """The politician "the Wisconsin Republican" describes: a person whom
        the text ties to no other state and no other party (not Exxon)."""
        found = self._description(words, offset)
        states = states_in(words)
        if found is None or found.kind is not SpeakerKind.PERSON \
                or not (found.gender or found.roles) \
                or self._other_state(found, states) or party_of(found) - parties_of(words):
            return None
        return found

    def _other_state(self, entity: Entity, states: set[str]) -> bool:
        """Does the text tie ``entity`` to a state other than those a
        description names (a party tag, "of Vermont", a role such as
        "florida senator")? "The Florida senator" is then someone else."""
        if not states:
            return False
        known = self._known_state(entity)
        return bool(known) and not known & states

    def _known_state(self, entity: Entity) -> set[str]:
        """The states the text ties ``entity`` to: a party tag or "of STATE"
        after its name, a role such as "florida senator"."""
        key = (id(entity), len(entity.roles), len(entity.mentions))
        known = self._states_known.get(key)
        if known is None:  # (asked for every recent person of a description)
            known = {s for role in entity.roles for s in states_in(role.split())}
            known |= {state for _, end in entity.mentions
                      if (state := state_after_name(self.text, end)) is not None}
            self._states_known[key] = known
        return known

    def _name_closing_previous_sentence(self, offset: int, gender: str | None
                                        ) -> Entity | None:
        """A description opening a sentence right after one that ends on a
        person's full name describes that person ("… saw a culprit in Alison
        Lundergan Grimes. The secretary of state and 2014 candidate …")."""
        sentence = self.analysis.sentence_at(offset)
        info = self.analysis.sentences[sentence]
        if sentence == 0 or self.text[info.start:offset].strip():
            return None
        previous = self.analysis.sentences[sentence - 1]
        k = bisect_left(self._name_starts, previous.end)
        if k == 0:
            return None
        s_, e_, entity = self.name_spans[k - 1]
        if s_ < previous.start or self.text[e_:previous.end].strip() not in (".", "!", ""):
            return None
        if entity.kind is not SpeakerKind.PERSON or len(entity.name.split()) < 2 \
                or (gender and entity.gender and entity.gender != gender):
            return None
        if any(e.subject and e.entity is not entity and e.entity.kind is SpeakerKind.PERSON
               and e.offset >= previous.start for e in self._recent(offset, limit=20)):
            return None  # someone else is that sentence's subject: the description may be theirs
        clause = self.text[max(previous.start, self.text.rfind(",", previous.start, s_) + 1):s_]
        if any(w.casefold() in SUBORDINATING for w in clause.split()):
            # "… hours after Trump unleashed tweets shaming Alicia Machado. The
            # Indiana governor said": a name inside a subordinate clause
            return None
        return entity

    def _paragraphs_since(self, entity: Entity, offset: int) -> int:
        """How many paragraphs back ``entity`` was last mentioned before ``offset``."""
        paragraph = self.analysis.paragraph_at(offset)
        for event in self._recent(offset, limit=400):
            if event.entity is entity:
                return paragraph - event.paragraph
        return paragraph

    def _last_speaker_before(self, offset: int) -> Entity | None:
        """The last person who spoke as a subject, if that was in one of the
        two paragraphs before ``offset``'s."""
        paragraph = self.analysis.paragraph_at(offset)
        for event in self._recent(offset, limit=20):
            if event.paragraph < paragraph - 2:
                return None
            if event.speaker and event.subject and event.entity.kind is SpeakerKind.PERSON:
                return event.entity if event.paragraph < paragraph else None
        return None

    def _owner_in_sight(self, owners: list[Entity], offset: int) -> bool:
        """Was one of ``owners`` named in this or the previous sentence?"""
        sentence = self.analysis.sentence_at(offset)
        start = self.analysis.sentences[max(0, sentence - 1)].start
        return any(event.offset >= start and event.entity in owners
                   for event in self._recent(offset, limit=20))

    def _subject_just_before(self, offset: int, own_sentence: bool = False) -> Entity | None:
        """The person named as the subject of this or the previous sentence
        (of this one only, with ``own_sentence``)."""
        sentence = self.analysis.sentence_at(offset)
        start = self.analysis.sentences[sentence if own_sentence else max(0, sentence - 1)].start
        for event in self._recent(offset, limit=20):
            if event.offset < start:
                break
            if event.subject and event.entity.kind is SpeakerKind.PERSON and (
                    event.entity.gender or event.entity.roles):
                return event.entity
        return None

    def _document_author(self, noun: str, offset: int, first_mention: bool) -> Entity | None:
        """Who a document speaks for: "the Security Council issued a statement
        calling …", "The statement noted …", "A web video by the Republican
        National Committee … The ad … The clip" — whoever made it, named
        right after it ("by …"), else the subject of the sentence in which the
        document was brought in (this one for "a statement", else the one of
        an earlier mention under any of its names in the sentences before)."""
        if first_mention:
            # "a 46-page suicide analysis released by the VA": look from the noun
            noun_at = self._word_at(noun, offset, offset + 120)
            at = noun_at if noun_at is not None else offset
            return self._author_near(at) or self._author_named_next(noun, at)
        sentence = self.analysis.sentence_at(offset)
        # "the poll" may come back to a poll introduced many sentences before
        window_start = self.analysis.sentences[max(0, sentence - 30)].start
        # search the window only, case-insensitively on the text itself
        # (casefolding the text can change its length, and so offsets)
        family = _family(noun)
        pattern = "|".join(rf"\b{re.escape(n)}\b" for n in family)
        found = [m.start() for m in re.finditer(pattern, self.text[window_start:offset], re.I)]
        for at in reversed(found):
            author = self._author_near(window_start + at)
            if author is not None:
                return author
        if found or noun not in ISSUED_RECORDS:
            return None
        # "… the Republican Party of Wyoming announced she wasn't coming. '…,'
        # the release said": a release the text never brought in is the one
        # whoever just announced something issued
        earliest = self.analysis.sentences[max(0, sentence - 2)].start
        for event in self._recent(offset):
            if event.offset < earliest:
                break
            if event.speaker:
                # (only the latest speaker: not the department before "The
                # family's lawyer, Ben Crump, said …")
                return event.entity if event.entity.kind is SpeakerKind.ORGANISATION else None
        return None

    def _author_named_next(self, noun: str, at: int) -> Entity | None:
        """The maker of a record brought in without one, named when the next
        sentences come back to it ("…, a new statewide poll has found. The
        poll, released on Wednesday night by the Public Policy Institute of
        California, showed …")."""
        sentence = self.analysis.sentence_at(at)
        last = min(len(self.analysis.sentences), sentence + 4)
        start = self.analysis.sentences[sentence].end
        end = self.analysis.sentences[last - 1].end
        family = _family(noun)
        pattern = "|".join(rf"\b(?:the|this|that) {re.escape(n)}\b" for n in family)
        named = "|".join(rf"\b{re.escape(n)}\b" for n in family)
        for found in re.finditer(named, self.text[start:end], re.I):
            # "The NBC News/Wall Street Journal/Marist poll found …" — the
            # same record, so a definite one: not "a CNN poll found the opposite"
            maker = self._named_right_before(start + found.start(), start)
            if maker is not None and (
                    self._definite_before(maker, start + found.start())
                    or PUBLISHED.match(self.text, start + found.end())):
                # ("The latest Reuters/Ipsos opinion poll", "a CBS poll
                # released Monday": the record the text introduced)
                return maker
        for found in re.finditer(pattern, self.text[start:end], re.I):
            noun_at = start + found.start() + found.group(0).index(" ") + 1
            by = MADE_BY.match(self.text, noun_at)
            if by is not None:
                k = bisect_left(self._name_starts, by.end())
                if k < len(self.name_spans) and self.name_spans[k][0] - by.end() <= 12:
                    return self.name_spans[k][2]
        return None

    def _definite_before(self, entity: Entity, at: int) -> bool:
        """Does "the" open the phrase of the name of ``entity`` that precedes
        offset ``at`` ("the CNN poll", "The latest Reuters/Ipsos poll")?"""
        k = bisect_left(self._name_starts, at)
        for s_, e_, ent in reversed(self.name_spans[max(0, k - 2):k]):
            part = self.text[s_:e_]
            if ent is not entity and "/" in entity.name and entity.name.endswith("/" + part):
                s_ -= len(entity.name) - len(part)  # a joint maker: "the NBC/Wall Street Journal"
                ent = entity
            if ent is entity:
                before = self.text[max(0, s_ - 30):s_].casefold().split()[-3:]
                return "the" in before
        return False

    def _author_near(self, at: int) -> Entity | None:
        """The maker of the document mentioned at ``at``."""
        sentence_info = self.analysis.sentences[self.analysis.sentence_at(at)]
        named = self._named_right_before(at)  # "a recent Reuters survey"
        if named is not None:
            return named
        if OWN_RECORD.search(self.text, max(sentence_info.start, at - 12), at):
            # "Exxon Mobil contended in its letter, written by …": the owner
            subject = next((e for e in self._recent(at) if e.offset >= sentence_info.start
                            and e.subject and not self._in_content(e.offset)), None)
            if subject is not None:
                return subject.entity
        # "The email, released by Judicial Watch, was sent … by … Jeremy
        # Bash": whoever wrote or sent it, over whoever published it
        # (an abbreviation such as "p.m." may have cut the sentence short)
        next_end = self.analysis.sentences[min(len(self.analysis.sentences) - 1,
                                               self.analysis.sentence_at(at) + 1)].end
        sent = SENT_BY.search(self.text, at, min(next_end, at + 160))
        if sent is not None:
            k = bisect_left(self._name_starts, sent.end())
            # "sent from Moscow to John Podesta": the one it went to is no maker
            recipient = self.text.find(" to ", sent.end(), sent.end() + 80)
            limit = recipient if recipient >= 0 else sent.end() + 80
            for s_, _, entity in self.name_spans[k:k + 4]:
                if s_ > limit:
                    break
                if entity.kind is SpeakerKind.PERSON and (entity.gender or entity.roles):
                    return entity
        # "a web video by the Republican National Committee": named right after
        by = MADE_BY.match(self.text, at)
        if by is not None:
            k = bisect_left(self._name_starts, by.end())
            if k < len(self.name_spans) and self.name_spans[k][0] - by.end() <= 12 \
                    and not any(w[:1].islower() for w in
                                self.text[by.end():self.name_spans[k][0]].split()):
                return self.name_spans[k][2]
        # names in the statement the record makes are what it says, not who
        # made it ("Clinton and Sanders are locked in a tight race, a new
        # poll has found"), and a place is no maker
        in_sentence = [e for e in self._recent(at) if e.offset >= sentence_info.start
                       and not self._in_content(e.offset)
                       and e.entity.name.casefold().rstrip(".") not in US_STATES
                       and not is_place(e.entity.name)]
        for event in in_sentence:
            if event.subject and event.offset < at and (
                    MAKING_VERB.search(self.text, event.offset, at)
                    or OWN_RECORD.search(self.text, max(event.offset, at - 12), at)):
                # "the Security Council issued a statement": the subject made
                # it — not "Trump … rose to 42 percent in Monday's poll"
                return event.entity
        # the subject after an opening phrase is not marked as one
        # ("Following a meeting, the Security Council issued a statement")
        organisations = [e for e in in_sentence if e.entity.kind is SpeakerKind.ORGANISATION
                         and e.offset < at]  # not "The ad then references FBI criticism"
        if organisations:
            return organisations[0].entity
        if in_sentence:
            return None  # "… Sen. Bernie Sanders, I-Vt., …, a new poll indicates": not his
        # "In an online poll of 800 voters, conducted in February, Democracy
        # Corp found …": the subject after the phrase that brings the record in
        k = bisect_left(self._history_offsets, at)
        for event in self.history[k:k + 12]:
            if event.offset >= sentence_info.end or event.span is None:
                break
            if self._in_content(event.offset):
                continue
            follows = self.text[event.span[1]:event.span[1] + 20].split()
            if self.text[max(0, event.offset - 4):event.offset].rstrip(" ").endswith(",") \
                    and follows \
                    and follows[0].isalpha() and follows[0].islower():
                return event.entity
        return None

    def _in_content(self, offset: int) -> bool:
        """Is ``offset`` inside the content of the statement being resolved?"""
        return any(start <= offset < end for start, end in self.content)

    def _organisation_description(self, noun: str, offset: int) -> Entity | None:
        """"The bank", "the union", "the network": the organisation whose name
        has that word or one that says what it is ("Workers" for a union,
        ``NAME_WORDS_OF_KIND``), else the last organisation-like subject or
        speaker of the last paragraphs (a name with no gender, role or first
        name). Names inside quotations are not looked at."""
        paragraph = self.analysis.paragraph_at(offset)
        # names inside quotations are the quoted speaker's words, not the
        # writer's antecedents ('Zero Hedge asked, "… Politifact …?" The website noted')
        window = [e for e in self._recent(offset, limit=80)
                  if paragraph - e.paragraph <= 3 and not self.in_quotation(e.offset)]
        kind_words = NAME_WORDS_OF_KIND.get(noun, frozenset()) | {noun}
        for event in window:
            words = event.entity.name.casefold().replace("-", " ").split()
            if (kind_words - ENDING_KIND_WORDS) & set(words) or words[-1] in kind_words:
                # "the union" after "United Mine Workers of America" — but
                # "International" says "company" only at the end of a name
                # ("Mondelez International", not the "Peterson Institute for
                # International Economics")
                return event.entity
        for event in window:
            entity = event.entity
            first_name = entity.name.split()[0].casefold() in first_names()
            if (event.subject or event.speaker) and (
                    entity.kind is SpeakerKind.ORGANISATION
                    or not (entity.gender or entity.roles or (entity.person_like and first_name))):
                return entity  # "Zero Hedge asked … The website noted": no first name
        for event in self._recent(offset, limit=400):
            # a name that says what it is may be further back ("the
            # institute" for the Public Policy Institute of California)
            words = event.entity.name.casefold().replace("-", " ").split()
            if len(words) > 1 and kind_words & set(words) and not self.in_quotation(event.offset):
                return event.entity
        # a name of two words or more that no first name, title or role
        # marks as a person, mentioned in this or the previous paragraph
        # ("In the Wells Fargo scandal, … The bank said")
        if noun not in BUSINESS_NOUNS:
            return None
        for event in window:
            entity = event.entity
            if paragraph - event.paragraph <= 1 and entity.kind is SpeakerKind.PERSON \
                    and not (entity.gender or entity.roles) and len(entity.name.split()) > 1:
                return entity
        return None

    def _named_next(self, offset: int, role: str | None = None) -> Entity | None:
        """The person who is the subject of one of the next two sentences
        (with ``role``, one whose known roles do not contradict it: "A
        district judge …" is not "Governor Tom Park")."""
        sentence = self.analysis.sentence_at(offset)
        last = min(len(self.analysis.sentences), sentence + 3)
        limit = self.analysis.sentences[last - 1].end
        k = bisect_left(self._history_offsets, offset + 1)
        for event in self.history[k:k + 30]:
            if event.offset >= limit:
                break
            entity = event.entity
            # a name ending an attribution ('"…," NATO Secretary General Jens
            # Stoltenberg said') counts only if its roles fit the description
            # ("A district judge …" is not "Governor Tom Park")
            ends_attribution = not (event.subject or self._after_said(event.offset)) \
                and SAID_AFTER_NAME.match(self.text, event.offset) is not None \
                and not (role and entity.roles and not any(
                    r == role or r.endswith(" " + role) or role.endswith(" " + r)
                    for r in entity.roles))
            if (event.subject or self._after_said(event.offset) or ends_attribution) \
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
    resolver.learn_genders()
    resolver.note_groups()
    resolver.note_organisation_subjects()
    text = analysis.text
    resolved: list[tuple[Candidate, Entity | None, MentionKind | None, Entity | None]] = []
    previous: tuple[Candidate, Entity | None, MentionKind | None] | None = None
    for cand in candidates:
        entity: Entity | None = None
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
        elif cand.source is not None and previous is not None and previous[1] is not None \
                and previous[0].source is not None \
                and text[cand.source[0]:cand.source[1]].casefold() == "it" \
                and text[previous[0].source[0]:previous[0].source[1]].casefold() == "it" \
                and analysis.paragraph_at(cand.start) - analysis.paragraph_at(previous[0].end) <= 3:
            # '"…," it reads. … "…," it said': the same document goes on
            entity, kind = previous[1], MentionKind.PRONOUN
            entity.mentions.setdefault(cand.source, kind)
        elif cand.source is not None:
            resolver.content = tuple(cand.content)
            resolver.cue = text[cand.cue[0]:cand.cue[1]].casefold() if cand.cue else ""
            resolver.addressee = resolver.entity_in(*cand.addressee) if cand.addressee else None
            resolver.said_of = resolver.named_in_of_phrase(cand.cue[1]) if cand.cue else None
            entity, kind = _reply_to(resolver, cand, resolved[-1] if resolved else None) \
                or resolver.resolve_mention(cand.source, cand.source_kind)
            resolver.content, resolver.cue, resolver.addressee = (), "", None
            resolver.said_of = None
            if entity is not None:
                entity.mentions.setdefault(cand.source, kind)
                if kind is MentionKind.NAME:
                    entity.has_spoken = True
                pronoun = text[cand.source[0]:cand.source[1]].casefold()
                if kind is MentionKind.PRONOUN and entity.gender is None \
                        and entity.kind is SpeakerKind.PERSON and pronoun in ("he", "she"):
                    entity.gender = "m" if pronoun == "he" else "f"  # a later "he" is someone else
                if kind is MentionKind.DESCRIPTION and entity.kind is SpeakerKind.PERSON:
                    resolver.learn_role(text[cand.source[0]:cand.source[1]], entity)
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


def _reply_to(resolver: _Resolver, cand: Candidate,
              previous: tuple[Candidate, Entity | None, MentionKind | None, Entity | None] | None
              ) -> tuple[Entity, MentionKind] | None:
    """The speaker of a reply in an exchange: when "he" or "she" tells the
    one who just spoke, the pronoun is the one that speaker addressed
    ("Hannity asked Trump whether … '…,' he told Hannity" is Trump)."""
    if previous is None or cand.source is None or resolver.addressee is None:
        return None
    before, speaker, _, addressed = previous
    pronoun = resolver.text[cand.source[0]:cand.source[1]].casefold()
    if pronoun not in ("he", "she") or speaker is not resolver.addressee or addressed is None \
            or addressed is speaker:
        return None
    if resolver.analysis.paragraph_at(cand.start) - resolver.analysis.paragraph_at(before.end) > 2 \
            or any(e.entity.kind is SpeakerKind.PERSON and e.entity not in (speaker, addressed)
                   for e in resolver.events_between(before.end, cand.source[0])):
        return None  # the exchange was interrupted: someone else named since
    # (the addressee excluded by _compatible is the speaker, not ``addressed``)
    return (addressed, MentionKind.PRONOUN) if resolver._compatible(addressed, pronoun) else None


def _guess_kind(text: str, span: Offsets) -> MentionKind:
    words = text[span[0]:span[1]].split()
    if len(words) == 1 and words[0].casefold() in MALE_PRONOUNS | FEMALE_PRONOUNS | {"them", "it"}:
        return MentionKind.PRONOUN
    if words and words[-1][:1].isupper():
        return MentionKind.NAME
    return MentionKind.DESCRIPTION


def _build(text: str, analysis: Analysis,
           resolved: list[tuple[Candidate, Entity | None, MentionKind | None, Entity | None]]
           ) -> tuple[tuple[Quote, ...], tuple[Speaker, ...]]:
    used: list[Entity] = []
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


# a contrast right before a description in the middle of a sentence
CONTRAST_BEFORE = re.compile(r",?\s+(?:but|while|whereas|although|though)\s+$", re.I)
# what a nominee or candidate stands "for" ("the Republican presidential
# nominee for the Nov. 8 election"); a phrase of place ("the reporter at the
# back of the room", "the senator from the neighboring state") sets someone apart
RACE_WORDS = frozenset(
    "election race nomination presidency president governor senate congress office seat mayor"
    .split())


def _family(noun: str) -> tuple[str, ...]:
    """The nouns a text may call a document by, ``noun`` among them."""
    return next((f for f in DOCUMENT_FAMILIES if noun in f), (noun,))


def _modifies(between: str) -> bool:
    """Is the text between a name and a document's noun short enough for the
    name to be the maker ("Reuters survey", "Ipsos opinion poll", "CNN's
    poll")? At most one lower-case word may stand between."""
    words = between.strip(" '’s-/").split()
    possessive = between.lstrip().startswith(("'s", "’s"))
    # after a possessive, two: "Kantar Media's political ad tracker"
    return len(words) <= (2 if possessive else 1) \
        and all(w.isalpha() and w.islower() for w in words)
