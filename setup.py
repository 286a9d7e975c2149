"""Build hook: the wheel carries scripts_templates/ inside the `bot` package, where bot.shipped finds them."""
from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

SCRIPTS = Path(__file__).parent / "scripts_templates"


class BuildWithScripts(build_py):
    """The usual build, plus the message scripts copied into the built `bot` package."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads them from the checkout
        target = Path(self.build_lib) / "bot" / "scripts_templates"
        shutil.copytree(SCRIPTS, target, dirs_exist_ok=True, ignore=shutil.ignore_patterns("__pycache__"))


setup(cmdclass={"build_py": BuildWithScripts})
