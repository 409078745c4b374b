"""Cases from the review of the extractor on the seed articles, each in a small
fictional text of its own (numbers are the review's "most important problems")."""


def _by_cue(statements, cue):
    found = [st for st in statements if st.cue == cue]
    assert found, f"no statement with the cue {cue!r}: {[st.cue for st in statements]}"
    return found[0]


# 4: an event said not to have happened, in answer to a claim, is a denial.

def test_insisting_that_no_sales_have_occurred_denies_the_reported_sale(extract):
    text = ("Reports last month claimed that the ferry company had sold two vessels to a foreign navy. "
            "Lina Ostrova, the company's director, called the reports false, "
            "insisting that no sales or transfers of any vessel have occurred.")
    st = _by_cue(extract(text), "insisting")
    assert st.stance == "denies"
    assert [(c.kind, c.text) for c in st.stance_cues] == [
        ("denial", "no sales or transfers of any vessel have occurred")]


def test_never_sold_in_answer_to_allegations_is_a_denial(extract):
    text = ("Allegations of a secret deal have circulated for weeks. "
            "Lina Ostrova said the vessels were never sold to the navy.")
    assert _by_cue(extract(text), "said").stance == "denies"


def test_a_negative_fact_with_no_claim_to_answer_is_asserted(extract):
    text = "Harbour officials said that no injuries have occurred since the new rules came in."
    assert _by_cue(extract(text), "said").stance == "asserts"


# 5: a restriction that narrows a larger figure disputes it.

def test_through_friday_only_disputes_a_longer_closure(extract):
    text = ("The mayor said the bridge would close for a week. "
            "The council clarified that the bridge would close through Friday only.")
    st = _by_cue(extract(text), "clarified")
    assert st.stance == "disputes"
    assert [(c.kind, c.text) for c in st.stance_cues] == [("dispute", "through Friday only")]


def test_no_more_than_and_just_once_are_restrictions(extract):
    [fewer] = extract("The port authority said no more than two ferries would sail.")
    [once] = extract("Edgar Molnar said he had met the buyers just once.")
    assert fewer.stance == once.stance == "disputes"


def test_only_without_a_count_or_a_time_is_not_a_restriction(extract):
    [st] = extract("The mayor said the ferry is meant for passengers only.")
    assert st.stance == "asserts"


# 1: a negated cue does not assert its content.

def test_a_negated_wish_is_not_a_dispute_of_its_content(extract):
    # He would rather they were not sold; whether they are sold, he does not say.
    [st] = extract("Edgar Molnar doesn't want the dredgers sold to a foreign buyer.")
    assert st.cue == "doesn't want"
    assert st.stance == "asserts"
    assert [c.kind for c in st.stance_cues] == []


def test_a_negated_belief_speaks_against_its_content(extract):
    [st] = extract("Edgar Molnar does not believe that the dredgers were sold to a foreign buyer.")
    assert st.cue == "does not believe"
    assert st.stance == "disputes"
    assert [(c.kind, c.text) for c in st.stance_cues] == [("dispute", "does not believe")]


def test_a_negated_saying_leaves_the_claim_open(extract):
    [st] = extract("Edgar Molnar did not say that the council sold the dredgers.")
    assert st.stance == "questions"


# 10: quotation marks and quote kinds.

def test_a_split_quote_is_direct_and_its_fragments_carry_no_marks(extract):
    text = '"The pier is safe," Dana Okafor wrote on Facebook. "We will reopen it on Monday."'
    statements = extract(text)
    assert [st.quote for st in statements] == ["direct", "direct"]
    # The citation stays checkable (DESIGN principle 1) and is the speaker's words alone.
    assert [st.content for st in statements] == ["The pier is safe", "We will reopen it on Monday."]


def test_a_whole_quote_before_its_cue_is_direct_without_marks_or_comma(extract):
    text = '"We cannot keep the pier open this winter," Dana Okafor said.'
    [st] = extract(text)
    assert st.quote == "direct"
    assert st.content == "We cannot keep the pier open this winter"


def test_a_quote_opened_inside_reported_words_is_closed_in_the_content(extract):
    text = "Dana Okafor said that the pier was \u201cbuilt for ferries only\u201d.\n"
    [st] = extract(text)
    assert st.quote == "mixed"
    assert st.content == "that the pier was \u201cbuilt for ferries only\u201d"


def test_the_full_stop_after_according_to_is_not_content(extract):
    text = ("The repairs will cost 4 million by spring, according to a study published "
            "by the Institute for Coastal Works.")
    [st] = extract(text)
    assert st.content == "The repairs will cost 4 million by spring"
    assert [text[s:e] for s, e in st.fragments] == [st.content]


# 3: an unnamed report is the outlet's that the article names for the same matter.

def test_a_report_that_is_the_outlet_s_report_named_later(extract):
    text = ("A report that the harbour master has been in regular contact with the buyers for years "
            "raised questions in the city.\n\nThe mayor reopened the inquiry on Monday. The Northern Ledger "
            "report on the contact between the harbour master and the buyers also named two councillors.")
    st = _by_cue(extract(text, outlet="Valley Post"), "report")
    assert (st.speaker.name, st.speaker.kind) == ("Northern Ledger", "outlet")
    assert [(h.name, h.relation) for h in st.chain] == [("Valley Post", "published"), ("Northern Ledger", "reported")]


def test_an_outlet_s_report_on_another_matter_leaves_the_report_unnamed(extract):
    text = ("A report that the harbour master sold the dredgers spread on Monday. "
            "The Northern Ledger report on the weather was published later.")
    st = _by_cue(extract(text), "report")
    assert st.speaker.kind == "unnamed"
