"""How much of what we hand black does black change: per input, bytes and pieces, and which kinds of change.

    python bench/stability.py [--inputs five,real,stripe,github] [--every 1] [--results FILE]

black's `format_str` formats twice when its first pass changed anything; text that is already
black's output costs one pass. This renders every Python module of each input (as `generate`
does, `--lenient`), cuts it into the pieces `generate` sends to black, formats the pieces on
every core and compares: bytes sent, pieces and bytes black changed, and a histogram of the
kinds of change (from difflib over the changed pieces) with an example of each, so the largest
kind is fixed first. `--every K` formats every K-th piece only (a sample of the large specs).
"""

from __future__ import annotations

import argparse
import difflib
import os
import re
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import RESULTS, ROOT, machine, progress, table, write_results  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
INPUTS = {
    "five": sorted((ROOT / "specs").glob("*.yaml")),
    "real": sorted((CORPUS / "real").glob("*.json")),
    "stripe": [CORPUS / "stripe-spec3.yaml"],
    "github": [CORPUS / "github-api.json"],
}


def rendered_modules(path: Path) -> dict[str, str]:
    """The Python modules of one spec's package as black receives them (lenient, like the corpus runs)."""
    from generator.build import build_api
    from generator.load import load_document
    from generator.render import render_package
    from generator.validate import validate_document

    spec = load_document(path)
    validate_document(spec, lenient=True)
    files = dict(render_package(build_api(spec)))
    return {name: text for name, text in files.items() if name.endswith(".py")}


def _format(piece: str) -> str | None:
    import black

    from generator.formatting import BLACK_MODE

    try:
        return black.format_str(piece, mode=BLACK_MODE)
    except black.InvalidInput:
        return None


_SPACE = re.compile(r"\s+")


def kind_of_change(before: list[str], after: list[str]) -> str:
    """A name for one difflib hunk: what black did to those lines."""
    old, new = "".join(before), "".join(after)
    if not old.strip() and not new.strip():
        return "blank lines"
    squeezed_old, squeezed_new = _SPACE.sub("", old), _SPACE.sub("", new)
    if squeezed_old == squeezed_new:
        joined = len(after) < len(before)
        return ("lines joined" if joined else "lines split") + f" ({_lead(new or old)})"
    if squeezed_old.replace("'", '"') == squeezed_new.replace("'", '"'):
        return "quotes"
    no_commas = re.compile(r",(?=[)\]}])")
    if no_commas.sub("", squeezed_old) == no_commas.sub("", squeezed_new):
        return f"trailing comma ({_lead(new or old)})"
    if squeezed_old.replace("(", "").replace(")", "") == squeezed_new.replace("(", "").replace(")", ""):
        return f"parentheses ({_lead(new or old)})"
    return f"other ({_lead(new or old)})"


def _lead(text: str) -> str:
    """What sort of statement a hunk belongs to: its first line's first word or shape."""
    line = text.strip().splitlines()[0] if text.strip() else ""
    match = re.match(r"(def|class|return|if|@\w+|[\w.]+\s*[:=(]|\"\"\"|\*_rt|\w+=)", line)
    return match.group(1).replace(" ", "") if match else line[:12]


def measure(name: str, specs: list[Path], every: int, pool: ProcessPoolExecutor) -> dict[str, Any]:
    from generator.formatting import split_at_definitions

    sent = changed = pieces_sent = pieces_changed = 0
    kinds: Counter[str] = Counter()
    kind_bytes: Counter[str] = Counter()
    examples: dict[str, str] = {}
    by_module: Counter[str] = Counter()
    started = time.process_time()
    for path in specs:
        progress(f"{name}: {path.name}")
        modules = rendered_modules(path)
        work: list[tuple[str, str]] = []
        for module, text in modules.items():
            for index, piece in enumerate(split_at_definitions(text)):
                if index % every == 0:
                    work.append((module, piece))
        for (module, piece), output in zip(work, pool.map(_format, [p for _, p in work], chunksize=4)):
            size = len(piece.encode("utf-8"))
            sent += size
            pieces_sent += 1
            if output == piece:
                continue
            pieces_changed += 1
            changed += size
            by_module[module.split("/")[0]] += size
            if output is None:
                kinds["does not parse alone"] += 1
                continue
            a, b = piece.splitlines(keepends=True), output.splitlines(keepends=True)
            for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
                if tag == "equal":
                    continue
                kind = kind_of_change(a[i1:i2], b[j1:j2])
                kinds[kind] += 1
                kind_bytes[kind] += len("".join(a[i1:i2]).encode("utf-8"))
                examples.setdefault(kind, f"{path.name}:{module}\n-" + "-".join(a[i1:i2])[:600] + "\n+" + "+".join(b[j1:j2])[:600])
    return {
        "specs": len(specs),
        "every": every,
        "bytes_sent": sent,
        "pieces_sent": pieces_sent,
        "bytes_changed": changed,
        "pieces_changed": pieces_changed,
        "stable_share_by_bytes": round(1 - changed / sent, 4) if sent else None,
        "changed_bytes_by_module": dict(by_module.most_common()),
        "kinds": {kind: {"hunks": count, "bytes": kind_bytes[kind]} for kind, count in kinds.most_common()},
        "examples": examples,
        "parent_cpu_s": round(time.process_time() - started, 2),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--inputs", default="five,real,stripe,github", help="comma-separated: " + ", ".join(INPUTS))
    parser.add_argument("--every", type=int, default=1, help="format every K-th piece of the large inputs (Stripe, GitHub)")
    parser.add_argument("--examples", type=int, default=12, help="examples printed per input")
    parser.add_argument("--results", type=Path, help="output file (default bench/results/stability.json)")
    arguments = parser.parse_args(argv)
    payload: dict[str, Any] = {"benchmark": "stability", "machine": machine(), "inputs": {}}
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        for name in [n for n in arguments.inputs.split(",") if n]:
            every = arguments.every if name in ("stripe", "github") else 1
            payload["inputs"][name] = measure(name, INPUTS[name], every, pool)
    write_results(arguments.results or RESULTS / "stability.json", payload)
    print(report(payload, arguments.examples))
    return 0


def report(payload: dict[str, Any], examples: int) -> str:
    rows = [
        [
            name,
            round(entry["bytes_sent"] / 1e6, 3),
            entry["pieces_sent"],
            round(entry["bytes_changed"] / 1e6, 3),
            entry["pieces_changed"],
            f"{100 * (entry['stable_share_by_bytes'] or 0):.1f} %",
        ]
        for name, entry in payload["inputs"].items()
    ]
    parts = [table(["input", "MB sent", "pieces", "MB changed", "pieces changed", "stable by bytes"], rows)]
    for name, entry in payload["inputs"].items():
        if not entry["kinds"]:
            continue
        kinds = [[kind, spent["hunks"], spent["bytes"]] for kind, spent in entry["kinds"].items()]
        parts.append(f"{name}: changed bytes by module {entry['changed_bytes_by_module']}\n" + table(["kind", "hunks", "bytes"], kinds))
        for kind in list(entry["kinds"])[:examples]:
            if kind in entry["examples"]:
                parts.append(f"--- {name}: {kind}\n{entry['examples'][kind]}")
    return "\n\n".join(parts)


if __name__ == "__main__":
    sys.exit(main())
