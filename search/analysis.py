"""
Dutch text analysis for the federated index, done in Python so that every backend ranks the same.

PostgreSQL's `dutch` configuration and OpenSearch's `snowball` filter both implement the classic
Snowball Dutch stemmer, but neither can split compounds without dictionary files on the server,
keep "schulden" (debts) apart from "schuld" (guilt), or apply synonyms that coordinators edit in
the admin; and osmem-server, on which the OpenSearch backend is tested, indexes an empty term for
every word when given a Dutch stemmer. So text is folded (lowercase, no accents), stemmed with
snowballstemmer's `dutch_porter` (that same classic algorithm) and decompounded here; engines
only split the prepared terms on whitespace.

Synonyms expand the query, never the index: a changed rule works at once, without a reindex.
"""

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import snowballstemmer

DATA_DIR = Path(__file__).resolve().parent / "data"
#: Longer queries are cut here: nobody types more, and each word costs the engine a clause.
MAX_QUERY_WORDS = 12
MAX_QUERY_LENGTH = 200
#: Words a stemmer would merge with a word of another meaning: "schulden" (debts) must not find
#: "Het is niet jouw schuld" (guilt).
PROTECTED = {"schulden": "schulden"}
#: A compound's head is split off only when at least this much stands before it
#: (kinderalimentatie → alimentatie, but not "plan" out of "span").
MIN_MODIFIER = 3
MIN_HEAD = 4

# The Snowball project's Dutch stop words, plus question words residents type. Stop words are
# dropped from queries only; the index keeps every word so that phrases still match.
DUTCH_STOPWORDS = frozenset(
    """
    de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er maar om hem dan
    zou of wat mijn men dit zo door over ze zich bij ook tot je mij uit der daar haar naar heb hoe heeft
    hebben deze u want nog zal me zij nu ge geen omdat iets worden toch al waren veel meer doen toen moet
    ben zonder kan hun dus alles onder ja eens hier wie werd altijd doch wordt wezen kunnen ons zelf tegen
    na reeds wil kon niets uw iemand geweest andere we wij jij jouw jullie mag kun waar wanneer welke
    waarom hoeveel krijg gaat gaan doe er
    """.split()
)
ENGLISH_STOPWORDS = frozenset(
    "a an and are as at be by for from how i in is it my of on or the to what when where who why with".split()
)
#: Stemmers per page language (the resident's pages come in these five).
STEMMERS = {"nl": "dutch_porter", "en": "english", "tr": "turkish", "ar": "arabic", "pl": "polish"}


def fold(text):
    """Lowercase, accents and apostrophes off: "Café's" → "cafes"."""
    text = (text or "").replace("\u2019", "").replace("'", "")
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(char for char in text if not unicodedata.combining(char))


def words(text):
    """The words of a text, folded: letters and digits of any script (Arabic pages too)."""
    return re.findall(r"[^\W_]+", fold(text))


@lru_cache(maxsize=1)
def compound_heads():
    lines = (DATA_DIR / "decompound_parts.txt").read_text(encoding="utf-8").split()
    return tuple(sorted({line.strip() for line in lines if len(line.strip()) >= MIN_HEAD}, key=len, reverse=True))


@lru_cache(maxsize=200_000)
def compound_head(word):
    """The longest known part a compound ends with: kinderalimentatie → alimentatie.

    Only the head: splitting off modifiers (kinder-, inloop-) would make "kind" match every compound.
    """
    for head in compound_heads():
        if word.endswith(head) and len(word) - len(head) >= MIN_MODIFIER:
            return head
    return None


