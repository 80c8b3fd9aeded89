"""The literary written register (文言 flavoured 书面语) as tables, spelled in standard words.

Older scholars, in the humanities-minded south (Suzhou, Shaoxing, Fuzhou …) above all, keep
short notes and diaries in a semi-classical register: "昨赴三号舍，诸生皆在", "今晨召班委议事",
"午后致电李生之父", "拟明日巡舍，因雨未果". Read by `regional.fold_regional` before the
dialect tables, each word becomes the standard word the later stages read:

- `DAYS`: 昨 before a deed (昨赴, 昨晤), 昨夕, 今夕, 是日, 越日, 薄暮, 入夜, 午后, the
  numerals 廿 and 卅, 月杪, 数日前, and a day counted from a festival or a solar term in 日
  (立冬后二日, 寒露次日, 霜降日).
- `VERBS`: going (赴, 诣, 莅, 往 / 至 before a place), the dorm round (巡舍, 察寝, 三号舍),
  the class visit (察课, 晚修), talks (晤, 晤谈, 叙谈), meetings (召, 集, 议事), letters
  and calls home (函告, 致函, 去电), a home visit (访 … 家) and taking students (偕, 率, 观).
- `PEOPLE`: 诸生, 某生, a surname with 生 (王生 is 王同学), 二生 … 九生, 数生, 其父, 其母,
  之父, 其亲.
- `MARKERS`: a plan (拟, 欲 a wish), not done (未果, 未成, 未往, 未 before a verb of the
  register), moved (延至), done (矣), and counts (凡三人 is 共三人).

Most of these characters are ordinary Mandarin inside other words (生 in 学生 and 生日, 赴 in
赴约, 视 in 电视, 访 in 访问学者, 召 in 号召, 集 in 集合, 是日 in 是日语课): an entry has
the `before` / `after` lookarounds that keep those, and `tests/parsing/test_classical.py`
has a note for each. The entries are `dialects.DialectWord`s (region "literary") folded the
way the dialect tables are, longer words first, and only in a note the register's own words
mark (`is_literary`: 诸生, 赴, 晤, 巡舍, 是日, 未果, 其父, 王生 …), so 昨, 今, 往 or 凡 in a
modern note are never touched.
"""

from __future__ import annotations

import re

from bot.parsing.dialects import DialectWord, word_fold
from bot.parsing.gates import auto_gated

_REGISTER = "literary"
_NUMERAL = "[\\d一二两三四五六七八九十]"

# The festivals and solar terms the date forms read by name (date_forms "holiday"), and the
# weather-named terms they read only as a day (大雪那天): a day counted from one in 日.
_FEASTS = (
    "立春",
    "立夏",
    "立秋",
    "立冬",
    "春分",
    "秋分",
    "冬至",
    "夏至",
    "寒露",
    "处暑",
    "惊蛰",
    "芒种",
    "谷雨",
    "清明",
    "重阳",
    "中秋",
    "端午",
    "元旦",
    "国庆",
    "除夕",
    "元宵",
    "腊八",
    "七夕",
)
_WEATHER_TERMS = ("大雪", "小雪", "大寒", "小寒", "雨水", "白露", "霜降", "小满", "大暑", "小暑")
_AFTER_A_FEAST = "(?:" + "|".join(f"(?<={w})" for w in _FEASTS) + ")"
_NOT_AFTER_A_FEAST = "".join(f"(?<!{w})" for w in _FEASTS)

# 昨 alone is yesterday before a deed ("昨赴三号舍", "昨与王生晤谈"); not 昨天, 昨晚, 昨夜 …
# nor a slip of handwriting for one (昨夫, 昨晩: shapes.py reads those).
_DEEDS = "赴诣往至莅巡视察晤谈叙召集议致去函访走偕率携听旁列与见约同和跟到在于开查给带陪找为又再"
_A_DEED_AHEAD = f"(?=[{_DEEDS}])"

