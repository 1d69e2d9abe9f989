"""Incidents from event fields and resolved places, merged into one record per event.

A document is read a block of sentences at a time (:mod:`.blocks`); per clause segment the
fields and places become incident records (:mod:`.build`, carried across blocks by
:mod:`.assembly`), with ACLED's rules for tolls over several places (:mod:`.tolls`), counts
told in a later sentence (:mod:`.followups`), a lead whose place the next sentence gives
(:mod:`.leads`) and events told in sequence (:mod:`.event_sequence`); a record's place and date
columns come from :mod:`.columns`; records of one event merge across sentences and documents
(:mod:`.merge`).
"""
