package org.crawlsieve.consent.robots;

import java.util.List;
import java.util.Locale;

/**
 * What a page's robots.txt turned out to be, after capture selection, status handling and
 * redirects.
 *
 * @param kind the outcome
 * @param capture the last capture of the chain (the one that decided), or null
 * @param chain every capture followed, first the page's own origin's
 * @param robots the parsed file when {@code kind} is {@link Kind#PARSED}, else null
 * @param flags conditions worth recording ({@code robots.no_capture}, {@code robots.html_body} …)
 */
public record RobotsResolution(
    Kind kind,
    RobotsCapture capture,
    List<RobotsCapture> chain,
    RobotsTxt robots,
    List<String> flags) {

  /** Outcomes, with what RFC 9309 says a crawler does in each. */
  public enum Kind {
    /** 2xx with a robots.txt body: obey it. */
    PARSED,
    /** 4xx (or a redirect without target): no file, everything allowed. */
    UNAVAILABLE,
    /** 5xx, 429, or no answer: everything disallowed. */
    UNREACHABLE,
    /** 2xx whose body is an HTML page, not a robots.txt: treated as unavailable (allowed). */
    HTML_BODY,
    /** More redirects than allowed, or a loop: treated as unavailable (allowed). */
    REDIRECT_LIMIT,
    /** A redirect to a URL no capture exists for: treated as no capture. */
    REDIRECT_UNCAPTURED,
    /** No capture of the origin's robots.txt at all. */
    NO_CAPTURE;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public RobotsResolution {
    chain = List.copyOf(chain);
    flags = List.copyOf(flags);
  }

  /** True when there is no file to judge by ({@link Kind#NO_CAPTURE}, uncaptured redirect). */
  public boolean missing() {
    return kind == Kind.NO_CAPTURE || kind == Kind.REDIRECT_UNCAPTURED;
  }

  /**
   * The verdict for one agent and URL. Missing captures answer allowed with reason {@code
   * no_capture} / {@code redirect_uncaptured}; the caller applies its no-capture policy.
   */
  public RobotsVerdict verdict(String agent, String url) {
    return switch (kind) {
      case PARSED -> robots.check(agent, url);
      case UNREACHABLE -> RobotsVerdict.without(false, "unreachable", MatchedBy.NONE);
      default -> RobotsVerdict.without(true, kind.code(), MatchedBy.NONE);
    };
  }

  /** The "Consent in Crisis" class of an agent on this host. */
  public AgentAccess access(String agent) {
    return switch (kind) {
      case PARSED -> robots.access(agent);
      case UNREACHABLE -> AgentAccess.FULL;
      case NO_CAPTURE, REDIRECT_UNCAPTURED -> AgentAccess.UNKNOWN;
      default -> AgentAccess.NONE;
    };
  }
}
