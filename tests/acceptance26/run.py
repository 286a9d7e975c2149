"""This folder's acceptance probes: `python tests/acceptanceNN/run.py [NAME...] [-v]` (tests/acceptance/runner.py)."""
import runpy
import sys
from pathlib import Path

sys.argv[1:1] = [str(Path(__file__).resolve().parent)]
runpy.run_path(str(Path(__file__).resolve().parents[1] / "acceptance" / "runner.py"), run_name="__main__")
