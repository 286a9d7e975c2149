"""The one sandboxed Jinja2 environment over scripts_templates/, with an operator override folder."""
from __future__ import annotations

import logging
import operator
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, FileSystemLoader, StrictUndefined, Template, TemplateError, TemplateSyntaxError
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from bot.chinese_text import compact
from bot.danger.bedside import hospice_room
from bot.danger.body_now import in_pain
from bot.danger.chest_on_exertion import chest_on_exertion
from bot.danger.emergency import in_mandarin
from bot.danger.grief import lost_close
from bot.danger.hazards import air_gone, shocked
from bot.danger.ill_child import fever, ill_child
from bot.danger.made_ill import made_ill
from bot.danger.no_sight import no_sight
from bot.danger.quiet_signs import bled_inside, out_cold
from bot.danger.scam import for_a_rite
from bot.danger.threat_to_die import gone_off, gone_to, leaps, threatener
from bot.danger.urgent_signs import hit_by
from bot.good_news import a_feat
from bot.people import beaten, who_is_meant
from bot.shipped import scripts_dir

log = logging.getLogger("qunbot.templates")
DEFAULT_DIR = scripts_dir()
MAX_CHARS = 2000  # the most one WeChat message should hold: longer is folded away or refused by the client
NAME_CHARS = 16  # a member's name or id as the bot says it
_NAME = re.compile(r"^[A-Za-z0-9_\-]+(/[A-Za-z0-9_\-]+)*\.j2$")
CUT = "…"
TOO_LONG = "（内容太长，后面的就不发了）"


def short(value: object, limit: int = NAME_CHARS) -> str:
    """A name or id as the bot may say it: at most `limit` characters, one line."""
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1] + CUT


def _for_a_rite(text: str) -> bool:
    """Money asked for a rite, read as the member's own word reads it (plugins.nudge.emergency_word): one reading."""
    return for_a_rite(compact(in_mandarin(text)))


