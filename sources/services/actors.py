"""Actors and their aliases: one actor however many names the text gives it."""

from __future__ import annotations

import re

from django.db import IntegrityError, transaction

from sources.models import Actor, ActorAlias, ActorKind, Outlet

_SPACE = re.compile(r"\s+")


def alias_normalize(name: str) -> str:
    return _SPACE.sub(" ", name).strip().strip(".,;:").lower()


def actor_resolve(*, name: str, kind: str, description: str = "") -> Actor:
    """The actor this name refers to: found by alias, else created with the name as its
    first alias. Safe to call concurrently: a lost creation race re-reads the winner."""
    key = alias_normalize(name)
    found = _actor_by_alias(key, kind)
    if found:
        return found
    try:
        with transaction.atomic():
            actor = Actor.objects.create(name=name.strip(), kind=kind, description=description[:300])
            ActorAlias.objects.create(actor=actor, alias=name.strip(), normalized=key)
            return actor
    except IntegrityError:
        return _actor_by_alias(key, kind) or Actor.objects.get(name__iexact=name.strip(), kind=kind)


def _actor_by_alias(key: str, kind: str) -> Actor | None:
    # Unnamed groups ("sources") are the same words but not the same people across
    # articles; kind keeps "the newspaper" the outlet apart from a person of that name.
    alias = ActorAlias.objects.filter(normalized=key, actor__kind=kind).select_related("actor").first()
    return alias.actor if alias else None


def actor_add_alias(*, actor: Actor, alias: str) -> ActorAlias:
    obj, _ = ActorAlias.objects.get_or_create(actor=actor, normalized=alias_normalize(alias), defaults={"alias": alias})
    return obj


def outlet_resolve(*, name: str) -> Outlet:
    """The outlet by name, created with its actor on first sight."""
    outlet, created = Outlet.objects.get_or_create(name=name.strip())
    if created:
        actor = actor_resolve(name=outlet.name, kind=ActorKind.OUTLET)
        if actor.outlet_id is None:
            Actor.objects.filter(pk=actor.pk).update(outlet=outlet)
    return outlet
