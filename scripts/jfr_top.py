#!/usr/bin/env python3
"""Aggregates `jfr print --events jdk.ExecutionSample` output: top frames (self time) and the top
crawlsieve frames anywhere on the stack (inclusive), as shares of all samples."""
import collections
import re
import sys

FRAME = re.compile(r"^\s+([\w$.<>/]+)\(.*line:")

def main(path, top=25):
    self_counts = collections.Counter()
    nearest = collections.Counter()
    incl = collections.Counter()
    total = 0
    stack = None
    for line in open(path, encoding="utf-8", errors="replace"):
        if line.startswith("jdk.ExecutionSample"):
            total += 1
            stack = []
        elif stack is not None:
            m = FRAME.match(line)
            if m:
                stack.append(m.group(1))
            elif line.strip() in ("]", "...") and stack:
                top_frame = stack[0]
                self_counts[top_frame] += 1
                own = next((f for f in stack if f.startswith("org.crawlsieve")), "(none)")
                lib = "(itself)" if top_frame.startswith("org.crawlsieve") else top_frame
                nearest[(own, lib)] += 1
                for f in set(f for f in stack if f.startswith("org.crawlsieve")):
                    incl[f] += 1
                stack = None
    print(f"{total} execution samples")
    print("top frames, self time:")
    for f, c in self_counts.most_common(top):
        print(f"  {100 * c / max(total, 1):5.1f}%  {f}")
    print("nearest crawlsieve frame <- top frame (where library time is spent on whose behalf):")
    for (own, lib), c in nearest.most_common(top):
        print(f"  {100 * c / max(total, 1):5.1f}%  {own} <- {lib}")
    print("crawlsieve methods, inclusive:")
    for f, c in incl.most_common(top):
        print(f"  {100 * c / max(total, 1):5.1f}%  {f}")

if __name__ == "__main__":
    main(sys.argv[1])
