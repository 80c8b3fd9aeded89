"""Notes typed in pinyin, without a Chinese keyboard (issue 17).

An advisor on a laptop abroad, or on a borrowed computer, has no Chinese input and types the
note's sounds: "jintian wanshang gen banwei kai le ge hui", "gei 3 ge jiazhang da le
dianhua", "shang zhou wu qu sushe le". The rest of the parser reads Chinese, so this stage,
inside `normalise`, writes such a run of pinyin in characters first; the output need not be
the sentence the advisor meant word for word, only right in the words the parser reads (the
kinds' words, the days, the numbers and the little words around them: 了, 个, 去, 给).

How it reads a note:
- A word of the note is pinyin when its letters split into syllables of Mandarin (about 400,
  without tone marks or numbers) the way pinyin is spelled: a syllable inside a word that
  starts with a, o or e follows an apostrophe (xi'an), so "career" and "due" are not pinyin.
  A note is written in pinyin when at least `MIN_WORDS` of its Latin words, and at least
  `MIN_SHARE` of them, are: an English sentence almost always has words no syllable makes
  (the, to, of, with, is), so English notes ("talked with Zhang Wei") are left as they are.
- Each run of pinyin words is cut into dictionary words by dynamic programming, the way an
  input method picks its candidates: the cut whose words are together likeliest (the sum of
  their log counts, from jieba's dictionary, with the words of the work counted as the
  commonest) wins. A word may run across a space ("tan xin" is 谈心) but a syllable may not.
  A syllable no word starts with is left in Latin letters.

The dictionary is data, `bot/data/pinyin_words.json` (toneless pinyin -> the likeliest word),
built with the sound table by `python -m bot.parsing.sounds` (the `data` extra).
"""

from __future__ import annotations

import json
import math
import re
from functools import cache, lru_cache
from importlib import resources
from typing import Any, NamedTuple

DATA_FILE = "pinyin_words.json"
#: A note is read as pinyin when this many of its Latin words are pinyin ...
MIN_WORDS = 3
#: ... and they are at least this share of its Latin words.
MIN_SHARE = 0.8
#: Dictionary words counted this often are kept (with all single characters' likeliest).
MIN_COUNT = 300

#: The words of the notes an input method would not put first, counted as the commonest (with
#: `sounds.SOUND_TARGETS`): the days, the little words of the work, the terms' events.
NOTE_WORDS: tuple[str, ...] = (
    "周一", "周二", "周三", "周四", "周五", "周六", "周日", "周天",
    "星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日", "星期天",
    "礼拜一", "礼拜二", "礼拜三", "礼拜四", "礼拜五", "礼拜六", "礼拜天",
    "上周", "下周", "这周", "本周", "上个月", "这个月", "号", "今晚", "昨晚", "明晚",
    "打了", "打电话", "开了", "开会", "去了", "查了", "谈了", "聊了", "找了", "看了",
    "两个", "几个", "个", "位", "次", "学生", "同学", "家长", "妈妈", "爸爸",
    "期末", "期中", "考研", "就业", "毕业", "论文", "开题", "答辩", "实习", "简历",
    "线上", "腾讯会议", "视频", "微信",
    # The little words of a wish and of help, beside the deed's (想 is no 向, 帮 no 浜): "xiang
    # zhoumo gen jiazhang kai ge hui", "bang yi ge tongxue ban le ...".
    "想", "帮", "帮忙", "班里", "班上", "短会",
    # Attendance and courses: "chuqin hai keyi, jiu que le 2 ge", "xuanxiuke".
    "出勤", "缺勤", "缺了", "选修课", "必修课",
    # A student's care and papers: "fashao", "shiyou pei ta qu le xiaoyiyuan", "zaidu zhengming
    # he chengjidan".
    "发烧", "生病", "室友", "校医院", "医院", "在读证明", "成绩单", "证明",
    # Abroad: "suan cuo shicha le", "xialingshi".
    "时差", "夏令时", "算错", "记错",
    # A form handed in, and a graduate's next steps: "jilubiao jiao le", "baoyan fushi".
    "交了", "保研", "复试", "调剂",
    # A call not answered, and news passed on: "you 1 ge mei jie", "tongbao kaiti jindu".
    "没接", "没接通", "没打通", "通报",
)  # fmt: skip

#: A number's measure word, typed as a word of its own after the digits: "2 ge xiang baoyan de"
#: is 2个想保研的, not 2各项 (class: the classifier a count is read by).
MEASURE_WORDS: dict[str, str] = {
    "ge": "个", "wei": "位", "ming": "名", "ci": "次", "tian": "天", "dian": "点", "jia": "家",
    "jie": "节", "zhou": "周", "fenzhong": "分钟", "xiaoshi": "小时",
}  # fmt: skip

_LATIN_WORD_RE = re.compile(r"[a-zA-Zü']+")
# A run: pinyin words with only spaces (and digits, for "3 ge") between them.
_SEPARATOR_RE = re.compile(r"[\s\d]*")


class _Word(NamedTuple):
    word: str
    log_p: float  # its log probability
    starts: tuple[int, ...]  # the offsets its syllables start at


