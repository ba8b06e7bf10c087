#!/bin/sh
# by-hand cluster for bench15's PostgreSQL experiments, as the bench starts its own
set -e
B=/usr/lib/postgresql/15/bin
D=/tmp/bench15-pg
chown postgres $D
runuser -u postgres -- $B/initdb -D $D/data -U postgres --auth=trust --encoding=UTF8 --locale=C --no-sync >/dev/null
runuser -u postgres -- $B/pg_ctl -D $D/data -l $D/server.log -o "-p 55415 -c listen_addresses=127.0.0.1 -k $D -c fsync=off -c full_page_writes=off -c max_connections=50" -w start
psql -h 127.0.0.1 -p 55415 -U postgres -c "CREATE ROLE leadbooth_office LOGIN"
