import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEEDS = os.path.join(ROOT, "seeds")
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

import pytest


@pytest.fixture(autouse=True, scope="session")
def _no_system_dictionaries(tmp_path_factory):
    """Tests see no hunspell dictionary unless they build one (``WORKBENCH_HUNSPELL_DIRS``):
    what a test asserts must not depend on which Debian dictionaries the machine has. Session
    scope: module fixtures (a first run an incremental test compares with) see it too."""
    if "WORKBENCH_HUNSPELL_DIRS" in os.environ:
        yield
        return
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("WORKBENCH_HUNSPELL_DIRS", str(tmp_path_factory.getbasetemp() / "no-dictionaries"))
        yield
