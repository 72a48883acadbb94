"""Speaker resolution with the rules engine.

The main table is passage -> the speaker name of each quote, in text order
(None where the speaker must stay unresolved). Names are canonical: the
fullest proper name, without titles. All people, places and bodies are
invented.
"""

from __future__ import annotations

import pytest

import quotes
from quotes.model import MentionKind, SpeakerKind


def speaker_names(text: str) -> list[str | None]:
    doc = quotes.extract(text, engine="rules")
    return [q.speaker.name if q.speaker else None for q in doc.quotes]


def speakers_by_source(text: str) -> dict[str, str | None]:
    """Each quote's source mention mapped to the name of its speaker."""
    doc = quotes.extract(text, engine="rules")
    return {q.source.text: q.speaker.name if q.speaker else None for q in doc.quotes if q.source}


def speaker_of(text: str, source: str, *, prefix: bool = False) -> str | None:
    """The speaker of the one quote whose source mention is ``source`` (or,
    with ``prefix``, starts with it)."""
    doc = quotes.extract(text, engine="rules")
    (quote,) = [q for q in doc.quotes if q.source and (
        q.source.text.startswith(source) if prefix else q.source.text == source)]
    return quote.speaker.name if quote.speaker else None


AV, IM, PH, PHJ = "Aron Velde", "Ilka Morrow", "Peter Hale", "Peter Hale Jr."
DB, TE, HC, RQ, JD = "David Brook", "Tom Ellery", "Helen Crane", "Rosa Quint", "Jane Doyle"

