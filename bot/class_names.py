"""The class a note names ("数学2024-1", "2024-1班", "信计2024-1", the full name), found among
the advisor's own classes and cut out of the text before it is parsed, so it never ends up
as a location or topic. Pure: no Telegram, no database."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple, Protocol


class Named(Protocol):
    @property
    def id(self) -> int: ...

    @property
    def name(self) -> str: ...


class ClassMention(NamedTuple):
    class_id: int
    start: int
    end: int


# cohort-number ("2024-1", "2024－1"), not part of a date ("2026-11-20"), optional 班
_TAIL = re.compile(r"(?<!\d)(\d{4})\s*[-－—]\s*(\d{1,2})(?![\d\-－—/.])(\s*班)?")
_PREFIX_CHARS = re.compile(r"[\u4e00-\u9fffA-Za-z]*$")
_NAME_TAIL = re.compile(r"(\d{4})\s*[-－—]?\s*(\d{1,2})\s*班?$")


def may_name_a_class(text: str) -> bool:
    """Cheap gate: only a note with a cohort-number ("2024-1") can name a class."""
    return _TAIL.search(text) is not None


def _split(name: str) -> tuple[str, tuple[int, int]] | None:
    match = _NAME_TAIL.search(name)
    if match is None:
        return None
    return name[: match.start()].strip(), (int(match.group(1)), int(match.group(2)))


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def find_class_mention(text: str, classes: Sequence[Named]) -> ClassMention | None:
    """The one class of `classes` the text names, with the span to cut; None if none or unclear.

    A mention is a cohort-number tail with what is written just before it: the longest run
    of letters there whose first letter starts the class's major and whose letters appear
    in it in order ("信计" in "信息与计算科学"). A bare tail counts only with 班 after it
    and when one class alone has that tail.
    """
    known = [(c, parts) for c in classes if (parts := _split(c.name)) is not None]
    found: list[ClassMention] = []
    for match in _TAIL.finditer(text):
        tail = (int(match.group(1)), int(match.group(2)))
        same_tail = [(c, prefix) for c, (prefix, t) in known if t == tail]
        if not same_tail:
            continue
        written = _PREFIX_CHARS.search(text[: match.start()])
        before = written.group(0) if written else ""
        best: list[tuple[int, int]] = []  # (length of prefix used, class id)
        for school_class, prefix in same_tail:
            for size in range(len(before), 0, -1):
                piece = before[-size:]
                if piece[0] == prefix[:1] and _subsequence(piece, prefix):
                    best.append((size, school_class.id))
                    break
        if best:
            longest = max(size for size, _ in best)
            winners = [cid for size, cid in best if size == longest]
            if len(winners) == 1:
                found.append(ClassMention(winners[0], match.start() - longest, match.end()))
            continue
        if match.group(3) and len(same_tail) == 1:
            found.append(ClassMention(same_tail[0][0].id, match.start(), match.end()))
    ids = {m.class_id for m in found}
    if len(ids) != 1:
        return None
    return found[0]


def without_mention(text: str, mention: ClassMention) -> str:
    """The text with the class name cut out (and the space it leaves tidied)."""
    before, after = text[: mention.start].rstrip(), text[mention.end :].lstrip()
    if after.startswith("的"):  # 给数学2024-1班的家长 → 给家长
        after = after[1:]
    else:  # 在数学2024-1班开了班会 → 开了班会
        before = re.sub(r"(在|给|为|去|到|,|，|\b(?:with|for|in|at|of|to))$", "", before).rstrip()
    joined = f"{before} {after}" if before and after and before[-1].isascii() else before + after
    return joined.strip(" ，,")
