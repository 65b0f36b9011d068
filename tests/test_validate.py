"""Bad specs: one located message per problem, exit code 2, nothing written, no traceback."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from generator.__main__ import main

OK_RESPONSE = """
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: object}
"""


def run(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, *flags: str) -> tuple[int, list[str]]:
    specs = tmp_path / "specs"
    specs.mkdir(exist_ok=True)
    (specs / "api.yaml").write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    out = tmp_path / "out"
    code = main(["generate", "--specs", str(specs), "--out", str(out), *flags])
    err = capsys.readouterr().err
    prefix = str(specs) + "/"
    lines = [line.replace(prefix, "") for line in err.splitlines() if not line.startswith("error: nothing")]
    assert "Traceback" not in err
    if code == 2:
        assert not out.exists() or not any(out.iterdir()), "a failed run wrote files"
    return code, lines


CASES = {
    "swagger": ("swagger: '2.0'\ninfo: {title: x, version: '1'}\npaths: {}\n",
                ["api.yaml:1:1: Swagger 2.0 is not supported: convert it to OpenAPI 3 first (e.g. with swagger2openapi) (/swagger)"]),
    "unknown version": ("openapi: 4.0.0\ninfo: {title: x, version: '1'}\npaths: {}\n",
                        ["api.yaml:1:1: unsupported OpenAPI version 4.0.0: expected 3.0.x or 3.1.x (/openapi)"]),
    "not openapi": ("title: hello\n", ["api.yaml:1:1: not an OpenAPI document: the `openapi` field is missing"]),
    "missing info and paths": ("openapi: 3.1.0\n", [
        "api.yaml:1:1: missing or invalid `info` object",
        "api.yaml:1:1: missing or invalid `paths` object",
    ]),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_documents_that_are_not_openapi_3(tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str) -> None:
    text, expected = CASES[case]
    assert run(tmp_path, capsys, text) == (2, expected)


MANY_PROBLEMS = """
openapi: 3.1.0
info: {title: x, version: '1'}
paths:
  /a/{id}:
    get:
      operationId: getThing
      parameters:
        - {name: q, in: body, schema: {type: string}}
      responses: {"200": {description: ok}}
  /b:
    get:
      operationId: getThing
      parameters:
        - {name: fields, in: query, schema: {type: string}, x-projection: true}
        - {name: select, in: query, schema: {type: string}, x-projection: true}
        - {name: only, in: query, schema: {type: string}, x-projection: "yes"}
      responses: {"200": {description: ok}}
  /c:
    get:
      operationId: get_thing
      responses: {"200": {description: ok}}
components:
  schemas:
    A:
      type: object
      required: [missing]
      properties:
        n: {type: integer, format: int128}
        s: {type: strnig}
        r: {$ref: '#/components/schemas/Nowhere'}
        f: {$ref: 'other.yaml#/components/schemas/B'}
    L:
      $ref: '#/components/schemas/M'
    M:
      $ref: '#/components/schemas/L'
