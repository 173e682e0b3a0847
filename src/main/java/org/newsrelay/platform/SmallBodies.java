package org.newsrelay.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Endpoints that anyone may reach and whose honest bodies are a few hundred bytes: the WebSub hub's
 * form (POST /websub) and the console's sign-in. Their declared length is checked before a byte of
 * the body is read, and a body of unknown length is refused, so that nobody ties a thread up
 * trickling megabytes at a door that has not yet asked who is there. Bodies elsewhere have {@link
 * RequestSizeLimit}'s 10 MB.
 */
@WebFilter(
    urlPatterns = {"/websub", "/api/v1/session"},
    asyncSupported = true)
public class SmallBodies extends HttpFilter {
  static final long MAX_BYTES = 16 * 1024;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    long length = request.getContentLengthLong();
    if (length > MAX_BYTES) {
      refuse(
          response,
          new Problem(
              413,
              "Content too large",
              "A request here may have at most " + MAX_BYTES + " bytes of body."));
      return;
    }
    if (length < 0 && request.getHeader("Transfer-Encoding") != null) {
      refuse(
          response,
          new Problem(
              411, "Length required", "A request here must say its body's Content-Length."));
      return;
    }
    chain.doFilter(request, response);
  }

  private static void refuse(HttpServletResponse response, Problem problem) throws IOException {
    response.setStatus(problem.status());
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    // The body is never read: the connection cannot carry another request after it.
    response.setHeader("Connection", "close");
    response.getWriter().write(problem.toJson());
  }
}
