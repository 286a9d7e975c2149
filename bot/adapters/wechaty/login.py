"""The login you can see: the puppet's QR code drawn in the terminal and its link in the log."""
from __future__ import annotations

import io
import logging
import sys
from typing import TextIO

log = logging.getLogger("qunbot.wechaty")


def qr_text(data: str) -> str:
    """The QR code as terminal block characters (two rows a line), a light border around it."""
    import segno
    out = io.StringIO()
    segno.make(data, error="m").terminal(out=out, compact=True, border=2)
    return out.getvalue()


def show_qr(data: str, out: TextIO | None = None) -> None:
    """Draw the login QR code for a person at the terminal, and put its content in the log for one who is not."""
    log.warning("login needed: scan the QR code in the terminal with the bot's WeChat, or open %s", data)
    stream = out or sys.stderr
    try:
        stream.write("\n请用机器人的微信扫描这个二维码登录（Scan with the bot's WeChat to log in）:\n")
        stream.write(qr_text(data))
        stream.write(f"{data}\n\n")
        stream.flush()
    except (OSError, ValueError):  # no terminal to draw on (closed, redirected away): the log line is enough
        pass
