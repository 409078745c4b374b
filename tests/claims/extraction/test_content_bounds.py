"""Where reported words start and stop: what hangs on the cue after its
object, and what only the writer adds."""


def test_declining_to_say_is_one_refusal_not_a_statement(extract):
    # Not "Varga declined: to" beside "Varga said whether the pier was sold".
    [st] = extract("Ines Varga declined to say whether the pier was sold.")
    assert st.content == "to say whether the pier was sold"
    assert st.cue == "declined"


def test_what_a_call_is_for_is_part_of_it(extract):
    [st] = extract("Varga defended her call to raise the harbour fees.")
    assert st.content == "her call to raise the harbour fees"


def test_what_someone_is_assailed_for_is_part_of_the_attack(extract):
    # Not "Brandt supported the war": the support is hers, the attack his.
    text = "On Saturday, Senator Odo Brandt of Eastbay, a rival, assailed her for supporting the war."
    [st] = extract(text)
    assert st.content == "her for supporting the war"


def test_what_someone_is_slammed_for_saying_is_not_the_critics_words(extract):
    # Not "Brandt suggested that the pilots were lazy".
    text = ("On Saturday, Senator Odo Brandt of Eastbay, a rival, slammed Varga for suggesting "
            "that the pilots were lazy.")
    [st] = extract(text)
    assert st.content == "Varga for suggesting that the pilots were lazy"


def test_a_name_after_a_description_says_who_is_meant(extract):
    [st] = extract("Odo Brandt criticized the angry speech of his rival, Ines Varga.")
    assert st.content == "the angry speech of his rival, Ines Varga"


def test_a_list_the_parser_took_for_an_apposition_goes_on(extract):
    [st] = extract("Brandt said it is undermining our harbour, our pilots, our crews and the rule of law.")
    assert st.content == "it is undermining our harbour, our pilots, our crews and the rule of law"


def test_who_the_writer_had_the_words_from_is_not_part_of_them(extract):
    statements = extract("Forty pilots have said that they will join the strike, according to an organizer.")
    said = next(st for st in statements if st.cue == "said")
    assert said.content == "that they will join the strike"


def test_a_participle_going_on_with_the_reported_clause_is_part_of_it(extract):
    # Not "the wardens still patrol the pier" alone: the fines are theirs too.
    [st] = extract("Harbour officials say the wardens still patrol the pier, handing out fines to anglers.")
    assert st.content == "the wardens still patrol the pier, handing out fines to anglers"


def test_a_participle_after_an_announced_thing_is_the_writers_comment(extract):
    [st] = extract("Morvel Lines announced the launch of two ferries to widen the fleet, "
                   "strengthening its grip on the island routes.")
    assert st.content == "the launch of two ferries to widen the fleet"


def test_a_condition_hung_on_the_cue_is_part_of_the_threat(extract):
    # Not "the pilots threatened to strike" outright: only if the fees rise.
    [st] = extract("The pilots threatened to strike if the fees rose again.")
    assert st.content == "to strike if the fees rose again"
