"""The public data model: validation, immutability, lookups and the JSON contract."""

from __future__ import annotations

import json

import attrs
import pytest

from quotes import (
    CueType,
    Document,
    DocumentFormatError,
    Mention,
    MentionKind,
    Quote,
    QuoteKind,
    QuotesError,
    Sentence,
    Span,
    SpanError,
    Speaker,
    SpeakerKind,
)
from quotes.model import SCHEMA_VERSION

TEXT = (
    'Prime Minister Ana Ruiz met Tom Baker on Monday. '
    '"We agreed," Ruiz told Baker, "on almost everything." '
    "Baker said the talks went well."
)


def span(substring: str, start_at: int = 0, text: str = TEXT) -> Span:
    start = text.index(substring, start_at)
    return Span.of(text, start, start + len(substring))


def build_document() -> Document:
    """A hand-built document: two speakers, a direct quote with two content
    spans and an addressee, and an indirect quote."""
    ruiz = Speaker(
        id="S1", name="Ana Ruiz", kind=SpeakerKind.PERSON, roles=["prime minister"],
        mentions=[Mention(span=span("Ana Ruiz"), kind=MentionKind.NAME),
                  Mention(span=span("Ruiz", TEXT.index("Ruiz told")), kind="name")],
        gender="female",
    )
    baker = Speaker(
        id="S2", name="Tom Baker", kind="person",
        mentions=[Mention(span=span("Tom Baker"), kind=MentionKind.NAME),
                  Mention(span=span("Baker", TEXT.index("told Baker")), kind=MentionKind.NAME),
                  Mention(span=span("Baker", TEXT.index("Baker said")), kind="name")],
    )
    sentence_bounds = [(0, TEXT.index('"We')), (TEXT.index('"We'), TEXT.index("Baker said")),
                       (TEXT.index("Baker said"), len(TEXT))]
    sentences = [
        Sentence(index=i, span=Span.of(TEXT, a, len(TEXT[a:b].rstrip()) + a), paragraph=0)
        for i, (a, b) in enumerate(sentence_bounds)
    ]
    direct = Quote(
        kind=QuoteKind.DIRECT,
        content=[span("We agreed,"), span("on almost everything.")],
        cue=span("told"),
        cue_type=CueType.SPEECH,
        source=Mention(span=span("Ruiz", TEXT.index("Ruiz told")), kind=MentionKind.NAME),
        speaker=ruiz,
        addressee=baker,
        sentences=[1],
        confidence=0.9,
    )
    indirect = Quote(
        kind="indirect",
        content=[span("the talks went well")],
        cue=span("said"),
        cue_type="speech",
        source=Mention(span=span("Baker", TEXT.index("Baker said")), kind="name"),
        speaker=baker,
        sentences=(2,),
        confidence=0.7,
    )
    return Document(text=TEXT, sentences=sentences, quotes=[direct, indirect],
                    speakers=[ruiz, baker], engine="rules")


# -- Span ------------------------------------------------------------------------------
BAD_SPANS = [
    ("negative_start", dict(start=-1, end=2, text="abc")),
    ("end_before_start", dict(start=5, end=3, text="")),
    ("text_too_short", dict(start=0, end=5, text="abc")),
    ("text_too_long", dict(start=0, end=2, text="abc")),
    ("empty_span_with_text", dict(start=4, end=4, text="x")),
]


@pytest.mark.parametrize("fields", [pytest.param(row[1], id=row[0]) for row in BAD_SPANS])
def test_span_rejects_bad_offsets_and_wrong_text_length(fields: dict) -> None:
    with pytest.raises(SpanError) as caught:
        Span(**fields)
    assert isinstance(caught.value, QuotesError) and isinstance(caught.value, ValueError)
    assert caught.value.code == "Q005"


def test_span_of_slices_the_text_and_empty_span_is_allowed() -> None:
    assert Span.of("hello world", 6, 11) == Span(start=6, end=11, text="world")
    assert Span.of("hello", 2, 2) == Span(start=2, end=2, text="")
    assert len(Span.of("hello world", 6, 11)) == 5


