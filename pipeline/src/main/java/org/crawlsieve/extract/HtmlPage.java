package org.crawlsieve.extract;

import java.util.List;
import org.crawlsieve.core.MetaTag;

/**
 * What extraction found in one HTML page.
 *
 * @param title the page title, or null
 * @param text main text, blocks separated by newlines
 * @param metaTags {@code <meta>} tags with a name or http-equiv (name lower-cased)
 * @param license licence URL (rel=license or a Creative Commons link), or null
 */
public record HtmlPage(String title, String text, List<MetaTag> metaTags, String license) {}
