"""The console's pages, one module each with `routes(console)`."""
