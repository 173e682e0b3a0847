package org.newsrelay.partner;

import jakarta.inject.Inject;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.newsrelay.platform.Problem;

/**
 * Every request made with a partner's key: refused with 429 beyond the key's rate limit, else
 * counted (requests, bytes) for the partner's usage. Runs after authentication, so a key that is
 * not valid never gets here as a partner: it is refused with 401 further on.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class PartnerTraffic implements Filter {
  @Inject PartnerKeys keys;
  @Inject RateLimiter limits;
  @Inject UsageMeter usage;

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    String authorization = request.getHeader("Authorization");
    Optional<PartnerCaller> caller =
        authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
            ? keys.identify(authorization.substring(7).trim())
            : Optional.empty();
    if (caller.isEmpty()) {
      chain.doFilter(req, res);
      return;
    }
    boolean push = isPush(request);
    Optional<Duration> wait =
        limits.take(caller.get(), push ? RateLimiter.Kind.PUSH : RateLimiter.Kind.READ);
    if (wait.isPresent()) {
      byte[] body = tooMany(wait.get(), push).getBytes(StandardCharsets.UTF_8);
      response.setStatus(429);
      response.setHeader("Retry-After", Long.toString(seconds(wait.get())));
      response.setContentType(Problem.MEDIA_TYPE);
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
      usage.request(caller.get(), false, 0, body.length);
      return;
    }
    CountingResponse counted = new CountingResponse(response);
    try {
      chain.doFilter(req, counted);
    } finally {
      usage.request(caller.get(), push, request.getContentLengthLong(), counted.bytes());
    }
  }

  static boolean isPush(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return "POST".equals(request.getMethod())
        && (path.equals("/api/v1/stories") || path.equals("/api/v1/stories/"));
  }

  static long seconds(Duration wait) {
    return Math.max(1, (wait.toMillis() + 999) / 1000);
  }

  private static String tooMany(Duration wait, boolean push) {
    return new Problem(
            429,
            "Too many requests",
            "This key has used its "
                + (push ? "pushes" : "reads")
                + " for now; try again in "
                + seconds(wait)
                + " s.")
        .toJson();
  }

  /** Counts the bytes of a response body as they are written. */
  private static final class CountingResponse extends HttpServletResponseWrapper {
    private CountingStream stream;

    CountingResponse(HttpServletResponse response) {
      super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      if (stream == null) {
        stream = new CountingStream(super.getOutputStream());
      }
      return stream;
    }

    long bytes() {
      return stream == null ? 0 : stream.count;
    }
  }

  private static final class CountingStream extends ServletOutputStream {
    private final ServletOutputStream out;
    long count;

    CountingStream(ServletOutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      out.close();
    }

    @Override
    public boolean isReady() {
      return out.isReady();
    }

    @Override
    public void setWriteListener(WriteListener listener) {
      out.setWriteListener(listener);
    }
  }
}
