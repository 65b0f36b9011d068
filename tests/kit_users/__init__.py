"""Tests a user of the generated packages would write: their own code, tested with the kit only.

Each module holds a piece of realistic application code and its tests, written against a
package's `testing` module alone (no httpx.MockTransport, no Prism), and type-checked with
mypy --strict and pyright strict (tests/test_kit_users_typecheck.py) as a user's would be.
"""