RESOLUTION = [
    # -- grouping proper names ------------------------------------------------
    pytest.param("Prime Minister Aron Velde met the fishermen on Monday. Velde said the quota "
                 "would rise. Mr. Velde also said the port would stay open.",
                 [AV, AV], id="full_name_then_surname_then_mr_surname"),
    pytest.param("Aron Velde said the quota would rise. Velde added that the port would stay "
                 "open. Mr. Velde said the fleet was ready.",
                 [AV, AV, AV], id="speaker_full_name_then_surname_then_mr"),
    pytest.param("Velde said the quota would rise. Aron Velde has led the government since "
                 "2019.", [AV], id="surname_first_full_name_later_gives_full_name"),
    pytest.param("Bill Harrow and Nora Harrow spoke at the rally. Bill Harrow said the mill "
                 "would close. Nora Harrow said the mill would stay open.",
                 ["Bill Harrow", "Nora Harrow"], id="two_people_same_surname_stay_apart"),
    pytest.param("Bill Harrow said the mill would close. Nora Harrow said the mill would stay "
                 "open. Mr. Harrow added that the workers had been told.",
                 ["Bill Harrow", "Nora Harrow", "Bill Harrow"],
                 id="mr_surname_picks_the_man_of_two_same_surname"),
    pytest.param("Peter Hale Jr. said the farm would be sold. Peter Hale said the farm would not "
                 "be sold.", [PHJ, PH], id="junior_then_senior_stay_apart"),
    pytest.param("Peter Hale said the farm would not be sold. Peter Hale Jr. said the farm "
                 "would be sold.", [PH, PHJ], id="senior_then_junior_stay_apart"),
    pytest.param("Rhea Vance said the vote would pass. Vance added that she had the numbers.",
                 ["Rhea Vance", "Rhea Vance"], id="surname_groups_with_full_name_woman"),
    # -- titles ---------------------------------------------------------------
    pytest.param("Prime Minister Aron Velde said the quota would rise.", [AV],
                 id="title_prime_minister_stripped_from_name"),
    pytest.param("Estovian President Ilka Morrow said the border would reopen.", [IM],
                 id="demonym_and_title_stripped_from_name"),
    pytest.param("Senator Rhea Vance said the vote would pass.", ["Rhea Vance"],
                 id="title_senator_stripped_from_name"),
    pytest.param("Gov. Martin Okafor said the road would reopen.", ["Martin Okafor"],
                 id="abbreviated_title_gov_stripped_from_name"),
    pytest.param("Dr. Lena Fisk said the clinic was full. Fisk said more beds were coming.",
                 ["Lena Fisk", "Lena Fisk"], id="title_dr_stripped_and_surname_grouped"),
    pytest.param('"He ran toward the pier," Officer Dana Roth said.', ["Dana Roth"],
                 id="title_officer_stripped_from_name"),
    # -- appositions ------------------------------------------------------------
    pytest.param("Khalid Ramsey, a Labour MP, said he was worried about the ferry.",
                 ["Khalid Ramsey"], id="apposition_labour_mp_name_is_the_person"),
    pytest.param("Tom Ellery, a retired captain, said the harbour was too shallow.", [TE],
                 id="apposition_lowercase_role"),
    pytest.param("The mayor, Jane Doyle, said the bridge was safe.", [JD],
                 id="description_then_name_in_apposition"),
    pytest.param('"The budget is balanced," said Oren Falk, the mayor of Dunmore.',
                 ["Oren Falk"], id="said_name_apposition_with_place"),
    # -- pronouns -------------------------------------------------------------
    pytest.param("Mr. Ostrander arrived late. He said the meeting had started without him.",
                 ["Ostrander"], id="he_after_mr_surname"),
    pytest.param("Ms. Quill chaired the session. She said the budget was balanced.",
                 ["Quill"], id="she_after_ms_surname"),
    pytest.param("Helen Crane opened the fair. She said the weather had been kind.", [HC],
                 id="she_after_female_first_name"),
    pytest.param("David Brook opened the fair. He said the weather had been kind.", [DB],
                 id="he_after_male_first_name"),
    pytest.param("David Brook met Helen Crane at the fair. She said the weather had been kind.",
                 [HC], id="she_after_man_and_woman"),
    pytest.param("Helen Crane met David Brook at the fair. He said the weather had been kind.",
                 [DB], id="he_after_woman_and_man"),
    pytest.param("David Brook said the fair would move to June. Tom Ellery said the fair should "
                 "stay in May. He added that the council agreed with him.",
                 [DB, TE, TE], id="two_men_in_turn_he_is_the_last_speaker"),
    pytest.param("Helen Crane said the fair would move to June. Rosa Quint said the fair should "
                 "stay in May. She added that the council agreed with her.",
                 [HC, RQ, RQ], id="two_women_in_turn_she_is_the_last_speaker"),
    pytest.param("David Brook said the fair would move to June. Helen Crane said it should stay "
                 "in May. He replied that the hall was booked.",
                 [DB, HC, DB], id="he_skips_the_last_speaker_of_the_other_gender"),
    pytest.param("David Brook hired Tom Ellery last spring. He said the harbour had never "
                 "looked better.", [DB], id="he_prefers_subject_over_object"),
    pytest.param("The fair opened on Sunday. He said the weather had been kind.", [None],
                 id="pronoun_without_antecedent_stays_unresolved"),
    pytest.param("David Brook opened the fair. She said the weather had been kind.", [None],
                 id="she_with_only_a_man_in_context_stays_unresolved"),
    pytest.param('Helen Crane opened the fair.\n\n"The weather has been kind," she said.', [HC],
                 id="direct_quote_she_said_next_paragraph"),
    pytest.param('Tom Ellery, a retired captain, said the harbour was too shallow.\n\n'
                 '"Nobody listens to the old hands," he added.', [TE, TE],
                 id="apposition_then_paragraph_break_he_added"),
    # -- descriptions -----------------------------------------------------------
    pytest.param("Prime Minister Aron Velde visited the port. The prime minister said the quota "
                 "would rise.", [AV], id="the_prime_minister_resolves_by_title"),
    pytest.param("Estovian President Ilka Morrow met Prime Minister Aron Velde. The Estovian "
                 "president said the border would reopen. The prime minister said the quota "
                 "would rise.", [IM, AV], id="the_demonym_president_and_the_prime_minister"),
    pytest.param("Jane Doyle, the mayor of Dunmore, opened the bridge. The mayor said it was "
                 "safe.", [JD], id="the_mayor_resolves_through_earlier_apposition"),
    pytest.param("Mayor Jane Doyle opened the bridge. The mayor said it was safe.", [JD],
                 id="the_mayor_resolves_by_title"),
    # -- organisations ------------------------------------------------------------
    pytest.param("The Harbour Ministry issued a statement on Friday. It said the port would "
                 "close for repairs.", ["Harbour Ministry"], id="organisation_then_it_said"),
    pytest.param("The Dunmore Council said the ferry would run daily.", ["Dunmore Council"],
                 id="organisation_with_council"),
    pytest.param("The Department of Fisheries said the quota would rise.",
                 ["Department of Fisheries"], id="organisation_department_of"),
    pytest.param("Harbourwatch ran a check on the mayor's claim. On Friday they published "
                 "the results, saying that the claim was true.",
                 ["Harbourwatch", "Harbourwatch"],
                 id="they_for_an_organisation_named_as_subject_before"),
    pytest.param("The Harbour Trust interviewed twenty former members. They said the fees "
                 "were unfair.", [None], id="they_after_people_named_in_between_is_a_group"),
    pytest.param("A document on the Velde campaign's website says the quota will rise. The "
                 "campaign has said that the port will stay open.",
                 ["Velde campaign", "Velde campaign"],
                 id="a_document_speaks_for_its_issuer_and_the_campaign_is_the_one_named"),
    pytest.param("Jane Doyle treated the mayor in 2019. According to her account, the mayor "
                 "insisted that the clinic stay open.", [JD],
                 id="her_account_speaks_for_its_author"),
    pytest.param("Governor Velde met the fishermen. During a radio call-in, Jane Doyle "
                 "had a question for the governor.\n\n\"Will the port stay open?\" she asked.",
                 [JD], id="she_prefers_a_known_woman_to_a_man_of_unknown_gender"),
    pytest.param("In the Harlow Fargo scandal, customers were charged twice.\n\nThe bank "
                 "said that it had fired the staff.", ["Harlow Fargo"],
                 id="the_bank_is_the_name_no_person_evidence_marks_in_the_paragraphs_before"),
    pytest.param("Tom Ellery spoke first. Ellery said the port would close. A photo of Nora "
                 "Ellery was shown. Ellery said the vote was fair.", [TE, TE],
                 id="a_bare_surname_stays_with_whoever_it_stood_for"),
    pytest.param("\"The fees are unfair,\" said harbour widow Terry Quint. She added that the "
                 "council had ignored them.", ["Terry Quint", "Terry Quint"],
                 id="a_gendered_noun_before_a_name_beats_the_first_name_list"),
    pytest.param("Velde Sees 'Great Season' if Fleet Can Sail.\n\nVelde said the quota would "
                 "rise.", ["Velde"], id="a_title_case_headline_names_nobody"),
    pytest.param("Helen Crane spoke at the hearing. \"We will open the port,\" Crane said.\n\n"
                 "She has faced criticism since her meeting with Jane Doyle, the mayor's wife, "
                 "over the fees. She said she would not resign.", [HC, HC],
                 id="she_is_the_woman_who_spoke_last_not_one_only_mentioned_since"),
    pytest.param("Voting rights groups fear the rule. They say it will cost votes.", [None],
                 id="a_sentence_opening_ing_word_is_no_name_for_they"),
    pytest.param("A web video by the Republican Harbour Committee targets Velde. Velde is a "
                 "former lawyer.\n\nThe ad also mentions the ferry.\n\nThe clip says Velde "
                 "\"has a passion for the wrong people.\"",
                 ["Republican Harbour Committee"],
                 id="a_document_speaks_for_who_made_it_under_any_of_its_names"),
    pytest.param("A memo on the Velde campaign's website lists the plan. The Velde team said "
                 "the plan was final. Velde's camp said that the port would stay open.",
                 ["Velde campaign", "Velde campaign", "Velde campaign"],
                 id="the_team_and_the_camp_are_the_campaign"),
    pytest.param("Tom Ellery and Jane Doyle closed the port. This led to long queues.\n\n"
                 "They said that the closure was needed.", ["Tom Ellery and Jane Doyle"],
                 id="they_for_people_named_together_as_a_subject"),
    pytest.param("The Harbour Monetary Fund cut its forecast on Tuesday. The fund warned that "
                 "trade would slow.", ["Harbour Monetary Fund"],
                 id="the_fund_is_the_fund_named_before"),
    pytest.param("Tom Ellery on Wednesday called on Oren Falk to apologise.\n\n\"That was "
                 "outrageous,\" Velde's former campaign strategist said.", [TE, TE],
                 id="a_description_owned_by_someone_out_of_sight_varies_the_subjects_name"),
    pytest.param("The panel held Oren Falk in contempt on Thursday. Falk's lawyer said he "
                 "would not answer questions.", [None],
                 id="the_lawyer_of_someone_just_named_is_nobody_we_can_name"),
    pytest.param("\"We need people of substance,\" said Tom Ellery, president of the union.\n\n"
                 "People like Bob Velde, he said.", [TE, TE],
                 id="a_name_after_like_is_no_subject_for_he"),
    pytest.param("The Harbour Monetary Fund cut its growth forecast. The HMF expects trade to "
                 "slow. The fund warned that the port would suffer.",
                 ["Harbour Monetary Fund", "Harbour Monetary Fund"],
                 id="an_acronym_is_the_organisation_it_abbreviates"),
    # -- the writer ------------------------------------------------------------------
    pytest.param("The ferry is late again. I think the council should act.\n\nTom Ellery.\n\n"
                 "The new bridge is ugly. I believe it should come down.\n\nHelen Crane, "
                 "Dunmore.", [TE, HC], id="letters_to_the_editor_are_their_signers"),
    pytest.param("My father never trusted the council. I believe he was right. My father often "
                 "said that the council lied.\n\nHelen Crane is a writer in Dunmore.",
                 [HC, None], id="essay_I_is_the_author_named_in_the_note_my_father_unnamed"),
    # -- groups and anonymous sources ---------------------------------------------
    pytest.param("Officials said the port would close for repairs.", [None],
                 id="officials_said_has_no_named_speaker"),
    pytest.param("The port will close for repairs, officials said.", [None],
                 id="clause_officials_said_has_no_named_speaker"),
    pytest.param("Democrats on Dunmore Hill, who opposed the toll, said it would fail.",
                 [None, None], id="a_group_at_a_place_is_neither_the_place_nor_a_person"),
    pytest.param("Nora Hill, who criticised the toll, said the port would close.",
                 ["Nora Hill", "Nora Hill"], id="a_person_called_hill_is_a_person"),
    pytest.param("A spokesman said the port would close for repairs.", [None],
                 id="a_spokesman_has_no_named_speaker"),
    pytest.param("Aron Velde visited the port. A spokesman said the quota would rise.", [None],
                 id="a_spokesman_is_not_the_person_named_before"),
    pytest.param("When asked by a reporter whether the port would close, Velde said it would "
                 "not.\n\nTom Ellery said the toll would rise.", [None, "Velde", TE],
                 id="a_reporter_asking_is_nobody_named_next"),
    pytest.param("Another port source speaking to the Dunmore Herald said the quota would rise.",
                 [None], id="a_source_speaking_to_a_paper_is_not_the_paper"),
    pytest.param("The Dunmore Board of Elections met on Monday. Later, the board of elections "
                 "rejected both objections.", ["Dunmore Board of Elections"],
                 id="the_board_of_elections_is_the_named_board"),
    pytest.param('"We will give," Dunmore Tea said of the fund. So far, Elling has raised $5 '
                 "million of the $6 million it pledged to the harbour.",
                 ["Dunmore Tea", "Elling"], id="it_is_the_subject_of_its_own_sentence_first"),
    pytest.param("Candidates such as Tom Ellery and Jane Doyle, who promised to cut the toll, "
                 "will gain.", [None], id="who_after_two_names_is_both_of_them"),
    pytest.param("The Harbour Fund spent $150,000 on a TV ad in Dunmore. The ad says the toll "
                 "is too high.", ["Harbour Fund"], id="a_tv_ad_is_not_made_by_tv"),
    pytest.param("Tom Ellery spoke first.\nEnglish comedian and actor Peter Hale was curious, "
                 "so he said the toll was a joke.", [PH],
                 id="a_described_name_opening_the_sentence_is_its_subject"),
    pytest.param('Peter Hale spoke.\n\n"What if the toll went?" the 43-year-old asked.', [PH],
                 id="an_age_describes_the_person_of_the_text"),
    pytest.param("Helen Crane: The Toll Is a Failure.\n\nOn Saturday at the Dunmore party "
                 "convention Sen. Helen Crane said the toll was a failure.", [HC, HC],
                 id="a_titled_name_after_a_phrase_and_a_headline_name"),
    pytest.param("Tom Ellery proposed a ban on Friday; one lawmaker called it a stunt.",
                 [TE, None], id="one_lawmaker_is_nobody_named"),
    pytest.param("Stan Ellery runs the poll. Still, Ellery's research suggests the toll is "
                 "unpopular.", ["Stan Ellery"], id="a_persons_research_speaks_for_them"),
    pytest.param("At the Dunmore Harbour Coalition dinner, Tom Ellery called the toll unfair.",
                 [TE], id="a_coalition_is_no_person"),
    pytest.param("In an online poll of 800 voters, conducted in May, Harbour Watch found that "
                 "the toll is unpopular. Still, the poll shows that most drivers pay it.",
                 ["Harbour Watch", "Harbour Watch"], id="a_poll_brought_in_before_its_maker"),
    pytest.param('Tom Ellery spoke first. In his statement Saturday, Ellery went further in '
                 'trying to hold Governor Peter Hale accountable.\n\n"There are no excuses," he '
                 'said.', [TE],
                 id="the_subject_after_an_opening_phrase_outranks_a_later_object"),
    pytest.param("Former candidate Tom Ellery said Wednesday he agrees with Judge Helen Crane's "
                 "remarks.\n\nThe Elling senator declined to say whether the toll is fair.",
                 [TE, TE], id="a_paragraph_opening_description_varies_the_last_speaker"),
    pytest.param("ELLING, Mass., Dec. 11 (UPI) \u2014 Young democrats favour Sen. Tom Ellery, "
                 "a new poll indicates.", [None],
                 id="a_poll_with_no_maker_is_not_the_person_it_names"),
    pytest.param("Republican Tom Ellery took on Helen Crane after the Democratic front-runner "
                 "had said the toll was fair.", [HC],
                 id="a_party_description_skips_the_other_party"),
    pytest.param("One naysayer remained: Senator Tom Ellery of Dunmore, who opposed the toll.",
                 [TE], id="who_after_name_of_place_is_the_person"),
    pytest.param("Presidential campaigning is rare on the app, which lets people talk after they "
                 "have agreed to a match.", [None], id="a_sentence_opening_adjective_is_no_name"),
    pytest.param("One claim of President Tom Ellery's speech to the Democratic National "
                 "Convention does not stand up.\n\nHe told his audience that the toll would fall.",
                 [TE], id="a_convention_is_no_person"),
    pytest.param("Defense Secretary Tom Ellery spoke in Elling.\n\nEllery however said he would "
                 "welcome talks.", [TE], id="however_between_name_and_cue"),
    pytest.param("''The harbour is big,'' Helen C. Crane, a senior fellow at the Elling "
                 "Institute, wrote.\n\n''To date,'' she continued, ''nobody cares.''",
                 ["Helen C. Crane", "Helen C. Crane"],
                 id="a_middle_initial_keeps_the_first_names_gender"),
    pytest.param("During the 2012 race, Mitt Ellery largely ran on his record and accused Tom "
                 "Baker of bungling it. He pledged that he would cut the toll.",
                 ["Mitt Ellery", "Mitt Ellery"], id="gender_learned_after_an_opening_phrase"),
    pytest.param("A new Harbour Watch poll found that the toll is unpopular. Drivers pay it "
                 "anyway. Most say it is too high. Few use the ferry. The bridge is full. Tolls "
                 "rose in May. The findings underscore a divide.",
                 ["Harbour Watch", None, "Harbour Watch"],
                 id="findings_come_back_to_a_poll_sentences_before"),
    pytest.param("Prime Minister Aron Velde spoke in Elling. Velde's spokesman said the quota "
                 "would rise. \"He stands by it,\" the spokesman said.", [None, None],
                 id="a_possessors_spokesman_and_the_spokesman_are_unnamed"),
    pytest.param("Tom Ellery spoke. One employee at a software firm declined to comment, saying "
                 "it would hurt him.", [None, None],
                 id="one_employee_is_nobody_named"),
    pytest.param("The harbour board met. That frustrates many analysts because they believe the "
                 "toll will rise.", [None], id="they_after_a_group_noun_is_that_group"),
    pytest.param("Bernie Ellery won Ohio. But the self-described democratic socialist has vowed "
                 "to fight on.", ["Bernie Ellery"], id="a_political_label_describes_a_person"),
    pytest.param("Labour MP Clive Lewis attacked the plan. Clive said it was a disaster.",
                 ["Clive Lewis", "Clive Lewis"], id="a_first_name_ending_like_an_adjective"),
    pytest.param("The plan was opposed by Tom Ellery and Jane Doyle of Dunmore, who said it was "
                 "bad.", [None], id="who_after_two_names_and_a_place_is_both"),
    pytest.param("Harbour Board Chief of Staff Jane Doyle said the bridge was safe.", [JD],
                 id="a_title_with_of_after_capitalised_modifiers_is_no_part_of_the_name"),
    pytest.param("Editor's note: Tom Ellery regularly insults rivals and is a serial liar, "
                 "bully and birther who has pledged to close the port.", [TE],
                 id="who_after_a_predicate_describes_the_subject"),
    pytest.param("Now that the race is on, Tom Ellery will try a pivot.\n\nThe Republican "
                 "nominee-in-waiting will seek to move past the turmoil.", [TE],
                 id="a_hyphenated_role_is_its_role"),
    pytest.param("Tom Ellery spoke. \"It was nice,\" the gambling tycoon told Reuters.", [TE],
                 id="a_tycoon_is_a_person"),
    pytest.param("Tom Ellery visited the school. A student wrote the local paper that the visit "
                 "was frightening.", [None], id="a_student_is_one_of_many"),
    # -- words, relatives and asides ------------------------------------------------
    pytest.param("Tom Ellery was asked about the toll. His response focused on the harbour.",
                 [TE], id="his_response_is_the_possessors"),
    pytest.param("Helen Crane has fought all year against the Dunmore Harbour Board, which wants "
                 "to raise the toll.", ["Dunmore Harbour Board"],
                 id="which_follows_the_phrase_before_it_not_the_subject"),
    pytest.param("Lawrence Joyce filed it. Reached on Tuesday, Joyce \u2014 who is listed as an "
                 "attorney but does not practise \u2014 said he would file again.",
                 ["Lawrence Joyce"], id="a_name_before_a_dash_aside"),
    # -- continuation quotes and nicknames ------------------------------------------
    pytest.param('"The harbour is too shallow," Tom Ellery said.\n\n'
                 '"We have asked for dredging for ten years."', [TE, TE],
                 id="uncued_quote_continues_previous_speaker"),
    pytest.param('Tom Ellery said the harbour was too shallow. Jane Doyle disagreed. '
                 '"We dredged it last year."', [TE, JD],
                 id="uncued_quote_goes_to_new_subject"),
    pytest.param('Tom "Anchor" Ellery said the harbour was too shallow.', [TE],
                 id="nickname_in_quotation_marks_inside_name"),
    # -- places, couples, records and roles set off before a name -------------
    pytest.param("Elling's harbour minister, Erlan Dossov, plays down the fears. Norway may "
                 "outnumber the fleet, but its ships bring trade, he says.",
                 ["Erlan Dossov"], id="he_is_not_the_country_named_before_him"),
    pytest.param("Harrow Hints at Change.\n\nBill Harrow ran the mill for years. Nora Harrow "
                 "praised him. Mrs. Harrow often says she is not running the mill, but she "
                 "has cited its record.",
                 ["Nora Harrow", "Nora Harrow"],
                 id="mrs_surname_is_not_the_bare_surname_of_the_headline_man"),
    pytest.param("Tom Ellery and Jane Doyle are locked in a tight race, a new harbour poll has "
                 "found.", [None], id="a_poll_is_not_made_by_the_people_it_measures"),
    pytest.param("The Dunmore Institute published a poll on Monday. Tom Ellery leads by eight "
                 "points in the poll, which shows the toll is unpopular. The poll also found "
                 "that most drivers want a ferry.",
                 ["Dunmore Institute"] * 3, id="the_poll_is_its_publishers_not_the_leaders"),
    pytest.param("The Elling Policy Institute of Dunmore ran the numbers. Tom Ellery spoke "
                 "at length.\n\nJane Doyle spoke too.\n\nThe ferry is late.\n\nThe toll was "
                 "raised.\n\nMost drivers oppose the toll, according to the institute.",
                 ["Elling Policy Institute of Dunmore"],
                 id="the_institute_is_the_institute_named_paragraphs_before"),
    pytest.param("Jane Doyle met a few Democrats on Monday, who say the toll is too high.",
                 [None],
                 id="plural_party_members_are_no_name"),
    pytest.param("The Elling Teachers Union held a vote. Activist teachers have gained clout "
                 "as they say the new tests are unfair.", [None],
                 id="they_after_a_plural_person_noun_is_that_group"),
    pytest.param("Jane Doyle leads the race.\n\nRussia is meddling in the vote, they say.",
                 [None], id="they_is_not_a_country"),
    pytest.param("Jane Doyle opened an office, and the Doyle campaign hired staff. Later, her "
                 "campaign said the toll would go.", ["Doyle campaign"],
                 id="her_campaign_is_the_campaign_named_after_her"),
    pytest.param("Jane Doyle plans to tour the port.\n\nThe campaign says she will announce a "
                 "ferry plan on Friday.", ["Jane Doyle", "Doyle campaign"],
                 id="the_campaign_is_the_campaign_of_the_person_just_written_about"),
    pytest.param("The ferry was late, according to a newly found email from Tom Ellery.\n\n"
                 '"I tried you on the phone but you were in Dunmore," it reads.',
                 ["Tom Ellery", "Tom Ellery"], id="it_reads_is_the_document_of_its_maker"),
    pytest.param("Tom Ellery thanked his staff, his manager, Bill Doyle, and his spokeswoman, "
                 "Ann Falk.\n\nHe said the port would reopen.", ["Tom Ellery"],
                 id="he_after_a_list_of_thanked_people_is_the_subject"),
    pytest.param("Tom Ellery ran on his record and accused Bill Doyle of waste. In an example of "
                 "how sensitive Doyle is about his record, he said the audit was unfair.",
                 ["Tom Ellery", "Bill Doyle"], id="he_after_a_fronted_phrase_naming_one_man"),
    pytest.param("Senator Tom Ellery said the port would reopen. Ellery has fought for the port "
                 "for years. Ellery wants a new pier.\n\n\"He built coalitions,\" said Bill "
                 "Doyle, an aide.\n\nBut when it comes to Mr. Ellery's proudest moments, it is "
                 "the losses that stand out. He said the toll would hurt drivers.",
                 ["Tom Ellery", "Tom Ellery", "Bill Doyle", "Tom Ellery"],
                 id="he_returns_to_the_topic_after_a_minor_voice"),
    pytest.param("The ferry was late, according to a newly found email.\n\nThe email, released "
                 "by Harbour Watch, was sent at 7:19 p.m. by then-Department of Ports Chief of "
                 "Staff Jeremy Doyle.\n\n\"We tried to call you,\" it reads.\n\n\"The boats "
                 "are ready. They sail at dawn. The crews are paid,\" it said.\n\n\"Please "
                 "advise,\" it read.",
                 ["Jeremy Doyle"] * 4,
                 id="it_reads_is_the_document_of_its_sender_and_goes_on"),
    pytest.param("Mr. Ellery said the venture would be small.\n\nIt starts with Mr. Doyle's "
                 "provocative proposition that pilots are killing the port. They do it, he "
                 "says, by clinging to old ways.", ["Ellery", "Doyle"],
                 id="he_goes_on_with_the_one_person_whose_view_was_just_named"),
    pytest.param("Sen. Ann Falk said the toll was fair.\n\nThe port closed.\n\nThe ferry "
                 "was late.\n\nThe pier fell.\n\nJane Doyle defends her record in an ad: "
                 "\"I fought for the port,\" the senator says.",
                 ["Ann Falk", "Jane Doyle", "Jane Doyle"],
                 id="the_senator_just_written_about_over_one_named_paragraphs_before"),
    pytest.param("Ann Falk, the mayor, opened the meeting.\n\nThe port closed.\n\nThe ferry "
                 "was late.\n\nJane Doyle, who chairs the board, spoke last.\n\nIn a "
                 "statement, the mayor promised help for the shops.", ["Ann Falk"],
                 id="the_mayor_is_the_mayor_not_the_last_subject_of_another_sentence"),
    pytest.param("Falk and Doyle are locked in a tight race, a new harbour poll has found.\n\n"
                 "The poll, released on Wednesday night by the Elling Policy Institute, showed "
                 "Falk ahead among likely voters.", ["Elling Policy Institute"] * 2,
                 id="a_poll_whose_maker_is_named_when_the_text_comes_back_to_it"),
    pytest.param("Falk raised more money than Doyle, according to a HERALD analysis of the "
                 "filings.", ["HERALD"], id="a_maker_written_in_capitals"),
    pytest.param("Barack Obama spoke first. Jane Doyle, the mayor, answered. \"It is a fine "
                 "plan,\" she said.", ["Jane Doyle"], id="she_is_never_barack"),
    pytest.param("Cornel West, a professor, spoke. While Ann Falk and Tom Doyle waited, West "
                 "landed a dig. \"I took the money?\" he said.", ["Cornel West"],
                 id="a_surname_spelt_like_a_place_word"),
    pytest.param("Tom Doyle spoke. But the other candidate on the stage, former Secretary of "
                 "State Ann Falk, said the toll was fair.", ["Ann Falk"],
                 id="a_titled_name_after_former_in_an_apposition_is_the_head"),
    pytest.param("Ann Falk and Tom Doyle argued.\n\n\"I ask the people what it means. They "
                 "said, 'We pay every time,'\" Falk said.", ["Ann Falk"],
                 id="they_inside_a_quotation_is_the_quoted_speakers_people"),
    pytest.param("The Elling Ferry Company lost money. Companies say they need more tax breaks.",
                 [None], id="a_plural_noun_opening_a_sentence_is_no_name"),
    pytest.param("The vote came as a new poll showed Falk ahead of Doyle in Elling.\n\nThe "
                 "Herald/Elling College poll found that most drivers want a ferry.",
                 ["Herald/Elling College", "Herald/Elling College"],
                 id="a_poll_named_in_the_next_sentence"),
    pytest.param("Some of his supporters saw a culprit in Ann Lundgren Falk. The secretary of "
                 "state and former senator said the vote was fair.", ["Ann Lundgren Falk"],
                 id="a_description_after_a_sentence_ending_on_a_name"),
    pytest.param("Some of his supporters saw a culprit in Ann Lundgren Falk. The secretary of "
                 "state, a longtime ally of Doyle, said the vote was fair.\n\nTom Doyle spoke "
                 "later.\n\nThe evidence was a clip from a rally with Doyle and Falk, where the "
                 "secretary of state said she would back him.",
                 ["Ann Lundgren Falk", "Ann Lundgren Falk"],
                 id="a_role_learnt_from_a_resolved_description"),
    pytest.param("The Center for Economic and Policy Research said the tax would raise money.",
                 ["Center for Economic and Policy Research"],
                 id="an_organisation_name_joining_two_fields_with_and"),
    pytest.param("The toll will rise, according to a post from Arianna Falkenberg. \"We will "
                 "cover the port,\" she wrote.", ["Arianna Falkenberg", "Arianna Falkenberg"],
                 id="she_after_a_document_of_a_person_whose_first_name_is_unknown"),
    pytest.param("Falk spent $7 million on ads, according to Kantar Media's political ad "
                 "tracker.", ["Kantar Media"], id="a_possessive_maker_before_a_record"),
    pytest.param("The FBI confirmed that it was working on the case. The agency declined to "
                 "detail the inquiry.", ["FBI", "FBI"], id="the_agency_is_an_agency_acronym"),
    pytest.param("Former prosecutors spoke. Take action before the vote, they said, and you "
                 "risk looking partisan.", [None], id="an_imperative_verb_is_no_name"),
    # the third review: rules of the late sixth session that over-reached
    pytest.param("Senator Ann Lee spoke.\n\nThe port closed.\n\nThe ferry was late.\n\nThe "
                 "pier fell.\n\nPolice arrested Tom Brown. The senator said it was unjust. "
                 "Later, the senator said she would vote.", ["Ann Lee", "Ann Lee"],
                 id="a_role_holder_named_before_outranks_a_name_closing_the_sentence"),
    pytest.param("John Smith said the plan failed. The idea came from Mr. Jones's office. "
                 "\"We tried,\" he said.", ["John Smith", "John Smith"],
                 id="a_possessor_of_a_thing_takes_no_pronoun"),
    pytest.param("A new poll found that voters oppose the plan. Last month, a CNN poll found "
                 "the opposite.", [None], id="another_record_of_the_kind_is_no_maker"),
    pytest.param("The Department of Labor and Health Secretary Tom Price said the plan was "
                 "legal.", ["Department of Labor"],
                 id="an_organisation_name_does_not_swallow_a_titled_person"),
    pytest.param("Residents of Grant Park complained. \"It was loud,\" he said.", [None],
                 id="a_first_name_and_a_place_word_stay_a_place"),
    pytest.param("Rep. Jim Banks spoke. Banks said the plan failed.", ["Jim Banks"],
                 id="a_surname_spelt_like_a_plural_noun_stays_a_name"),
    pytest.param("The plan failed, according to a post from Pat Quinn. \"We tried,\" she said. "
                 "\"It is over,\" he said.", ["Pat Quinn", "Pat Quinn", None],
                 id="a_pronoun_gives_an_unknown_gender"),
    # the second review: surnames, titled names, organisations, fronted phrases
    pytest.param("Bruce Willis attended. Willis said he loved the film.", ["Bruce Willis"],
                 id="a_surname_ending_in_is_is_no_plural_national"),
    pytest.param("Rep. Israel said the bill would pass. He said Democrats were united.",
                 ["Israel", "Israel"], id="a_titled_surname_is_a_person_not_a_place"),
    pytest.param('The Pentagon responded on Friday. "We take these reports seriously," it '
                 "stated.", ["Pentagon"], id="it_stated_may_be_an_organisation"),
    pytest.param("Sen. Ann Falk wrote to the White House. In a letter to Governor Tom Doyle, "
                 "she said the plan was flawed.", ["Ann Falk"],
                 id="a_name_after_a_preposition_in_a_fronted_phrase_is_no_antecedent"),
    pytest.param("Elling Ferries faces a lawsuit. The company rejected the report. \"These "
                 "claims are false,\" it said.", ["Elling Ferries", "Elling Ferries"],
                 id="a_name_called_the_company_is_an_organisation_for_it"),
    pytest.param("A report, released after pressure from Senator Ann Falk, found that the "
                 "agency wasted money.", [None], id="from_far_after_a_participle_is_no_maker"),
    pytest.param("So far, Cleveland has raised $5 million of the $6 million it pledged to the "
                 "port.",
                 ["Cleveland"], id="a_city_speaks_as_an_organisation"),
]


