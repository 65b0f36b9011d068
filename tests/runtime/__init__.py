"""Unit tests of the runtime at its source, `generator/runtime/`, before it is copied into packages."""
