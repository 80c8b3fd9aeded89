"""Regional and chat words folded to the standard words the vocabulary knows.

Five tables, read by `fold_regional` before the input-method slips are folded (after the
dialect tables of `dialects.py`, the words of every region for days, verbs and markers):

- `CANTONESE`: written Cantonese, as an advisor from Guangdong or Hong Kong types it
  ("去咗宿舍睇下", "同佢倾咗好耐", "尋日", "聽晚"). Its function words (咗 了, 嘅 的, 冇 没,
  佢 他, 睇 看, 喺 在, 嚟 来) and its words for days, talks and families become Mandarin, so
  the kinds and the dates read them as they read any note. A few words are Mandarin words as
  well (倾 in 倾向, 行 in 行动, 返 in 返校): they are folded only in a note that is written
  in Cantonese (it holds a character or a word only Cantonese uses, `_CANTONESE_NOTE_RE`),
  and only where the table's context says so.
- `MINNAN`: Southern Min habits of an advisor from Fujian or Taiwan (伊 he or she, 拢 all,
  有 before a verb for a deed done: "有去宿舍", "有跟家长联系"), only in a note with 伊 or 拢.
- `HAVE_DONE`: 有 before a verb of the work for a deed done, as southern Mandarin says it
  ("周五有去查寝", "记录表有补交"), in every note, before fewer verbs than `MINNAN` allows.
- `WU`: written Shanghainese (Wu), as an advisor from Shanghai types it ("今朝去阿拉班寝室",
  "伊拉屋里", "明朝夜里开班会", "交关客气"): its words for days (今朝 today, 明朝 tomorrow),
  people (阿拉 we, 伊 he/she, 伊拉 they, 姆妈 mum), home (屋里厢) and function words (交关
  very, 一道 together, 辰光 time) become Mandarin. Most are also Mandarin words or names
  (阿拉伯 Arabia, 伊拉克 Iraq, 伊朗, 明朝 the Ming dynasty, 一道题 a question): they are
  folded only in a note written in Shanghainese (`_WU_NOTE_RE`: a word only Wu uses), and only
  where the table's context says so; 明朝 before a part of the day is tomorrow anywhere. The
  other Wu regions' pronouns (Suzhou 我伲, 倷, 俚笃; Ningbo 其拉; Wenzhou 渠俫, 我俫) and verbs
  (搭 with, 拨 to, 讲讲 a talk, 伐 a question) are in the table too; the gate is read on the
  note before `dialects.py` spells its Wu words (勿曾, 朆, 勒海) in Mandarin.
- `PINYIN_INITIALS`: the pinyin initials young teachers type for the words of the work
  ("开了bwh", "去qs转了一圈", "给jz打电话", "ky择校"), the days and parts of the day ("zt开了bh",
  "ws去cq"), only as a word of their own inside a Chinese note (or one of initials and a list's
  marks: "cq✅ jf❌"), so no English word is touched. An initial written alike for two words (zt
  昨天 / 主题, ws 晚上 / 卫生, tx 谈心 / 同学) has an entry per sense, each with its context.

Each entry is a `Regional(word, standard, before, after)`: `before` and `after` are the
lookarounds that keep a word written the same in another sense. To add a word, append an
entry to its table (longer words are tried first, so "屋企人" wins over "屋企"); a word in two
entries is folded by the first whose context holds where it stands (屋企 is the family before
a call, home elsewhere). A Hong Kong teacher's traditional characters are folded before this
stage (`normalise._TRADITIONAL`), so an entry is written in simplified characters.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from bot.parsing.dialects import fold_dialects
from bot.parsing.gates import auto_gated
from bot.parsing.literary import fold_literary
from bot.parsing.netslang import fold_slang, fold_weekdays


class Regional(NamedTuple):
    """A regional or chat word and the standard word it stands for, in context."""

    word: str
    standard: str
    before: str = ""
    after: str = ""


# Characters and words only written Cantonese uses: a note with one is read as Cantonese
# (听日 is not 听日语, "hear Japanese"; 听 is folded from 聽 before this stage).
_CANTONESE_NOTE_RE = auto_gated(
    "[咗嘅冇佢哋睇嚟喺唔啲嗰咩乜搵揾畀嘢噉咁冚攞嘞㗎啱係]|[寻尋琴噚][日晚朝]|听日(?![语本文剧记志])"
    "|听晚(?![上会间自课报])|[上下晏]昼|[倾傾]偈|屋企|老豆|上堂|头先|妈咪|爹哋|舍堂|班代表|家长日"
)

CANTONESE: tuple[Regional, ...] = (
    # Days and parts of the day.
    Regional("今日", "今天"),
    Regional("寻日", "昨天"),
    Regional("尋日", "昨天"),
    Regional("琴日", "昨天"),
    Regional("噚日", "昨天"),
    Regional("寻晚", "昨晚"),
    Regional("尋晚", "昨晚"),
    Regional("琴晚", "昨晚"),
    Regional("噚晚", "昨晚"),
    Regional("寻朝", "昨早"),
    Regional("尋朝", "昨早"),
    Regional("琴朝", "昨早"),
    Regional("聽日", "明天"),
    Regional("听日", "明天", after="(?![语本文剧记志])"),
    # 听晚 is also "hear the evening …" (听晚会, 听晚上的讲座): only as a day.
    Regional("聽晚", "明晚", after="(?![上会间自课报])"),
    Regional("听晚", "明晚", after="(?![上会间自课报])"),
    Regional("聽朝", "明早"),
    Regional("听朝", "明早"),
    Regional("今朝", "今早"),
    Regional("大前日", "大前天"),
    Regional("前日", "前天"),
    Regional("后日", "后天"),
    Regional("上昼", "上午"),
    Regional("下昼", "下午"),
    Regional("晏昼", "下午"),
    Regional("夜晚", "晚上"),
    Regional("第日", "改天"),
    Regional("迟啲", "以后"),
    # Hong Kong and Guangzhou (issue 17, session 14): just now (头先, 啱啱), this week (今个礼拜,
    # not 今个 the day), the morning (朝头早), a moment later (晏啲, 一阵间, 等阵),
    # next and last year (出年, 旧年 from 舊年).
    Regional("头先", "刚才"),
    Regional("啱啱", "刚刚"),
    Regional("今个", "这个", after="(?=礼拜|星期|拜|月|学期|周)"),
    Regional("朝头早", "早上"),
    Regional("晏啲", "等下"),
    Regional("一阵间", "等下"),
    Regional("等阵", "等下", after="(?![雨风])"),
    Regional("出年", "明年"),
    Regional("旧年", "去年"),
    # Function words.
    Regional("咗", "了"),
    Regional("嘅", "的"),
    Regional("有冇", "有没有"),
    Regional("冇", "没"),
    Regional("佢哋", "他们"),
    Regional("我哋", "我们"),
    Regional("你哋", "你们"),
    Regional("佢", "他"),
    Regional("哋", "们"),
    # Went to watch: 去咗睇 is 去看了 ("去咗睇佢哋上堂"), as Mandarin orders it.
    Regional("去咗睇", "去看了"),
    Regional("睇", "看"),
    Regional("嚟", "来"),
    Regional("喺度", "在"),
    Regional("喺", "在"),
    # And: 同埋 ("讲期中考同埋宿舍安全"; 埋 alone after a verb is done, below).
    Regional("同埋", "和"),
    Regional("俾", "给"),
    Regional("畀", "给"),
    Regional("係咪", "是不是"),
    # 係 is also the traditional 系 of 关係, 联係.
    Regional("係", "是", before="(?<![关關联聯])"),
    Regional("唔", "不"),
    Regional("嗰", "那"),
    Regional("呢", "这", after="(?=个|次|排|几|两|条|位|间|件|啲|些|度|班|届)"),
    Regional("啲", "些"),
    Regional("咩", "什么"),
    Regional("乜嘢", "什么"),
    Regional("点样", "怎样"),
    Regional("点解", "为什么"),
    Regional("几多", "多少"),
    Regional("咁", "这么"),
    Regional("仲", "还", after="(?=未|有|要|是|係|喺|在|冇|没|会|想|系|话|再)"),
    Regional("一齐", "一起"),
    Regional("搞掂", "搞定"),
    # 埋 after a verb: done with it ("报埋" signed up, "做埋" finished); not 埋 alone (埋头,
    # 埋怨, 掩埋: to bury).
    Regional("埋", "完", before="(?<=[报做搞写交改填睇看食])"),
    # 埋 after a verb of meeting or talking: as well ("见埋佢屋企人", "倾埋佢"), a deed done.
    *(
        Regional(f"{verb}埋", f"{standard}了")
        for verb, standard in (
            ("见", "见"),
            ("倾", "聊"),
            ("傾", "聊"),
            ("讲", "谈"),
            ("講", "谈"),
            ("打", "打"),
            ("开", "开"),
            ("查", "查"),
            ("巡", "巡"),
        )
    ),
    # 晒 after a verb: all of it ("巡晒啲宿舍", "睇晒"); not the sun (晒太阳, 晒被).
    Regional("晒", "完", before="(?<=[做搞睇看巡查见倾傾讲講打交写改填派通问])"),
    # 紧 after a verb: doing it now ("同佢倾紧", "开紧会"); not 抓紧, 要紧, 赶紧, 紧张.
    Regional(
        "紧", "着", before="(?<=[倾傾聊开睇看做搞查巡讲講谈食等])", after="(?![张急迫密凑缩])"
    ),
    # 吓 after a verb is a little ("睇吓", "倾吓", "了解吓"), as 一下, and so is 下 after a verb
    # and 咗 ("倾咗下"); not a fright (吓了一跳, 吓到), not 下午 or 下个礼拜.
    Regional(
        "吓",
        "一下",
        before="(?:(?<=[睇看倾傾聊讲講问行坐探巡查解谈试])|(?<=[睇看倾傾聊讲講问行坐探巡查解谈试][咗了]))",
    ),
    Regional(
        "咗下",
        "了一下",
        before="(?<=[睇看倾傾聊讲講问行坐探巡查解谈试])",
        after="(?![午昼晝星周礼个次面])",
    ),
    # Put off, called off, asking if it suits (改咗期, 延咗期, 得唔得, 使唔使).
    Regional("改咗期", "改期了"),
    Regional("延咗期", "延期了"),
    Regional("得唔得", "行不行"),
    Regional("使唔使", "要不要"),
    Regional("唔使", "不用"),
    Regional("唔洗", "不用"),
    Regional("搵", "找"),
    Regional("揾", "找"),
    Regional("嘢", "东西"),
    # What someone says: "佢話…", "家长话…" (not 电话, 通话).
    Regional("话", "说", before="(?<=[佢哋我你长学师人妈爸])"),
    Regional("話", "说", before="(?<=[佢哋我你长學学师師人妈媽爸])"),
    # Talks: 倾偈 and 倾 are chats (倾向, 倾听, 倾斜 … are Mandarin words of their own).
    Regional("倾偈", "聊天"),
    Regional("傾偈", "聊天"),
    Regional("倾计", "聊天"),
    Regional("倾", "聊", after="(?![向听斜诉倒尽力心家城盆注泻覆销巢慕佩角轧])"),
    Regional("傾", "聊", after="(?![向聽听斜訴诉倒盡尽力心家城盆注瀉泻覆銷销巢慕佩角軋轧])"),
    Regional("撞到", "碰到"),
    # Replied: 覆咗 (覆 alone is also Mandarin: 覆盖, 颠覆), 回覆 (Hong Kong's spelling).
    Regional("覆咗", "回复了"),
    Regional("回覆", "回复"),
    # Talking with the family: 同佢阿妈讲咗 (讲 after a parent is talking with them, 谈).
    Regional(
        "讲",
        "谈",
        before="(?:(?<=[妈爸嫲爷])|(?<=家长)|(?<=企人)|(?<=老豆))",
        after="(?=咗|了|过|吓|一下|电话|[,，。;；!！]|$)",
    ),
    # Going: 落 / 上 the dorm (down or up to it), 兜 round it ("兜咗一圈"), a round (一转, after
    # 行, 巡, 兜: "巡咗一转"); 探 someone is to visit them (not 探索, 探讨, 试探, 侦探).
    Regional("落", "去", before="(?<![降下失坐着])", after="(?=宿舍|舍堂|hall|课室|教室|班房)"),
    Regional("上", "去", before="(?<![晚早马楼路线网台身])", after="(?=宿舍|舍堂|hall|班房)"),
    Regional("兜", "转", after="(?=咗|了|一?转|一?圈|个圈)"),
    Regional("一转", "一圈", before="(?<=[行走巡兜转逛][咗了])"),
    Regional(
        "探",
        "探望",
        before="(?<![试打侦密暗])",
        after="(?=他|她|佢|下|吓|咗|了|过|一下|学生|同学|啲|些|病)",
    ),
    # Hong Kong halls of residence: 舍堂, and "hall" where one goes or stays (上hall, 喺hall).
    Regional("舍堂", "宿舍"),
    Regional(
        "hall",
        "宿舍",
        before="(?:(?<=[去上落返回到喺在])|(?<=[去上落返回到喺在] ))",
        after="(?![a-z])",
    ),
    # Walking in the hills with the class: 行山.
    Regional("行山", "爬山"),
    Regional("撞见", "碰见"),
    Regional("好耐", "很久"),
    Regional("成个钟", "一个小时", after="(?!头)"),
    Regional("半个钟", "半个小时", after="(?!头)"),
    Regional("个钟", "个小时", after="(?!头)"),
    # Going and coming back: 行咗一圈 (walked round), 返嚟 (came back), 返屋企 (went home).
    Regional("行", "走", after="(?=咗|了|一圈|下|吓|过)"),
    Regional("返", "回", after="(?=嚟|来|去|屋企|宿舍)"),
    Regional("食", "吃", after="(?=咗|了|饭|嘢|晏|早餐|午饭|晚饭|宵夜|月饼|糖水)"),
    # Families: 屋企人 is the family, 阿爸/老豆 the father, 阿妈 the mother.
    Regional("屋企人", "家长"),
    Regional("屋企", "家长", after="(?=打|通|联系|电话|视频|倾|傾|讲|講|微信)"),
    Regional("屋企", "家"),
    Regional("阿爸", "爸爸"),
    Regional("老豆", "爸爸"),
    Regional("老窦", "爸爸"),
    Regional("阿妈", "妈妈"),
    # Hong Kong families: 妈咪 and 爹哋 (before 哋 is read as 们), 老母 (not 老母鸡), 阿嫲 and
    # 阿爷 the grandparents who bring a student up.
    Regional("妈咪", "妈妈"),
    Regional("爹哋", "爸爸"),
    Regional("老母", "妈妈", after="(?![鸡猪牛羊狗亲])"),
    Regional("阿嫲", "奶奶"),
    Regional("阿爷", "爷爷"),
    # The students: 同学仔 (the young ones), the class reps (班代表, the committee in HK).
    Regional("同学仔", "同学"),
    Regional("班代表", "班干部", after="(?!大会)"),
    # School events: the parents' day (家长日) and the sports and swimming galas.
    Regional("家长日", "家长会"),
    Regional("陆运会", "运动会"),
    Regional("水运会", "游泳比赛"),
    # School: 上堂 is attending class, 班房 and 课室 the classroom.
    Regional("上堂", "上课"),
    # A subject's lesson is its 堂 ("上英文堂", "数学堂"); not 大学堂, 礼堂, 食堂.
    *(
        Regional(f"{subject}堂", f"{subject}课")
        for subject in (
            "英文",
            "中文",
            "数学",
            "物理",
            "化学",
            "生物",
            "历史",
            "地理",
            "体育",
            "音乐",
            "美术",
            "电脑",
            "通识",
            "经济",
            "会计",
            "普通话",
        )
    ),
    Regional("落堂", "下课"),
    Regional("班房", "教室"),
    Regional("课室", "教室"),
    Regional("校医室", "医务室"),
)

# Southern Min habits (Xiamen, Quanzhou, Zhangzhou, Taiwan) in Mandarin notes: 伊 for he, she
# (伊们 they), 拢 for all ("拢有到"), and 有 before a verb for a deed done ("有去机房陪伊们",
# "有跟家长联系", "有把他叫来", "有载伊去医院"): 有 becomes 已, so the deed reads as done.
# Only in a note `_MINNAN_NOTE_RE` finds 伊 or 拢 in, and only before a verb: "有两组要申报"
# is a possession, "没有去" a negation, "有把握" and "有去向" words of their own.
_MINNAN_NOTE_RE = auto_gated(
    "伊们|(?<!木)伊(?![朗犁斯拉利春甸始通川万莎丽藤宁兰])|(?<![拉靠聚围合收])拢(?=有|是|要|还|在|没|不|会|到)"
)

MINNAN: tuple[Regional, ...] = (
    Regional("伊们", "他们"),
    Regional("伊", "他", before="(?<!木)", after="(?![朗犁斯拉利春甸始通川万莎丽藤宁兰])"),
    Regional("拢", "都", before="(?<![拉靠聚围合收])"),
    Regional(
        "有",
        "已",
        before="(?<![没])",
        after=(
            "(?=去(?!向|处|无)|来(?!往|电|自|源)|跟(?!进)|把(?!握)|打(?=电话|了|过|几|一|两)|载|带(?!着|动|薪)"
            "|约(?!在先)|找(?!到|不)|叫(?!声)|坐下|陪|送|听(?!说|力|到)|看(?!法|点|到|头)"
            "|开(?!始|学|心|放|展|关)|讲(?!座|究|义|话)|聊|谈(?!到)|联系(?!方式|电话)|上去|帮)"
        ),
    ),
)

# 有 before a verb for a deed done is said by Mandarin speakers of the south as well (Fujian,
# Guangdong, Taiwan: "周五有去查寝", "有打电话给家长", "记录表有补交"), so it is folded in every
# note, but only before the verbs of the work where no other reading is likely (有 and a noun,
# "有3个同学没回", stays), not where 有 ends another word (所有, 没有, 还有, 只有, 都有) and not
# before a relative clause ("有去实习的同学": some students who went).
HAVE_DONE: tuple[Regional, ...] = (
    Regional(
        "有",
        "已",
        before="(?<![没所还只都也具拥含占享固特唯原现已既就会要可并])",
        after=(
            "(?![^,.;!?。；]{0,8}?的(?:同学|学生|人|孩子|家长|老师))"
            "(?=去(?!向|处|无|年|世|掉|除)|打(?=电话|过电话|了电话|视频)|跟(?!进|随|着)"
            "|找(?!到|不|工作|对象|房|借口)|开(?=班会|班委会|主题班会|团会|会|过|了)|联系(?!方式|电话|人)"
            "|补(?=交|填|录|登)|陪(?!伴)|带(?=学生|同学|他|她|大家|全班|班)|送(?=他|她|学生|同学)"
            "|聊|谈(?!到|及|恋爱)|听(?=课|了|过)|查(?=寝|宿|房|课|了|过))"
        ),
    ),
)

# The parts of the day: 明朝 before one is tomorrow, not the Ming dynasty, in any note.
_PART_OF_DAY = (
    "(?=夜里|夜头|夜到|夜快|晚上|上午|下午|中午|早上|一早|早浪|中浪|下半[天日]|上半[天日]|上昼|下昼"
    "|黄昏头)"
)
# Who a Wu verb (搭 with, 拨 to) takes: a student, a cadre, a parent or a pronoun.
_WU_PERSON = (
    "(?=小|老|伊|侬|倷|俚|渠|其拉|阿拉|我|班长|班委|班干部|学生|同学|家长|辅导员|室长|几个|两个)"
)
# 讲讲 is a talk at a clause's end, before 伊 or before the matter talked of (讲了讲评优的事体).
_TALK_ENDS = "(?=[,，。;；!！\\s]|$|伊|[^,，。;；]{0,8}?事体)"
# 搭 before whom one is with, not before a ride (搭小王的车).
_WU_WITH = "搭" + _WU_PERSON + "(?![^,，。;；]{0,6}?的?(?:车|船|飞机|地铁|档))"

# Words only written Wu uses: a note with one is read as Wu (阿拉伯, 伊拉克 and 今朝有酒 are
# Mandarin). Read on the note before the dialect tables fold it (they spell 勿曾, 朆, 勒海 as
# Mandarin).
_WU_NOTE_RE = auto_gated(
    "阿拉(?![伯斯丁善])|伊拉(?!克)|今朝(?!有酒)|辰光|屋里厢|交关|姆妈|[侬覅倷朆俫]|我伲|俚笃"
    "|勿曾|勒海|勒浪|学生子|嘎讪胡|讲闲话|爷娘|晏歇|等歇|一歇|寻(?=小|伊|侬)|其拉(?!开)"
    "|拨(?=伊|侬)|屋里大人|" + _WU_WITH
)

WU: tuple[Regional, ...] = (
    # Days and times.
    Regional("今朝", "今天"),
    # 明朝 is also the Ming dynasty (明朝的, 明朝末年, 明朝人).
    Regional("明朝", "明天", after="(?![的末初年时代人皇官宫史灭中前后历朱文服瓷画风小])"),
    Regional("夜到", "晚上"),
    Regional("夜头", "晚上"),
    Regional("下半天", "下午"),
    Regional("上半天", "上午"),
    Regional("辰光", "时间"),
    Regional("下趟", "下次"),
    # People: 伊 is also the first character of names (伊朗, 伊利, 伊斯兰, 木乃伊, 伊始).
    Regional("阿拉", "我们", after="(?![伯斯丁善])"),
    Regional("伊拉", "他们", after="(?!克)"),
    Regional("伊", "他", before="(?<![乃])", after="(?![朗犁利斯始春人甸索丽万蚊妹莉])"),
    Regional("侬", "你"),
    # Suzhou, Wuxi, Changzhou: 我伲 / 伲 we, 倷 you, 俚 he or she (俚笃 they, 倷笃 you all);
    # not 俚语, 俚俗, 俚曲.
    Regional("我伲", "我们"),
    Regional("伲", "我们", before="(?<![你])"),
    Regional("倷笃", "你们"),
    Regional("倷", "你"),
    Regional("俚笃", "他们"),
    Regional("俚", "他", after="(?![语俗曲歌词])"),
    # Ningbo 其拉 they (其 alone is Mandarin's); Wenzhou 我俫 we, 你俫 you all, 渠俫 they,
    # and 渠 (Wenzhou, Jinhua) he or she before what they do or whose it is (not 渠道, 水渠).
    Regional("其拉", "他们", before="(?<![尤极与及])"),
    Regional("我俫", "我们"),
    Regional("你俫", "你们"),
    Regional("渠俫", "他们"),
    Regional(
        "渠", "他", before="(?<![水沟河灌引沙])", after="(?=[来去讲跟搭爸妈娘屋寝班]|今|明|昨)"
    ),
    Regional("姆妈", "妈妈"),
    # Home: 屋里厢 and 屋里 (in Mandarin 屋里 is "in the room").
    Regional("屋里厢", "家"),
    Regional("屋里", "家", before="(?<![寝宿舍室房])"),
    # Function words: 交关 very, 一道 together (一道题 a question, 一道菜 a dish), 覅 don't.
    Regional("交关", "很"),
    # 侪 is 都 (all: "每个人侪谈过了").
    Regional("侪", "都"),
    Regional("一道", "一起", after="(?![题菜门光工口关防命伤坎难墙闪彩痕])"),
    Regional("覅", "不要"),
    # 搭 is 跟 before whom one is with ("搭小王讲了讲"; not 搭车, 搭档, 搭小王的车); 拨 is 给
    # before a person ("拨伊打了电话"; not 拨款, 拨号).
    Regional("搭", "跟", after=_WU_WITH[1:]),
    Regional("拨", "给", after=_WU_PERSON),
    # 讲讲 / 讲了讲 at a clause's end, before 伊 or a matter (事体) is a talk ("搭伊讲讲"), as
    # 谈谈; 讲讲安全 (what a meeting was about) stays.
    Regional("讲了讲", "谈了谈", after=_TALK_ENDS),
    Regional("讲讲", "谈谈", after=_TALK_ENDS),
    # 事体 is a matter, 事情.
    Regional("事体", "事情"),
    # 讲 for a while is a talk ("搭伊屋里大人讲了半个钟头", "讲了一歇"; the dialect tables have
    # spelled 一歇 一会).
    Regional(
        "讲",
        "谈",
        after="(?=了?(?:半个|一会|一下|[一两三几\\d]+个(?:多|半)?钟头|好久|半天))",
    ),
    # 伐 ends a question ("班会开好了伐", "辣浪办公室伐？"); not 步伐, 采伐, 征伐.
    Regional("伐", "吗", before="(?<![步采征讨砍杀挞])", after="(?=[?？,，。!！\\s]|$)"),
)

# Where a day's initials are a day: not a screenshot (发个jt 截图), 具体 (jt情况), 美团 (点mt,
# mt外卖) or 后台 (ht系统).
_JT_NOT = "(?!\\s*(?:情况|时间|内容|安排|怎么|是啥))"
_MT_NOT = "(?!\\s*(?:外卖|买|点|骑手|优惠|券|app))"
# A part of the day's initials (zs 早上, zw 中午, sw 上午) are other words too (证书, 真是,
# 思维): only before a verb of the work, a clock time or a break.
_PART_GOES_ON = (
    "(?=\\s*(?:[去开跟和给找查听带陪约到又在把]|\\d|[一二两三四五六七八九十]点|[,，;；]|$))"
)
# 主题 before a meeting word or a colon (zt班会, ztbh, "zt：防诈骗"); elsewhere zt is 昨天.
_TOPIC_AFTER = "\\s*(?:班会|bh|团日|团会|教育|活动|党日|队会|[:：])"
# Where a dorm's 卫生 is meant: after the dorm (qs ws, 寝室ws) or before a check of it.
_HYGIENE_BEFORE = "(?:(?<=qs)|(?<=ss)|(?<=qs\\s)|(?<=ss\\s)|(?<=寝室)|(?<=宿舍)|(?<=打扫)|(?<=搞))"
_HYGIENE_AFTER = "(?=\\s*(?:检查|情况|评比|大扫除|不合格|太差))"

# Pinyin initials of the work's words, the days and the parts of the day, as young teachers
# type them (issue 17, lane netslang); an initial written alike for two words has one entry
# per sense, the first whose context fits wins (zt: 主题 before a meeting, else 昨天; ws: 卫生
# in a dorm, else 晚上; tx: 同学们 before 们, 谈心 at an item's end).
PINYIN_INITIALS: tuple[Regional, ...] = (
    Regional("ztbh", "主题班会"),
    Regional("bwh", "班委会"),
    Regional("bh", "班会"),
    Regional("bzr", "班主任"),
    Regional("fdy", "辅导员"),
    Regional("dy", "导员"),
    Regional("qs", "寝室"),
    Regional("cq", "查寝"),
    Regional("jzh", "家长会"),
    Regional("jz", "家长"),
    Regional("jf", "家访"),
    Regional("ky", "考研"),
    Regional("dc", "大创"),
    # The class's officers: bw 班委 ("开bw会"), bz 班长 (bz: is 备注, a remark).
    Regional("bw", "班委"),
    Regional("bz", "班长", after="(?!\\s*[:：])"),
    Regional("ss", "宿舍"),
    # 谈心 at an item's end ("找小王tx", "tx了三个"); tx们 and 的tx the students; "tx一下" (提醒) stays.
    Regional("tx", "同学", after="(?=们)"),
    Regional("tx", "同学", before="(?<=的)"),
    Regional(
        "tx",
        "谈心",
        after="(?=\\s*(?:了(?![他她大学同家])|完|[,，。;；!！~✅✔☑+&]|$|\\d|[一两二三四五六七八九十几]次))",
    ),
    # 谈心 joined to another initial by + or & ("cq+tx"), and 谈心 before a student named by
    # 小 / 老 that ends the item ("✅ tx小王"); "tx小王交表" (提醒) goes on after the name and stays.
    Regional("tx", "谈心", before="(?<=[+&])"),
    Regional("tx", "谈心", after="(?=[小老][\u4e00-\u9fff][ \\t]*(?:[\\n,，。;；!！✅✔☑❌❎✖]|$))"),
    Regional("wzx", "晚自习"),
    Regional("zxs", "自习室"),
    Regional("kq", "考勤"),
    Regional("dk", "打卡"),
    # 挂科, not 高考 (gk成绩, gk志愿).
    Regional("gk", "挂科", after="(?!\\s*(?:成绩|分|志愿|状元|考生|报名|倒计时|前))"),
    Regional("hd", "活动", after="(?!\\s*(?:视频|画质|版|屏|高清|[a-z]))"),
    # A hospital gone to with a student ("陪学生去yy"); yy alone is a voice chat or a daydream.
    Regional("yy", "医院", before="(?:(?<=[去到送陪带])|(?<=[去到送陪带]\\s))"),
    # Days: jt 今天, zt 昨天 (主题 before a meeting), mt 明天, ht 后天, xz 下周 (before a
    # weekday or a plan; xz is 学长 too), zm 周末 (after 这 / 上 / 下, or at a break: zm is 怎么
    # too), xq 星期 before its day.
    Regional("zt", "主题", after=f"(?={_TOPIC_AFTER})"),
    Regional("zt", "昨天", before="(?<![发个])", after=f"(?!{_TOPIC_AFTER})"),
    Regional("jt", "今天", before="(?<![发个张看截])", after=_JT_NOT),
    Regional("mt", "明天", before="(?<![点用叫在上])", after=_MT_NOT),
    Regional("ht", "后天", before="(?<![在登进])", after="(?!\\s*(?:系统|管理|数据|登录))"),
    Regional("xz", "下周", after="(?=\\s*(?:[一二三四五六日天末]|要|开|去|再|继续))"),
    Regional("zm", "周末", before="(?<=[这上下本])"),
    Regional("zm", "周末", after="(?=\\s*(?:[,，。;；]|$|两天|的时候))"),
    Regional("xq", "星期", after="(?=\\s*[一二三四五六日天])"),
    # Parts of the day: xw 下午 (not 新闻: 看xw), ws 晚上 (卫生 in a dorm), zs 早上, zw 中午,
    # sw 上午 (only before a verb, a clock time or a break).
    Regional("xw", "下午", before="(?<![看发播])", after="(?!\\s*(?:联播|稿))"),
    Regional("ws", "卫生", before=_HYGIENE_BEFORE),
    Regional("ws", "卫生", after=_HYGIENE_AFTER),
    Regional("ws", "晚上", before="(?<![网])"),
    Regional("zs", "早上", after=_PART_GOES_ON),
    Regional("zw", "中午", after=_PART_GOES_ON),
    Regional("sw", "上午", after=_PART_GOES_ON),
)


def _alternation(table: tuple[Regional, ...]) -> str:
    # The longest word first where two start alike ("屋企人" before "屋企").
    return "|".join(
        f"{r.before}{re.escape(r.word)}{r.after}" for r in sorted(table, key=lambda r: -len(r.word))
    )


def _first_wins(table: tuple[Regional, ...]) -> dict[str, str]:
    standard: dict[str, str] = {}
    for r in table:  # the first entry of a word written twice is its usual sense
        standard.setdefault(r.word, r.standard)
    return standard


def _senses(table: tuple[Regional, ...]) -> dict[str, tuple[tuple[re.Pattern[str], str], ...]]:
    """The words written in more than one entry, each entry's context and standard word."""
    senses: dict[str, list[tuple[re.Pattern[str], str]]] = {}
    for r in table:
        senses.setdefault(r.word, []).append(
            (re.compile(f"{r.before}{re.escape(r.word)}{r.after}"), r.standard)
        )
    return {word: tuple(entries) for word, entries in senses.items() if len(entries) > 1}


