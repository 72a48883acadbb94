"""Reported and mixed speech from surface patterns (the ``rules`` engine).

Without a parser, reported speech is found by the shapes news writing uses:

* ``X said (that) CLAUSE`` · ``X told Y (that) CLAUSE`` (Y: the addressee)
* ``CLAUSE, X said.`` · ``CLAUSE, said X.``
* ``According to X, CLAUSE`` · ``CLAUSE, according to X.``
* ``…, adding that CLAUSE`` · ``X said … and added that CLAUSE`` (the second
  cue shares the first one's source)

Content is the reported clause (with its "that"), not the whole sentence; it
ends at the sentence end, a following attribution, a participial cue or a
closing parenthesis. Cues inside a content already found are not statements
of their own (an attribution is univocal, as in the PolNeAR annotation).
A content that holds a quoted fragment is a *mixed* quote.
"""

from __future__ import annotations

from bisect import insort
from collections.abc import Sequence

from .analysis import Analysis, Token
from .candidates import Candidate, QuoteMask
from .holders import (
    BE,
    CLOSING_QUOTES,
    MODALS,
    NUMBER_WORDS,
    PERSON_HEADS,
    PERSON_SUFFIXES,
    QUOTE_TOKENS,
    SPEECH_ARTEFACTS,
    absolute_subject,
    after_participle,
    clause_subject,
    coordinated,
    could_hold,
    first_subject,
    made_by_holder,
    names_a_holder,
    opens_sentence,
    sentence_start,
    subject_after_phrase,
    subject_of_infinitive,
    subject_of_sentence,
    subordinate_subject,
)
from .lexicon import CueEntry, CueMatch, Lexicon
from .model import CueType, MentionKind, QuoteKind
from .quotemarks import QuoteRegion
from .sources import (
    DETERMINERS,
    IRREGULAR_PAST,
    POSTMODIFYING_ADJECTIVES,
    PRONOUN_OBJECT_PREPOSITIONS,
    PRONOUNS,
    RECORD_NOUNS,
    SUBJECT_PRONOUNS,
    is_editorial_label,
    mention_kind,
    np_after,
    skip_parenthetical_adverb,
    subject_before,
)

# subjects that make a base-form verb a verb ("they say", "officials believe")
BASE_SUBJECTS = frozenset("i we they you who".split())
# pronoun-like quantifiers that stand as plural subjects ("Most oppose …")
PLURAL_QUANTIFIERS = frozenset("some many most others few both all several".split())
# cues that report a statement only with "that" or a question word:
# "learned that …", not "learned French" ("identified X as Y", "ordered X"
# stay: PolNeAR counts them, and requiring "that" lost 15 train attributions);
# "shot back that …", not "the officer shot back, hitting him"
THAT_ONLY_CUES = frozenset({"learn", "shoot back"})
# … of which those that close no statement either ("…, the Post learned" does)
NEVER_CLOSING_CUES = frozenset({"shoot back"})
# shares of people that take a plural verb ("a third say", "one in five say")
SHARES = NUMBER_WORDS | frozenset(
    "third thirds quarter quarters fifth fifths half majority minority plurality".split())
# the words of a share of people as a subject: "one in five", "about 20 percent"
SHARE_PHRASE_WORDS = SHARES | frozenset(
    "one in of out percent % a an about nearly just over under almost roughly".split())
SUBJECT_PREPOSITIONS = frozenset("in on of at from across around".split())


def _plural_subject_before(tokens: Sequence[Token], words: Sequence[str], lo: int,
                           j: int) -> bool:
    """Does a plural subject end at token ``j`` although its last word is
    no plural: a plural with a prepositional phrase ("voters in each state
    want"), or names joined by "and" ("Forbes and Wealth-X say")?"""
    if j < lo:
        return False
    if tokens[j].text[:1].isupper():
        return any(words[i] == "and" and tokens[i - 1].text[:1].isupper()
                   for i in range(max(lo + 1, j - 3), j))
    for i in range(j - 1, max(lo, j - 5) - 1, -1):
        if i - 1 >= lo and (words[i] in SUBJECT_PREPOSITIONS or (
                words[i] in ("with", "to", "about") and words[i - 1] in POSTMODIFYING_ADJECTIVES)):
            head = i - 1
            if words[head] in POSTMODIFYING_ADJECTIVES and head - 1 >= lo:
                head -= 1  # "people familiar with her thinking say", "those close to him"
                if words[head] in ("those", "people"):
                    return True
            return _plural_noun(words[head]) and (tokens[head].text.islower() or head == lo) \
                and words[head] not in STOP_BEFORE_PARTICIPLE
        if not words[i].isalpha():
            return False
    return False


# adverbs between a subject and a base-form verb ("voters still say")
BASE_ADVERBS = frozenset("now still also actually never just really even already often all "
                         "both generally".split())