@pytest.mark.parametrize("text, expected", RESOLUTION)
def test_speaker_of_each_quote(text: str, expected: list[str | None]) -> None:
    assert speaker_names(text) == expected


# -- roles ------------------------------------------------------------------------
ROLES = [
    pytest.param("Prime Minister Aron Velde said the quota would rise.", AV, "prime minister",
                 id="title_prime_minister"),
    pytest.param("Estovian President Ilka Morrow said the border would reopen.", IM, "president",
                 id="demonym_title_president"),
    pytest.param("Estovian President Ilka Morrow said the border would reopen.", IM,
                 "estovian president", id="demonym_title_full_role"),
    pytest.param("Senator Rhea Vance said the vote would pass.", "Rhea Vance", "senator",
                 id="title_senator"),
    pytest.param("Gov. Martin Okafor said the road would reopen.", "Martin Okafor", "governor",
                 id="abbreviated_title_gov_is_governor"),
    pytest.param("Mayor Jane Doyle said the bridge was safe.", JD, "mayor", id="title_mayor"),

    pytest.param("Khalid Ramsey, a Labour MP, said he was worried about the ferry.",
                 "Khalid Ramsey", "mp", id="apposition_mp"),
    pytest.param("Khalid Ramsey, a Labour MP, said he was worried about the ferry.",
                 "Khalid Ramsey", "labour mp", id="apposition_labour_mp"),
    pytest.param('"The budget is balanced," said Oren Falk, the mayor.', "Oren Falk", "mayor",
                 id="said_name_apposition_the_mayor"),
    pytest.param("The mayor, Jane Doyle, said the bridge was safe.", JD, "mayor",
                 id="description_before_name_mayor"),
]


