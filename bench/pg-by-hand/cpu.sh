#!/bin/sh
# server CPU seconds so far: postmaster (with reaped children) + live children
pid=$(head -1 /tmp/bench15-pg/data/postmaster.pid)
t=$(awk '{print $14+$15+$16+$17}' /proc/$pid/stat)
for c in $(cat /proc/$pid/task/$pid/children); do t=$((t + $(awk '{print $14+$15}' /proc/$c/stat 2>/dev/null || echo 0))); done
echo "$t" | awk '{printf "%.2f\n", $1/100}'
