"""The seed article (a Ynetnews report of a Bennett–Putin meeting in Sochi)
through the rules engine, end to end.

The article itself lives in /work/shared/examples and is not copied here;
the tests skip when it is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import quotes
from quotes.model import QuoteKind

SEED = (Path(__file__).resolve().parents[1].parent / "shared" / "examples"
        / "bennett_putin_sochi.txt")
PUTIN, BENNETT = "Vladimir Putin", "Naftali Bennett"


@pytest.fixture(scope="module")
def text() -> str:
    if not SEED.exists():
        pytest.skip(f"seed article not found at {SEED}")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def doc(text: str) -> quotes.Document:
    return quotes.extract(text, engine="rules")


def _line_ranges(text: str, predicate) -> list[tuple[int, int]]:
    ranges, offset = [], 0
    for line in text.splitlines(keepends=True):
        if predicate(line):
            ranges.append((offset, offset + len(line)))
        offset += len(line)
    return ranges


def _quote_spans(quote) -> list:
    spans = list(quote.content)
    if quote.cue is not None:
        spans.append(quote.cue)
    if quote.source is not None:
        spans.append(quote.source.span)
    return spans


def test_sixteen_quotes(doc) -> None:
    assert len(doc.quotes) == 16


def test_three_direct_and_thirteen_indirect(doc) -> None:
    kinds = [q.kind for q in doc.quotes]
    assert kinds.count(QuoteKind.DIRECT) == 3
    assert kinds.count(QuoteKind.INDIRECT) == 13
    assert kinds.count(QuoteKind.MIXED) == 0


def test_speakers_in_order_seven_putin_then_nine_bennett(doc) -> None:
    names = [q.speaker.name if q.speaker else None for q in doc.quotes]
    assert names == [PUTIN] * 7 + [BENNETT] * 9
    assert doc.speaker_counts() == {BENNETT: 9, PUTIN: 7}


def test_quotes_by_surname(doc) -> None:
    assert len(doc.quotes_by("Putin")) == 7
    assert len(doc.quotes_by("Bennett")) == 9


def test_roles_of_the_two_leaders(doc) -> None:
    putin, bennett = doc.speaker(PUTIN), doc.speaker(BENNETT)
    assert putin is not None and "president" in putin.roles
    assert bennett is not None and "prime minister" in bennett.roles
    assert {s.name for s in doc.speakers} == {PUTIN, BENNETT}


def test_unclosed_direct_quote_ends_at_its_paragraph(text: str, doc) -> None:
    (quote,) = [q for q in doc.quotes if q.text.startswith("Our responsibility")]
    assert quote.kind is QuoteKind.DIRECT
    assert len(quote.content) == 1
    end = quote.content[0].end
    assert text[end:end + 1] in ("\n", "")
    assert "\n" not in quote.content[0].text
    assert quote.speaker is not None and quote.speaker.name == BENNETT


def test_we_regard_you_is_addressed_to_putin(doc) -> None:
    (quote,) = [q for q in doc.quotes if q.text.startswith("We regard you")]
    assert quote.kind is QuoteKind.DIRECT
    assert quote.speaker is not None and quote.speaker.name == BENNETT
    assert quote.addressee is not None and quote.addressee.name == PUTIN


def test_putin_told_the_prime_minister_is_addressed_to_bennett(doc) -> None:
    first = doc.quotes[0]
    assert first.cue is not None and first.cue.text == "told"
    assert first.speaker is not None and first.speaker.name == PUTIN
    assert first.addressee is not None and first.addressee.name == BENNETT


def test_reported_statements_have_the_expected_source_phrases(doc) -> None:
    sources = [q.source.text if q.source else None
               for q in doc.quotes if q.kind is QuoteKind.INDIRECT]
    assert sources == [
        "Putin", "The Russian president", "He", "He", "Putin", "He", "Putin",
        "Bennett", "He", "He", "the prime minister", "the prime minister", "the prime minister",
    ]


def test_reported_content_is_a_clause_without_final_punctuation(doc) -> None:
    for quote in doc.quotes:
        if quote.kind is QuoteKind.INDIRECT:
            content = quote.content[0].text
            assert not content.rstrip().endswith((".", "\\")), content


@pytest.mark.parametrize("what, predicate", [
    pytest.param("photo captions", lambda line: "Photo:" in line, id="photo_captions"),
    pytest.param("follow line", lambda line: "Follow Ynetnews" in line, id="follow_line"),
])
def test_nothing_in_boilerplate_lines_is_a_quote(text: str, doc, what: str, predicate) -> None:
    ranges = _line_ranges(text, predicate)
    assert ranges, f"no {what} found in the seed article"
    for quote in doc.quotes:
        for span in _quote_spans(quote):
            assert not any(span.start < end and start < span.end for start, end in ranges), \
                (what, span.text)


def test_nothing_in_the_dateline_paragraph_is_a_quote(text: str, doc) -> None:
    first_paragraph_end = text.index("\n")
    for quote in doc.quotes:
        for span in _quote_spans(quote):
            assert span.start >= first_paragraph_end, span.text


def test_every_span_equals_its_slice(text: str, doc) -> None:
    for quote in doc.quotes:
        for span in _quote_spans(quote):
            assert text[span.start:span.end] == span.text
    for speaker in doc.speakers:
        for mention in speaker.mentions:
            assert text[mention.start:mention.end] == mention.text
