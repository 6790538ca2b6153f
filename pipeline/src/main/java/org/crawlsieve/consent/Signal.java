package org.crawlsieve.consent;

/**
 * One machine-readable statement about the use of a page, as found.
 *
 * @param signal what it is: {@code noai}, {@code noimageai}, {@code tdm_reservation}, {@code
 *     tdm_policy}, {@code content_usage}, {@code content_signal}, {@code license}, {@code
 *     rsl_license}
 * @param carrier where it was found: {@code header}, {@code meta}, {@code well-known}, {@code
 *     robots}, {@code html}
 * @param agent the agent it is addressed to, {@code *} for everyone
 * @param value the value as written (bounded)
 * @param optout true when it restricts the configured purpose for an agent we honour
 */
public record Signal(String signal, String carrier, String agent, String value, boolean optout) {
  public static final String NOAI = "noai";
  public static final String NOIMAGEAI = "noimageai";
  public static final String TDM_RESERVATION = "tdm_reservation";
  public static final String TDM_POLICY = "tdm_policy";
  public static final String CONTENT_USAGE = "content_usage";
  public static final String CONTENT_SIGNAL = "content_signal";
  public static final String LICENSE = "license";
  public static final String RSL_LICENSE = "rsl_license";

  public static final String HEADER = "header";
  public static final String META = "meta";
  public static final String WELL_KNOWN = "well-known";
  public static final String ROBOTS = "robots";
  public static final String HTML = "html";
}
