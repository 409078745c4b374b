"""Actors and their aliases: one actor however many names the text gives it.

How a name finds its actor, for the named kinds (person, organization, outlet):

1. The name is parsed (``actor_name_parse``): titles and roles before a person's name
   ("US President", "Kremlin spokesman", "Ukraine's defence minister") and an
   apposition after a comma ("Donald Trump, the US president") become the
   description; social honorifics ("Mr.", "Mrs.") are dropped; so are a possessive
   "'s" and, for organisations and outlets, a leading "the".
2. An actor of the same kind whose name or any recorded alias is the name → that
   actor. A recorded alias is what an earlier article or an editor said, so it wins.
3. A person named by fewer words ("Trump") → the one person whose name ends with
   them ("Donald Trump"). When several do ("Donald Trump", "Melania Trump") the short
   name gets an actor of its own: a wrong merge silently puts one person's words in
   another's mouth, a missed one is two rows an editor can see and fix.
4. A person named by more words ("Donald Trump") than an existing actor ("Trump") →
   that actor is renamed to the fuller name, the old one kept as an alias; only when
   no other person shares the short name's ending (same reason as 3).
5. Otherwise a new actor.

Every spelling met is recorded as an alias, and a title or role fills the actor's
description when it has none. Unnamed and group speakers ("sources", "Ukrainian
officials") keep the exact-alias rule and none of the above: the same words are one
row per kind, and ``claims.selectors.statement_source`` counts an unnamed one per
report, never as one source across articles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import ForeignKey, Q
from django.db.models.functions import Lower

from factcheck.errors import Invalid
from sources.models import Actor, ActorAlias, ActorKind, Outlet

_SPACE = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"['’]s?$")
_BACK_REFERENCE = re.compile(r"(the|this|that)\s+\S+", re.IGNORECASE)
_NAMED = {ActorKind.PERSON, ActorKind.ORGANIZATION, ActorKind.OUTLET}

# Words that make what precedes a person's name a title or role, not part of the name.
_TITLE_WORDS = {
    "president", "vice", "prime", "minister", "secretary", "chancellor", "premier", "mayor",
    "governor", "senator", "sen", "rep", "representative", "congressman", "congresswoman",
    "speaker", "ambassador", "envoy", "commissioner", "judge", "justice", "attorney", "general",
    "gen", "col", "lt", "sgt", "admiral", "commander", "chief", "head", "director", "chairman",
    "chairwoman", "chair", "ceo", "cfo", "founder", "owner", "boss", "executive", "billionaire",
    "tycoon", "mogul", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "aide",
    "deputy", "former", "acting", "defence", "defense", "foreign", "finance", "interior",
    "leader", "candidate", "nominee", "king", "queen", "prince", "princess", "pope", "sheikh",
    "dr", "prof", "professor", "sir", "dame", "lord", "lady", "mr", "mrs", "ms", "miss", "mx",
}
# Honorifics that say nothing about who the person is: dropped, not kept as description.
_HONORIFICS = {"mr", "mrs", "ms", "miss", "mx"}
# Lower-case words that belong inside a name ("Ursula von der Leyen").
_PARTICLES = {"von", "van", "der", "den", "de", "da", "di", "del", "della", "du", "la", "le", "bin", "ibn", "al", "dos"}
# More capitalised words than this before a surname are a role ("Tech Billionaire ...").
_MAX_NAME_WORDS = 4

# Short names the press uses for outlets. Kept small on purpose: "AP" or "FT" can mean
# other things, so only outlets are looked up through it.
OUTLET_ABBREVIATIONS = {
    "wsj": "The Wall Street Journal",
    "ft": "Financial Times",
    "nyt": "The New York Times",
    "ap": "Associated Press",
    "afp": "Agence France-Presse",
}


@dataclass(frozen=True)
class ActorName:
    """A name as the text gave it, split into the proper name and what stood around it."""

    spelling: str  # as received, spaces collapsed: "US President Donald Trump"
    name: str  # the name an actor created from it takes: "Donald Trump", "The Wall Street Journal"
    title: str  # the title or role it came with: "US President"
    keys: tuple[str, ...]  # normalised forms to look it up by; the first is the proper name's own
    spellings: tuple[str, ...]  # the forms recorded as aliases

    @property
    def key(self) -> str:
        return self.keys[0] if self.keys else ""


def alias_normalize(name: str) -> str:
    return _SPACE.sub(" ", name).strip().strip(".,;:").lower()


def actor_resolve(*, name: str, kind: str, description: str = "") -> Actor:
    """The actor this name refers to (see the module docstring), created on first sight.
    Records the spelling as an alias. Safe to call concurrently: a lost creation or
    rename race re-reads the winner."""
    parsed = actor_name_parse(name=name, kind=kind)
    description = _description(description) or parsed.title
    actor = _match(parsed, kind) or _create(parsed, kind, description)
    _remember(actor, parsed)
    if kind in _NAMED:
        _describe(actor, description)
    return actor


def actor_name_parse(*, name: str, kind: str) -> ActorName:
    spelling = _SPACE.sub(" ", name).strip()
    if kind == ActorKind.PERSON:
        return _person_name(spelling)
    if kind in _NAMED:
        return _organization_name(spelling, kind)
    return ActorName(spelling, spelling, "", (alias_normalize(spelling),), (spelling,))


def actor_add_alias(*, actor: Actor, alias: str) -> ActorAlias:
    obj, _ = ActorAlias.objects.get_or_create(actor=actor, normalized=alias_normalize(alias), defaults={"alias": alias})
    return obj


def actor_merge(*, actor_ids: list[int], into_id: int) -> Actor:
    """One actor from several rows that name the same speaker ("Musk" and
    "the tech billionaire" resolved apart): every statement, hop and alias of
    the others moves to ``into_id``, their names become its aliases, and the
    other rows are deleted. Refused, with nothing changed, when the actors
    are of different kinds, when more than one is an outlet's actor, or when
    two of them have a statement over the same words of one article."""
    others_ids = sorted(set(actor_ids) - {into_id})
    if not others_ids:
        raise Invalid("choose at least one actor to merge besides the one kept")
    with transaction.atomic():
        actors = {a.pk: a for a in Actor.objects.select_for_update().filter(pk__in=[into_id, *others_ids])}
        missing = sorted((set(others_ids) | {into_id}) - set(actors))
        if missing:
            raise Invalid(f"no actor with id {', '.join(map(str, missing))}; reload the list and choose again")
        into, others = actors[into_id], [actors[i] for i in others_ids]
        _check_mergeable(into, others)
        for other in others:
            actor_add_alias(actor=into, alias=other.name)
        ActorAlias.objects.filter(actor__in=others).exclude(normalized__in=into.aliases.values("normalized")) \
            .update(actor=into)
        try:
            with transaction.atomic():
                for rel in Actor._meta.related_objects:
                    if isinstance(rel.field, ForeignKey) and rel.related_model is not ActorAlias:
                        rel.related_model._default_manager.filter(**{f"{rel.field.name}__in": others}) \
                            .update(**{rel.field.name: into})
        except IntegrityError as exc:
            raise Invalid("two of these actors have a statement over the same words of one article, so the "
                          "merge would record it twice; delete the duplicate statement first") from exc
        outlet = next((o.outlet_id for o in others if o.outlet_id), None)
        Actor.objects.filter(pk__in=others_ids).delete()
        if outlet and not into.outlet_id:
            Actor.objects.filter(pk=into.pk).update(outlet=outlet)
        _describe(into, next((o.description for o in others if o.description), ""))
    into.refresh_from_db()
    return into


def _check_mergeable(into: Actor, others: list[Actor]) -> None:
    kinds = sorted({a.kind for a in [into, *others]})
    if len(kinds) > 1:
        raise Invalid(f"these actors are of different kinds ({', '.join(kinds)}); an actor of the wrong kind "
                      "can be corrected on its own page first")
    outlets = [a.name for a in [into, *others] if a.outlet_id]
    if len(outlets) > 1:
        raise Invalid(f"{' and '.join(outlets)} are the actors of different outlets; outlets are not merged here")


def outlet_resolve(*, name: str) -> Outlet:
    """The outlet by name, created with its actor on first sight."""
    outlet, created = Outlet.objects.get_or_create(name=name.strip())
    if created:
        actor = actor_resolve(name=outlet.name, kind=ActorKind.OUTLET)
        if actor.outlet_id is None:
            Actor.objects.filter(pk=actor.pk).update(outlet=outlet)
    return outlet


# Parsing names


def _person_split(spelling: str) -> tuple[str, str]:
    """"US President Donald Trump" -> ("Donald Trump", "US President"); the name is the
    run of capitalised words (and particles) at the end, the surname always in it."""
    head, _, apposition = spelling.partition(",")
    words = _POSSESSIVE.sub("", head.strip()).split()
    if not words or not _capitalised(words[-1]):
        return spelling, ""  # no proper name to keep apart ("the defence minister")
    start = len(words) - 1  # the last word is the surname even when it is "King"
    while start > 0 and _is_name_word(words[start - 1]) and _name_size(words[start - 1:]) <= _MAX_NAME_WORDS:
        start -= 1
    title = [w for w in words[:start] if _bare(w) not in _HONORIFICS]
    described = " ".join(title) or _without_article(apposition)
    return " ".join(words[start:]), _without_article(described)


def _is_name_word(word: str) -> bool:
    return word in _PARTICLES or (_capitalised(word) and _bare(word) not in _TITLE_WORDS)


def _capitalised(word: str) -> bool:
    return any(part[:1].isupper() for part in word.split("-"))  # "al-Assad" too


def _name_size(words: list[str]) -> int:
    return sum(1 for w in words if w not in _PARTICLES)


def _bare(word: str) -> str:
    return word.lower().strip(".,")


def _without_article(text: str) -> str:
    return re.sub(r"^(the|a|an)\s+", "", text.strip(), flags=re.IGNORECASE)


def _person_name(spelling: str) -> ActorName:
    name, title = _person_split(spelling)
    # "Donald J. Trump" is also "Donald Trump".
    plain = " ".join(w for w in name.split() if len(w.rstrip(".")) > 1)
    return ActorName(spelling, name, title, _keys(name, spelling, plain), _unique((spelling, name, plain)))


def _organization_name(spelling: str, kind: str) -> ActorName:
    # "the Kremlin" is grammar; "The Wall Street Journal" is how the paper names itself.
    display = re.sub(r"^(the|a|an)\s+", "", _POSSESSIVE.sub("", spelling)).strip() or spelling
    if kind == ActorKind.OUTLET:
        display = OUTLET_ABBREVIATIONS.get(alias_normalize(_without_article(display)), display)
    proper = _without_article(display) or display
    key = alias_normalize(proper)
    short = [abbr for abbr, full in OUTLET_ABBREVIATIONS.items()
             if kind == ActorKind.OUTLET and alias_normalize(_without_article(full)) == key]
    # "the ..." finds actors whose keys were recorded before the article was dropped.
    keys = _keys(proper, display, spelling, f"the {proper}" if proper else "", *short)
    return ActorName(spelling, display, "", keys, _unique((spelling, proper)))


def _keys(*forms: str) -> tuple[str, ...]:
    return _unique(alias_normalize(f) for f in forms)


def _unique(items) -> tuple[str, ...]:
    return tuple(dict.fromkeys(i for i in items if i))


# Matching


def _match(parsed: ActorName, kind: str) -> Actor | None:
    found = _by_keys(parsed, kind)
    if found or kind != ActorKind.PERSON or not _capitalised(parsed.name.rpartition(" ")[2]):
        return found  # only a proper name is matched by its ending
    return _by_surname(parsed) or _upgrade_shorter(parsed)


def _by_keys(parsed: ActorName, kind: str) -> Actor | None:
    # Kind keeps "the newspaper" the outlet apart from a person of that name.
    found = list(
        Actor.objects.filter(kind=kind).annotate(lname=Lower("name"))
        .filter(Q(lname__in=parsed.keys) | Q(aliases__normalized__in=parsed.keys)).distinct().order_by("pk")
    )
    named = [a for a in found if a.lname in (parsed.key, alias_normalize(parsed.name))]
    return (named or found or [None])[0]


def _persons_ending(key: str):
    return Actor.objects.filter(kind=ActorKind.PERSON).annotate(lname=Lower("name")).filter(lname__endswith=f" {key}")


def _by_surname(parsed: ActorName) -> Actor | None:
    """"Musk" → "Elon Musk", when he is the only person whose name ends so."""
    found = list(_persons_ending(parsed.key)[:2])
    return found[0] if len(found) == 1 else None


def _upgrade_shorter(parsed: ActorName) -> Actor | None:
    """"Donald Trump" after "Trump": the short actor takes the full name."""
    words = parsed.key.split()
    endings = [" ".join(words[i:]) for i in range(1, len(words))]
    if not endings:
        return None
    shorter = list(Actor.objects.filter(kind=ActorKind.PERSON).annotate(lname=Lower("name"))
                   .filter(lname__in=endings)[:2])
    if len(shorter) != 1 or _persons_ending(shorter[0].lname).exists():
        return None  # none, or the short name could be more than one person
    # A lost rename race: whoever won has the name now.
    return _rename(shorter[0], parsed.name) or _by_keys(parsed, ActorKind.PERSON)


def _rename(actor: Actor, name: str) -> Actor | None:
    old = actor.name
    try:
        with transaction.atomic():
            # Conditional: a concurrent resolve may have renamed it already.
            renamed = Actor.objects.filter(pk=actor.pk, name=old).update(name=name)
    except IntegrityError:
        return None  # the full name was created meanwhile: the caller re-reads it
    if not renamed:
        return None
    actor.name = name
    ActorAlias.objects.bulk_create([ActorAlias(actor=actor, alias=old, normalized=alias_normalize(old))],
                                   ignore_conflicts=True)
    return actor


# Writing


def _create(parsed: ActorName, kind: str, description: str) -> Actor:
    try:
        with transaction.atomic():
            return Actor.objects.create(name=parsed.name[:200], kind=kind, description=description)
    except IntegrityError:
        # Lost a race with a concurrent resolve of the same name (unique name per kind).
        return _by_keys(parsed, kind) or Actor.objects.get(name__iexact=parsed.name[:200], kind=kind)


def _remember(actor: Actor, parsed: ActorName) -> None:
    spellings = {alias_normalize(s): s for s in parsed.spellings}
    known = set(actor.aliases.filter(normalized__in=spellings).values_list("normalized", flat=True))
    new = [ActorAlias(actor=actor, alias=s[:200], normalized=k[:200]) for k, s in spellings.items() if k not in known]
    if new:
        # ignore_conflicts: a concurrent resolve may record the same spelling.
        ActorAlias.objects.bulk_create(new, ignore_conflicts=True)


def _description(text: str) -> str:
    # "the company", "the newspaper": the words that pointed back to the actor, not a role.
    text = text.strip()
    return "" if _BACK_REFERENCE.fullmatch(text) else text[:300]


def _describe(actor: Actor, description: str) -> None:
    if description and not actor.description:
        Actor.objects.filter(pk=actor.pk, description="").update(description=description)
        actor.description = description
