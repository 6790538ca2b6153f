package org.crawlsieve.jobs.publish;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Hugging Face dataset card ({@code README.md}) of a snapshot, generated from its manifest:
 * YAML front matter (license, languages, size category, one config per language plus {@code
 * default}), then what the corpus is, how it was filtered, the opt-out policy with its figures, PII
 * handling, known limits and how to request removal.
 */
final class DatasetCard {
  private static final long[] SIZE_BOUNDS = {
    1_000L,
    10_000L,
    100_000L,
    1_000_000L,
    10_000_000L,
    100_000_000L,
    1_000_000_000L,
    10_000_000_000L,
    100_000_000_000L,
    1_000_000_000_000L
  };
  private static final String[] SIZE_NAMES = {
    "n<1K",
    "1K<n<10K",
    "10K<n<100K",
    "100K<n<1M",
    "1M<n<10M",
    "10M<n<100M",
    "100M<n<1B",
    "1B<n<10B",
    "10B<n<100B",
    "100B<n<1T",
    "n>1T"
  };

  private DatasetCard() {}

  /** The Hub's {@code size_categories} value for a row count. */
  static String sizeCategory(long rows) {
    for (int i = 0; i < SIZE_BOUNDS.length; i++) {
      if (rows < SIZE_BOUNDS[i]) {
        return SIZE_NAMES[i];
      }
    }
    return SIZE_NAMES[SIZE_NAMES.length - 1];
  }

