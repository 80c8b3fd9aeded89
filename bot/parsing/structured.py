"""A work log pasted in structured form, read row by row.

Organised advisors keep their log as a table and paste it: markdown rows under a header
(| 日期 | 事项 | 时长 | 人数 | 状态 |, | Date | Activity | Hours | People | Status |), CSV lines
(2026-10-12,查寝,1h,) with or without a header, tab-separated columns, or key: value blocks
(日期: 10-12 / 事项: 谈心 / 人数: 3). Each row is one item with its own date. `unfold_rows`
spells each row as the line of prose the later stages read ("10月12日：查寝，1小时"): a numeric
date as 10月12日 (a bare "10-13" before 班 would read as a class number), a bare number under
the hours column as hours, under the people column as people (the count rules then keep it only
for talks and parent contacts), and the status column as done (nothing added), a plan (计划,
"planned") or nothing at all (取消, 改期: the row is dropped). Header and separator rows
(|---|) record nothing. A note that is not a table comes back unchanged.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

# The column names, each with the role of its column. Matched against a whole header cell.
COLUMNS: dict[str, tuple[str, ...]] = {
    "date": ("日期", "时间", "日子", "date", "day", "when"),
    "activity": (
        "事项",
        "工作内容",
        "工作事项",
        "内容",
        "活动",
        "活动内容",
        "工作",
        "项目",
        "事由",
        "类型",
        "activity",
        "activities",
        "item",
        "task",
        "what",
        "work",
        "type",
    ),
    "hours": (
        "时长",
        "用时",
        "耗时",
        "时数",
        "工时",
        "小时",
        "小时数",
        "时长(h)",
        "时长(小时)",
        "hours",
        "hrs",
        "hour",
        "duration",
        "time spent",
        "h",
    ),
    "people": (
        "人数",
        "人次",
        "参与人数",
        "对象人数",
        "people",
        "count",
        "students",
        "number",
        "headcount",
        "no.",
        "#",
    ),
    "status": ("状态", "完成情况", "进度", "是否完成", "status", "state", "done?"),
}
_ROLE_OF = {name.replace(" ", ""): role for role, names in COLUMNS.items() for name in names}

# A status cell: done (the row as it is), a plan, or nothing (the row dropped).
STATUS: dict[str, tuple[str, ...]] = {
    "done": (
        "已完成",
        "完成",
        "已做",
        "已办",
        "已开",
        "已结束",
        "✓",
        "✔",
        "√",
        "是",
        "done",
        "completed",
        "complete",
        "finished",
        "yes",
        "y",
        "ok",
    ),
    "plan": (
        "计划",
        "计划中",
        "待定",
        "待办",
        "未开始",
        "待开展",
        "planned",
        "plan",
        "scheduled",
        "tbd",
        "to do",
        "todo",
        "upcoming",
    ),
    "nothing": (
        "取消",
        "已取消",
        "改期",
        "延期",
        "推迟",
        "暂缓",
        "未完成",
        "cancelled",
        "canceled",
        "postponed",
        "rescheduled",
        "moved",
        "改到",
        "dropped",
        "✗",
        "✘",
        "×",
        "否",
        "no",
    ),
}
_STATUS_OF = {word: sense for sense, words in STATUS.items() for word in words}
# The status words that put a row off: with a new day after them ("改期 → 10-19（周一）晚",
# "postponed to 10/19") the row is a plan on that day.
MOVED = ("改期", "延期", "推迟", "改到", "postponed", "rescheduled", "moved")
# Longest first, so 已完成 is read before 完成 and 未完成 before 完成.
_STATUS_WORDS = sorted(_STATUS_OF, key=len, reverse=True)
# What may follow a status word in its cell: a reason in brackets ("取消（学院开会）",
# "cancelled (rain)"), a dash or a colon and a remark, or the new day of a row put off.
_STATUS_TAIL_RE = re.compile(r"\s*(?:$|[(\[（【→>=:：,，;；\-—~]|(?:到|至)|to\b)")
_MOVED_TO_RE = re.compile(r"\s*(?:→|->|=>|>|到|至|\bto\b|:)?\s*")

_SEPARATOR_CELL_RE = re.compile(r":?-{2,}:?")
_NUMERIC_DATE_RE = re.compile(r"(?:(?P<y>\d{4})[-/.年])?(?P<m>\d{1,2})[-/.月](?P<d>\d{1,2})日?")
_DATE_CELL_RE = re.compile(
    r"(?:\d{4}[-/.年])?\d{1,2}[-/.月]\d{1,2}[日号]?(?:\s*[(（]?(?:周|星期|礼拜)[一二三四五六日天][)）]?)?"
    r"|(?:周|星期|礼拜)[一二三四五六日天]|[昨今前]天|today|yesterday"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}\s+[a-z]{3,9}|[a-z]{3,9}\.?\s+\d{1,2}",
    re.IGNORECASE,
)
# A headerless row's first cell: a date, or a range of dates.
_DATED_CELL_RE = re.compile(
    r"(?:\d{4}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?"
    r"(?:\s*(?:~|～|至|到|-|—|–)\s*(?:\d{4}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?)?"
)
_NUMBER_RE = re.compile(r"\d+(?:\.\d+)?")
_HOURS_CELL_RE = re.compile(r"\d+(?:\.\d+)?\s*(?:h|hrs?|hours?|小时|个小时|min|mins|分钟|分)", re.I)
_PEOPLE_CELL_RE = re.compile(r"\d+\s*(?:人|人次|个|名|位|people|students|parents)", re.I)
_KEY_VALUE_RE = re.compile(r"\s*(?P<key>[^:\n]{1,12}?)\s*:\s*(?P<value>.*?)\s*")
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")
_COMMA_OUTSIDE_BRACKETS_RE = re.compile(r",(?![^(（]*[)）])")
# Only a note with one of these can hold a table: most notes have none.
_GATE_RE = re.compile(r"[|\t]|,.*\n|:.*\n")
# … or a CSV row pasted alone, opening with its date ("11-13,查寝,,,取消"): matched at the start
# only (one regex of both would be tried at every position).
_LONE_ROW_GATE_RE = re.compile(r"\s*\d[\d/.~～至到-]{2,14}\s*,")


@dataclass
class _Row:
    date: str = ""
    activity: str = ""
    hours: str = ""
    people: str = ""
    status: str = ""
    rest: tuple[str, ...] = ()


def _cells(line: str) -> tuple[str, list[str]] | None:
    """The line's delimiter and its cells, or None for a line that is not a row."""
    stripped = line.strip()
    if stripped.count("|") >= 2 or (stripped.startswith("|") and stripped.endswith("|")):
        return "|", [c.strip() for c in stripped.strip("|").split("|")]
    if "\t" in stripped:
        return "\t", [c.strip() for c in stripped.split("\t")]
    if stripped.count(",") >= 1:
        # A comma inside brackets is the cell's own: "取消（大雨，下周再说）".
        cells = (
            _COMMA_OUTSIDE_BRACKETS_RE.split(stripped) if "(" in stripped else stripped.split(",")
        )
        return ",", [c.strip() for c in cells]
    return None


