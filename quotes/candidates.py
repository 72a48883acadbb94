"""What the attribution stages hand to speaker resolution.

A ``Candidate`` is a statement found in the text with plain ``(start, end)``
offsets, before its source is resolved to a speaker. Both engines produce
candidates (from surface patterns or from a parse), so speaker resolution and
document building are written once. Candidates are mutable while the stages
refine them; the public ``Quote`` built from them is frozen.
"""

from __future__ import annotations

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
    inherited_from: Candidate | None = None

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
    none are (the definition the PolNeAR benchmark uses). Prefix counts make
    each question O(1) per content span.
    """

    def __init__(self, text: str, regions: Sequence[QuoteRegion]):
        inside = bytearray(len(text) + 1)
        for region in regions:
            if region.depth == 0:
                inside[region.start:region.end] = b"\x01" * (region.end - region.start)
        alnum = [0]
        quoted = [0]
        a = q = 0
        for i, ch in enumerate(text):
            if ch.isalnum():
                a += 1
                q += inside[i]
            alnum.append(a)
            quoted.append(q)
        self._alnum = alnum
        self._quoted = quoted

    def kind(self, spans: Sequence[Offsets]) -> QuoteKind:
        a = q = 0
        for start, end in spans:
            a += self._alnum[end] - self._alnum[start]
            q += self._quoted[end] - self._quoted[start]
        if a == 0 or q == 0:
            return QuoteKind.INDIRECT
        return QuoteKind.DIRECT if q == a else QuoteKind.MIXED
