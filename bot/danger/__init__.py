"""Danger and distress: whether a person is in danger or in distress now, and the first step for it.

An emergency (trapped, fallen, unconscious, gas, fire, water, lost, a scam going on, violence, a child at risk),
despair or self-harm, a bereavement, heartache, a carer at the end of her strength, someone unwell at night: each
read from a member's words by a module of its own, named for the danger it reads. The front door is
`bot.danger.emergency`: the plugins ask it (`emergency(text)`, its kinds and first steps), and it asks the others.
The readings the plugins ask directly besides are named where they are used (`bot.danger.despair`,
`bot.danger.grief`, `bot.danger.heartache`, `bot.danger.unwell`, ...). This package hands nothing on itself.
"""
