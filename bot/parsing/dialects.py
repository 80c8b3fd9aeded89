"""The dialects of Chinese as tables: day words, verbs of the work and markers, by region.

Read by `regional.fold_regional` before its own tables (so a word of the Cantonese, Wu or
Southern Min tables still meets a note these have already spelled in standard words). Each
table holds the words a teacher from a region types that the later stages did not read
before; the words they already read (今儿, 夜儿个, 后晌, 礼拜三, 唠嗑, 咗, 冇 …) are listed
per region in `tests/parsing/test_dialect_tables.py`, which checks both.

- `DAY_WORDS`: a word for a day or a part of one (Shanxi and Shandong 夜来 yesterday, Hakka
  天光日 tomorrow, Minnan 昨昏 yesterday, Cantonese 月尾 the month's last days), as its
  offset from today and its part of the day; it is spelled as the standard words for them
  (-1 and "evening" is 昨天晚上), which the date forms read.
- `VERBS`: the verbs of the work (chatting: Shanxi 拉话, Gansu 喧, Wuhan 港, Wu 嘎讪胡;
  going: Yunnan 克; phoning: 打手机), each as its standard word.
- `MARKERS`: done, not done and later (Beijing 来着, Henan 罢 for 完; Min 无, Wu 勿曾, 朆, 呒,
  Beijing 甭, Guanzhong 嫑, Xiang 冒, Gan and Jianghuai 不曾, Hakka 吂 and 毋, Fuzhou 伓 for
  not; Wu 覅开了 called off; Cantonese 阵间, Wu 等歇, 一歇 for later; Wu 勒海 for 在, 号头 for
  a month), as standard words the blocking stage reads.
- Jin and Hebei (Taiyuan, Datong, Hohhot, Baotou, Yulin, Zhangjiakou; session 17): 夜来 before
  the verbs of their notes (送, 接, 圪转, 相跟, 瞭, 来 …), 甚 (甚时候, 做甚), 兀 (兀个, 兀搭),
  这搭, 一搭 (together), 娃娃 (the students, as 孩子), 啦话, 拉家常, 眊 (看眊 a visit), 瞭,
  圪转, 圪蹴, 相跟上; a student's 大人 / 老人 / 家里人 (the parents), 他大大 and 他老子 (the
  father), 打问, 说道说道, 解不下, 多会儿 / 多咱 (when) are `WORD_GATED`: words of common
  characters only, folded only in a note where the word itself stands
  (`tests/parsing/test_jin.py`).
- `WEEKS`, `PEOPLE`, `PLACES`: Southern Min 顶礼拜 (last week); the parents as the regions
  name them (Xiang 爷老子, Fuzhou 依爸, Hakka 阿姆, Minnan 老母, 序大人, Wu 爷娘, 好婆, 屋里大人),
  Taiwan's 班代 and 导生, Gan and Hui 渠 (he); a home (Hakka 屋下, Min 厝; the northeast's 寝,
  the dorm, is a word of `kinds.py`).

A word that is also ordinary Mandarin (夜来 in 夜来风雨声 and 半夜来电话, 港 a harbour, 克 a
gram, 无 in 无法) has a `before` / `after` lookaround that keeps it itself; the test file
has a sentence for each (the Wu words: `tests/parsing/test_wu.py`, region by region). Longer
words are tried first; a word may be written twice with two contexts and two standard words
(勿要 before a thing called off is 不用, elsewhere 不要).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import NamedTuple

from bot.parsing.gates import FirstCharScan


class DayWord(NamedTuple):
    """A regional word for a day (offset from today) and / or a part of the day."""

    word: str
    offset: int | None  # days from today; None for a part of the day alone
    part: str  # "" or one of _PART_WORD's keys
    region: str
    before: str = ""
    after: str = ""


class DialectWord(NamedTuple):
    """A regional word and the standard word it stands for, in context."""

    word: str
    standard: str
    region: str
    before: str = ""
    after: str = ""


_DAY_WORD = {-3: "大前天", -2: "前天", -1: "昨天", 0: "今天", 1: "明天", 2: "后天", 3: "大后天"}
_PART_WORD = {
    "morning": "早上",
    "forenoon": "上午",
    "noon": "中午",
    "afternoon": "下午",
    "dusk": "傍晚",
    "evening": "晚上",
    "night": "夜里",
    "month_start": "月初",
    "month_mid": "月中",
    "month_end": "月底",
}

# What may follow a day word that is only a day in speech: a part of the day, a verb of the
# work, a subject or a break (夜来 is yesterday in "夜来后晌去宿舍", not in "夜来风雨声").
_DAY_GOES_ON = (
    "(?=后晌|前晌|晌午|黑夜|黑间|黑价|黑了|下晚|晚上|下午|上午|中午|早上|清早|去|开|和|跟|同|给|带|查|听"
    "|到|在|又|也|还|就|我|俺|咱|找|把|陪|约|组织|参加|[,，。;；:：、\\s]|$"
    # Shandong and the northeast: a part of the day (夜来过晌, 明么头晌), the weekday the day is
    # (明么礼拜天, tomorrow, a Sunday), coming back (夜来回学校), a plan (明么要, 明么再).
    "|过晌|头晌|头午|过午|下晌|傍黑|黑下|黑喽|早起|清起|早晨|傍晚|半夜|夜里|礼拜|星期|周[一二三四五六日天末]"
    "|回|要|再"
    # Jin (Taiyuan, Hohhot): finding someone (寻 for 找), doing (闹 for 搞), looking (眊),
    # calling someone over (叫, 喊).
    "|寻|闹|眊|叫|喊"
    # Jin and Hebei (Taiyuan, Datong, Hohhot, Yulin, Zhangjiakou): seeing off and fetching (送,
    # 接), going round (圪转, 转, 串), looking (瞭, 看), going together (相跟), chatting (拉话,
    # 啦话), phoning (打, 给, 通), asking (问, 打问), a class (上课), a deed not done (没, 不),
    # coming (夜来来学校).
    "|送|接|圪[转蹴搅]|转|串|瞭|看|相跟|拉|啦|打|给|通|问|说|上|没|不"
    # … and coming to school (夜来来学校).
    "|来)"
)
# Numerals: 三个月头 is "three months' first …", 七月半 the 15th of the seventh month.
_NOT_AFTER_NUMBER = "(?<![\\d一二三四五六七八九十几两半])(?<![\\d一二三四五六七八九十几两半]个)"

# A clock time after a part of the day: 三点, 7点半, 19:30.
_CLOCK_AFTER = "(?=\\s*(?:\\d{1,2}|[一二两三四五六七八九十]{1,3})\\s*(?:点|:|时))"
# 天黑了 is the sky growing dark; 昨天黑了 is yesterday evening.
_NOT_THE_SKY = "(?:(?<!天)|(?<=[昨今明前后]天))"
# The regions' parts of the day (word, region, before): the afternoon and evening ones give a
# clock time after them its afternoon (后晌三点 is 15:00, not 3:00).
_PARTS_OF_THE_DAY: dict[str, tuple[tuple[str, str, str], ...]] = {
    "morning": (
        ("早浪", "Wu", ""),
        ("朝早", "Yue", ""),
        ("透早", "Min", ""),
        ("早浪向", "Wu", ""),
        ("天光", "Wu (Wenzhou), Min, Hakka", "(?<![见露])"),
        ("朝晨", "Hakka", ""),
    ),
    "forenoon": (
        ("前晌", "Central Plains, Jin", ""),
        ("头晌", "Northeast, Jilu, Central Plains", ""),
        ("头午", "Northeast, Jiaoliao", ""),
        ("上昼", "Gan, Xiang, Yue", ""),
        ("上半天", "Wu, Southwest", ""),
        ("上半日", "Wu", ""),
        ("早半晌", "Beijing", ""),
        ("上半晌", "Beijing, Northeast", ""),
    ),
    "noon": (
        ("晌午", "northern", ""),
        ("当昼", "Gan, Hakka", ""),
        ("中昼", "Min", ""),
        ("日昼", "Min, Wu (Wenzhou)", ""),
        ("中浪", "Wu", ""),
        ("中浪向", "Wu", ""),
    ),
    "afternoon": (
        ("后晌", "Central Plains, Jin, Lanyin, Jilu", "(?<![前])"),
        ("下晌", "Northeast, Central Plains", ""),
        ("过晌", "Northeast, Jiaoliao", ""),
        ("后半晌", "Beijing", ""),
        ("下半晌", "Northeast, Beijing", ""),
        ("过午", "Jiaoliao", ""),
        ("下半天", "Wu, Southwest", ""),
        ("下半日", "Wu", ""),
        ("下晡", "Min", ""),
    ),
    "dusk": (
        ("擦黑", "Northeast, Beijing", ""),
        ("傍黑", "Northeast, Jiaoliao", ""),
        ("挨晚", "Yue", ""),
        ("夜快", "Wu", ""),
        ("夜快头", "Wu", ""),
        ("黄昏头", "Wu", ""),
    ),
    "evening": (
        ("晚黑", "Southwest, Yue", "(?<![夜])"),
        ("夜晚黑", "Yue", ""),
        ("夜到", "Wu", ""),
        ("夜头", "Wu", ""),
        ("夜里向", "Wu", ""),
        ("黑价", "Jilu", ""),
        ("黑下", "Jilu, Jiaoliao", ""),
        ("黑间", "Jin, Beijing", ""),
        ("晚夕", "Lanyin", ""),
        ("暗时", "Min", ""),
        ("暗晡", "Hakka", ""),
        ("晚半晌", "Beijing", ""),
        ("下晚", "Northeast, Jiaoliao", ""),
        ("黑了", "Central Plains", _NOT_THE_SKY),
        ("黑咧", "Guanzhong", _NOT_THE_SKY),
        ("黑地", "Central Plains", ""),
        ("黑夜", "Jin", ""),
        ("黑天", "Northeast", "(?<![白])"),
        ("暝昏", "Min (Chaoshan)", ""),
    ),
}

# 拜 after these is a bow or a visit (团拜, 膜拜, 参拜), not a weekday's 礼拜.
_NOT_A_BOW = "(?<![礼拜跪参团膜叩朝祭])"

DAY_WORDS: tuple[DayWord, ...] = (
    # Jin (Shanxi, Hohhot), Jiaoliao, Jilu and Xuzhou: 夜来 is yesterday (夜来后晌, 夜来黑夜);
    # not 半夜来, 昨夜来, 夜来香, 夜来风雨声.
    DayWord(
        "夜来",
        -1,
        "",
        "Jin, Jiaoliao, Jilu, Xuzhou",
        before="(?<![半深午黑今昨前当入每一整通连彻子日])",
        after=_DAY_GOES_ON,
    ),
    # Jilu (Jinan, Dezhou): 夜来个 yesterday.
    DayWord("夜来个", -1, "", "Jilu", before="(?<![半深午黑今昨前当入每一整通连彻子日])"),
    # Jiaoliao and Jilu (Weifang, Qingdao, Yantai, Zibo): 今么 / 今门儿 / 今们儿 today, 明么 /
    # 明门儿 / 明们儿 tomorrow (夜来 is yesterday). 明么 only as a day: not 说明么, 聪明么,
    # 证明么; 今么 not 如今么, 至今么.
    *(
        DayWord(word, offset, "", "Jiaoliao, Jilu", after=_DAY_GOES_ON)
        for word, offset in (("今门儿", 0), ("今们儿", 0), ("明门儿", 1), ("明们儿", 1))
    ),
    # Jiaoliao (Yantai, Qingdao): 过明儿 the day after tomorrow.
    DayWord("过明儿", 2, "", "Jiaoliao", after=_DAY_GOES_ON),
    DayWord("今么", 0, "", "Jiaoliao, Jilu", before="(?<![如至迄而古当])", after=_DAY_GOES_ON),
    DayWord(
        "明么",
        1,
        "",
        "Jiaoliao, Jilu",
        before="(?<![说表聪光证分清文透高精发声英阐简开申标注失神贤澄严圣鲜昌黎照指查])",
        after=_DAY_GOES_ON,
    ),
    # Central Plains, Jilu: 夜儿 (夜儿个 is a date form already), 夜儿黑 last night.
    DayWord("夜儿黑", -1, "evening", "Central Plains"),
    DayWord(
        "夜儿",
        -1,
        "",
        "Central Plains, Jilu",
        before="(?<![今昨半深午黑前当每一整熬])",
        after="(?!个)" + _DAY_GOES_ON,
    ),
    # Central Plains (Guanzhong, Henan), Jilu (Tianjin) and the northeast: 外后天 / 外后儿 (个) /
    # 外后日 is three days on, as 大后天 (the date forms read 后天 in it, two days on).
    DayWord("外后儿个", 3, "", "Central Plains, Jilu, Northeast"),
    DayWord("外后儿", 3, "", "Central Plains, Jilu, Beijing, Northeast"),
    DayWord("外后天", 3, "", "Central Plains, Jilu, Northeast"),
    DayWord("外后日", 3, "", "Central Plains, Jin"),
    # Jianghuai and Xuzhou: 大后个 the day after the day after tomorrow (后个 is read).
    DayWord("大后个", 3, "", "Jianghuai, Central Plains"),
    # Jin, Wu, Gan, Yue: 大前日 three days ago (前日 alone is read).
    DayWord("大前日", -3, "", "Jin, Wu, Yue"),
    # Central Plains and Jin: 昨黑 (昨儿黑 is read) last night.
    DayWord("昨黑", -1, "evening", "Central Plains, Jin", after="(?![板])"),
    # Wu and Hui: 明朝 is tomorrow before a plan or a deed of the work in any note (not the Ming
    # dynasty: 明朝去世, 明朝开国); a note with a Wu word folds it anywhere (regional.WU).
    DayWord(
        "明朝",
        1,
        "",
        "Wu, Hui",
        after="(?=要|再去|去(?!世)|开(?!国)|我|阿拉|侬|伲|准备|打算|寻|叫|礼拜|星期)",
    ),
    # Ningbo: 今末 today, 昨末 yesterday (明朝 tomorrow, above); no Mandarin word is written so.
    DayWord("今末", 0, "", "Wu (Ningbo)"),
    DayWord("昨末", -1, "", "Wu (Ningbo)"),
    # Southern Min (Xiamen, Quanzhou, Taiwan): 昨昏 yesterday, 昨暝 last night, 明仔载 tomorrow.
    DayWord("昨昏", -1, "", "Min"),
    DayWord("昨暝", -1, "evening", "Min"),
    DayWord("明仔载", 1, "", "Min"),
    DayWord("明仔再", 1, "", "Min"),
    # Eastern Min (Fuzhou): 今旦 today (read), 明旦 tomorrow.
    DayWord("明旦", 1, "", "Min (Fuzhou)"),
    # Hakka (Meizhou): 今晡日 today, 天光日 tomorrow, 昨晡日 yesterday, 前晡日 the day before,
    # 昨晡夜 last night.
    DayWord("今晡日", 0, "", "Hakka"),
    DayWord("天光日", 1, "", "Hakka"),
    DayWord("昨晡日", -1, "", "Hakka"),
    DayWord("前晡日", -2, "", "Hakka"),
    DayWord("昨晡夜", -1, "evening", "Hakka"),
    # Yue: 听朝 tomorrow morning in any note (not 听朝鲜语; Cantonese notes fold it already).
    DayWord("听朝", 1, "morning", "Yue", after="(?![鲜阳廷代政野])"),
    # Yue and Wu: the month's first, middle and last days (月头, 月半, 月尾).
    DayWord("上个月头", -1, "month_start", "Yue, Wu"),
    DayWord("上个月尾", -1, "month_end", "Yue, Wu"),
    DayWord("下个月头", 1, "month_start", "Yue, Wu"),
    DayWord("月头", 0, "month_start", "Yue, Wu", before=_NOT_AFTER_NUMBER, after="(?![上里])"),
    DayWord("月尾", 0, "month_end", "Yue, Wu", before=_NOT_AFTER_NUMBER),
    DayWord("月半", 0, "month_mid", "Wu, Gan, Min", before=_NOT_AFTER_NUMBER + "(?<![正腊冬])"),
    # Xiang (Changsha): 今咯日 today, 明咯日 tomorrow, 昨咯日 yesterday, 后咯日 the day after
    # tomorrow (咯 is the Changsha linking particle inside the day word; no Mandarin word is
    # written so).
    DayWord("今咯日", 0, "", "Xiang"),
    DayWord("明咯日", 1, "", "Xiang"),
    DayWord("昨咯日", -1, "", "Xiang"),
    DayWord("后咯日", 2, "", "Xiang"),
    # Hui (Huizhou), Gan and Jianghuai: 昨朝 yesterday (今朝 and 明朝 are read).
    DayWord("昨朝", -1, "", "Hui, Gan, Jianghuai"),
    # Hakka (Meixian, Gannan, western Fujian) and Hainan Min: 昨晡 yesterday, the short form
    # of 昨晡日; Hakka 后晡日 the day after tomorrow.
    DayWord("昨晡", -1, "", "Hakka, Min (Hainan)"),
    DayWord("后晡日", 2, "", "Hakka"),
    # Southwest and Yue: 晚黑 is the evening anywhere, not only before a clock ("晚黑又喊他
    # 出来走了一圈" reads as 晚上又…); no Mandarin word is written so (夜晚黑 is Yue's own).
    DayWord("晚黑", None, "evening", "Southwest, Yue", before="(?<![夜])"),
    # Parts of the day before a clock time ("后晌三点", "夜到7点"): spelled as the standard
    # part, so the clock time is read in the afternoon or evening (the date forms read these
    # words already; alone they are left as they are).
    *(
        DayWord(word, None, part, region, before=before, after=_CLOCK_AFTER)
        for part, words in _PARTS_OF_THE_DAY.items()
        for word, region, before in words
    ),
    # Yue: 拜一 … 拜日 for 礼拜一 … as a day (not 拜一拜, 拜一下菩萨, 团拜, 礼拜一 itself), its
    # evening or morning too (拜二晚, 拜三朝早, 拜五夜晚).
    *(
        DayWord(
            f"拜{d}",
            None,
            f"weekday {d}",
            "Yue",
            before=_NOT_A_BOW,
            after=f"(?:(?=晚|朝|夜|晏)|{_DAY_GOES_ON})",
        )
        for d in "一二三四五六日"
    ),
)


# Northern spoken words for a day that the date forms read as they are (Northeast, Beijing,
# Jilu, Central Plains: 今儿个, 昨儿, 前儿个, 明儿个, 后儿, 今个, 夜个): typed on a phone after a
# space, each opens a new step of the note as 今天 does ("叫来唠了唠 明儿个再给家长打电话",
# `clauses._HARD_SEP_RE`). The first characters must stay in that pattern's lookahead.
SPOKEN_DAYS: tuple[tuple[str, str], ...] = (
    ("今儿", "Northeast, Beijing, Jin"),
    ("昨儿", "Northeast, Beijing"),
    ("前儿", "Northeast, Beijing"),
    ("明儿", "Northeast, Beijing, Jin"),
    ("后儿", "Northeast, Beijing"),
    ("今个", "Central Plains, Jianghuai, Lanyin"),
    ("昨个", "Northeast, Lanyin, Jianghuai"),
    ("明个", "Central Plains, Jianghuai"),
    ("夜儿", "Central Plains, Jilu"),
    ("夜个", "Central Plains, Lanyin"),
)


def _day_standard(entry: DayWord) -> str:
    """The standard words for a day word: 昨天晚上, 月初, 上个月底, 礼拜一."""
    if entry.part.startswith("weekday "):
        return "礼拜" + entry.part[-1]
    if entry.part.startswith("month_"):
        shift = {-1: "上个", 0: "", 1: "下个"}[entry.offset or 0]
        return shift + _PART_WORD[entry.part]
    day = "" if entry.offset is None else _DAY_WORD[entry.offset]
    return day + _PART_WORD.get(entry.part, "")


# A split chat ("拉了一会呱", "扯了会闲篇", "冲了一阵壳子", "打了一阵嘴鼓", "吹咗阵水"): the verb
# becomes 聊 and its object 天 where the two stand apart by at most these words.
_CHAT_SPLITS = (
    ("拉", "呱"),
    ("啦", "呱"),
    ("扯", "闲篇"),
    ("谝", "闲传"),
    ("冲", "壳子"),
    ("打", "嘴鼓"),
    ("吹", "水"),
    ("喷", "空"),
    ("拉", "话"),
    ("啦", "话"),
    # Jin and Jilu: 拉家常 split (拉了会家常).
    ("拉", "家常"),
    ("吹", "牛"),
)
_SPLIT_FILLERS = (
    "了",
    "咗",
    "了会",
    "了一会",
    "了会儿",
    "了一会儿",
    "了一阵",
    "咗阵",
    "咗一阵",
    "了半天",
    # Jin: a part of the day long ("拉了一后晌话", "啦了一黑夜话"), a while ("拉了一阵子话",
    # "拉了一会会话", "拉了好半天话").
    "了一后晌",
    "了一前晌",
    "了一晌午",
    "了一黑夜",
    "了半后晌",
    "了一阵子",
    "了好一阵",
    "了好半天",
    "了一会会",
)


def _split_chats() -> tuple[DialectWord, ...]:
    fillers = "|".join(_SPLIT_FILLERS)
    out = []
    for verb, noun in _CHAT_SPLITS:
        out.append(DialectWord(verb, "聊", "split chat", after=f"(?=(?:{fillers}){noun})"))
        behind = "|".join(f"(?<={verb}{f})" for f in _SPLIT_FILLERS)
        out.append(DialectWord(noun, "天", "split chat", before=f"(?:{behind})"))
    return tuple(out)


# A verb of speech followed by a while or a few words: a chat, not its Mandarin sense.
_A_WHILE = "(?=了|咗|哒|一?会|一?哈|一下|一阵|半天|几句|两句)"
# A while itself, after 了 too ("港了半天", "港哒一阵", "港了一个钟头"): 港了 before anything
# else is what was said (`VERBS`, 港).
_A_CHATS_WHILE = (
    "(?=[了咗哒]?(?:一?会|一?哈|一下|一阵|好一阵|半天|好半天|好久|几句|两句"
    "|[\\d一两半几]+个?[多半]?(?:钟头|小时|分钟)))"
)
# Before 港 that is a harbour: 香港, 海港, 商港, 军港 (a doubled 港 is no harbour after 来 / 去:
# "请学长来港港").
_NOT_A_HARBOUR_BEFORE = "(?<![香海军商渔空河澳深台外])"

# After "with" and someone, one to six characters (跟小王, 佮几个学生): fixed-width lookbehinds.
_AFTER_SOMEONE_WITH = (
    "(?:"
    + "|".join(f"(?<=[跟佮和同与][^,，。;；:：、!！?？\\s]{{{n}}})" for n in range(1, 7))
    + ")"
)
# The end of a clause, a particle before it allowed (找小李拉拉吧).
_CLAUSE_END = "(?=[吧呗呢]?(?:[,，。;；:：、!！?？\\s]|$))"
# Before a doubled 拉 that is not a chat: 稀稀拉拉, 拖拖拉拉, 嘀嘀哩哩啦啦, 是个拉拉.
_NOT_A_DOUBLED_CHAT = "(?<![拉啦稀拖扯哩哗嘀个是当])"


def _doubled_chats() -> tuple[DialectWord, ...]:
    """Shandong's 拉呱 doubled without its object, at a clause's end (找小李拉拉, 跟他们拉了拉):
    a chat. Typed 啦 as often as 拉. Not 拉拉队, 拉了拉绳子 (an object after it), 稀稀拉拉.
    (拉拉呱 and 拉了拉呱 are read already: normalise's slips fold 拉呱 before this stage.)"""
    out = []
    for la in "拉啦":
        region = "Jiaoliao, Jilu, Central Plains (Shandong)"
        out.append(
            DialectWord(
                f"{la}了{la}", "聊了聊", region, before=_NOT_A_DOUBLED_CHAT, after=_CLAUSE_END
            )
        )
        out.append(
            DialectWord(f"{la}{la}", "聊聊", region, before=_NOT_A_DOUBLED_CHAT, after=_CLAUSE_END)
        )
    return tuple(out)


# Southeast Asian Mandarin: the Chinese of Malaysia and Singapore (and of Indonesia's and
# Thailand's Chinese schools); its English and Malay loans are `english.py`'s.
_SEA = "Southeast Asian Mandarin"
# After 跟 / 和 / 同 and whom one talked with: a pronoun, 阿 and a name, a parent or a monitor.
_SEA_TALKED_WITH = (
    "(?:(?<=[跟和同][他她])|(?<=[跟和同]阿[\u4e00-\u9fff])|(?<=[跟和同]家长)|(?<=[跟和同]班长)"
    "|(?<=[跟和同]他们)|(?<=[跟和同]她们)|(?<=[跟和同]学生)|(?<=[跟和同]妈妈)|(?<=[跟和同]爸爸))"
)
# A while, or about one ("讲了差不多一个钟"), or a few words ("讲了几句").
_SEA_A_WHILE = (
    "(?=了?(?:差不多|大概|将近|快|有)?(?:一下|很久|好久|一阵|半天|一轮|几句|两句"
    "|[一两半几\\d]+个?(?:多|半)?(?:钟|小时))|过)"
)


VERBS: tuple[DialectWord, ...] = (
    # Chatting.
    *_doubled_chats(),
    # Southeast Asian Mandarin (Malaysia, Singapore): 讲 is 说 and 谈, after whom one talked
    # with and before a while ("有跟阿明讲一下", "跟家长讲了很久"); 班长讲了一下情况 (the monitor
    # reported) and 讲座 stay.
    DialectWord("讲", "谈", _SEA, before=_SEA_TALKED_WITH, after=_SEA_A_WHILE),
    DialectWord("拉话", "聊天", "Jin, north Shaanxi", after="(?![筒题])"),
    # Not after going up to speak ("我也上去白话了几句", Northeast: said a few words at a meeting).
    DialectWord(
        "白话", "聊", "Central Plains", before="(?<![讲说用])(?<!上去)(?<!上台)", after=_A_WHILE
    ),
    # Hakka (Meizhou): 话事 and 讲事 are talking things over ("同三个学生仔话事"); not Yue's
    # 话事人 / 话事权 (who has the say), nor Mandarin's 讲事情 / 讲事实.
    DialectWord("话事", "谈话", "Hakka", before="(?<![有冇无])", after="(?![人权佬])"),
    DialectWord("讲事", "谈话", "Hakka", before="(?<![有冇无])", after="(?![情实理例])"),
    # Lanyin (Gansu, Ningxia, Xinjiang): 喧 / 喧谎 (喧荒) is to chat; not 喧哗, 喧闹, 喧嚣.
    DialectWord("喧谎", "聊天", "Lanyin"),
    DialectWord("喧荒", "聊天", "Lanyin"),
    DialectWord("喧", "聊", "Lanyin", after=_A_WHILE),
    # Wuhan, Changsha and Jianghuai (Hefei, Nanjing): 港 is 讲, to talk. Doubled it is a chat
    # (港了港, 港港, 港一港: "港了港考研复习的事", "请学长来港港"); not 香港港口.
    *(
        DialectWord(
            doubled, chat, "Southwest (Wuhan), Xiang, Jianghuai", before=_NOT_A_HARBOUR_BEFORE
        )
        for doubled, chat in (("港了港", "聊了聊"), ("港一港", "聊一聊"), ("港港", "聊聊"))
    ),
    # Before a while it is a chat (港了一会, 港哒一阵); not 香港, 港口, 到港, 港澳.
    DialectWord(
        "港",
        "聊",
        "Southwest (Wuhan), Xiang, Jianghuai",
        before="(?<![香海军商渔口空河澳深台外出入离回抵到赴来去在])",
        after=_A_CHATS_WHILE,
    ),
    # Otherwise 港了 is 说了, what was told ("跟他们港了注意安全", "班会上港了实习的事"): not a
    # talk of its own beside the visit or meeting it was told in (class: a Jianghuai 港 is 说).
    DialectWord(
        "港",
        "说",
        "Jianghuai, Southwest (Wuhan)",
        before="(?<![香海军商渔口空河澳深台外出入离回抵到赴来去在])",
        after="(?=了|过)",
    ),
    # Southwest and Xiang: 扯 / 扯白 a chat (扯了半天); not 拉扯, 牵扯, 撕扯.
    DialectWord("扯白", "聊天", "Xiang, Southwest"),
    DialectWord(
        "扯",
        "聊",
        "Southwest, Xiang, northern",
        before="(?<![拉牵撕])",
        after="(?=了?(?:一?会儿?|半天|一阵|几句))",
    ),
    # Wu (Shanghai): 嘎讪胡 (嘎三胡) is to chat.
    DialectWord("嘎讪胡", "聊天", "Wu"),
    DialectWord("嘎三胡", "聊天", "Wu"),
    # Wu: 讲闲话 is a chat (Mandarin's gossip behind one's back, 背后讲闲话, stays).
    DialectWord("讲闲话", "聊天", "Wu", before="(?<![背后人家别乱])"),
    # Taiwan Mandarin: 哈啦 is to chat (not a laugh, 哈哈, 哈啦哈啦).
    DialectWord("哈啦", "聊天", "Min (Taiwan)", before="(?<![哈啦])", after="(?![哈啦])"),
    # Yue outside a note the Cantonese gate finds: 倾计 and 倾 for a while, 吹水.
    DialectWord("倾计", "聊天", "Yue"),
    DialectWord("倾", "聊", "Yue", after="(?=了(?:一?会儿?|一阵|半天)|咗)"),
    DialectWord("吹水", "聊天", "Yue", after="(?![机管])"),
    # Jilu, Central Plains and the northeast: 叨叨 a while is a chat (not 唠叨, 絮叨, 念叨).
    DialectWord(
        "叨叨", "聊", "Jilu, Central Plains, Northeast", before="(?<![唠絮念碎])", after=_A_WHILE
    ),
    # Northern and southwest 吹牛 (吹了会牛): a casual chat with a student.
    DialectWord("吹牛", "聊天", "northern, Southwest", after="(?![皮逼])"),
    *_split_chats(),
    # Going: Southwest (Yunnan, Guizhou, Sichuan, Wuhan) 克 is 去 before a place or a trip; not
    # 克服, 巧克力, 马克思, 千克.
    DialectWord(
        "克",
        "去",
        "Southwest",
        before="(?<![马巧坦斯千公毫微攻相兆])",
        # Wuhan too: "克了趟宿舍", "克趟医院" (a trip of it, 一 left out).
        # Changsha: "克哒宿舍" (哒 for 了).
        after="(?=[了哒]?(?:宿舍|寝室|教室|食堂|医院|校医院|学院|办公室|图书馆|班上|家里|自习室|军训)|[了哒]?一?趟|[了哒]一下|咗)",
    ),
    # Guangxi and Guizhou: 摆古 is to chat, tell stories (not 摆古董).
    DialectWord("摆古", "聊天", "Guangxi, Guizhou", after="(?![董玩])"),
    # Changsha: 克 at a clause's end after a plan ("明日再克", going then).
    DialectWord("克", "去", "Xiang, Southwest", before="(?<=[再要就也先])", after=_CLAUSE_END),
    # Southwest (Sichuan, Chongqing): 摆 is to chat before a while ("摆了会儿", "摆了好久",
    # "摆了一个钟头龙门阵"; 摆一哈 and 摆龙门阵 are normalise's); not arranging or waving
    # something ("摆了半天桌子", "摆了一下手", "摆了一会儿造型").
    DialectWord(
        "摆",
        "聊",
        "Southwest",
        before="(?<![摇钟停下大])",
        after=r"(?=了?(?:一?会儿?|好久|好一阵|半天|一阵|一晚上|一下午|[\d一二两三四五半几]+个(?:多|半)?(?:钟头|小时))"
        r"(?!\S{0,2}(?:桌|椅|凳|东西|摊|酒|席|造型|姿势|手|pose|书|碗|盘|货|花|设)))",
    ),
    # Chongqing and Guizhou 摆条, Sichuan 吹垮垮: to chat (not 摆条凳子).
    DialectWord("摆条", "聊天", "Southwest (Chongqing, Guizhou)", after="(?![凳板桌鱼])"),
    DialectWord("吹垮垮", "聊天", "Southwest (Sichuan)"),
    # Going: Chongqing and Guizhou 切 is 去 as 克 is ("切寝室看了哈"); not 切菜, 亲切, 一切.
    DialectWord(
        "切",
        "去",
        "Southwest (Chongqing, Guizhou)",
        before="(?<![一亲密迫确贴关急恳深真热咬])",
        after="(?=了?(?:宿舍|寝室|教室|食堂|医院|校医院|学院|办公室|图书馆|自习室)|了?一?趟)",
    ),
    # Southwest: 屋头 is home ("去了趟小张屋头", "回屋头"); not 屋头上 (the roof's end).
    DialectWord("屋头", "家里", "Southwest", after="(?![上顶])"),
    # Tianjin and Jilu: 白唬 (白呼) a while is a chat ("跟小王白唬了半天"; not 白唬人 alone).
    DialectWord("白唬", "聊", "Jilu (Tianjin)", after=_A_WHILE),
    DialectWord("白呼", "聊", "Jilu (Tianjin)", after=_A_WHILE),
    # Henan and northeast: 蹽 (蹽了一趟) is to go, quickly.
    DialectWord("蹽", "去", "Central Plains, Northeast"),
    # Phoning.
    DialectWord("打手机", "打电话", "all"),
    # Southern Min (Xiamen, Quanzhou, Taiwan): 开讲 and 话仙 (画仙) are to chat; not a lecture
    # or a show opening (讲座开讲, 开讲啦: no while after it).
    DialectWord("开讲", "聊", "Min", before="(?<![座课堂台师])", after=_A_WHILE),
    # At a clause's end, after the one chatted with ("佮几个学生开讲"; not 讲座正式开讲).
    DialectWord("开讲", "聊", "Min", before=_AFTER_SOMEONE_WITH, after=_CLAUSE_END),
    DialectWord("话仙", "聊天", "Min"),
    DialectWord("画仙", "聊天", "Min (Taiwan)", after=_A_WHILE),
    # Jianghuai (Nanjing, Yangzhou): 韶 a while is to chatter (not 韶关, 韶华, 韶山).
    DialectWord("韶", "聊", "Jianghuai", before="(?<![韶])", after=_A_WHILE),
    # … and doubled with 了 (韶了韶 考研的事); 韶韶 alone is a manner ("韶韶去宿舍转了一圈").
    DialectWord("韶了韶", "聊了聊", "Jianghuai"),
    # Taiwan Mandarin: 巡堂 is going round the classes, 视讯 a video call, 简讯 a text
    # message and 讯息 a message (传讯息给家长).
    DialectWord("巡堂", "巡课", "Taiwan Mandarin"),
    DialectWord("视讯", "视频", "Taiwan Mandarin"),
    DialectWord("简讯", "短信", "Taiwan Mandarin"),
    DialectWord("讯息", "消息", "Taiwan Mandarin"),
    # Taiwan Mandarin (issue 17, round 18): a course failed is 被当 / 当掉 (上学期被当的科目, 微积分
    # 当掉了), as 挂科 / 挂掉; not 被当成 / 被当作 (taken for), 被当选 (elected).
    DialectWord("被当", "挂科", "Taiwan Mandarin", after="(?![成作做选])"),
    DialectWord("当掉", "挂掉", "Taiwan Mandarin", before="(?<![挡])"),
    # Taiwan Mandarin: 家庭访问 is a home visit, 亲师 (亲师座谈会, 亲师沟通) the parents and
    # the teacher (研习, a teachers' training, and 电访, a call to a home, are words of
    # `kinds.py`: 研 and 访 would open this stage's scan for many notes).
    DialectWord("家庭访问", "家访", "Taiwan Mandarin"),
    DialectWord("亲师", "家长", "Taiwan Mandarin", after="(?!信道)"),
    # Taiwan Mandarin: 班亲会 is the class's parents' meeting, 校外教学 a field trip with the
    # students, 班游 a class outing.
    DialectWord("班亲会", "家长会", "Taiwan Mandarin"),
    DialectWord("校外教学", "参观", "Taiwan Mandarin"),
    DialectWord("班游", "郊游", "Taiwan Mandarin"),
    # Hakka, Min and Yue: 食饭 is a meal (with the students); not 伙食饭菜.
    DialectWord("食饭", "吃饭", "Hakka, Min, Yue", before="(?<![伙粮主零熟肉素美甜饮膳])"),
    # Wu: 拨 is 给 after a call ("打电话拨小王姆妈", "打拨伊爷娘"); not 电话拨号, 打拨浪鼓.
    DialectWord("拨", "给", "Wu", before="(?:(?<=打)|(?<=电话))", after="(?![打通号款浪])"),
    # Wu: 只 counts a call, students and rooms as 个 does ("打了只电话", "两只学生子", "三只
    # 寝室"); not 两只猫, 一只手.
    DialectWord("只电话", "个电话", "Wu", before="(?<=[打了])"),
    # 开了只会 is 开了个会; not 只会说 (can only say).
    DialectWord("只会", "个会", "Wu", before="(?<=开了)", after="(?![说做讲写打吃玩用看])"),
    DialectWord(
        "只",
        "个",
        "Wu",
        before="(?<=[两二三四五六七八九十几\\d])",
        after="(?=学生|小人|小朋友|同学|新生|寝室|宿舍|班干部|班委|家长)",
    ),
    # Wu (and Min, Hakka, Jin): 寻 is 找 before whom it looks for ("寻小王谈了一歇", "去寻伊拉
    # 班长", Jin "寻兀个娃娃", "寻娃们"); not 寻找, 寻求, 追寻, 寻人启事, 寻思, 众里寻他千百度.
    DialectWord(
        "寻",
        "找",
        "Wu, Min, Hakka, Jin",
        before="(?<![追搜探找觅自千相])",
        after="(?=小|老|伊|侬|我|班长|班委|班干部|学生|同学|家长|辅导员|室长|几个|两个|[他她](?!千)"
        "|娃|兀|那个|这个|那几|这几|[三四五六七八九十]个)",
    ),
    # Jin and north Shaanxi: 啦话 is 拉话 typed with 啦 (not 啦啦队); 拉话 is above.
    DialectWord("啦话", "聊天", "Jin, north Shaanxi", before="(?<![啦拉])", after="(?![筒题])"),
    # Jin, Jilu and northern: 拉家常 and 拉闲话 are a chat ("跟娃娃们拉家常"; 说道说道 is
    # `WORD_GATED`'s).
    DialectWord("拉家常", "聊家常", "Jin, Jilu, northern"),
    DialectWord("拉闲话", "聊天", "Jin, Jilu"),
    # Jin: 眊 is to look, to look in on (眊一眊, 眊了眊宿舍, 去宿舍眊眊娃们); 看眊 is 看望, a
    # visit (to a sick student); no Mandarin word is written with 眊.
    DialectWord("眊", "望", "Jin", before="(?<=看)"),
    DialectWord("眊", "看", "Jin"),
    # Jin, Hebei and the northwest: 瞭 is to look (瞭了一眼自习室, 瞭一瞭, 瞭见); not 瞭望 (a
    # lookout) or 明瞭.
    DialectWord(
        "瞭", "看", "Jin, Jilu, north Shaanxi", before="(?<![明])", after="(?=了|一|瞭|下|眼|见)"
    ),
    # Jin: the 圪 words of going round and staying: 圪转 (圪转转, 圪转了一圈) is 转, 圪蹴 (to
    # squat, stay: 圪蹴在宿舍跟娃们拉话) is 待; 圪 in a place name (王圪堵, 圪针沟, 圪台) stays.
    DialectWord("圪转", "转", "Jin"),
    DialectWord("圪蹴", "待", "Jin"),
    # Jin: 相跟上 / 相跟着 is together ("和辅导员相跟上去宿舍"), and with someone before them
    # ("相跟上班长去宿舍", 跟).
    DialectWord("相跟上", "一起", "Jin, north Shaanxi", after="(?=去|来|到|回|走|转|查)"),
    DialectWord("相跟着", "一起", "Jin, north Shaanxi", after="(?=去|来|到|回|走|转|查)"),
    DialectWord("相跟上", "跟", "Jin, north Shaanxi"),
    DialectWord("相跟着", "跟", "Jin, north Shaanxi"),
    # Jin and north Shaanxi: 一搭 is together ("跟娃们一搭吃了顿饭"); not 有一搭没一搭, 一搭一档,
    # nor a day's 一 before Wu's 搭 (and): 礼拜一搭礼拜二, 周一搭周三, 十一搭.
    DialectWord(
        "一搭",
        "一起",
        "Jin, north Shaanxi",
        before="(?<![有没拜期周号日月十\\d])",
        after="(?![没一档])",
    ),
    # Wu: 张 is to look ("到寝室张张", "张了一张", "张了一眼"); not 张了张嘴, 一张张试卷, 小张张.
    *(
        DialectWord(
            word,
            look,
            "Wu",
            before="(?<![一两三几每小老大\\d])",
            after="(?![嘴口纸表卷图票照片桌床脸卡单报画])",
        )
        for word, look in (
            ("张张", "看看"),
            ("张一张", "看一看"),
            ("张了张", "看了看"),
            ("张了一张", "看了一看"),
            ("张一眼", "看一眼"),
            ("张了一眼", "看了一眼"),
        )
    ),
)

# 日 as the first character of a word (日期, 日程, 日记): not 天.
_NOT_A_DATE_WORD = "(?![期程记志常子])"

MARKERS: tuple[DialectWord, ...] = (
    # Taiwan Mandarin (and written Mandarin): 延后 is put off, 推迟 (班会先延后，时间还没确定).
    DialectWord("延后", "推迟", "Taiwan Mandarin"),
    # Southeast Asian Mandarin (and the south): 几时 is when, 什么时候 (几时开家长会还不知道: not
    # yet told; not 几时几分, the hour); Cantonese-flavoured 乜 is what (乜时候, 乜事).
    DialectWord("几时", "什么时候", _SEA, before="(?<![\\d十])", after="(?![几\\d])"),
    DialectWord("乜", "什么", _SEA, after="(?=时候|事|人|都|东西)"),
    # Southeast Asian Mandarin: 酱子 / 酱 is 这样 ("酱子的话明天再去"); 酱 the sauce (果酱,
    # 酱油, 炸酱面) stays.
    DialectWord("酱子", "这样子", _SEA, before="(?<![果豆肉辣甜面油炸番蘸虾])"),
    DialectWord(
        "酱",
        "这样",
        _SEA,
        before="(?<![果豆肉辣甜面油炸番蘸虾酱])",
        after="(?=的话|就|也|咯|啦|lor|lah|做|讲|不行|不可以|可以)",
    ),
    # Not yet with the thing first, as Southeast Asian Mandarin (and many others) writes it:
    # 宿舍还没有去, 班会还没有开 read as 还没 (还没有人 stays: no verb after it).
    DialectWord("还没有", "还没", _SEA + ", all", after="(?=[去开查打来做见谈找跟和讲])"),
    # Done: Beijing 来着 after a deed ("查寝来着"), Henan and Guanzhong 罢 after a verb ("开罢会",
    # "查罢寝"; not 罢课, 罢工, 罢了, 作罢, 也罢).
    DialectWord("来着", "了", "Beijing, Northeast", before="(?<=[\u4e00-\u9fff])"),
    # Guanzhong and Henan: 毕 after a verb of the work with its 了 (开毕了, 查毕咧; not 毕业).
    DialectWord(
        "毕", "完", "Central Plains, Guanzhong", before="(?<=[开查听谈聊看])", after="(?=了)"
    ),
    DialectWord(
        "罢",
        "完",
        "Central Plains, Guanzhong",
        before="(?<=[开查听吃谈聊打看])",
        after="(?![了工课免休手黜])",
    ),
    # Not done: Min 无 before a verb of the work (not 无法, 无需, 无人); Wu 勿曾 (not yet), 勿
    # (not; 请勿 is Mandarin), 呒没 and 呒 (not have); Beijing 甭 and Guanzhong 嫑 (don't);
    # Hakka and Yue 唔曾 (not yet).
    DialectWord(
        "无",
        "没",
        "Min",
        before="(?<![一毫并从万虚有])",
        after="(?=去|开(?!心|始|支|销)|查(?!询)|听(?!说)|打(?=电话)|联系(?!方式)|参加)",
    ),
    DialectWord("勿曾", "没", "Wu"),
    # Wu (Suzhou, Wuxi, Changzhou): 朆, 勿曾 in one character.
    DialectWord("朆", "没", "Wu (Suzhou, Wuxi, Changzhou)"),
    # Wu: 覅 / 勿要 before a verb of the work and 了 is a thing called off ("班会覅开了", "寝室勿要
    # 去了"), as 不用 …了; otherwise 勿要 is 不要 (覅 alone is regional.WU's).
    DialectWord("覅", "不用", "Wu", after="(?=[开去查来打谈][过好]?了)"),
    DialectWord("勿要", "不用", "Wu", after="(?=[开去查来打谈][过好]?了)"),
    DialectWord("勿要", "不要", "Wu", before="(?<![请切务])"),
    DialectWord("唔曾", "没", "Hakka, Yue"),
    DialectWord("勿", "不", "Wu", before="(?<![请切务])", after="(?=去|来|开|查|听|打|联系)"),
    DialectWord("呒没", "没", "Wu"),
    DialectWord("呒", "没", "Wu", after="(?=去|来|开|查|听|打|联系|人|空)"),
    DialectWord("甭", "不用", "Beijing, Northeast"),
    DialectWord("嫑", "不要", "Guanzhong, Jin"),
    # No time for it: Yue 唔得闲 (唔 alone is 不, which blocks less); Guanzhong, Henan, Jin and
    # the southwest 不得空 ("后晌不得空去宿舍").
    DialectWord("唔得闲", "没空", "Yue"),
    # A while, a little: Southwest 一哈 is 一下 ("摆了一哈", "看一哈", "转了哈"), 一哈儿 a
    # while ("等一哈儿", "一哈儿去"); not laughter (哈哈, "去查寝了哈哈").
    DialectWord("一哈儿", "一会儿", "Southwest", before="(?<!哈)"),
    DialectWord("一哈", "一下", "Southwest", before="(?<!哈)", after="(?![哈儿])"),
    DialectWord(
        "了哈", "了一下", "Southwest", before="(?<=[聊谈看转问说讲摆瞄逛找])", after="(?![哈])"
    ),
    # Done: Southwest 归一 after a deed ("弄归一了", "搞归一", finished); not 合而为一.
    DialectWord("归一", "完", "Southwest", before="(?<=[弄搞做整办收拾改写])"),
    # After a day or a holiday: Southwest 后头 ("推到国庆后头", "月底后头"), as 后; not 后
    # before 头一天 ("元旦后头一天" is the first day after it, read as it is).
    DialectWord(
        "后头",
        "后",
        "Southwest",
        before="(?:"
        + "|".join(
            f"(?<={w})"
            for w in (
                "国庆",
                "五一",
                "元旦",
                "春节",
                "清明",
                "端午",
                "中秋",
                "假期",
                "放假",
                "开学",
                "考完",
                "考试",
                "月底",
                "周末",
                "期中",
                "期末",
            )
        )
        + ")",
        after="(?![一两二三几天日个])",
    ),
    DialectWord("不得空", "没空", "Central Plains (Guanzhong, Henan), Jin, Southwest"),
    # Later: Jiaoliao 一霎 / 一霎儿 (in a moment; not 一霎间, 一霎时, an instant).
    DialectWord("一霎儿", "一会儿", "Jiaoliao"),
    DialectWord("一霎", "一会儿", "Jiaoliao", after="(?![间时那])"),
    # Later: Guanzhong 等一哈哈 (in a little while; 哈哈 alone is a laugh).
    DialectWord("一哈哈", "一会儿", "Guanzhong", before="(?<=等)"),
    # Later: Yue 阵间, Wu 等歇 and 晏歇 (a while later).
    DialectWord("阵间", "等下", "Yue"),
    DialectWord("等歇", "等下", "Wu"),
    DialectWord("晏歇", "等下", "Wu"),
    # Wu: 一歇 (歇歇) is a while ("谈了一歇", "等一歇再去"); not 歇一歇 (a rest). 晏点 is later.
    DialectWord("一歇歇", "一会", "Wu"),
    DialectWord("一歇", "一会", "Wu", before="(?<!歇)", after="(?![歇气])"),
    DialectWord("晏一点", "晚一点", "Wu, Yue"),
    DialectWord("晏点", "晚点", "Wu, Yue", before="(?<![海河清])"),
    # Wu: 辣海 / 勒海 / 勒浪 / 辣辣 (Suzhou 勒浪, 辣浪) is 在, at or doing ("我勒海寝室", "伊拉辣辣开会");
    # not 麻辣海鲜, 辣辣的 (spicy).
    DialectWord("勒海", "在", "Wu"),
    DialectWord("勒浪", "在", "Wu"),
    DialectWord("辣浪", "在", "Wu (Suzhou)"),
    DialectWord("辣海", "在", "Wu", before="(?<![麻香酸甜])", after="(?!鲜)"),
    DialectWord("辣辣", "在", "Wu", before="(?<![麻香酸甜很好火热又])", after="(?![的地])"),
    # Wu: 里向 is 里 (inside: "寝室里向", "夜里向" the night).
    DialectWord("里向", "里", "Wu"),
    # Wu: 号头 is a month ("上个号头", "号头底"); 号头 alone (a number ticket) stays.
    DialectWord("上个号头", "上个月", "Wu"),
    DialectWord("下个号头", "下个月", "Wu"),
    DialectWord("该个号头", "这个月", "Wu"),
    DialectWord("这个号头", "这个月", "Wu"),
    DialectWord("号头底", "月底", "Wu"),
    DialectWord("号头尾", "月底", "Wu"),
    # Wu: 该 is 这 before a time ("该个礼拜", "该趟"); not 该个案, 应该.
    DialectWord("该个", "这个", "Wu", after="(?=礼拜|星期|月|学期|周)"),
    DialectWord("该趟", "这次", "Wu"),
    # A few days: 日 for 天 in the south (Yue, Min, Wu, Hakka, Gan); 两日 is not the 2nd of a
    # month here (前两日, 过两日, 呢两日 these days).
    DialectWord("前两日", "前两天", "Yue, Min, Wu, Hakka, Gan", after=_NOT_A_DATE_WORD),
    DialectWord("前几日", "前几天", "Yue, Min, Wu, Hakka, Gan", after=_NOT_A_DATE_WORD),
    DialectWord("过两日", "过两天", "Yue, Min, Wu, Hakka, Gan", after=_NOT_A_DATE_WORD),
    DialectWord("过几日", "过几天", "Yue, Min, Wu, Hakka, Gan", after=_NOT_A_DATE_WORD),
    DialectWord("呢两日", "这两天", "Yue", after=_NOT_A_DATE_WORD),
    DialectWord("这两日", "这两天", "Yue, Min, Wu, Hakka, Gan", after=_NOT_A_DATE_WORD),
    # Not done: Xiang (Changsha, Hengyang) 冒 and 冒得 for 没 and 没得 ("冒去", "还冒开",
    # "冒得时间"); not 感冒, 冒雨, 冒险, 冒着, 冒出.
    DialectWord(
        "冒得", "没得", "Xiang", before="(?<![感假])", after="(?=时间|空|人|去|办法|什么|事)"
    ),
    DialectWord(
        "冒",
        "没",
        "Xiang",
        before="(?<![感假])",
        after="(?=去|来|开|查|听|打(?!扰)|联系|谈|聊|看|找|通知|参加|搞|弄|做|有)",
    ),
    # Not yet: Gan, Hui, Jianghuai and Hakka 不曾 (弗曾 in Hui and Wu), Hakka 吂 and 毋曾;
    # Hakka 毋 not (not 毋庸, 毋宁, 毋须); Eastern Min (Fuzhou) 伓 not; Southern Min 袂 cannot
    # (not 联袂, 衣袂).
    DialectWord("不曾", "没", "Gan, Hui, Jianghuai, Hakka"),
    DialectWord("弗曾", "没", "Hui, Wu"),
    DialectWord("毋曾", "没", "Hakka"),
    DialectWord("吂", "还没", "Hakka"),
    DialectWord("毋", "不", "Hakka", after="(?![庸宁须需忘])"),
    DialectWord("伓", "不", "Min (Fuzhou)"),
    DialectWord("袂", "没法", "Min", before="(?<![联分衣连])", after="(?![子角])"),
    # No time for it: Southern Min 无闲 (not 无闲暇).
    DialectWord("无闲", "没空", "Min", after="(?![暇])"),
    # Thinking of it: Yue 谂住 and 想住 (a wish, as 想).
    DialectWord("谂住", "想", "Yue"),
    DialectWord("想住", "想", "Yue"),
)

# Pronouns: 俺 is 我 (Jilu, Jiaoliao, Central Plains, Northeast; 俺们 我们), so the patterns that
# read the advisor as 我 (我没去, 替我看看, 我跟他们聊了聊) read a Shandong or Henan note too.
PRONOUNS: tuple[DialectWord, ...] = (
    DialectWord("俺", "我", "Jilu, Jiaoliao, Central Plains, Northeast"),
    # Tianjin: 介 is 这 before a time or a count ("介回人齐了", "介学期最后一回查寝", "介礼拜";
    # not 介绍, 介意, 中介, 简介) and 嘛 is 什么 before what it asks about ("嘛时候交"; 嘛 the
    # particle, 好嘛, stays).
    DialectWord(
        "介",
        "这",
        "Jilu (Tianjin)",
        before="(?<![中简媒推评引一耿])",
        after="(?=回|次|个|学期|礼拜|星期|周|月|孩子|俩|两|些|事|会儿|几天|天)",
    ),
    DialectWord("嘛", "什么", "Jilu (Tianjin)", after="(?=时候|事|都|也|玩意|样|意思)"),
    # Jin (Taiyuan, Datong, Hohhot, Yulin): 甚 is 什么 ("甚时候开班会", "做甚去了", "甚事也没
    # 闹成"); not 甚至, 甚好, 欺人太甚, 甚么.
    DialectWord("甚时候", "什么时候", "Jin, north Shaanxi"),
    DialectWord("甚会儿", "什么时候", "Jin"),
    DialectWord("甚时", "什么时候", "Jin", after="(?![间期代])"),
    DialectWord("甚事", "什么事", "Jin, north Shaanxi"),
    # 做甚, 干甚, 为甚: the verb kept, 甚 spelled (a word starting with 甚 is tried at fewer
    # places than one starting with 做).
    DialectWord("甚", "什么", "Jin, north Shaanxi", before="(?<=[做干为])", after="(?![么至])"),
    # Jin: 兀 is 那 (兀个娃娃, 兀几个, 兀搭 there, 兀会儿 then); 这搭 and 哪搭 are 这里 and 哪里;
    # not 突兀, 兀自, 兀立, 金兀术, 搭配, 搭档.
    DialectWord("兀搭", "那里", "Jin", before="(?<![突金])"),
    DialectWord("兀会儿", "那会儿", "Jin", before="(?<![突金])"),
    DialectWord("兀个", "那个", "Jin", before="(?<![突金])"),
    DialectWord("兀些", "那些", "Jin", before="(?<![突金])"),
    DialectWord("兀几个", "那几个", "Jin", before="(?<![突金])"),
    DialectWord("兀两个", "那两个", "Jin", before="(?<![突金])"),
    DialectWord("这搭", "这里", "Jin", after="(?![配档建讪车理乘载话伙桥子起界])"),
    DialectWord("哪搭", "哪里", "Jin", after="(?![配档建讪车理乘载话伙桥子起界])"),
    # Southern Min: 佮 is with (佮伊老母讲电话), 伫 at (伫宿舍; not 伫立, 伫候).
    DialectWord("佮", "跟", "Min"),
    DialectWord("伫", "在", "Min", after="(?![立候望足])"),
)

# Hours: 钟 for 钟头 in the south (Yue, Guangxi and Hainan Mandarin, Min, Hakka), in any note:
# "坐了两个半钟", "搞了一个半钟", "谈了两个多钟" (a Cantonese note folds 个钟 too, regional.py;
# 一个钟 alone is also a clock, so only the half and the more are read here).
# A whole number of them too where only a span can be meant (class: 个钟 as hours): after a
# verb's 了 ("谈了两个钟", Southeast Asian Mandarin as much as the south), after a word of
# about ("大概半个钟", "差不多一个钟", "有两个钟") or opening a clause ("，一个钟左右"); not a
# clock bought or hung ("买了一个钟" stays: 买, 挂 are no verbs of the work's time).
_A_SPAN_OF = "[一两二三四五六七八九十几半\\d]"
_HOURS_BEFORE = (
    f"(?:(?<=[谈聊讲坐搞弄陪开查等花用听看忙改补玩练]了{_A_SPAN_OF})"
    f"|(?<=[概多近快约足整少码有]{_A_SPAN_OF})"
    f"|(?<=[,;\\s]{_A_SPAN_OF}))"
)
DURATIONS: tuple[DialectWord, ...] = (
    # Hakka and Yue 点钟 after the deed is hours ("讲了一点钟", "话事半点钟"), not the clock.
    *(
        DialectWord(f"{n}点钟", f"{n}个小时", "Hakka, Yue", before="(?<=[了事谈聊讲])")
        for n in ("一", "两", "三", "半", "1", "2", "3")
    ),
    DialectWord("个半钟", "个半小时", "Yue, Guangxi, Min, Hakka", after="(?![头点表])"),
    DialectWord("个多钟", "个多小时", "Yue, Guangxi, Min, Hakka", after="(?![头点表])"),
    DialectWord(
        "个钟",
        "个小时",
        "Yue, Guangxi, Min, Hakka, " + _SEA,
        before=_HOURS_BEFORE,
        after="(?![头点表])",
    ),
)

# The week and the month: Southern Min 顶 for 上 (顶礼拜 last week, 顶个月 last month; not
# 顶礼膜拜) and 后 for 下 (后礼拜 next week).
WEEKS: tuple[DialectWord, ...] = (
    DialectWord("顶个礼拜", "上个礼拜", "Min"),
    DialectWord("顶礼拜", "上礼拜", "Min", after="(?![佛神])"),
    DialectWord("顶个月", "上个月", "Min"),
    # … and 后 for 下: 后礼拜 next week, opening a clause only (然后礼拜五, 之后礼拜一, 最后
    # 个礼拜 are Mandarin).
    DialectWord("后个礼拜", "下个礼拜", "Min", before="(?<![\u4e00-\u9fff])"),
    DialectWord("后礼拜", "下礼拜", "Min", before="(?<![\u4e00-\u9fff])"),
)

# After a student's name or pronoun (小王老爸, 伊老母, 小王的老妈), not after a verb or the
# advisor (给老妈, 我老妈: the advisor's own).
_SOMEONES = "(?<=[\u4e00-\u9fff])(?<![给跟和同与向我俺咱阮自找打])"

# Before 娃娃 that is a doll or a small child: 布娃娃, 洋娃娃, 泥娃娃, 芭比娃娃, 抓娃娃, 小娃娃
# (女娃娃 and 男娃娃 are students: 女孩子, 男孩子).
_NOT_A_DOLL_BEFORE = "(?<![布洋玩泥瓷胖比抓小毛])"
# People: the students' parents as the regions name them, spelled as the parent words the
# kinds read (爸爸, 妈妈, 家长), and the class's own cadres and the third person.
PEOPLE: tuple[DialectWord, ...] = (
    # Jin, north Shaanxi, Lanyin and Guanzhong: 娃娃 (娃娃们) are the kids, the students, spelled
    # 孩子 as an advisor calls them in Mandarin ("喊了几个娃娃拉话"; 娃 alone is normalise's); not a doll (布娃娃, 洋娃娃, 娃娃机, 娃娃脸,
    # 娃娃亲) or the advisor's own small child (小娃娃).
    DialectWord(
        "娃娃们",
        "孩子们",
        "Jin, north Shaanxi, Lanyin, Central Plains",
        before=_NOT_A_DOLL_BEFORE,
    ),
    DialectWord(
        "娃娃",
        "孩子",
        "Jin, north Shaanxi, Lanyin, Central Plains",
        before=_NOT_A_DOLL_BEFORE,
        after="(?![机脸亲菜鱼音头])",
    ),
    # Gan, Wu and Hui: 爷娘 the parents (father and mother).
    DialectWord("爷娘", "父母", "Gan, Wu, Hui", before="(?<![老])", after="(?![娘])"),
    # Xiang (Changsha): 爷老子 father, 娘老子 mother.
    DialectWord("爷老子", "父亲", "Xiang"),
    DialectWord("娘老子", "母亲", "Xiang, northern"),
    # Xiang (Changsha): 妹陀 / 妹坨 a girl, in an advisor's note a student (伢子 is folded in
    # normalise); not 陀螺.
    DialectWord("妹陀", "女同学", "Xiang", after="(?![螺])"),
    DialectWord("妹坨", "女同学", "Xiang"),
    # Eastern Min (Fuzhou): 依爹 / 依爸 father, 依奶 / 依妈 mother, 依嬷 grandmother (not 依妈妈
    # 的意思, according to mum).
    DialectWord("依爹", "爸爸", "Min (Fuzhou)"),
    DialectWord("依爸", "爸爸", "Min (Fuzhou)", after="(?!爸)"),
    DialectWord("依奶", "妈妈", "Min (Fuzhou)", after="(?!奶)"),
    DialectWord("依妈", "妈妈", "Min (Fuzhou)", after="(?!妈)"),
    DialectWord("依嬷", "奶奶", "Min (Fuzhou)"),
    # Southern Min, Hakka, Taiwan and Southeast Asian Mandarin: 阿公 grandfather (a student's
    # grandparents bring many up); not 阿公司 (a firm's name after 阿).
    DialectWord("阿公", "爷爷", "Min, Hakka, " + _SEA, after="(?![司园])"),
    # Southern Min and Taiwan: 阿嬷 grandmother.
    DialectWord("阿嬷", "奶奶", "Min, Taiwan Mandarin"),
    # Hakka, Min, Yue and Wu: 阿爸 father, 阿妈 / 阿姆 / 阿母 mother (not 阿姆斯特丹).
    DialectWord("阿爸", "爸爸", "Hakka, Min, Yue, Wu", after="(?!爸)"),
    DialectWord("阿妈", "妈妈", "Hakka, Min, Yue, Wu", after="(?!妈)"),
    DialectWord("阿姆", "妈妈", "Hakka", after="(?![斯])"),
    DialectWord("阿母", "妈妈", "Min (Taiwan)"),
    # Min, Hakka, Hainan and Taiwan: 老爸 and 老母 (老妈) after a student's name (小王老爸,
    # 伊老母); not the advisor's own ("给老妈打了电话", "我老妈"), 老母鸡, 老母亲, 老妈子.
    DialectWord("老爸", "爸爸", "Min, Hakka, Hainan, Taiwan Mandarin", before=_SOMEONES),
    DialectWord(
        "老母", "妈妈", "Min, Hakka, Yue, Hainan", before=_SOMEONES, after="(?![鸡猪亲牛羊狗])"
    ),
    DialectWord(
        "老妈", "妈妈", "Min, Hakka, Hainan, Taiwan Mandarin", before=_SOMEONES, after="(?![妈子])"
    ),
    # Southern Min: 序大 (序大人) the elders, the parents.
    DialectWord("序大人", "家长", "Min"),
    DialectWord("序大", "家长", "Min"),
    # Taiwan Mandarin: 班代 (班代表) is the class's monitor, 班长.
    DialectWord("班代表", "班长", "Taiwan Mandarin", after="(?!大会)"),
    DialectWord("班代", "班长", "Taiwan Mandarin", after="(?!表大会)"),
    # Taiwan Mandarin: 导生 are a teacher's advisees, the students (not 导生制).
    DialectWord("导生", "学生", "Taiwan Mandarin", after="(?![制])"),
    # Gan, Hui and Hakka: 渠 (渠们) is he (they) after a preposition ("跟渠谈了一下"); not
    # 渠道, 水渠.
    DialectWord(
        "渠们", "他们", "Gan, Hui, Hakka", before="(?<=[跟同和给帮找叫喊让问对与把请带陪送])"
    ),
    DialectWord(
        "渠",
        "他",
        "Gan, Hui, Hakka",
        before="(?<=[跟同和给帮找叫喊让问对与把请带陪送])",
        after="(?![道])",
    ),
    # … and before the family it has ("渠屋里人来学校哩", "渠妈妈"); not 水渠, 沟渠.
    DialectWord(
        "渠",
        "他",
        "Gan, Hui, Hakka",
        before="(?<![水沟河灌暗明支干修挖])",
        after="(?=屋里|屋下|家里|家长|爸|妈|娘|老子|阿爸|阿妈)",
    ),
    # Wu: 爹爹 (Shanghai) and 好婆 (Suzhou), 阿娘 (Ningbo) the grandparents who bring a student
    # up; 屋里 / 家里大人 the parents at home (大人 alone is an adult); 姆妈 is regional.WU's,
    # which finds a Wu note by it.
    DialectWord("爹爹", "爷爷", "Wu"),
    DialectWord("好婆", "奶奶", "Wu (Suzhou)"),
    DialectWord("阿娘", "奶奶", "Wu (Ningbo, Shanghai)"),
    DialectWord("屋里大人", "家长", "Wu"),
    DialectWord("家里大人", "家长", "Wu, southern Mandarin"),
    # 娘 after a student's name or a Wu he ("打电话拨小王娘", "伊娘", "渠娘"); not 小姑娘, 新娘.
    DialectWord(
        "娘",
        "妈妈",
        "Wu",
        before="(?:(?<=小[^姑新伴\\W\\d])|(?<=[伊渠俚]))",
        after="(?![家子们老])",
    ),
)

# Places: a student's home (the northeast's 寝 for the dorm room, 回寝, is a word of
# `kinds.py`: a table entry of one character as common as 寝 would open this stage's scan for
# one note in ten).
PLACES: tuple[DialectWord, ...] = (
    # Xiang, Gan and the southwest: 屋里人 is the family at home ("跟渠屋里人打了电话").
    DialectWord("屋里人", "家里人", "Xiang, Gan, Southwest"),
    # Hakka: 屋下 is home ("去佢屋下家访").
    DialectWord("屋下", "家里", "Hakka", before="(?<![房])", after="(?![面边头])"),
    # Min (Fuzhou, Xiamen, Chaoshan, Taiwan): 厝 is a house, a home (厝里, 伊厝); not 浮厝.
    DialectWord("厝", "家", "Min", before="(?<![浮暂停安丘])", after="(?![火])"),
)

# A student's own, before 大人 or 老人 (Jin: the parents): 娃 (娃娃, 娃们), 学生, 同学, 孩子,
# a pronoun, and each of them or a 小 name with 的.
_OF_A_STUDENTS_OWN = (
    "(?:(?<=[娃生学子他她]的)|(?<=娃们的)|(?<=小[\u4e00-\u9fff]的)|(?<=娃)|(?<=娃们))"
)
# A 小 name without 的 too (小王大人); not 其他 (其他大人, the other adults) or 小孩大人.
_OF_A_STUDENT = (
    "(?:"
    + _OF_A_STUDENTS_OWN
    + "|(?<=学生)|(?<=同学)|(?<=孩子)|(?<=[他她])|(?<=小[\u4e00-\u9fff]))"
    "(?<!其他)(?<!其他的)(?<!小孩)"
)

# Words of common characters only (大人, 老人, 打问, 说道说道): the character gate would open
# this stage's scan for them in one note in fifty more, so they are folded on their own, only
# in a note where one of the words itself stands, before the other tables (their lookbehinds
# read the note as typed: 娃娃的大人, not 孩子的大人).
WORD_GATED: tuple[DialectWord, ...] = (
    # Jin (and Jilu, Central Plains): a student's 大人 and 老人 are the parents ("兀个娃的大人",
    # "给娃娃大人打了电话", "两个娃娃的老人", "小王大人"), and so is 家里人 after a student's 的
    # ("学生的家里人"); not 大人物, 大人不记小人过, 成熟的大人 (after no student), 他老人家.
    DialectWord(
        "大人",
        "家长",
        "Jin, Jilu, Central Plains",
        before=_OF_A_STUDENT,
        after="(?!物|不记|有大量)",
    ),
    DialectWord("老人", "家长", "Jin", before=_OF_A_STUDENT, after="(?!家)"),
    DialectWord("家里人", "家长", "Jin, all", before=_OF_A_STUDENTS_OWN),
    # Jin and north Shaanxi: a student's 大大 is the father, 老子 too (他大大, 娃他老子, Jilu and
    # Central Plains as well); not 大大咧咧 (咧 may be 了 by now), 大大方方, 大大的 (big), 老子
    # alone (I, boasting).
    DialectWord(
        "大大", "爸爸", "Jin, north Shaanxi", before="(?<=[他她娃])", after="(?![咧了方小的地])"
    ),
    DialectWord("老子", "父亲", "Jin, Jilu, Central Plains", before="(?<=[他她娃])(?<!爷)"),
    # Jin and north Shaanxi: 打问 is to ask, inquire ("跟他大人打问了一下情况").
    DialectWord("打问", "问", "Jin, Central Plains (Guanzhong), Lanyin"),
    # Jin, Jilu and the northeast: 说道说道 is to talk it over ("跟他说道说道"; not 说道 alone,
    # 能说会道).
    DialectWord("说道说道", "聊聊", "Jin, Jilu, Northeast"),
    DialectWord("说道了说道", "聊了聊", "Jin, Jilu, Northeast"),
    # Jin: 解不下 is not to understand ("他解不下高数"); not 解不下来 (cannot untie it).
    DialectWord("解不下", "搞不懂", "Jin", after="(?![来去])"),
    # Jin, Hebei and the northeast: 多会儿 and 多咱 are when ("多会儿开班会还不知道"); not a
    # while (没多会儿, 不多会儿, 待了多会儿).
    DialectWord("多咱", "什么时候", "Jin, Jilu, Northeast"),
    # Jianghuai (Nanjing, Yangzhou): 多晚 is when ("班会多晚开还没定"); not how late (开到多晚,
    # 多晚都行, 弄得多晚).
    DialectWord(
        "多晚",
        "什么时候",
        "Jianghuai (Nanjing, Yangzhou)",
        before="(?<![到得了玩忙聊谈])",
        after="(?=开|去|查|交|来|再|能|要|才|回|定|考|放|上|走)",
    ),
    DialectWord(
        "多会儿",
        "什么时候",
        "Jin, Jilu, Beijing",
        before="(?<![没不好一了待呆坐等聊谈说过])",
        after="(?=开|去|查|交|来|再|能|要|才|回|定|考|放|上|走)",
    ),
)
_WORD_GATE_RE = re.compile("|".join(sorted({re.escape(e.word) for e in WORD_GATED})))

# (word, before, after, standard): a word may stand for two standard words in two contexts
# (勿要 is 不用 before a thing called off, 不要 elsewhere).
_ALL = tuple((e.word, e.before, e.after, _day_standard(e)) for e in DAY_WORDS) + tuple(
    (e.word, e.before, e.after, e.standard)
    for e in VERBS + MARKERS + PRONOUNS + DURATIONS + WEEKS + PEOPLE + PLACES
)
# A character of every word, the one notes have least (the first that is not a common one):
# most notes have none of them, and one set test spares them the scan.
_COMMON = set("打了一会天日个上下后前今明昨晚早中午大去来和跟同小我他拉月过多班开家电校老礼")
# A split chat's verb is folded only before its object, whose entry holds the gate.
GATE = "".join(
    sorted(
        {
            next((ch for ch in word if ch not in _COMMON), word[0])
            for word, _, after, _ in _ALL
            if not (len(word) == 1 and after.startswith("(?=(?:"))
        }
    )
)
_GATE_RE = re.compile(f"[{GATE}]")


def word_fold(entries: Iterable[tuple[str, str, str, str]]) -> Callable[[str], str]:
    """A function spelling each (word, before, after, standard) entry found in a text as its
    standard word: longer words first, each tried only where its first two characters stand
    (gates.FirstCharScan: one alternation of them all, each behind its lookbehind, cost more
    than the rest of the stage). `literary.py` folds its register the same way."""
    ordered = sorted(entries, key=lambda e: -len(e[0]))
    scan = FirstCharScan(
        (i, f"{before}{re.escape(word)}{after}")
        for i, (word, before, after, _) in enumerate(ordered)
    )
    return lambda text: scan.sub(lambda index, _m: ordered[index][3], text)


_FOLD = word_fold(_ALL)
_WORD_GATED_FOLD = word_fold((e.word, e.before, e.after, e.standard) for e in WORD_GATED)


def fold_dialects(norm: str) -> str:
    """`norm` with the regional words of the tables above spelled in standard words."""
    if _WORD_GATE_RE.search(norm) is not None:
        norm = _WORD_GATED_FOLD(norm)
    if _GATE_RE.search(norm) is None:
        return norm
    return _FOLD(norm)
