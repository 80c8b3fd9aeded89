"""Chinese written by Korean and Japanese lecturers: their Hangul and kana spelled as Chinese.

Ethnic Korean (朝鲜族) lecturers from Yanbian, Korean lecturers and, more widely, Japanese
lecturers at Chinese universities write their notes in Chinese with their first language
showing through. The Chinese side is read already: Korean (SOV) order (宿舍去了, 家长两名电话了,
学生三名和谈话了), 名 for people (学生3名), a dropped or extra 了, Sino-Korean words a native
writes too (面谈, 相谈, 寄宿舍, 学父母) and dates (10.14, 10/14, 10月14日(周三)). What is not
read is what they write in their own script, glued to or between the Chinese: a day word
(오늘, 어제, 그저께, 지난주 월요일, 저녁; 昨日, 先週, 月曜日), a date (10월 14일), a word of the
work (기숙사, 학부모, 면담, 반회의, 전화, 수업 참관; 寮, 保護者), an ending that says done, planned,
cancelled or not done (했어요, 예정, 취소, 못 했어요; しました, 予定, 済み), and the Sino-Korean and
Japanese words in characters a native does not use (面会, 学父兄, 保护者, 学级会, 点检, 授业).

The tables spell each as the standard Chinese the later stages read, inside `normalise`
before the slips and the learners' tables (`learner.py`, whose shape they follow; its
`LearnerForm` is the entry):

- `DATES`: a date and a clock time in Hangul (10월 14일, 14일(수), 3시 반, 2시간, 30분).
- `DAYS`: day words and parts of the day (오늘, 어제, 그저께, 내일, 모레, 지난주, 이번 주,
  다음 주, 월요일 … 일요일, 아침, 오전, 오후, 저녁, 밤; Japanese 昨日, 一昨日, 先週, 来週,
  月曜日, 午前, 夕方).
- `MARKERS`: the endings and status words (했어요 done, 갔어요 went, 예정 planned, 완료 done,
  취소 cancelled, 연기 put off, 못 했어요 / 안 했어요 not done; しました, 予定, 済み, 中止).
- `WORK`: the words of the work in Hangul (기숙사, 생활관, 학부모, 부모님, 면담, 상담, 반회의,
  간부회의, 가정방문, 방문, 점검, 수업 참관, 수업, 전화, 통화, 카톡, 학생, 반장, 간부, 명).
- `SINO`: Sino-Korean and Japanese words in characters (面会, 学父兄, 保护者, 学级会, 班会议 is
  read already, 寮, 点检, 授业见学, 授业, 巡回).
- `PARTICLES`: a Korean particle after a Chinese word (王明하고, 宿舍에), a Japanese one between
  Chinese words (寮を, 保護者と), dropped.

Their Chinese is often written with its words split by spaces, as Korean is ("班委会 今天 没 开成，
班长 生病 了"); `join_word_spaces`, after the tables, drops the spaces between characters of such a
note (single particles and verbs standing as words mark it), so a space is not read as a phone
note's break before a day word.

A Hangul noun takes its particle with it (기숙사를, 학부모님께, 오늘은: `_JOSA`). A Chinese
note holds no Hangul or kana, so the Hangul and kana entries can change nothing in it; the
entries in characters keep the ordinary sense with lookarounds (面会室, 茶寮, 老挝 is 寮国,
传道授业解惑, 巡回展). `tests/parsing/test_kozh.py` reads every entry in a note and keeps the
ordinary senses. A Japanese lecturer's kanji words, kana verbs and order beyond these
(連絡, 見学, 話しました, 学生に電話, 金曜日に延期) are `japanese.py`'s, read just before this stage.
"""

from __future__ import annotations

import re

from bot.parsing.gates import FirstCharScan, prefixes, trie
from bot.parsing.japanese import japanese_form as _j
from bot.parsing.learner import LearnerForm