  @SuppressWarnings("unchecked")
  static String render(Manifest m) {
    Map<String, Object> counts = m.section("counts");
    Map<String, Long> byLanguage = (Map<String, Long>) counts.getOrDefault("by_language", Map.of());
    Map<String, Object> funnel = m.section("funnel");
    Map<String, Object> source = m.section("source");
    long docs = m.documents();
    StringBuilder y = new StringBuilder("---\n");
    y.append("license: ").append(yaml(String.valueOf(m.tree().get("license")))).append('\n');
    y.append("language:\n");
    for (String lang : byLanguage.keySet()) {
      if (!lang.equals(DataFiles.UNKNOWN_LANGUAGE)) {
        y.append("- ").append(lang).append('\n');
      }
    }
    y.append("size_categories:\n- ").append(yaml(sizeCategory(docs))).append('\n');
    y.append("task_categories:\n- text-generation\n");
    y.append("pretty_name: ").append(yaml(m.name() + " " + m.version())).append('\n');
    y.append("configs:\n");
    y.append("- config_name: default\n  default: true\n  data_files:\n  - split: train\n")
        .append("    path: data/*/*.parquet\n");
    for (String lang : byLanguage.keySet()) {
      y.append("- config_name: ")
          .append(lang)
          .append("\n  data_files:\n  - split: train\n")
          .append("    path: data/")
          .append(lang)
          .append("/*.parquet\n");
    }
    y.append("---\n\n");

    StringBuilder b = y;
    b.append("# ").append(m.name()).append(" (version ").append(m.version()).append(")\n\n");
    b.append("Web text extracted from Common Crawl WARC files by crawlsieve ")
        .append(m.tree().get("code_version"))
        .append(", filtered for consent, language, quality,")
        .append(" personal data and duplicates. ")
        .append(String.format(Locale.ROOT, "%,d", docs))
        .append(" documents in ")
        .append(counts.get("data_files"))
        .append(" Parquet files (")
        .append(String.format(Locale.ROOT, "%,d", ((Number) counts.get("data_bytes")).longValue()))
        .append(" bytes), one directory per language under `data/`.\n\n");
    b.append("Source crawls: ")
        .append(source.getOrDefault("crawls", List.of()))
        .append(". Every file, row count and SHA-256 is listed in `manifest.json`; check a copy")
        .append(" with `crawlsieve verify <dir>`.\n\n");

    b.append("## Languages\n\n| language | documents |\n|---|---|\n");
    byLanguage.forEach((l, n) -> b.append("| ").append(l).append(" | ").append(n).append(" |\n"));

    b.append("\n## How it was filtered\n\n");
    b.append("Run config hash `")
        .append(source.get("config_hash"))
        .append("` (full config in ")
        .append("`manifest.json`). Funnel of the run:\n\n");
    b.append("| stage | documents |\n|---|---|\n");
    b.append("| documents in | ").append(funnel.get("documents_in")).append(" |\n");
    b.append("| text extracted | ").append(funnel.get("extracted")).append(" |\n");
    b.append("| kept by the run | ").append(funnel.get("kept")).append(" |\n");
    b.append("| in this version | ").append(docs).append(" |\n\n");
    Map<String, Object> dropped = (Map<String, Object>) funnel.getOrDefault("dropped", Map.of());
    if (!dropped.isEmpty()) {
      b.append("Exclusions by reason:\n\n| reason | documents |\n|---|---|\n");
      dropped.forEach((r, n) -> b.append("| `").append(r).append("` | ").append(n).append(" |\n"));
    }

    long consent = 0;
    for (Map.Entry<String, Object> e : dropped.entrySet()) {
      if (e.getKey().startsWith("consent.")) {
        consent += ((Number) e.getValue()).longValue();
      }
    }
    b.append("\n## Opt-out policy\n\n");
    b.append("Pages are excluded when their site refuses AI training at capture time: robots.txt")
        .append(" rules for AI crawlers (GPTBot, CCBot, ClaudeBot, Google-Extended and others,")
        .append(" and `*`), `noai` in X-Robots-Tag or meta robots, TDM reservation (TDMRep header,")
        .append(" meta or `/.well-known/tdmrep.json`) and content-usage signals. ")
        .append(consent)
        .append(" documents were excluded for consent; ")
        .append(counts.get("excluded_domains"))
        .append(" domains had pages excluded for consent")
        .append(" or takedown, listed with the evidence in `domains-excluded.csv`.\n\n");

    b.append("## Personal data\n\n");
    b.append("Email addresses, phone numbers and IP addresses found in the text are replaced by")
        .append(" placeholders when the run's `pii` stage is on; per-document counts of what was")
        .append(" replaced are in the `pii_counts` column.\n\n");

    b.append("## Known limits\n\n");
    b.append("- Automatic filters make mistakes both ways; the `scores` and `flags` columns show")
        .append(" why a document was kept.\n");
    b.append("- Opt-out signals are read as they were at capture time; a site that opts out later")
        .append(" is removed by a takedown, not by re-running old crawls.\n");
    b.append("- Personal data outside the detected patterns (names, addresses) is not removed.\n");
    b.append("- Earlier versions stay as published; use the latest version.\n\n");

    List<?> takedowns = (List<?>) m.tree().getOrDefault("takedowns", List.of());
    b.append("## Removal requests\n\n");
    b.append("Site owners can ask for their pages or domain to be removed. A removal produces a")
        .append(" new version without those documents and adds them to `tombstones.jsonl` (ids,")
        .append(" URLs, date, reason), which later versions and later pipeline runs read as a")
        .append(" blocklist (`crawlsieve takedown --domain <domain> --reason <text>`). ")
        .append(counts.get("tombstones"))
        .append(" tombstone entries so far");
    b.append(takedowns.isEmpty() ? ".\n" : "; takedowns applied:\n\n");
    for (Object o : takedowns) {
      Map<String, Object> t = (Map<String, Object>) o;
      b.append("- ")
          .append(t.get("removed_at"))
          .append(": ")
          .append(t.get("request"))
          .append(", ")
          .append(t.get("documents_removed"))
          .append(" documents removed\n");
    }
    return b.toString();
  }

  /** A YAML scalar: plain when safe, otherwise double-quoted with escapes. */
  static String yaml(String s) {
    if (s.matches("[A-Za-z0-9][A-Za-z0-9 ._<>-]*") && !s.endsWith(" ")) {
      return s;
    }
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
  }
}
