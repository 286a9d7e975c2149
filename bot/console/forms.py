"""Config forms from pydantic models: one input per field, its description as help, Chinese messages per field."""
from __future__ import annotations

import json
import types
import typing
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ValidationError
from pydantic.fields import FieldInfo
from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from bot.config_sensitive import is_sensitive

MESSAGES = {
    "greater_than_equal": "不能小于 {ge}", "greater_than": "要大于 {gt}",
    "less_than_equal": "不能大于 {le}", "less_than": "要小于 {lt}",
    "int_parsing": "请填一个整数", "int_from_float": "请填一个整数", "int_type": "请填一个整数",
    "float_parsing": "请填一个数字", "float_type": "请填一个数字", "finite_number": "请填一个有限的数字",
    "bool_parsing": "请选择“是”或“否”", "bool_type": "请选择“是”或“否”",
    "string_type": "请填文字", "list_type": "请填一个列表（每行一项）", "dict_type": "格式不对，需要“名称: 值”的形式",
    "tuple_type": "请填一个列表", "missing": "这一项必须填写", "literal_error": "只能填：{expected}",
    "extra_forbidden": "没有这一项", "string_too_short": "至少要 {min_length} 个字",
    "string_pattern_mismatch": "格式不对", "too_short": "至少要 {min_length} 项", "model_type": "格式不对",
}


def chinese(error: Any) -> str:
    """A pydantic error as a short, polite Chinese sentence (the original reason kept for value errors)."""
    template = MESSAGES.get(error["type"])
    context = {k: int(v) if isinstance(v, float) and v.is_integer() else v for k, v in (error.get("ctx") or {}).items()}
    if template is None:
        return "填得不对：" + str(error["msg"]).removeprefix("Value error, ")
    try:
        return template.format(**context)
    except (KeyError, IndexError):
        return template


@dataclass
class Field:
    """One input of a form: the key, how it is typed in, its label and help, the value shown, a problem."""

    name: str
    kind: str  # bool | int | float | text | lines | choice | yaml
    label: str
    help: str
    value: str
    choices: tuple[str, ...] = ()
    problem: str = ""
    locked: bool = False  # a sensitive key (files, store, connection): shown, never submitted nor saved


def _kind(annotation: Any) -> tuple[str, tuple[str, ...]]:
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:  # LocalPath, TemplateName: a str with a check
        return _kind(typing.get_args(annotation)[0])
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if origin in (typing.Union, types.UnionType) and len(args) == 1:
        return _kind(args[0])
    if annotation is bool:
        return "bool", ()
    if annotation is int:
        return "int", ()
    if annotation is float:
        return "float", ()
    if annotation is str:
        return "text", ()
    if origin is Literal:
        return "choice", tuple(str(a) for a in args)
    if origin is list and args == [str]:
        return "lines", ()
    return "yaml", ()


def shown(kind: str, value: Any) -> str:
    """A value as its input shows it."""
    if value is None:
        return ""
    if kind == "bool":
        return "true" if value else "false"
    if kind == "lines":
        return "\n".join(str(v) for v in value)
    if kind == "yaml":
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def fields(model: type[BaseModel], values: dict[str, Any], section: str = "", prefix: str = "") -> list[Field]:
    """The form for a model, showing `values` (the section in force, as JSON-like data).

    Keys under `prefix` that chat may not change (bot.config_sensitive.is_sensitive) are locked: shown read-only."""
    out = []
    for name, info in model.model_fields.items():
        kind, choices = _kind(info.annotation)
        label, help_ = _words(section, name, info)
        locked = is_sensitive(f"{prefix or section}.{name}")
        out.append(Field(name, kind, label, help_, shown(kind, values.get(name)), choices, locked=locked))
    return out


@cache
def _labels() -> dict[str, dict[str, dict[str, str]]]:
    return YAML(typ="safe").load((Path(__file__).parent / "labels.yaml").read_text(encoding="utf-8"))


def _words(section: str, name: str, info: FieldInfo) -> tuple[str, str]:
    """The Chinese label and help of a field (labels.yaml), else its title or name and its description."""
    labels = _labels()
    found = (labels.get(section) or {}).get(name) or labels["*"].get(name) or {}
    return found.get("label") or info.title or name, found.get("help") or info.description or ""


def parsed(field: Field, text: str) -> Any:
    """What was typed, as data (raises ValueError with a Chinese reason)."""
    text = text.replace("\r\n", "\n")
    if field.kind == "bool":
        return text == "true"
    if field.kind == "lines":
        return [line.strip() for line in text.split("\n") if line.strip()]
    if field.kind in ("text", "choice"):
        return text if text or field.value else None
    if field.kind in ("int", "float"):
        text = text.strip()
        if not text:
            return None
        try:
            return int(text) if field.kind == "int" and text.lstrip("-").isdigit() else float(text)
        except ValueError:
            raise ValueError("请填一个整数" if field.kind == "int" else "请填一个数字") from None
    try:
        return YAML(typ="safe").load(text) if text.strip() else None
    except YAMLError:
        raise ValueError("格式不对（可以照着原来的写法改）") from None


def as_yaml(value: Any) -> str:
    """A value as the YAML text `/config set` takes (JSON is YAML)."""
    return json.dumps(value, ensure_ascii=False)


def check(model: type[BaseModel], form: list[Field], submitted: dict[str, str],
          current: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """Validate a submitted form against the model: the changed values, and whether every field passed.

    Problems are written onto the fields (in Chinese) and the fields show what was typed. Locked fields are
    never read from the submission, and a field the submission leaves out keeps its value.
    """
    changed: dict[str, Any] = {}
    ok = True
    candidate = dict(current)
    for field in form:
        if field.locked or field.name not in submitted:
            continue
        text = submitted[field.name]
        try:
            value = parsed(field, text)
        except ValueError as exc:
            field.problem, field.value, ok = str(exc), text, False
            continue
        field.value = shown(field.kind, value) if field.kind != "yaml" else text
        if value != current.get(field.name):
            changed[field.name] = candidate[field.name] = value
    try:
        model.model_validate(candidate)
    except ValidationError as exc:
        by_name = {f.name: f for f in form}
        for error in exc.errors():
            target = by_name.get(str(error["loc"][0])) if error["loc"] else None
            if target is not None and not target.problem:
                target.problem = chinese(error)
                ok = False
    return changed, ok
