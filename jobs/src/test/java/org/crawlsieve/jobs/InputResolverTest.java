package org.crawlsieve.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.crawlsieve.cli.UserException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputResolverTest {
  @TempDir Path dir;
  private InputResolver resolver;

  @BeforeEach
  void files() throws IOException {
    Files.createDirectories(dir.resolve("sub"));
    for (String f : List.of("b.warc.gz", "a.warc.gz", "sub/c.warc", "notes.md")) {
      Files.writeString(dir.resolve(f), "x");
    }
    resolver = new InputResolver(new Configuration(), dir.toUri().toString());
  }

  private static List<String> names(List<String> paths) {
    return paths.stream().map(p -> p.substring(p.lastIndexOf('/') + 1)).toList();
  }

  @Test
  void singleFile() {
    assertEquals(
        List.of("a.warc.gz"), names(resolver.resolve(dir.resolve("a.warc.gz").toString(), 0)));
  }

  @Test
  void directoryIsRecursiveSortedAndSkipsOtherFiles() {
    assertEquals(
        List.of("a.warc.gz", "b.warc.gz", "c.warc"), names(resolver.resolve(dir.toString(), 0)));
  }

  @Test
  void globAndLimit() {
    assertEquals(List.of("a.warc.gz", "b.warc.gz"), names(resolver.resolve(dir + "/*.warc.gz", 0)));
    assertEquals(List.of("a.warc.gz"), names(resolver.resolve(dir + "/*.warc.gz", 1)));
  }

  @Test
  void gzippedListingResolvesRelativeLinesAgainstThePrefix() throws IOException {
    Path listing = dir.resolve("warc.paths.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(listing))) {
      out.write(
          "b.warc.gz\n\n# comment\nsub/c.warc\ns3a://bucket/abs.warc.gz\n"
              .getBytes(StandardCharsets.UTF_8));
    }
    List<String> paths = resolver.resolve(listing.toString(), 0);
    assertEquals(3, paths.size());
    assertTrue(
        paths.get(0).endsWith("/b.warc.gz") && paths.get(0).startsWith("file:"), paths.get(0));
    assertTrue(paths.get(1).endsWith("/sub/c.warc"));
    assertEquals("s3a://bucket/abs.warc.gz", paths.get(2));
  }

  @Test
  void plainListingWithDefaultCommonCrawlPrefix() throws IOException {
    Path listing = dir.resolve("warc.paths");
    Files.writeString(listing, "crawl-data/CC-MAIN-2024-10/segments/1/warc/x.warc.gz\n");
    InputResolver cc = new InputResolver(new Configuration(), "s3a://commoncrawl/");
    assertEquals(
        List.of("s3a://commoncrawl/crawl-data/CC-MAIN-2024-10/segments/1/warc/x.warc.gz"),
        cc.resolve(listing.toString(), 0));
  }

  @Test
  void missingInputIsAUserError() {
    UserException e =
        assertThrows(UserException.class, () -> resolver.resolve(dir + "/none.warc.gz", 0));
    assertTrue(e.getMessage().contains("not found"), e.getMessage());
  }

  @Test
  void globMatchingNothingIsAUserError() {
    assertThrows(UserException.class, () -> resolver.resolve(dir + "/*.arc.gz", 0));
  }
}
