"""Every package ships byte-identical copies of the runtime modules it needs, and only those."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from generator import vendor
from generator.pipeline import build_apis, find_specs
from tests.paths import ROOT

SOURCE = ROOT / "generator" / "runtime"

# The optional runtime modules each package needs, by what its spec uses.
OPTIONAL = {
    "elance": {"oauth1"},  # OAuth 1.0a
    "wepay": {"api_key", "pagination"},  # App-Id / App-Token headers, cursor pages
    "activeplatform_v3": {"api_key", "jsonapi"},  # X-Api-Token header, JSON:API documents
    "oracle_brm": {"http_auth"},  # bearer token
    "activeplatform_v1": {"api_key"},  # api_token in the query
}
CORE = {"__init__", "auth", "clients", "decoding", "exceptions", "log", "model", "request", "unset"}
# The test kit: in every package, imported by its `testing` module only.
TESTING = {"request_check", "samples", "schema_check", "spec", "testing"}


def test_the_packages_are_the_known_ones(generated_dir: Path) -> None:
    packages = {p.name for p in generated_dir.iterdir() if (p / "__init__.py").is_file()}
    assert packages == set(OPTIONAL)


def test_core_is_every_module_but_the_optional_ones() -> None:
    assert set(vendor.CORE_MODULES) == CORE
    assert set(vendor.TESTING_MODULES) == TESTING
    every = {path.stem for path in SOURCE.glob("*.py")}
    assert every - CORE - TESTING == {"api_key", "http_auth", "oauth1", "pagination", "jsonapi"}


@pytest.mark.parametrize("package", sorted(OPTIONAL))
def test_runtime_copies_are_byte_identical(generated_dir: Path, package: str) -> None:
    copies = sorted((generated_dir / package / "runtime").glob("*.py"))
    assert copies
    for copy in copies:
        assert copy.read_bytes() == (SOURCE / copy.name).read_bytes(), copy


@pytest.mark.parametrize("package", sorted(OPTIONAL))
def test_each_package_ships_exactly_what_it_needs(generated_dir: Path, package: str) -> None:
    shipped = {path.stem for path in (generated_dir / package / "runtime").glob("*.py")}
    assert shipped == CORE | TESTING | OPTIONAL[package]


def test_the_needs_follow_from_the_specs() -> None:
    built = build_apis(find_specs(ROOT / "specs"))
    assert not built.errors
    assert {name: set(vendor.optional_modules(api)) for name, api in built.apis.items()} == OPTIONAL


def imported_modules(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def test_the_source_imports_oauthlib_in_one_module_only() -> None:
    users = {
        path.stem
        for path in SOURCE.glob("*.py")
        if any(name.split(".")[0] == "oauthlib" for name in imported_modules(path))
    }
    assert users == {"oauth1"}


@pytest.mark.parametrize(
    "package", sorted(p for p, needs in OPTIONAL.items() if "oauth1" not in needs)
)
def test_packages_without_oauth_never_import_oauthlib(generated_dir: Path, package: str) -> None:
    for path in (generated_dir / package).rglob("*.py"):
        assert not any(name.split(".")[0] == "oauthlib" for name in imported_modules(path)), path
    # And the package imports and builds its client where oauthlib cannot be imported at all.
    script = (
        "import sys; sys.modules['oauthlib'] = None\n"
        f"import {package}, {package}.client, {package}.models, {package}.operations\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=generated_dir,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("package", sorted(OPTIONAL))
def test_a_client_never_loads_the_test_kit(generated_dir: Path, package: str) -> None:
    script = (
        f"import sys, {package}, {package}.client\n"
        f"{package}.Client  # the package and its client, as production code imports them\n"
        f"kit = {sorted(TESTING)!r}\n"
        f"print(sorted(m for m in kit if '{package}.runtime.' + m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=generated_dir, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
