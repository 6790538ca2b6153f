package org.crawlsieve.lang;

import com.optimaize.langdetect.NgramFrequencyData;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.tika.language.detect.LanguageNames;

/**
 * Optimaize's n-gram probabilities, as Tika's default detector holds them, in primitive arrays: an
 * n-gram of at most three chars packs into a {@code long} ({@link #key}), an open-addressing table
 * maps the key to a row, and a row lists only its non-zero language probabilities (2.4 of 70 on
 * average, so ~5 MB instead of Optimaize's 114,000 {@code double[70]} in a {@code HashMap} whose
 * bins have turned into trees).
 *
 * <p>The single source of truth stays Optimaize's: the profiles come from its built-in resources
 * ({@link LanguageProfileReader#readAllBuiltIn}, as Tika loads them), and every value and the
 * language order from {@link NgramFrequencyData#create}, given the profiles in the same set and the
 * same gram lengths as Tika's detector (Tika adds its list of profiles one by one to the {@code
 * HashSet} of Optimaize's builder; that set's order is the language order, which fixes the order of
 * every sum in the detection). {@code OptimaizeModelTest} checks order and values against Tika's
 * detector itself.
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

  /** N-grams with at least this many non-zero probabilities are stored dense. */
  private static final int DENSE_ENTRIES = 8;

  /** Language codes by index, Tika's names cut at the first '-' (zh-CN, zh-TW: zh). */
  private final String[] languages;

  /**
   * Open addressing, linear probing: slot s holds a key at {@code 2 s} and its row at {@code 2 s +
   * 1} (one cache line for both); key 0 marks a free slot (no key is 0, see {@link #key}).
   */
  private final long[] slots;

  private final int mask;

  /**
   * Rows below this number are dense: row r's probabilities, zeros included, are {@code dense[r *
   * languages .. (r + 1) * languages)}. The n-grams common in many languages (5,600 of 114,000, but
   * most of the n-grams of a text) are dense, so updating by one is a plain, vectorisable loop; the
   * rest list only their non-zero entries.
   */
  private final int denseRows;

  private final double[] dense;

  /** Sparse row r's entries are {@code entryStart[r - denseRows]} to the next row's start. */
  private final int[] entryStart;

  private final byte[] entryLanguage;
  private final double[] entryProbability;

  private OptimaizeModel(
      String[] languages,
      long[] slots,
      double[] dense,
      int[] entryStart,
      byte[] entryLanguage,
      double[] entryProbability) {
    this.languages = languages;
    this.slots = slots;
    this.mask = slots.length / 2 - 1;
    this.denseRows = dense.length / languages.length;
    this.dense = dense;
    this.entryStart = entryStart;
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
      long k = slots[2 * slot];
      if (k == key) {
        return (int) slots[2 * slot + 1];
      }
      if (k == 0) {
        return -1;
      }
      slot = (slot + 1) & mask;
    }
  }

  /**
   * The probabilities of an n-gram by language, zeros included (a new array), or null when no
   * profile has it: what {@code NgramFrequencyData.getProbabilities} answers, for tests.
   */
  double[] probabilities(long key) {
    int row = row(key);
    if (row < 0) {
      return null;
    }
    double[] p = new double[languages.length];
    if (row < denseRows) {
      System.arraycopy(dense, row * p.length, p, 0, p.length);
    } else {
      for (int e = entryStart[row - denseRows]; e < entryStart[row - denseRows + 1]; e++) {
        p[entryLanguage[e]] = entryProbability[e];
      }
    }
    return p;
  }

  /**
   * Optimaize's update by one n-gram: every language's probability times (weight + the n-gram's
   * probability in that language), {@code count} times over, in Optimaize's order. {@code factor}
   * (scratch, one per language) holds {@code weight} everywhere on entry and on return: for a
   * sparse row only its entries change it, as weight + 0.0 is weight for the others.
   */
  void multiply(double[] prob, double[] factor, int row, double weight, int count) {
    int languageCount = prob.length;
    if (row < denseRows) {
      int base = row * languageCount;
      if (count == 1) {
        for (int i = 0; i < languageCount; i++) {
          prob[i] *= weight + dense[base + i];
        }
        return;
      }
      for (int i = 0; i < languageCount; i++) {
        factor[i] = weight + dense[base + i];
      }
    } else {
      int start = entryStart[row - denseRows];
      int end = entryStart[row - denseRows + 1];
      for (int e = start; e < end; e++) {
        factor[entryLanguage[e]] = weight + entryProbability[e];
      }
    }
    for (int i = 0; i < languageCount; i++) {
      double f = factor[i];
      for (int c = 0; c < count; c++) {
        prob[i] *= f;
      }
    }
    Arrays.fill(factor, weight);
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
          LanguageNames.makeName(l.getLanguage(), l.getScript().orNull(), l.getRegion().orNull());
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
    List<String> denseGrams = new ArrayList<>();
    List<String> sparseGrams = new ArrayList<>();
    int entries = 0;
    for (String g : grams) {
      if (g.isEmpty() || g.length() > 3) {
        throw new IllegalStateException("Optimaize n-gram of unexpected length: " + g.length());
      }
      int nonZero = 0;
      for (double v : data.getProbabilities(g)) {
        nonZero += v != 0 ? 1 : 0;
      }
      if (nonZero >= DENSE_ENTRIES) {
        denseGrams.add(g);
      } else {
        sparseGrams.add(g);
        entries += nonZero;
      }
    }
    long[] slots = new long[2 * (Integer.highestOneBit(grams.size() * 2 - 1) << 1)];
    double[] dense = new double[denseGrams.size() * languages.length];
    int[] entryStart = new int[sparseGrams.size() + 1];
    byte[] entryLanguage = new byte[entries];
    double[] entryProbability = new double[entries];
    int row = 0;
    for (String g : denseGrams) {
      System.arraycopy(
          data.getProbabilities(g), 0, dense, row * languages.length, languages.length);
      insert(slots, g, row++);
    }
    int entry = 0;
    for (String g : sparseGrams) {
      double[] probabilities = data.getProbabilities(g);
      entryStart[row - denseGrams.size()] = entry;
      for (int lang = 0; lang < probabilities.length; lang++) {
        if (probabilities[lang] != 0) {
          entryLanguage[entry] = (byte) lang;
          entryProbability[entry] = probabilities[lang];
          entry++;
        }
      }
      insert(slots, g, row++);
    }
    entryStart[sparseGrams.size()] = entry;
    return new OptimaizeModel(languages, slots, dense, entryStart, entryLanguage, entryProbability);
  }

  private static void insert(long[] slots, String gram, int row) {
    long key = key(gram.toCharArray(), 0, gram.length());
    int mask = slots.length / 2 - 1;
    int slot = slotOf(key, mask);
    while (slots[2 * slot] != 0) {
      slot = (slot + 1) & mask;
    }
    slots[2 * slot] = key;
    slots[2 * slot + 1] = row;
  }
}
