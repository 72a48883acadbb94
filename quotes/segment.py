"""Paragraphs, sentences and tokens without a model (the ``rules`` engine).

News text is regular enough that a tokenizer regex and a sentence splitter
that knows abbreviations, initials, decimals, ellipses and quotation marks
get nearly every boundary right, at several megabytes a second.

A paragraph is a run of non-blank lines: every line break ends one, because
news text puts one paragraph per line (or per blank-line-separated block) and
quotation marks are paired within a paragraph.
"""

from __future__ import annotations

import regex

from .analysis import Analysis, SentenceInfo, Token

# Words after which a full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    """mr mrs ms messrs dr prof rev hon sen rep reps gov lt col gen sgt capt cmdr adm maj
    st sr jr ft mt no nos vs etc inc co corp ltd llc dept univ ave blvd rd approx est
    jan feb mar apr jun jul aug sep sept oct nov dec fig al e.g i.e a.m p.m""".split()
)
# Abbreviations that are normally followed by a name, so never end a sentence.
TITLES = frozenset("mr mrs ms messrs dr prof rev hon sen rep gov lt col gen sgt capt st".split())

# a domain name is one token ("fivethirtyeight.com", "Factcheck.org"); the
# pattern with it is used only for sentences that have one, so the common
# case keeps the faster one
DOMAIN_ENDINGS = ("com", "org", "net", "gov", "edu", "io")
_DOMAIN_END = r"\.(?:" + "|".join(DOMAIN_ENDINGS) + r")\b"
_DOMAIN_SUFFIXES = tuple("." + ending for ending in DOMAIN_ENDINGS)
DOMAIN_RE = regex.compile(r"[\p{L}\p{N}]" + _DOMAIN_END)
TOKEN_RE = regex.compile(
    r"""
    (?:\p{L}\.){2,}(?!\p{L})                 # U.S.  U.K.  p.m.  (abbreviations with stops)
  | \p{N}+(?:[.,:/]\p{N}+)*(?:st|nd|rd|th|s|%)?    # 2021  50%  3.5  1,000  9/11
  | [\p{L}\p{M}\p{N}_]+?(?=n['’]t\b)         # do|n't  (clitics are tokens of their own)
  | n['’]t\b
  | ['’](?:s|re|ll|ve|d|m)\b                 # 's  're  'll
  | [\p{L}\p{M}\p{N}_]+(?:(?:['’](?!(?:s|re|ll|ve|d|m)\b)|-)[\p{L}\p{M}\p{N}]+)*(?:['’](?=\s|$))?
                                             # O'Brien  Jones'  high-tech
  | ''|``|\.{2,}|-{2,}                       # NYT quotes, ellipsis, double dash
  | \S                                        # any other single character
    """,
    regex.VERBOSE,
)

DOMAIN_TOKEN_RE = regex.compile(
    r"[\p{L}\p{N}]+(?:[.-][\p{L}\p{N}]+)*" + _DOMAIN_END + "|" + TOKEN_RE.pattern, regex.VERBOSE)

# A possible sentence end: terminal punctuation, then closing quotes or
# brackets, then white space.
BOUNDARY_RE = regex.compile(r"""(?:[.!?…]+|\.\s\.\s\.)(?:['"”’»)\]]|'')*(?=\s)""")
PARAGRAPH_RE = regex.compile(r"[^\n]+")
OPENING = "\"'“‘«‹([„"
_new_tuple = tuple.__new__


def paragraphs_of(text: str) -> tuple[tuple[int, int], ...]:
    """Character ranges of the non-blank lines, trimmed of white space."""
    result = []
    for match in PARAGRAPH_RE.finditer(text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            result.append((start, end))
    return tuple(result)


def _is_boundary(text: str, para_start: int, stop: int, after: int, para_end: int) -> bool:
    """Decide whether the terminal punctuation at ``stop`` (followed by white
    space up to ``after``) ends a sentence."""
    if after >= para_end:
        return True
    nxt = text[after]
    if text[stop] == "." and not text.startswith("...", stop) and not text.startswith("…", stop):
        # the word before the full stop
        word_start = stop
        while word_start > para_start and not text[word_start - 1].isspace():
            word_start -= 1
        word = text[word_start:stop].lstrip(OPENING).casefold()
        if word in TITLES:
            return False
        if word in ("no", "nos"):
            return not nxt.isdigit()  # "No. 10" but "He said no. Then …"
        if word in ABBREVIATIONS and not (nxt.isupper() and word in {"etc", "inc", "co", "ltd"}):
            return (nxt.isupper() or nxt in OPENING) and word in {"a.m", "p.m", "jr", "sr"}
        if len(word) == 1 and word.isalpha():
            return False  # an initial: "John F. Kennedy"
        if "." in word and all(len(part) <= 1 for part in word.split(".")):
            # U.S. — a boundary only if a typical sentence opener follows
            next_word = text[after:after + 12].split(" ", 1)[0]
            return next_word in SENTENCE_OPENERS
    if nxt.islower():
        return False
    return nxt.isupper() or nxt.isdigit() or nxt in OPENING or nxt in "-—–•*"


SENTENCE_OPENERS = frozenset(
    "The A An He She It They We I In But And On At This That There His Her Its Their Our "
    "As After When While If For So Yet Mr. Mrs. Ms. Dr.".split()
)


def sentences_of(text: str, paragraphs: tuple[tuple[int, int], ...]) -> list[tuple[int, int, int]]:
    """(start, end, paragraph) of every sentence, in order."""
    sentences = []
    for index, (para_start, para_end) in enumerate(paragraphs):
        start = para_start
        for match in BOUNDARY_RE.finditer(text, para_start, para_end):
            stop, end = match.start(), match.end()
            after = end
            while after < para_end and text[after].isspace():
                after += 1
            if _is_boundary(text, para_start, stop, after, para_end) and end > start:
                sentences.append((start, end, index))
                start = after
        if start < para_end:
            sentences.append((start, para_end, index))
    return sentences


def analyse(text: str) -> Analysis:
    """Segment and tokenise ``text`` (no parse, no entities)."""
    paragraphs = paragraphs_of(text)
    bounds = sentences_of(text, paragraphs)
    tokens: list[Token] = []
    sentences: list[SentenceInfo] = []
    has_domains = any(suffix in text for suffix in _DOMAIN_SUFFIXES)  # (cheaper than a regex)
    for index, (start, end, paragraph) in enumerate(bounds):
        first = len(tokens)
        pattern = DOMAIN_TOKEN_RE if has_domains and DOMAIN_RE.search(text, start, end) \
            else TOKEN_RE
        for match in pattern.finditer(text, start, end):
            # tuple.__new__ skips NamedTuple's keyword handling: this loop
            # runs for every token of every article
            tokens.append(_new_tuple(Token, (match.start(), match.end(), match.group(), index,
                                              None, None, None, None, None, False)))
        sentences.append(SentenceInfo(start, end, paragraph, first, len(tokens)))
    return Analysis(
        text=text,
        engine="rules",
        paragraphs=paragraphs,
        sentences=tuple(sentences),
        tokens=tuple(tokens),
    )
