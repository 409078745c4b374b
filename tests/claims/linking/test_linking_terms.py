from claims.linking import claim_key_terms


def test_activate_deploy_and_switch_on_fold_to_one_term():
    for verb in ("activate", "deployed", "switch on", "enabling"):
        assert "activate" in claim_key_terms(f"The firm will {verb} its network over the island")


def test_a_country_its_adjective_and_its_capital_fold_to_one_entity():
    assert claim_key_terms("Russian drones") == claim_key_terms("Russia's drones")
    assert "russia" in claim_key_terms("Moscow's drones")


def test_attribution_and_hedge_words_are_not_index_terms():
    terms = claim_key_terms("The newspaper reportedly says the mayor allegedly resigned")
    assert terms == ["mayor", "resign"]


def test_sale_and_sold_share_a_term():
    assert "sell" in claim_key_terms("There was no sale of receivers")
    assert "sell" in claim_key_terms("The company sold receivers")


def test_a_name_is_not_stemmed_like_a_verb():
    assert "drone" in claim_key_terms("A Shahed fell near the border")
