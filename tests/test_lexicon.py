"""The cue lexicon: forms, phrases and the quotation-only frame."""

from __future__ import annotations

from importlib import resources

import pytest

from quotes.lexicon import inflect, load


@pytest.mark.parametrize("verb, past", [
    ("slam", "slammed"), ("dub", "dubbed"), ("admit", "admitted"), ("shrug", "shrugged"),
    ("offer", "offered"), ("consider", "considered"), ("deny", "denied"), ("note", "noted"),
])
def test_regular_past_tense_forms(verb: str, past: str) -> None:
    assert inflect(verb)[past] == "ed"


@pytest.mark.parametrize("words, cue", [
    (["slammed"], "slam"), (["has", "said"], None), (["according", "to"], "according to"),
    (["told"], "tell"), (["went", "on"], None),
])
def test_match_finds_the_entry_of_a_surface_form(words: list[str], cue: str | None) -> None:
    found = load("en").match(words, 0)
    assert (found.entry.cue if found else None) == cue


def test_quotation_only_cues_match_only_after_a_quotation() -> None:
    lexicon = load("en")
    assert lexicon.match(["read"], 0) is None
    after = lexicon.match_after_quote(["read"], 0)
    assert after is not None and after.entry.frame == "quote"
    assert "read" not in lexicon  # no other pattern sees it
    went_on = lexicon.match_after_quote(["went", "on"], 0)
    assert went_on is not None and went_on.length == 2


def test_every_entry_is_unique() -> None:
    text = (resources.files("quotes") / "lexicons" / "en.tsv").read_text("utf-8")
    cues = [line.split("\t")[0] for line in text.splitlines()
            if line.strip() and not line.startswith("#")]
    assert len(cues) == len(set(cues))
