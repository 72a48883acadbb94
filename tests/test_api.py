"""The public entry points: ``quotes.extract`` and ``quotes.Extractor``."""

from __future__ import annotations

import pytest

import quotes
from quotes import api

NOT_TEXT = [
    ("none", None),
    ("bytes", b'"Yes," he said.'),
    ("bytearray", bytearray(b"text")),
    ("int", 42),
    ("list_of_str", ["a", "b"]),
]


@pytest.mark.parametrize("value", [pytest.param(r[1], id=r[0]) for r in NOT_TEXT])
@pytest.mark.parametrize("engine", ["rules", "auto"])
def test_extract_rejects_what_is_not_text(value, engine: str) -> None:
    with pytest.raises(quotes.InputTypeError) as caught:
        quotes.extract(value, engine=engine)
    assert isinstance(caught.value, TypeError)
    assert isinstance(caught.value, quotes.QuotesError)
    assert caught.value.code == "Q001"


def test_bytes_error_says_to_decode() -> None:
    with pytest.raises(quotes.InputTypeError, match="decode"):
        quotes.extract(b"text", engine="rules")


@pytest.mark.parametrize("value", [pytest.param(r[1], id=r[0]) for r in NOT_TEXT])
def test_extractor_rejects_what_is_not_text(value) -> None:
    with pytest.raises(quotes.InputTypeError):
        quotes.Extractor("rules").extract(value)


UNKNOWN_ENGINES = [("misspelt", "rule"), ("other_library", "spacy"), ("empty", ""),
                   ("upper_case", "RULES"), ("not_a_string", 3), ("none", None)]


@pytest.mark.parametrize("engine", [pytest.param(r[1], id=r[0]) for r in UNKNOWN_ENGINES])
def test_unknown_engine_raises_engine_error(engine) -> None:
    with pytest.raises(quotes.EngineError) as caught:
        quotes.extract("He said so.", engine=engine)
    assert isinstance(caught.value, ValueError)
    assert caught.value.code == "Q002"
    with pytest.raises(quotes.EngineError):
        quotes.Extractor(engine)


def test_unknown_engine_message_lists_the_engines() -> None:
    with pytest.raises(quotes.EngineError, match="auto.*rules.*stanza"):
        quotes.extract("He said so.", engine="spacy")


BLANK = [("empty", ""), ("spaces", "   "), ("newlines_and_tabs", "\n\n\t \r\n"),
         ("no_break_space", "\u00a0\u2003")]


@pytest.mark.parametrize("text", [pytest.param(r[1], id=r[0]) for r in BLANK])
def test_blank_text_gives_an_empty_document_with_engine_set(text: str) -> None:
    doc = quotes.extract(text, engine="rules")
    assert isinstance(doc, quotes.Document)
    assert doc.text == text
    assert (doc.quotes, doc.speakers, doc.sentences) == ((), (), ())
    assert doc.engine == "rules"


def test_rules_extractor_names_its_engine() -> None:
    extractor = quotes.Extractor("rules")
    assert extractor.engine == "rules"
    assert extractor.requested_engine == "rules"
    assert "rules" in repr(extractor)
    assert extractor.extract("No quotes here.").engine == "rules"


def test_extract_returns_a_document_of_the_same_text() -> None:
    text = 'The mayor said: "We will rebuild the bridge."\n\nShe left.'
    doc = quotes.extract(text, engine="rules")
    assert isinstance(doc, quotes.Document)
    assert doc.text == text and doc.engine == "rules"
    assert [s.paragraph for s in doc.sentences] == [0, 1]


def test_extractor_is_reused_for_the_same_engine_and_options() -> None:
    quotes.extract("x", engine="rules")
    cached = [e for key, e in api._extractors.items() if key[0] == "rules"]
    quotes.extract("y", engine="rules")
    assert [e for key, e in api._extractors.items() if key[0] == "rules"] == cached


@pytest.fixture
def no_stanza_models(tmp_path, monkeypatch):
    """Point stanza at an empty resources folder and forget cached extractors."""
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path))
    monkeypatch.setattr(api, "_extractors", {})
    return tmp_path


def test_auto_engine_falls_back_to_rules_without_stanza_models(no_stanza_models) -> None:
    doc = quotes.extract('"We will win," the mayor said.', engine="auto")
    assert isinstance(doc, quotes.Document)
    assert doc.engine == "rules"
    assert quotes.Extractor("auto").engine == "rules"
    assert quotes.Extractor().engine == "rules"  # auto is the default


def test_auto_engine_without_models_gives_empty_document_for_blank_text(no_stanza_models) -> None:
    assert quotes.extract("  ", engine="auto").engine == "rules"
