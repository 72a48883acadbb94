"""What the attribution stages hand to speaker resolution.

A ``Candidate`` is a statement found in the text with plain ``(start, end)``
offsets, before its source is resolved to a speaker. Both engines produce
candidates (from surface patterns or from a parse), so speaker resolution and
document building are written once. Candidates are mutable while the stages
refine them; the public ``Quote`` built from them is frozen.
"""

from __future__ import annotations

import attrs

from .model import CueType, MentionKind, QuoteKind

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
