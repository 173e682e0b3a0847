/**
 * What readers get: the public feeds in every format and variant, topics and their feeds, clusters
 * and translations in feeds, story pages, and that nothing unpublished is visible anywhere.
 */
package org.newsrelay.it.feed;
