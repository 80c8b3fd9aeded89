"""Chinese written by Korean (and Yanbian Korean) and Japanese lecturers (`bot/parsing/korean.py`):
their Hangul, kana and own words in characters read as the native note would.

Each table entry is read in a note below (`test_every_entry_is_read`), and each Chinese word
that looks like one of theirs keeps its ordinary sense (`FALSE_FRIENDS`); the Chinese side of
their notes (SOV order, 名 for people, Sino-Korean words a native writes too) is read already
(`READ_ALREADY`).
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.parsing import korean, parse_note
from bot.parsing import normalise as normalise_module

NOW = dt.datetime(2026, 11, 18, 20, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))  # a Wednesday
TODAY = NOW.date()

Expect = tuple[tuple[str, int, int], ...]  # kind, days before today, count (0: not checked)

READ: tuple[tuple[str, Expect], ...] = (
    # DATES: a date and the clock in Hangul.
    ("10월 14일 宿舍 走访了", (("dorm_visit", 35, 0),)),
    ("2026년 11월 3일 반회의 했어요", (("class_meeting", 15, 0),)),
    ("11월에 학부모 전화했어요 14일", (("parent_contact", 4, 0),)),
    ("16일에 기숙사 갔어요", (("dorm_visit", 2, 0),)),
    ("11.16(월) 기숙사 점검", (("dorm_visit", 2, 0),)),
    ("11.17(화) 반회의", (("class_meeting", 1, 0),)),
    ("11.11(수) 학생 면담", (("student_talk", 7, 0),)),
    ("11.12(목) 학부모 통화", (("parent_contact", 6, 0),)),
    ("11.13(금) 수업 참관", (("classroom_visit", 5, 0),)),
    ("11.14(토) 기숙사 방문", (("dorm_visit", 4, 0),)),
    ("11.15(일) 기숙사 방문", (("dorm_visit", 3, 0),)),
    ("오늘 학생 면담 2시간 했어요", (("student_talk", 0, 0),)),
    ("오늘 학생 상담 1시간 반", (("student_talk", 0, 0),)),
    ("오늘 오후 3시 반 반회의", (("class_meeting", 0, 0),)),
    ("오늘 저녁 7시 30분에 기숙사 점호", (("dorm_visit", 0, 0),)),
    ("오늘 오후 4시에 반회의 했어요", (("class_meeting", 0, 0),)),
    ("어제 학생 면담 40분", (("student_talk", 1, 0),)),
    ("오늘 저녁 7시쯤 기숙사 방문했어요", (("dorm_visit", 0, 0),)),
    ("昨日 学生と面談 1時間", (("student_talk", 1, 0),)),
    ("昨日 学生と面談 1時間半", (("student_talk", 1, 0),)),
    ("昨日 学生と面談 30分間", (("student_talk", 1, 0),)),
    # DAYS.
    ("오늘 밤 기숙사 갔어요", (("dorm_visit", 0, 0),)),
    ("어젯밤 기숙사 점검했어요", (("dorm_visit", 1, 0),)),
    ("어제 宿舍 갔어요", (("dorm_visit", 1, 0),)),
    ("오늘은 学生3名 面谈했어요", (("student_talk", 0, 3),)),
    ("그저께 반회의 했어요", (("class_meeting", 2, 0),)),
    ("내일 학부모 면담 예정", (("parent_contact", -1, 0),)),
    ("모레 반회의 예정입니다", (("class_meeting", -2, 0),)),
    ("글피 기숙사 방문 예정", (("dorm_visit", -3, 0),)),
    ("지지난주 금요일 반회의 했어요", (("class_meeting", 12, 0),)),
    ("지난주 금요일 반회의 했어요", (("class_meeting", 5, 0),)),
    ("이번 주 월요일 기숙사 방문", (("dorm_visit", 2, 0),)),
    ("다음 주 화요일 반회의 예정", (("class_meeting", -6, 0),)),
    ("수요일에 학생 면담했어요", (("student_talk", 0, 0),)),
    ("목요일 반회의 할 거예요", (("class_meeting", -1, 0),)),
    ("금요일 학부모 전화 할게요", (("parent_contact", -2, 0),)),
    ("다음 주 토요일 기숙사 방문 예정", (("dorm_visit", -10, 0),)),
    ("다음 주 일요일 저녁 기숙사 점호 예정", (("dorm_visit", -11, 0),)),
    ("지난 월요일 기숙사 점호", (("dorm_visit", 2, 0),)),
    ("어제 아침 학생 면담", (("student_talk", 1, 0),)),
    ("오늘 오전 수업 참관했어요", (("classroom_visit", 0, 0),)),
    ("오늘 점심 학생 상담", (("student_talk", 0, 0),)),
    ("어제 오후 반장하고 면담", (("student_talk", 1, 0),)),
    ("어제 저녁 기숙사 갔다 왔어요", (("dorm_visit", 1, 0),)),
    ("오늘 새벽 기숙사에 갔어요 학생이 아파서", (("dorm_visit", 0, 0),)),
    ("어제 밤 기숙사 순찰", (("dorm_visit", 1, 0),)),
    # Japanese days.
    ("一昨日 寮を訪問しました", (("dorm_visit", 2, 0),)),
    ("明後日 保護者と面談の予定", (("parent_contact", -2, 0),)),
    ("先週金曜日 学生と面談しました", (("student_talk", 5, 0),)),
    ("今週月曜日 寮の点検", (("dorm_visit", 2, 0),)),
    ("来週火曜 ホームルーム予定", (("class_meeting", -6, 0),)),
    ("月曜日 寮訪問 済み", (("dorm_visit", 2, 0),)),
    ("火曜日 学生と面談した", (("student_talk", 1, 0),)),
    ("水曜日 寮に行きました", (("dorm_visit", 0, 0),)),
    ("木曜日 学級会 予定です", (("class_meeting", -1, 0),)),
    ("金曜日 保護者と電話する予定", (("parent_contact", -2, 0),)),
    ("土曜日 寮巡回 済", (("dorm_visit", 4, 0),)),
    ("日曜日 寮の点呼", (("dorm_visit", 3, 0),)),
    ("昨日 午前 授業見学", (("classroom_visit", 1, 0),)),
    ("昨日の夕方 寮を訪問", (("dorm_visit", 1, 0),)),
    ("先週金曜日 学生面談 1時間", (("student_talk", 5, 0),)),
    # MARKERS: done, went, planned, not done, cancelled, put off.
    ("어제 학생 두 명 면담했습니다", (("student_talk", 1, 2),)),
    ("어제 기숙사 갔습니다", (("dorm_visit", 1, 0),)),
    ("어제 기숙사 방문하고 학생 2명 면담했어요", (("dorm_visit", 1, 0), ("student_talk", 1, 2))),
    ("어제 반회의 했고 학부모 3명 전화했어요", (("class_meeting", 1, 0), ("parent_contact", 1, 3))),
    ("오늘 반회의 진행했어요", (("class_meeting", 0, 0),)),
    ("오늘 반회의 실시", (("class_meeting", 0, 0),)),
    ("어제 간부회의 참석했어요", (("cadre_meeting", 1, 0),)),
    ("어제 반회의 개최", (("class_meeting", 1, 0),)),
    ("어제 학부모 상담 완료", (("parent_contact", 1, 0),)),
    ("오늘 기숙사 방문할 예정", (("dorm_visit", 0, 0),)),
    ("기숙사 점검 못 했어요", ()),
    ("학부모 전화 못함", ()),
    ("기숙사 못 갔어요", ()),
    ("학부모 면담 못 가요", ()),
    ("어제 宿舍 못 去了", ()),
    ("班会 안 开了", ()),
    ("어제 학생 면담 못 하게 됐어요", ()),
    ("학부모 전화 아직 안 했어요", ()),
    ("학부모 전화 아직", ()),
    ("반회의 취소됐어요", ()),
    ("기숙사 방문 다음에", ()),
    ("학생 면담 나중에 할게요", ()),
    ("어제 학부모 전화 했는데 안 받았어요", ()),
    ("어제 학부모 통화 연결이 안 됐어요", ()),
    ("반회의 연기됐어요", ()),
    ("11.16(월) 宿舍 访问 예정이었는데 취소", ()),
    ("내일 학생 면담하기로 했어요", (("student_talk", -1, 0),)),
    ("기숙사 방문하려고 했는데 못 했어요", ()),
    ("면담 약속했는데 학생이 안 왔어요", ()),
    ("기숙사 방문하고 싶어요", ()),
    ("학생 면담하지 않았어요", ()),
    ("어제 기숙사 다녀옴", (("dorm_visit", 1, 0),)),
    ("다음 주 화요일 반회의 할 계획", (("class_meeting", -6, 0),)),
    ("다음 주 화요일 기숙사 방문 계획입니다", (("dorm_visit", -6, 0),)),
    ("昨日 寮訪問できませんでした", ()),
    ("面談 キャンセル", ()),
    ("寮に行けませんでした", ()),
    ("学生と面談したい", ()),
    ("寮訪問 中止", ()),
    ("ホームルームを行いました", (("class_meeting", 0, 0),)),
    ("昨日 クラス委員と打ち合わせ", (("cadre_meeting", 1, 0),)),
    ("昨日 クラスの学生と面談", (("student_talk", 1, 0),)),
    ("昨日 寮の見回り", (("dorm_visit", 1, 0),)),
    # WORK: the words of the work in Hangul.
    ("어제 생활관 방문했어요", (("dorm_visit", 1, 0),)),
    ("어제 어머니와 통화했어요", (("parent_contact", 1, 0),)),
    ("어제 王明 아버지께 전화했어요", (("parent_contact", 1, 0),)),
    ("어제 학부모님께 카톡 했어요", (("parent_contact", 1, 0),)),
    ("어제 학급회의 했어요", (("class_meeting", 1, 0),)),
    ("어제 임원회의 했어요", (("cadre_meeting", 1, 0),)),
    ("어제 학생회 간부들과 회의했어요", (("cadre_meeting", 1, 0),)),
    ("어제 개별 면담 3명", (("student_talk", 1, 3),)),
    ("어제 가정방문 했어요", (("parent_contact", 1, 0),)),
    ("오늘 기숙사 점호 했어요", (("dorm_visit", 0, 0),)),
    ("오늘 수업 청강", (("classroom_visit", 0, 0),)),
    ("오늘 1교시 출석 체크 했어요", (("classroom_visit", 0, 0),)),
    ("어제 야자 감독 했어요", (("classroom_visit", 1, 0),)),
    ("어제 저녁 자습 점검", (("classroom_visit", 1, 0),)),
    ("昨天出席确认了", (("classroom_visit", 1, 0),)),
    ("어제 王老师 수업 들었어요", (("classroom_visit", 1, 0),)),
    ("어제 王老师 수업에 들어갔어요", (("classroom_visit", 1, 0),)),
    ("오늘 수업 끝나고 학생 면담했어요", (("student_talk", 0, 0),)),
    ("어제 반장 면담", (("student_talk", 1, 0),)),
    ("어제 과대표하고 면담", (("student_talk", 1, 0),)),
    ("어제 반 엠티 갔어요", (("student_activity", 1, 0),)),
    ("어제 학생들과 회식", (("student_activity", 1, 0),)),
    ("어제 학생들 세 명 상담", (("student_talk", 1, 3),)),
    ("어제 학생 한 명 면담", (("student_talk", 1, 1),)),
    ("어제 학생 네 명 면담", (("student_talk", 1, 4),)),
    ("어제 학생 다섯 명 면담", (("student_talk", 1, 5),)),
    ("어제 학부모 한 번 전화", (("parent_contact", 1, 0),)),
    ("어제 학생 면담 한 시간", (("student_talk", 1, 0),)),
    ("어제 기숙사 2번 갔어요", (("dorm_visit", 1, 0),)),
    # SINO: words in characters.
    ("学生3名相谈进行", (("student_talk", 0, 3),)),
    ("昨天和学生相谈了", (("student_talk", 1, 0),)),
    ("昨天给学父母打电话", (("parent_contact", 1, 0),)),
    ("어제 学父母 两名 电话했어요", (("parent_contact", 1, 2),)),
    ("昨天学生 个别 相谈", (("student_talk", 1, 0),)),
    ("宿舍访问预定", (("dorm_visit", 0, 0),)),
    ("今天出张，班会没开", ()),
    ("昨天授课参观了", (("classroom_visit", 1, 0),)),
    ("금일 기숙사 방문", (("dorm_visit", 0, 0),)),
    ("작일 학생 면담", (("student_talk", 1, 0),)),
    ("명일 반회의 예정", (("class_meeting", -1, 0),)),
    ("내주 화요일 반회의 예정", (("class_meeting", -6, 0),)),
    ("금주 월요일 기숙사 점검", (("dorm_visit", 2, 0),)),
    ("昨天面会学生2名", (("student_talk", 1, 2),)),
    ("昨天和学父兄电话", (("parent_contact", 1, 0),)),
    ("昨天学级会议开了", (("class_meeting", 1, 0),)),
    ("昨天寮的点检", (("dorm_visit", 1, 0),)),
    ("昨天保护者恳谈会", (("parent_contact", 1, 0),)),
    ("昨天三者面谈", (("parent_contact", 1, 0),)),
    ("昨天开催班会议", (("class_meeting", 1, 0),)),
    ("昨天参席了班委会", (("cadre_meeting", 1, 0),)),
    ("昨天授业参观", (("classroom_visit", 1, 0),)),
    ("昨天听了王老师的授业", (("classroom_visit", 1, 0),)),
    # PARTICLES.
    ("어제 王明하고 면담했어요", (("student_talk", 1, 0),)),
    ("어제 宿舍에 갔어요", (("dorm_visit", 1, 0),)),
    ("昨日 李さんの保護者と電話", (("parent_contact", 1, 0),)),
)

# A count in Korean numerals (한, 두, 세, 네, 다섯) of people, times and hours, as the Chinese.
COUNT_NOTES: tuple[tuple[str, str], ...] = tuple(
    (f"학생 {word} {unit} 면담", f"学生 {number}{standard} 谈话")
    for word, number in (("한", "一"), ("두", "两"), ("세", "三"), ("네", "四"), ("다섯", "五"))
    for unit, standard in (("명", "名"), ("번", "次"), ("시간", "小时"))
)

# The Chinese side of their notes, read before this stage.
READ_ALREADY: tuple[tuple[str, Expect], ...] = (
    ("昨天宿舍去了", (("dorm_visit", 1, 0),)),
    ("家长两名电话了", (("parent_contact", 0, 2),)),
    ("学生三名和谈话了", (("student_talk", 0, 3),)),
    ("昨天去寄宿舍了", (("dorm_visit", 1, 0),)),
    ("11.16 宿舍访问", (("dorm_visit", 2, 0),)),
    ("11/16 宿舍访问", (("dorm_visit", 2, 0),)),
    ("11月16日(周一)宿舍访问", (("dorm_visit", 2, 0),)),
    ("昨天学生2名面谈", (("student_talk", 1, 2),)),
    ("昨天班会议了", (("class_meeting", 1, 0),)),
    ("家庭訪問 昨日", (("parent_contact", 1, 0),)),
)

# Chinese words that look like theirs, in their ordinary sense.
FALSE_FRIENDS: tuple[tuple[str, Expect], ...] = (
    ("学生的名字写错了", ()),
    ("他是有名的老师", ()),
    ("学生报名了运动会", (("student_activity", 0, 0),)),
    ("学生访问了学校网站", ()),
    ("昨天和学生面谈", (("student_talk", 1, 0),)),
    ("面会室在一楼", ()),
    ("和学生相谈甚欢", (("student_talk", 0, 0),)),
    ("预定了会议室", ()),
    ("课堂参观了博物馆", (("student_activity", 0, 0),)),
    ("今晚开新生见面会", (("class_meeting", 0, 0),)),
    ("家长面会时间是周六", ()),
    ("茶寮里喝茶", ()),
    ("学生来自寮国", ()),
    ("传道授业解惑", ()),
    ("学校巡回展在礼堂", ()),
    ("今日头条的新闻", ()),
    ("未来周末去玩", ()),
    ("本来周三要开班会，后来推迟了，还没定时间", ()),
    ("首先周一放假", ()),
    ("如今周末也要上课", ()),
    ("下午前把表交了", ()),
    ("端午前最后一次查寝", (("dorm_visit", 0, 0),)),
    ("查寝，重点检查违规电器", (("dorm_visit", 0, 0),)),
    ("大学父母都很关心孩子", ()),
    ("中午前吃饭", ()),
    ("被保护者的权利", ()),
)


def _got(text: str) -> list[tuple[str, int, int]]:
    return sorted(
        (a.kind, (TODAY - a.date).days, a.count) for a in parse_note(text, NOW).activities
    )


def _check(text: str, expect: Expect) -> None:
    got = _got(text)
    assert [(k, d) for k, d, _ in got] == sorted((k, d) for k, d, _ in expect), (text, got)
    for (_, _, want), (_, _, count) in zip(sorted(expect), got, strict=True):
        if want:
            assert count == want, (text, got)


@pytest.mark.parametrize(("text", "expect"), READ + READ_ALREADY)
def test_their_note_reads_as_a_natives(text: str, expect: Expect) -> None:
    _check(text, expect)


@pytest.mark.parametrize(("text", "expect"), FALSE_FRIENDS)
def test_ordinary_sense_kept(text: str, expect: Expect) -> None:
    _check(text, expect)


def _before_the_fold(text: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """The note as `normalise` hands it to `fold_korean`."""
    with monkeypatch.context() as patched:
        seen: list[str] = []
        patched.setattr(normalise_module, "fold_korean", lambda norm: seen.append(norm) or norm)
        normalise_module.normalise(text)
        return seen[0]


def test_every_entry_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    folded: set[int] = set()
    for text in [text for text, _ in READ] + [text for text, _ in COUNT_NOTES]:
        norm = _before_the_fold(text, monkeypatch)
        folded.update(
            i
            for i, m in korean._SCAN.finditer(norm)
            if m.expand(korean._ENTRIES[i].standard) != m.group()
        )
    missing = [e.word for i, e in enumerate(korean._ENTRIES) if i not in folded]
    assert not missing


def test_no_false_friend_is_folded(monkeypatch: pytest.MonkeyPatch) -> None:
    for text, _ in FALSE_FRIENDS + READ_ALREADY:
        norm = _before_the_fold(text, monkeypatch)
        assert korean.fold_korean(norm) == norm, text


def test_a_chinese_note_passes_the_gate_untouched() -> None:
    assert korean._GATE_RE.search("昨天晚上去宿舍查寝，和两个学生谈话") is None
    assert korean._GATE_RE.search("约了时间和家长谈话，今天抽时间去宿舍") is None


@pytest.mark.parametrize(("text", "spelled"), COUNT_NOTES)
def test_korean_numerals(text: str, spelled: str) -> None:
    assert normalise_module.normalise(text)[0] == spelled


# Words split by spaces, as Korean is written (`korean.join_word_spaces`): joined when single
# characters stand as words between spaces; a phone note's items split by spaces are kept.
WORD_SPACED = (
    ("本来 今天 班会 要 开 的，考试 太 多 所以 延期。", "本来今天班会要开的，考试太多所以延期。"),
    (
        "班委会 今天 没 开成，班长 生病 了。下周一 再 开。",
        "班委会今天没开成，班长生病了。下周一再开。",
    ),
    ("어제 宿舍 去 了, 4名 一起 谈 了", "昨天宿舍去了, 4名一起谈了"),
)
NOT_WORD_SPACED = (
    "周一 听课 周二 查寝 周三 谈心",
    "今天收假第一天去教室看了下 还有四个没回来 挨个给家长打了电话",
    "10.9 查早八 25/31 / 10.10 没干啥 / 10.11 晚上查寝",
    "今天 班会 开了",
)


@pytest.mark.parametrize(("text", "joined"), WORD_SPACED)
def test_words_split_by_spaces_are_joined(text: str, joined: str) -> None:
    assert korean.join_word_spaces(korean.fold_korean(text)) == joined


@pytest.mark.parametrize("text", NOT_WORD_SPACED)
def test_a_phone_notes_spaces_are_kept(text: str) -> None:
    assert korean.join_word_spaces(text) == text
