"""Code written against a package's test kit type-checks as strictly as the client itself.

The user tests in tests/kit_users/ (application code and its tests, using only the kit) pass
mypy --strict and pyright in strict mode, with the generated packages on the path as a user
who vendored them would have them.
"""

from __future__ import annotations

from pathlib import Path

from tests.typecheck import ROOT, mypy_strict, pyright_strict

USERS = ROOT / "tests" / "kit_users"


def test_user_tests_pass_mypy_strict(tmp_path: Path) -> None:
    result = mypy_strict(USERS, ROOT, tmp_path, mypypath=ROOT / "generated")
    assert result.returncode == 0, result.stdout
    assert "Success: no issues found" in result.stdout


def test_user_tests_pass_pyright_strict() -> None:
    result = pyright_strict(USERS / "pyrightconfig.json")
    assert result.returncode == 0, result.stdout[-5000:]
    assert "0 errors" in result.stdout


MISUSE = '''
from wepay import models
from wepay.testing import FakeApi, example

fake = FakeApi()
error = example(models.Error)
fake.list_payments.returns(error)  # line 7: not the operation's success model
fake.list_payments.pages([error])  # line 8: not its item model
status: int = fake.list_payments.last_call.arguments["status"]  # line 9: a str | None
fake.list_payments.last_call.arguments["no_such_argument"]  # line 10: not an argument
payment: models.Error = example(models.Payment)  # line 11: example() keeps the class
'''


def test_scripting_with_the_wrong_model_is_a_type_error(tmp_path: Path) -> None:
    """The kit is typed per operation: mypy names each misuse (and only those)."""
    (tmp_path / "misuse.py").write_text(MISUSE)
    result = mypy_strict("misuse.py", tmp_path, tmp_path / "cache", mypypath=ROOT / "generated")
    lines = sorted({int(line.split(":")[1]) for line in result.stdout.splitlines() if ": error:" in line})
    assert lines == [7, 8, 9, 10, 11], result.stdout
