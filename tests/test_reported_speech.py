"""Reported and mixed speech with the rules engine.

Each table row is a passage we wrote (invented people and places) and the
statements expected from it, in text order, as
``(kind, content texts, cue text, cue type, source text, speaker name)``.
Content is the reported clause (with its "that"), never the whole sentence,
and without the sentence's final full stop.
"""

from __future__ import annotations

import pytest
from samples import quote_rows

import quotes

Row = tuple[str, tuple[str, ...], "str | None", "str | None", "str | None", "str | None"]


def rows(text: str) -> list[tuple[object, ...]]:
    return quote_rows(text, cue_type=True)


ML = "Marta Linwood"

PATTERNS = [
    pytest.param(
        "Marta Linwood said that the harbour would reopen in May.",
        [("indirect", ("that the harbour would reopen in May",), "said", "speech", ML, ML)],
        id="name_said_that_clause",
    ),
    pytest.param(
        "Marta Linwood said the harbour would reopen in May.",
        [("indirect", ("the harbour would reopen in May",), "said", "speech", ML, ML)],
        id="name_said_clause_without_that",
    ),
    pytest.param(
        "Marta Linwood said on Friday that the harbour would reopen in May.",
        [("indirect", ("that the harbour would reopen in May",), "said", "speech", ML, ML)],
        id="name_said_time_phrase_that_clause",
    ),
    pytest.param(
        "Marta Linwood said in a statement that the harbour would reopen in May.",
        [("indirect", ("that the harbour would reopen in May",), "said", "speech", ML, ML)],
        id="name_said_venue_phrase_that_clause",
    ),
    pytest.param(
        "The harbour will reopen in May, Marta Linwood said.",
        [("indirect", ("The harbour will reopen in May",), "said", "speech", ML, ML)],
        id="clause_comma_name_said",
    ),
    pytest.param(
        "The harbour will reopen in May, said Marta Linwood.",
        [("indirect", ("The harbour will reopen in May",), "said", "speech", ML, ML)],
        id="clause_comma_said_name",
    ),
    pytest.param(
        "The harbour should reopen in May, Marta Linwood argued, because the ferry needs it.",
        # the clause goes on after the parenthetical attribution: both parts are
        # what was argued (the convention of the PolNeAR annotation too)
        [("indirect", ("The harbour should reopen in May", "because the ferry needs it"),
          "argued", "speech", ML, ML)],
        id="clause_comma_name_argued_mid_sentence",
    ),
    pytest.param(
        "Oren Falk told Marta Linwood that the budget was balanced.",
        [("indirect", ("that the budget was balanced",), "told", "speech", "Oren Falk",
          "Oren Falk")],
        id="name_told_addressee_that_clause",
    ),
    pytest.param(
        "Oren Falk told Marta Linwood the budget was balanced.",
        [("indirect", ("the budget was balanced",), "told", "speech", "Oren Falk", "Oren Falk")],
        id="name_told_addressee_clause_without_that",
    ),
    pytest.param(
        "According to Marta Linwood, the harbour will reopen in May.",
        [("indirect", ("the harbour will reopen in May",), "According to", "source", ML, ML)],
        id="according_to_name_comma_clause",
    ),
    pytest.param(
        "The harbour will reopen in May, according to Marta Linwood.",
        [("indirect", ("The harbour will reopen in May",), "according to", "source", ML, ML)],
        id="clause_comma_according_to_name",
    ),
    pytest.param(
        "Marta Linwood said the harbour would reopen in May, adding that the ferry would run "
        "daily.",
        [("indirect", ("the harbour would reopen in May",), "said", "speech", ML, ML),
         ("indirect", ("that the ferry would run daily",), "adding", "speech", ML, ML)],
        id="said_clause_adding_that_clause_two_statements",
    ),
    pytest.param(
        "Marta Linwood, who has led the council since 2019, said the harbour would reopen in "
        "May.",
        [("indirect", ("the harbour would reopen in May",), "said", "speech",
          "Marta Linwood, who has led the council since 2019", ML)],
        id="name_relative_clause_said",
    ),
    pytest.param(
        "Marta Linwood said the harbour would reopen in May and added that the ferry would run "
        "daily.",
        [("indirect", ("the harbour would reopen in May",), "said", "speech", ML, ML),
         ("indirect", ("that the ferry would run daily",), "added", "speech", ML, ML)],
        id="said_and_added_that_two_statements_same_speaker",
    ),
    pytest.param(
        "Marta Linwood opened the meeting, saying that the harbour would reopen in May.",
        [("indirect", ("that the harbour would reopen in May",), "saying", "speech", ML, ML)],
        id="participial_saying_that",
    ),
    pytest.param(
        "Oren Falk warned that the ferry could stop running, saying the council had no money "
        "left.",
        [("indirect", ("that the ferry could stop running",), "warned", "speech", "Oren Falk",
          "Oren Falk"),
         ("indirect", ("the council had no money left",), "saying", "speech", "Oren Falk",
          "Oren Falk")],
        id="warned_that_then_participial_saying",
    ),
    pytest.param(
        "Marta Linwood expressed hope that the harbour would reopen in May.",
        [("indirect", ("that the harbour would reopen in May",), "expressed hope", "speech", ML,
          ML)],
        id="light_verb_expressed_hope",
    ),
    pytest.param(
        'Marta Linwood said the plan was "a disaster for the valley" and should be scrapped.',
        [("mixed", ('the plan was "a disaster for the valley" and should be scrapped',), "said",
          "speech", ML, ML)],
        id="mixed_quote_fragment_inside_reported_clause",
    ),
    pytest.param(
        'Marta Linwood called the plan "a disaster for the valley" and said the council should '
        'vote again.',
        [("mixed", ('the plan "a disaster for the valley"',), "called", "speech", ML, ML),
         ("indirect", ("the council should vote again",), "said", "speech", ML, ML)],
        id="mixed_called_the_plan_fragment_and_said_clause",
    ),
    pytest.param(
        "Marta Linwood believes the harbour will reopen in May.",
        [("indirect", ("the harbour will reopen in May",), "believes", "thought", ML, ML)],
        id="thought_cue_believes",
    ),
    pytest.param(
        "Oren Falk hopes that the ferry will run daily.",
        [("indirect", ("that the ferry will run daily",), "hopes", "thought", "Oren Falk",
          "Oren Falk")],
        id="thought_cue_hopes",
    ),
    pytest.param(
        "Oren Falk thinks the ferry will run daily.",
        [("indirect", ("the ferry will run daily",), "thinks", "thought", "Oren Falk",
          "Oren Falk")],
        id="thought_cue_thinks",
    ),
    pytest.param(
        "The ferry company (its director said the harbour would reopen in May) has hired new "
        "crews.",
        [("indirect", ("the harbour would reopen in May",), "said", "speech", "its director",
          None)],
        id="content_stops_at_closing_parenthesis",
    ),
    pytest.param(
        "Marta Linwood said the harbour would reopen in May; the ferry, however, is still "
        "docked.",
        [("indirect", ("the harbour would reopen in May",), "said", "speech", ML, ML)],
        id="content_stops_at_semicolon",
    ),
]


