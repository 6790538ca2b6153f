package org.crawlsieve.consent.robots;

import static org.crawlsieve.consent.robots.RfcConformanceTest.assertVerdict;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The behaviours google/robotstxt's conformance suite ({@code robots_test.cc}) checks, in our own
 * cases: line syntax, grouping, case rules, agent tokens, longest match, wildcards, encoding, line
 * endings. Rows as in {@link RfcConformanceTest}.
 */
class GoogleBehaviourTest {

  @ParameterizedTest(name = "{0} | {1} {2} -> {3}")
  @CsvSource(
      delimiter = ';',
      value = {
        // line syntax: key, colon, value; a missing colon is tolerated before whitespace
        "user-agent: FooBot|disallow: /; FooBot; /x; false; 2",
        "user-agent FooBot|disallow /; FooBot; /x; false; 2",
        "user-agent: FooBot disallow: /; FooBot; /x; true; 0",
        // rules before the first user-agent line belong to no group
        "disallow: /|user-agent: FooBot|allow: /x; FooBot; /y; true; 0",
        "allow: /x|user-agent: *|disallow: /; FooBot; /x; false; 3",
        // a user-agent line after a rule opens a new group
        "user-agent: FooBot|disallow: /a|user-agent: BarBot|disallow: /b; FooBot; /b; true; 0",
        "user-agent: FooBot|disallow: /a|user-agent: BarBot|disallow: /b; BarBot; /a; true; 0",
        // lines other than rules (sitemap, crawl-delay, unknown) do not end the agent list
        "user-agent: FooBot|sitemap: https://x.test/s.xml|user-agent: *|disallow: /;"
            + " FooBot; /x; false; 4",
        "user-agent: FooBot|crawl-delay: 5|user-agent: BarBot|disallow: /; FooBot; /x; false; 4",
        "user-agent: FooBot|invalid-line|user-agent: BarBot|disallow: /; FooBot; /x; false; 4",
        // directive names are case-insensitive
        "USER-AGENT: FooBot|DISALLOW: /; FooBot; /x; false; 2",
        "uSeR-aGeNt: FooBot|dIsAlLoW: /; FooBot; /x; false; 2",
        "user-agent: FooBot|disallow: /|ALLOW: /x; FooBot; /x/y; true; 3",
        // agent tokens are case-insensitive
        "user-agent: FOOBOT|disallow: /; foobot; /x; false; 2",
        "user-agent: foobot|disallow: /; FooBot; /x; false; 2",
        // the token is the leading run of letters, digits, - and _ (version and comments cut)
        "user-agent: FooBot/2.1|disallow: /; FooBot; /x; false; 2",
        "user-agent: Foo Bar|disallow: /; Foo; /x; false; 2",
        "user-agent: Foo Bar|disallow: /; Bar; /x; true; 0",
        "user-agent: FooBot-News|disallow: /; FooBot; /x; true; 0",
        "user-agent: AI2Bot|disallow: /; AI2Bot; /x; false; 2",
        // a named group replaces the * group entirely
        "user-agent: *|disallow: /|user-agent: FooBot|allow: /private; FooBot; /x; true; 0",
        "user-agent: *|disallow: /|user-agent: FooBot|allow: /private; BarBot; /x; false; 2",
        // frequent misspellings are accepted
        "useragent: FooBot|dissallow: /; FooBot; /x; false; 2",
        "user agent: FooBot|disalow: /; FooBot; /x; false; 2",
        "user agent FooBot|desallow: /; FooBot; /x; false; 2",
        // longest match, Allow winning ties; wildcards count in the length
        "user-agent: *|allow: /page|disallow: /*.html; a; /page.html; false; 3",
        "user-agent: *|allow: /page|disallow: /*.html; a; /page; true; 2",
        "user-agent: *|allow: /$|disallow: /; a; /; true; 2",
        "user-agent: *|allow: /$|disallow: /; a; /page.html; false; 3",
        "user-agent: *|disallow: /|allow: /$; a; /; true; 3",
        "user-agent: *|allow: /x/|disallow: /*/; a; /x/y; true; 2",
        "user-agent: *|allow: /x/page.html|disallow: /x/; a; /x/page.html; true; 2",
        "user-agent: *|allow: /x/page.html|disallow: /x/; a; /x/page.html2; true; 2",
        "user-agent: *|allow: /x/page.html$|disallow: /x/; a; /x/page.html2; false; 3",
        // wildcards
        "user-agent: *|disallow: /foo*; a; /foobar; false; 2",
        "user-agent: *|disallow: /*foo; a; /bar/foo; false; 2",
        "user-agent: *|disallow: /*foo*bar$; a; /a/foo/b/bar; false; 2",
        "user-agent: *|disallow: /*foo*bar$; a; /a/foo/b/bar/c; true; 0",
        "user-agent: *|disallow: /**; a; /anything; false; 2",
        "user-agent: *|disallow: *; a; /anything; false; 2",
        "user-agent: *|disallow: /a$b; a; /a$b/c; false; 2",
        // query strings take part in matching; fragments do not
        "user-agent: *|disallow: /*?; a; /page?x=1; false; 2",
        "user-agent: *|disallow: /*?; a; /page#frag?x; true; 0",
        "user-agent: *|disallow: /page$; a; https://x.test/page#top; false; 2",
        // an empty path is /
        "user-agent: *|disallow: /$; a; https://x.test; false; 2",
        // comments
        "# user-agent: *|# disallow: /|user-agent: *|allow: /; a; /x; true; 4",
        "user-agent: * # everyone|disallow: /private # secret; a; /private; false; 2",
      })
  void googleBehaviours(String body, String agent, String url, boolean allowed, int line) {
    assertVerdict(body, agent, url, allowed, line);
  }
}