_CANTONESE_RE = auto_gated(_alternation(CANTONESE))
_CANTONESE_WORD = _first_wins(CANTONESE)
# 屋企 is the family before a call (屋企打咗电话) and home elsewhere (返屋企, 掛住屋企).
_CANTONESE_SENSES = _senses(CANTONESE)
_MINNAN_RE = auto_gated(_alternation(MINNAN))
_MINNAN_WORD = _first_wins(MINNAN)
_HAVE_DONE_RE = auto_gated(_alternation(HAVE_DONE))
_WU_RE = auto_gated(_alternation(WU))
_WU_WORD = _first_wins(WU)
_TOMORROW_RE = re.compile(
    f"明朝{_PART_OF_DAY}"
    # 明朝 opening its clause before who or where does the deed, or a verb of a plan (class: a
    # Wu writer's tomorrow in a note the Wu gate does not find, "明朝学院有个讲座，我带几个同学
    # 一道去听"); the Ming dynasty is named inside a clause (讲明朝的历史) or before 的 / 末年.
    "|(?:^|(?<=[,.;!?，。；！？\\s]))明朝(?=学院|学校|系里|院里|我|要|去|开|带|陪)"
)
# Longer initials first ("bwh" before "bh"), then the table's order; each entry ends in an
# empty group named by its index, so a match says which sense it is.
_INITIALS_IN_ORDER = sorted(PINYIN_INITIALS, key=lambda r: -len(r.word))
_PINYIN_INITIALS_RE = re.compile(
    # A word of its own: no Latin letter or digit touches it. The lookahead first: most
    # positions hold no two Latin letters, and one set test turns them away.
    "(?=[a-z]{2})(?<![a-z0-9])(?:"
    + "|".join(
        f"(?:{r.before}{re.escape(r.word)}{r.after})(?P<e{i}>)"
        for i, r in enumerate(_INITIALS_IN_ORDER)
    )
    + ")(?![a-z0-9])",
    re.IGNORECASE,
)
# A cheap gate: most notes have no Latin letter, or no Chinese character.
_LATIN_RE = re.compile(r"[a-zA-Z]")
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")
# A list's tick or cross: a note of initials and marks alone ("cq✅ jf❌") is a Chinese note.
_LIST_MARK_RE = re.compile("[✅✔☑✓❌✘✖✗]")


