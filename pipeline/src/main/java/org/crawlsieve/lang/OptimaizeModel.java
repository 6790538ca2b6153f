package org.crawlsieve.lang;

import com.optimaize.langdetect.NgramFrequencyData;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.tika.language.detect.LanguageNames;

/**
 * Optimaize's n-gram probabilities, as Tika's default detector holds them, in primitive arrays:
 * an n-gram of at most three chars packs into a {@code long} ({@link #key}), an open-addressing
 * table maps the key to a row, and a row lists only its non-zero language probabilities (2.4 of
 * 70 on average, so ~5 MB instead of Optimaize's 114,000 {@code double[70]} in a {@code HashMap}
 * whose bins have turned into trees).
 *
 * <p>The single source of truth stays Optimaize's: the profiles come from its built-in resources
 * ({@link LanguageProfileReader#readAllBuiltIn}, as Tika loads them), and every value and the
 * language order from {@link NgramFrequencyData#create}, given the profiles in the same set and
 * the same gram lengths as Tika's detector (Tika adds its list of profiles one by one to the
 * {@code HashSet} of Optimaize's builder; that set's order is the language order, which fixes the
 * order of every sum in the detection). {@code OptimaizeModelTest} checks order and values against
 * Tika's detector itself.
 *
 * <p>Immutable and thread-safe; built once per JVM ({@link #shared}), ~1.5 s.
 */
final class OptimaizeModel {
  private static final class Holder {
    static final OptimaizeModel INSTANCE = load();
  }

  /** The model of Tika's default Optimaize detector, built on first use. */
  static OptimaizeModel shared() {
    return Holder.INSTANCE;
  }

  /** Language codes by index, Tika's names cut at the first '-' (zh-CN, zh-TW: zh). */
  private final String[] languages;

  /** Open addressing, linear probing; 0 marks a free slot (no key is 0, see {@link #key}). */
  private final long[] slotKeys;

  private final int[] slotRows;
  private final int mask;

  /** Row r's entries are {@code rowStart[r]} (inclusive) to {@code rowStart[r + 1]}. */
  private final int[] rowStart;

  private final byte[] entryLanguage;
  private final double[] entryProbability;

  private OptimaizeModel(
      String[] languages,
      long[] slotKeys,
      int[] slotRows,
      int[] rowStart,
      byte[] entryLanguage,
      double[] entryProbability) {
    this.languages = languages;
    this.slotKeys = slotKeys;
    this.slotRows = slotRows;
    this.mask = slotKeys.length - 1;
    this.rowStart = rowStart;
    this.entryLanguage = entryLanguage;
    this.entryProbability = entryProbability;
  }

  int languageCount() {
    return languages.length;
  }

  String language(int index) {
    return languages[index];
  }

  /** The n-gram {@code s[from, from + length)} (length 1 to 3) as a non-zero key. */
  static long key(char[] s, int from, int length) {
    long k = length;
    for (int i = 0; i < length; i++) {
      k = k << 16 | s[from + i];
    }
    return k;
  }

  /** The row of an n-gram key, or -1 when no profile has the n-gram. */
  int row(long key) {
    int slot = slotOf(key, mask);
    while (true) {
      long k = slotKeys[slot];
      if (k == key) {
        return slotRows[slot];
      }
      if (k == 0) {
        return -1;
      }
      slot = (slot + 1) & mask;
    }
  }

  int rowStart(int row) {
    return rowStart[row];
  }

  int rowEnd(int row) {
    return rowStart[row + 1];
  }

  int entryLanguage(int entry) {
    return entryLanguage[entry];
  }

  double entryProbability(int entry) {
    return entryProbability[entry];
  }

  private static int slotOf(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  private static OptimaizeModel load() {
    List<LanguageProfile> profiles;
    try {
      profiles = new LanguageProfileReader().readAllBuiltIn();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Optimaize's built-in language profiles", e);
    }
    // as LanguageDetectorBuilder.withProfiles collects them for Tika's detector
    Set<LanguageProfile> set = new HashSet<>();
    set.addAll(profiles);
    List<Integer> gramLengths = NgramExtractors.standard().getGramLengths();
    NgramFrequencyData data = NgramFrequencyData.create(set, gramLengths);

    List<LdLocale> locales = data.getLanguageList();
    if (locales.size() > Byte.MAX_VALUE) {
      throw new IllegalStateException("more languages than a byte index holds: " + locales.size());
    }
    String[] languages = new String[locales.size()];
    for (int i = 0; i < languages.length; i++) {
      LdLocale l = locales.get(i);
      String name =
          LanguageNames.makeName(
              l.getLanguage(), l.getScript().orNull(), l.getRegion().orNull());
      int dash = name.indexOf('-');
      languages[i] = dash < 0 ? name : name.substring(0, dash);
    }

    Set<String> grams = new LinkedHashSet<>();
    for (LanguageProfile p : profiles) {
      for (int n : gramLengths) {
        for (Map.Entry<String, Integer> e : p.iterateGrams(n)) {
          grams.add(e.getKey());
        }
      }
    }
    int slots = Integer.highestOneBit(grams.size() * 2 - 1) << 1;
    long[] slotKeys = new long[slots];
    int[] slotRows = new int[slots];
    int[] rowStart = new int[grams.size() + 1];
    int entries = 0;
    for (String g : grams) {
      for (double v : data.getProbabilities(g)) {
        entries += v != 0 ? 1 : 0;
      }
    }
    byte[] entryLanguage = new byte[entries];
    double[] entryProbability = new double[entries];
    int row = 0;
    int entry = 0;
    for (String g : grams) {
      if (g.isEmpty() || g.length() > 3) {
        throw new IllegalStateException("Optimaize n-gram of unexpected length: " + g.length());
      }
      double[] probabilities = data.getProbabilities(g);
      rowStart[row] = entry;
      for (int lang = 0; lang < probabilities.length; lang++) {
        // a zero is left out: the detector multiplies by (weight + 0.0) == weight for it anyway
        if (probabilities[lang] != 0) {
          entryLanguage[entry] = (byte) lang;
          entryProbability[entry] = probabilities[lang];
          entry++;
        }
      }
      long key = key(g.toCharArray(), 0, g.length());
      int slot = slotOf(key, slots - 1);
      while (slotKeys[slot] != 0) {
        slot = (slot + 1) & (slots - 1);
      }
      slotKeys[slot] = key;
      slotRows[slot] = row;
      row++;
    }
    rowStart[row] = entry;
    return new OptimaizeModel(
        languages, slotKeys, slotRows, rowStart, entryLanguage, entryProbability);
  }
}
