package org.crawlsieve.consent;

import java.util.List;
import java.util.Set;

/**
 * The closed set of reason codes of the consent stage, in the order that picks the reason of a
 * record several signals exclude (the first wins; all are kept in evidence).
 */
public final class ConsentReasons {
  /** A listed agent's own robots.txt group disallows the URL. */
  public static final String ROBOTS_DISALLOW = "consent.robots_disallow";

  /** robots.txt answered 5xx / 429 / nothing: RFC 9309 says assume everything disallowed. */
  public static final String ROBOTS_UNAVAILABLE = "consent.robots_unavailable";

  /** A listed agent is disallowed only through the {@code *} group (star_refusal: exclude). */
  public static final String ROBOTS_DISALLOW_STAR = "consent.robots_disallow_star";

  /** {@code noai} in X-Robots-Tag or a robots / agent meta tag. */
  public static final String NOAI = "consent.noai";

  /** TDMRep {@code tdm-reservation: 1} (EU CDSM Art. 4 opt-out). */
  public static final String TDM_RESERVATION = "consent.tdm_reservation";

  /** IETF aipref Content-Usage refusing training (header, meta or robots.txt line). */
  public static final String CONTENT_USAGE = "consent.content_usage";

  /** Cloudflare {@code Content-Signal: ai-train=no} in robots.txt. */
  public static final String CONTENT_SIGNAL = "consent.content_signal";

  /** No robots.txt capture for the origin and {@code no_capture: exclude}. */
  public static final String ROBOTS_NO_CAPTURE = "consent.robots_no_capture";

  /** Every code, in priority order. */
  public static final List<String> PRIORITY =
      List.of(
          ROBOTS_DISALLOW,
          ROBOTS_UNAVAILABLE,
          ROBOTS_DISALLOW_STAR,
          NOAI,
          TDM_RESERVATION,
          CONTENT_USAGE,
          CONTENT_SIGNAL,
          ROBOTS_NO_CAPTURE);

  /** Every code the full evaluation (after the robots join) can return. */
  public static final Set<String> ALL = Set.copyOf(PRIORITY);

  /** The codes the page-level step (no robots.txt) can return. */
  public static final Set<String> PAGE = Set.of(NOAI, TDM_RESERVATION, CONTENT_USAGE);

  private ConsentReasons() {}
}
