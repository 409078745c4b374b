"""Chains of reports, unnamed sources and stance (fictional outlets and people)."""


def test_according_to_a_report_puts_the_outlet_in_the_chain(extract):
    text = ("According to a new report from The Northern Ledger, the port authority "
            "has quietly sold two of its dredgers.")
    [st] = extract(text, outlet="Valley Post")
    assert st.cue == "According to"
    assert [(h.name, h.relation) for h in st.chain] == [
        ("Valley Post", "published"), ("Northern Ledger", "according to")]
    assert st.speaker.kind == "outlet"


def test_reportedly_inside_a_report_adds_an_unnamed_hop(extract):
    text = ("According to The Northern Ledger, the harbour master reportedly met the buyers "
            "twice: Edgar Molnar allegedly asked the council to delay the vote.")
    met, asked, request = extract(text)
    # That Molnar asked is the Ledger's (second-hand) report, and the request
    # itself Molnar's act one hop below it; the colon separates it from the
    # meetings, a claim of its own.
    assert asked.content.startswith("Edgar Molnar allegedly asked the council")
    assert met.content == "the harbour master reportedly met the buyers twice"
    for st in (met, asked):
        assert [h.kind for h in st.chain][:2] == ["outlet", "unnamed"]
        assert st.stance == "hedges"
    assert request.speaker.name == "Edgar Molnar" and request.content == "the council to delay the vote"
    assert [h.kind for h in request.chain] == ["outlet", "unnamed", "person"]


def test_unnamed_officials_are_a_group(extract):
    text = "Harbour officials say the dredgers were sold below their value."
    [st] = extract(text)
    assert st.speaker.kind in ("group", "unnamed")
    assert st.content == "the dredgers were sold below their value"


def test_the_newspaper_refers_back_to_the_outlet_named_before(extract):
    text = ("The Harbour Times published its findings on Monday. "
            "The newspaper says the mayor knew about the sale.")
    [st] = extract(text)
    assert st.speaker.name == "Harbour Times"
    assert text[slice(*st.speaker.mention)] == "The newspaper"


def test_a_denial_is_recorded_as_the_stance(extract):
    text = "Edgar Molnar denied that the council had ever discussed the dredgers."
    [st] = extract(text)
    assert st.stance == "denies"


def test_no_record_of_is_a_denial(extract):
    text = "Molnar said there is no record of any sale to a foreign buyer."
    [st] = extract(text)
    assert st.stance == "denies"


def test_the_article_hedging_on_its_own_is_a_hedged_statement(extract):
    text = "The harbour master allegedly kept the money from the sale."
    [st] = extract(text)
    assert st.stance == "hedges"
    assert st.hedges == ["allegedly"]
    assert st.speaker.kind == "unnamed"


def test_the_outlet_s_acronym_is_the_outlet_itself(extract):
    text = "The council has insisted it will not sell the dam, the HT reported."
    [st] = extract(text, outlet="Harbour Times")
    assert [(h.name, h.relation) for h in st.chain][:2] == [
        ("Harbour Times", "published"), ("Harbour Times", "reported")]
