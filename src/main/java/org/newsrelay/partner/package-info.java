/** Partner outlets: accounts, API keys, entitlements, rate limits and usage. */
package org.newsrelay.partner;
