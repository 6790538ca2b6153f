package org.crawlsieve.samplegen;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One fetch of {@code /robots.txt} in a robotstxt WARC and its ground truth: the outcome a crawler
 * following RFC 9309 reaches and the access each tracked agent is left with.
 */
final class RobotsCapture {
  /** Agents whose access expected.json states, in this order. */
  static final List<String> AGENTS =
      List.of("GPTBot", "CCBot", "ClaudeBot", "Google-Extended", "*");

  final String origin;
  int status = 200;
  String contentType = "text/plain";
  byte[] body = new byte[0];
  String location;

  /** full / partial / none per agent in {@link #AGENTS} order; null for redirect hops. */
  List<String> access;

  String outcome = "parsed";
  String note;
  String contentSignal;
  final List<String> contentUsage = new ArrayList<>();
  String license;

  /** True for captures that are only hops or targets of another origin's redirect. */
  boolean redirectHop;

  Instant date;
  String recordId;
  String requestId;
  String finalUrl;
  int hops;
  boolean changed;

  RobotsCapture(String origin) {
    this.origin = origin;
  }

  String url() {
    return origin + "/robots.txt";
  }

  String host() {
    return java.net.URI.create(url()).getHost();
  }

  String path() {
    return java.net.URI.create(url()).getRawPath();
  }

  RobotsCapture text(String robots) {
    this.body = robots.getBytes(StandardCharsets.UTF_8);
    return this;
  }

  RobotsCapture status(int s) {
    this.status = s;
    return this;
  }

  /** Access of GPTBot, CCBot, ClaudeBot, Google-Extended and * in that order. */
  RobotsCapture access(String gpt, String cc, String claude, String google, String star) {
    this.access = List.of(gpt, cc, claude, google, star);
    return this;
  }

  RobotsCapture allAccess(String a) {
    return access(a, a, a, a, a);
  }

  RobotsCapture note(String n) {
    this.note = n;
    return this;
  }

  Map<String, String> accessMap() {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < AGENTS.size(); i++) {
      m.put(AGENTS.get(i), access.get(i));
    }
    return m;
  }
}
