"""The regions `dialects.py` covered thinly, read as their Mandarin twins (session 14, lane
dialects2).

Xiang (Changsha, Hengyang), Gan (Nanchang), Hakka (Meixian, Gannan, western Fujian), Eastern
Min (Fuzhou), Southern Min (Xiamen, Quanzhou, Chaoshan), Taiwan Mandarin (written in
traditional characters), Jin (Taiyuan, Hohhot), Hui (Huizhou), Guangxi, Hainan, the
Northeast and Jianghuai (Nanjing, Yangzhou, Hefei): a note as a teacher from there types it
parses as the same note in standard words does (`TWINS`), and a Mandarin word written like a
table word keeps its sense (`FALSE_FRIENDS`). Every word of the tables `WEEKS`, `PEOPLE` and
`PLACES` is in a note here; the day words, verbs and markers of these regions are in the
lists of `test_dialect_tables.py` as well.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.parsing import parse_note
from bot.parsing.dialects import PEOPLE, PLACES, WEEKS, fold_dialects
from bot.parsing.sounds import fold_sound_alikes
from tests.parsing import test_jin, test_seamandarin, test_wu

NOW = dt.datetime(2026, 11, 18, 20, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))  # a Wednesday


def _found(text: str) -> list[tuple[str, dt.date, str | None]]:
    return [(a.kind, a.date, a.flag) for a in parse_note(text, NOW).activities]


# (region, the note as typed, the same note in standard words).
TWINS = (
    # Xiang: 克 (哒) go, 冒 / 冒得 not, 港 talk, 爷老子 / 娘老子 the parents, 伢子 / 妹子 / 妹陀
    # students.
    ("Xiang", "昨日克哒宿舍看了一下", "昨天去了宿舍看了一下"),
    ("Xiang", "昨日克哒一趟宿舍", "昨天去了一趟宿舍"),
    ("Xiang", "冒得空去宿舍，明日再克", "没空去宿舍，明天再去"),
    ("Xiang", "昨日冒去宿舍查寝", "昨天没去宿舍查寝"),
    ("Xiang", "今朝冒得时间去查寝", "今天没有时间去查寝"),
    ("Xiang", "还冒开班会", "还没开班会"),
    ("Xiang", "昨日冒开成班会，明日再开", "昨天没开成班会，明天再开"),
    ("Xiang", "昨日夜里跟几个伢子港哒一阵", "昨天晚上跟几个学生聊了一阵"),
    ("Xiang", "昨日给小王的爷老子打哒电话", "昨天给小王的父亲打了电话"),
    ("Xiang", "昨日跟两个妹陀谈了一下", "昨天跟两个女同学谈了一下"),
    ("Xiang", "给那个妹坨的妈妈打了电话", "给那个女同学的妈妈打了电话"),
    ("Xiang", "昨日给渠娘老子打哒电话", "昨天给他母亲打了电话"),
    ("Xiang", "前日下昼开哒班会", "前天下午开了班会"),
    ("Xiang", "昨日下昼港哒一阵，小王冒么子事", "昨天下午聊了一阵，小王没什么事"),
    # Gan: 不曾 not yet, 昨朝 yesterday, 渠 he, 屋里人 the family, 伢崽 the kids.
    ("Gan", "昨日不曾去查寝", "昨天没去查寝"),
    ("Gan", "昨日跟小王爷娘打了电话", "昨天跟小王父母打了电话"),
    ("Gan", "昨朝去宿舍查寝哩", "昨天去宿舍查寝了"),
    ("Gan", "昨朝下昼去宿舍查寝哩", "昨天下午去宿舍查寝了"),
    ("Gan", "昨日跟渠谈了一下心", "昨天跟他谈了一下心"),
    ("Gan", "昨日跟渠屋里人打了电话", "昨天跟他家里人打了电话"),
    ("Gan", "昨日渠屋里人来学校哩", "昨天他家里人来学校了"),
    ("Gan", "渠们班昨日开班会哩", "他们班昨天开班会了"),
    ("Gan", "昨日下昼跟几个伢崽讲了一下考试的事", "昨天下午跟几个学生谈了一下考试的事"),
    # Hakka: 昨晡 (日) yesterday, 后晡日 the day after tomorrow, 吂 / 毋 / 毋曾 not, 阿姆 /
    # 阿爸 the parents, 屋下 home.
    ("Hakka", "昨晡去宿舍查寝", "昨天去宿舍查寝"),
    ("Hakka", "后晡日开班会", "后天开班会"),
    ("Hakka", "昨晡日同佢阿姆打电话", "昨天跟他妈妈打电话"),
    ("Hakka", "昨晡日同佢阿爸讲了电话", "昨天跟他爸爸讲了电话"),
    ("Hakka", "吂去宿舍查寝", "还没去宿舍查寝"),
    ("Hakka", "吂同佢屋下人联系", "还没跟他家里人联系"),
    ("Hakka", "昨晡日去佢屋下家访", "昨天去他家里家访"),
    ("Hakka", "昨晡日毋去查寝", "昨天没去查寝"),
    ("Hakka", "昨晡日毋曾去查寝", "昨天没去查寝"),
    ("Hakka", "昨晡夜去宿舍，毋在的有两个", "昨天晚上去宿舍，不在的有两个"),
    # Eastern Min (Fuzhou): 伓 not, 依爸 / 依妈 / 依爹 / 依奶 the parents, 依嬷 grandmother,
    # 厝 home.
    ("Min (Fuzhou)", "昨天伓去查寝", "昨天不去查寝"),
    ("Min (Fuzhou)", "昨天给小王依爸打电话", "昨天给小王爸爸打电话"),
    ("Min (Fuzhou)", "昨天给小王依妈打电话", "昨天给小王妈妈打电话"),
    ("Min (Fuzhou)", "明旦要给依爹依奶打电话", "明天要给爸爸妈妈打电话"),
    ("Min (Fuzhou)", "昨天小王依嬷打电话来问情况", "昨天小王奶奶打电话来问情况"),
    ("Min (Fuzhou)", "昨天去小王厝里家访", "昨天去小王家里家访"),
    # Southern Min: 顶礼拜 last week, 开讲 / 话仙 chat, 阮 we, 老母 / 老爸 / 阿母 / 序大人 the
    # parents, 袂 cannot, 厝 home.
    ("Min", "顶礼拜三去宿舍查寝", "上礼拜三去宿舍查寝"),
    ("Min", "顶个礼拜开了班会", "上个礼拜开了班会"),
    ("Min", "顶个月去宿舍查寝了三次", "上个月去宿舍查寝了三次"),
    ("Min", "后礼拜三开班会", "下礼拜三开班会"),
    ("Min", "后个礼拜一要去宿舍", "下个礼拜一要去宿舍"),
    ("Min", "顶礼拜五去伊厝家访", "上礼拜五去他家家访"),
    ("Min", "昨天跟几个学生开讲了一下", "昨天跟几个学生聊了一下"),
    ("Min", "昨天跟小王话仙了一阵", "昨天跟小王聊天了一阵"),
    ("Min", "昨天给小王的老母打电话", "昨天给小王的妈妈打电话"),
    ("Min", "昨天给小王老爸打电话", "昨天给小王爸爸打电话"),
    ("Min", "伊老母昨昏有打电话来", "他妈妈昨天打电话来"),
    ("Min", "昨天小王阿母来学校", "昨天小王妈妈来学校"),
    ("Min", "昨天小王阿嬷来学校了", "昨天小王奶奶来学校了"),
    ("Hakka", "昨晡日同小王阿妈讲了电话", "昨天跟小王妈妈打了电话"),
    ("Taiwan", "昨天跟小王的老妈聊了一下他的成绩", "昨天跟小王的妈妈聊了一下他的成绩"),
    ("Min", "昨天跟小王的序大人通了电话", "昨天跟小王的家长通了电话"),
    ("Min", "昨天跟小王的序大讲了电话", "昨天跟小王的家长打了电话"),
    ("Min", "昨天袂去查寝", "昨天没法去查寝"),
    # Taiwan Mandarin, in traditional characters: 班代 the monitor, 打給, 巡堂, 視訊, 簡訊,
    # 訊息, 家庭訪問, 親師, 研習, 講電話, 阿嬤.
    ("Taiwan", "昨天打給小王媽媽", "昨天打电话给小王妈妈"),
    ("Taiwan", "昨天找班代開會", "昨天找班长开会"),
    ("Taiwan", "昨天和班代表開會", "昨天和班长开会"),
    (
        "Taiwan",
        "昨天跟班代和副班代開了一下會，討論運動會",
        "昨天跟班长和副班长开了一下会，讨论运动会",
    ),
    ("Taiwan", "昨天去巡堂", "昨天去巡课"),
    ("Taiwan", "上禮拜四有去巡堂", "上礼拜四去巡课了"),
    ("Taiwan", "昨天用視訊跟小王家長談了半小時", "昨天用视频跟小王家长谈了半小时"),
    ("Taiwan", "昨天傳簡訊給小王的家長", "昨天给小王的家长发短信"),
    ("Taiwan", "昨天傳訊息給家長說明情況", "昨天给家长发消息说明情况"),
    (
        "Taiwan",
        "昨天有去小張家做家庭訪問，跟他阿嬤聊了快一個小時",
        "昨天去小张家家访，跟他奶奶聊了快一个小时",
    ),
    ("Taiwan", "昨天小王的阿嬤打來問狀況", "昨天小王的奶奶打来问状况"),
    ("Taiwan", "下禮拜一要開親師座談會", "下礼拜一要开家长座谈会"),
    (
        "Taiwan",
        "上禮拜有參加學校辦的導師研習，三個小時",
        "上礼拜参加了学校办的班主任培训，三个小时",
    ),
    (
        "Taiwan",
        "今天有跟小黃講電話，他說身體不舒服請假兩天",
        "今天跟小黄打了电话，他说身体不舒服请假两天",
    ),
    ("Taiwan", "明天要跟小王的阿母約時間家訪", "明天要跟小王的妈妈约时间家访"),
    ("Taiwan", "昨天開班親會，來了二十幾位家長", "昨天开家长会，来了二十几位家长"),
    ("Taiwan", "今天中午跟兩位導生吃飯", "今天中午跟两位学生吃饭"),
    ("Taiwan", "昨天跟三位导生晤谈", "昨天跟三位学生谈话"),
    ("Taiwan", "昨天帶學生去校外教學", "昨天带学生去参观"),
    ("Taiwan", "上禮拜六班遊，帶全班去陽明山", "上礼拜六带全班去春游"),
    ("Hakka", "今晡日同几个学生食饭", "今天跟几个学生吃饭"),
    ("Min", "今仔日中昼跟几个学生食饭", "今天中午跟几个学生吃饭"),
    ("Min", "昨昏佮伊老母讲电话", "昨天跟他妈妈打电话"),
    ("Min", "昨昏伫宿舍佮几个学生开讲", "昨天在宿舍跟几个学生聊天"),
    ("Min", "今仔日无闲去宿舍", "今天没空去宿舍"),
    ("Taiwan", "昨天電訪三位家長", "昨天电话联系三位家长"),
    (
        "Taiwan",
        "昨天有打電話給小王的媽媽，說明他最近的狀況",
        "昨天给小王的妈妈打电话，说明他最近的状况",
    ),
    # Jin: 夜来 before 寻 (find), 闹 (do), 叫 and 喊.
    ("Jin", "夜来寻班长谈了谈", "昨天找班长谈了谈"),
    ("Jin", "夜来闹了个班会", "昨天搞了个班会"),
    ("Jin", "夜来叫班干部开了个会", "昨天叫班干部开了个会"),
    ("Jin", "夜来喊了几个娃娃谈话", "昨天叫了几个学生谈话"),
    # Hui: 昨朝 yesterday, 弗曾 not yet, 渠 he.
    ("Hui", "昨朝去宿舍查寝", "昨天去宿舍查寝"),
    ("Hui", "昨朝跟渠谈了一下", "昨天跟他谈了一下"),
    ("Hui", "昨朝弗曾去查寝", "昨天没去查寝"),
    # Guangxi: 摆古 a chat.
    ("Guangxi", "昨天跟几个学生摆古", "昨天跟几个学生聊天"),
    ("Guangxi", "昨天跟几个学生摆古摆了一阵", "昨天跟几个学生聊了一阵"),
    # Hainan: 昨晡 yesterday, 老爸 after a name.
    ("Hainan", "昨晡下午去宿舍查寝", "昨天下午去宿舍查寝"),
    ("Hainan", "今旦给小王老爸打电话", "今天给小王爸爸打电话"),
    # The Northeast: 寝 the dorm room gone to or back to.
    ("Northeast", "昨儿个去寝里看了看", "昨天去寝室看了看"),
    ("Northeast", "昨天回寝看了一圈", "昨天回寝室看了一圈"),
    ("Northeast", "昨儿个下晚儿上寝里转了一圈", "昨天晚上去寝室转了一圈"),
    ("Northeast", "昨儿个回寝瞅了一眼", "昨天回寝室看了一眼"),
    # Jianghuai: 韶 chatter, 不曾 not yet.
    ("Jianghuai", "昨个跟小王韶了半天", "昨天跟小王聊了半天"),
    ("Jianghuai", "昨个跟几个小伢韶了一会", "昨天跟几个学生聊了一会"),
    ("Jianghuai", "昨个不曾去查寝", "昨天没去查寝"),
    ("Jianghuai", "今个不曾开班会", "今天没开班会"),
)


@pytest.mark.parametrize(("region", "text", "mandarin"), TWINS)
def test_a_regional_note_reads_as_its_mandarin_twin(region: str, text: str, mandarin: str) -> None:
    assert _found(text) == _found(mandarin), region


def test_the_twins_record_something_or_a_negation() -> None:
    """The standard notes are read (a twin recording nothing is a negation, or a plan put off)."""
    empty = [mandarin for _, _, mandarin in TWINS if not _found(mandarin)]
    assert all(any(w in m for w in ("没", "不", "还没")) for m in empty), empty


# A Mandarin word written like a word of the tables: left as it is.
FALSE_FRIENDS = (
    "顶礼膜拜",
    "顶礼拜佛",
    "前后礼拜天都在",
    "然后礼拜五休息",
    "最后个礼拜",
    "老爷娘娘",
    "渠道",
    "水渠",
    "修了一条渠",
    "水到渠成",
    "老母鸡",
    "老母亲",
    "老妈子",
    "给老妈打了电话",  # the advisor's own mother
    "我老爸",
    "阿姆斯特丹",
    "依爸爸的意思",
    "依妈妈说的",
    "依奶奶的意见",
    "浮厝",
    "厝火积薪",
    "就寝",
    "寝食难安",
    "晚上寝室",
    "早上寝室里",
    "就寝时间到了",
    "房屋下面",
    "班代表大会",
    "研习社",
    "讲了一个故事",
    "冒着雨",
    "假冒伪劣",
    "不曾想到",  # never thought: a negation either way
    "毋须多言",
    "衣袂飘飘",
    "摆古董",
    "导生制",
    "伫立良久",
    "节目开讲。",
    "论坛明天正式开讲。",
    "亲其师信其道，亲师信道",
    "无闲暇顾及",
    "伙食饭菜",
    "韶华易逝",
)


@pytest.mark.parametrize("text", FALSE_FRIENDS)
def test_mandarin_written_alike_keeps_its_sense(text: str) -> None:
    folded = fold_dialects(text)
    assert folded == text or text == "不曾想到" and folded == "没想到"
    assert _found(text) == []


def test_every_word_of_the_new_tables_is_in_a_note() -> None:
    # Wu's family words are read in test_wu's notes, Southeast Asian Mandarin's and Jin's in
    # their own.
    notes = (
        "".join(text for _, text, _ in TWINS)
        + test_wu.checked_text()
        + "".join(test_seamandarin.notes())
        + test_jin.checked_text()
    )
    words = [e.word for e in WEEKS + PEOPLE + PLACES]
    assert [w for w in words if w not in notes] == []


# Min and Jin keep no -n/-ng contrast, but the sound fold does not merge -ang with -an: tried
# in session 14, it changed 8 of 12,501 notes (corpus and read rounds), every one wrongly
# (寒假返校 as 家访, 帮张婷 as 班长, 往上 as 晚上), and no slip of the kind was seen.
@pytest.mark.parametrize("text", ["了解寒假返校情况", "帮张婷看了简历", "挂了两门往上的"])
def test_the_sound_fold_keeps_an_and_ang_apart(text: str) -> None:
    assert fold_sound_alikes(text) == text
