package org.crawlsieve.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlsTest {

  @ParameterizedTest
  @CsvSource(
      nullValues = "NULL",
      value = {
        "https://Example.COM/path, example.com",
        "http://user:pw@host.example:8080/x, host.example",
        "<http://bracketed.example/a b>, bracketed.example",
        "http://trailing.example./, trailing.example",
        "http://[2001:db8::1]:80/, [2001:db8::1]",
        "dns:example.com, NULL",
        "https://spaces in.example/ x, spaces",
        "NULL, NULL",
      })
  void host(String url, String host) {
    assertEquals(host, Urls.host(url));
  }

  @ParameterizedTest
  @CsvSource({
    "news.bbc.co.uk, bbc.co.uk",
    "www.example.com, example.com",
    "example.com, example.com",
    "a.b.c.example.org, example.org",
    "192.0.2.1, 192.0.2.1",
    "localhost, localhost",
  })
  void registeredDomain(String host, String domain) {
    assertEquals(domain, Urls.registeredDomain(host));
  }

  @ParameterizedTest
  @CsvSource({
    "https://Example.com/a?b, https://example.com",
    "http://example.com:80/a, http://example.com",
    "https://example.com:443/, https://example.com",
    "http://example.com:8080/a, http://example.com:8080",
    "HTTPS://example.com/, https://example.com",
  })
  void origin(String url, String origin) {
    assertEquals(origin, Urls.origin(url));
  }
}
