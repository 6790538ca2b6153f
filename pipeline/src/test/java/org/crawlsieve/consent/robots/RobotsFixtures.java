package org.crawlsieve.consent.robots;

/** Test helpers: robots.txt bodies written on one line with {@code |} for line breaks. */
final class RobotsFixtures {
  private RobotsFixtures() {}

  static RobotsTxt parse(String piped) {
    return new RobotsParser().parse(lines(piped));
  }

  static String lines(String piped) {
    return piped.replace("|", "\n");
  }
}