# A Korean particle after a noun (object, place, topic, subject, of, with, to, also, toward),
# taken with the noun it follows: 기숙사를, 학부모님께, 오늘은, 다음 주로.
_JOSA = (
    "(?:에서는|에서|에게|한테|께서|께|으로|로|에는|에|은|는|을|를|이|가|의|와|과|하고|이랑|랑|도)?"
)
# …after a noun of a deed (면담, 방문, 전화), where 하고 is "did, and" (the marker below).
_DEED_JOSA = (
    "(?:에서는|에서|에게|한테|께서|께|으로|로|에는|에|은|는|을|를|이|가|의|와|과|이랑|랑|도)?"
)
# A Hangul word goes on (a noun not ended: 학생회 is not 학생 and 회).
_WORD_ENDS = "(?![가-힣])"
_HANGUL = "가-힣"

# Korean weekdays, their short forms in brackets after a date, and Japanese weekdays.
_WEEKDAYS = (
    ("월", "一"),
    ("화", "二"),
    ("수", "三"),
    ("목", "四"),
    ("금", "五"),
    ("토", "六"),
    ("일", "日"),
)
_JA_WEEKDAYS = (
    ("月", "一"),
    ("火", "二"),
    ("水", "三"),
    ("木", "四"),
    ("金", "五"),
    ("土", "六"),
    ("日", "日"),
)
_NO_HANZI_BEFORE = r"(?<![\u4e00-\u9fff])"
_AFTER_A_NUMBER = r"(?:(?<=\d)|(?<=\d\s))"


def _k(word: str, standard: str, before: str = "", after: str = "") -> LearnerForm:
    """A Korean entry (the learners: Korean and Yanbian Korean lecturers)."""
    return LearnerForm(word, standard, "Korean", before, after)


DATES: tuple[LearnerForm, ...] = (
    # 10월 14일 (10月14日), 10월 (10月), 14일 (14日): after a number.
    _k(r"월\s?(\d{1,2})\s?일", r"月\1日", before=_AFTER_A_NUMBER),
    _k(f"년{_JOSA}", "年", before=_AFTER_A_NUMBER, after=_WORD_ENDS),
    _k(f"월{_JOSA}", "月", before=_AFTER_A_NUMBER, after=_WORD_ENDS),
    _k(f"일{_JOSA}", "日", before=_AFTER_A_NUMBER, after=_WORD_ENDS),
    # A weekday in brackets after a date: 10.14(수), 14일(수) as (周三).
    *(
        _k(rf"\({day}\)", f"(周{number})", before=r"(?:(?<=[\d日일号])|(?<=[\d日일号]\s))")
        for day, number in _WEEKDAYS
    ),
    # The hours (2시간, 1시간 반), the clock (3시, 3시 반, 7시 30분) and minutes (30분).
    _k(r"시간\s?반", "个半小时", before=_AFTER_A_NUMBER),
    _k("시간", "小时", before=_AFTER_A_NUMBER),
    _k(rf"시\s?반{_JOSA}", "点半", before=_AFTER_A_NUMBER),
    _k(rf"시\s?(?:쯤|경){_JOSA}", "点左右", before=_AFTER_A_NUMBER),
    _k(rf"시\s?(\d{{1,2}})\s?분{_JOSA}", r"点\1分", before=_AFTER_A_NUMBER),
    _k(f"시{_JOSA}", "点", before=_AFTER_A_NUMBER, after=_WORD_ENDS),
    _k(f"분{_JOSA}", "分钟", before=_AFTER_A_NUMBER, after=_WORD_ENDS),
    # Japanese hours and minutes (1時間, 1時間半, 30分間, as normalise hands them on).
    _j("时间半", "个半小时", before=_AFTER_A_NUMBER),
    _j("时间", "小时", before=_AFTER_A_NUMBER),
    _j("分间", "分钟", before=_AFTER_A_NUMBER),
)

