"""Engines: what turns text into an ``Analysis``.

An engine has a ``name`` and ``analyse(text) -> Analysis`` (and may batch with
``analyse_many``). ``rules`` is built in and needs no model; ``stanza`` parses
with stanza models. Nothing else in the library knows which engine ran.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol

from ..analysis import Analysis


class Engine(Protocol):
    name: str

    def analyse(self, text: str) -> Analysis: ...

    def analyse_many(self, texts: Iterable[str]) -> Iterator[Analysis]: ...
