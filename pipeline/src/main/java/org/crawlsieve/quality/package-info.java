/**
 * The quality stage: Gopher quality and repetition, C4 and FineWeb rules, a URL/domain blocklist,
 * per-language thresholds, the composite quality score and BPE token counts. Every filter is its
 * own {@link org.crawlsieve.core.Step} with a closed set of reason codes; the measured values are
 * kept as scores on every document it sees. Entry point: {@link
 * org.crawlsieve.quality.QualityFilters#build}.
 */
package org.crawlsieve.quality;
