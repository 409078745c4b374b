"""bench/quote_lengths.py: the direct-quote recall split by quote length."""

from bench.quote_lengths import quoted_words, recall_by_quote_length, sampled_recall


def test_quoted_words_counts_up_to_the_closing_mark():
    assert quoted_words("“Criminal Minds,” “Veep” and more") == 2
    assert quoted_words("''liberal Democrat lingo.'' he said") == 3
    assert quoted_words("‘We can’t stay,’ she said") == 3  # the apostrophe in can’t does not close it
    assert quoted_words('"The pier stays closed until spring," Varga said') == 6
    assert quoted_words("“never closed") == 2


def test_recall_is_counted_per_length_with_the_scorers_matching():
    text = 'Varga called it “a sham.” “The pier stays closed until spring,” she said. He named “Veep.”'
    sham, pier, veep = (text.index(s) for s in ("“a sham", "“The pier", "“Veep"))
    gold = [{"id": "a", "text": text, "attributions": [
        {"source": [], "cue": [], "content": [[sham, sham + 9]]},
        {"source": [], "cue": [], "content": [[pier, pier + 41]]},
        {"source": [], "cue": [], "content": [[veep, veep + 7]]},
        {"source": [], "cue": [], "content": [[0, 5]]},  # not a direct quote: not counted
    ]}]
    # One prediction matches the long quote, one overlaps the sham by under half.
    predicted = [{"id": "a", "attributions": [
        {"content": [[pier + 1, pier + 38]]},
        {"content": [[6, sham + 5]]},
    ]}]
    assert recall_by_quote_length(gold, predicted) == {"1-3 words": (0, 2), "4+ words": (1, 1)}


def test_a_prediction_matches_one_gold_quote_only():
    text = '“We stay,” Varga said. “We stay,” Brandt said.'
    gold = [{"id": "a", "text": text, "attributions": [
        {"source": [], "cue": [], "content": [[0, 10]]},
        {"source": [], "cue": [], "content": [[23, 33]]},
    ]}]
    predicted = [{"id": "a", "attributions": [{"content": [[0, 33]]}]}]
    # 6 of the 21 letters it spans are either gold's: under half, so neither is found.
    assert recall_by_quote_length(gold, predicted) == {"1-3 words": (0, 2)}
    predicted = [{"id": "a", "attributions": [{"content": [[1, 8]]}]}]
    assert recall_by_quote_length(gold, predicted) == {"1-3 words": (1, 2)}


def test_sampled_recall_spans_the_articles_found_and_missed():
    found = {"id": "found", "text": "“We stay,” Varga said.", "attributions": [
        {"source": [], "cue": [], "content": [[0, 10]]}]}
    missed = {"id": "missed", "text": "“We go,” Brandt said.", "attributions": [
        {"source": [], "cue": [], "content": [[0, 8]]}]}
    predicted = [{"id": "found", "attributions": [{"content": [[1, 8]]}]}]
    # Sets of one article: a fifth or more of the draws is the missed one, so
    # the low percentiles are 0 and the median is the found article's 1 or 0.
    lowest, first, fifth, median = sampled_recall([found, missed], predicted, 1)
    assert (lowest, first, fifth) == (0.0, 0.0, 0.0) and median in (0.0, 1.0)
    # Sets of both articles always hold one of two quotes found.
    assert sampled_recall([found, missed], predicted, 2) == (0.5, 0.5, 0.5, 0.5)