# What a person word of the register may start with, as the note writes it (the lookarounds
# see the note before this stage folds it): 诸生, 王生, 二生, 全班, 班委 …
_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡杜叶程"
    "苏魏丁任沈姚卢姜崔钟谭陆汪金廖贾夏韦邹孟熊秦邱尹薛闫段侯史陶黎贺顾郝龚邵钱严覃戴孔汤"
)
# 生 after a surname that starts another word: 高生产, 长江生态, 黄金生活, 杨生日.
_NOT_A_STUDENT_AFTER = "(?![活日命病产长物态意涯理动气成存前平育殖词肖字源效息死还火疏硬辰])"
_PEOPLE_AHEAD = (
    f"(?=诸生|全班|全体|班委|班干|学生|同学|该生|某生|其|[{_SURNAMES}]生|{_NUMERAL}生|数生)"
)
# A place of the work after 往 / 至 (往三号舍, 至宿舍, 至其家); not 往往, 至今, 甚至.
_PLACE_AHEAD = (
    f"(?={_NUMERAL}+号|宿舍|寝室|教室|课堂|医院|校医院|办公室|其家|学院|会场|图书馆|食堂|博物馆"
    "|[东西南北]区|自习室|机房|操场|[男女]生宿舍)"
)


# A meeting named after the group called (召班委议事, 召集全班开班会).
_NO_MEETING_AFTER = "(?![^，。,；;]{0,8}(?:议事|开会|会议|班会|会))"


def _counted_days() -> tuple[DialectWord, ...]:
    """立冬后二日, 寒露次日, 重阳前一日, 霜降日: a day counted from a feast, in 天 (the
    date forms count 立冬后两天)."""
    out = [
        DialectWord("次日", "后一天", _REGISTER, before=_AFTER_A_FEAST),
        DialectWord("翌日", "后一天", _REGISTER, before=_AFTER_A_FEAST),
        DialectWord("前一日", "前一天", _REGISTER, before=_AFTER_A_FEAST),
    ]
    for n in "一二两三四五六七":
        out.append(DialectWord(f"后{n}日", f"后{n}天", _REGISTER, before=_AFTER_A_FEAST))
        out.append(DialectWord(f"前{n}日", f"前{n}天", _REGISTER, before=_AFTER_A_FEAST))
    for feast in _FEASTS:
        # 重阳日, 立冬日: the feast's day (not 国庆日记).
        out.append(DialectWord(f"{feast}日", f"{feast}当天", _REGISTER, after="(?![记子志])"))
    for term in _WEATHER_TERMS:
        # 霜降日 is the day of the term; 小雪日 not 小雪日记.
        out.append(DialectWord(f"{term}日", f"{term}当天", _REGISTER, after="(?![记子志])"))
        out.append(DialectWord(f"{term}次日", f"{term}当天第二天", _REGISTER))
    return tuple(out)


# A day of the month alone is a date before a break or a deed (廿三，赴三号舍; 廿三巡舍).
_DATE_ALONE = f"(?=[,，、;；:：\\s{_DEEDS}])"
# 是 as "is" before 日 / 晚 / 夜: 要是日后, 说是夜里, 就是晚上.
_NOT_A_COPULA = "(?<![要若但总倒还就可正只真也都又不说像算便即于凡])"

