"""The quotation-mark scanner on raw text (``quotes.quotemarks.scan``).

Each table row is text -> the interiors (``text[r.start:r.end]``) of the
quotations found, in text order, marks excluded.
"""

from __future__ import annotations

import pytest

from quotes.quotemarks import QuoteRegion, outermost, scan
from quotes.segment import paragraphs_of


def regions(text: str) -> tuple[QuoteRegion, ...]:
    return scan(text, paragraphs_of(text))


def interiors(text: str) -> tuple[str, ...]:
    return tuple(text[r.start:r.end] for r in regions(text))


def outer_interiors(text: str) -> tuple[str, ...]:
    return tuple(text[r.start:r.end] for r in outermost(regions(text)))


# -- every quotation style ----------------------------------------------------
STYLES = [
    ("straight_double", 'He said "hello there" to me.', ("hello there",)),
    ("curly_double", "\u201cYes,\u201d she said.", ("Yes,",)),
    ("low_high_german", "\u201eJa\u201c, sagte er.", ("Ja",)),
    ("low_high_polish", "\u201eTak,\u201d powiedzia\u0142.", ("Tak,",)),
    ("reversed_high_double", "\u201fYes,\u201d she said.", ("Yes,",)),
    ("guillemets_french", "\u00ab Oui \u00bb, dit-il.", (" Oui ",)),
    ("guillemets_german_inward", "Er sagte \u00bbJa\u00ab und ging.", ("Ja",)),
    ("single_guillemets", "Il a dit \u2039non\u203a hier.", ("non",)),
    ("corner_brackets", "\u5f7c\u306f\u300c\u306f\u3044\u300d\u3068\u8a00\u3063\u305f\u3002",
     ("\u306f\u3044",)),
    ("white_corner_brackets", "\u300e\u672c\u300f", ("\u672c",)),
    ("curly_single", "He said \u2018no way\u2019 twice.", ("no way",)),
    ("straight_single", "He said 'no way' twice.", ("no way",)),
    ("nyt_backticks", "She said ``we will win'' yesterday.", ("we will win",)),
    ("two_apostrophes_close_straight_double", "\"We will win,'' she said.", ("We will win,",)),
    ("curly_close_typed_as_open", "\u201cYes,\u201c she said.", ("Yes,",)),
    ("curly_open_typed_as_close", "\u201dYes,\u201d she said.", ("Yes,",)),
    ("two_quotations_in_one_sentence", 'She said "yes" and he said "no".', ("yes", "no")),
]


@pytest.mark.parametrize(
    "text, expected",
    [pytest.param(row[1], row[2], id=row[0], marks=row[3:]) for row in STYLES],
)
def test_every_quotation_style_is_found(text: str, expected: tuple[str, ...]) -> None:
    assert interiors(text) == expected


# -- nesting ------------------------------------------------------------------
NESTING = [
    ("single_inside_straight_double",
     "\"He told me 'run' and I ran,\" she said.",
     ("He told me 'run' and I ran,", "run")),
    ("curly_single_inside_curly_double",
     "\u201cShe said \u2018never\u2019 to me,\u201d he said.",
     ("She said \u2018never\u2019 to me,", "never")),
    ("double_inside_single_british",
     "\u2018He shouted \u201cfire\u201d twice,\u2019 she said.",
     ("He shouted \u201cfire\u201d twice,", "fire")),
    ("inner_unclosed_is_dropped_outer_kept",
     "\u201cThey call it \u2018the plan, he said.\u201d Then he left.",
     ("They call it \u2018the plan, he said.",)),
]


@pytest.mark.parametrize("text, expected", [row[1:] for row in NESTING],
                         ids=[row[0] for row in NESTING])
def test_nested_quotations_are_found_inside_out(text: str, expected: tuple[str, ...]) -> None:
    assert interiors(text) == expected


