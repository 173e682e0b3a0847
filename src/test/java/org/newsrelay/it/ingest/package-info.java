/**
 * How stories come in: pushes in every format, polled feeds, WebSub from upstream hubs, the inbox
 * surviving a killed server (InboxRestartIT, on a server of its own), and hostile or malformed
 * input at the door.
 */
package org.newsrelay.it.ingest;
