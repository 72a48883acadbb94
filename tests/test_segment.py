"""Paragraphs, sentences and tokens of the rules engine (``quotes.segment``)."""

from __future__ import annotations

import pytest

from quotes.segment import analyse, paragraphs_of


def sentences(text: str) -> list[str]:
    return [text[s.start:s.end] for s in analyse(text).sentences]


# -- sentence boundaries ---------------------------------------------------------------
SENTENCES = [
    ("title_mr", "Mr. Smith went to Washington. He left.",
     ["Mr. Smith went to Washington.", "He left."]),
    ("titles_mrs_ms_dr", "Mrs. Brown and Ms. Green met Dr. Jones. They talked.",
     ["Mrs. Brown and Ms. Green met Dr. Jones.", "They talked."]),
    ("title_gov", "Gov. Smith spoke. He left.", ["Gov. Smith spoke.", "He left."]),
    ("stacked_titles", "Lt. Col. John Smith spoke. He left.",
     ["Lt. Col. John Smith spoke.", "He left."]),
    ("title_sen_and_state", "Sen. Elizabeth Warren, D-Mass., spoke. She left.",
     ["Sen. Elizabeth Warren, D-Mass., spoke.", "She left."]),
    ("us_inside_sentence", "The U.S. economy grew. It was fine.",
     ["The U.S. economy grew.", "It was fine."]),
    ("us_ends_sentence", "He moved to the U.S. The economy grew.",
     ["He moved to the U.S.", "The economy grew."]),
    ("us_before_lowercase", "He moved to the U.S. in 1990.", ["He moved to the U.S. in 1990."]),
    ("un_ends_sentence", "He works for the U.N. He is busy.",
     ["He works for the U.N.", "He is busy."]),
    ("month_jan", "It happened on Jan. 5 in Boston. Then he left.",
     ["It happened on Jan. 5 in Boston.", "Then he left."]),
    ("number_no", "He lives at No. 10 Downing Street. It is old.",
     ["He lives at No. 10 Downing Street.", "It is old."]),
    ("initial", "John F. Kennedy was president. He was young.",
     ["John F. Kennedy was president.", "He was young."]),
    ("several_initials", "Prof. J. R. R. Tolkien wrote. He died.",
     ["Prof. J. R. R. Tolkien wrote.", "He died."]),
    ("suffix_jr_inside", "Rev. Martin Luther King Jr. spoke. He left.",
     ["Rev. Martin Luther King Jr. spoke.", "He left."]),
    ("company_inc", "Apple Inc. said profits rose. Shares fell.",
     ["Apple Inc. said profits rose.", "Shares fell."]),
    ("pm_ends_sentence", "She arrived at 3 p.m. The meeting was short.",
     ["She arrived at 3 p.m.", "The meeting was short."]),
    ("pm_inside", "She arrived at 3 p.m. yesterday.", ["She arrived at 3 p.m. yesterday."]),
    ("decimal", "Growth was 3.5 percent. It rose.", ["Growth was 3.5 percent.", "It rose."]),
    ("money_decimal", "It cost $1.5 million. That is a lot.",
     ["It cost $1.5 million.", "That is a lot."]),
    ("score", "The vote was 5-2. Officials left.", ["The vote was 5-2.", "Officials left."]),
    ("ellipsis_then_capital", "He paused... Then he spoke.", ["He paused...", "Then he spoke."]),
    ("ellipsis_then_lowercase", "He paused ... and then spoke.", ["He paused ... and then spoke."]),
    ("unicode_ellipsis", "He paused\u2026 Then he spoke.", ["He paused\u2026", "Then he spoke."]),
    ("period_inside_closing_quote", '"We won." He smiled.', ['"We won."', "He smiled."]),
    ("question_inside_closing_quote", '"Did we win?" He smiled.',
     ['"Did we win?"', "He smiled."]),
    ("curly_period_inside_closing_quote", "\u201cWe won.\u201d He smiled.",
     ["\u201cWe won.\u201d", "He smiled."]),
    ("quoted_question_then_she_asked_is_one_sentence", '"Did we win?" she asked.',
     ['"Did we win?" she asked.']),
    ("curly_quoted_question_then_she_asked", "\u201cDid we win?\u201d she asked.",
     ["\u201cDid we win?\u201d she asked."]),
    ("quoted_exclamation_then_he_shouted", '"We won!" he shouted.', ['"We won!" he shouted.']),
    ("sentence_then_quote", 'It was a long day. "Yes," he said.',
     ["It was a long day.", '"Yes," he said.']),
    ("quote_then_sentence", 'He said, "Stop." She stopped.', ['He said, "Stop."', "She stopped."]),
    ("short_sentences", "Who? Me. Yes!", ["Who?", "Me.", "Yes!"]),
    ("no_final_stop", "Unfinished sentence with no stop", ["Unfinished sentence with no stop"]),
    ("empty", "", []),
    ("word_no_ends_sentence", "He said no. Then he left.", ["He said no.", "Then he left."]),
    ("quoted_no_ends_sentence", '"No." He left.', ['"No."', "He left."]),
]


