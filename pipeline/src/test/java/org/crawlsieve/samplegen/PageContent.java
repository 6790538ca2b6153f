package org.crawlsieve.samplegen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The main content of one article page, before it is wrapped in a site template.
 *
 * @param lang language of the text
 * @param title page title and heading
 * @param author byline name
 * @param published publication date shown on the page
 * @param sections headed sections of paragraphs (the first has no heading)
 * @param listItems items of the bulleted list shown after the first section
 * @param table rows of the small data table, the first row is the header
 * @param comments reader comments as (name, text)
 * @param extraParagraphs paragraphs appended after the sections (used to plant PII and edits)
 */
record PageContent(
    String lang,
    String title,
    String author,
    LocalDate published,
    List<Section> sections,
    List<String> listItems,
    List<List<String>> table,
    List<List<String>> comments,
    List<String> extraParagraphs) {

  /** A heading (null for the lead section) and its paragraphs. */
  record Section(String heading, List<String> paragraphs) {}

  /** All main-text paragraphs in page order. */
  List<String> paragraphs() {
    List<String> out = new ArrayList<>();
    sections.forEach(s -> out.addAll(s.paragraphs()));
    out.addAll(extraParagraphs);
    return out;
  }

  PageContent withExtraParagraphs(List<String> extra) {
    List<String> all = new ArrayList<>(extraParagraphs);
    all.addAll(extra);
    return new PageContent(
        lang, title, author, published, sections, listItems, table, comments, List.copyOf(all));
  }

  PageContent withTitle(String newTitle) {
    return new PageContent(
        lang, newTitle, author, published, sections, listItems, table, comments, extraParagraphs);
  }

  /**
   * A near duplicate: the same page with a few words edited in two paragraphs (a clause added to
   * one sentence, one word replaced in another), as syndicated or lightly revised copies are.
   */
  PageContent withSmallEdits(String addedClause, String from, String to) {
    List<Section> edited = new ArrayList<>();
    boolean clauseDone = false;
    boolean wordDone = false;
    for (Section s : sections) {
      List<String> ps = new ArrayList<>();
      for (String p : s.paragraphs()) {
        String q = p;
        if (!clauseDone && q.endsWith(".")) {
          q = q.substring(0, q.length() - 1) + addedClause + ".";
          clauseDone = true;
        } else if (clauseDone && !wordDone && q.contains(from)) {
          q = q.replaceFirst(java.util.regex.Pattern.quote(from), to);
          wordDone = true;
        }
        ps.add(q);
      }
      edited.add(new Section(s.heading(), List.copyOf(ps)));
    }
    if (!clauseDone) {
      throw new IllegalStateException("no sentence to edit in " + title);
    }
    return new PageContent(
        lang,
        title,
        author,
        published,
        List.copyOf(edited),
        listItems,
        table,
        comments,
        extraParagraphs);
  }
}