class _Dictionary(NamedTuple):
    # letters -> the likeliest word for each way of cutting them into syllables, likeliest
    # first: "xian" is 先 (xian) and 西安 (xi'an), so "xi'an" typed with its apostrophe is 西安.
    words: dict[str, tuple[_Word, ...]]
    longest: int  # the most letters of a word


def _data() -> Any:
    return json.loads(resources.files("bot.data").joinpath(DATA_FILE).read_text("utf-8"))


@cache
def _syllable_re() -> re.Pattern[str]:
    """What a word spelled in pinyin matches. Kept apart from the dictionary: every English
    note of three words asks it, and only a note in pinyin needs the 4 MB of words."""
    syllables = sorted(_data()["syllables"], key=len, reverse=True)
    # Inside a word a syllable starting with a, o or e follows an apostrophe (xi'an): without
    # one, "career" (ca-re-er) and "due" (du-e) are English.
    inner = "|".join(s for s in syllables if s[0] not in "aoe")
    return re.compile(f"(?:{'|'.join(syllables)})(?:{inner})*", re.IGNORECASE)


@cache
def _dictionary() -> _Dictionary:
    data = _data()
    words: dict[str, list[_Word]] = {}
    total = math.log(sum(count for _, count in data["words"].values()))
    for key, (word, count) in data["words"].items():
        syllables = key.split("'")
        offsets, at = [], 0
        for syllable in syllables:
            offsets.append(at)
            at += len(syllable)
        words.setdefault("".join(syllables), []).append(
            _Word(word, math.log(count) - total, tuple(offsets))
        )
    ranked = {letters: tuple(sorted(ws, key=lambda w: -w.log_p)) for letters, ws in words.items()}
    return _Dictionary(ranked, max(map(len, ranked)))


@lru_cache(maxsize=4096)  # words repeat (the, with, sushe); the bound keeps memory flat
def _is_pinyin(word: str) -> bool:
    syllable_re = _syllable_re()
    return all(part and syllable_re.fullmatch(part) for part in word.replace("ü", "v").split("'"))


def _convert_run(run: str, dictionary: _Dictionary) -> str:
    """One run of pinyin words (with spaces and digits) in characters (see the module)."""
    out: list[str] = []
    after_number = False
    for piece in re.split(r"(\d+)", run):
        if not piece.strip() or piece.isdigit():
            out.append(piece.strip() if piece.isdigit() else "")
            after_number = piece.isdigit()
            continue
        if after_number:
            first, _, rest = piece.strip().partition(" ")
            measure = MEASURE_WORDS.get(first.lower())
            if measure is not None:
                out.append(measure)
                piece = rest
            after_number = False
        letters, breaks = "", set()  # breaks: offsets a word may not cross inside a syllable
        for word in piece.lower().replace("ü", "v").split():
            for part in word.split("'"):
                if letters:
                    breaks.add(len(letters))
                letters += part
        out.append(_cut(letters, breaks, dictionary))
    return "".join(out)


def _cut(letters: str, breaks: set[int], dictionary: _Dictionary) -> str:
    n = len(letters)
    # best[i]: (score, words) for letters[:i]; a letter no word covers costs more than any word
    best: dict[int, tuple[float, list[str]]] = {0: (0.0, [])}

    def offer(at: int, score: float, words: list[str]) -> None:
        if at not in best or score > best[at][0]:
            best[at] = (score, words)

    for i in range(n):
        if i not in best:
            continue
        score, words = best[i]
        for j in range(i + 1, min(n, i + dictionary.longest) + 1):
            for found in dictionary.words.get(letters[i:j], ()):
                inside = {i + s for s in found.starts}
                if any(i < b < j and b not in inside for b in breaks):
                    continue  # a syllable would cross a space or an apostrophe
                offer(j, score + found.log_p, [*words, found.word])
                break
        offer(i + 1, score - 100.0, [*words, letters[i]])
    return "".join(best[n][1]) if n in best else letters


def read_pinyin(text: str) -> str:
    """`text` with its runs of pinyin written in characters, when the note is written in
    pinyin (see the module); otherwise `text` itself."""
    words = _LATIN_WORD_RE.findall(text)
    if len(words) < MIN_WORDS:
        return text
    # Most notes with Latin words are English: stop at the first word too many is not pinyin.
    may_miss = len(words) - max(MIN_WORDS, math.ceil(MIN_SHARE * len(words)))
    for word in words:
        if not _is_pinyin(word.lower()):
            may_miss -= 1
            if may_miss < 0:
                return text
    dictionary = _dictionary()
    out: list[str] = []
    at = 0
    for start, end in _runs(text):
        out.append(text[at:start])
        out.append(_convert_run(text[start:end], dictionary))
        at = end
    out.append(text[at:])
    return "".join(out)


def _runs(text: str) -> list[tuple[int, int]]:
    """Spans of pinyin words with only spaces and digits between them."""
    spans: list[tuple[int, int]] = []
    for m in _LATIN_WORD_RE.finditer(text):
        if not _is_pinyin(m.group().lower()):
            continue
        if spans and _SEPARATOR_RE.fullmatch(text, spans[-1][1], m.start()):
            spans[-1] = (spans[-1][0], m.end())
        else:
            spans.append((m.start(), m.end()))
    return spans
