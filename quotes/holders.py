"""Who holds a statement whose cue has no subject beside it.

A participle (", saying …"), a verb coordinated with an earlier one ("… but
says"), an infinitive ("continued to assert") or a cue whose subject is far
away takes its holder from the clause around it: the sentence's subject
after any opening phrase ("Unlike her rivals, Ada Mohr …"), the subject of
a clause it follows (", though at a hearing he went further, saying …"), an
absolute phrase ("with 30 percent of voters saying …"). These functions find
that holder as a token range; ``reported.py`` decides when to ask.
"""

from __future__ import annotations

from collections.abc import Sequence

from .analysis import Token
from .sources import (
    ANONYMOUS_HEADS,
    CLOSING_QUOTE_TOKENS,
    COUNT_WORDS,
    DASHES,
    DETERMINERS,
    GROUP_WORDS,
    IRREGULAR_PAST,
    LY_NOUNS,
    OPENING_QUOTE_TOKENS,
    PRONOUNS,
    RECORD_NOUNS,
    ROLE_HEADS,
    ROLE_OPENERS,
    SUBJECT_PRONOUNS,
    TIME_NOUNS,
    US_STATES,
    is_person_plural,
    np_after,
    subject_before,
)
from .sources import (
    STOP as SUBJECT_STOP,
)

# sentence openers that are not subjects
INTRODUCTORY = frozenset(
    """and but so yet still now then later well also meanwhile however instead indeed thus
    throughout even absolutely one to or nor perhaps maybe especially soon together
    moreover afterward afterwards earlier first finally today yesterday recently likewise
    furthermore nevertheless nonetheless therefore""".split()
)

INTRO_PREPOSITIONS = frozenset(
    """at in on during after before amid since until while although though when as if along
    because despite without with for by from last unlike like once among under upon
    following given against through within beyond besides across toward towards over
    whether outside inside alongside near behind""".split()
)

# words that open a sentence whose subject is a clause, not a holder
CLAUSE_OPENERS = frozenset("what how why let let's let’s".split())

INTRODUCTORY_PHRASES = frozenset("speaking asked asking pressed responding".split())

BE = frozenset("is was were are be been being am 's ’s 're ’re 'm ’m".split())

MODALS = frozenset(
    """will would can could may might should must did do does to n't n’t not also 'll ’ll
    cannot ca wo""".split()
)

QUOTE_TOKENS = OPENING_QUOTE_TOKENS | {"''"}  # (sources' sets, "''" opening too)
CLOSING_QUOTES = CLOSING_QUOTE_TOKENS
# adverbs that sharpen a fronted preposition: "Just before …,", "Soon after …,"
DEGREE_ADVERBS = frozenset("just soon right even long only".split())

PERSON_HEADS = GROUP_WORDS | ANONYMOUS_HEADS | ROLE_HEADS | ROLE_OPENERS

PERSON_SUFFIXES = ("er", "or", "ist", "ian", "man", "woman", "ent", "ant", "s")

WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
MONTHS = frozenset(
    """january february march april may june july august september october november
    december""".split())

SUBORDINATE_OPENERS = frozenset("though although while because since whereas".split())

# irregular verbs an infinitive cue hangs off ("went on to explain")
INFINITIVE_GOVERNORS = frozenset(
    """went go goes began begun begin came come sought seek chose choose wants want plans plan
    hopes hope seems seem appears appear needs need tries try continues continue decides
    decide refuses refuse vows vow promises promise threatens threaten intends intend expects
    expect declines decline agrees agree aims aim seeks has have had""".split())


# auxiliaries between "and"/"but" and a coordinated cue ("but have speculated")
COORDINATED_AUXILIARIES = frozenset("has have had will would could did does do".split())