@pytest.mark.parametrize("text, name, role", ROLES)
def test_roles_from_titles_and_appositions(text: str, name: str, role: str) -> None:
    doc = quotes.extract(text, engine="rules")
    (quote,) = doc.quotes
    assert quote.speaker is not None and quote.speaker.name == name
    assert role in quote.speaker.roles


# -- source kinds of unnamed sources --------------------------------------------
SOURCE_KINDS = [
    pytest.param("The port will close for repairs, officials said.", "officials",
                 MentionKind.GROUP, id="officials_group"),
    pytest.param("Officials said the port would close for repairs.", "Officials",
                 MentionKind.GROUP, id="sentence_initial_officials_group"),
    pytest.param("Two aides said the port would close for repairs.", "Two aides",
                 MentionKind.GROUP, id="two_aides_group"),
    pytest.param("A spokesman said the port would close for repairs.", "A spokesman",
                 MentionKind.ANONYMOUS, id="a_spokesman_anonymous"),
    pytest.param("The port will close for repairs, a senior official said.",
                 "a senior official", MentionKind.ANONYMOUS, id="a_senior_official_anonymous"),
    # a place after a plural noun is where the group is from, not who speaks
    pytest.param("A few pilots in Elling said the port would close.", "A few pilots in Elling",
                 MentionKind.GROUP, id="plural_noun_with_a_place_group"),
    pytest.param("Pilots from Elling said the port would close.", "Pilots from Elling",
                 MentionKind.GROUP, id="sentence_initial_plural_noun_with_a_place_group"),
]