@pytest.mark.parametrize("text, expected", PATTERNS)
def test_reported_speech_patterns(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


ADDRESSEES = [
    pytest.param("Oren Falk told Marta Linwood that the budget was balanced.", "Oren Falk", ML,
                 id="told_name_that"),
    pytest.param("Oren Falk told Marta Linwood the budget was balanced.", "Oren Falk", ML,
                 id="told_name_no_that"),
]


@pytest.mark.parametrize("text, speaker, addressee", ADDRESSEES)
def test_told_gives_the_addressee(text: str, speaker: str, addressee: str) -> None:
    (quote,) = quotes.extract(text, engine="rules").quotes
    assert quote.speaker is not None and quote.speaker.name == speaker
    assert quote.addressee is not None and quote.addressee.name == addressee


def test_possessive_spokesman_is_not_the_named_person() -> None:
    doc = quotes.extract("Marta Linwood's spokesman said the harbour would reopen in May.",
                         engine="rules")
    (quote,) = doc.quotes
    assert quote.kind.value == "indirect"
    assert quote.content[0].text == "the harbour would reopen in May"
    assert quote.cue.text == "said"
    assert quote.source is not None and quote.source.text == "Marta Linwood's spokesman"
    assert quote.speaker is None or quote.speaker.name != ML


NOT_STATEMENTS = [
    "When asked whom she supported, Marta Linwood smiled.",
    pytest.param("The sayings of Oren Falk were printed in the Dunmore Gazette.",
                 id="noun_sayings_of"),
    pytest.param("A report on the harbour was published on Monday.", id="noun_a_report"),
    pytest.param("The claims about the harbour were never tested.", id="noun_the_claims"),
    pytest.param("The theft was reported to the police on Monday.", id="passive_was_reported"),
    pytest.param("Oren Falk said nothing.", id="said_with_object_nothing"),
    pytest.param("Oren Falk said goodbye to the crew.", id="said_goodbye"),
]


@pytest.mark.parametrize("text", NOT_STATEMENTS)
def test_non_statements_are_not_quotes(text: str) -> None:
    assert rows(text) == []


def test_reported_speech_inside_a_direct_quote_is_not_a_separate_quote() -> None:
    text = ('"Oren Falk said the harbour would reopen in May, but nobody believed him," '
            'Marta Linwood said.')
    assert rows(text) == [
        ("direct", ("Oren Falk said the harbour would reopen in May, but nobody believed him,",),
         "said", "speech", ML, ML),
    ]


@pytest.mark.parametrize("text", [
    pytest.param("Marta Linwood said that the harbour would reopen in May.", id="said_that"),
    pytest.param("The harbour will reopen in May, Marta Linwood said.", id="closing_said"),
    pytest.param("Marta Linwood, who has led the council since 2019, said the harbour would "
                 "reopen in May.", id="relative_clause"),
])
def test_content_is_the_clause_not_the_sentence(text: str) -> None:
    (quote,) = quotes.extract(text, engine="rules").quotes
    content = quote.content[0].text
    assert "harbour would reopen in May" in content or "harbour will reopen in May" in content
    assert ML not in content and "said" not in content and not content.endswith(".")


# -- raising verbs and prepositional speech verbs ------------------------------------
@pytest.mark.parametrize(
    "text, expected_content, expected_cue",
    [
        pytest.param("Sanders appears to be spending more heavily as the vote nears.",
                     ("Sanders", "to be spending more heavily as the vote nears"), "appears",
                     id="raising_verb_subject_and_complement"),
        pytest.param("Marta Linwood spoke about the cost of the new harbour wall.",
                     ("the cost of the new harbour wall",), "spoke about",
                     id="prepositional_speech_verb_object"),
        pytest.param("Oren Falk warned of delays on the ferry line.",
                     ("delays on the ferry line",), "warned of",
                     id="prepositional_warned_of"),
    ],
)
def test_raising_and_prepositional_cues(text, expected_content, expected_cue) -> None:
    (quote,) = quotes.extract(text, engine="rules").quotes
    assert tuple(span.text for span in quote.content) == expected_content
    assert quote.cue is not None and quote.cue.text == expected_cue


def test_raising_verb_has_no_named_source() -> None:
    (quote,) = quotes.extract("The plan seemed to please nobody in the valley.",
                              engine="rules").quotes
    assert quote.source is None and quote.speaker is None
    assert quote.cue_type is quotes.CueType.THOUGHT


# -- statements found from PolNeAR-style patterns -------------------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Marta Linwood hopes to rebuild the harbour wall before winter.",
                     [("hopes", "Marta Linwood", ("to rebuild the harbour wall before winter",))],
                     id="to_infinitive_content"),
        pytest.param("The Harbour Fund, the group supporting Oren Falk, spent heavily.",
                     [("supporting", "the group", ("Oren Falk",))],
                     id="reduced_relative_stance_verb_object_ends_at_comma"),
        pytest.param("Council members endorsed Falk.",
                     [("endorsed", "Council members", ("Falk",))],
                     id="one_word_name_object"),
        pytest.param("According to recent polling, the ferry line is losing money.",
                     [("According to", "recent polling", ("the ferry line is losing money",))],
                     id="according_to_a_common_noun_phrase"),
        pytest.param("Still, she said, the council has to decide by March.",
                     [("said", "she", ("Still", "the council has to decide by March"))],
                     id="parenthetical_attribution_after_a_short_opener"),
        pytest.param("Falk Says Harbour Wall Will Be Rebuilt",
                     [("Says", "Falk", ("Harbour Wall Will Be Rebuilt",))],
                     id="title_case_headline_cue"),
    ],
)
def test_polnear_style_statements(text, expected) -> None:
    doc = quotes.extract(text, engine="rules")
    got = [(q.cue.text if q.cue else None, q.source.text if q.source else None,
            tuple(c.text for c in q.content)) for q in doc.quotes]
    assert got == expected


