package org.crawlsieve.config;

import java.util.ArrayList;
import java.util.List;
import org.crawlsieve.consent.ConsentConfig;
import org.crawlsieve.dedup.DedupConfig;
import org.crawlsieve.extract.ExtractConfig;
import org.crawlsieve.lang.LanguageConfig;
import org.crawlsieve.pii.PiiConfig;
import org.crawlsieve.quality.QualityConfig;

/**
 * The whole run configuration, as read from YAML ({@code conf/local.yaml}). Immutable; every
 * section has defaults, so an empty file is a valid config.
 *
 * @param steps enabled stages; they always run in the order of {@link Stages#ALL}
 */
public record CrawlsieveConfig(
    List<String> steps,
    InputConfig input,
    ExtractConfig extract,
    LanguageConfig language,
    ConsentConfig consent,
    PiiConfig pii,
    QualityConfig quality,
    DedupConfig dedup,
    OutputConfig output) {

  public CrawlsieveConfig {
    steps = steps == null ? Stages.ALL : List.copyOf(steps);
    List<String> unknown = new ArrayList<>();
    for (String s : steps) {
      if (!Stages.ALL.contains(s)) {
        unknown.add(s);
      }
    }
    if (!unknown.isEmpty()) {
      throw new ConfigException(
          "steps: unknown stage "
              + String.join(", ", unknown)
              + "; valid stages: "
              + String.join(", ", Stages.ALL));
    }
    if (!steps.contains(Stages.EXTRACT)) {
      throw new ConfigException("steps: 'extract' is required (every later stage reads its text)");
    }
    input = input == null ? InputConfig.defaults() : input;
    extract = extract == null ? ExtractConfig.defaults() : extract;
    language = language == null ? LanguageConfig.defaults() : language;
    consent = consent == null ? ConsentConfig.defaults() : consent;
    pii = pii == null ? PiiConfig.defaults() : pii;
    quality = quality == null ? QualityConfig.defaults() : quality;
    dedup = dedup == null ? DedupConfig.defaults() : dedup;
    output = output == null ? OutputConfig.defaults() : output;
  }

  public static CrawlsieveConfig defaults() {
    return new CrawlsieveConfig(null, null, null, null, null, null, null, null, null);
  }

  public boolean enabled(String stage) {
    return steps.contains(stage);
  }
}