def subordinate_subject(tokens: Sequence[Token], words: Sequence[str], lo: int, k: int
                        ) -> tuple[int, int] | None:
    """For a coordinated cue at ``k``: the subject of the subordinate clause
    the "and" continues ("after she attacked the police and blamed …", "when
    Trump spotted a sign … and asked …"), if the clause opens within its
    comma-free stretch."""
    for j in range(k - 2, max(lo, k - 25), -1):
        if words[j] in (",", ";", ":", "—", "–", "--") or words[j] in QUOTE_TOKENS or (
                words[j] == "-" and tokens[j - 1].end < tokens[j].start):
            return None  # (a dash closes an aside: "the bill - which he once supported - and")
        if words[j] == "who" and j > lo and tokens[j + 1].text.islower() \
                and words[j - 1] in (",", "-", "—", "–", "--"):
            # "Annette Guessford, who greeted us … and said …" — not "thanked
            # the volunteers who worked … and said", nor "asked who was …"
            return j, j + 1
        if j > lo and words[j - 1] in SUBORDINATE_CLAUSE_OPENERS:
            if words[j] in ("he", "she", "they", "we", "i"):
                return j, j + 1
            if tokens[j].text[:1].isupper() and j - 1 > lo:
                name = np_after(tokens, j, k, appositive=False)
                if name is not None and name[1] < k and all(
                        tokens[i].text[:1].isupper() for i in range(*name)) \
                        and words[name[1]] not in INTRO_PREPOSITIONS \
                        and words[name[1]] not in ("and", "of", "to"):
                    # a verb follows the name; "went after Hillary Clinton
                    # for … and called for" has a preposition, no clause
                    return name
    return None


# conjunctions that open a clause whose coordinated verbs share its subject
SUBORDINATE_CLAUSE_OPENERS = frozenset(
    "after before when while because since although though as once until if which".split())


# what someone issues or says rather than holds a view: "a statement
# expressing optimism", "ads attacking Ayotte"
SPEECH_ARTEFACTS = frozenset(
    """statement statements speech speeches remarks email emails letter letters resolution
    ad ads advertisement video message messages tweet tweets post posts op-ed release
    releases memo interview rally event appearance briefing""".split())


def made_by_holder(tokens: Sequence[Token], words: Sequence[str], src: tuple[int, int]) -> bool:
    """Is the noun phrase before a reduced relative something a holder made
    (a statement, an ad) or a time ("since June 1"), rather than a holder?"""
    head = words[src[1] - 1]
    return head in SPEECH_ARTEFACTS or head in TIME_NOUNS \
        or tokens[src[1] - 1].text[:1].isdigit()



# lower-case heads that hold or carry a view though no person suffix says so
HOLDING_HEADS = frozenset(
    """bloc superdelegate superdelegates delegate delegates executives page pages ledgers
    booklets graphics emails chart panel panels union unions judge judges
    candidate candidates coalition coalitions committee council board court jury agency
    government administration party campaign team commission caucus""".split())


def could_hold(tokens: Sequence[Token], words: Sequence[str], src: tuple[int, int]) -> bool:
    """Could the noun phrase before a reduced relative hold a view ("a group
    backing Bush", "the pages outlining …", "Mr. Rastin")? Not a place or an
    occasion ("the record", "the Nevada caucuses", "one point"), whose
    participle belongs to the clause's subject."""
    if src[0] > 0 and words[src[0] - 1] in ("has", "have", "had") and tokens[src[0]].text.islower():
        return False  # "has drawn huge crowds describing …": a verb's object, not a subject
    if tokens[src[1] - 1].text[:1].isupper():
        return True  # a name; a capitalised modifier does not count ("the Nevada caucuses")
    head = words[src[1] - 1]
    return head in PERSON_HEADS or head in SUBJECT_PRONOUNS or head in COLLECTIVE_HOLDERS \
        or head in RECORD_NOUNS or head in HOLDING_HEADS \
        or head.endswith(PERSON_SUFFIXES[:-1]) or is_person_plural(head)


def sentence_start(tokens: Sequence[Token], i: int) -> int:
    """The first token of the sentence token ``i`` is in."""
    while i > 0 and tokens[i - 1].sentence == tokens[i].sentence:
        i -= 1
    return i


def after_participle(words: Sequence[str], lo: int, j: int) -> bool:
    """Does token ``j`` end a participle phrase opened after a comma (",
    seeking to", ", not even needing to", ", using an expletive to")?"""
    for p in range(j, max(lo, j - 4) - 1, -1):
        if not words[p].isalpha():
            return False
        if words[p].endswith("ing") and len(words[p]) > 4:
            j = p - 1
            while j > lo and words[j] in ("not", "even", "also", "still", "never"):
                j -= 1
            return j >= lo and words[j] == ","
    return False


NUMBER_WORDS = COUNT_WORDS - {"one"}
TIME_UNITS = frozenset("minutes hours days weeks months years moments".split())


