"""gates.FirstCharScan narrows a rule to the alternatives that can start where it is tried:
the matches are the ones the whole rule finds."""

from __future__ import annotations

import pytest

from bot.parsing.gates import FirstCharScan, top_level_branches
from bot.parsing.kinds import EN_KIND_SCAN, ZH_KIND_SCAN


@pytest.mark.parametrize(
    ("pattern", "branches"),
    [
        ("a|b(?:c|d)|[|]", ["a", "b(?:c|d)", "[|]"]),
        (r"[]|]x|y", ["[]|]x", "y"]),
        (r"[^]|]|z", ["[^]|]", "z"]),
        (r"\||a", [r"\|", "a"]),
        (r"(?<=[|])a|b", ["(?<=[|])a", "b"]),
        ("查寝", ["查寝"]),
    ],
)
def test_top_level_branches(pattern: str, branches: list[str]) -> None:
    assert top_level_branches(pattern) == branches


def test_a_narrowed_rule_finds_what_the_whole_rule_finds() -> None:
    # The first alternative that matches wins, narrowed or not: 查寝室 is the longer word only
    # where it comes first.
    scan = FirstCharScan([(0, "(?<!不)查寝|查寝室|宿舍(?!楼)|走访"), (1, "查寝室|寝室")])
    for text in ("今天查寝室", "不查寝室", "宿舍楼走访", "去宿舍", "寝室"):
        expected = []
        for index, hit in scan.finditer(text):
            whole = [p for i, p, _ in scan._patterns if i == index][0]
            assert whole.match(text, hit.start()).span() == hit.span()
            expected.append(hit.group())
        assert expected == [m.group() for _, m in scan.finditer(text)]
    assert [m.group() for _, m in scan.finditer("今天查寝室")] == ["查寝"]
    assert [(i, m.group()) for i, m in scan.finditer("不查寝室")] == [(0, "查寝室")]


@pytest.mark.parametrize("scan", [ZH_KIND_SCAN, EN_KIND_SCAN])
def test_the_kind_rules_narrowed_match_as_whole(scan: FirstCharScan) -> None:
    notes = (
        "昨晚去5号楼查寝，和班长谈心，给家长打了电话，开了主题班会",
        "went to the dorms, talked with the class monitor, called two parents",
    )
    for text in notes:
        for index, hit in scan.finditer(text):
            whole = [p for i, p, _ in scan._patterns if i == index][0]
            m = whole.match(text, hit.start())
            assert m is not None and m.span() == hit.span()
