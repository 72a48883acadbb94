"""The built-in engine: segmentation and tokens, no model, no download."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..analysis import Analysis
from ..segment import analyse


class RulesEngine:
    """Sentences and tokens from ``quotes.segment``; no parse, no entities."""

    name = "rules"

    def analyse(self, text: str) -> Analysis:
        return analyse(text)

    def analyse_many(self, texts: Iterable[str]) -> Iterator[Analysis]:
        for text in texts:
            yield analyse(text)
