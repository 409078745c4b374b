"""Speakers, descriptions, platforms and nested reports (fictional names only)."""

from claims.extraction import EXTRACTOR_VERSION, get_extractor


def test_the_extractor_is_loaded_once_per_model_name(extractor):
    assert get_extractor() is extractor
    assert EXTRACTOR_VERSION.startswith("claims.extraction ")


def test_told_someone_that_attributes_the_clause(extract):
    text = "Ilse Marrow told reporters that the reservoir was half empty."
    [st] = extract(text)
    assert st.speaker.name == "Ilse Marrow"
    assert st.cue == "told"
    assert st.content == "that the reservoir was half empty"


def test_wrote_on_facebook_records_the_platform(extract):
    text = "On Saturday, Ilse Marrow wrote on Facebook that the reservoir was half empty."
    [st] = extract(text)
    assert st.platform == "Facebook"
    assert st.chain[-1].relation == "wrote"


def test_a_title_before_the_name_is_kept_as_description(extract):
    text = "Water minister Ilse Marrow said that the reservoir was half empty."
    [st] = extract(text)
    assert st.speaker.name == "Ilse Marrow"
    assert st.speaker.description == "Water minister"


def test_a_short_description_refers_back_to_the_person(extract):
    text = ("Ilse Marrow toured the dam on Monday. "
            "The minister stressed that the reservoir was half empty.")
    [st] = extract(text)
    assert st.speaker.name == "Ilse Marrow"
    assert st.speaker.description == "The minister"
    assert st.cue == "stressed"


def test_a_report_cited_by_the_article_is_a_hop_in_the_chain(extract):
    text = ("The council has insisted it will not sell the dam, "
            "the Harbour Times reported.")
    [st] = extract(text, outlet="Valley Post")
    assert [(h.name, h.relation) for h in st.chain] == [
        ("Valley Post", "published"), ("Harbour Times", "reported"), ("The council", "insisted")]
    assert st.content.startswith("it will not sell the dam")


def test_sources_suggest_is_an_unnamed_source(extract):
    text = "However, sources suggest the council met the buyers twice."
    [st] = extract(text)
    assert st.speaker.kind == "unnamed"
    assert st.cue == "suggest"


def test_extract_many_gives_one_list_per_text(extractor):
    texts = ["Ilse Marrow said the dam is safe.", "The lake froze early."]
    results = list(extractor.extract_many({"text": t} for t in texts))
    assert [len(r) for r in results] == [1, 0]


def test_statements_are_sorted_and_their_spans_point_into_the_text(extract):
    text = ("“We are ready,” Ilse Marrow said. Later, Odo Brandt said that "
            "the council was not ready at all.")
    statements = extract(text)
    assert [st.start for st in statements] == sorted(st.start for st in statements)
    for st in statements:
        assert text[slice(*st.cue_span)] == st.cue
        assert 0.0 <= st.confidence <= 1.0


def test_a_transcript_line_names_its_speaker_before_the_colon(extract):
    text = "MARROW: The reservoir is half empty and the council knows it."
    [st] = extract(text)
    assert st.speaker.name == "MARROW"
    assert st.cue == ":"
    assert st.content == "The reservoir is half empty and the council knows it."
