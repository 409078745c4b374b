from claims.linking import AUTO_LINK, SUGGEST_LINK, similarity

TAIWAN = "The Kremlin leader asked the tycoon not to activate his satellite service over Taiwan"


def test_two_wordings_of_one_request_score_as_the_same_claim():
    reworded = "The Kremlin leader allegedly asked the tycoon not to deploy his satellite service over Taiwan"
    assert similarity(reworded, TAIWAN) >= AUTO_LINK


def test_same_actors_with_another_predicate_are_not_linked():
    other = "The tycoon praised the Kremlin leader in a post"
    assert similarity(other, TAIWAN) < AUTO_LINK


def test_same_named_actors_with_another_predicate_stay_below_a_suggestion():
    claim = "Piet Kuiper asked Anna Berg not to activate her network over Taiwan"
    assert similarity("Anna Berg praised Piet Kuiper in a post", claim) < SUGGEST_LINK


def test_an_actor_swapped_for_another_is_not_the_same_claim():
    claim = "The company sold receivers to Russia"
    assert similarity("The company sold receivers to Russia last year", claim) >= AUTO_LINK
    assert similarity("The company sold receivers to Poland", claim) < AUTO_LINK


def test_sharing_only_names_is_at_most_weak():
    claim = "Putin asked Musk not to activate Starlink over Taiwan"
    assert similarity("Musk and Putin in Taiwan", claim) < SUGGEST_LINK


def test_unrelated_texts_score_zero_and_scores_stay_in_range():
    assert similarity("The bridge opens in May", "Drones carry radios") == 0.0
    assert 0.0 <= similarity(TAIWAN, TAIWAN) <= 1.0
