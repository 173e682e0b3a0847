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
import java.util.Optional;

/**
 * Every request made with a partner's key: the key is identified here, its rate limit is applied by
 * {@link PartnerQuota} to the resource the request matched, and its usage (requests, pushes, bytes)
 * is counted here once it is answered. Runs before authentication decides anything, so a key that
 * is not valid is never a partner here: it is refused with 401 further on.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class PartnerTraffic implements Filter {
  /** The request's partner, for {@link PartnerQuota}. */
  static final String CALLER = PartnerTraffic.class.getName() + ".caller";

  /** Set by {@link PartnerQuota} when the request was let through as a push. */
  static final String PUSHED = PartnerTraffic.class.getName() + ".pushed";

  @Inject PartnerKeys keys;
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
    request.setAttribute(CALLER, caller.get());
    CountingResponse counted = new CountingResponse(response);
    try {
      chain.doFilter(req, counted);
    } finally {
      usage.request(
          caller.get(),
          request.getAttribute(PUSHED) != null,
          counted.getStatus() == 429 ? 0 : request.getContentLengthLong(),
          counted.bytes());
    }
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
