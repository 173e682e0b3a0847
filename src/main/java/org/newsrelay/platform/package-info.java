/**
 * What every domain stands on: the JAX-RS application, problem details, security, configuration,
 * health.
 */
package org.newsrelay.platform;
