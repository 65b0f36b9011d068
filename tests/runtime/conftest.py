"""Fixtures shared by the runtime's unit tests."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from generator.runtime import model
from generator.runtime.log import logger


class Warnings(logging.Handler):
    """Keeps the messages of the warnings logged on the package logger (`generator` here)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@pytest.fixture
def warned(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The package logger's warnings in this test, each lenient field path warned afresh."""
    monkeypatch.setattr(model, "_WARNED", set())
    handler = Warnings()
    logger.addHandler(handler)
    try:
        yield handler.messages
    finally:
        logger.removeHandler(handler)
