package org.crawlsieve.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * A second, independent extraction in the jusText manner, used as a check on the main one when that
 * looks suspect (see {@link HtmlExtractor}). It ignores class names, roles and the DOM's shape: the
 * page is cut into paragraphs (the text between block boundaries, {@code <noscript>} included),
 * each paragraph is classed by its own length, link density and stop-word density, then short and
 * borderline paragraphs take the class of their neighbours. What is good is the text.
 *
 * <p>So it finds an article the main pass missed because it sits in a {@code <header>}, in an
 * element with a boilerplate class or role, or only in {@code <noscript>}.
 */
final class ParagraphClassifier {
  private ParagraphClassifier() {}

  /** Paragraphs with more link text than this share are boilerplate. */
  static final double MAX_LINK_DENSITY = 0.2;

  /** Shorter paragraphs (characters) are "short": their neighbours decide. */
  static final int LENGTH_LOW = 70;

  /** Longer paragraphs with enough stop words are good on their own. */
  static final int LENGTH_HIGH = 200;

  /** Stop-word share (of words) from which a paragraph reads as prose (near-good). */
  static final double STOPWORDS_LOW = 0.30;

  /** Stop-word share from which a long paragraph is good on its own. */
  static final double STOPWORDS_HIGH = 0.32;

  /**
   * Below this stop-word share over the whole page the page's language is not in our lists (or is
   * written without spaces): stop words then do not count, length and links decide.
   */
  static final double MIN_PAGE_STOPWORDS = 0.05;

  /** A heading this close (characters) before a good paragraph belongs to it. */
  static final int MAX_HEADING_DISTANCE = 200;

  enum Kind {
    GOOD,
    NEAR_GOOD,
    SHORT,
    BAD
  }

  /** One paragraph: its text, link characters, words and stop words, heading or not. */
  record Paragraph(String text, int linkChars, int words, int stopWords, boolean heading) {
    double linkDensity() {
      return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }

    double stopWordDensity() {
      return words == 0 ? 0 : (double) stopWords / words;
    }
  }

