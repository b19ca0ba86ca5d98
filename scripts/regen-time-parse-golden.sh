#!/usr/bin/env bash
# Regenerates test/fixtures/time-parse/expected.tsv: what Ruby's Time.parse (the parser behind Jekyll's
# front-matter dates and Liquid's date filter) makes of each line of cases.txt, in three time zones,
# with the clock frozen at 2027-01-01 00:00:00 UTC (needs ruby and faketime). Usage: scripts/regen-time-parse-golden.sh
set -euo pipefail
dir=$(cd "$(dirname "$0")/../test/fixtures/time-parse" && pwd)
script='File.readlines(ARGV[0], chomp: true).each { |s| t = (Time.parse(s) rescue nil)
  puts [ENV["TZ"], s, t ? t.utc.strftime("%Y-%m-%dT%H:%M:%S.%LZ") : "ArgumentError"].join("\t") }'
for tz in UTC America/Los_Angeles Asia/Kolkata; do
  TZ=$tz faketime '@1798761600' ruby -rtime -e "$script" "$dir/cases.txt"
done > "$dir/expected.tsv"
echo "wrote $(wc -l < "$dir/expected.tsv") rows to $dir/expected.tsv"
