"""A YAML file that does not parse: the common mistake named in the operator's words, on the line to fix."""
from __future__ import annotations

import re

from ruamel.yaml.error import MarkedYAMLError

from bot.terminal_text import say

_KEY_NO_SPACE = re.compile(r"^\s*(?:-\s+)?([^\s:#'\"][^:#'\"]*?):[^\s:/]")  # `name:小助手` (not `url: a://b`)
_OPENS_QUOTE = re.compile(r"""^\s*(?:-\s+)?(?:[^\s#'"][^#'"]*?:\s+)?(["'])""")  # `key: "value` or `- 'item`
_KEY_AT = re.compile(r"^\s*(?:-(?:\s|$)|[^\s#'\"][^#'\"]*?:(?:\s|$))")  # a line that starts a key or a list item
# `answer: 午饭: 8元`: a plain value holding a colon and a space
_COLON_IN_VALUE = re.compile(r"^\s*(?:-\s+)?([^\s:#'\"\[{][^:#'\"]*?):\s+[^\s#'\"\[{|>&*!][^#]*?:(?:\s|$)")
_KEY_NO_COLON = re.compile(r"^\s*(?:-\s+)?([A-Za-z_][\w-]*)\s+([^\s:#].*)$")  # `answer 工具房…`: colon left out
_FULLWIDTH_INDENT = re.compile(r"^[ \t]*\u3000")  # an IME's full-width space where the indentation is
_DUPLICATE = re.compile(r'found duplicate key "([^"]*)"')
_DASH_NO_SPACE = re.compile(r"^\s*-[A-Za-z_\u4e00-\u9fff][^\s:]*:")  # `-id: 志愿者` (not `-1层电梯直达`)
_KEY_AND_VALUE = re.compile(r"^\s*(?:-\s+)?([^\s:#'\"][^:#'\"]*?):\s+\S")  # `answer: 午饭11:00…`


def _line(mark: object) -> int | None:
    return getattr(mark, "line", -1) + 1 if mark is not None else None


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _before(lines: list[str], at: int) -> int | None:
    """The 1-based number of the last line with content before line `at` (comments and blank lines skipped)."""
    for n in range(at - 1, 0, -1):
        text = lines[n - 1].strip() if n - 1 < len(lines) else ""
        if text and not text.startswith("#"):
            return n
    return None


def _closes(text: str, quote: str) -> bool:
    """Whether `text` (after an opening quote) holds the closing one: \\" inside double quotes and '' inside single
    quotes are the quote written as content."""
    escaped = r'\\.' if quote == '"' else "''"
    return quote in re.sub(escaped, "", text)


def _unclosed_quote(lines: list[str], until: int) -> int | None:
    """The first line up to `until` whose value opens a quote it does not close (a quoted value may run over
    several lines in YAML, so the parser trips only where the next quote happens to be, often far below).

    A value that closes on a later line is legal, unless a line before the close starts a key or an item at the
    opening line's depth or shallower (`name: "小助手` then `greeting: "你好"`: the quote there closed the first)."""
    n = 0
    while n < until and n < len(lines):
        line, n = lines[n], n + 1
        opened = _OPENS_QUOTE.match(line)
        if opened is None or _closes(line[opened.end():], quote := opened.group(1)):
            continue
        for later in range(n, until):
            text = lines[later]
            if _KEY_AT.match(text) is not None and _indent(text) <= _indent(line):
                return n
            if _closes(text, quote):
                n = later + 1  # a value quoted over several lines: legal, go on after it
                break
        else:
            return n
    return None


def _first_key(lines: list[str], name: str, at: int | None, opened: int | None) -> int | None:
    """The line where a key written twice is first written: the first line before the second one with the same key at
    the same indentation (the parser only marks where the enclosing mapping opens)."""
    if at is None or at > len(lines):
        return opened
    second = lines[at - 1]
    indent = second[:len(second) - len(second.lstrip())]
    key = re.compile(rf"""{re.escape(indent)}(?:-\s+)?["']?{re.escape(name)}["']?\s*:""")
    return next((n for n, line in enumerate(lines[:at - 1], 1) if n >= (opened or 1) and key.match(line)), opened)


