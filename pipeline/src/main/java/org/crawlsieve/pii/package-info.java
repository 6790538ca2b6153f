/**
 * PII scrubbing: detector plug-ins (email, phone, IP, payment card, IBAN, national ids, secrets),
 * the scanner that resolves their overlaps, and the {@code pii} step that replaces spans with typed
 * tokens and counts them. Every detector is a linear scan with bounded look-around.
 */
package org.crawlsieve.pii;