@pytest.mark.parametrize("text, source, kind", SOURCE_KINDS)
def test_unnamed_sources_keep_their_mention_and_get_no_speaker(
        text: str, source: str, kind: MentionKind) -> None:
    (quote,) = quotes.extract(text, engine="rules").quotes
    assert quote.source is not None and quote.source.text == source
    assert quote.source.kind is kind
    assert quote.speaker is None


def test_organisation_speaker_kind() -> None:
    doc = quotes.extract("The Harbour Ministry issued a statement on Friday. It said the port "
                         "would close for repairs.", engine="rules")
    (quote,) = doc.quotes
    assert quote.speaker is not None and quote.speaker.kind is SpeakerKind.ORGANISATION
    assert quote.source is not None and quote.source.kind is MentionKind.PRONOUN


# -- addressees -------------------------------------------------------------------
ADDRESSEES = [
    pytest.param("Tom Ellery told Jane Doyle that the harbour was too shallow.", TE, JD,
                 id="told_named_addressee"),
    pytest.param("Prime Minister Aron Velde met Tom Ellery. Ellery told the prime minister that "
                 "the harbour was too shallow.", TE, AV,
                 id="told_the_prime_minister_resolves_to_the_pm"),
    pytest.param('"The harbour is too shallow," Tom Ellery told Jane Doyle.', TE, JD,
                 id="direct_quote_told_named_addressee"),
    pytest.param("Helen Crane met David Brook on Monday. She told him that the fair would "
                 "move.", HC, DB, id="told_him_pronoun_addressee"),
]


@pytest.mark.parametrize("text, speaker, addressee", ADDRESSEES)
def test_addressee_resolution(text: str, speaker: str, addressee: str) -> None:
    (quote,) = quotes.extract(text, engine="rules").quotes
    assert quote.speaker is not None and quote.speaker.name == speaker
    assert quote.addressee is not None and quote.addressee.name == addressee


# -- document-level lookups ---------------------------------------------------------
PASSAGE = (
    "Prime Minister Aron Velde met Estovian President Ilka Morrow in Dunmore on Friday.\n\n"
    "Morrow said the border would reopen in spring. The Estovian president added that trade "
    "had doubled.\n\n"
    "Velde said the quota would rise. Mr. Velde also said the port would stay open.\n\n"
    '"We are ready for the season," the prime minister said.'
)


def test_quotes_by_surname_full_name_and_id() -> None:
    doc = quotes.extract(PASSAGE, engine="rules")
    by_surname = doc.quotes_by("Velde")
    assert len(by_surname) == 3
    assert by_surname == doc.quotes_by("Aron Velde")
    speaker = doc.speaker("Velde")
    assert speaker is not None
    assert doc.quotes_by(speaker.id) == by_surname
    assert len(doc.quotes_by("Morrow")) == 2


def test_speaker_counts_by_canonical_name() -> None:
    doc = quotes.extract(PASSAGE, engine="rules")
    assert doc.speaker_counts() == {AV: 3, IM: 2}


def test_canonical_name_is_fullest_name_without_titles() -> None:
    doc = quotes.extract(PASSAGE, engine="rules")
    assert sorted(s.name for s in doc.speakers) == [AV, IM]
    velde = doc.speaker("Velde")
    assert velde is not None and "prime minister" in velde.roles
    morrow = doc.speaker("Morrow")
    assert morrow is not None and "president" in morrow.roles


def test_speaker_ids_follow_first_mention_and_are_stable() -> None:
    first = quotes.extract(PASSAGE, engine="rules")
    second = quotes.extract(PASSAGE, engine="rules")
    assert [(s.id, s.name) for s in first.speakers] == [("S1", AV), ("S2", IM)]
    assert [(s.id, s.name) for s in second.speakers] == [(s.id, s.name) for s in first.speakers]
    assert [q.speaker.id if q.speaker else None for q in first.quotes] == \
        [q.speaker.id if q.speaker else None for q in second.quotes]


def test_unresolved_quotes_are_not_counted() -> None:
    doc = quotes.extract("The port will close, officials said. Aron Velde said the quota "
                         "would rise.", engine="rules")
    assert len(doc.quotes) == 2
    assert doc.speaker_counts() == {AV: 1}


# -- sources separated from their cue by a time phrase; coordinated sources --------
def test_time_phrase_between_source_and_cue() -> None:
    (quote,) = quotes.extract("Marta Linwood has in the past said that the harbour was safe.",
                              engine="rules").quotes
    assert quote.source is not None and quote.source.text == "Marta Linwood"
    assert quote.speaker is not None and quote.speaker.name == "Marta Linwood"


def test_coordinated_sources_are_a_group_not_one_speaker() -> None:
    doc = quotes.extract("Oren Falk and Marta Linwood said the vote was fair. The count was "
                         "slow, they said. Officials said the count was fine.", engine="rules")
    joint, continued, officials = doc.quotes
    assert joint.source is not None and joint.source.text == "Oren Falk and Marta Linwood"
    assert joint.source.kind is quotes.MentionKind.GROUP
    # the two speak as a group of their own, which "they" continues; an
    # unnamed group stays unnamed
    assert joint.speaker is not None and joint.speaker.kind is SpeakerKind.GROUP
    assert joint.speaker.name == "Oren Falk and Marta Linwood"
    assert continued.speaker == joint.speaker
    assert officials.speaker is None
    assert doc.quotes_by("Oren Falk") == ()


def test_transcript_lines_belong_to_the_named_speakers() -> None:
    text = ("Host Dana Roth spoke with Governor Ilka Morrow on Sunday.\n\n"
            "ROTH: Let us start with the bridge and what it will cost the town.\n\n"
            "MORROW: Well, the council thinks it is a fair price for a safer crossing.")
    doc = quotes.extract(text, engine="rules")
    assert [(q.cue.text, q.speaker.name if q.speaker else None) for q in doc.quotes] == [
        (":", "Dana Roth"), (":", "Ilka Morrow")]
    assert doc.quotes[1].text.startswith("Well, the council thinks")


