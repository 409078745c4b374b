"""Finding statements by their quoted words, for the extraction tests."""


def quoted_statement(statements, words: str):
    """The statement whose content starts with words."""
    return next(st for st in statements if st.content.startswith(words))


def one_speaker_one_cue(statements, first_words: str, second_words: str):
    """“A,” X said. “B.”: B is X's too, under the same cue (a statement of its own)."""
    first = quoted_statement(statements, first_words)
    second = quoted_statement(statements, second_words)
    assert (second.speaker.name, second.cue_span) == (first.speaker.name, first.cue_span)
    return first, second