def opens_sentence(tokens: Sequence[Token], words: Sequence[str], lo: int, k: int) -> bool:
    """Does the participle at ``k`` open its sentence, alone or after a
    preposition ("Citing", "By arguing", "In addition to stating")?"""
    first = lo
    while first < k and (words[first] in INTRODUCTORY or words[first] == ","):
        first += 1  # "Now, after arguing …", "Yet in addition to worrying …"
    return tokens[lo].text[:1].isupper() and k - first <= 4 and all(
        w in INTRO_PREPOSITIONS or w in ("addition", "to", "having", "years", "months", "days")
        or w in ("one", "point", "times", "time", "first", "same")  # "At one point calling …"
        or w.isdigit() or w in NUMBER_WORDS for w in words[first:k])


def subject_after_phrase(tokens: Sequence[Token], words: Sequence[str], end: int, hi: int,
                          lo: int) -> tuple[int, int] | None:
    """The subject right after a fronted phrase that ends at ``end``."""
    j = end
    while j < hi and (words[j] == "," or words[j] in QUOTE_TOKENS or words[j] in ("”", "’")
                      or (words[j] in ("though", "however", "too") and j + 1 < hi
                          and words[j + 1] == ",")):  # "Acknowledging …, though, Allen did"
        j += 1
    if j == end or j >= hi:
        return None
    src = np_after(tokens, j, hi, appositive=True)
    if src is None:
        return None
    # the subject right after a fronted phrase holds it, a description too
    # ("Declaring that …, the billionaire real estate mogul offered")
    if names_a_holder(tokens, words, src, lo):
        return src
    if words[src[0]] not in DETERMINERS:
        return None
    verb = next((i for i in range(src[0] + 2, src[1]) if words[i].endswith("ed")), src[1])
    return src[0], verb  # a description ends before its verb: "… mogul offered himself"


def names_a_holder(tokens: Sequence[Token], words: Sequence[str], src: tuple[int, int],
                    lo: int) -> bool:
    """Does this noun phrase end in a pronoun, a name or a person noun
    ("he", "the St. Paul City Council", "officials")? One capitalised word
    opening the sentence may be an adjective cut off ("Former …"). A phrase
    with an apposition is judged by its head before the comma ("Senator
    Bernie Sanders, the Vermont socialist who has mounted a challenge")."""
    comma = next((i for i in range(src[0] + 1, src[1]) if words[i] == ","), None)
    if comma is not None:
        src = (src[0], comma)
    last = src[1] - 1
    if words[last] == ")" and "(" in words[src[0]:last]:
        # "Sen. Ted Cruz (R-Tex.), a Republican …": the name before its tag
        last = max(i for i in range(src[0], last) if words[i] == "(") - 1
        if last < src[0]:
            return False
    return words[last] in SUBJECT_PRONOUNS or words[last] in PERSON_HEADS \
        or (tokens[last].text[:1].isupper() and (
            last > src[0] or src[0] > lo
            or (src[1] < len(tokens) and tokens[src[1]].text.isalpha()
                and tokens[src[1]].text.islower()
                and words[last] not in WEEKDAYS and words[last] not in MONTHS)))
    # ("Trump issued …": a verb follows — but "Monday saw …" is a day)


# nouns ending in -ly, which are no adverbs between "and" and a verb


def coordinated(tokens: Sequence[Token], words: Sequence[str], lo: int, k: int) -> bool:
    """Is the verb at ``k`` the second of two coordinated verbs ("… and
    added", "…, but says", "but then announced")?"""
    j = k - 1
    while j > lo and (words[j] in ("also", "then", "later", "now", "still", "since", "similarly",
                                   "not", "n't", "n’t")
                      or words[j] in COORDINATED_AUXILIARIES
                      or (words[j].endswith("ly") and len(words[j]) > 4 and words[j].isalpha()
                          and words[j] not in LY_NOUNS
                          and tokens[j].text.islower())):
        j -= 1  # "… and reportedly argued" — not "Sanders and Kelly argued"
    if j - 2 > lo and words[j] in WEEKDAYS and words[j - 1] == "on":
        j -= 2  # "… but on Tuesday wrote that …"
    return j > lo and words[j] in ("and", "but")


