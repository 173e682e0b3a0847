package org.newsrelay.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refuses request bodies over {@link Setting#MAX_REQUEST_BYTES} (10 MiB) with a 413 problem.
 * Undertow's own limit (set higher in wildfly-config) would answer an empty 400 and close the
 * connection.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestSizeLimit extends HttpFilter {
  static final long MAX_BYTES = Settings.current().maxRequestBytes();

  /** Thrown while reading a chunked body that grows past the limit; mapped to 413. */
  public static class TooLarge extends IOException {
    TooLarge() {
      super("request body larger than " + MAX_BYTES + " bytes");
    }
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getContentLengthLong() > MAX_BYTES) {
      response.setStatus(413);
      response.setContentType(Problem.MEDIA_TYPE);
      response.setCharacterEncoding("UTF-8");
      // No "Connection: close": Undertow then reads the rest of the body away (up to its own
      // 64 MiB ceiling) before the next request, so a client still sending it gets this answer
      // instead of a reset connection that loses it.
      response.getWriter().write(tooLarge().toJson());
      return;
    }
    chain.doFilter(request.getContentLengthLong() >= 0 ? request : new Counted(request), response);
  }

  static Problem tooLarge() {
    return new Problem(
        413, "Content too large", "The request body is larger than " + MAX_BYTES + " bytes.");
  }

  /** A body without a Content-Length is counted as it is read. */
  private static final class Counted extends HttpServletRequestWrapper {
    private ServletInputStream counted;

    Counted(HttpServletRequest request) {
      super(request);
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (counted == null) {
        ServletInputStream in = super.getInputStream();
        counted =
            new ServletInputStream() {
              private long read;

              @Override
              public int read() throws IOException {
                int b = in.read();
                if (b >= 0) {
                  count(1);
                }
                return b;
              }

              @Override
              public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = in.read(buffer, offset, length);
                if (n > 0) {
                  count(n);
                }
                return n;
              }

              private void count(int n) throws TooLarge {
                read += n;
                if (read > MAX_BYTES) {
                  throw new TooLarge();
                }
              }

              @Override
              public boolean isFinished() {
                return in.isFinished();
              }

              @Override
              public boolean isReady() {
                return in.isReady();
              }

              @Override
              public void setReadListener(ReadListener listener) {
                in.setReadListener(listener);
              }
            };
      }
      return counted;
    }
  }
}
