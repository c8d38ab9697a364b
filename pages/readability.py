"""
How hard a Dutch text is to read, as a hint for editors (aim: B1, what most residents read).

The estimate is the Flesch-Douma score (the Dutch version of Flesch reading ease):
206.84 - 0.77 x syllables per 100 words - 0.93 x words per sentence. Syllables are counted as
groups of vowels, which is close enough for Dutch to tell a B1 text from a C1 text; it is a hint,
not a verdict, so the admin shows it as a message and never blocks a save.
"""

import re
from dataclasses import dataclass, field

from django.utils.html import strip_tags

VOWEL_GROUPS = re.compile(r"(ij|ei|ui|oe|ou|au|eu|ie|aa|ee|oo|uu|[aeiouyáéíóúàèëïöü])+", re.IGNORECASE)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# Flesch-Douma bands, read as CEFR levels for the editor.
LEVELS = [(80, "A2 (heel eenvoudig)"), (65, "B1 (eenvoudig, ons doel)"), (50, "B2 (wat moeilijk)"), (0, "C1 (moeilijk)")]


def syllables(word):
    return max(1, len(VOWEL_GROUPS.findall(word)))


@dataclass
class Reading:
    score: float
    level: str
    words: int
    sentences: int
    longest_sentences: list = field(default_factory=list)
    hardest_words: list = field(default_factory=list)

    @property
    def is_b1_or_easier(self):
        return self.score >= 65


def assess(text, examples=3):
    """A `Reading` of `text` (HTML or plain), or None when there is too little text to judge."""
    # Every tag ends a line, so that headings and paragraphs count as sentences of their own.
    plain = strip_tags(re.sub(r"<[^>]+>", "\n", text or ""))
    sentences = [s.strip() for s in SENTENCE_END.split(plain) if WORD.search(s or "")]
    words = WORD.findall(plain)
    if len(words) < 20 or not sentences:
        return None
    syllable_count = sum(syllables(word) for word in words)
    score = 206.84 - 0.77 * (100 * syllable_count / len(words)) - 0.93 * (len(words) / len(sentences))
    level = next(label for floor, label in LEVELS if score >= floor) if score >= 0 else LEVELS[-1][1]
    longest = sorted(sentences, key=lambda s: len(WORD.findall(s)), reverse=True)[:examples]
    hard = sorted({w.lower() for w in words if syllables(w) >= 4 or len(w) >= 14}, key=lambda w: (-syllables(w), -len(w)))
    return Reading(round(score, 1), level, len(words), len(sentences), longest, hard[:examples + 2])


def page_text(page):
    """The text residents read on `page`: title, intro and the body's text blocks."""
    parts = [page.title, getattr(page, "intro", "") or "", getattr(page, "hero_intro", "") or ""]
    body = getattr(page, "body", None)
    if body is not None:
        parts.append(_stream_text(body.raw_data if hasattr(body, "raw_data") else body))
    return "\n".join(part for part in parts if part)


def _stream_text(value):
    if isinstance(value, str):
        return value if not value.startswith(("http", "mailto:")) else ""
    if isinstance(value, dict):
        return "\n".join(_stream_text(v) for k, v in value.items() if k not in ("type", "id", "url", "tone", "email", "phone"))
    if isinstance(value, (list, tuple)):
        return "\n".join(_stream_text(v) for v in value)
    return ""
