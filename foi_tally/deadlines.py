"""Statutory reply deadlines for UK police FOI requests.

Two Acts apply to police forces:

* FOIA 2000 (England, Wales, Northern Ireland, British Transport Police): a reply is due on the 20th
  working day following receipt (s10(1)). s10(6) excludes Saturdays, Sundays, Christmas Day, Good Friday
  and any day that is a bank holiday under the Banking and Financial Dealings Act 1971 in *any* part of
  the UK, so a Kent force loses St Patrick's Day, 12 July and St Andrew's Day too. We therefore take the
  union of the England, Wales, Scotland and Northern Ireland calendars.
* FOISA 2002 (Police Scotland): also 20 working days (s10(1)), but s73 only excludes Saturdays, Sundays,
  Christmas Day and Scottish bank holidays, so Easter Monday and the English late-August holiday are
  working days.

Bank holidays (including substitute days and royal proclamations) come from the ``holidays`` package;
one-off proclamations it does not know can be supplied as ``extra_holidays`` (see `load_extra_holidays`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta
from functools import cache
from pathlib import Path

import holidays
from dateutil.easter import easter

ACTS = ("FOIA", "FOISA")

#: Working days allowed for a reply under both Acts.
REPLY_WORKING_DAYS = 20

#: ``holidays`` subdivisions whose bank holidays count under each Act.
_SUBDIVISIONS: dict[str, tuple[str, ...]] = {
    "FOIA": ("ENG", "WLS", "SCT", "NIR"),
    "FOISA": ("SCT",),
}

_NATION_ACTS: dict[str, str] = {
    "england": "FOIA",
    "wales": "FOIA",
    "northern-ireland": "FOIA",
    "gb": "FOIA",  # British Transport Police: England, Wales and Scotland, but a FOIA public authority
    # forces.csv gives "UK" for the MoD Police and Civil Nuclear Constabulary: both answer under FOIA.
    "uk": "FOIA",
    "scotland": "FOISA",
}

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def act_for_nation(nation: str) -> str:
    """Which FOI Act governs a force, from the force's nation as recorded in the force list.

    Crown dependencies (Jersey, Guernsey, Isle of Man) have their own regimes and raise ValueError.
    """
    key = re.sub(r"[\s_]+", "-", nation.strip().lower())
    try:
        return _NATION_ACTS[key]
    except KeyError:
        raise ValueError(f"unknown nation {nation!r}; expected one of {sorted(_NATION_ACTS)}") from None


def _check_act(act: str) -> str:
    normal = act.strip().upper()
    if normal not in ACTS:
        raise ValueError(f"unknown act {act!r}; expected one of {ACTS}")
    return normal


def _as_date(day: date) -> date:
    # A datetime is a date subclass but never equal to (or hashed like) a date, so set lookups would miss.
    return day.date() if isinstance(day, datetime) else day


@cache
def _non_working_days(act: str, year: int) -> frozenset[date]:
    """Holidays (other than weekends) that `act` excludes in `year`; cached because every walk hits it."""
    days: set[date] = set()
    for subdiv in _SUBDIVISIONS[act]:
        days.update(holidays.country_holidays("GB", subdiv=subdiv, years=year).keys())
    # Both Acts name Christmas Day themselves, independent of bank-holiday status.
    days.add(date(year, 12, 25))
    # FOIA names Good Friday itself (and it is a 1971 Act holiday everywhere); every ``holidays`` GB
    # subdivision already lists it, so this guards against a package change rather than filling a gap.
    days.add(easter(year) - timedelta(days=2))
    return frozenset(days)


def is_working_day(day: date, act: str, extra_holidays: Iterable[date] = ()) -> bool:
    """True if `day` counts towards the 20-working-day limit under `act`."""
    return _working_day_predicate(act, extra_holidays)(_as_date(day))


def _working_day_predicate(act: str, extra_holidays: Iterable[date]) -> Callable[[date], bool]:
    """Materialise `extra_holidays` once so long walks don't re-iterate (or exhaust) a generator."""
    act = _check_act(act)
    extras = frozenset(_as_date(d) for d in extra_holidays)

    def working(day: date) -> bool:
        return day.weekday() < 5 and day not in _non_working_days(act, day.year) and day not in extras

    return working


def add_working_days(start: date, n: int, act: str, extra_holidays: Iterable[date] = ()) -> date:
    """The n-th working day after `start` (`start` itself never counts); `start` when n is 0."""
    if n < 0:
        raise ValueError(f"n must be >= 0, got {n}")
    working = _working_day_predicate(act, extra_holidays)
    day = _as_date(start)
    remaining = n
    while remaining:
        day += timedelta(days=1)
        if working(day):
            remaining -= 1
    return day


def due_date(received: date, act: str, extra_holidays: Iterable[date] = ()) -> date:
    """The statutory reply date: the 20th working day following the day of receipt."""
    return add_working_days(received, REPLY_WORKING_DAYS, act, extra_holidays)


def working_days_between(start: date, end: date, act: str, extra_holidays: Iterable[date] = ()) -> int:
    """Working days d with start < d <= end, so `working_days_between(due, today)` is working days late."""
    working = _working_day_predicate(act, extra_holidays)
    start, end = _as_date(start), _as_date(end)
    count = 0
    day = start + timedelta(days=1)
    while day <= end:
        if working(day):
            count += 1
        day += timedelta(days=1)
    return count


def load_extra_holidays(path: Path) -> list[date]:
    """Read one-off holidays (royal proclamations the package lacks) from a plain config file.

    One ISO date (YYYY-MM-DD) per line, optionally followed by whitespace or a comma and a description;
    ``#`` starts a comment and blank lines are ignored. Returns the dates sorted and de-duplicated.
    """
    found: set[date] = set()
    for lineno, raw in enumerate(Path(path).read_text(encoding="utf-8-sig").splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        token = re.split(r"[\s,]", line, maxsplit=1)[0]
        if not _ISO_DATE.fullmatch(token):
            raise ValueError(f"{path}: line {lineno}: expected an ISO date (YYYY-MM-DD), got {raw.strip()!r}")
        try:
            found.add(date.fromisoformat(token))
        except ValueError as exc:
            raise ValueError(f"{path}: line {lineno}: invalid date {token!r}: {exc}") from None
    return sorted(found)
