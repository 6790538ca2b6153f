package org.crawlsieve.pii;

import java.util.ArrayList;
import java.util.List;

/** Builds the detectors a {@link PiiConfig} enables, in priority order for {@link PiiScanner}. */
public final class PiiDetectors {
  private PiiDetectors() {}

  /** Detector order: the most specific formats first, phone numbers (the loosest) last. */
  public static List<PiiDetector> fromConfig(PiiConfig config) {
    List<PiiDetector> out = new ArrayList<>();
    if (config.detects(PiiType.SECRET)) {
      out.add(new SecretDetector());
    }
    if (config.detects(PiiType.EMAIL)) {
      out.add(new EmailDetector(config.emailObfuscations()));
    }
    if (config.detects(PiiType.IBAN)) {
      out.add(new IbanDetector());
    }
    if (config.detects(PiiType.CARD)) {
      out.add(new CardDetector());
    }
    if (config.detects(PiiType.ID)) {
      for (String id : config.nationalIds()) {
        out.add(nationalId(id));
      }
    }
    if (config.detects(PiiType.IP)) {
      out.add(new IpDetector(config.ipPublicOnly()));
    }
    if (config.detects(PiiType.PHONE)) {
      out.add(new PhoneDetector(config.phoneRegions(), config.leniency(), config.phoneMinDigits()));
    }
    return List.copyOf(out);
  }

  /** The national-id plug-in named in {@code pii.national_ids}. */
  static PiiDetector nationalId(String name) {
    return switch (name) {
      case UsSsnDetector.NAME -> new UsSsnDetector();
      case EsDniDetector.NAME -> new EsDniDetector();
      default -> throw new IllegalArgumentException("unknown national id plug-in " + name);
    };
  }

  public static PiiScanner scanner(PiiConfig config) {
    return new PiiScanner(fromConfig(config));
  }
}
