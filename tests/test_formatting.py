"""black in pieces: the joined pieces are black's bytes for the whole module, or black runs whole;
shared pieces are formatted once, and cached."""

from __future__ import annotations

import os
from pathlib import Path

import black
import pytest

from generator import formatting
from generator.build import build_api
from generator.cache import DiskCache
from generator.formatting import BLACK_MODE, FormatError, Formatter, join_pieces, split_at_definitions
from generator.load import load_document
from generator.progress import Progress
from generator.render import render_package
from tests.paths import ROOT



@pytest.fixture(scope="module")
def rendered() -> dict[str, str]:
    """oracle_brm's package before black: the largest models.py of the curated specs."""
    return dict(render_package(build_api(load_document(ROOT / "specs" / "oracle_brm.yaml"))))


@pytest.mark.parametrize("name", ["models.py", "client.py", "testing.py", "errors.py"])
def test_pieces_formatted_apart_join_to_black_on_the_whole_module(rendered: dict[str, str], name: str) -> None:
    source = rendered[name]
    pieces = split_at_definitions(source, size=200)  # small, so that even errors.py is cut in several places
    assert len(pieces) > 3
    assert "".join(pieces).replace("\n", "") == source.replace("\n", "")
    formatted = [black.format_str(piece, mode=BLACK_MODE) for piece in pieces]
    assert join_pieces(formatted) == black.format_str(source, mode=BLACK_MODE)


def test_a_comment_or_decorator_stays_with_the_definition_after_it() -> None:
    source = "x = 1\n\n\n# about A\n\n\nclass A:\n    pass\n\n\n@decorated\n\n\ndef f():\n    pass\n\n\nclass B:\n    pass\n"
    pieces = split_at_definitions(source, size=1)
    assert pieces == ["x = 1\n\n\n# about A\n\n\nclass A:\n    pass\n", "@decorated\n\n\ndef f():\n    pass\n", "class B:\n    pass\n"]


def test_a_module_whose_pieces_do_not_parse_apart_is_formatted_whole(tmp_path: Path) -> None:
    # The blank lines and `class` inside the string look like a boundary to the splitter.
    source = 'TEXT = """\n\n\nclass NotCode:\n"""\n\n\nclass Real:\n    x=1\n' * 40
    assert len(split_at_definitions(source, size=100)) > 1
    with Formatter() as formatter:
        formatter.submit("package", {"models.py": source, "README.md": "unchanged"}.items())
        result = formatter.results()
    assert result["package"] == {
        "models.py": black.format_str(source, mode=BLACK_MODE).encode(),
        "README.md": b"unchanged",
    }


def test_a_module_black_refuses_fails_its_package_and_names_the_file() -> None:
    with Formatter() as formatter:
        formatter.submit("broken", {"models.py": "def f(:\n    pass\n"}.items())
        formatter.submit("fine", {"models.py": "x=1\n"}.items())
        result = formatter.results()
    error = result["broken"]
    assert isinstance(error, FormatError)
    assert str(error).startswith("broken/models.py: generated code does not parse: cannot parse for target version Python 3.11: 1:6")
    assert result["fine"] == {"models.py": b"x = 1\n"}


class CountingProgress(Progress):
    def __init__(self) -> None:
        super().__init__()
        self.started = 0

    def pieces_started(self, count: int) -> None:
        self.started += count


def test_pieces_shared_by_modules_are_formatted_once_and_then_cached(
    rendered: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(formatting, "_CACHE", DiskCache("black", tmp_path))
    models = rendered["models.py"]
    other = models.replace("oracle_brm", "another_package")  # another package: its header differs
    pieces, other_pieces = split_at_definitions(models), split_at_definitions(other)
    shared = set(pieces) & set(other_pieces)
    assert len(pieces) > 1 and shared

    counted = CountingProgress()
    with Formatter(counted) as formatter:
        formatter.submit("one", {"models.py": models}.items())
        formatter.submit("two", {"models.py": other}.items())
        result = formatter.results()
    assert result == {
        "one": {"models.py": black.format_str(models, mode=BLACK_MODE).encode()},
        "two": {"models.py": black.format_str(other, mode=BLACK_MODE).encode()},
    }
    if (os.cpu_count() or 1) > 1:  # pieces go to the workers only on several cores
        assert counted.started == len(set(pieces) | set(other_pieces))

    counted = CountingProgress()
    with Formatter(counted) as formatter:
        formatter.submit("one", {"models.py": models}.items())
        assert formatter.results()["one"] == result["one"]
    assert counted.started == 0
