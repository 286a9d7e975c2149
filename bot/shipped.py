"""Files shipped with qunbot (message scripts, starter files), found in the installed package or in the checkout."""
from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
STARTER = PACKAGE / "starter"  # what `qunbot init` copies into a new folder


def scripts_dir() -> Path:
    """The shipped scripts: bot/scripts_templates in a wheel, else scripts_templates/ beside bot/ in the repo."""
    installed = PACKAGE / "scripts_templates"
    return installed if installed.is_dir() else PACKAGE.parent / "scripts_templates"


def qunbot_version() -> str:
    """The installed distribution's version (or the checkout's, when it is not installed)."""
    try:
        return version("qunbot")
    except PackageNotFoundError:
        return "0+checkout"
