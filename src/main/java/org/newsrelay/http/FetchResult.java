package org.newsrelay.http;

import java.net.URI;
import java.time.Duration;

/**
 * A successful answer (2xx) or a 304 ({@code notModified}, empty body). {@code body} is already
 * decompressed; {@code finalUrl} is the address after redirects.
 */
public record FetchResult(
    int status,
    URI finalUrl,
    byte[] body,
    String contentType,
    String etag,
    String lastModified,
    Duration retryAfter,
    boolean notModified) {}
