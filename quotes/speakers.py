"""Speakers (work in progress in this commit)."""
from __future__ import annotations

from .model import Mention, MentionKind, Quote, Span


def resolve(analysis, candidates):
    text = analysis.text
    quotes = []
    for c in candidates:
        quotes.append(Quote(
            kind=c.kind, content=tuple(Span.of(text, s, e) for s, e in c.content),
            cue=Span.of(text, *c.cue) if c.cue else None, cue_type=c.cue_type,
            source=Mention(span=Span.of(text, *c.source), kind=c.source_kind or MentionKind.NAME) if c.source else None,
            confidence=c.confidence))
    return tuple(quotes), ()
