package org.crawlsieve.quality;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.bn.BengaliAnalyzer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.ckb.SoraniAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.et.EstonianAnalyzer;
import org.apache.lucene.analysis.eu.BasqueAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.ga.IrishAnalyzer;
import org.apache.lucene.analysis.gl.GalicianAnalyzer;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.hy.ArmenianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.lt.LithuanianAnalyzer;
import org.apache.lucene.analysis.lv.LatvianAnalyzer;
import org.apache.lucene.analysis.ne.NepaliAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.sr.SerbianAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.ta.TamilAnalyzer;
import org.apache.lucene.analysis.te.TeluguAnalyzer;
import org.apache.lucene.analysis.th.ThaiAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/**
 * Built-in stop-word lists by language, for the Gopher stop-word rule. English uses Gopher's own
 * eight words; most other languages use the list Lucene ships with its analyzer for that language;
 * Chinese and Japanese (whose Lucene lists live in modules we do not ship) use short lists of
 * grammatical particles and function words kept in this package's resources. A language without a
 * list has no stop-word rule.
 */
final class StopWords {
  private StopWords() {}

  /** Gopher's stop words (Rae et al. 2021), used for English. */
  static final List<String> GOPHER_ENGLISH =
      List.of("the", "be", "to", "of", "and", "that", "have", "with");

  private static final Map<String, Supplier<CharArraySet>> LUCENE =
      Map.ofEntries(
          Map.entry("ar", ArabicAnalyzer::getDefaultStopSet),
          Map.entry("bg", BulgarianAnalyzer::getDefaultStopSet),
          Map.entry("bn", BengaliAnalyzer::getDefaultStopSet),
          Map.entry("ca", CatalanAnalyzer::getDefaultStopSet),
          Map.entry("ckb", SoraniAnalyzer::getDefaultStopSet),
          Map.entry("cs", CzechAnalyzer::getDefaultStopSet),
          Map.entry("da", DanishAnalyzer::getDefaultStopSet),
          Map.entry("de", GermanAnalyzer::getDefaultStopSet),
          Map.entry("el", GreekAnalyzer::getDefaultStopSet),
          Map.entry("es", SpanishAnalyzer::getDefaultStopSet),
          Map.entry("et", EstonianAnalyzer::getDefaultStopSet),
          Map.entry("eu", BasqueAnalyzer::getDefaultStopSet),
          Map.entry("fa", PersianAnalyzer::getDefaultStopSet),
          Map.entry("fi", FinnishAnalyzer::getDefaultStopSet),
          Map.entry("fr", FrenchAnalyzer::getDefaultStopSet),
          Map.entry("ga", IrishAnalyzer::getDefaultStopSet),
          Map.entry("gl", GalicianAnalyzer::getDefaultStopSet),
          Map.entry("hi", HindiAnalyzer::getDefaultStopSet),
          Map.entry("hu", HungarianAnalyzer::getDefaultStopSet),
          Map.entry("hy", ArmenianAnalyzer::getDefaultStopSet),
          Map.entry("id", IndonesianAnalyzer::getDefaultStopSet),
          Map.entry("it", ItalianAnalyzer::getDefaultStopSet),
          Map.entry("lt", LithuanianAnalyzer::getDefaultStopSet),
          Map.entry("lv", LatvianAnalyzer::getDefaultStopSet),
          Map.entry("ne", NepaliAnalyzer::getDefaultStopSet),
          Map.entry("nl", DutchAnalyzer::getDefaultStopSet),
          Map.entry("no", NorwegianAnalyzer::getDefaultStopSet),
          Map.entry("nb", NorwegianAnalyzer::getDefaultStopSet),
          Map.entry("pt", PortugueseAnalyzer::getDefaultStopSet),
          Map.entry("ro", RomanianAnalyzer::getDefaultStopSet),
          Map.entry("ru", RussianAnalyzer::getDefaultStopSet),
          Map.entry("sr", SerbianAnalyzer::getDefaultStopSet),
          Map.entry("sv", SwedishAnalyzer::getDefaultStopSet),
          Map.entry("ta", TamilAnalyzer::getDefaultStopSet),
          Map.entry("te", TeluguAnalyzer::getDefaultStopSet),
          Map.entry("th", ThaiAnalyzer::getDefaultStopSet),
          Map.entry("tr", TurkishAnalyzer::getDefaultStopSet));

  private static final Set<String> RESOURCE_LANGUAGES = Set.of("ja", "zh");

  /** Languages with a built-in list. */
  static Set<String> languages() {
    Set<String> all = new HashSet<>(LUCENE.keySet());
    all.addAll(RESOURCE_LANGUAGES);
    all.add("en");
    return all;
  }

  /**
   * The built-in list of {@code language} (lower-cased words), or null when there is none. Builds a
   * fresh set: call once per language and keep it.
   */
  static Set<String> forLanguage(String language) {
    if (language.equals("en")) {
      return Set.copyOf(GOPHER_ENGLISH);
    }
    if (RESOURCE_LANGUAGES.contains(language)) {
      return fromResource(language);
    }
    Supplier<CharArraySet> lucene = LUCENE.get(language);
    if (lucene == null) {
      return null;
    }
    Set<String> out = new HashSet<>();
    Iterator<Object> it = lucene.get().iterator();
    while (it.hasNext()) {
      Object w = it.next();
      out.add(w instanceof char[] chars ? new String(chars) : String.valueOf(w));
    }
    return Set.copyOf(out);
  }

  /** A configured list, lower-cased. */
  static Set<String> of(List<String> words) {
    Set<String> out = new HashSet<>();
    for (String w : words) {
      out.add(w.toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(out);
  }

  private static Set<String> fromResource(String language) {
    String name = "stopwords/" + language + ".txt";
    Set<String> out = new HashSet<>();
    try (InputStream in = StopWords.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        String w = line.strip();
        if (!w.isEmpty() && !w.startsWith("#")) {
          out.add(w);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(out);
  }
}
