"""Direct quotations: quoted stretches of text with their cue and source.

Works from the quotation marks the scanner found on the raw text. A
quotation is a quoted stretch that stands as a clause of its own: it opens a
sentence or paragraph, follows a cue and a comma or colon, or is followed by
its attribution. Short quoted words inside a sentence (scare quotes, titles,
nicknames) are not quotations; reported speech that contains them is found
by the reported-speech stage as a *mixed* quote.

Attribution patterns, tried in order:

* after the quotation: ``"…," X said`` · ``"…," said X, the mayor`` ·
  ``"…," X told Y`` · ``"…," according to X``;
* before it: ``X said: "…"`` · ``X said, "…"`` · ``X: "…"``;
* a dash after it at the end of the paragraph: ``"…" -X``;
* a colon introduction ending the previous paragraph (``From X:``);
* none: the quotation continues the exchange before it (speaker resolution
  gives it the speaker of that exchange).

A quotation interrupted by its attribution (``"A," he said, "B."``) and one
continued over paragraphs are one quote with several content spans.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from .analysis import Analysis, Token
from .candidates import Candidate
from .holders import (
    BE,
    MODALS,
    SPEECH_ARTEFACTS,
    coordinated,
    first_subject,
    names_a_holder,
    subject_of_infinitive,
    subordinate_subject,
)
from .lexicon import CueMatch, Lexicon
from .model import CueType, MentionKind, QuoteKind
from .quotemarks import QuoteRegion
from .sources import (
    IRREGULAR_PAST,
    SUBJECT_PRONOUNS,
    is_editorial_label,
    mention_kind,
    np_after,
    subject_before,
)

DASHES = frozenset({"-", "—", "–", "--", "―"})
QUOTE_TOKENS = frozenset({'"', "“", "”", "''", "``", "«", "»", "„", "‘", "’", "'"})
# time and place phrases allowed between a cue and a colon ("said on Friday:")
FILLER = frozenset(
    """on in at to of about reporters journalists friday monday tuesday wednesday thursday
    saturday
    sunday yesterday today tonight later earlier statement interview a an the his her their
    twitter facebook tweet post letter speech remarks rally conference news press""".split()
)
# words before a cue word that make it a noun ("his latest request:")
NOUN_MARKERS = frozenset(
    "'s ’s latest recent new first last previous the a an his her their its this".split())
# words before a quoted stretch that make it a title or a name, not a quotation
TITLE_CONTEXT = frozenset(
    """of on in at the a an titled called named dubbed nicknamed headlined 's ’s by from
    with for as word words phrase slogan film book song show program""".split()
)


# words before a cue word that make it a noun ("the release said")
NOUN_DETERMINERS = frozenset("the a an this that his its their our".split())  # not "for her said"


@attrs.define
class _Attribution:
    cue: tuple[int, int] | None
    cue_type: CueType | None
    source: tuple[int, int] | None
    source_kind: MentionKind | None
    addressee: tuple[int, int] | None
    end: int  # character offset where the attribution ends
    confidence: float


def _attribution(tokens: Sequence[Token], cue: tuple[int, int], cue_type: CueType | None,
                 src: tuple[int, int] | None, *, end: int, confidence: float,
                 addressee: tuple[int, int] | None = None) -> _Attribution:
    """An attribution from token ranges (``cue`` as character offsets)."""
    return _Attribution(
        cue=cue, cue_type=cue_type, source=_span(tokens, src),
        source_kind=mention_kind(tokens, *src) if src else None,
        addressee=_span(tokens, addressee), end=end, confidence=confidence)


def _cue_chars(tokens: Sequence[Token], first: int, length: int) -> tuple[int, int]:
    return tokens[first].start, tokens[first + length - 1].end


def _span(tokens: Sequence[Token], rng: tuple[int, int] | None) -> tuple[int, int] | None:
    if rng is None:
        return None
    first, last = rng
    return tokens[first].start, tokens[last - 1].end


def _has_letters(text: str, start: int, end: int) -> bool:
    return any(ch.isalnum() for ch in text[start:end])


def _groups(regions: Sequence[QuoteRegion]) -> list[list[QuoteRegion]]:
    """Outermost regions, with paragraph continuations chained together."""
    tops = [r for r in regions if r.depth == 0]
    groups: list[list[QuoteRegion]] = []
    for region in tops:
        previous = groups[-1][-1] if groups else None
        if previous is not None and previous.continues \
                and region.paragraph == previous.paragraph + 1 \
                and region is _first_in_paragraph(tops, region):
            groups[-1].append(region)
        else:
            groups.append([region])
    return groups


def _first_in_paragraph(tops: Sequence[QuoteRegion], region: QuoteRegion) -> QuoteRegion:
    for r in tops:
        if r.paragraph == region.paragraph:
            return r
    return region


def _cue_at(lexicon: Lexicon, words: Sequence[str], i: int,
            tokens: Sequence[Token] | None = None, lo: int = 0, *,
            after_quote: bool = False) -> CueMatch | None:
    """The cue at token ``i``; with ``tokens``, a capitalised cue word after
    the sentence start ``lo`` is a name ("the United States"), not a cue.
    ``after_quote``: the attribution right after a quotation, where the
    quotation-only cues ("the statement read") count too."""
    found = lexicon.match_after_quote(words, i) if after_quote else lexicon.match(words, i)
    if found is None or found.entry.frame == "noun":
        return None
    if tokens is not None and i > lo and tokens[i].text[:1].isupper() \
            and found.entry.frame != "prep" and not all(
                t.text[:1].isupper() for t in tokens[lo:i] if t.text[:1].isalpha()):
        return None  # … except in a title-case headline ("The Kremlin Says: …")
    return found


class _Context:
    """Per-document data shared by the pattern functions."""

    def __init__(self, analysis: Analysis, lexicon: Lexicon):
        self.analysis = analysis
        self.text = analysis.text
        self.tokens = analysis.tokens
        self.words = analysis.words
        self.lexicon = lexicon

    def paragraph_tokens(self, paragraph: int) -> tuple[int, int]:
        start, end = self.analysis.paragraphs[paragraph]
        rng = self.analysis.tokens_between(start, end)
        return rng.start, rng.stop


def _sentence_before(ctx: _Context, region: QuoteRegion) -> str:
    """The words of the quotation's sentence before its opening mark."""
    sentence = ctx.analysis.sentences[ctx.analysis.sentence_at(region.open_at)]
    return ctx.text[sentence.start:region.open_at].strip()


