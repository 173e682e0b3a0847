#!/usr/bin/env bash
# OpenCC's command-line tool on the benchmark's corpus, same machine, same run: the figure that
# docs/benchmarks.md compares with. Needs Debian's opencc (apt-get install -y opencc); skips without.
set -euo pipefail
corpus=${1:-target/bench/corpus.txt}
runs=${2:-10}
if ! command -v opencc >/dev/null; then
  echo "opencc-compare: SKIPPED, the opencc command is not installed (apt-get install -y opencc)"
  exit 0
fi
bytes=$(stat -c %s "$corpus")
echo "opencc $(dpkg-query -W -f='${Version}' opencc 2>/dev/null || echo '?'), corpus $bytes bytes, $runs runs each"
for config in s2twp s2tw tw2sp; do
  input=$corpus
  if [ "$config" = tw2sp ]; then
    input=$(dirname "$corpus")/corpus-tw.txt
  fi
  start=$(date +%s%N)
  for _ in $(seq "$runs"); do
    opencc -c "$config.json" -i "$input" -o /dev/null
  done
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 / runs ))
  echo "opencc -c $config.json: $ms ms per run (process start and dictionary load included)"
done
tiny=$(mktemp)
printf '\xe6\xb1\x89\n' > "$tiny"
start=$(date +%s%N)
for _ in $(seq "$runs"); do
  opencc -c s2twp.json -i "$tiny" -o /dev/null
done
end=$(date +%s%N)
echo "opencc -c s2twp.json on a one-character file: $(( (end - start) / 1000000 / runs )) ms per run (start-up and dictionary load only)"
rm -f "$tiny"
