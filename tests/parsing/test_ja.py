"""Chinese written by Japanese-born lecturers (`bot/parsing/japanese.py`): their kanji words,
kana grammar, order and days read as the Chinese twin of the note is.

Each note in `READ` is read as its Chinese twin and as the expectation (kind, days before
today, count, flag); every table entry is read in one of them (`test_every_entry_is_read`);
the Chinese words written the same keep their Chinese sense (`FALSE_FRIENDS`).
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.parsing import japanese, parse_note
from bot.parsing import normalise as normalise_module

NOW = dt.datetime(2026, 11, 18, 20, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))  # a Wednesday
TODAY = NOW.date()

F = "future"
Expect = tuple[tuple[str, int, int, str | None], ...]  # kind, days before today, count, flag

# (the Japanese lecturer's note, its Chinese twin, what both record).
READ: tuple[tuple[str, str, Expect], ...] = (
    # ORDER: to someone called (学生に電話), with someone talked (と面談), met (に会い), taken
    # (を連れて), a teacher's class sat in on (の授業を見学), moved to a day (に延期).
    ("昨日学生に電話しました", "昨天给学生打电话了", (("student_talk", 1, 1, None),)),
    ("欠席の学生に電話しました", "给缺勤的学生打电话了", (("student_talk", 0, 1, None),)),
    ("王さんの保護者に連絡しました", "联系了王同学的家长", (("parent_contact", 0, 1, None),)),
    ("保護者に電話しました（2名）", "给家长打电话了（2名）", (("parent_contact", 0, 2, None),)),
    ("昨日、王さんと面談しました", "昨天和王同学面谈了", (("student_talk", 1, 1, None),)),
    ("学生3名と個人面談", "和学生3名个人面谈", (("student_talk", 0, 3, None),)),
    ("昨日学生に会いました", "昨天和学生见面了", (("student_talk", 1, 1, None),)),
    (
        "学生を連れて博物館に見学に行きました",
        "带学生去博物馆参观了",
        (("student_activity", 0, 1, None),),
    ),
    ("学生を病院に連れて行きました", "带学生去医院了", (("other", 0, 1, None),)),
    ("病気の学生を病院に連れて行きました", "带生病的学生去医院了", (("other", 0, 1, None),)),
    ("来週、コンテストに学生を引率します", "下周带学生参加竞赛", (("student_activity", -7, 1, F),)),
    ("王先生の授業を見学しました", "听了王老师的课", (("classroom_visit", 0, 1, None),)),
    (
        "昨日、線形代数の授業を見に行きました",
        "昨天去听了线性代数的课",
        (("classroom_visit", 1, 1, None),),
    ),
    ("学級会は金曜日に延期しました", "班会改到周五了", (("class_meeting", -2, 1, F),)),
    ("面談は11/20に変更", "面谈改到11/20", (("student_talk", -2, 1, F),)),
    # KANJI: 連絡, 授業を見学, 聴講, 見学, 研修, 出欠確認, 欠席, 部屋, 試験, 学級委員, 相談にのる,
    # 進路相談, 講演会, 書類, 寮生, 2回, 3回目, 19:00〜20:30, （月、木）.
    ("保護者に連絡済み", "已联系家长", (("parent_contact", 0, 1, None),)),
    ("昨天和家长連絡了", "昨天和家长联系了", (("parent_contact", 1, 1, None),)),
    ("午後、授業を見学", "下午听课", (("classroom_visit", 0, 1, None),)),
    ("授業チェック、欠席2名", "查课，缺勤2名", (("classroom_visit", 0, 1, None),)),
    ("昨日 聴講", "昨天听课", (("classroom_visit", 1, 1, None),)),
    ("月曜日 学生と工場見学", "周一和学生参观工厂", (("student_activity", 2, 1, None),)),
    ("昨日 班主任研修に参加", "昨天参加班主任培训", (("seminar", 1, 1, None),)),
    ("出欠確認しました", "查课了", (("classroom_visit", 0, 1, None),)),
    ("出席を確認", "查课", (("classroom_visit", 0, 1, None),)),
    ("寮の部屋を回りました", "宿舍的寝室巡查了", (("dorm_visit", 0, 1, None),)),
    ("試験の前に学生と面談", "考试前和学生面谈", (("student_talk", 0, 1, None),)),
    ("期末試験の経験について学級会", "班会", (("class_meeting", 0, 1, None),)),
    ("昨日 学級委員と打ち合わせ", "昨天和班委开会", (("cadre_meeting", 1, 1, None),)),
    ("クラス委員長と面談", "和班长面谈", (("student_talk", 0, 1, None),)),
    ("学生の就職相談にのりました", "和学生就业谈话了", (("student_talk", 0, 1, None),)),
    ("進路相談 2名", "升学就业谈话 2名", (("student_talk", 0, 2, None),)),
    (
        "明日、学生と一緒に講演会に参加します",
        "明天和学生一起参加讲座",
        (("student_activity", -1, 1, F),),
    ),
    ("奨学金の書類を手伝いました", "帮学生弄奖学金材料了", (("other", 0, 1, None),)),
    ("寮生3名と面談", "和住宿学生3名面谈", (("student_talk", 0, 3, None),)),
    (
        "今週：寮訪問2回（月、木）",
        "本周：走访宿舍2次（周一、周四）",
        (("dorm_visit", 2, 1, None), ("dorm_visit", -1, 1, F)),
    ),
    (
        "寮訪問（月・火）",
        "走访宿舍（周一、周二）",
        (("dorm_visit", 2, 1, None), ("dorm_visit", 1, 1, None)),
    ),
    ("今月3回目の寮訪問", "本月第3次走访宿舍", (("dorm_visit", 0, 1, None),)),
    ("3号棟の寮を訪問", "3号栋的宿舍访问", (("dorm_visit", 0, 1, None),)),
    ("学級会：未", "班会：还没做", ()),
    ("保護者面談（未）", "家长面谈：还没做", ()),
    ("寮訪問（済）、学級会（未）", "走访宿舍（完成），班会：还没做", (("dorm_visit", 0, 1, None),)),
    (
        "本日の業務：学生面談（3名）、保護者への電話連絡（1名）",
        "今天的工作：学生面谈（3名），家长电话联系（1名）",
        (("student_talk", 0, 3, None), ("parent_contact", 0, 1, None)),
    ),
    (
        "学生たちの寮生活について、学級会で話しました",
        "学生们的宿舍生活，班会上讲了",
        (("class_meeting", 0, 1, None),),
    ),
    ("就職ガイダンスに学生と参加", "带学生参加就业讲座", (("student_activity", 0, 1, None),)),
    ("学生の心理相談に付き添いました", "陪学生去心理咨询了", (("student_activity", 0, 1, None),)),
    ("月曜日の学級会、無事終わりました", "周一的班会顺利结束了", (("class_meeting", 2, 1, None),)),
    (
        "おはようございます。昨日寮に行きました",
        "早上好。昨天去了宿舍",
        (("dorm_visit", 1, 1, None),),
    ),
    ("お疲れ様です。今日は特に活動なし", "辛苦了。今天没有活动", ()),
    (
        "本日、寮訪問を行いました。特に問題はありませんでした。",
        "今天走访了宿舍，没有问题",
        (("dorm_visit", 0, 1, None),),
    ),
    ("寮訪問しました。よろしくお願いします", "走访了宿舍，麻烦了", (("dorm_visit", 0, 1, None),)),
    ("ありがとうございます", "谢谢", ()),
    ("保護者連絡：済（3名）", "联系家长：完成（3名）", (("parent_contact", 0, 3, None),)),
    (
        "寮訪問：済\n保護者連絡：未実施",
        "走访宿舍：完成\n联系家长：还没做",
        (("dorm_visit", 0, 1, None),),
    ),
    ("19時から20時まで寮訪問", "19点-20点走访宿舍", (("dorm_visit", 0, 1, None),)),
    ("10時半から学生と面談", "10点半开始和学生面谈", (("student_talk", 0, 1, None),)),
    ("学生と30分面談しました", "和学生面谈30分钟", (("student_talk", 0, 1, None),)),
    ("授業に出席しました", "听课了", (("classroom_visit", 0, 1, None),)),
    (
        "昨日は学生の授業に出て、出席を取りました",
        "昨天听课，查了出勤",
        (("classroom_visit", 1, 1, None),),
    ),
    ("来週、学級会を開きます", "下周开班会", (("class_meeting", -7, 1, F),)),
    (
        "10月12日（月）〜10月14日（水）毎晩寮訪問",
        "10月12日-10月14日每晚查寝",
        (("dorm_visit", 37, 1, None), ("dorm_visit", 36, 1, None), ("dorm_visit", 35, 1, None)),
    ),
    (
        "11/16(月)、11/18(水)に寮訪問",
        "11/16、11/18走访宿舍",
        (("dorm_visit", 2, 1, None), ("dorm_visit", 0, 1, None)),
    ),
    (
        "11月16日と18日に寮訪問しました",
        "11月16日和18日走访了宿舍",
        (("dorm_visit", 2, 1, None), ("dorm_visit", 0, 1, None)),
    ),
    (
        "月曜日から水曜日まで毎日寮訪問しました",
        "周一到周三每天查寝",
        (("dorm_visit", 2, 1, None), ("dorm_visit", 1, 1, None), ("dorm_visit", 0, 1, None)),
    ),
    ("1限の授業を見学", "第1节听课", (("classroom_visit", 0, 1, None),)),
    ("授業参観（2コマ）", "听课（2节）", (("classroom_visit", 0, 1, None),)),
    ("2限目の授業参観", "第2节听课", (("classroom_visit", 0, 1, None),)),
    ("面談は計3名", "面谈共3名", (("student_talk", 0, 3, None),)),
    ("今日は学生と個別に面談しました", "今天和学生个别面谈了", (("student_talk", 0, 1, None),)),
    ("合計5名の保護者に連絡しました", "合计联系了5名家长", (("parent_contact", 0, 5, None),)),
    ("個人面談（3名）", "个人面谈（3名）", (("student_talk", 0, 3, None),)),
    ("11/17 個人面談（3名）", "11/17 个别谈话（3名）", (("student_talk", 1, 3, None),)),
    ("11/17(火) 面談（2名）", "11/17(周二) 面谈（2名）", (("student_talk", 1, 2, None),)),
    (
        "本日の活動：寮訪問（5号棟）、面談（2名）",
        "今天的活动：走访宿舍（5号栋），面谈（2名）",
        (("dorm_visit", 0, 1, None), ("student_talk", 0, 2, None)),
    ),
    ("今日19:00〜20:30 学級会", "今天19:00-20:30 班会", (("class_meeting", 0, 1, None),)),
    # WORDS: people, kana nouns, the verbs of the work.
    (
        "昨日、王さんのお母さんに電話しました",
        "昨天给王同学的妈妈打电话了",
        (("parent_contact", 1, 1, None),),
    ),
    ("李くんのお父さんと面談", "和李同学的爸爸面谈", (("parent_contact", 0, 1, None),)),
    ("ご両親に連絡しました", "联系了家长", (("parent_contact", 0, 1, None),)),
    ("学生の家族に電話しました", "给学生家长打电话了", (("parent_contact", 0, 1, None),)),
    ("親に連絡しました", "联系了家长", (("parent_contact", 0, 1, None),)),
    ("担任のクラスの学級会", "班主任的班的班会", (("class_meeting", 0, 1, None),)),
    ("生徒と面談", "和学生面谈", (("student_talk", 0, 1, None),)),
    ("新入生と面談しました", "和新生面谈了", (("student_talk", 0, 1, None),)),
    (
        "数学コンテストに学生と一緒に参加しました",
        "和学生一起参加了数学竞赛",
        (("student_activity", 0, 1, None),),
    ),
    ("班主任セミナーに参加しました", "参加了班主任研讨会", (("seminar", 0, 1, None),)),
    ("班委とミーティング", "和班委开会", (("cadre_meeting", 0, 1, None),)),
    (
        "学生と一緒にイベントに参加しました",
        "和学生一起参加了活动",
        (("student_activity", 0, 1, None),),
    ),
    ("学生とボランティアに参加", "和学生参加志愿服务", (("student_activity", 0, 1, None),)),
    (
        "学生と一緒にサークルの活動に参加",
        "和学生一起参加社团活动",
        (("student_activity", 0, 1, None),),
    ),
    ("新入生のオリエンテーションで学級会", "新生入学教育的班会", (("class_meeting", 0, 1, None),)),
    (
        "学生が熱を出したので保健室に連れて行きました",
        "学生发烧了，带着去医务室了",
        (("other", 0, 1, None),),
    ),
    (
        "学生が病気になったので、病院に連れて行きました",
        "学生生病了，带着去医院了",
        (("other", 0, 1, None),),
    ),
    ("昨日、学生と話しました", "昨天和学生谈话了", (("student_talk", 1, 1, None),)),
    ("王さんと話し合いました", "和王同学谈话了", (("student_talk", 0, 1, None),)),
    ("学生の話を聞きました", "和学生谈话了", (("student_talk", 0, 1, None),)),
    (
        "寮に行って、学生と話して、帰りました",
        "去了宿舍，和学生谈话了",
        (("dorm_visit", 0, 1, None), ("student_talk", 0, 1, None)),
    ),
    ("昨日、お母さんと電話で話しました", "昨天和妈妈打电话了", (("parent_contact", 1, 1, None),)),
    ("昨日王さんに会って話しました", "昨天和王同学见面谈话了", (("student_talk", 1, 1, None),)),
    (
        "みんなを連れて博物館を見学しました",
        "带着大家参观了博物馆",
        (("student_activity", 0, 1, None),),
    ),
    ("数学コンテストの引率をしました", "带队参加了数学竞赛", (("student_activity", 0, 1, None),)),
    ("手紙を学生に送りました", "给学生寄了信", ()),
    (
        "寮を訪問して、学生と面談",
        "走访宿舍，和学生面谈",
        (("dorm_visit", 0, 1, None), ("student_talk", 0, 1, None)),
    ),
    ("学生たちと食事をしました", "和学生们吃饭了", (("student_talk", 0, 1, None),)),
    ("クラスの学生と一緒に食事会", "和班的学生一起聚餐", (("student_activity", 0, 1, None),)),
    ("学生を見舞いに病院へ行きました", "去医院看望学生了", (("other", 0, 1, None),)),
    (
        "安全教育をテーマに学級会を開きました",
        "以安全教育为主题开了班会",
        (("theme_meeting", 0, 1, None),),
    ),
    ("学級会（テーマ：安全）", "班会（主题：安全）", (("theme_meeting", 0, 1, None),)),
    (
        "昨日寮に行ったけど、学生がいなかった",
        "昨天去了宿舍，但学生不在",
        (("dorm_visit", 1, 1, None),),
    ),
    ("今日は寮に行けなかった", "今天没去宿舍", ()),
    ("オフィスアワーに学生が2名来ました", "答疑时间学生来了2名", (("other", 0, 1, None),)),
    ("寮で学生3名と話した", "在宿舍和学生3名谈话了", (("student_talk", 0, 3, None),)),
    ("王さんに会った", "和王同学见面了", (("student_talk", 0, 1, None),)),
    ("寮の点検、異常なし", "宿舍检查，无异常", (("dorm_visit", 0, 1, None),)),
    ("遅刻の学生を呼んで面談しました", "叫迟到的学生来谈话", (("student_talk", 0, 1, None),)),
    ("保護者にメールを送りました", "给家长发消息了", (("parent_contact", 0, 1, None),)),
    ("保護者にメールで連絡しました", "给家长发消息联系了", (("parent_contact", 0, 1, None),)),
    (
        "昨日、メールで保護者に連絡しました",
        "昨天用邮件联系了家长",
        (("parent_contact", 1, 1, None),),
    ),
    ("明朝、寮に行きます", "明天早上去宿舍", (("dorm_visit", -1, 1, F),)),
    ("寮の学生を訪ねました", "走访了宿舍的学生", (("dorm_visit", 0, 1, None),)),
    ("出張のため、学級会は中止です", "出差，班会取消了", ()),
    ("昨日寮に行ってきました", "昨天去了宿舍", (("dorm_visit", 1, 1, None),)),
    ("授業を見ました", "听课了", (("classroom_visit", 0, 1, None),)),
    ("昨日、授業を見た", "昨天听课了", (("classroom_visit", 1, 1, None),)),
    ("昨日、王先生の授業を見た", "昨天听了王老师的课", (("classroom_visit", 1, 1, None),)),
    ("王先生の授業を見ました", "听了王老师的课", (("classroom_visit", 0, 1, None),)),
    ("オンライン面談を行いました", "进行了线上面谈", (("student_talk", 0, 1, None),)),
    ("保護者と面談いたしました", "和家长面谈了", (("parent_contact", 0, 1, None),)),
    ("学生と面談させていただきました", "和学生面谈了", (("student_talk", 0, 1, None),)),
    ("夜、寮で点呼を取りました", "晚上查寝了", (("dorm_visit", 0, 1, None),)),
    ("学級会はありませんでした", "班会没有进行", ()),
    ("今日は学級会はなかった", "今天班会没有进行", ()),
    ("今週は面談なし", "本周面谈没有进行", ()),
    ("寮を回りました。問題はなかった", "巡查了宿舍，没有问题", (("dorm_visit", 0, 1, None),)),
    ("保護者への連絡はまだです", "家长还没联系", ()),
    ("寮訪問、面談、いずれも未実施", "走访宿舍、面谈都还没做", ()),
    ("学級会は来週に持ち越し", "班会推迟到下周", ()),
    ("面談は後日", "面谈推迟了", ()),
    ("明後日、面談します", "后天面谈", (("student_talk", -2, 1, F),)),
    ("保護者にも連絡しました", "也联系了家长", (("parent_contact", 0, 1, None),)),
    ("王さんとも面談しました", "也和王同学面谈了", (("student_talk", 0, 1, None),)),
    (
        "寮で学生と雑談しました",
        "在宿舍和学生闲聊了",
        (("student_talk", 0, 1, None),),
    ),
    ("学生と少し話しました", "和学生谈了谈", (("student_talk", 0, 1, None),)),
    ("学級会を開きました", "班会开了", (("class_meeting", 0, 1, None),)),
    (
        "班委会を開いて、学生と面談",
        "开了班委会，和学生面谈",
        (("cadre_meeting", 0, 1, None), ("student_talk", 0, 1, None)),
    ),
    ("昨日学級会を開いた", "昨天开了班会", (("class_meeting", 1, 1, None),)),
    ("学生の推薦状を書きました", "给学生写了推荐信", (("other", 0, 1, None),)),
    (
        "学生の推薦状を書いて、寮に行きました",
        "写了学生的推荐信，去了宿舍",
        (("other", 0, 1, None), ("dorm_visit", 0, 1, None)),
    ),
    ("学生の推薦状を書いた", "给学生写了推荐信", (("other", 0, 1, None),)),
    (
        "学生の奨学金の申請を手伝って、面談",
        "帮学生申请奖学金，面谈",
        (("other", 0, 1, None), ("student_talk", 0, 1, None)),
    ),
    ("奨学金の申請を手伝った", "帮学生申请奖学金了", (("other", 0, 1, None),)),
    ("夜、寮の見回りをしました", "晚上巡查宿舍了", (("dorm_visit", 0, 1, None),)),
    ("明日寮に行きます", "明天去宿舍", (("dorm_visit", -1, 1, F),)),
    ("明日の夜、寮に行く予定です", "明天晚上去宿舍", (("dorm_visit", -1, 1, F),)),
    (
        "学生と一緒に博物館を見学しました",
        "和学生一起参观了博物馆",
        (("student_activity", 0, 1, None),),
    ),
    ("学生の勉強について面談しました", "和学生谈学习了", (("student_talk", 0, 1, None),)),
    ("学級会の資料を用意しました", "准备了班会的资料", (("class_meeting", 0, 1, None),)),
    # ENDINGS: not there, not come, not answered, not met, not yet, meant to, as planned, became,
    # but, is, so, doing, the weeks and months, the morning, the lunch break.
    (
        "昨日寮に行きましたが、学生はいませんでした",
        "昨天去了宿舍，但学生不在",
        (("dorm_visit", 1, 1, None),),
    ),
    ("面談の約束でしたが、学生が来ませんでした", "约了面谈，但学生没来", ()),
    ("保護者に電話しましたが、出ませんでした", "给家长打电话了，但没接", ()),
    ("保護者に電話しましたが、つながりませんでした", "给家长打电话了，但没接通", ()),
    ("王さんに会えませんでした", "没见到王同学", ()),
    ("まだ保護者に連絡していません", "还没联系家长", ()),
    ("来週、寮訪問するつもりです", "下周打算走访宿舍", (("dorm_visit", -7, 1, F),)),
    ("来週の月曜日に面談することにしました", "下周一计划面谈", (("student_talk", -5, 1, F),)),
    ("予定通り学級会を開きました", "按计划开了班会", (("class_meeting", 0, 1, None),)),
    ("学級会は金曜日の予定でしたが、中止になりました", "班会原计划周五，但取消了", ()),
    ("保護者会は延期になりました", "家长会延期了", ()),
    ("面談は来週に延期になった", "面谈推迟到下周了", ()),
    ("寮訪問、大丈夫でした", "走访宿舍，没事", (("dorm_visit", 0, 1, None),)),
    ("学生が困っているので面談しました", "学生有困难，面谈了", (("student_talk", 0, 1, None),)),
    ("毎週月曜日に寮訪問しています", "每周一走访宿舍", (("dorm_visit", 2, 1, None),)),
    ("明日面談します", "明天面谈", (("student_talk", -1, 1, F),)),
    ("今夜学級会をする", "今晚开班会", (("class_meeting", 0, 1, None),)),
    (
        "寮を訪問して学生と面談",
        "走访宿舍，和学生面谈",
        (("dorm_visit", 0, 1, None), ("student_talk", 0, 1, None)),
    ),
    ("先々週の金曜日、学級会を開きました", "上上周五开了班会", (("class_meeting", 12, 1, None),)),
    ("再来週の月曜日に保護者会の予定", "下下周一开家长会", (("parent_contact", -12, 1, F),)),
    ("先月の20日に寮訪問", "上个月20日走访宿舍", (("dorm_visit", 29, 1, None),)),
    ("来月の3日に学級会の予定", "下个月3日开班会", (("class_meeting", -15, 1, F),)),
    (
        "今月の10日に保護者に電話しました",
        "本月10日给家长打电话了",
        (("parent_contact", 8, 1, None),),
    ),
    ("今朝、寮に行きました", "今天早上去了宿舍", (("dorm_visit", 0, 1, None),)),
    ("昼休みに学生と面談しました", "午休和学生面谈了", (("student_talk", 0, 1, None),)),
    ("お昼に学生と面談", "中午和学生面谈", (("student_talk", 0, 1, None),)),
)

# A form or plan handed in (提出しました): a document, no activity.
DOCUMENTS: tuple[tuple[str, str, str | None], ...] = (
    ("10月分の工作記録表を提出しました", "monthly_form", "2026-10"),
    ("今学期の工作計画を提出しました", "semester_plan", None),
)

# Weekdays listed in brackets, each day first and after another: （月、火）, （火・水）.
_DAYS = "月火水木金土日"
_NUMBERS = "一二三四五六日"
WEEKDAY_LISTS: tuple[tuple[str, str], ...] = tuple(
    (f"（{_DAYS[i]}、{_DAYS[(i + 1) % 7]}）", f"(周{_NUMBERS[i]}、周{_NUMBERS[(i + 1) % 7]})")
    for i in range(7)
) + (("（月・水・金）", "(周一、周三、周五)"),)


# The Chinese words written the same, in their Chinese sense: no Japanese word read in them.
FALSE_FRIENDS: tuple[tuple[str, Expect], ...] = (
    ("我昨天见学生了", (("student_talk", 1, 1, None),)),
    ("他是研修生", ()),
    ("他是研修医", ()),
    ("他是个大丈夫", ()),
    ("我的用意是让他们早点休息", ()),
    ("他勉强同意了", ()),
    ("手纸用完了", ()),
    ("首先月考要准备", ()),
    ("如今月薪不高", ()),
    ("未来月份的安排", ()),
    ("学生住在精神病院附近", ()),
    ("王先生是学生的爸爸", ()),
    ("担任班长的王明", ()),
    ("他们2回宿舍了", ()),
    ("去了见学校领导", ()),
    ("预定了会议室", ()),
    ("他提出了一个问题", ()),
    ("・他是个大丈夫\n・和学生谈心", (("student_talk", 0, 1, None),)),
    ("从5点到6点开班会", (("class_meeting", 0, 1, None),)),
    ("班会:未来的规划", (("class_meeting", 0, 1, None),)),
    ("测验分数不高", ()),
    ("谈心（2个小时）", (("student_talk", 0, 1, None),)),
    ("3/4个人的作业没交", ()),
    ("共计3名学生参加了竞赛，我带队", (("student_activity", 0, 1, None),)),
)


def _got(text: str) -> list[tuple[str, int, int, str | None]]:
    return sorted(
        (a.kind, (TODAY - a.date).days, a.count, a.flag) for a in parse_note(text, NOW).activities
    )


@pytest.mark.parametrize(("text", "twin", "expect"), READ)
def test_their_note_reads_as_its_chinese_twin(text: str, twin: str, expect: Expect) -> None:
    assert _got(text) == sorted(expect), text
    assert _got(twin) == sorted(expect), twin


@pytest.mark.parametrize(("text", "expect"), FALSE_FRIENDS)
def test_chinese_sense_kept(text: str, expect: Expect) -> None:
    assert _got(text) == sorted(expect), text


def _before_the_fold(text: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """The note as `normalise` hands it to `fold_japanese`."""
    with monkeypatch.context() as patched:
        seen: list[str] = []
        patched.setattr(normalise_module, "fold_japanese", lambda norm: seen.append(norm) or norm)
        normalise_module.normalise(text)
        return seen[0]


def test_every_entry_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    reordered: set[int] = set()
    folded: set[int] = set()
    texts = [text for text, _, _ in READ] + [text for text, _, _ in DOCUMENTS]
    for text in texts + [f"寮訪問{days}" for days, _ in WEEKDAY_LISTS]:
        norm = _before_the_fold(text, monkeypatch).translate(japanese._SHINJITAI)
        for i, (pattern, standard) in enumerate(japanese._ORDER_RES):
            if pattern.search(norm) is not None:
                reordered.add(i)
                norm = pattern.sub(standard, norm)
        folded.update(
            i
            for i, m in japanese._KANA_SCAN.finditer(norm)
            if m.expand(japanese._KANA_ENTRIES[i].standard) != m.group()
        )
    missing = [e.word for i, e in enumerate(japanese.ORDER) if i not in reordered]
    missing += [e.word for i, e in enumerate(japanese._KANA_ENTRIES) if i not in folded]
    assert not missing


@pytest.mark.parametrize(("text", "doc", "period"), DOCUMENTS)
def test_a_form_handed_in(text: str, doc: str, period: str | None) -> None:
    result = parse_note(text, NOW)
    assert not result.activities
    assert [(d.doc, d.period) for d in result.documents] == [(doc, period)]


@pytest.mark.parametrize(("days", "spelled"), WEEKDAY_LISTS)
def test_weekdays_listed(days: str, spelled: str) -> None:
    assert normalise_module.normalise(f"寮訪問{days}")[0] == f"走访宿舍{spelled}"


# How long, from the clock or the minutes: (note, hours).
HOURS: tuple[tuple[str, float], ...] = (
    ("19:00〜20:30 寮訪問", 1.5),
    ("19時〜20時 寮訪問", 1.0),
    ("19時から20時まで寮訪問", 1.0),
    ("学生と30分面談しました", 0.5),
)


@pytest.mark.parametrize(("text", "hours"), HOURS)
def test_how_long(text: str, hours: float) -> None:
    assert [a.hours for a in parse_note(text, NOW).activities] == [pytest.approx(hours)]


def test_every_form_of_a_character_is_folded() -> None:
    assert japanese.fold_japanese("観連気毎晩") == "观连气每晚"


def test_no_false_friend_is_folded(monkeypatch: pytest.MonkeyPatch) -> None:
    for text, _ in FALSE_FRIENDS:
        norm = _before_the_fold(text, monkeypatch)
        assert japanese.fold_japanese(norm) == norm, text


def test_a_chinese_note_passes_the_gate_untouched() -> None:
    assert japanese._GATE_RE.search("昨天晚上去宿舍查寝，和两个学生谈话，给家长打了电话") is None
    assert japanese._GATE_RE.search("约了时间和家长谈话，今天抽时间去宿舍，参加了培训") is None
