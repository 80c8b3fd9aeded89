"""A parser module binds each of its module-level names once: a second `_X_RE = ...` further
down silently replaces the first for every function that reads it (twice in session 16 a
lane's new pattern changed another rule's reading that way)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

PARSING = Path(__file__).resolve().parents[2] / "bot" / "parsing"


def _bound_twice(path: Path) -> list[str]:
    names: Counter[str] = Counter()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, ast.FunctionDef | ast.ClassDef):
            names[node.name] += 1
    return sorted(name for name, n in names.items() if n > 1)


@pytest.mark.parametrize("path", sorted(PARSING.glob("*.py")), ids=lambda p: p.name)
def test_each_module_level_name_is_bound_once(path: Path) -> None:
    assert _bound_twice(path) == []