def _header_roles(cells: list[str]) -> list[str] | None:
    """The role of each column when every named cell is a column name, else None."""
    roles = [_ROLE_OF.get(c.lower().replace(" ", "") or "-", "") for c in cells]
    named = [c for c in cells if c]
    if len(named) < 2 or any(c and not r for c, r in zip(cells, roles, strict=True)):
        return None
    return roles if "activity" in roles else None


def _guess_roles(cells: list[str]) -> list[str]:
    """A headerless row's roles by what each cell holds: the first date, the hours, a bare
    number as people, a status word; the first other cell is the activity."""
    roles: list[str] = []
    for cell in cells:
        low = cell.lower()
        if "date" not in roles and (
            _DATE_CELL_RE.fullmatch(cell) or _RANGE_CELL_RE.fullmatch(cell)
        ):
            roles.append("date")
        elif "hours" not in roles and _HOURS_CELL_RE.fullmatch(cell):
            roles.append("hours")
        elif "people" not in roles and (
            _PEOPLE_CELL_RE.fullmatch(cell) or (cell.isdigit() and "activity" in roles)
        ):
            roles.append("people")
        elif "status" not in roles and _status(low) is not None:
            roles.append("status")
        elif "activity" not in roles and cell:
            roles.append("activity")
        else:
            roles.append("")
    return roles


