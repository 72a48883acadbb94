"""Helpers shared by the table-driven tests and the batch tests.

``quote_rows`` flattens a document's quotes into the tuples the tables in
``test_direct_quotes`` and ``test_reported_speech`` compare against;
``SHORT_NEWS`` is a handful of short passages (every kind of statement, and
one with none) for the tests that push many documents through a backend.
All people and places are invented.
"""

from __future__ import annotations

import pytest

import quotes


def quote_rows(text: str, *, cue_type: bool = False) -> list[tuple[object, ...]]:
    """``(kind, content texts, cue[, cue type], source, speaker)`` per quote."""
    doc = quotes.extract(text, engine="rules")
    out: list[tuple[object, ...]] = []
    for q in doc.quotes:
        kind_and_cue = (q.kind.value, tuple(c.text for c in q.content),
                        q.cue.text if q.cue else None)
        typed = (q.cue_type.value if q.cue_type else None,) if cue_type else ()
        out.append((*kind_and_cue, *typed, q.source.text if q.source else None,
                    q.speaker.name if q.speaker else None))
    return out


def xfail(reason: str) -> pytest.MarkDecorator:
    """A known failure that must keep failing until it is fixed."""
    return pytest.mark.xfail(strict=True, reason=reason)


SHORT_NEWS = [
    '"We will win," the mayor said on Monday.',
    "Councillor Tom Baker said the plan would raise fees.",
    'Prime Minister Jane Doe told reporters: "The deal is done."\n'
    '"It took months," she added, "but it is done."',
    "No quotes here at all.",
    'A spokesman for the company said it was "reviewing the matter."',
]