OVERLAPS = [
    ("shared_character", (0, 3), (2, 5), True),
    ("touching_is_not_overlap", (0, 3), (3, 5), False),
    ("contained", (0, 10), (2, 5), True),
    ("disjoint", (0, 2), (5, 7), False),
]


@pytest.mark.parametrize("a, b, expected", [pytest.param(*r[1:], id=r[0]) for r in OVERLAPS])
def test_span_overlaps(a: tuple[int, int], b: tuple[int, int], expected: bool) -> None:
    text = "0123456789"
    assert Span.of(text, *a).overlaps(Span.of(text, *b)) is expected
    assert Span.of(text, *b).overlaps(Span.of(text, *a)) is expected


def test_span_classes_are_keyword_only() -> None:
    with pytest.raises(TypeError):
        Span(0, 1, "a")  # type: ignore[misc]


# -- Document validation -----------------------------------------------------------------
NOT_SLICES = [
    ("sentence_text_differs", lambda: Document(
        text="Hello there.",
        sentences=[Sentence(index=0, span=Span(start=0, end=5, text="Jello"), paragraph=0)])),
    ("sentence_past_the_end", lambda: Document(
        text="Hi.",
        sentences=[Sentence(index=0, span=Span(start=0, end=5, text="Hi. x"), paragraph=0)])),
    ("quote_content_differs", lambda: Document(
        text='"Yes," he said.',
        quotes=[Quote(kind="direct", content=[Span(start=1, end=5, text="No, ")])])),
    ("quote_cue_differs", lambda: Document(
        text='"Yes," he said.',
        quotes=[Quote(kind="direct", content=[Span(start=1, end=5, text="Yes,")],
                      cue=Span(start=10, end=14, text="told"))])),
    ("mention_differs", lambda: Document(
        text='"Yes," he said.',
        speakers=[Speaker(id="S1", name="He", kind="person",
                          mentions=[Mention(span=Span(start=7, end=9, text="me"),
                                            kind="pronoun")])])),
]


@pytest.mark.parametrize("make", [pytest.param(r[1], id=r[0]) for r in NOT_SLICES])
def test_document_rejects_a_span_that_is_not_a_slice_of_the_text(make) -> None:
    with pytest.raises(SpanError):
        make()


def test_quote_needs_content_and_confidence_in_unit_interval() -> None:
    with pytest.raises(ValueError):
        Quote(kind="direct", content=[])
    with pytest.raises(ValueError):
        Quote(kind="direct", content=[Span.of("ab", 0, 1)], confidence=1.5)


# -- immutability, tuples, enums -------------------------------------------------------------
def test_every_class_is_frozen() -> None:
    doc = build_document()
    quote, speaker, sentence = doc.quotes[0], doc.speakers[0], doc.sentences[0]
    mention = speaker.mentions[0]
    for obj, field, value in [
        (doc, "text", "other"), (doc, "engine", "stanza"), (quote, "confidence", 0.1),
        (quote, "speaker", None), (speaker, "name", "X"), (sentence, "paragraph", 3),
        (mention, "kind", MentionKind.PRONOUN), (quote.content[0], "start", 0),
    ]:
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            setattr(obj, field, value)


def test_collections_are_tuples() -> None:
    doc = build_document()
    assert isinstance(doc.sentences, tuple) and isinstance(doc.quotes, tuple)
    assert isinstance(doc.speakers, tuple)
    speaker, quote = doc.speakers[0], doc.quotes[0]
    assert isinstance(speaker.roles, tuple) and isinstance(speaker.mentions, tuple)
    assert isinstance(quote.content, tuple) and isinstance(quote.sentences, tuple)


def test_strings_are_converted_to_enums() -> None:
    doc = build_document()
    direct, indirect = doc.quotes
    assert indirect.kind is QuoteKind.INDIRECT and indirect.cue_type is CueType.SPEECH
    assert doc.speakers[1].kind is SpeakerKind.PERSON
    assert doc.speakers[0].mentions[1].kind is MentionKind.NAME
    with pytest.raises(ValueError):
        Quote(kind="paraphrase", content=[Span.of("ab", 0, 1)])


