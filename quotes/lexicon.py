"""The cue lexicon: speech, thought and source predicates, as data.

Cues live in ``lexicons/<lang>.tsv`` (one file per language) so that adding a
verb needs no code. This module expands each entry into its inflected forms
(say → says, said, saying) for the ``rules`` engine, which has no lemmatiser,
and indexes lemmas for engines that do.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from importlib import resources
from typing import NamedTuple

from .errors import EngineError
from .model import CueType

FRAMES = frozenset({"clause", "addressee", "object", "prep", "noun", "raising", "quote"})


class CueEntry(NamedTuple):
    """One lexicon entry: ``cue`` is the lemma or phrase as listed."""

    cue: str
    category: CueType
    frame: str


class CueMatch(NamedTuple):
    """A cue found at a token position: how many tokens it covers and which
    form it has (``base``, ``s``, ``ed``, ``ing``)."""

    length: int
    entry: CueEntry
    form: str


# verbs that double their last consonant ("slammed", "dubbed", "shrugged")
_DOUBLING = frozenset(
    """admit quip regret submit commit refer prefer occur plan stop bet chat brag concur dub
    snap beg rebut slam shrug grin jab rip nod plot""".split()
)


def inflect(verb: str) -> dict[str, str]:
    """Regular English inflections of ``verb``: {form: "s"|"ed"|"ing"}."""
    if verb in _DOUBLING:
        stem = verb + verb[-1]
    else:
        stem = verb
    if verb.endswith(("s", "x", "z", "ch", "sh")):
        third = verb + "es"
    elif verb.endswith("y") and verb[-2:-1] not in "aeiou":
        third = verb[:-1] + "ies"
    else:
        third = verb + "s"
    if verb.endswith("e"):
        past = verb + "d"
        gerund = (verb[:-1] if not verb.endswith("ee") else verb) + "ing"
    elif verb.endswith("y") and verb[-2:-1] not in "aeiou":
        past = verb[:-1] + "ied"
        gerund = verb + "ing"
    else:
        past = stem + "ed"
        gerund = stem + "ing"
    return {third: "s", past: "ed", gerund: "ing"}


def _form_of(word: str) -> str:
    if word.endswith("ing"):
        return "ing"
    if word.endswith(("ed", "d", "t", "n")) and not word.endswith("s"):
        return "ed"
    if word.endswith("s"):
        return "s"
    return "ed"


class Lexicon:
    """Cue entries of one language, indexed by surface form and by lemma."""

    def __init__(self, entries: Sequence[tuple[CueEntry, Sequence[str]]], lang: str = "en"):
        self.lang = lang
        self.entries: dict[str, CueEntry] = {}
        # first word of a form -> [(rest of the words, entry, form kind)]
        self._forms: dict[str, list[tuple[tuple[str, ...], CueEntry, str]]] = {}
        self._lemmas: dict[str, list[tuple[tuple[str, ...], CueEntry]]] = {}
        # cues that attribute nothing but a quotation right before them
        # ('"…," the statement read'): kept apart, so that no other pattern
        # takes "read" or "went on" for a statement of its own
        self._quote_forms: dict[str, list[tuple[tuple[str, ...], CueEntry, str]]] = {}
        for entry, irregular in entries:
            if entry.cue in self.entries:
                continue
            words = tuple(entry.cue.split())
            target = self._quote_forms if entry.frame == "quote" else self._forms
            if entry.frame != "quote":
                self.entries[entry.cue] = entry
                self._lemmas.setdefault(words[0], []).append((words[1:], entry))
            forms: dict[tuple[str, ...], str] = {words: "base"}
            if entry.frame not in ("prep", "noun"):
                if not irregular:
                    for form, kind in inflect(words[0]).items():
                        forms[(form,) + words[1:]] = kind
                if words[0] == "be":
                    forms.pop(words, None)
            for form in irregular:
                forms[tuple(form.split())] = _form_of(form.split()[0])
            for form_words, kind in forms.items():
                target.setdefault(form_words[0], []).append((form_words[1:], entry, kind))
        for options in (*self._forms.values(), *self._quote_forms.values()):
            options.sort(key=lambda item: -len(item[0]))  # longest phrase first
        for lemma_options in self._lemmas.values():
            lemma_options.sort(key=lambda item: -len(item[0]))

    def __contains__(self, cue: str) -> bool:
        return cue in self.entries

    def __len__(self) -> int:
        return len(self.entries)

    def match(self, words: Sequence[str], i: int) -> CueMatch | None:
        """The longest cue whose surface form starts at ``words[i]``
        (lower-cased words expected)."""
        return _longest(self._forms.get(words[i]), words, i)

    def match_after_quote(self, words: Sequence[str], i: int) -> CueMatch | None:
        """Like ``match``, for the attribution right after a quotation, where
        the quotation-only cues ("read", "went on") count too."""
        return self.match(words, i) or _longest(self._quote_forms.get(words[i]), words, i)

    def match_lemmas(self, lemmas: Sequence[str], i: int) -> CueMatch | None:
        """Like ``match`` but on lemmas (for engines with a lemmatiser)."""
        options = self._lemmas.get(lemmas[i])
        if not options:
            return None
        for rest, entry in options:
            n = len(rest)
            if tuple(lemmas[i + 1:i + 1 + n]) == rest:
                return CueMatch(n + 1, entry, "lemma")
        return None

    def lemma(self, lemma: str) -> CueEntry | None:
        """The single-word entry for ``lemma``, if any."""
        return self.entries.get(lemma)


def _longest(options: list[tuple[tuple[str, ...], CueEntry, str]] | None,
             words: Sequence[str], i: int) -> CueMatch | None:
    for rest, entry, kind in options or ():
        n = len(rest)
        if tuple(words[i + 1:i + 1 + n]) == rest:
            return CueMatch(n + 1, entry, kind)
    return None


def _parse(text: str) -> list[tuple[CueEntry, tuple[str, ...]]]:
    rows = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 3:
            raise EngineError(f"lexicon line {number}: want cue, category, frame")
        cue, category, frame = cols[0].strip(), cols[1].strip(), cols[2].strip()
        if frame not in FRAMES:
            raise EngineError(f"lexicon line {number}: unknown frame {frame!r}")
        forms = cols[3].split(",") if len(cols) > 3 else []
        irregular = tuple(f.strip() for f in forms if f.strip())
        rows.append((CueEntry(cue, CueType(category), frame), irregular))
    return rows


@cache
def load(lang: str = "en") -> Lexicon:
    """The shipped lexicon for ``lang`` (cached: loaded once per process)."""
    try:
        text = (resources.files("quotes") / "lexicons" / f"{lang}.tsv").read_text("utf-8")
    except FileNotFoundError as exc:
        raise EngineError(f"no cue lexicon for language {lang!r}") from exc
    return Lexicon(_parse(text), lang)
