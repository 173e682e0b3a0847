/**
 * The WebSub hub (W3C WebSub): subscriptions with verified intent and leases, an outbox of
 * deliveries written with each publication, and a dispatcher that delivers them signed, in order
 * per subscription, with retries.
 */
package org.newsrelay.partner.websub;