ENUMS = [
    (QuoteKind, {"direct", "indirect", "mixed"}),
    (CueType, {"speech", "thought", "source"}),
    (MentionKind, {"name", "pronoun", "description", "organisation", "group", "anonymous"}),
    (SpeakerKind, {"person", "organisation", "group"}),
]


@pytest.mark.parametrize("enum, values", ENUMS, ids=[e[0].__name__ for e in ENUMS])
def test_enum_values_are_the_public_json_strings(enum, values: set[str]) -> None:
    assert {member.value for member in enum} == values
    assert all(isinstance(member, str) for member in enum)


# -- Quote properties -----------------------------------------------------------------------
def test_quote_text_joins_content_spans_and_bounds_cover_them() -> None:
    direct = build_document().quotes[0]
    assert direct.text == "We agreed, on almost everything."
    assert direct.start == direct.content[0].start and direct.end == direct.content[1].end
    assert TEXT[direct.start:direct.end].startswith("We agreed,")


# -- serialisation ----------------------------------------------------------------------------
def test_to_dict_follows_the_documented_schema() -> None:
    data = build_document().to_dict()
    assert data["schema"] == SCHEMA_VERSION == 1
    assert set(data) == {"schema", "text", "engine", "sentences", "speakers", "quotes"}
    assert data["sentences"][0] == {"start": 0, "end": TEXT.index(" \"We"), "paragraph": 0}
    speaker = data["speakers"][0]
    assert set(speaker) == {"id", "name", "kind", "roles", "gender", "mentions"}
    assert speaker["mentions"][0] == {"start": 15, "end": 23, "text": "Ana Ruiz", "kind": "name"}
    quote = data["quotes"][0]
    assert set(quote) == {"kind", "text", "content", "cue", "cue_type", "source", "speaker",
                          "addressee", "sentences", "confidence"}
    assert (quote["kind"], quote["speaker"], quote["addressee"]) == ("direct", "S1", "S2")
    assert [c["text"] for c in quote["content"]] == ["We agreed,", "on almost everything."]
    assert quote["cue"]["text"] == "told" and quote["cue_type"] == "speech"
    assert quote["source"] == {**quote["source"], "text": "Ruiz", "kind": "name"}
    assert data["quotes"][1]["addressee"] is None


def test_dict_and_json_round_trip_is_lossless() -> None:
    doc = build_document()
    assert Document.from_dict(doc.to_dict()) == doc
    assert Document.from_json(doc.to_json()) == doc
    assert Document.from_json(doc.to_json(indent=2)) == doc
    again = Document.from_dict(json.loads(doc.to_json()))
    assert again.quotes[0].speaker is again.speakers[0]
    assert again.quotes[0].addressee is again.speakers[1]


def test_to_json_keeps_non_ascii_text_readable() -> None:
    text = "\u201cOui,\u201d dit Zo\u00e9."
    doc = Document(text=text, quotes=[Quote(kind="direct", content=[Span.of(text, 1, 5)])])
    assert "\u201cOui" in doc.to_json()
    assert Document.from_json(doc.to_json()) == doc


def test_empty_document_round_trips() -> None:
    doc = Document(text="", engine="stanza")
    assert Document.from_dict(doc.to_dict()) == doc
    assert len(doc) == 0 and list(doc) == []


def _broken(edit):
    data = build_document().to_dict()
    edit(data)
    return data


FROM_DICT_ERRORS = [
    ("missing_text", lambda d: d.pop("text")),
    ("text_not_a_string", lambda d: d.update(text=42)),
    ("unknown_speaker_id", lambda d: d["quotes"][0].update(speaker="S9")),
    ("unknown_addressee_id", lambda d: d["quotes"][0].update(addressee="S9")),
    ("mismatched_content_text", lambda d: d["quotes"][0]["content"][0].update(text="We disagreed")),
    ("mismatched_mention_text", lambda d: d["speakers"][0]["mentions"][0].update(text="Ana Ruis")),
    ("mismatched_cue_text", lambda d: d["quotes"][1]["cue"].update(text="told")),
    ("span_past_the_end", lambda d: d["quotes"][1]["content"][0].update(end=10_000)),
    ("negative_offset", lambda d: d["sentences"][0].update(start=-3)),
    ("missing_content", lambda d: d["quotes"][0].pop("content")),
    ("empty_content", lambda d: d["quotes"][0].update(content=[])),
    ("unknown_quote_kind", lambda d: d["quotes"][0].update(kind="rumour")),
    ("unknown_speaker_kind", lambda d: d["speakers"][0].update(kind="robot")),
    ("confidence_out_of_range", lambda d: d["quotes"][0].update(confidence=2)),
    ("offset_not_a_number", lambda d: d["quotes"][0]["cue"].update(start="x")),
]


