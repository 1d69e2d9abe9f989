"""Per-sentence event-field extractors (dates, counts, events, actors, attribution)."""
