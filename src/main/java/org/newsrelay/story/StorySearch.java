package org.newsrelay.story;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsrelay.text.TextEngine;

/**
 * The desk's story search: by uri, stored language, workflow status and words in the headline or
 * body, in whatever script the editor types (芯片 finds 晶片's story too when conversion says so).
 */
@ApplicationScoped
public class StorySearch {
  @Inject StoryRepository stories;
  private final TextEngine text = TextEngine.standard();

  /** What to look for; null fields do not filter. */
  public record Query(String uri, Language language, StoryStatus status, String words, int limit) {}

  /** The stories matching {@code query} that {@code reader} may read, newest first. */
  public List<Story> find(Query query, Readership.Reader reader) {
    return stories.search(
        query.uri(),
        query.language(),
        query.status(),
        patterns(query.words()),
        reader,
        query.limit());
  }

  /** The words as typed and in every Chinese variant, as LIKE patterns (the desk's queue too). */
  List<String> patterns(String words) {
    if (words == null || words.isBlank()) {
      return List.of();
    }
    String typed = words.strip();
    if (typed.length() > 200) {
      typed = typed.substring(0, 200);
    }
    Set<String> forms = new LinkedHashSet<>();
    forms.add(typed);
    if (text.detect(typed).language().equals("zh")) {
      for (Language variant : Renditions.CHINESE) {
        forms.add(text.convert(typed, null, variant.tag()));
      }
    }
    return forms.stream()
        .map(
            f ->
                "%"
                    + f.toLowerCase(Locale.ROOT)
                        .replace("!", "!!")
                        .replace("%", "!%")
                        .replace("_", "!_")
                    + "%")
        .toList();
  }
}
