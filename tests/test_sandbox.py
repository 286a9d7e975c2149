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
    assert "私聊→店长: 小助手可以帮您做这些事" in done.stdout and "/config get KEY" in done.stdout  # backstage


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


def test_a_wait_of_hours_and_minutes_moves_the_clock_and_one_it_cannot_read_says_so():
    done = _run(":wait 14h30m\n:wait 14小时\n:time\n")
    assert done.returncode == 0, done.stderr
    assert "(sandbox clock now 23:30:00)" in done.stdout and " 23:30:00 " in done.stdout.splitlines()[-1]
    assert "没看懂“:wait 14小时”，时间没有快进" in done.stdout and "张姐: 你好" not in done.stdout


def test_several_groups_by_name_with_rooms_and_members_listed():
    done = _run("+李叔\n#群2 张姐: 你好\n:rooms\n:members\n#沙盒群\n:members\n/rooms\n")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "群「沙盒群」机器人: @李叔 🎉 热烈欢迎李叔加入沙盒群" in out
    assert "  群「沙盒群」 id: sandbox\n→ 群「群2」 id: 群2" in out  # :rooms, the current one marked
    assert "群「群2」现有 1 人：\n  张姐（id: 张姐）说了 1 句" in out
    assert "群「沙盒群」现有 1 人：\n  李叔（id: 李叔）说了 0 句" in out  # back in the first group
    assert "私聊→店长: 机器人所在的群（共 2 个" in out and "群 ID：群2" in out  # /rooms, the owner's answer


def test_a_group_line_with_a_command_is_said_in_that_group():
    done = _run("#群3 张姐: /help\n")
    assert done.returncode == 0, done.stderr
    assert "群「群3」机器人: @张姐 您好！在群里您可以这样找我们" in done.stdout  # a member's /help, in that group


async def test_at_a_terminal_lines_are_edited_with_the_arrow_keys_and_recalled_from_history(tmp_path):
    import io

    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    from bot.adapters.sandbox import Sandbox
    from bot.adapters.sandbox_terminal import line_source, prompt_session
    from bot.workdir import init
    init(tmp_path)
    with (tmp_path / "config.yaml").open("a", encoding="utf-8") as config:
        config.write("console:\n  enabled: false\n")
    left, up, backspace = "\x1b[D", "\x1b[A", "\x7f"
    typing = iter(["李叔: 大家好吗" + backspace + "\r",  # a typo rubbed out
                   up + "\r",  # the same line again, from history
                   ":wai 3m" + left * 3 + "t\r",  # a letter put back in the middle
                   ":members\r", "\x04"])  # Ctrl-D: the end
    prompts = []
    with create_pipe_input() as keys:
        session = prompt_session(input=keys, output=DummyOutput())
        read = line_source(session)

        async def person(prompt: str) -> str:  # types the next line once the prompt is there, as a person does
            prompts.append(prompt)
            keys.send_text(next(typing))
            return await read(prompt)
        out = io.StringIO()
        code = await Sandbox(tmp_path / "config.yaml", out).run(io.StringIO(), typed=person)
    assert code == 0
    text = out.getvalue()
    assert "(sandbox clock now 09:03:" in text
    assert "李叔（id: 李叔）说了 2 句" in text
    assert list(session.history.load_history_strings())[:3] == [":members", ":wait 3m", "李叔: 大家好"]
    assert prompts[0] == "沙盒群> "


def test_a_member_can_send_a_photo_voice_sticker_quote_and_mention_and_an_operator_speaks_as_one():
    done = _run("王姨: [图片]\n:wait 2m\n"
                "张姐: 周五的手工课要自己带剪刀吗\n李叔: >张姐 不用带 老师都准备好了\n:wait 2m\n"
                "刘伯: [语音] 明天几点集合\n小王: @刘伯 明天早上八点门口集合\n:wait 2m\n"
                "赵姨: [表情]\n:wait 2m\n钱叔: >孙姐 好的\n王姨: [图片] 我家的菊花\n:wait 1m\n")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "私聊→小王: ⏰ 王姨在「沙盒群」等了1分钟还没人回复：一张图片（没配文字）" in out
    assert "张姐" not in out.split("李叔")[-1]  # 李叔 quoted 张姐's question and answered it: nobody chases her
    assert "刘伯" not in "".join(line for line in out.splitlines() if "私聊→小王" in line)  # 小王 answered by @
    assert "赵姨" not in out  # a sticker asks nothing of anyone
    assert "（孙姐在这里还没说过话，没法引用）" in out
    assert "（图片、视频和表情不带文字；想配一句话，就另起一行再说）" in out


def test_the_help_shows_how_to_send_media_quote_and_speak_as_the_operator():
    done = _run(":help\n")
    assert "张姐: [语音] 几点集合" in done.stdout and "张姐: >李叔 三楼" in done.stdout
    assert "小王: 好的" in done.stdout and "张姐: /help 是张姐发" in done.stdout


def test_an_operator_answering_a_complaint_after_waiting_30s_stops_the_escalation():
    # accept12 c12.complaint.answered: `:wait 30s` ran the clock on to the 1-minute escalation before 小王 spoke
    done = _run("赵叔: 你们护士抽血扎了三针都没扎进去，胳膊都青了，太不专业了\n:wait 30s\n"
                "小王: @赵叔 赵叔真对不起，让您受罪了，我这就私信您\n:wait 4m\n")
    assert done.returncode == 0, done.stderr
    assert "私聊→小王: ⚠️ 投诉，请尽快处理：赵叔" in done.stdout
    assert "没人回应了" not in done.stdout  # answered at 09:00:30: nobody else is chased
    assert "(sandbox clock now 09:00:30)" in done.stdout
