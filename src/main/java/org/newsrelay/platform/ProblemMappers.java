package org.newsrelay.platform;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every error leaves as application/problem+json; nothing of the server's insides goes with it. */
public final class ProblemMappers {
  private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

  private ProblemMappers() {}

  /** A problem as the answer to a request. */
  public static Response response(Problem problem) {
    return Response.status(problem.status())
        .type(Problem.MEDIA_TYPE)
        .entity(problem.toJson())
        .build();
  }

  /** A problem that goes away by itself: the client is told how many seconds to wait. */
  public static Response retryLater(Problem problem, long seconds) {
    return Response.fromResponse(response(problem))
        .header("Retry-After", Long.toString(seconds))
        .build();
  }

  /** The 503 of a database that did not answer in time (see {@link DatabaseUnavailable}). */
  public static Response databaseUnavailable() {
    return retryLater(databaseUnavailableProblem(), DatabaseUnavailable.RETRY_AFTER_SECONDS);
  }

  /** Its body, also for the feeds' Undertow handler, which answers ahead of JAX-RS. */
  public static Problem databaseUnavailableProblem() {
    return new Problem(
        503,
        "Service unavailable",
        "The database did not answer in time. Try again in a few seconds.");
  }

  /** The refusal of a locked sign-in: the same for every name, known or not. */
  static Problem tooManyAttempts(Duration wait) {
    return new Problem(
        429,
        "Too many sign-in attempts",
        "Too many wrong passwords for this account or from this address; try again in "
            + SignInThrottle.seconds(wait)
            + " s.");
  }

  /** The 429 of a sign-in the throttle holds, if this request's was held. */
  public static Optional<Response> signInLocked(HttpServletRequest request) {
    return SignInThrottle.lockedFor(request)
        .map(wait -> retryLater(tooManyAttempts(wait), SignInThrottle.seconds(wait)));
  }

  /** The one place where the domain's refusals get their status codes. */
  @Provider
  public static class DomainExceptionMapper implements ExceptionMapper<DomainException> {
    @Override
    public Response toResponse(DomainException e) {
      return response(problem(e));
    }
  }

  static Problem problem(DomainException e) {
    int status;
    if (e instanceof InvalidInput) {
      status = 400;
    } else if (e instanceof NotPermitted) {
      status = 403;
    } else if (e instanceof NotFound) {
      status = 404;
    } else if (e instanceof Conflict) {
      status = 409;
    } else if (e instanceof Gone) {
      status = 410;
    } else if (e instanceof TooLarge) {
      status = 413;
    } else {
      throw new IllegalStateException("A refusal with no status: " + e.getClass());
    }
    return new Problem(status, e.title(), e.detail(), e.extensions());
  }

  @Provider
  public static class WebApplicationExceptionMapper
      implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      if (e.getCause() instanceof DomainException refusal) {
        // A parameter converter's refusal (PathIds), which JAX-RS wraps in a NotFoundException.
        return response(problem(refusal));
      }
      Response original = e.getResponse();
      int status = original.getStatus();
      if (status >= 500) {
        return internalError(e);
      }
      Response.StatusType info = original.getStatusInfo();
      String detail =
          switch (status) {
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept that method.";
            case 406 -> "This address cannot answer in any of the accepted media types.";
            case 415 -> "This address does not accept that content type.";
            default -> null;
          };
      Response.ResponseBuilder response =
          Response.fromResponse(response(new Problem(status, info.getReasonPhrase(), detail)));
      original
          .getHeaders()
          .forEach(
              (name, values) -> {
                if (!name.equalsIgnoreCase("Content-Type")
                    && !name.equalsIgnoreCase("Content-Length")) {
                  values.forEach(v -> response.header(name, v));
                }
              });
      return response.type(Problem.MEDIA_TYPE).build();
    }
  }

  /** Malformed JSON from a client. */
  @Provider
  public static class JsonExceptionMapper implements ExceptionMapper<JsonException> {
    @Override
    public Response toResponse(JsonException e) {
      return response(new Problem(400, "Malformed JSON", "The request body is not valid JSON."));
    }
  }

  @Provider
  public static class JsonbExceptionMapper implements ExceptionMapper<JsonbException> {
    @Override
    public Response toResponse(JsonbException e) {
      return response(
          new Problem(
              400, "Malformed JSON", "The request body is not valid JSON of the expected shape."));
    }
  }

  /** The last resort: a 500 that names an incident for the log, never a stack trace. */
  @Provider
  public static class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    @Override
    public Response toResponse(Throwable e) {
      Throwable cause = e;
      while (cause != null) {
        if (cause instanceof DomainException refusal) {
          return response(problem(refusal));
        }
        if (cause instanceof RequestSizeLimit.TooLarge) {
          return response(RequestSizeLimit.tooLarge());
        }
        cause = cause.getCause();
      }
      if (DatabaseUnavailable.is(e)) {
        // The database's trouble, not the client's nor a bug: ask again shortly.
        LOG.warning("Answered 503, the database did not answer in time: " + rootMessage(e));
        return databaseUnavailable();
      }
      return internalError(e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }

  static Response internalError(Throwable e) {
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, e);
    return response(
        new Problem(
            500,
            "Internal error",
            "The server could not complete the request. Incident " + incident + " is in its log."));
  }
}
