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

from django.utils.html import escape
from django.utils.safestring import mark_safe

from search.analysis import analyzer, compound_head, fold

WINDOW = 28
TOKEN = re.compile(r"\w+", re.UNICODE)


#: Only the start of a very long body is searched for the best stretch.
MAX_TOKENS = 600


@lru_cache(maxsize=100_000)
def _forms(word, language):
    """The analysed forms of one written word: its stem and its compound head's stem."""
    folded = fold(word)
    if len(folded) < 3 or not folded.isalnum():
        return ()
    stemmer = analyzer(language)
    head = compound_head(folded)
    return (stemmer.stem(folded), stemmer.stem(head)) if head else (stemmer.stem(folded),)


def _matches(word, terms, language_analyzer):
    return any(form in terms for form in _forms(word, language_analyzer.language))


def snippet(summary, body, terms, analyzer, window=WINDOW):
    """Safe HTML: the stretch of about `window` words with the most matches, matches in <mark>."""
    for text in (body, summary):
        marked = _best_window(text, terms, analyzer, window)
        if marked is not None:
            return marked
    words = (summary or body or "").split()
    return mark_safe(escape(" ".join(words[:window])) + (" …" if len(words) > window else ""))


def _best_window(text, terms, analyzer, window):
    tokens = []
    for token in TOKEN.finditer(text or ""):
        tokens.append(token)
        if len(tokens) >= MAX_TOKENS:
            break
    # Each distinct word is analysed once: a body repeats its words.
    matching = {word for word in {token.group() for token in tokens} if _matches(word, terms, analyzer)}
    hits = [index for index, token in enumerate(tokens) if token.group() in matching]
    if not hits:
        return None
    best_start, best_count = 0, 0
    for hit in hits:
        start = max(0, hit - 4)
        count = bisect_left(hits, start + window) - bisect_left(hits, start)
        if count > best_count:
            best_start, best_count = start, count
    end = min(len(tokens), best_start + window)
    first, last = tokens[best_start].start(), tokens[end - 1].end()
    marked_tokens = {index for index in hits if best_start <= index < end}
    parts, position = [], first
    for index in range(best_start, end):
        token = tokens[index]
        parts.append(escape(text[position : token.start()]))
        word = escape(token.group())
        parts.append(f"<mark>{word}</mark>" if index in marked_tokens else word)
        position = token.end()
    html = "".join(parts)
    prefix = "… " if first > 0 else ""
    suffix = " …" if last < len(text.rstrip()) else ""
    return mark_safe(prefix + html + suffix)
