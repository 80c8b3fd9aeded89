"""Photos as evidence on the monthly form through the real `advisorbot run` process and the
local Bot API server: the downloaded form has the photo count and the pictures, fetched with
getFile and the file download; a photo the server no longer has only leaves a note."""

from __future__ import annotations

import io

import pytest
from docx import Document

from tests.bot.test_form_evidence import png, text_of
from tests.e2e.conftest import FIRST_ADVISOR, World
from tests.e2e.test_advisor_day import started

pytestmark = pytest.mark.e2e


def test_the_downloaded_form_shows_the_photos_and_survives_a_missing_one(world: World) -> None:
    chat = started(world)
    api = world.api
    mark = api.mark()
    api.push_photo(FIRST_ADVISOR, "photo-kept", "今天查寝，9号楼", data=png())
    api.wait_for(method="sendMessage", chat_id=FIRST_ADVISOR, since=mark, timeout=20)
    mark = api.mark()
    api.push_photo(FIRST_ADVISOR, "photo-gone", "今天开了班会")  # no bytes: getFile fails
    api.wait_for(method="sendMessage", chat_id=FIRST_ADVISOR, since=mark, timeout=20)
    assert len(chat.records()) == 2

    preview = chat.say("/form")
    mark = api.mark()
    chat.press(preview, "下载草稿")
    sent = api.wait_for(method="sendDocument", chat_id=FIRST_ADVISOR, since=mark, timeout=30)

    doc = Document(io.BytesIO(sent.files["document"].data))
    assert len(doc.inline_shapes) == 1
    assert text_of(doc).count("📷 照片1张") == 2
    paragraphs = [p.text for p in doc.paragraphs]
    assert "附件：照片" in paragraphs
    assert "另有1张照片未能取回（可能已过期或网络不通），未附上。" in paragraphs
    fetched = {c.params.get("file_id") for c in api.sent(method="getFile")}
    assert fetched == {"photo-kept", "photo-gone"}