DAYS: tuple[DialectWord, ...] = (
    DialectWord("昨", "昨天", _REGISTER, after=_A_DEED_AHEAD),
    DialectWord("昨夕", "昨天晚上", _REGISTER),
    DialectWord("昨宵", "昨天晚上", _REGISTER),
    DialectWord("昨晨", "昨天早上", _REGISTER),
    DialectWord("昨暮", "昨天傍晚", _REGISTER),
    DialectWord("昨午后", "昨天下午", _REGISTER),
    DialectWord("昨午", "昨天中午", _REGISTER, after="(?!后)"),
    DialectWord("今夕", "今天晚上", _REGISTER),
    DialectWord("今宵", "今天晚上", _REGISTER),
    DialectWord("今暮", "今天傍晚", _REGISTER),
    DialectWord("今午后", "今天下午", _REGISTER),
    DialectWord("今午", "今天中午", _REGISTER, after="(?!后)"),
    DialectWord("明晨", "明天早上", _REGISTER),
    DialectWord("明夕", "明天晚上", _REGISTER),
    DialectWord("午后", "下午", _REGISTER, before="(?<![昨今明])"),
    DialectWord("薄暮", "傍晚", _REGISTER),
    DialectWord("入夜", "晚上", _REGISTER, after="(?!后)"),
    DialectWord("入夜后", "晚上", _REGISTER),
    # 是日 that day (as 当天); not 是日语课, 要是日后, 是日常.
    DialectWord(
        "是日",
        "当天",
        _REGISTER,
        before=_NOT_A_COPULA,
        after="(?![语本元文记志常子程期后益前])",
    ),
    DialectWord("是晚", "当晚", _REGISTER, before=_NOT_A_COPULA, after="(?![上间饭会自了])"),
    DialectWord("是夕", "当晚", _REGISTER),
    DialectWord("是夜", "当晚", _REGISTER, before=_NOT_A_COPULA, after="(?![里间晚色空景])"),
    # 越日 the next day (as 次日); not 超越日, 跨越日期.
    DialectWord("越日", "次日", _REGISTER, before="(?<![超跨穿飞逾卓优])", after="(?![期])"),
    DialectWord("是晨", "当天早上", _REGISTER, before=_NOT_A_COPULA),
    DialectWord("是午", "当天中午", _REGISTER, before=_NOT_A_COPULA),
    # 翌日 before a plan is the day after the note's (一生之母屡次来电，翌日拟往其家一访: tomorrow).
    DialectWord("翌日", "明天", _REGISTER, before=_NOT_AFTER_A_FEAST, after="(?=拟|将|再)"),
    DialectWord("翌晨", "第二天早上", _REGISTER),
    DialectWord("翌夕", "第二天晚上", _REGISTER),
    DialectWord("次夕", "第二天晚上", _REGISTER),
    DialectWord("次晨", "第二天早上", _REGISTER),
    # The numerals of dates: 廿三日 is the 23rd, 卅日 the 30th.
    DialectWord("廿", "二十", _REGISTER),
    # 廿三 alone heads a diary's entry as the 23rd ("廿三，赴三号舍"; not 廿三人; after a month,
    # 正月廿三, the month's own form reads it).
    *(
        DialectWord(f"廿{d}", f"二十{d}日", _REGISTER, before="(?<!月)", after=_DATE_ALONE)
        for d in "一二三四五六七八九"
    ),
    DialectWord("卅", "三十", _REGISTER),
    DialectWord("月杪", "月底", _REGISTER),
    # The lunar month's first day (朔日, 朔): 初一日, which the date forms read as 初六 is.
    DialectWord("朔日", "初一日", _REGISTER),
    DialectWord("数日前", "前几天", _REGISTER),
    DialectWord("前数日", "前几天", _REGISTER),
    # 三日后 is three days on, not the 3rd (十一月三日后, after a month, is).
    *(
        DialectWord(f"{n}日后", f"{n}天后", _REGISTER, before="(?<![月\\d一二三四五六七八九十])")
        for n in "一二两三四五六七八九十"
    ),
    # 今 and 明 alone before a deed: 今赴三号舍, 拟明召班委 (not 如今, 至今, 说明, 明确).
    DialectWord(
        "今", "今天", _REGISTER, before="(?<![如至迄而古当现即从自于])", after=_A_DEED_AHEAD
    ),
    DialectWord(
        "明",
        "明天",
        _REGISTER,
        before="(?:(?<![^,，。;；:：\\s])|(?<=[拟将欲须当]))",
        after=_A_DEED_AHEAD,
    ),
    *_counted_days(),
)

