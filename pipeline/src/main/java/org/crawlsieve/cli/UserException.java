package org.crawlsieve.cli;

/** A mistake in how the tool was called (bad path, bad argument): reported in one line. */
public class UserException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UserException(String message) {
    super(message);
  }
}
