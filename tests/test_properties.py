"""Property tests: any text in, a valid Document out, with offsets that hold."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import quotes
from quotes import Document, Span

QUOTE_MARKS = list("\"'\u201c\u201d\u201e\u201f\u2018\u2019\u201a\u201b\u00ab\u00bb\u2039\u203a"
                   "\u300c\u300d\u300e\u300f`")
SPECIAL = QUOTE_MARKS + ["\n", "\r", " ", "\u0301", "\u0308", "\u200d", "\u00a0", "\u2028",
                         ".", ",", ":", "\u2014", "-", "\u2026", "5"]

# arbitrary Unicode (no surrogates, which a Python str from real input cannot
# hold alone), with quotation marks, newlines and combining marks made likely
ANY_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(exclude_categories=("Cs",)),
        st.sampled_from(SPECIAL),
    ),
    max_size=300,
)

FRAGMENTS = [
    '"', "\u201c", "\u201d", "'", "\u2018", "\u2019", " said ", " told ", " says ", ", ", ". ",
    "He", "She", "he", "she", "they", "Mr. Smith", "Ana Ruiz", "the mayor", "a spokesman",
    "the Kremlin", ".", "\n", "\n\n", ",", ":", " -", " that ", "According to ", " adding that ",
    "We will win", "It is over", "don't", "Jones'", "'90s", "5'11\"", " who goes by ",
    " called the plan ", " and ", "?", "!", " ",
]
NEWS_TEXT = st.lists(st.sampled_from(FRAGMENTS), max_size=60).map("".join)

SETTINGS = settings(max_examples=200, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def all_spans(doc: Document) -> list[Span]:
    spans = [sentence.span for sentence in doc.sentences]
    for speaker in doc.speakers:
        spans.extend(mention.span for mention in speaker.mentions)
    for quote in doc.quotes:
        spans.extend(quote.content)
        if quote.cue is not None:
            spans.append(quote.cue)
        if quote.source is not None:
            spans.append(quote.source.span)
    return spans


def check_document(text: str, doc: Document) -> None:
    assert isinstance(doc, Document)
    assert doc.text == text
    assert doc.engine == "rules"
    for span in all_spans(doc):
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start:span.end] == span.text
    for quote in doc.quotes:
        assert quote.content
        assert 0.0 <= quote.confidence <= 1.0
        for who in (quote.speaker, quote.addressee):
            assert who is None or who in doc.speakers
    starts = [s.span.start for s in doc.sentences]
    assert starts == sorted(starts)
    ids = [speaker.id for speaker in doc.speakers]
    assert len(ids) == len(set(ids))


@SETTINGS
@given(ANY_TEXT)
@example('"According to ",')  # a cue whose clause would start past the sentence's end
def test_extract_never_raises_and_spans_are_slices_for_any_text(text: str) -> None:
    check_document(text, quotes.extract(text, engine="rules"))


@SETTINGS
@given(NEWS_TEXT)
@example(" said He and ")  # "and" closing a clause whose subject it might join
def test_extract_never_raises_and_spans_are_slices_for_news_like_text(text: str) -> None:
    check_document(text, quotes.extract(text, engine="rules"))


@SETTINGS
@given(st.one_of(NEWS_TEXT, ANY_TEXT))
def test_to_dict_from_dict_round_trip_is_equal(text: str) -> None:
    doc = quotes.extract(text, engine="rules")
    assert Document.from_dict(doc.to_dict()) == doc
    assert Document.from_json(doc.to_json()) == doc
