"""The real WeChat through python-wechaty and a puppet service; the only package that imports wechaty."""