def test_one_word_lowercase_object_is_no_statement() -> None:
    assert quotes.extract("Harbour plans unveiled", engine="rules").quotes == ()


@pytest.mark.parametrize("text, source", [
    pytest.param('"There is no plan," said one Tate confidant. "We wait."', "one Tate confidant",
                 id="article_name_noun_after_cue"),
    pytest.param('"There is no plan," said a Norvale Party strategist.',
                 "a Norvale Party strategist", id="noun_closing_the_phrase"),
    pytest.param("Sanders and his supporters argue that the delegates should switch.",
                 "Sanders and his supporters", id="name_and_possessive_phrase"),
    pytest.param("Velde and the Port Authority have said that no cargo was lost.",
                 "Velde and the Port Authority", id="name_and_organisation"),
    pytest.param("But Ward and other security experts acknowledge that the plan is new.",
                 "Ward and other security experts", id="name_and_plural_group"),
    pytest.param("The Elling mayor and the Norvale businessman discussed the violence.",
                 "The Elling mayor and the Norvale businessman", id="two_described_people"),
    pytest.param("At least half of voters in each state say the plan is right.",
                 "At least half of voters in each state", id="share_with_at_least"),
    pytest.param("In Elling, about half of primary voters said they want change.",
                 "about half of primary voters", id="share_with_about"),
    pytest.param("Only 52 percent of registered voters agreed that he was fit.",
                 "Only 52 percent of registered voters", id="share_with_a_number"),
    pytest.param("Velde, who has led the port since 2019, warned that the quota would fall.",
                 "Velde", id="surname_leaves_its_relative_clause_out"),
    pytest.param("Marta Linwood, who runs the port, warned that the quota would fall.",
                 "Marta Linwood, who runs the port", id="full_name_keeps_its_relative_clause"),
    pytest.param("While he is ill, those around him acknowledge that a bid is unlikely.",
                 "those around him", id="those_around_him"),
    pytest.param("Velde defenders today argue that this was the best anyone could have done.",
                 "Velde defenders today", id="time_word_ends_the_subject"),
    pytest.param('Tate, the owner of the pageant and star of the show "The Harbour," said in '
                 "an interview that the festival was dull.",
                 'Tate, the owner of the pageant and star of the show "The Harbour,"',
                 id="apposition_ending_on_a_quoted_title"),
    pytest.param("Breitling News, for one, reported that the harbour would close.",
                 "Breitling News", id="parenthetical_for_one"),
])
def test_source_phrase_boundaries(text: str, source: str) -> None:
    doc = quotes.extract(text, engine="rules")
    assert [q.source.text for q in doc.quotes if q.source][0] == source