VERBS: tuple[DialectWord, ...] = (
    # Going: 赴 (not 赴约, 赴宴, 全力以赴, 奔赴 and 赶赴 are going already), 诣 (not 造诣), 莅.
    DialectWord("赴", "去", _REGISTER, before="(?<![奔赶以前])", after="(?![约宴汤任职考会死难])"),
    DialectWord("诣", "去", _REGISTER, before="(?<![造])"),
    DialectWord("莅临", "来到", _REGISTER),
    DialectWord("莅", "去", _REGISTER, after="(?!临)"),
    DialectWord("往", "去", _REGISTER, before="(?<![前来交以向既过往])", after=_PLACE_AHEAD),
    DialectWord("至", "去", _REGISTER, before="(?<![甚以乃截直及冬夏自至])", after=_PLACE_AHEAD),
    # The dorm round: 巡舍, 巡寝, 察寝, 视舍 are 查寝; 三号舍 is 三号宿舍.
    DialectWord("巡舍", "查寝", _REGISTER),
    DialectWord("巡寝", "查寝", _REGISTER),
    DialectWord("察寝", "查寝", _REGISTER),
    DialectWord("察舍", "查寝", _REGISTER),
    DialectWord("视舍", "查寝", _REGISTER, before="(?<![监注审凝])"),
    DialectWord("视寝", "查寝", _REGISTER),
    DialectWord("巡", "巡视", _REGISTER, after=f"(?={_NUMERAL}+号舍|宿舍|寝室|男舍|女舍)"),
    # 巡三号楼, 巡东区: the round of the dorm buildings.
    DialectWord("巡", "查寝", _REGISTER, after=f"(?={_NUMERAL}+(?:号楼|栋|幢)|[东西南北]区)"),
    DialectWord("号舍", "号宿舍", _REGISTER, before=f"(?<={_NUMERAL})"),
    DialectWord("诸舍", "各宿舍", _REGISTER),
    # Buildings listed by number, then their count in 舍 (五号、七号两舍: two dorm buildings).
    *(DialectWord(f"{n}舍", f"{n}栋宿舍", _REGISTER, before="(?<=号)") for n in "两二三"),
    DialectWord("斋舍", "宿舍", _REGISTER),
    # The night round: 查夜, 巡夜 (not 巡夜人 a watchman).
    DialectWord("查夜", "查寝", _REGISTER, after="(?![班间])"),
    DialectWord("巡夜", "查寝", _REGISTER, after="(?![人])"),
    # The class visit: 察课, 察晚修 (晚修 is the evening study, as in Guangdong).
    DialectWord(
        "察", "查", _REGISTER, before="(?<![观考视警检督洞觉侦勘纠])", after="(?=课|晚|早读|自习)"
    ),
    DialectWord("晚修", "晚自习", _REGISTER),
    # Jiangsu and Zhejiang schools: 晚自修, 早自修 are the evening and morning study.
    DialectWord("自修", "自习", "literary, Wu", before="(?<=[晚早])"),
    # Talks: 晤 is to see and talk (晤诸生, 晤其父母); not 会晤 between officials. 叙谈 is 交谈,
    # which after a parent met is the parent's talk (晤其父母，叙谈良久).
    DialectWord("晤谈", "谈话", _REGISTER),
    DialectWord("晤面", "面谈", _REGISTER),
    DialectWord("晤", "约谈", _REGISTER, before="(?<![会])", after="(?![谈面])"),
    DialectWord("约见", "约谈", _REGISTER),
    DialectWord("叙谈", "交谈", _REGISTER),
    DialectWord("叙话", "谈话", _REGISTER),
    # Meetings: 召 is to call (召班委议事, 召诸生); not 号召, 召回, 感召, 召唤.
    # Calling the class or its officers together is their meeting (召诸生 … is 召集全班同学
    # 开会) unless the note names the meeting after it (召班委议事).
    *(
        DialectWord(
            f"{verb}{group}",
            f"召集{standard}{meeting}",
            _REGISTER,
            before="(?<![号感召])",
            after="(?!同学|学生|干部|成员)" + after,
        )
        for verb in ("召集", "召", "集")
        for group, standard in (("诸生", "全班同学"), ("全班", "全班"), ("班委", "班委"))
        for meeting, after in (("开会", _NO_MEETING_AFTER), ("", ""))
    ),
    DialectWord(
        "召",
        "召集",
        _REGISTER,
        before="(?<![号感征应传奉宣])",
        after="(?![开集唤回见募])" + _PEOPLE_AHEAD,
    ),
    DialectWord(
        "集", "召集", _REGISTER, before="(?<![召收采汇聚密搜募])", after="(?=全班|全体|班委|班干)"
    ),
    DialectWord("议事", "开会", _REGISTER, after="(?![厅日规])"),
    # 议 at a clause's start before its matter (召集全班，议春游事): the meeting's topic.
    DialectWord(
        "议", "讨论", _REGISTER, before="(?<![^,，、;；\\s])", after="(?=[^，。,；;]{1,8}事)"
    ),
    # Letters and calls home: 函告 / 致函 / 去函 write to, 去电 call (not 去电影院).
    DialectWord("函告", "联系", _REGISTER),
    DialectWord("致函", "联系", _REGISTER),
    DialectWord("去函", "联系", _REGISTER),
    DialectWord("修书", "写信联系", _REGISTER),
    DialectWord("电询", "打电话问", _REGISTER),
    DialectWord("电告", "打电话告知", _REGISTER),
    DialectWord(
        "去电", "打电话给", _REGISTER, after=f"(?=家长|其|他|她|该生|某生|[{_SURNAMES}]生)"
    ),
    # A home visit: 访 before a home (访王生家, 访其家); not 访问学者, 采访, 走访 itself.
    DialectWord(
        "访",
        "走访",
        _REGISTER,
        before="(?<![走家拜采查寻造回互来出专暗探])",
        after="(?=[^，。,；;\\s]{0,3}家(?!长))",
    ),
    # Taking students: 偕 / 率 / 携 before the students are 带; 观 after them is 参观.
    DialectWord("偕", "带", _REGISTER, after=_PEOPLE_AHEAD),
    DialectWord("携", "带", _REGISTER, after=_PEOPLE_AHEAD),
    DialectWord("率", "带", _REGISTER, before="(?<![效比概频速功利税汇率])", after=_PEOPLE_AHEAD),
    DialectWord("观", "参观", _REGISTER, before="(?<=生|班)", after="(?![察点念看众测望])"),
)


