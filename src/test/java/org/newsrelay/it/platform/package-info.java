/**
 * The server as a whole: health, its doors (sign-in throttling, cross-site requests, host headers,
 * paths), the text API, time limits under a stalled database, and the embedded H2 default
 * (EmbeddedDatabaseH2IT, the only test of the it-h2 execution).
 */
package org.newsrelay.it.platform;