def _inside_clause(ctx: _Context, region: QuoteRegion) -> bool:
    """Do words of the writer's own open the quotation's sentence ("She
    compared it to a "root canal,"")? Then the quotation is part of a clause."""
    before = _sentence_before(ctx, region)
    return len(before.split()) >= 3 and before[-1:] not in (",", ":", "—", "–", "-")


#: words after a noun phrase that make it the subject of a clause
CLAUSE_VERBS = (BE | MODALS | {"has", "have", "had"}) - {"to", "also", "'s", "’s"}


def _after(ctx: _Context, region: QuoteRegion) -> _Attribution | None:
    """``"…," X said`` / ``"…," said X`` right after the closing mark."""
    tokens, words = ctx.tokens, ctx.words
    p_lo, p_hi = ctx.paragraph_tokens(region.paragraph)
    i = ctx.analysis.token_at(region.close_at)
    while i < p_hi and tokens[i].start < region.close_at:
        i += 1
    first = i
    while first < p_hi and (words[first] in (",", "—", "–", "-", "―", "--")
                            or tokens[first].start < region.close_at
                            or (first == i and words[first] in QUOTE_TOKENS)):
        first += 1  # also the rest of a closing mark run (an inner and an outer mark)
    if first >= p_hi:
        return None
    interior = ctx.text[region.start:region.end].rstrip()
    if first == i and interior[-1:] not in (",", "?", "!", "—", "–", "-", "…", ".") \
            and _inside_clause(ctx, region):
        # 'He argued that "every candidate on the stage" favored …': a
        # phrase quoted inside the writer's clause, whose verb goes on
        return None
    if interior.endswith(".") and tokens[first].text[:1].isupper() and first == i \
            and not _only_attribution(ctx, first, p_hi):
        return None  # '… "a lot of people." He added, …' starts a new sentence
    # stop at the next quotation mark or the end of the sentence
    s_end = min(p_hi, ctx.analysis.sentences[tokens[first].sentence].end_token)
    hi = first
    while hi < s_end and words[hi] not in QUOTE_TOKENS and words[hi] not in ("!", "?", ";"):
        hi += 1
    if hi > first and words[hi - 1] == ".":
        hi -= 1
    dash_before = first > i and words[first - 1] in DASHES
    # CUE SOURCE: "said Smith, the mayor"
    # … or "…," according to X
    cue = _cue_at(ctx.lexicon, words, first, after_quote=True)
    if cue is not None and cue.entry.frame == "prep" and _inside_clause(ctx, region):
        # 'She compared it to a "root canal," according to his memoir': the
        # source vouches for the whole clause, which the reported stage takes
        return None
    if cue is not None and (cue.form in ("ed", "s", "base") or cue.entry.frame == "prep"):
        src = np_after(tokens, first + cue.length, hi)
        if src is not None and src[1] < hi and words[src[1]] in CLAUSE_VERBS:
            src = None  # '"…,'' said the candidate could win': a clause, not a speaker
        if src is not None:
            return _attribution(
                tokens, _cue_chars(tokens, first, cue.length), cue.entry.category, src,
                end=tokens[src[1] - 1].end, confidence=0.9 if cue.entry.frame == "prep" else 0.95)
    # SOURCE [ADV] CUE [ADDRESSEE]
    for k in range(first + 1, min(hi, first + 45)):
        cue = _cue_at(ctx.lexicon, words, k, tokens, first, after_quote=True)
        if cue is None or cue.entry.frame == "prep" or cue.form == "ing" \
                or words[k - 1] in NOUN_DETERMINERS:
            continue  # "the release said": "release" is the subject's noun
        src = subject_before(tokens, first, k)
        if src is not None and src[0] > first + 1 and words[src[0] - 1] in ("and", ","):
            # "the Florida senator and Republican presidential candidate
            # said", "another friend, Mariam Emara told": one person, two ways
            lead = subject_before(tokens, first, src[0] - 1) if words[src[0] - 1] == "and" \
                else np_after(tokens, first, src[0] - 1, appositive=False)
            if lead == (first, src[0] - 1) and src[0] - 1 - first <= 5 \
                    and words[first] in ("the", "a", "an", "another", "his", "her", "their"):
                src = (first, src[1])
        if src is not None and src[0] > first and k - first <= 16 \
                and not any(w in (",", ";", ":") or w in QUOTE_TOKENS or w == "”"
                            or w in STRETCH_BREAKERS or w in IRREGULAR_PAST
                            or (w.endswith("ed") and w.isalpha())
                            for w in words[first:src[0]]) \
                and (tokens[first].text[:1].isupper() or tokens[src[0]].text[:1].isupper()):
            # '"…," Fight for $15 organizing director Kendall Fells told',
            # '"…," nuclear experts David Albright and Serena Kelleher of
            # Washington's Institute wrote': the whole stretch after the
            # quotation is its source
            src = (first, src[1])
        if src is None or src[0] != first:
            if words[k - 1] == "," and cue.form in ("ed", "s"):
                # '"…,'' since so many cases were decided 5-4, said Lee
                # Epstein, who teaches law.': an inverted attribution closing
                # the sentence after a clause of the writer's
                inverted = np_after(tokens, k + cue.length, hi)
                if inverted is not None and inverted[1] + 1 < hi and words[inverted[1]] == "," \
                        and words[inverted[1] + 1] in ("a", "an", "the", "who"):
                    # a second apposition: "…, a union that has endorsed Sanders."
                    inverted = (inverted[0], hi)
                if inverted is not None and inverted[1] >= hi \
                        and tokens[inverted[0]].text[:1].isupper():
                    return _attribution(tokens, _cue_chars(tokens, k, cue.length),
                                        cue.entry.category, inverted,
                                        end=tokens[inverted[1] - 1].end, confidence=0.85)
            if "," in words[first:k]:
                continue  # a cue word inside an apposition ("Warren, who has not endorsed …, told")
            break
        end_tok = k + cue.length
        addressee = None
        if cue.entry.frame == "addressee":
            addressee = np_after(tokens, end_tok, hi, appositive=False)
            if addressee is not None:
                end_tok = addressee[1]
        return _attribution(tokens, _cue_chars(tokens, k, cue.length), cue.entry.category, src,
                            addressee=addressee, end=tokens[end_tok - 1].end, confidence=0.95)
    unlisted = _unlisted_verb_attribution(ctx, region, first, hi)
    if unlisted is not None:
        return unlisted
    # "…" -X  (dash attribution closing the paragraph)
    if dash_before:
        src = np_after(tokens, first, hi)
        if src is not None:
            dash = tokens[first - 1]
            return _attribution(tokens, (dash.start, dash.end), CueType.SPEECH, src,
                                end=tokens[src[1] - 1].end, confidence=0.8)
    return None