def subject_of_infinitive(tokens: Sequence[Token], words: Sequence[str], lo: int, k: int
                           ) -> tuple[int, int] | None:
    """The holder of an infinitive cue at ``k``: the object of a control
    verb ("led the journalist to fear", "for Trump to attack"), the subject
    of the first of two coordinated verbs ("agreed … and seemed to think"),
    else the subject of the verb the infinitive hangs off ("Lewandowski
    continued to assert", "he is correct to note"), at most three plain
    words before "to" — six for "went out of his way to say"."""
    controller = _object_controller(tokens, words, lo, k)
    if controller is not None:
        return controller
    if _fronted_participle(tokens, words, lo) and "," not in words[lo:k]:
        # "Using a crude expression to describe the Turks …, he said": the
        # main clause's subject holds the fronted phrase
        comma = next((i for i in range(k, min(len(words), k + 40))
                      if words[i] in (",", ".", ";", "!", "?")), None)
        if comma is not None and words[comma] == ",":
            return subject_after_phrase(tokens, words, comma, min(len(words), comma + 12), lo)
        # no comma closes it: no fronted phrase ("Beijing appears to believe")
    for j in range(k - 2, max(lo, k - 8), -1):
        if not tokens[j].text.isalpha() or not tokens[j].text.islower():
            return None
        if j < k - 4 and words[j] not in ("went", "go", "goes", "going") and not (
                words[j] in BE and all(w in LIKELIHOOD_WORDS for w in words[j + 1:k - 1])):
            # only an idiom reaches this far ("went out of his way to say"), or
            # a likelihood ("was slightly more likely to support")
            continue
        verb = words[j]
        if verb in ("and", "but") and j - 1 > lo:
            # "… agreed with McLenny and seemed to think": the first verb's subject
            return first_subject(tokens, words, lo, j)
        if not (verb in BE or verb in MODALS or verb.endswith("ed")
                or verb in INFINITIVE_GOVERNORS):
            continue
        src = subject_before(tokens, lo, j)
        last = words[src[1] - 1] if src is not None else ""
        if src is not None and (last in SUBJECT_PRONOUNS or tokens[src[1] - 1].text[:1].isupper()
                                or last in PERSON_HEADS or last in COLLECTIVE_HOLDERS):
            return src  # … "that group was slightly more likely to support Clinton"
    return None


# words between "be" and an infinitive that say how likely or willing
LIKELIHOOD_WORDS = frozenset(
    """more less most slightly much far even still also likely unlikely able unable willing
    unwilling eager ready quick prepared expected set poised""".split())
# collective nouns that hold views as people do
COLLECTIVE_HOLDERS = frozenset(
    "group groups majority minority plurality half third quarter share bloc faction".split())


# verbs whose object does what the infinitive says: "led the journalist to
# fear", "forced Stumpf to admit", "prompted his wife to make a comment"
OBJECT_CONTROL = frozenset(
    """led lead leads prompted prompt prompts forced force forces caused cause causes pushed
    pressed urged asked persuaded encouraged inspired compelled drove allowed require requires
    required allow allows allowing enable enables enabled""".split())


def _object_controller(tokens: Sequence[Token], words: Sequence[str], lo: int, k: int
                       ) -> tuple[int, int] | None:
    """For an infinitive cue at ``k`` ("to fear"): the object of a control
    verb before it ("led X to fear"), or X in "for X to attack"."""
    to = k - 1
    if to - 2 < lo:
        return None
    if words[to - 1] in ("him", "her", "them", "us", "me") and words[to - 2] in OBJECT_CONTROL:
        return to - 1, to  # "allow him to call for"
    np = subject_before(tokens, lo, to)
    if np is None or np[1] != to:
        return None
    inner = next((i for i in range(np[1] - 2, np[0] - 1, -1)
                  if words[i] == "for" or words[i] in OBJECT_CONTROL), None)
    if inner is not None:
        np = (inner + 1, np[1])  # "hard for Falk", "the debate led Republicans": Falk, Republicans
    if np[0] - 1 < lo:
        return None
    before = words[np[0] - 1]
    if before in OBJECT_CONTROL or (before == "for" and np[0] - 2 >= lo
                                    and words[np[0] - 2] not in ("calls", "call", "called")):
        return np
    return None


