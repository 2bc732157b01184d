"""Shared test fixtures: the sample round robin ingested once per test session."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import settings

from tests.helpers import SAMPLE, run_cli

# Property tests check what is found, never how fast: no deadline, so a busy machine (a pattern compiled on the
# first example, another job on the same cores) cannot fail them.
settings.register_profile("foi-tally", deadline=None)
settings.load_profile("foi-tally")


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample round robin (data/raw) ingested into a fresh store."""
    store = tmp_path_factory.mktemp("store")
    run_cli("ingest", str(SAMPLE), "--store", str(store), "--jobs", "2", "-q")
    return store


@pytest.fixture()
def sample_copy(tmp_path: Path) -> Path:
    """A private copy of the sample folder that a test may add files to."""
    target = tmp_path / "raw"
    shutil.copytree(SAMPLE, target)
    return target
