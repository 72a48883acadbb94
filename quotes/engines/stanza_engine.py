"""The stanza engine: tokens, lemmas, a dependency parse and entities from
stanza models, turned into the library's ``Analysis``.

Three ways in, one way out:

* ``StanzaEngine(...).analyse(text)`` runs a ``stanza.Pipeline`` built lazily,
  once per process and configuration, and never downloads anything;
* ``analysis_from_stanza(doc)`` reads a ``stanza.Document`` the user already
  has (bring your own parse);
* ``documents_from_conllu(path)`` turns a CoNLL-U file with character offsets
  (the PolNeAR benchmark parses) into stanza Documents for the above.

stanza (and through it torch) is imported only inside functions, so that
``import quotes`` stays light; ``models_installed`` answers with plain file
look-ups for the same reason. Missing models are found by looking before
stanza is imported, so a wrong path fails in milliseconds with one clear
``ModelNotFoundError`` instead of one of the five exceptions stanza raises.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import sys
import tempfile
import threading
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..analysis import Analysis, SentenceInfo, Token
from ..errors import EngineError, ModelNotFoundError
from ..segment import paragraphs_of

if TYPE_CHECKING:  # pragma: no cover - typing only
    import stanza

DEFAULT_PROCESSORS = ("tokenize", "pos", "lemma", "depparse", "ner")
# processors that load no model file of their own
_MODEL_FREE = frozenset({"quote"})
_BATCH_SIZE = 32

_pipelines: dict[tuple[Any, ...], Any] = {}
_pipelines_lock = threading.Lock()
_fallback_resources: str | None = None


# -- where models live -------------------------------------------------------
def _stanza_resources_version() -> str | None:
    """stanza's resources version, read from its ``_version.py`` without
    importing stanza (whose package import pulls in torch)."""
    spec = importlib.util.find_spec("stanza")
    if spec is None or not spec.submodule_search_locations:
        return None
    version_file = Path(next(iter(spec.submodule_search_locations))) / "_version.py"
    try:
        source = version_file.read_text("utf-8")
    except OSError:
        return None
    match = re.search(r"__resources_version__\s*=\s*['\"]([^'\"]+)['\"]", source)
    return match.group(1) if match else None


def default_model_dir() -> str:
    """Where stanza looks for models: ``$STANZA_RESOURCES_DIR``, else stanza's
    per-user cache folder (``stanza.resources.common.DEFAULT_MODEL_DIR``).

    Read at call time, so setting the variable after ``import quotes`` works.
    """
    env = os.environ.get("STANZA_RESOURCES_DIR")
    if env:
        return env
    common = sys.modules.get("stanza.resources.common")
    if common is not None:
        return os.path.join(common.USER_CACHE_DIR, "resources")
    from platformdirs import user_cache_dir

    return os.path.join(
        user_cache_dir("stanza", "StanfordNLP", _stanza_resources_version()), "resources"
    )


def resolve_model_dir(model_dir: str | os.PathLike[str] | None) -> str:
    """``model_dir`` as a path string, or stanza's default when None."""
    if model_dir is None:
        return default_model_dir()
    return os.fspath(Path(model_dir).expanduser())


def _has_model_file(folder: Path) -> bool:
    try:
        return any(entry.suffix == ".pt" for entry in folder.iterdir())
    except OSError:
        return False


def models_installed(lang: str = "en", model_dir: str | os.PathLike[str] | None = None) -> bool:
    """True when ``model_dir`` (default: where stanza looks) has a
    ``resources.json`` and a model for each of tokenize, pos, lemma, depparse
    and ner in ``lang``.

    Plain file-system look-ups: ``engine="auto"`` calls this on every
    ``Extractor`` and must not pay for importing torch.
    """
    root = Path(resolve_model_dir(model_dir))
    if not (root / "resources.json").is_file():
        return False
    return all(_has_model_file(root / lang / processor) for processor in DEFAULT_PROCESSORS)


# -- checking before stanza is imported --------------------------------------
def _fix_hint(lang: str, model_dir: str) -> str:
    return (
        f"Install them with `quotes download --lang {lang}` "
        f"(or python -c \"import quotes; quotes.download('{lang}')\"), "
        f"or set STANZA_RESOURCES_DIR (or model_dir=) to a folder that has them "
        f"(looked in {model_dir})."
    )