def first_subject(tokens: Sequence[Token], words: Sequence[str], lo: int, k: int
                   ) -> tuple[int, int] | None:
    """The subject of the main clause, for a participial cue (", saying …").

    An introductory phrase ("Later in the day,", "At the rally,", "But") is
    skipped: the subject is the noun phrase that follows it.
    """
    start = lo
    # a dateline: "WASHINGTON (AP) —", "Philadelphia (AFP) –", "ORLANDO, Fla. (Reuters) -"
    opening = next((i for i in range(start, min(k, start + 7)) if words[i] == "("), None)
    if opening is not None and opening + 3 < k and words[opening + 2] == ")" \
            and words[opening + 3] in DASHES | {"-", "–"} \
            and (opening <= start + 1 or (tokens[start].text.isupper()
                                          and len(tokens[start].text) > 2)
                 or (opening <= start + 3 and len(tokens[opening + 1].text) > 1
                     and all(tokens[i].text[:1].isupper() for i in range(start, opening)))) \
            and tokens[opening + 1].text[:1].isupper():
        start = opening + 4  # (a sentence may start at the parenthesis after "Fla.")
    if start + 3 < k and words[start + 1] in NUMBER_WORDS | {"few"} \
            and words[start + 2] in TIME_UNITS and words[start + 3] in ("later", "earlier", "ago"):
        start += 4  # "A few minutes later they reversed themselves"
    elif start + 2 < k and (words[start] in NUMBER_WORDS or words[start].isdigit()) \
            and words[start + 1] in TIME_UNITS and words[start + 2] in ("later", "earlier", "ago"):
        start += 3  # "Two days later the council …"
    while start < k and (tokens[start].text.isupper() and len(tokens[start].text) > 1
                         or words[start] in ("(", ")", "ap", "—", "–", "-", "--")):
        start += 1
    if start < k and words[start] in QUOTE_TOKENS:
        # '"They stole the country," the man shouted, using …': the
        # attribution after the opening quotation holds the sentence
        closing = next((i for i in range(start + 1, k) if words[i] in CLOSING_QUOTES
                        and words[i - 1] in (",", "?", "!")), None)
        if closing is not None and closing + 1 < k:
            start = closing + 1
    while start < k and ((words[start] in INTRODUCTORY and not (
            start + 1 < k and words[start + 1] == "of"))  # "One of the men, …" is a subject
                         or words[start] in ("\"", "“", "''")
                         or (words[start].endswith("ly") and start + 1 < k
                             and words[start + 1] == ",")):
        start += 1  # "But", "Meanwhile", "Conversely,"
    while start < k and words[start] == ",":
        start += 1
    if start + 2 < k and words[start] in ("more", "most", "less") \
            and words[start + 1].endswith("ly") and words[start + 2] == ",":
        start += 3  # "More recently, Rubio has shifted …"
    if start + 1 < k and (words[start].endswith("ly") or words[start] in DEGREE_ADVERBS) and (
            words[start + 1].endswith("ing") or words[start + 1] in INTRO_PREPOSITIONS):
        start += 1  # "Hastily politicizing the tragedy, Trump …", "Just before …,"
    if start < k and words[start] in ("on", "in", "at", "during", "over"):
        # "On Tuesday she doubled down, saying …": a short fronted phrase with
        # no comma ends at a nominative pronoun, which only a subject can be
        pronoun = next((i for i in range(start + 2, min(k, start + 5))
                        if words[i] in ("he", "she", "they", "we", "i")), None)
        if pronoun is not None and all(tokens[i].text[:1].isalnum()
                                       for i in range(start + 1, pronoun)) \
                and "," not in words[pronoun:k - 1]:
            start = pronoun  # (not "On the night he won, Smith thanked …, saying")
    phrases = 0
    while start < k and phrases < 3 and (
            words[start] in INTRO_PREPOSITIONS or words[start] in INTRODUCTORY_PHRASES
            or (phrases == 0 and _fronted_participle(tokens, words, start))
            or _fronted_time(words, start, k)):
        # one fronted phrase, or several: "In Palo Alto, Calif., at 6:30 a.m. on March 19,"
        phrases += 1
        comma = next((i for i in range(start, k) if words[i] == ","), None)
        if comma is None:
            return None
        start = comma + 1
        while start < k and words[start] in ("\"", "”", "''"):
            start += 1  # the comma closed a quotation: "… an entry-level job," Will urged
        state = start + 1 if start + 1 < k and words[start + 1] == "." else start
        if start < k and words[start].rstrip(".") in US_STATES and state + 2 < k \
                and words[state + 1] == ",":
            start = state + 2  # "In Alexandria, Va., Lazar …": the place's state
    if phrases and start < k:
        # "Along with her husband, Milton Berg, a money manager, she has …":
        # the fronted phrase's noun had an apposition; the pronoun after it
        # is the subject
        pronoun = next((i for i in range(start + 1, min(k, start + 14))
                        if words[i] in ("he", "she", "they", "we", "i") and words[i - 1] == ","),
                       None)
        if pronoun is not None and all(
                words[i] == "," or words[i] == "." or (tokens[i].text[:1].isalnum() and not (
                    words[i].endswith("ed") or words[i] in IRREGULAR_PAST or words[i] in BE))
                for i in range(start, pronoun)):
            start = pronoun
    if start >= k or words[start] in CLAUSE_OPENERS:
        return None
    if start + 1 < k and words[start] in ("about", "nearly", "almost", "roughly", "some") \
            and tokens[start + 1].text[:1].isdigit():
        number = np_after(tokens, start + 1, k, appositive=True)  # "about 200 protesters"
        return (start, number[1]) if number is not None else None
    src = np_after(tokens, start, k, appositive=True)
    if src is None:
        return None
    src = _with_coordinated_name(tokens, words, src, k)
    head = words[src[0]]
    if head in ("it", "its", "this", "that", "there") or (head in INTRODUCTORY and not (
            src[0] + 1 < k and words[src[0] + 1] == "of")):
        return None
    if head in DETERMINERS and (src[1] - src[0] == 1 or (
            src[1] - src[0] == 2 and tokens[src[0] + 1].text[:1].isupper())):
        # a sentence-initial "The" cut off from its noun: "The website noted
        # …", "the Stanford medieval-history graduate ended" — take up to
        # three lower-case words with it ("The newly elected mayor"),
        # stopping at a verb
        end = src[1]
        while end < min(k, src[1] + 3) and words[end].replace("-", "").isalpha() \
                and tokens[end].text.islower() \
                and words[end] not in SUBJECT_STOP \
                and not (words[end].endswith("ed") and not words[end - 1].endswith("ly")) \
                and words[end] not in IRREGULAR_PAST \
                and not (end > src[1] and words[end].endswith("s")):  # "the GOP nominee feuds"
            end += 1
        if end == src[1] and src[1] - src[0] == 1:
            return None
        src = (src[0], end)
    if src[1] - src[0] == 1 and head not in SUBJECT_PRONOUNS \
            and not tokens[src[0]].text[:1].isupper():
        return None
    possessive = next((i for i in range(src[0], src[1]) if words[i] in ("'s", "’s")), None)
    if head in DETERMINERS or possessive is not None:
        # "the pilot needed to …", "Grayson's spokeswoman challenged the
        # assertion …": a description ends before its verb — but "the newly
        # elected mayor" keeps its participle after an adverb
        first_word = possessive + 2 if possessive is not None else src[0] + 2
        # ("Trump's embattled campaign chairman": the word after the
        # possessive is an adjective, whatever its ending)
        verb = next((i for i in range(first_word, src[1])
                     if (words[i].endswith("ed") and tokens[i].text.islower()
                         and not words[i - 1].endswith("ly")) or words[i] in IRREGULAR_PAST),
                    src[1])
        src = (src[0], verb)
    return src


