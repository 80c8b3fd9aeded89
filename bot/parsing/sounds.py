"""Sound-alike slips of voice and pinyin input, found by how they sound (issue 17).

Voice-to-text, and a pinyin keyboard's first candidate, write a word of the work as other
characters that sound the same: 速设 for 宿舍, 搬回 for 班会, 家张 for 家长, 民天 for 明天. An
accent widens the set: a Kunming or Nanchang speaker's 茶青 (-ing for -in) is 查寝, 湖导员
(h for f) is 辅导员, 电发 and 交流费 (f for hu-) are 电话 and 交流会, 蓝生 (l for n) is 男生.
Listing each slip as it turns up (`normalise._IME_SLIPS`) generalises to no new author; this
stage compares sounds instead.

How it reads a note:
- Every common character (GB2312) is given its usual pinyin without tone, folded by the
  accent merges of `fuzzy_syllable`: zh/ch/sh as z/c/s, n as l, hu- as f-, -ing/-eng as
  -in/-en. A syllable is turned into one private-use character, so the note becomes a string
  of sounds and one regular expression finds every stretch that sounds like a word of
  `SOUND_TARGETS` (the kinds' words, the people, courses and days the notes name).
- A stretch written as the word itself is left, and so is one that is a word of its own:
  the dictionary (jieba's, counted over a large corpus) knows it at least `REAL_WORD_MIN`
  times (停课 is not 听课, 餐馆 not 参观, 心里 not 心理), or it is in `NOT_SLIPS`; unless
  its context makes it the work's word (`REAL_WORD_CONTEXTS`: 心里 before 咨询 is 心理,
  请示 gone into and looked at is 寝室, 开了个小费 a 小会).
- A stretch that straddles a common word is left: in 提醒离校 the sound of 心理 sits across
  提醒|离校, in 五四评优 that of 视频 across 五四|评优. A pair of characters across the
  stretch's edge that the dictionary knows `PAIR_MIN` times blocks the fold, unless the
  character beyond it makes a commoner word with its other neighbour (民天上午: 天上 is a
  word, but 上午 is commoner, so 民天 is 明天).
- A stretch holding a function word (未, 的, 是 ...) is left: 3个班未交 is not 班委.
- Anything else is folded to the word it sounds like, with the same length, so offsets hold.

Only sounds are compared: a slip that changes a syllable beyond the accent merges (a
handwriting shape slip, 走仿 for 走访) is read by its shape (`shapes.py`) or `normalise`'s
table (宿含 for 宿舍). Tones are ignored (the
accents move them).

The character readings and the dictionary's words are data, `bot/data/sound_alike.json`,
built by `python -m bot.parsing.sounds` with the `data` extra (pypinyin and jieba, neither
needed at run time), which writes the pinyin reader's dictionary (`pinyin.py`) too;
`tests/parsing/test_sounds.py` fails when the tables here change and the data was not
rebuilt.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from importlib import resources
from typing import Any, NamedTuple

DATA_FILE = "sound_alike.json"

#: The words a slip is folded to: the kinds' words, and the people, places, courses and
#: days the notes name around them (a slip of 明天 loses the date, of 挂科 the reason).
SOUND_TARGETS: tuple[str, ...] = (
    # dorms
    "查寝", "寝室", "宿舍", "走访", "男生", "女生", "寝室长",
    # meetings and the people in them
    "班会", "主题", "主题班会", "团会", "班委", "班委会", "班干", "班长", "团支书", "支书",
    "辅导员",
    # the cadres kept back after a class meeting for one of their own (把班委留下来)
    "留下来",
    # classroom ("去听", "去查": 去厅了一节, 去差了一下 where the one character alone is a word)
    "听课", "查课", "去听", "去查", "晚自习", "早自习", "自习", "教室", "课堂",
    # talks and parents
    "谈心", "谈话", "家长", "家访", "电话", "视频",
    # the advisor's own meetings, the students' activities
    "培训", "研讨会", "交流会", "讲座", "参观", "竞赛", "比赛", "建模", "大创", "运动会",
    # the application of a students' project the advisor goes through with them (森报书:
    # sh as s)
    "申报书",
    # courses, exams and the monthly form
    "考试", "复习", "记录表", "挂科", "高数", "线性代数", "概率论", "心理",
    # a maths department's courses tutored (十遍函数: 实变函数 dictated)
    "实变函数", "复变函数", "数学分析",
    # a short meeting (开了个小会: the meeting's kind is told by who was in it)
    "小会",
    # the dorm of a visit split by its count (查了两次寝; only in that context)
    "寝",
    # days and times
    "今天", "明天", "昨天", "前天", "后天", "上周", "下周", "星期", "礼拜", "周末",
    "晚上", "上午", "下午", "早上", "中午",
)  # fmt: skip

#: Words that sound like a target and are not slips of it, beyond what the dictionary knows
#: (Cantonese 下昼, the afternoon, is not 下周; 家纺, home textiles, is not 家访: the context
#: slips of `normalise` fold it where it is gone to; 班费, the class fund, is not 班会 unless
#: held, `REAL_WORD_CONTEXTS`).
NOT_SLIPS: frozenset[str] = frozenset({"下昼", "家纺", "班费"})

#: Real words that are slips of a target in the work's context, and the contexts a target of
#: one character is folded in at all, as (before, after)
#: patterns: a word of its own that sounds like the target (`REAL_WORD_MIN`) is folded
#: anyway when the text just before it ends with `before` or the text after it starts
#: with `after` (an empty pattern never matches). 请示 (a request to one's superiors) is a
#: dorm room gone into and sat in (去请示看了一下, 三间请示); 惊天 (earth-shaking) is today
#: before a part of the day; 心里 (at heart) is 心理 before a counselling word; 小费 (a tip)
#: is a short meeting held (开了一个小费).
REAL_WORD_CONTEXTS: dict[str, tuple[str, str]] = {
    "寝室": (
        r"[\d一二两三四五六七八九十几]间|[去进到回](?:她们|他们|[男女]生)",
        r"[也都]?(?:去)?(?:看|坐|转|检查|走访|卫生|门口)",
    ),
    "今天": (r"", r"(?:晚上|上午|下午|中午|早上|傍晚|夜里)"),
    "心理": (r"", r"(?:咨询|健康|中心|老师|辅导|危机|测评|普查|委员|问题)"),
    "小会": (r"开(?:了|过)?(?:一个|一次|个|次)", r""),
    # 班费 (the class fund, `NOT_SLIPS`) held is a class meeting: 开了个班费, 开了第一次班费.
    "班会": (r"开(?:了|过)?(?:第?[一两二三四五六七八九十\d]+次|一个|个|次)?", r""),
    # A target of one character is folded only in its context: 查了两次请 is 查了两次寝.
    # 查了琴 is 查了寝 too (查 and its 了 before it).
    "寝": (r"查(?:了|过)?(?:[\d一两二三四五六七八九十几]+次|一下|一圈|一遍|个)?", r""),
}

#: A sound-alike stretch the dictionary counts this often is a word of its own.
REAL_WORD_MIN = 30
#: A pair of characters across a stretch's edge counted this often is a word it straddles.
PAIR_MIN = 100

# The accent merges (see fuzzy_syllable): hu- as f-, for 电发 (电话) and 交流费 (交流会).
_HU_AS_F = {
    "hu": "fu",
    "hua": "fa",
    "huai": "fai",
    "huan": "fan",
    "huang": "fang",
    "hui": "fei",
    "hun": "fen",
    "huo": "fo",
}
_FIRST_SOUND = 0xE000  # syllables are written as private-use characters from here


def fuzzy_syllable(syllable: str) -> str:
    """A toneless pinyin syllable with the merges of southern and south-western accents:
    zh, ch, sh as z, c, s; n as l; hu- as f-; -ing, -eng as -in, -en."""
    s = _HU_AS_F.get(syllable, syllable)
    for retroflex in ("zh", "ch", "sh"):
        if s.startswith(retroflex):
            s = s[0] + s[2:]
            break
    if s.startswith("n") and len(s) > 1:
        s = "l" + s[1:]
    if s.endswith(("ing", "eng")):
        s = s[:-1]
    return s


def _pinyin_source() -> list[Any]:
    from bot.parsing.pinyin import MIN_COUNT, NOTE_WORDS

    return [MIN_COUNT, NOTE_WORDS]


def source_hash() -> str:
    """What the data file was built from: the tables and thresholds above."""
    source = json.dumps(
        [
            SOUND_TARGETS,
            sorted(NOT_SLIPS),
            REAL_WORD_MIN,
            PAIR_MIN,
            _HU_AS_F,
            REAL_WORD_CONTEXTS,
            _pinyin_source(),
        ],
        ensure_ascii=False,
    )
    return hashlib.sha256(source.encode()).hexdigest()[:16]


class _Tables(NamedTuple):
    to_sounds: dict[int, str]  # str.translate table: character -> its syllable's character
    targets: dict[str, str]  # a target's sound string -> the target
    scan: re.Pattern[str]  # every target's sound string, longest first
    words: Mapping[str, int]  # the dictionary's counts of the words the checks ask about


@cache
def _tables() -> _Tables:
    data = json.loads(resources.files("bot.data").joinpath(DATA_FILE).read_text("utf-8"))
    sound_of = {syllable: chr(_FIRST_SOUND + i) for i, syllable in enumerate(data["syllables"])}
    to_sounds = {
        ord(ch): sound_of[syllable] for syllable, chars in data["syllables"].items() for ch in chars
    }
    targets: dict[str, str] = {}
    for target, syllables in data["targets"].items():
        targets.setdefault("".join(sound_of[s] for s in syllables.split()), target)
    alternation = "|".join(map(re.escape, sorted(targets, key=len, reverse=True)))
    return _Tables(to_sounds, targets, re.compile(alternation), data["words"])


def _straddles(text: str, start: int, target: str, words: Mapping[str, int]) -> bool:
    """Whether the stretch of `text` from `start` that sounds like `target` sits across a
    common word at either edge (see the module)."""
    end = start + len(target)
    if start > 0:
        pair = words.get(text[start - 1 : start + 1], 0)
        outer = words.get(text[start - 2 : start], 0) if start > 1 else 0
        if pair >= PAIR_MIN and outer < pair:
            return True
    if end < len(text):
        pair = words.get(text[end - 1 : end + 1], 0)
        outer = words.get(text[end : end + 2], 0) if end + 1 < len(text) else 0
        if pair >= PAIR_MIN and outer < pair:
            return True
    return False


def sound_alikes(text: str) -> Iterator[tuple[int, str]]:
    """(offset, target) for each stretch of `text` taken as a slip of a target. Stretches
    may overlap where they agree (去茶青: 去查 and 查寝 both write 查); a word written right
    is never changed, and where two stretches disagree the earlier one wins."""
    tables = _tables()
    sounds = text.translate(tables.to_sounds)
    found: list[tuple[int, str]] = []
    written_right = True
    # Overlapping matches, searched one start after another (a lookahead over the whole
    # alternation would cost the regex engine its fast skip to a first sound).
    m = tables.scan.search(sounds)
    while m is not None:
        start = m.start()
        target = tables.targets[m.group()]
        found.append((start, target))
        if written_right and not text.startswith(target, start):
            written_right = False
        m = tables.scan.search(sounds, start + 1)
    if written_right:
        return  # every stretch is written as the word: the common case
    decided: dict[int, str] = {}  # offset -> the character a kept word or a fold put there
    for start, target in found:
        if text.startswith(target, start):  # written right: kept, whatever sounds like it
            decided.update((start + i, ch) for i, ch in enumerate(target))
    for start, target in found:
        written = text[start : start + len(target)]
        if written == target or any(
            decided.get(start + i, ch) != ch for i, ch in enumerate(target)
        ):
            continue
        if len(target) == 1 and not _in_context(text, start, start + 1, target):
            continue  # one character sounds like too much to be read out of context
        if (
            _FUNCTION_WORD_RE.search(written)
            or (
                (written in NOT_SLIPS or tables.words.get(written, 0) >= REAL_WORD_MIN)
                and not _in_context(text, start, start + len(target), target)
            )
            or _straddles(text, start, target, tables.words)
        ):
            continue
        decided.update((start + i, ch) for i, ch in enumerate(target))
        yield start, target


@cache
def _context_res(target: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    before, after = REAL_WORD_CONTEXTS[target]
    return (
        re.compile(f"(?:{before})$") if before else None,
        re.compile(after) if after else None,
    )


def _in_context(text: str, start: int, end: int, target: str) -> bool:
    """Whether a real word at [start, end) sounding like `target` is a slip of it there
    (`REAL_WORD_CONTEXTS`)."""
    if target not in REAL_WORD_CONTEXTS:
        return False
    before, after = _context_res(target)
    return (before is not None and before.search(text, max(0, start - 8), start) is not None) or (
        after is not None and after.match(text, end) is not None
    )


_CJK_RE = re.compile(r"[\u4e00-\u9fff]")
# A recogniser puts a function word between words, not inside one: 个班未交 is not 班委.
_FUNCTION_WORD_RE = re.compile("[的了是不也都就未把被着过吗呢吧啊]")


def replace_stretches(text: str, found: Iterable[tuple[int, str]]) -> str:
    """`text` with the stretch at each offset of `found` written as its word (of its length):
    how the sound and the shape folds apply what they found."""
    folded = None
    for start, target in found:
        if folded is None:
            folded = list(text)
        folded[start : start + len(target)] = target
    return text if folded is None else "".join(folded)


def fold_sound_alikes(text: str) -> str:
    """`text` with each sound-alike slip of a word of the work replaced by the word."""
    if _CJK_RE.search(text) is None:
        return text
    return replace_stretches(text, sound_alikes(text))


# Building the data (needs the `data` extra: pypinyin and jieba).


def characters_of(encoding: str) -> Iterator[str]:
    """The CJK characters `encoding` can write (GB2312: the common ones; GBK: a pad's)."""
    for cp in range(0x4E00, 0xA000):
        ch = chr(cp)
        try:
            ch.encode(encoding)
        except UnicodeEncodeError:
            continue
        yield ch


@cache  # build() and build_pinyin() both read it
def _dictionary() -> dict[str, int]:
    """jieba's dictionary (word -> count), read as a file: jieba itself is not imported."""
    text = resources.files("jieba").joinpath("dict.txt").read_text("utf-8")
    counts: dict[str, int] = {}
    for line in text.splitlines():
        word, count, *_ = line.split(" ")
        counts[word] = max(counts.get(word, 0), int(count))
    return counts


def build() -> dict[str, Any]:
    """The data file's content, from pypinyin's readings and jieba's dictionary."""
    from pypinyin import Style, lazy_pinyin

    def syllables(word: str) -> list[str]:
        return [fuzzy_syllable(s) for s in lazy_pinyin(word, style=Style.NORMAL)]

    keys = {target: syllables(target) for target in SOUND_TARGETS}
    wanted = {s for key in keys.values() for s in key}
    by_syllable: dict[str, list[str]] = {s: [] for s in sorted(wanted)}
    sound_of: dict[str, str] = {}
    for ch in characters_of("gb2312"):
        (syllable,) = syllables(ch)
        if syllable in by_syllable:
            by_syllable[syllable].append(ch)
            sound_of[ch] = syllable
    counts = _dictionary()
    target_keys = {tuple(key) for key in keys.values()}
    words: dict[str, int] = {}
    for word, count in counts.items():
        if len(word) == 2 and count >= PAIR_MIN:
            words[word] = count  # the pairs the straddle check asks about
        elif (
            count >= REAL_WORD_MIN
            and 2 <= len(word) <= 4
            and all(ch in sound_of for ch in word)
            and tuple(syllables(word)) in target_keys
        ):
            words[word] = count  # a word of its own that sounds like a target
    return {
        "source": source_hash(),
        "syllables": {s: "".join(chars) for s, chars in by_syllable.items()},
        "targets": {target: " ".join(key) for target, key in keys.items()},
        "words": dict(sorted(words.items())),
    }


def build_pinyin() -> dict[str, Any]:
    """The pinyin reader's dictionary (`pinyin.py`): each toneless pinyin (syllables joined
    by an apostrophe) with its likeliest word and that word's count; the words of the work
    are counted as the commonest."""
    from pypinyin import Style, lazy_pinyin

    from bot.parsing.pinyin import MIN_COUNT, NOTE_WORDS

    counts = _dictionary()
    top = max(counts.values())
    common = set(characters_of("gb2312"))
    chosen: dict[str, tuple[str, int]] = {}
    words = [(w, c) for w, c in counts.items() if c >= MIN_COUNT and len(w) <= 4]
    words += [(w, top) for w in (*SOUND_TARGETS, *NOTE_WORDS)]
    syllables: set[str] = set()
    for word, count in words:
        if not all(ch in common for ch in word):
            continue
        sounds = lazy_pinyin(word, style=Style.NORMAL, errors="ignore")
        if len(sounds) != len(word) or not all(s.isalpha() and s.isascii() for s in sounds):
            continue
        syllables.update(s for s in sounds if re.search("[aeiouv]", s))
        key = "'".join(sounds)
        if key not in chosen or count > chosen[key][1]:
            chosen[key] = (word, count)
    return {
        "source": source_hash(),
        "syllables": sorted(syllables),
        "words": {key: [word, count] for key, (word, count) in sorted(chosen.items())},
    }


def _write(name: str, content: dict[str, Any]) -> None:
    target = resources.files("bot.data").joinpath(name)
    text = json.dumps(content, ensure_ascii=False, separators=(",", ":")) + "\n"
    with resources.as_file(target) as path:
        path.write_text(text, encoding="utf-8")
    print(f"wrote {target} ({len(text.encode()) // 1024} KB)", file=sys.stderr)


def main(argv: list[str]) -> int:
    from bot.parsing.pinyin import DATA_FILE as PINYIN_FILE

    _write(DATA_FILE, build())
    _write(PINYIN_FILE, build_pinyin())
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