def test_name_after_a_preposition_is_not_the_head_of_the_source() -> None:
    doc = quotes.extract(
        "The Rialto cinema on Front Street, which had planned a screening, said it would move "
        "the event to Carver Park.", engine="rules")
    (quote,) = [q for q in doc.quotes if q.cue is not None and q.cue.text == "said"]
    assert quote.speaker is not None and quote.speaker.name == "Rialto"
    # the relative clause's own stance ("which had planned a screening") is
    # the cinema's too
    assert all(q.speaker is quote.speaker for q in doc.quotes)


def test_a_lede_description_is_the_person_quoted_next() -> None:
    text = ("Former council chairman calls for a new vote.\n\n"
            "A former council chairman says the mayor and the council should hold a new vote "
            "on the bridge before the winter.\n\n"
            "\u201cNow is the time to decide,\u201d said Tom Baker, who led the council from "
            "1995 to 1997.")
    doc = quotes.extract(text, engine="rules")
    speakers = [q.speaker.name if q.speaker else None for q in doc.quotes]
    assert speakers and all(name == "Tom Baker" for name in speakers), speakers


def test_a_campaign_named_after_a_person_is_an_organisation() -> None:
    text = ("Mr. Baker should release his tax returns now. (Imagine the spectacle if the "
            "auditors sue a sitting mayor.)\n\n"
            "The Baker campaign has said he is not being audited for returns before 2009.")
    doc = quotes.extract(text, engine="rules")
    names = {s.name for s in doc.speakers}
    assert "Imagine" not in names  # a sentence-initial verb, not a name
    (quote,) = [q for q in doc.quotes if q.source and q.source.text == "The Baker campaign"]
    assert quote.speaker is not None and quote.speaker.name == "Baker campaign"
    assert quote.speaker.kind is quotes.SpeakerKind.ORGANISATION


def test_an_indefinite_description_is_someone_new_named_next() -> None:
    text = ("Judge rejects request to unseal Tom Baker divorce file.\n\n"
            "A county judge said the file stays sealed for the children\u2019s sake.\n\n"
            "Judge Ann Falk wrote that the privacy of the children came first.")
    assert speaker_of(text, "A county judge") == "Ann Falk"


def test_a_place_possessive_description_may_be_named_next() -> None:
    text = ("Harbour tax records were not leaked, officials say.\n\n"
            "Vermont\u2019s tax commissioner says an internal review shows no one from the town "
            "leaked the records.\n\n"
            "Commissioner Kevin Doyle says the town only holds returns filed there.")
    assert speaker_of(text, "Vermont\u2019s tax commissioner") == "Kevin Doyle"


def test_a_headline_role_of_an_organisation_is_the_person_named_next() -> None:
    text = ("Member of harbour board says the pier must close.\n\n"
            "Councillor Dana Roth, the longest-serving member of the board, called on the mayor "
            "to close the pier before the storm season.")
    assert speaker_of(text, "Member of", prefix=True) == "Dana Roth"


@pytest.mark.parametrize("text, name, role", [
    ("The talks ended. Secretary of State John F. Kerry said the ceasefire would hold.",
     "John F. Kerry", "secretary of state"),
    ("Secretary of Homeland Security Jeh Johnson said the border was secure.",
     "Jeh Johnson", "secretary of homeland security"),
    ("Then George W. Bush said the plan was sound.", "George W. Bush", None),
])
def test_middle_initials_and_titles_with_of(text: str, name: str, role: str | None) -> None:
    (quote,) = quotes.extract(text, engine="rules").quotes
    assert quote.speaker is not None and quote.speaker.name == name
    if role:
        assert role in quote.speaker.roles


def test_an_apposition_gives_the_gender() -> None:
    text = ("Ivanka Trump, the nominee's eldest daughter, noted the rule in an interview. "
            "She said fathers would not be eligible for the leave.")
    assert speaker_of(text, "She") == "Ivanka Trump"


def test_a_team_named_after_a_person_is_an_organisation() -> None:
    doc = quotes.extract("The Baker team has said single parents would be covered.",
                         engine="rules")
    (quote,) = doc.quotes
    assert quote.speaker is not None and quote.speaker.name == "Baker team"
    assert quote.speaker.kind is quotes.SpeakerKind.ORGANISATION


def test_a_document_speaks_for_whoever_issued_it() -> None:
    text = ("After a short meeting, the Harbour Board issued a statement calling the closure "
            "\"a necessary step\" for the town. The statement noted that repairs would take "
            "a year.")
    doc = quotes.extract(text, engine="rules")
    sources = {q.cue.text: (q.source.text, q.speaker.name if q.speaker else None)
               for q in doc.quotes if q.source and q.cue}
    # the statement's maker is the source of what it says (PolNeAR marks the
    # maker too), and a later "The statement" speaks for it as well
    assert sources["calling"] == ("the Harbour Board", "Harbour Board")
    assert sources["noted"] == ("The statement", "Harbour Board")


def test_a_statement_issued_by_an_unnamed_maker_still_has_its_document_as_source() -> None:
    text = "A new statement calling the closure \"a necessary step\" was posted on Friday."
    doc = quotes.extract(text, engine="rules")
    assert [q.source.text for q in doc.quotes if q.source and q.cue and q.cue.text == "calling"] \
        == ["A new statement"]


def test_a_description_opening_a_paragraph_may_be_named_next() -> None:
    text = ("The state's campaign chairman, Tom Baker, said he had not seen the letter.\n\n"
            "The state attorney general is confirming that the foundation never registered. "
            "Attorney General Ann Falk says the foundation must stop raising money.")
    assert speaker_of(text, "The state attorney general") == "Ann Falk"


def test_a_titled_person_learns_gender_from_the_pronouns_that_follow() -> None:
    # "Oskvar" is in no name list: "his" right after him is the evidence
    doc = quotes.extract("Governor Oskvar Velde answered a caller by saying his plan was sound. "
                         "Velde said the port would stay open.", engine="rules")
    (velde,) = [s for s in doc.speakers if s.name == "Oskvar Velde"]
    assert velde.gender == "m"


def test_a_two_word_name_learns_gender_from_the_pronouns_that_follow() -> None:
    # "Rakeyia" is in no name list: "her husband" right after her is the evidence
    doc = quotes.extract("Rakeyia Dunmore can be heard telling officers that her husband is "
                         "unarmed.\n\n\"Don't shoot him,\" she says.", engine="rules")
    assert [q.speaker.name if q.speaker else None for q in doc.quotes][-1] == "Rakeyia Dunmore"


def test_a_place_learns_no_gender() -> None:
    doc = quotes.extract("Dunmore answered the call, and his reply was sound. Dunmore said the "
                         "port would stay open.", engine="rules")
    assert all(s.gender is None for s in doc.speakers)


def test_a_record_speaks_for_the_maker_named_in_front_of_it() -> None:
    text = ("The policy helps the Harbour Party in Port Elling, according to a recent "
            "Elling Gazette survey of voter lists. The study found that 900 voters were "
            "removed.")
    speakers = speakers_by_source(text)
    assert speakers["a recent Elling Gazette survey of voter lists"] == "Elling Gazette"
    assert speakers["The study"] == "Elling Gazette"


def test_the_union_is_the_organisation_whose_name_says_it_is_one() -> None:
    text = ("The Elling Dock Workers Federation endorsed Ann Falk on Monday. Harbourline "
            "said it would appeal.\n\nThe port closed in May, the union said.")
    assert speaker_of(text, "the union") == "Elling Dock Workers Federation"


def test_a_surname_misspelt_by_one_letter_is_the_same_person() -> None:
    text = ("Two voters, Tyresha McClenney and Bryan Anderson, saw the rally.\n\n"
            "McLenney said the port deal was unfair.")
    assert speaker_of(text, "McLenney") == "Tyresha McClenney"


def test_a_short_surname_one_letter_off_is_someone_else() -> None:
    text = "Maria Kane spoke first.\n\nKan said the port deal was unfair."
    assert speaker_of(text, "Kan") != "Maria Kane"


def test_a_maker_named_before_a_modified_noun_or_after_released_by() -> None:
    text = ("The Elling Gazette opinion poll found that Falk leads. A 40-page harbour analysis "
            "released by the Elling Port Authority last month found that the piers are "
            "failing. Later, a Gazette article reported that repairs would cost more. The "
            "article noted that the council had not voted.")
    speakers = speakers_by_source(text)
    assert speakers["The Elling Gazette opinion poll"] == "Elling Gazette"
    assert speakers["A 40-page harbour analysis released by the Elling Port Authority"] == \
        "Elling Port Authority"
    assert speakers["a Gazette article"] in ("Gazette", "Elling Gazette")
    assert speakers["The article"] == speakers["a Gazette article"]


def test_he_after_a_quotation_paragraph_is_the_person_just_introduced() -> None:
    text = ("Tom Baker saw the rally.\n\n"
            '"It felt like pandering," he said.\n\n'
            "That worries Oren Falk, president of the Elling Dock Workers Federation.\n\n"
            '"No one is writing songs for her. Nobody asks us. We are tired of it," he said.')
    doc = quotes.extract(text, engine="rules")
    speakers = [q.speaker.name if q.speaker else None for q in doc.quotes
                if q.source and q.source.text == "he"]
    assert speakers == ["Tom Baker", "Oren Falk"]


