"""The kinds of danger bot.danger.emergency reads plainly, each with the pattern that reads it, grouped by danger, and
the order they are weighed in, most urgent first (code review 25, finding 12: one place for both, named for the idea,
not for the session that wrote a kind).

A kind may be read by several modules; the list keeps the order the readings were always searched in.
"""
from __future__ import annotations

from bot.danger import body_danger, bullying, scam, sudden_illness, violence
from bot.danger import danger_words as dw
from bot.danger.after_transplant import KINDS as AFTER_TRANSPLANT  # a transplant's wound, drug level, medicine out
from bot.danger.at_sea import KINDS as AT_SEA  # a mudflat's tide, a boat not back
from bot.danger.bedside import KINDS as BEDSIDE  # the last days in a hospice group
from bot.danger.body_now import KINDS as BODY_NOW  # a pill taken twice with dizziness, a chest pain eased
from bot.danger.child_at_risk import KINDS as CHILD_AT_RISK  # a child touched by a grown-up: kept private
from bot.danger.cold import KINDS as COLD  # a body losing its heat after the water, the ice or the snow
from bot.danger.crowd import KINDS as CROWD  # a crowd crush
from bot.danger.danger_signs import KINDS as DANGER_SIGNS  # dangers told by their signs, not their name
from bot.danger.diabetes import KINDS as DIABETES  # a low measured, insulin doubled, a foot going black
from bot.danger.disaster import KINDS as DISASTER  # a mine flooded, a building cracking, people inside
from bot.danger.first_aid import KINDS as FIRST_AID  # dangers whose first step a plain 120 leaves out
from bot.danger.gas_left_on import KINDS as GAS_LEFT_ON  # a stove left on, told by its smell
from bot.danger.hiding import KINDS as HIDING  # hiding from a shooting or an attack
from bot.danger.kidney import KINDS as KIDNEY  # a dialysis patient's high potassium, a clotted fistula
from bot.danger.lost_alone import KINDS as LOST_ALONE  # the member lost alone on a hill or at a crossroads
from bot.danger.quiet_signs import KINDS as QUIET_SIGNS  # a head hit, sudden confusion, a thinner's bleeding
from bot.danger.road_crash import KINDS as ROAD_CRASH  # a road crash
from bot.danger.stings import KINDS as STINGS  # a sting the whole body answers
from bot.danger.swallowed_at_home import KINDS as SWALLOWED_AT_HOME  # what a child swallowed at home
from bot.danger.threat_to_die import KINDS as THREAT_TO_DIE  # someone who says he will end his life, not done yet
from bot.danger.urgent_signs import KINDS as URGENT_SIGNS  # a fit after a fever, a stroke's warning, a belly, an ear
from bot.danger.wandered_off import KINDS as WANDERED_OFF  # a grown-up gone from home

# (kind, pattern): the everyday words first, then the body's, people's, a scam going on now, and the dangers of a
# place, a trade or a body told by their signs
READINGS: list[tuple[str, str]] = [
    *dw.PLAIN.items(), *body_danger.BODY.items(), *violence.HURT.items(), *scam.KINDS.items(),
    *sudden_illness.KINDS.items(), *bullying.KINDS.items(), *FIRST_AID.items(), *CHILD_AT_RISK.items(),
    *STINGS.items(), *KIDNEY.items(), *AT_SEA.items(), *WANDERED_OFF.items(), *COLD.items(), *CROWD.items(),
    # disasters and attacks, the body now, a threat to die, gas left on, someone lost alone
    *DISASTER.items(), *HIDING.items(), *BODY_NOW.items(), *THREAT_TO_DIE.items(), *GAS_LEFT_ON.items(),
    *LOST_ALONE.items(),
    *DANGER_SIGNS,
    # care at home: swallowed, urgent signs, a road crash, after a transplant, the bedside
    *SWALLOWED_AT_HOME.items(), *URGENT_SIGNS.items(), *ROAD_CRASH.items(), *AFTER_TRANSPLANT.items(),
    *BEDSIDE.items(),
    *QUIET_SIGNS.items(), *DIABETES.items()]

# the kinds, most urgent first: fumes before fire (a brazier wants fresh air, not a shut door), a hill fire's step
# before a building's, the body's dangers beside feeling unwell; a beating before the wound it gave (老公打我 头磕破了):
# its word is kept private, since the one who hits may be in the group; a diabetic's low before feeling unwell (its
# step gives sugar to one who can swallow and 120 to one who cannot: emergency26); a shift not up from a mine before all
# (矿上出事了 我老公在井下没上来 is the mine's dispatch room, not a well's foul air: native review 23, note A)
ORDER = ("mine", "fumes", "pit_air", "wildfire", "oil_fire", "fire", "gas", "choking", "water", "tide", "at_sea",
         "crush", "pinned", "locked_car", "collapse", "shooting", "threat_to_die", "double_dose", "sugar_dose",
         "chest_pain",
         # the graver of the care kinds, before "trapped"
         "road_crash", "pain_crisis", "wound_bleeding", "drug_level", "eye_dark", "eye_chemical",
         "trapped", "cold", "pesticide", "poison", "swallowed", "sting", "snakebite", "stroke", "seizure",
         "potassium", "transplant",
         "fistula", "child_hurt", "child_beaten", "child_abused", "violence", "assault", "head_injury",
         "armed", "violence_told",  # a knife and a threat to kill; a beating at home told by one who knows her
         "coughing_blood", "food_poisoning", "thinner_bleeding",
         # the lesser of the care kinds, before "unwell"
         "belly", "burn", "ear_hit", "medicine_out",
         "foot_wound", "low_sugar", "unwell", "blood_pressure", "confusion", "bullied", "self_injury",
         "bleeding", "flood", "rising_water", "power_alone", "fall", "lost", "astray", "overdue", "unreachable",
         "calling", "scam", "scam_given", "scam_more", "scam_paid", "scam_posted", "scam_lure", "despair")
# the kinds whose sign may have passed and still warns (一只眼睛突然看不见了 现在又好了)
STILL_WARNS = ("eye_dark",)
