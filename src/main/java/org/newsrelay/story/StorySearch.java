package org.newsrelay.story;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
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
  @PersistenceContext EntityManager em;
  private final TextEngine text = TextEngine.standard();

  /** What to look for; null fields do not filter. */
  public record Query(String uri, Language language, StoryStatus status, String words, int limit) {}

  /** The stories matching {@code query} that {@code reader} may read, newest first. */
  public List<Story> find(Query query, Readership.Reader reader) {
    StringBuilder jpql = new StringBuilder("select s from Story s where 1 = 1");
    boolean mine = !reader.seesDesk() && reader.account() != null;
    if (!reader.seesDesk()) {
      jpql.append(" and (").append(Readership.IS_PUBLIC);
      jpql.append(mine ? " or s.origin = :mine)" : ")");
    }
    if (query.uri() != null) {
      jpql.append(" and s.uri = :uri");
    }
    if (query.language() != null) {
      jpql.append(" and s.language = :language");
    }
    if (query.status() != null) {
      jpql.append(" and s.status = :status");
    }
    List<String> patterns = patterns(query.words());
    if (!patterns.isEmpty()) {
      jpql.append(" and (");
      for (int i = 0; i < patterns.size(); i++) {
        jpql.append(i == 0 ? "" : " or ")
            .append("lower(s.headline) like :p")
            .append(i)
            .append(" escape '!' or lower(s.bodyText) like :p")
            .append(i)
            .append(" escape '!'");
      }
      jpql.append(")");
    }
    jpql.append(" order by s.versionCreated desc, s.id desc");
    var typed = em.createQuery(jpql.toString(), Story.class).setMaxResults(query.limit());
    if (!reader.seesDesk()) {
      typed.setParameter("now", Instant.now());
    }
    if (mine) {
      typed.setParameter("mine", Readership.pushOrigin(reader.account()));
    }
    if (query.uri() != null) {
      typed.setParameter("uri", query.uri());
    }
    if (query.language() != null) {
      typed.setParameter("language", query.language());
    }
    if (query.status() != null) {
      typed.setParameter("status", query.status());
    }
    for (int i = 0; i < patterns.size(); i++) {
      typed.setParameter("p" + i, patterns.get(i));
    }
    return typed.getResultList();
  }

  /** The words as typed and in every Chinese variant, as LIKE patterns. */
  private List<String> patterns(String words) {
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
