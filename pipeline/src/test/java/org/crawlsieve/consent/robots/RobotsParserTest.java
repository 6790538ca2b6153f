package org.crawlsieve.consent.robots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RobotsParserTest {

  @Test
  void eachAgentIsEvaluatedOnItsOwn() {
    // crawler-commons merges the groups of several agents asked at once; we never do
    RobotsTxt r =
        RobotsFixtures.parse("User-agent: GPTBot|Disallow: /||User-agent: CCBot|Allow: /");
    assertFalse(r.check("GPTBot", "/page").allowed());
    assertTrue(r.check("CCBot", "/page").allowed());
    assertEquals(MatchedBy.NAME, r.check("GPTBot", "/page").matchedBy());
  }

  @Test
  void verdictCarriesTheLineAsWrittenAndHowTheAgentMatched() {
    RobotsTxt r = RobotsFixtures.parse("# hi|User-agent: *|Disallow: /private/  # keep out|");
    RobotsVerdict v = r.check("GPTBot", "https://x.test/private/a");
    assertEquals(new RobotsVerdict(false, "disallow", MatchedBy.STAR, 3, "Disallow: /private/"), v);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "lf, '\n'",
    "crlf, '\r\n'",
    "cr, '\r'",
  })
  void lineEndingsAllCount(String name, String eol) {
    String body = String.join(eol, "User-agent: *", "Disallow: /a", "Disallow: /b");
    RobotsTxt r = new RobotsParser().parse(body);
    assertEquals(3, r.check("x", "/b").line());
    assertEquals(2, r.check("x", "/a").line());
  }

  @Test
  void mixedLineEndingsAndNoFinalNewline() {
    RobotsTxt r =
        new RobotsParser().parse("User-agent: *\r\nDisallow: /a\rDisallow: /b\nDisallow: /c");
    assertEquals(4, r.check("x", "/c").line());
    assertEquals(4, r.lines());
  }

  @Test
  void byteOrderMarksAreSkippedOrDecoded() {
    byte[] utf8 =
        bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "User-agent: *\nDisallow: /x");
    assertFalse(new RobotsParser().parse(utf8).check("a", "/x").allowed());
    byte[] le =
        bytes(new byte[] {(byte) 0xFF, (byte) 0xFE}, "User-agent: *\nDisallow: /x", "UTF-16LE");
    assertFalse(new RobotsParser().parse(le).check("a", "/x").allowed());
    byte[] be =
        bytes(new byte[] {(byte) 0xFE, (byte) 0xFF}, "User-agent: *\nDisallow: /x", "UTF-16BE");
    assertFalse(new RobotsParser().parse(be).check("a", "/x").allowed());
  }

  @Test
  void latin1RuleBytesAreEncodedOctetByOctet() {
    byte[] body = "User-agent: *\nDisallow: /caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
    RobotsTxt r = new RobotsParser().parse(body);
    assertFalse(r.check("a", "/caf%E9").allowed());
    assertTrue(r.check("a", "/caf%C3%A9").allowed());
  }

  @Test
  void bodyIsCutAtTheLastLineBreakInsideTheBound() {
    String body = "User-agent: *\nDisallow: /secret-area\n";
    // a cut in the middle of the rule would leave "/sec", which is broader: never do that
    RobotsTxt r = new RobotsParser(30).parse(body);
    assertTrue(r.truncated());
    assertTrue(r.check("a", "/sec").allowed());
    RobotsTxt whole = new RobotsParser(body.length()).parse(body);
    assertFalse(whole.truncated());
    assertFalse(whole.check("a", "/secret-area").allowed());
  }

  @Test
  void rulesBeyondTheDefaultBoundAreNotRead() {
    StringBuilder b = new StringBuilder("User-agent: *\n");
    while (b.length() < RobotsParser.DEFAULT_MAX_BYTES) {
      b.append("Disallow: /filler/").append(b.length()).append('\n');
    }
    b.append("Disallow: /late\n");
    RobotsTxt r = new RobotsParser().parse(b.toString());
    assertTrue(r.truncated());
    assertTrue(r.check("a", "/late").allowed());
    assertFalse(new RobotsParser(b.length() + 1).parse(b.toString()).check("a", "/late").allowed());
  }

  @Test
  void garbageNeverThrows() {
    Random random = new Random(42);
    RobotsParser parser = new RobotsParser(4096);
    for (int i = 0; i < 300; i++) {
      byte[] junk = new byte[random.nextInt(3000)];
      random.nextBytes(junk);
      if (i % 3 == 0) {
        // sprinkle directive-like text so the grouping code sees odd input too
        junk = bytes(junk, "\nuser-agent:\n:\nallow\ndisallow:%%%\ncontent-usage: /x\n*$");
      }
      RobotsTxt r = parser.parse(junk);
      r.check("GPTBot", "https://x.test/%zz/\u0000");
      r.access("*");
    }
    assertEquals(0, parser.parse(new byte[0]).groups().size());
    assertTrue(parser.parse((byte[]) null).check("a", "/").allowed());
  }

  @Test
  void manyWildcardsAreMatchedWithoutBacktracking() {
    String pattern = "/" + "*a".repeat(2000) + "$";
    RobotsTxt r = RobotsFixtures.parse("user-agent: *|disallow: " + pattern);
    String path = "/" + "a".repeat(20_000) + "b";
    assertTrue(r.check("x", path).allowed());
    assertFalse(r.check("x", "/" + "a".repeat(20_000)).allowed());
  }

  @Test
  void contentUsageAndContentSignalLinesLiveInGroups() {
    RobotsTxt r =
        RobotsFixtures.parse(
            "Content-Usage: train-ai=n|"
                + "User-Agent: *|Content-Usage: train-ai=y, search=y|"
                + "Content-Usage: /news/ train-ai=n|Content-Signal: search=yes, ai-train=no|Allow: /");
    RobotsGroup g = r.groups().get(0);
    assertEquals(3, g.usage().size());
    assertEquals(Map.of("train-ai", "y", "search", "y"), g.usage().get(0).prefs());
    assertEquals("/", g.usage().get(0).path().pattern());
    assertEquals("/news/", g.usage().get(1).path().pattern());
    assertEquals(UsageLine.Kind.CONTENT_SIGNAL, g.usage().get(2).kind());
    assertEquals(1, r.ignoredLines());
    List<UsageMatch> news = r.usage("GPTBot", "/news/a");
    assertEquals(2, news.size());
    assertEquals(4, news.get(0).line().line(), "longest Content-Usage path wins");
    assertEquals(5, news.get(1).line().line());
    assertEquals(MatchedBy.STAR, news.get(0).matchedBy());
    List<UsageMatch> home = r.usage("GPTBot", "/about");
    assertEquals(3, home.get(0).line().line());
  }

  @Test
  void usageLinesOfTheStarGroupBindNamedAgentsToo() {
    RobotsTxt r =
        RobotsFixtures.parse(
            "User-Agent: *|Content-Signal: ai-train=no|Allow: /||User-Agent: GPTBot|Allow: /");
    List<UsageMatch> m = r.usage("GPTBot", "/x");
    assertEquals(1, m.size());
    assertEquals(MatchedBy.STAR, m.get(0).matchedBy());
  }

  @Test
  void licenseAndSitemapLinesAreFileLevel() {
    RobotsTxt r =
        RobotsFixtures.parse(
            "License: https://x.test/license.xml|User-agent: *|Disallow: /a|"
                + "Sitemap: https://x.test/s.xml|Disallow: /b");
    assertEquals("https://x.test/license.xml", r.licenses().get(0).value());
    assertEquals(1, r.licenses().get(0).line());
    assertEquals(1, r.sitemaps().size());
    assertFalse(r.check("a", "/b").allowed(), "a sitemap line does not close the group");
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @CsvSource(
      delimiter = ';',
      value = {
        "user-agent: GPTBot|disallow: /; GPTBot; full",
        "user-agent: GPTBot|disallow: /*; GPTBot; full",
        "user-agent: GPTBot|disallow: /|allow: /public/; GPTBot; partial",
        "user-agent: GPTBot|disallow: /private/; GPTBot; partial",
        "user-agent: GPTBot|allow: /; GPTBot; none",
        "user-agent: GPTBot|disallow:; GPTBot; none",
        "user-agent: *|disallow: /; GPTBot; full",
        "user-agent: *|disallow: /|user-agent: GPTBot|allow: /; GPTBot; none",
        "user-agent: CCBot|disallow: /; GPTBot; none",
      })
  void accessClassification(String body, String agent, String expected) {
    assertEquals(expected, RobotsFixtures.parse(body).access(agent).code());
  }

  private static byte[] bytes(byte[] prefix, String text) {
    return bytes(prefix, text, "UTF-8");
  }

  private static byte[] bytes(byte[] prefix, String text, String charset) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(prefix);
    out.writeBytes(text.getBytes(java.nio.charset.Charset.forName(charset)));
    return out.toByteArray();
  }
}
