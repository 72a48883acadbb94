"""The compact form workers send documents in: lossless, and complete."""

from __future__ import annotations

import pickle

import attrs
import pytest

import quotes
from quotes.model import Document, Quote, Span, Speaker
from quotes.transport import FIELDS, pack, unpack

TEXTS = [
    '"We will win," the mayor said on Monday. "It is done," she added.',
    'Prime Minister Jane Doe told President Tom Baker that the deal was off. '
    'He said he would "think about it".',
    "No quotes here at all.",
    "",
    "According to the Kremlin, the talks went well. It said more talks would follow.",
]


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    extractor = quotes.Extractor("rules")
    return [extractor.extract(text) for text in TEXTS]


def test_the_codec_knows_every_field_of_the_model() -> None:
    for cls, names in FIELDS.items():
        assert tuple(field.name for field in attrs.fields(cls)) == names, cls.__name__


def test_round_trip_is_equal_and_keeps_shared_speakers(docs: list[Document]) -> None:
    for text, doc in zip(TEXTS, docs, strict=True):
        packed = pickle.loads(pickle.dumps(pack(doc, text)))
        back = unpack(packed, text)
        assert back == doc
        assert back.to_json() == doc.to_json()
        for quote in back.quotes:
            if quote.speaker is not None:
                assert any(quote.speaker is speaker for speaker in back.speakers)


def test_the_text_is_left_out_when_the_caller_has_it(docs: list[Document]) -> None:
    doc = docs[1]
    assert pack(doc, TEXTS[1])[0] is None
    assert pack(doc)[0] == doc.text  # no text on the caller's side: it travels
    assert unpack(pack(doc)) == doc
    with pytest.raises(ValueError):
        unpack(pack(doc, TEXTS[1]))


def test_a_speaker_outside_the_speaker_list_travels_as_it_is() -> None:
    text = "Ann said it rained."
    outsider = Speaker(id="X", name="Ann", kind="person")
    quote = Quote(kind="indirect", content=[Span.of(text, 9, 18)], speaker=outsider)
    doc = Document(text=text, quotes=[quote])
    back = unpack(pickle.loads(pickle.dumps(pack(doc, text))), text)
    assert back == doc and back.quotes[0].speaker == outsider