def _processor_names(processors: Any) -> list[str]:
    """Processor names from stanza's ``processors`` argument (a comma-separated
    string, a list or a dict of name -> package)."""
    if processors is None:
        return list(DEFAULT_PROCESSORS)
    if isinstance(processors, str):
        names = [p.strip().lower() for p in processors.split(",")]
    elif isinstance(processors, Mapping):
        names = [str(p).strip().lower() for p in processors]
    elif isinstance(processors, (list, tuple)):
        names = [str(p).strip().lower() for p in processors]
    else:
        raise EngineError(
            f"processors must be a comma-separated str, a list or a dict, got {processors!r}"
        )
    return [n for n in names if n]


def _load_resources(path: Path) -> dict[str, Any] | None:
    try:
        with path.open(encoding="utf-8") as handle:
            loaded = json.load(handle)
    except (OSError, ValueError):
        return None
    return loaded if isinstance(loaded, dict) else None


def _lang_resources(resources: Mapping[str, Any], lang: str) -> Mapping[str, Any] | None:
    entry = resources.get(lang)
    seen = set()
    while isinstance(entry, Mapping) and "alias" in entry and entry["alias"] not in seen:
        seen.add(entry["alias"])
        entry = resources.get(entry["alias"])
    return entry if isinstance(entry, Mapping) else None


def _package_of(lang_res: Mapping[str, Any], processor: str, package: Any) -> str | None:
    """The model package stanza would load for ``processor``."""
    if isinstance(package, Mapping) and processor in package:
        chosen = package[processor]
    elif isinstance(package, str) and package != "default":
        chosen = package
    else:
        chosen = "default"
    if processor in lang_res and chosen in lang_res[processor]:
        return chosen
    packages = lang_res.get("packages", {})
    if chosen in packages and processor in packages[chosen]:
        return packages[chosen][processor]
    defaults = lang_res.get("default_processors", {})
    if chosen == "default" and processor in defaults:
        return defaults[processor]
    return None


def missing_models(
    lang: str,
    model_dir: str,
    processors: Sequence[str],
    package: Any = None,
    explicit: Mapping[str, Any] | None = None,
) -> list[str]:
    """What a pipeline for these processors would fail to find, in words.

    ``explicit`` holds ``<processor>_model_path`` arguments, which win over
    ``model_dir`` for their processor. An empty list means: go ahead.
    """
    explicit = explicit or {}
    missing: list[str] = []
    root = Path(model_dir)
    needs_dir = []
    for processor in processors:
        path = explicit.get(f"{processor}_model_path")
        if path is not None:
            if not Path(os.fspath(path)).is_file():
                missing.append(f"{processor}_model_path={os.fspath(path)} (no such file)")
        elif processor not in _MODEL_FREE:
            needs_dir.append(processor)
    for key, path in explicit.items():
        name = key[: -len("_model_path")]
        if key.endswith("_model_path") and name not in processors and path is not None:
            if not Path(os.fspath(path)).is_file():
                missing.append(f"{key}={os.fspath(path)} (no such file)")
    if not needs_dir:
        return missing
    resources = _load_resources(root / "resources.json")
    if resources is None:
        return missing + [f"{root / 'resources.json'} (no stanza resources file)"]
    lang_res = _lang_resources(resources, lang)
    if lang_res is None:
        return missing + [f"models for language {lang!r} (not in {root / 'resources.json'})"]
    if "tokenize" in needs_dir and "mwt" not in processors:
        mwt_package = _package_of(lang_res, "mwt", package)
        if mwt_package is not None and "mwt" in lang_res:
            needs_dir.append("mwt")
    for processor in needs_dir:
        chosen = _package_of(lang_res, processor, package)
        if chosen is None:
            if not _has_model_file(root / lang / processor):
                missing.append(f"{root / lang / processor} (no {processor} model)")
            continue
        model = root / lang / processor / f"{chosen}.pt"
        if not model.is_file():
            missing.append(f"{model} ({processor} model)")
            continue
        entry = lang_res.get(processor, {}).get(chosen, {})
        for dependency in entry.get("dependencies", ()) if isinstance(entry, Mapping) else ():
            dep_path = root / lang / dependency.get("model", "") / f"{dependency.get('package')}.pt"
            if not dep_path.is_file():
                missing.append(f"{dep_path} (needed by the {processor} model)")
    return missing


