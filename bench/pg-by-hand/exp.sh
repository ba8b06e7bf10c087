#!/bin/bash
# usage: exp.sh NAME "sql before source_leads load" MODE(direct|staged)
set -e
cd /tmp/bench15-pg
A="psql -h 127.0.0.1 -p 55415 -U postgres -qAt"
P="psql -h 127.0.0.1 -p 55415 -U leadbooth_office -q -v ON_ERROR_STOP=1"
db=e_$1
$A -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db OWNER leadbooth_office"
$P -d $db -f schema.sql >/dev/null
[ -n "$2" ] && $P -d $db -c "$2" >/dev/null
for t in devices batches consent_texts purposes policy_texts; do $P -d $db -c "\\copy $t FROM 'csv/$t.csv' WITH (FORMAT csv, HEADER true)"; done
b=$(./cpu.sh); s=$(date +%s.%N)
$P -d $db -c "\\copy contacts FROM 'csv/contacts.csv' WITH (FORMAT csv, HEADER true)"
sleep 0.3; a=$(./cpu.sh); e=$(date +%s.%N)
c_cpu=$(echo "$a - $b" | bc); c_wall=$(echo "$e - $s - 0.3" | bc)
b=$(./cpu.sh); s=$(date +%s.%N)
if [ "$3" = staged ]; then
$P -d $db <<SQL
BEGIN;
CREATE TEMP TABLE stage_sources (LIKE source_leads) ON COMMIT DROP;
\\copy stage_sources FROM 'csv/source_leads.csv' WITH (FORMAT csv, HEADER true)
INSERT INTO source_leads SELECT * FROM stage_sources;
COMMIT;
SQL
else
$P -d $db -c "\\copy source_leads FROM 'csv/source_leads.csv' WITH (FORMAT csv, HEADER true)"
fi
sleep 0.3; a=$(./cpu.sh); e=$(date +%s.%N)
s_cpu=$(echo "$a - $b" | bc); s_wall=$(echo "$e - $s - 0.3" | bc)
echo "$1 ($3): contacts ${c_cpu} s server CPU, ${c_wall} s wall; source_leads ${s_cpu} s server CPU, ${s_wall} s wall; load $(cut -d' ' -f1 /proc/loadavg)"
$A -c "DROP DATABASE $db"