def _with_coordinated_name(tokens: Sequence[Token], words: Sequence[str], src: tuple[int, int],
                           k: int) -> tuple[int, int]:
    """A name subject with a second name joined by "and" ("Trump and Ryan
    issued a statement …"): both hold what the clause says."""
    if src[1] + 1 >= k or words[src[1]] != "and" or not tokens[src[1] - 1].text[:1].isupper():
        return src
    other = np_after(tokens, src[1] + 1, k, appositive=False)
    if other is None or other[1] >= k or not all(
            tokens[i].text[:1].isupper() or words[i] == "." for i in range(*other)):
        return src
    if not (tokens[other[1]].text.isalpha() and tokens[other[1]].text.islower()):
        return src  # no verb follows: "Clinton and Sanders's supporters"
    return src[0], other[1]


def absolute_subject(tokens: Sequence[Token], words: Sequence[str], lo: int, k: int
                      ) -> tuple[int, int] | None:
    """The noun phrase of an absolute construction before a participle:
    "with 30 percent of voters saying …" — they, not the clause's subject,
    are the holders."""
    j = k - 1
    end = k  # the phrase ends before the participle, or before an aside
    steps = 0
    while j > lo and steps < 9:
        if words[j] in DASHES:
            # "with Hillary Clinton — who's called for … — lambasting"
            opening = next((i for i in range(j - 1, max(lo, j - 25), -1)
                            if words[i] in DASHES), None)
            if opening is None:
                return None
            end, j = opening, opening - 1
            continue
        if words[j] in (",", ";", ":") or words[j] in QUOTE_TOKENS:
            return None
        if words[j] == "with":
            np = np_after(tokens, j + 1, end, appositive=False)
            return np if np is not None and np[1] == end else None
        j -= 1
        steps += 1
    return None


