"""US states as descriptions and party tags write them."""

import pytest

from quotes.states import (
    is_party_tag,
    is_state_party_description,
    state_after_name,
    state_named,
    states_in,
)


@pytest.mark.parametrize("form, state", [
    ("Fla.", "florida"), ("FL", "florida"), ("Florida", "florida"), ("N.Y.", "new york"),
    ("W.Va.", "west virginia"), ("Vt", "vermont"), ("Springfield", None),
])
def test_state_named(form: str, state: str | None) -> None:
    assert state_named(form) == state


@pytest.mark.parametrize("word, tag", [
    ("R-Iowa", True), ("D-N.Y.", True), ("I-Vt.", True), ("R-SC", True),
    ("R-Springfield", False), ("Coca-Cola", False), ("X-Men", False),
])
def test_party_tag(word: str, tag: bool) -> None:
    assert is_party_tag(word) is tag


@pytest.mark.parametrize("name, rest, state", [
    ("Sen. Joni Ernst", ", R-Iowa, said", "iowa"),
    ("Gov. John Kasich", " (R-Ohio) said", "ohio"),
    ("Sen. Bernie Sanders", " of Vermont said", "vermont"),
    ("Sen. Bernie Sanders", " of the party said", None),
    ("Sen. Joni Ernst", " said", None),
])
def test_state_after_name(name: str, rest: str, state: str | None) -> None:
    assert state_after_name(name + rest, len(name)) == state


def test_states_in_description() -> None:
    assert states_in("the new york senator".split()) == {"new york"}
    assert states_in("the florida senator".split()) == {"florida"}
    assert states_in("the senator".split()) == set()


@pytest.mark.parametrize("words, described", [
    ("the Wisconsin Republican", True), ("an Iowa Democrat", True),
    ("another New Hampshire Republican", True), ("the Republican", False),
    ("Springfield Republican", False), ("the Wisconsin senator", False),
])
def test_state_party_description(words: str, described: bool) -> None:
    assert is_state_party_description(words.split()) is described
