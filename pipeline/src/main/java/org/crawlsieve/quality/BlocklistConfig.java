package org.crawlsieve.quality;

import java.util.List;

/**
 * Where the URL/domain blocklist comes from: list files (one entry a line, see {@link Blocklist})
 * and entries given inline. All sources are combined.
 *
 * @param files list files, read once when the stage is built; relative paths resolve against the
 *     working directory
 * @param domains hosts or registered domains to block, with every subdomain
 * @param urls exact URLs to block
 */
public record BlocklistConfig(List<String> files, List<String> domains, List<String> urls) {
  public BlocklistConfig {
    files = files == null ? List.of() : List.copyOf(files);
    domains = domains == null ? List.of() : List.copyOf(domains);
    urls = urls == null ? List.of() : List.copyOf(urls);
  }

  public static BlocklistConfig defaults() {
    return new BlocklistConfig(null, null, null);
  }

  /** True when no source is configured. */
  public boolean empty() {
    return files.isEmpty() && domains.isEmpty() && urls.isEmpty();
  }
}