DAYS: tuple[LearnerForm, ...] = (
    # Tonight and last night first (오늘 밤, 어젯밤), then the days.
    _k(rf"오늘\s?밤{_JOSA}", "今晚"),
    _k(rf"어젯밤{_JOSA}", "昨晚"),
    _k(rf"어제{_JOSA}", "昨天"),
    _k(rf"오늘{_JOSA}", "今天"),
    _k(rf"(?:그저께|그제){_JOSA}(?!서야)", "前天"),
    _k(rf"내일{_JOSA}", "明天"),
    _k(rf"모레{_JOSA}", "后天"),
    _k(rf"글피{_JOSA}", "大后天"),
    # The formal Sino-Korean days (금일 今日, 작일 昨日, 명일 明日) and weeks (내주 來週, 금주 今週).
    _k(rf"금일{_JOSA}", "今天"),
    _k(rf"작일{_JOSA}", "昨天"),
    _k(rf"명일{_JOSA}", "明天"),
    _k(rf"내주{_JOSA}", "下周", before=f"(?<![{_HANGUL}])"),
    _k(rf"금주{_JOSA}", "本周", before=f"(?<![{_HANGUL}])", after="(?!령)"),
    # The weeks: 지난주 / 저번 주 (last), 이번 주 (this), 다음 주 (next), 지지난주.
    _k(rf"지지난\s?주{_JOSA}", "上上周"),
    _k(rf"(?:지난|저번)\s?주{_JOSA}", "上周"),
    _k(rf"이번\s?주{_JOSA}", "本周"),
    _k(rf"다음\s?주{_JOSA}", "下周"),
    *(_k(f"{day}요일{_JOSA}", f"周{number}") for day, number in _WEEKDAYS),
    # 지난 월요일 (the Monday just past), 오는 금요일 (the coming one): the weekday alone.
    _k(r"(?:지난|오는|이번)\s?(?=[월화수목금토일]요일)", ""),
    # The parts of the day.
    _k(rf"아침{_JOSA}", "早上"),
    _k(rf"오전{_JOSA}", "上午"),
    _k(rf"점심{_JOSA}", "中午"),
    _k(rf"오후{_JOSA}", "下午"),
    _k(rf"저녁{_JOSA}", "晚上"),
    _k(rf"새벽{_JOSA}", "凌晨"),
    _k(rf"밤{_JOSA}{_WORD_ENDS}", "晚上", before=f"(?<![{_HANGUL}])"),
    # Japanese, as normalise hands it on: 一昨日, 昨日, 明後日 (明后日), 先週 (先周), 今週,
    # 来週, 月曜日 … 日曜日 (or 月曜), 午前, 夕方; not 今日 in 今日头条 (a native's 今日 is today).
    _j("一昨日", "前天"),
    _j("明后日", "后天"),
    # Only where no Chinese word ends in 先, 今 or 来 before it (首先周一, 如今周末, 本来周三).
    _j("先周", "上周", before=_NO_HANZI_BEFORE),
    _j("今周", "本周", before=_NO_HANZI_BEFORE),
    _j("来周", "下周", before=_NO_HANZI_BEFORE),
    *(_j(f"{day}曜日?", f"周{number}") for day, number in _JA_WEEKDAYS),
    # 午前 after a day or on its own (昨日午前); not 端午前, 中午前, 下午前.
    _j("午前", "上午", before=rf"(?:{_NO_HANZI_BEFORE}|(?<=日))"),
    _j("夕方", "傍晚"),
)

_DONE = "(?:했어요|했습니다|했음|했다|하였습니다|하였음|했고|했는데|함)"
_WENT = "(?:갔다\\s?왔어요|갔다\\s?왔음|갔다\\s?옴|다녀옴|갔어요|갔습니다|갔음|갔다|갔고|다녀왔어요|다녀왔습니다|다녀왔음)"
_BECAME = "(?:됐어요|되었어요|되었습니다|되었음|됐음|됐다|됨|했어요|했습니다|했음|함)?"

# Is, was (예정입니다, 예정이었는데 취소: planned, then called off).
_WAS = "(?:이었는데|였는데|이었지만|이었으나|이었어요|이었습니다|입니다|이에요|임|이다)?"

