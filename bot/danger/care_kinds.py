"""fixcare23's readings in one list for bot.danger.emergency (issue 13): what a child swallowed at home, a fit after a
fever, someone pulled from the water, a road crash, a transplant patient's wound, drug level or medicine run out, a
warning of a stroke that passed, a belly that may need surgery, an ear hit, a pain the painkillers no longer hold."""
from __future__ import annotations

from bot.danger.after_transplant import KINDS as AFTER_TRANSPLANT
from bot.danger.bedside import KINDS as BEDSIDE
from bot.danger.road_crash import KINDS as ROAD_CRASH
from bot.danger.swallowed_at_home import KINDS as SWALLOWED_AT_HOME
from bot.danger.urgent_signs import KINDS as URGENT_SIGNS
from bot.danger.urgent_signs import PASSED

FIXCARE23 = [*SWALLOWED_AT_HOME.items(), *URGENT_SIGNS.items(), *ROAD_CRASH.items(), *AFTER_TRANSPLANT.items(),
             *BEDSIDE.items()]
# the kinds whose sign may have passed and still warns (一只眼睛突然看不见了 现在又好了)
STILL_WARNS = ("eye_dark",)
# the order of fixcare23's own kinds among bot.danger.emergency's: the graver first
GRAVE = ("road_crash", "pain_crisis", "wound_bleeding", "drug_level", "eye_dark")  # before "trapped"
LESSER = ("belly", "burn", "ear_hit", "medicine_out")  # before "unwell"
__all__ = ["FIXCARE23", "GRAVE", "LESSER", "PASSED", "STILL_WARNS"]
