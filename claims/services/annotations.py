"""Reviewers' annotations, anchored so they survive new versions of their article."""

from __future__ import annotations

from django.db import transaction

from claims.anchoring import anchor_context
from claims.models import Annotation, Claim, Statement
from factcheck.errors import Invalid, NotAllowed
from sources.models import Article


def annotation_create(
    *, author, body: str, article: Article | None = None, start: int | None = None, end: int | None = None,
    statement: Statement | None = None, claim: Claim | None = None,
) -> Annotation:
    if not author.has_perm("claims.add_annotation"):
        raise NotAllowed("only reviewers and editors may annotate")
    if statement is not None:
        article, start, end = statement.article, start if start is not None else statement.start, end or statement.end
    annotation_check(body=body, article=article, start=start, end=end, claim=claim)
    exact = prefix = suffix = ""
    if article is not None and start is not None:
        exact, (prefix, suffix) = article.text[start:end], anchor_context(article.text, start, end)
    with transaction.atomic():
        return Annotation.objects.create(
            author=author, body=body.strip(), article=article, statement=statement, claim=claim,
            start=start, end=end, exact=exact, prefix=prefix, suffix=suffix,
        )


def annotation_check(*, body: str, article: Article | None, start: int | None, end: int | None,
                     claim: Claim | None) -> None:
    """Raise Invalid, saying what to fix, for an annotation that cannot be stored."""
    if not body.strip():
        raise Invalid("an annotation needs a body: write the note")
    if article is None and claim is None:
        raise Invalid("an annotation needs a target: an article span, a statement or a claim")
    if (start is None) != (end is None) or (start is not None and article is None):
        raise Invalid("give both start and end of the span, and the article they point into")
    if article is not None and start is not None and not 0 <= start < end <= len(article.text):
        raise Invalid(f"span [{start}, {end}] is not inside the article text (0 to {len(article.text)})")
