"""One actor however the articles name it: titles into the description, short names
and long names merged through aliases, outlets by their short names, unnamed groups
kept apart from names."""

import threading

import pytest
from django.db import connection

from sources.models import Actor, ActorAlias
from sources.services.actors import actor_name_parse, actor_resolve, outlet_resolve
from tests.conftest import on_postgres, require_service

pytestmark = pytest.mark.django_db


def person(name, description=""):
    return actor_resolve(name=name, kind="person", description=description)


def aliases(actor):
    return set(actor.aliases.values_list("normalized", flat=True))


@pytest.mark.parametrize("spelling, name, title", [
    ("US President Donald Trump", "Donald Trump", "US President"),
    ("President Trump", "Trump", "President"),
    ("Mr. Trump", "Trump", ""),
    ("Trump's", "Trump", ""),
    ("Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "Kremlin spokesman"),
    ("Ukraine's defence minister Oleksii Reznikov", "Oleksii Reznikov", "Ukraine's defence minister"),
    ("Lina Ostrova, the mayor of Meridian", "Lina Ostrova", "mayor of Meridian"),
    ("Dr. Ilse Marrow", "Ilse Marrow", "Dr."),
    ("Commission President von der Leyen", "von der Leyen", "Commission President"),
    ("Martin Luther King", "Martin Luther King", ""),
    ("the transport commissioner", "the transport commissioner", ""),
])
def test_a_persons_title_and_role_are_parted_from_the_name(spelling, name, title):
    parsed = actor_name_parse(name=spelling, kind="person")
    assert (parsed.name, parsed.title) == (name, title)


def test_every_way_of_naming_one_person_is_one_actor():
    names = ["US President Donald Trump", "President Trump", "Donald Trump", "Trump", "Mr. Trump", "Trump's"]
    actors = {person(name).pk for name in names}
    actor = Actor.objects.get(pk=actors.pop())
    assert not actors
    assert (actor.name, actor.description) == ("Donald Trump", "US President")
    assert {"donald trump", "trump", "us president donald trump", "president trump", "mr. trump"} <= aliases(actor)


def test_the_title_becomes_the_description_but_the_callers_description_comes_first():
    assert person("Kremlin spokesman Dmitry Peskov").description == "Kremlin spokesman"
    assert person("Ilse Marrow", description="the harbour engineer").description == "the harbour engineer"
    # A description once set is not overwritten by the next article's wording.
    assert person("Chief engineer Ilse Marrow").description == "the harbour engineer"


def test_a_surname_finds_the_one_person_whose_name_ends_with_it():
    musk = person("Elon Musk")
    assert person("Musk") == musk
    assert person("Peskov") != musk
    assert "musk" in aliases(musk)


def test_a_surname_shared_by_two_people_gets_an_actor_of_its_own():
    donald, melania = person("Donald Trump"), person("Melania Trump")
    trump = person("Trump")
    assert trump not in (donald, melania) and trump.name == "Trump"
    # Later articles' bare "Trump" stays with that actor, for an editor to sort out.
    assert person("Mr. Trump") == trump
    # And a third Trump is not folded into it.
    assert person("Eric Trump") not in (trump, donald, melania)


def test_a_fuller_name_after_a_short_one_upgrades_the_actor_and_keeps_the_short_name():
    short = person("Kremlin spokesman Peskov")
    full = person("Dmitry Peskov")
    assert full.pk == short.pk
    short.refresh_from_db()
    assert (short.name, short.description) == ("Dmitry Peskov", "Kremlin spokesman")
    assert {"peskov", "dmitry peskov"} <= aliases(short)
    assert person("Peskov") == full


def test_a_short_name_that_could_be_two_people_is_not_upgraded():
    okafor = person("Okafor")
    person("Dana Okafor")  # upgrades "Okafor": the only Okafor so far
    okafor.refresh_from_db()
    assert okafor.name == "Dana Okafor"
    other = person("Chidi Okafor")
    assert other != okafor and other.name == "Chidi Okafor"


def test_a_short_name_made_ambiguous_is_not_upgraded_by_a_third_full_name():
    person("Tomas Reyes"), person("Ana Reyes")
    reyes = person("Reyes")
    luis = person("Luis Reyes")
    reyes.refresh_from_db()
    assert reyes.name == "Reyes" and luis != reyes


def test_a_middle_initial_does_not_make_another_person():
    assert person("Donald J. Trump") == person("Donald Trump")


def test_a_surname_never_matches_an_organisation():
    meridian = actor_resolve(name="Bank of Meridian", kind="organization")
    assert person("Meridian") != meridian
    assert actor_resolve(name="Meridian", kind="organization") != meridian


def test_outlets_are_one_actor_with_or_without_the_and_by_their_short_name():
    journal = actor_resolve(name="The Wall Street Journal", kind="outlet")
    for name in ["Wall Street Journal", "the Wall Street Journal", "the WSJ", "WSJ", "WSJ's", "Wall Street Journal's"]:
        assert actor_resolve(name=name, kind="outlet") == journal, name
    assert journal.name == "The Wall Street Journal"
    assert actor_resolve(name="the FT", kind="outlet") == actor_resolve(name="Financial Times", kind="outlet")


def test_an_outlet_first_met_by_its_short_name_takes_its_full_name():
    times = actor_resolve(name="the NYT", kind="outlet")
    assert times.name == "The New York Times"
    assert actor_resolve(name="New York Times", kind="outlet") == times
    assert outlet_resolve(name="The New York Times").actor == times


def test_an_organisation_drops_the_article_but_not_its_name():
    kremlin = actor_resolve(name="the Kremlin", kind="organization")
    assert kremlin.name == "Kremlin"
    assert actor_resolve(name="The Kremlin", kind="organization") == kremlin
    # "FT" is only an outlet's short name.
    assert actor_resolve(name="FT", kind="organization").name == "FT"


def test_unnamed_and_group_speakers_keep_their_exact_words():
    sources = actor_resolve(name="sources", kind="unnamed")
    assert actor_resolve(name="sources", kind="unnamed") == sources
    assert actor_resolve(name="the sources", kind="unnamed") != sources
    officials = actor_resolve(name="Ukrainian officials", kind="group")
    assert actor_resolve(name="officials", kind="group") != officials
    assert (officials.name, officials.description) == ("Ukrainian officials", "")
    # Nor does a person's surname reach them.
    assert person("Officials") not in (sources, officials)


def test_a_name_is_recorded_once_however_often_it_is_met():
    for _ in range(3):
        person("President Trump")
    assert ActorAlias.objects.filter(normalized="president trump").count() == 1


def test_an_actor_stored_before_the_change_is_still_found():
    old = Actor.objects.create(name="The Daily Beast", kind="outlet")
    ActorAlias.objects.create(actor=old, alias="The Daily Beast", normalized="the daily beast")
    assert actor_resolve(name="Daily Beast", kind="outlet") == old


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_concurrent_resolves_of_a_new_person_make_one_actor():
    require_service(on_postgres(), "needs PostgreSQL: the race needs two connections")
    barrier, results, errors = threading.Barrier(4), [], []

    def resolve(name):
        try:
            barrier.wait()
            results.append(person(name).pk)
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=resolve, args=(n,)) for n in
               ["Ilse Marrow", "Ilse Marrow", "Dr. Ilse Marrow", "Ms. Ilse Marrow"]]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and len(set(results)) == 1
    assert Actor.objects.filter(name="Ilse Marrow").count() == 1


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_concurrent_upgrades_of_a_short_name_rename_it_once():
    require_service(on_postgres(), "needs PostgreSQL: the race needs two connections")
    short = person("Marrow")
    barrier, results, errors = threading.Barrier(3), [], []

    def resolve():
        try:
            barrier.wait()
            results.append(person("Ilse Marrow").pk)
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=resolve) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and set(results) == {short.pk}
    assert Actor.objects.get(pk=short.pk).name == "Ilse Marrow"