def _surname_students() -> tuple[DialectWord, ...]:
    return tuple(
        DialectWord(f"{s}生", f"{s}同学", _REGISTER, after=_NOT_A_STUDENT_AFTER) for s in _SURNAMES
    )


PEOPLE: tuple[DialectWord, ...] = (
    DialectWord("诸生", "同学们", _REGISTER),
    DialectWord("某生", "某同学", _REGISTER),
    *_surname_students(),
    # 二生 … 九生 are that many students; not 三生有幸, 三生石, 一生, 二生三.
    *(
        DialectWord(
            f"{n}生",
            f"{n if n != '二' else '两'}名同学",
            _REGISTER,
            before="(?<![\\d一二两三四五六七八九十第])",
            after="(?![有石万三])",
        )
        for n in "二两三四五六七八九"
    ),
    DialectWord("数生", "几名同学", _REGISTER),
    # Colleagues: 同仁 (与同仁交流心得 is no talk with a student).
    DialectWord("同仁", "同事", _REGISTER, after="(?![堂医])"),
    DialectWord("其父母", "他父母", _REGISTER),
    DialectWord("其父", "他父亲", _REGISTER, after="(?![母亲])"),
    DialectWord("其母", "他母亲", _REGISTER, after="(?![亲])"),
    DialectWord("之父", "的父亲", _REGISTER, after="(?![母亲])"),
    DialectWord("之母", "的母亲", _REGISTER, after="(?![亲])"),
    DialectWord("其亲", "家长", _REGISTER, after="(?![自切属密人戚身近])"),
)

