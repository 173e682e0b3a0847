/**
 * Getting stories in: polled sources, pushes, the durable inbox and the worker that processes it.
 */
package org.newsrelay.ingest;
