"""Adapters: where events come from and where actions go (wechaty, sandbox, replay, memory)."""