def _model_error(lang: str, model_dir: str, missing: Sequence[str]) -> ModelNotFoundError:
    listed = "; ".join(missing)
    return ModelNotFoundError(
        f"stanza models for {lang!r} are missing: {listed}. {_fix_hint(lang, model_dir)}"
    )


# -- the engine --------------------------------------------------------------
class StanzaEngine:
    """Analyses text with a ``stanza.Pipeline`` (tokenize, pos, lemma,
    depparse, ner by default; mwt where the language's models need it).

    ``model_dir`` defaults to where stanza looks (``$STANZA_RESOURCES_DIR``
    or stanza's cache folder). Other keyword arguments go to
    ``stanza.Pipeline`` unchanged, e.g. ``tokenize_model_path=...`` to load
    models of your own. Models are checked here, cheaply; the pipeline itself
    is built on first use and shared by every engine with the same settings.
    """

    name = "stanza"

    def __init__(
        self,
        lang: str = "en",
        model_dir: str | os.PathLike[str] | None = None,
        package: str | Mapping[str, str] | None = None,
        use_gpu: bool | None = None,
        processors: str | Sequence[str] | Mapping[str, str] | None = None,
        **pipeline_kwargs: Any,
    ) -> None:
        method = pipeline_kwargs.pop("download_method", None)
        if method is not None and str(getattr(method, "name", method)).lower() != "none":
            raise EngineError(
                "the stanza engine never downloads models (download_method must be None); "
                f"run quotes.download({lang!r}) once instead"
            )
        self.lang = lang
        self.model_dir = resolve_model_dir(model_dir)
        self.package = package
        self.use_gpu = use_gpu
        names = [p for p in _processor_names(processors) if p != "quote"]
        if "tokenize" not in names:
            raise EngineError(f"the stanza engine needs the tokenize processor, got {names}")
        if "coref" in names and importlib.util.find_spec("transformers") is None:
            raise EngineError(
                "the coref processor needs the `transformers` package: pip install transformers"
            )
        self.processors = names
        self._processors_arg: Any = (
            {k: v for k, v in processors.items() if k != "quote"}
            if isinstance(processors, Mapping)
            else ",".join(names)
        )
        self.pipeline_kwargs = pipeline_kwargs
        explicit = {k: v for k, v in pipeline_kwargs.items() if k.endswith("_model_path")}
        missing = missing_models(lang, self.model_dir, names, package, explicit)
        if missing:
            raise _model_error(lang, self.model_dir, missing)
        self._key = (
            lang, self.model_dir, repr(package), repr(self._processors_arg), use_gpu,
            tuple(sorted((k, repr(v)) for k, v in pipeline_kwargs.items())),
        )

    def __repr__(self) -> str:
        return (
            f"StanzaEngine(lang={self.lang!r}, model_dir={self.model_dir!r}, "
            f"processors={','.join(self.processors)!r})"
        )

    @property
    def pipeline(self) -> stanza.Pipeline:
        """The stanza pipeline, built on first use and cached per process."""
        nlp = _pipelines.get(self._key)
        if nlp is not None:
            return nlp
        with _pipelines_lock:
            nlp = _pipelines.get(self._key)
            if nlp is None:
                nlp = self._build()
                _pipelines[self._key] = nlp
        return nlp

    def _build(self) -> stanza.Pipeline:
        kwargs = dict(self.pipeline_kwargs)
        if "logging_level" not in kwargs and "verbose" not in kwargs:
            kwargs["logging_level"] = "WARN"
        if not (Path(self.model_dir) / "resources.json").is_file():
            # every model was given by path: stanza still wants a resources file
            kwargs.setdefault("resources_filepath", _empty_resources_file())
            kwargs.setdefault("allow_unknown_language", True)
        if self.package is not None:
            kwargs["package"] = self.package
        return build_pipeline(
            self.lang, self.model_dir, self._processors_arg, self.use_gpu, kwargs
        )

    def analyse(self, text: str) -> Analysis:
        """Parse ``text`` and read the result as an ``Analysis``."""
        return analysis_from_stanza(self.pipeline(text))

    def analyse_many(
        self, texts: Iterable[str], batch_size: int = _BATCH_SIZE
    ) -> Iterator[Analysis]:
        """Analyses of ``texts`` in order; stanza gets them ``batch_size`` at a
        time (``bulk_process``), which batches sentences across documents."""
        nlp = self.pipeline
        batch: list[str] = []
        for text in texts:
            batch.append(text)
            if len(batch) >= batch_size:
                yield from _analyse_batch(nlp, batch)
                batch = []
        if batch:
            yield from _analyse_batch(nlp, batch)


