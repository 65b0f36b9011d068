"""Turns curated OpenAPI documents into typed, vendorable Python client packages."""

__version__ = "0.1.0"
