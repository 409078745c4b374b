from claims.anchoring import anchor_context, anchor_find

OLD = 'The mayor spoke twice. "We will not close the bridge," she said. Later: "We will not close the bridge," again.'


def test_an_unchanged_quote_is_found_where_it_was():
    start = OLD.index("We will")
    end = start + len("We will not close the bridge,")
    prefix, suffix = anchor_context(OLD, start, end)
    assert anchor_find(OLD, OLD[start:end], prefix, suffix) == (start, end)


def test_the_context_picks_the_right_one_of_two_identical_quotes():
    second = OLD.rindex("We will")
    end = second + len("We will not close the bridge,")
    prefix, suffix = anchor_context(OLD, second, end)
    new = "Update: " + OLD
    assert anchor_find(new, OLD[second:end], prefix, suffix) == (second + 8, end + 8)


def test_a_quote_with_a_corrected_typo_is_found_fuzzily():
    new = 'The mayor spoke. "We will not close the bridge," she said, "not this year."'
    span = anchor_find(new, "We wil not close the bridge,")
    assert span is not None and new[span[0]:span[1]].startswith("We will not close the bridge")


def test_a_quote_that_was_removed_is_not_found():
    assert anchor_find("The council met and adjourned without comment.", "We will not close the bridge,") is None
