"""qunbot core: events in, plugins in priority order, paced actions out."""