# verbs after a quotation that attribute nothing ('"…," Trump is')
NOT_ATTRIBUTING = BE | MODALS | frozenset("has have had does did do got gets".split())


def _unlisted_verb_attribution(ctx: _Context, region: QuoteRegion, first: int, hi: int
                               ) -> _Attribution | None:
    """A verb the lexicon does not list, in the attribution slot right after
    a quotation that ends on a comma, "?" or "!": '"…," I confessed.',
    '"…," Hannity started.', '"Choke!" blared the Boston Herald.' Only a
    short name or pronoun with one past- or present-tense verb, closing the
    sentence, counts."""
    tokens, words = ctx.tokens, ctx.words
    interior = ctx.text[region.start:region.end].rstrip()
    if not interior.endswith((",", "?", "!")) or hi - first < 2 or hi - first > 12:
        return None
    if _sentence_before(ctx, region):
        return None  # 'After "Bridgegate," Christie struggled.': scare quotes in a clause

    def verb_like(i: int) -> bool:
        w = words[i]
        return tokens[i].text.islower() and w.isalpha() and w not in NOT_ATTRIBUTING and (
            (w.endswith("ed") and len(w) > 4) or w in IRREGULAR_PAST
            or (w.endswith("s") and not w.endswith("ss") and len(w) > 3))

    # SOURCE VERB: "Hannity started", "I confessed"
    if verb_like(hi - 1):
        src = (first, hi - 1)
        if (src[1] - src[0] == 1 and words[first] in SUBJECT_PRONOUNS) or all(
                tokens[i].text[:1].isupper() or words[i] == "." for i in range(*src)):
            if src[1] - src[0] <= 4:
                return _attribution(tokens, _cue_chars(tokens, hi - 1, 1), CueType.SPEECH,
                                    src, end=tokens[hi - 1].end, confidence=0.7)
    # VERB SOURCE: "blared the front page of The Boston Herald"
    if verb_like(first) and words[first].endswith("ed"):
        after = np_after(tokens, first + 1, hi)
        if after is not None and after[1] == hi and any(
                tokens[i].text[:1].isupper() for i in range(*after)):
            return _attribution(tokens, _cue_chars(tokens, first, 1), CueType.SPEECH, after,
                                end=tokens[after[1] - 1].end, confidence=0.7)
    return None


