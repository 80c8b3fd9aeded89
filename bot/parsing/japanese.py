"""Chinese written by Japanese-born lecturers: their kanji words, kana grammar and order read.

A Japanese lecturer who has taught in China some years writes notes in Chinese with Japanese
habits, or half or all in Japanese: Japanese kanji words for the work (寮, 保護者, 面談, 学級会,
授業参観, 連絡, 研修, 見学, 欠席), Japanese forms of characters (観, 連, 気, 毎, 晩), the kana
of the verbs (開きました, 話しました, 行って, 連れて, になりました, いませんでした), Japanese
order (学生と面談: with the student, talked; 学生に電話: to the student, called; 学生を連れて: the
students, took) and days (先月, 再来週, 今朝, 2回). `korean.py` reads the first of them (昨日,
先週, 月曜日, 寮, 保護者, ホームルーム, しました, 予定, 済み, できませんでした); this module reads
the rest before it, as tables of `LearnerForm` (see `learner.py`):

- `SHINJITAI`: the Japanese forms of characters the traditional fold does not know (観 观,
  連 连, 気 气, 毎 每, 晩 晚), which no Chinese note writes; folded first.
- `ORDER`: Japanese order turned round where the Chinese reading needs it: 学生に電話 给学生打电话,
  王さんと面談 和王さん面谈, 学生に会い 和学生见面, 学生を連れて 带学生, 金曜日に延期 改到金曜日
  (a note with kana only).
- `KANJI`: Japanese words in characters with no Chinese sense to keep (連絡 联系, 見学 参观,
  授業を見学 听课, 聴講 听课, 研修 培训, 欠席 缺勤, 出欠確認 查课, 部屋 寝室, 試験 考试),
  read in any note.
- `WORDS`: words read only in a note with kana, where the Chinese sense of the same characters
  would be wrong in a Chinese note (先生の 老师的, 大丈夫, 手紙, 勉強, 用意, 病院, 今朝), the kana
  nouns (コンテスト, セミナー, ミーティング) and the verbs of the work (話し 谈话, 開き 开, 行って 去,
  連れて 带着, 手伝い 帮).
- `ENDINGS`: the kana endings `korean.MARKERS` does not read (になりました, いませんでした,
  来ませんでした, していません, つもり, 予定通り, ましたが, して), and the Japanese days, joins and
  the clock (先々週, 再来週, 先月, 来月, 11月16日と18日, 月曜日から水曜日まで, 19時から20時まで, 30分).
  `KANJI` also takes the counts and list marks a kana-free note writes (2回, 1限, 計3名, （月、木）,
  学級会：未, 保護者面談（未）, 11/16(月)、11/18(水)).

False friends keep their Chinese sense: a word shared with Chinese is in `WORDS` (read only
beside kana) or carries its lookarounds (精神病院, 研修生, 首先月考). `tests/parsing/test_ja.py`
reads every entry in a note beside its Chinese twin and keeps the false friends.
"""

from __future__ import annotations

import re

from bot.parsing.gates import FirstCharScan, prefixes, trie
from bot.parsing.learner import LearnerForm

_HANZI = "\u4e00-\u9fff"
_NO_HANZI_BEFORE = rf"(?<![{_HANZI}])"
_AFTER_HANZI = rf"(?<=[{_HANZI}])"
_AFTER_A_NUMBER = r"(?:(?<=\d)|(?<=\d\s))"


def japanese_form(word: str, standard: str, before: str = "", after: str = "") -> LearnerForm:
    """A Japanese entry, spelled as `normalise` and `SHINJITAI` hand the note on (`korean.py`'s
    Japanese entries, read after this module's, too)."""
    return LearnerForm(word, standard, "Japanese", before, after)


_j = japanese_form