@pytest.mark.parametrize("text, source", [
    pytest.param("Mr. Velde likes surprises, as he did last year by announcing that the port "
                 "would close.", "he", id="participle_ending_a_subordinate_clause"),
    pytest.param("Senator Ann Falk caused a stir when she went on the record endorsing Oren "
                 "Tate.", "she", id="participle_after_when_clause"),
    pytest.param("Velde attacked Falk after she won the debate, saying the count was wrong.",
                 "Velde", id="participle_after_a_comma_is_the_main_subjects"),
    pytest.param("Trump attacked Clinton and the media said it was wrong.", "the media",
                 id="verb_before_the_first_conjunct"),
    pytest.param("He met Velde and the board said the deal was done.", "the board",
                 id="irregular_verb_before_the_first_conjunct"),
    pytest.param('In the email, Velde described the move as a "major breach," adding that it '
                 "was bad.", "Velde", id="a_quoted_phrase_is_no_title"),
    pytest.param("In the coming months, he vowed to close the port and declined to say when.",
                 "he", id="a_clause_after_a_comma_is_no_apposition"),
    pytest.param("He met the mayor and the board said the deal was done.", "the board",
                 id="object_phrase_before_and"),
    pytest.param("Hosts reminded the audience of comments Tate made — and later said that "
                 "the plan was sound.", "Hosts", id="verb_after_a_name_is_no_noun"),
])
def test_source_phrase_does_not_reach_into_the_clause_before(text: str, source: str) -> None:
    doc = quotes.extract(text, engine="rules")
    assert source in [q.source.text for q in doc.quotes if q.source]