def test_the_website_is_the_outlet_that_just_spoke_not_one_it_quoted() -> None:
    text = ("Harbour Watch asked, \"Why did Elling Facts call the claim true?\"\n\n"
            "The website noted that both studies used different counts.")
    assert speaker_of(text, "The website") == "Harbour Watch"


def test_a_misspelt_surname_with_another_gender_is_someone_else() -> None:
    text = "Jennifer McClenney spoke on Monday. Mr. McLenney said the plan was bad."
    assert speaker_of(text, "Mr. McLenney") != "Jennifer McClenney"


@pytest.mark.parametrize("text, expected", [
    pytest.param("Orrin Tate spoke on Monday. Tate's campaign chairman, Paul Merrow, said the "
                 "polls were wrong.", ["Paul Merrow"], id="possessive_role_then_name"),
    pytest.param("Norvale Foods's chief executive, Dana Pike, said that sales had fallen.",
                 ["Dana Pike"],
                 id="company_role_then_name"),
    pytest.param('Orrin Tate spoke on Monday. "We will see," said the Tate aide, who asked not '
                 "to be named.", [None], id="name_modifying_an_anonymous_head"),
    pytest.param("Orrin Tate, the mayor, said the port would reopen.", ["Orrin Tate"],
                 id="name_then_apposition"),
])
def test_the_name_that_heads_a_source_with_a_comma(text: str, expected: list[str | None]
                                                   ) -> None:
    """The name must head the part before the comma, or follow it right
    after: "Apple's chief executive, Tim Cook" is Cook, not Apple."""
    assert speaker_names(text) == expected


def test_a_pronoun_after_a_role_and_name_is_the_named_person() -> None:
    text = ("Orrin Tate spoke on Monday. On television, Tate's campaign chairman, Paul Merrow, "
            "dismissed the criticism. He said that the campaign was focused on jobs.")
    assert speaker_of(text, "He") == "Paul Merrow"


@pytest.mark.parametrize("text, name", [
    pytest.param("House Speaker Dale Renner on Thursday declared that he could not support "
                 "the bill.", "Dale Renner", id="on_weekday_after_a_titled_name"),
    pytest.param("The host told Dale Renner Wednesday that the bill would pass. Renner said "
                 "it would not.", "Dale Renner", id="weekday_right_after_a_name"),
    pytest.param("Dale Renner Calls for a New Harbour Inquiry after Report Reveals Losses.\n\n"
                 "Senator Dale Renner said on Monday that the inquiry must start soon.",
                 "Dale Renner", id="title_line_with_one_lowercase_word"),
    pytest.param("Nine Mayors Who Changed Their Cities\n\n1\nIlse Varga Described Her First Day "
                 "In Office.\n\nVarga said the job was harder than she expected.",
                 "Varga", id="capitalised_list_heading"),
])
def test_canonical_names_keep_no_weekday_or_headline_words(text: str, name: str) -> None:
    doc = quotes.extract(text, engine="rules")
    assert [s.name for s in doc.speakers] == [name]


@pytest.mark.parametrize("text, expected", [
    pytest.param("Corey Lewandowski ran the campaign. Lewandowski said the rally was safe.",
                 ["Corey Lewandowski"], id="surname_in_ki"),
    pytest.param("Rudy Giuliani spoke on Monday.\n\nStill, Giuliani said the inquiry was fair.",
                 ["Rudy Giuliani"], id="surname_in_ni_after_an_adverb"),
    pytest.param("Peter Santilli filmed the standoff. Santilli said he broke no law.",
                 ["Peter Santilli"], id="surname_in_li"),
    pytest.param("Oren Falk met Israeli officials. Israeli officials said the talks went well.",
                 [None], id="a_listed_demonym_stays_an_adjective"),
])
def test_surnames_ending_like_demonyms_are_names(text: str, expected: list[str | None]) -> None:
    assert speaker_names(text) == expected


def test_the_one_told_is_not_the_speaker_and_a_reply_is_the_one_asked() -> None:
    text = ("Sean Halley asked Dale Renner on Wednesday whether the wall was still in his "
            "plans.\n\n"
            '"It could be higher," he told Halley.\n\n'
            '"We have no choice," he said.')
    doc = quotes.extract(text, engine="rules")
    assert [(q.speaker.name if q.speaker else None,
             q.addressee.name if q.addressee else None) for q in doc.quotes] == [
        ("Sean Halley", "Dale Renner"), ("Dale Renner", "Sean Halley"), ("Dale Renner", None)]


def test_a_role_before_its_prepositional_phrase_marks_a_person() -> None:
    """ "Yuki Amano, director general of the Elling Energy Agency, said …":
    "director general" is her role, so "he"/"she" after it may be her even
    when her first name tells no gender."""
    text = ('"The test undermines security," Commissioner Jens Holt said.\n\n'
            "Yuki Amano, director general of the Elling Energy Agency, said in a statement "
            "that the test broke the rules.\n\n"
            '"I urge the regime to comply," he said.')
    assert speaker_names(text) == ["Jens Holt", "Yuki Amano", "Yuki Amano"]
    doc = quotes.extract(text, engine="rules")
    amano = doc.speaker("Amano")
    assert amano is not None and "director general" in amano.roles


def test_a_description_is_the_person_named_at_the_end_of_the_next_attribution() -> None:
    text = ("Minister Ash Corder spoke with his counterpart.\n\n"
            "The alliance's secretary general, meanwhile, called on the regime to abandon its "
            "weapons.\n\n"
            '"The test undermines security," Alliance Secretary General Jens Holt said.')
    assert speaker_of(text, "The alliance's secretary general") == "Jens Holt"


def test_a_first_name_given_to_both_sexes_still_marks_a_person() -> None:
    text = ("Angel Moreno came from Texas to a rally that drew about 100 people.\n\n"
            "Growing up in El Paso, Moreno saw families held at the border.\n\n"
            '"The centers are a disgrace," he said.')
    assert speaker_names(text) == ["Angel Moreno"]


@pytest.mark.parametrize("text, source, maker", [
    pytest.param("Oren Falk gave money to the fund, a ELLING TODAY analysis shows.",
                 "a ELLING TODAY analysis", "ELLING TODAY", id="maker_in_capitals_two_words"),
    pytest.param("Income rose by 2 percent, according to Norvale Bureau data.",
                 "Norvale Bureau data", "Norvale Bureau", id="data_speak_for_their_maker"),
])
def test_a_record_speaks_for_the_maker_named_in_it(text: str, source: str, maker: str) -> None:
    assert speaker_of(text, source) == maker


@pytest.mark.parametrize("text", [
    pytest.param("Auction of gun called off; website refuses the sale.\n\nThe company said it "
                 "wanted no part in the listing.", id="headline_noun_of"),
    pytest.param("Dozens of delegates walked out. Officials said the vote would go on.",
                 id="quantity_of"),
])
def test_a_sentence_opening_noun_before_of_is_no_name(text: str) -> None:
    doc = quotes.extract(text, engine="rules")
    assert [s.name for s in doc.speakers] == []


@pytest.mark.parametrize("text, source, speaker", [
    pytest.param("Senator Ann Falk today said the bill was dead.", "Senator Ann Falk today",
                 "Ann Falk", id="time_word_after_a_name"),
    pytest.param("Velde of the Elling Institute said the plan would fail.",
                 "Velde of the Elling Institute", "Velde", id="surname_of_the_institute"),
    pytest.param("Former secretary of state Ann Falk, a Tate supporter, said the bill was dead.",
                 "Former secretary of state Ann Falk, a Tate supporter", "Ann Falk",
                 id="role_with_of_before_the_name"),
    pytest.param("Tate's campaign, which has clashed with the Elling Party, said that the "
                 "rules were unfair.",
                 "Tate's campaign, which has clashed with the Elling Party", "Tate campaign",
                 id="relative_clause_after_a_description"),
    pytest.param("According to the FBI summary, the agents were told to stop.",
                 "the FBI summary", "FBI", id="a_summary_speaks_for_its_maker"),
    pytest.param("ELLING’s Battleground States average shows Tate ahead by 3 points.",
                 "ELLING’s Battleground States average", "ELLING",
                 id="the_possessor_made_the_record"),
])
def test_reviewed_resolutions(text: str, source: str, speaker: str) -> None:
    assert speaker_of(text, source) == speaker


def test_a_reply_needs_an_uninterrupted_exchange() -> None:
    text = ('Mary Falk told John Velde the plan was dead. Senator Tom Brook spoke next. '
            '"It is a disaster," he told Falk.')
    assert speaker_names(text) == ["Mary Falk", "Tom Brook"]


def test_a_name_ending_an_attribution_must_fit_the_described_role() -> None:
    text = 'A district judge said the law was invalid. "We will appeal," Governor Tom Park said.'
    assert speaker_names(text) == [None, "Tom Park"]


def test_group_members_are_each_headed_by_a_name() -> None:
    text = "The Elling mayor and the Norvale businessman discussed the violence."
    assert speaker_names(text) == [None]


