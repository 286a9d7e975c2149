"""`qunbot init [DIR]`: a new working folder with a starter config, FAQ and ad keyword file (comments in Chinese)."""
from __future__ import annotations

import shutil
from pathlib import Path

from bot.shipped import STARTER

FILES = ("config.yaml", "faq.yaml", "ad_keywords.txt")


def init(folder: Path) -> list[Path]:
    """Copy the starter files into `folder` (made if needed); never overwrite. Returns the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name in FILES:
        target = folder / name
        if target.exists():
            continue
        shutil.copyfile(STARTER / name, target)
        written.append(target)
    return written


def report(folder: Path, written: list[Path]) -> str:
    """What `qunbot init` says: what it wrote and what to do next (in Chinese, for the operator)."""
    lines = [f"已写入 {p}" for p in written] or [f"{folder} 里已经有这些文件，没有覆盖任何东西。"]
    here = "" if folder.resolve() == Path.cwd().resolve() else f"cd {folder} && "
    steps = [(f"{here}qunbot run", "在终端里试用（沙盒：+李叔 表示李叔进群，/help 看命令，:quit 退出）"),
             ("qunbot check-config", "改完配置先检查一遍"), ("qunbot doctor", "接入真实微信之前，检查运行环境")]
    width = max(len(command) for command, _ in steps) + 3
    lines += ["", "下一步：", *(f"  {command.ljust(width)}{what}" for command, what in steps)]
    return "\n".join(lines)
