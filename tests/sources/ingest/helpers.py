"""Small fictional articles for the ingest tests. Every outlet, person and
event here is invented; no corpus text is copied."""

from sources.ingest import parse_document

ARTICLE = """Harbour bridge reopens after six months of repairs

The harbour bridge in Lakeside reopened on Tuesday after six months of repairs, the city council said.

"We are glad to see traffic moving again," said the mayor, Lena Brandt, at a short ceremony on the quay.

Engineers replaced the steel cables and resurfaced the deck, according to a council statement.
"""


def parse(data, name="article.txt", sidecar=None, max_bytes=10_000_000):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return parse_document(name=name, data=data, sidecar=sidecar, max_bytes=max_bytes)


def excluded_lines(doc):
    """(kind, text) of every excluded range, for readable assertions."""
    return [(e.kind, doc.text[e.start:e.end]) for e in doc.excluded]
