/**
 * Fetching polled feeds over HTTP: private-address guard, time and size limits, conditional GET.
 */
package org.newsrelay.ingest.fetch;
