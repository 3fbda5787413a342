#!/usr/bin/env bash
# A real run on Slurm, on this one machine: installs Debian's slurm-wlm and munge if missing, starts a
# single-node cluster (munged, slurmctld, slurmd), builds newsfacts (release), makes a test corpus
# from the seeds, runs deploy/slurm/extract-array.sbatch over it (a job array of SHARDS shards and a
# merge job that depends on it), and checks that the merged output equals a single-process run:
# every file byte for byte, the manifest without its times and output folder (the only things that
# differ between any two runs).
#
# Runs as root (it installs packages and starts daemons). Not part of the test suite: it takes a
# minute or two. Settings: WORK (scratch folder, default /tmp/newsfacts-slurm-smoke), SHARDS
# (default 3), FILES (corpus size, default 60), KEEP_CLUSTER=1 to leave the daemons running.
# Stops only the daemons it started itself, by their pid files.
#
# The cluster settings are those known to work as root in a container: proctrack/linuxproc,
# task/none, jobacct_gather/none (no cgroups needed), select/cons_tres, and a node line from nproc
# and free -m.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
WORK=${WORK:-/tmp/newsfacts-slurm-smoke}
SHARDS=${SHARDS:-3}
FILES=${FILES:-60}
say() { echo "slurm-smoke: $*"; }

# 1. Packages.
if ! command -v slurmctld >/dev/null || ! command -v munged >/dev/null; then
    say "installing slurm-wlm and munge"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq slurm-wlm munge >/dev/null
fi
say "$(slurmctld -V), $(munged --version 2>&1 | head -1 | awk '{ print $1 }')"

# 2. munge, as the munge user.
started=()
if [[ ! -s /etc/munge/munge.key ]]; then
    mungekey --create --keyfile /etc/munge/munge.key 2>/dev/null \
        || dd if=/dev/urandom of=/etc/munge/munge.key bs=1024 count=1 status=none
fi
chown munge:munge /etc/munge/munge.key && chmod 400 /etc/munge/munge.key
mkdir -p /run/munge /var/log/munge /var/lib/munge
chown munge:munge /run/munge /var/log/munge /var/lib/munge
if ! munge -n 2>/dev/null | unmunge >/dev/null 2>&1; then
    runuser -u munge -- /usr/sbin/munged
    started+=(/run/munge/munged.pid)
    sleep 1
fi
munge -n | unmunge >/dev/null && say "munge works"

# 3. slurm.conf for this node.
host=$(hostname -s)
cpus=$(nproc)
memory=$(free -m | awk '/^Mem:/ { print $2 }')
mkdir -p /etc/slurm /var/spool/slurmctld /var/spool/slurmd /var/log/slurm
conf=/etc/slurm/slurm.conf
if [[ -e $conf ]] && ! grep -q "written by newsfacts scripts/slurm-smoke.sh" "$conf"; then
    say "$conf exists and is not ours; not touching it"
    exit 2
fi
cat > "$conf" <<CONF
# written by newsfacts scripts/slurm-smoke.sh: a single-node test cluster
ClusterName=newsfacts-smoke
SlurmctldHost=$host
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
StateSaveLocation=/var/spool/slurmctld
SlurmdSpoolDir=/var/spool/slurmd
SlurmctldPidFile=/run/slurmctld.pid
SlurmdPidFile=/run/slurmd.pid
SlurmctldLogFile=/var/log/slurm/slurmctld.log
SlurmdLogFile=/var/log/slurm/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SchedulerType=sched/backfill
MpiDefault=none
ReturnToService=2
NodeName=$host CPUs=$cpus RealMemory=$memory State=UNKNOWN
PartitionName=smoke Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF

# 4. The daemons.
if ! scontrol ping 2>/dev/null | grep -q UP; then
    slurmctld
    started+=(/run/slurmctld.pid)
fi
if ! pgrep -F /run/slurmd.pid >/dev/null 2>&1; then
    slurmd
    started+=(/run/slurmd.pid)
fi
stop() {
    [[ "${KEEP_CLUSTER:-}" == 1 ]] && return
    local pids=()
    for pidfile in "${started[@]}"; do
        [[ -s $pidfile ]] && pids+=("$(cat "$pidfile")")
    done
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    # Wait (up to 10 s) until they have exited, so the next run starts clean.
    for _ in $(seq 20); do
        alive=0
        for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
        [[ $alive == 0 ]] && break
        sleep 0.5
    done
}
trap stop EXIT
for _ in $(seq 60); do
    state=$(sinfo -h -n "$host" -o %T 2>/dev/null || true)
    [[ $state == idle* || $state == mixed* ]] && break
    sleep 1