def _before(ctx: _Context, region: QuoteRegion) -> _Attribution | None:
    """``X said: "…"`` / ``X said, "…"`` / ``X: "…"`` before the opening mark."""
    tokens, words = ctx.tokens, ctx.words
    analysis = ctx.analysis
    open_tok = analysis.token_at(region.open_at)
    if tokens[open_tok].start > region.open_at:
        return None
    sentence = analysis.sentences[tokens[open_tok].sentence]
    lo = sentence.first_token
    if tokens[lo].start >= region.open_at:
        return None
    end = open_tok  # tokens lo … end-1 precede the quotation
    if end - 1 < lo:
        return None
    punct = words[end - 1]
    if punct not in (",", ":", "—", "-"):
        # "He said "…"" without punctuation: only directly after a speech verb
        cue = _cue_at(ctx.lexicon, words, end - 1, tokens, lo)
        if cue is None or cue.length != 1 or cue.entry.frame not in ("clause", "addressee") \
                or cue.form not in ("ed", "s"):
            return None
        last = end
    else:
        last = end - 1
    # find the cue closest to the punctuation, allowing an addressee and a
    # short time or place phrase in between ("told reporters on Friday:")
    for k in range(last - 1, max(lo, last - 9) - 1, -1):
        cue = _cue_at(ctx.lexicon, words, k, tokens, lo)
        # (right before a quotation, the cues only a quotation takes count:
        # 'Sanders shot back, "…"' — but "the officer shot back, hitting him" is none)
        longer = _cue_at(ctx.lexicon, words, k - 1, tokens, lo, after_quote=True) \
            if k - 1 >= lo else None
        if longer is not None and longer.length >= 2:
            k, cue = k - 1, longer  # 'Sanders shot back, "…"': the phrase, not "back"
        if cue is not None and cue.form in ("base", "s") and k - 1 > lo \
                and words[k - 1] in NOUN_MARKERS and any(
                    _cue_at(ctx.lexicon, words, i, tokens, lo) is not None
                    for i in range(max(lo, k - 9), k - 1)):
            continue  # a noun after a verb cue: 'said of Chaffetz's latest request: "…"'
        if cue is None:
            if words[k] in FILLER or tokens[k].text[:1].isupper() or words[k].isdigit() \
                    or words[k] in NOUN_MARKERS:
                continue
            break
        if cue.entry.frame == "prep":  # According to X: "…"
            src = np_after(tokens, k + cue.length, last)
            if src is None:
                return None
            return _attribution(tokens, _cue_chars(tokens, k, cue.length), cue.entry.category,
                                src, end=region.open_at, confidence=0.85)
        src = _cue_subject(ctx, lo, k, cue)
        if k - 2 > lo and words[k - 1] == "by" and cue.form == "ing":
            # 'When he returned he began by saying, "…"'
            src = subject_before(tokens, lo, k - 2)
        if cue.form == "ing" and k > lo and words[k - 1] == ",":
            # 'In a statement released Thursday, Rep. Jeffries reacted to the
            # news, saying: "…"': the participle's holder is the clause's
            # subject — but in "…, Nefzi said, adding, …" the closing
            # speaker, the subject of the cue just before the participle
            closing, speaker = _speaker_of_segment(ctx, lo, k - 1)
            if speaker is not None:
                src = speaker
            elif not closing:
                src = first_subject(tokens, words, lo, k) or src
        elif src is not None and cue.form == "ing" and src[0] > lo and words[k - 1] not in BE:
            # 'Clinton responded to the question on Facebook writing, "…"':
            # the participle's holder is the clause's subject, not its object
            holder = first_subject(tokens, words, lo, k)
            if holder is not None and holder[1] <= src[0]:
                src = holder
        if src is not None and _reported_by(ctx, lo, src[0]):
            return None  # "Benjamin said he believes "…"": the outer statement's
        addressee = None
        if cue.entry.frame == "addressee" and k + cue.length < last:
            addressee = np_after(tokens, k + cue.length, last, appositive=False)
        return _attribution(tokens, _cue_chars(tokens, k, cue.length), cue.entry.category, src,
                            addressee=addressee, end=region.open_at,
                            confidence=0.95 if src else 0.6)
    if punct == ":":
        # "Clinton: "…"" — a name and a colon
        src = np_after(tokens, lo, end - 1, appositive=False)
        if src is not None and src[1] == end - 1 and src[0] == lo \
                and not is_editorial_label(tokens[lo:end - 1]):
            colon = tokens[end - 1]
            return _attribution(tokens, (colon.start, colon.end), CueType.SPEECH, src,
                                end=region.open_at, confidence=0.8)
    return None