  /** The good paragraphs of {@code root}, one per line; at most about {@code maxChars}. */
  static String extract(Element root, int maxChars) {
    List<Paragraph> paragraphs = paragraphs(root);
    List<Kind> kinds = classify(paragraphs);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < paragraphs.size() && out.length() < maxChars; i++) {
      if (kinds.get(i) == Kind.GOOD) {
        out.append(paragraphs.get(i).text()).append('\n');
      }
    }
    return Whitespace.tidyLines(out);
  }

  /** The paragraphs of {@code root} in document order. */
  static List<Paragraph> paragraphs(Element root) {
    Segmenter s = new Segmenter();
    NodeTraversor.filter(s, root);
    s.flush();
    return s.paragraphs;
  }

  /** jusText's classes: first each paragraph alone, then short and near-good by context. */
  static List<Kind> classify(List<Paragraph> paragraphs) {
    long words = 0;
    long stop = 0;
    for (Paragraph p : paragraphs) {
      words += p.words();
      stop += p.stopWords();
    }
    boolean useStopWords = words > 0 && (double) stop / words >= MIN_PAGE_STOPWORDS;
    List<Kind> initial = new ArrayList<>(paragraphs.size());
    for (Paragraph p : paragraphs) {
      initial.add(alone(p, useStopWords));
    }
    // a short heading right before good text is near-good: it titles that text
    for (int i = 0; i < paragraphs.size(); i++) {
      if (paragraphs.get(i).heading() && initial.get(i) == Kind.SHORT) {
        int distance = 0;
        for (int j = i + 1; j < paragraphs.size() && distance <= MAX_HEADING_DISTANCE; j++) {
          if (initial.get(j) == Kind.GOOD) {
            initial.set(i, Kind.NEAR_GOOD);
            break;
          }
          distance += paragraphs.get(j).text().length();
        }
      }
    }
    List<Kind> kinds = new ArrayList<>(initial);
    // short paragraphs: good between good ones, bad between bad ones; at a boundary, good when a
    // near-good paragraph stands on the bad side
    for (int i = 0; i < kinds.size(); i++) {
      if (initial.get(i) != Kind.SHORT) {
        continue;
      }
      Kind prev = neighbour(initial, i, -1, true);
      Kind next = neighbour(initial, i, 1, true);
      Kind k;
      if (prev == Kind.GOOD && next == Kind.GOOD) {
        k = Kind.GOOD;
      } else if (prev == Kind.BAD && next == Kind.BAD) {
        k = Kind.BAD;
      } else if (prev == Kind.BAD && neighbour(initial, i, -1, false) == Kind.NEAR_GOOD
          || next == Kind.BAD && neighbour(initial, i, 1, false) == Kind.NEAR_GOOD) {
        k = Kind.GOOD;
      } else {
        k = Kind.BAD;
      }
      kinds.set(i, k);
    }
    // near-good paragraphs: bad only between bad ones
    for (int i = 0; i < kinds.size(); i++) {
      if (kinds.get(i) == Kind.NEAR_GOOD) {
        boolean badBoth =
            neighbour(kinds, i, -1, true) == Kind.BAD && neighbour(kinds, i, 1, true) == Kind.BAD;
        kinds.set(i, badBoth ? Kind.BAD : Kind.GOOD);
      }
    }
    return kinds;
  }

  /** The class of one paragraph on its own. */
  static Kind alone(Paragraph p, boolean useStopWords) {
    int len = p.text().length();
    if (p.linkDensity() > MAX_LINK_DENSITY || p.text().indexOf('©') >= 0) {
      return Kind.BAD;
    }
    if (len < LENGTH_LOW) {
      return p.linkChars() > 0 ? Kind.BAD : Kind.SHORT;
    }
    double sd = useStopWords ? p.stopWordDensity() : 1;
    if (sd >= STOPWORDS_HIGH) {
      return len > LENGTH_HIGH ? Kind.GOOD : Kind.NEAR_GOOD;
    }
    return sd >= STOPWORDS_LOW ? Kind.NEAR_GOOD : Kind.BAD;
  }

  /**
   * The class of the nearest paragraph in direction {@code step} that is not short (nor near-good
   * when {@code skipNearGood}); the page's edges count as bad.
   */
  private static Kind neighbour(List<Kind> kinds, int i, int step, boolean skipNearGood) {
    for (int j = i + step; j >= 0 && j < kinds.size(); j += step) {
      Kind k = kinds.get(j);
      if (k == Kind.GOOD || k == Kind.BAD || k == Kind.NEAR_GOOD && !skipNearGood) {
        return k;
      }
    }
    return Kind.BAD;
  }

  /** Cuts the DOM into paragraphs at block boundaries; non-text elements are left out. */
  private static final class Segmenter implements NodeFilter {
    final List<Paragraph> paragraphs = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    /** Reused by {@link Whitespace#appendCollapsed} for every text node. */
    private char[] scratch = new char[256];

    private int linkChars;
    private int inLink;
    private int inHeading;
    private boolean heading;

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode t) {
        int before = text.length();
        scratch = Whitespace.appendCollapsed(text, t.getWholeText(), scratch);
        if (inLink > 0) {
          linkChars += text.length() - before;
        }
        if (inHeading > 0 && text.length() > before) {
          heading = true;
        }
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element e)) {
        return FilterResult.CONTINUE;
      }
      String tag = e.normalName();
      if (BoilerplateRules.NON_TEXT_TAGS.contains(tag) && !tag.equals("noscript")) {
        return FilterResult.SKIP_ENTIRELY;
      }
      if (BlockTags.isBlock(tag) || tag.equals("br")) {
        flush();
      }
      if (tag.equals("a")) {
        inLink++;
      } else if (BlockTags.HEADINGS.contains(tag)) {
        inHeading++;
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element e) {
        String tag = e.normalName();
        if (tag.equals("a")) {
          inLink--;
        } else if (BlockTags.HEADINGS.contains(tag)) {
          inHeading--;
        }
        if (BlockTags.isBlock(tag)) {
          flush();
        }
      }
      return FilterResult.CONTINUE;
    }

    void flush() {
      int end = text.length();
      while (end > 0 && text.charAt(end - 1) == ' ') {
        end--;
      }
      int start = text.length() > 0 && text.charAt(0) == ' ' ? 1 : 0;
      if (end > start) {
        String s = text.substring(start, end);
        int words = 0;
        int stop = 0;
        int i = 0;
        while (i < s.length()) {
          while (i < s.length() && !Character.isLetterOrDigit(s.charAt(i))) {
            i++;
          }
          int w = i;
          while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
            i++;
          }
          if (i > w) {
            words++;
            if (StopWords.contains(s, w, i)) {
              stop++;
            }
          }
        }
        paragraphs.add(new Paragraph(s, Math.min(linkChars, s.length()), words, stop, heading));
      }
      text.setLength(0);
      linkChars = 0;
      heading = false;
    }
  }
}
