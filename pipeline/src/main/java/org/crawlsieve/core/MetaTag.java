package org.crawlsieve.core;

/**
 * A {@code <meta name=… content=…>} (or {@code http-equiv}) tag found in a page, kept so consent
 * and licence rules can read it without parsing the HTML again.
 */
public record MetaTag(String name, String content) {}
