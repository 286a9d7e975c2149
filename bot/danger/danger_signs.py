"""Dangers told by their signs, in the words of a trade or a place, rather than by their name (issue 13, emergency23):
the kinds written from what a person knows of each, one module each, gathered here for bot.danger.emergency.

A sting to someone allergic or a swarm, a food or a jab that shuts the throat (bot.danger.allergy); a big scald or hot
oil in the eyes (bot.danger.burns); bleeding told by its amount or a belt tied round (bot.danger.blood_lost); a farm's
chemical drunk from a drink bottle (bot.danger.swallowed_chemicals); someone heard behind a cave-in
(bot.danger.cave_in); a child gone into a field, told as a search (bot.danger.out_of_sight); water down a river after
rain upstream, someone not yet pulled out (bot.danger.riverside); low sugar after insulin, heat stroke, a heart or a
stroke told as "a bit off" (bot.danger.body_signs); a gas bottle's hose off (bot.danger.gas_bottle); a farewell from a
bridge, then silence (bot.danger.farewell_at_edge); many ill after a feast (bot.danger.meal_sickness); a child, someone
confused or just come from the village gone for hours (bot.danger.not_back); a body failing told by what is seen
(bot.danger.body_seen), a farm's, a works' or a beach's hazards told by the scene (bot.danger.hazards) and a fire
told by what is seen, heard or smelled (bot.danger.fire_signs); a fall from a height lying still, a fever with a
stiff neck, the worst headache of a life, a chemical in the eye, a child shut in a drum or a freezer, a boat sinking
(bot.danger.grave_signs); someone out of reach in open country as the dark or a storm comes
(bot.danger.out_in_weather). What puts
such words elsewhere is bot.danger.said_otherwise.
"""
from __future__ import annotations

from bot.danger import (
             allergy,
             blood_lost,
             body_seen,
             body_signs,
             burns,
             cave_in,
             farewell_at_edge,
             fire_signs,
             gas_bottle,
             grave_signs,
             hazards,
             meal_sickness,
             not_back,
             out_in_weather,
             out_of_sight,
             riverside,
             swallowed_chemicals,
)

# fire seen coming out of a building (楼顶冒火了, 窗户往外窜火): read by the layer alone until its retrain lost it
FIRE_SEEN = (r"(楼顶|屋顶|房顶|顶楼|窗户|窗口|阳台|楼上|楼道|屋里|房子|厂房|仓库|车间|棚子)\S{0,3}"
             r"(冒火|窜火|蹿火|冒出火|往外冒火|喷火|火光冲天)")

# (kind, pattern) in the order bot.danger.emergency reads them; a kind may come from several modules
KINDS: list[tuple[str, str]] = [
    *allergy.KINDS.items(), *burns.KINDS.items(), *blood_lost.KINDS.items(), *swallowed_chemicals.KINDS.items(),
    *cave_in.KINDS.items(), *out_of_sight.KINDS.items(), *riverside.KINDS.items(), *body_signs.KINDS.items(),
    *body_signs.HEART_KINDS.items(), *gas_bottle.KINDS.items(), *farewell_at_edge.KINDS.items(),
    *meal_sickness.KINDS.items(), *not_back.KINDS.items(), ("fire", FIRE_SEEN), *body_seen.KINDS, *hazards.KINDS,
    *fire_signs.KINDS, *grave_signs.KINDS, *out_in_weather.KINDS.items()]
