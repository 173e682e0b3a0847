package org.newsrelay.feed;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;

/**
 * Puts {@link CachedFeedHandler} in front of the servlet chain (registered in
 * META-INF/services/io.undertow.servlet.ServletExtension). Undertow creates the extension before
 * CDI is up, so the application hands its FeedService over once it has started.
 */
public class FeedFastLane implements ServletExtension {
  static final String FEEDS = FeedFastLane.class.getName() + ".feeds";

  @Override
  public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
    deployment.addInitialHandlerChainWrapper(
        next -> new CachedFeedHandler(next, () -> (FeedService) context.getAttribute(FEEDS)));
  }

  /** Hands the FeedService to the handler when the application starts. */
  @ApplicationScoped
  public static class Handover {
    @Inject FeedService feeds;

    void started(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
      context.setAttribute(FEEDS, feeds);
    }
  }
}
