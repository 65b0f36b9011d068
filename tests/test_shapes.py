"""Every schema shape real specs use: each spec of tests/specs/shapes/ generates, its package
passes mypy --strict and pyright strict, its models round-trip valid data
(`from_dict(to_dict(x)) == x` and `to_dict()` gives the JSON back), and its clients put on
the wire what OpenAPI says, checked request by request through `httpx.MockTransport`.

Where Python cannot say a shape exactly, the generator widens the type and warns at the
spot: `test_degradations_are_warned_where_they_are` lists every such warning.
"""

from __future__ import annotations

import dataclasses
import email
import email.policy
import importlib
import inspect
import json
import subprocess
import sys
import warnings
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from ruamel.yaml import YAML

from generator import split
from generator.pipeline import generate_packages
from generator.write import write_tree
from tests.paths import ROOT
from tests.realworld.corpus import mypy, pyright

SHAPES = ROOT / "tests/specs/shapes"
PACKAGES = ["bodies", "descriptions", "fields", "params", "projections", "recursion", "scalars", "unions"]


@pytest.fixture(scope="module", params=["one module", "in parts"])
def generated(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    """Each spec's package, its models in one module as usual, then cut into parts as a huge
    spec's are (`generator/split.py`), so both layouts meet the whole bar."""
    out = tmp_path_factory.mktemp("shapes")
    if request.param == "one module":
        result = subprocess.run(
            [sys.executable, "-m", "generator", "generate", "--specs", str(SHAPES), "--out", str(out)],
            cwd=ROOT, capture_output=True, text=True,
        )
        assert result.returncode == 0, result.stderr
        stderr = result.stderr
    else:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(split, "ONE_MODULE_BUDGET", 12)
            patch.setattr(split, "PART_BUDGET", 12)
            generation = generate_packages(sorted(SHAPES.glob("*.yaml")))
        assert not generation.errors
        write_tree(out, generation.packages, prune=False)
        assert (out / "recursion/models/_part_2.py").is_file() and not (out / "recursion/models.py").exists()
        stderr = "\n".join(str(diagnostic) for diagnostic in generation.diagnostics)
    sys.path.insert(0, str(out))
    yield out, stderr
    sys.path.remove(str(out))
    for name in list(sys.modules):
        if name.split(".")[0] in PACKAGES:
            del sys.modules[name]


@pytest.fixture(scope="module")
def out(generated: tuple[Path, str]) -> Path:
    return generated[0]


def models_source(out: Path, name: str) -> str:
    """The text of a package's models: models.py, or its parts in order."""
    if (out / name / "models.py").is_file():
        return (out / name / "models.py").read_text()
    parts = sorted((out / name / "models").glob("_part_*.py"), key=lambda path: int(path.stem.rsplit("_", 1)[1]))
    return "".join(path.read_text() for path in parts)


def package(out: Path, name: str) -> ModuleType:
    assert (out / name).is_dir()
    return importlib.import_module(name)


class Recorder:
    """A transport that records each request and answers with what `answer` says."""

    def __init__(self, answer: Callable[[httpx.Request], httpx.Response] | None = None) -> None:
        self.sent: list[httpx.Request] = []
        self.answer = answer or (lambda request: httpx.Response(200, json={}))

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        return self.answer(request)

    @property
    def last(self) -> httpx.Request:
        return self.sent[-1]

    def client(self, module: ModuleType) -> Any:
        """The package's client on this transport; at the spec's server, else at a made-up one."""
        base_url = None if module.client.DEFAULT_BASE_URL else "https://api.test"
        http = httpx.Client(transport=httpx.MockTransport(self))
        return module.Client(httpx_client=http, max_retries=0, base_url=base_url)


def round_trip(model: Any, data: dict[str, Any]) -> Any:
    value = model.from_dict(data)
    assert value.to_dict() == data
    assert model.from_dict(value.to_dict()) == value
    return value


# -- the bar every package meets -----------------------------------------------------------


def test_every_shape_generates_every_operation(out: Path) -> None:
    for name in PACKAGES:
        spec = YAML(typ="safe").load((SHAPES / f"{name}.yaml").read_text())
        declared = sum(1 for item in spec["paths"].values() for method in item if method in ("get", "post", "put", "patch", "delete"))
        operations = (out / name / "operations.py").read_text()
        builders = operations.count("\ndef ") - operations.count("@overload\ndef ")  # one per operation
        assert builders == declared, name


def test_packages_pass_mypy_strict(out: Path, tmp_path: Path) -> None:
    for name in PACKAGES:
        checked = mypy(out, name, tmp_path / "cache")
        assert checked.errors == 0, checked.output


def test_packages_pass_pyright_strict(out: Path) -> None:
    for name in PACKAGES:
        checked = pyright(out, name)
        assert checked.errors == 0, checked.output


def test_degradations_are_warned_where_they_are(generated: tuple[Path, str]) -> None:
    """Each place where the generated type is wider than the spec's, and each default dropped."""
    _, stderr = generated
    shown = sorted(line.replace(str(SHAPES) + "/", "") for line in stderr.splitlines() if "warning:" in line)
    assert shown == [
        "tests/specs/shapes/fields.yaml:54:9: warning: required read-only field 'id' of Account is optional (may be UNSET): the model is both sent and received, and one way leaves it out (/components/schemas/Account/properties/id)",
        "tests/specs/shapes/fields.yaml:55:9: warning: required write-only field 'password' of Account is optional (may be UNSET): the model is both sent and received, and one way leaves it out (/components/schemas/Account/properties/password)",
        "tests/specs/shapes/fields.yaml:62:31: warning: default 1 is not a string: dropped (/components/schemas/Account/properties/wrong/default)",
        "tests/specs/shapes/params.yaml:44:78: warning: default 'Current date and time' of parameter 'since' is not an ISO 8601 date-time with an offset: dropped (/paths/~1styles~1{id}~1{labels}~1{matrix}/get/parameters/12/schema/default)",
        "tests/specs/shapes/projections.yaml:60:5: warning: x-projection on a paginated operation is not supported: ignored (/paths/~1orders/get)",
        "tests/specs/shapes/scalars.yaml:76:5: warning: an enum of booleans is typed as bool, which also admits the values it leaves out (/components/schemas/Flag)",
    ]


def test_every_model_round_trips_a_valid_instance(out: Path) -> None:
    """`from_dict(to_dict(x)) == x` for every model of every shape, on the valid instance the
    package's own test kit makes from the model's schema."""
    checked = 0
    for name in PACKAGES:
        models = package(out, name).models
        kit = importlib.import_module(f"{name}.testing")
        for class_name in models.__all__:
            model = getattr(models, class_name)
            if isinstance(model, type) and issubclass(model, package(out, name).runtime.Model):
                instance = kit.example(model)
                assert model.from_dict(instance.to_dict()) == instance, f"{name}.{class_name}"
                checked += 1
    assert checked >= 30  # every model of the seven packages


# -- recursion -----------------------------------------------------------------------------


GRAPH = {
    "person": {"name": "a", "parent": {"name": "b", "parent": {"name": "c"}}, "friends": [{"name": "d", "friends": []}]},
    "node": {"x": {"y": {"z": {}}}, "w": {}},
    "a": {"k": [{"j": [{"i": []}]}], "l": []},
    "c": {"ds": [{"c": {"ds": [{"c": {}}]}}]},
    "category": {"id": 1, "parent": {"id": 2, "parent": {"id": 3}}, "subcategories": [{"id": 4, "subcategories": []}]},
    "expr": {"op": "+", "left": {"value": 1}, "right": {"op": "*", "left": {"value": 2.5}, "right": {"value": 3}}},
    "json": {"a": [1, "x", True, {"b": [[], {}]}], "c": 1.5},
    "nested": [[], [[], [[]]]],
    "ring": [[[]], []],
    "early": {"late": {"n": 1}, "other": {"n": 2}},
    "union": "three",
}


def test_recursion_of_every_form_round_trips(out: Path) -> None:
    models = package(out, "recursion").models
    graph = round_trip(models.Graph, GRAPH)
    assert graph.person.parent.parent.name == "c" and graph.person.friends[0].name == "d"
    assert isinstance(graph.category, models.Category) and graph.category.parent.parent.id == 3
    expr = graph.expr
    assert isinstance(expr, models.BinOp) and isinstance(expr.right, models.BinOp) and isinstance(expr.right.left, models.Literal)
    assert graph.early.additional_properties == {"other": models.Late(n=2)}
    assert graph.node == {"x": {"y": {"z": {}}}, "w": {}} and graph.nested == [[], [[], [[]]]]


def test_recursive_aliases_are_declared_by_name_after_the_models(out: Path) -> None:
    source = models_source(out, "recursion")
    assert 'Json: TypeAlias = str | float | bool | list["Json"] | dict[str, "Json"]' in source
    assert 'Node: TypeAlias = dict[str, "Node"]' in source
    assert 'Nested: TypeAlias = list["Nested"]' in source
    assert source.index("Json: TypeAlias") > source.index("class Graph(")
    # A union that names itself through another union is the union of the rest.
    assert 'UnionA: TypeAlias = "int | str"' in source


def test_recursive_alias_bodies_and_answers(out: Path) -> None:
    recursion = package(out, "recursion")
    echo = Recorder(lambda request: httpx.Response(200, content=request.content))
    client = echo.client(recursion)
    value = {"a": [1, {"b": ["c", [True]]}], "d": {}}
    assert client.echo_json(body=value) == value
    assert json.loads(echo.last.content) == value
    tree = [recursion.models.TreeItem(label="root", children=[recursion.models.TreeItem(label="leaf", children=[])])]
    assert client.put_tree(body=tree) == tree
    with pytest.raises(recursion.DecodeError, match="matches none of the variants"):
        Recorder(lambda request: httpx.Response(200, json={"a": None})).client(recursion).echo_json(body={})


def test_forward_references_need_no_class_order(out: Path) -> None:
    """Early (defined first) keeps Late values in its additional properties: the package imports."""
    source = models_source(out, "recursion")
    assert source.index("class Early(") < source.index("class Late(")
    early = package(out, "recursion").models.Early()
    assert early.additional_properties == {}



def test_models_in_parts_are_loaded_when_first_used(tmp_path: Path) -> None:
    """A huge spec's client imports no model part; naming a model loads its part, and decoding
    it the parts its fields name (C and D are in different parts and name each other)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(split, "ONE_MODULE_BUDGET", 12)
        patch.setattr(split, "PART_BUDGET", 12)
        generation = generate_packages([SHAPES / "recursion.yaml"])
    write_tree(tmp_path, generation.packages, prune=False)
    script = """
import json, sys
import recursion.client
from recursion import models
def loaded(): return sorted(n.rsplit(".", 1)[1] for n in sys.modules if n.startswith("recursion.models._part_"))
print(json.dumps(loaded()))
value = models.C.from_dict({"ds": [{"c": {"ds": []}}]})
print(json.dumps([loaded(), type(value.ds[0]).__module__, value.to_dict()]))
print(json.dumps(["Person" in dir(models), models.Person.__module__]))
try:
    models.Missing
except AttributeError as error:
    print(json.dumps(str(error)))
"""
    result = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines == [
        [],
        [["_part_3", "_part_5"], "recursion.models._part_5", {"ds": [{"c": {"ds": []}}]}],
        [True, "recursion.models._part_3"],
        "module 'recursion.models' has no attribute 'Missing'",
    ]

# -- scalars, enums, const, type arrays, additionalProperties, allOf -------------------------


THING = {
    "id": 1,
    "either": 5,
    "maybe": None,
    "anything": {"free": ["form"]},
    "fixed": "fixed",
    "answer": 42,
    "level": 2,
    "ratio": 1.5,
    "flag": True,
    "mixed": 1,
    "color": None,
    "closed": {"a": "x"},
    "open": {"a": "x", "extra": [1]},
    "counts": {"total": 3, "apples": 2},
    "pet": {"name": "Rex", "age": 3, "species": "dog"},
    "price": "10.50",
    "day": "2024-02-29",
    "at": "2024-02-29T12:00:00+01:00",
    "blob": "YWJj",
}


def test_scalars_enums_and_objects_round_trip(out: Path) -> None:
    models = package(out, "scalars").models
    thing = round_trip(models.Thing, THING)
    assert thing.fixed is models.ThingFixed.FIXED and thing.answer is models.ThingAnswer.VALUE_42
    assert thing.level is models.Level.VALUE_2 and thing.ratio is models.Ratio.VALUE_1_5
    assert thing.mixed is models.Mixed.VALUE_1 and thing.color is None
    assert thing.price == Decimal("10.50") and thing.day == date(2024, 2, 29)
    assert thing.counts.additional_properties == {"apples": 2} and thing.open.additional_properties == {"extra": [1]}
    assert (thing.pet.name, thing.pet.age, thing.pet.species) == ("Rex", 3, "dog")
    # Open enums: a value the spec does not list is kept as it came, of the enum's value type.
    other = round_trip(models.Thing, {"id": 2, "mixed": "zz", "ratio": 7, "level": 9, "color": "blue"})
    assert (other.mixed, other.ratio, other.level, other.color) == ("zz", 7, 9, "blue")
    with pytest.raises(ValueError, match="Thing.level: expected integer, got string"):
        models.Thing.from_dict({"id": 3, "level": "high"})
    with pytest.raises(ValueError, match="Thing.either: matches none of the variants: str: expected string, got boolean True; int: expected integer"):
        models.Thing.from_dict({"id": 3, "either": True})


def test_enum_classes_keep_their_value_types(out: Path) -> None:
    models = package(out, "scalars").models
    assert models.Level.VALUE_1.value == 1 and isinstance(models.Level.VALUE_1, int)
    assert models.Ratio.VALUE_0_5.value == 0.5 and isinstance(models.Ratio.VALUE_0_5, float)
    assert [m.value for m in models.Mixed] == ["a", 1, 2.5]
    assert [m.value for m in models.Color] == ["red", "green"]  # null makes the field nullable
    source = models_source(out, "scalars")
    assert "class Mixed(Enum):" in source and "flag: bool | _rt.Unset" in source


def test_allof_with_several_parents_keeps_every_field(out: Path) -> None:
    models = package(out, "scalars").models
    assert issubclass(models.Pet, models.Named)
    assert {"name", "age", "species"} <= set(models.Pet.__dataclass_fields__)
    with pytest.raises(ValueError, match="Pet.name: required field is missing"):
        models.Pet.from_dict({"age": 1})


def test_type_arrays_and_const_parameters(out: Path) -> None:
    scalars = package(out, "scalars")
    recorder = Recorder(lambda request: httpx.Response(200, json=[THING]))
    found = recorder.client(scalars).find_things(kind=5)
    assert found[0].id == 1
    assert recorder.last.url.params.multi_items() == [("kind", "5"), ("version", "2024-01")]
    assert scalars.models.FindThingsVersion.VALUE_2024_01.value == "2024-01"


# -- unions --------------------------------------------------------------------------------


def test_unions_pick_the_variant_that_fits(out: Path) -> None:
    models = package(out, "unions").models
    pets = round_trip(models.Pets, {
        "untagged": {"kind": "x", "barks": True, "name": "Rex"},
        "tagged": {"kind": "dog", "barks": False},
        "implicit": {"kind": "Cat", "meows": True},
        "scalar_or_list": ["a", "b"],
        "number_or_flag": True,
        "maybe_pet": None,
    })
    assert isinstance(pets.untagged, models.Dog) and isinstance(pets.tagged, models.Dog)
    assert isinstance(pets.implicit, models.Cat) and pets.number_or_flag is True
    # Lizard also decodes {"kind", "barks"} (keeping "barks" as unknown): Dog fits without leftovers.
    assert isinstance(models.Pets.from_dict({"untagged": {"kind": "x", "barks": True}}).untagged, models.Dog)
    assert isinstance(models.Pets.from_dict({"untagged": {"kind": "x", "scales": 2}}).untagged, models.Lizard)
    assert models.Pets.from_dict({"scalar_or_list": "one"}).scalar_or_list == "one"


def test_a_union_that_nothing_fits_names_each_variant(out: Path) -> None:
    unions = package(out, "unions")
    with pytest.raises(unions.DecodeError) as error:
        unions.models.Pets.from_dict({"untagged": {"meows": True}})
    assert str(error.value) == (
        "Pets.untagged: matches none of the variants: Cat.kind: required field is missing; "
        "Dog.kind: required field is missing; Lizard.kind: required field is missing"
    )
    client = Recorder(lambda request: httpx.Response(200, json=[1])).client(unions)
    with pytest.raises(unions.DecodeError, match=r"matches none of the variants: Cat: expected object, got array; Dog: "):
        client.get_pet()


def test_a_discriminator_picks_its_class_even_where_another_fits(out: Path) -> None:
    models = package(out, "unions").models
    tagged = models.Pets.from_dict({"tagged": {"kind": "cat", "meows": True, "barks": True}}).tagged
    assert isinstance(tagged, models.Cat) and tagged.additional_properties == {"barks": True}


# -- fields: defaults, read-only and write-only, deprecation -------------------------------


def test_optional_fields_are_never_sent_unless_set(out: Path) -> None:
    fields = package(out, "fields")
    recorder = Recorder(lambda request: httpx.Response(201, json={"id": "a1", "name": "Ann", "limit": 100}))
    created = recorder.client(fields).create_account(body=fields.models.Account(name="Ann", password="pw"))
    assert json.loads(recorder.last.content) == {"name": "Ann", "password": "pw"}
    assert created.id == "a1" and created.password is fields.UNSET and created.limit == 100


def test_field_defaults_are_documented_not_sent(out: Path) -> None:
    source = models_source(out, "fields")
    for note in ('"""Server default: 100."""', '"""Server default: EUR."""', '"""Server default: 2020-01-01."""', '"""Server default: free."""', '"""Server default: null."""'):
        assert note in source
    assert "Server default: 1." not in source  # `default: 1` for a string is dropped (warned)
    assert '"""Read-only: set by the server, not sent by the client."""' in source


def test_read_only_fields_stay_required_where_only_read(out: Path) -> None:
    models = package(out, "fields").models
    assert models.Receipt.__dataclass_fields__["id"].default is dataclasses.MISSING  # required
    with pytest.raises(ValueError, match="Receipt.id: required field is missing"):
        models.Receipt.from_dict({"total": 1})
    assert models.Account.from_dict({"name": "x"}).id is package(out, "fields").UNSET


def test_deprecated_operations_and_parameters_warn_when_used(out: Path) -> None:
    fields = package(out, "fields")
    client = Recorder(lambda request: httpx.Response(200, json={"rows": 1})).client(fields)
    with pytest.warns(DeprecationWarning, match=r"legacy_report\(\) is deprecated") as caught:
        client.legacy_report()
    assert len(caught) == 1 and caught[0].filename == __file__  # attributed to the caller's line
    with pytest.warns(DeprecationWarning) as caught:
        client.legacy_report(format="csv")
    assert [str(w.message) for w in caught] == [
        "legacy_report() is deprecated",
        "parameter format of legacy_report() is deprecated",
    ]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        package(out, "fields").Client  # importing and reading warn about nothing
    docs = (out / "fields/client.py").read_text()
    assert "`GET /legacy` (deprecated)" in docs and "format: The `format` query parameter. Deprecated." in docs
    assert '"""OldReport.\n\n    Deprecated.\n    """' in models_source(out, "fields")
    assert '"""Deprecated."""' in models_source(out, "fields")


# -- parameters ----------------------------------------------------------------------------


def test_every_query_style_path_style_header_and_cookie(out: Path) -> None:
    params = package(out, "params")
    recorder = Recorder(lambda request: httpx.Response(200, json={"seen": "ok"}))
    models = params.models
    recorder.client(params).every_style(
        id=7, labels=["a", "b"], matrix=["x", "y"], x_request_id="r1", session="s p;c",
        form_exploded=["a", "b"], form_joined=["a", "b"], spaced=[1, 2], piped=[3, 4], piped_exploded=[5, 6],
        filter=models.EveryStyleFilter(status="new", created=models.EveryStyleFilterCreated(gte=5)),
        point=models.Point(x=1, y=2), point_joined=models.Point(x=3, y=4), x_tags=["t1", "t2"], theme="dark",
        day=date(2024, 2, 1),
    )
    sent = recorder.last
    assert sent.url.raw_path.decode() == (
        "/v2/styles/7/.a.b/;matrix=x,y?day=2024-02-01&form_exploded=a&form_exploded=b&form_joined=a,b"
        "&spaced=1%202&piped=3%7C4&piped_exploded=5&piped_exploded=6&filter[status]=new&filter[created][gte]=5"
        "&x=1&y=2&point_joined=x,3,y,4"
    )
    assert sent.headers["X-Request-Id"] == "r1" and sent.headers["X-Tags"] == "t1,t2"
    assert sent.headers["Cookie"] == "session=s%20p%3Bc; theme=dark"


def test_optional_parameters_are_sent_only_when_passed(out: Path) -> None:
    params = package(out, "params")
    recorder = Recorder(lambda request: httpx.Response(200, json={}))
    client = recorder.client(params)
    client.every_style(id=1, labels=["a"], matrix=["m"], x_request_id="r", session="s")
    # `limit` (server default 10) and `since` (a prose default) are not sent; `day`, required
    # with a default, is sent as its default, written in its type.
    assert recorder.last.url.query == b"day=2024-01-31"
    assert "Cookie" in recorder.last.headers and recorder.last.headers["Cookie"] == "session=s"
    client.every_style(id=1, labels=["a"], matrix=["m"], x_request_id="r", session="s", limit=10)
    assert recorder.last.url.query == b"day=2024-01-31&limit=10"
    source = (out / "params/operations.py").read_text()
    assert "day: date = date(2024, 1, 31)," in source and "limit: int | None = None," in source
    assert "Server default: 10." in (out / "params/client.py").read_text()


def test_the_default_server_has_its_variables_substituted(out: Path) -> None:
    params = package(out, "params")
    assert params.client.DEFAULT_BASE_URL == "https://eu.api.example.com/v2"
    recorder = Recorder()
    recorder.client(params).every_style(id=1, labels=["a"], matrix=["m"], x_request_id="r", session="s")
    assert str(recorder.last.url).startswith("https://eu.api.example.com/v2/styles/1/")


# -- bodies and answers --------------------------------------------------------------------


def test_form_body_and_no_content(out: Path) -> None:
    bodies = package(out, "bodies")
    recorder = Recorder(lambda request: httpx.Response(204))
    assert recorder.client(bodies).post_form(body=bodies.models.Login(user="ann", remember=True)) is None
    assert recorder.last.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert recorder.last.content == b"user=ann&remember=true"


def test_multipart_with_a_file(out: Path) -> None:
    bodies = package(out, "bodies")
    recorder = Recorder(lambda request: httpx.Response(201, json={"name": "a.png", "size": 3}))
    body = bodies.models.UploadBody(file=b"\x89PNG", meta=bodies.models.Meta(name="a.png"), note="hi")
    stored = recorder.client(bodies).upload(body=body)
    assert stored == bodies.models.Meta(name="a.png", size=3)
    sent = recorder.last
    message = email.message_from_bytes(
        b"Content-Type: " + sent.headers["Content-Type"].encode() + b"\r\n\r\n" + sent.content, policy=email.policy.HTTP
    )
    parts = {part.get_param("name", header="content-disposition"): part for part in message.iter_parts()}
    assert parts["file"].get_content_type() == "image/png" and parts["file"].get_payload(decode=True) == b"\x89PNG"
    assert parts["file"].get_filename() == "file"
    assert parts["meta"].get_content_type() == "application/json"
    assert json.loads(parts["meta"].get_payload(decode=True)) == {"name": "a.png"}
    assert parts["note"].get_payload(decode=True) == b"hi"


def test_binary_and_text_bodies_and_answers(out: Path) -> None:
    bodies = package(out, "bodies")
    raw = Recorder(lambda request: httpx.Response(200, content=request.content[::-1], headers={"Content-Type": "application/octet-stream"}))
    assert raw.client(bodies).put_raw(body=b"\x00\x01\xff") == b"\xff\x01\x00"
    assert raw.last.headers["Content-Type"] == "application/octet-stream" and raw.last.content == b"\x00\x01\xff"
    text = Recorder(lambda request: httpx.Response(200, text="héllo " + request.content.decode()))
    assert text.client(bodies).post_text(body="wörld") == "héllo wörld"
    assert text.last.headers["Content-Type"] == "text/plain" and text.last.content == "wörld".encode()
    assert text.client(bodies).post_text() == "héllo " and text.last.content == b""


def test_default_and_range_answers(out: Path) -> None:
    bodies = package(out, "bodies")
    meta = {"name": "n", "size": 1}
    assert Recorder(lambda request: httpx.Response(200, json=meta)).client(bodies).only_default() == bodies.models.Meta(name="n", size=1)
    assert Recorder(lambda request: httpx.Response(203, json=meta)).client(bodies).any_success() == bodies.models.Meta(name="n", size=1)
    with pytest.raises(bodies.ApiError) as error:
        Recorder(lambda request: httpx.Response(418, json={"detail": "teapot"})).client(bodies).any_success()
    assert error.value.error == bodies.models.Problem(detail="teapot")


def test_each_success_status_is_decoded_as_documented(out: Path) -> None:
    bodies = package(out, "bodies")
    answers = iter([httpx.Response(200, json={"name": "a"}), httpx.Response(202, json={"detail": "later"}), httpx.Response(204)])
    client = Recorder(lambda request: next(answers)).client(bodies)
    assert client.maybe_body() == bodies.models.Meta(name="a")
    assert client.maybe_body() == bodies.models.Problem(detail="later")
    assert client.maybe_body() is None
    assert "-> models.Meta | models.Problem | None:" in (out / "bodies/client.py").read_text()


# -- descriptions --------------------------------------------------------------------------


def test_html_and_commonmark_become_plain_docstrings(out: Path) -> None:
    descriptions = package(out, "descriptions")
    doc = inspect.cleandoc(descriptions.Client.get_payment.__doc__)
    assert doc.startswith("Show a `payment`\n\nA successful request returns the HTTP `200 OK` status code.")
    assert "- `id` — the payment\n- see the docs (https://example.com/docs)" in doc
    assert "See Payment and the guide (https://example.com/guide). Deprecated fields are marked." in doc
    assert "id: The payment id, e.g. `PAY-1`." in doc
    model_doc = inspect.cleandoc(descriptions.models.Payment.__doc__)
    assert model_doc.startswith("A payment.\nIts status is one of:\n\n1. new\n2. done")
    for document in (doc, model_doc, models_source(out, "descriptions"), (out / "descriptions/README.md").read_text()):
        for raw in ("<code>", "<br", "<li>", "<ul>", "&mdash;", "**", "<a ", "<strong>", "](#"):
            assert raw not in document, raw


# -- projections (x-projection) --------------------------------------------------------------


def test_projections_twin_every_model_an_answer_to_them_holds(out: Path) -> None:
    """Twins for what getOrder and getLine answer, at every depth; none for the error body, the
    request-only Note, or the paginated listOrders (whose projection is ignored, with a warning)."""
    models = package(out, "projections").models
    twins = sorted(name for name in models.__all__ if name.startswith("Projected"))
    assert twins == sorted(
        "Projected" + name
        for name in ("Order", "Line", "Money", "PostShipping", "PickupShipping", "Customer", "BusinessCustomer")
    )
    assert models.ProjectedOrder.__doc__ == "Order as answered when `select` or `view` is passed: every field may be absent."
    assert models.ProjectedLine.__doc__ == "Line as answered when `select` or `view` or `only` is passed: every field may be absent."
    assert models.ProjectedBusinessCustomer.__mro__[1] is models.ProjectedCustomer


def test_a_projected_answer_decodes_into_twins_at_every_depth(out: Path) -> None:
    module = package(out, "projections")
    models = module.models
    body = {
        "lines": [{"sku": "a-1"}],
        "shipping": {"kind": "pickup"},
        "customer": {"type": "business", "vat": "EU1"},
        "totals": {"net": {"amount": 5}},
    }
    recorder = Recorder(lambda request: httpx.Response(200, json=body))
    order = recorder.client(module).get_order(id="o-1", select=["lines", "shipping", "customer", "totals"])
    assert recorder.last.url.query == b"select=lines,shipping,customer,totals"
    assert type(order) is models.ProjectedOrder and order.id is module.UNSET and order.placed is module.UNSET
    assert type(order.lines[0]) is models.ProjectedLine and order.lines[0].quantity is module.UNSET
    assert type(order.shipping) is models.ProjectedPickupShipping and order.shipping.store is module.UNSET
    assert type(order.customer) is models.ProjectedBusinessCustomer and order.customer.vat == "EU1"
    assert order.customer.name is module.UNSET
    assert type(order.totals["net"]) is models.ProjectedMoney and order.totals["net"].currency is module.UNSET
    assert order.to_dict() == body
    with pytest.raises(module.DecodeError, match="Order.id: required field is missing"):
        recorder.client(module).get_order(id="o-1")


def test_a_scalar_projection_and_a_paginated_one(out: Path) -> None:
    module = package(out, "projections")
    recorder = Recorder(lambda request: httpx.Response(200, json={"sku": "a-1"}))
    line = recorder.client(module).get_line(id="o-1", line=2, only="sku")
    assert type(line) is module.models.ProjectedLine and line.sku == "a-1"
    assert recorder.last.url.query == b"only=sku"
    assert "Projected" not in str(inspect.signature(module.Client.list_orders))
    # A projection parameter callers must pass: always projected, no overloads.
    assert inspect.signature(module.Client.get_summary).return_annotation == "models.ProjectedOrder"
    assert "@overload\ndef get_summary" not in (out / "projections/operations.py").read_text()
    assert "Projected" not in (out / "projections/operations.py").read_text().split("def list_orders", 1)[1]
