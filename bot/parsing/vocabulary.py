"""A college's own words for kinds of work and for places (issue 17, "a college's own words").

The policy file may add, without code:

```toml
[vocabulary]
places = ["翡翠湖校区", "南区7栋"]

[vocabulary.kinds]
dorm_visit = ["翡翠湖查寝", "走楼"]
classroom_visit = ["巡堂"]
```

A kind's word is read as the standard word of that kind (走楼 as 查寝, "floor walk" as "dorm
visit"), so every rule that holds for the standard word (negation, dates, details) holds for
the college's word too. A place word is the activity's location when its stretch of the note
names it. The parser stays pure: the caller builds one `Vocabulary` from the policy at start
and passes it to `parse_note`; the default is none.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence

# The standard word each kind's college words are read as, in Chinese and in English.
_STANDARD_WORD: Mapping[str, tuple[str, str]] = {
    "classroom_visit": ("听课", "classroom visit"),
    "dorm_visit": ("查寝", "dorm visit"),
    "class_meeting": ("班会", "class meeting"),
    "theme_meeting": ("主题班会", "themed class meeting"),
    "cadre_meeting": ("班委会", "class committee meeting"),
    "parent_contact": ("联系家长", "called a parent"),
    "student_talk": ("谈心", "one-on-one"),
    "student_activity": ("学生活动", "student activity"),
    "seminar": ("研讨会", "seminar"),
    "other": ("整理材料", "paperwork"),
}
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")


class VocabularyError(ValueError):
    """The policy's `[vocabulary]` table is not what the parser can use (the key is named)."""


def _fold(word: str) -> str:
    return unicodedata.normalize("NFKC", word).strip()


class Vocabulary:
    """Extra words: `kinds` maps a kind code to its words, `places` lists place names.

    Built once (it compiles its pattern) and read by every parse."""

    __slots__ = ("_kinds_re", "_places", "_standard", "kinds", "places")

    def __init__(
        self, kinds: Mapping[str, Sequence[str]] | None = None, places: Sequence[str] = ()
    ) -> None:
        self.kinds = {kind: tuple(words) for kind, words in (kinds or {}).items()}
        self.places = tuple(places)
        unknown = set(self.kinds) - set(_STANDARD_WORD)
        if unknown:
            raise VocabularyError(f"vocabulary.kinds: unknown kind {sorted(unknown)[0]!r}")
        words = sorted(
            ((_fold(w), kind) for kind, ws in self.kinds.items() for w in ws if _fold(w)),
            key=lambda pair: -len(pair[0]),  # longest first: "翡翠湖查寝" before a word inside it
        )
        self._standard = {w.lower(): kind for w, kind in words}
        pattern = "|".join(re.escape(w) for w, _ in words)
        self._kinds_re = re.compile(pattern, re.IGNORECASE) if pattern else None
        folded = sorted({_fold(p) for p in self.places if _fold(p)}, key=len, reverse=True)
        self._places = tuple((p, p.lower()) for p in folded)

    def rewrite(self, text: str) -> str:
        """`text` with each college word for a kind replaced by that kind's standard word."""
        if self._kinds_re is None:
            return text
        return self._kinds_re.sub(self._standard_word, unicodedata.normalize("NFKC", text))

    def _standard_word(self, m: re.Match[str]) -> str:
        zh, en = _STANDARD_WORD[self._standard[m.group().lower()]]
        return zh if _CJK_RE.search(m.group()) else en

    def place_in(self, segment: str) -> str | None:
        """The longest college place named in `segment` (lower-case), as the college writes it."""
        for place, low in self._places:
            if low in segment:
                return place
        return None


def vocabulary_from_policy(table: Mapping[str, object] | None) -> Vocabulary:
    """The `Vocabulary` of a policy file's `[vocabulary]` table (None or empty: no words).

    Raises `VocabularyError` naming the key for an unknown kind or a value that is not a list
    of strings."""
    if not table:
        return Vocabulary()
    unknown = set(table) - {"kinds", "places"}
    if unknown:
        raise VocabularyError(f"vocabulary: unknown key {sorted(unknown)[0]!r} (kinds, places)")
    kinds_table = table.get("kinds", {})
    if not isinstance(kinds_table, Mapping):
        raise VocabularyError("vocabulary.kinds must be a table of kind = [words]")
    kinds = {
        str(kind): _strings(words, f"vocabulary.kinds.{kind}")
        for kind, words in kinds_table.items()
    }
    places = _strings(table.get("places", []), "vocabulary.places")
    return Vocabulary(kinds=kinds, places=places)


def _strings(value: object, key: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise VocabularyError(f"{key} must be a list of words")
    return tuple(value)