"""


def test_every_problem_of_a_file_is_reported_in_one_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, lines = run(tmp_path, capsys, MANY_PROBLEMS)
    assert code == 2
    assert lines == [
        "api.yaml:5:5: path template variable {id} has no path parameter (/paths/~1a~1{id}/get)",
        "api.yaml:8:21: parameter `in` must be one of path, query, header, cookie, not 'body' (/paths/~1a~1{id}/get/parameters/0/in)",
        "api.yaml:12:7: duplicate operationId 'getThing' (also at /paths/~1a~1{id}/get) (/paths/~1b/get/operationId)",
        "api.yaml:15:61: x-projection marks 'fields' already: an operation has one projection parameter at most (/paths/~1b/get/parameters/1/x-projection)",
        "api.yaml:16:59: x-projection must be true or false, not 'yes' (/paths/~1b/get/parameters/2/x-projection)",
        "api.yaml:20:7: operationId 'get_thing' becomes the Python name 'get_thing', like the operation at /paths/~1a~1{id}/get (/paths/~1c/get/operationId)",
        "api.yaml:26:18: required property 'missing' is not defined in `properties` (/components/schemas/A/required/0)",
        "api.yaml:28:28: warning: unsupported format 'int128', treated as its base type (/components/schemas/A/properties/n/format)",
        "api.yaml:29:13: unknown schema type 'strnig' (/components/schemas/A/properties/s/type)",
        "api.yaml:30:13: $ref target does not exist: '#/components/schemas/Nowhere' (/components/schemas/A/properties/r/$ref)",
        "api.yaml:31:13: $ref to another file is not supported: 'other.yaml#/components/schemas/B' (bundle the spec into one file) (/components/schemas/A/properties/f/$ref)",
        "api.yaml:32:5: $ref cycle that never reaches a value: L -> M -> L (/components/schemas/L)",
        "api.yaml:34:5: $ref cycle that never reaches a value: M -> L -> M (/components/schemas/M)",
    ]


EXAMPLE_SPEC = """
    openapi: 3.1.0
    info: {title: x, version: '1'}
    paths:
      /a:
        get:
          operationId: getA
          responses:
            "200":
              description: ok
              content:
                application/json:
                  schema:
                    type: object
                    required: [id]
                    properties:
                      id: {type: integer}
                  example: {id: "seven"}
    """


def test_an_example_that_does_not_fit_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    expected = "api.yaml:17:25: example does not match its schema: 'seven' is not of type 'integer' (/paths/~1a/get/responses/200/content/application~1json/example/id)"
    assert run(tmp_path, capsys, EXAMPLE_SPEC) == (2, [expected])


def test_lenient_makes_it_a_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, lines = run(tmp_path, capsys, EXAMPLE_SPEC, "--lenient")
    assert code == 0
    assert lines == ["api.yaml:17:25: warning: example does not match its schema: 'seven' is not of type 'integer' (/paths/~1a/get/responses/200/content/application~1json/example/id)"]


WARNING_ONLY = """
    openapi: 3.1.0
    info: {title: x, version: '1'}
    paths:
      /a:
        get:
          operationId: getA
          responses:
            "200":
              description: ok
              content:
                application/json:
                  schema: {type: string, format: money}
    """


def test_warnings_do_not_stop_generation(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, lines = run(tmp_path, capsys, WARNING_ONLY)
    assert code == 0
    assert lines == ["api.yaml:12:38: warning: unsupported format 'money', treated as its base type (/paths/~1a/get/responses/200/content/application~1json/schema/format)"]
    assert (tmp_path / "out/api/models.py").exists()


def test_strict_turns_warnings_into_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, lines = run(tmp_path, capsys, WARNING_ONLY, "--strict")
    assert code == 2
    assert lines == ["api.yaml:12:38: unsupported format 'money', treated as its base type (/paths/~1a/get/responses/200/content/application~1json/schema/format)"]


def test_cycles_through_objects_generate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, lines = run(tmp_path, capsys, """
        openapi: 3.1.0
        info: {title: x, version: '1'}
        paths: {}
        components:
          schemas:
            Node:
              type: object
              properties:
                next: {$ref: '#/components/schemas/Node'}
                children: {type: array, items: {$ref: '#/components/schemas/Node'}}
        """)
    assert (code, lines) == (0, [])
    assert "class Node(_rt.Model):" in (tmp_path / "out/api/models.py").read_text()


@pytest.mark.parametrize("name", ["../../etc", "/abs/path", "class", "a b"])
def test_a_package_name_that_could_leave_the_output_directory_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    code, lines = run(tmp_path, capsys, f"openapi: 3.1.0\ninfo: {{title: x, version: '1', x-package-name: '{name}'}}\npaths: {{}}\n")
    assert (code, lines) == (2, [f"api.yaml:2:32: package name {name!r} is not a Python identifier (/info/x-package-name)"])


REQUIRED_TYPO = """
    openapi: 3.1.0
    info: {title: x, version: '1'}
    paths: {}
    components:
      schemas:
        A:
          type: object
          required: [tags]
          properties:
            tag: {type: string}
    """


def test_lenient_also_tolerates_required_names_missing_from_properties(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """GitHub's own spec has such typos; JSON Schema allows them, so third-party runs may go on."""
    message = "required property 'tags' is not defined in `properties` (/components/schemas/A/required/0)"
    assert run(tmp_path, capsys, REQUIRED_TYPO) == (2, [f"api.yaml:8:18: {message}"])
    assert run(tmp_path, capsys, REQUIRED_TYPO, "--lenient") == (0, [f"api.yaml:8:18: warning: {message}"])


INCONSISTENT = """
    openapi: 3.1.0
    info: {title: x, version: '1'}
    paths:
      /vendors/{vendor_id}:
        put:
          operationId: updateVendor
          responses:
            "200":
              description: ok
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Vendor'}
    components:
      schemas:
        Vendor:
          type: object
          properties:
            mode: {$ref: '#/components/schemas/Nowhere'}
    """


def test_lenient_types_what_a_document_leaves_undefined(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Square's spec has both: a `$ref` to nothing, and a path variable no parameter declares."""
    code, lines = run(tmp_path, capsys, INCONSISTENT)
    assert (code, lines) == (2, [
        "api.yaml:5:5: path template variable {vendor_id} has no path parameter (/paths/~1vendors~1{vendor_id}/put)",
        "api.yaml:18:16: $ref target does not exist: '#/components/schemas/Nowhere' (/components/schemas/Vendor/properties/mode/$ref)",
    ])
    code, lines = run(tmp_path, capsys, INCONSISTENT, "--lenient")
    assert (code, lines) == (0, [
        "api.yaml:5:5: warning: path template variable {vendor_id} has no path parameter; taken as a string (/paths/~1vendors~1{vendor_id}/put)",
        "api.yaml:18:16: warning: $ref target does not exist: '#/components/schemas/Nowhere'; typed as Any (/components/schemas/Vendor/properties/mode/$ref)",
    ])
    operations = (tmp_path / "out/api/operations.py").read_text()
    assert "    vendor_id: str,\n" in operations and "mode: Any | _rt.Unset" in (tmp_path / "out/api/models.py").read_text()


def test_recursive_containers_generate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Once refused ("$ref cycle without an object in between"): arrays and maps of themselves."""
    code, lines = run(tmp_path, capsys, """
        openapi: 3.1.0
        info: {title: x, version: '1'}
        paths:
          /t:
            get:
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Tree'}
        components:
          schemas:
            Tree: {type: array, items: {$ref: '#/components/schemas/Branch'}}
            Branch: {$ref: '#/components/schemas/Tree'}
        """)
    assert (code, lines) == (0, [])
    assert 'Tree: TypeAlias = list["Tree"]' in (tmp_path / "out/api/models.py").read_text()
