package org.crawlsieve.quality;

/**
 * The thresholds of every quality filter, as one unit: the top-level sections of {@code quality},
 * or one per-language override in {@code quality.by_language.<lang>} (where null sections and
 * fields inherit from the top level).
 */
public record LanguageRules(
    GopherQualityRules gopherQuality,
    GopherRepetitionRules gopherRepetition,
    C4Rules c4,
    FineWebRules fineweb) {

  public LanguageRules {
    gopherQuality = gopherQuality == null ? GopherQualityRules.inherit() : gopherQuality;
    gopherRepetition =
        gopherRepetition == null ? GopherRepetitionRules.inherit() : gopherRepetition;
    c4 = c4 == null ? C4Rules.inherit() : c4;
    fineweb = fineweb == null ? FineWebRules.inherit() : fineweb;
  }

  /** FILTERS.md defaults for every filter. */
  public static final LanguageRules DEFAULTS =
      new LanguageRules(
          GopherQualityRules.DEFAULTS,
          GopherRepetitionRules.DEFAULTS,
          C4Rules.DEFAULTS,
          FineWebRules.DEFAULTS);

  /** Every section inherits everything. */
  public static LanguageRules inherit() {
    return new LanguageRules(null, null, null, null);
  }

  /** These rules with every unset field taken from {@code base}. */
  public LanguageRules over(LanguageRules base) {
    return new LanguageRules(
        gopherQuality.over(base.gopherQuality),
        gopherRepetition.over(base.gopherRepetition),
        c4.over(base.c4),
        fineweb.over(base.fineweb));
  }
}
