"""
What editors learn from residents' searches: counts per hub, day and query, and per clicked
result. Nothing that identifies a resident is stored: no IP address, session, cookie or browser,
and no time finer than the day. What residents type is theirs, though, and some type their own
details into a search box: e-mail addresses and long numbers (telephone, citizen service or
account numbers, a postcode's digits) are replaced before a query is stored.
"""

import re
from datetime import timedelta

from django.db.models import F, Sum
from django.utils import timezone

from search.analysis import words
from search.models import SearchClick, SearchStatistic
from tenants.gateway import gateway

REPORT_DAYS = 90


#: An e-mail address, and a run of digits (spaces, dots and dashes inside: "06-123 456 78").
EMAIL = re.compile(r"\S+@\S+")
NUMBER = re.compile(r"\+?\d[\d\s.-]*\d")
#: A Dutch postcode ("1234 AB"), which with a house number is an address.
POSTCODE = re.compile(r"\b\d{4}\s?[a-zA-Z]{2}\b")
#: Digits in a run shorter than this stay ("1 week", "co-ouderschap 2025" is not a number of anyone's).
MIN_DIGITS = 5
PLACEHOLDERS = {"kpemailadreskp": "(e-mailadres)", "kppostcodekp": "(postcode)", "kpnummerkp": "(nummer)"}


def normalise(query):
    """One spelling per query, so "Scheiding " and "scheiding" count together, with e-mail
    addresses, postcodes and long numbers replaced (by words that survive `words`, then by what
    the report shows)."""
    query = EMAIL.sub(" kpemailadreskp ", query or "")
    query = POSTCODE.sub(" kppostcodekp ", query)
    query = NUMBER.sub(lambda match: " kpnummerkp " if sum(c.isdigit() for c in match.group()) >= MIN_DIGITS else match.group(), query)
    return " ".join(PLACEHOLDERS.get(word, word) for word in words(query))[:200]


def _hub_id(hub):
    return hub.pk if hub is not None else None


def record_search(hub, query, count):
    query = normalise(query)
    if not query:
        return
    with gateway.public_schema():
        statistic, _ = SearchStatistic.objects.get_or_create(hub_id=_hub_id(hub), day=timezone.localdate(), query=query)
        SearchStatistic.objects.filter(pk=statistic.pk).update(
            searches=F("searches") + 1, without_results=F("without_results") + (0 if count else 1)
        )


def record_click(hub, query, url, title):
    query = normalise(query)
    if not query:
        return
    with gateway.public_schema():
        click, _ = SearchClick.objects.get_or_create(
            hub_id=_hub_id(hub), day=timezone.localdate(), query=query, url=url, defaults={"title": title[:300]}
        )
        SearchClick.objects.filter(pk=click.pk).update(clicks=F("clicks") + 1)


#: A query is shown to editors once searched (or clicked) this often: what one resident typed once
#: can be their own story ("mijn naam is ... ik word geslagen", a street and house number), which
#: no pattern recognises. It is stored, counted, and shown when others search it too.
MIN_SEARCHES = 2


def report(hub, days=REPORT_DAYS, limit=25):
    """The hub's most frequent searches, searches that found nothing, and clicked results."""

    def build(hub_id, since):
        searches = SearchStatistic.objects.filter(hub_id=hub_id, day__gte=since).values("query")
        clicks = SearchClick.objects.filter(hub_id=hub_id, day__gte=since).values("query", "url", "title")
        frequent = searches.annotate(total=Sum("searches"), empty=Sum("without_results")).filter(total__gte=MIN_SEARCHES)
        return {
            "frequent": list(frequent.order_by("-total", "query")[:limit]),
            "without_results": list(
                searches.annotate(total=Sum("without_results")).filter(total__gte=MIN_SEARCHES).order_by("-total", "query")[:limit]
            ),
            "clicked": list(clicks.annotate(total=Sum("clicks")).filter(total__gte=MIN_SEARCHES).order_by("-total", "query")[:limit]),
        }

    since = timezone.localdate() - timedelta(days=days)
    return gateway.run(build, _hub_id(hub), since)
