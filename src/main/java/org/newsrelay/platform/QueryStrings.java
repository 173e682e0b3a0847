package org.newsrelay.platform;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;
import java.nio.charset.StandardCharsets;

/**
 * Hands the application the query string the client sent, percent-encoded as a URI's query must be.
 *
 * <p>The listeners accept a query in raw UTF-8 ({@code allow-unescaped-characters-in-url},
 * wildfly-config/45-limits.cli). With that option Undertow gives the servlet layer a
 * <em>decoded</em> copy of any query holding a {@code %} or {@code +}: {@code q=a%20b} reached
 * RESTEasy as {@code q=a b}, which it cannot rebuild into a URI (a 400 for any declared query
 * parameter), {@code q=AT%26T} as {@code q=AT&T} (the search lost its {@code T}), {@code q=c%2B%2B}
 * as {@code q=c++} (read as {@code c} and two spaces). This handler, first in the chain (registered
 * in META-INF/services/io.undertow.servlet.ServletExtension), replaces that copy with the raw
 * query, escaping only what a URI's query may not hold; the parameters Undertow itself parsed from
 * the raw query are untouched.
 */
public class QueryStrings implements ServletExtension {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  @Override
  public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
    deployment.addInitialHandlerChainWrapper(Repair::new);
  }

  /**
   * The query as a URI's query (RFC 3986): what it may hold is kept as sent, {@code %XX} escapes
   * included; a raw byte (Undertow keeps one char per byte of the request line) or character it may
   * not hold is percent-encoded, and so is a {@code %} that starts no escape.
   */
  static String forUri(String raw) {
    StringBuilder out = null;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      boolean keep = allowed(c) || (c == '%' && escapeAt(raw, i));
      if (keep && out == null) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(raw.length() + 16).append(raw, 0, i);
      }
      if (keep) {
        out.append(c);
      } else if (c > 0xFF) {
        // Not from a request line (one char per byte there): its UTF-8 bytes.
        for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
          escape(out, b & 0xFF);
        }
      } else {
        escape(out, c);
      }
    }
    return out == null ? raw : out.toString();
  }

  private static void escape(StringBuilder out, int b) {
    out.append('%').append(HEX[b >> 4]).append(HEX[b & 0xF]);
  }

  private static boolean escapeAt(String raw, int i) {
    return i + 2 < raw.length() && hex(raw.charAt(i + 1)) && hex(raw.charAt(i + 2));
  }

  private static boolean hex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /** RFC 3986 query: unreserved, sub-delims, ":", "@", "/" and "?". */
  private static boolean allowed(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || "-._~!$&'()*+,;=:@/?".indexOf(c) >= 0;
  }

  /** Sets the servlet's query string from the raw one, ahead of everything else. */
  static final class Repair implements HttpHandler {
    private final HttpHandler next;

    Repair(HttpHandler next) {
      this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
      String raw = exchange.getQueryString();
      if (raw != null && !raw.isEmpty()) {
        exchange.setDecodedQueryString(forUri(raw));
      }
      next.handleRequest(exchange);
    }
  }
}