@pytest.mark.parametrize("edit", [pytest.param(r[1], id=r[0]) for r in FROM_DICT_ERRORS])
def test_from_dict_raises_document_format_error(edit) -> None:
    with pytest.raises(DocumentFormatError) as caught:
        Document.from_dict(_broken(edit))
    assert caught.value.code == "Q004"


@pytest.mark.parametrize("data", ["not json", "[1, 2]", '"text"', "null"])
def test_from_json_rejects_what_is_not_a_document(data: str) -> None:
    with pytest.raises(DocumentFormatError):
        Document.from_json(data)


def test_from_dict_accepts_spans_without_text_and_missing_optional_fields() -> None:
    doc = Document.from_dict({
        "text": '"Yes," he said.',
        "quotes": [{"kind": "direct", "content": [{"start": 1, "end": 5}]}],
    })
    (quote,) = doc.quotes
    assert quote.text == "Yes," and quote.speaker is None and quote.cue is None
    assert doc.engine == "rules" and doc.sentences == () and doc.speakers == ()


# -- lookups ----------------------------------------------------------------------------------
QUOTES_BY = [
    ("by_id", "S1", 1),
    ("by_full_name", "Ana Ruiz", 1),
    ("by_last_name", "Ruiz", 1),
    ("by_first_name", "Ana", 1),
    ("case_and_spacing_ignored", "  ana   RUIZ ", 1),
    ("other_speaker_by_last_name", "Baker", 1),
    ("other_speaker_by_id", "S2", 1),
    ("unknown_name", "Smith", 0),
    ("part_not_in_name", "Ana Baker", 0),
    ("empty_string", "", 0),
]


@pytest.mark.parametrize("who, count", [pytest.param(*r[1:], id=r[0]) for r in QUOTES_BY])
def test_quotes_by_name_or_id(who: str, count: int) -> None:
    assert len(build_document().quotes_by(who)) == count


def test_quotes_by_speaker_object_and_names_agree() -> None:
    doc = build_document()
    ruiz, baker = doc.speakers
    assert doc.quotes_by(ruiz) == doc.quotes_by("Ruiz") == (doc.quotes[0],)
    assert doc.quotes_by(baker) == doc.quotes_by("Tom Baker") == (doc.quotes[1],)
    assert doc.speaker("Ruiz") is ruiz and doc.speaker("nobody") is None


def test_speaker_counts_most_quoted_first_and_skips_unresolved() -> None:
    doc = build_document()
    extra = Quote(kind="direct", content=[Span.of(TEXT, 0, 5)], speaker=doc.speakers[1])
    unresolved = Quote(kind="direct", content=[Span.of(TEXT, 6, 10)])
    doc = attrs.evolve(doc, quotes=doc.quotes + (extra, unresolved))
    assert doc.speaker_counts() == {"Tom Baker": 2, "Ana Ruiz": 1}
    assert list(doc.speaker_counts()) == ["Tom Baker", "Ana Ruiz"]


def test_document_iterates_over_its_quotes() -> None:
    doc = build_document()
    assert list(doc) == list(doc.quotes) and len(doc) == 2


def test_json_example_in_the_data_model_docs_is_a_valid_document() -> None:
    from pathlib import Path

    doc_md = Path(__file__).resolve().parent.parent / "docs" / "data-model.md"
    example = doc_md.read_text(encoding="utf-8").split("```json\n", 1)[1].split("```", 1)[0]
    doc = Document.from_json(example)
    assert json.loads(doc.to_json()) == json.loads(example)
    assert doc.quotes[0].addressee is doc.speakers[1]
