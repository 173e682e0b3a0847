package org.newsrelay.feed;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** A rendered document as an HTTP answer: validators, caching, gzip, 304. */
final class FeedResponses {
  private FeedResponses() {}

  /** A public document: any cache may keep it (and must revalidate). */
  static Response of(RenderedDocument document, HttpHeaders headers) {
    return of(document, headers, false);
  }

  /**
   * @param partnerOnly the document is for entitled partners only: no shared cache may keep it, and
   *     a private one keys it by the credentials that read it
   */
  static Response of(RenderedDocument document, HttpHeaders headers, boolean partnerOnly) {
    Revalidation.Answer answer =
        Revalidation.answer(
            document,
            headers.getHeaderString(HttpHeaders.IF_NONE_MATCH),
            headers.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE),
            headers.getHeaderString(HttpHeaders.ACCEPT_ENCODING));
    Response.ResponseBuilder response =
        answer.body() == null
            ? Response.notModified()
            : Response.ok(answer.body(), document.mediaType());
    response
        .header(HttpHeaders.ETAG, answer.etag())
        .header(HttpHeaders.LAST_MODIFIED, answer.lastModified())
        .header(
            HttpHeaders.CACHE_CONTROL,
            partnerOnly ? Revalidation.PRIVATE_CACHE_CONTROL : Revalidation.CACHE_CONTROL)
        .header(
            HttpHeaders.VARY,
            partnerOnly
                ? HttpHeaders.ACCEPT_ENCODING + ", " + HttpHeaders.AUTHORIZATION
                : HttpHeaders.ACCEPT_ENCODING);
    if (answer.gzipped() && answer.body() != null) {
      response.header(HttpHeaders.CONTENT_ENCODING, "gzip");
    }
    return response.build();
  }
}
