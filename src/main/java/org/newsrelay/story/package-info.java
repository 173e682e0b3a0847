/** The Story aggregate: what was reported, in which language, by whom and when. */
package org.newsrelay.story;
