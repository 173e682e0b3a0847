package org.newsrelay.story;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.newsrelay.platform.InvalidInput;
import org.newsrelay.platform.NotFound;
import org.newsrelay.text.TextEngine;

/**
 * The newsroom's own words per Chinese variant, added from the console where an editor spots a
 * wrong conversion. They are applied over the engine's conversion when a rendition is made, and
 * exported as TSV to be committed into translations/terms/, where the engine itself learns them.
 */
@ApplicationScoped
@Transactional
public class NewsroomTerms {
  static final int MAX_LENGTH = 50;

  @PersistenceContext EntityManager em;
  @Inject Event<NewsroomTermsChanged> changes;
  private final TextEngine text = TextEngine.standard();

  public List<NewsroomTerm> all() {
    return em.createNamedQuery("NewsroomTerm.all", NewsroomTerm.class).getResultList();
  }

  List<NewsroomTerm> forTarget(Language target) {
    return em.createNamedQuery("NewsroomTerm.forTarget", NewsroomTerm.class)
        .setParameter("target", target)
        .getResultList();
  }

  /** Adds the term, or replaces the newsroom's word for the same source and variant. */
  public NewsroomTerm add(String targetTag, String source, String term, String note, String actor) {
    Language target =
        Language.ofExactTag(targetTag == null ? "" : targetTag)
            .filter(Language::isChinese)
            .orElseThrow(
                () ->
                    new InvalidInput(
                        "\"target\" must be a Chinese variant: zh-Hans, zh-Hant, zh-Hant-TW or"
                            + " zh-Hant-HK."));
    String from = word("source", source);
    String to = word("term", term);
    String why = note == null || note.isBlank() ? null : note.strip();
    if (why != null && why.length() > 500) {
      throw new InvalidInput("\"note\" is longer than 500 characters.");
    }
    NewsroomTerm existing =
        em
            .createNamedQuery("NewsroomTerm.ofSource", NewsroomTerm.class)
            .setParameter("target", target)
            .setParameter("source", from)
            .getResultList()
            .stream()
            .findFirst()
            .orElse(null);
    changes.fire(new NewsroomTermsChanged(target));
    if (existing != null) {
      existing.replace(to, why, actor);
      return existing;
    }
    NewsroomTerm added = new NewsroomTerm(target, from, to, why, actor);
    em.persist(added);
    return added;
  }

  public void delete(UUID id) {
    NewsroomTerm term = em.find(NewsroomTerm.class, id);
    if (term == null) {
      throw new NotFound("There is no term " + id + ".");
    }
    em.remove(term);
    changes.fire(new NewsroomTermsChanged(term.target()));
  }

  /**
   * The converted text with the newsroom's words in place of what the engine made of their sources.
   */
  String apply(String converted, Language from, Language target, List<NewsroomTerm> terms) {
    if (converted == null || converted.isEmpty()) {
      return converted;
    }
    String out = converted;
    for (NewsroomTerm term : terms) {
      String engine = text.convert(term.source(), from.tag(), target.tag());
      if (!engine.isEmpty() && !engine.equals(term.term())) {
        out = out.replace(engine, term.term());
      }
    }
    return out;
  }

  private static String word(String name, String value) {
    String word = value == null ? "" : value.strip();
    if (word.isEmpty()
        || word.length() > MAX_LENGTH
        || word.contains("\t")
        || word.contains("\n")) {
      throw new InvalidInput(
          "\"" + name + "\" must be one word or phrase of at most " + MAX_LENGTH + " characters.");
    }
    return word;
  }
}
