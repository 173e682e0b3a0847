/**
 * Republishing: selecting a page of stories for a feed (keyset paging, visibility, tombstones),
 * converting them to the feed's Chinese variant, rendering Atom, RSS, JSON Feed, OPML and story
 * pages, and serving them from the Infinispan cache with HTTP validators.
 */
package org.newsrelay.feed;
