/** The text engine: decoding, sanitising, Unicode and width clean-up, detection, conversion. */
package org.newsrelay.text;
