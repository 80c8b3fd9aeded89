"""The dashboard's form download with the evidence photos, fetched through the bot it runs
beside (`WebServices.pictures`), and without them when there is no bot."""

from __future__ import annotations

import io
from collections.abc import Sequence

from docx import Document
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session
from starlette.applications import Starlette
from starlette.testclient import TestClient

from bot.documents.form_docx import FormPicture
from bot.form_pictures import FetchedPictures
from storage.evidence import attach
from storage.forms import FormEntry
from storage.models import Activity
from tests.bot.test_form_evidence import png
from tests.web.conftest import signed_in
from tests.web.seed import NOW, College

CLASS = "数学与应用数学2023-1班"


class Fetcher:
    """A hand-written fake of the bot's photo fetch: the first photo arrives, the rest fail."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    async def __call__(self, photos: Sequence[tuple[FormEntry, str]]) -> FetchedPictures:
        self.asked += [file_id for _, file_id in photos]
        pictures = tuple(FormPicture(entry, png()) for entry, _ in photos[:1])
        return FetchedPictures(pictures, len(photos) - len(pictures))


def with_photos(engine: Engine, college: College) -> str:
    """Two photos on one of the class's records; the record's month."""
    with Session(engine) as session:
        record = session.scalars(
            select(Activity)
            .where(Activity.class_id == college.classes[CLASS], Activity.deleted_at.is_(None))
            .order_by(Activity.local_date.desc())
        ).first()
        assert record is not None
        attach(session, [record.id], [("web-1", "u-web-1"), ("web-2", "u-web-2")], 1, 1, NOW)
        session.commit()
        return record.local_date.strftime("%Y-%m")


def test_the_downloaded_draft_has_the_pictures_the_bot_fetched(
    web_app: Starlette, client: TestClient, engine: Engine, college: College
) -> None:
    month = with_photos(engine, college)
    fetcher = Fetcher()
    web_app.state.web.pictures = fetcher
    signed_in(client, engine, college.people["李辅导员"])
    response = client.get(f"/download/form/{college.classes[CLASS]}/{month}.docx")
    assert response.status_code == 200
    doc = Document(io.BytesIO(response.content))
    assert fetcher.asked == ["web-1", "web-2"]
    assert len(doc.inline_shapes) == 1
    paragraphs = [p.text for p in doc.paragraphs]
    assert "附件：照片" in paragraphs
    assert "另有1张照片未能取回（可能已过期或网络不通），未附上。" in paragraphs


def test_without_a_bot_the_download_has_the_counts_only(
    client: TestClient, engine: Engine, college: College
) -> None:
    month = with_photos(engine, college)
    signed_in(client, engine, college.people["李辅导员"])
    response = client.get(f"/download/form/{college.classes[CLASS]}/{month}.docx")
    doc = Document(io.BytesIO(response.content))
    assert len(doc.inline_shapes) == 0
    cells = "\n".join(c.text for t in doc.tables for r in t.rows for c in r.cells)
    assert "📷 照片2张" in cells
    assert "本月记录共有照片2张，附上其中0张。" in [p.text for p in doc.paragraphs]