class Analyzer:
    """Turns text into index terms and queries into concepts, for one language."""

    def __init__(self, language="nl"):
        self.language = language if language in STEMMERS else "nl"
        stemmer = snowballstemmer.stemmer(STEMMERS[self.language])
        # The pure-Python stemmer takes ~0.3 ms a word; texts repeat their words.
        self._stem = lru_cache(maxsize=200_000)(lambda word: PROTECTED.get(word) or stemmer.stemWord(word))
        self.stopwords = DUTCH_STOPWORDS if self.language == "nl" else ENGLISH_STOPWORDS
        # The last rule set seen, with its left-hand phrases by their first stem.
        self._rule_index = (None, {})

    def stem(self, word):
        return self._stem(word)

    def index_terms(self, text):
        """The terms a field is indexed with, in order; a compound is followed by its head."""
        terms = []
        for word in words(text):
            terms.append(self.stem(word))
            head = compound_head(word) if self.language == "nl" else None
            if head:
                terms.append(self.stem(head))
        return terms

    def index_text(self, text):
        return " ".join(self.index_terms(text))

    def phrase(self, text):
        return tuple(self.stem(word) for word in words(text))

    def parse(self, query, rules=()):
        """The concepts of a query: each is a word (or a phrase a synonym rule knows) with its
        alternatives. A document matches a concept when it contains any alternative."""
        query_words = words(query[:MAX_QUERY_LENGTH])[:MAX_QUERY_WORDS]
        stems = [self.stem(word) for word in query_words]
        concepts = []
        position = 0
        while position < len(query_words):
            rule, length = self._rule_at(stems, position, rules)
            if rule:
                span = tuple(query_words[position : position + length])
                alternatives = {tuple(stems[position : position + length])}
                alternatives.update(self.phrase(alternative) for alternative in rule.expands_to)
                concepts.append(Concept(span, tuple(sorted(a for a in alternatives if a))))
                position += length
                continue
            concepts.append(Concept((query_words[position],), ((stems[position],),)))
            position += 1
        meaningful = [concept for concept in concepts if not concept.is_stopword(self.stopwords)]
        return meaningful or concepts

    def _rule_at(self, stems, position, rules):
        """The rule whose left-hand phrase starts at `position`, the longest if several do (the
        first of equally long ones)."""
        best, best_length = None, 0
        for left_stems, rule in self._rules_starting_with(rules).get(stems[position], ()):
            length = len(left_stems)
            if length > best_length and tuple(stems[position : position + length]) == left_stems:
                best, best_length = rule, length
        return best, best_length

    def _rules_starting_with(self, rules):
        """{first stem: [(left-hand phrase, rule), in the rules' order]}, made once per rule set:
        going through every rule's phrases at every word of a query took ~0.4 ms a search."""
        kept_rules, index = self._rule_index
        if kept_rules is not rules:
            index = {}
            for rule in rules:
                for left in rule.matches:
                    left_stems = self.phrase(left)
                    if left_stems:
                        index.setdefault(left_stems[0], []).append((left_stems, rule))
            self._rule_index = (rules, index)
        return index


@dataclass(frozen=True)
class Concept:
    """One thing the resident asked for: the words typed and what else means the same."""

    words: tuple
    #: Tuples of stemmed terms; more than one term is a phrase.
    alternatives: tuple
    #: Spelling corrections ("mediatior" → "mediator"), matched with a lower weight.
    corrections: tuple = field(default=())

    def is_stopword(self, stopwords):
        return len(self.words) == 1 and len(self.alternatives) == 1 and self.words[0] in stopwords

    def with_corrections(self, corrections):
        return Concept(self.words, self.alternatives, tuple(corrections))

    @property
    def terms(self):
        """The single-term alternatives, for highlighting wherever they stand."""
        return {alternative[0] for alternative in self.alternatives + self.corrections if len(alternative) == 1}

    @property
    def phrases(self):
        """The alternatives of more than one term, highlighted only where they stand as a whole:
        each word on its own marked every "uit" and "gaan" of a page for "scheiding" (a synonym
        of "uit elkaar gaan")."""
        return {alternative for alternative in self.alternatives + self.corrections if len(alternative) > 1}


@dataclass(frozen=True)
class SynonymRule:
    """ "a, b, c" (each finds all) or "a, b => c, d" (a or b also finds c and d)."""

    matches: tuple
    expands_to: tuple

    @classmethod
    def parse(cls, line):
        line = line.strip()
        if not line or line.startswith("#"):
            return None
        if "=>" in line:
            left, _, right = line.partition("=>")
            matches = _terms(left)
            expands_to = _terms(right)
        else:
            matches = expands_to = _terms(line)
        if not matches or not expands_to:
            return None
        return cls(matches, expands_to)


def _terms(text):
    return tuple(" ".join(words(term)) for term in text.split(",") if words(term))


def parse_rules(lines):
    return [rule for rule in (SynonymRule.parse(line) for line in lines) if rule]


def default_rule_lines():
    """The rules a new network starts with (search/data/synonyms.txt), without comments."""
    text = (DATA_DIR / "synonyms.txt").read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def analyzer(language="nl"):
    """The analyzer of `language` (Dutch for a language without a stemmer here), one per process:
    each keeps its stems."""
    return _analyzer(language if language in STEMMERS else "nl")


# One for each language with a stemmer. (Kept to four, the five languages of the demo network's
# results evicted each other, and with them their stems: every search stemmed its words anew.)
@lru_cache(maxsize=None)
def _analyzer(language):
    return Analyzer(language)
