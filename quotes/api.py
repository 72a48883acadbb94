"""The public entry points: ``extract`` and the reusable ``Extractor``."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from .analysis import Analysis
from .engines import Engine
from .engines.rules import RulesEngine
from .errors import EngineError, InputTypeError
from .lexicon import load as load_lexicon
from .model import Document
from .pipeline import build_document

log = logging.getLogger("quotes")

ENGINES = ("auto", "rules", "stanza")
_said_auto_fallback = False


def _is_stanza_document(obj: Any) -> bool:
    cls = type(obj)
    return cls.__name__ == "Document" and cls.__module__.startswith("stanza")


def _check_text(text: Any) -> None:
    if isinstance(text, str):
        return
    if isinstance(text, (bytes, bytearray)):
        raise InputTypeError(
            "extract() takes text as str, got bytes: decode it first, e.g. data.decode('utf-8')"
        )
    raise InputTypeError(
        f"extract() takes a str (or a stanza.Document), got {type(text).__name__}"
    )


class Extractor:
    """Extracts quotes with one engine, built once and reused.

    ``engine``: ``"rules"`` (built in, no model), ``"stanza"`` (parses with
    stanza models; never downloads them, see ``quotes.download``) or
    ``"auto"`` (stanza when its models for ``lang`` are installed, else rules).
    The stanza options (``model_dir``, ``package``, ``use_gpu``,
    ``processors`` and any other keyword for ``stanza.Pipeline``) are used only
    by the stanza engine, which builds its pipeline on first use.
    """

    def __init__(
        self,
        engine: str = "auto",
        *,
        lang: str = "en",
        model_dir: str | None = None,
        package: str | None = None,
        use_gpu: bool | None = None,
        processors: str | None = None,
        **stanza_options: Any,
    ) -> None:
        if not isinstance(engine, str):
            raise EngineError(f"engine must be a str, one of {ENGINES}, got {engine!r}")
        if engine not in ENGINES:
            raise EngineError(f"unknown engine {engine!r}: choose one of {', '.join(ENGINES)}")
        if not isinstance(lang, str) or not lang:
            raise EngineError(f"lang must be a language code such as 'en', got {lang!r}")
        self.lang = lang
        self.lexicon = load_lexicon(lang)
        self._stanza_options = dict(
            lang=lang, model_dir=model_dir, package=package, use_gpu=use_gpu,
            processors=processors, **stanza_options,
        )
        self.requested_engine = engine
        self._engine: Engine = self._make_engine(engine)

    @property
    def engine(self) -> str:
        """The name of the engine that runs: ``rules`` or ``stanza``."""
        return self._engine.name

    def _make_engine(self, engine: str) -> Engine:
        if engine == "rules":
            return RulesEngine()
        from .engines import stanza_engine

        if engine == "auto":
            if stanza_engine.models_installed(self.lang, self._stanza_options["model_dir"]):
                return stanza_engine.StanzaEngine(**self._stanza_options)
            global _said_auto_fallback
            if not _said_auto_fallback:
                log.info(
                    "quotes: no stanza models for %r installed; engine='auto' uses the rules "
                    "engine (run `quotes download --lang %s` for the stanza engine)",
                    self.lang, self.lang,
                )
                _said_auto_fallback = True
            return RulesEngine()
        return stanza_engine.StanzaEngine(**self._stanza_options)

    def settings(self) -> dict[str, Any]:
        """What another process needs to build the same extractor: the engine
        that actually runs (so ``auto`` is not decided again elsewhere) and
        the options. ``Extractor(**settings)`` rebuilds it."""
        return {"engine": self.engine, **self._stanza_options}

    def analyse(self, text: Any) -> Analysis:
        """The engine's analysis of ``text`` (or of a parsed stanza Document)."""
        if _is_stanza_document(text):
            from .engines.stanza_engine import analysis_from_stanza

            return analysis_from_stanza(text)
        _check_text(text)
        return self._engine.analyse(text)

    def extract(self, text: Any) -> Document:
        """Quotes, sources and speakers of one text (or stanza Document)."""
        if _is_stanza_document(text):
            return build_document(self.analyse(text), self.lexicon)
        _check_text(text)
        if not text.strip():
            return Document(text=text, engine=self.engine)
        return build_document(self._engine.analyse(text), self.lexicon)

    def extract_batch(self, texts: Sequence[str]) -> list[Document]:
        """Documents for a list of texts, analysed together: the stanza engine
        hands them to stanza in one bulk call, which is much faster than one
        at a time. Every item must be a ``str``."""
        for text in texts:
            _check_text(text)
        todo = [text for text in texts if text.strip()]
        analyses = iter(self._engine.analyse_many(todo))
        return [build_document(next(analyses), self.lexicon) if text.strip()
                else Document(text=text, engine=self.engine) for text in texts]

    def extract_many(self, texts: Iterable[Any], **options: Any) -> Iterator[Any]:
        """Documents for ``texts``, in input order, streamed.

        With the stanza engine the texts go to stanza in batches. See
        ``quotes.parallel`` for ``n_process`` and error records.
        """
        from .parallel import extract_many

        return extract_many(self, texts, **options)

    def __repr__(self) -> str:
        return f"Extractor(engine={self.engine!r}, lang={self.lang!r})"


_extractors: dict[tuple[Any, ...], Extractor] = {}


def extract(text: Any, *, engine: str = "auto", **options: Any) -> Document:
    """Find who said what in ``text``.

    ``text`` is a ``str`` (or a ``stanza.Document`` already parsed). Returns a
    ``Document`` whose ``engine`` says which engine ran. The extractor for each
    engine and option set is built once per process and reused.
    """
    key = (engine, tuple(sorted((k, repr(v)) for k, v in options.items())))
    extractor = _extractors.get(key)
    if extractor is None:
        if not _is_stanza_document(text):
            _check_text(text)
        extractor = Extractor(engine, **options)
        _extractors[key] = extractor
    return extractor.extract(text)
