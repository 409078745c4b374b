"""Seed-review cases fixed in 1.8, in invented harbour-town text."""

import pytest


def test_a_cue_the_parser_coordinated_after_an_agent_has_its_own_subject(extract):
    # The parser reads "residents" as a second agent of "led" and "fear" as a
    # second verb of "The push ... has been led"; the residents are who fear it.
    text = ("The push for a new pier has been led by the harbour board and local residents "
            "fear their concerns will be ignored.")
    [st] = extract(text)
    assert st.cue == "fear"
    assert st.speaker.name == "local residents"
    assert st.content == "their concerns will be ignored"


def test_a_relative_clause_threat_is_a_threat_to_the_noun_it_describes(extract):
    text = "The harbour board sees the ferry as a vital link, a link that the mayor has threatened to cut."
    [st] = [st for st in extract(text) if st.cue == "threatened"]
    assert st.speaker.name == "the mayor"
    assert [text[a:b] for a, b in st.fragments] == ["a link", "to cut"]


# The parser hangs the participle on the reported clause's verb ("reminds",
# "was"); it is the speaker who explains or adds.
_AFTERTHOUGHTS = [
    ('Varga said the closure reminds her of an old novel, explaining, '
     '"because what could have been was never tried."',
     "said", "the closure reminds her of an old novel", "explaining", "Varga", "because what could have been"),
    ("In a radio interview, Brandt insisted it was \u201cpremature\u201d to back the plan while adding "
     "on harbour matters, \u201cI have no doubt that her heart is in the right place.\u201d",
     "insisted", "it was \u201cpremature\u201d to back the plan", "adding", "Brandt", "I have no doubt"),
]


@pytest.mark.parametrize("text,outer,outer_content,participle,speaker,opening", _AFTERTHOUGHTS)
def test_an_afterthought_participle_is_the_speakers_not_the_reported_clauses(
        extract, text, outer, outer_content, participle, speaker, opening):
    statements = extract(text)
    assert next(st for st in statements if st.cue == outer).content == outer_content
    added = next(st for st in statements if st.cue == participle)
    assert added.speaker.name == speaker
    assert added.content.startswith(opening)
    assert not any(st.cue == "reminds" for st in statements)


def test_a_participle_after_a_reported_clause_notes_something_of_its_own(extract):
    text = ("Reyes said the mayor's speeches have been patronizing, noting her remarks to a radio host "
            "in April.")
    statements = extract(text)
    said = next(st for st in statements if st.cue == "said")
    assert said.content == "the mayor's speeches have been patronizing"
    noting = next(st for st in statements if st.cue == "noting")
    assert noting.speaker.name == "Reyes"
    assert noting.content.startswith("her remarks to a radio host")



def test_a_sentence_opened_by_an_afterthought_goes_on_from_the_cue_before_it(extract):
    text = ("Later in the show, Brandt stated of the closure that the audit \u201cwasn\u2019t good.\u201d "
            "Adding, \u201cNow, like with all budgets, it is never that bad.\u201d")
    adding = next(st for st in extract(text) if st.cue == "Adding")
    assert adding.speaker.name == "Brandt"
    assert adding.content == "Now, like with all budgets, it is never that bad."


def test_a_participle_opening_a_sentence_with_its_own_speaker_is_that_speakers(extract):
    text = ("Brandt stated that the audit was poor. Noting that the pier had closed twice, "
            "Varga said the town would pay.")
    noting = next(st for st in extract(text) if st.cue == "Noting")
    assert noting.speaker.name == "Varga"


def test_to_quote_someone_is_their_quote_and_nothing_said_of_them(extract):
    text = "To quote the mayor, \u201cThe pier is not for sale.\u201d"
    [st] = extract(text)
    assert st.speaker.name == "the mayor"
    assert st.content == "The pier is not for sale."


@pytest.mark.parametrize("text,holder,cue,content", [
    ("In Varga's words, the pier was \u201cfinished for good.\u201d",
     "Varga", "In Varga's words", "the pier was \u201cfinished for good.\u201d"),
    ("The mayor became, in the words of a senior adviser, \u201cthe torchbearer\u201d of the harbour plan.",
     "a senior adviser", "in the words of", "the torchbearer"),
])
def test_in_someones_words_attributes_the_clause_around_it(extract, text, holder, cue, content):
    [st] = extract(text)
    assert (st.speaker.name, st.cue) == (holder, cue)
    assert content in st.content


def test_a_quote_found_by_two_rules_is_listed_once(extract):
    text = "Said Varga: \u201cThe pier will reopen in May.\u201d"
    [st] = extract(text)
    assert (st.speaker.name, st.content) == ("Varga", "The pier will reopen in May.")


@pytest.mark.parametrize("label", ["TOP STORY", "Quote of the Day", "NEWS"])
def test_a_page_label_before_a_quote_names_nobody(extract, label):
    text = f"{label}: \u201cThe pier will reopen in May, and the ferry with it.\u201d"
    assert all(st.speaker.name != label for st in extract(text))


def test_the_same_speaker_going_on_in_the_paragraph_is_still_posting(extract):
    text = ("In a post on X, Ines Varga stated that no pier was sold. She described the rumours as false, "
            "insisting the harbour books show no sale. She told reporters later that she was tired.")
    platforms = {st.cue: st.platform for st in extract(text)}
    assert platforms["stated"] == platforms["described"] == platforms["insisting"] == "X"
    assert platforms["told"] is None