MARKERS: tuple[LearnerForm, ...] = (
    # Wished, not done (방문하고 싶어요), decided or meant to (면담하기로 했어요, 하려고 했는데):
    # a plan or nothing, before 하고 and 했어요 are read as done.
    _k(r"하고\s?싶(?:어요|습니다|었어요|었는데|다|음)", "还没做"),
    _k(rf"하기로\s?{_DONE}?", "计划"),
    _k(r"하려고\s?(?:했는데|했지만|했어요)", "计划"),
    # Did and (방문하고 면담했어요, 반회의 하고): the steps apart; not 王明하고 (with him).
    _k("(?:하고|했고|하였고)", ",", before=r"(?<![\u4e00-\u9fff])", after=r"(?=\s)"),
    # Not done: 못 했어요 / 안 했어요 (could not, did not), 못 갔어요, 못함; before the endings.
    _k(rf"(?:못|안)\s?{_DONE}", "没做"),
    _k(rf"(?:못|안)\s?{_WENT}", "没去"),
    _k(r"(?:하지|가지)\s?않았(?:어요|습니다|음|다)", "没做"),
    # The student did not come (학생이 안 왔어요): no one came.
    _k(r"안\s?(?:왔어요|왔습니다|왔음|옴)", "没人来"),
    _k(r"못\s?하게\s?(?:됐어요|되었어요|되었습니다|됐습니다|됨)", "没做"),
    # 못 before any other verb (못 가요, 못 만났어요): not done, the verb with it.
    _k(r"못\s?[가-힣]+", "没做", before=f"(?<![{_HANGUL}])"),
    # 못 / 안 before a Chinese verb (宿舍 못 去了, 电话 안 打): 没.
    _k(r"(?:못|안)\s?(?=[\u4e00-\u9fff])", "没", before=f"(?<![{_HANGUL}])"),
    # Not yet: 아직 안 했어요, or 아직 alone at the end (학부모 전화 아직).
    _k(rf"아직\s?(?:못|안)\s?{_DONE}", "还没做"),
    _k(r"아직(?=\s*(?:$|[,，.。!！\n]))", "还没做"),
    # Next time, later, said at the clause's end (기숙사 방문 다음에): put off, no day.
    _k(
        r"(?:다음에|나중에)\s?(?:할게요|하겠습니다|할\s?거예요|해요)?",
        "下次再说",
        after=r"(?=\s*(?:$|[,，.。!！\n]))",
    ),
    # The call not answered (안 받았어요, 연결 안 됐어요): 没接.
    _k(r"(?:전화를?\s?)?안\s?(?:받았어요|받았습니다|받았음|받음|받아요)", "没接"),
    _k(r"연결\s?(?:이\s?)?안\s?(?:됐어요|되었어요|됐습니다|됨)", "没接"),
    # Will do: 할 거예요, 하려고 해요, 하겠습니다, 할게요 (a plan).
    _k(r"(?:할\s?거예요|할\s?겁니다|하려고\s?해요|하려고\s?합니다|하겠습니다|할게요)", "计划"),
    # Done: 했어요, 했습니다, 했음 (the verb 하다 after a noun of the work); went: 갔어요.
    _k(_DONE, "了"),
    _k(_WENT, "去了"),
    # Planned, done, cancelled, put off.
    _k(rf"할\s?(?:예정|계획){_WAS}", "计划"),
    _k(rf"계획{_WAS}", "计划", after=_WORD_ENDS),
    _k(rf"예정{_WAS}", "计划"),
    _k(rf"완료{_BECAME}", "完成了"),
    # Held, attended (the Sino-Korean verbs of a note): 진행 / 실시 (进行), 참석 / 참가, 개최.
    _k(f"(?:진행|실시){_BECAME}", "进行了"),
    _k(f"(?:참석|참가){_BECAME}", "参加了"),
    _k(f"개최{_BECAME}", "召开了"),
    _k(rf"취소{_BECAME}", "取消了"),
    _k(rf"연기{_BECAME}", "推迟了"),
    # Japanese: しました / した (done), 行きました (went), 予定 (planned), 済み (done), 中止.
    _j("(?:でき|し)ませんでした", "没做"),
    _j("行けませんでした", "没去"),
    _j("(?:し|行き)たい(?:です)?", "还没做"),
    _j("キャンセル(?:しました|になりました)?", "取消了"),
    _j("行きました", "去了"),
    _j("(?:行いました|行った)", "进行了"),
    _j("(?:しました|ました|した)", "了"),
    _j("予定(?:です)?", "计划"),
    _j("済み?", "完成了"),
    _j("中止", "取消了", before="(?<![的已被])"),
)