def test_words_that_only_point_back_to_an_actor_are_not_its_description():
    company = actor_resolve(name="Harbour Ferries", kind="organization")
    assert actor_resolve(name="Harbour Ferries", kind="organization", description="the company").description == ""
    assert actor_resolve(name="Harbour Ferries", kind="organization", description="the island's ferry operator") \
        == company
    company.refresh_from_db()
    assert company.description == "the island's ferry operator"


def test_a_description_in_place_of_a_name_is_not_matched_by_its_ending():
    person("Dana Okafor, transport minister")
    minister = person("the transport minister")
    assert minister.name == "the transport minister"
    assert person("minister") != minister


# Merging by hand: two rows an editor sees are one speaker


def test_merging_moves_statements_hops_and_names_to_the_kept_actor():
    from claims.models import AttributionHop
    from sources.services.actors import actor_merge
    from tests.factories import said

    kept = said("the pier will reopen in May", speaker="Odile Varga").speaker
    other_statement = said("the pier reopens in spring", speaker="the harbour chief")
    other = other_statement.speaker
    hop = other_statement.hops.get(relation="said")
    AttributionHop.objects.filter(pk=hop.pk).update(actor=other)
    actor_resolve(name="Chief Varga", kind="person")  # an unrelated spelling stays where it is

    merged = actor_merge(actor_ids=[kept.pk, other.pk], into_id=kept.pk)

    assert merged.pk == kept.pk and merged.name == "Odile Varga"
    assert not Actor.objects.filter(pk=other.pk).exists()
    other_statement.refresh_from_db()
    assert other_statement.speaker_id == kept.pk
    assert AttributionHop.objects.get(pk=hop.pk).actor_id == kept.pk
    assert "the harbour chief" in aliases(merged)
    # The next article that says "the harbour chief" finds the merged actor.
    assert actor_resolve(name="the harbour chief", kind="person").pk == kept.pk


def test_actors_of_different_kinds_are_not_merged_and_nothing_changes():
    from factcheck.errors import Invalid
    from sources.services.actors import actor_merge

    person_ = person("Odile Varga")
    board = actor_resolve(name="Harbour Board", kind="organization")
    with pytest.raises(Invalid, match="different kinds"):
        actor_merge(actor_ids=[person_.pk, board.pk], into_id=person_.pk)
    assert Actor.objects.filter(pk__in=[person_.pk, board.pk]).count() == 2


def test_a_merge_that_would_record_one_statement_twice_is_refused_and_nothing_changes():
    from claims.models import Statement
    from factcheck.errors import Invalid
    from sources.services.actors import actor_merge
    from tests.factories import said

    first = said("the pier will reopen in May", speaker="Odile Varga")
    twin = Statement.objects.get(pk=first.pk)
    twin.pk, twin.speaker = None, person("Odette Varga")
    twin.save()  # "Odile and Odette Varga said": the same span, two speakers
    with pytest.raises(Invalid, match="same words of one article"):
        actor_merge(actor_ids=[first.speaker_id, twin.speaker_id], into_id=first.speaker_id)
    twin.refresh_from_db()
    assert twin.speaker.name == "Odette Varga"
    assert Actor.objects.filter(name="Odette Varga").exists()
