from __future__ import annotations

import pytest

from server import create_app
from server.config import Config


@pytest.fixture
def make_client():
    def make(**settings):
        return create_app(Config(**settings)).test_client()

    return make


@pytest.fixture
def client(make_client):
    return make_client()
