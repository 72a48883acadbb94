"""A stanza processor named ``quote``: quotes inside a stanza pipeline.

Importing this module registers the processor with stanza (stanza keeps its
processors in a global registry) and gives ``stanza.Document`` a read-only
``quotes`` property; ``import quotes`` does not import it, so nothing touches
stanza's registry unless you ask::

    import stanza
    import quotes.stanza_processor  # registers "quote"

    nlp = stanza.Pipeline("en", processors="tokenize,pos,lemma,depparse,ner,quote")
    doc = nlp("“We will win,” the mayor said.")
    doc.quotes            # a quotes.Document (engine "stanza")

The processor needs tokens, tags, lemmas, the dependency parse and entities,
so it declares tokenize, pos, lemma, depparse and ner as requirements and
stanza refuses a pipeline that lacks one. It loads no model of its own. The
cue lexicon follows the pipeline's language (``quote_lang=...`` overrides it).
"""

from __future__ import annotations

from typing import Any

from stanza.models.common.doc import Document as StanzaDocument
from stanza.pipeline._constants import DEPPARSE, LEMMA, NER, POS, TOKENIZE
from stanza.pipeline.processor import Processor, register_processor
from stanza.pipeline.registry import NAME_TO_PROCESSOR_CLASS

from .engines.stanza_engine import analysis_from_stanza
from .errors import EngineError
from .lexicon import Lexicon
from .lexicon import load as load_lexicon
from .model import Document
from .pipeline import build_document

QUOTE = "quote"

if not hasattr(StanzaDocument, "quotes"):
    StanzaDocument.add_property("quotes", default=None)


def _lexicon_for(config: dict[str, Any]) -> Lexicon:
    lang = config.get("lexicon") or config.get("lang") or "en"
    try:
        return load_lexicon(lang)
    except EngineError as exc:
        raise EngineError(
            f"the quote processor has no cue lexicon for {lang!r}; pass quote_lexicon='en' "
            "to use the English one"
        ) from exc


class QuoteProcessor(Processor):
    """Runs quotation extraction on a parsed stanza Document and attaches the
    result as ``doc.quotes`` (a ``quotes.Document``)."""

    PROVIDES_DEFAULT = {QUOTE}
    REQUIRES_DEFAULT = {TOKENIZE, POS, LEMMA, DEPPARSE, NER}

    def __init__(self, config: dict[str, Any], pipeline: Any, device: Any) -> None:
        super().__init__(config, pipeline, device)
        self._lexicon = _lexicon_for(config)

    def process(self, doc: StanzaDocument) -> StanzaDocument:
        doc._quotes = self.extract(doc)
        return doc

    def bulk_process(self, docs: list[StanzaDocument]) -> list[StanzaDocument]:
        for doc in docs:
            self.process(doc)
        return docs

    def extract(self, doc: StanzaDocument) -> Document:
        """The quotes of one parsed stanza Document."""
        return build_document(analysis_from_stanza(doc), self._lexicon)


if NAME_TO_PROCESSOR_CLASS.get(QUOTE) is not QuoteProcessor:
    if QUOTE in NAME_TO_PROCESSOR_CLASS:
        # re-imported (e.g. importlib.reload): replace the class, keep one name
        NAME_TO_PROCESSOR_CLASS[QUOTE] = QuoteProcessor
    else:
        register_processor(QUOTE)(QuoteProcessor)

__all__ = ["QUOTE", "QuoteProcessor"]
