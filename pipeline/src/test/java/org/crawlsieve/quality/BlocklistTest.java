package org.crawlsieve.quality;

import static org.crawlsieve.quality.QualityTesting.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crawlsieve.config.ConfigException;
import org.crawlsieve.core.Document;
import org.crawlsieve.core.Urls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BlocklistTest {
  @TempDir Path dir;

  private BlocklistStep step() throws IOException {
    Path list = dir.resolve("list.txt");
    Files.writeString(
        list,
        "# comment\n\nspam.example\n  .Casino.Invalid.  \nhttp://www.example.com/doorway.html\n",
        StandardCharsets.UTF_8);
    return new BlocklistStep(
        Blocklist.load(
            new BlocklistConfig(List.of(list.toString()), List.of("inline.test"), List.of())));
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource({
    "http://spam.example/page, quality.blocklist.domain",
    "https://www.spam.example/a?b=c, quality.blocklist.domain",
    "http://notspam.example/, ",
    "http://spam.example.org/, ",
    "http://a.b.casino.invalid/, quality.blocklist.domain",
    "http://inline.test/, quality.blocklist.domain",
    "http://www.example.com/doorway.html, quality.blocklist.url",
    "HTTP://WWW.EXAMPLE.COM:80/doorway.html#top, quality.blocklist.url",
    "http://www.example.com/doorway.html?x=1, ",
    "http://www.example.com/, ",
  })
  void matchesDomainsWithSubdomainsAndExactUrls(String url, String reason) throws IOException {
    Document doc = Document.builder().id("x").url(url).host(Urls.host(url)).text("text").build();
    assertEquals(reason, run(step(), doc).decision().reason());
  }

  @Test
  void commentsAndBlankLinesAreNotEntries() throws IOException {
    Path list = dir.resolve("l.txt");
    Files.writeString(list, "# a.example\n\n   \nb.example\n", StandardCharsets.UTF_8);
    Blocklist b = Blocklist.load(new BlocklistConfig(List.of(list.toString()), null, null));
    assertEquals(1, b.size());
  }

  @Test
  void missingFileIsAConfigError() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                Blocklist.load(
                    new BlocklistConfig(List.of(dir.resolve("nope.txt").toString()), null, null)));
    assertTrue(e.getMessage().contains("file not found"), e.getMessage());
  }

  @Test
  void shippedExampleListLoads() {
    Path example =
        Path.of(System.getProperty("crawlsieve.repo", "..")).resolve("conf/blocklist/example.txt");
    Blocklist b = Blocklist.load(new BlocklistConfig(List.of(example.toString()), null, null));
    assertEquals("spam.example", b.matchHost("www.spam.example"));
    assertEquals(4, b.size());
  }
}