def test_there_is_no_source() -> None:
    doc = quotes.extract("There is anecdotal evidence suggesting that voters use the slump as a "
                         "base line.", engine="rules")
    assert all(q.source is None or q.source.text.casefold() != "there" for q in doc.quotes)


@pytest.mark.parametrize("text, source", [
    pytest.param("Tate beat Velde and his aides said the win was historic.", "his aides",
                 id="verb_before_a_name_conjunct"),
    pytest.param("Former governor Ann Falk and her aides said the vote was fair.",
                 "Former governor Ann Falk and her aides", id="role_before_a_name_conjunct"),
    pytest.param("On Monday, the mayor and the governor said the bridge would reopen.",
                 "the mayor and the governor", id="comma_before_described_conjuncts"),
    pytest.param("About 300 of the protesters said they were tired.",
                 "About 300 of the protesters", id="number_of_a_group"),
    pytest.param('Tate, the star of "The Harbour," said the show was a hit.',
                 'Tate, the star of "The Harbour,"', id="title_after_of"),
    pytest.param("On Monday, Velde and his supporters argued that the race was open.",
                 "Velde and his supporters", id="comma_before_a_name_conjunct"),
    pytest.param("Since 2010 about a third of Republicans have said the plan is bad.",
                 "about a third of Republicans", id="year_before_a_share"),
    pytest.param("At 3 in Elling police said the fire was out.", "Elling police",
                 id="time_is_no_share"),
    pytest.param("Some of those around her believe that she will run.",
                 "Some of those around her", id="quantity_of_those_around"),
    pytest.param('Velde, asked about "Benghazi," said the attack was a tragedy.', "Velde",
                 id="quoted_word_after_a_preposition_is_no_title"),
    pytest.param("The senator praised, without reservation, the new trade deal.", "The senator",
                 id="aside_between_object_cue_and_object"),
])
def test_reviewed_source_boundaries(text: str, source: str) -> None:
    doc = quotes.extract(text, engine="rules")
    assert [q.source.text for q in doc.quotes if q.source] == [source]


def test_a_share_of_what_is_no_source() -> None:
    doc = quotes.extract("The budget is less than 10 percent of what the Elling Society of "
                         "Engineers estimates is needed.", engine="rules")
    assert all(not q.source or not q.source.text.startswith("less than") for q in doc.quotes)


def test_a_fronted_phrase_never_joins_a_name_conjunct() -> None:
    doc = quotes.extract("After the rally Velde and other organizers said the march was "
                         "peaceful.", engine="rules")
    assert [q.source.text for q in doc.quotes if q.source] in (
        ["other organizers"], ["Velde and other organizers"])
