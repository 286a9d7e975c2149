"""The sandbox: a person plays the group in the terminal, or pipes lines in."""
from __future__ import annotations

import subprocess
import sys


def _run(lines: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot", "run", "--config", "config.yaml"], input=lines,
                          capture_output=True, text=True, timeout=120)


def test_piped_lines_are_processed_and_it_exits_0():
    done = _run("+李叔\n李叔: 大家好\n/help\n")
    assert done.returncode == 0, done.stderr
    assert "[09:00:20] 群「沙盒群」机器人: @李叔 🎉 热烈欢迎李叔加入沙盒群" in done.stdout
    assert "私聊→小王: 新朋友李叔在「沙盒群」第一次发言了" in done.stdout
    assert "机器人: @店长 小助手可以帮您做这些事" in done.stdout and "/config get KEY" in done.stdout


def test_waiting_past_half_past_seven_shows_the_morning_post():
    done = _run("李叔: 早\n:wait 23h\n")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    morning = [line for line in lines if line.startswith("[07:30:0") and "群「沙盒群」机器人: " in line]
    assert morning and "(posts morning)" in done.stdout  # words vary by day; paced just after 07:30


def test_wait_moves_the_sandbox_clock_and_unknown_lines_get_help():
    done = _run(":wait 3m\n:time\nhello\n")
    assert done.returncode == 0, done.stderr
    assert "(sandbox clock now 09:03:00)" in done.stdout
    assert "sandbox clock: " in done.stdout and " 09:03:00 " in done.stdout
    assert "张姐: 你好" in done.stdout  # the help shown for a line it could not read
