package org.crawlsieve.samplegen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Composes distinct article contents from a language's text bank with a seeded random. */
final class ContentMaker {
  private ContentMaker() {}

  /**
   * An article of {@code sentenceCount} distinct sentences (capped by the bank) in 2 to 4 sections,
   * with a list, a table and two comments.
   */
  static PageContent article(TextBank bank, Random rnd, int sentenceCount, LocalDate published) {
    List<String> sentences =
        pick(bank.sentences(), Math.min(sentenceCount, bank.sentences().size()), rnd);
    List<String> headings = pick(bank.headings(), bank.headings().size(), rnd);
    boolean cjk = bank.lang().equals("ja") || bank.lang().equals("zh");
    String space = cjk ? "" : " ";
    List<String> paragraphs = new ArrayList<>();
    int i = 0;
    while (i < sentences.size()) {
      int n = Math.min(2 + rnd.nextInt(3), sentences.size() - i);
      if (sentences.size() - i - n == 1) {
        n++; // no one-sentence tail paragraph
      }
      paragraphs.add(String.join(space, sentences.subList(i, i + n)));
      i += n;
    }
    int sectionCount = Math.max(1, Math.min(paragraphs.size() / 2, 2 + rnd.nextInt(3)));
    List<PageContent.Section> sections = new ArrayList<>();
    int per = (int) Math.ceil(paragraphs.size() / (double) sectionCount);
    for (int s = 0, p = 0; p < paragraphs.size(); s++, p += per) {
      String heading = s == 0 ? null : headings.get((s - 1) % headings.size());
      sections.add(
          new PageContent.Section(
              heading, List.copyOf(paragraphs.subList(p, Math.min(paragraphs.size(), p + per)))));
    }
    List<String> items =
        pick(bank.items(), 3 + rnd.nextInt(Math.min(3, bank.items().size() - 2)), rnd);
    List<List<String>> table = new ArrayList<>();
    table.add(List.of(bank.label("col_item"), bank.label("col_value"), bank.label("col_change")));
    int base = 200 + rnd.nextInt(800);
    for (int year = 2023; year <= 2025; year++) {
      int change = rnd.nextInt(19) - 6;
      base = base + base * change / 100;
      table.add(
          List.of(
              Integer.toString(year),
              Integer.toString(base),
              (change >= 0 ? "+" : "") + change + "%"));
    }
    List<String> names = pick(bank.names(), 3, rnd);
    List<String> texts = pick(bank.comments(), 2, rnd);
    List<List<String>> comments =
        List.of(List.of(names.get(1), texts.get(0)), List.of(names.get(2), texts.get(1)));
    String title = bank.titles().get(rnd.nextInt(bank.titles().size()));
    return new PageContent(
        bank.lang(),
        title,
        names.get(0),
        published,
        List.copyOf(sections),
        items,
        List.copyOf(table),
        comments,
        List.of());
  }

  /** {@code n} distinct elements of {@code from} in random order. */
  static <T> List<T> pick(List<T> from, int n, Random rnd) {
    List<T> copy = new ArrayList<>(from);
    Collections.shuffle(copy, rnd);
    return List.copyOf(copy.subList(0, n));
  }
}