# The Japanese form of a character and its simplified one: those of the work's words the
# traditional fold (`normalise._TRADITIONAL`) leaves, none of them written in a Chinese note.
# 済 stays (korean.py reads 済み), 験 and 聴 are read in words (試験, 聴講).
SHINJITAI = (
    "観观連连気气毎每晩晚奨奖伝传変变歩步発发帰归読读続续転转対对応应検检険险関关単单"
    "実实満满労劳録录児儿価价歳岁覧览両两悪恶薬药歴历営营黒黑徳德県县処处広广鉄铁"
    "戦战専专斉齐総总団团楽乐売卖経经択择帯带図图様样勧劝権权拠据仮假収收従从証证"
    "訳译浄净遅迟巻卷弾弹緑绿隠隐穏稳乗乘壊坏懐怀廃废拝拜抜拔辺边頼赖効效囲围圧压"
    "亜亚悩恼脳脑焼烧桜樱軽轻挙举栄荣覚觉歓欢懇恳絵绘駆驱縁缘恵惠塩盐騒骚捜搜黙默"
    "剤剂斎斋蔵藏臓脏粛肃縄绳剣剑薦荐棟栋別别雑杂"
)
_SHINJITAI = str.maketrans(SHINJITAI[0::2], SHINJITAI[1::2])
_SHINJITAI_RE = re.compile(f"[{SHINJITAI[0::2]}]")

