"""
Highlighted snippets, made the same way for every backend.

A word is marked when its analysed form (search.analysis: folded, stemmed, or the head of a
compound) is one the query looked for, so "scheidingen" marks "scheiding" and "alimentatie" marks
"kinderalimentatie". Engines' own highlighters cannot do that with terms analysed in Python
(and osmem-server's marks every word).
"""

import re
from bisect import bisect_left
from functools import lru_cache
# What django.utils.html.escape does, without its wrapper for lazy strings; the snippet is marked
# safe once it is whole.
from html import escape

from django.utils.safestring import mark_safe

from search.analysis import analyzer, compound_head, fold

WINDOW = 28
#: Splits a text into what stands between words and the words (the group keeps them).
WORDS = re.compile(r"(\w+)")
#: The same for ASCII text (what \w matches there), in half the time: cutting ten result bodies
#: into words was a third of their snippets' cost.
ASCII_WORDS = re.compile(r"([A-Za-z0-9_]+)")


#: Only the start of a very long body is searched for the best stretch: its first MAX_TOKENS
#: words, within its first MAX_CHARACTERS characters (what search.service reads of a body).
MAX_TOKENS = 600
MAX_CHARACTERS = 8000


@lru_cache(maxsize=100_000)
def _forms(word, language):
    """The analysed forms of one written word: its stem and its compound head's stem."""
    folded = fold(word)
    if len(folded) < 3 or not folded.isalnum():
        return ()
    stemmer = analyzer(language)
    head = compound_head(folded)
    return (stemmer.stem(folded), stemmer.stem(head)) if head else (stemmer.stem(folded),)


class Seen:
    """The written words already analysed for one query, and which of them match: shared by the
    snippets of one result page (in one language), whose texts repeat each other's words."""

    def __init__(self):
        self.checked = set()
        self.matching = set()


def snippet(summary, body, terms, analyzer, window=WINDOW, seen=None, phrases=()):
    """Safe HTML: the stretch of about `window` words with the most matches, matches in <mark>.
    `terms` are marked wherever they stand, `phrases` (tuples of terms) only as a whole."""
    seen = Seen() if seen is None else seen
    for text in (body, summary):
        marked = _best_window(text, terms, analyzer, window, seen, phrases)
        if marked is not None:
            return marked
    words = (summary or body or "").split()
    return mark_safe(escape(" ".join(words[:window])) + (" …" if len(words) > window else ""))


def _best_window(text, terms, analyzer, window, seen, phrases=()):
    if not text:
        return None
    # The text cut into its words and what stands between them, in C: [between, word, between,
    # word, ..., between]. Positions and match objects for every word cost a third of the time.
    pieces = (ASCII_WORDS if text.isascii() else WORDS).split(text[:MAX_CHARACTERS])
    words = pieces[1::2][:MAX_TOKENS]
    distinct = set(words)
    # Only words no earlier text of the page had are analysed (set operations run in C).
    for word in distinct - seen.checked:
        if not terms.isdisjoint(_forms(word, analyzer.language)):
            seen.matching.add(word)
    seen.checked |= distinct
    hits = {index for word in distinct & seen.matching for index in _indexes(words, word)}
    if phrases:
        hits.update(_phrase_indexes(words, distinct, phrases, analyzer.language))
    if not hits:
        return None
    hits = sorted(hits)
    best_start, best_count = 0, 0
    for hit in hits:
        start = max(0, hit - 4)
        count = bisect_left(hits, start + window) - bisect_left(hits, start)
        if count > best_count:
            best_start, best_count = start, count
    end = min(len(words), best_start + window)
    # Word n is piece 2n + 1: the stretch runs from its first word to its last, and what stands
    # between two matches is joined in one go.
    first, last = 2 * best_start + 1, 2 * end - 1
    marked, position = [], first
    for hit in hits[bisect_left(hits, best_start) : bisect_left(hits, end)]:
        piece = 2 * hit + 1
        marked.append(escape("".join(pieces[position:piece])))
        marked.append(f"<mark>{escape(pieces[piece])}</mark>")
        position = piece + 1
    marked.append(escape("".join(pieces[position : last + 1])))
    prefix = "… " if sum(map(len, pieces[:first])) else ""
    suffix = " …" if sum(map(len, pieces[: last + 1])) < len(text.rstrip()) else ""
    return mark_safe(prefix + "".join(marked) + suffix)


def _phrase_indexes(words, distinct, phrases, language):
    """Where the words of each phrase stand one after the other, every word of it."""
    firsts = {phrase[0] for phrase in phrases}
    for word in distinct:
        forms = _forms(word, language)
        if firsts.isdisjoint(forms):
            continue
        for start in _indexes(words, word):
            for phrase in phrases:
                end = start + len(phrase)
                if phrase[0] in forms and end <= len(words) and all(
                    term in _forms(words[start + offset], language) for offset, term in enumerate(phrase[1:], start=1)
                ):
                    yield from range(start, end)


def _indexes(words, word):
    """Where `word` stands in `words` (list.index searches in C)."""
    index = -1
    while True:
        try:
            index = words.index(word, index + 1)
        except ValueError:
            return
        yield index