def test_nested_quotation_has_depth_one() -> None:
    found = regions("\"He told me 'run' and I ran,\" she said.")
    assert [r.depth for r in found] == [0, 1]
    assert outer_interiors("\"He told me 'run' and I ran,\" she said.") == (
        "He told me 'run' and I ran,",
    )


# -- apostrophes and primes are not quotation marks ------------------------------
NOT_QUOTES = [
    ("contraction", "I don't know and they won't say."),
    ("curly_contraction", "I don\u2019t know and they won\u2019t say."),
    ("possessive_plural", "Jones' dog barked at the Smiths' car."),
    ("decade", "Back in the '90s it was different."),
    ("curly_decade", "Back in the \u201990s it was different."),
    ("class_year", "She is in the class of '99 at the college."),
    ("elision_em", "Let 'em all come to the fair."),
    ("rock_n_roll", "He played rock 'n' roll all night."),
    ("height_prime", "He is 5'11\" and fast."),
    ("height_at_sentence_end", "At 5'11\". he was tall."),
    ("screen_inches", "They bought a 55\" screen for the bar."),
    ("irish_name", "Mary O'Brien met Sean O'Neill."),
]


@pytest.mark.parametrize("text", [row[1] for row in NOT_QUOTES],
                         ids=[row[0] for row in NOT_QUOTES])
def test_apostrophes_and_primes_are_not_quotation_marks(text: str) -> None:
    assert interiors(text) == ()


APOSTROPHES_INSIDE_QUOTES = [
    ("contraction_in_double", "\"We don't know,\" she said.", ("We don't know,",)),
    ("possessive_in_double", "\"Jones' car was stolen,\" she said.", ("Jones' car was stolen,",)),
    ("decade_in_single", "'Back in the '90s we won,' he said.", ("Back in the '90s we won,",)),
    ("curly_contraction_in_curly_single",
     "\u2018It\u2019s fine,\u2019 he said.", ("It\u2019s fine,",)),
    ("height_in_double", "\"He is 5'11\" tall,\" she said.", ("He is 5'11\" tall,",)),
    ("curly_apostrophe_before_closing_single",
     "He said \u2018we\u2019re done\u2019.", ("we\u2019re done",)),
]


@pytest.mark.parametrize("text, expected", [row[1:] for row in APOSTROPHES_INSIDE_QUOTES],
                         ids=[row[0] for row in APOSTROPHES_INSIDE_QUOTES])
def test_apostrophes_inside_quotations_do_not_end_them(
    text: str, expected: tuple[str, ...]
) -> None:
    assert interiors(text) == expected


def test_plural_possessive_inside_single_quotes_does_not_close_them() -> None:
    text = "'I met the Joneses' son,' he said."
    assert interiors(text) == ("I met the Joneses' son,",)


# -- paragraphs: continuation and unclosed marks ---------------------------------------
def test_quotation_continued_over_paragraphs_sets_continues() -> None:
    text = '"First part of the quote.\n\n"Second part," she said.'
    first, second = regions(text)
    assert text[first.start:first.end] == "First part of the quote."
    assert (first.closed, first.continues) == (False, True)
    assert text[second.start:second.end] == "Second part,"
    assert (second.closed, second.continues) == (True, False)


def test_quotation_continued_over_three_paragraphs_with_curly_marks() -> None:
    text = "\u201cOne.\n\u201cTwo.\n\u201cThree,\u201d she said."
    found = regions(text)
    assert [text[r.start:r.end] for r in found] == ["One.", "Two.", "Three,"]
    assert [r.continues for r in found] == [True, True, False]
    assert [r.closed for r in found] == [False, False, True]
    assert [r.paragraph for r in found] == [0, 1, 2]


def test_single_quoted_quotation_continued_over_paragraphs_british_style() -> None:
    text = "\u2018First part of the quote.\n\u2018Second part,\u2019 she said."
    assert interiors(text) == ("First part of the quote.", "Second part,")
    assert [r.continues for r in regions(text)] == [True, False]


