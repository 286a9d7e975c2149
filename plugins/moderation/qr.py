"""QR codes inside images: decoded off the event loop with bounded size, pixels and time."""
from __future__ import annotations

import asyncio
import io
import logging

log = logging.getLogger("qunbot.plugin.moderation")
WECHAT_QR = ("weixin.qq.com/g/", "weixin.qq.com/r/", "u.wechat.com", "wechat.com/", "qr.alipay.com", "wxp://")


def _decode(data: bytes, max_pixels: int) -> list[str]:
    import zxingcpp
    from PIL import Image

    Image.MAX_IMAGE_PIXELS = max_pixels
    with Image.open(io.BytesIO(data)) as img:
        if img.width * img.height > max_pixels:
            return []
        img.draft("L", (2000, 2000))
        gray = img.convert("L")
    return [r.text for r in zxingcpp.read_barcodes(gray) if r.text]


async def decode(data: bytes, max_pixels: int, timeout_s: float) -> list[str]:
    """Payloads of the QR codes in an image; [] when none, unreadable, too big or too slow."""
    try:
        return await asyncio.wait_for(asyncio.to_thread(_decode, data, max_pixels), timeout_s)
    except TimeoutError:
        log.warning("qr decode timed out after %.1fs", timeout_s)
    except Exception as exc:
        log.info("image not decodable: %r", exc)
    return []


def is_ad_payload(payload: str, allowed: list[str]) -> bool:
    """A QR payload that leads elsewhere: any link or WeChat contact/group code not on the club's allowlist."""
    text = payload.strip().lower()
    if any(text.startswith(a.lower()) for a in allowed if a):
        return False
    return "://" in text or any(marker in text for marker in WECHAT_QR) or text.startswith("www.")
