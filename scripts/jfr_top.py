#!/usr/bin/env python3
"""Aggregates `jfr print --events jdk.ExecutionSample` output: samples by part of the per-record
pass, top frames (self time), and the top crawlsieve frames anywhere on the stack (inclusive).

    jfr_top.py SAMPLES.txt                     every sample of the recording
    jfr_top.py SAMPLES.txt --windows LOG [--skip N]
                                               only samples inside the per-record-pass windows
                                               that WarmRunBench printed to LOG ("pass window
                                               start/end ... epoch ms"), the first N (default 2:
                                               the warm-up run and round 1, while the JIT still
                                               compiles) left out

Print the samples with a deep stack (`jfr print --stack-depth 256`): a parse is deep, and a
truncated stack loses the frames that say which part of the pass it belongs to.

Shares are of the samples kept. JFR's execution samples see Java frames only: time in native code
and in the JIT's stubs (inflate, the SHA-1 of the block digest) is missing, so the parts are
shares of the pass's Java time.
"""
import argparse
import collections
import datetime
import re
import sys

FRAME = re.compile(r"^\s+([\w$.<>/]+)\(.*line:")
START = re.compile(r"^\s+startTime = (\d+):(\d+):([\d.]+)")
WINDOW = re.compile(
    r"pass window start, JVM uptime ms \d+ epoch ms (\d+).*?"
    r"pass window end, JVM uptime ms \d+ epoch ms (\d+)",
    re.S,
)

# Part of the pass: the first entry whose pattern is on the stack names it. The steps come first:
# a step may call a helper of another package (the extractor's whitespace rules), never the reverse.
PARTS = [
    ("language", ("org.crawlsieve.lang.",)),
    ("consent", ("org.crawlsieve.consent.",)),
    ("pii", ("org.crawlsieve.pii.",)),
    ("quality: gopher repetition", ("GopherRepetitionStep",)),
    ("quality: gopher quality", ("GopherQualityStep",)),
    ("quality: c4", ("C4Step",)),
    ("quality: fineweb", ("FineWebStep",)),
    ("quality: token count", ("TokenCountStep",)),
    ("quality: other", ("org.crawlsieve.quality.",)),
    # rows are built inside RecordSigner.row: checked before the signature
    ("rows and Parquet", ("org.crawlsieve.jobs.RecordRows",)),
    ("dedup signature (hash, MinHash)", ("org.crawlsieve.dedup.", "RecordSigner")),
    ("extract: parse (decode + Jsoup)", ("HtmlExtractor.parseUtf8", "HtmlExtractor.parseStream")),
    ("extract: main text", ("HtmlExtractor.mainText",)),
    ("extract: other (title, signals, Tika, sniff)", ("org.crawlsieve.extract.",)),
    ("WARC read (gzip, headers, digest)", ("org.crawlsieve.warc.",)),
    # every task of the pass runs under Spark's file writer, which pulls the rows: only what is
    # left once no crawlsieve frame claimed a sample is the encoding of rows and Parquet's work
    ("rows and Parquet", ("org.apache.parquet.", "FileFormatWriter", "FileFormatDataWriter")),
    ("other crawlsieve", ("org.crawlsieve.",)),
    ("Spark, outside the tasks' work", ("org.apache.spark.",)),
]


def time_of_day(ms):
    t = datetime.datetime.fromtimestamp(ms / 1000)  # jfr print writes local time
    return t.hour * 3600 + t.minute * 60 + t.second + t.microsecond / 1e6


def inside(t, a, b):
    """Whether time of day t lies in [a, b]; a window that passes midnight has b < a."""
    return a <= t <= b if a <= b else t >= a or t <= b


def windows(log, skip):
    text = open(log, encoding="utf-8", errors="replace").read()
    found = [(int(a), int(b)) for a, b in WINDOW.findall(text)][skip:]
    if not found:
        sys.exit(f"jfr_top: no pass windows in {log} after skipping {skip}")
    return [(time_of_day(a), time_of_day(b)) for a, b in found]


def samples(path, keep):
    """Yields the stack (innermost frame first) of every sample that `keep(seconds)` accepts."""
    stack = None
    accepted = keep is None
    for line in open(path, encoding="utf-8", errors="replace"):
        if line.startswith("jdk.ExecutionSample"):
            stack = []
            accepted = keep is None
        elif stack is not None:
            m = FRAME.match(line)
            if m:
                stack.append(m.group(1))
                continue
            m = START.match(line)
            if m and keep is not None:
                accepted = keep(int(m.group(1)) * 3600 + int(m.group(2)) * 60 + float(m.group(3)))
            elif line.strip() in ("]", "...") and stack:
                if accepted:
                    yield stack
                stack = None


def part(stack):
    joined = " ".join(stack)
    for name, patterns in PARTS:
        if any(p in joined for p in patterns):
            return name
    return "JVM and libraries, no crawlsieve or Spark frame"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("samples")
    ap.add_argument("--windows", metavar="LOG", help="WarmRunBench log with the pass windows")
    ap.add_argument("--skip", type=int, default=2, help="windows left out first (default 2)")
    ap.add_argument("--top", type=int, default=25)
    args = ap.parse_args()
    keep = None
    if args.windows:
        spans = windows(args.windows, args.skip)
        keep = lambda t: any(inside(t, a, b) for a, b in spans)  # noqa: E731
        print(f"{len(spans)} pass windows, {sum(b - a for a, b in spans):.1f} s")

    self_counts = collections.Counter()
    nearest = collections.Counter()
    incl = collections.Counter()
    parts = collections.Counter()
    total = 0
    for stack in samples(args.samples, keep):
        total += 1
        top_frame = stack[0]
        self_counts[top_frame] += 1
        own = next((f for f in stack if f.startswith("org.crawlsieve")), "(none)")
        lib = "(itself)" if top_frame.startswith("org.crawlsieve") else top_frame
        nearest[(own, lib)] += 1
        for f in set(f for f in stack if f.startswith("org.crawlsieve")):
            incl[f] += 1
        parts[part(stack)] += 1

    def share(c):
        return f"{100 * c / max(total, 1):5.1f}%"

    print(f"{total} execution samples")
    print("by part of the pass (first match, innermost part first):")
    for name, c in parts.most_common():
        print(f"  {share(c)}  {name}")
    print("top frames, self time:")
    for f, c in self_counts.most_common(args.top):
        print(f"  {share(c)}  {f}")
    print("nearest crawlsieve frame <- top frame (where library time is spent on whose behalf):")
    for (own, lib), c in nearest.most_common(args.top):
        print(f"  {share(c)}  {own} <- {lib}")
    print("crawlsieve methods, inclusive:")
    for f, c in incl.most_common(args.top):
        print(f"  {share(c)}  {f}")


if __name__ == "__main__":
    main()
