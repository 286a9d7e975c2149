"""The one sandboxed Jinja2 environment over scripts_templates/, with an operator override folder."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, FileSystemLoader, StrictUndefined, TemplateError, TemplateSyntaxError
from jinja2.sandbox import ImmutableSandboxedEnvironment

log = logging.getLogger("qunbot.templates")
DEFAULT_DIR = Path(__file__).resolve().parent.parent / "scripts_templates"


@dataclass(frozen=True)
class Script:
    """Rendered text and the template it came from (the action's `ref`)."""

    text: str
    template: str


class ScriptError(Exception):
    """A template could not be rendered; says which file and line."""

    def __init__(self, template: str, line: int | None, reason: str) -> None:
        self.template, self.line, self.reason = template, line, reason
        where = f"{template}:{line}" if line else template
        super().__init__(f"script {where}: {reason}")


def _error_line(exc: BaseException, template: str) -> int | None:
    if isinstance(exc, TemplateSyntaxError):
        return exc.lineno
    tb = exc.__traceback__
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename.endswith(template):
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


class Scripts:
    """Loads `plugin/name.j2` from the override folder first, then the shipped folder."""

    def __init__(self, override_dir: Path | None = None, base_dir: Path = DEFAULT_DIR) -> None:
        dirs = [d for d in (override_dir, base_dir) if d is not None]
        self.env = ImmutableSandboxedEnvironment(  # scripts cannot change the lists and dicts they are given
            loader=ChoiceLoader([FileSystemLoader(str(d)) for d in dirs]),
            undefined=StrictUndefined,
            autoescape=False,
            trim_blocks=True,
            lstrip_blocks=True,
            auto_reload=False,
        )

    def reload(self) -> None:
        """Forget compiled templates so edited files are read again."""
        self.env.cache.clear() if self.env.cache is not None else None

    def exists(self, name: str) -> bool:
        """True when a template by this name can be loaded."""
        try:
            self.env.get_template(name)
        except TemplateError:
            return False
        return True

    def render(self, name: str, /, **values: Any) -> Script:
        """Render a template; raise ScriptError with its file and line when it is broken."""
        try:
            text = self.env.get_template(name).render(**values)
        except TemplateError as exc:
            raise ScriptError(name, _error_line(exc, name), str(exc.message or exc)) from None
        return Script(text.strip(), name)