def _analyse_batch(nlp: Any, texts: list[str]) -> Iterator[Analysis]:
    for doc in nlp.bulk_process(list(texts)):
        yield analysis_from_stanza(doc)


def _empty_resources_file() -> str:
    """A resources file naming no language, for pipelines whose every model is
    given by path (stanza refuses to start without one)."""
    global _fallback_resources
    if _fallback_resources is None or not os.path.exists(_fallback_resources):
        folder = tempfile.mkdtemp(prefix="quotes-stanza-")
        path = os.path.join(folder, "resources.json")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write("{}")
        _fallback_resources = path
    return _fallback_resources


def build_pipeline(
    lang: str, model_dir: str, processors: Any, use_gpu: bool | None, kwargs: dict[str, Any]
) -> stanza.Pipeline:
    """A ``stanza.Pipeline`` that never downloads; whatever stanza raises
    about missing files becomes ``ModelNotFoundError``."""
    import stanza
    from stanza.pipeline.core import PipelineRequirementsException
    from stanza.resources.common import ResourcesFileNotFoundError

    try:
        return stanza.Pipeline(
            lang=lang, dir=model_dir, processors=processors, use_gpu=use_gpu,
            download_method=None, **kwargs,
        )
    except (ResourcesFileNotFoundError, FileNotFoundError) as exc:
        raise _model_error(lang, model_dir, [str(exc)]) from exc
    except KeyError as exc:
        raise _model_error(lang, model_dir, [f"no entry for {exc} in the resources file"]) from exc
    except PipelineRequirementsException as exc:
        raise EngineError(f"invalid stanza processors: {exc}") from exc
    except ValueError as exc:
        if "No processors to load" in str(exc):
            raise _model_error(lang, model_dir, [str(exc)]) from exc
        raise EngineError(f"stanza could not build the pipeline: {exc}") from exc
    except Exception as exc:  # a model file stanza cannot read (truncated, not a model)
        raise ModelNotFoundError(
            f"stanza could not load its models ({type(exc).__name__}: {exc}). "
            f"Check the model paths, or reinstall them: {_fix_hint(lang, model_dir)}"
        ) from exc


def download(
    lang: str = "en",
    model_dir: str | os.PathLike[str] | None = None,
    package: str = "default",
    **kwargs: Any,
) -> str:
    """Download stanza's models for ``lang`` into ``model_dir`` (default: where
    stanza looks) and return that folder. The only place the library goes
    online, and only when asked."""
    import stanza

    target = resolve_model_dir(model_dir)
    try:
        stanza.download(lang=lang, model_dir=target, package=package, **kwargs)
    except Exception as exc:  # network, unknown language, disk: one clear error
        raise ModelNotFoundError(
            f"could not download stanza models for {lang!r} into {target}: {exc}. "
            "Check the network connection and the language code, or copy a stanza "
            "resources folder there and set STANZA_RESOURCES_DIR."
        ) from exc
    return target


# -- stanza Document -> Analysis -----------------------------------------------
# UD v1 relation names (CoreNLP, older treebanks) and their UD v2 equivalents;
# stages downstream only ever see v2.
_V1_TO_V2 = {
    "dobj": "obj",
    "nsubjpass": "nsubj:pass",
    "csubjpass": "csubj:pass",
    "auxpass": "aux:pass",
    "mwe": "fixed",
    "neg": "advmod",
    "name": "flat",
    "foreign": "flat:foreign",
    "nmod:agent": "obl:agent",
}
_CLAUSAL_HEADS = frozenset({"VERB", "AUX", "ADJ", "ADV"})


