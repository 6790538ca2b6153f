package org.crawlsieve.consent.robots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.crawlsieve.consent.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * CI-only: crawler-commons' real and tricky robots.txt files ({@code
 * ../shared/data/robots/crawler-commons-fixtures/}), skipped when the shared data is absent.
 */
class CrawlerCommonsFixturesTest {

  @Test
  void everyFixtureParsesWithoutThrowing() throws IOException {
    Path dir = SharedData.require("data/robots/crawler-commons-fixtures");
    int files = 0;
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      for (Path f : s) {
        RobotsTxt r = new RobotsParser().parse(Files.readAllBytes(f));
        r.check("GPTBot", "https://x.test/some/page.html");
        r.access("*");
        files++;
      }
    }
    assertTrue(files >= 20, "fixtures: " + files);
  }

  @ParameterizedTest(name = "{0} {1} {2} -> {3}")
  @CsvSource({
    "rfc9309-example-simple-robots.txt, foobot, /example/page.html, true",
    "rfc9309-example-simple-robots.txt, foobot, /example/other.html, false",
    "rfc9309-example-simple-robots.txt, quxbot, /example/a.gif, true",
    "rfc9309-example-simple-robots.txt, anybot, /example/a.gif, false",
    "rfc9309-example-longest-match-robots.txt, foobot, /example/page/disallowed.gif, false",
    "rfc9309-example-longest-match-robots.txt, foobot, /example/page/other.gif, true",
    "rfc9309-example-rule-group-merging.txt, examplebot, /baz, false",
    "rfc9309-example-rule-group-merging.txt, bazbot, /foo, true",
    "rfc9309-example-rule-group-merging.txt, otherbot, /foo, false",
    "merge-rules.txt, wget, /foo/bar, true",
    "merge-rules.txt, wget, /ckh/bar, true",
    "merge-rules.txt, testy, /ckh/bar, false",
    "precedence-of-rules.txt, testy, /foo/bar, true",
    "precedence-of-rules.txt, testy, /foo/baz, false",
    "precedence-of-rules.txt, wget, /foo, true",
    "precedence-of-rules.txt, wget, /bar, false",
    "wildcards.txt, anybot, /gp/registry/wishlist/123/reserve, false",
    "wildcards.txt, anybot, /wishlist/universal/x, true",
    "wildcards.txt, anybot, /wishlist/x, false",
    "wildcards.txt, anybot, /a/b/gcrnsts, false",
    "wildcards.txt, etaospider, /anything, false",
    "directive-typos-robots.txt, bot1, /desallow/, false",
    "directive-typos-robots.txt, bot1, /dissalow/, false",
    "directive-typos-robots.txt, bot2, /useragent/, false",
    "directive-typos-robots.txt, bot4, /useragent-no-colon/, false",
    "robots-with-utf16le-bom.txt, anybot, /login.aspx, false",
    "robots-with-utf16be-bom.txt, anybot, /login.aspx, false",
    "malformed-path.txt, anybot, /wiki/Wikipedia_talk:Mediation_Committee/, false",
  })
  void knownVerdicts(String file, String agent, String path, boolean allowed) throws IOException {
    Path f = SharedData.require("data/robots/crawler-commons-fixtures/" + file);
    RobotsTxt r = new RobotsParser().parse(Files.readAllBytes(f));
    assertEquals(allowed, r.check(agent, path).allowed(), () -> r.check(agent, path).toString());
  }
}
