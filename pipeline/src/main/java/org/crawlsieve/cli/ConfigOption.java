package org.crawlsieve.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.crawlsieve.config.ConfigException;
import org.crawlsieve.config.ConfigLoader;
import org.crawlsieve.config.CrawlsieveConfig;
import picocli.CommandLine.Option;

/** The {@code --config} option shared by every subcommand (a picocli mixin). */
public final class ConfigOption {
  static final String CLASSPATH = "classpath:";

  @Option(
      names = {"-c", "--config"},
      paramLabel = "FILE",
      description = {
        "YAML config (default: built-in defaults, as conf/local.yaml documents);",
        "classpath:NAME reads one embedded in the job jar, e.g. classpath:conf/cluster.yaml"
      })
  Path config;

  public CrawlsieveConfig load() {
    if (config == null) {
      return CrawlsieveConfig.defaults();
    }
    String name = config.toString();
    if (name.startsWith(CLASSPATH)) {
      return loadResource(name.substring(CLASSPATH.length()));
    }
    return ConfigLoader.load(config);
  }

  /** A config packed into the job jar, so a cluster driver needs no local file. */
  private static CrawlsieveConfig loadResource(String resource) {
    String name = resource.startsWith("/") ? resource.substring(1) : resource;
    try (InputStream in = ConfigOption.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new ConfigException("config resource not found on the class path: " + name);
      }
      return ConfigLoader.parse(
          new String(in.readAllBytes(), StandardCharsets.UTF_8), CLASSPATH + name);
    } catch (IOException e) {
      throw new ConfigException("cannot read config resource " + name + ": " + e.getMessage(), e);
    }
  }

  public Path path() {
    return config;
  }
}
