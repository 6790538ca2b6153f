package org.crawlsieve.jobs;

import org.crawlsieve.cli.ExtractCommand;
import org.crawlsieve.cli.PiiCommand;
import org.crawlsieve.cli.QualityCommand;
import org.crawlsieve.cli.UserException;
import org.crawlsieve.config.ConfigException;
import org.crawlsieve.core.CodeVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The one command-line entry point: {@code scripts/crawlsieve <subcommand>}. */
@Command(
    name = "crawlsieve",
    mixinStandardHelpOptions = true,
    versionProvider = CrawlsieveCli.Version.class,
    description =
        "Common Crawl WARC files to a clean, consent-respecting, provenance-tracked corpus.",
    subcommands = {
      RunCommand.class,
      ExtractCommand.class,
      org.crawlsieve.jobs.dedup.DedupCommand.class,
      PiiCommand.class,
      QualityCommand.class,
      org.crawlsieve.consent.cli.RobotsCommand.class,
      org.crawlsieve.consent.cli.OptoutCommand.class,
      org.crawlsieve.jobs.consent.RobotsTableCommand.class,
      org.crawlsieve.jobs.consent.AuditCommand.class,
      org.crawlsieve.jobs.publish.PublishCommand.class,
      org.crawlsieve.jobs.publish.VerifyCommand.class,
      org.crawlsieve.jobs.publish.TakedownCommand.class,
      org.crawlsieve.jobs.publish.DiffCommand.class,
      org.crawlsieve.jobs.report.ReportCommand.class,
    })
public final class CrawlsieveCli implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand");
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the CLI; user errors give one line on stderr and exit code 2, never a stack trace. */
  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new CrawlsieveCli());
    cli.setExecutionExceptionHandler(
        (ex, cmd, parsed) -> {
          if (ex instanceof ConfigException || ex instanceof UserException) {
            cmd.getErr().println("crawlsieve: " + ex.getMessage());
            return 2;
          }
          throw ex;
        });
    return cli.execute(args);
  }

  /** {@code --version}: the code version, as written into outputs. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"crawlsieve " + CodeVersion.get()};
    }
  }
}
