package org.newsrelay.feed;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsrelay.platform.NotFound;

/**
 * The public feeds: /feeds/{lang}/{topic}.atom, .rss and .json, newest first; /feeds/opml and the
 * /feeds index. HEAD is answered like GET without the body.
 */
@Tag(name = "feeds")
@Path("feeds")
@RequestScoped
public class FeedResource {
  @Inject FeedService feeds;
  @Inject FeedCatalogue catalogue;
  @Context UriInfo uriInfo;
  @Context HttpHeaders headers;

  @Operation(
      summary = "A feed: {lang}/{topic}.atom, .rss or .json (topic: all, advisories or a slug)")
  @APIResponse(
      responseCode = "200",
      description = "The page, newest first, with paging links; ETag and Last-Modified",
      content = {
        @Content(mediaType = "application/atom+xml"),
        @Content(mediaType = "application/rss+xml"),
        @Content(mediaType = "application/feed+json")
      })
  @APIResponse(responseCode = "304", description = "Not modified since the validators given")
  @GET
  @Path("{lang}/{file}")
  public Response feed(
      @PathParam("lang") String lang,
      @PathParam("file") String file,
      @QueryParam("limit") String limit,
      @QueryParam("q") String q,
      @QueryParam("cursor") String cursor) {
    int dot = file.lastIndexOf('.');
    if (dot < 0) {
      throw new NotFound("Feeds end in .atom, .rss or .json: " + file);
    }
    FeedRequest request =
        feeds.request(
            lang, file.substring(0, dot), file.substring(dot + 1), limit, q, cursor, bearer());
    feeds.served(request, false);
    return answer(
        feeds.publish(request, FeedLinks.base(uriInfo.getBaseUri())),
        headers,
        request.topic().partnerOnly());
  }

  @Operation(summary = "Every public feed, as OPML 2.0")
  @APIResponse(
      responseCode = "200",
      description = "The catalogue",
      content = @Content(mediaType = "text/x-opml"))
  @GET
  @Path("opml")
  public Response opml() {
    return answer(catalogue.opml(new FeedLinks(FeedLinks.base(uriInfo.getBaseUri()))), headers);
  }

  @Operation(summary = "The feeds' index page, for people")
  @APIResponse(
      responseCode = "200",
      description = "HTML",
      content = @Content(mediaType = "text/html"))
  @GET
  public Response index() {
    return answer(catalogue.index(new FeedLinks(FeedLinks.base(uriInfo.getBaseUri()))), headers);
  }

  private String bearer() {
    String authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
    return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
        ? authorization.substring(7).strip()
        : null;
  }

  /**
   * A rendered document as an HTTP answer (validators, caching, gzip, 304), for a public document:
   * any cache may keep it (and must revalidate).
   */
  static Response answer(RenderedDocument document, HttpHeaders headers) {
    return answer(document, headers, false);
  }

  /**
   * @param partnerOnly the document is for entitled partners only: no shared cache may keep it, and
   *     a private one keys it by the credentials that read it
   */
  static Response answer(RenderedDocument document, HttpHeaders headers, boolean partnerOnly) {
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
