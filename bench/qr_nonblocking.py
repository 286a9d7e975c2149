"""Does decoding QR codes in images hold up other members' messages? Live clock, memory adapter.

python bench/qr_nonblocking.py [--messages 3000] [--rate 500] [--every 150] [--side 1600]

Two runs of the same text messages, `--rate` a second on a live clock: one plain, one where every
`--every`th message is a photo (`--side` pixels square, noise around a QR code leading to a group
invite, decoded in about 250 ms). Prints one JSON line: per-message latency of the text messages in
both runs, how long one decode takes, and how many QR ads were caught. The decode runs in a worker
thread (`ctx.later`), so text latency should not move.
"""
from __future__ import annotations

import argparse
import asyncio
import io
import json
import random
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlmodel import func, select  # noqa: E402

from bot.adapters.memory import MemoryAdapter  # noqa: E402
from bot.app import App  # noqa: E402
from bot.events import MessageReceived  # noqa: E402
from bot.models import ActionLog  # noqa: E402

CONFIG = """bot:
  timezone: Asia/Shanghai
  owners: [boss]
  operators: [op1]
  quiet_hours: "00:00-00:00"
store:
  url: sqlite:///bench.db
plugins:
  moderation: {}
"""


def photo(side: int, seed: int) -> bytes:
    """A noisy photo with a QR code to a WeChat group in one corner (PNG)."""
    import segno
    from PIL import Image

    rng = random.Random(seed)
    img = Image.frombytes("L", (side, side), bytes(rng.randrange(256) for _ in range(side * side)))
    qr = io.BytesIO()
    segno.make(f"https://weixin.qq.com/g/AbCdEf{seed}", error="m").save(qr, kind="png", scale=8, border=4)
    img.paste(Image.open(io.BytesIO(qr.getvalue())).convert("L"), (side // 10, side // 10))
    out = io.BytesIO()
    img.save(out, format="PNG")
    return out.getvalue()


async def run(messages: int, rate: float, every: int | None, side: int) -> dict:
    """Push the messages; return latencies of the text ones and the decode times."""
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "config.yaml").write_text(CONFIG, encoding="utf-8")
        adapter = MemoryAdapter()
        app = App(Path(tmp) / "config.yaml", adapter)
        await app.start()
        image = photo(side, 1) if every else b""
        latencies, started = [], time.perf_counter()
        for n in range(messages):
            await asyncio.sleep(max(0.0, started + n / rate - time.perf_counter()))  # paced; timers run meanwhile
            is_photo = every is not None and every > 0 and n % every == every // 2
            event = MessageReceived(id=f"m{n}", ts=datetime.now(app.clock.tz), room="r1", room_topic="金秋1群",
                                    sender=f"u{n % 200}", sender_name=f"会员{n % 200}",
                                    type="image" if is_photo else "text", text="" if is_photo else f"今天天气真好{n}")
            if is_photo:
                adapter.images[event.id] = image
            t0 = time.perf_counter()
            await app.handle(event)
            if not is_photo:
                latencies.append((time.perf_counter() - t0) * 1000)
        pushed_s = time.perf_counter() - started
        while app._background:  # decodes still running
            await asyncio.sleep(0.05)
        with app.work.session() as db:  # caught = a public notice queued (the room's pace delivers them later)
            caught = db.exec(select(func.count()).select_from(ActionLog).where(
                ActionLog.ref == "qr", ActionLog.kind == "say")).one()
        await app.stop()
    latencies.sort()
    return {"text_messages": len(latencies), "pushed_s": round(pushed_s, 2),
            "p50_ms": round(statistics.median(latencies), 3),
            "p99_ms": round(latencies[int(0.99 * (len(latencies) - 1))], 3),
            "max_ms": round(latencies[-1], 3), "qr_ads_caught": caught}


def decode_ms(side: int, repeat: int = 3) -> float:
    """How long one decode of the photo takes on its own."""
    from plugins.moderation.qr import _decode
    image = photo(side, 1)
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        _decode(image, 40_000_000)
        times.append((time.perf_counter() - t0) * 1000)
    return round(statistics.median(times), 1)


def main() -> None:
    """Print one JSON line."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=3000)
    parser.add_argument("--rate", type=float, default=500.0)
    parser.add_argument("--every", type=int, default=150)
    parser.add_argument("--side", type=int, default=1600)
    args = parser.parse_args()
    plain = asyncio.run(run(args.messages, args.rate, None, args.side))
    photos = asyncio.run(run(args.messages, args.rate, args.every, args.side))
    print(json.dumps({"photo_side_px": args.side, "one_decode_ms": decode_ms(args.side),
                      "photos": args.messages // args.every, "without_photos": plain, "with_photos": photos}))


if __name__ == "__main__":
    main()
