package org.crawlsieve.pii;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Precision and recall of a {@link PiiScanner} on the gold spans of Presidio's synthetic data set
 * ({@code data/pii/presidio-synth.json}: objects with {@code full_text} and {@code spans} of {@code
 * entity_type}, {@code start_position}, {@code end_position}).
 *
 * <p>Gold types map to ours: EMAIL_ADDRESS→EMAIL, PHONE_NUMBER→PHONE, IP_ADDRESS→IP,
 * CREDIT_CARD→CARD, IBAN_CODE→IBAN, US_SSN→ID. Gold spans of other types (names, addresses, dates,
 * …) are not counted as misses; a span we report over them counts as a false positive of our type.
 * Two scores: <b>exact</b> (same type, same bounds) and <b>overlap</b> (same type, overlapping; one
 * gold span matches at most one prediction).
 */
final class PresidioEval {
  static final Map<String, PiiType> TYPE_MAP =
      Map.of(
          "EMAIL_ADDRESS", PiiType.EMAIL,
          "PHONE_NUMBER", PiiType.PHONE,
          "IP_ADDRESS", PiiType.IP,
          "CREDIT_CARD", PiiType.CARD,
          "IBAN_CODE", PiiType.IBAN,
          "US_SSN", PiiType.ID);

  /** Counts for one type (or overall, type null). */
  record Score(int tp, int fp, int fn) {
    double precision() {
      return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
    }

    double recall() {
      return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Score plus(Score o) {
      return new Score(tp + o.tp, fp + o.fp, fn + o.fn);
    }
  }

  /** Per-type and overall scores, exact and overlap; plus the mistakes, for reading. */
  record Report(
      Map<PiiType, Score> exact,
      Map<PiiType, Score> overlap,
      Score exactAll,
      Score overlapAll,
      List<String> mistakes) {

    String format() {
      StringBuilder sb = new StringBuilder();
      sb.append(
          String.format(
              Locale.ROOT,
              "%-8s %5s %5s %5s   %-17s   %-17s%n",
              "type",
              "gold",
              "pred",
              "",
              "exact P / R",
              "overlap P / R"));
      for (PiiType t : exact.keySet()) {
        Score e = exact.get(t);
        Score o = overlap.get(t);
        sb.append(row(t.name(), e, o));
      }
      sb.append(row("overall", exactAll, overlapAll));
      return sb.toString();
    }

    private static String row(String name, Score e, Score o) {
      return String.format(
          Locale.ROOT,
          "%-8s %5d %5d %5s   %.3f / %.3f     %.3f / %.3f%n",
          name,
          e.tp + e.fn,
          e.tp + e.fp,
          "",
          e.precision(),
          e.recall(),
          o.precision(),
          o.recall());
    }
  }

  private record Gold(PiiType type, int start, int end) {}

  private PresidioEval() {}

  static Report evaluate(Path file, PiiScanner scanner) throws IOException {
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    Map<PiiType, Score> exact = new EnumMap<>(PiiType.class);
    Map<PiiType, Score> overlap = new EnumMap<>(PiiType.class);
    for (PiiType t : TYPE_MAP.values()) {
      exact.put(t, new Score(0, 0, 0));
      overlap.put(t, new Score(0, 0, 0));
    }
    List<String> mistakes = new ArrayList<>();
    for (JsonNode sample : root) {
      String text = sample.get("full_text").asText();
      List<Gold> gold = new ArrayList<>();
      for (JsonNode s : sample.get("spans")) {
        PiiType t = TYPE_MAP.get(s.get("entity_type").asText());
        if (t != null) {
          gold.add(new Gold(t, s.get("start_position").asInt(), s.get("end_position").asInt()));
        }
      }
      List<PiiSpan> pred = new ArrayList<>();
      for (PiiSpan p : scanner.scan(text)) {
        if (exact.containsKey(p.type())) {
          pred.add(p);
        }
      }
      score(text, gold, pred, true, exact, null);
      score(text, gold, pred, false, overlap, mistakes);
    }
    Score exactAll = new Score(0, 0, 0);
    Score overlapAll = new Score(0, 0, 0);
    for (PiiType t : exact.keySet()) {
      exactAll = exactAll.plus(exact.get(t));
      overlapAll = overlapAll.plus(overlap.get(t));
    }
    return new Report(exact, overlap, exactAll, overlapAll, mistakes);
  }

  private static void score(
      String text,
      List<Gold> gold,
      List<PiiSpan> pred,
      boolean exactMatch,
      Map<PiiType, Score> into,
      List<String> mistakes) {
    boolean[] used = new boolean[gold.size()];
    for (PiiSpan p : pred) {
      int hit = -1;
      for (int g = 0; g < gold.size() && hit < 0; g++) {
        Gold x = gold.get(g);
        boolean same =
            exactMatch
                ? x.start == p.start() && x.end == p.end()
                : x.start < p.end() && p.start() < x.end;
        if (!used[g] && x.type == p.type() && same) {
          hit = g;
        }
      }
      if (hit >= 0) {
        used[hit] = true;
        into.merge(p.type(), new Score(1, 0, 0), Score::plus);
      } else {
        into.merge(p.type(), new Score(0, 1, 0), Score::plus);
        if (mistakes != null) {
          mistakes.add("FP " + p.type() + " '" + text.substring(p.start(), p.end()) + "'");
        }
      }
    }
    for (int g = 0; g < gold.size(); g++) {
      if (!used[g]) {
        Gold x = gold.get(g);
        into.merge(x.type, new Score(0, 0, 1), Score::plus);
        if (mistakes != null) {
          mistakes.add("FN " + x.type + " '" + text.substring(x.start, x.end) + "'");
        }
      }
    }
  }

  /** Prints the report for the default config: {@code PresidioEval [path]}. */
  public static void main(String[] args) throws IOException {
    Path file =
        args.length > 0 ? Path.of(args[0]) : SharedData.file("data/pii/presidio-synth.json");
    Report r = evaluate(file, PiiDetectors.scanner(PiiConfig.defaults()));
    System.out.print(r.format());
    if (args.length > 1) {
      r.mistakes().forEach(System.out::println);
    }
  }
}
