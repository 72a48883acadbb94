"""Direct quotations with the rules engine: every attribution pattern, and
the quoted stretches that are *not* quotations.

Each table row is a passage we wrote (invented people and places) and the
quotes expected from it, in text order, as
``(kind, content texts, cue text, source text, speaker name)``.
Content is the text between the quotation marks, marks excluded.
"""

from __future__ import annotations

import pytest
from samples import quote_rows

import quotes

Row = tuple[str, tuple[str, ...], "str | None", "str | None", "str | None"]


def rows(text: str) -> list[tuple[object, ...]]:
    return quote_rows(text)


# -- attribution patterns -----------------------------------------------------
PATTERNS = [
    pytest.param(
        '"We will rebuild the harbour before winter," Marta Linwood said.',
        [("direct", ("We will rebuild the harbour before winter,",), "said", "Marta Linwood",
          "Marta Linwood")],
        id="quote_comma_name_said",
    ),
    pytest.param(
        '"We will rebuild the harbour before winter," she said.',
        [("direct", ("We will rebuild the harbour before winter,",), "said", "she", None)],
        id="quote_comma_pronoun_said_without_antecedent_stays_unresolved",
    ),
    pytest.param(
        '"The budget is balanced," said Oren Falk, the mayor.',
        [("direct", ("The budget is balanced,",), "said", "Oren Falk, the mayor", "Oren Falk")],
        id="quote_comma_said_name_apposition",
    ),
    pytest.param(
        '"The budget is balanced," said Oren Falk, the mayor of Dunmore.',
        [("direct", ("The budget is balanced,",), "said", "Oren Falk, the mayor of Dunmore",
          "Oren Falk")],
        id="quote_comma_said_name_apposition_with_place_name",
    ),
    pytest.param(
        '"The budget is balanced," the mayor, Oren Falk, said.',
        [("direct", ("The budget is balanced,",), "said", "the mayor, Oren Falk", "Oren Falk")],
        id="quote_comma_description_then_name_said",
    ),
    pytest.param(
        'The council wrote to the port. "The harbour will close," the letter read.',
        [("direct", ("The harbour will close,",), "read", "the letter", None)],
        id="quote_comma_document_read",
    ),
    pytest.param(
        '"We lost the vote," Oren Falk went on.',
        [("direct", ("We lost the vote,",), "went on", "Oren Falk", "Oren Falk")],
        id="quote_comma_name_went_on",
    ),
    pytest.param(
        'Marta Linwood said: "We will rebuild the harbour before winter."',
        [("direct", ("We will rebuild the harbour before winter.",), "said", "Marta Linwood",
          "Marta Linwood")],
        id="name_said_colon_quote",
    ),
    pytest.param(
        'Marta Linwood said, "We will rebuild the harbour before winter."',
        [("direct", ("We will rebuild the harbour before winter.",), "said", "Marta Linwood",
          "Marta Linwood")],
        id="name_said_comma_quote",
    ),
    pytest.param(
        'Marta Linwood told reporters on Friday: "We will rebuild the harbour before winter."',
        [("direct", ("We will rebuild the harbour before winter.",), "told", "Marta Linwood",
          "Marta Linwood")],
        id="name_told_reporters_on_friday_colon_quote",
    ),
    pytest.param(
        '"You have until Friday to decide," Oren Falk told Marta Linwood.',
        [("direct", ("You have until Friday to decide,",), "told", "Oren Falk", "Oren Falk")],
        id="quote_comma_name_told_addressee",
    ),
    pytest.param(
        'The council met on Tuesday.\n\n'
        '"Nobody in this town will be left behind." -Commissioner Tessa Varga',
        [("direct", ("Nobody in this town will be left behind.",), "-",
          "Commissioner Tessa Varga", "Tessa Varga")],
        id="quote_then_hyphen_name_at_paragraph_end",
    ),
    pytest.param(
        'The council met on Tuesday.\n\n'
        '\u201cNobody in this town will be left behind.\u201d \u2014Tessa Varga',
        [("direct", ("Nobody in this town will be left behind.",), "\u2014", "Tessa Varga",
          "Tessa Varga")],
        id="quote_then_em_dash_name_at_paragraph_end",
    ),
    pytest.param(
        'The vote was close.\n\nFrom the chairwoman, Rosa Quint:\n\n'
        '"We accept the result and we will move on."',
        [("direct", ("We accept the result and we will move on.",), ":",
          "the chairwoman, Rosa Quint", "Rosa Quint")],
        id="colon_introduction_ending_previous_paragraph_named",
    ),
    pytest.param(
        'The vote was close.\n\nFrom the chairwoman:\n\n'
        '"We accept the result and we will move on."',
        [("direct", ("We accept the result and we will move on.",), ":", "the chairwoman", None)],
        id="colon_introduction_ending_previous_paragraph_unnamed",
    ),
    pytest.param(
        'Rosa Quint spoke after the count.\n\nShe said on Friday:\n\n'
        '"We accept the result and we will move on."',
        [("direct", ("We accept the result and we will move on.",), "said", "She",
          "Rosa Quint")],
        id="colon_introduction_with_cue_ending_previous_paragraph",
    ),
    pytest.param(
        'Rosa Quint spoke at the pier.\n\n"The bridge is safe," she said, "but the road is not."',
        [("direct", ("The bridge is safe,", "but the road is not."), "said", "she",
          "Rosa Quint")],
        id="split_quote_comma_said_comma_is_one_quote_two_spans",
    ),
    pytest.param(
        'Oren Falk spoke at the pier.\n\n"The bridge is safe," he said. "The road is not."',
        [("direct", ("The bridge is safe,", "The road is not."), "said", "he", "Oren Falk")],
        id="split_quote_said_full_stop_then_quote_is_one_quote_two_spans",
    ),
    pytest.param(
        '"The bridge is safe. The road is not. We will fix both," Marta Linwood said.',
        [("direct", ("The bridge is safe. The road is not. We will fix both,",), "said",
          "Marta Linwood", "Marta Linwood")],
        id="multi_sentence_quotation_is_one_quote",
    ),
    pytest.param(
        'Oren Falk spoke at length.\n\n"We started with nothing in this valley.\n\n'
        '"Now we have a school and a clinic," he said.',
        [("direct", ("We started with nothing in this valley.",
                     "Now we have a school and a clinic,"), "said", "he", "Oren Falk")],
        id="multi_paragraph_quotation_reopened_mark_is_one_quote",
    ),
    pytest.param(
        'Oren Falk spoke.\n\n"We started with nothing in this valley and we built it all.\n\n'
        'The ferry left at noon on Sunday with forty passengers aboard.',
        [("direct", ("We started with nothing in this valley and we built it all.",), None,
          "Oren Falk", "Oren Falk")],
        id="unclosed_mark_ends_at_its_paragraph",
    ),
    pytest.param(
        'Ilsa Brandt, a local councillor, said she was worried. '
        '"The river is rising faster than anyone predicted."',
        [("indirect", ("she was worried",), "said", "Ilsa Brandt, a local councillor",
          "Ilsa Brandt"),
         ("direct", ("The river is rising faster than anyone predicted.",), None,
          "Ilsa Brandt, a local councillor", "Ilsa Brandt")],
        id="uncued_quote_after_sentence_naming_speaker",
    ),
    pytest.param(
        'Ilsa Brandt, a Green councillor, said she was worried. '
        '"The river is rising faster than anyone predicted."',
        [("indirect", ("she was worried",), "said", "Ilsa Brandt, a Green councillor",
          "Ilsa Brandt"),
         ("direct", ("The river is rising faster than anyone predicted.",), None,
          "Ilsa Brandt, a Green councillor", "Ilsa Brandt")],
        id="uncued_quote_after_sentence_naming_speaker_with_party_apposition",
    ),
    pytest.param(
        "Oren Falk spoke at the pier.\n\n``We will not give up,'' he said.",
        [("direct", ("We will not give up,",), "said", "he", "Oren Falk")],
        id="nyt_backticks_and_two_apostrophes",
    ),
    pytest.param(
        "Oren Falk spoke at the pier.\n\n\"We will not give up,'' he said.",
        [("direct", ("We will not give up,",), "said", "he", "Oren Falk")],
        id="straight_open_two_apostrophes_close",
    ),
    pytest.param(
        '\u201cWe will not give up,\u201d said Marta Linwood.',
        [("direct", ("We will not give up,",), "said", "Marta Linwood", "Marta Linwood")],
        id="curly_double_marks",
    ),
    pytest.param(
        '\u2018We won\u2019t give up,\u2019 said Marta Linwood.',
        [("direct", ("We won\u2019t give up,",), "said", "Marta Linwood", "Marta Linwood")],
        id="curly_single_marks_with_apostrophe_inside",
    ),
    pytest.param(
        '"We will not give up," said Marta Linwood.',
        [("direct", ("We will not give up,",), "said", "Marta Linwood", "Marta Linwood")],
        id="straight_double_marks",
    ),
    pytest.param(
        '"Is the bridge safe?" asked Marta Linwood.',
        [("direct", ("Is the bridge safe?",), "asked", "Marta Linwood", "Marta Linwood")],
        id="question_mark_quote_asked_name",
    ),
    pytest.param(
        '"The bridge is safe," Marta Linwood said on Friday, '
        '"and the road will reopen next week."',
        [("direct", ("The bridge is safe,", "and the road will reopen next week."), "said",
          "Marta Linwood", "Marta Linwood")],
        id="split_quote_with_time_phrase_in_attribution",
    ),
    pytest.param(
        '"People are afraid of wasting their votes," Oren Falk surmised.',
        [("direct", ("People are afraid of wasting their votes,",), "surmised", "Oren Falk",
          "Oren Falk")],
        id="less_common_cue_verb",
    ),
    pytest.param(
        '"She taught three classes a week," another friend, Rosa Quint told reporters.',
        [("direct", ("She taught three classes a week,",), "told", "another friend, Rosa Quint",
          "Rosa Quint")],
        id="description_then_name_without_closing_comma",
    ),
    pytest.param(
        '"The port must reopen," the Elling senator and Liberal mayoral candidate said.',
        [("direct", ("The port must reopen,",), "said",
          "the Elling senator and Liberal mayoral candidate", None)],
        id="two_roles_of_one_person",
    ),
    pytest.param(
        '"I do not believe in the toll," Falk, who has not endorsed a candidate, told '
        'reporters.',
        [("direct", ("I do not believe in the toll,",), "told", "Falk", "Falk")],
        id="cue_word_inside_an_apposition_is_skipped",
    ),
    pytest.param(
        '"The bridge will close in May," the release said.',
        [("direct", ("The bridge will close in May,",), "said", "the release", None)],
        id="noun_use_of_a_cue_word_in_the_source",
    ),
    pytest.param(
        '"The bridge will close in May," a spokeswoman for her said.',
        [("direct", ("The bridge will close in May,",), "said", "a spokeswoman for her", None)],
        id="object_pronoun_before_the_cue",
    ),
    pytest.param(
        "''I told them, 'There is no money for the piers,''' Falk recalled.",
        [("direct", ("I told them, 'There is no money for the piers,",), "recalled", "Falk",
          "Falk")],
        id="inner_and_outer_marks_closing_together",
    ),
    pytest.param(
        'Speaking in Elling, Gov. Oren Falk (R-OH), said, "We will rebuild the harbour."',
        [("direct", ("We will rebuild the harbour.",), "said", "Gov. Oren Falk (R-OH)",
          "Oren Falk")],
        id="stray_comma_after_a_party_tag",
    ),
    pytest.param(
        'Falk answered a question on Facebook writing, "We will rebuild the harbour."',
        [("direct", ("We will rebuild the harbour.",), "writing", "Falk", "Falk")],
        id="participle_after_an_object_takes_the_clause_subject",
    ),
    pytest.param(
        "Oren Falk, citing ''the law of the sea,'' said the harbour could reopen.",
        [("direct", ("''the law of the sea",), "citing", "Oren Falk", "Oren Falk"),
         ("indirect", ("the harbour could reopen",), "said", "Oren Falk", "Oren Falk")],
        id="said_before_a_clause_is_no_inverted_attribution",
    ),
    pytest.param(
        '"The piers are unsafe," Falk said of the harbour, according to a Herald report.',
        [("mixed", ('"The piers are unsafe," Falk said of the harbour',), "according to",
          "a Herald report", "Herald"),
         ("direct", ("The piers are unsafe,",), "said", "Falk", "Falk")],
        id="a_quotation_reported_second_hand_keeps_both_statements",
    ),
    pytest.param(
        '"The piers are unsafe," said former secretary of state Ann Falk, who met George W. '
        'Bush.',
        [("direct", ("The piers are unsafe,",), "said",
          "former secretary of state Ann Falk, who met George W. Bush", "Ann Falk")],
        id="inverted_source_with_a_role_of_and_an_initial",
    ),
    pytest.param(
        '"The piers are unsafe," Ann Falk, 67, a retired pilot in Allentown, Pa., said.',
        [("direct", ("The piers are unsafe,",), "said",
          "Ann Falk, 67, a retired pilot in Allentown, Pa.", "Ann Falk")],
        id="a_chain_of_appositions_with_a_state",
    ),
    pytest.param(
        '"The piers are unsafe," Tom Bond, 30, of Raleigh, N.C., who was polled, said.',
        [("direct", ("The piers are unsafe,",), "said",
          "Tom Bond, 30, of Raleigh, N.C., who was polled", "Tom Bond")],
        id="four_appositions_back_to_the_name",
    ),
    pytest.param(
        'In a statement released Thursday, Rep. Ann Falk reacted to the news, saying: '
        '"The piers are unsafe."',
        [("direct", ("The piers are unsafe.",), "saying", "Rep. Ann Falk", "Ann Falk")],
        id="participle_after_a_comma_takes_the_clause_subject",
    ),
    pytest.param(
        'The piers were old, Falk said, adding, "They are unsafe."',
        [("indirect", ("The piers were old",), "said", "Falk", "Falk"),
         ("direct", ("They are unsafe.",), "adding", "Falk", "Falk")],
        id="participle_after_a_closing_attribution_takes_its_speaker",
    ),
    pytest.param(
        '"I hope you find the piers that are missing." Falk said.',
        [("direct", ("I hope you find the piers that are missing.",), "said", "Falk", "Falk")],
        id="a_sentence_that_is_only_an_attribution_after_a_full_stop",
    ),
    pytest.param(
        "''The toll is unfair,'' since most drivers pay it twice, said Ann Falk, who runs the "
        "ferry.",
        [("direct", ("The toll is unfair,",), "said", "Ann Falk, who runs the ferry",
          "Ann Falk")],
        id="an_inverted_attribution_after_a_clause_of_the_writers",
    ),
    pytest.param(
        'Quotable.\n\n"The toll needs to stop."\n\n-Ann Falk, Elling.',
        [("direct", ("The toll needs to stop.",), "-", "Ann Falk, Elling", "Ann Falk")],
        id="a_quotation_paragraph_signed_below",
    ),
    pytest.param(
        '"Drivers pay twice," Fair Tolls for $5 organizing director Ann Falk told reporters.',
        [("direct", ("Drivers pay twice,",), "told",
          "Fair Tolls for $5 organizing director Ann Falk", "Ann Falk")],
        id="the_whole_stretch_after_a_quotation_is_its_source",
    ),
    pytest.param(
        '"It is over," the crowd cheered as Falk said.',
        [("direct", ("It is over,",), None, None, None)],
        id="a_stretch_with_a_verb_and_a_conjunction_is_no_source",
    ),
    pytest.param(
        'The newly elected mayor went to the podium, saying: "It is bad."',
        [("direct", ("It is bad.",), "saying", "The newly elected mayor", None)],
        id="a_participle_after_an_adverb_stays_in_the_description",
    ),
    pytest.param(
        'In Raleigh, N.C., Smith went to the podium, saying: "It is bad."',
        [("direct", ("It is bad.",), "saying", "Smith", "Smith")],
        id="a_dotted_state_after_an_opening_place",
    ),
    pytest.param(
        '"It is a waste," said Will Hurd, a Texas Republican.',
        [("direct", ("It is a waste,",), "said", "Will Hurd, a Texas Republican", "Will Hurd")],
        id="a_first_name_spelt_like_a_function_word",
    ),
    # a verb the lexicon does not list, in the attribution slot after a quotation
    pytest.param(
        '"This is a big win for the port," I confessed.',
        [("direct", ("This is a big win for the port,",), "confessed", "I", None)],
        id="unlisted_verb_after_a_pronoun",
    ),
    pytest.param(
        '"The Herald is claiming today that you met him," Hannity started.',
        [("direct", ("The Herald is claiming today that you met him,",), "started", "Hannity",
          "Hannity")],
        id="unlisted_verb_after_a_name",
    ),
    pytest.param(
        '"Sunk!" blared the front page of The Elling Herald.',
        [("direct", ("Sunk!",), "blared", "the front page of The Elling Herald",
          "Elling Herald")],
        id="unlisted_verb_before_its_source",
    ),
    pytest.param(
        'The Elling Herald ran a headline that said, "Port Sunk."',
        [("direct", ("Port Sunk.",), "said", "that", "Elling Herald")],
        id="a_relative_that_after_a_document_speaks_for_its_maker",
    ),
    pytest.param(
        'Ann Falk went on to say, "The port will reopen in May."',
        [("direct", ("The port will reopen in May.",), "say", "Ann Falk", "Ann Falk")],
        id="went_on_to_say_takes_the_subject_of_went",
    ),
    pytest.param(
        'When she returned she began by saying, "The port will reopen in May."',
        [("direct", ("The port will reopen in May.",), "saying", "she", None)],
        id="began_by_saying_takes_the_subject_of_began",
    ),
    pytest.param(
        'The memo goes on to say: "The port will reopen in May."',
        [("direct", ("The port will reopen in May.",), "say", "The memo", None)],
        id="a_document_goes_on_to_say",
    ),
    pytest.param(
        'Falk, exasperated, famously responded: "What difference does it make?" Her critics '
        'cited it often.',
        [("direct", ("What difference does it make?",), "responded", "Falk, exasperated",
          "Falk"),
         ("indirect", ("it often",), "cited", "Her critics", None)],
        id="a_cue_and_colon_before_outrank_a_new_sentence_after",
    ),
    pytest.param(
        '"We will win," Falk is.',
        [("direct", ("We will win,",), None, None, None)],
        id="a_copula_after_a_quotation_attributes_nothing",
    ),
]


