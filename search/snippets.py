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
from itertools import islice

from django.utils.html import escape
from django.utils.safestring import mark_safe

from search.analysis import analyzer, compound_head, fold

WINDOW = 28
TOKEN = re.compile(r"\w+", re.UNICODE)


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


def snippet(summary, body, terms, analyzer, window=WINDOW, seen=None):
    """Safe HTML: the stretch of about `window` words with the most matches, matches in <mark>.

    `seen` ({word: whether it matches}) may be shared by the snippets of one result page, whose
    texts repeat each other's words."""
    seen = {} if seen is None else seen
    for text in (body, summary):
        marked = _best_window(text, terms, analyzer, window, seen)
        if marked is not None:
            return marked
    words = (summary or body or "").split()
    return mark_safe(escape(" ".join(words[:window])) + (" …" if len(words) > window else ""))


def _best_window(text, terms, analyzer, window, seen):
    if not text:
        return None
    # Words first (in C, no match objects); positions only for the stretch that is shown.
    words = TOKEN.findall(text, 0, MAX_CHARACTERS)[:MAX_TOKENS]
    language = analyzer.language
    matching = set()
    for word in set(words):
        found = seen.get(word)
        if found is None:
            found = seen[word] = not terms.isdisjoint(_forms(word, language))
        if found:
            matching.add(word)
    if not matching:
        return None
    hits = [index for index, word in enumerate(words) if word in matching]
    best_start, best_count = 0, 0
    for hit in hits:
        start = max(0, hit - 4)
        count = bisect_left(hits, start + window) - bisect_left(hits, start)
        if count > best_count:
            best_start, best_count = start, count
    end = min(len(words), best_start + window)
    tokens = list(islice(TOKEN.finditer(text), best_start, end))
    first, last = tokens[0].start(), tokens[-1].end()
    parts, position = [], first
    for index, token in enumerate(tokens, start=best_start):
        if words[index] in matching:
            parts.append(escape(text[position : token.start()]))
            parts.append(f"<mark>{escape(token.group())}</mark>")
            position = token.end()
    parts.append(escape(text[position:last]))
    prefix = "… " if first > 0 else ""
    suffix = " …" if last < len(text.rstrip()) else ""
    return mark_safe(prefix + "".join(parts) + suffix)
