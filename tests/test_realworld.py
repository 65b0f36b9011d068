"""The ten real payment specs of ../shared/corpus/real, read in place, as a user brings them.

Each one generates with exit 0 (--lenient only for Square's, which contradicts itself, and
then every warning names its spot), every operation is generated, the package imports and
passes mypy --strict and pyright strict, and a deterministic sample of its operations is
called against Prism in dynamic mode, seeded (see `tests/realworld/sweep.py`): Prism accepts every
request, every answer decodes and `to_dict()` gives back what Prism sent. An answer Prism
made that does not fit the spec's own schema is reported as Prism's fault, neither a pass
nor a failure. `make sweep` calls every operation, and also runs Stripe and GitHub.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.realworld import corpus
from tests.realworld.sweep import Sweep, sample

SAMPLE = 6  # operations per spec called against Prism in `make test`
SEED = "13"  # Prism's dynamic bodies are then the same every run: the sample is deterministic
LOCATED = re.compile(r"^\S+:\d+:\d+: warning: .+ \(/.*\)$")


@pytest.mark.parametrize("spec", corpus.REAL, ids=lambda spec: spec.name)
def test_real_spec(spec: corpus.CorpusSpec, tmp_path: Path, record_property: Callable[[str, object], None]) -> None:
    assert spec.path.is_file(), f"{spec.path} is missing: the corpus is read in place from ../shared"
    generation = corpus.generate(spec, tmp_path / "out")
    assert generation.exit_code == 0, generation.stderr
    for line in generation.stderr.splitlines():
        assert LOCATED.match(line), f"a diagnostic that does not say where: {line}"
    if spec.lenient:
        assert generation.warnings, "--lenient is given only to a spec it has something to forgive"

    document = corpus.load_document(spec.path).data
    assert len(corpus.generated_operations(generation.package_dir)) == corpus.spec_operations(document)
    failure = corpus.import_package(generation.out, spec.package)
    assert failure is None, failure
    checked = corpus.mypy(generation.out, spec.package, tmp_path / "mypy-cache")
    assert checked.errors == 0, checked.output
    checked = corpus.pyright(generation.out, spec.package)
    assert checked.errors == 0, checked.output

    api = corpus.build(spec)
    names = sample([operation.python_name for operation in api.operations], SAMPLE)
    result = Sweep(spec, api, generation.out).run(names, seed=SEED)
    faults = [str(outcome) for outcome in result.outcomes if outcome.verdict == "prism-fault"]
    record_property("prism_faults", faults)
    for fault in faults:
        print(f"Prism's fault, not counted: {fault}")
    assert not result.failures, "\n".join(str(outcome) for outcome in result.failures)
    assert result.count("ok") + len(faults) == len(names)