def test_a_colon_introducing_the_next_quotation_does_not_close_the_last() -> None:
    doc = quotes.extract('Kerry spoke first. "We are done here." Trump said:\n\n'
                         '"We will leave very soon."', engine="rules")
    assert [(q.text, q.cue.text if q.cue else None) for q in doc.quotes] == [
        ("We are done here.", None), ("We will leave very soon.", "said")]


def test_a_bullet_after_a_quotation_is_no_signature() -> None:
    doc = quotes.extract('"We have three demands."\n\n- Jobs, jobs and more jobs.',
                         engine="rules")
    assert [q.source for q in doc.quotes] == [None]


@pytest.mark.parametrize("text, expected", PATTERNS)
def test_direct_attribution_patterns(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


def test_told_sets_the_addressee() -> None:
    doc = quotes.extract('"You have until Friday to decide," Oren Falk told Marta Linwood.',
                         engine="rules")
    (quote,) = doc.quotes
    assert quote.speaker is not None and quote.speaker.name == "Oren Falk"
    assert quote.addressee is not None and quote.addressee.name == "Marta Linwood"


def test_split_quote_content_spans_are_slices_in_order() -> None:
    text = 'Rosa Quint spoke.\n\n"The bridge is safe," she said, "but the road is not."'
    (quote,) = quotes.extract(text, engine="rules").quotes
    assert [text[c.start:c.end] for c in quote.content] == [c.text for c in quote.content]
    assert quote.content[0].end < quote.cue.start < quote.content[1].start


def test_multi_paragraph_quote_spans_lie_in_both_paragraphs() -> None:
    text = ('Oren Falk spoke at length.\n\n"We started with nothing in this valley.\n\n'
            '"Now we have a school and a clinic," he said.')
    (quote,) = quotes.extract(text, engine="rules").quotes
    first_break = text.index("\n\n", text.index('"'))
    assert quote.content[0].end <= first_break < quote.content[1].start


# -- quoted stretches that are not quotations ---------------------------------
NOT_QUOTES = [
    pytest.param('The so-called "reform" of the tax code passed on Monday.', [],
                 id="scare_quotes_so_called"),
    pytest.param('The council approved the "temporary" closure of the ferry landing.', [],
                 id="scare_quotes_single_adjective"),
    pytest.param('Oren Falk watched "The Long Harbour" twice last week.', [],
                 id="film_title"),
    pytest.param('Her novel "Salt on the Windows" sold poorly in Dunmore.', [],
                 id="book_title"),
    pytest.param("Oren Falk's dog isn't allowed in the mayor's office. The dogs' owners "
                 "weren't told.", [], id="apostrophes_only"),
    pytest.param("The suspect is 5'11\" tall and was last seen near the pier.", [],
                 id="feet_and_inches_primes"),
    pytest.param("\u00bb Read more: Harbour plans unveiled\n\u00bb Council votes on budget", [],
                 id="guillemet_bullets"),
]


@pytest.mark.parametrize("text, expected", NOT_QUOTES)
def test_non_quotations_are_not_quotes(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


MIXED_WITH_NOISE = [
    pytest.param(
        'The suspect is 5\'11" tall. "He ran toward the pier," Dana Roth said.',
        [("direct", ("He ran toward the pier,",), "said", "Dana Roth", "Dana Roth")],
        id="primes_do_not_pair_with_a_later_quotation_mark",
    ),
    pytest.param(
        '\u00bb Council votes on budget\n\n'
        '"We will not raise taxes," said Marta Linwood.',
        [("direct", ("We will not raise taxes,",), "said", "Marta Linwood", "Marta Linwood")],
        id="guillemet_bullet_then_real_quotation",
    ),
    pytest.param(
        "\"Oren's plan isn't finished,\" said Marta Linwood.",
        [("direct", ("Oren's plan isn't finished,",), "said", "Marta Linwood", "Marta Linwood")],
        id="apostrophes_inside_a_quotation",
    ),
]


@pytest.mark.parametrize("text, expected", MIXED_WITH_NOISE)
def test_real_quotations_among_marks_that_are_not(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


def test_nickname_in_source_is_not_a_quote_and_quote_before_it_is_attributed() -> None:
    text = '"I saw it all happen," said a man who goes by the name "Shorty."'
    doc = quotes.extract(text, engine="rules")
    assert len(doc.quotes) == 1
    (quote,) = doc.quotes
    assert [c.text for c in quote.content] == ["I saw it all happen,"]
    assert quote.cue is not None and quote.cue.text == "said"
    assert quote.source is not None and quote.source.text.startswith("a man")
    assert quote.speaker is None
    assert all("Shorty" not in c.text for q in doc.quotes for c in q.content)


def test_a_paragraph_set_off_after_a_cue_and_colon_is_a_block_quotation() -> None:
    text = ("The storm closed the harbour for a week.\n\nThe mayor, Ann Falk, added:\n\n"
            "We will rebuild the piers before winter. Nobody will lose a job.\n\n"
            "The council meets on Monday.")
    doc = quotes.extract(text, engine="rules")
    blocks = [q for q in doc.quotes if q.cue and q.cue.text == "added"]
    assert len(blocks) == 1
    assert [c.text for c in blocks[0].content] == [
        "We will rebuild the piers before winter. Nobody will lose a job."]
    assert blocks[0].speaker is not None and blocks[0].speaker.name == "Ann Falk"


BLOCK_INTROS_THAT_ARE_NOT = [
    # the cue has its own content: the colon shows something else
    "Tom Baker pointed out that the piers were old:\n\nThe harbour closed in 1990 and "
    "reopened in 2001 after repairs.",
    # a label, not a speaker
    "UPDATE:\n\nThe harbour reopened on Friday after the storm passed.",
]


@pytest.mark.parametrize("text", BLOCK_INTROS_THAT_ARE_NOT)
def test_a_colon_that_introduces_no_quotation_makes_no_block_quote(text: str) -> None:
    doc = quotes.extract(text, engine="rules")
    second = text.index("\n\n") + 2
    assert not any(q.content[0].start == second for q in doc.quotes)
