/**
 * What every integration test stands on: ServerIT (the deployed war on a real server), Http (the
 * one HTTP client), and one fixture per actor on it: Wire pushes copy (an account's password, a
 * partner's key, or the admin's), Editor takes the desk's actions, Partner holds keys, entitlements
 * and subscriptions, Reader asks feeds, pages and search anonymously. Accounts makes people with
 * roles; Copy, Feeds, Problems and FeedHealth read and write what the actors exchange; TestDatabase
 * reaches the PostgreSQL database for states no API can make.
 */
package org.newsrelay.it.support;
