package org.crawlsieve.cli;

import java.nio.file.Path;
import org.crawlsieve.config.ConfigLoader;
import org.crawlsieve.config.CrawlsieveConfig;
import picocli.CommandLine.Option;

/** The {@code --config} option shared by every subcommand (a picocli mixin). */
public final class ConfigOption {
  @Option(
      names = {"-c", "--config"},
      paramLabel = "FILE",
      description = "YAML config (default: built-in defaults, as conf/local.yaml documents)")
  Path config;

  public CrawlsieveConfig load() {
    return config == null ? CrawlsieveConfig.defaults() : ConfigLoader.load(config);
  }

  public Path path() {
    return config;
  }
}
