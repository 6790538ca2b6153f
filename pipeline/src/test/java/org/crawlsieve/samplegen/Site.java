package org.crawlsieve.samplegen;

/**
 * One web site of the sample: its host, language, page template and how it serves text.
 *
 * @param host host name
 * @param lang ISO 639-1 language of its pages
 * @param style page template, 0 news, 1 blog, 2 magazine, 3 wiki
 * @param brand the site name shown in its header and footer
 * @param https whether its pages are fetched over https
 * @param server the HTTP Server header value
 * @param charset the charset its pages are encoded in (Java name)
 * @param charsetDeclared where the charset is declared: header, meta, both or none
 */
record Site(
    String host,
    String lang,
    int style,
    String brand,
    boolean https,
    String server,
    String charset,
    String charsetDeclared) {

  String origin() {
    return (https ? "https://" : "http://") + host;
  }

  String url(String path) {
    return origin() + path;
  }

  /** A copy serving another host (a mirror or scraper copies the page as it is). */
  Site onHost(String otherHost) {
    return new Site(otherHost, lang, style, brand, https, server, charset, charsetDeclared);
  }
}