# Someone the advisor talks to, calls, meets or takes somewhere, as a Japanese note names them
# before its particle: 学生, 欠席の学生, 王さん, 王さんの保護者, 学生3名, 班委たち.
# Where a name or a thing starts: after a non-character or a day word (昨日王さんに), not at one.
_START = rf"(?:(?<![{_HANZI}\d])|(?<=日)|(?<=周[一二三四五六日]))(?!昨日|今日|明日|一昨日|明后日|先周|今周|来周)"
_WHO = (
    _START + r"(?:\d{1,2}\s?(?:名|人)の)?" + rf"(?:[{_HANZI}]{{1,6}}(?:さん|くん|ちゃん)?の)?"
    rf"(?:学生|同学|生徒|留学生|新入生|寮生|班长|班委|クラス委员|保护者|家长|父母|两亲|母亲|父亲"
    rf"|お母さん|お父さん|[{_HANZI}]{{1,3}}(?:さん|くん|ちゃん))"
    r"(?:たち|达)?(?:\d{1,2}\s?(?:名|人))?"
)
# A day a deed is moved to (金曜日に延期, 10/20に変更, 明日に変更), as the note writes it.
_MOVED_TO = (
    r"(?:(?:来周|今周|再来周)の?)?[月火水木金土日]曜日?|\d{1,2}/\d{1,2}(?:\([月火水木金土日]\))?"
    r"|\d{1,2}月\d{1,2}日(?:\([月火水木金土日]\))?|\d{1,2}日|明日|明后日|来周"
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
_DAY = "[月火水木金土日]"

ORDER: tuple[LearnerForm, ...] = (
    # To someone, called or contacted (学生に電話, 欠席の学生に連絡): 给学生打电话, 给…联系.
    _j(f"({_WHO})に(?:も)?(?:电话|でんわ)(?:を)?(?:し(?=ま|た|て))?", r"给\1打电话"),
    _j(f"({_WHO})に(?:も)?(连络|联系)", r"给\1\2"),
    # An email (保護者にメールを送りました, メールで連絡): 给家长发消息.
    _j(f"({_WHO})に(?:メール|メッセージ)を送(?:り(?=ま)|った|って)", r"给\1发消息"),
    _j(f"({_WHO})に(?:メール|メッセージ)", r"给\1发消息"),
    # Called in (学生を呼んで面談しました): 叫学生来.
    _j(f"({_WHO})を呼(?:んで|び(?=ま)|んだ)", r"叫\1来"),
    # With someone, talked or met (学生と面談, 王さんと話しました, 班委と打ち合わせ): 和学生 ….
    _j(
        f"({_WHO})と(?:も)?(?=个人面谈|面谈|相谈|谈话|话|会い|会っ|会议|打ち合わせ|ミーティング|一绪|食事|杂谈|雑谈)",
        r"和\1",
    ),
    _j(f"({_WHO})に会(?=い|っ)", r"和\1会"),
    # The students taken somewhere (学生を病院に連れて行きました, 学生を連れて, 学生を引率して):
    # 带学生去医院, 带学生; taken to a place (病院に連れて行きました): 带着去医院.
    _j(f"({_WHO})を([{_HANZI}]{{1,8}})に连れて(?:行き?|い)(?=ま|た)", r"带\1去\2"),
    _j(f"({_WHO})を(?:连れて|引率)", r"带\1"),
    _j(f"([{_HANZI}]{{1,8}})に连れて(?:行き?|い)(?=ま|た)", r"带着去\1"),
    # A teacher's class sat in on (王先生の授業を見学, 線形代数の授業を見に行く): 听了王先生的课.
    _j(
        f"({_START}[{_HANZI}]{{1,8}})の授业を(?:见学|参观|聴讲|听讲|见に(?=行|来)|见(?=まし))(?:し(?=ま|た|て))?",
        r"听了\1的课",
    ),
    _j(f"({_START}[{_HANZI}]{{1,8}})の授业を见た", r"听了\1的课"),
    # Visited someone ill (学生を見舞いに病院へ): 看望学生.
    _j(f"({_WHO})を见舞い", r"看望\1"),
    # A meeting on a theme (安全教育をテーマに学級会): 以安全教育为主题.
    _j(f"({_START}[{_HANZI}]{{1,10}})をテーマに", r"以\1为主题"),
    # Went with someone to something (学生の心理相談に付き添いました): 陪学生去心理相談.
    _j(f"({_WHO})の([{_HANZI}]{{1,8}})に付き添(?:い|っ)", r"陪\1去\2"),
    # Helped with something (奨学金の申請を手伝いました): 帮学生的奖学金的申请.
    _j(f"({_START}(?:[{_HANZI}]{{1,8}}の)*[{_HANZI}]{{1,8}})を手传い(?=ま)", r"帮\1"),
    _j(f"({_START}(?:[{_HANZI}]{{1,8}}の)*[{_HANZI}]{{1,8}})を手传って[、,]?", r"帮\1,"),
    _j(f"({_START}(?:[{_HANZI}]{{1,8}}の)*[{_HANZI}]{{1,8}})を手传った", r"帮\1了"),
    # Wrote something (推薦状を書きました, 書いて): 写学生的推荐信.
    _j(f"({_START}(?:[{_HANZI}]{{1,8}}の)*[{_HANZI}]{{1,8}})を书き(?=ま)", r"写\1"),
    _j(f"({_START}(?:[{_HANZI}]{{1,8}}の)*[{_HANZI}]{{1,8}})を书いて[、,]?", r"写了\1,"),
    _j(f"({_START}(?:[{_HANZI}]{{1,8}}の)*[{_HANZI}]{{1,8}})を书いた", r"写了\1"),
    # At a place (寮で, 研究室で): 在宿舍, as Chinese puts it before the deed.
    _j(f"{_START}(寮|宿舍|教室|研究室|办公室|会议室|食堂)で", r"在\1"),
    # Put off or moved to a named day (金曜日に延期, 10/20に変更): 改到金曜日, a plan for it.
    _j(f"({_MOVED_TO})に(?:变更|延期)", r"改到 \1"),
)

KANJI: tuple[LearnerForm, ...] = (
    # Contacted: 連絡 (連絡しました, 連絡済み); 連 and 絡 folded before.
    _j("连络", "联系"),
    # A class sat in on: 授業を見学 / 授業の参観 / 授業を聴講 / 授業を見に行く / 授業チェック
    # (korean.py reads 授業見学 and 授業参観 glued); 聴講 alone; 聴 (聴く) is 听.
    _j(
        "授业(?:を|の)(?:见学|参观|听讲|聴讲)|授业(?:を|の)?(?:聴讲|见に(?=行|来)|チェック)", "听课"
    ),
    _j("聴讲", "听课"),
    # Watched a class (授業を見ました, 授業を見た): 听课.
    _j("授业を?见(?=まし)", "听课"),
    _j("授业を?见た", "听课了"),
    # Attended a class (授業に出席しました, 授業に出て): the advisor sat in on it.
    _j("授业に出席", "听课"),
    _j("授业に出て[、,]?", "听课,"),
    # A visit (見学: 博物館を見学, 工場見学): 参观; 授業見学 is korean.py's 授业参观 then.
    _j("见学", "参观", after="(?!生|校|长|院|期)"),
    # Training (研修, 班主任研修): 培训; not 研修生 (a trainee), 研修室, 研修医.
    _j("研修", "培训", after="(?!生|员|医|室)"),
    # Late (遅刻): 迟到.
    _j("迟刻", "迟到"),
    # Absent (欠席, 欠席した学生): 缺勤; attendance (出欠, 出席) checked: 查课.
    _j(
        "出欠(?:を)?(?:确认|チェック|取り|とり|点[检検])|出席を(?:确认|チェック|取り|点[检検])",
        "查课",
    ),
    _j("欠席", "缺勤"),
    # The students' rooms (部屋, 寮の部屋): 寝室.
    _j("部屋", "寝室"),
    # An exam (試験, 期末試験): 考试; 験 elsewhere (経験, 体験) is 验.
    _j("试験", "考试"),
    _j("験", "验"),
    # A class officer by the Japanese names (学級委員, 学級委員長, クラス委員長).
    _j("(?:学级|クラス)委员长", "班长"),
    _j("学级委员", "班委"),
    # A talk with counsel given (相談にのりました): 谈话; 進路相談 is 升学就业谈话.
    _j("相谈に(?:乘|の)り", "相谈"),
    _j("进路", "升学就业", after="(?=相谈|面谈|について|の相)"),
    # A lecture (講演会): 讲座; 奨学金's papers (書類): 材料.
    _j("讲演会", "讲座"),
    _j("书类", "材料"),
    # A letter of recommendation (推薦状, 推薦書): 推荐信.
    _j("推荐(?:状|书)", "推荐信"),
    # A dorm visit (寮訪問, 寮の訪問): 走访宿舍, the verb first as Chinese has it (11月16日と18日に
    # 寮訪問 joins its days as 走访宿舍 does, not as 宿舍访问).
    _j("寮(?:の)?访问", "走访宿舍"),
    # 寮生 (the dorm's students): 住宿学生, before korean.py's 寮.
    _j("寮生", "住宿学生", after="(?!活)"),
    # Counselling (心理相談): 心理咨询, before korean.py's 相谈.
    _j("心理相谈", "心理咨询"),
    # Weekdays listed in brackets (寮訪問2回（月、木）, （月・水・金）): 周一、周四.
    *(
        entry
        for day, number in _JA_WEEKDAYS
        for entry in (
            _j(
                day,
                f"周{number}",
                before=r"(?<=\()",
                after=rf"(?=[、・,](?:{_DAY}[、・,])*{_DAY}\))",
            ),
            _j(
                day, f"周{number}", before=f"(?<={_DAY}[、・,])", after=rf"(?=(?:[、・,]{_DAY})*\))"
            ),
        )
    ),
    _j("・", "、", before=f"(?<={_DAY})", after=rf"(?={_DAY}(?:[、・,]{_DAY})*\))"),
    # Not yet, as a list's status (学級会：未, 保護者連絡：未実施, 保護者面談（未）): not done.
    _j(r"\(未(?:实施|完了|済|完成|定)?\)", ":还没做"),
    _j(
        "未(?:实施|完了|済|完成|定)?",
        "还没做",
        before=r"(?:(?<=:)|(?<=:\s))",
        after=r"(?=\s*(?:$|[\n,。、;)]))",
    ),
    # Done, as a list's status (保護者連絡：済（3名）): 完成, the count after it kept.
    _j("済み?", "完成", before=r"(?:(?<=[:(])|(?<=:\s))"),
    # A month's form (10月分の工作記録表), a plan (工作計画): 10月份, 计划.
    _j("分", "份", before=r"(?<=\d月)"),
    _j("计画", "计划"),
    # A class period (1限, 2限目): 第1节; in all (計3名): 共.
    _j("限目?", "节", before=_AFTER_A_NUMBER),
    _j("计", "共", before="(?<![合总统设估审会共])", after=r"(?=\s?\d)"),
    # Times counted (2回, 3回目): 次; a clock range with 〜 (19:00〜20:30): 19:00-20:30.
    # Not a date's day before a Chinese 回 (going back): "1.25 回学校看了下留校的两个".
    _j(
        "回目?",
        "次",
        before=_AFTER_A_NUMBER + r"(?<![./-]\d)(?<![./-]\d\d)(?<![./-]\d\s)(?<![./-]\d\d\s)",
        after="(?!宿|寝|家|去|来|到|校|学|复|电|访|信|应|答|头|国|乡|城|老|办|趟|程)",
    ),
    _j("〜", "-", before=r"(?<=[\d时点)])", after=r"(?=\s?\d)"),
    # A date's weekday before another date joined to it (11/16(月)、11/18(水), 10月12日（月）〜
    # 10月14日（水）): dropped, the dates read as joined (the Chinese join takes no bracket).
    _j(r"\([月火水木金土日]\)", "", before=r"(?<=[\d日])", after=r"(?=\s?[、,・と〜~-]\s?\d)"),
    # The clock (19時, 10時半): 点; not 时间 (korean.py's 時間, hours).
    _j("时", "点", before=r"(?<=\d)", after="(?!间)"),
)

WORDS: tuple[LearnerForm, ...] = (
    # People: a student's mother, father, parents (お母さん, 母親, ご両親) and family.
    _j("お母さん|お母様|お母样|母亲", "妈妈"),
    _j("お父さん|お父様|お父样|父亲", "爸爸"),
    _j("ご?两亲|ご家族|家族", "家长"),
    _j("亲(?=に|と|へ)", "家长", before=_NO_HANZI_BEFORE),
    # A name's さん / くん / ちゃん (王さん, 李くん): the name alone.
    _j("さん|くん|ちゃん", "同学", before=_AFTER_HANZI),
    # A teacher (王先生の授業): 王老师的; a homeroom teacher (担任のクラス): 班主任.
    _j("先生(?=の|に|と|的)", "老师", before=_AFTER_HANZI),
    _j("担任(?=の|と|として)", "班主任"),
    _j("生徒", "学生"),
    # A chat (雑談しました): 闲聊; a little (少し話しました): the deed.
    _j("杂谈", "闲聊"),
    _j("少し", ""),
    _j("たち", "们", before=_AFTER_HANZI),
    _j("みんな|皆さん", "大家"),
    _j("新入生", "新生"),
    # The kana nouns of the work.
    _j("コンテスト", "竞赛"),
    _j("セミナー", "研讨会"),
    _j("ミーティング", "会议"),
    _j("イベント", "活动"),
    _j("ボランティア", "志愿服务"),
    _j("サークル", "社团"),
    _j("オリエンテーション", "入学教育"),
    _j("メール", "邮件"),
    _j("ガイダンス", "讲座"),
    _j("オンライン", "线上"),
    _j("コマ", "节", before=_AFTER_A_NUMBER),
    _j("オフィスアワー", "答疑时间"),
    _j("テーマ", "主题"),
    # A meal with the students (食事会, 食事をしました): 聚餐, 吃饭.
    _j("食事会", "聚餐"),
    _j("食事", "吃饭"),
    # Handed in (工作記録表を提出しました): 提交; not the Chinese 提出 (put forward).
    _j("提出(?=し|済|ま|す)", "提交"),
    # Where a student was taken: 病院 (a hospital), 保健室 (the clinic); not 精神病院.
    _j("病院", "医院", before="(?<![神染])"),
    _j("保健室", "医务室"),
    _j("病气に?(?:なりました|なった|なって)", "生病了"),
    # False friends of Chinese, read as the Japanese means them (none of them a kind):
    # 大丈夫 (fine), 手紙 (a letter), 勉強 (study), 用意 (got ready).
    _j("大丈夫", "没事", after="(?=で|だ|そう|か|[、,。]|$)"),
    _j("手纸", "信", after="(?=を|に|で|が)"),
    _j("勉强", "学习", after="(?=会|を|に|の|し|が|[、,。]|$)"),
    _j("用意", "准备", after="(?=し|を|が)"),
    # With someone (と一緒に, ORDER put 和 before them): 一起.
    _j("一绪に", "一起"),
    # Took (連れて行きました, 連れて): 带着; led (引率): 带队.
    _j("连れて", "带着"),
    _j("引率", "带队"),
    # Talked (話しました, 話し合い, 話をしました, 話を聞きました): 谈话; on the phone (電話で話す):
    # 打电话.
    _j("电话で话し(?:合い)?(?=ま|た|て)", "打电话"),
    # Spoke at a meeting (学級会で話しました): 上讲, not a talk of its own.
    _j("で话し(?=ま)|で话した", "上讲", before="(?<=会)"),
    _j("话し(?:合って|て)|话をして|话を闻いて", "谈话,", before="(?<!电)"),
    _j("话し(?:合った|た)|话をした|话を闻いた", "谈话了", before="(?<!电)"),
    _j(
        "话し合い(?=ま)|话し(?=ま)|话を(?:し(?=ま)|闻き)|お话を?(?:し(?=ま)|闻き)",
        "谈话",
        before="(?<!电)",
    ),
    # Met (会いました, 会って): 见面.
    _j("会って", "见面,"),
    _j("会い(?=ま)", "见面"),
    _j("会った", "见面了"),
    # Held (開きました, 開いて): 开 (wrote and helped are ORDER's: 推薦状を書きました).
    _j("开き(?=ま)|开いて", "开"),
    _j("开いた", "开了"),
    # The round (見回りをしました): korean.py's 見回り, its を dropped here (after kana).
    _j("を", "", before="(?<=见回り)"),
    # Went round (寮の部屋を回りました): 巡查.
    _j("を回り(?=ま)|を回っ(?=た|て)", "巡查"),
    # Visited (学生を訪ねました): 访问.
    _j("访ね(?=ま|た|て)", "访问"),
    # Went and came back (寮に行ってきました): 去了.
    _j("行って(?:き|来)(?:ました|た)", "去了"),
    # Went (行って, 行きます, 行く): 去; the ending after it is read by korean.py (行きました).
    _j("行って", "去", before=f"(?<![{_HANZI}]行)"),
    _j("行き?ます|行く", "去"),
    _j("(?:に|へ)行った", "去了"),
    # Over (無事終わりました): 结束.
    _j("终わり(?=ま)|终わった", "结束"),
    _j("への", "的"),
    _j("行けなかった", "没去"),
)

ENDINGS: tuple[LearnerForm, ...] = (
    # Not there, not come, not answered, not met, not yet done.
    _j("(?:は|が)?いませんでした|(?:は|が)?いなかった", "不在"),
    _j("(?:が|は)?来ませんでした|(?:が|は)?来なかった", "没来"),
    _j("(?:电话に)?出ませんでした|(?:电话に)?出なかった", "没接"),
    _j("(?:つ|繋)ながりませんでした", "没接通"),
    _j("会えませんでした|会えなかった", "没见到"),
    _j("まだ", "", after="(?=.{0,12}ていません)"),
    _j("(?:し)?ていません(?:でした)?", "没做"),
    # Meant to, decided to (するつもりです, 面談することにしました): a plan.
    _j("(?:する|します)?つもり(?:です|でした)?|(?:する)?ことに(?:しました|なりました)", "计划"),
    # As planned (予定通り開きました): done; planned but (予定でしたが): the plan, then what
    # happened.
    _j("予定(?:通り|どおり)", "按计划"),
    _j("予定(?:でした|だった)(?:が|けど)", "原计划,但"),
    # Became (延期になりました, 中止になりました, 病気になった): the word before it.
    _j("(?:に|と)?なりました", ""),
    _j("(?:に|と)?なった", "了"),
    # Humble and polite done (面談いたしました, 面談させていただきました): 了.
    _j("(?:させていただき|いたし)ました", "了"),
    # The roll call taken (点呼を取りました): korean.py's 点呼.
    _j("を(?:取り|とり)(?=ま)|を(?:取|と)った", "", before="(?<=点呼)"),
    # But (行きましたが, でしたが, けど): 了,但 / ,但.
    _j("行きましたが[、,]?", "去了,但"),
    _j("ましたが[、,]?", "了,但"),
    _j("(?:(?:でした|です|だった)が|けれども|けれど|けど)[、,]?", ",但"),
    # Is, was (大丈夫でした, 学生です): nothing; ので (so): a break.
    _j("でした|です", "", before="(?<!ん)"),
    _j("ので|(?:の)?ため[、,]?", ","),
    # Greetings and thanks (おはようございます, お疲れ様です, よろしくお願いします).
    _j("おはようございます|おはよう", "早上好"),
    _j("お疲れ(?:様|样|さま)(?:です|でした)?", "辛苦了"),
    _j("よろしくお愿いします|よろしくお願いします|よろしく", "麻烦了"),
    _j("ありがとうございます|ありがとうございました|ありがとう", "谢谢"),
    # There was none (特に問題はありませんでした): 没有.
    _j("特に", "", after="(?=.{0,6}(?:なし|ありません))"),
    _j(
        "(?:は|が)?(?:ありませんでした|ありません|なかった)",
        "没有",
        before="(?<=问题|异常|变化|困难|情况)",
    ),
    # A deed that was not (学級会はありませんでした, 学級会はなかった, 面談なし): 没有进行.
    _j("(?:は|が)?(?:ありませんでした|ありません|なかった)", "没有进行"),
    # Not yet, at the clause's end (連絡はまだです) or before 未実施 (いずれも未実施): 还没做.
    _j("(?:は)?まだ(?:です|でした)?", "还没做", after=r"(?=\s*(?:$|[。,、!\n]))"),
    _j("未(?:实施|完了|済|完成)", "还没做", before="(?<=[もはが])"),
    # Carried over to (来週に持ち越し): 推迟到; some later day (後日, not 明後日): 推迟了.
    _j("に?持ち越し", "推迟到"),
    _j("后日", "推迟了", before="(?<!明)"),
    # None (異常なし, 特になし): 无; a deed that was not (面談なし, 活動なし): 没有进行.
    _j("なし", "无", before="(?<=问题|异常|变化|困难|情况)"),
    _j("なし", "没有进行", before=_AFTER_HANZI),
    # Doing, will do (面談します, 面談をしています, 面談する予定): the deed; して before the next
    # step (寮を訪問して学生と面談): a break.
    _j(
        "し(?:ています|ていました|ている)|します|する", "", before=f"(?<=[{_HANZI}を\u30a0-\u30ff])"
    ),
    _j("ます", "", before="(?<=[きぎしちにびみりい])"),
    _j("して(?=[、,])", "", before=f"(?<=[{_HANZI}を\u30a0-\u30ff])"),
    _j("して", ",", before=f"(?<=[{_HANZI}を\u30a0-\u30ff])"),
    # 、 after a verb (行って、, 行きました、) is a clause's comma.
    _j("、", ",", before="(?:(?<=[てで])|(?<=ました))"),
    # Two dates or days joined (11月16日と18日, 11/16(月)と11/18(水)): 和.
    _j("と", "和", before=r"(?<=[\d日)])", after=r"(?=\s?\d)"),
    # From one day to another (月曜日から水曜日まで, 16日から18日まで): 到.
    _j(
        "から",
        "到",
        before=r"(?:(?<=曜日)|(?<=曜)|(?<=\d日)|(?<=\)))",
        after=r"(?=\s?(?:\d|[月火水木金土日]曜|来周|下周))",
    ),
    _j("まで", "", before=r"(?:(?<=曜日)|(?<=曜)|(?<=\d日)|(?<=\)))"),
    # From and until a time (19時から20時まで): 19点-20点; から alone (10時半から): 开始.
    _j("から", "-", before=r"(?<=[\d点时半])", after=r"(?=\s?\d)"),
    _j("から", "开始", before=r"(?<=[\d点时半])"),
    _j("まで", "", before=r"(?<=[\d点时半])"),
    # Minutes (30分面談, not 3時10分), beside kana only (a Chinese 90分 is a mark): 分钟.
    _j("分", "分钟", before=r"(?<![时点:]\d)(?<![时点:]\d\d)(?<=\d)", after="(?![钟间])"),
    # The Japanese weeks and months (先々週, 再来週, 先月, 今月, 来月) and the morning (今朝).
    _j("先々周|先先周", "上上周"),
    _j("再来周", "下下周"),
    _j("先月の?", "上个月", before=_NO_HANZI_BEFORE),
    _j("今月の?", "本月", before=_NO_HANZI_BEFORE),
    _j("来月の?", "下个月", before=_NO_HANZI_BEFORE),
    _j("今朝", "今天早上", before=_NO_HANZI_BEFORE),
    _j("明朝", "明天早上", before=_NO_HANZI_BEFORE),
    _j("お?昼休み", "午休"),
    _j("お昼", "中午"),
)

# ORDER and the scan's tables read in a note with kana; KANJI alone in one without.
TABLES: tuple[tuple[LearnerForm, ...], ...] = (ORDER, KANJI, WORDS, ENDINGS)

_ORDER_RES = tuple((re.compile(e.before + e.word + e.after), e.standard) for e in ORDER)
_KANA_ENTRIES: tuple[LearnerForm, ...] = KANJI + WORDS + ENDINGS
_KANA_SCAN = FirstCharScan(
    (i, f"{e.before}(?:{e.word}){e.after}") for i, e in enumerate(_KANA_ENTRIES)
)
_KANJI_SCAN = FirstCharScan((i, f"{e.before}(?:{e.word}){e.after}") for i, e in enumerate(KANJI))
# Kana, not the katakana middle dot (・) a Chinese list may open its items with.
_KANA_RE = re.compile("[\u3040-\u30fa\u30fc-\u30ff]")
# A note with kana, a Japanese form of a character or a word of `KANJI`: most notes have none.
# The words read only in their context open the gate only there: after a number (19时, 2回,
# 10月分), a weekday in a bracketed list (（月、木）), a list's status (：未).
_IN_CONTEXT_ONLY = (
    "时",
    "限目?",
    "计",
    "分",
    "回目?",
    *(day for day, _ in _JA_WEEKDAYS),
    "未(?:实施|完了|済|完成|定)?",
)
_GATE_RE = re.compile(
    "[\u3040-\u30fa\u30fc-\u30ff〜"
    + SHINJITAI[0::2]
    + "]|\\d\\s?(?:时|回|限)|计\\s?\\d|\\d月分|\\([月火水木金土日][、・,]|:\\s?未|\\(未|"
    + trie(
        sorted(
            {
                p
                for e in KANJI
                if e.word not in _IN_CONTEXT_ONLY
                for p in prefixes(e.word, 3)
                if "\u4e00" <= p[0] <= "\u9fff"
            }
        )
    )
)


def fold_japanese(norm: str) -> str:
    """`norm` with a Japanese lecturer's characters, kanji words, kana and order spelled as
    the Chinese (and the kana `korean.py` reads) the later stages read."""
    if _GATE_RE.search(norm) is None:
        return norm
    if _SHINJITAI_RE.search(norm):
        norm = norm.translate(_SHINJITAI)
    if _KANA_RE.search(norm) is None:
        return _KANJI_SCAN.sub(lambda index, m: m.expand(KANJI[index].standard), norm)
    for pattern, standard in _ORDER_RES:
        norm = pattern.sub(standard, norm)
    return _KANA_SCAN.sub(lambda index, m: m.expand(_KANA_ENTRIES[index].standard), norm)
