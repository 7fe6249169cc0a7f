import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEEDS = os.path.join(ROOT, "seeds")
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

import pytest


@pytest.fixture(autouse=True)
def _no_system_dictionaries(tmp_path_factory, monkeypatch):
    """Tests see no hunspell dictionary unless they build one (``WORKBENCH_HUNSPELL_DIRS``):
    what a test asserts must not depend on which Debian dictionaries the machine has."""
    if "WORKBENCH_HUNSPELL_DIRS" not in os.environ:
        monkeypatch.setenv("WORKBENCH_HUNSPELL_DIRS", str(tmp_path_factory.getbasetemp() / "no-dictionaries"))
