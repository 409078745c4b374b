"""Named speakers who say one thing together are each a source: one statement per speaker."""


def _said_by(statements):
    return [(st.speaker.name, st.speaker.kind) for st in statements]


def test_two_named_speakers_saying_one_thing_are_two_statements(extract):
    text = "Odo Brandt and the Harbour Institute said on Monday that the pier was unsafe."
    first, second = extract(text, outlet="The Northern Ledger")
    assert _said_by([first, second]) == [("Odo Brandt", "person"), ("Harbour Institute", "organization")]
    assert (first.content, first.start, first.end, first.cue, first.cue_span) == \
        (second.content, second.start, second.end, second.cue, second.cue_span)
    assert first.content == "that the pier was unsafe"
    assert text[slice(*first.speaker.mention)] == "Odo Brandt"
    assert text[slice(*second.speaker.mention)] == "the Harbour Institute"


def test_each_speakers_chain_ends_in_that_speaker(extract):
    text = "Odo Brandt and the Harbour Institute said on Monday that the pier was unsafe."
    first, second = extract(text, outlet="The Northern Ledger")
    assert [(h.name, h.relation) for h in first.chain] == [("The Northern Ledger", "published"), ("Odo Brandt", "said")]
    assert [(h.name, h.relation) for h in second.chain] == \
        [("The Northern Ledger", "published"), ("Harbour Institute", "said")]


def test_three_named_speakers_in_a_list_are_three_statements(extract):
    text = "Lina Ostrova, Piet Harmsen and the Baltic Monitoring Group said that the bridge had been closed."
    found = extract(text)
    assert _said_by(found) == [("Lina Ostrova", "person"), ("Piet Harmsen", "person"),
                               ("Baltic Monitoring Group", "organization")]
    assert len({(st.start, st.end) for st in found}) == 1


def test_named_speakers_of_a_direct_quote_are_each_quoted(extract):
    text = 'Lina Ostrova and Piet Harmsen said: "The bridge is closed until spring."'
    found = extract(text)
    assert _said_by(found) == [("Lina Ostrova", "person"), ("Piet Harmsen", "person")]
    assert {st.quote for st in found} == {"direct"}


def test_an_unnamed_group_of_speakers_stays_one_statement(extract):
    [st] = extract("Officials and experts said that the bridge had been closed for repairs.")
    assert st.speaker.kind in ("group", "unnamed")
    assert st.speaker.name == "Officials and experts"