@pytest.mark.parametrize("text, name", [
    pytest.param("Dale Renner Says the Harbour Will Reopen in May\n\nDale Renner said on Monday "
                 "that the harbour would reopen.", "Dale Renner", id="headline_verb_ends_a_name"),
    pytest.param("Prime Minister Theresa Mayhew Will Visit Elling\n\nTheresa Mayhew said the "
                 "visit was long planned.", "Theresa Mayhew", id="will_in_a_title"),
])
def test_a_capitalised_verb_ends_a_name(text: str, name: str) -> None:
    doc = quotes.extract(text, engine="rules")
    assert [s.name for s in doc.speakers] == [name]



@pytest.mark.parametrize("text, source, speaker", [
    pytest.param("The mayor of Springfield, Jane Doyle, said the bridge would close.",
                 "The mayor of Springfield, Jane Doyle", "Jane Doyle",
                 id="role_of_place_then_name"),
    pytest.param("The director of the Elling Centre, Ina Kersch, said the talks failed.",
                 "The director of the Elling Centre, Ina Kersch", "Ina Kersch",
                 id="role_of_organisation_then_name"),
    pytest.param("Tom Velde of Flint, Mich., said the water was bad.", "Tom Velde of Flint, Mich.",
                 "Tom Velde", id="name_of_place_keeps_the_name"),
])
def test_a_role_of_a_place_or_body_then_a_name_is_that_person(text: str, source: str,
                                                             speaker: str) -> None:
    assert speaker_of(text, source) == speaker


def test_a_long_clause_read_as_a_source_makes_no_organisation() -> None:
    text = ("In a late appearance on the Elling News Channel, Velde distanced himself from "
            "the interviews, saying that a shake-up was not coming.")
    doc = quotes.extract(text, engine="rules")
    assert all("," not in s.name for s in doc.speakers)


@pytest.mark.parametrize("text, expected", [
    pytest.param("Edward Saide argued that the war was wrong. Edward Saide Says Nothing Changed",
                 ["Edward Saide"], id="title_case_verb_needs_a_capital_after"),
    pytest.param("Head of the agency Ann Falk said the plan was sound.", ["Ann Falk"],
                 id="role_of_the_lowercase_noun"),
    pytest.param("The Department of Defense Monday said the drill was over.",
                 ["Department of Defense"], id="weekday_after_an_organisation"),
])
def test_second_review_names(text: str, expected: list[str]) -> None:
    doc = quotes.extract(text, engine="rules")
    assert [s.name for s in doc.speakers] == expected


def test_a_role_after_for_is_no_title() -> None:
    assert speaker_names("A lawyer for former governor Tom Park said the charges were "
                         "false.") == [None]


def test_an_object_cue_before_a_comma_in_a_relative_clause_makes_no_statement() -> None:
    doc = quotes.extract("The candidate that Tate endorsed, Ann Falk, lost the race.",
                         engine="rules")
    assert doc.quotes == ()



@pytest.mark.parametrize("text, source, speaker", [
    pytest.param("“I hope you find the emails,” Tom Park told reporters. The Republican "
                 "presidential nominee for the Nov. 8 election later said he was joking.",
                 "The Republican presidential nominee for the Nov. 8 election", "Tom Park",
                 id="role_before_a_phrase_of_what_for"),
    pytest.param("The site Factcheck traced the story to a website called Real News Right Now, "
                 "which posts that the ferry will close.", "which", "Real News Right Now",
                 id="which_after_a_name_ending_in_now"),
    pytest.param("Ann Falk has a framed note from Tom Park. “You are a total loser!” the note "
                 "says.", "the note", "Tom Park", id="a_note_from_its_writer"),
    pytest.param("Ann Falk said the toll was fair. But Falk’s language in the statement makes "
                 "clear that she is being polite.", "Falk’s language", "Ann Falk",
                 id="whose_language"),
])
def test_eighth_session_resolutions(text: str, source: str, speaker: str) -> None:
    assert speaker_of(text, source) == speaker


def test_an_indefinite_role_before_a_phrase_brings_in_someone_new() -> None:
    text = ("A reporter for the local paper asked whether the mayor would resign. Tom Park "
            "said that he would not.")
    assert speaker_of(text, "A reporter for the local paper") is None


def test_said_a_possessive_phrase_to_a_name_has_no_addressee() -> None:
    doc = quotes.extract("Tom Park said Falk’s response to Velde was weak.", engine="rules")
    (quote,) = doc.quotes
    assert quote.addressee is None


def test_a_person_a_relative_clause_makes_the_topic_outranks_the_last_speaker() -> None:
    text = ("“The world is in meltdown,” said Mark Dubin, an analyst.\n\nSuch negativity from "
            "the right and left has exasperated Mr. John Park, who has gotten less credit than "
            "aides say he deserves. The only regret he acknowledged was a failed promise to change "
            "the tone of Washington.")
    assert speaker_of(text, "he") == "John Park"


def test_a_relative_clause_with_its_own_subject_makes_no_topic() -> None:
    text = ("“We will win,” said Mark Dubin, an analyst. But he also could not resist taking "
            "swipes at Mr. John Park, who he dubbed “the little senator.”")
    assert speaker_of(text, "he") == "Mark Dubin"


def test_the_subject_after_a_fronted_participial_phrase_with_commas() -> None:
    text = ("Asked whether he was worried that Tom Park, the party's nominee, who has called the "
            "treaty a hoax, could win, Ben Kimura demurred. “There is just one science,” he "
            "said.")
    assert speaker_of(text, "he") == "Ben Kimura"


def test_a_description_after_a_contrast_is_not_the_clause_subject_before_it() -> None:
    text = ("Entering the final contests, Ann Falk leads Tom Park by 271 pledged delegates "
            "according to a count by the Elling Post, but the self-described socialist has "
            "vowed to fight on.")
    doc = quotes.extract(text, engine="rules")
    assert [(q.cue.text if q.cue else None, q.text) for q in doc.quotes] == [
        ("according to", "Entering the final contests, Ann Falk leads Tom Park by 271 pledged "
                         "delegates"),
        ("vowed", "to fight on")]
    assert speaker_of(text, "the self-described socialist") != "Ann Falk"


@pytest.mark.parametrize("text, source, maker", [
    pytest.param("Ann Falk leads by six points, according to a CNN/ORC poll in February.",
                 "a CNN/ORC poll", "CNN/ORC", id="two_acronyms"),
    pytest.param("The debate took place as a new poll showed Ann Falk moving ahead, 32%-25%. "
                 "The NBC/Wall Street Journal poll gave her big leads elsewhere.",
                 "a new poll", "NBC/Wall Street Journal", id="named_in_the_next_sentence"),
])
def test_makers_joined_by_a_slash_are_one_maker(text: str, source: str, maker: str) -> None:
    assert speaker_of(text, source) == maker


def test_a_possessive_organisation_before_a_name_leaves_the_name_the_subject() -> None:
    text = ("“Rubio and Bush have failed to compete there,” said Tom Park, an editor.\n\n"
            "Iowa State University's Ann Falk agreed. \"Mainstream Republicans are running "
            "out of time.\"")
    assert speaker_names(text) == ["Tom Park", "Ann Falk"]


@pytest.mark.parametrize("intro, speaker", [
    ("In response, Republican nominee Tom Park issued the following statement:", "Tom Park"),
    ("Senator Ann Falk released a statement:", "Ann Falk"),
])
def test_a_paragraph_issuing_a_statement_introduces_the_quotation(intro: str,
                                                                   speaker: str) -> None:
    text = f"“The ferry is late,” said Ed Velde, a pilot.\n\n{intro}\n\n“Our prayers are with all.”"
    assert speaker_names(text) == ["Ed Velde", speaker]


def test_a_subject_named_after_the_last_speaker_outranks_that_speaker() -> None:
    text = ("“The deal is good,” said Representative Ed Velde, a Democrat.\n\nBut two out of "
            "three voters feel the country is on the wrong path. Mr. John Park has in the last "
            "year secured a trade pact. The war will instead pass to the next leader. Where he "
            "used to boast of peace, on Tuesday night he said the war posed a threat.")
    assert speaker_of(text, "he") == "John Park"


def test_a_subordinating_word_opening_a_sentence_is_no_part_of_a_name() -> None:
    doc = quotes.extract("Although Park admitted that he and the woman had been friends, he "
                         "claimed they had never met.", engine="rules")
    assert [s.name for s in doc.speakers] == ["Park"]


def test_a_service_is_an_organisation() -> None:
    doc = quotes.extract("The Elling Coast Service said the ferry would not sail.",
                         engine="rules")
    assert [(s.name, s.kind.value) for s in doc.speakers] == [
        ("Elling Coast Service", "organisation")]


def test_a_pronoun_in_a_fronted_clause_is_the_main_subject_named_after_it() -> None:
    text = ("Ann Falk and Jane Doyle shook hands on stage.\n\nEver since she endorsed Ms. Falk "
            "this month, Ms. Doyle has been a powerful ally.")
    assert speaker_of(text, "she") == "Jane Doyle"
