"""Lures: a gift or cash for doing something, and members drawn to the poster's own channel (引流)."""
from __future__ import annotations

import re

# An offer that lures: a red packet, cash or a gift for doing something ("关注公众号领红包", "扫码就送").
OFFER = re.compile(r"领.{0,2}(?:红包|现金|奖品|礼品|好礼|福利|鸡蛋)|(?:就|免费|白)送|送(?:礼品|好礼|红包|现金)|抢红包")
# Drawing members to the poster's own channel (引流): an invitation to follow, enter or search an account, a live room
# or a video channel that is the poster's own, or that pays for coming (a gift, a draw, "reply 1 to get").
_PLATFORM = r"(?:公众号|视频号|直播间|抖音号?|快手号?|小红书|主页|账号|频道|橱窗)"
LURE = re.compile(
    rf"(?:关注|进|来|点进|点开|搜|搜索|订阅|预约)(?:一下|下)?(?:我|我们|本人|小店|咱家|我家|俺)(?:的|家|店)?.{{0,6}}"
    rf"{_PLATFORM}|"
    r"(?:我|我们|本人|小店|俺)的(?:公众号|视频号|直播间).{0,12}(?:关注|点赞|进来|来看|每天|天天|更新|福利|领|抽奖|开播)|"
    rf"(?:关注|进|搜|搜索|预约|订阅|点击).{{0,10}}{_PLATFORM}.{{0,20}}(?:领|送|福利|红包|抽奖|免费|秒杀|回复)|"
    rf"(?:领|送|福利|红包|抽奖|免费).{{0,12}}(?:关注|进|搜|搜索|预约).{{0,6}}{_PLATFORM}|"
    r"回复[“\"'「]?\w{1,6}[”\"'」]?(?:即可|就能|就可以|免费)?(?:领|获取|得到|拿)|"
    # (a platform searched, then a price only guessed at, "京东搜 吉谷 … 两百来块", is a member telling where she
    # bought)
    r"(?:去|来|大家|可以|请|直接)(?:快手|抖音|小红书|视频号|公众号|b站)(?:上|里)?搜|(?:去|来|进)(?:一下|下)?我(?:的|们的)?(?:快手|抖音)?直播间|"
    r"我(?:的|们的)?(?:公众号|视频号)[^，。]{0,12}关注|"
    r"我(?:在[^，。\s]{0,4})?开了?(?:个|一个)?[^，。\s]{0,2}(?:直播|视频号|公众号|抖音号?|快手号?)|"
    r"(?:淘宝|京东|拼多多|天猫)(?:上|里)?搜(?:索)?\s*\S{2,}(?![^。]*(?:来块|多块|块左右|左右))|关注(?:就|即)?(?:领|送|抽)|关注我(?:看|领|学)|点赞关注|求关注|互粉|互关|点个关注|加个关注|直播[^，。]{0,8}卖|卖[^，。]{0,8}直播")
