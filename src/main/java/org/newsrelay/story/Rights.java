package org.newsrelay.story;

import java.io.Serializable;

/**
 * Who holds the rights in a story and on what terms a reader may use it, as the wire said (ninjs
 * copyrightholder, copyrightnotice, usageterms), in the reader's script. Serializable: feeds cache
 * it with the entry.
 */
public record Rights(String holder, String notice, String usageTerms) implements Serializable {

  /**
   * One line for formats that have a single rights text (Atom's rights, RSS's dc:rights, the story
   * page): the notice, which names the holder, or else the holder; then the usage terms.
   */
  public String statement() {
    String claim = notice != null ? notice : holder == null ? null : "© " + holder;
    if (claim == null) {
      return usageTerms;
    }
    return usageTerms == null ? claim : claim + " — " + usageTerms;
  }

  public boolean isEmpty() {
    return holder == null && notice == null && usageTerms == null;
  }
}
