"""Reads for the claims app: querysets shaped for the pages and endpoints that use them."""

from dataclasses import dataclass

from django.db.models import Count, Prefetch, QuerySet

from claims.extraction.chain import REQUEST_RELATIONS
from claims.models import AttributionHop, Claim, ClaimStatus, LinkStatus, Stance, Statement
from sources.models import ActorKind


def statement_list() -> QuerySet[Statement]:
    return Statement.objects.select_related("article__outlet", "speaker", "claim").prefetch_related(
        Prefetch("hops", queryset=AttributionHop.objects.order_by("position"))
    ).order_by("article_id", "start", "id")


def claim_list() -> QuerySet[Claim]:
    return Claim.objects.filter(merged_into__isnull=True).annotate(statement_count=Count("statements"))


@dataclass(frozen=True)
class Source:
    """One independent source of a claim: statements reaching articles through the
    same original speaker (or, for an unnamed one, the same report) count once."""

    key: tuple
    label: str
    stances: frozenset[str]
    statement_ids: tuple[int, ...]


@dataclass(frozen=True)
class ClaimEvidence:
    sources: list[Source]
    asserting: int
    contrary: int
    first_statement_id: int | None
    first_article_id: int | None
    suggested_status: str
    suggestion_reason: str


SUPPORT = {Stance.ASSERTS, Stance.HEDGES}
CONTRARY = {Stance.DENIES, Stance.DISPUTES}


def claim_evidence(claim: Claim) -> ClaimEvidence:
    statements = list(
        claim.statements.exclude(link_status=LinkStatus.SUGGESTED)
        .select_related("speaker", "article")
        .prefetch_related(Prefetch("hops", queryset=AttributionHop.objects.order_by("position")))
    )
    sources = _sources(statements)
    first = min(statements, key=_appearance, default=None)
    status, reason = _suggest(claim, statements, sources)
    return ClaimEvidence(
        sources=sources,
        asserting=sum(1 for s in sources if s.stances & SUPPORT),
        contrary=sum(1 for s in sources if s.stances & CONTRARY),
        first_statement_id=first.pk if first else None,
        first_article_id=first.article_id if first else None,
        suggested_status=status,
        suggestion_reason=reason,
    )


def statement_source(statement: Statement) -> tuple[tuple, str]:
    """The independent source a statement stands for: its original speaker, or for an
    unnamed speaker ("sources", "officials") the report that carried it. A request
    somebody reports ("the newspaper says Putin asked Musk not to ...") is evidence of
    the report's claim, not a claim of its maker's: the report is the source. So is a
    named report's unnamed source ("according to the Journal, Musk reportedly ..."):
    the Journal, the same source as an article citing the Journal with no hedge."""
    hops = list(statement.hops.all())
    carrier = _request_carrier(hops) or _unnamed_sources_report(statement, hops)
    if carrier is not None:
        return ("actor", carrier.actor_id), carrier.name
    if statement.speaker.kind == ActorKind.UNNAMED:
        # The report that carried it; with no outlet known, the article is the report.
        upstream = hops[-2].name if len(hops) >= 2 else None
        label = upstream or (statement.article.title or statement.article.source_file)[:60]
        key = ("unnamed", upstream.lower() if upstream else statement.article_id, statement.speaker.name.lower())
        return key, f"{statement.speaker.name} ({label})"
    return ("actor", statement.speaker_id), statement.speaker.name


def _request_carrier(hops: list[AttributionHop]) -> AttributionHop | None:
    """The nearest named hop above a reported request (past the publishing outlet)."""
    if len(hops) < 2 or hops[-1].relation not in REQUEST_RELATIONS:
        return None
    above = [h for h in hops[:-1] if _named_report(h)]
    return above[-1] if above else None


def _named_report(hop: AttributionHop) -> bool:
    # Past the publishing outlet, somebody the text names.
    return hop.relation != "published" and hop.kind != ActorKind.UNNAMED and bool(hop.actor_id)


def _unnamed_sources_report(statement: Statement, hops: list[AttributionHop]) -> AttributionHop | None:
    """The named report directly above an unnamed speaker (not the publishing outlet:
    "officials said" in the article's own reporting stays the outlet's unnamed source)."""
    if statement.speaker.kind != ActorKind.UNNAMED or len(hops) < 2:
        return None
    return hops[-2] if _named_report(hops[-2]) else None


def _sources(statements: list[Statement]) -> list[Source]:
    grouped: dict[tuple, list[Statement]] = {}
    labels: dict[tuple, str] = {}
    for statement in statements:
        key, labels[key] = statement_source(statement)
        grouped.setdefault(key, []).append(statement)
    return [Source(key, labels[key], frozenset(s.stance for s in group), tuple(s.pk for s in group))
            for key, group in grouped.items()]


def _appearance(statement: Statement):
    article = statement.article
    return (article.published or article.imported_at.date(), article.imported_at, statement.start)


def _suggest(claim: Claim, statements: list[Statement], sources: list[Source]) -> tuple[str, str]:
    """What the evidence suggests (DESIGN.md, status semantics). Never applied: an
    editor decides. A named source's plain assertion is firm support; hedged reports
    ("allegedly") and unnamed ones ("claims that...") weigh less than a named denial."""
    subjects = set(claim.subjects.values_list("pk", flat=True))
    denial = next((s for s in statements if s.stance == Stance.DENIES and s.speaker_id in subjects), None)
    support = [s for s in sources if s.stances & SUPPORT]
    named = {s.pk for s in statements if s.stance == Stance.ASSERTS and s.speaker.kind != ActorKind.UNNAMED}
    # A report's unnamed source counts as the report, but asserts nothing firmly itself.
    firm = [s for s in support if named.intersection(s.statement_ids)]
    contrary = [s for s in sources if s.stances & CONTRARY]
    if denial:
        return ClaimStatus.DENIED, f"denied by {denial.speaker.name}, whom the claim is about"
    if contrary and firm:
        return ClaimStatus.DISPUTED, f"{len(firm)} named source(s) assert it, {len(contrary)} deny or dispute it"
    if contrary:
        weaker = "hedged or unnamed reports" if support else "no independent source"
        if any(Stance.DENIES in s.stances for s in contrary):
            denier = next(s.label for s in contrary if Stance.DENIES in s.stances)
            return ClaimStatus.DENIED, f"denied by {denier}; asserted only by {weaker}"
        return ClaimStatus.DISPUTED, f"disputed by {contrary[0].label}; asserted only by {weaker}"
    admitted = next((s for s in statements if s.stance == Stance.ASSERTS and s.speaker_id in subjects), None)
    if admitted:
        return ClaimStatus.CONFIRMED, f"asserted by {admitted.speaker.name}, whom the claim is about"
    if len(firm) >= 2:
        return ClaimStatus.CONFIRMED, f"asserted by {len(firm)} independent named sources, denied by none"
    return ClaimStatus.UNVERIFIED, "one source, or only hedged or unnamed reports: not enough to suggest a verdict"
