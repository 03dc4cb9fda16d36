-- Precomputed keys for the providers list (issue 9): one lower-case search key over name, AGB-code and
-- place, so a keystroke's query tests one column instead of lowering three, and a lower-case name the
-- default order can read from an index. Generated columns: the database keeps them right on every
-- insert and update, whichever path writes the provider.
ALTER TABLE provider ADD COLUMN search_key VARCHAR(620)
    GENERATED ALWAYS AS (LOWER(name) || CHAR(9) || agb_code || CHAR(9) || LOWER(place));
ALTER TABLE provider ADD COLUMN name_key VARCHAR(200) GENERATED ALWAYS AS (LOWER(name));
CREATE INDEX provider_name_key_idx ON provider (name_key, id);
