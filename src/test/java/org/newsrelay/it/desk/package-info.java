/**
 * The editors' side: the desk API (corrections, embargoes, translations, clusters, trust), what the
 * desk does reaching readers, the wire workflow (versions, holds, kills), clustering, and the
 * console (its session and, in a real browser, an editor's day).
 */
package org.newsrelay.it.desk;