HAVE = frozenset("has have had".split())
# phrases after a cue that are not its content ("said on Friday that")
TIME_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday yesterday today tonight
    earlier later recently previously also repeatedly again last this next week month year
    morning afternoon evening night""".split()
)
VENUE_PREPOSITIONS = frozenset("on in at during".split())
VENUE_NOUNS = frozenset(
    """statement interview tweet post letter speech remarks rally conference call briefing
    email release op-ed column appearance event hearing meeting debate news show program
    twitter facebook instagram television radio""".split()
)
# words after which an -ing form is no participle of a statement ("is",
# "to", "of": "the cost of supporting …")
STOP_BEFORE_PARTICIPLE = frozenset("of to for in on at from with about without into".split())
# collective nouns that take a plural verb ("police say")
PLURAL_NOUNS = frozenset(
    "police people staff public children women men majority electorate crowd media".split()
)
# words before a plural noun that looks like a cue ("of tweets", "new reports")
NOUN_CONTEXT = frozenset(
    """of in on for with by about from to at into after before new more many several
    these those such other recent latest earlier previous his her their its our my
    media phone radio blog own""".split()
)
# words after a cue that start an object or adjunct rather than a clause
NOT_CLAUSE_STARTS = frozenset(
    """to for about of on in at with by from so nothing something anything little yes no
    goodbye hello thanks sorry it him her them me us you and or but as than into over""".split()
)
CONTINUATION_CUES = frozenset({"adding", "saying", "noting", "arguing", "explaining", "insisting",
                               "warning", "claiming", "stressing", "suggesting", "asking"})


class _Sentence:
    """Token range of one sentence with the spans already claimed in it."""

    def __init__(self, lo: int, hi: int):
        self.lo = lo
        self.hi = hi
        self.claimed: list[tuple[int, int]] = []  # token ranges (content or cue)
        self._mask = bytearray(hi - lo)
        self.last_source: tuple[int, int] | None = None
        self.last_source_kind: MentionKind | None = None

    def is_claimed(self, i: int) -> bool:
        return self.lo <= i < self.hi and self._mask[i - self.lo] == 1

    def claim(self, a: int, b: int) -> None:
        insort(self.claimed, (a, b))
        first, last = max(a, self.lo) - self.lo, min(b, self.hi) - self.lo
        if last > first:
            self._mask[first:last] = b"\x01" * (last - first)


CLOSING_MARKS = CLOSING_QUOTES | {"’"}  # a single closing mark too, after a comma


def _word_before(words: Sequence[str], k: int, lo: int) -> str:
    """The word before token ``k`` in its sentence, a comma for a comma inside a closing mark.

    Why: American style puts the comma inside the quotation ("hailed it as
    “fantastic,” telling reporters …"); the participle after it follows a
    comma all the same.
    """
    if k <= lo:
        return ""
    if words[k - 1] in CLOSING_MARKS and k - 2 >= lo and words[k - 2] == ",":
        return ","
    return words[k - 1]


def _is_verb_use(tokens: Sequence[Token], words: Sequence[str], k: int, match: CueMatch,
                 lo: int) -> bool:
    """Is the cue at token ``k`` used as a verb here ("he said") rather than as
    a noun or adjective ("a report", "the sayings")?"""
    if match.entry.frame in ("prep", "noun"):
        return True
    prev = _word_before(words, k, lo)
    after = k + match.length
    if prev in ("you", "i") and after < len(words) and words[after] in (",", "—", "–", "--") \
            and words[k] in ("know", "mean", "see"):
        return False  # "You know, I got in trouble": a filler, not a statement
    nxt = words[after] if after < len(words) else ""
    if (prev, words[k], nxt) in FIXED_PHRASES or (prev, words[k], "*") in FIXED_PHRASES \
            or (words[k] == "found" and nxt in REFLEXIVES):
        return False  # "All told, …", "…, compared with 23 percent", "I found myself in …"
    if tokens[k].text[:1].isupper() and k > lo:
        # a capitalised cue word mid-sentence is a name or title, except in
        # a title-case headline ("Hollande Says Trump Makes You Want To Retch")
        return words[k] in HEADLINE_CUES and _title_case(tokens, lo, k)
    if match.form in ("base", "s") and not _object_follows(tokens, words, k, match):
        return False  # a noun: "smaller states such as Vermont", "the Paris attacks test …"
    if match.form in ("base", "s") and _after_article_and_adjectives(words, k, lo):
        return False  # a noun: "a passing promise that …", "the vague claims that …"
    if match.form == "base":
        j = k - 1
        if prev == "," and k - 2 >= lo and words[k - 2] in ("percent", "%"):
            return True  # "about two-thirds, 67 percent, say …": a share in apposition
        if prev == ",":  # "Others, however, say …"
            skipped = skip_parenthetical_adverb(tokens, lo, k - 1)
            if lo <= skipped < k - 1:
                j, prev = skipped, words[skipped]
        if prev in ("'s", "’s"):
            return False  # a possessor's noun: "Cruz's support"
        while j > lo and (words[j] in BASE_ADVERBS or (words[j].endswith("ly") and len(words[j]) > 4
                                                       and words[j].isalpha())):
            j -= 1  # "can now say", "strongly oppose", "still say"
        prev = words[j] if j < k - 1 else prev
        if prev in BASE_SUBJECTS or prev in MODALS:
            return True
        if k > lo and (prev.endswith("s") and not prev.endswith("ss")) and prev not in DETERMINERS \
                and prev not in PRONOUNS:
            return True  # "officials say", "polls show"
        if prev in PLURAL_NOUNS or prev.replace(",", "").isdigit():
            return True  # "Cologne police say", "six in 10 say"
        if prev in PLURAL_QUANTIFIERS or prev in ("surveyed", "polled", "percent", "%") or (
                prev in SHARES and (nxt == "that" or nxt in SUBJECT_PRONOUNS
                                    or nxt in DETERMINERS)):
            # "some believe", "those surveyed say", "9 percent say", "a third
            # say they …" — not "the minority report concluded", "a third claim"
            return True
        if _plural_subject_before(tokens, words, lo, j):
            return True  # "voters in each state want", "Forbes and Wealth-X say"
        if prev in ("him", "them", "us", "her") and j - 1 > lo \
                and words[j - 1] in PRONOUN_OBJECT_PREPOSITIONS:
            return True  # "Those close to him say", "many of them believe"
        if nxt == "that" and k > lo and prev not in DETERMINERS and prev not in PRONOUNS \
                and prev not in STOP_BEFORE_PARTICIPLE and prev[:1].isalpha():
            return True  # "Most believe that …", "Data show that …"
        return _plural_subject_phrase(tokens, words, lo, k)
    if match.form == "ed":
        if prev in BE:
            return False  # a passive or an adjective: "was reported", "is known"
        if prev in DETERMINERS and (prev not in PLURAL_QUANTIFIERS or (
                k - 2 >= lo and words[k - 2] in ("of", "for", "to", "with", "on", "in"))):
            # "the reported deal", "of all reported contributions" — but
            # "Some said", "Many believed"
            return False
        if prev.replace(",", "").isdigit() and nxt.isalpha() and tokens[after].text.islower() \
                and nxt.endswith("s") and (words[k] in ADJECTIVAL_PARTICIPLES or (
                    k - 2 >= lo and words[k - 2] in NUMBER_OPENERS)):
            return False  # "leads Sanders by 271 pledged delegates": an adjective
        if words[k] in PUBLISHING_PARTICIPLES and prev == "," and k - 2 >= lo and (
                words[k - 2] in SPEECH_ARTEFACTS or words[k - 2] in RECORD_NOUNS):
            return False  # "The email, released by Judicial Watch, was sent …"
        if words[k] in PUBLISHING_PARTICIPLES and (
                prev in SPEECH_ARTEFACTS or prev in RECORD_NOUNS) and (
                nxt in TIME_WORDS or nxt in ("by", "on", "in", "last", "earlier", "this")) \
                and _inside_phrase(words, k - 1, lo):
            return False  # "In a message released Friday, …": a passive after its noun
        if words[k] in ("called", "named") and _names_a_thing(tokens, words, k, lo):
            return False  # "broadcast a short film called 'Tenemos Familias'": a name
        return True
    if match.form == "ing":
        if prev in (",", "while", "after", "before", "by", "when") or prev in BE or prev in (
                "also", "and"):
            return True
        if match.entry.frame == "object" and k > lo and prev not in DETERMINERS \
                and prev not in STOP_BEFORE_PARTICIPLE and k + match.length < len(words) \
                and (tokens[k + match.length].text[:1].isupper() or nxt in DETERMINERS):
            return True  # "the super PAC supporting Jeb Bush"
        return prev not in DETERMINERS and (nxt == "that" or nxt in SUBJECT_PRONOUNS)
    # -s form: "says", not the plural noun in "the reports", "a flurry of tweets"
    if prev in DETERMINERS or prev in NOUN_CONTEXT or prev in ("'s", "’s") or nxt == "of" \
            or prev in CLAUSE_OPENERS:  # "even as advocates in the community called"
        return False
    return not prev.replace(",", "").isdigit()  # "10 percent", not "9/11 comment"


# words before a number that make "271 pledged delegates" a noun phrase, not
# "Of the 30 people interviewed, 18 said …"
NUMBER_OPENERS = frozenset(
    "by of with the their his her its about nearly some than to from and or all".split())
# participles that a count turns into adjectives ("60 pledged delegates")
ADJECTIVAL_PARTICIPLES = frozenset("pledged committed elected registered unpledged".split())
# adjectives that stand between a determiner and a cue word used as a noun
NOUN_ADJECTIVES = frozenset(
    """false latest recent repeated bold own frequent vague empty broad sweeping baseless
    dubious passing debunked unfounded unsubstantiated""".split())


def _adjectives_before(words: Sequence[str], k: int, lo: int) -> int:
    """Where the adjectives (at most two, from ``NOUN_ADJECTIVES``) before
    token ``k`` begin ("Trump's false claims": the index of "false")."""
    j = k
    while j - 1 >= lo and k - j < 2 and words[j - 1] in NOUN_ADJECTIVES:
        j -= 1
    return j


def _after_article_and_adjectives(words: Sequence[str], k: int, lo: int) -> bool:
    """Does an article or possessive pronoun stand before the cue word at
    ``k`` with only adjectives between ("a passing promise that", "his
    repeated claims that")? Then the word is a noun that no one is named
    as making."""
    j = _adjectives_before(words, k, lo)
    return j < k and j - 1 >= lo and words[j - 1] in ("a", "an", "the", "his", "her", "their",
                                                      "its", "our", "my", "your")


def _subordinate_holder(tokens: Sequence[Token], words: Sequence[str], lo: int, k: int
                        ) -> tuple[int, int] | None:
    """The subject of a subordinate clause a participle ends, with no comma
    between ("as he did two years ago by announcing …", "when he went on the
    record endorsing …"): that clause's subject holds it, not the main
    clause's. After a comma (", saying …") the main clause's subject does."""
    if words[k - 1] == ",":
        return None
    return subordinate_subject(tokens, words, lo, k)


def _possessor_before(tokens: Sequence[Token], words: Sequence[str], lo: int, k: int
                      ) -> tuple[int, int] | None:
    """For a cue word used as a noun after a possessive ("Trump's false
    claims that …", "the campaign's claim that …"): the possessor, with its
    "'s", who makes the claim."""
    j = _adjectives_before(words, k, lo)
    if j - 1 <= lo or words[j - 1] not in ("'s", "’s"):
        return None
    owner = subject_before(tokens, lo, j - 1)
    if owner is None or owner[1] != j - 1:
        return None
    # "targets for Trump's false claims": the possessor after any preposition
    first = next((i + 1 for i in range(j - 2, owner[0] - 1, -1)
                  if words[i] in ("for", "of", "to", "from", "with", "by", "about", "on", "in",
                                  "at", "against")), owner[0])
    return (first, j) if first < j - 1 else None


#: words that open a clause: a "-s" word right after one is its subject, not its verb
CLAUSE_OPENERS = frozenset("as while when because if since although though whereas unless".split())
#: (word before, cue word, word after) that make no statement; "*" is any word after
FIXED_PHRASES = frozenset({
    ("all", "told", ","), (",", "compared", "with"), (",", "compared", "to"),
    ("", "compared", "with"), ("", "compared", "to"), ("when", "compared", "*"),
    ("as", "expected", "*"),
})
REFLEXIVES = frozenset("myself yourself himself herself itself ourselves themselves".split())


# participles that say a document came out, used after its noun ("a memo released Friday")
PUBLISHING_PARTICIPLES = frozenset(
    "released issued published posted leaked obtained circulated distributed filed".split())


def _inside_phrase(words: Sequence[str], noun: int, lo: int) -> bool:
    """Is the noun at ``noun`` inside a phrase that a preposition opens ("In a
    message …"), or an indefinite one ("A report released Friday …"), rather
    than a subject ("The campaign released on Friday")?"""
    for j in range(noun - 1, max(lo, noun - 6) - 1, -1):
        if words[j] in ("a", "an"):
            return True  # "A report released Friday held …": a new record releases nothing
        if words[j] in DETERMINERS:
            return j > lo and words[j - 1] in ("in", "on", "with", "from", "by", "of", "to",
                                                 "at", "after", "under", "through", "via")
    return False


# words after which "a …" opens a clause's subject, not an object
CLAUSE_JOINERS = frozenset("and but or that because while when if".split())


def _names_a_thing(tokens: Sequence[Token], words: Sequence[str], k: int, lo: int) -> bool:
    """Is "called" or "named" at ``k`` the participle that names ("an
    inflation formula called the 'chained CPI'", "a man named John Smith")? The
    noun before it is common, in an indefinite phrase that is no subject at
    the start of its sentence."""
    if k - 1 <= lo or not tokens[k - 1].text.isalpha() or not tokens[k - 1].text.islower():
        return False
    for j in range(k - 2, max(lo, k - 6) - 1, -1):
        if words[j] in ("a", "an"):
            # the phrase follows a verb or preposition: "broadcast a film
            # called …", "as a mall called …" — not "Yesterday a senator called"
            if j == lo and words[k] == "named" and k + 1 < len(tokens) \
                    and tokens[k + 1].text[:1].isupper():
                return True  # "A woman named Jane Doe told police …"
            return j > lo and tokens[j - 1].text.isalpha() and tokens[j - 1].text.islower() \
                and words[j - 1] not in TIME_WORDS and not words[j - 1].endswith("ly") \
                and words[j - 1] not in CLAUSE_JOINERS and words[j + 1] != "few"
            # (not "… and a few Republican lawmakers called for …")
        if not tokens[j].text.isalpha() or (tokens[j].text[:1].isupper() and words[k] != "named"):
            return False  # (a name may modify the noun before "named": "a Twitter account named …")
    return False


def _plural_subject_phrase(tokens: Sequence[Token], words: Sequence[str], lo: int, k: int
                           ) -> bool:
    """Is the subject phrase before a base-form cue plural, with an
    apposition or relative clause between ("A third of independents, 33%,
    say", "executives who have worked with Lachlan Murdoch say")?"""
    src = subject_before(tokens, lo, k)
    if src is None or src[1] - src[0] < 2:
        return False
    head_end = next((i for i in range(src[0], src[1]) if words[i] in (",", "who")), src[1])
    head = words[head_end - 1]
    return (_plural_noun(head) and head not in PRONOUNS) \
        or " and " in " ".join(words[src[0]:head_end])


def _plural_noun(word: str) -> bool:
    """Does this (lower-case) word read as a plural noun ("voters", not "press")?"""
    return word.endswith("s") and not word.endswith("ss") and word.isalpha()


# cue words that are mostly nouns in their -s and base forms: as verbs they
# take "that" or an object right away ("the report states that …", "Trump
# attacks Clinton"), as nouns they do not ("smaller states such as Vermont")
NOUN_LIKE_CUES = frozenset("state attack list release support plan question remark".split())


def _object_follows(tokens: Sequence[Token], words: Sequence[str], k: int,
                    match: CueMatch) -> bool:
    """For a noun-like cue (``NOUN_LIKE_CUES``): does what follows read as
    its object or clause?"""
    entry = match.entry
    if entry.cue not in NOUN_LIKE_CUES:
        return True
    after = k + match.length
    if after >= len(words):
        return False
    nxt = words[after]
    if entry.frame == "clause":
        return nxt in ("that", ":") or nxt in SUBJECT_PRONOUNS
    return (nxt in ("that", "the", "a", "an", "his", "her", "their", "its", "our", "my", "this",
                    "these", "those", "him", "them", "it", "me", "us", "what", "whether", "how",
                    "several", "many", "some", "all", "both", "each", "why", "if")
            or tokens[after].text[:1].isupper() or nxt.endswith("ing")
            or (nxt == "to" and entry.cue == "plan"))  # "plans to run", not "plans for"


HEADLINE_CUES = frozenset("says said tells told warns claims urges admits denies slams".split())


def _title_case(tokens: Sequence[Token], lo: int, k: int) -> bool:
    """Are the words before ``k`` all capitalised, as in a headline?"""
    words = [t.text for t in tokens[lo:k] if t.text[:1].isalpha()]
    return len(words) >= 1 and all(w[:1].isupper() for w in words)


def _skip_fillers(tokens: Sequence[Token], words: Sequence[str], i: int, hi: int) -> int:
    """Skip time and venue phrases between a cue and its content."""
    while i < hi:
        w = words[i]
        if w in TIME_WORDS and not (w in ("this", "last", "next") and (
                i + 1 >= hi or words[i + 1] not in TIME_WORDS)):
            i += 1  # "said on Monday", "said this week" — not "said This American Life …"
            continue
        if w in VENUE_PREPOSITIONS and i + 1 < hi:
            j = i + 1
            while j < hi and j < i + 5 and words[j] != "that" and (
                    words[j] in DETERMINERS or words[j] in TIME_WORDS or words[j] in VENUE_NOUNS
                    or tokens[j].text[:1].isupper()):
                j += 1
            # the phrase ends at its last venue noun, time word or name
            while j > i + 1 and not (words[j - 1] in VENUE_NOUNS or words[j - 1] in TIME_WORDS
                                     or tokens[j - 1].text[:1].isupper()):
                j -= 1
            if j > i + 1:
                i = j
                continue
        break
    return i


def _content_end(tokens: Sequence[Token], words: Sequence[str], start: int, hi: int,
                 lexicon: Lexicon, stop_at: int, *, clause: bool = False) -> int:
    """Where a reported clause starting at ``start`` ends (token index).
    ``clause``: the content is a clause with its own subject ("said he and
    other leaders are planning …"), whose "and" may join that subject."""
    i = start
    depth = 0
    # "said if elected, she would …", "said that when he was young, he …":
    # the first comma closes the fronted clause, not the reported one
    first = start + 1 if start + 1 < hi and words[start] == "that" else start
    fronted = first < hi and words[first] in FRONTED_SUBORDINATORS
    # "said that under government rules, even articles can be …": a short
    # fronted phrase's comma too
    fronted_phrase = first < start + 2 and first < hi and words[first] in FRONTED_PREPOSITIONS
    while i < hi and i < stop_at:
        w = words[i]
        if w == "," and (fronted or (fronted_phrase and i - first <= 8)):
            fronted = fronted_phrase = False
            i += 1
            continue
        if w == "(":
            depth += 1
        elif w == ")":
            if depth == 0:
                break
            depth -= 1
        elif w in CONTINUATION_CUES and i > start and i + 1 < hi and (
                words[i + 1] == "that" or words[i + 1] in SUBJECT_PRONOUNS):
            break
        elif w in (",", ";", "—", "–", "--", "-") and i + 1 < hi:  # ("-": a spaced hyphen)
            nxt = words[i + 1]
            if nxt in CONTINUATION_CUES or (nxt == "according" and not (
                    i == start + 1 and words[start] == "that")):
                break  # (but "reported that, according to …, 85 of …" goes on)
            if nxt == "and" and i + 2 < hi and lexicon.match(words, i + 2) is not None:
                break
            if w == ";":
                break
            if w != "," and i > start and w not in words[start:i] \
                    and w in words[max(0, start - 40):start] and (
                    (cue := lexicon.match(words, i + 1)) is not None and cue.form == "ed"
                    or _opens_relative_aside(words, w, start)):
                # "Trump — who previously said he would … — said at a rally
                # that …", "Sanders - who … discussed a path ahead - has
                # vowed …": the dash closes the aside the content is in
                break

            if nxt in CONCESSIVE and i > start:
                break  # "…, although he again refused to …": another statement
            if w == "," and i > start and _new_statement(tokens, words, i + 1, hi, lexicon):
                break  # "…, foreign policy experts affirm that …"
            if w == "," and nxt.endswith("ing") and nxt.isalpha() and nxt not in ("including",) \
                    and i > start + 2:
                break  # "…, treating her remark as a compliment": the writer's adjunct
            # ", he said." / ", said Smith." closing the sentence
            if _is_closing_attribution(tokens, words, i + 1, hi, lexicon):
                break
        elif w in ("and", "but") and i > start and i + 1 < hi and not (
                clause and _joins_subject(tokens, words, start, i)
                and lexicon.match(words, i + 1) is None) \
                and _new_statement(tokens, words, i + 1, hi, lexicon):
            # "… and called on people to …", "… and Democrats accused the GOP
            # …" — but not "he and other leaders are planning …", where "and"
            # joins the clause's own subject
            break
        i += 1
    while i > start and words[i - 1] in (".", ",", ";", ":", "—", "-", "\\", "/", "|"):
        i -= 1
    return i


def _opens_relative_aside(words: Sequence[str], dash: str, start: int) -> bool:
    """Is the last ``dash`` before ``start`` an unclosed one that opens a
    relative aside ("Sanders - who digested …")?"""
    before = words[max(0, start - 40):start]
    if before.count(dash) % 2 == 0:
        return False
    at = len(before) - 1 - before[::-1].index(dash)
    return at + 1 < len(before) and before[at + 1] in ("who", "which", "whose")


def _joins_subject(tokens: Sequence[Token], words: Sequence[str], start: int, i: int) -> bool:
    """Does the "and" at ``i`` join the subject that opens the clause ("he
    and other leaders are planning", "both he and Rubio promised")?"""
    first = start + 1 if words[start] in ("both", "neither", "either") else start
    if not 0 < i - first <= 4 or any(w in BE or w in MODALS for w in words[first:i]):
        return False
    # "he and other leaders", "Trump and Pence", "the United States and its allies"
    return words[first] in SUBJECT_PRONOUNS or tokens[first].text[:1].isupper() \
        or words[first] in ("the", "a", "an", "his", "her", "their", "its")


FRONTED_SUBORDINATORS = frozenset("if when because once unless after before since as".split())
FRONTED_PREPOSITIONS = frozenset(
    "in under on at for during with without despite by among over unlike like amid".split())
# conjunctions after which a reported clause does not go on: what follows
# is the writer's, or another statement
CONCESSIVE = frozenset("although though whereas but while".split())


def _new_statement(tokens: Sequence[Token], words: Sequence[str], i: int, hi: int,
                   lexicon: Lexicon) -> bool:
    """Does a new attribution start at token ``i`` (after "and"): a cue verb
    right away ("and called on …"), or a short subject and a cue verb ("and
    Democrats accused …")?"""
    while i < hi and words[i] in LINKING_ADVERBS:
        i += 1
    if i >= hi:
        return False
    match = lexicon.match(words, i)
    if match is not None and match.form in ("ed", "s") and match.entry.frame != "prep":
        return True
    for k in range(i + 1, min(hi, i + 6)):
        match = lexicon.match(words, k)
        if match is None or match.entry.frame == "prep":
            continue
        if match.form == "base" and words[k - 1] in SHARES | {"percent", "%"} and all(
                w in SHARE_PHRASE_WORDS or w.replace(".", "").isdigit() for w in words[i:k]):
            return True  # "…, and one in five say …", "and 20 percent say"
        finite = match.form in ("ed", "s") or words[k - 1] in BE or words[k - 1] in MODALS
        if finite:
            src = subject_before(tokens, i, k)
            return src is not None and src[0] == i
    return False


LINKING_ADVERBS = frozenset("now then also later still so yet".split())
# finite verbs other than cues that show a clause has begun
FINITE_AUXILIARIES = frozenset("has have had is was are were will would".split())


def _clause_after_and(tokens: Sequence[Token], words: Sequence[str], i: int, hi: int) -> bool:
    """Does "and"/"but" at ``i`` open a clause with a subject of its own, a
    name or a pronoun and a finite verb ("… and Illinois's Mark Kirk withdrew
    …", "… but he has …")?"""
    if words[i] not in ("and", "but") or i + 2 >= hi:
        return False
    if words[i + 1] in ("he", "she", "they", "we", "i"):
        return True
    if not tokens[i + 1].text[:1].isupper():
        return False
    np = np_after(tokens, i + 1, hi, appositive=False)
    if np is None or np[1] >= hi or not tokens[np[1] - 1].text[:1].isupper():
        return False
    verb = words[np[1]]
    return tokens[np[1]].text.islower() and (
        verb in FINITE_AUXILIARIES or verb in IRREGULAR_PAST
        or (verb.endswith("ed") and verb.isalpha()))


PHRASE_PREPOSITIONS = VENUE_PREPOSITIONS | frozenset(
    "with to of for about from via before after".split())
#: words that show a phrase between a cue and "that" has become a clause
PHRASE_BREAKERS = frozenset(
    "who which whom whose because if when while and or but as than said says".split())


def _that_after_phrase(words: Sequence[str], start: int, hi: int) -> int:
    """The "that" opening a cue's clause after a prepositional phrase, else ``start``.

    Why: reporters put the occasion between the cue and its clause ("said in
    an interview with The Associated Press last week that …"); the clause is
    still the cue's. A relative "that" inside the phrase ("in an interview
    that aired Sunday that …") gives way to a second "that" close behind it.
    """
    for j in range(start + 1, min(hi - 1, start + 14)):
        w = words[j]
        if w == "that":
            relative = j + 1 < hi and words[j + 1] not in SUBJECT_PRONOUNS \
                and words[j + 1] not in DETERMINERS and words[j + 1].isalpha() \
                and words[j + 1].islower()  # "that aired Sunday", not "that he thinks"
            later = next((m for m in range(j + 2, min(hi - 1, j + 6)) if words[m] == "that"), None)
            return later if relative and later is not None and "," not in words[j:later] else j
        if w in (",", ";", ":") or w in PHRASE_BREAKERS or w in QUOTE_TOKENS or w == "”":
            if w == "," and words[j + 1] == "that":
                continue
            break
    return start


def _is_closing_attribution(tokens: Sequence[Token], words: Sequence[str], i: int, hi: int,
                            lexicon: Lexicon) -> bool:
    """Do tokens ``i`` … ``hi`` read as ", X said." / ", said X."?"""
    end = hi
    while end > i and words[end - 1] in (".", "!", "?", "\"", "”", "''"):
        end -= 1
    if end - i > 14 or end <= i:
        return False
    match = lexicon.match(words, i)
    if match is not None and match.form in ("ed", "s"):
        # "…, said Smith." / "…, said Smith in an interview." — but not "—
        # released Tuesday — showed …", where the clause goes on
        src = np_after(tokens, i + match.length, end)
        if src is None:
            return False
        head = (next((j for j in range(src[0], src[1]) if words[j] == ","), src[1])) - 1
        return (src[1] >= end or words[src[1]] in (
            ",", "in", "on", "at", "during", "after", "before", "to", "with", "of", "that")) \
            and (tokens[head].text[:1].isupper() or words[head] in PERSON_HEADS
                 or words[head] in PRONOUNS)  # (not "— showed a sharp rise in crime")
    for k in range(i + 1, min(end, i + 12)):
        match = lexicon.match(words, k)
        if match is not None and match.form in ("ed", "s") and match.entry.frame != "prep":
            src = subject_before(tokens, i, k)
            return src is not None and src[0] == i
    return False


def find_reported(analysis: Analysis, regions: Sequence[QuoteRegion], lexicon: Lexicon,
                  direct: Sequence[Candidate]) -> list[Candidate]:
    """Reported and mixed statements, in text order."""
    tokens = analysis.tokens
    if not tokens:
        return []
    words = analysis.words
    mask = QuoteMask(analysis.text, regions)
    # characters already taken by direct quotations and their attributions
    taken: list[tuple[int, int]] = []
    direct_by_sentence: dict[int, Candidate] = {}
    for cand in direct:
        taken.extend(cand.content)
        for part in (cand.cue, cand.source):
            if part:
                taken.append(part)
        for s, _ in cand.content:
            direct_by_sentence.setdefault(analysis.sentence_at(s), cand)
        if cand.source:  # '"…. Let's see," he said, adding that …': a long quotation's end
            direct_by_sentence.setdefault(analysis.sentence_at(cand.source[0]), cand)
    taken_tokens = bytearray(len(tokens))
    for start, end in taken:
        for t in analysis.tokens_between(start, end):
            taken_tokens[t] = 1
    # a quotation with no attribution of its own yields to a closing one in
    # its sentence ('"This will be a challenge" for Clinton, Kunin said.')
    unattributed = bytearray(len(tokens))
    for cand in direct:
        if cand.cue is None:
            for start, end in cand.content:
                for t in analysis.tokens_between(start, end):
                    unattributed[t] = 1
    results: list[Candidate] = []
    # "NAME: …" paragraphs first: what is said inside them is theirs
    colon_statements = _colon_statements(analysis, tokens, taken_tokens, mask)
    for cand in colon_statements:
        for t in analysis.tokens_between(*cand.content[0]):
            taken_tokens[t] = 1
    for s_index, info in enumerate(analysis.sentences):
        lo, hi = info.first_token, info.end_token
        if hi - lo < 3:
            continue
        sentence = _Sentence(lo, hi)
        for k in range(lo, hi):
            if taken_tokens[k] and not unattributed[k]:
                sentence.claim(k, k + 1)
        closing = _closing_statement(tokens, words, sentence, lexicon, mask)
        for k in range(lo, hi):
            if unattributed[k] and not sentence.is_claimed(k):
                sentence.claim(k, k + 1)
        prior = direct_by_sentence.get(s_index)
        if prior is not None and prior.source is not None:
            rng = analysis.tokens_between(*prior.source)
            if len(rng) and lo <= rng.start and rng.stop <= hi:  # a source in this sentence
                sentence.last_source = (rng.start, rng.stop)
                sentence.last_source_kind = prior.source_kind
        if closing is not None:
            results.append(closing)
        results.extend(_sentence_statements(analysis, tokens, words, sentence, lexicon, mask))
    # a cue inside quotation marks is the quoted speaker's word, not an
    # attribution the writer makes: "… people who want and value our content"
    results = [c for c in results
               if (c.cue is None or mask.kind([c.cue]) is not QuoteKind.DIRECT)
               and (c.source is None or mask.kind([c.source]) is not QuoteKind.DIRECT)]
    # (nor is a source inside quotation marks: '"We're extremely happy" …,
    # said RoseAnn DeMoro' has no speaker "We")
    return colon_statements + results


def _colon_statements(analysis: Analysis, tokens: Sequence[Token], taken: bytearray,
                      mask: QuoteMask) -> list[Candidate]:
    """A paragraph that opens with a name and a colon ("WALLACE: Let's start
    …", "Trump: I will win"): the rest of the paragraph is that speaker's."""
    out = []
    for p_start, p_end in analysis.paragraphs:
        rng = analysis.tokens_between(p_start, p_end)
        lo, hi = rng.start, rng.stop
        colon = next((k for k in range(lo, min(hi, lo + 6)) if tokens[k].text == ":"), None)
        if colon is None or colon == lo or hi - colon < 4:
            continue
        name = tokens[lo:colon]
        if not all(t.text[:1].isupper() or t.text in (".", "-") for t in name) \
                or is_editorial_label(name):
            continue
        if colon - lo == 1 and len(name[0].text) == 1:
            continue  # "Q:" / "A:": an interview's turns, whose statements are found inside
        if any(taken[k] for k in range(colon + 1, hi)):
            continue  # a quotation after the colon is the direct stage's
        first, last = colon + 1, hi
        while last > first and tokens[last - 1].text in (".", ",", ";"):
            last -= 1
        content = (tokens[first].start, tokens[last - 1].end)
        out.append(Candidate(
            kind=mask.kind([content]), content=[content],
            cue=(tokens[colon].start, tokens[colon].end), cue_type=CueType.SPEECH,
            source=(tokens[lo].start, tokens[colon - 1].end),
            source_kind=mention_kind(tokens, lo, colon), confidence=0.6))
    return out


def _sentence_statements(analysis: Analysis, tokens: Sequence[Token], words: Sequence[str],
                         sentence: _Sentence, lexicon: Lexicon, mask: QuoteMask
                         ) -> list[Candidate]:
    lo, hi = sentence.lo, sentence.hi
    found: list[Candidate] = []
    k = lo
    while k < hi:
        if sentence.is_claimed(k):
            k += 1
            continue
        match = lexicon.match(words, k)
        if match is None or not _is_verb_use(tokens, words, k, match, lo):
            k += 1
            continue
        cand = _statement_at(tokens, words, sentence, k, match, lexicon, mask)
        if cand is None:
            k += 1
            continue
        found.append(cand)
        k = max(k + match.length, sentence.claimed[-1][1] if sentence.claimed else k + 1)
    return found


def _vouching_source(tokens: Sequence[Token], words: Sequence[str], src: tuple[int, int]) -> bool:
    """Is the phrase after a mid-sentence "according to" a maker or a record
    ("a count by The Associated Press", "the company") rather than a measure
    or a rule ("his body mass index", "the rules of the Senate")?"""
    head = next((i for i in range(src[0] + 1, src[1]) if words[i] in ("of", "by")), src[1]) - 1
    return tokens[head].text[:1].isupper() or words[head] in RECORD_NOUNS \
        or words[head] in PERSON_HEADS or words[head] in ORGANISATION_NOUNS_FOR_SOURCES


# organisations named by a common noun that vouch for figures ("according to the company")
ORGANISATION_NOUNS_FOR_SOURCES = frozenset(
    "company firm agency department ministry government campaign police group".split())


def _apposition_has_auxiliary(words: Sequence[str], src: tuple[int, int]) -> bool:
    """Does an auxiliary stand in the part after the source's first comma
    ("The Guardian, an email was sent …")? An apposition has no verb."""
    comma = next((i for i in range(*src) if words[i] == ","), None)
    if comma is None:
        return False
    for i in range(comma + 1, src[1]):
        if words[i] in ("who", "which", "that", "whose", "whom"):
            return False  # "Dr. Ann Lee, an expert who is not involved": an apposition
        if words[i] in FINITE_AUXILIARIES:
            return True
    return False


def _apposition_has_cue(words: Sequence[str], src: tuple[int, int], lexicon: Lexicon) -> bool:
    comma = next((i for i in range(*src) if words[i] == ","), None)
    return comma is not None and any(
        lexicon.match(words, i) is not None for i in range(comma + 1, src[1]))


def _closing_statement(tokens: Sequence[Token], words: Sequence[str], sentence: _Sentence,
                       lexicon: Lexicon, mask: QuoteMask) -> Candidate | None:
    """The attribution that closes a sentence (", an official said.", ",
    according to Reuters."), taken before any statement inside its clause.

    Its clause is what the closing source vouches for, statements within it
    included: in "Mr. Obama warned Xi not to …, an American official said"
    the official is the one quoted. Taking it first keeps a statement found
    earlier in the clause ("warned") from claiming the words, which would
    otherwise leave the closing attribution with nothing.
    """
    lo, hi = sentence.lo, sentence.hi
    end_of_sentence = hi
    while end_of_sentence > lo and words[end_of_sentence - 1] in (".", "!", "?"):
        end_of_sentence -= 1
    # the segments after the last commas, last first: "…, an official said."
    # and "…, an official said, adding that …" / "He believes, he said, that …"
    commas = [i for i in range(end_of_sentence - 1, lo + 1, -1) if words[i] == ","][:3]
    for comma, segment_end in zip(commas, [end_of_sentence, *commas][:len(commas)], strict=True):
        for k in range(comma + 1, segment_end):
            match = lexicon.match(words, k)
            if match is None or sentence.is_claimed(k) \
                    or mask.kind([_span(tokens, k, k + 1)]) is QuoteKind.DIRECT:
                continue  # (not '"happens to be, we believe, Mexican"': a quotation's own)
            if match.entry.frame == "prep":
                if k != comma + 1 or segment_end != end_of_sentence:
                    continue
            elif _closing_source(tokens, words, lo, k, k + match.length, end_of_sentence,
                                 match) is None or not _is_verb_use(tokens, words, k, match, lo):
                continue
            subject = subject_before(tokens, lo, k)
            if subject is not None and subject[0] <= lo + 1:
                return None  # "Yair Lapid, who praised the plan, said the talks …": a subject
            if segment_end != end_of_sentence and k > comma + 1 \
                    and words[comma - 1] in ("that", "which", "who", "whom") \
                    and _opens_with_attribution(
                    tokens, words, lo, comma, lexicon):
                # "Chad Sweet, the chairman, said Cruz's comments respond to
                # attacks that, Sweet noted, were false": an aside inside the
                # statement the sentence opens with, not a closing source
                return None
            return _statement_at(tokens, words, sentence, k, match, lexicon, mask)
    return None


def _opens_with_attribution(tokens: Sequence[Token], words: Sequence[str], lo: int, end: int,
                            lexicon: Lexicon) -> bool:
    """Does the sentence open with its own attribution before token ``end``
    ("Chad Sweet, the Cruz campaign's chairman, said …"): a finite cue
    whose subject starts the sentence?"""
    for c in range(lo + 1, end - 6):  # (its statement well under way: not "He believes, he said,")
        match = lexicon.match(words, c)
        if match is None or match.form not in ("ed", "s") or match.entry.frame == "prep":
            continue
        subject = subject_before(tokens, lo, c)
        if subject is not None and subject[0] <= lo + 1 and _is_verb_use(
                tokens, words, c, match, lo):
            return True
    return False


def _span(tokens: Sequence[Token], a: int, b: int) -> tuple[int, int]:
    return tokens[a].start, tokens[b - 1].end


def _statement_at(tokens: Sequence[Token], words: Sequence[str], sentence: _Sentence, k: int,
                  match: CueMatch, lexicon: Lexicon, mask: QuoteMask) -> Candidate | None:
    lo, hi = sentence.lo, sentence.hi
    entry = match.entry
    cue_end = k + match.length
    end_of_sentence = hi
    while end_of_sentence > lo and words[end_of_sentence - 1] in (".", "!", "?"):
        end_of_sentence -= 1
    claimed_after = min((a for a, _ in sentence.claimed if a >= cue_end), default=hi)

    # --- According to X, CLAUSE  /  CLAUSE, according to X ---------------
    if entry.frame == "prep":
        src = np_after(tokens, cue_end, end_of_sentence, appositive=True,
                       open_end=k > lo and words[k - 1] == ",")
        if src is not None and (_apposition_has_cue(words, src, lexicon)
                                or _apposition_has_auxiliary(words, src)):
            # "According to ProPublica, Clinton praised …", "According to The
            # Guardian, an email was sent …": a clause, no apposition
            src = np_after(tokens, cue_end, end_of_sentence, appositive=False)
        if src is None:
            src = _source_phrase_after(words, cue_end, end_of_sentence,
                                       to_end=k > lo and words[k - 1] == ",")
        if src is None:
            return None
        # "The AP reported that, according to an analysis …, 85 of …": it
        # opens the that-clause and vouches for what follows
        opens_clause = k - 2 >= lo and words[k - 1] == "," and words[k - 2] == "that"
        if k > lo and words[k - 1] == "," and not opens_clause:
            content = (lo, k - 1)
        elif k - lo > 3 and words[k - 1] not in ("that", "but", "and", "yet", "also") \
                and tokens[k - 1].text[:1].isalnum() \
                and (src[1] >= end_of_sentence or words[src[1]] in (",", ";")) \
                and _vouching_source(tokens, words, src):
            # "Clinton leads Sanders by 271 delegates according to a count by
            # The Associated Press, but …": the clause before, with no comma —
            # when a maker or a record vouches for it, not a measure
            # ("overweight according to his body mass index")
            content = (lo, k)
        else:
            start = src[1]
            while start < hi and words[start] in (",", ":"):
                start += 1
            if k == lo or words[k - 1] in ("but", "and", "yet", "also") or opens_clause:
                # "According to X, …" opening the sentence vouches for all of it
                end = min(end_of_sentence, claimed_after)
                while end > start and words[end - 1] in (",", ";", ":", "—", "-"):
                    end -= 1
                content = (start, end)
            else:
                content = (start, _content_end(tokens, words, start, hi, lexicon, claimed_after))
        if content[1] - content[0] < 3:
            return None
        if any(sentence.is_claimed(i) for i in range(*content)) and not (
                k > lo and words[k - 1] == "," and content[0] == lo
                and src[1] >= end_of_sentence - 1 and all(
                    tokens[i + 1].text[:1].isupper() or words[i + 1] in DETERMINERS
                    for i in range(src[0], src[1] - 1) if words[i] == ",")):
            # (a closing "…, according to Y." vouches for a statement in the
            # clause too: "The witness said the order was …, according to the
            # report" is the report's account of what the witness said; both
            # are kept, as for a quotation)
            return None
        # what "according to" cites is no statement of its own ("according
        # to a newly found email" — "found" reports nothing), though a
        # relative clause after it may be ("…, who are offering …")
        sentence.claim(src[0], next((i for i in range(*src) if words[i] == ","), src[1]))
        return _candidate(tokens, sentence, content, (k, cue_end), entry, src, None, mask, 0.8)
    if entry.frame == "noun":
        return None
    if entry.frame == "raising":
        return _raising_statement(tokens, words, sentence, k, cue_end, entry, lexicon, mask,
                                  claimed_after)

    # --- (When) asked about X, …: the question put to the subject ----------
    if entry.cue == "ask" and match.form == "ed" and (
            k == lo or words[k - 1] in ("when", "after", "once", "while", "if")):
        return _asked_statement(tokens, words, sentence, k, cue_end, entry, mask)

    # --- CLAUSE, X said.  /  CLAUSE, said X. -------------------------------
    closing = _closing_source(tokens, words, lo, k, cue_end, end_of_sentence, match)
    if closing is not None:
        src, comma = closing
        first = lo
        while first < comma and words[first] in QUOTE_TOKENS:
            first += 1
        if any(words[i] in QUOTE_TOKENS or words[i] == "”" for i in range(first, comma)):
            first = lo  # '"This will be a challenge" for Clinton': the marks pair up
        content = (first, comma)
        # "Still, he said, officials …": the clause goes on after the
        # attribution, so a short opener before it is enough
        goes_on = cue_end < end_of_sentence and words[cue_end] == ","
        if content[1] - content[0] >= (1 if goes_on else 3) and not any(
                sentence.is_claimed(i) for i in range(*content)):
            cand = _candidate(tokens, sentence, content, (k, cue_end), entry, src, None, mask, 0.8)
            after = cue_end
            if src[0] > k:
                # ", says Carl Anthony, historian …, is that …": the clause goes
                # on after the source — unless only a phrase like ", in an
                # interview" follows it
                after = src[1] if not _trailing_phrase(words, src[1], end_of_sentence) \
                    else end_of_sentence
            if after < end_of_sentence and words[after] == "," and (
                    after + 1 >= hi or words[after + 1] not in CONTINUATION_CUES):
                # "It was impossible, Gabuyev said, so Russia …": the clause goes on
                rest_end = _content_end(tokens, words, after + 1, hi, lexicon, hi)
                if rest_end - (after + 1) >= 2:
                    cand.content.append(_span(tokens, after + 1, rest_end))
                    sentence.claim(after + 1, rest_end)
                    cand.kind = mask.kind(cand.content)
            # "…, the prime minister said and added that …" continues below
            sentence.last_source = src
            return cand
        return None

    # --- X said (that) CLAUSE ----------------------------------------------
    shares_source = False
    absolute = absolute_subject(tokens, words, lo, k) if match.form == "ing" else None
    fronted = ((k - 1 == lo and words[lo] == "having")
               or (match.form == "ing" and opens_sentence(tokens, words, lo, k)))
    if fronted:
        src = None  # "Having announced that …, Judge Berman …": found below
    elif absolute is not None:
        src = absolute  # "…, with 30 percent of voters saying they …"
    elif match.form == "ing" and entry.frame == "object" and k > lo \
            and not _progressive(words, lo, k) \
            and _word_before(words, k, lo) not in (",", "and", "while", "by", "after", "before",
                                                   "when"):
        # a reduced relative: "the super PAC supporting Jeb Bush"
        src = subject_before(tokens, lo, k)
        if words[k - 1] in ASPECTUAL_VERBS and k - 1 > lo:
            src = subject_before(tokens, lo, k - 1)  # "as he keeps talking about …"
        if src is not None and (made_by_holder(tokens, words, src)
                                or not could_hold(tokens, words, src)):
            # "approved a resolution condemning …", "spent $10 million since
            # June 1 attacking …": the maker of the statement holds it, and
            # the clause's subject holds what a place or an occasion cannot
            # ("went on the record endorsing …", "at one point calling …")
            holder = _subordinate_holder(tokens, words, lo, k) or sentence.last_source \
                or clause_subject(tokens, words, lo, k) or first_subject(tokens, words, lo, k)
            if holder is not None and (holder[1] <= src[0] or src[0] == holder[0] < holder[1]
                                       < src[1]) \
                    and names_a_holder(tokens, words, holder, lo):
                # (the phrase before the participle may have run on from the
                # subject: "The Republican went on the record endorsing …")
                src = holder
                shares_source = True
    elif match.form == "ing" and k > lo and not _progressive(words, lo, k):
        src = _subordinate_holder(tokens, words, lo, k) or sentence.last_source \
            or clause_subject(tokens, words, lo, k) or first_subject(tokens, words, lo, k)
        if sentence.last_source is not None:
            main = first_subject(tokens, words, lo, k)
            clause = clause_subject(tokens, words, lo, k)
            if clause is not None and clause[0] > sentence.last_source[1]:
                # "Protest groups say …, and the ACLU has sued the city,
                # saying …": the nearest clause's subject
                main = clause
            if main is not None and main[0] > sentence.last_source[0]:
                # "When Maddow pointed out …, Clinton seized upon the
                # reference, repeating …": the main clause's subject, not the
                # fronted clause's speaker
                src = main
        shares_source = True
    elif coordinated(tokens, words, lo, k) or (
            match.form == "ed" and k > lo and words[k - 1] == "," and k + match.length < hi
            and words[k + match.length] == "that"  # "She urged …, proposed that …"
            and subject_before(tokens, lo, k) is None):
        # "X said … and added that …", "X survived … and says …", "X has
        # disputed it, but says …": the subject of the first verb — or of a
        # subordinate clause the first verb stands in ("after she attacked
        # … and blamed …")
        last = sentence.last_source
        if last is not None and last[1] - last[0] == 1 and words[last[0]] in ("who", "which") \
                and any(w in (",", "—", "–", "--", "-") for w in words[last[1]:k]):
            last = None  # "Weber, who advises Kasich, is no fan … but lauded": not the relative's
        if last is not None and last[0] - 1 >= lo and words[last[0] - 1] in ("whether", "that"):
            # "Sullivan put off deciding whether Judicial Watch could question
            # Clinton but said …": the main clause's subject, not the
            # subordinate one's
            last = None
        semicolon = next((i for i in range(k - 1, lo, -1) if words[i] == ";"), None)
        if semicolon is not None and (last is None or last[0] < semicolon):
            # "… ushered in a thaw; he helped broker a truce and decided …":
            # the clause after the semicolon has its own subject
            last = first_subject(tokens, words, semicolon + 1, k)
        src = subordinate_subject(tokens, words, lo, k) or last \
            or first_subject(tokens, words, lo, k)
        shares_source = True
    elif k > lo + 1 and words[k - 1] == "to":
        if after_participle(words, lo, k - 2):
            # "…, not even needing to mention …": the participle's holder
            src = sentence.last_source or first_subject(tokens, words, lo, k)
            shares_source = True
        else:
            src = subject_of_infinitive(tokens, words, lo, k)
    else:
        src = _possessor_before(tokens, words, lo, k) if match.form in ("base", "s") else None
        if src is None:
            src = subject_before(tokens, lo, k)
        if src is None and k == lo and lo > 0 and tokens[k].text[:1].islower() \
                and tokens[lo - 1].text not in (".", "!", "?", "…", "...") \
                and "\n" not in mask.text[tokens[lo - 1].end:tokens[lo].start]:
            # a sentence opening with a lower-case verb was cut from its
            # subject (a parser split "Sen. Bernie Sanders (I-Vt.) | called
            # him divisive"): the subject ends the sentence before
            src = subject_before(tokens, sentence_start(tokens, lo - 1), k)
    if src is not None and sentence.is_claimed(src[0]) and not shares_source:
        return None
    start = cue_end
    # "said in a statement" — the venue belongs to the cue
    start = _skip_fillers(tokens, words, start, hi)
    addressee = None
    if entry.frame in ("addressee", "clause"):
        np = np_after(tokens, start, hi, appositive=False)
        if np is not None and words[np[0]] not in ("that", "it") and np[1] < hi \
                and words[np[1]] == "to" and np[1] + 1 < hi and words[np[1] + 1].isalpha() \
                and tokens[np[1] + 1].text.islower():
            # "asked the congregation to stand", "urged Congress to act": the
            # request with the one asked (not "said Clinton's response to Trump was …")
            addressee = np
        elif entry.frame == "addressee" and np is not None and words[np[0]] not in ("that", "it"):
            addressee = np
            start = _skip_fillers(tokens, words, np[1], hi)
    if entry.frame == "object" and src is None and not fronted:
        src = subject_of_sentence(tokens, words, lo, k)
        if src is None:
            return None
    if start < hi and words[start] == "," and entry.frame == "object":
        # "praised, without reservation, the deal": an aside before the
        # object; "whom she supported, Ms. Sherry smiled": the object came before
        close = next((i for i in range(start + 2, min(hi, start + 11)) if words[i] == ","), None)
        if close is not None and (words[start + 1] in PHRASE_PREPOSITIONS
                                  or words[start + 1] in ("as", "without")
                                  or words[start + 1].endswith("ly")):
            start = close
        elif words[k] not in PUBLISHING_PARTICIPLES:
            # ("a survey released last Thursday, 79 percent said …" goes on)
            return None
    if start < hi and words[start] in ("-", "—", "–", "--") and entry.frame == "object":
        return None  # "legislation - which he once supported - and has …": the object came before
    if start < hi and words[start] == "," and words[lo] in FRONTED_SUBORDINATORS \
            and words[lo] != "as" and "," not in words[lo:k] and "that" not in words[
                start + 1:next((i for i in range(start + 1, min(hi, start + 9))
                                if words[i] == ","), start + 1) + 2]:
        # (but "After Trump said, in a tweet, that …" goes on after its aside)
        # "When the crowd began to chant, Silverman …": the comma ends the
        # clause (but "As the Post reported, …" vouches for what follows)
        return None
    if start < hi and words[start] in (",", ":"):
        start += 1
    if start < hi and words[start] in PHRASE_PREPOSITIONS and not (
            words[start] == "to" and start + 1 < hi and words[start + 1] not in DETERMINERS
            and not tokens[start + 1].text[:1].isupper()):  # "continued to assert that"
        # "said in a telephone interview (,) that …", "said in an interview
        # with The Associated Press last week that …", "telling reporters
        # during a visit to Scotland on Friday that …"
        start = _that_after_phrase(words, start, hi)
    if start >= hi or sentence.is_claimed(start):
        return None
    has_that = words[start] == "that"
    to_clause = words[start] == "to" and entry.cue in TO_VERBS and start + 1 < hi \
        and words[start + 1].isalpha()
    if entry.cue in THAT_ONLY_CUES and not has_that and words[start] not in QUESTION_WORDS:
        return None  # "learned that …" — "learned French" is no statement
    if not has_that and not to_clause and not _clause_start(tokens, words, start, entry.frame):
        return None
    end = _content_end(tokens, words, start, hi, lexicon, claimed_after,
                       clause=entry.frame == "clause" and not has_that)
    if fronted or (words[lo] in FRONTED_SUBORDINATORS | CONCESSIVE
                   and "," not in words[lo:k]):
        # "Citing …, Will urged" / "When Baker pointed out that …, Falk
        # seized …": a fronted phrase or clause ends at its comma
        end = next((i for i in range(start, end) if words[i] == ","), end)
    if src is not None and words[src[0]] in ("who", "which") and src[1] - src[0] == 1:
        # a cue inside a relative clause ("X, who voted for the plan, said …")
        # says no more than the clause: its content ends at the next comma
        end = next((i for i in range(start, end) if words[i] in (",", "—", "–", "--")), end)
    if entry.frame == "object" and not has_that:
        # an object ends at the first comma: "supporting Jeb Bush, spent …",
        # or where "and" opens a clause of its own: "has not endorsed Trump
        # and Illinois's Mark Kirk withdrew his support"
        end = next((i for i in range(start, end) if words[i] in (",", ";")
                    or _clause_after_and(tokens, words, i, end)), end)
    if entry.frame == "object" and end - start == 1 and not tokens[start].text[:1].isupper():
        return None  # a one-word object is a name ("endorsed Clinton"), not "plans unveiled"
    if end - start < (2 if has_that else 1 if entry.frame == "object" else 3):
        return None
    open_question = entry.cue == "ask" and words[start] in QUESTION_WORDS
    if fronted:
        # "Conceding that …, he warned", "In addition to stating that …,
        # Clinton has vowed": the subject after the phrase holds it
        src = subject_after_phrase(tokens, words, end, hi, lo)
    elif src is None and not has_that and not open_question:
        # "Others could be heard calling friends to say they had run into
        # Sanders": no subject next to the cue, but the sentence's subject
        # is the likeliest holder, and a statement with a holder is worth
        # more than none
        src = subject_of_sentence(tokens, words, lo, k)
        if src is None:
            return None  # "When asked whether …" keeps its question, with no asker
    confidence = 0.85 if has_that else 0.75
    if entry.category.value == "thought":
        confidence -= 0.1
    if src is None:
        confidence = 0.5
    cand = _candidate(tokens, sentence, (start, end), (k, cue_end), entry, src, addressee, mask,
                      confidence)
    if src is not None:
        sentence.last_source = src
    return cand


QUESTION_OPENERS = frozenset("about whether why if what how who when where which to".split())


def _asked_statement(tokens: Sequence[Token], words: Sequence[str], sentence: _Sentence, k: int,
                     cue_end: int, entry, mask: QuoteMask) -> Candidate | None:
    """A fronted passive question: "Asked about the merger, she said …",
    "When asked by a reporter whether …". The content is the question, up to
    the comma; its source is the asker named after "by", if any (the one
    asked is the subject of the main clause, who answers)."""
    hi = sentence.hi
    i = cue_end
    src = None
    if i < hi and words[i] == "by":
        src = np_after(tokens, i + 1, hi, appositive=False)
        if src is None:
            return None
        i = src[1]
    i = _skip_fillers(tokens, words, i, hi)
    while i < hi and words[i] in VENUE_PREPOSITIONS and words[i] != "about":
        # "asked at a briefing Monday about …", "asked on Fox News who …"
        j = i + 1
        while j < hi and words[j] not in QUESTION_OPENERS and words[j] not in (",", ";"):
            j += 1
        if j >= hi or words[j] in (",", ";"):
            return None
        i = j
    if i >= hi or words[i] not in QUESTION_OPENERS or sentence.is_claimed(i):
        return None
    end = next((j for j in range(i, hi) if words[j] in (",", ";", ":")), hi)
    while end > i and words[end - 1] in (".", "?", "!"):
        end -= 1
    if end - i < 2 or any(sentence.is_claimed(j) for j in range(i, end)):
        return None
    return _candidate(tokens, sentence, (i, end), (k, cue_end), entry, src, None, mask, 0.6)


# cues whose content can be a to-infinitive: "hopes to work across the aisle"
TO_VERBS = frozenset(
    """hope want plan expect promise vow pledge threaten refuse decline agree intend seek
    wish offer decide vote push urge ask tell encourage advise remind""".split()
)
QUESTION_WORDS = frozenset("whether if what why how when where who which whom".split())


def _source_phrase_after(words: Sequence[str], first: int, end: int, *, to_end: bool
                         ) -> tuple[int, int] | None:
    """The phrase after "according to" when it is not a name: "recent
    polling", "early results of exit polls conducted for …", "law
    enforcement officials". It runs to the next comma (or, when the
    attribution closes the sentence, to its end)."""
    stop = first
    while stop < end and stop - first < 20 and (to_end or words[stop] not in (",", ";", ":")):
        stop += 1
    if stop == first or (not to_end and (stop >= end or words[stop] != ",")):
        return None
    return first, stop


def _raising_statement(tokens: Sequence[Token], words: Sequence[str], sentence: _Sentence,
                       k: int, cue_end: int, entry: CueEntry, lexicon: Lexicon,
                       mask: QuoteMask, claimed_after: int) -> Candidate | None:
    """"Sanders seems to be gaining", "it appears that …": how things look is
    attributed to nobody named; the content is the subject and what follows."""
    lo, hi = sentence.lo, sentence.hi
    if cue_end >= hi or words[cue_end] not in ("to", "that", "likely", "unlikely", "poised",
                                                 "ready", "set", "certain"):
        return None
    if words[cue_end] == "to" and cue_end + 1 < hi:
        said = lexicon.match(words, cue_end + 1)
        if said is not None and said.entry.frame in ("clause", "object", "addressee") \
                and said.form == "base" \
                and subject_of_infinitive(tokens, words, lo, cue_end + 1) is not None:
            # "Stumpf appeared to blame workers": the statement is the blaming,
            # and its holder the subject (the infinitive cue finds it)
            return None
    end = _content_end(tokens, words, cue_end, hi, lexicon, claimed_after)
    if end - cue_end < 2 or any(sentence.is_claimed(i) for i in range(cue_end, end)):
        return None
    content = [(tokens[cue_end].start, tokens[end - 1].end)]
    subject = subject_before(tokens, lo, k)
    if subject is not None and words[cue_end] != "that" and words[subject[0]] != "it":
        if any(sentence.is_claimed(i) for i in range(*subject)):
            return None
        content.insert(0, (tokens[subject[0]].start, tokens[subject[1] - 1].end))
        sentence.claim(*subject)
    sentence.claim(cue_end, end)
    sentence.claim(k, cue_end)
    return Candidate(kind=mask.kind(content), content=content, cue=_span(tokens, k, cue_end),
                     cue_type=entry.category, confidence=0.45, inherits=False)


def _clause_start(tokens: Sequence[Token], words: Sequence[str], i: int, frame: str) -> bool:
    """Does a reported clause (without "that") plausibly start at token i?"""
    w = words[i]
    if frame == "object":
        return True
    if w in SUBJECT_PRONOUNS or w in ("there", "this", "these", "those", "if", "whether", "how",
                                      "what", "why", "when", "where", "who"):
        return True
    if w in ("about", "nearly", "almost", "roughly", "over") and i + 1 < len(tokens) \
            and tokens[i + 1].text[:1].isdigit():
        return True  # "has said about 20 people have …": a number, not a topic
    if w == "as" and i + 2 < len(tokens) and words[i + 1] in ("many", "much", "few", "little") \
            and words[i + 2] == "as":
        return True  # "polls show as many as 30 percent of …": a number too
    if w in DETERMINERS or tokens[i].text[:1].isupper() or tokens[i].text[:1].isdigit():
        return True
    if w in ("\"", "“", "''", "``"):
        return True
    return w.replace("-", "").isalpha() and w not in NOT_CLAUSE_STARTS


# cues that never stand before their subject (", showed X" is no ", said X")
NEVER_INVERTED = frozenset("show find reveal suggest indicate prove demonstrate mean".split())


def _closing_source(tokens: Sequence[Token], words: Sequence[str], lo: int, k: int, cue_end: int,
                    end_of_sentence: int, match: CueMatch) -> tuple[tuple[int, int], int] | None:
    """For ", X said." or ", said X." at the end of a sentence: (source, comma).
    A cue that is an act as often as speech closes nothing ("When the suspect
    opened fire, the officer shot back, hitting him")."""
    if match.form not in ("ed", "s", "base") or match.entry.cue in NEVER_CLOSING_CUES:
        return None
    rest = cue_end
    while rest < end_of_sentence and words[rest] in TIME_WORDS:
        rest += 1
    if _word_before(words, k, lo) == ",":  # ", said X."
        if match.entry.frame != "clause" or match.entry.cue in NEVER_INVERTED:
            # no inversion with an object (", criticized Clinton on two
            # fronts"), nor for what records show ("The poll, released by
            # …, showed Clinton leading")
            return None
        src = np_after(tokens, cue_end, end_of_sentence)
        if src is None or not _plausible_inverted_source(tokens, words, src):
            return None
        resumes = _clause_resumes(tokens, words, lo, k, src[1], end_of_sentence)
        if resumes is not None:
            src = (src[0], resumes)  # the source runs to the comma the clause resumes after
        elif _apposition_to_end(words, src[1], end_of_sentence):
            src = (src[0], end_of_sentence)  # ", said Lee Epstein, 54, a law professor."
        if src[1] >= end_of_sentence - 1 or resumes is not None \
                or _relative_to_the_end(words, src[1], end_of_sentence) \
                or _trailing_phrase(words, src[1], end_of_sentence):
            # '…, said X' — or '… a "cautionary tale," said X': the closing mark stays
            return src, k - 1 if words[k - 1] == "," else k
        return None
    if rest < end_of_sentence and words[rest] not in ("and", ","):
        if not (words[rest] in TRAILING_PREPOSITIONS and end_of_sentence - rest <= 12
                and "that" not in words[rest:end_of_sentence]):
            return None  # "…, he said in an interview on Saturday."

    src = subject_before(tokens, lo, k)
    if src is None or src[0] - 1 < lo:
        return None
    comma = src[0] - 1
    if words[comma] == "as" and comma - 1 > lo and words[comma - 1] == ",":
        comma -= 1  # "…, as police have said."
    if words[comma] in CLOSING_MARKS and comma - 1 > lo and words[comma - 1] == ",":
        return src, comma + 1  # 'Trump is a “change agent,” Cole said.': the mark stays
    if words[comma] != ",":
        return None
    if match.form == "base" and not _plural_source(words, src):
        return None
    return src, comma


def _clause_resumes(tokens: Sequence[Token], words: Sequence[str], lo: int, k: int,
                    after: int, end: int) -> int | None:
    """In "The paradox of Nancy, says Carl Anthony, historian …, is that …",
    the comma after which the clause interrupted by ", says X," goes on, if
    it does: its subject stands before the cue and its verb (a form of "be"
    or an auxiliary) follows X's comma, or the comma of X's apposition."""
    if "," in words[lo:k - 1] or k - 1 - lo > 12:
        return None
    commas = [i for i in range(after, min(end - 1, after + 14)) if words[i] == ","][:2]
    for comma in commas:
        if words[comma + 1] in BE or words[comma + 1] in RESUMING_AUXILIARIES:
            return comma
    return None


def _apposition_to_end(words: Sequence[str], after: int, end: int) -> bool:
    """Does one more apposition run from ``after`` to the end of the sentence
    (", 54, a law professor."), with no verb in it (not ", the paper
    reported.")?"""
    if after + 1 >= end or words[after] != "," or end - after > 14:
        return False
    if not (words[after + 1] in ("a", "an", "the") or words[after + 1].isdigit()):
        return False
    return not any(w.endswith(("ed", "ing")) or w in BE or w in ("said", "says", "told")
                   for w in words[after + 1:end])


def _trailing_phrase(words: Sequence[str], after: int, end: int) -> bool:
    """Does ", in an interview" (a short phrase) end the sentence after an
    inverted source ("…, said Lee Epstein, a law professor, in an
    interview.")?"""
    return after + 1 < end and words[after] == "," and words[after + 1] in TRAILING_PREPOSITIONS \
        and end - after <= 8


#: verbs that show the interrupted clause going on after ", says X,"
RESUMING_AUXILIARIES = (MODALS - {"to", "also", "not", "n't", "n’t"}) | {"has", "have", "had"}


# prepositions that open a phrase after a closing "X said" ("in an interview")
TRAILING_PREPOSITIONS = frozenset("in on at during after before while when from".split())


def _relative_to_the_end(words: Sequence[str], i: int, end: int) -> bool:
    """Does ", who …" (or ", whose …") run from token ``i`` to the end of the
    sentence? ("…, said Howard Rubel, a senior analyst, who notes that …")"""
    if i < end and words[i] == ",":
        i += 1  # ", who …" after an apposition, or "who …" right after the name
    return i + 1 < end and words[i] in ("who", "whose") \
        and "said" not in words[i + 1:end] and "says" not in words[i + 1:end]


def _plausible_inverted_source(tokens: Sequence[Token], words: Sequence[str],
                               src: tuple[int, int]) -> bool:
    """Is the phrase after ", said" a speaker ("Smith", "an American
    official", "the mayor") rather than the next clause (", said the talks
    went well")? Its head (before any apposition or prepositional phrase)
    must hold a name or end in a word for a person or group."""
    first, end = src
    head_end = next((i for i in range(first, end) if words[i] in INVERTED_HEAD_STOPS), end)
    if head_end == first:
        return False
    if any(tokens[i].text[:1].isupper() for i in range(first, head_end)) \
            or words[first] in SUBJECT_PRONOUNS:
        return True
    head = words[head_end - 1]
    return head in PERSON_HEADS or head.endswith(PERSON_SUFFIXES)


# adverbs between "be" and the participle of a progressive ("are definitely not voting")
PROGRESSIVE_ADVERBS = frozenset("not n't n’t never still also now already even just".split())


def _progressive(words: Sequence[str], lo: int, k: int) -> bool:
    """Is the participle at ``k`` part of a progressive ("is backing",
    "are definitely not voting for"), whose subject is the plain one?"""
    j = k - 1
    while j > lo and (words[j] in PROGRESSIVE_ADVERBS
                      or (words[j].endswith("ly") and words[j].isalpha())):
        j -= 1
    return words[j] in BE


# verbs that take an -ing complement sharing their subject
ASPECTUAL_VERBS = frozenset(
    """keep keeps kept continue continues continued begin begins began start starts started
    stop stops stopped quit quits resume resumes resumed finish finishes finished""".split())


INVERTED_HEAD_STOPS = frozenset(", who whose of for at with in from on".split())


def _plural_source(words: Sequence[str], src: tuple[int, int]) -> bool:
    head = words[src[1] - 1]
    return head in ("they", "we", "i", "you") or (head.endswith("s") and not head.endswith("ss"))


def _candidate(tokens: Sequence[Token], sentence: _Sentence, content: tuple[int, int],
               cue: tuple[int, int], entry, src: tuple[int, int] | None,
               addressee: tuple[int, int] | None, mask: QuoteMask, confidence: float
               ) -> Candidate:
    sentence.claim(*content)
    sentence.claim(*cue)
    span = _span(tokens, *content)
    kind = mask.kind([span])
    return Candidate(
        kind=kind,
        content=[span],
        cue=_span(tokens, *cue),
        cue_type=entry.category,
        source=_span(tokens, *src) if src else None,
        source_kind=mention_kind(tokens, *src) if src else None,
        addressee=_span(tokens, *addressee) if addressee else None,
        confidence=confidence,
        # only a quotation continues an exchange: reported speech names its
        # source or has none ('it was reported that …')
        inherits=False,
    )


__all__ = ["find_reported", "QuoteKind"]