WORK: tuple[LearnerForm, ...] = (
    # The dorm: 기숙사, 생활관 (a Korean campus's halls); 기숙사 점검 / 순찰 / 방문.
    _k(f"기숙사{_JOSA}", "宿舍"),
    _k(f"생활관{_JOSA}", "宿舍"),
    # Parents: 학부모(님), 부모님, 학부형; a mother or a father.
    _k(f"(?:학부모님?|부모님|학부형){_JOSA}", "家长"),
    _k(f"(?:어머님|어머니|엄마){_JOSA}", "妈妈"),
    _k(f"(?:아버님|아버지|아빠){_JOSA}", "爸爸"),
    # Meetings: 반회의, 학급회의, 반 모임 (a class meeting), 간부회의 / 임원회의 (the officers').
    _k(f"(?:반|학급)\\s?(?:회의|모임|회){_DEED_JOSA}", "班会"),
    _k(f"(?:간부|임원)\\s?회의{_DEED_JOSA}", "班委会"),
    _k(f"학생회{_JOSA}", "学生会"),
    _k(f"회의{_DEED_JOSA}", "会议"),
    # Talks: 면담, 상담 (a talk, counselling), 개별 면담.
    _k(f"(?:개별\\s?)?(?:면담|상담){_DEED_JOSA}", "谈话"),
    # A home visit (가정방문), a visit (방문), an inspection (점검, 순찰).
    _k(f"가정\\s?방문{_DEED_JOSA}", "家访"),
    _k(f"방문{_DEED_JOSA}", "走访"),
    _k(f"(?:점검|순찰){_DEED_JOSA}", "检查"),
    # The dorm's roll call (점호, 點呼): 查寝.
    _k(f"(?:기숙사\\s?)?점호{_DEED_JOSA}", "查寝"),
    # Attendance checked (출석 체크 / 확인 / 점검): 查课; self-study supervised (자습 감독, 야자
    # 감독, 자율학습 감독): 查晚自习; self-study alone (자습, 자율학습, 야자): 自习.
    _k(f"출석\\s?(?:체크|확인|점검){_DEED_JOSA}", "查课"),
    _k(f"(?:야간\\s?)?(?:자습|자율학습|야자)\\s?감독{_DEED_JOSA}", "查晚自习"),
    _k(f"(?:야간\\s?)?(?:자습|자율학습|야자){_JOSA}", "自习", before=f"(?<![{_HANGUL}])"),
    # A class: 수업 참관 / 청강 (sat in on it), 수업 (a class).
    _k(f"(?:수업\\s?)?(?:참관|청강){_DEED_JOSA}", "听课"),
    _k(rf"수업{_JOSA}\s?(?:들었어요|들었습니다|들었음|들음|들어갔어요|들어갔습니다)", "听课了"),
    _k(f"수업{_JOSA}", "课"),
    # The class's outings: 엠티 (MT, a class's weekend retreat), 회식 (a dinner together).
    _k(f"엠티{_DEED_JOSA}", "团建"),
    _k(f"회식{_DEED_JOSA}", "聚餐"),
    # Calls and messages: 전화, 통화, 카톡 / 카카오톡, 위챗 (WeChat), 문자.
    _k(f"(?:전화\\s?)?통화{_DEED_JOSA}", "电话"),
    _k(f"전화{_JOSA}", "电话"),
    _k(f"(?:카카오톡|카톡|위챗){_DEED_JOSA}", "微信"),
    # People: 학생(들), 반장 (the monitor), 간부 / 임원 (officers), 명 counting people
    # (2명, 두 명: 名).
    _k(f"학생들?{_JOSA}{_WORD_ENDS}", "学生"),
    _k(f"(?:반장|반대표|과대표){_JOSA}", "班长"),
    _k(f"(?:간부|임원)들?{_JOSA}", "班干部"),
    _k(f"명{_JOSA}", "名", before=_AFTER_A_NUMBER, after=_WORD_ENDS),
    *(
        _k(rf"{word}\s?{unit}{_JOSA}", f"{number}{standard}", before=f"(?<![{_HANGUL}])")
        for word, number in (("한", "一"), ("두", "两"), ("세", "三"), ("네", "四"), ("다섯", "五"))
        for unit, standard in (("명", "名"), ("번", "次"), ("시간", "小时"))
    ),
    # Times (2번, twice): 次.
    _k(f"번{_JOSA}", "次", before=_AFTER_A_NUMBER, after=_WORD_ENDS),
)