def _fold_cantonese(m: re.Match[str]) -> str:
    word = m.group()
    for context, standard in _CANTONESE_SENSES.get(word, ()):
        if context.match(m.string, m.start()):  # the first entry whose context holds here
            return standard
    return _CANTONESE_WORD[word]


def _fold_wu(m: re.Match[str]) -> str:
    return _WU_WORD[m.group()]


def _fold_minnan(m: re.Match[str]) -> str:
    return _MINNAN_WORD[m.group()]


def _fold_initial(m: re.Match[str]) -> str:
    return _INITIALS_IN_ORDER[int((m.lastgroup or "e0")[1:])].standard


def fold_regional(norm: str) -> str:
    """`norm` with written Cantonese, Shanghainese, Southern Min habits and pinyin initials
    spelled in standard words (see the module docstring); a note with none is returned as it is."""
    norm = fold_literary(norm)  # the literary register: 昨赴三号舍, 诸生, 拟 (literary.py)
    wu = _WU_NOTE_RE.search(norm) is not None
    norm = fold_dialects(norm)  # the dialects' day words, verbs and markers (dialects.py)
    if _CANTONESE_NOTE_RE.search(norm) is not None:
        norm = _CANTONESE_RE.sub(_fold_cantonese, norm)
    # Wu before Southern Min: both read 伊, and 伊拉 (they) is Shanghainese.
    if wu:
        norm = _WU_RE.sub(_fold_wu, norm)
    elif "明朝" in norm:
        norm = _TOMORROW_RE.sub("明天", norm)
    if _MINNAN_NOTE_RE.search(norm) is not None:
        norm = _MINNAN_RE.sub(_fold_minnan, norm)
    if "有" in norm:
        norm = _HAVE_DONE_RE.sub("已", norm)
    if _LATIN_RE.search(norm) is not None and (
        _CJK_RE.search(norm) is not None or _LIST_MARK_RE.search(norm) is not None
    ):
        norm = _PINYIN_INITIALS_RE.sub(_fold_initial, norm)
        norm = fold_weekdays(norm)  # "zhou3", "w5": 周三, 周五 (netslang.py)
    return fold_slang(norm)  # 搞定, 鸽了, 下次一定 … (netslang.py)
