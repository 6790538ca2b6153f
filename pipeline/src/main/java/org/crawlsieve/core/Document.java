package org.crawlsieve.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A document extracted from one WARC record, immutable. Steps return modified copies via {@link
 * #toBuilder()}.
 *
 * @param id the WARC-Record-ID
 * @param url the target URI
 * @param host lower-cased host of the URL (null when the URL has none)
 * @param domain registered domain (public suffix list + 1), or the host when it has none
 * @param text main text, paragraphs separated by newlines
 * @param title page title, or null
 * @param language ISO 639-1 code (or 639-3 where there is no 639-1), {@code und} when unknown
 * @param languageScore confidence of the language in [0, 1]
 * @param license licence URL found in the page (rel=license, Creative Commons), or null
 * @param tokenCount tokens of {@code text} under the configured tokenizer; -1 when not counted
 * @param piiCounts PII replacements made, by type ({@code EMAIL}, {@code PHONE}, …)
 * @param scores measured values of every tagger and filter, by name (kept for kept records too)
 * @param headers HTTP response headers, names lower-cased, in order
 * @param metaTags {@code <meta>} tags of the page (name lower-cased), for consent and licence rules
 * @param flags non-fatal conditions, e.g. {@code warc.truncated}, {@code robots.no_capture}
 * @param provenance where the record came from
 */
public record Document(
    String id,
    String url,
    String host,
    String domain,
    String text,
    String title,
    String language,
    double languageScore,
    String license,
    int tokenCount,
    Map<String, Integer> piiCounts,
    Map<String, Double> scores,
    Map<String, List<String>> headers,
    List<MetaTag> metaTags,
    List<String> flags,
    Provenance provenance) {

  public static final String UNKNOWN_LANGUAGE = "und";

  public Document {
    text = text == null ? "" : text;
    language = language == null ? UNKNOWN_LANGUAGE : language;
    // shared with the document this one was built from, unless a step changed them
    piiCounts = piiCounts == null ? Map.of() : FrozenMap.sortedCopyOf(piiCounts);
    scores = scores == null ? Map.of() : FrozenMap.sortedCopyOf(scores);
    headers = headers == null ? Map.of() : FrozenMap.orderedCopyOf(headers);
    metaTags = metaTags == null ? List.of() : List.copyOf(metaTags);
    flags = flags == null ? List.of() : List.copyOf(flags);
  }

  /** All values of a response header (name matched case-insensitively). */
  public List<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
    return values == null ? List.of() : values;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.url = url;
    b.host = host;
    b.domain = domain;
    b.text = text;
    b.title = title;
    b.language = language;
    b.languageScore = languageScore;
    b.license = license;
    b.tokenCount = tokenCount;
    // the immutable collections are shared; the builder copies one only when it is changed
    b.piiCounts = piiCounts;
    b.scores = scores;
    b.headers = headers;
    b.metaTags = metaTags;
    b.flags = flags;
    b.provenance = provenance;
    return b;
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private String id;
    private String url;
    private String host;
    private String domain;
    private String text = "";
    private String title;
    private String language = UNKNOWN_LANGUAGE;
    private double languageScore;
    private String license;
    private int tokenCount = -1;
    // a fresh builder's collections are private; after toBuilder() they are the document's
    // immutable ones until a setter replaces or a mutator copies them
    private Map<String, Integer> piiCounts = Map.of();
    private Map<String, Double> scores = new TreeMap<>();
    private Map<String, List<String>> headers = Map.of();
    private List<MetaTag> metaTags = List.of();
    private List<String> flags = new ArrayList<>();
    private Provenance provenance;

    public Builder id(String v) {
      id = v;
      return this;
    }

    public Builder url(String v) {
      url = v;
      return this;
    }

    public Builder host(String v) {
      host = v;
      return this;
    }

    public Builder domain(String v) {
      domain = v;
      return this;
    }

    public Builder text(String v) {
      text = v;
      return this;
    }

    public Builder title(String v) {
      title = v;
      return this;
    }

    public Builder language(String v, double score) {
      language = v;
      languageScore = score;
      return this;
    }

    public Builder license(String v) {
      license = v;
      return this;
    }

    public Builder tokenCount(int v) {
      tokenCount = v;
      return this;
    }

    public Builder piiCounts(Map<String, Integer> v) {
      piiCounts = new TreeMap<>(v);
      return this;
    }

    public Builder score(String name, double value) {
      writableScores().put(name, value);
      return this;
    }

    public Builder scores(Map<String, Double> v) {
      writableScores().putAll(v);
      return this;
    }

    private Map<String, Double> writableScores() {
      if (!(scores instanceof TreeMap)) {
        scores = new TreeMap<>(scores);
      }
      return scores;
    }

    public Builder headers(Map<String, List<String>> v) {
      headers = new LinkedHashMap<>(v);
      return this;
    }

    public Builder metaTags(List<MetaTag> v) {
      metaTags = new ArrayList<>(v);
      return this;
    }

    public Builder flag(String v) {
      if (!flags.contains(v)) {
        if (!(flags instanceof ArrayList)) {
          flags = new ArrayList<>(flags);
        }
        flags.add(v);
      }
      return this;
    }

    public Builder provenance(Provenance v) {
      provenance = v;
      return this;
    }

    public Document build() {
      return new Document(
          id,
          url,
          host,
          domain,
          text,
          title,
          language,
          languageScore,
          license,
          tokenCount,
          piiCounts,
          scores,
          headers,
          metaTags,
          flags,
          provenance);
    }
  }
}