@pytest.mark.parametrize(
    "text, expected",
    [pytest.param(row[1], row[2], id=row[0], marks=row[3:]) for row in SENTENCES],
)
def test_sentence_boundaries(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


# -- paragraphs --------------------------------------------------------------------
PARAGRAPHS = [
    ("single_newlines", "One.\nTwo.\nThree.", ["One.", "Two.", "Three."]),
    ("blank_lines_and_padding", "One.\nTwo.\n\n  Three.  \n", ["One.", "Two.", "Three."]),
    ("windows_newlines", "One.\r\nTwo.", ["One.", "Two."]),
    ("whitespace_only_lines", "One.\n \t \nTwo.", ["One.", "Two."]),
    ("no_newline", "Just one paragraph. Two sentences.", ["Just one paragraph. Two sentences."]),
    ("empty", "", []),
    ("only_whitespace", " \n\n\t", []),
]


@pytest.mark.parametrize(
    "text, expected", [pytest.param(*row[1:], id=row[0]) for row in PARAGRAPHS]
)
def test_paragraphs_split_on_newlines_and_are_trimmed(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in paragraphs_of(text)] == expected


def test_sentences_know_their_paragraph_and_never_cross_it() -> None:
    text = "One. Two.\nThree\n\n  Four.  \n"
    analysis = analyse(text)
    got = [(text[s.start:s.end], s.paragraph) for s in analysis.sentences]
    assert got == [("One.", 0), ("Two.", 0), ("Three", 1), ("Four.", 2)]
    assert analysis.paragraphs == paragraphs_of(text)


def test_lowercase_line_after_newline_is_still_a_new_sentence() -> None:
    assert sentences("Line one.\nline two is lowercase.") == ["Line one.", "line two is lowercase."]


# -- tokens ------------------------------------------------------------------------
TOKENS = [
    ("negation_clitic_split_plural_possessive_kept_abbreviation",
     "I don't know Jones' U.S. plans.",
     ["I", "do", "n't", "know", "Jones'", "U.S.", "plans", "."]),
    ("clitics_are_tokens_of_their_own_penn_treebank_style",
     "We'll see. It's Jones's car; they're sure it won\u2019t.",
     ["We", "'ll", "see", ".", "It", "'s", "Jones", "'s", "car", ";", "they", "'re", "sure",
      "it", "wo", "n\u2019t", "."]),
    ("numbers", "3.5% of 1,000 on 9/11, the 21st.",
     ["3.5%", "of", "1,000", "on", "9/11", ",", "the", "21st", "."]),
    ("hyphen_and_apostrophe_names", "High-tech O'Brien won.", ["High-tech", "O'Brien", "won", "."]),
    ("nyt_quotes_ellipsis_dash", "``hi'' ... -- ok", ["``", "hi", "''", "...", "--", "ok"]),
    ("quotation_marks_are_tokens", "\u201cYes,\u201d she said.",
     ["\u201c", "Yes", ",", "\u201d", "she", "said", "."]),
    ("combining_marks_stay_in_the_word", "Cafe\u0301 owners said so.",
     ["Cafe\u0301", "owners", "said", "so", "."]),
]


@pytest.mark.parametrize("text, expected", [pytest.param(*row[1:], id=row[0]) for row in TOKENS])
def test_tokens(text: str, expected: list[str]) -> None:
    assert [t.text for t in analyse(text).tokens] == expected


OFFSET_TEXTS = [
    "Mr. Smith said: \u201cWe\u2019ll see.\u201d\n\n"
    "\u00ab Oui \u00bb, dit-il. 5'11\" \U0001F600 ok.",
    "  leading space and trailing  \n\n\n",
    "\u0915\u094d\u0937 \u4e2d\u6587\u3002 \u0627\u0644\u0639\u0631\u0628\u064a\u0629.",
    '"A," he said. "B."\n"C',
]


@pytest.mark.parametrize("text", OFFSET_TEXTS)
def test_token_and_sentence_offsets_equal_their_slices(text: str) -> None:
    analysis = analyse(text)
    for token in analysis.tokens:
        assert text[token.start:token.end] == token.text
        sentence = analysis.sentences[token.sentence]
        assert sentence.start <= token.start < token.end <= sentence.end
    for index, sentence in enumerate(analysis.sentences):
        assert 0 <= sentence.start < sentence.end <= len(text)
        assert text[sentence.start:sentence.end] == text[sentence.start:sentence.end].strip()
        assert [t.sentence for t in analysis.tokens[sentence.first_token:sentence.end_token]] == [
            index
        ] * (sentence.end_token - sentence.first_token)


def test_analysis_from_rules_engine_has_no_parse() -> None:
    analysis = analyse("He said so.")
    assert analysis.engine == "rules"
    assert (analysis.has_pos, analysis.has_parse, analysis.has_ner) == (False, False, False)
