"""Written Cantonese as a teacher from Hong Kong, Macau, Guangzhou or Foshan types a note.

Often in traditional characters with the Hong Kong forms (裏, 綫, 衞), with English words
mixed in as Hong Kong people mix them (whatsapp咗, call咗, 上hall). Each list is the note a
teacher writes and what it records, with a fixed `now`; the words are those of
`regional.CANTONESE`, `dialects.py` (月尾, 拜一, 阵间), `mixed.ZH_GRAMMAR_VERBS` (whatsapp,
wts, inbox) and `normalise._TRADITIONAL`. Every entry of `CANTONESE` is read in a note here
(`test_every_cantonese_word_is_in_a_note`), and every Mandarin word written like one keeps
its sense (`FALSE_FRIENDS`).
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.parsing import parse_note
from bot.parsing.normalise import _TRADITIONAL, normalise
from bot.parsing.regional import CANTONESE

NOW = dt.datetime(2026, 11, 18, 20, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))  # a Wednesday
TODAY = NOW.date()

Found = list[tuple[str, dt.date, str | None]]


def _day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(offset)


def _found(text: str) -> Found:
    return sorted((a.kind, a.date, a.flag) for a in parse_note(text, NOW).activities)


def _done(kind: str, offset: int) -> Found:
    return [(kind, _day(offset), None)]


def _plan(kind: str, offset: int) -> Found:
    return [(kind, _day(offset), "future")]


# Days and parts of the day, in traditional and simplified characters.
DAYS: dict[str, Found] = {
    "今日去咗宿舍巡咗一轉，啲同學都喺度": _done("dorm_visit", 0),
    "琴日下晝同陳同學傾咗半個鐘": _done("student_talk", -1),
    "寻日下昼同陈同学倾咗半个钟": _done("student_talk", -1),
    "尋日夜晚黑去咗查房": _done("dorm_visit", -1),
    "噚日去咗宿舍睇下": _done("dorm_visit", -1),
    "前日打咗電話俾李同學阿媽，講佢成日曠課": _done("parent_contact", -2),
    "大前日去咗宿舍": _done("dorm_visit", -3),
    "聽日朝早要去睇佢哋上堂": _plan("classroom_visit", 1),
    "听朝要去宿舍睇下": _plan("dorm_visit", 1),
    "聽朝早去課室睇佢哋早讀": _plan("classroom_visit", 1),
    "後日開班會": _plan("class_meeting", 2),
    "大後日約咗家長見面": _plan("parent_contact", 3),
    "朝早去咗課室睇下出席": _done("classroom_visit", 0),
    "朝頭早去咗課室睇佢哋早讀": _done("classroom_visit", 0),
    "今朝打咗畀黃同學媽咪，佢話個仔發燒唔返學": _done("parent_contact", 0),
    "寻朝去咗宿舍睇佢哋起身未": _done("dorm_visit", -1),
    "琴朝去咗課室睇佢哋早讀": _done("classroom_visit", -1),
    "頭先同班長傾完": _done("student_talk", 0),
    "啱啱開完班委會": _done("cadre_meeting", 0),
    "啱啱打完電話俾佢阿媽": _done("parent_contact", 0),
    "上晝去咗課室睇佢哋上堂": _done("classroom_visit", 0),
    "晏昼喺办公室同佢倾咗下": _done("student_talk", 0),
    "晏晝喺飯堂撞到兩個同學仔，順便傾咗幾句": _done("student_talk", 0),
    "琴晚九點半去咗男生宿舍查房，有兩個未返": _done("dorm_visit", -1),
    "尋晚喺宿舍裏面同佢哋傾咗好耐": _done("student_talk", -1),
    "噚晚同佢屋企人傾咗電話": _done("parent_contact", -1),
    "寻晚去咗宿舍": _done("dorm_visit", -1),
    "聽晚七點半開班委會，已經whatsapp咗班長": _plan("cadre_meeting", 1),
    "琴日下晝三點同佢傾咗": _done("student_talk", -1),
    "夜晚去咗宿舍派月餅": _done("dorm_visit", 0),
    # The week: 禮拜X, 拜X (its evening too), 星期X, last and next week, this week.
    "禮拜一去咗宿舍睇吓": _done("dorm_visit", -2),
    "拜二晚開咗班會": _done("class_meeting", -1),
    "拜一朝早去咗睇佢哋上堂，大部分都有帶書": _done("classroom_visit", -2),
    "星期五同家長通咗電話": _done("parent_contact", -5),
    "上個禮拜三開咗主題班會": _done("theme_meeting", -7),
    "上個禮拜五去咗聽課": _done("classroom_visit", -5),
    "下個禮拜一要開班會": _plan("class_meeting", 5),
    "下個禮拜三要帶啲學生去科學館參觀": _plan("student_activity", 7),
    "今個禮拜二開咗班會": _done("class_meeting", -1),
    "呢個禮拜一去咗宿舍": _done("dorm_visit", -2),
    "今個禮拜冇開班會": [],
    # The month: 月頭, 月中, 月尾.
    "月頭去咗查房": [("dorm_visit", dt.date(2026, 11, 1), None)],
    "月尾要開家長日": [("parent_contact", dt.date(2026, 11, 30), "future")],
    # Later, another day, next year: a plan or nothing.
    "晏啲再同佢阿媽傾電話": [],
    "第日先同佢傾": [],
    "迟啲再开班会": [],
    "一陣間再同佢傾": [],
    "等陣再去宿舍": [],
    "出年再開": [],
    "舊年12月3號開咗家長會": [("parent_contact", dt.date(2025, 12, 3), "too_old")],
}

# The verbs of the work: talking, finding, looking, visiting, meeting, phoning, going down to
# the dorm, going round it, taking and keeping company.
VERBS: dict[str, Found] = {
    "今晚搵咗三個同學傾偈": _done("student_talk", 0),
    "今晚揾咗個同學嚟傾計": _done("student_talk", 0),
    "琴日搵咗三個同學嚟office傾吓學業，一個一個傾": _done("student_talk", -1),
    "今晚落宿舍睇吓啲同學": _done("dorm_visit", 0),
    "今晚落咗宿舍巡咗一轉，大家都幾乖": _done("dorm_visit", 0),
    "今晚上舍堂巡咗一轉": _done("dorm_visit", 0),
    "今晚上宿舍兜咗一圈": _done("dorm_visit", 0),
    "今晚去宿舍探吓啲同學": _done("dorm_visit", 0),
    "今日去醫院探佢": _done("other", 0),
    "今日陪佢去咗醫院睇醫生": _done("other", 0),
    "今日帶學生去博物館參觀": _done("student_activity", 0),
    "今日帶佢哋去咗行山": _done("student_activity", 0),
    "今日帶啲同學仔去陸運會": _done("student_activity", 0),
    "今日帶啲同學去睇水運會": _done("student_activity", 0),
    "今日打畀陳同學阿爸": _done("parent_contact", 0),
    "琴日打電話俾佢屋企人": _done("parent_contact", -1),
    "寻日打咗俾小王屋企人": _done("parent_contact", -1),
    "今日同陳同學爹哋見咗面": _done("parent_contact", 0),
    "今日同佢阿媽見埋面": _done("parent_contact", 0),
    "今日見埋佢屋企人": _done("parent_contact", 0),
    "今日見咗兩個家長": _done("parent_contact", 0),
    "今日同佢傾埋": _done("student_talk", 0),
    "今日同佢阿媽講埋": _done("parent_contact", 0),
    "今日同佢講埋": _done("student_talk", 0),
    "今日打埋電話俾佢阿媽": _done("parent_contact", 0),
    "今日開埋班會": _done("class_meeting", 0),
    "今日巡埋宿舍": _done("dorm_visit", 0),
    "今日查埋宿舍": _done("dorm_visit", 0),
    "今日同佢媽咪傾咗電話": _done("parent_contact", 0),
    "今朝同陳同學老母傾咗電話": _done("parent_contact", 0),
    "頭先打咗俾佢老竇，講咗佢最近成日遲到": _done("parent_contact", 0),
    "聽日要記得同佢阿媽講": _plan("parent_contact", 1),
    "琴日同佢老豆講咗電話": _done("parent_contact", -1),
    "今日同佢屋企人講咗佢嘅情況": _done("parent_contact", 0),
    "今日同佢阿嫲通咗電話": _done("parent_contact", 0),
    "今日同佢阿爺通咗電話": _done("parent_contact", 0),
    "今日開咗個班會，講吓期中考": _done("class_meeting", 0),
    "今日做咗次家訪": _done("parent_contact", 0),
    "琴日去咗佢屋企家訪": _done("parent_contact", -1),
    "今日搞咗個班會": _done("class_meeting", 0),
    "今日喺班房同班代表開會": _done("cadre_meeting", 0),
    "今日喺課室同班長開咗個會": _done("cadre_meeting", 0),
    "琴日上晝參加咗學院嘅培訓": _done("seminar", -1),
    "今日去咗檢查宿舍衞生": _done("dorm_visit", 0),
    "今日綫上開咗班會": _done("class_meeting", 0),
    "今晚喺hall嘅common room同幾個宿生傾偈": _done("student_talk", 0),
}

# Done, not done, put off, planned, in progress, asked.
MARKERS: dict[str, Found] = {
    # Done: 咗, 過, 埋, 晒, 完.
    "巡晒啲宿舍，冇乜問題": _done("dorm_visit", 0),
    "今晚巡晒啲宿舍": _done("dorm_visit", 0),
    "個班會今晚開完喇": _done("class_meeting", 0),
    "今日報埋名參加比賽嘅同學，帶佢哋去咗比賽": _done("student_activity", 0),
    "今日同佢傾過": _done("student_talk", 0),
    # In progress: 緊.
    "而家同佢傾緊": _done("student_talk", 0),
    "今晚同佢哋傾緊偈，有個同學話想退學": _done("student_talk", 0),
    # Not done: 未, 冇, 唔, 唔得閒.
    "今日仲未去宿舍": [],
    "今日冇去宿舍": [],
    "今日唔得閒去宿舍": [],
    "琴日搵過佢，佢唔喺度": [],
    # Called off or put off: 取消咗, 唔開, 改咗期, 延咗期.
    "今晚個班會取消咗": [],
    "今晚班會唔開喇": [],
    "家長會改咗期": [],
    "班會延咗期": [],
    "今晚本來約咗家長傾，佢臨時話唔得閒，改咗期": [],
    "聽日唔使開班會": [],
    "聽日唔洗開班會": [],
    # Plans: 會, 要, 打算, 諗住 (a wish, as 想).
    "聽日會去查房": _plan("dorm_visit", 1),
    "打算聽日約佢傾吓": _plan("student_talk", 1),
    "聽日諗住去查房": [],
    # Questions: 未呀?, 得唔得?, 使唔使?, 開唔開?
    "查咗房未呀？": [],
    "聽日開班會得唔得？": [],
    "聽日使唔使開班會？": [],
    "班會聽日開唔開？": [],
    "幾時要交紀錄表？": [],
    "收到，多謝": [],
    "今日好忙，聽日先記": [],
}

# English in a Cantonese note, as Hong Kong people mix it.
CODE_MIXED: dict[str, Found] = {
    "琴晚whatsapp咗陳同學屋企人": _done("parent_contact", -1),
    "今日wts咗佢阿媽": _done("parent_contact", 0),
    "今日同Mary媽咪wts咗，約咗聽日見面": _done("parent_contact", 0),
    "琴日inbox咗佢爹哋，佢未覆": _done("parent_contact", -1),
    "尋日call咗佢老豆": _done("parent_contact", -1),
    "今日msg咗佢阿媽": _done("parent_contact", 0),
    "今日覆咗佢阿媽": _done("parent_contact", 0),
    "今日回覆咗佢阿媽嘅whatsapp": _done("parent_contact", 0),
    "今晚同佢媽媽call咗半個鐘": _done("parent_contact", 0),
    "今日book咗房同學生傾偈": _done("student_talk", 0),
    "今日同班委開咗個meeting": _done("cadre_meeting", 0),
    "follow up咗陳同學嘅情況，同佢傾咗陣": _done("student_talk", 0),
    "今晚check咗宿舍": _done("dorm_visit", 0),
    "今晚上hall check咗一轉": _done("dorm_visit", 0),
    "今晚喺hall同啲宿生傾偈": _done("student_talk", 0),
    "今日去tutorial睇佢哋上堂": _done("classroom_visit", 0),
}

# Mandarin written like a Cantonese word: the note keeps the Mandarin sense. Each note has a
# Cantonese word (so the Cantonese fold runs) and the word it must keep after normalising.
FALSE_FRIENDS: dict[str, str] = {
    "佢同我哋嘅關係好好": "关係",  # 係 in 關係, not 是
    "我同佢係同一間學校畢業": "同一",  # 同 'same'
    "埋怨功課太多，佢哋唔開心": "埋怨",  # 埋 'bury', 'blame'
    "佢哋埋頭溫書": "埋头",
    "今日天氣好好，佢哋喺宿舍晒被": "晒被",  # 晒 'in the sun'
    "佢哋喺宿舍晒太陽": "晒太阳",
    "同學們喺食堂食飯": "食堂",  # 堂 in 食堂
    "學校個禮堂好大，佢哋好鍾意": "礼堂",
    "佢哋去咗教堂": "教堂",
    "佢哋探索緊新嘅學習方法": "探索",  # 探 'explore'
    "佢哋探討緊點樣做project": "探讨",
    "佢好緊張": "紧张",  # 緊 'tight'
    "聽日要抓緊時間溫書，唔好淨係玩": "抓紧",
    "佢嚇咗一跳": "吓了一跳",  # 嚇 'a fright'
    "樓上宿舍好嘈，佢哋投訴": "楼上宿舍",  # 上 'upstairs'
    "佢老母鷄湯煲得好好飲": "老母鸡",  # 老母鸡, the hen
    "佢話好掛住老母親": "老母亲",
    "佢話好想去露營": "露营",
    "呢份報告嘅第二日期": "日期",
    "佢哋降落喺機場": "降落",  # 落 'land'
    "佢哋宿舍坐落喺山邊": "坐落",
    "佢試探吓我": "试探",
    "聽日要交表，唔好等陣雨落完先": "等阵雨",
    "學校個wifi覆蓋晒成間宿舍": "覆盖",  # 覆 'cover'
    "3pm咗先開會，冇去宿舍": "3pm",  # a clock, not a DM
    "今日喺lecture hall考試，佢哋都好緊張": "lecture hall",  # a hall of lectures, no dorm
    "家長話見咗佢個老師": "家长说见了",  # the parent met someone, not the advisor met them
}

NOTES = {**DAYS, **VERBS, **MARKERS, **CODE_MIXED}


@pytest.mark.parametrize(("text", "found"), list(DAYS.items()))
def test_days_and_parts_of_the_day(text: str, found: Found) -> None:
    assert _found(text) == sorted(found)


@pytest.mark.parametrize(("text", "found"), list(VERBS.items()))
def test_verbs_of_the_work(text: str, found: Found) -> None:
    assert _found(text) == sorted(found)


@pytest.mark.parametrize(("text", "found"), list(MARKERS.items()))
def test_done_not_done_and_later(text: str, found: Found) -> None:
    assert _found(text) == sorted(found)


@pytest.mark.parametrize(("text", "found"), list(CODE_MIXED.items()))
def test_hong_kong_english(text: str, found: Found) -> None:
    assert _found(text) == sorted(found)


@pytest.mark.parametrize(("text", "kept"), list(FALSE_FRIENDS.items()))
def test_a_mandarin_word_keeps_its_sense(text: str, kept: str) -> None:
    assert kept in normalise(text)[0]
    assert _found(text) == []


# A note in traditional characters reads as its twin in simplified ones.
TWINS = {
    "今日喺辦公室同陳嘉欣傾咗半個鐘，佢話最近溫書溫得好攰": "今日喺办公室同陈嘉欣倾咗半个钟，佢话最近温书温得好攰",
    "尋日下晝三點開咗班會，講咗期中考嘅安排同埋學生手冊": "寻日下昼三点开咗班会，讲咗期中考嘅安排同埋学生手册",
    "前日同張家長見咗面，傾咗佢個女嘅升學問題": "前日同张家长见咗面，倾咗佢个女嘅升学问题",
    "琴日同李同學媽媽通咗電話，佢話會留意佢夜晚打機嘅問題": "琴日同李同学妈妈通咗电话，佢话会留意佢夜晚打机嘅问题",
    "今日參加咗學校嘅班主任培訓，成個下晝": "今日参加咗学校嘅班主任培训，成个下昼",
    "禮拜五開咗主題班會，講網絡安全": "礼拜五开咗主题班会，讲网络安全",
}


@pytest.mark.parametrize(("traditional", "simplified"), list(TWINS.items()))
def test_traditional_reads_as_simplified(traditional: str, simplified: str) -> None:
    assert normalise(traditional)[0] == normalise(simplified)[0]
    assert _found(traditional) == _found(simplified) != []


# The table's words read before this session (function words, older days and places), so
# that every entry of `CANTONESE` stays read.
OLDER_NOTES: dict[str, Found] = {
    "琴日同佢傾咗成個鐘": _done("student_talk", -1),
    "尋朝去咗宿舍問佢哋有冇人唔舒服": _done("dorm_visit", -1),
    "你哋聽日記得交表": [],
    "佢係咪聽日返學？": [],
    "嗰個同學琴日冇返學，今日同佢傾咗吓": _done("student_talk", 0),
    "有咩事搵我": [],
    "佢哋問我乜嘢時候開班會？": [],
    "今日開咗班會，講點樣溫書同點解要準時": _done("class_meeting", 0),
    "今日同幾多個同學傾過？": [],
    "今日同佢傾咗好耐，佢咁樣落去唔得": _done("student_talk", 0),
    "今晚同啲同學一齊去咗宿舍": _done("dorm_visit", 0),
    "今晚查房搞掂": _done("dorm_visit", 0),
    "今日去宿舍幫佢哋搬嘢": _done("dorm_visit", 0),
    "琴日喺飯堂撞見陳同學，傾咗幾句": _done("student_talk", -1),
    "落堂之後同佢傾咗吓": _done("student_talk", 0),
    "今日陪佢去校醫室": _done("other", 0),
    "今日去課室睇佢哋上堂": _done("classroom_visit", 0),
    "今晚去咗宿舍，佢哋都喺度溫書": _done("dorm_visit", 0),
}

# A subject's lesson (英文堂, 數學堂): watching it is a classroom visit.
SUBJECTS = (
    "英文 中文 數學 物理 化學 生物 歷史 地理 體育 音樂 美術 電腦 通識 經濟 會計 普通話".split()
)
LESSONS = {f"今日去咗睇佢哋上{subject}堂": _done("classroom_visit", 0) for subject in SUBJECTS}


@pytest.mark.parametrize(("text", "found"), list(LESSONS.items()))
def test_a_subjects_lesson(text: str, found: Found) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(("text", "found"), list(OLDER_NOTES.items()))
def test_the_older_words_stay_read(text: str, found: Found) -> None:
    assert _found(text) == sorted(found)


def test_every_cantonese_word_is_in_a_note() -> None:
    raw = "".join([*NOTES, *FALSE_FRIENDS, *TWINS, *OLDER_NOTES, *LESSONS])
    text = raw + raw.translate(_TRADITIONAL)  # a word of the table in either spelling
    assert [r.word for r in CANTONESE if r.word not in text] == []