def test_unclosed_mark_ends_at_its_paragraph() -> None:
    text = 'She said "this never closes.\n\nThe next paragraph is plain.'
    (region,) = regions(text)
    assert text[region.start:region.end] == "this never closes."
    assert region.end == text.index("\n")
    assert (region.closed, region.continues) == (False, False)


def test_unclosed_quotation_followed_by_plain_paragraph_does_not_continue() -> None:
    text = '"A quotation that opens the paragraph.\nShe left after that.'
    (region,) = regions(text)
    assert (region.closed, region.continues) == (False, False)


def test_straight_quotation_left_open_ends_where_the_next_one_opens() -> None:
    text = '"One, she said. "Two," he said.'
    assert interiors(text) == ("One, she said. ", "Two,")
    assert [r.closed for r in regions(text)] == [False, True]


# -- bullets and stray marks ---------------------------------------------------------
BULLETS = [
    ("bullet_then_quote", "\u00bb Read more: the full story\n\n\"Yes,\" he said.", ("Yes,",)),
    ("bullet_list", "\u00bb First item\n\u00bb Second item\n\u00bb Third item", ()),
    ("single_guillemet_bullet", "\u203a Related coverage\n\u201cNo,\u201d she said.", ("No,",)),
]


@pytest.mark.parametrize("text, expected", [row[1:] for row in BULLETS],
                         ids=[row[0] for row in BULLETS])
def test_guillemet_used_as_bullet_is_not_a_quotation(text: str, expected: tuple[str, ...]) -> None:
    assert interiors(text) == expected


STRAY = [
    ("stray_straight_double_in_first_paragraph",
     'A stray " mark here.\n\n"Real quote," she said.\n\n"Another one," he said.'),
    ("stray_closing_curly_in_first_paragraph",
     "The sign\u201d was odd.\n\n\u201cReal quote,\u201d she said.\n\n"
     "\u201cAnother one,\u201d he said."),
    ("unclosed_curly_in_first_paragraph",
     "He began \u201cbut never finished.\n\n\u201cReal quote,\u201d she said.\n\n"
     "\u201cAnother one,\u201d he said."),
]


@pytest.mark.parametrize("text", [row[1] for row in STRAY], ids=[row[0] for row in STRAY])
def test_stray_mark_does_not_spoil_quotations_in_later_paragraphs(text: str) -> None:
    paragraphs = paragraphs_of(text)
    later = [text[r.start:r.end] for r in regions(text) if r.paragraph > 0]
    assert later == ["Real quote,", "Another one,"]
    assert all(r.end <= paragraphs[r.paragraph][1] for r in regions(text))


def test_stray_mark_inside_a_paragraph_keeps_earlier_quotation() -> None:
    text = 'She said "yes" and then "no'
    assert interiors(text) == ("yes", "no")
    assert [r.closed for r in regions(text)] == [True, False]


# -- marks that are quotation marks but not quotations (found by the scanner,
#    classified later) ------------------------------------------------------------
def test_scare_quotes_titles_and_nicknames_are_found_as_regions() -> None:
    text = ('The so-called "reform" was mocked. They watched "The Long Crossing" '
            'with a man who goes by "Shorty."')
    assert interiors(text) == ("reform", "The Long Crossing", "Shorty.")


# -- the regions themselves ------------------------------------------------------------
def test_region_bounds_include_the_marks() -> None:
    text = 'x "ab" y \u201ccd\u201d z ``ef\'\' w'
    found = regions(text)
    assert [text[r.open_at:r.close_at] for r in found] == ['"ab"', "\u201ccd\u201d", "``ef''"]
    assert all(r.open_at < r.start <= r.end < r.close_at for r in found)


def test_regions_are_sorted_by_position() -> None:
    text = '"a" \'b\' \u201cc\u201d\n\u00abd\u00bb "e'
    starts = [r.open_at for r in regions(text)]
    assert starts == sorted(starts)


def test_empty_text_and_text_without_marks_have_no_regions() -> None:
    assert regions("") == ()
    assert regions("Nothing to see here.\n\nOr here.") == ()