def normalise_deprel(deprel: str | None, head_upos: str | None) -> str | None:
    """The UD v2 name of a relation given in UD v1 or v2.

    v1's ``nmod`` on a verb, adjective or adverb is v2's ``obl`` (and its
    ``nmod:tmod``/``nmod:npmod`` likewise); on a noun it stays ``nmod``.
    """
    if deprel is None:
        return None
    deprel = _V1_TO_V2.get(deprel, deprel)
    if head_upos in _CLAUSAL_HEADS and (deprel == "nmod" or deprel in ("nmod:tmod", "nmod:npmod")):
        return "obl" + deprel[4:]
    return deprel


# Entity classes: OntoNotes (stanza's English models) and CoNLL 4-class
# (the lite models, CoreNLP) onto PERSON / ORG / LOC / MISC. Numbers, dates and
# amounts are not entities a speaker can be, so they map to nothing.
_NER_CLASSES = {
    "PERSON": "PERSON", "PER": "PERSON",
    "ORG": "ORG", "ORGANIZATION": "ORG", "ORGANISATION": "ORG",
    "GPE": "LOC", "LOC": "LOC", "LOCATION": "LOC", "FAC": "LOC",
    "NORP": "MISC", "MISC": "MISC", "EVENT": "MISC", "WORK_OF_ART": "MISC",
    "LAW": "MISC", "LANGUAGE": "MISC", "PRODUCT": "MISC",
}


def coarse_entity(label: str | None) -> str | None:
    """PERSON, ORG, LOC, MISC or None for an entity label of either scheme."""
    if not label:
        return None
    return _NER_CLASSES.get(label.upper())


def _entity_tags(tags: Sequence[str | None]) -> list[tuple[str | None, bool]]:
    """(coarse class, begins an entity) per token from BIOES, BIO or bare
    class tags."""
    out: list[tuple[str | None, bool]] = []
    previous: str | None = None
    ended = True
    for tag in tags:
        if not tag or tag == "O":
            out.append((None, False))
            previous, ended = None, True
            continue
        prefix, _, label = tag.partition("-") if tag[1:2] == "-" else ("", "", tag)
        cls = coarse_entity(label)
        begins = prefix in ("B", "S") or ended or cls != previous
        out.append((cls, begins and cls is not None))
        previous = cls
        ended = prefix in ("E", "S")
    return out


