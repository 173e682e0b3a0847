package org.newsrelay.platform;

import java.util.Map;

/** Thrown by services for anything the client did wrong; mapped to a problem response as it is. */
public class ProblemException extends RuntimeException {
  private final Problem problem;

  public ProblemException(int status, String title, String detail) {
    this(new Problem(status, title, detail));
  }

  public ProblemException(Problem problem) {
    super(problem.title() + (problem.detail() == null ? "" : ": " + problem.detail()));
    this.problem = problem;
  }

  public static ProblemException badRequest(String detail) {
    return new ProblemException(400, "Bad request", detail);
  }

  public static ProblemException notFound(String detail) {
    return new ProblemException(404, "Not found", detail);
  }

  public static ProblemException notFound(String detail, Map<String, Object> extensions) {
    return new ProblemException(new Problem(404, "Not found", detail, extensions));
  }

  public Problem problem() {
    return problem;
  }
}
