package org.crawlsieve.config;

import com.fasterxml.jackson.annotation.JsonProperty;
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
 * @param s3 how to reach S3; read from YAML but left out of the canonical JSON, so it never changes
 *     the config hash (where the data lives does not change what the pipeline decides)
 * @param http how to read inputs over HTTP(S); left out of the canonical JSON as {@code s3}
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
    OutputConfig output,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) S3Config s3,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) HttpConfig http) {

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
    s3 = s3 == null ? S3Config.defaults() : s3;
    http = http == null ? HttpConfig.defaults() : http;
  }

  public static CrawlsieveConfig defaults() {
    return new CrawlsieveConfig(null, null, null, null, null, null, null, null, null, null, null);
  }

  /** This config with another input section (e.g. a command-line override). */
  public CrawlsieveConfig withInput(InputConfig in) {
    return new CrawlsieveConfig(
        steps, in, extract, language, consent, pii, quality, dedup, output, s3, http);
  }

  public boolean enabled(String stage) {
    return steps.contains(stage);
  }
}