# words that open a clause of the writer's rather than a source after a quotation
STRETCH_BREAKERS = frozenset(
    """and but or as while because when since although though if so then after before
    until unless which that who where""".split())


def _signature_below(ctx: _Context, region: QuoteRegion) -> _Attribution | None:
    """A quotation that fills its paragraph, signed in the next one:
    '"The whole idea … needs to stop." / -Michelle Marks, Philadelphia.'"""
    text = ctx.text
    p_start, p_end = ctx.analysis.paragraphs[region.paragraph]
    if text[region.end:p_end].strip(" .,\"”’'") or text[p_start:region.start].strip(" \"“‘'"):
        return None
    if region.paragraph + 1 >= len(ctx.analysis.paragraphs):
        return None
    lo, hi = ctx.paragraph_tokens(region.paragraph + 1)
    tokens = ctx.tokens
    if hi - lo < 2 or tokens[lo].text not in DASHES or not tokens[lo + 1].text[:1].isupper():
        return None
    src = np_after(tokens, lo + 1, hi)
    if src is None or (src[1] < hi and tokens[src[1]].text not in (",", ".")):
        return None  # "- President Obama, tweeting after …" signs; "- Clinton said …" does not
    if src[1] - src[0] == 1 and text.count(tokens[src[0]].text) < 2:
        return None  # a one-word signature must be a name the text uses: not "- Jobs, jobs …"
    dash = tokens[lo]
    return _attribution(tokens, (dash.start, dash.end), CueType.SPEECH, src,
                        end=tokens[src[1] - 1].end, confidence=0.75)


def _cue_subject(ctx: _Context, lo: int, k: int, cue: CueMatch) -> tuple[int, int] | None:
    """The subject of the cue at ``k``, also of an infinitive: 'Bryne went
    on to say, "…"', 'Mr. Trump was prompted to say, "…"', 'The email goes
    on to say: "…"'."""
    tokens, words = ctx.tokens, ctx.words
    if k - 2 > lo and coordinated(tokens, words, lo, k):
        # 'Ms. Sherry smiled and said, "…"': the first verb's subject — unless
        # the first verb makes a statement of its own ("The president noted
        # that …, and added:"), whose subject the reported stage takes
        src = subordinate_subject(tokens, words, lo, k) or first_subject(tokens, words, lo, k)
        if src is not None and not any(_cue_at(ctx.lexicon, words, i, tokens, lo) is not None
                                       for i in range(src[1], k - 1)):
            return src
        return subject_before(tokens, lo, k)
    if not (k - 1 > lo and words[k - 1] == "to" and cue.form == "base"):
        return subject_before(tokens, lo, k)
    src = subject_of_infinitive(tokens, words, lo, k)
    if src is None and k - 3 > lo and words[k - 2] == "on" \
            and words[k - 3] in ("goes", "go", "went"):
        src = subject_before(tokens, lo, k - 3)
    return src


def _cue_sentence_before(ctx: _Context, region: QuoteRegion) -> _Attribution | None:
    """A quotation opening a sentence right after one in which someone
    speaks with no quotation of their own ("Sen. Ted Cruz … tweeted a
    warning. "Missouri: …""): the speaker of that sentence says it. The
    sentence must end on its cue and a short object ("a warning", "back")."""
    if _sentence_before(ctx, region):
        return None
    interior = ctx.text[region.start:region.end].strip()
    sentence = ctx.analysis.sentences[ctx.analysis.sentence_at(region.open_at)]
    if len(interior.split()) < 3 or ctx.text[region.close_at + 1:sentence.end].strip(" .,!?\"”’'"):
        # a title or a term that goes on as a subject ('"Fake news" has
        # become his favorite phrase'), not a quotation of its own
        return None
    analysis, tokens, words = ctx.analysis, ctx.tokens, ctx.words
    index = analysis.sentence_at(region.open_at)
    if index == 0:
        return None
    previous = analysis.sentences[index - 1]
    if previous.paragraph != region.paragraph or ctx.text[previous.end - 1:previous.end] != ".":
        return None
    lo, hi = previous.first_token, previous.end_token - 1  # hi: the full stop
    if any(words[i] in QUOTE_TOKENS for i in range(lo, hi)):
        return None  # a sentence with a quotation of its own: the quotation continues it
    for k in range(hi - 1, max(lo, hi - 5) - 1, -1):
        cue = _cue_at(ctx.lexicon, words, k, tokens, lo)
        if cue is None or words[k - 1] in NOUN_MARKERS:
            continue  # (a noun: "tweeted a warning")
        if cue.form not in ("ed", "s") or cue.entry.category is not CueType.SPEECH \
                or cue.entry.frame in ("prep", "raising", "quote"):
            return None
        src = subject_before(tokens, lo, k)
        main = first_subject(tokens, words, lo, k)
        if src is None or main is None or main[0] != src[0] \
                or not names_a_holder(tokens, words, src, lo):
            # the sentence's own subject speaks: not "…, dos Santos says."
            # closing a statement, nor "… if he refuses to …"
            return None
        return _attribution(tokens, _cue_chars(tokens, k, cue.length), cue.entry.category, src,
                            end=region.open_at, confidence=0.7)
    return None


