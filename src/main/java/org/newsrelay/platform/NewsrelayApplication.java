package org.newsrelay.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * Feeds live at /feeds, the API at /api/v1, health at /health: one JAX-RS application at the root.
 */
@ApplicationPath("/")
public class NewsrelayApplication extends Application {}
