/**
 * Parsing polled RSS and Atom documents into the ingest model: charset detection, safe XML, Rome.
 */
package org.newsrelay.ingest.feed;
