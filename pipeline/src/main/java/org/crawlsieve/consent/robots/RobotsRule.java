package org.crawlsieve.consent.robots;

/**
 * One {@code allow} or {@code disallow} line of a group.
 *
 * @param allow true for {@code allow}
 * @param path the path pattern, in compared form
 * @param line 1-based line number in the file
 * @param text the line as written (comment and surrounding space removed, bounded)
 */
public record RobotsRule(boolean allow, PathPattern path, int line, String text) {}
