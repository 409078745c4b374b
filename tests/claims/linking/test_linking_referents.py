from claims.extraction.types import ExtractedStatement, Speaker
from claims.linking import LinkIndex, linking_text, propose_statement_link, similarity
from claims.linking.referents import antecedent, leading_pronoun, resolve_leading_pronoun

KREMLIN = ("The Kremlin has attempted to downplay Musk's ties to Moscow, claiming "
           "he and Putin only spoke once in 2021.")
CONTENT_START = KREMLIN.index("he and")


def kremlin_statement(**speaker) -> ExtractedStatement:
    return ExtractedStatement(
        speaker=Speaker(**{"name": "Kremlin", "kind": "organization", **speaker}), cue="claiming", cue_span=None,
        content=KREMLIN[CONTENT_START:-1], start=CONTENT_START, end=len(KREMLIN) - 1, quote="indirect", chain=[])


def test_only_a_pronoun_that_starts_the_content_is_read():
    assert leading_pronoun("that he sold it") and leading_pronoun("She left")
    assert not leading_pronoun("the man he met") and not leading_pronoun("hence the delay")


def test_a_pronoun_an_organisation_reports_is_the_first_other_name_before_it():
    assert antecedent(KREMLIN[:CONTENT_START], speaker="Kremlin", content="he and Putin") == "Musk"


def test_a_name_the_content_goes_on_to_use_is_not_the_pronoun():
    before = "Putin met Musk in Moscow, and the Kremlin said "
    assert antecedent(before, speaker="Kremlin", content="he and Putin only spoke once") == "Musk"


def test_a_possessive_ends_a_name():
    assert antecedent("Elon Musk's SpaceX, the company said ", speaker="the company") == "Musk"


def test_without_a_name_in_its_sentence_the_sentence_before_is_searched():
    before = "Anna Berg resigned on Monday. However, the council later claimed "
    assert antecedent(before, speaker="the council") == "Berg"


def test_a_capital_that_only_starts_a_sentence_is_not_a_name():
    assert antecedent("Earlier, the council said ", speaker="the council") is None


def test_a_persons_reported_pronoun_is_the_speaker_and_stays():
    text = "he had discovered Starlink dishes"
    assert resolve_leading_pronoun(text, speaker="Serhiy Beskrestnov", speaker_kind="person",
                                   before="Serhiy Beskrestnov said ") == text


def test_a_pronoun_in_a_persons_quote_is_someone_else():
    resolved = resolve_leading_pronoun('"He lied to us," Fedorov said', speaker="Mykhailo Fedorov",
                                       speaker_kind="person", quote="direct",
                                       before="Fedorov turned on Musk on Sunday. ")
    assert resolved.startswith('"Musk lied')


def test_the_article_text_is_read_only_for_a_leading_pronoun():
    def fail() -> str:
        raise AssertionError("read the article for content without a pronoun")

    assert resolve_leading_pronoun("Musk sold it", speaker="Kremlin", before=fail) == "Musk sold it"


def test_an_extracted_statement_is_linked_with_its_pronoun_read():
    assert linking_text(kremlin_statement(), KREMLIN).startswith("Musk and Putin only spoke once")


def test_the_kremlin_account_disputes_the_claim_of_regular_contact():
    index = LinkIndex()
    index.add(1, "Elon Musk has been in regular contact over the past few years with")
    proposal = propose_statement_link(index, kremlin_statement(), KREMLIN)
    assert (proposal.claim_id, proposal.decision, proposal.stance) == (1, "auto", "disputes")


def test_when_a_claim_was_made_does_not_count_toward_what_it_says():
    assert similarity("Musk talked to Putin", "Musk talked to Putin recently") == 1.0
    assert similarity("Musk talked to Putin on Sunday", "Musk talked to Putin in the past") == 1.0


def test_a_unit_that_dates_a_statement_does_not_count():
    assert similarity("Musk talked to Putin", "Musk talked to Putin over the past few years") == 1.0
    assert similarity("Musk talked to Putin a year ago", "Musk talked to Putin this week") == 1.0


def test_how_long_something_lasts_still_counts():
    assert similarity("the bridge closes", "the bridge closes for four weeks") < 1.0
