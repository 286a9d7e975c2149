"""What a value in `config.yaml` may be: strict models (no unknown key), script names, paths inside the config's
folder, crontab lines."""
from __future__ import annotations

import re
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, ValidationInfo

from bot.terminal_text import say

_TEMPLATE = re.compile(r"^[A-Za-z0-9_\-]+(/[A-Za-z0-9_\-]+)?\.j2$")


def _template_name(v: str) -> str:
    if not _TEMPLATE.match(v):
        raise ValueError(say("config_template_name", value=repr(v)))
    return v


def _inside_folder(v: str, info: ValidationInfo) -> str:
    """A path inside config.yaml's folder: relative to it (no '..', no link out), or absolute but leading into it."""
    folder = (info.context or {}).get("folder")
    if v and "\x00" not in v and PurePosixPath(v).is_absolute() and folder is not None \
            and Path(v).resolve().is_relative_to(Path(folder).resolve()):
        return v  # a generated config naming files beside it by their full path
    if not v or "\x00" in v or PurePosixPath(v).is_absolute() or PureWindowsPath(v).is_absolute() \
            or PureWindowsPath(v).drive or v.startswith("~") or ".." in PurePosixPath(v.replace("\\", "/")).parts:
        raise ValueError(say("config_path_outside", value=repr(v)))
    if folder is not None:
        base = Path(folder).resolve()
        if not (base / v).resolve().is_relative_to(base):
            raise ValueError(say("config_path_leads_out", value=repr(v)))
    return v


# a time of day written as a clock ("21:00", "7：30", "21点", "8点半"), which crontab writes "0 21 * * *"
_CLOCK = re.compile(r"\s*(\d{1,2})\s*[:：点]\s*(\d{1,2}|半)?\s*分?\s*")


def _crontab(v: str) -> str:
    from apscheduler.triggers.cron import CronTrigger
    try:
        CronTrigger.from_crontab(v)
    except (ValueError, TypeError):
        clock = _CLOCK.fullmatch(str(v))
        if clock is not None and int(clock.group(1)) < 24 and (clock.group(2) in (None, "半")
                                                                or int(clock.group(2)) < 60):
            minute = {None: "0", "半": "30"}.get(clock.group(2)) or str(int(clock.group(2)))
            raise ValueError(say("config_crontab_clock", value=repr(v),
                                 fixed=f"{minute} {int(clock.group(1))} * * *")) from None
        raise ValueError(say("config_crontab", value=repr(v))) from None
    return v


TemplateName = Annotated[str, AfterValidator(_template_name)]  # a script in the plugin's folder, never a path
LocalPath = Annotated[str, AfterValidator(_inside_folder)]  # a file or folder inside config.yaml's folder
Crontab = Annotated[str, AfterValidator(_crontab)]  # "30 7 * * *", checked at load


class Strict(BaseModel):
    """Base of every config model: unknown keys are errors, so typos never pass silently."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)  # .inf passes every bound, then breaks
