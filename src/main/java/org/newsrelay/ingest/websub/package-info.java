/**
 * The subscriber side of WebSub: subscribing to the hubs that polled feeds advertise, answering
 * their verifications, and taking their signed pushes into the inbox as if they had been polled.
 */
package org.newsrelay.ingest.websub;