def _row(cells: list[str], roles: list[str]) -> _Row:
    row = _Row()
    rest: list[str] = []
    for cell, role in zip(cells, roles, strict=False):
        if role and not getattr(row, role):
            setattr(row, role, cell)
        elif cell:
            rest.append(cell)
    row.rest = tuple(rest)
    return row


def _spell_date(cell: str, english: bool) -> str:
    m = _NUMERIC_DATE_RE.fullmatch(cell)
    if m is None:
        return cell
    y, mo, d = m.group("y"), int(m.group("m")), int(m.group("d"))
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return cell  # "13/0": no date, left as written
    if english:
        return f"{y}-{mo:02d}-{d:02d}" if y else f"{d} {_MONTHS[mo - 1]}"
    return f"{y + '年' if y else ''}{mo}月{d}日"


_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _status(cell: str) -> tuple[str, str] | None:
    """The sense of a status cell and, for a row put off, its new day ("" when none); None
    when the cell holds no status word. Class: a status word with more in its cell, a
    reason in brackets ("取消（学院开会）") or the new day ("改期 → 10-19（周一）晚")."""
    low = cell.lower().strip("()（） ")
    for word in _STATUS_WORDS:
        if not low.startswith(word) or _STATUS_TAIL_RE.match(low, len(word)) is None:
            continue
        sense = _STATUS_OF[word]
        if word in MOVED:
            rest = _MOVED_TO_RE.match(low, len(word))
            new = _NUMERIC_DATE_RE.match(low, rest.end()) if rest else None
            if new is not None:
                return "plan", new.group()
        return sense, ""
    return None


def _spell(row: _Row) -> str | None:
    """The row as a line of prose, or None when it records nothing."""
    status, moved_to = _status(row.status) or ("done", "")
    if status == "nothing" or not row.activity:
        return None
    if moved_to:
        row.date = moved_to
    english = _CJK_RE.search(row.activity) is None
    parts = [row.activity]
    if status == "plan":
        parts[0] = ("planned " if english else "计划") + row.activity
    if row.hours:
        bare = _NUMBER_RE.fullmatch(row.hours)
        parts.append(row.hours if not bare else row.hours + (" hours" if english else "小时"))
    if row.people:
        bare = _NUMBER_RE.fullmatch(row.people)
        parts.append(row.people if not bare else row.people + (" people" if english else "人"))
    parts += row.rest
    line = (", " if english else ",").join(parts)
    if not row.date:
        return line
    return _spell_date(row.date, english) + (": " if english else ":") + line


# A row over a range of days: "12-05~12-06", "12/5-12/6", "12-05至12-06".
_RANGE_CELL_RE = re.compile(
    r"(?P<first>(?:\d{4}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?)\s*(?:~|～|至|到|-|—|–)\s*"
    r"(?P<last>(?:\d{4}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?)"
)
# The row's length in days: "2天", "两天", "2 days".
_DAYS_CELL_RE = re.compile(r"(?P<n>\d+|[一两二三四五六七])\s*(?:天|日|days?)", re.I)
_CN_DAYS = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7}


def _days_of_range(row: _Row) -> list[str] | None:
    """Each day of a row dated by a range whose length in days the row tells as a cell of its
    own ("| 12-05~12-06 | 带队参加决赛 | 2天 |", class: a row over a range of days is one item
    a day), as the date cells of its days, or None."""
    m = _RANGE_CELL_RE.fullmatch(row.date)
    if m is None:
        return None
    told = [d for c in (row.hours, *row.rest) if (d := _DAYS_CELL_RE.fullmatch(c)) is not None]
    first, last = _NUMERIC_DATE_RE.fullmatch(m["first"]), _NUMERIC_DATE_RE.fullmatch(m["last"])
    if len(told) != 1 or first is None or last is None:
        return None
    n = told[0]["n"]
    length = int(n) if n.isdigit() else _CN_DAYS[n]
    try:  # a leap year, so 2-29 is a day; a range into January crosses the year
        start = dt.date(2000, int(first["m"]), int(first["d"]))
        end = dt.date(2000 if last["m"] >= first["m"] else 2001, int(last["m"]), int(last["d"]))
    except ValueError:
        return None
    if (end - start).days + 1 != length or not 2 <= length <= 7:
        return None
    days = (start + dt.timedelta(days=i) for i in range(length))
    return [f"{d.month:02d}-{d.day:02d}" for d in days]