def _fronted_time(words: Sequence[str], i: int, k: int) -> bool:
    """A time phrase before the subject: "Minutes later,", "Two days ago,",
    "Sunday,"."""
    comma = next((j for j in range(i, min(k, i + 5)) if words[j] == ","), None)
    if comma is None or comma == i:
        return False
    return words[comma - 1] in ("later", "earlier", "ago", "before") or (
        comma == i + 1 and words[i] in WEEKDAYS)


def _fronted_participle(tokens: Sequence[Token], words: Sequence[str], i: int) -> bool:
    """A participial phrase before the subject: "Citing the attack, Will
    urged …", "Having announced …, she"."""
    if not (words[i].endswith("ing") and len(words[i]) > 4 and words[i] not in ING_NOUNS
            and tokens[i].text[:1].isupper() and tokens[i].text[1:].islower()):
        return False
    nxt = words[i + 1] if i + 1 < len(words) else ""
    # a name ending in "-ing" has a verb next: "Manning said", "Schilling appeared"
    return not (nxt in BE or (nxt in MODALS and nxt != "to")
                or nxt in ("has", "had", "have", "said", "says")
                or (nxt.endswith("ed") and len(nxt) > 3))


# words ending in "-ing" that are no participles
ING_NOUNS = frozenset("thing bring sting swing wring fling cling spring string".split())


def subject_of_sentence(tokens: Sequence[Token], words: Sequence[str], lo: int, k: int
                         ) -> tuple[int, int] | None:
    """The sentence's subject as the holder of a cue with none beside it,
    provided it stands before the cue."""
    src = first_subject(tokens, words, lo, k)
    return src if src is not None and src[1] <= k else None


def clause_subject(tokens: Sequence[Token], words: Sequence[str], lo: int, k: int
                    ) -> tuple[int, int] | None:
    """For a participle at ``k``: the subject of the last coordinated clause
    before it ("the camera is facing the ground, and she becomes upset,
    shouting …" is she), if the sentence has one."""
    for b in range(k - 2, lo, -1):
        if words[b] in SUBORDINATE_OPENERS and (words[b - 1] == "," or words[b - 1] in DASHES):
            # ", though in a news conference last week he used stronger
            # language, saying …": the pronoun subject of that clause
            for j in range(b + 1, min(k - 1, b + 9)):
                if words[j] in ("he", "she", "they", "we", "i"):
                    return j, j + 1
                if words[j] in (",", ";") or words[j] in QUOTE_TOKENS:
                    break
            return None
        if words[b] in ("and", "but") and tokens[b - 1].text[:1].islower() \
                and tokens[b + 1].text[:1].isupper():
            # "prosecutors charged the officer and Emanuel fired his police
            # chief, acknowledging …": a name and a finite verb open a clause
            src = np_after(tokens, b + 1, k, appositive=False)
            verb = src[1] if src is not None else k
            if src is not None and verb + 1 < k and tokens[verb].text.islower() \
                    and words[verb].isalpha() and (words[verb].endswith("ed") or (
                        words[verb].endswith("s") and words[verb + 1] in DETERMINERS | PRONOUNS)) \
                    and words[verb + 1] not in (",", ".") \
                    and all(tokens[i].text[:1].isupper() for i in range(*src)):
                return src  # (not "schools and Head Start centers on Monday")
            continue
        if words[b] == ";" or (words[b] in ("and", "but") and words[b - 1] == ","):
            first = b + 1
            if first < k and words[first] in SUBJECT_PRONOUNS and words[first] != "who":
                return first, first + 1
            src = np_after(tokens, first, k, appositive=False)
            if src is not None and (tokens[first].text[:1].isupper() or (
                    words[first] == "the" and first + 1 < k
                    and tokens[first + 1].text[:1].isupper())):
                return src
            return None
    return None