done
say "node $host: ${state:-unknown} ($cpus CPUs, $memory MB)"
[[ $state == idle* || $state == mixed* ]] || { say "the node did not come up"; exit 1; }

# 5. The binary.
swift build -c release --product newsfacts >/dev/null
bin=$ROOT/.build/release/newsfacts

# 6. A corpus: seed paragraphs recombined, every file different, some in subfolders.
rm -rf "$WORK"
mkdir -p "$WORK"
python3 - "$ROOT/seeds" "$WORK/corpus" "$FILES" <<'PY'
import os, random, sys
seeds, out, files = sys.argv[1], sys.argv[2], int(sys.argv[3])
random.seed(2024)
paragraphs = []
for name in sorted(os.listdir(seeds)):
    if name.endswith(".txt"):
        paragraphs += [p for p in open(os.path.join(seeds, name), encoding="utf-8").read().split("\n") if p.strip()]
for i in range(files):
    folder = os.path.join(out, "section%d" % (i % 4))
    os.makedirs(folder, exist_ok=True)
    page = "\n".join(random.choice(paragraphs) for _ in range(random.randint(4, 30))) + "\n%d\n" % i
    open(os.path.join(folder, "page%03d.txt" % i), "w", encoding="utf-8").write(page)
PY
say "corpus: $FILES files, $(du -sb "$WORK/corpus" | cut -f1) bytes"

# 7. The single-process run to compare with.
"$bin" extract "$WORK/corpus" --out "$WORK/single" --jobs 2 --excel --quiet

# 8. The array and the merge, through the deploy script.
cd "$WORK"
submitted=$(INPUT="$WORK/corpus" OUT="$WORK/slurm" SHARDS=$SHARDS NEWSFACTS="$bin" EXTRACT_ARGS="--excel --quiet" \
    SBATCH_ARGS="--cpus-per-task=1 --mem=1G" "$ROOT/deploy/slurm/extract-array.sbatch")
say "$submitted"
array=$(awk '{ print $3 }' <<<"$submitted")
merge=$(awk '{ print $NF }' <<<"$submitted")
for _ in $(seq 300); do
    [[ -z $(squeue -h -j "$array,$merge" 2>/dev/null) ]] && break
    sleep 1
done
for job in "$array" "$merge"; do
    # One line per job (an array: one per task): its id, task, state and exit code.
    scontrol -o show job "$job" 2>/dev/null | while read -r record; do
        echo "  $(grep -oE "(^| )(JobId|ArrayTaskId|JobName|JobState|ExitCode)=[^ ]+" <<<"$record" | paste -sd' ')"
    done
done
merge_state=$(scontrol show job "$merge" | grep -oE "JobState=[A-Z]+" | cut -d= -f2)
[[ $merge_state == COMPLETED ]] || { say "merge job $merge: $merge_state"; tail -20 "$WORK"/newsfacts-*.log; exit 1; }

# 9. Compare.
differences=0
for file in "$WORK"/single/*; do
    name=$(basename "$file")
    if [[ $name == manifest.json ]]; then
        python3 - "$file" "$WORK/slurm/merged/$name" <<'PY' || differences=$((differences + 1))
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
for m in (a, b):
    del m["started"], m["finished"], m["options"]["output"]
sys.exit(0 if a == b else 1)
PY
    else
        cmp "$file" "$WORK/slurm/merged/$name" || differences=$((differences + 1))
    fi
done
files=$(ls "$WORK/single" | wc -l)
say "shards: $(for k in $(seq 1 "$SHARDS"); do printf '%s/%s=%s ' "$k" "$SHARDS" "$(wc -l < "$WORK/slurm/shards/$k/documents.jsonl")"; done)documents"
say "merged: $(grep -o '"files": [0-9]*' "$WORK/slurm/merged/manifest.json"), $(grep -o '"facts": [0-9]*' "$WORK/slurm/merged/manifest.json" | head -1)"
if [[ $differences -eq 0 ]]; then
    say "PASS: the merged output of $SHARDS Slurm array tasks equals the single run ($files files compared)"
else
    say "FAIL: $differences of $files files differ"
    exit 1
fi
