package org.crawlsieve.samplegen;

/** A link shown in a sidebar: the linked page's title and URL. */
record Link(String title, String url) {}
