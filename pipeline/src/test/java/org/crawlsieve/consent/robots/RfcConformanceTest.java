package org.crawlsieve.consent.robots;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The examples and rules of RFC 9309 (sections 2.2.1 to 2.2.3 and 5), as tables. Each row: the
 * robots.txt body ({@code |} separates lines), agent, URL or path, expected verdict, and the line
 * number of the deciding rule (0 when no rule decided).
 */
class RfcConformanceTest {

  /** RFC 9309 section 5.1, "Simple Example". */
  private static final String SIMPLE =
      "User-Agent: *|Disallow: *.gif$|Disallow: /example/|Allow: /publications/||"
          + "User-Agent: foobot|Disallow:/|Allow:/example/page.html|Allow:/example/allowed.gif||"
          + "User-Agent: barbot|User-Agent: bazbot|Disallow: /example/page.html||"
          + "User-Agent: quxbot";

  @ParameterizedTest(name = "{1} {2} -> {3}")
  @CsvSource(
      delimiter = ';',
      value = {
        // foobot: everything disallowed except two files
        "SIMPLE; foobot; https://www.example.com/example/page.html; true; 8",
        "SIMPLE; foobot; https://www.example.com/example/allowed.gif; true; 9",
        "SIMPLE; foobot; https://www.example.com/example/other.html; false; 7",
        "SIMPLE; foobot; https://www.example.com/; false; 7",
        // barbot and bazbot share one group
        "SIMPLE; barbot; https://www.example.com/example/page.html; false; 13",
        "SIMPLE; bazbot; https://www.example.com/example/page.html; false; 13",
        "SIMPLE; bazbot; https://www.example.com/example/other.html; true; 0",
        // quxbot's group has no rules: everything allowed, the * group does not apply
        "SIMPLE; quxbot; https://www.example.com/example/page.gif; true; 0",
        // any other agent gets the * group
        "SIMPLE; otherbot; https://www.example.com/example/page.html; false; 3",
        "SIMPLE; otherbot; https://www.example.com/images/a.gif; false; 2",
        "SIMPLE; otherbot; https://www.example.com/images/a.gif?x=1; true; 0",
        "SIMPLE; otherbot; https://www.example.com/publications/a.html; true; 4",
        "SIMPLE; otherbot; https://www.example.com/; true; 0",
      })
  void simpleExample(String body, String agent, String url, boolean allowed, int line) {
    assertVerdict(SIMPLE, agent, url, allowed, line);
  }

  @ParameterizedTest(name = "{0} | {1} {2} -> {3}")
  @CsvSource(
      delimiter = ';',
      value = {
        // 5.2 longest match: the more specific rule wins whatever its order
        "User-Agent: foobot|Allow: /example/page/|Disallow: /example/page/disallowed.gif;"
            + " foobot; /example/page/disallowed.gif; false; 3",
        "User-Agent: foobot|Allow: /example/page/|Disallow: /example/page/disallowed.gif;"
            + " foobot; /example/page/allowed.gif; true; 2",
        "User-Agent: foobot|Disallow: /example/page/disallowed.gif|Allow: /example/page/;"
            + " foobot; /example/page/disallowed.gif; false; 2",
        // 2.2.1 groups naming the same agent merge; the * group is not mixed in
        "user-agent: ExampleBot|disallow: /foo|disallow: /bar||user-agent: ExampleBot|"
            + "disallow: /baz||user-agent: *|disallow: /qux; ExampleBot; /baz/x; false; 6",
        "user-agent: ExampleBot|disallow: /foo|disallow: /bar||user-agent: ExampleBot|"
            + "disallow: /baz||user-agent: *|disallow: /qux; ExampleBot; /foo; false; 2",
        "user-agent: ExampleBot|disallow: /foo|disallow: /bar||user-agent: ExampleBot|"
            + "disallow: /baz||user-agent: *|disallow: /qux; ExampleBot; /qux; true; 0",
        // 2.2.1 no group for the agent and no * group: everything allowed
        "user-agent: OtherBot|disallow: /; ExampleBot; /anything; true; 0",
        // 2.2.2 Allow wins a tie of equal length
        "user-agent: *|disallow: /folder|allow: /folder; a; /folder/page; true; 3",
        "user-agent: *|allow: /folder|disallow: /folder; a; /folder/page; true; 2",
        // 2.2.2 an empty disallow value matches nothing
        "user-agent: *|disallow:; a; /; true; 0",
        // 2.2.2 paths are case-sensitive
        "user-agent: *|disallow: /Folder; a; /folder; true; 0",
        "user-agent: *|disallow: /Folder; a; /Folder; false; 2",
        // 2.2.3 special characters: # comment, $ end, * any run
        "user-agent: *|disallow: / # comment in line; a; /x; false; 2",
        "user-agent: *|disallow: /this/path/exactly$; a; /this/path/exactly; false; 2",
        "user-agent: *|disallow: /this/path/exactly$; a; /this/path/exactly/more; true; 0",
        "user-agent: *|disallow: /this/path/exactly$; a; /this/path/exactly?q=1; true; 0",
        "user-agent: *|disallow: /this/*/exactly; a; /this/is/exactly; false; 2",
        "user-agent: *|disallow: /this/*/exactly; a; /this/is/not/exactly/x; false; 2",
        "user-agent: *|disallow: /this/*/exactly; a; /this/exactly; true; 0",
        // 2.2.2 percent-encoding: compare in encoded form, unreserved characters decoded
        "user-agent: *|disallow: /foo/bar?baz=quz; a; /foo/bar?baz=quz; false; 2",
        "user-agent: *|disallow: /foo/bar/ツ; a; /foo/bar/%E3%83%84; false; 2",
        "user-agent: *|disallow: /foo/bar/ツ; a; /foo/bar/ツ; false; 2",
        "user-agent: *|disallow: /foo/bar/%E3%83%84; a; /foo/bar/ツ; false; 2",
        "user-agent: *|disallow: /foo/bar/%e3%83%84; a; /foo/bar/%E3%83%84; false; 2",
        "user-agent: *|disallow: /foo/bar/%62%61%7A; a; /foo/bar/baz; false; 2",
        "user-agent: *|disallow: /foo/bar/baz; a; /foo/bar/%62%61%7A; false; 2",
        "user-agent: *|disallow: /a%2Fb; a; /a/b; true; 0",
        "user-agent: *|disallow: /a%2fb; a; /a%2Fb; false; 2",
        // 2.2.2 /robots.txt itself is always allowed
        "user-agent: *|disallow: /; a; https://example.com/robots.txt; true; 0",
        "user-agent: *|disallow: /; a; https://example.com/robots.txt.bak; false; 2",
      })
  void rfcRules(String body, String agent, String url, boolean allowed, int line) {
    assertVerdict(body, agent, url, allowed, line);
  }

  static void assertVerdict(String body, String agent, String url, boolean allowed, int line) {
    RobotsVerdict v = RobotsFixtures.parse(body).check(agent, url);
    assertEquals(allowed, v.allowed(), () -> "verdict " + v);
    assertEquals(line, v.line(), () -> "deciding line " + v);
  }
}
