/** Republishing: selecting stories for a feed and rendering it as Atom or RSS. */
package org.newsrelay.feed;
