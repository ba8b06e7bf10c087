#!/bin/bash
# usage: exp2.sh NAME whole|chunked : contacts then source_leads, one transaction
set -e
cd /tmp/bench15-pg
A="psql -h 127.0.0.1 -p 55415 -U postgres -qAt"
P="psql -h 127.0.0.1 -p 55415 -U leadbooth_office -q -v ON_ERROR_STOP=1"
db=e_$1
$A -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db OWNER leadbooth_office" 2>/dev/null
$P -d $db -f schema.sql >/dev/null
for t in devices batches consent_texts purposes policy_texts; do $P -d $db -c "\\copy $t FROM 'csv/$t.csv' WITH (FORMAT csv, HEADER true)"; done
{
echo "BEGIN;"
if [ "$2" = chunked ]; then
  for f in split/c*; do echo "\\copy contacts FROM '$f' WITH (FORMAT csv)"; done
  for f in split/s*; do echo "\\copy source_leads FROM '$f' WITH (FORMAT csv)"; done
else
  echo "\\copy contacts FROM 'csv/contacts.csv' WITH (FORMAT csv, HEADER true)"
  echo "\\copy source_leads FROM 'csv/source_leads.csv' WITH (FORMAT csv, HEADER true)"
fi
echo "COMMIT;"
} > $db.sql
b=$(./cpu.sh); s=$(date +%s.%N)
$P -d $db -f $db.sql
sleep 0.3; a=$(./cpu.sh); e=$(date +%s.%N)
echo "$1 ($2): $(echo "$a - $b" | bc) s server CPU, $(echo "$e - $s - 0.3" | bc) s wall; load $(cut -d' ' -f1 /proc/loadavg)"
$A -c "DROP DATABASE $db"
