"""What the attribution stages hand to speaker resolution.

A ``Candidate`` is a statement found in the text with plain ``(start, end)``
offsets, before its source is resolved to a speaker. Both engines produce
candidates (from surface patterns or from a parse), so speaker resolution and
document building are written once. Candidates are mutable while the stages
refine them; the public ``Quote`` built from them is frozen.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

import attrs

from .model import CueType, MentionKind, QuoteKind
from .quotemarks import QuoteRegion

Offsets = tuple[int, int]


@attrs.define(kw_only=True)
class Candidate:
    """A statement: content stretches, cue, source and addressee offsets.

    ``inherits`` marks a quotation whose sentence names no source (a
    continuing quotation): its speaker is that of the exchange it continues.
    ``source_kind`` is a hint from the stage that found the source (e.g. a
    pronoun), refined by speaker resolution.
    """

    kind: QuoteKind
    content: list[Offsets]
    cue: Offsets | None = None
    cue_type: CueType | None = None
    source: Offsets | None = None
    source_kind: MentionKind | None = None
    addressee: Offsets | None = None
    confidence: float = 0.5
    inherits: bool = False

    @property
    def start(self) -> int:
        return self.content[0][0]

    @property
    def end(self) -> int:
        return self.content[-1][1]

    def overlaps(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.content)


class QuoteMask:
    """Which letters and digits of the text lie inside quotation marks.

    The kind of a statement follows from it: ``direct`` when every letter or
    digit of its content is quoted, ``mixed`` when some are, ``indirect`` when
    none are (the definition the PolNeAR benchmark uses). Only the content
    spans asked about are counted, so the cost follows the statements, not
    the length of the text.
    """

    def __init__(self, text: str, regions: Sequence[QuoteRegion]):
        self._text = text
        self._regions = sorted((r.start, r.end) for r in regions if r.depth == 0)
        self._starts = [start for start, _ in self._regions]

    @property
    def text(self) -> str:
        """The text the mask is over."""
        return self._text

    def _alnum(self, start: int, end: int) -> int:
        return sum(map(str.isalnum, self._text[start:end]))

    def kind(self, spans: Sequence[Offsets]) -> QuoteKind:
        a = q = 0
        for start, end in spans:
            a += self._alnum(start, end)
            i = max(0, bisect_right(self._starts, start) - 1)
            while i < len(self._regions) and self._regions[i][0] < end:
                r_start, r_end = self._regions[i]
                lo, hi = max(start, r_start), min(end, r_end)
                if hi > lo:
                    q += self._alnum(lo, hi)
                i += 1
        if a == 0 or q == 0:
            return QuoteKind.INDIRECT
        return QuoteKind.DIRECT if q == a else QuoteKind.MIXED
