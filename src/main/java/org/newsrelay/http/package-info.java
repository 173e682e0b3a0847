/**
 * The project's outbound HTTP, for polled feeds and the hub's callbacks alike: one way to build a
 * client ({@link org.newsrelay.http.OutboundClients}), the private-address guard, time and size
 * limits, conditional GET and {@code Retry-After}. Above {@code platform}: the allowlist is read
 * from its settings, and nothing else of ours is used.
 */
package org.newsrelay.http;
