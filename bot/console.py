"""`advisorbot console`: the same application, talked to from a terminal.

Updates are built from what you type and handed to `Application.process_update`; the
bot's replies come back through `LocalRequest` and are printed. No Telegram involved.
Documents and pictures the bot sends are saved under a folder (default `./console-out/`)
and their paths printed; message ids go on from the last run, so a restarted console's
first notes are new messages, not "already recorded".
"""

from __future__ import annotations

import asyncio
import re
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TextIO

from pydantic import SecretStr
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from bot.app import build_application
from bot.i18n import t
from bot.local_api import Call, LocalRequest, UpdateFactory, buttons_of
from bot.settings import Settings
from storage.db import make_session_factory, unit_of_work
from storage.directory import add_semester, all_semesters
from storage.models import Activity, Person, SchoolClass
from storage.roster import import_roster, read_roster

SAMPLE_ROSTER = Path(__file__).resolve().parent / "data" / "sample_roster.csv"
CONSOLE_ID_BASE = 9_000_000_000  # synthetic Telegram ids for people who have none
DEFAULT_OUT = Path("console-out")


def seed_if_empty(session: Session, today: date) -> bool:
    """A sample roster and a semester around today, so a new user can try everything."""
    if session.scalar(select(SchoolClass.id).limit(1)) is not None:
        return False
    import_roster(session, read_roster(SAMPLE_ROSTER), datetime.now(UTC))
    if not all_semesters(session):
        year = today.year if today.month >= 8 else today.year - 1
        if today.month >= 8 or today.month == 1:
            name, first, last = f"{year}-{year + 1}-1", date(year, 9, 1), date(year + 1, 1, 20)
        else:
            name, first, last = f"{year}-{year + 1}-2", date(year + 1, 2, 20), date(year + 1, 7, 10)
        add_semester(session, name, first, last)
    return True


def console_person(session: Session, name: str | None) -> Person:
    """The person to act as (default: the first advisor), given a Telegram id if needed."""
    query = select(Person).order_by(Person.id)
    query = query.where(Person.name == name) if name else query.where(Person.is_advisor)
    person = session.scalar(query.limit(1))
    if person is None:
        raise LookupError(name or "advisor")
    if person.telegram_id is None:
        person.telegram_id = CONSOLE_ID_BASE + person.id
    return person


class Console:
    """Reads lines, turns them into updates, prints what the bot answers."""

    def __init__(
        self,
        settings: Settings,
        engine: Engine,
        out: TextIO = sys.stdout,
        files_dir: Path = DEFAULT_OUT,
    ) -> None:
        self.out = out
        self.files_dir = files_dir
        self.request = LocalRequest(on_call=self._print_call)
        console_settings = settings.model_copy(
            update={"telegram_bot_token": SecretStr("0:console")}
        )
        self.application = build_application(
            console_settings, engine=engine, request=self.request, rate_limit=False
        )
        self.sessions = make_session_factory(engine)
        self.factory = UpdateFactory(self.application.bot)
        self.factory.continue_message_ids(self._last_message_id())
        self.user: dict[str, object] = {}
        self.last_with_buttons: Call | None = None
        self.lang = "zh"

    def act_as(self, name: str | None) -> str:
        with unit_of_work(self.sessions) as session:
            person = console_person(session, name)
            self.lang = person.language or "zh"
            language_code = "en" if self.lang == "en" else "zh-hans"
            self.user = self.factory.user(
                int(person.telegram_id or 0), person.name, None, language_code
            )
            return person.name

    def _last_message_id(self) -> int:
        """Past every message id used before: the recorded ones, and this moment in seconds
        (notes still waiting on a question have ids from earlier runs, all below it)."""
        with unit_of_work(self.sessions) as session:
            recorded = session.scalar(select(func.max(Activity.source_message_id))) or 0
        return max(int(recorded), int(time.time()))

    def _save_files(self, call: Call) -> list[Path]:
        """Write the call's uploads under the output folder; their paths."""
        saved: list[Path] = []
        for part, (name, data) in sorted(call.files.items()):
            self.files_dir.mkdir(parents=True, exist_ok=True)
            safe = re.sub(r"[^\w.\-]+", "_", Path(name).name) or part
            path = self.files_dir / safe
            stem, suffix, n = path.stem, path.suffix, 1
            while path.exists():
                n += 1
                path = self.files_dir / f"{stem}-{n}{suffix}"
            path.write_bytes(data)
            saved.append(path)
        return saved

    def _print_call(self, call: Call) -> None:
        if call.method not in ("sendMessage", "editMessageText", "sendPhoto", "sendDocument"):
            return
        text = call.params.get("text") or call.params.get("caption") or f"[{call.method}]"
        print(f"\nbot> {text}", file=self.out)
        for path in self._save_files(call):
            print(t(self.lang, "console.saved_file", path=str(path)), file=self.out)
        buttons = buttons_of(call)
        if buttons:
            self.last_with_buttons = call
            labels = "  ".join(f"[!{n}] {label}" for n, (label, _) in enumerate(buttons, 1))
            print(f"     {labels}", file=self.out)

    async def handle(self, line: str) -> bool:
        """One line of input; False when the user wants to leave."""
        line = line.strip()
        if not line or line.startswith("#"):
            return True
        if line in ("!quit", "!exit", "!q"):
            return False
        if line.startswith("!as "):
            name = self.act_as(line[4:].strip())
            print(t(self.lang, "console.acting_as", name=name), file=self.out)
            return True
        if line[0] == "!" and line[1:].isdigit():
            await self._press(int(line[1:]))
            return True
        await self.application.process_update(self.factory.message(self.user, line))
        return True

    async def _press(self, number: int) -> None:
        call = self.last_with_buttons
        buttons = buttons_of(call) if call else []
        if call is None or not 1 <= number <= len(buttons):
            print(t(self.lang, "console.no_such_button"), file=self.out)
            return
        await self.application.process_update(
            self.factory.press(self.user, call, buttons[number - 1][1])
        )

    async def run(self, read_line: Callable[[], str], as_name: str | None) -> None:
        name = self.act_as(as_name)
        async with self.application:
            print(t(self.lang, "console.banner", name=name), file=self.out)
            while True:
                line = await asyncio.to_thread(read_line)
                if line == "":  # end of input
                    break
                if not await self.handle(line):
                    break


def run_console(
    settings: Settings,
    engine: Engine,
    as_name: str | None,
    today: date,
    files_dir: Path = DEFAULT_OUT,
) -> None:
    with unit_of_work(make_session_factory(engine)) as session:
        seeded = seed_if_empty(session, today)
    console = Console(settings, engine, files_dir=files_dir)
    if seeded:
        print(t("zh", "console.seeded", path=SAMPLE_ROSTER.name))
    asyncio.run(console.run(sys.stdin.readline, as_name))