class _Bounded(ImmutableSandboxedEnvironment):
    """The immutable sandbox, with `*` and `**` that cannot build a huge string or number."""

    intercepted_binops = frozenset(["*", "**"])
    _SAFE_KEPT = 4096  # (kind of object, attribute) answers kept: the scripts read a few dozen

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._safe: dict[tuple[type, str], bool] = {}

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        """Jinja's answer, worked out once per kind of object and attribute: it reads only the object's type (is it
        a function, a frame, a list...) and the attribute's name, never the object itself or the value; asking it
        for every `p.member_name` in a loop was ~1/2 of a nudge list's rendering (bench/RESULTS.md, perf21)."""
        key = (type(obj), attr)
        safe = self._safe.get(key)
        if safe is None:
            if len(self._safe) >= self._SAFE_KEPT:
                self._safe.clear()
            safe = self._safe[key] = super().is_safe_attribute(obj, attr, value)
        return safe

    def call_binop(self, context: Any, operator_: str, left: Any, right: Any) -> Any:
        if operator_ == "**":
            if isinstance(right, (int, float)) and abs(right) > 64:
                raise SecurityError("exponent too large for a script")
            return operator.pow(left, right)
        for a, b in ((left, right), (right, left)):
            if isinstance(a, (str, list, tuple)) and isinstance(b, int) and len(a) * b > MAX_CHARS:
                raise SecurityError(f"a script may not build more than {MAX_CHARS} characters")
        return operator.mul(left, right)


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
        self.env = _Bounded(  # scripts cannot change the lists and dicts they are given
            loader=ChoiceLoader([FileSystemLoader(str(d)) for d in dirs]),
            undefined=StrictUndefined,
            autoescape=False,
            trim_blocks=True,
            lstrip_blocks=True,
            auto_reload=False,
        )
        self.env.filters["short"] = short  # {{ name | short }}: a display name fit to say
        self.env.filters["chest_on_exertion"] = chest_on_exertion  # {{ text | chest_on_exertion }}: the heart's warning
        self.env.filters["made_ill"] = made_ill  # {{ text | made_ill }}: who fell ill from what we sold
        self.env.filters["a_feat"] = a_feat  # {{ text | a_feat }}: a member's own feat, praised (bot.good_news)
        self.env.filters["ill_child"] = ill_child  # {{ text | ill_child }}: "yes", "maybe" or "" (danger.ill_child)
        self.env.filters["beaten"] = beaten  # {{ text | beaten }}: 她/他 for the one beaten (打我妈 → 她), or ""
        self.env.filters["who_is_meant"] = who_is_meant  # {% set m = text | who_is_meant %}: m.relation, m.pronoun
        self.env.filters["in_pain"] = in_pain  # {{ text | in_pain }}: 老伴, "我" (the writer) or "" (danger.body_now)
        self.env.filters["leaps"] = leaps  # {% if text | leaps %}: 跳下去, 阳台; not 心跳 (danger.threat_to_die)
        self.env.filters["threatener"] = threatener  # {{ text | threatener }}: 她 or 他 (danger.threat_to_die)
        self.env.filters["gone_off"] = gone_off  # {{ text | gone_off }}: 出门了, 不见了 or "" (danger.threat_to_die)
        self.env.filters["hit_by"] = hit_by  # {{ text | hit_by }}: classmate, teacher, home, school or "" (danger)
        self.env.filters["gone_to"] = gone_to  # {% set how, place = text | gone_to %}: 在/往 and 河边, or "", ""
        self.env.filters["no_sight"] = no_sight  # {% if text | no_sight(topic) %}: a member who cannot see
        self.env.filters["lost_close"] = lost_close  # {% if text | lost_close %}: someone close died (danger.grief)
        self.env.filters["hospice_room"] = hospice_room  # {% if topic|hospice_room %}: a hospice room (danger.bedside)
        self.env.filters["out_cold"] = out_cold  # {% if text | out_cold %}: 叫他也不答应 (danger.quiet_signs)
        self.env.filters["bled_inside"] = bled_inside  # {% if text | bled_inside %}: 吐了好多血 (danger.quiet_signs)
        self.env.filters["air_gone"] = air_gone  # {% if text | air_gone %}: 液氮间 氧气报警 (danger.hazards)
        self.env.filters["shocked"] = shocked  # {% if text | shocked %}: 叫电打了 躺那不出声 (danger.hazards)
        self.env.filters["for_a_rite"] = _for_a_rite  # {% if text | for_a_rite %}: money asked for a rite (danger.scam)
        self.env.filters["fever"] = fever  # {% if text | fever %}: 发烧, 38度5; not 温度 or 烧心
        self._exists: dict[str, bool] = {}  # looked up once, like the compiled templates (a miss searched every folder)
        self._loaded: dict[str, Template] = {}  # by name, until the next reload (Jinja's own cache locks per look-up)

    def reload(self) -> None:
        """Forget compiled templates so edited files are read again."""
        self.env.cache.clear() if self.env.cache is not None else None
        self._exists.clear()
        self._loaded.clear()

    def exists(self, name: str) -> bool:
        """True when a template by this name can be loaded (until the next reload, like the templates themselves)."""
        found = self._exists.get(name)
        if found is None:
            try:
                self.env.get_template(name)
                found = True
            except TemplateError:
                found = False
            self._exists[name] = found
        return found

    def render(self, name: str, /, **values: Any) -> Script:
        """Render a template; raise ScriptError with its file and line when it is broken.

        Only plain `plugin/name.j2` names are loaded. The text is capped at MAX_CHARS: a longer one
        is logged as an error and cut, with a word saying so, never sent whole.
        """
        template = self._loaded.get(name)
        if template is None and (not _NAME.match(name) or ".." in name):
            raise ScriptError(name, None, "not a plain script name like welcome/welcome.j2")
        try:
            if template is None:
                template = self._loaded[name] = self.env.get_template(name)
            parts: list[str] = []
            size = 0
            for chunk in template.generate(**values):
                parts.append(chunk)
                size += len(chunk)
                if size > MAX_CHARS * 2:
                    break
            text = "".join(parts).strip()
        except TemplateError as exc:
            raise ScriptError(name, _error_line(exc, name), str(exc.message or exc)) from None
        if len(text) > MAX_CHARS:
            log.error("script %s: rendered text too long (%s+ characters), cut to %s", name, len(text), MAX_CHARS)
            text = text[: MAX_CHARS - len(TOO_LONG)].rstrip() + TOO_LONG
        return Script(text, name)
