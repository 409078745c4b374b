from claims.linking import ASSERTS, DENIES, DISPUTES, HEDGES, QUESTIONS, stance_toward

SALE = "The company sold satellite receivers to Russia"
CONTACT = "The tycoon has been in regular contact with the president"


def test_a_denial_of_a_sale_denies_the_sale_claim():
    said = "there is no record of the company selling satellite receivers to Russia, neither directly nor indirectly"
    assert stance_toward(said, SALE) == DENIES


def test_a_denial_cue_denies_even_when_the_content_is_positive():
    assert stance_toward("that the company sold receivers to Russia", SALE, cue="denied") == DENIES


def test_speaking_only_once_disputes_regular_contact():
    assert stance_toward("he and the president only spoke once in 2021", CONTACT) == DISPUTES


def test_only_with_no_count_of_its_own_still_disputes_regular_contact():
    assert stance_toward("the tycoon met the president only one time", CONTACT) == DISPUTES


def test_a_corrected_figure_disputes_rather_than_denies():
    claim = "The bridge will open in 2025"
    assert stance_toward("The bridge will open in 2027, not 2025", claim) == DISPUTES


def test_a_hedged_restatement_hedges():
    assert stance_toward("The company allegedly sold receivers to Russia", SALE) == HEDGES


def test_a_question_questions():
    assert stance_toward("Did the company sell receivers to Russia?", SALE) == QUESTIONS
    assert stance_toward("Officials questioned whether receivers were sold to Russia", SALE) == QUESTIONS


def test_a_plain_restatement_asserts():
    assert stance_toward("the newspaper says the company sold receivers to Russia", SALE) == ASSERTS


def test_negations_that_cancel_out_assert_nothing_negative():
    claim = "The president asked him not to activate the service over the island"
    assert stance_toward("The president asked him to withhold the service from the island", claim) == ASSERTS
    assert stance_toward("The president never asked him to keep the service switched off", claim) == DENIES


def test_not_only_is_not_a_negation():
    assert stance_toward("Drones not only carry radios but cameras", "Drones carry radios") == ASSERTS


def test_appeared_in_its_literal_sense_is_not_a_hedge():
    assert stance_toward("drones appeared over the city", "Drones flew over the city") == ASSERTS
    assert stance_toward("drones appeared to fly over the city", "Drones flew over the city") == HEDGES