def _word_spans(token: Any, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Character spans of the words of one stanza token lying at
    ``text[start:end]``: the token's own span for a single word; for a
    multi-word token the words' own offsets, else the word forms found in
    order inside the token, else the whole token for each word."""
    words = token.words
    if len(words) == 1:
        return [(start, end)]
    own = [(w.start_char, w.end_char) for w in words]
    if all(s is not None and e is not None and start <= s <= e <= end for s, e in own):
        return own
    spans = []
    cursor = start
    surface = text[start:end].casefold()
    for word in words:
        form = (word.text or "").casefold()
        found = surface.find(form, cursor - start) if form else -1
        if found < 0:
            return [(start, end)] * len(words)
        spans.append((start + found, start + found + len(form)))
        cursor = start + found + len(form)
    return spans


def _token_offsets(doc: Any, text: str) -> list[tuple[int, int]]:
    """(start, end) of every stanza token: its own offsets, else found in the
    text after the previous token."""
    offsets = []
    cursor = 0
    for sentence in doc.sentences:
        for token in sentence.tokens:
            start, end = token.start_char, token.end_char
            if start is None or end is None:
                found = text.find(token.text, cursor)
                start, end = (found, found + len(token.text)) if found >= 0 else (cursor, cursor)
            offsets.append((start, end))
            cursor = max(cursor, end)
    return offsets


def text_from_tokens(doc: Any) -> str:
    """A text for a Document that has none: tokens at their offsets with
    spaces between (or, without offsets, joined by spaces, one sentence per
    line)."""
    pieces: list[str] = []
    length = 0
    for sentence in doc.sentences:
        for token in sentence.tokens:
            start = token.start_char
            if start is None:
                start = length + (1 if pieces else 0)
            if start < length:  # overlapping or out of order: append after
                start = length + 1
            pieces.append(" " * (start - length))
            pieces.append(token.text)
            length = start + len(token.text)
    return "".join(pieces)


def analysis_from_stanza(doc: Any) -> Analysis:
    """The ``Analysis`` of a parsed ``stanza.Document``.

    Tokens are stanza's words (multi-word tokens split into their words),
    heads become document-level indices (-1 for a root), relations are
    normalised to UD v2 and entity tags to coarse classes. Paragraphs come
    from the raw text exactly as the rules engine finds them, so both engines
    agree on where quotations can run.
    """
    text = doc.text if isinstance(getattr(doc, "text", None), str) else text_from_tokens(doc)
    paragraphs = paragraphs_of(text)
    paragraph_starts = [p[0] for p in paragraphs]
    token_offsets = _token_offsets(doc, text)

    words: list[tuple[int, int, Any, int]] = []  # start, end, word, sentence
    ner_tags: list[str | None] = []
    sentence_bounds: list[tuple[int, int]] = []  # first word, end word
    flat_tokens = 0
    for s_index, sentence in enumerate(doc.sentences):
        first = len(words)
        for token in sentence.tokens:
            start, end = token_offsets[flat_tokens]
            flat_tokens += 1
            spans = _word_spans(token, text, start, end)
            for word, (ws, we) in zip(token.words, spans, strict=True):
                words.append((ws, we, word, s_index))
                ner_tags.append(getattr(token, "ner", None))
        sentence_bounds.append((first, len(words)))

    has_tags = any(tag is not None for tag in ner_tags)
    entities = _entity_tags(ner_tags) if has_tags else _entities_from_spans(doc, words)
    tokens, has_pos, has_parse = _tokens(text, words, sentence_bounds, entities)
    sentences = []
    for first, end in sentence_bounds:
        if first == end:
            continue
        start = tokens[first].start
        paragraph = max(0, bisect_right(paragraph_starts, start) - 1)
        sentences.append(SentenceInfo(start, tokens[end - 1].end, paragraph, first, end))
    if len(sentences) != len(sentence_bounds):
        tokens = _renumber_sentences(tokens, sentences)
    return Analysis(
        text=text,
        engine="stanza",
        paragraphs=paragraphs,
        sentences=tuple(sentences),
        tokens=tuple(tokens),
        has_pos=has_pos,
        has_parse=has_parse,
        has_ner=has_tags or bool(getattr(doc, "ents", None)),
    )


def _tokens(
    text: str,
    words: list[tuple[int, int, Any, int]],
    sentence_bounds: list[tuple[int, int]],
    entities: list[tuple[str | None, bool]],
) -> tuple[list[Token], bool, bool]:
    has_pos = has_parse = False
    tokens = []
    for index, (start, end, word, s_index) in enumerate(words):
        first = sentence_bounds[s_index][0]
        head_id = word.head
        upos = word.upos
        has_pos = has_pos or upos is not None
        if head_id is None or word.deprel is None:
            head = None
            deprel = word.deprel
        else:
            has_parse = True
            head = first + head_id - 1 if head_id > 0 else -1
            head_upos = words[head][2].upos if 0 <= head < len(words) else None
            deprel = normalise_deprel(word.deprel, head_upos)
        ner, begins = entities[index]
        tokens.append(Token(
            start, end, text[start:end], s_index, upos, word.lemma, head, deprel, ner, begins,
        ))
    return tokens, has_pos, has_parse


def _renumber_sentences(tokens: list[Token], sentences: list[SentenceInfo]) -> list[Token]:
    """Sentence numbers after dropping empty sentences."""
    out = list(tokens)
    for index, sentence in enumerate(sentences):
        for i in range(sentence.first_token, sentence.end_token):
            out[i] = out[i]._replace(sentence=index)
    return out


def _entities_from_spans(
    doc: Any, words: list[tuple[int, int, Any, int]]
) -> list[tuple[str | None, bool]]:
    """Entity classes from ``doc.ents`` for documents whose tokens carry no
    tags (entities set by hand or by another tool)."""
    out: list[tuple[str | None, bool]] = [(None, False)] * len(words)
    starts = [w[0] for w in words]
    for ent in getattr(doc, "ents", None) or ():
        cls = coarse_entity(getattr(ent, "type", None))
        if cls is None or ent.start_char is None:
            continue
        i = bisect_right(starts, ent.start_char - 1)
        begins = True
        while i < len(words) and words[i][1] <= ent.end_char:
            out[i] = (cls, begins)
            begins = False
            i += 1
    return out


# -- CoNLL-U with offsets -> stanza Documents -----------------------------------
def _read_jsonl_texts(path: Path) -> dict[str, str]:
    texts = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                if "id" in record and "text" in record:
                    texts[str(record["id"])] = record["text"]
    return texts


_Article = tuple[str, list[list[dict[str, Any]]], list[list[str]]]


def _conllu_articles(path: Path) -> Iterator[_Article]:
    """(doc id, sentences of word dicts, sentence comments) per ``# newdoc``."""
    doc_id = ""
    sentences: list[list[dict[str, Any]]] = []
    comments: list[list[str]] = []
    words: list[dict[str, Any]] = []
    sentence_comments: list[str] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n\r")
            if not line.strip():
                if words:
                    sentences.append(words)
                    comments.append(sentence_comments)
                words, sentence_comments = [], []
                continue
            if line.startswith("#"):
                if line.startswith("# newdoc id"):
                    if sentences:
                        yield doc_id, sentences, comments
                    doc_id = line.split("=", 1)[1].strip()
                    sentences, comments = [], []
                sentence_comments.append(line)
                continue
            word = _conllu_word(line)
            if word is not None:
                words.append(word)
    if words:
        sentences.append(words)
        comments.append(sentence_comments)
    if sentences:
        yield doc_id, sentences, comments


def _conllu_word(line: str) -> dict[str, Any] | None:
    cols = line.split("\t")
    if len(cols) != 10:
        raise EngineError(f"not a CoNLL-U word line (want 10 columns): {line!r}")
    if "." in cols[0]:
        return None  # empty node
    word: dict[str, Any] = {"text": cols[1]}
    if "-" in cols[0]:
        word["id"] = tuple(int(x) for x in cols[0].split("-", 1))
    else:
        word["id"] = (int(cols[0]),)
    for key, value in (("lemma", cols[2]), ("upos", cols[3]), ("xpos", cols[4]),
                       ("feats", cols[5]), ("deprel", cols[7])):
        if value != "_":
            word[key] = value
    if cols[6] != "_":
        word["head"] = int(cols[6])
    misc = []
    for item in cols[9].split("|") if cols[9] != "_" else ():
        key, _, value = item.partition("=")
        if key in ("start_char", "end_char"):
            word[key] = int(value)
        elif key == "ner":
            word["ner"] = value
        else:
            misc.append(item)
    if misc:
        word["misc"] = "|".join(misc)
    return word


def documents_from_conllu(
    path: str | os.PathLike[str], texts: Mapping[str, str] | None = None
) -> dict[str, stanza.Document]:
    """stanza Documents, by ``# newdoc id``, from a CoNLL-U file whose MISC
    column has ``start_char``, ``end_char`` and ``ner`` (the PolNeAR parses).

    ``texts`` maps document ids to the exact article text the offsets index
    into. By default the texts are read from the ``.jsonl`` file next to
    ``path`` (``dev.conllu`` -> ``dev.jsonl``, records with ``id`` and
    ``text``) when there is one; a document with no text gets one rebuilt
    from its token offsets. Entity tags are kept on the tokens and
    ``doc.ents`` is built, so ``analysis_from_stanza`` sees NER.
    """
    from stanza.models.common.doc import Document

    source = Path(path)
    if not source.is_file():
        raise FileNotFoundError(f"no CoNLL-U file at {source}")
    if texts is None:
        sibling = source.with_suffix(".jsonl")
        texts = _read_jsonl_texts(sibling) if sibling.is_file() else {}
    documents: dict[str, Any] = {}
    for doc_id, sentences, comments in _conllu_articles(source):
        doc = Document(sentences, text=None, comments=comments)
        text = texts.get(doc_id)
        doc.text = text if text is not None else text_from_tokens(doc)
        for sentence in doc.sentences:
            if sentence.tokens and sentence.tokens[0].start_char is not None:
                sentence.text = doc.text[sentence.tokens[0].start_char:sentence.tokens[-1].end_char]
        doc.build_ents()
        documents[doc_id] = doc
    return documents
