/**
 * The editors' web console at /console: static pages with a little JavaScript on the REST API,
 * signed in with a session cookie and a CSRF token (see docs/console.md for why).
 */
package org.newsrelay.console;
