"""The engine seam: what an engine tells the extraction stages about a text.

An engine (``rules`` or ``stanza``) turns text into an ``Analysis``:
paragraphs, sentences and tokens with character offsets, and, when it has a
model, part of speech, lemmas, a dependency parse and named entities. The
stages after it ask what the analysis has (``has_parse``, ``has_ner``) and use
the best evidence available, so no stage needs to know which engine ran.

Tokens are ``NamedTuple``s rather than attrs classes: an article has a thousand
of them and this is the hot path of the rules engine; they never leave the
library.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import NamedTuple

import attrs


class Token(NamedTuple):
    """A word or punctuation mark. ``head`` is the document-level index of the
    syntactic head (-1 for a root, None without a parse); ``ner`` is a
    coarse entity class (PERSON, ORG, LOC, MISC) or None."""

    start: int
    end: int
    text: str
    sentence: int
    upos: str | None = None
    lemma: str | None = None
    head: int | None = None
    deprel: str | None = None
    ner: str | None = None
    ner_begin: bool = False


class SentenceInfo(NamedTuple):
    """A sentence: its character range, paragraph and token range."""

    start: int
    end: int
    paragraph: int
    first_token: int
    end_token: int  # exclusive


@attrs.frozen(kw_only=True)
class Analysis:
    """Paragraphs, sentences and tokens of one text, from one engine."""

    text: str
    engine: str
    paragraphs: tuple[tuple[int, int], ...]
    sentences: tuple[SentenceInfo, ...]
    tokens: tuple[Token, ...]
    has_pos: bool = False
    has_parse: bool = False
    has_ner: bool = False
    _sentence_starts: tuple[int, ...] = attrs.field(init=False)
    _paragraph_starts: tuple[int, ...] = attrs.field(init=False)
    _token_starts: tuple[int, ...] = attrs.field(init=False)
    _token_ends: tuple[int, ...] = attrs.field(init=False)
    #: each token's text, casefolded once for every stage that matches words
    words: tuple[str, ...] = attrs.field(init=False, repr=False, eq=False)

    @_sentence_starts.default
    def _make_sentence_starts(self) -> tuple[int, ...]:
        return tuple(s.start for s in self.sentences)

    @_paragraph_starts.default
    def _make_paragraph_starts(self) -> tuple[int, ...]:
        return tuple(p[0] for p in self.paragraphs)

    @_token_starts.default
    def _make_token_starts(self) -> tuple[int, ...]:
        return tuple(t.start for t in self.tokens)

    @_token_ends.default
    def _make_token_ends(self) -> tuple[int, ...]:
        return tuple(t.end for t in self.tokens)

    @words.default
    def _make_words(self) -> tuple[str, ...]:
        return tuple(t.text.casefold() for t in self.tokens)

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence containing (or last starting before) ``offset``."""
        return max(0, bisect_right(self._sentence_starts, offset) - 1)

    def paragraph_at(self, offset: int) -> int:
        return max(0, bisect_right(self._paragraph_starts, offset) - 1)

    def token_at(self, offset: int) -> int:
        """Index of the token containing (or last starting before) ``offset``."""
        return max(0, bisect_right(self._token_starts, offset) - 1)

    def tokens_between(self, start: int, end: int) -> range:
        """Indices of the tokens lying inside ``[start, end)``."""
        first = bisect_right(self._token_starts, start - 1)
        # tokens do not overlap, so their ends are in order as their starts are
        return range(first, max(first, bisect_right(self._token_ends, end)))

    def sentence_tokens(self, index: int) -> range:
        sentence = self.sentences[index]
        return range(sentence.first_token, sentence.end_token)
