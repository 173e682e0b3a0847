package org.newsrelay.story;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the desk did to a story that a wire's next version must respect, read from the story's
 * history in one query: who last did each of {@link #ACTIONS}, the most recent first.
 */
record DeskRecord(LinkedHashMap<String, String> lastActors) {

  /** The history's actions the workflow asks about when a wire sends a new version. */
  static final List<String> ACTIONS =
      List.of("corrected", "wire version accepted", "embargoed", "embargo lifted", "held");

  /** A story nobody has touched yet. */
  static DeskRecord none() {
    return new DeskRecord(new LinkedHashMap<>());
  }

  /** Was the story corrected since a wire version was last accepted (or ever)? */
  boolean correctionInForce() {
    for (Map.Entry<String, String> done : lastActors.entrySet()) {
      if (done.getKey().equals("corrected") || done.getKey().equals("wire version accepted")) {
        return done.getKey().equals("corrected");
      }
    }
    return false;
  }

  /** Did an editor, not the wire ({@code origin}) nor the clock, last set or lift the embargo? */
  boolean embargoDecidedByDesk(String origin) {
    for (String action : List.of("embargoed", "embargo lifted")) {
      String actor = lastActors.get(action);
      if (actor != null && !actor.equals(origin) && !actor.equals(StoryService.CLOCK)) {
        return true;
      }
    }
    return false;
  }

  /** Was the story last held by {@code origin} itself (so that origin may lift the hold)? */
  boolean heldBy(String origin) {
    return origin.equals(lastActors.get("held"));
  }
}
