"""Publication dates in the handful of spellings articles and CMS exports use,
returned as ISO "YYYY-MM-DD" strings."""

from __future__ import annotations

import re
from datetime import date

_MONTHS = {
    name: number
    for number, names in enumerate(
        (("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_FORMS = (
    re.compile(r"(?P<year>\d{4})-(?P<mon>\d{1,2})-(?P<day>\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?"),
    re.compile(rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>\d{{4}})"),
    re.compile(rf"{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})"),
    # Day first: the convention of every outlet in the sample; US month-first
    # dates are recognised only when the day cannot be a month.
    re.compile(r"(?P<day>\d{1,2})[./](?P<mon>\d{1,2})[./](?P<year>\d{4})"),
)


def parse_date(value: str) -> str | None:
    """The first date found in ``value`` as ISO, or None."""
    for form in _FORMS:
        match = form.search(value)
        if match and (iso := _to_iso(match.groupdict())):
            return iso
    return None


def parse_whole_date(value: str) -> str | None:
    """A date only when it is all there is (a time may follow): "29 January 2026, 14:05"."""
    stripped = value.strip()
    for form in _FORMS:
        match = form.match(stripped)
        if match and _only_time_after(stripped[match.end():]):
            return _to_iso(match.groupdict())
    return None


def _only_time_after(rest: str) -> bool:
    return re.fullmatch(r"[\s,|·-]*(\d{1,2}[:.]\d{2}(\s*[ap]\.?m\.?)?(\s*[A-Z]{2,4})?)?\s*", rest, re.I) is not None


def _to_iso(parts: dict) -> str | None:
    month = _MONTHS.get(parts["month"].lower()) if parts.get("month") else int(parts["mon"])
    day = int(parts["day"])
    if parts.get("mon") and month > 12 >= day:
        month, day = day, month
    try:
        return date(int(parts["year"]), month, day).isoformat() if month else None
    except ValueError:
        return None
