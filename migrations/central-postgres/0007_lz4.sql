-- leadbooth CENTRAL database on PostgreSQL, migration 7 (issue 15: speed): the
-- consent decisions written for every lead and contact (`source_leads.consents`,
-- `contacts.consents`, a kilobyte or two each) make their rows a little longer
-- than PostgreSQL's 2 kB toast threshold, so every row of an import was
-- compressed with pglz, the server's default: a sixth of the server's time in
-- an import (perf of the import's backend, 100,000 leads). lz4 compresses them
-- about as small several times faster, and reads back faster. Only where the
-- server was built with lz4 (PostgreSQL 14 and later usually are); elsewhere
-- nothing changes. Rows written before keep their compression; values read
-- the same either way. Append-only once released.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_settings
               WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)) THEN
        ALTER TABLE source_leads ALTER COLUMN consents SET COMPRESSION lz4,
                                 ALTER COLUMN answers SET COMPRESSION lz4;
        ALTER TABLE contacts ALTER COLUMN consents SET COMPRESSION lz4;
    END IF;
END
$$;