def _spell_rows(row: _Row) -> list[str]:
    """The row as lines of prose: one, one a day for a row over a range of days, or none."""
    days = _days_of_range(row)
    if days is None:
        line = _spell(row)
        return [] if line is None else [line]
    row.rest = tuple(c for c in row.rest if _DAYS_CELL_RE.fullmatch(c) is None)
    if _DAYS_CELL_RE.fullmatch(row.hours):
        row.hours = ""
    lines = (_spell(dataclasses.replace(row, date=day)) for day in days)
    return [line for line in lines if line is not None]


def _key_value_rows(lines: list[str]) -> list[str | None] | None:
    """Key: value blocks (日期: 10-12 / 事项: 谈心), one row each, or None when the note has
    no such block. A blank line or the date's key told again starts the next row; a block
    whose date is not one day (a report's 时间: 11月30日—12月6日) is left as it is."""
    out: list[str | None] = []
    row: dict[str, str] = {}
    found = False

    def close() -> None:
        nonlocal found
        if "activity" in row and _DATE_CELL_RE.fullmatch(row.get("date", "")):
            out.append(_spell(_row(list(row.values()), list(row))))
            found = True
        elif row:
            out.append("\n".join(f"{k}: {v}" for k, v in row.items()))
        row.clear()

    for line in lines:
        m = _KEY_VALUE_RE.fullmatch(line)
        role = _ROLE_OF.get(m.group("key").lower().replace(" ", "")) if m else None
        if m is None or role is None:
            close()
            out.append(line)
            continue
        if role in row:
            close()
        row[role] = m.group("value")
    close()
    return out if found else None


def unfold_rows(text: str) -> str:
    """The note with each row of a pasted table spelled as a line of prose (see the module)."""
    if _GATE_RE.search(text) is None and _LONE_ROW_GATE_RE.match(text) is None:
        return text
    lines = text.split("\n")
    if ":" in text:
        rows = _key_value_rows(lines)
        if rows is not None:
            return "\n".join(r for r in rows if r is not None)
    parsed = [_cells(line) for line in lines]
    out: list[str] = []
    changed = False
    roles: list[str] | None = None
    delimiter = ""
    for line, cells in zip(lines, parsed, strict=True):
        if cells is None:
            out.append(line)
            roles = None
            continue
        sep, values = cells
        if sep == "|" and all(_SEPARATOR_CELL_RE.fullmatch(c) or not c for c in values):
            changed = True
            continue
        header = _header_roles(values)
        if header is not None:
            roles, delimiter, changed = header, sep, True
            continue
        if roles is not None and sep == delimiter:
            out += _spell_rows(_row(values, roles))
        elif (
            len(values) >= 3
            and _DATED_CELL_RE.fullmatch(values[0])
            and (_is_log(parsed, sep) or _is_lone_row(line, sep, values))
        ):
            out += _spell_rows(_row(values, _guess_roles(values)))
        else:
            out.append(line)
            continue
        changed = True
    return "\n".join(out) if changed else text


def _is_lone_row(line: str, sep: str, values: list[str]) -> bool:
    """A row of a table pasted alone (class: a one-row paste): a markdown row with its outer
    bars, or a CSV row with an empty cell or a status cell ("11-13,查寝,,,取消（大雨）")."""
    if sep == "|":
        stripped = line.strip()
        return stripped.startswith("|") and stripped.endswith("|")
    return sep == "," and ("" in values[1:] or any(_status(v) is not None for v in values[2:]))


def _is_log(parsed: list[tuple[str, list[str]] | None], sep: str) -> bool:
    """A headerless log: two lines or more of the delimiter, each opening with a date."""
    rows = [c for c in parsed if c is not None and c[0] == sep]
    return len(rows) >= 2 and all(_NUMERIC_DATE_RE.fullmatch(c[1][0]) for c in rows if c[1])
