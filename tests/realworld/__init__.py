"""The real-world suite: third-party specs from ../shared/corpus, read in place.

`corpus` lists the specs and generates, imports and type-checks their packages; `instances`
builds valid JSON for a schema (the spec's example when it is valid, else one made from the
schema); `sweep` calls every operation of a generated client against Prism in dynamic mode.
`python -m tests.realworld` (`make sweep`) runs all of it and prints the README table;
`tests/test_realworld.py` runs a deterministic sample of it in `make test`.
"""