SINO: tuple[LearnerForm, ...] = (
    # 面会 (면회, 面會) with a student or a parent: a talk; not 面会室, 面会时间 (a visiting room),
    # 见面会 (the freshmen's first meeting).
    LearnerForm(
        "面会", "面谈", "Korean, Japanese", before="(?<![见碰])", after="(?!室|时间|日|处|单)"
    ),
    # Parents: 学父兄 (학부형), 保护者 (保護者), 父兄 after a student's.
    LearnerForm("学父兄|学父母兄|学父母", "家长", "Korean", before="(?<![大中小])"),
    LearnerForm("(?:保护者|家长)[恳懇]谈会", "家长会", "Japanese"),
    LearnerForm("保护者", "家长", "Japanese, Korean", before="(?<![被])"),
    # 三者面谈 (三者面談: the student, a parent and the advisor): a talk with the parents.
    LearnerForm("三者面谈", "家长面谈", "Japanese"),
    # The class meeting: 学级会 / 学级会议 (학급회, 学級会); 班级会议 and 班会议 are read already.
    LearnerForm("学级会议?", "班会", "Korean, Japanese"),
    LearnerForm("ホームルーム", "班会", "Japanese"),
    # クラス委員 (the class officers), クラス (the class); 見回り (a round of the dorm).
    LearnerForm("クラス委员", "班委", "Japanese"),
    LearnerForm("クラス", "班", "Japanese"),
    LearnerForm("见回り", "巡查", "Japanese"),
    # 打ち合わせ (a working meeting): 开会.
    LearnerForm("打ち合わせ", "开会", "Japanese"),
    # The dorm's roll call: 点呼 (點呼, 점호).
    LearnerForm("点呼", "查寝", "Korean, Japanese"),
    # Attendance checked: 出席确认 / 出席点检 / 出席检查 / 出席チェック (출석 확인): 查课.
    LearnerForm("出席(?:确认|点[检検]|检查|チェック)", "查课", "Korean, Japanese"),
    # Held and attended: 开催 (開催), 参席 (參席).
    LearnerForm("开催", "召开", "Japanese, Korean"),
    LearnerForm("参席", "参加", "Korean"),
    # The dorm: 寮 (Japanese); not 茶寮, 僧寮, 同寮, 寮国 (Laos).
    LearnerForm("寮", "宿舍", "Japanese", before="(?<![茶僧同官])", after="(?![国])"),
    # An inspection: 点检 / 点検 (點檢), not 重点检查; 巡回 after a dorm or a room (寮巡回, 教室巡回).
    LearnerForm("点[检検]", "检查", "Korean, Japanese", after="(?!查|测|验|索|讨|阅|举|察|修|票)"),
    LearnerForm("巡回", "巡查", "Japanese", before="(?<=[舍寮室寝])"),
    # A talk: 相谈 (상담, 相談: counselling), 个别相谈; not 相谈甚欢 (a native's 'talked happily').
    LearnerForm("相谈", "谈话", "Korean, Japanese", after="(?!甚|正欢)"),
    # Planned: 预定 (예정, 豫定) after a deed at the clause's end; not 预定了会议室 (booked).
    LearnerForm("预定", "计划", "Korean", after=r"(?=\s*(?:$|[,.;!?\n]))"),
    # Away on business: 出张 (출장, 出張).
    LearnerForm("出张", "出差", "Korean, Japanese"),
    # A class: 授课参观 / 上课参观 (수업참관 said in Chinese words): 听课; not 课堂参观 (a tour).
    LearnerForm("(?:授课|上课)参观", "听课", "Korean"),
    # A class: 授业见学 / 授业参观 (sat in on it), 授业 (授業, a class); not 传道授业.
    LearnerForm("授业(?:见学|参观)", "听课", "Japanese, Korean"),
    LearnerForm("授业", "课", "Japanese, Korean", before="(?<![道])", after="(?!解惑)"),
)

