package org.crawlsieve.warc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CrawlIdsTest {
  @ParameterizedTest
  @CsvSource(
      nullValues = "NULL",
      value = {
        "s3a://commoncrawl/crawl-data/CC-MAIN-2024-10/segments/1/warc/x.warc.gz, CC-MAIN-2024-10",
        "CC-NEWS-2023-01-x.warc.gz, CC-NEWS-2023-01",
        "/data/file.warc.gz, NULL",
      })
  void findsCrawlIds(String path, String crawl) {
    assertEquals(crawl, CrawlIds.find(path));
  }
}