def _only_attribution(ctx: _Context, first: int, p_hi: int) -> bool:
    """Is the sentence from token ``first`` nothing but an attribution
    ('… are missing." Trump said.')? A quotation that ends with its full stop
    is then still the one it attributes."""
    words = ctx.words
    end = min(p_hi, ctx.analysis.sentences[ctx.tokens[first].sentence].end_token)
    for k in range(first + 1, min(end, first + 6)):
        cue = _cue_at(ctx.lexicon, words, k, ctx.tokens, first)
        if cue is None:
            continue
        rest = [w for w in words[k + cue.length:end] if w != "."]
        return cue.form in ("ed", "s") and len(rest) <= 2 and ":" not in rest and \
            subject_before(ctx.tokens, first, k) == (first, k)
    return False


def _speaker_of_segment(ctx: _Context, lo: int, comma: int
                        ) -> tuple[bool, tuple[int, int] | None]:
    """For the comma-delimited segment ending at ``comma``: does it hold a
    cue, and, when it closes an attribution after a comma ("…, Nefzi said,
    adding"), the subject of that cue."""
    start = next((i for i in range(comma - 1, lo - 1, -1) if ctx.words[i] == ","), lo)
    for i in range(start + 1, comma):
        if _cue_at(ctx.lexicon, ctx.words, i, ctx.tokens, lo) is not None:
            if start == lo:
                return True, None  # the sentence's own cue: its subject is found as before
            return True, subject_before(ctx.tokens, start + 1, i)
    return False, None


def _reported_by(ctx: _Context, lo: int, subject: int) -> bool:
    """Does a speech verb govern the clause whose subject starts at token
    ``subject`` ("said (that) he believes …")? The quotation inside is then
    part of the outer, mixed statement, as PolNeAR and readers take it."""
    j = subject - 1
    if j >= lo and ctx.words[j] == "that":
        j -= 1
    if j < lo:
        return False
    cue = ctx.lexicon.match(ctx.words, j)
    return cue is not None and cue.length == 1 and cue.entry.frame in ("clause", "addressee") \
        and cue.form in ("ed", "s")


def _colon_intro(ctx: _Context, region: QuoteRegion) -> _Attribution | None:
    """A quotation opening a paragraph after one that ends with a colon."""
    if region.paragraph == 0:
        return None
    p_start, _ = ctx.analysis.paragraphs[region.paragraph]
    if region.open_at != p_start:
        return None
    return _paragraph_intro(ctx, region.paragraph, region.open_at)


def _paragraph_intro(ctx: _Context, paragraph: int, opens_at: int) -> _Attribution | None:
    """The attribution ending the paragraph before ``paragraph`` with a colon
    ("The governor added:", "From the chairwoman:"), if there is one."""
    analysis = ctx.analysis
    _, prev_end = analysis.paragraphs[paragraph - 1]
    if ctx.text[prev_end - 1] != ":":
        return None
    tokens, words = ctx.tokens, ctx.words
    last_sentence = analysis.sentences[analysis.sentence_at(prev_end - 1)]
    lo, hi = last_sentence.first_token, last_sentence.end_token - 1  # hi: the colon
    for k in range(hi - 1, lo - 1, -1):
        cue = _cue_at(ctx.lexicon, words, k)
        if cue is None:
            continue
        if cue.entry.frame == "prep":
            src = np_after(tokens, k + cue.length, hi)
        else:
            src = _cue_subject(ctx, lo, k, cue)  # ("She went on to say:")
        return _attribution(tokens, _cue_chars(tokens, k, cue.length), cue.entry.category, src,
                            end=opens_at, confidence=0.85 if src else 0.6)
    issued = _issued_statement(words, lo, hi)
    if issued is not None:
        # "Republican presidential nominee Donald Trump issued the following
        # statement:" — the one who put it out
        src = subject_before(tokens, lo, issued)
        if src is not None:
            length = 2 if words[issued] == "put" else 1  # "put out"
            return _attribution(tokens, _cue_chars(tokens, issued, length), CueType.SPEECH, src,
                                end=opens_at, confidence=0.85)
    # "From the chairwoman:" / "Smith:"
    first = lo + 1 if words[lo] in ("from", "said", "says") else lo
    src = np_after(tokens, first, hi, appositive=True)
    if src is not None and src[1] == hi and not is_editorial_label(tokens[first:hi]):
        colon = tokens[hi]
        return _attribution(tokens, (colon.start, colon.end), CueType.SPEECH, src,
                            end=opens_at, confidence=0.8)
    return None


