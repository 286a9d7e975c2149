"""QR codes inside images: decoded off the event loop with bounded size, pixels and time."""
from __future__ import annotations

import asyncio
import io
import logging

log = logging.getLogger("qunbot.plugin.moderation")
INLINE_PIXELS = 64 * 64  # decoded without a thread: ~0.8 ms of CPU for 64x64 pixels of noise, the worst case
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


def _pixels(data: bytes) -> int:
    """The image's size in pixels, from its header alone (nothing is decoded)."""
    from PIL import Image

    with Image.open(io.BytesIO(data)) as img:
        return img.width * img.height


async def decode(data: bytes, max_pixels: int, timeout_s: float) -> list[str]:
    """Payloads of the QR codes in an image; [] when none, unreadable, too big or too slow.

    A thumbnail-sized image (at most INLINE_PIXELS) is decoded at once, in well under a millisecond even at its
    worst (noise); handing it to a thread cost more than the decode, and under load held the event up for
    milliseconds while the thread waited for a core. Anything bigger is decoded off the event loop."""
    try:
        if _pixels(data) <= INLINE_PIXELS:
            return _decode(data, max_pixels)
        async with asyncio.timeout(timeout_s):
            return await asyncio.to_thread(_decode, data, max_pixels)
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
