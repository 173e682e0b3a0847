/**
 * The WebSub protocol (W3C WebSub) as both sides speak it, with no domain: modes, field names,
 * subscription requests and lease bounds, and {@code X-Hub-Signature}. The subscriber side ({@code
 * ingest.websub}) and our hub ({@code partner.websub}) both stand on it.
 */
package org.newsrelay.websub;
