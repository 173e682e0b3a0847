package org.newsrelay.story;

/** Where a story is in the desk's workflow. */
public enum StoryStatus {
  INCOMING,
  PUBLISHED,
  HELD,
  KILLED
}
