"""A burst of numbered messages and its score: sent / recorded / doubled / unanswered / wrong.

Shared by the fault tests (tests/e2e/test_faults.py) and their figures (bench/faults.py).
Each message ends in "#n"; a message is recorded when an activity's source text carries its
number, doubled when more than one does, unanswered when its chat got fewer "recorded"
replies than it sent messages, and wrongly answered when a chat was told something failed
("something went wrong", "NOT recorded"). A chat that got more "recorded" replies than it
sent messages counts under `repeated` (after a crash a message can be answered again, as
"recorded already": honest, but noted).
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from storage.models import Activity
from tests.botapi.server import FakeBotApi

KINDS = ("今天查寝", "今天听课", "今天开了班会", "给家长打了电话", "和同学谈心")
RECORDED = ("已记录", "这条消息已经记录过")
WRONG = ("出错", "没有记录", "未记录")
SAVED_LATER = "数据库恢复后"
STRANGER_REPLY = "邀请码"


@dataclass
class Score:
    sent: int
    recorded: int
    doubled: int
    unanswered: int
    wrong: int
    repeated: int
    saved_later_notes: Counter[int]
    stranger_answered: bool

    def line(self) -> str:
        return (
            f"sent {self.sent} / recorded {self.recorded} / doubled {self.doubled} / "
            f"unanswered {self.unanswered} / wrongly answered {self.wrong}"
        )


def message(n: int) -> str:
    return f"{KINDS[n % len(KINDS)]} #{n}"


def numbers_recorded(engine: Engine) -> Counter[int]:
    with Session(engine) as session:
        texts = session.scalars(select(Activity.source_text)).all()
    return Counter(int(t.rsplit("#", 1)[1]) for t in texts if t and "#" in t)


def wait_until(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def score(api: FakeBotApi, engine: Engine, sent: dict[int, int], stranger: int | None) -> Score:
    """`sent`: chat id -> how many numbered messages it sent (numbers 0..total-1)."""
    total = sum(sent.values())
    recorded = numbers_recorded(engine)
    unanswered = wrong = repeated = 0
    notes: Counter[int] = Counter()
    for chat_id, count in sent.items():
        texts = [str(c.params.get("text", "")) for c in api.sent(chat_id, "sendMessage") if c.ok]
        answered = sum(1 for t in texts if t.startswith(RECORDED))
        unanswered += max(0, count - answered)
        repeated += max(0, answered - count)
        wrong += sum(1 for t in texts if any(w in t for w in WRONG))
        notes[chat_id] = sum(1 for t in texts if SAVED_LATER in t)
    stranger_answered = stranger is None or any(
        STRANGER_REPLY in str(c.params.get("text", ""))
        for c in api.sent(stranger, "sendMessage")
        if c.ok
    )
    return Score(
        sent=total,
        recorded=sum(1 for n in range(total) if recorded[n] >= 1),
        doubled=sum(1 for n in range(total) if recorded[n] > 1),
        unanswered=unanswered,
        wrong=wrong,
        repeated=repeated,
        saved_later_notes=notes,
        stranger_answered=stranger_answered,
    )
