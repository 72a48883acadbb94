"""Shared helpers for the stanza tests: fixture paths, fixture documents and
where the shared lite models live.

The CoNLL-U fixtures in ``tests/fixtures`` were written for these tests
(sentences about the Bennett–Putin meeting, parsed by hand): ``sochi_ud2``
uses UD v2 relations and BIOES OntoNotes entity tags as stanza's models give
them, ``kremlin_ud1`` UD v1 relations and BIO CoNLL 4-class tags as CoreNLP
gives them. Each ``.txt`` is the exact text their offsets index into.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
LITE_MODELS = SHARED / "models" / "stanza-en-lite"
EXAMPLE = SHARED / "examples" / "bennett_putin_sochi.txt"
POLNEAR_DEV = SHARED / "data" / "polnear" / "dev.jsonl"

FIXTURE_IDS = {"sochi_ud2": "v2_sochi", "kremlin_ud1": "v1_kremlin", "weak_parse_ud2": "weak_parse"}


def fixture_text(name: str) -> str:
    return (FIXTURES / f"{name}.txt").read_text("utf-8")


def fixture_document(name: str) -> Any:
    """The stanza Document of one fixture, with its text."""
    from quotes.engines.stanza_engine import documents_from_conllu

    doc_id = FIXTURE_IDS[name]
    docs = documents_from_conllu(FIXTURES / f"{name}.conllu", texts={doc_id: fixture_text(name)})
    return docs[doc_id]


def spans_consistent(doc: Any) -> bool:
    """Every span of a ``quotes.Document`` is a true slice of its text."""
    text = doc.text
    spans = [s.span for s in doc.sentences]
    for quote in doc.quotes:
        spans.extend(quote.content)
        spans.extend(x for x in (quote.cue, quote.source and quote.source.span) if x)
    for speaker in doc.speakers:
        spans.extend(m.span for m in speaker.mentions)
    return all(text[s.start:s.end] == s.text for s in spans)
