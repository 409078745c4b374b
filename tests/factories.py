import hashlib

import factory
from django.contrib.auth import get_user_model

from claims.models import AttributionHop, Claim, Statement
from sources.models import Actor, ActorKind, Article, Outlet

ARTICLE_TEXT = (
    "Harbour Bridge to close for repairs\n\n"
    '"We cannot keep the bridge open safely," said Dana Okafor, the transport commissioner.\n'
)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    password = factory.django.Password("correct horse battery staple")


class OutletFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Outlet
        django_get_or_create = ["name"]

    name = "Meridian Daily"


class ActorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Actor
        django_get_or_create = ["name", "kind"]

    name = factory.Sequence(lambda n: f"Person {n}")
    kind = ActorKind.PERSON


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    identity = factory.Sequence(lambda n: f"article-{n}.txt")
    source_file = factory.SelfAttribute("identity")
    outlet = factory.SubFactory(OutletFactory)
    title = "Harbour Bridge to close for repairs"
    text = factory.Sequence(lambda n: f"{ARTICLE_TEXT}\n(copy {n})\n")
    content_hash = factory.LazyAttribute(lambda a: hashlib.sha256(a.text.encode()).hexdigest())


class ClaimFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Claim

    text = "The bridge cannot stay open safely during repairs"


class StatementFactory(factory.django.DjangoModelFactory):
    """A statement whose span really cites its article: content == text[start:end]."""

    class Meta:
        model = Statement
        skip_postgeneration_save = True

    article = factory.SubFactory(ArticleFactory)
    speaker = factory.SubFactory(ActorFactory, name="Dana Okafor")
    cue = "said"
    start = factory.LazyAttribute(lambda s: s.article.text.index("We cannot"))
    end = factory.LazyAttribute(lambda s: s.article.text.index(',"'))
    content = factory.LazyAttribute(lambda s: s.article.text[s.start:s.end])
    quote = Statement.Quote.DIRECT
    confidence = 0.9
    extractor = "test"
    claim = factory.SubFactory(ClaimFactory)

    @factory.post_generation
    def chain(statement, create, extracted, **kwargs):
        if not create:
            return
        hops = [(statement.article.outlet.name, ActorKind.OUTLET, "published"),
                (statement.speaker.name, statement.speaker.kind, "said")]
        for n, (name, kind, relation) in enumerate(hops):
            AttributionHop.objects.create(statement=statement, position=n, name=name, kind=kind, relation=relation)


def said(content: str, *, speaker: str = "Dana Okafor", kind: str = ActorKind.PERSON, outlet: str = "Meridian Daily",
         via: list[tuple[str, str, str]] = (), stance: str = "asserts", cue: str = "said") -> Statement:
    """A stored statement "SPEAKER CUE that CONTENT." in an article of its own, with its
    chain: the outlet, then each (name, kind, relation) of ``via``, then the speaker,
    each hop with its actor (as extraction stores them)."""
    text = f"{outlet}. {speaker} {cue} that {content}.\n"
    start = text.index(content)
    article = ArticleFactory(text=text, outlet=OutletFactory(name=outlet))
    statement = Statement.objects.create(
        article=article, speaker=ActorFactory(name=speaker, kind=kind), cue=cue, content=content, start=start,
        end=start + len(content), quote=Statement.Quote.INDIRECT, confidence=0.8, extractor="test", stance=stance,
    )
    hops = [(outlet, ActorKind.OUTLET, "published"), *via, (speaker, kind, cue)]
    for n, (name, hop_kind, relation) in enumerate(hops):
        AttributionHop.objects.create(statement=statement, position=n, name=name, kind=hop_kind, relation=relation,
                                      actor=ActorFactory(name=name, kind=hop_kind))
    return statement
