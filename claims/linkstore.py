"""The link index in the database: claims.linking's search over stored claim texts.

Postings are (term, claim) rows; a term's newest POSTING_CAP claims are read through
the unique (term, claim) index, for at most QUERY_TERMS terms in one query, so
linking a statement costs about the same with a thousand claims as with a million.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable

from django.db import connection
from django.db.models import F

from claims.linking.index import MAX_TEXTS, POSTING_CAP, LinkSearch
from claims.linking.terms import weighted_terms
from claims.models import ClaimTerm, ClaimText, TermCount

ALL_CLAIMS = ""  # the TermCount row that counts indexed claims


class DatabaseLinkIndex(LinkSearch):
    def claim_count(self) -> int:
        return TermCount.objects.filter(term=ALL_CLAIMS).values_list("claims", flat=True).first() or 0

    def document_frequencies(self, terms: Iterable[str]) -> dict[str, int]:
        rows = TermCount.objects.filter(term__in=[t for t in terms if t], claims__gt=0)
        return dict(rows.values_list("term", "claims"))

    def postings(self, terms: list[str]) -> dict[str, list[Hashable]]:
        if not terms:
            return {}
        table = ClaimTerm._meta.db_table
        # One statement, one indexed range scan per term. Each LIMIT sits in a derived
        # table, the form both PostgreSQL and SQLite accept inside UNION ALL.
        part = f"SELECT * FROM (SELECT term, claim_id FROM {table} WHERE term = %s ORDER BY claim_id DESC LIMIT {POSTING_CAP}) AS p{{n}}"
        sql = " UNION ALL ".join(part.format(n=n) for n in range(len(terms)))
        found: dict[str, list[Hashable]] = {t: [] for t in terms}
        with connection.cursor() as cursor:
            cursor.execute(sql, terms)
            for term, claim_id in cursor.fetchall():
                found[term].append(claim_id)
        return found

    def claim_terms(self, claim_ids: list[Hashable]) -> dict[Hashable, list[dict[str, float]]]:
        found: dict[Hashable, list[dict[str, float]]] = {}
        for claim_id, terms in ClaimText.objects.filter(claim_id__in=claim_ids).values_list("claim_id", "terms"):
            found.setdefault(claim_id, []).append(terms)
        return found

    def text(self, claim_id: Hashable) -> str:
        return ClaimText.objects.filter(claim_id=claim_id).values_list("text", flat=True).first() or ""

    def add(self, claim_id: int, text: str) -> None:
        """Index one more text for a claim. Call inside the transaction that links it."""
        stored = list(ClaimText.objects.filter(claim_id=claim_id).values_list("terms", flat=True))
        if len(stored) >= MAX_TEXTS:
            return
        terms = weighted_terms(text)
        ClaimText.objects.create(claim_id=claim_id, text=text, terms=terms)
        new = sorted(terms.keys() - set().union(*stored))
        if not stored:
            new.append(ALL_CLAIMS)
        ClaimTerm.objects.bulk_create([ClaimTerm(term=t, claim_id=claim_id) for t in new if t])
        _count(new, +1)

    def remove(self, claim_id: int) -> None:
        terms = list(ClaimTerm.objects.filter(claim_id=claim_id).values_list("term", flat=True))
        if ClaimText.objects.filter(claim_id=claim_id).exists():
            terms.append(ALL_CLAIMS)
        ClaimTerm.objects.filter(claim_id=claim_id).delete()
        ClaimText.objects.filter(claim_id=claim_id).delete()
        _count(terms, -1)

    def clear(self) -> None:
        """Empty the whole index (relinking rebuilds it)."""
        ClaimTerm.objects.all().delete()
        ClaimText.objects.all().delete()
        TermCount.objects.all().delete()

    def replace(self, claim_id: int, texts: list[str]) -> None:
        self.remove(claim_id)
        for text in texts:
            self.add(claim_id, text)


def _count(terms: list[str], delta: int) -> None:
    if not terms:
        return
    # Create missing counters first; the UPDATE then takes the row locks, so two
    # workers linking at once add up instead of overwriting each other.
    # Rows are locked in term order: two transactions never wait on each other crosswise.
    TermCount.objects.bulk_create([TermCount(term=t, claims=0) for t in terms], ignore_conflicts=True)
    list(TermCount.objects.filter(term__in=terms).order_by("term").select_for_update().values_list("term"))
    TermCount.objects.filter(term__in=terms).update(claims=F("claims") + delta)
