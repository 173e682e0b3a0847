package org.newsrelay.platform;

import java.util.Map;

/**
 * What a domain refuses to do, said in the domain's words: which thing, which field, why. It
 * carries no status code; {@code ProblemMappers} turns each kind into an RFC 9457 problem at the
 * web edge, and a worker or a test reads the kind and the detail without knowing HTTP.
 */
public abstract sealed class DomainException extends RuntimeException
    permits InvalidInput, NotFound, Conflict, NotPermitted, Gone, TooLarge {
  private final String title;
  private final Map<String, Object> extensions;

  protected DomainException(String title, String detail, Map<String, Object> extensions) {
    super(detail);
    this.title = title;
    this.extensions = Map.copyOf(extensions);
  }

  /** A short summary a person reads, the problem's {@code title}. */
  public String title() {
    return title;
  }

  /** What went wrong with this request, the problem's {@code detail}. */
  public String detail() {
    return getMessage();
  }

  /** Members a client's software can act on ({@code field}, {@code available}, …). */
  public Map<String, Object> extensions() {
    return extensions;
  }
}