# verbs that put out a statement introduced by a colon
ISSUING_VERBS = frozenset("issued released posted sent put tweeted shared".split())


def _issued_statement(words: Sequence[str], lo: int, colon: int) -> int | None:
    """The verb of "… issued the following statement:" / "released a
    statement:" ending at the colon, if the sentence ends that way."""
    if colon - 3 < lo or words[colon - 1] not in SPEECH_ARTEFACTS:
        return None
    j = colon - 2
    if words[j] == "following":
        j -= 1
    if words[j] not in ("the", "a", "this", "an") or j - 1 < lo:
        return None
    if words[j - 1] == "out" and j - 2 >= lo and words[j - 2] == "put":
        return j - 2
    return j - 1 if words[j - 1] in ISSUING_VERBS else None


def _block_quotes(ctx: _Context, regions: Sequence[QuoteRegion],
                  found: Sequence[Candidate]) -> list[Candidate]:
    """Paragraphs printed as quotations without quotation marks: a block
    quotation, tweet or excerpt set off after an introduction that ends with
    a colon ("The governor added:", "Wallnau wrote:"). Only the first
    paragraph is taken; where the excerpt ends is not marked."""
    analysis, text = ctx.analysis, ctx.text
    opening = {r.open_at for r in regions if r.depth == 0}
    claimed = sorted(span for cand in found for span in cand.content)
    out = []
    for paragraph in range(1, len(analysis.paragraphs)):
        start, end = _trimmed(text, *analysis.paragraphs[paragraph])
        if start in opening or len(text[start:end].split()) < 4 \
                or any(s < end and start < e for s, e in claimed):
            continue
        attribution = _paragraph_intro(ctx, paragraph, start)
        if attribution is None or attribution.cue is None or attribution.source is None \
                or not _introduces(text, attribution.cue[1], analysis.paragraphs[paragraph - 1][1]):
            continue
        out.append(Candidate(
            kind=QuoteKind.DIRECT, content=[(start, end)], cue=attribution.cue,
            cue_type=attribution.cue_type, source=attribution.source,
            source_kind=attribution.source_kind, addressee=attribution.addressee,
            confidence=min(attribution.confidence, 0.7)))
    return out


def _is_quotation(ctx: _Context, group: list[QuoteRegion], attributed: bool) -> bool:
    """A clause-like quotation rather than a scare quote, title or nickname."""
    first = group[0]
    text = ctx.text
    if not any(_has_letters(text, r.start, r.end) for r in group):
        return False
    analysis = ctx.analysis
    open_token = analysis.token_at(first.open_at)
    sentence_first = analysis.sentences[analysis.tokens[open_token].sentence].first_token
    if open_token > sentence_first and ctx.words[open_token - 1] in TITLE_CONTEXT:
        return False  # a title or a name: on "Fox News Sunday," the host said
    if len(group) > 1 or attributed:
        return True
    before = _sentence_before(ctx, first)
    interior = text[first.start:first.end].strip()
    n_words = len(interior.split())
    if not before or before[-1:] in ("—", "–") or before in DASHES:
        # opens its sentence: a quotation if it reads like a clause
        return n_words >= 3 or interior[-1:] in ".?!,"
    return False


def find_direct(analysis: Analysis, regions: Sequence[QuoteRegion], lexicon: Lexicon
                ) -> list[Candidate]:
    """Direct quotations with their attribution, in text order."""
    ctx = _Context(analysis, lexicon)
    groups = _groups(regions)
    results: list[Candidate] = []
    reporters: list[Candidate] = []  # '"…," X said, according to Y': Y's report
    i = 0
    while i < len(groups):
        group = groups[i]
        introduced = _introduced_by_colon(ctx, group[0])
        attribution = (introduced or _after(ctx, group[-1]) or _before(ctx, group[0])
                       or _colon_intro(ctx, group[0]) or _signature_below(ctx, group[-1])
                       or _cue_sentence_before(ctx, group[0]))
        if not _is_quotation(ctx, group, attribution is not None):
            i += 1
            continue
        content = [_trimmed(ctx.text, r.start, r.end) for r in group]
        # a quotation interrupted by its attribution: "A," he said, "B."
        while attribution is not None and i + 1 < len(groups):
            nxt = groups[i + 1]
            gap = ctx.text[attribution.end:nxt[0].open_at]
            same_paragraph = nxt[0].paragraph == group[-1].paragraph
            gap_words = gap.replace(",", " ").split()
            gap_ends_well = gap.rstrip().endswith((",", ".", ":", "\u2014"))
            if not same_paragraph or len(gap_words) > 5 or not gap_ends_well \
                    or not all(w.casefold().strip(".") in FILLER for w in gap_words
                               if w not in (".", ":", "\u2014", "-")):
                break
            if _after(ctx, nxt[-1]) is not None:
                break
            content.extend(_trimmed(ctx.text, r.start, r.end) for r in nxt)
            group = nxt
            i += 1
        content = [c for c in content if c[1] > c[0]]
        if not content:
            i += 1
            continue
        if attribution is None:
            previous = results[-1] if results else None
            if previous is not None and previous.source is not None and len(group) == 1 \
                    and analysis.paragraph_at(previous.end) == group[0].paragraph:
                # more of the same speaker's quotation later in the paragraph:
                # "A," he said. He paused. "B."
                previous.content.extend(content)
                i += 1
                continue
            results.append(Candidate(kind=QuoteKind.DIRECT, content=content, inherits=True,
                                     confidence=0.6))
        else:
            results.append(Candidate(
                kind=QuoteKind.DIRECT, content=content, cue=attribution.cue,
                cue_type=attribution.cue_type, source=attribution.source,
                source_kind=attribution.source_kind, addressee=attribution.addressee,
                confidence=attribution.confidence if attribution.source else 0.6,
                inherits=attribution.source is None))
            if attribution.source is not None:
                reporter = _reported_according_to(ctx, groups[i][0].open_at, attribution)
                if reporter is not None:
                    reporters.append(reporter)  # kept apart: later quotation stays the speaker's
        i += 1
    blocks = _block_quotes(ctx, regions, results)
    if not blocks and not reporters:
        return results
    return sorted(results + blocks + reporters, key=lambda c: c.start)


