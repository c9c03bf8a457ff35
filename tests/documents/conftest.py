"""Fixtures for the document tests: application views in every script."""

from __future__ import annotations

import pytest
from doc_samples import make_view

from lunar_desk.services.application_view import ApplicationView


@pytest.fixture
def research_view() -> ApplicationView:
    return make_view("research")


@pytest.fixture
def public_view() -> ApplicationView:
    return make_view("public_benefit", reference="APSCO-PB-2025-0002")