MARKERS: tuple[DialectWord, ...] = (
    # A plan: 拟 (not 模拟, 虚拟, 草拟, 拟定 a draft); a wish: 欲 (not 欲望, 食欲).
    DialectWord("本拟", "本来打算", _REGISTER),
    DialectWord("原拟", "本来打算", _REGISTER),
    DialectWord("拟", "打算", _REGISTER, before="(?<![模虚草比])", after="(?![定稿写人题订制就])"),
    DialectWord("欲", "想", _REGISTER, before="(?<![食私情意贪色爱物求])", after="(?![望])"),
    # Not done.
    # Called off in a clause of its own (拟巡舍，因雨作罢; 欲召班委议事，未果): 取消了.
    DialectWord("未果", "取消了", _REGISTER),
    DialectWord("作罢", "取消了", _REGISTER),
    DialectWord("未成行", "没去成", _REGISTER),
    DialectWord("不果", "取消了", _REGISTER),
    DialectWord("未克", "没能", _REGISTER),
    DialectWord("未及", "没来得及", _REGISTER),
    DialectWord("未遑", "没空", _REGISTER),
    # Put off with no day: 暂缓 (班会暂缓).
    DialectWord("暂缓", "推迟了", _REGISTER, after="(?![^，。,；;]{0,4}(?:至|到))"),
    DialectWord("未成", "取消了", _REGISTER, after="(?![年功])"),
    DialectWord("未通", "没打通", _REGISTER, after="(?![过知报])"),
    DialectWord("未往", "没去", _REGISTER),
    DialectWord("未赴", "没去", _REGISTER),
    DialectWord("未", "没", _REGISTER, after="(?=巡|诣|召|晤|察|视|访|致|函|集)"),
    # No longer: 不复巡舍 (不复 is 不再).
    DialectWord("不复", "不再", _REGISTER),
    # Moved to a named day: 延至周五 (not 延至今日).
    DialectWord("延至", "改到", _REGISTER, after="(?!今)"),
    # Done.
    DialectWord("矣", "了", _REGISTER),
    # Hours: 谈半时许, 共计两时许, 叙谈约二时许, "，约一时许" (so long, after a talk or a total); not
    # 下午三时许 nor 至十时许, clock times.
    DialectWord(
        "时许",
        "小时左右",
        _REGISTER,
        before="(?:(?<=[谈叙坐留共计历达凡逾各][一两二三四五六七八九半])|(?<=[,，谈话]约[一两二三四五六七八九半]))",
    ),
    # Counts: 凡三人 and 计三人 are 共三人.
    DialectWord("凡", "共", _REGISTER, before="(?<![平非])", after=f"(?={_NUMERAL}+[人名位个间])"),
    DialectWord(
        "计",
        "共",
        _REGISTER,
        before="(?<![共统合估会设总算预伙审])",
        after=f"(?={_NUMERAL}+[人名位])",
    ),
)

_ALL = DAYS + VERBS + PEOPLE + MARKERS

# A note written in the register: a character or a word only it uses (诸生, 赴, 晤, 巡舍, 是日,
# 未果, 其父, 王生 …). Most notes have none, and three searches spare them the scan (one
# regex of them all costs twice the three); the common characters' words (昨 and 今 before a
# deed, 凡, 计, 往, 至) are folded only in such a note.
_NOTE_CHARS_RE = re.compile("[诸赴诣莅晤巡察拟欲矣廿卅杪偕携函夕宵暮翌越朔斋叙]")
_NOTE_STUDENT_RE = re.compile(f"[{_SURNAMES}二两三四五六七八九数某]生")
_NOTE_WORDS_RE = auto_gated(
    "召(?!开)|是[日晚夜晨午]|未[果成往赴克及遑]|作罢|不[果复]|时许|[其之][父母亲]|议事|暂缓|延至"
    "|查夜|自修|晚修|同仁|约见|电[询告]|去电|[昨今]午|号舍|视[寝舍]|集(?:全班|班委|全体|班干)"
)


def is_literary(norm: str) -> bool:
    """Whether `norm` holds a character or a word only the register uses."""
    return (
        _NOTE_CHARS_RE.search(norm) is not None
        or _NOTE_STUDENT_RE.search(norm) is not None
        or _NOTE_WORDS_RE.search(norm) is not None
    )


# A word may stand twice, in two contexts (召班委 before its meeting or not).
_FOLD = word_fold((e.word, e.before, e.after, e.standard) for e in _ALL)


def fold_literary(norm: str) -> str:
    """`norm` with the literary register's words of the tables above in standard words."""
    if not is_literary(norm):
        return norm
    return _FOLD(norm)