def _introduced_by_colon(ctx: _Context, region: QuoteRegion) -> _Attribution | None:
    """'Clinton, exasperated, famously responded: "What difference does it
    make?" Her critics cited it …': a cue and a colon right before the
    quotation attribute it, whatever stands after its closing mark."""
    open_tok = ctx.analysis.token_at(region.open_at)
    if open_tok < 1 or ctx.tokens[open_tok - 1].text != ":":
        return None
    if ctx.text[region.start:region.end].rstrip().endswith(","):
        return None  # 'Trump said: "…," the Times reported': the closing attribution reports it
    found = _before(ctx, region)
    return found if found is not None and found.source is not None \
        and found.cue is not None and ctx.text[found.cue[0]:found.cue[1]] != ":" else None


def _reported_according_to(ctx: _Context, open_at: int, attribution: _Attribution
                           ) -> Candidate | None:
    """'"…," Walker said, according to an Associated Press account.': the
    account vouches for the quotation and its attribution together.

    Why: the quotation is Walker's, and stays his; but the reader has it
    second hand, and news annotation (PolNeAR) credits the outer source
    with the whole report. Both statements are kept."""
    tokens, words = ctx.tokens, ctx.words
    first = ctx.analysis.token_at(attribution.end)
    while first < len(tokens) and tokens[first].start < attribution.end:
        first += 1
    if first >= len(tokens):
        return None
    sentence = ctx.analysis.sentences[tokens[first].sentence]
    # '"…," Obama said of the families, according to …': a phrase may follow the cue
    first = next((j for j in range(first, min(sentence.end_token, first + 12))
                  if words[j] == "," or words[j] in QUOTE_TOKENS), first)
    if first + 2 >= sentence.end_token or words[first] != "," \
            or words[first + 1] != "according" or words[first + 2] != "to":
        return None
    end = tokens[first - 1].end
    hi = sentence.end_token
    while hi > first and words[hi - 1] in (".", "!", "?"):
        hi -= 1
    src = np_after(tokens, first + 3, hi, appositive=True)
    if src is not None and src[1] < hi <= src[1] + 3 and all(
            tokens[j].text.isalpha() and tokens[j].text.islower() for j in range(src[1], hi)):
        src = (src[0], hi)  # "a White House pool report": nouns after the name
    if src is None or src[1] != hi:
        return None
    cue = (tokens[first + 1].start, tokens[first + 2].end)
    return Candidate(kind=QuoteKind.MIXED, content=[(open_at, end)], cue=cue,
                     cue_type=CueType.SPEECH, source=_span(tokens, src),
                     source_kind=mention_kind(tokens, *src), confidence=0.7)


# words that may stand between a cue and the colon introducing a block quotation
BLOCK_INTRO_FILLER = FILLER | {"following", "this", "as", "follows", "wrote", "posted"}


def _introduces(text: str, cue_end: int, colon_end: int) -> bool:
    """Does the cue ending at ``cue_end`` introduce what follows the colon
    closing its paragraph? "added:", "wrote on Twitter:", "tweeted the
    following:" do; "pointed out that veterans were ignored:" and a bare
    label ("PREVIOUSLY:", "12:25 p.m.:") do not — their colon shows
    something else (an embedded post, the next item of a live blog)."""
    gap = text[cue_end:colon_end - 1].split()
    return len(gap) <= 6 and all(w.casefold().strip(".,") in BLOCK_INTRO_FILLER for w in gap) \
        and text[cue_end - 1] != ":"


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end