def _value_broken(lines: list[str], at: int | None) -> tuple[int, str] | None:
    """A line with no key of its own, no deeper than the `key: value` line before it: the value went on to a new line
    (Enter pressed in the middle of a long answer), which YAML reads as a key with its colon missing."""
    if at is None or at > len(lines):
        return None
    line = lines[at - 1].split(" #")[0]
    prev = _before(lines, at)
    if prev is None or not line.strip() or _KEY_AT.match(line) is not None or "：" in line.split(" ")[0][:6]:
        return None
    above = lines[prev - 1]
    value = _KEY_AND_VALUE.match(above)
    if value is None or _indent(line) > _indent(above):
        return None
    return at, say("yaml_value_broken", name=value.group(1).strip(), above=prev)


def explain(exc: MarkedYAMLError, text: str) -> tuple[int | None, str]:
    """The line to look at and what is wrong there, said plainly (the parser's own words for rarer mistakes);
    callers put it in their frame ("YAML 格式有误：…", "faq.yaml:3: 格式有误（…）：…")."""
    problem, context = str(exc.problem or ""), str(exc.context or "")
    at, opened = _line(exc.problem_mark), _line(exc.context_mark)
    lines = text.splitlines()
    marked = lines[at - 1] if at is not None and at <= len(lines) else ""
    tabbed = "\t" in marked[:len(marked) - len(marked.lstrip())]
    if "'\\t'" in problem or ("cannot start any token" in problem and tabbed):  # libyaml does not name the tab
        return at, say("yaml_tab")
    if "while scanning a quoted scalar" in context:
        return opened, say("yaml_unclosed_quote")
    if at is not None and (quote := _unclosed_quote(lines, at)) is not None:
        return quote, say("yaml_unclosed_quote")
    if "while parsing a flow" in context:
        return opened, say("yaml_unclosed_bracket")
    if problem.startswith("found duplicate key") and (dup := _DUPLICATE.search(problem)):
        return at, say("yaml_duplicate_key", name=dup.group(1), first=_first_key(lines, dup.group(1), at, opened))
    if "while scanning a simple key" in context and opened is not None and opened <= len(lines):
        written = lines[opened - 1].split(" #")[0]  # a key's line with no colon the parser can see
        if "：" in written:  # `timezone： Asia/Shanghai`: the IME's colon, with or without a space after it
            return opened, say("yaml_fullwidth_colon")
        if (bare := _KEY_NO_COLON.match(written)) is not None:  # `answer 工具房在北门`: the colon left out
            value = bare.group(2).strip()
            return opened, say("yaml_no_colon", name=bare.group(1), value=value[:8] + ("…" if len(value) > 8 else ""))
    if at is not None and (dash := next((n for n, line in enumerate(lines[:at], 1)
                                         if _DASH_NO_SPACE.match(line.split(" #")[0])), None)) is not None:
        return dash, say("yaml_dash_no_space")
    if (broken := _value_broken(lines, opened or at)) is not None:  # an answer's second half pressed onto a new line
        return broken
    if problem in ("did not find expected '-' indicator", "did not find expected key"):  # a line pushed in or out
        return at, say("yaml_indent")
    if at is not None and (wide := next((n for n, line in enumerate(lines[:at], 1)
                                         if _FULLWIDTH_INDENT.match(line)), None)) is not None:
        return wide, say("yaml_fullwidth_space")
    if problem.startswith("mapping values are not allowed") and (inside := _COLON_IN_VALUE.match(marked)):
        return at, say("yaml_colon_in_value", name=inside.group(1).strip())
    if problem.startswith("mapping values are not allowed") or problem.startswith("expected <block end>"):
        prev = _before(lines, at) if at is not None else None
        written = lines[prev - 1].split(" #")[0] if prev is not None else ""  # a comment may hold any colon
        if "：" in written:
            return prev, say("yaml_fullwidth_colon")
        if (key := _KEY_NO_SPACE.match(written)) is not None:
            return prev, say("yaml_no_space", name=key.group(1).strip())
        return at, say("yaml_indent")
    if "could not find expected ':'" in problem:
        return opened or at, say("yaml_no_colon_plain")
    return at or opened, problem or str(exc)