PARTICLES: tuple[LearnerForm, ...] = (
    # A Korean particle after a Chinese word (王明하고 면담, 宿舍에 갔어요): dropped.
    _k(
        "(?:에서|에게|한테|께|으로|로|에|은|는|을|를|이|가|의|와|과|하고|이랑|랑|도)",
        "",
        before=r"(?<=[\u4e00-\u9fff\d])",
        after=f"(?![{_HANGUL}])",
    ),
    # A Japanese particle after a Chinese word (寮を, 保護者と, 学生に): dropped; の is 的.
    _j("の", "的", before=r"(?<=[\u4e00-\u9fff])"),
    _j("[をにとでへはが]", "", before=r"(?<=[\u4e00-\u9fff\d\u30a0-\u30ff])"),
)

# The Japanese hours and minutes, read only after a number (时间 and 分间 open no note's gate).
_AFTER_NUMBER_ONLY = ("时间半", "时间", "分间")

TABLES: tuple[tuple[LearnerForm, ...], ...] = (DATES, DAYS, MARKERS, WORK, SINO, PARTICLES)
_ENTRIES: tuple[LearnerForm, ...] = tuple(e for table in TABLES for e in table)

_SCAN = FirstCharScan((i, f"{e.before}(?:{e.word}){e.after}") for i, e in enumerate(_ENTRIES))
# A note with Hangul or kana, or a word in characters that starts with a Chinese character (the
# words of SINO, the Japanese days: 先週, 月曜日 with no kana beside them), or a Japanese 時間 /
# 分間 after a number: most notes have none.
_HANJA_KEYS = sorted(
    {
        p
        for e in _ENTRIES
        if e.word not in _AFTER_NUMBER_ONLY
        for p in prefixes(e.word, 3)
        if "\u4e00" <= p[0] <= "\u9fff"
    }
)
_GATE_RE = re.compile(
    f"[\uac00-\ud7a3\u3040-\u30ff]|{trie(_HANJA_KEYS)}|\\d(?:{'|'.join(_AFTER_NUMBER_ONLY)})"
)


def fold_korean(norm: str) -> str:
    """`norm` with a Korean or Japanese lecturer's Hangul, kana and own words in characters
    spelled as the standard Chinese the later stages read."""
    if _GATE_RE.search(norm) is None:
        return norm
    return _SCAN.sub(lambda index, m: m.expand(_ENTRIES[index].standard), norm)


# A note whose words are split by spaces, as Korean is written ("本来 今天 班会 要 开 的，考试
# 太 多 所以 延期", "班委会 今天 没 开成"): a space there is a word's end, not a break between
# steps, which a phone note's space before a day word is (clauses.py). Such a note has single
# characters standing between spaces (要 开 的, 没 开成); its spaces between two characters are
# dropped, so the Chinese reads as a native writes it.
_WORD_GAP_RE = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")
# The single characters that mark it: particles, adverbs and verbs (not a surname alone, "谈心 李
# 赵 两人", which names students).
_SINGLE_WORD_RE = re.compile(
    r"(?<=[\u4e00-\u9fff] )[了的是要开没去再很太多也还都在就才又说看来走查谈不有会能想先记报补]"
    r"(?=\s|[,.;!?，。；！？])"
)


def join_word_spaces(norm: str) -> str:
    """`norm` without the spaces between its words when it is written with words split by
    spaces (at least three spaces between characters and two single characters standing as
    words); any other note as it is."""
    if norm.count(" ") < 3:
        return norm
    if len(_SINGLE_WORD_RE.findall(norm)) < 2 or len(_WORD_GAP_RE.findall(norm)) < 3:
        return norm
    return _WORD_GAP_RE.sub("", norm)
