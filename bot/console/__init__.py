"""The operator console: a web page served by the bot's own process for setting up, reviewing and teaching."""
