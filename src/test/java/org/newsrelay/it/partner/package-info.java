/**
 * Partners: accounts and keys, rate limits and usage, pushing with a key, and the WebSub hub
 * (subscriptions, signed deliveries, topics, bad requests, and the opt-in fan-out benchmark).
 */
package org.newsrelay.it.partner;
