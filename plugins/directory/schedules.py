"""
When a schedule's sessions take place, in Europe/Amsterdam wall-clock time.

Works on the plain dicts `reading` builds (no database), so hubs compute "open now" and "next
session" from cached data. Times are wall-clock times: a Tuesday 09:00 session stays at 09:00
across the daylight-saving changes.
"""

import re
from functools import lru_cache
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import reduce
from zoneinfo import ZoneInfo

from django.utils.translation import gettext, gettext_lazy, ngettext, pgettext, pgettext_lazy

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
DAY_CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
# Lazy: residents read the hours in the language of the page (/en/, /ar/, ...); Dutch is the source.
DAY_NAMES = [gettext_lazy("maandag"), gettext_lazy("dinsdag"), gettext_lazy("woensdag"), gettext_lazy("donderdag"),
             gettext_lazy("vrijdag"), gettext_lazy("zaterdag"), gettext_lazy("zondag")]
ORDINALS = {1: pgettext_lazy("weekday of the month", "eerste"), 2: pgettext_lazy("weekday of the month", "tweede"),
            3: pgettext_lazy("weekday of the month", "derde"), 4: pgettext_lazy("weekday of the month", "vierde"),
            -1: pgettext_lazy("weekday of the month", "laatste")}
_BYDAY = re.compile(r"^(-?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$")


@dataclass(frozen=True)
class Session:
    starts: datetime
    ends: datetime
    schedule: dict
    #: Other hours than usual on this day (an exception with its own times).
    changed: bool = False


@lru_cache(maxsize=1024)
def parse_byday(byday):
    """((ordinal or None, weekday 0-6), ...) from "MO,WE" or "1TU,-1FR"; ValueError when malformed."""
    parts = []
    for part in (byday or "").replace(" ", "").upper().split(","):
        match = _BYDAY.match(part)
        if not match:
            raise ValueError(f"Onbekende dag {part!r}: gebruik MO, TU, WE, TH, FR, SA, SU, eventueel met 1-5 of -1 ervoor.")
        parts.append((int(match.group(1)) if match.group(1) else None, DAY_CODES.index(match.group(2))))
    return tuple(parts)


def _nth_weekday(day, ordinal, weekday):
    """Whether `day` is the `ordinal`-th (negative: from the end) `weekday` of its month."""
    if day.weekday() != weekday:
        return False
    if ordinal > 0:
        return (day.day - 1) // 7 + 1 == ordinal
    next_month = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return ((next_month - day).days - 1) // 7 + 1 == -ordinal


def occurs_on(schedule, day):
    """Whether the recurrence of `schedule` (before exceptions) falls on `day`."""
    if schedule["valid_from"] and day < date.fromisoformat(schedule["valid_from"]):
        return False
    if schedule["valid_to"] and day > date.fromisoformat(schedule["valid_to"]):
        return False
    interval = max(schedule.get("interval") or 1, 1)
    anchor = date.fromisoformat(schedule["valid_from"]) if schedule["valid_from"] else date(2024, 1, 1)
    for ordinal, weekday in parse_byday(schedule["byday"]):
        if schedule["freq"] == "WEEKLY":
            weeks = ((day - timedelta(days=day.weekday())) - (anchor - timedelta(days=anchor.weekday()))).days // 7
            if day.weekday() == weekday and weeks % interval == 0:
                return True
        else:
            months = (day.year - anchor.year) * 12 + day.month - anchor.month
            if months % interval == 0 and (
                day.weekday() == weekday if ordinal is None else _nth_weekday(day, ordinal, weekday)
            ):
                return True
    return False


def _at(day, clock):
    return datetime.combine(day, time.fromisoformat(clock), tzinfo=AMSTERDAM)


def sessions_between(schedules, start, end):
    """The sessions of `schedules` that end after `start` and begin before `end`, in order."""
    found = []
    first = start.astimezone(AMSTERDAM).date() - timedelta(days=1)
    last = end.astimezone(AMSTERDAM).date()
    for schedule in schedules:
        exceptions = {item["date"]: item for item in schedule["exceptions"]}
        day = first
        while day <= last:
            exception = exceptions.get(day.isoformat())
            if occurs_on(schedule, day) and not (exception and exception["closed"]):
                changed = bool(exception and exception["opens_at"])
                opens = exception["opens_at"] if changed else schedule["opens_at"]
                closes = exception["closes_at"] if changed else schedule["closes_at"]
                session = Session(_at(day, opens), _at(day, closes), schedule, changed)
                if session.ends > start and session.starts < end:
                    found.append(session)
            day += timedelta(days=1)
    return sorted(found, key=lambda session: session.starts)


def next_session(schedules, now, walk_in_only=False, days=120):
    """The first session that has not ended by `now`, looking a week at a time (most are this week)."""
    if walk_in_only:
        schedules = [schedule for schedule in schedules if schedule["attending_type"] == "walk-in"]
    if not schedules:
        return None
    for week in range(0, days, 7):
        upcoming = sessions_between(schedules, now + timedelta(days=week), now + timedelta(days=min(week + 7, days)))
        if upcoming:
            return upcoming[0]
    return None


def is_open(schedules, now):
    return any(session.starts <= now < session.ends for session in sessions_between(schedules, now, now))


def _and(names):
    """"maandag, dinsdag en vrijdag", joined the way the page's language does ("maandag en
    dinsdag en woensdag en donderdag" read as a stammer)."""
    names = [str(name) for name in names]
    if len(names) > 2:
        names = [reduce(lambda first, second: pgettext("list of days", "%(first)s, %(second)s") % {"first": first, "second": second},
                        names[:-1]), names[-1]]
    return reduce(lambda first, second: pgettext("list of days", "%(first)s en %(second)s") % {"first": first, "second": second},
                  names)


def _ordinal_day(ordinal, weekday):
    if not ordinal:
        return str(DAY_NAMES[weekday])
    number = ORDINALS.get(ordinal) or pgettext("weekday of the month", "%(number)se") % {"number": ordinal}
    # Some languages put the ordinal after the day ("الأربعاء الأول"): the order is part of the translation.
    return pgettext("weekday of the month", "%(ordinal)s %(day)s") % {"ordinal": number, "day": DAY_NAMES[weekday]}


def week_order(schedule):
    """Sort key of a schedule as residents read a week: its first day, Monday first, then its
    opening time (the byday codes do not sort that way)."""
    try:
        first_day = min(weekday for _, weekday in parse_byday(schedule["byday"]))
    except ValueError:
        first_day = 7
    return first_day, schedule["opens_at"] or ""


def describe(schedule):
    """"elke dinsdag" / "elke eerste woensdag van de maand" / "om de 2 weken op maandag"."""
    days = parse_byday(schedule["byday"])
    if schedule["freq"] == "MONTHLY":
        return gettext("elke %(days)s van de maand") % {"days": _and(_ordinal_day(ordinal, weekday) for ordinal, weekday in days)}
    names = _and(DAY_NAMES[weekday] for _, weekday in days)
    interval = schedule.get("interval") or 1
    if interval > 1:
        return ngettext("om de %(count)s week op %(days)s", "om de %(count)s weken op %(days)s", interval) % {
            "count": interval, "days": names}
    return gettext("elke %(days)s") % {"days": names}
