"""qunbot's plugins: one module each, included by name from config.yaml."""
