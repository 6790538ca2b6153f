package org.crawlsieve.quality;

import java.util.Map;
import java.util.Set;
import org.crawlsieve.core.Decision;
import org.crawlsieve.core.Document;
import org.crawlsieve.core.Step;
import org.crawlsieve.core.StepResult;
import org.crawlsieve.core.Urls;

/** Drops documents whose URL, host or domain is on the blocklist ({@link Blocklist}). */
public final class BlocklistStep implements Step {
  public static final String NAME = "quality.blocklist";
  public static final String URL = "quality.blocklist.url";
  public static final String DOMAIN = "quality.blocklist.domain";

  private static final Set<String> REASONS = Set.of(URL, DOMAIN);

  private final Blocklist blocklist;

  public BlocklistStep(Blocklist blocklist) {
    this.blocklist = blocklist;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<String> reasons() {
    return REASONS;
  }

  @Override
  public StepResult apply(Document doc) {
    String url = blocklist.matchUrl(doc.url());
    if (url != null) {
      return StepResult.of(doc, Decision.drop(NAME, URL, Map.of("entry", url)));
    }
    String host = doc.host() != null ? doc.host() : Urls.host(doc.url());
    String domain = blocklist.matchHost(host);
    if (domain != null) {
      return StepResult.of(doc, Decision.drop(NAME, DOMAIN, Map.of("entry", domain)));
    }
    return StepResult.of(doc, Decision.keep(NAME));
  }
}
